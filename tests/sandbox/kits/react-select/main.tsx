import { StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import Select from 'react-select';
import { Combobox, ComboboxInput, ComboboxOption, ComboboxOptions, Field, Label, Listbox, ListboxButton, ListboxOption, ListboxOptions } from '@headlessui/react';
import '../shared/kit.css';
import { installSubmitCounter, publishFormState, recordSave } from '../shared/kitPage';

installSubmitCounter();

type Option = { value: string; label: string };
const opts = (labels: string[]): Option[] => labels.map((label) => ({ value: label.toLowerCase().replace(/\W+/g, '-'), label }));

const SOORTEN = opts(['Dagrapportage', 'Avondrapportage', 'Nachtrapportage', 'Incident (MIC)', 'Overdracht']);
const DISCIPLINES = opts(['Huisarts', 'Specialist ouderengeneeskunde', 'Fysiotherapeut', 'Ergotherapeut', 'Diëtist', 'Logopedist', 'Praktijkondersteuner']);
const AANDACHT = opts(['Valrisico', 'Slikproblemen', 'Decubitusrisico', 'Ondervoeding', 'Delier', 'Incontinentie']);
const DOMEINEN = ['Lichamelijk welbevinden', 'Woon- en leefomstandigheden', 'Participatie', 'Mentaal welbevinden'];
const MEDEWERKERS = ['A. de Boer', 'F. el Idrissi', 'M. Jansen', 'R. Kramer', 'T. Visser'];

interface Values {
  soort: Option | null;
  discipline: Option | null;
  aandacht: readonly Option[];
  domein: string | null;
  medewerker: string | null;
}

function Rapportage() {
  const [v, setV] = useState<Values>({ soort: SOORTEN[0]!, discipline: null, aandacht: [], domein: null, medewerker: null });
  const [query, setQuery] = useState('');
  const ref = useRef(v);
  ref.current = v;
  useEffect(() => {
    publishFormState(() => {
      const s = ref.current;
      return { soort: s.soort?.label ?? null, discipline: s.discipline?.label ?? null, aandacht: s.aandacht.map((o) => o.label), domein: s.domein, medewerker: s.medewerker };
    });
  }, []);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setV((old) => ({ ...old, [key]: value }));
  const medewerkers = MEDEWERKERS.filter((m) => m.toLowerCase().includes(query.toLowerCase()));

  return (
    <section className="kit-form">
      <h2>Nieuwe rapportage</h2>
      <form onSubmit={(e) => { e.preventDefault(); recordSave('onSubmit'); }}>
        <div className="kit-grid">
          <div>
            <label className="kit-label" htmlFor="rs-soort">Soort rapportage</label>
            <Select inputId="rs-soort" options={SOORTEN} value={v.soort} onChange={(o) => set('soort', o)} isSearchable={false} placeholder="Kies…" />
          </div>
          <div>
            <span className="kit-label" id="rs-discipline-label">Betrokken discipline</span>
            <Select aria-labelledby="rs-discipline-label" options={DISCIPLINES} value={v.discipline} onChange={(o) => set('discipline', o)} isClearable placeholder="Zoek een discipline…" />
          </div>
          <div className="wide">
            <label className="kit-label" htmlFor="rs-aandacht">Aandachtspunten</label>
            <Select inputId="rs-aandacht" isMulti options={AANDACHT} value={v.aandacht} onChange={(o) => set('aandacht', o)} placeholder="Kies één of meer…" />
          </div>
          <Field>
            <Label className="kit-label">Zorgleefplan-domein</Label>
            <Listbox value={v.domein} onChange={(d) => set('domein', d)}>
              <ListboxButton className="hl-button">{v.domein ?? 'Kies een domein'}</ListboxButton>
              <ListboxOptions anchor="bottom start" className="hl-options">
                {DOMEINEN.map((d) => (
                  <ListboxOption key={d} value={d} className="hl-option">{d}</ListboxOption>
                ))}
              </ListboxOptions>
            </Listbox>
          </Field>
          <Field>
            <Label className="kit-label">Gerapporteerd door</Label>
            <Combobox value={v.medewerker} onChange={(m) => set('medewerker', m)} onClose={() => setQuery('')}>
              <ComboboxInput className="hl-input" displayValue={(m: string | null) => m ?? ''} onChange={(e) => setQuery(e.target.value)} />
              <ComboboxOptions anchor="bottom start" className="hl-options">
                {medewerkers.map((m) => (
                  <ComboboxOption key={m} value={m} className="hl-option">{m}</ComboboxOption>
                ))}
              </ComboboxOptions>
            </Combobox>
          </Field>
        </div>
        <div className="kit-actions">
          <button type="submit" data-save>Opslaan</button>
        </div>
      </form>
    </section>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <Rapportage />
  </StrictMode>,
);
