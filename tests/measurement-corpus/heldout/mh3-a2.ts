import type { MeasurementCase } from '../caseSchema';

export const cases: MeasurementCase[] = [
  {
    id: 'mh3a-029',
    setting: 'VVT',
    text: `S: mw zegt "ik ben zo moe".
O: bleek, T 36,2 ax, BD 104/62, P 58 reg, sat 97%. Hb gisteren 6,1 (lab).
A: mogelijk anemie, bekend.
P: arts visite morgen, BD 2x daags.`,
    expected: [
      { kind: 'temperatuur', value: '36.2', unit: '°C' },
      { kind: 'bloeddruk', value: '104/62', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '58', unit: '/min' },
      { kind: 'saturatie', value: '97', unit: '%' },
    ],
  },
  {
    id: 'mh3a-030',
    setting: 'VVT',
    text: `Vitale functies dhr kamer 21 (na val vanochtend):
tijd   RR      P   T
10.00  142/86  82  36,8
12.00  138/80  78  36,9
16.00  131/79  74  37,0
EMV 15. Pupillen isocoor. Geen hoofdpijn.`,
    expected: [
      { kind: 'bloeddruk', value: '142/86', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '82', unit: '/min' },
      { kind: 'temperatuur', value: '36.8', unit: '°C' },
      { kind: 'bloeddruk', value: '138/80', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '78', unit: '/min' },
      { kind: 'temperatuur', value: '36.9', unit: '°C' },
      { kind: 'bloeddruk', value: '131/79', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '74', unit: '/min' },
      { kind: 'temperatuur', value: '37.0', unit: '°C' },
    ],
  },
  {
    id: 'mh3a-031',
    setting: 'VVT',
    text: `Wekelijks wegen afd. Zonnebloem: mw gewicht gedaald van 61,2 naar 59,8 kg in 2 weken.
SNAQ 3, dietist ingeschakeld. Verrijkte toetjes starten.`,
    expected: [
      { kind: 'gewicht', value: '59.8', unit: 'kg' },
    ],
  },
  {
    id: 'mh3a-032',
    setting: 'VVT',
    text: `Mw (92) gisteren opgenomen voor revalidatie na heupfractuur.
INR 2,8, dosering acenocoumarol volgens trombosedienst: 1 mg.
Fraxiparine gestopt. Katz-score 4. Fysio start morgen 10.30.`,
    expected: [],
  },
  {
    id: 'mh3a-033',
    setting: 'VVT',
    text: `Vochtbalans ivm hartfalen. Vocht in/uit: 1350 ml / 1600 ml (urinaal).
Furosemide 40 mg om 8u. Gewicht 78,5 kg, enkeloedeem minder.
Max 1500 ml/dag vocht afgesproken met SO.`,
    expected: [
      { kind: 'vochtinname', value: '1350', unit: 'mL' },
      { kind: 'uitscheiding', value: '1600', unit: 'mL' },
      { kind: 'gewicht', value: '78.5', unit: 'kg' },
    ],
  },
  {
    id: 'mh3a-034',
    setting: 'VVT',
    text: `Pijnmeting mw met artrose beide knieen, VAS (0-100): 45 in rust, 70 bij lopen naar de huiskamer.
Morfine 5 mg sc zo nodig niet nodig geweest. RR 128/74.`,
    expected: [
      { kind: 'pijnscore', value: '45', unit: 'VAS' },
      { kind: 'pijnscore', value: '70', unit: 'VAS' },
      { kind: 'bloeddruk', value: '128/74', unit: 'mmHg' },
    ],
  },
  {
    id: 'mh3a-035',
    setting: 'VVT',
    text: `Palliatieve fase. Mw ademt onregelmatig, ademfreq 8/min met pauzes. Pols 52, zwak voelbaar.
Geen temp gemeten (te belastend). Midazolam 5 mg sc om 22u.
Familie aanwezig, zoon blijft slapen.`,
    expected: [
      { kind: 'ademfrequentie', value: '8', unit: '/min' },
      { kind: 'hartfrequentie', value: '52', unit: '/min' },
    ],
  },
  {
    id: 'mh3a-036',
    setting: 'wijk',
    text: `Mevr thuis, 2e bezoek. 146/88 RR, 84 pols, 37,1 temp.
Voet li rood rond de hiel, HA gebeld.
Diabetes: 12,3 glucose na ontbijt. Lantus 14 E.
Mw drinkt naar eigen zeggen ongeveer 6 kopjes per dag.`,
    expected: [
      { kind: 'bloeddruk', value: '146/88', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '84', unit: '/min' },
      { kind: 'temperatuur', value: '37.1', unit: '°C' },
      { kind: 'glucose', value: '12.3', unit: 'mmol/L' },
    ],
  },
  {
    id: 'mh3a-037',
    setting: 'wijk',
    text: `Om 16.20 gebeld door mw: zweterig en trillerig.
Bij aankomst BG 2,9. 3 tabl dextro gegeven (= 12 gr) + glas limonade.
Na 15 min BG 5,4, na 30 min 6,8.
Avonddosis Mixtard 20 E: na overleg HA met 4 E verlaagd.`,
    expected: [
      { kind: 'glucose', value: '2.9', unit: 'mmol/L' },
      { kind: 'glucose', value: '5.4', unit: 'mmol/L' },
      { kind: 'glucose', value: '6.8', unit: 'mmol/L' },
    ],
  },
  {
    id: 'mh3a-038',
    setting: 'wijk',
    text: `Intake wijkverpleging. Dhr (79) lengte gemeten 1.76 m, gewicht 68,4 kg, BMI 22,1.
Drinkt volgens dochter weinig. MUST 1.
Vorig jaar woog hij nog 75 kg.`,
    expected: [
      { kind: 'lengte', value: '176', unit: 'cm' },
      { kind: 'gewicht', value: '68.4', unit: 'kg' },
      { kind: 'bmi', value: '22.1', unit: 'kg/m2' },
    ],
  },
  {
    id: 'mh3a-039',
    setting: 'wijk',
    text: `Dhr verzamelt 24-uurs urine voor de nefroloog. Urineproductie 24 uur totaal 2150 ml, gemeten met maatbeker.
Kreatinine volgt via lab. RR 156/90 zittend.`,
    expected: [
      { kind: 'uitscheiding', value: '2150', unit: 'mL' },
      { kind: 'bloeddruk', value: '156/90', unit: 'mmHg' },
    ],
  },
  {
    id: 'mh3a-040',
    setting: 'wijk',
    text: `Steunkousen aangetrokken. Mw had pijn aan de rug maar wilde geen pijnscore geven.
Afspraak bij POH op 14-11 om 9.15u.
Huisnummer 27 slecht zichtbaar, anders bellen bij de buren (nr 29).`,
    expected: [],
  },
  {
    id: 'mh3a-041',
    setting: 'wijk',
    text: `Dhr postoperatief thuis na colonresectie. Temp 38.0 om 9u, pols 92/min.
Wond droog, hechtingen intact. NRS 2.
Gewicht 71,5 kg (voor OK 76 kg). Stomaproductie dun, zakje 2x geleegd.`,
    expected: [
      { kind: 'temperatuur', value: '38.0', unit: '°C' },
      { kind: 'hartfrequentie', value: '92', unit: '/min' },
      { kind: 'pijnscore', value: '2', unit: 'NRS' },
      { kind: 'gewicht', value: '71.5', unit: 'kg' },
    ],
  },
  {
    id: 'mh3a-042',
    setting: 'GHZ',
    text: `Nachtdienst: client ligt te kreunen, wijst naar buik. Pijnscore niet uit te vragen (ernstig MVB).
T 37,3, pols 86. Ontlasting laatst 3 dagen geleden.
Movicolon 1 sachet gegeven. Vanaf 05.00 weer rustig geslapen.`,
    expected: [
      { kind: 'temperatuur', value: '37.3', unit: '°C' },
      { kind: 'hartfrequentie', value: '86', unit: '/min' },
    ],
  },
  {
    id: 'mh3a-043',
    setting: 'GHZ',
    text: `Wegen op rolstoelweegschaal: 104,5 kg met rolstoel. Rolstoel weegt 22,0 kg.
Client weegt dus 82,5 kg. Vorige maand 83,1.`,
    expected: [
      { kind: 'gewicht', value: '82.5', unit: 'kg' },
    ],
  },
  {
    id: 'mh3a-044',
    setting: 'GHZ',
    text: `Vochtlijst ivm lithiumgebruik, streef minstens 2 l per dag.
Vandaag gedronken: 1750 ml. Urine niet te meten (incontinent).
Lithiumspiegel maandag prikken.`,
    expected: [
      { kind: 'vochtinname', value: '1750', unit: 'mL' },
    ],
  },
  {
    id: 'mh3a-045',
    setting: 'GHZ',
    text: `Cliënte gevallen in badkamer om 19.40. Geen hoofdletsel zichtbaar.
Tensie 118/74, HF 80, saturatie 98 %.
Collega heeft zelf rugpijn na optillen, NRS 5 volgens haarzelf.
Arts ingelicht.`,
    expected: [
      { kind: 'bloeddruk', value: '118/74', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '80', unit: '/min' },
      { kind: 'saturatie', value: '98', unit: '%' },
    ],
  },
  {
    id: 'mh3a-046',
    setting: 'GHZ',
    text: `Client droeg vandaag de nieuwe valhelm. Geen aanvallen.
Aanvalsregistratie: afgelopen maand 4 aanvallen.
Keppra 750 mg 2dd ingenomen. Zus op bezoek van 14.00 tot 16.00.`,
    expected: [],
  },
  {
    id: 'mh3a-047',
    setting: 'GHZ',
    text: `Ochtend: gluc 7,2. Client voelt warm aan, temp 39 oor. Pols 110.
Protocol: bij temp boven 38,5 paracetamol -> 1000 mg gegeven.
Over 1 uur temp herhalen.`,
    expected: [
      { kind: 'glucose', value: '7.2', unit: 'mmol/L' },
      { kind: 'temperatuur', value: '39', unit: '°C' },
      { kind: 'hartfrequentie', value: '110', unit: '/min' },
    ],
  },
  {
    id: 'mh3a-048',
    setting: 'ZKH',
    text: `Dagcurve glucose: 6,8 / 11,2 / 9,4 / 7,9.
Insuline aangepast door internist. HbA1c 72.
Gewicht 88 kg. Dieetadvies 1800 kcal.`,
    expected: [
      { kind: 'glucose', value: '6.8', unit: 'mmol/L' },
      { kind: 'glucose', value: '11.2', unit: 'mmol/L' },
      { kind: 'glucose', value: '9.4', unit: 'mmol/L' },
      { kind: 'glucose', value: '7.9', unit: 'mmol/L' },
      { kind: 'gewicht', value: '88', unit: 'kg' },
    ],
  },
  {
    id: 'mh3a-049',
    setting: 'ZKH',
    text: `SEH triage: dhr 67 jr, thoracale pijn sinds 2 uur, uitstralend naar li arm.
NRS 7. RR 168/98, HF 96, AF 20, SpO2 95%, T 36,9.
ECG gemaakt. Troponine volgt. Aspirine 300 mg gegeven.`,
    expected: [
      { kind: 'pijnscore', value: '7', unit: 'NRS' },
      { kind: 'bloeddruk', value: '168/98', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '96', unit: '/min' },
      { kind: 'ademfrequentie', value: '20', unit: '/min' },
      { kind: 'saturatie', value: '95', unit: '%' },
      { kind: 'temperatuur', value: '36.9', unit: '°C' },
    ],
  },
  {
    id: 'mh3a-050',
    setting: 'ZKH',
    text: `Overdracht avond -> nacht, k. 305: mw na CVA, slikproblemen.
Vandaag ingenomen 900 ml (verdikt), diurese 700 ml.
RR om 20u 178/92, gisteren 190/100. Streef RR < 180 systolisch.
Sat 94%.`,
    expected: [
      { kind: 'vochtinname', value: '900', unit: 'mL' },
      { kind: 'uitscheiding', value: '700', unit: 'mL' },
      { kind: 'bloeddruk', value: '178/92', unit: 'mmHg' },
      { kind: 'saturatie', value: '94', unit: '%' },
    ],
  },
  {
    id: 'mh3a-051',
    setting: 'HA',
    text: `Visite thuis bij dhr (86) ivm verwardheid sinds gisteren.
O: T 38,9, P 108 irr, RR 112/64, AF 24, sat 92%. Urinestick: leuco +++, nitriet +.
E: urosepsis?
P: insturen SEH. Echtgenote zeer ongerust.`,
    expected: [
      { kind: 'temperatuur', value: '38.9', unit: '°C' },
      { kind: 'hartfrequentie', value: '108', unit: '/min' },
      { kind: 'bloeddruk', value: '112/64', unit: 'mmHg' },
      { kind: 'ademfrequentie', value: '24', unit: '/min' },
      { kind: 'saturatie', value: '92', unit: '%' },
    ],
  },
  {
    id: 'mh3a-052',
    setting: 'HA',
    text: `Telefonische terugkoppeling lab: Hb 8,4, kalium 4,1, eGFR 52, TSH 2,3.
Patient geinformeerd, geen actie nodig.
Controle bloeddruk over 3 mnd bij POH.`,
    expected: [],
  },
  {
    id: 'mh3a-053',
    setting: 'HA',
    text: `DM-controle POH: gewicht 102,3 kg (vorige keer 104), lengte 178 cm, BMI 32,3.
RR 138/82. Glucose nuchter (vingerprik op spreekuur) 7,8.
Voetonderzoek: sensibiliteit intact. Streefgewicht < 95 kg.`,
    expected: [
      { kind: 'gewicht', value: '102.3', unit: 'kg' },
      { kind: 'lengte', value: '178', unit: 'cm' },
      { kind: 'bmi', value: '32.3', unit: 'kg/m2' },
      { kind: 'bloeddruk', value: '138/82', unit: 'mmHg' },
      { kind: 'glucose', value: '7.8', unit: 'mmol/L' },
    ],
  },
  {
    id: 'mh3a-054',
    setting: 'GGZ',
    text: `Somatiek op afdeling: client eet slecht sinds opname (anorexia nervosa).
Gewicht vanochtend 41,2 kg, lengte 1,65 m, BMI 15,1.
Pols 48, RR 92/58, temp 35,8.
Streefgewicht voor deze week 42 kg. Kalium 3,1 -> suppletie.`,
    expected: [
      { kind: 'gewicht', value: '41.2', unit: 'kg' },
      { kind: 'lengte', value: '165', unit: 'cm' },
      { kind: 'bmi', value: '15.1', unit: 'kg/m2' },
      { kind: 'hartfrequentie', value: '48', unit: '/min' },
      { kind: 'bloeddruk', value: '92/58', unit: 'mmHg' },
      { kind: 'temperatuur', value: '35.8', unit: '°C' },
    ],
  },
  {
    id: 'mh3a-055',
    setting: 'GGZ',
    text: `Client klaagt over hoofdpijn, NRS 4. Paracetamol 1 g gegeven.
RR 132/86, pols 72.
Medeclient op de gang had vanmiddag een bloedneus, niet gerelateerd.`,
    expected: [
      { kind: 'pijnscore', value: '4', unit: 'NRS' },
      { kind: 'bloeddruk', value: '132/86', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '72', unit: '/min' },
    ],
  },
];
