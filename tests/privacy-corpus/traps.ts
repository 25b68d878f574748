import type { CorpusSource } from './parse';

/**
 * Hand-written texts that are mostly or wholly free of identifiers: medication, eponyms,
 * scores, times, room numbers and surnames that are ordinary words. These keep precision honest.
 */
export const trapDocs: CorpusSource[] = [
  {
    id: 'trap-01',
    genre: 'trap',
    setting: 'VVT',
    text: `Medicatieoverzicht: metoprolol 50 mg 1dd, paracetamol 1 g 4dd, omeprazol 20 mg 1dd, macrogol 1 sachet 2dd, oxazepam 10 mg a.n., furosemide 40 mg 's ochtends, Marcoumar volgens trombosedienst, Fraxiparine 0,3 ml s.c. 1dd. Allergie: penicilline.`,
  },
  {
    id: 'trap-02',
    genre: 'trap',
    setting: 'VVT',
    text: `Controles 08.00 uur: RR 135/85, pols 72 regulair, temp 38,2 °C, sat 94%, AH 18/min, gew 68 kg. NRS 7 bij bewegen, in rust NRS 3. Vochtbalans: in 1450 ml, uit 1200 ml. Glucose 8,4.`,
  },
  {
    id: 'trap-03',
    genre: 'trap',
    setting: 'VVT',
    text: `Bekend met de ziekte van Parkinson, de ziekte van Alzheimer en het syndroom van Korsakov. Eerder ziekte van Crohn gediagnosticeerd. Glasgow coma score 14 (E3M6V5). Barthel index 9/20. Katz-ADL 5.`,
  },
  {
    id: 'trap-04',
    genre: 'trap',
    setting: 'VVT',
    text: `Mw. ligt op kamer 12, dhr. op K.12 is gisteren verhuisd naar kamer 15. De bakker komt dinsdag, de visser op vrijdag met verse vis. Groen slijm opgehoest, sputum ingestuurd. Om 14:30 koffie in de huiskamer.`,
  },
  {
    id: 'trap-05',
    genre: 'trap',
    setting: 'VVT',
    text: `Activiteitenaanbod: maandag bingo, dinsdag koersbal, woensdag zingen met het koor, donderdag bloemschikken met rozen en een roos voor elke bewoner. Vrijdag komt de kapper. Zaterdag film: "De Koning van Katoren".`,
  },
  {
    id: 'trap-06',
    genre: 'trap',
    setting: 'wijk',
    text: `Wondverslag: ulcus cruris rechts, 4 x 3 cm, diepte 0,5 cm, wondbed 70% granulatie, 30% fibrine. TIME-model: T beslag, I geen infectie, M matig vochtig, E randen oedemateus. Behandeling: Aquacel Ag, Mepilex Border, compressie 2x per week. Foto gemaakt.`,
  },
  {
    id: 'trap-07',
    genre: 'trap',
    setting: 'GGZ',
    text: `Scores: HoNOS 14, PHQ-9 12, GAF 55, BPRS 38. Lithium 800 mg, spiegel 0,7 mmol/l. Clozapine 250 mg a.n. Behandeldoel 3 uit het behandelplan is behaald. Volgende ROM-meting over 3 maanden.`,
  },
  {
    id: 'trap-08',
    genre: 'trap',
    setting: 'VVT',
    text: `Mw. is erg op zichzelf en houdt van bakken. De jonge vos in de tuin was een hele belevenis. Ze wil graag een mol vangen die het gras verpest. Vandaag wit brood met kaas gegeten en een glas groene thee. De haan kraait elke ochtend om 6 uur.`,
  },
  {
    id: 'trap-09',
    genre: 'trap',
    setting: 'ZKH',
    text: `Beleid: Hb-controle over 1 week, nierfunctie over 2 weken. Furosemide van 40 naar 80 mg. Kalium 3,4 mmol/l, suppletie kaliumchloride 600 mg 3dd. ECG: QTc 460 ms. Echo cor: EF 35%, diastolische dysfunctie graad 2. NT-proBNP 2345 ng/l.`,
  },
  {
    id: 'trap-10',
    genre: 'trap',
    setting: 'VVT',
    text: `Valrisico-inventarisatie: Tinetti 16/28, Timed Up and Go 22 s, Morse fall scale 45. Braden-score 13 (verhoogd risico decubitus). Snaq-score 3: ondervoeding. MUST 2. Dieet: energie- en eiwitverrijkt, 1,2 g eiwit per kg.`,
  },
  {
    id: 'trap-11',
    genre: 'trap',
    setting: 'GHZ',
    text: `Dagprogramma: 7.30 opstaan, 8.00 ontbijt, 9.00-12.00 dagbesteding in De Werkplaats, 12.30 lunch, 14.00 wandelen, 17.30 avondeten. Epilepsie-aanvallen deze week: 3 (ma, wo, za). Keppra 500 mg 2dd, Rivotril 0,5 mg zn.`,
  },
  {
    id: 'trap-12',
    genre: 'trap',
    setting: 'wijk',
    text: `Insulineschema: Novorapid 6-6-8 E voor de maaltijden, Levemir 20 E om 22 uur. Glucoseprofiel 5,6 / 9,8 / 7,2 / 11,0. HbA1c 58 mmol/mol. Voetcontrole: sensibiliteit verminderd (Semmes-Weinstein 3/10).`,
  },
  {
    id: 'trap-13',
    genre: 'trap',
    setting: 'VVT',
    text: `Vitamine D 800 IE 1dd. Vitamine B12 injectie 1000 µg 1x per 2 maanden. Calcium/vit D 500 mg/800 IE 1dd. Zo nodig: Movicolon, Dulcolax zetpil 10 mg. Ciprofloxacine 500 mg 2dd gestopt.`,
  },
  {
    id: 'trap-14',
    genre: 'trap',
    setting: 'VVT',
    text: `Groen gras, wit zand: mw. genoot van het uitje naar het strand. De koning van de kaartclub is dit keer dhr. van de bovenverdieping. Het brood van de bakker is op. Hij had een rode kleur en sliep vroeg.`,
  },
  {
    id: 'trap-15',
    genre: 'trap',
    setting: 'GGZ',
    text: `Psycho-educatie gegeven over het model van Beck (gedachten, gevoelens, gedrag). Daarnaast de Hamilton-schaal voor depressie afgenomen: 19. Cliënt wil stoppen met roken; nicotinepleister 21 mg gestart.`,
  },
  {
    id: 'trap-16',
    genre: 'trap',
    setting: 'VVT',
    text: `Mevrouw is vandaag 88 jaar geworden. Meneer van kamer 9 zong voor haar. Haar leeftijd (88) is nog geen reden tot zorgen; ze fietst 2 km per dag op de hometrainer. Bloeddruk 128/72, pols 68.`,
  },
  {
    id: 'trap-17',
    genre: 'trap',
    setting: 'ZKH',
    text: `Zorgpad heupfractuur: dag 1 mobiliseren, dag 2 traplopen met fysio, dag 3 ontslag indien Hb > 6,5. Thromboseprofylaxe 6 weken. Staaldraad verwijderen na 2-3 weken. Controle röntgen na 6 weken, poli 12-14 weken postoperatief.`,
  },
  {
    id: 'trap-18',
    genre: 'trap',
    setting: 'VVT',
    text: `Mw. heeft een Foley-katheter ch 14, gewisseld. Urine helder, 1200 ml/24 uur. Sondevoeding Nutrison Energy 1500 ml/24u via PEG, 62,5 ml/uur. Medicatie via de sonde fijngemaakt en opgelost.`,
  },
  {
    id: 'trap-19',
    genre: 'trap',
    setting: 'wijk',
    text: `Stappenplan hypoglykemie: bij glucose < 4 mmol/l 4 tabletten Dextro Energy, na 15 minuten opnieuw meten. Insuline 1x per dag om 9.00, code 30 op het zorgleefplan. Werkinstructie versie 3.2.1 van 2023.`,
  },
  {
    id: 'trap-20',
    genre: 'trap',
    setting: 'VVT',
    text: `Mw. [[PERSOON|Koning]] heeft vandaag met dhr. [[PERSOON|Mol]] geschaakt. Mw. [[PERSOON|Koning]] won. Dhr. [[PERSOON|Mol]] wil volgende week revanche. Groen licht van de fysio om zonder rollator naar de tuin te lopen.`,
  },
];
