import type { MeasurementCase } from '../caseSchema';

export const cases: MeasurementCase[] = [
  {
    id: 'md3-036',
    setting: 'VVT',
    text: `Dhr. drinkt beter sinds de vochtlijst: vandaag 1,6 l ingenomen. Urine opgevangen in urinaal: 1,1 l, nog wat donker maar helderder dan gisteren. Gewicht 70,4 kg.`,
    expected: [
      { kind: 'vochtinname', value: '1600', unit: 'mL' },
      { kind: 'uitscheiding', value: '1100', unit: 'mL' },
      { kind: 'gewicht', value: '70.4', unit: 'kg' },
    ],
  },
  {
    id: 'md3-037',
    setting: 'ZKH',
    text: `Controles na terugkomst OK (lap. chole):
tijd    RR      P    sat  T
14:00   118/70  76   98   36,4
14:30   122/74  80   97   -
15:30   126/76  78   97   36,9
Pijn NRS 4 -> piritramide 10 mg sc. Om 16:00 NRS 2. Misselijk, ondansetron 4 mg iv gegeven.`,
    expected: [
      { kind: 'bloeddruk', value: '118/70', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '76', unit: '/min' },
      { kind: 'saturatie', value: '98', unit: '%' },
      { kind: 'temperatuur', value: '36.4', unit: '°C' },
      { kind: 'bloeddruk', value: '122/74', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '80', unit: '/min' },
      { kind: 'saturatie', value: '97', unit: '%' },
      { kind: 'bloeddruk', value: '126/76', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '78', unit: '/min' },
      { kind: 'saturatie', value: '97', unit: '%' },
      { kind: 'temperatuur', value: '36.9', unit: '°C' },
      { kind: 'pijnscore', value: '4', unit: 'NRS' },
      { kind: 'pijnscore', value: '2', unit: 'NRS' },
    ],
  },
  {
    id: 'md3-038',
    setting: 'GHZ',
    text: `Fatima (DM2, gliclazide) vanmiddag bleek en trillerig op de dagbesteding. Glucose 3,8. Limonade met suiker gegeven. Na 15 min glucose 5,9, knapte op. Arts VG gebeld: gliclazide morgen halveren. Streefwaarde volgens arts 6-10.`,
    expected: [
      { kind: 'glucose', value: '3.8', unit: 'mmol/L' },
      { kind: 'glucose', value: '5.9', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md3-039',
    setting: 'HA',
    text: `CVRM-consult dhr. Echtgenote mee, zij wilde ook haar bloeddruk weten: 128/78, voor mw. aparte afspraak gemaakt.
Dhr.: RR 146/90, 2e meting 140/86. Pols 64. Lengte 1,83 m, gew 94 kg, BMI 28,1. Middelomtrek 104 cm. Rookt 20 sig/dag.
SCORE2 12%. Lab: LDL 3,9, eGFR 78. Start statine besproken, stoppen-met-roken traject via POH.`,
    expected: [
      { kind: 'bloeddruk', value: '146/90', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '140/86', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '64', unit: '/min' },
      { kind: 'lengte', value: '183', unit: 'cm' },
      { kind: 'gewicht', value: '94', unit: 'kg' },
      { kind: 'bmi', value: '28.1', unit: 'kg/m2' },
    ],
  },
  {
    id: 'md3-040',
    setting: 'GGZ',
    text: `Dag 2 detox, CIWA 14. Oxazepam volgens schema 30 mg gegeven. Zweet, tremor handen. RR 168/100, pols 112, temp 37,6. Na 1 uur RR 150/92, P 98.
Vochtinname vandaag tot 16u: 2000 ml. Pt. eet weinig, thiamine gegeven.`,
    expected: [
      { kind: 'bloeddruk', value: '168/100', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '112', unit: '/min' },
      { kind: 'temperatuur', value: '37.6', unit: '°C' },
      { kind: 'bloeddruk', value: '150/92', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '98', unit: '/min' },
      { kind: 'vochtinname', value: '2000', unit: 'mL' },
    ],
  },
  {
    id: 'md3-041',
    setting: 'VVT',
    text: `Vanmorgen nieuwe opname mw., 89 jr, kamer 7. Overdracht vanuit ZKH: RR daar 132/76, gewicht bij ontslag 61 kg. Morgen vitale controles en weging, BG-dagcurve vanaf woensdag 4x daags. Insuline: Humalog Mix 25 12-0-10 E.`,
    expected: [],
  },
  {
    id: 'md3-042',
    setting: 'ZKH',
    text: `Telemetrie: pt. in atriumfibrilleren met snel ventrikelvolgend, HF 142. Na metoprolol 5 mg iv HF 96. RR 104/66. Ademfrequentie 18. Pt. voelt de hartkloppingen minder.`,
    expected: [
      { kind: 'hartfrequentie', value: '142', unit: '/min' },
      { kind: 'hartfrequentie', value: '96', unit: '/min' },
      { kind: 'bloeddruk', value: '104/66', unit: 'mmHg' },
      { kind: 'ademfrequentie', value: '18', unit: '/min' },
    ],
  },
  {
    id: 'md3-043',
    setting: 'wijk',
    text: `Tensie-controle bij mw. thuis. Zittend 142/84 P 72, staand na 1 min 128/80 P 78. Mw. meet zelf vaak hoge waarden, vorige week tot 170/95. Haar eigen meter meteen daarna gecontroleerd: die gaf nu 146/86, dus redelijk betrouwbaar.`,
    expected: [
      { kind: 'bloeddruk', value: '142/84', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '72', unit: '/min' },
      { kind: 'bloeddruk', value: '128/80', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '78', unit: '/min' },
      { kind: 'bloeddruk', value: '146/86', unit: 'mmHg' },
    ],
  },
  {
    id: 'md3-044',
    setting: 'HA',
    text: `S: branderig plassen, vaak kleine beetjes, sinds 2 dgn. Geen koorts.
O: urine: nitriet +, leuco ++. T 37,2. Slagpijn nieren neg.
E: cystitis.
P: nitrofurantoïne 2dd 100 mg 5 dgn.`,
    expected: [
      { kind: 'temperatuur', value: '37.2', unit: '°C' },
    ],
  },
  {
    id: 'md3-045',
    setting: 'GHZ',
    text: `Jaarlijkse meting Piet: lengte 1.64 m, gewicht 79.8 kg -> BMI 29.7. Advies diëtist: minder frisdrank, water met smaakje. Piet wil zelf graag naar 75 kg.`,
    expected: [
      { kind: 'lengte', value: '164', unit: 'cm' },
      { kind: 'gewicht', value: '79.8', unit: 'kg' },
      { kind: 'bmi', value: '29.7', unit: 'kg/m2' },
    ],
  },
  {
    id: 'md3-046',
    setting: 'ZKH',
    text: `Nachtdienst, pt. na TURP, spoelen via 3-weg CAD. Spoelvloeistof niet meegerekend: netto diurese 22-06u 900 ml, licht roze. Geen infuus meer, oraal gedronken vannacht 400 ml.
Blaaskrampen VAS 35, na oxybutynine VAS 15.`,
    expected: [
      { kind: 'uitscheiding', value: '900', unit: 'mL' },
      { kind: 'vochtinname', value: '400', unit: 'mL' },
      { kind: 'pijnscore', value: '35', unit: 'VAS' },
      { kind: 'pijnscore', value: '15', unit: 'VAS' },
    ],
  },
  {
    id: 'md3-047',
    setting: 'VVT',
    text: `Dhr. onrustig vanavond, wijst steeds naar zijn buik. Buik opgezet, gespannen. Temp 37,3, P 84, RR 136/80. Laatste ontlasting 4 dagen geleden. Dhr. geeft zelf NRS 8 aan, lastig te beoordelen ivm dementie. Microlax gegeven. Morgen terugkoppelen aan SO.`,
    expected: [
      { kind: 'temperatuur', value: '37.3', unit: '°C' },
      { kind: 'hartfrequentie', value: '84', unit: '/min' },
      { kind: 'bloeddruk', value: '136/80', unit: 'mmHg' },
      { kind: 'pijnscore', value: '8', unit: 'NRS' },
    ],
  },
  {
    id: 'md3-048',
    setting: 'GGZ',
    text: `Weegmoment (blind wegen, pt. ziet het gewicht niet): 44,6 kg in ondergoed. Lengte 1,69 m, BMI 15,6. Vorige week 44,1 kg. Streefgewicht fase 1: 47 kg.
RR 92/58, P 52, temp 36,1. Pt. huilde na de weging, gesprek met PB gehad.`,
    expected: [
      { kind: 'gewicht', value: '44.6', unit: 'kg' },
      { kind: 'lengte', value: '169', unit: 'cm' },
      { kind: 'bmi', value: '15.6', unit: 'kg/m2' },
      { kind: 'bloeddruk', value: '92/58', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '52', unit: '/min' },
      { kind: 'temperatuur', value: '36.1', unit: '°C' },
    ],
  },
  {
    id: 'md3-049',
    setting: 'HA',
    text: `Visite, start insuline bij dhr. (DM2, HbA1c 78). Dhr. heeft gisteren een dagcurve bijgehouden: 11,4 - 15,2 - 13,8 - 16,1. Nu bij visite BG 14,3.
Start Insulatard 10 E voor de nacht, elke 3 dagen 2 E ophogen zolang nuchter > 8. Wijkverpleging ingeschakeld voor instructie.`,
    expected: [
      { kind: 'glucose', value: '14.3', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md3-050',
    setting: 'wijk',
    text: `Bezoek dhr. met verblijfskatheter. Nachtzak vanochtend geleegd: 700 ml, troebel, ruikt sterk. Volgens vochtlijst van dochter gisteren 1200 ml gedronken. T 38,2. HA gebeld, urinekweek afgenomen uit de katheter.`,
    expected: [
      { kind: 'uitscheiding', value: '700', unit: 'mL' },
      { kind: 'temperatuur', value: '38.2', unit: '°C' },
    ],
  },
  {
    id: 'md3-051',
    setting: 'ZKH',
    text: `Kinderafdeling, opname zuigeling 4 mnd met bronchiolitis. Gewogen: 6480 g. AF 58, sat 91% zonder O2, met 1 l O2 96%. HF 164. T 38,0. Intrekkingen jugulair. Sondevoeding volgens schema 8x 90 ml.`,
    expected: [
      { kind: 'gewicht', value: '6.48', unit: 'kg' },
      { kind: 'ademfrequentie', value: '58', unit: '/min' },
      { kind: 'saturatie', value: '91', unit: '%' },
      { kind: 'saturatie', value: '96', unit: '%' },
      { kind: 'hartfrequentie', value: '164', unit: '/min' },
      { kind: 'temperatuur', value: '38.0', unit: '°C' },
    ],
  },
  {
    id: 'md3-052',
    setting: 'VVT',
    text: `Mw. voelt warm aan, temparatuur 38 graden. Pols 96. Glucose 10,6 (normaal rond de 7 bij mw.). Veel drinken aangeboden. Morgenvroeg temp opnieuw.`,
    expected: [
      { kind: 'temperatuur', value: '38', unit: '°C' },
      { kind: 'hartfrequentie', value: '96', unit: '/min' },
      { kind: 'glucose', value: '10.6', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md3-053',
    setting: 'GHZ',
    text: `Logeerweekend Kim verliep goed. Medicatie volgens lijst gegeven (levetiracetam 500 mg 2dd). Geen insulten. Moeder vertelde dat Kim thuis 2 kilo is aangekomen. Volgende maand wegen bij de maandelijkse meting.`,
    expected: [],
  },
  {
    id: 'md3-054',
    setting: 'HA',
    text: `S: lage rugpijn sinds tillen gisteren, uitstraling tot li bil. Pijn nu 7/10, vannacht 5/10.
O: Lasègue neg bdz, geen uitval. RR 132/84.
E: aspecifieke lage rugpijn.
P: naproxen 2dd 500 mg, in beweging blijven, bij uitval terug.`,
    expected: [
      { kind: 'pijnscore', value: '7', unit: 'NRS' },
      { kind: 'bloeddruk', value: '132/84', unit: 'mmHg' },
    ],
  },
  {
    id: 'md3-055',
    setting: 'GGZ',
    text: `Pt. bekend met psychogene polydipsie. Weging 3x daags afgesproken. Vandaag: 07u 68,2 kg, 13u 70,1 kg, 19u 70,9 kg. Bij > 71,5 kg arts waarschuwen (natrium prikken). Natrium gisteren 131. Vochtinname niet goed te meten, pt. drinkt uit de kraan.`,
    expected: [
      { kind: 'gewicht', value: '68.2', unit: 'kg' },
      { kind: 'gewicht', value: '70.1', unit: 'kg' },
      { kind: 'gewicht', value: '70.9', unit: 'kg' },
    ],
  },
  {
    id: 'md3-056',
    setting: 'GGZ',
    text: `Kliniek: pt. wordt ivm pneumonie op de afdeling behandeld (overleg internist). Ochtendronde: 94% sat zonder O2, 20 AF, 37,5 temp, 88 pols, 132/78 bloeddruk. Pt. voelt zich beter, hoest minder. Amoxicilline continueren, bij sat < 92% arts bellen.`,
    expected: [
      { kind: 'saturatie', value: '94', unit: '%' },
      { kind: 'ademfrequentie', value: '20', unit: '/min' },
      { kind: 'temperatuur', value: '37.5', unit: '°C' },
      { kind: 'hartfrequentie', value: '88', unit: '/min' },
      { kind: 'bloeddruk', value: '132/78', unit: 'mmHg' },
    ],
  },
  {
    id: 'md3-057',
    setting: 'wijk',
    text: `DM-lijst mw. vandaag (wijk 4x/dag langs):
08:00  BG 7,2   NovoRapid 6 E
12:00  BG 9,8   NovoRapid 6 E
17:30  BG 12,1  NovoRapid 8 E + 1 E corr
22:00  BG 8,3   Lantus 18 E
Mw. at vanmiddag taart op de verjaardag van kleindochter.`,
    expected: [
      { kind: 'glucose', value: '7.2', unit: 'mmol/L' },
      { kind: 'glucose', value: '9.8', unit: 'mmol/L' },
      { kind: 'glucose', value: '12.1', unit: 'mmol/L' },
      { kind: 'glucose', value: '8.3', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md3-058',
    setting: 'HA',
    text: `Rijbewijskeuring (DM2, gebruikt gliclazide). BD 138/86, pols 70. Visus li 0,8 re 1,0. Gluc nu 6.9. Laatste HbA1c 51. Geen hypo's afgelopen jaar volgens dhr. Formulier ingevuld.`,
    expected: [
      { kind: 'bloeddruk', value: '138/86', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '70', unit: '/min' },
      { kind: 'glucose', value: '6.9', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md3-059',
    setting: 'GHZ',
    text: `Bloedruk Henk met de automatische meter: 171/99, pols 88. Henk was onrustig, na 10 min handmatig nagemeten: 152/90. Doorgegeven aan AVG, die wil volgende week een RR-dagcurve.`,
    expected: [
      { kind: 'bloeddruk', value: '171/99', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '88', unit: '/min' },
      { kind: 'bloeddruk', value: '152/90', unit: 'mmHg' },
    ],
  },
  {
    id: 'md3-060',
    setting: 'VVT',
    text: `Wondzorg li hiel: wond 2,5 x 2 cm, necrotisch, droog gehouden. Betadine gedept, hiel vrij leggen met kussen. Braden 13, wisselligging 3-uurs. Pijn bij aanraken, mw. kan geen cijfer geven.`,
    expected: [],
  },
  {
    id: 'md3-061',
    setting: 'ZKH',
    text: `Dialyse: gewicht voor 74,8 kg, droog gewicht 72,0 kg, UF-doel 2,5 l. RR voor 158/88, P 76. Rustig verlopen. RR na 124/72. Gewicht na dialyse 72,4 kg.`,
    expected: [
      { kind: 'gewicht', value: '74.8', unit: 'kg' },
      { kind: 'bloeddruk', value: '158/88', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '76', unit: '/min' },
      { kind: 'bloeddruk', value: '124/72', unit: 'mmHg' },
      { kind: 'gewicht', value: '72.4', unit: 'kg' },
    ],
  },
  {
    id: 'md3-062',
    setting: 'wijk',
    text: `Dhr. kortademig bij aankleden. Satturatie in rust 90% zonder O2, na aankleden 84%, na 5 min O2 2 l weer 91%. AF 24. Pols 100. Dhr. wil niet naar het ZKH. HA geïnformeerd, komt vanmiddag langs.`,
    expected: [
      { kind: 'saturatie', value: '90', unit: '%' },
      { kind: 'saturatie', value: '84', unit: '%' },
      { kind: 'saturatie', value: '91', unit: '%' },
      { kind: 'ademfrequentie', value: '24', unit: '/min' },
      { kind: 'hartfrequentie', value: '100', unit: '/min' },
    ],
  },
  {
    id: 'md3-063',
    setting: 'GGZ',
    text: `Mw. maakte zich zorgen om haar moeder, die vandaag in het ZKH is opgenomen met een bloeddruk van 210/120. Mw. huilde veel. Lorazepam 1 mg zn gegeven om 15:00. Slaapt nu.`,
    expected: [],
  },
  {
    id: 'md3-064',
    setting: 'ZKH',
    text: `Verloskamer: zwangere 34 wk, hoofdpijn en sterretjes zien. RR 152/98, na 15 min 148/96. P 90. Proteïnurie 2+. Reflexen normaal. Gynaecoloog ingelicht, labetalol gestart. Bij RR > 160/110 direct bellen.`,
    expected: [
      { kind: 'bloeddruk', value: '152/98', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '148/96', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '90', unit: '/min' },
    ],
  },
  {
    id: 'md3-065',
    setting: 'HA',
    text: `Uitslagen besproken: nuchter glucose lab 7,4 (vorige week afgenomen), HbA1c 49. Gewicht vorige maand bij POH 102 kg. Diagnose DM2 besproken, leefstijladvies gegeven, verwijzing POH. Over 3 mnd controle.`,
    expected: [],
  },
  {
    id: 'md3-066',
    setting: 'VVT',
    text: `S: mw. zegt dorst te hebben, voelt zich slap.
O: BD 98/56, P 104, T 37,0, huid en tong droog. Vocht in afgelopen 24u 750 ml, uit (urine) 400 ml.
E: vermoedelijk dehydratie.
P: SO gebeld, hypodermoclyse 1000 ml/24u gestart. Vochtlijst continueren.`,
    expected: [
      { kind: 'bloeddruk', value: '98/56', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '104', unit: '/min' },
      { kind: 'temperatuur', value: '37.0', unit: '°C' },
      { kind: 'vochtinname', value: '750', unit: 'mL' },
      { kind: 'uitscheiding', value: '400', unit: 'mL' },
    ],
  },
  {
    id: 'md3-067',
    setting: 'GHZ',
    text: `Nachtdienst: Thomas ademt onrustig. Ademfreq geteld 28/min, sat 93%. Temp oor 37,9. Om 04:00 opnieuw: AF 22, sat 95%. Ouders morgenochtend bellen.`,
    expected: [
      { kind: 'ademfrequentie', value: '28', unit: '/min' },
      { kind: 'saturatie', value: '93', unit: '%' },
      { kind: 'temperatuur', value: '37.9', unit: '°C' },
      { kind: 'ademfrequentie', value: '22', unit: '/min' },
      { kind: 'saturatie', value: '95', unit: '%' },
    ],
  },
  {
    id: 'md3-068',
    setting: 'ZKH',
    text: `Pt. DM2, prednison 30 mg ivm exacerbatie. Gluc-curve vandaag: nuchter 8,2 / voor lunch 14,6 / voor diner 17,3 / 22u 12,9. Bij > 15 Novorapid extra volgens schema: voor diner 4 E extra gegeven. Internist wil morgen Humuline NPH starten 's ochtends.`,
    expected: [
      { kind: 'glucose', value: '8.2', unit: 'mmol/L' },
      { kind: 'glucose', value: '14.6', unit: 'mmol/L' },
      { kind: 'glucose', value: '17.3', unit: 'mmol/L' },
      { kind: 'glucose', value: '12.9', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md3-069',
    setting: 'wijk',
    text: `Mw. (ca pancreas) thuis. Pijn VAS 70 bij aankomst, doorbraakmedicatie fentanyl neusspray 100 mcg gegeven. Na 30 min VAS 30, mw. sliep daarna. Ademhaling 14/min, rustig. Echtgenoot is zelf ook erg moe, zijn bloeddruk was vanochtend bij de HA 170/100.`,
    expected: [
      { kind: 'pijnscore', value: '70', unit: 'VAS' },
      { kind: 'pijnscore', value: '30', unit: 'VAS' },
      { kind: 'ademfrequentie', value: '14', unit: '/min' },
    ],
  },
  {
    id: 'md3-070',
    setting: 'wijk',
    text: `Huisbezoek ivm valpreventie, mw. 87 jr. RR liggend 152/80, staand direct 128/72, na 3 min staan 134/76. P liggend 70, staand 84. Gewogen op eigen weegschaal: 54 kg, lengte gemeten 1,61 m. Timed Up and Go 18 sec. Bevindingen naar HA (doxazosine?).`,
    expected: [
      { kind: 'bloeddruk', value: '152/80', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '128/72', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '134/76', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '70', unit: '/min' },
      { kind: 'hartfrequentie', value: '84', unit: '/min' },
      { kind: 'gewicht', value: '54', unit: 'kg' },
      { kind: 'lengte', value: '161', unit: 'cm' },
    ],
  },
];
