import { useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import type { SpaClient } from './clients';
import { publishSpaState, recordSubmission, type SpaRejection } from './spaState';

interface VitalsValues {
  bdSys: string;
  bdDia: string;
  pols: string;
  temperatuur: string;
  saturatie: string;
  ademfrequentie: string;
  houding: string;
  extraZuurstof: boolean;
  opmerking: string;
  paraaf: string;
}

type TextKey = 'bdSys' | 'bdDia' | 'pols' | 'temperatuur' | 'saturatie' | 'ademfrequentie';

interface MeasureField {
  key: TextKey;
  id: string;
  label: string;
  /** Temperature is a text input with a decimal keyboard, as many ECDs do, so "38,2" can be typed. */
  type: 'number' | 'text';
  min?: number;
  max?: number;
}

const MEASURES: MeasureField[] = [
  { key: 'bdSys', id: 'vf-bd-sys', label: 'Bloeddruk systolisch (mmHg)', type: 'number', min: 50, max: 260 },
  { key: 'bdDia', id: 'vf-bd-dia', label: 'Bloeddruk diastolisch (mmHg)', type: 'number', min: 30, max: 160 },
  { key: 'pols', id: 'vf-pols', label: 'Pols (/min)', type: 'number', min: 20, max: 250 },
  { key: 'temperatuur', id: 'vf-temp', label: 'Temperatuur (°C)', type: 'text' },
  { key: 'saturatie', id: 'vf-sat', label: 'Saturatie (%)', type: 'number', min: 50, max: 100 },
  { key: 'ademfrequentie', id: 'vf-af', label: 'Ademfrequentie (/min)', type: 'number', min: 4, max: 60 },
];

const LABELS: Record<keyof VitalsValues, string> = {
  bdSys: 'Bloeddruk systolisch',
  bdDia: 'Bloeddruk diastolisch',
  pols: 'Pols',
  temperatuur: 'Temperatuur',
  saturatie: 'Saturatie',
  ademfrequentie: 'Ademfrequentie',
  houding: 'Houding tijdens meting',
  extraZuurstof: 'Extra zuurstof',
  opmerking: 'Opmerking',
  paraaf: 'Controle door (paraaf)',
};

const HOUDINGEN = ['Zittend', 'Liggend', 'Staand'];

const EMPTY: VitalsValues = {
  bdSys: '',
  bdDia: '',
  pols: '',
  temperatuur: '',
  saturatie: '',
  ademfrequentie: '',
  houding: '',
  extraZuurstof: false,
  opmerking: '',
  paraaf: '',
};

/** Only a person typing may sign: script-set values (untrusted events) and anything but 0–3 capitals are refused. */
const PARAAF_PATTERN = /^[A-Z]{0,3}$/;

/** The "Vitale functies" form of one client: every input is controlled by React state. */
export function VitalsForm({ client }: { client: SpaClient }) {
  const [values, setValues] = useState<VitalsValues>(EMPTY);
  const [saved, setSaved] = useState<VitalsValues>(EMPTY);
  const [saves, setSaves] = useState(0);
  const [rejections, setRejections] = useState<SpaRejection[]>([]);
  const [savedAt, setSavedAt] = useState<string | null>(null);

  const dirtyKeys = (Object.keys(values) as (keyof VitalsValues)[]).filter((k) => values[k] !== saved[k]);
  const dirtyLabels = dirtyKeys.map((k) => LABELS[k]);

  useEffect(() => {
    publishSpaState({
      values: { ...values },
      savedValues: { ...saved },
      dirtyFields: dirtyLabels,
      saves,
      rejectedChanges: rejections,
    });
    // dirtyLabels derives from values and saved.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [values, saved, saves, rejections]);

  function update<K extends keyof VitalsValues>(key: K, value: VitalsValues[K]) {
    setValues((prev) => ({ ...prev, [key]: value }));
  }

  function onParaaf(e: ChangeEvent<HTMLInputElement>) {
    const value = e.target.value;
    const trusted = e.nativeEvent.isTrusted;
    if (!trusted || !PARAAF_PATTERN.test(value)) {
      // Not updating state makes React put the old value back into the input.
      setRejections((prev) => [...prev, { field: 'paraaf', value, trusted }]);
      return;
    }
    update('paraaf', value);
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    recordSubmission('vitale-functies');
    setSaved(values);
    setSaves((n) => n + 1);
    setSavedAt(new Date().toLocaleTimeString('nl-NL'));
  }

  const lastRejection = rejections.at(-1);

  return (
    <form id="vitale-functies" name="vitaleFuncties" onSubmit={onSubmit} onReset={(e) => { e.preventDefault(); setValues(saved); }} data-testid="spa-form">
      {savedAt && (
        <div className="submitted-banner" role="status" data-testid="submitted-banner">
          Vitale functies opgeslagen om {savedAt} (oefenomgeving).
        </div>
      )}
      <div className="unsaved" data-testid="unsaved-summary" aria-live="polite">
        {dirtyLabels.length === 0
          ? 'Geen wijzigingen.'
          : `Nog niet opgeslagen wijzigingen (${dirtyLabels.length}): ${dirtyLabels.join(', ')}`}
      </div>
      <div className="form-grid">
        {MEASURES.map((f) => (
          <div className="field" key={f.key}>
            <label htmlFor={f.id}>{f.label}</label>
            <input
              id={f.id}
              name={f.key}
              type={f.type}
              inputMode={f.type === 'text' ? 'decimal' : undefined}
              min={f.min}
              max={f.max}
              value={values[f.key]}
              onChange={(e) => update(f.key, e.target.value)}
              data-testid={f.id}
            />
          </div>
        ))}
        <div className="field">
          <label htmlFor="vf-houding">Houding tijdens meting</label>
          <select id="vf-houding" name="houding" value={values.houding} onChange={(e) => update('houding', e.target.value)} data-testid="vf-houding">
            <option value="">— kies —</option>
            {HOUDINGEN.map((h) => (
              <option key={h} value={h.toLowerCase()}>{h}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <span className="lbl">Zuurstof</span>
          <label>
            <input
              type="checkbox"
              id="vf-o2"
              name="extraZuurstof"
              checked={values.extraZuurstof}
              onChange={(e) => update('extraZuurstof', e.target.checked)}
              data-testid="vf-o2"
            />{' '}
            Extra zuurstof toegediend
          </label>
        </div>
        <div className="field wide">
          <label htmlFor="vf-opmerking">Opmerking</label>
          <textarea id="vf-opmerking" name="opmerking" rows={4} value={values.opmerking} onChange={(e) => update('opmerking', e.target.value)} data-testid="vf-opmerking" />
        </div>
        <div className="field">
          <label htmlFor="vf-paraaf">Controle door (paraaf)</label>
          <input id="vf-paraaf" name="paraaf" type="text" autoComplete="off" value={values.paraaf} onChange={onParaaf} data-testid="vf-paraaf" />
          <span className="hint">Zelf intypen, max. 3 hoofdletters.</span>
          {lastRejection && (
            <span className="hint flag-high" role="status" data-testid="paraaf-rejected">
              Wijziging geweigerd: de paraaf moet u zelf intypen.
            </span>
          )}
        </div>
      </div>
      <div className="form-actions">
        <button type="reset" data-testid="btn-annuleren">Annuleren</button>
        <button type="submit" className="primary" data-testid="btn-opslaan">Opslaan</button>
      </div>
      <p className="hint">Cliënt: {client.shortName}, {client.clientNumber}</p>
    </form>
  );
}
