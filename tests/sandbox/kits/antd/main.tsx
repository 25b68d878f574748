import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Checkbox, ConfigProvider, DatePicker, Form, Input, InputNumber, Radio, Select, Switch } from 'antd';
import nlNL from 'antd/locale/nl_NL';
import type { Dayjs } from 'dayjs';
import 'dayjs/locale/nl';
import '../shared/kit.css';
import { installSubmitCounter, publishFormState, recordSave } from '../shared/kitPage';

installSubmitCounter();

interface Values {
  datum?: Dayjs | null;
  wondtype?: string;
  locatie?: string;
  exsudaat?: string;
  wondbed?: string[];
  lengte?: number | null;
  vochtIn?: number | null;
  infectie?: boolean;
  pijn?: boolean;
  beleid?: string;
}

function Wondzorg() {
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    publishFormState(() => {
      const v = form.getFieldsValue(true) as Values;
      return { ...v, datum: v.datum && v.datum.isValid() ? v.datum.format('YYYY-MM-DD') : null };
    });
  }, [form]);
  return (
    <section className="kit-form">
      <h2>Wondzorg en vochtbalans</h2>
      <Form form={form} name="wondzorg" layout="vertical" initialValues={{ exsudaat: 'matig', infectie: false, pijn: false, beleid: '' }} onFinish={() => recordSave('onFinish')}>
        <div className="kit-grid">
          <Form.Item label="Datum verbandwissel" name="datum">
            <DatePicker format="DD-MM-YYYY" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="Soort wond" name="wondtype">
            <Select allowClear placeholder="Kies een soort" options={['Decubitus', 'Ulcus cruris', 'Diabetische voet', 'Skin tear'].map((t) => ({ value: t.toLowerCase(), label: t }))} />
          </Form.Item>
          <Form.Item label="Wondlocatie" name="locatie">
            <Select showSearch allowClear placeholder="Zoek een locatie" optionFilterProp="label" options={['Hiel links', 'Hiel rechts', 'Stuitje', 'Sacrum', 'Onderbeen links', 'Onderbeen rechts'].map((t) => ({ value: t, label: t }))} />
          </Form.Item>
          <Form.Item label="Wondbed" name="wondbed">
            <Select mode="multiple" allowClear placeholder="Kies wat u ziet" options={['Granulatie', 'Beslag', 'Necrose', 'Epithelisatie'].map((t) => ({ value: t.toLowerCase(), label: t }))} />
          </Form.Item>
          <Form.Item label="Exsudaat" name="exsudaat">
            <Radio.Group options={[{ value: 'geen', label: 'Geen' }, { value: 'matig', label: 'Matig' }, { value: 'veel', label: 'Veel' }]} />
          </Form.Item>
          <Form.Item label="Lengte wond (cm)" name="lengte">
            <InputNumber min={0} max={50} step={0.1} decimalSeparator="," style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="Vocht in (ml)" name="vochtIn">
            <InputNumber min={0} max={5000} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="Tekenen van infectie" name="infectie" valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="pijn" valuePropName="checked">
            <Checkbox>Pijn bij verbandwissel</Checkbox>
          </Form.Item>
          <Form.Item className="wide" label="Beleid" name="beleid">
            <Input.TextArea rows={3} />
          </Form.Item>
        </div>
        <div className="kit-actions">
          <Button type="primary" htmlType="submit" data-save>Opslaan</Button>
        </div>
      </Form>
    </section>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <ConfigProvider locale={nlNL}>
      <Wondzorg />
    </ConfigProvider>
  </StrictMode>,
);
