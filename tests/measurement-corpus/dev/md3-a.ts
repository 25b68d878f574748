import type { MeasurementCase } from '../caseSchema';

export const cases: MeasurementCase[] = [
  {
    id: 'md3-001',
    setting: 'VVT',
    text: `Ochtendzorg mw. gedaan, zelf gewassen aan de wastafel. Nuchter BG 8,4 mmol/l, Lantus 16 E gegeven om 08.15 volgens toedienlijst. Ontbijt goed gegeten, 2 bruine boterhammen.
Mw. klaagt over pijn li knie, NRS 5, paracetamol 1 g gegeven. Na een uur NRS 3.`,
    expected: [
      { kind: 'glucose', value: '8.4', unit: 'mmol/L' },
      { kind: 'pijnscore', value: '5', unit: 'NRS' },
      { kind: 'pijnscore', value: '3', unit: 'NRS' },
    ],
  },
  {
    id: 'md3-002',
    setting: 'wijk',
    text: `Avondbezoek. Dhr. heeft vandaag op verzoek van POH een dagcurve geprikt, samen met hem in het boekje nagekeken:
nuchter 9,1
voor lunch 12,4
voor avondeten 7,6
voor slapen 10,8
Insuline Novorapid 6-6-8 E, Levemir 20 E 's avonds, zelf gespoten. Streefwaarden 4-10 nog eens met dhr. besproken. Volgende week HbA1c via HA.`,
    expected: [
      { kind: 'glucose', value: '9.1', unit: 'mmol/L' },
      { kind: 'glucose', value: '12.4', unit: 'mmol/L' },
      { kind: 'glucose', value: '7.6', unit: 'mmol/L' },
      { kind: 'glucose', value: '10.8', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md3-003',
    setting: 'ZKH',
    text: `MEWS-ronde 22:00 kamer 4 bed 2. AF 24/min, sat 91% bij 2 l O2 via neusbril, RR 102/58, P 118, temp 38,9, alert. MEWS 5 -> arts-assistent gebeld, 2 sets bloedkweken afgenomen. Om 23:00 temp herhalen.`,
    expected: [
      { kind: 'ademfrequentie', value: '24', unit: '/min' },
      { kind: 'saturatie', value: '91', unit: '%' },
      { kind: 'bloeddruk', value: '102/58', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '118', unit: '/min' },
      { kind: 'temperatuur', value: '38.9', unit: '°C' },
    ],
  },
  {
    id: 'md3-004',
    setting: 'GHZ',
    text: `Joost was vanmiddag hangerig en at slecht. Oortemp 38,1, rectaal nagemeten 38,6. Pols 104. Ouders gebeld, moeder vertelt dat hij eergisteren thuis ook 38,3 had. Paracetamol zetpil 500 mg gegeven om 15.30, arts VG op de hoogte gebracht.`,
    expected: [
      { kind: 'temperatuur', value: '38.1', unit: '°C' },
      { kind: 'temperatuur', value: '38.6', unit: '°C' },
      { kind: 'hartfrequentie', value: '104', unit: '/min' },
    ],
  },
  {
    id: 'md3-005',
    setting: 'GGZ',
    text: `Somatische screening ivm gebruik olanzapine (jaarlijks).
Lengte 1,78 m, gewicht 96,4 kg, BMI 30,4. Buikomvang 108 cm. RR 138/88, pols 84. Nuchtere vingerprik glucose 6,3.
Lipidenspectrum en HbA1c aangevraagd bij lab. Dhr. is sinds start olanzapine 14 kg aangekomen (toen 82 kg). Leefstijl besproken, wil wel met de sportgroep mee.`,
    expected: [
      { kind: 'lengte', value: '178', unit: 'cm' },
      { kind: 'gewicht', value: '96.4', unit: 'kg' },
      { kind: 'bmi', value: '30.4', unit: 'kg/m2' },
      { kind: 'bloeddruk', value: '138/88', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '84', unit: '/min' },
      { kind: 'glucose', value: '6.3', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md3-006',
    setting: 'HA',
    text: `S: controle hypertensie. Thuismetingen afgelopen week gemiddeld rond 150/92. Soms hoofdpijn in de ochtend.
O: RR li 156/94, re 148/90. Na 5 min rust re 142/88. Pols 76 regulair. Gew 88 kg.
E: hypertensie, onvoldoende gereguleerd.
P: amlodipine 5 mg 1dd erbij, streef < 140/90. Controle over 4 wk bij POH.`,
    expected: [
      { kind: 'bloeddruk', value: '156/94', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '148/90', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '142/88', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '76', unit: '/min' },
      { kind: 'gewicht', value: '88', unit: 'kg' },
    ],
  },
  {
    id: 'md3-007',
    setting: 'VVT',
    text: `Vochtlijst dhr. afgelopen 24 uur (07-07u) afgesloten:
Ingenomen: 1350 ml (thee, water, pap en vla meegerekend)
Uitscheiding: 950 ml urine via CAD
Dhr. drinkt slecht, afspraak is minimaal 1500 ml/dag. Vandaag extra aanbieden, ook ijsjes. Morgen wegen.`,
    expected: [
      { kind: 'vochtinname', value: '1350', unit: 'mL' },
      { kind: 'uitscheiding', value: '950', unit: 'mL' },
    ],
  },
  {
    id: 'md3-008',
    setting: 'ZKH',
    text: `Orthostatische meting ivm duizeligheid en val thuis:
liggend RR 148/82 P 66
staand na 1 min 122/70 P 80
staand na 3 min 116/68 P 86
Pt. werd licht in het hoofd bij staan, niet gevallen. Geriater ingelicht.`,
    expected: [
      { kind: 'bloeddruk', value: '148/82', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '66', unit: '/min' },
      { kind: 'bloeddruk', value: '122/70', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '80', unit: '/min' },
      { kind: 'bloeddruk', value: '116/68', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '86', unit: '/min' },
    ],
  },
  {
    id: 'md3-009',
    setting: 'HA',
    text: `Kind, 3 jr, koorts sinds 2 dgn, trekt aan re oor. Moeder mat gisteravond 40,1 rectaal.
O: T 38,7 (oor), AF 32, sat 97%, pols 130. Trommelvlies re rood, bomberend. Gewogen: 14,2 kg.
E: OMA re.
P: paracetamol op gewicht, uitleg, terugkomen bij verergering of na 3 dgn nog koorts.`,
    expected: [
      { kind: 'temperatuur', value: '38.7', unit: '°C' },
      { kind: 'ademfrequentie', value: '32', unit: '/min' },
      { kind: 'saturatie', value: '97', unit: '%' },
      { kind: 'hartfrequentie', value: '130', unit: '/min' },
      { kind: 'gewicht', value: '14.2', unit: 'kg' },
    ],
  },
  {
    id: 'md3-010',
    setting: 'wijk',
    text: `Wondzorg decubitus sacrum cat. 3. Wond 4 x 3,5 cm, diepte ca 1 cm, wondbed 70% rood / 30% geel beslag. Gespoeld, Aquacel Ag, Mepilex Border erover.
Mw. geeft bij verbandwissel pijn aan, NRS 6, na afloop NRS 4.
Gewogen ivm ondervoeding: 52,8 kg (SNAQ 3). Diëtiste ingeschakeld. Braden 12, wisselligging besproken met mantelzorger.`,
    expected: [
      { kind: 'pijnscore', value: '6', unit: 'NRS' },
      { kind: 'pijnscore', value: '4', unit: 'NRS' },
      { kind: 'gewicht', value: '52.8', unit: 'kg' },
    ],
  },
  {
    id: 'md3-011',
    setting: 'GGZ',
    text: `Dhr. vandaag rustiger dan gisteren. Heeft deelgenomen aan de groepsactiviteit van 10.00 tot 11.00. Clozapine 300 mg ingenomen onder toezicht. Geeft aan beter te slapen.
Vorige week RR 145/95, HA wil dit over 2 weken herhalen. Morgen bloedafname clozapinespiegel.`,
    expected: [],
  },
  {
    id: 'md3-012',
    setting: 'ZKH',
    text: `Dag 1 post-op TKP re. Pijn in rust NRS 3, bij mobiliseren NRS 7, extra oxycodon 5 mg gegeven. Met looprek naar toilet geweest.
Infuus NaCl 0,9% 1000 ml/24u loopt nog. Vocht in (oraal + iv) totaal 2150 ml, diurese 1700 ml.
T 37,8. RR 124/72, P 88. Wond droog.`,
    expected: [
      { kind: 'pijnscore', value: '3', unit: 'NRS' },
      { kind: 'pijnscore', value: '7', unit: 'NRS' },
      { kind: 'vochtinname', value: '2150', unit: 'mL' },
      { kind: 'uitscheiding', value: '1700', unit: 'mL' },
      { kind: 'temperatuur', value: '37.8', unit: '°C' },
      { kind: 'bloeddruk', value: '124/72', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '88', unit: '/min' },
    ],
  },
  {
    id: 'md3-013',
    setting: 'VVT',
    text: `Om 10.30 mw. zweterig en verward aangetroffen in de huiskamer. Dextro 2,9. Glas appelsap gegeven. Na 15 min dextro 4,1, nog een glas sap + biscuitje. Na 30 min 6,2, mw. weer helder en aanspreekbaar.
Ochtend Novomix 30 24 E was gegeven, mw. had ontbijt grotendeels laten staan. HA gebeld: vanavond Novomix 20 E ipv 24 E.`,
    expected: [
      { kind: 'glucose', value: '2.9', unit: 'mmol/L' },
      { kind: 'glucose', value: '4.1', unit: 'mmol/L' },
      { kind: 'glucose', value: '6.2', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md3-014',
    setting: 'GHZ',
    text: `Tijdens avondeten tonisch-clonisch insult bij Ruben, duur ca 3 min. Midazolam buccaal 10 mg niet nodig geweest. Direct na insult sat 93%, na 10 min 97%. Pols 112, later 88. Daarna 2 uur geslapen. Ouders geïnformeerd, insult genoteerd op de aanvallenlijst.`,
    expected: [
      { kind: 'saturatie', value: '93', unit: '%' },
      { kind: 'saturatie', value: '97', unit: '%' },
      { kind: 'hartfrequentie', value: '112', unit: '/min' },
      { kind: 'hartfrequentie', value: '88', unit: '/min' },
    ],
  },
  {
    id: 'md3-015',
    setting: 'HA',
    text: `POH-DM kwartaalcontrole.
Gew 91,3 kg (vorige keer 93,0), lengte 1,74 m, BMI 30,2. RR 134/82. Nuchtere glucose vingerprik 7,4. HbA1c (lab vorige week) 56 mmol/mol.
Voeten: monofilament intact, geen wondjes. Metformine 2dd 1000 mg continueren. Streef HbA1c < 53, afvallen gaat goed, complimenten gegeven.`,
    expected: [
      { kind: 'gewicht', value: '91.3', unit: 'kg' },
      { kind: 'lengte', value: '174', unit: 'cm' },
      { kind: 'bmi', value: '30.2', unit: 'kg/m2' },
      { kind: 'bloeddruk', value: '134/82', unit: 'mmHg' },
      { kind: 'glucose', value: '7.4', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md3-016',
    setting: 'ZKH',
    text: `Vochtbalans 24u (cardiologie), vochtbeperking 1500 ml.
IN: oraal 900 ml, iv 250 ml -> totaal 1150 ml
UIT: urine 2300 ml (furosemide iv 40 mg 2dd)
Balans -1150 ml. Gewicht vanochtend 78,6 kg, gisteren 79,9 kg. Minder oedeem onderbenen.`,
    expected: [
      { kind: 'vochtinname', value: '1150', unit: 'mL' },
      { kind: 'uitscheiding', value: '2300', unit: 'mL' },
      { kind: 'gewicht', value: '78.6', unit: 'kg' },
    ],
  },
  {
    id: 'md3-017',
    setting: 'wijk',
    text: `Bezoek voor RR-controle op verzoek HA. Dhr. zat 5 min rustig aan tafel. RR li 162/96, re 158/92, pols 80. Echtgenote wilde ook graag gemeten worden: 138/84.
Lisinopril 10 mg wordt volgens dhr. trouw ingenomen, baxterrol klopt. Waarden doorgegeven aan POH.`,
    expected: [
      { kind: 'bloeddruk', value: '162/96', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '158/92', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '80', unit: '/min' },
    ],
  },
  {
    id: 'md3-018',
    setting: 'GGZ',
    text: `Mw. gewogen ivm lithiumgebruik: 71,2 kg. Lithiumspiegel 0,8 mmol/l (lab 3 dagen geleden). Mw. heeft veel dorst, drinkt veel water volgens eigen zeggen. Tremor handen gering. RR 118/76, P 68. Geen diarree of braken.`,
    expected: [
      { kind: 'gewicht', value: '71.2', unit: 'kg' },
      { kind: 'bloeddruk', value: '118/76', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '68', unit: '/min' },
    ],
  },
  {
    id: 'md3-019',
    setting: 'GHZ',
    text: `Wekelijkse weging Lotte in de tilliftweegschaal: 38,7 kg. Lotte valt af, vorige week nog 39,5 kg. Eetlijst gestart, extra tussendoortjes en drinkvoeding aanbieden. MUST 2. Streefgewicht 41 kg volgens diëtist.`,
    expected: [
      { kind: 'gewicht', value: '38.7', unit: 'kg' },
    ],
  },
  {
    id: 'md3-020',
    setting: 'ZKH',
    text: `Pt. met DM1, insulinepomp gestopt peri-operatief, nu insuline iv volgens protocol.
Glucose 08u 11,8 -> pompstand 3 E/u
09u 10,2 -> 2,5 E/u
10u 8,7 -> 2 E/u
Ketonen 0,4. Pt. mag om 12u weer eten, dan eigen pomp herstarten in overleg met diabetesverpleegkundige.`,
    expected: [
      { kind: 'glucose', value: '11.8', unit: 'mmol/L' },
      { kind: 'glucose', value: '10.2', unit: 'mmol/L' },
      { kind: 'glucose', value: '8.7', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md3-021',
    setting: 'HA',
    text: `Telefonisch consult: mw. belt ivm hoesten sinds 1 week, geen koorts volgens mw. (gisteren zelf gemeten 37,4). Niet benauwd, geen pijn op de borst.
Advies: paracetamol max 4dd 1000 mg, veel drinken, terugbellen bij temp > 38,5 of kortademigheid.`,
    expected: [],
  },
  {
    id: 'md3-022',
    setting: 'GHZ',
    text: `Maandelijkse weging Sanne op de rolstoelweegschaal: totaal 81,5 kg, rolstoel 17,9 kg, dus Sanne weegt 63,6 kg. Lengte (liggend gemeten) 158 cm. BMI 25,5. Gewicht stabiel tov vorige maand.`,
    expected: [
      { kind: 'gewicht', value: '63.6', unit: 'kg' },
      { kind: 'lengte', value: '158', unit: 'cm' },
      { kind: 'bmi', value: '25.5', unit: 'kg/m2' },
    ],
  },
  {
    id: 'md3-023',
    setting: 'wijk',
    text: `Insuline toegediend bij dhr. Libre gescand: 14,8 met pijl omhoog. Volgens correctieschema Novorapid 10 + 2 E = 12 E. Tresiba 30 E gegeven.
Dhr. had vannacht volgens Libre een hypo (3,6 om 03u), zelf opgelost met dextro. Tijd in range afgelopen 14 dagen 54%. Casus bespreken met DM-verpleegkundige.`,
    expected: [
      { kind: 'glucose', value: '14.8', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md3-024',
    setting: 'ZKH',
    text: `SBAR overdracht avond -> nacht, kamer 12.
S: pt. koortsig en tachycard.
B: 72 jr, opgenomen ivm pneumonie, dag 2 AB.
A: T 39,2 om 20u, na paracetamol om 22u T 38,4. HF 108, RR 110/64, AF 22, sat 92% met 3 l O2. Urineproductie afgelopen 8 uur 350 ml.
R: 2-uurlijks MEWS, arts bellen bij sat < 90%.`,
    expected: [
      { kind: 'temperatuur', value: '39.2', unit: '°C' },
      { kind: 'temperatuur', value: '38.4', unit: '°C' },
      { kind: 'hartfrequentie', value: '108', unit: '/min' },
      { kind: 'bloeddruk', value: '110/64', unit: 'mmHg' },
      { kind: 'ademfrequentie', value: '22', unit: '/min' },
      { kind: 'saturatie', value: '92', unit: '%' },
      { kind: 'uitscheiding', value: '350', unit: 'mL' },
    ],
  },
  {
    id: 'md3-025',
    setting: 'VVT',
    text: `Mw. geeft bij het wassen aan dat ze overal pijn heeft, kon eerst geen cijfer geven. Gezicht vertrokken bij draaien in bed. Extra paracetamol 500 mg gegeven. Na een uur geeft mw. haar pijn een 4 op een schaal van 0 tot 10. Temp 36,8.`,
    expected: [
      { kind: 'pijnscore', value: '4', unit: 'NRS' },
      { kind: 'temperatuur', value: '36.8', unit: '°C' },
    ],
  },
  {
    id: 'md3-026',
    setting: 'GGZ',
    text: `Start clozapine, titratie dag 5. Controles vandaag:
07:30  RR 112/70  P 96   T 37,1
13:00  RR 104/66  P 108  T 37,4
19:00  RR 108/68  P 102  T 37,3
Pt. duizelig bij opstaan, advies rustig opstaan. Arts: bij P > 120 of T > 38 direct melden.`,
    expected: [
      { kind: 'bloeddruk', value: '112/70', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '96', unit: '/min' },
      { kind: 'temperatuur', value: '37.1', unit: '°C' },
      { kind: 'bloeddruk', value: '104/66', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '108', unit: '/min' },
      { kind: 'temperatuur', value: '37.4', unit: '°C' },
      { kind: 'bloeddruk', value: '108/68', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '102', unit: '/min' },
      { kind: 'temperatuur', value: '37.3', unit: '°C' },
    ],
  },
  {
    id: 'md3-027',
    setting: 'HA',
    text: `Zuigeling 6 wk, spreekuur ivm spugen na de voeding. Groeit goed: gewicht vandaag 5120 g (geboortegewicht 3380 g). Lengte 57 cm. T 37,0. Geen tekenen van dehydratie, luiers nat.
E: regurgitatie, geen aanwijzing voor refluxziekte.
P: uitleg, kleinere voedingen vaker, rechtop houden na voeden.`,
    expected: [
      { kind: 'gewicht', value: '5.12', unit: 'kg' },
      { kind: 'lengte', value: '57', unit: 'cm' },
      { kind: 'temperatuur', value: '37.0', unit: '°C' },
    ],
  },
  {
    id: 'md3-028',
    setting: 'wijk',
    text: `Hartfalen-monitoring dhr. Gewicht vandaag 86,9 kg (gisteren 85,7, dus +1,2 kg). Enkels meer oedeem. RR 128/74, pols 92 irregulair (bekend AF). Sat 94%.
Vochtlijst afgelopen 24u: 1800 ml gedronken, afspraak was max 1500 ml.
HF-verpleegkundige gebeld: furosemide 2 dagen ophogen naar 80 mg.`,
    expected: [
      { kind: 'gewicht', value: '86.9', unit: 'kg' },
      { kind: 'bloeddruk', value: '128/74', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '92', unit: '/min' },
      { kind: 'saturatie', value: '94', unit: '%' },
      { kind: 'vochtinname', value: '1800', unit: 'mL' },
    ],
  },
  {
    id: 'md3-029',
    setting: 'ZKH',
    text: `SEH, verdenking CVA. RR li 186/102, re 178/98. P 84 irr. Sat 96%. Glucose 7,9. T 36,6. NIHSS 6. Laatst goed gezien 08:15. Neuroloog aanwezig, CT aangevraagd.`,
    expected: [
      { kind: 'bloeddruk', value: '186/102', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '178/98', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '84', unit: '/min' },
      { kind: 'saturatie', value: '96', unit: '%' },
      { kind: 'glucose', value: '7.9', unit: 'mmol/L' },
      { kind: 'temperatuur', value: '36.6', unit: '°C' },
    ],
  },
  {
    id: 'md3-030',
    setting: 'GHZ',
    text: `Vochtlijst Mark vandaag bijgehouden ivm obstipatie en weinig drinken: 7 bekers à 150 ml = 1050 ml. Plassen 4x, niet gemeten. Ontlasting nog niet gehad, dag 3. Afspraak: streven naar 1500 ml per dag.`,
    expected: [
      { kind: 'vochtinname', value: '1050', unit: 'mL' },
    ],
  },
  {
    id: 'md3-031',
    setting: 'VVT',
    text: `Avonddienst: BS voor het eten 13,2. Novorapid 8 E + 2 E correctie gegeven. Om 22u BS 9,4, Levemir 14 E gespoten li bovenbeen. Mw. had trek in een koekje, gegeven.`,
    expected: [
      { kind: 'glucose', value: '13.2', unit: 'mmol/L' },
      { kind: 'glucose', value: '9.4', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md3-032',
    setting: 'HA',
    text: `S: toename benauwdheid sinds 3 dgn, meer sputum, groen. Zelf geen koorts gemeten.
O: AF 26/min, sat 89% (bekend ~92% in stabiele fase), P 104, T 37,9. Piepend expirium bdz. Peakflow 180 l/min.
E: COPD-exacerbatie.
P: prednison 40 mg 5 dgn, doxycycline. Controle over 2 dgn, eerder bij sat < 88.`,
    expected: [
      { kind: 'ademfrequentie', value: '26', unit: '/min' },
      { kind: 'saturatie', value: '89', unit: '%' },
      { kind: 'hartfrequentie', value: '104', unit: '/min' },
      { kind: 'temperatuur', value: '37.9', unit: '°C' },
    ],
  },
  {
    id: 'md3-033',
    setting: 'GGZ',
    text: `Dhr. weigert vandaag de somatische controle (RR, gewicht). Geeft aan "niks met jullie apparaten" te willen. Niet aangedrongen, morgen opnieuw aanbieden. Laatste gewicht (3 wk geleden) 58 kg, HA wil dit graag opvolgen.`,
    expected: [],
  },
  {
    id: 'md3-034',
    setting: 'VVT',
    text: `GRZ: dhr. dag 6 na heupoperatie, sinds 6 uur niet geplast, onrustig. Bladderscan 580 ml. Eenmalig gekatheteriseerd, opbrengst 610 ml helder. Daarna pijn onderbuik NRS 2. Over 6 uur opnieuw scannen, bij > 400 ml weer katheteriseren.`,
    expected: [
      { kind: 'uitscheiding', value: '610', unit: 'mL' },
      { kind: 'pijnscore', value: '2', unit: 'NRS' },
    ],
  },
  {
    id: 'md3-035',
    setting: 'wijk',
    text: `Palliatieve zorg mw. Morfinepomp gisteravond opgehoogd naar 20 mg/24u. Vandaag pijnscore (NRS) 2. Mw. slaapt veel, reageert op aanspreken. Mond verzorgd. Intake minimaal, enkele slokjes water. Plast weinig, incontinentiemateriaal matig nat. Familie aanwezig.`,
    expected: [
      { kind: 'pijnscore', value: '2', unit: 'NRS' },
    ],
  },
];
