import type { MeasurementCase } from '../caseSchema';

export const cases: MeasurementCase[] = [
  {
    id: 'md2-081',
    setting: 'ZKH',
    text: `Opname. Pt. weegt 102,6 kg op de bedweegschaal. Lengte gemeten met meetlint in bed: 1,91 m. BMI 28,1. Braden 16.`,
    expected: [
      { kind: 'gewicht', value: '102.6', unit: 'kg' },
      { kind: 'lengte', value: '191', unit: 'cm' },
      { kind: 'bmi', value: '28.1', unit: 'kg/m2' },
    ],
  },
  {
    id: 'md2-082',
    setting: 'GHZ',
    text: `Temp 39 graden, hoogrode wangen, hangerig op de bank. Huisarts gebeld. Pols 120.`,
    expected: [
      { kind: 'temperatuur', value: '39', unit: '°C' },
      { kind: 'hartfrequentie', value: '120', unit: '/min' },
    ],
  },
  {
    id: 'md2-083',
    setting: 'VVT',
    text: `Gewogen op de rolstoelweegschaal: 92,5 kg, rolstoel weegt 17 kg -> mw. 75,5 kg. Vorige maand nog 77 kg.`,
    expected: [{ kind: 'gewicht', value: '75.5', unit: 'kg' }],
  },
  {
    id: 'md2-084',
    setting: 'wijk',
    text: `RR 100/60, pols 52. Mw. gebruikt metoprolol 50 mg. Arts wil pols boven de 50, vandaag dus wel gegeven.`,
    expected: [
      { kind: 'bloeddruk', value: '100/60', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '52', unit: '/min' },
    ],
  },
  {
    id: 'md2-085',
    setting: 'ZKH',
    text: `EWS 5: AF 26, sat 90% (4 l O2), RR 98/55, P 118, temp 38,9, alert. Arts ingeseind, sepsisbundel gestart.`,
    expected: [
      { kind: 'ademfrequentie', value: '26', unit: '/min' },
      { kind: 'saturatie', value: '90', unit: '%' },
      { kind: 'bloeddruk', value: '98/55', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '118', unit: '/min' },
      { kind: 'temperatuur', value: '38.9', unit: '°C' },
    ],
  },
  {
    id: 'md2-086',
    setting: 'GGZ',
    text: `Cliënt weigert vandaag de somatische controle (RR, gewicht). Wil het morgen proberen. Lithium 800 mg gegeven. Spiegel vorige week 0,9.`,
    expected: [],
  },
  {
    id: 'md2-087',
    setting: 'HA',
    text: `O: lengte 162 cm, gewicht 81 kg, BMI 30,9. RR 138/86. Partner was mee en wilde ook even gemeten worden: RR 160/100, aparte afspraak gemaakt.`,
    expected: [
      { kind: 'lengte', value: '162', unit: 'cm' },
      { kind: 'gewicht', value: '81', unit: 'kg' },
      { kind: 'bmi', value: '30.9', unit: 'kg/m2' },
      { kind: 'bloeddruk', value: '138/86', unit: 'mmHg' },
    ],
  },
  {
    id: 'md2-088',
    setting: 'ZKH',
    text: `Temp 38,0 rectaal. P 88. Pt. voelt zich beter dan gisteren (toen 39,4).`,
    expected: [
      { kind: 'temperatuur', value: '38.0', unit: '°C' },
      { kind: 'hartfrequentie', value: '88', unit: '/min' },
    ],
  },
  {
    id: 'md2-089',
    setting: 'VVT',
    text: `Sat 92 proc. zonder zuurstof, ademhaling 20 per minuut, rustig. Mw. zit rechtop in de stoel.`,
    expected: [
      { kind: 'saturatie', value: '92', unit: '%' },
      { kind: 'ademfrequentie', value: '20', unit: '/min' },
    ],
  },
  {
    id: 'md2-090',
    setting: 'wijk',
    text: `Mw heeft hoofdpijn, pijnscore 5 op een schaal van 10. RR 178/102. Overleg HA: bij bovendruk > 180 direct bellen. Amlodipine 5 mg extra gegeven.`,
    expected: [
      { kind: 'pijnscore', value: '5', unit: 'NRS' },
      { kind: 'bloeddruk', value: '178/102', unit: 'mmHg' },
    ],
  },
  {
    id: 'md2-091',
    setting: 'GHZ',
    text: `Maandelijkse weging: 54,9 kg met kleren aan (winterkleding, schoenen uit). Cliënt wil graag naar 50 kg, besproken dat dat niet nodig is.`,
    expected: [{ kind: 'gewicht', value: '54.9', unit: 'kg' }],
  },
  {
    id: 'md2-092',
    setting: 'ZKH',
    text: `Monitor: HF 142 bij boezemfibrilleren. Na metoprolol 5 mg iv HF 98. Pt. voelt hartkloppingen minder.`,
    expected: [
      { kind: 'hartfrequentie', value: '142', unit: '/min' },
      { kind: 'hartfrequentie', value: '98', unit: '/min' },
    ],
  },
  {
    id: 'md2-093',
    setting: 'VVT',
    text: `Mw. gevallen om 06:30 naast het bed. Geen pijn volgens mw (NRS 0). RR 134/70, P 78, BG 7,3. Valincident gemeld.`,
    expected: [
      { kind: 'pijnscore', value: '0', unit: 'NRS' },
      { kind: 'bloeddruk', value: '134/70', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '78', unit: '/min' },
      { kind: 'glucose', value: '7.3', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md2-094',
    setting: 'HA',
    text: `CVRM-controle. O: lengte 1,70 m, gewicht 65 kg. Buikomvang 88 cm. RR 120/80 (li). Lab: cholesterol 6,4, LDL 4,1.`,
    expected: [
      { kind: 'lengte', value: '170', unit: 'cm' },
      { kind: 'gewicht', value: '65', unit: 'kg' },
      { kind: 'bloeddruk', value: '120/80', unit: 'mmHg' },
    ],
  },
  {
    id: 'md2-095',
    setting: 'ZKH',
    text: `Pijn post-op: NRS 8 om 14u, morfine 2,5 mg iv gegeven, 14:30 NRS 5.`,
    expected: [
      { kind: 'pijnscore', value: '8', unit: 'NRS' },
      { kind: 'pijnscore', value: '5', unit: 'NRS' },
    ],
  },
  {
    id: 'md2-096',
    setting: 'GGZ',
    text: `Eetstoornisafdeling, weegmoment (blind gewogen, in ondergoed): 46,2 kg. BMI 16,8. Streef-BMI 19. Lengte 1,66 m is bij opname gemeten.`,
    expected: [
      { kind: 'gewicht', value: '46.2', unit: 'kg' },
      { kind: 'bmi', value: '16.8', unit: 'kg/m2' },
    ],
  },
  {
    id: 'md2-097',
    setting: 'wijk',
    text: `T 37,1 axillair. P 70. AH 16. Dhr. opgeknapt, antibiotica bijna op.`,
    expected: [
      { kind: 'temperatuur', value: '37.1', unit: '°C' },
      { kind: 'hartfrequentie', value: '70', unit: '/min' },
      { kind: 'ademfrequentie', value: '16', unit: '/min' },
    ],
  },
  {
    id: 'md2-098',
    setting: 'ZKH',
    text: `Pt. om 09:15 naar OK. Pre-op checklist afgerond. Gewicht in dossier 80 kg (bij opname 3 dagen geleden). Nuchter sinds 24:00. Cefazoline 2 g mee naar OK.`,
    expected: [],
  },
  {
    id: 'md2-099',
    setting: 'VVT',
    text: `Mevr. heeft een zere knie, zegt pijn "een 7" in rust. Bij lopen erger, een 9. Temp 36,6.`,
    expected: [
      { kind: 'pijnscore', value: '7', unit: 'NRS' },
      { kind: 'pijnscore', value: '9', unit: 'NRS' },
      { kind: 'temperatuur', value: '36.6', unit: '°C' },
    ],
  },
  {
    id: 'md2-100',
    setting: 'HA',
    text: `S: pt meet thuis RR, afgelopen week gem. 145/90.
O: RR spreekkamer 152/92, P 68. Gewicht 90,2 kg.
E: hypertensie.
P: losartan 50 mg starten, over 4 wk RR-controle, streef < 140/90.`,
    expected: [
      { kind: 'bloeddruk', value: '152/92', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '68', unit: '/min' },
      { kind: 'gewicht', value: '90.2', unit: 'kg' },
    ],
  },
];
