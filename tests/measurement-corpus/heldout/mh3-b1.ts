import type { MeasurementCase } from '../caseSchema';

export const cases: MeasurementCase[] = [
  {
    id: 'mh3b-001',
    setting: 'ZKH',
    text: `MEWS-ronde 08:00 kamer 214 bed 2
AF 24, SpO2 91% bij 2L O2 via neusbril, RR 102/58, P 118 irr, T 38,6, AVPU: A. MEWS 5 --> arts gebeld (dr. Visser), komt beoordelen. Herhaal MEWS over 1 uur.`,
    expected: [
      { kind: 'ademfrequentie', value: '24', unit: '/min' },
      { kind: 'saturatie', value: '91', unit: '%' },
      { kind: 'bloeddruk', value: '102/58', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '118', unit: '/min' },
      { kind: 'temperatuur', value: '38.6', unit: '°C' },
    ],
  },
  {
    id: 'mh3b-002',
    setting: 'ZKH',
    text: `Post-OK controle na lap. cholecystectomie. Tensie 128/74, pols 84, sat 97% zonder O2, temp 37,4. NRS in rust 3, bij hoesten 6. Wond droog, pleisters schoon. Heeft 2 bekers thee gedronken, nog niet geplast. Pijnstilling: paracetamol 1 g om 14:00 gegeven.`,
    expected: [
      { kind: 'bloeddruk', value: '128/74', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '84', unit: '/min' },
      { kind: 'saturatie', value: '97', unit: '%' },
      { kind: 'temperatuur', value: '37.4', unit: '°C' },
      { kind: 'pijnscore', value: '3', unit: 'NRS' },
      { kind: 'pijnscore', value: '6', unit: 'NRS' },
    ],
  },
  {
    id: 'mh3b-003',
    setting: 'HA',
    text: `S: voelt zich goed, geen hypo's gehad. Loopt 3x per week 30 min.
O: RR 146/88 (li arm), na 5 min herhaald 138/84. Gew 91,4 kg, lengte 1,76 m, BMI 29,5. Nuchter BG vingerprik 7,8. HbA1c (lab 12-3) 56 mmol/mol. Voeten: sensibiliteit intact, geen wondjes.
E: DM2 redelijk gereguleerd, RR boven streef (<140/90).
P: metformine ongewijzigd 2dd 1000 mg. Over 3 mnd controle.`,
    expected: [
      { kind: 'bloeddruk', value: '146/88', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '138/84', unit: 'mmHg' },
      { kind: 'gewicht', value: '91.4', unit: 'kg' },
      { kind: 'lengte', value: '176', unit: 'cm' },
      { kind: 'bmi', value: '29.5', unit: 'kg/m2' },
      { kind: 'glucose', value: '7.8', unit: 'mmol/L' },
    ],
  },
  {
    id: 'mh3b-004',
    setting: 'GGZ',
    text: `Somatische screening i.v.m. olanzapine (jaarlijks). Dhr. nuchter gekomen. Gewicht 104,6 kg (vorig jaar 97 kg), lengte 183 cm, BMI 31,2. Buikomvang 118 cm. RR 134/86, pols 92. Nuchtere glucose (vingerprik) 6,4. Bloed afgenomen voor lipiden en HbA1c, uitslag volgt. Leefstijladvies besproken, dhr. staat open voor diëtist.`,
    expected: [
      { kind: 'gewicht', value: '104.6', unit: 'kg' },
      { kind: 'lengte', value: '183', unit: 'cm' },
      { kind: 'bmi', value: '31.2', unit: 'kg/m2' },
      { kind: 'bloeddruk', value: '134/86', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '92', unit: '/min' },
      { kind: 'glucose', value: '6.4', unit: 'mmol/L' },
    ],
  },
  {
    id: 'mh3b-005',
    setting: 'VVT',
    text: `Ochtendzorg mw. gedaan, was wat suf. 98/56 mmHg, pols 64. Temp 36,1 (oor). Heeft ontbijt half opgegeten. Dochter belt vanmiddag terug. Vanavond BD herhalen.`,
    expected: [
      { kind: 'bloeddruk', value: '98/56', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '64', unit: '/min' },
      { kind: 'temperatuur', value: '36.1', unit: '°C' },
    ],
  },
  {
    id: 'mh3b-006',
    setting: 'ZKH',
    text: `Vochtbalans 24u (07-07):
IN: po 900 ml, iv 1000 ml --> totaal 1900 ml
UIT: diurese 2350 ml (CAD)
Balans -450 ml. Gew vanochtend 81,2 kg (gisteren 82,0). Vochtbeperking 1,5 l/dag blijft. Furosemide 40 mg iv om 08:00.`,
    expected: [
      { kind: 'vochtinname', value: '1900', unit: 'mL' },
      { kind: 'uitscheiding', value: '2350', unit: 'mL' },
      { kind: 'gewicht', value: '81.2', unit: 'kg' },
    ],
  },
  {
    id: 'mh3b-007',
    setting: 'HA',
    text: `Tel. consult: mw. belt over hoesten sinds 5 dgn, geen koorts gemeten, geen benauwdheid. Advies: paracetamol max 4dd 1000 mg, bij koorts > 38,5 of benauwdheid terugbellen. Zo nodig spreekuur morgen.`,
    expected: [],
  },
  {
    id: 'mh3b-008',
    setting: 'ZKH',
    text: `SEH triage (MTS oranje). 67-jarige man, val van trap.
RR 162/94 P 98 AF 20 Sat 96% T 36,9 EMV 4-5-6. BG 9,3. Pijn li heup VAS 70. Partner ook aanwezig, zelf duizelig, RR partner 180/100 door collega gemeten.`,
    expected: [
      { kind: 'bloeddruk', value: '162/94', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '98', unit: '/min' },
      { kind: 'ademfrequentie', value: '20', unit: '/min' },
      { kind: 'saturatie', value: '96', unit: '%' },
      { kind: 'temperatuur', value: '36.9', unit: '°C' },
      { kind: 'glucose', value: '9.3', unit: 'mmol/L' },
      { kind: 'pijnscore', value: '70', unit: 'VAS' },
    ],
  },
  {
    id: 'mh3b-009',
    setting: 'wijk',
    text: `Insuline toegediend. BS voor het ontbijt 12,4, Novorapid 10 E volgens schema + 2 E correctie. Lantus 24 E om 22:00 door avonddienst. Mw. had gisteravond chocola gegeten zegt ze. Voeten geïnspecteerd, geen bijzonderheden.`,
    expected: [
      { kind: 'glucose', value: '12.4', unit: 'mmol/L' },
    ],
  },
  {
    id: 'mh3b-010',
    setting: 'GHZ',
    text: `Jeroen vanochtend warm aanvoelend, temp gemeten: 38,3 (oor). Pols 104. Wilde niet drinken, met veel aandringen 1 beker limonade. Huisarts gebeld, komt vanmiddag. Om 14u paracetamol 500 mg gegeven. Groepsgenoot Sanne ook verkouden, bij haar 37,8.`,
    expected: [
      { kind: 'temperatuur', value: '38.3', unit: '°C' },
      { kind: 'hartfrequentie', value: '104', unit: '/min' },
    ],
  },
  {
    id: 'mh3b-011',
    setting: 'ZKH',
    text: `Wondzorg VAC-pomp verwisseld. Exsudaat matig, sereus. Wondbed roze, granulerend, randen rustig. NRS tijdens wissel 5, na 20 min 2. Pt gewogen op bedweegschaal: 68,5 kg. Braden 14.`,
    expected: [
      { kind: 'pijnscore', value: '5', unit: 'NRS' },
      { kind: 'pijnscore', value: '2', unit: 'NRS' },
      { kind: 'gewicht', value: '68.5', unit: 'kg' },
    ],
  },
  {
    id: 'mh3b-012',
    setting: 'GGZ',
    text: `Dhr. vanavond onrustig op de afdeling, liep veel heen en weer. In gesprek aangegeven dat hij stemmen hoort die hem uitlachen. Zo nodig lorazepam 1 mg aangeboden en ingenomen om 21:30. Om 22:15 rustig op kamer 6. Slaapt. Nachtdienst graag om 01:00 ronde.`,
    expected: [],
  },
  {
    id: 'mh3b-013',
    setting: 'HA',
    text: `S: Thuismetingen afgelopen week gemiddeld 152/91 (lijst meegenomen). Geen klachten.
O: Spreekuur RR re 148/92, li 156/94. P 76 regulair.
E: HT, onvoldoende gereguleerd.
P: amlodipine 5 mg 1dd erbij. Controle RR over 4 weken bij POH.`,
    expected: [
      { kind: 'bloeddruk', value: '148/92', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '156/94', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '76', unit: '/min' },
    ],
  },
  {
    id: 'mh3b-014',
    setting: 'ZKH',
    text: `Glucosedagcurve:
07:30  8,9
11:30  14,2
17:00  11,6
21:30  9,8
Insuline per schema bijgespoten (zie toedienlijst). Diëtist in consult gevraagd. Morgen nuchter glucose lab.`,
    expected: [
      { kind: 'glucose', value: '8.9', unit: 'mmol/L' },
      { kind: 'glucose', value: '14.2', unit: 'mmol/L' },
      { kind: 'glucose', value: '11.6', unit: 'mmol/L' },
      { kind: 'glucose', value: '9.8', unit: 'mmol/L' },
    ],
  },
  {
    id: 'mh3b-015',
    setting: 'ZKH',
    text: `Neonatologie, couveuse 3. Gewicht vandaag 1875 gram (gisteren 1860 g). Temp 36,9 axillair. HF 148, AF 44, sat 95%. Voeding per sonde, verdraagt goed, geen retentie. Moeder is op bezoek geweest en heeft gebuideld.`,
    expected: [
      { kind: 'gewicht', value: '1.875', unit: 'kg' },
      { kind: 'temperatuur', value: '36.9', unit: '°C' },
      { kind: 'hartfrequentie', value: '148', unit: '/min' },
      { kind: 'ademfrequentie', value: '44', unit: '/min' },
      { kind: 'saturatie', value: '95', unit: '%' },
    ],
  },
  {
    id: 'mh3b-016',
    setting: 'VVT',
    text: `Maandelijks wegen: mw. 52,3 kg (vorige maand 54,1 kg). Lengte opnieuw gemeten: 1,61 m, BMI 20,2. MUST score 1. Eetlust matig, krijgt 2x daags Nutridrink. Diëtist op de hoogte gebracht.`,
    expected: [
      { kind: 'gewicht', value: '52.3', unit: 'kg' },
      { kind: 'lengte', value: '161', unit: 'cm' },
      { kind: 'bmi', value: '20.2', unit: 'kg/m2' },
    ],
  },
  {
    id: 'mh3b-017',
    setting: 'HA',
    text: `S: 4-jarig meisje, sinds 2 dagen koorts tot 39,5 thuis, drinkt minder.
O: T 38,7 rect. P 132, AF 28, sat 98%. Geen intrekkingen. Oren: li trommelvlies rood, bomberend. Gewicht 17 kg.
E: OMA li.
P: paracetamol 4dd 240 mg supp, bij niet verbeteren na 3 dgn terugkomen. Moeder geïnstrueerd over drinken.`,
    expected: [
      { kind: 'temperatuur', value: '38.7', unit: '°C' },
      { kind: 'hartfrequentie', value: '132', unit: '/min' },
      { kind: 'ademfrequentie', value: '28', unit: '/min' },
      { kind: 'saturatie', value: '98', unit: '%' },
      { kind: 'gewicht', value: '17', unit: 'kg' },
    ],
  },
  {
    id: 'mh3b-018',
    setting: 'GGZ',
    text: `Ochtendrapportage: mw. klaagt over trillen van de handen en misselijkheid. Lithiumspiegel gisteren 1,1 mmol/l. Vitale functies: RR 112/70, pols 58, temp 36,4. Mw. geeft aan de laatste tijd veel dorst te hebben. Psychiater op de hoogte, beoordeelt vanmiddag.`,
    expected: [
      { kind: 'bloeddruk', value: '112/70', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '58', unit: '/min' },
      { kind: 'temperatuur', value: '36.4', unit: '°C' },
    ],
  },
  {
    id: 'mh3b-019',
    setting: 'wijk',
    text: `Wijkbezoek dhr. ivm wondzorg onderbeen re. Ulcus cruris 4x3 cm, iets minder beslag. Zwachtels opnieuw aangelegd. Samen gewogen op zijn eigen weegschaal: 96 kg, dhr. zegt 2 kg aangekomen sinds vorige maand. Pijn NRS 4. Enkel-armindex gepland door HA volgende week.`,
    expected: [
      { kind: 'gewicht', value: '96', unit: 'kg' },
      { kind: 'pijnscore', value: '4', unit: 'NRS' },
    ],
  },
  {
    id: 'mh3b-020',
    setting: 'ZKH',
    text: `Overdracht avond -> nacht
S: dhr. dag 1 na hemicolectomie re.
B: bekend met DM2, AF (antistolling gestaakt pre-OK).
A: RR 118/66, P 96 irr, T 37,9, sat 95% met 1 L O2. NRS 4. Epiduraal loopt 6 ml/u. Urineproductie laatste 4 uur 140 ml via CAD. BG om 21:00 10,4.
R: bij diurese < 30 ml/u arts bellen, BG om 03:00 nogmaals prikken.`,
    expected: [
      { kind: 'bloeddruk', value: '118/66', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '96', unit: '/min' },
      { kind: 'temperatuur', value: '37.9', unit: '°C' },
      { kind: 'saturatie', value: '95', unit: '%' },
      { kind: 'pijnscore', value: '4', unit: 'NRS' },
      { kind: 'uitscheiding', value: '140', unit: 'mL' },
      { kind: 'glucose', value: '10.4', unit: 'mmol/L' },
    ],
  },
  {
    id: 'mh3b-021',
    setting: 'HA',
    text: `Uitslagen besproken: Hb 7,9, ferritine 8, MCV 76. Past bij ijzergebrek. Ferrofumaraat 200 mg 3dd gestart. RR vorige keer 124/78 was prima. Over 6 weken Hb herhalen.`,
    expected: [],
  },
  {
    id: 'mh3b-022',
    setting: 'GGZ',
    text: `Opname somatische screening. Mw. 23 jr, anorexia nervosa. Gewicht 41,2 kg in ondergoed, lengte 168 cm, BMI 14,6. RR liggend 92/58, staand 84/52. Pols liggend 48, staand 66. Temp 35,8. Streefgewicht 1e fase afgesproken op 45 kg. Bloed voor elektrolyten afgenomen.`,
    expected: [
      { kind: 'gewicht', value: '41.2', unit: 'kg' },
      { kind: 'lengte', value: '168', unit: 'cm' },
      { kind: 'bmi', value: '14.6', unit: 'kg/m2' },
      { kind: 'bloeddruk', value: '92/58', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '84/52', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '48', unit: '/min' },
      { kind: 'hartfrequentie', value: '66', unit: '/min' },
      { kind: 'temperatuur', value: '35.8', unit: '°C' },
    ],
  },
  {
    id: 'mh3b-023',
    setting: 'ZKH',
    text: `Ochtendronde interne. Pt benauwd bij inspanning, in rust redelijk. Sat 89% zonder O2, na 10 min 2 l/min O2 94%. AF 26. RR 138/80. Pols 102. Temp 37,6. Longarts gebeld, bloedgas afgenomen: pO2 7,8, pCO2 6,1.`,
    expected: [
      { kind: 'saturatie', value: '89', unit: '%' },
      { kind: 'saturatie', value: '94', unit: '%' },
      { kind: 'ademfrequentie', value: '26', unit: '/min' },
      { kind: 'bloeddruk', value: '138/80', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '102', unit: '/min' },
      { kind: 'temperatuur', value: '37.6', unit: '°C' },
    ],
  },
  {
    id: 'mh3b-024',
    setting: 'VVT',
    text: `Mw. klaagt vanmiddag over branderig gevoel bij plassen. Urine ruikt sterk. Morgenochtend urine opvangen voor stick, dan ook temp meten. EVV geïnformeerd. Drinkt slecht, gestimuleerd.`,
    expected: [],
  },
  {
    id: 'mh3b-025',
    setting: 'HA',
    text: `Controle CVRM (POH)
| RR   | 132/82  |
| Pols | 68      |
| Gew  | 77,4 kg |
| BMI  | 25,1    |
Roken: gestopt sinds 2019. Streefwaarde RR < 140/90 gehaald. LDL 2,4 (lab vorige maand).`,
    expected: [
      { kind: 'bloeddruk', value: '132/82', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '68', unit: '/min' },
      { kind: 'gewicht', value: '77.4', unit: 'kg' },
      { kind: 'bmi', value: '25.1', unit: 'kg/m2' },
    ],
  },
  {
    id: 'mh3b-026',
    setting: 'GHZ',
    text: `Bewoner Tim (epilepsie) vanochtend aanval gehad, ca 2 min tonisch-clonisch. Direct daarna sat 93%, pols 110. Na 15 min sat 97, pols 88. Temp 37,0. Midazolam niet nodig geweest. Ouders ingelicht. Gewicht 63,5 (maandelijks wegen).`,
    expected: [
      { kind: 'saturatie', value: '93', unit: '%' },
      { kind: 'hartfrequentie', value: '110', unit: '/min' },
      { kind: 'saturatie', value: '97', unit: '%' },
      { kind: 'hartfrequentie', value: '88', unit: '/min' },
      { kind: 'temperatuur', value: '37.0', unit: '°C' },
      { kind: 'gewicht', value: '63.5', unit: 'kg' },
    ],
  },
  {
    id: 'mh3b-027',
    setting: 'ZKH',
    text: `Ambu binnengebracht, hypo. Dextro thuis door ambu was 1,9 (volgens overdracht), glucagon 1 mg im gegeven door ambu. Bij binnenkomst SEH BG 5,2, pt aanspreekbaar, EMV 15. Na 30 min en een boterham gluc 7,1. RR 144/82, pols 88. Insulinepomp gestopt.`,
    expected: [
      { kind: 'glucose', value: '5.2', unit: 'mmol/L' },
      { kind: 'glucose', value: '7.1', unit: 'mmol/L' },
      { kind: 'bloeddruk', value: '144/82', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '88', unit: '/min' },
    ],
  },
  {
    id: 'mh3b-028',
    setting: 'wijk',
    text: `Avondronde insuline dhr. de Groot. Glucose 18,7!! Dhr. voelt zich dorstig, veel geplast. Lantus 18 E gegeven volgens afspraak, HA gebeld: extra 4 E Novorapid, na 2 uur opnieuw prikken door late dienst. Streefwaarde 4-10 besproken met dhr. Echtgenote prikt zelf ook, haar BS was 6,2.`,
    expected: [
      { kind: 'glucose', value: '18.7', unit: 'mmol/L' },
    ],
  },
];
