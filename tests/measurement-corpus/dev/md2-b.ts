import type { MeasurementCase } from '../caseSchema';

export const cases: MeasurementCase[] = [
  {
    id: 'md2-021',
    setting: 'VVT',
    text: `Mw. at slecht vandaag, maar bloedsuiker viel mee: 7,1 mmol/l voor het middageten. Dochter vroeg naar het HbA1c, dat was in maart 54.`,
    expected: [{ kind: 'glucose', value: '7.1', unit: 'mmol/L' }],
  },
  {
    id: 'md2-022',
    setting: 'HA',
    text: `S: vannacht hypo gehad volgens echtgenoot, toen 2,8 gemeten, met suikerwater opgelost.
O: nu op spreekuur BG 6,4, alert en helder. RR 128/76.
E: nachtelijke hypo bij SU-derivaat.
P: glimepiride 2 mg stoppen, over 2 weken telefonisch contact.`,
    expected: [
      { kind: 'glucose', value: '6.4', unit: 'mmol/L' },
      { kind: 'bloeddruk', value: '128/76', unit: 'mmHg' },
    ],
  },
  {
    id: 'md2-023',
    setting: 'ZKH',
    text: `BS-curve volgens protocol prednison: 11:30 14,2 / 16:30 17,6 / 21:30 12,9. Actrapid volgens correctieschema gegeven (6 E, 8 E, 4 E).`,
    expected: [
      { kind: 'glucose', value: '14.2', unit: 'mmol/L' },
      { kind: 'glucose', value: '17.6', unit: 'mmol/L' },
      { kind: 'glucose', value: '12.9', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md2-024',
    setting: 'wijk',
    text: `Dhr. heeft vandaag zelf gemeten maar wilde de waarde niet laten zien, meter lag al in de kast. Insuline 10 E gegeven volgens afspraak. Morgen samen meten en uitleg geven over het dagboekje.`,
    expected: [],
  },
  {
    id: 'md2-025',
    setting: 'GGZ',
    text: `Pt zegt dat haar suiker "altijd wel 20" is en dat ze daarom niet meer meet. Vandaag ter controle samen een vingerprik gedaan: 8,2. Geen klachten van dorst of plassen.`,
    expected: [{ kind: 'glucose', value: '8.2', unit: 'mmol/L' }],
  },
  {
    id: 'md2-026',
    setting: 'VVT',
    text: `Sensor (Libre) afgelezen bij ontbijt: 12,7 ↑. Om 10 uur 15,3. Overleg met diabetesvpk: bij >15 extra 2 E, dus gegeven. 11:30 gescand: 11,4.`,
    expected: [
      { kind: 'glucose', value: '12.7', unit: 'mmol/L' },
      { kind: 'glucose', value: '15.3', unit: 'mmol/L' },
      { kind: 'glucose', value: '11.4', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md2-027',
    setting: 'ZKH',
    text: `Pt. nuchter voor OK. Glucose 5,6 om 06:00. Glucose-insuline-infuus gestart, 10 ml/u. 08:00 glucose 6,9. Gaat als tweede op het programma.`,
    expected: [
      { kind: 'glucose', value: '5.6', unit: 'mmol/L' },
      { kind: 'glucose', value: '6.9', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md2-028',
    setting: 'wijk',
    text: `BG 18,4!! Mw. is de insuline gisteravond vergeten. Meteen 12 E Novorapid volgens afspraak met HA. Na 2 uur terug geweest: BG 13,5. HA belt morgen.`,
    expected: [
      { kind: 'glucose', value: '18.4', unit: 'mmol/L' },
      { kind: 'glucose', value: '13.5', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md2-029',
    setting: 'GHZ',
    text: `Bewoner heeft dextro gehad na het sporten, ivm BG 3,4 in de gymzaal. Na een kwartier 4,9, daarna een boterham. De begeleider van de sportgroep, zelf ook diabeet, mat zichzelf 6,0.`,
    expected: [
      { kind: 'glucose', value: '3.4', unit: 'mmol/L' },
      { kind: 'glucose', value: '4.9', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md2-030',
    setting: 'ZKH',
    text: `Vingerprik vn 7,9 mmol. Temp 37,4, RR 132/78, P 84. Morgen nuchter lab (glucose, HbA1c, lipiden) aangevraagd.`,
    expected: [
      { kind: 'glucose', value: '7.9', unit: 'mmol/L' },
      { kind: 'temperatuur', value: '37.4', unit: '°C' },
      { kind: 'bloeddruk', value: '132/78', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '84', unit: '/min' },
    ],
  },
  {
    id: 'md2-031',
    setting: 'ZKH',
    text: `Vochtbalans afgelopen 24 uur: in 1450 ml, uit 2100 ml. Balans -650. Gewicht vanochtend 78,3 kg (gisteren 79,4). Vochtbeperking 1,5 l blijft. Furosemide 40 mg iv 2dd.`,
    expected: [
      { kind: 'vochtinname', value: '1450', unit: 'mL' },
      { kind: 'uitscheiding', value: '2100', unit: 'mL' },
      { kind: 'gewicht', value: '78.3', unit: 'kg' },
    ],
  },
  {
    id: 'md2-032',
    setting: 'VVT',
    text: `Vochtlijst mw. K. vandaag:
08:00 thee 150 ml
10:00 koffie 125 ml
12:00 soep 200 ml + water 150 ml
15:00 ranja 200 ml
17:30 melk 150 ml
Totaal ingenomen 975 ml. Doel is 1500 ml, blijft te weinig.`,
    expected: [{ kind: 'vochtinname', value: '975', unit: 'mL' }],
  },
  {
    id: 'md2-033',
    setting: 'ZKH',
    text: `CAD in situ. 1e zak om 18:00 geleegd 650 ml, 2e zak om 22:30 500 ml. Totaal diurese deze dienst 1150 ml, urine helder.`,
    expected: [{ kind: 'uitscheiding', value: '1150', unit: 'mL' }],
  },
  {
    id: 'md2-034',
    setting: 'wijk',
    text: `Katheterzak verwisseld. Inhoud van de zak 900 ml, urine donker. Zoon houdt de vochtlijst bij: vandaag tot nu toe ingenomen 800 ml. Advies gegeven om meer te drinken.`,
    expected: [
      { kind: 'uitscheiding', value: '900', unit: 'mL' },
      { kind: 'vochtinname', value: '800', unit: 'mL' },
    ],
  },
  {
    id: 'md2-035',
    setting: 'ZKH',
    text: `Post-OK dag 1. Wonddrain 80 ml sero-sanguinolent. Urinekatheter: diurese afgelopen 6 uur 420 ml. Infuus NaCl 0,9% 1000 ml/24 u loopt goed.`,
    expected: [{ kind: 'uitscheiding', value: '420', unit: 'mL' }],
  },
  {
    id: 'md2-036',
    setting: 'VVT',
    text: `Ingenomen VD 650 ml. Uitgeplast 2x gemeten op de po-stoel: 300 ml en 250 ml. Rest in het incontinentiemateriaal, niet te meten.`,
    expected: [
      { kind: 'vochtinname', value: '650', unit: 'mL' },
      { kind: 'uitscheiding', value: '300', unit: 'mL' },
      { kind: 'uitscheiding', value: '250', unit: 'mL' },
    ],
  },
  {
    id: 'md2-037',
    setting: 'ZKH',
    text: `Vochtbalans 24 u
IN: oraal 900 ml, iv 1000 ml -> totaal 1900 ml
UIT: urine 1350 ml
Balans +550 ml. Daarnaast Redon-drain 120 ml (apart genoteerd). Kalium 3,4.`,
    expected: [
      { kind: 'vochtinname', value: '1900', unit: 'mL' },
      { kind: 'uitscheiding', value: '1350', unit: 'mL' },
    ],
  },
  {
    id: 'md2-038',
    setting: 'GHZ',
    text: `Bewoner drinkt te weinig, vochtlijst gestart. Vandaag totaal 1,1 liter gedronken. Plast weinig, luier om 14u zwaar. Warme week, temp op de kamer 27 graden, raam open gezet.`,
    expected: [{ kind: 'vochtinname', value: '1100', unit: 'mL' }],
  },
  {
    id: 'md2-039',
    setting: 'wijk',
    text: `Vochtbalans moet vanaf morgen worden bijgehouden, lijst bij mw. neergelegd. Uitgelegd aan dochter: alles in ml noteren, streef 1,5-2 liter per dag. Katheter wordt morgen gewisseld.`,
    expected: [],
  },
  {
    id: 'md2-040',
    setting: 'ZKH',
    text: `24-uursoverzicht (door AD ingevuld): diurese ND 380 ml, VD 520 ml, AD 610 ml via urinaal. Ingenomen totaal 1750 ml. Kalium 3,2, suppletie gestart.`,
    expected: [
      { kind: 'uitscheiding', value: '380', unit: 'mL' },
      { kind: 'uitscheiding', value: '520', unit: 'mL' },
      { kind: 'uitscheiding', value: '610', unit: 'mL' },
      { kind: 'vochtinname', value: '1750', unit: 'mL' },
    ],
  },
];
