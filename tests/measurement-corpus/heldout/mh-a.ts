import type { MeasurementCase } from '../caseSchema';

export const cases: MeasurementCase[] = [
  {
    id: 'mh-001',
    setting: 'VVT',
    text: `Ochtendzorg mw. gedaan, mw. was wat suf bij het wakker worden. RR 142/78 P 68 T 36,9 sat 97%. Daarna ontbijt gehad, 2 boterhammen en thee. Medicatie volgens lijst gegeven.`,
    expected: [
      { kind: 'bloeddruk', value: '142/78', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '68', unit: '/min' },
      { kind: 'temperatuur', value: '36.9', unit: '°C' },
      { kind: 'saturatie', value: '97', unit: '%' },
    ],
  },
  {
    id: 'mh-002',
    setting: 'wijk',
    text: `Insuline gegeven om 07.45 volgens schema. BG voor ontbijt 9,4. Voeten geïnspecteerd, geen wondjes of drukplekken. Mw. vraagt of de pedicure weer langs kan komen.`,
    expected: [
      { kind: 'glucose', value: '9.4', unit: 'mmol/L' },
    ],
  },
  {
    id: 'mh-003',
    setting: 'ZKH',
    text: `MEWS ronde 14:00
AF 22
Sat 93% met O2 via neusbril
RR 105/62
HF 104
Temp 38,4
Bewustzijn: A
Arts geïnformeerd, bloedkweken afgenomen.`,
    expected: [
      { kind: 'ademfrequentie', value: '22', unit: '/min' },
      { kind: 'saturatie', value: '93', unit: '%' },
      { kind: 'bloeddruk', value: '105/62', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '104', unit: '/min' },
      { kind: 'temperatuur', value: '38.4', unit: '°C' },
    ],
  },
  {
    id: 'mh-004',
    setting: 'GGZ',
    text: `Somatische screening ivm lithiumgebruik. Gewicht 88,2 kg, RR 131/84, pols 76. Cliënt klaagt over dorst en vaak plassen, besproken met psychiater. Bloedonderzoek aangevraagd.`,
    expected: [
      { kind: 'gewicht', value: '88.2', unit: 'kg' },
      { kind: 'bloeddruk', value: '131/84', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '76', unit: '/min' },
    ],
  },
  {
    id: 'mh-005',
    setting: 'HA',
    text: `S: sinds 3 dagen hoesten en koorts. Kortademig bij traplopen.
O: T 38,1 tympanaal. AF 20/min. Sat 95%. Crepitaties basaal re. Pols 96 reg.
E: verdenking pneumonie
P: amoxicilline, controle bij verslechtering.`,
    expected: [
      { kind: 'temperatuur', value: '38.1', unit: '°C' },
      { kind: 'ademfrequentie', value: '20', unit: '/min' },
      { kind: 'saturatie', value: '95', unit: '%' },
      { kind: 'hartfrequentie', value: '96', unit: '/min' },
    ],
  },
  {
    id: 'mh-006',
    setting: 'VVT',
    text: `Mw. vandaag gewogen op de rolstoelweegschaal. Totaal 92,6 kg, rolstoel zelf weegt 17,4 kg, dus mw. weegt 75,2 kg. Vorige maand was dat nog 77 kg, langzaam afvallend. Diëtiste op de hoogte gebracht.`,
    expected: [
      { kind: 'gewicht', value: '75.2', unit: 'kg' },
    ],
  },
  {
    id: 'mh-007',
    setting: 'ZKH',
    text: `Post-op dag 1 na TKP re. Pijn in rust NRS 3, bij mobiliseren 7. Extra oxycodon gegeven voor de fysio. Wond droog, pleister intact. Temp 37,6.`,
    expected: [
      { kind: 'pijnscore', value: '3', unit: 'NRS' },
      { kind: 'pijnscore', value: '7', unit: 'NRS' },
      { kind: 'temperatuur', value: '37.6', unit: '°C' },
    ],
  },
  {
    id: 'mh-008',
    setting: 'GHZ',
    text: `Jeroen had vanmiddag een rood hoofd en voelde warm aan. Temp gemeten in het oor: 37,4. Geen koorts dus. Hij heeft goed gedronken, volgens de drinklijst vandaag in totaal 1,2 liter. Huisgenoot Sanne had gisteren wel koorts (38,6), we houden het in de gaten.`,
    expected: [
      { kind: 'temperatuur', value: '37.4', unit: '°C' },
      { kind: 'vochtinname', value: '1200', unit: 'mL' },
    ],
  },
  {
    id: 'mh-009',
    setting: 'wijk',
    text: `Wondzorg onderbeen li. Wond meet 4 x 2,5 cm, diepte 0,5 cm, wondbed 75% granulatie, 25% beslag. Gespoeld met NaCl 0,9%, Flaminal en Mepilex. Braden 15. Volgende verbandwissel over 2 dagen, dan de wond opnieuw opmeten en ook temp meten ivm roodheid.`,
    expected: [],
  },
  {
    id: 'mh-010',
    setting: 'ZKH',
    text: `Overdracht late dienst, kamer 214 bed 2, dhr. 67 jr.
S: opgenomen ivm decompensatio cordis.
B: bekend met AF en DM2.
A: vanavond RR 118/70, HF 88 irr, sat 94% zonder O2. Vandaag gewogen: 81,4 kg (bij opname 84,9 kg). Diurese na furosemide iv 1400 ml.
R: morgen nuchter wegen, vochtbeperking 1,5 l aanhouden.`,
    expected: [
      { kind: 'bloeddruk', value: '118/70', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '88', unit: '/min' },
      { kind: 'saturatie', value: '94', unit: '%' },
      { kind: 'gewicht', value: '81.4', unit: 'kg' },
      { kind: 'uitscheiding', value: '1400', unit: 'mL' },
    ],
  },
  {
    id: 'mh-011',
    setting: 'VVT',
    text: `Dhr. vandaag niet lekker, misselijk. tensie 98/60 pols 58. Wat bleekjes. HA gebeld, komt morgen langs. Bij duizeligheid niet alleen laten opstaan.`,
    expected: [
      { kind: 'bloeddruk', value: '98/60', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '58', unit: '/min' },
    ],
  },
  {
    id: 'mh-012',
    setting: 'wijk',
    text: `Dagcurve BG op verzoek van de POH:
07:30 nuchter 7,8
10:00 (2 uur na ontbijt) 12,4
12:00 9,1
17:30 6,3
22:00 8,8
Mw. heeft om 15u een koek gegeten. Curve doorgegeven aan POH.`,
    expected: [
      { kind: 'glucose', value: '7.8', unit: 'mmol/L' },
      { kind: 'glucose', value: '12.4', unit: 'mmol/L' },
      { kind: 'glucose', value: '9.1', unit: 'mmol/L' },
      { kind: 'glucose', value: '6.3', unit: 'mmol/L' },
      { kind: 'glucose', value: '8.8', unit: 'mmol/L' },
    ],
  },
  {
    id: 'mh-013',
    setting: 'GGZ',
    text: `Clozapine-monitoring. Dhr. gebruikt clozapine 300 mg/dag. Vandaag: pols 104 in rust, RR 124/80, temp 37,0. Gewicht 97,3 kg, lengte 1,81 m, BMI 29,7. Buikomvang 108 cm. Hij geeft aan 's nachts veel te speekselen. Clozapinespiegel en bloedbeeld staan voor volgende week gepland.`,
    expected: [
      { kind: 'hartfrequentie', value: '104', unit: '/min' },
      { kind: 'bloeddruk', value: '124/80', unit: 'mmHg' },
      { kind: 'temperatuur', value: '37.0', unit: '°C' },
      { kind: 'gewicht', value: '97.3', unit: 'kg' },
      { kind: 'lengte', value: '181', unit: 'cm' },
      { kind: 'bmi', value: '29.7', unit: 'kg/m2' },
    ],
  },
  {
    id: 'mh-014',
    setting: 'HA',
    text: `S: mw. belt voor uitslag. Ze heeft afgelopen week thuis zelf bloeddruk gemeten, gemiddeld rond 150/90 zegt ze.
O: telefonisch consult, geen metingen.
E: hypertensie, thuismetingen boven streefwaarde
P: amlodipine 5 mg starten, over 4 wk RR-controle bij POH, streef < 140/90.`,
    expected: [],
  },
  {
    id: 'mh-015',
    setting: 'ZKH',
    text: `Vochtbalans 24 uur (07-07):
In: oraal 900 ml, infuus NaCl 0,9% 1000 ml, totaal 1900 ml
Uit: urine 1650 ml
Balans +250 ml. Mw. heeft CAD, urine helder.`,
    expected: [
      { kind: 'vochtinname', value: '1900', unit: 'mL' },
      { kind: 'uitscheiding', value: '1650', unit: 'mL' },
    ],
  },
  {
    id: 'mh-016',
    setting: 'VVT',
    text: `Mw. heeft veel last van haar rug. VAS 65 bij het aankleden, in rust VAS 30. Paracetamol 1 g gegeven om 8 uur. Pijnteam heeft gevraagd de VAS onder de 40 te houden, anders bellen.`,
    expected: [
      { kind: 'pijnscore', value: '65', unit: 'VAS' },
      { kind: 'pijnscore', value: '30', unit: 'VAS' },
    ],
  },
  {
    id: 'mh-017',
    setting: 'GHZ',
    text: `Na de aanval (ca 2 min, tonisch-clonisch) Mark in stabiele zijligging gelegd. Direct daarna sat 91%, na 5 minuten 96%. Pols 112. Hij heeft daarna 1,5 uur geslapen. Ouders gebeld.`,
    expected: [
      { kind: 'saturatie', value: '91', unit: '%' },
      { kind: 'saturatie', value: '96', unit: '%' },
      { kind: 'hartfrequentie', value: '112', unit: '/min' },
    ],
  },
  {
    id: 'mh-018',
    setting: 'wijk',
    text: `Controle bij dhr. de Vries thuis. RR 156/88, P 80. Mw. de Vries wilde ook even gemeten worden, haar RR was 128/76 (niet in dit dossier). Dhr. neemt zijn medicatie trouw in.`,
    expected: [
      { kind: 'bloeddruk', value: '156/88', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '80', unit: '/min' },
    ],
  },
  {
    id: 'mh-019',
    setting: 'ZKH',
    text: `Dhr. komt morgen binnen voor electieve hemicolectomie. Bij opname RR, pols, temp, gewicht en lengte meten. Nuchter vanaf 00:00. Bij RR > 180/110 anesthesist bellen.`,
    expected: [],
  },
  {
    id: 'mh-020',
    setting: 'VVT',
    text: `Mw. gewogen met de tillift (weegunit). Display gaf 64,3 kg, dat is inclusief tilband van 1,1 kg, dus mw. weegt 63,2 kg. Gewicht stabiel. Huid stuit iets rood, wisselligging voortzetten.`,
    expected: [
      { kind: 'gewicht', value: '63.2', unit: 'kg' },
    ],
  },
  {
    id: 'mh-021',
    setting: 'GGZ',
    text: `Somatische screening bij opname. Lengte 172 cm, gewicht 58 kg, BMI 19,6. RR 112/74, pols 84. Cliënte eet slecht sinds een paar weken, diëtist wordt ingeschakeld.`,
    expected: [
      { kind: 'lengte', value: '172', unit: 'cm' },
      { kind: 'gewicht', value: '58', unit: 'kg' },
      { kind: 'bmi', value: '19.6', unit: 'kg/m2' },
      { kind: 'bloeddruk', value: '112/74', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '84', unit: '/min' },
    ],
  },
  {
    id: 'mh-022',
    setting: 'HA',
    text: `S: controle DM2, geen klachten.
O: RR 138/82, gew 84,5 kg, BMI 28,1, nuchtere gluc 7,4. Voetonderzoek: sensibiliteit intact.
E: DM2 redelijk ingesteld
P: beleid continueren.`,
    expected: [
      { kind: 'bloeddruk', value: '138/82', unit: 'mmHg' },
      { kind: 'gewicht', value: '84.5', unit: 'kg' },
      { kind: 'bmi', value: '28.1', unit: 'kg/m2' },
      { kind: 'glucose', value: '7.4', unit: 'mmol/L' },
    ],
  },
  {
    id: 'mh-023',
    setting: 'VVT',
    text: `Mw. is vandaag rustig geweest, heeft op de huiskamer gezeten en met haar dochter gewandeld. Dochter vertelde dat zij zelf net bij de HA is geweest voor haar bloeddruk, 165/100, en nu medicatie krijgt. Mw. zelf goed gegeten en gedronken. Geen bijzonderheden.`,
    expected: [],
  },
];
