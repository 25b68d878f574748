import type { FieldKind } from '../../../lib/page/types';

/**
 * What a person sees and does on each component-kit page (tests/sandbox/kits/): every field with the label a
 * person reads, the kind it is, a value a nurse would confirm, and where the framework keeps that value
 * (a key of `window.__formState()`) with what it must hold after the fill.
 */
export interface ExpectedField {
  label: string;
  /** Other labels a person could equally read for this field (a legend before the box's own text). */
  alsoLabel?: string[];
  kind: FieldKind;
  value: string | boolean;
  /** Key in window.__formState(). */
  state: string;
  /** The framework's value after the fill. */
  want: unknown;
  /** What the field shows after the fill when that is not `value` itself (a date picker's own format). */
  shown?: string | boolean;
}

export interface KitPage {
  /** Library name in the report table. */
  library: string;
  path: string;
  fields: ExpectedField[];
}

export const KIT_PAGES: KitPage[] = [
  {
    library: 'Vue 3 + Element Plus',
    path: 'kits/vue.html',
    fields: [
      { label: 'Datum meting', kind: 'date', value: '14-03-2026', state: 'datum', want: '2026-03-14' },
      { label: 'Tijdstip', kind: 'time', value: '09:15', state: 'tijd', want: '09:15' },
      { label: 'Bloeddruk systolisch (mmHg)', kind: 'number', value: '135', state: 'bdSys', want: 135 },
      { label: 'Bloeddruk diastolisch (mmHg)', kind: 'number', value: '85', state: 'bdDia', want: 85 },
      { label: 'Pols (/min)', kind: 'number', value: '88', state: 'pols', want: 88 },
      { label: 'Temperatuur (°C)', kind: 'text', value: '38,2', state: 'temperatuur', want: '38,2' },
      { label: 'Houding', kind: 'combobox', value: 'Liggend', state: 'houding', want: 'liggend' },
      { label: 'Pijnlocatie', kind: 'combobox', value: 'Heup links', state: 'pijnlocatie', want: 'Heup links' },
      { label: 'Meetplaats temperatuur', kind: 'radio', value: 'Rectaal', state: 'meetplaats', want: 'rectaal' },
      { label: 'Bewustzijn (AVPU)', kind: 'select', value: 'Alert', state: 'bewustzijn', want: 'A' },
      { label: 'Extra zuurstof', kind: 'checkbox', value: true, state: 'extraZuurstof', want: true },
      { label: 'Arts geïnformeerd', alsoLabel: ['Controle — Arts geïnformeerd'], kind: 'checkbox', value: true, state: 'artsGeinformeerd', want: true },
      { label: 'Opmerking', kind: 'textarea', value: 'Mw. voelt zich beter dan gisteren.', state: 'opmerking', want: 'Mw. voelt zich beter dan gisteren.' },
    ],
  },
  {
    library: 'Angular Material',
    path: 'kits/angular.html',
    fields: [
      { label: 'Datum wondinspectie', kind: 'date', value: '14-03-2026', state: 'datum', want: '2026-03-14' },
      { label: 'Soort wond', kind: 'combobox', value: 'Decubitus', state: 'wondtype', want: 'Decubitus' },
      { label: 'Wondlocatie', kind: 'combobox', value: 'Hiel rechts', state: 'locatie', want: 'Hiel rechts' },
      { label: 'Verbandmiddel', kind: 'combobox', value: 'Alginaat', state: 'verband', want: 'Alginaat' },
      { label: 'Categorie decubitus', kind: 'radio', value: 'Categorie 2', state: 'categorie', want: '2' },
      { label: 'Lengte (cm)', kind: 'number', value: '3,5', state: 'lengte', want: 3.5 },
      { label: 'Breedte (cm)', kind: 'number', value: '2', state: 'breedte', want: 2 },
      { label: 'Diepte (cm)', kind: 'number', value: '0,8', state: 'diepte', want: 0.8 },
      { label: 'Tekenen van infectie', kind: 'checkbox', value: true, state: 'infectie', want: true },
      { label: 'Pijn bij verbandwissel', kind: 'checkbox', value: true, state: 'pijn', want: true },
      { label: 'Wondbeschrijving', kind: 'textarea', value: 'Wondranden rood, 20% beslag.', state: 'beschrijving', want: 'Wondranden rood, 20% beslag.' },
    ],
  },
  {
    library: 'MUI + x-date-pickers',
    path: 'kits/mui.html',
    fields: [
      { label: 'Datum meting', kind: 'date', value: '14-03-2026', state: 'datum', want: '2026-03-14' },
      { label: 'Tijd meting', kind: 'time', value: '09:15', state: 'tijd', want: '09:15' },
      { label: 'Pols (/min)', kind: 'number', value: '88', state: 'pols', want: '88' },
      { label: 'Saturatie (%)', kind: 'text', value: '94', state: 'saturatie', want: '94' },
      { label: 'Houding', kind: 'combobox', value: 'Liggend', state: 'houding', want: 'liggend' },
      { label: 'Meetmethode', kind: 'combobox', value: 'Saturatiemeter', state: 'meetmethode', want: 'Saturatiemeter' },
      { label: 'Hartritme', kind: 'radio', value: 'Onregelmatig', state: 'ritme', want: 'onregelmatig' },
      { label: 'Extra zuurstof', kind: 'checkbox', value: true, state: 'extraZuurstof', want: true },
      { label: 'Arts geïnformeerd', kind: 'checkbox', value: true, state: 'artsGeinformeerd', want: true },
      { label: 'Toelichting', kind: 'textarea', value: 'Cliënt is kortademig bij inspanning.', state: 'toelichting', want: 'Cliënt is kortademig bij inspanning.' },
    ],
  },
  {
    library: 'Ant Design',
    path: 'kits/antd.html',
    fields: [
      { label: 'Datum verbandwissel', kind: 'date', value: '14-03-2026', state: 'datum', want: '2026-03-14' },
      { label: 'Soort wond', kind: 'combobox', value: 'Ulcus cruris', state: 'wondtype', want: 'ulcus cruris' },
      { label: 'Wondlocatie', kind: 'combobox', value: 'Sacrum', state: 'locatie', want: 'Sacrum' },
      { label: 'Wondbed', kind: 'combobox', value: 'Granulatie', state: 'wondbed', want: ['granulatie'] },
      { label: 'Exsudaat', kind: 'radio', value: 'Veel', state: 'exsudaat', want: 'veel' },
      { label: 'Lengte wond (cm)', kind: 'number', value: '4,2', state: 'lengte', want: 4.2 },
      { label: 'Vocht in (ml)', kind: 'number', value: '1500', state: 'vochtIn', want: 1500 },
      { label: 'Tekenen van infectie', kind: 'checkbox', value: true, state: 'infectie', want: true },
      { label: 'Pijn bij verbandwissel', kind: 'checkbox', value: true, state: 'pijn', want: true },
      { label: 'Beleid', kind: 'textarea', value: 'Verband om de dag wisselen.', state: 'beleid', want: 'Verband om de dag wisselen.' },
    ],
  },
  {
    library: 'react-select + Headless UI',
    path: 'kits/react-select.html',
    fields: [
      { label: 'Soort rapportage', kind: 'combobox', value: 'Avondrapportage', state: 'soort', want: 'Avondrapportage' },
      { label: 'Betrokken discipline', kind: 'combobox', value: 'Fysiotherapeut', state: 'discipline', want: 'Fysiotherapeut' },
      { label: 'Aandachtspunten', kind: 'combobox', value: 'Valrisico', state: 'aandacht', want: ['Valrisico'] },
      { label: 'Zorgleefplan-domein', kind: 'combobox', value: 'Participatie', state: 'domein', want: 'Participatie' },
      { label: 'Gerapporteerd door', kind: 'combobox', value: 'M. Jansen', state: 'medewerker', want: 'M. Jansen' },
    ],
  },
  {
    library: 'Shoelace',
    path: 'kits/shoelace.html',
    fields: [
      { label: 'Gewicht (kg)', kind: 'number', value: '69,2', state: 'gewicht', want: '69.2' },
      { label: 'Vocht uit (ml)', kind: 'text', value: '850', state: 'vochtuit', want: '850' },
      { label: 'Stemming', kind: 'combobox', value: 'Somber', state: 'stemming', want: 'somber' },
      { label: 'Voedingsinname', kind: 'combobox', value: 'De helft', state: 'voeding', want: 'half' },
      { label: 'Mobiliteit', kind: 'radio', value: 'Met rollator', state: 'mobiliteit', want: 'rollator' },
      { label: 'Valincident', kind: 'checkbox', value: true, state: 'valincident', want: true },
      { label: 'Familie geïnformeerd', kind: 'checkbox', value: true, state: 'familie', want: true },
      { label: 'Observatie', kind: 'textarea', value: 'Mw. was rustig en opgewekt.', state: 'observatie', want: 'Mw. was rustig en opgewekt.' },
    ],
  },
  {
    library: 'Quill + TipTap',
    path: 'kits/editors.html',
    fields: [
      { label: 'Subjectief (S)', kind: 'richtext', value: 'Mw. zegt dat de pijn minder is.', state: 'subjectief', want: 'Mw. zegt dat de pijn minder is.' },
      { label: 'Objectief (O)', kind: 'richtext', value: 'RR 130/80, P 76 reg.', state: 'objectief', want: 'RR 130/80, P 76 reg.' },
      { label: 'Evaluatie (E)', kind: 'richtext', value: 'Doel mobiliteit behaald.', state: 'evaluatie', want: 'Doel mobiliteit behaald.' },
      { label: 'Plan (P)', kind: 'richtext', value: 'Wondcontrole morgen.', state: 'plan', want: 'Wondcontrole morgen.' },
    ],
  },
];

/** Every sandbox page, old and new, whose field keys must survive a reload. */
export const ALL_SANDBOX_PAGES = [
  'dossier.html', 'dossier-b.html', 'medicatie.html', 'lab.html', 'iframe.html', 'nested-iframe.html', 'aria.html',
  'widgets.html', 'groot-dossier.html?rapportages=100', 'levend-dossier.html', 'spa/', 'spa/client-c',
  ...KIT_PAGES.map((p) => p.path),
];
