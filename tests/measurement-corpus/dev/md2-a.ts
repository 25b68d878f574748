import type { MeasurementCase } from '../caseSchema';

export const cases: MeasurementCase[] = [
  {
    id: 'md2-001',
    setting: 'VVT',
    text: `Mw. voor ontbijt BG geprikt: 7,4 mmol. Novorapid 6 E gegeven volgens schema, Lantus 18 E om 22 uur blijft zoals het is. Ontbijt goed gegeten, 2 boterhammen.`,
    expected: [{ kind: 'glucose', value: '7.4', unit: 'mmol/L' }],
  },
  {
    id: 'md2-002',
    setting: 'wijk',
    text: `Insuline toedienen. BS 11,2 voor de lunch, mw had taart gehad bij dochter. 10 E Humalog gezet in buik li. Streefwaarden volgens POH 4-10. Morgen nuchter prikken ivm lab.`,
    expected: [{ kind: 'glucose', value: '11.2', unit: 'mmol/L' }],
  },
  {
    id: 'md2-003',
    setting: 'ZKH',
    text: `Dagcurve 14-05:
07:30 nuchter 8,1
11:30 vm 12,4 -> 4 E NovoRapid extra volgens correctieschema
17:30 vd 9,7
22:00 vn 6,9
HbA1c bij opname 71 mmol/mol. Diabetesvpk komt morgen.`,
    expected: [
      { kind: 'glucose', value: '8.1', unit: 'mmol/L' },
      { kind: 'glucose', value: '12.4', unit: 'mmol/L' },
      { kind: 'glucose', value: '9.7', unit: 'mmol/L' },
      { kind: 'glucose', value: '6.9', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md2-004',
    setting: 'VVT',
    text: `Om 10:20 mw zweterig en verward aangetroffen in de huiskamer. Vingerprik 2,9! 3 dextro's gegeven + glas limonade. Na 15 min opnieuw geprikt: 4,1. Na 30 min 5,8, mw weer helder en aanspreekbaar. Arts gebeld: gliclazide 80 mg morgen niet geven, verder overleg volgt.`,
    expected: [
      { kind: 'glucose', value: '2.9', unit: 'mmol/L' },
      { kind: 'glucose', value: '4.1', unit: 'mmol/L' },
      { kind: 'glucose', value: '5.8', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md2-005',
    setting: 'GHZ',
    text: `Bewoner J. (DM1, insulinepomp). Pomp gaf om 15u een alarm, sensor gaf 3,6 aan met pijl omlaag. Vingerprik ter controle: 3,9. 20 gr KH gegeven (2 dextro + koek). Om 16:00 sensor 5,4. Pompinstellingen niet aangepast, ouders ingelicht.`,
    expected: [
      { kind: 'glucose', value: '3.6', unit: 'mmol/L' },
      { kind: 'glucose', value: '3.9', unit: 'mmol/L' },
      { kind: 'glucose', value: '5.4', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md2-006',
    setting: 'ZKH',
    text: `gluc 14,8 om 17u, correctie 4E volgens schema. pt heeft zelf ketonen gemeten: 0,4. geen misselijkheid.`,
    expected: [{ kind: 'glucose', value: '14.8', unit: 'mmol/L' }],
  },
  {
    id: 'md2-007',
    setting: 'HA',
    text: `S: DM2, komt voor driemaandelijkse controle. Thuis wisselende waarden, vorige week 's ochtends rond de 9.
O: glucose (vingerprik, niet nuchter) 10,3. RR 142/84. Gewicht 88,5 kg.
E: DM2 matig gereguleerd.
P: metformine ophogen naar 2dd 1000 mg, HbA1c over 3 mnd.`,
    expected: [
      { kind: 'glucose', value: '10.3', unit: 'mmol/L' },
      { kind: 'bloeddruk', value: '142/84', unit: 'mmHg' },
      { kind: 'gewicht', value: '88.5', unit: 'kg' },
    ],
  },
  {
    id: 'md2-008',
    setting: 'wijk',
    text: `Dhr. prikt zelf, ik las de meter af: 6,2 mmol/l. Echtgenote prikte zichzelf ook even mee, zij had 13,4 en gaat haar eigen huisarts bellen. Dhr. Toujeo 24 E gezet.`,
    expected: [{ kind: 'glucose', value: '6.2', unit: 'mmol/L' }],
  },
  {
    id: 'md2-009',
    setting: 'GGZ',
    text: `Cliënt gebruikt clozapine, wekelijkse somatische controle. Nuchtere bloedsuiker vandaag 6,6. Gewicht 97,2 kg (bij opname in januari 89 kg). Clozapinespiegel afgenomen, uitslag volgt.`,
    expected: [
      { kind: 'glucose', value: '6.6', unit: 'mmol/L' },
      { kind: 'gewicht', value: '97.2', unit: 'kg' },
    ],
  },
  {
    id: 'md2-010',
    setting: 'VVT',
    text: `Mw. vandaag geen BG geprikt, volgens nieuw beleid nog maar 1x per week (dinsdag). Laatste waarde vorige week dinsdag 7,8. Levemir 12 E gegeven om 08:00.`,
    expected: [],
  },
  {
    id: 'md2-011',
    setting: 'ZKH',
    text: `Pt heeft Freestyle Libre, door mij gescand om 12:05: 9,2 mmol/L, pijl schuin omhoog. Om 13:00 voor de lunch nogmaals gescand: 10,6. Bolus 6 E NovoRapid gegeven.`,
    expected: [
      { kind: 'glucose', value: '9.2', unit: 'mmol/L' },
      { kind: 'glucose', value: '10.6', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md2-012',
    setting: 'VVT',
    text: `BG-waarden vandaag:
- 08:00: 5,9
- 12:00: 8,8
- 17:00: 13,1 (na bezoek, veel snoep gehad?)
Doel van de diabetesverpleegkundige: tussen 5 en 12.`,
    expected: [
      { kind: 'glucose', value: '5.9', unit: 'mmol/L' },
      { kind: 'glucose', value: '8.8', unit: 'mmol/L' },
      { kind: 'glucose', value: '13.1', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md2-013',
    setting: 'wijk',
    text: `Glucosewaarde 4,3 voor het eten, mw voelde zich wat trillerig. Eerst boterham laten eten, daarna pas 8 E Novomix gezet. Half uur later nog eens gemeten: 6,1.`,
    expected: [
      { kind: 'glucose', value: '4.3', unit: 'mmol/L' },
      { kind: 'glucose', value: '6.1', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md2-014',
    setting: 'ZKH',
    text: `BG-waarde nuchter 7,2, 2 uur na ontbijt 11,8. Pt. krijgt morgen SGLT2-remmer erbij. Creatinine 112, eGFR 52.`,
    expected: [
      { kind: 'glucose', value: '7.2', unit: 'mmol/L' },
      { kind: 'glucose', value: '11.8', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md2-015',
    setting: 'GHZ',
    text: `Dextro gegeven om 21u want bloedsuiker was 3,8. Controle om 21:20 5,3 mmol. Daarna nog een beker melk, naar bed.`,
    expected: [
      { kind: 'glucose', value: '3.8', unit: 'mmol/L' },
      { kind: 'glucose', value: '5.3', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md2-016',
    setting: 'VVT',
    text: `BS voor avondeten 9,4. Mw. wilde niet dat ik in de vinger prikte, dus in de oorlel. Gisteravond was het 16,2 (gemeten door collega). Huisarts wil bij BS > 15 gebeld worden.`,
    expected: [{ kind: 'glucose', value: '9.4', unit: 'mmol/L' }],
  },
  {
    id: 'md2-017',
    setting: 'ZKH',
    text: `Pt met insulinepomp (MiniMed 780G) op afdeling. Sensorwaarde 07:00 8,3; vingerprik ter controle 8,9. Basaalstand 0,8 E/u. Pt geeft zelf bolussen, om 08:10 bolus 5,2 E voor ontbijt.`,
    expected: [
      { kind: 'glucose', value: '8.3', unit: 'mmol/L' },
      { kind: 'glucose', value: '8.9', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md2-018',
    setting: 'wijk',
    text: `ochtendronde. gluc 6,7. lantus 16E. wondje voet re ok, geen roodheid. temp 36,8.`,
    expected: [
      { kind: 'glucose', value: '6.7', unit: 'mmol/L' },
      { kind: 'temperatuur', value: '36.8', unit: '°C' },
    ],
  },
  {
    id: 'md2-019',
    setting: 'ZKH',
    text: `Nacht: 03:00 controle BG 4,6, pt sliep, gewekt en een glas melk gegeven. 05:00 BG 6,3. Avond-Lantus door arts verlaagd van 20 naar 16 E.`,
    expected: [
      { kind: 'glucose', value: '4.6', unit: 'mmol/L' },
      { kind: 'glucose', value: '6.3', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md2-020',
    setting: 'GHZ',
    text: `Dagcurve (zondag):
| tijd | BG | insuline |
| 07:45 | 10,2 | 8 E |
| 12:15 | 7,7 | 6 E |
| 17:30 | 5,1 | 6 E |
| 21:30 | 8,6 | 14 E Lantus |`,
    expected: [
      { kind: 'glucose', value: '10.2', unit: 'mmol/L' },
      { kind: 'glucose', value: '7.7', unit: 'mmol/L' },
      { kind: 'glucose', value: '5.1', unit: 'mmol/L' },
      { kind: 'glucose', value: '8.6', unit: 'mmol/L' },
    ],
  },
];
