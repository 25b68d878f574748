import type { CorpusSource } from './parse';

/** Hand-written SBAR handovers and fall incident (MIC) reports. All people and places are fictional. */
export const handoverDocs: CorpusSource[] = [
  {
    id: 'sbar-01',
    genre: 'overdracht',
    setting: 'VVT',
    text: `I: Ik ben [[PERSOON|Sanne]], verpleegkundige van afdeling [[ORGANISATIE|Zonnehof]]. Ik bel over mw. [[PERSOON|Verbeek]], kamer 8.
S: Mw. is sinds vanmiddag benauwd, AH 28/min, sat 88% zonder zuurstof.
B: Bekend met COPD GOLD 3 en hartfalen. Gebruikt Spiriva en furosemide 40 mg.
A: Ik denk aan een exacerbatie, mogelijk pneumonie, temp 38,6 °C.
R: Kunt u binnen een uur komen beoordelen? Zuurstof 2 l/min gestart.
Readback door dr. [[PERSOON|Hofman]] (ANW-arts).`,
  },
  {
    id: 'sbar-02',
    genre: 'overdracht',
    setting: 'wijk',
    text: `SBAR overdracht wijkteam [[PLAATS|Leusden]], di [[DATUM|9 april]]
S: Dhr. [[PERSOON|Evert Schoemaker]] ([[LEEFTIJD|90]]), woont [[ADRES|Hamersveldseweg 73]], heeft sinds 2 dagen een rode, warme linkeronderbeen.
B: DM2, insulinegebruik, eerder erysipelas in 2021.
A: Verdenking erysipelas, temp 38,1.
R: Huisarts dr. [[PERSOON|Van Rossum]] vandaag laten beoordelen; been hoog leggen.`,
  },
  {
    id: 'sbar-03',
    genre: 'overdracht',
    setting: 'ZKH',
    knownNames: ['Mw. E. (Els) Kramer-Dekker'],
    text: `Overdracht SEH → afdeling.
Situatie: mw. [[PERSOON|Kramer-Dekker]], [[LEEFTIJD|93]]-jarige vrouw, gevallen in haar woning in [[PLAATS|Weesp]].
Background: bekend met atriumfibrilleren (apixaban 2,5 mg 2dd), artrose, lichte cognitieve stoornissen.
Assessment: heupfractuur rechts, Hb 7,1, RR 105/60, pols 104 irregulair.
Recommendation: nuchter vanaf 00.00 uur, OK morgen. Schoondochter [[PERSOON|Wendy]] is onderweg.`,
  },
  {
    id: 'sbar-04',
    genre: 'overdracht',
    setting: 'VVT',
    text: `Overdracht avond → nacht, afdeling 2 oost
- Kamer 3, dhr. [[PERSOON|Veenstra]]: pijn goed onder controle, NRS 2. Morfinepomp 20 mg/24u.
- Kamer 5, mw. [[PERSOON|Rijkers]]: onrustig, 2x uit bed. Sensor aan.
- Kamer 7, mw. [[PERSOON|Groen]]: katheter gewisseld, 350 ml helder.
- Kamer 11, dhr. [[PERSOON|P. de Lange]]: vandaag terug uit [[ORGANISATIE|Meander Medisch Centrum]], controles 4-uurlijks.
Nachtdienst: [[PERSOON|Ruud]] en [[PERSOON|Demi]].`,
  },
  {
    id: 'sbar-05',
    genre: 'overdracht',
    setting: 'GHZ',
    text: `Overdracht aan logeerhuis: [[PERSOON|Milan]] (geb. [[DATUM|02-02-2009]]) komt vrijdag om 17.00 uur. Allergie: pinda (anafylaxie, EpiPen in de tas). Communicatie met pictogrammen. Contact ouders: [[PERSOON|Lianne Vos]], [[TELEFOON|06-55512399]], of [[PERSOON|Ronald Vos]], [[TELEFOON|06-55512400]].`,
  },
  {
    id: 'sbar-06',
    genre: 'overdracht',
    setting: 'wijk',
    text: `I: [[PERSOON|Marieke Hoving]], wijkverpleegkundige [[ORGANISATIE|Buurtzorg]] [[PLAATS|Assen]].
S: Mw. [[PERSOON|Drenth]] heeft een hypo gehad, glucose 2,9 mmol/l om 11.15 uur.
B: Insuline recent verhoogd door de POH, Humalog 10-10-12.
A: Eet te weinig sinds haar verhuizing naar de [[ADRES|Beilerstraat 52]].
R: Graag insulineschema vandaag herzien. Mijn nummer: [[TELEFOON|06 12 34 56 78]].`,
  },
  {
    id: 'val-01',
    genre: 'val',
    setting: 'VVT',
    text: `MIC-melding valincident
Datum/tijd: [[DATUM|03/05/2024]] 21:40
Locatie: badkamer, kamer 14
Cliënt: mw. [[PERSOON|Veldkamp]], cliëntnummer [[ID|100234]]
Beschrijving: mw. is uitgegleden bij het opstaan van het toilet. Lag op de grond, kon zelf niet opstaan. Hoofdwond boven linkeroog, 2 cm. Antistolling: acenocoumarol.
Actie: arts dr. [[PERSOON|F. Lammers]] gebeld, wond gehecht met steristrips, neurologische controles 12 uur.
Melder: [[PERSOON|Stefanie]] (verzorgende IG)`,
  },
  {
    id: 'val-02',
    genre: 'val',
    setting: 'VVT',
    text: `Val in de huiskamer om 10.20 uur. Dhr. wilde zonder rollator naar het raam lopen en is gestruikeld over de poot van een stoel. Geen zichtbaar letsel, kan alles bewegen. RR 128/74, pols 80. Valrisico opnieuw beoordeeld (Morse fall scale 55, hoog risico). Familie ingelicht: zoon [[PERSOON|Ruben]]. MIC ingevuld door [[PERSOON|G. Visser]].`,
  },
  {
    id: 'val-03',
    genre: 'val',
    setting: 'wijk',
    text: `Melding: mw. [[PERSOON|Lambrechts]] ([[LEEFTIJD|95]]) is op zaterdag [[DATUM|16 maart]] gevallen in haar tuin aan de [[ADRES|Pastoor van Arsstraat 9]] te [[PLAATS|Venray]]. Buurvrouw [[PERSOON|Riet]] vond haar en belde 112. Opgenomen in [[ORGANISATIE|VieCuri]], pols gebroken. Terug thuis verwacht [[DATUM|20-3]].`,
  },
  {
    id: 'val-04',
    genre: 'val',
    setting: 'GHZ',
    text: `Incident: [[PERSOON|Bart]] is tijdens een epileptische aanval van de bank gevallen, om 15.05 uur. Hoofd gestoten, bult op achterhoofd. Na 30 minuten alert en aanspreekbaar. Controle pupillen en bewustzijn (EMV 4-6-5 → 4-6-6). Ouders en AVG-arts ingelicht. Begeleider: [[PERSOON|Ilse de Bruijn]].`,
  },
  {
    id: 'sbar-07',
    genre: 'overdracht',
    setting: 'GGZ',
    text: `Overdracht kliniek → FACT-team [[PLAATS|Zeist]].
Cliënt: [[PERSOON|Youssef Benali]], dossiernummer [[ID|GGZ-448812]].
Ontslag [[DATUM|27-09-2024]]. Medicatie: aripiprazol 15 mg 1dd. Woont weer bij zijn ouders, [[ADRES|Laan van Vollenhove 3031]], [[POSTCODE|3706 AJ]] [[PLAATS|Zeist]]. Eerste huisbezoek door [[PERSOON|Annemarie]] op [[DATUM|1 okt]].`,
  },
  {
    id: 'sbar-08',
    genre: 'overdracht',
    setting: 'VVT',
    text: `Overdracht dag → avond: mw. [[PERSOON|de Wit]] van kamer 21 heeft vandaag haar haren laten knippen. De familie komt vanavond; graag mw. helpen met omkleden. Dhr. [[PERSOON|Bakker]] (kamer 22) heeft diarree gehad, 3x, ontlasting afgenomen voor kweek. Bij nieuwe diarree isolatiebeleid.`,
  },
];
