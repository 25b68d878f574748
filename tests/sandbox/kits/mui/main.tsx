import { StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Select from '@mui/material/Select';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { TimePicker } from '@mui/x-date-pickers/TimePicker';
import { nlNL } from '@mui/x-date-pickers/locales';
import type { Dayjs } from 'dayjs';
import 'dayjs/locale/nl';
import '../shared/kit.css';
import { installSubmitCounter, publishFormState, recordSave } from '../shared/kitPage';

installSubmitCounter();

interface Values {
  datum: Dayjs | null;
  tijd: Dayjs | null;
  pols: string;
  saturatie: string;
  houding: string;
  meetmethode: string | null;
  ritme: string;
  extraZuurstof: boolean;
  artsGeinformeerd: boolean;
  toelichting: string;
}

const METHODES = ['Handmatig', 'Automatische bloeddrukmeter', 'Saturatiemeter', 'Monitor'];

function VitaleFuncties() {
  const [v, setV] = useState<Values>({
    datum: null, tijd: null, pols: '', saturatie: '', houding: '', meetmethode: null, ritme: '', extraZuurstof: false,
    artsGeinformeerd: false, toelichting: 'Cliënt voelt zich goed.',
  });
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setV((old) => ({ ...old, [key]: value }));
  const ref = useRef(v);
  ref.current = v;
  useEffect(() => {
    publishFormState(() => {
      const s = ref.current;
      return {
        ...s,
        datum: s.datum && s.datum.isValid() ? s.datum.format('YYYY-MM-DD') : null,
        tijd: s.tijd && s.tijd.isValid() ? s.tijd.format('HH:mm') : null,
      };
    });
  }, []);

  return (
    <section className="kit-form">
      <h2>Vitale functies</h2>
      <form onSubmit={(e) => { e.preventDefault(); recordSave('onSubmit'); }}>
        <div className="kit-grid">
          <DatePicker label="Datum meting" value={v.datum} onChange={(d) => set('datum', d)} format="DD-MM-YYYY" />
          <TimePicker label="Tijd meting" value={v.tijd} onChange={(d) => set('tijd', d)} ampm={false} />
          <TextField label="Pols (/min)" type="number" value={v.pols} onChange={(e) => set('pols', e.target.value)} />
          <TextField label="Saturatie (%)" value={v.saturatie} onChange={(e) => set('saturatie', e.target.value)} />
          <FormControl fullWidth>
            <InputLabel id="mui-houding-label">Houding</InputLabel>
            <Select labelId="mui-houding-label" label="Houding" value={v.houding} onChange={(e) => set('houding', e.target.value)}>
              <MenuItem value=""><em>Geen keuze</em></MenuItem>
              <MenuItem value="zittend">Zittend</MenuItem>
              <MenuItem value="liggend">Liggend</MenuItem>
              <MenuItem value="staand">Staand</MenuItem>
            </Select>
          </FormControl>
          <Autocomplete
            options={METHODES}
            value={v.meetmethode}
            onChange={(_e, value) => set('meetmethode', value)}
            renderInput={(params) => <TextField {...params} label="Meetmethode" />}
          />
          <FormControl>
            <FormLabel>Hartritme</FormLabel>
            <RadioGroup row value={v.ritme} onChange={(e) => set('ritme', e.target.value)}>
              <FormControlLabel value="regelmatig" control={<Radio />} label="Regelmatig" />
              <FormControlLabel value="onregelmatig" control={<Radio />} label="Onregelmatig" />
            </RadioGroup>
          </FormControl>
          <div>
            <FormControlLabel control={<Switch checked={v.extraZuurstof} onChange={(e) => set('extraZuurstof', e.target.checked)} />} label="Extra zuurstof" />
            <FormControlLabel control={<Checkbox checked={v.artsGeinformeerd} onChange={(e) => set('artsGeinformeerd', e.target.checked)} />} label="Arts geïnformeerd" />
          </div>
          <TextField className="wide" label="Toelichting" multiline minRows={3} value={v.toelichting} onChange={(e) => set('toelichting', e.target.value)} />
        </div>
        <div className="kit-actions">
          <Button variant="contained" type="submit" data-save>Opslaan</Button>
        </div>
      </form>
    </section>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale="nl" localeText={nlNL.components.MuiLocalizationProvider.defaultProps.localeText}>
      <VitaleFuncties />
    </LocalizationProvider>
  </StrictMode>,
);
