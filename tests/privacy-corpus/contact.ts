import type { CorpusSource } from './parse';

/** Hand-written intake forms, contact details and identifiers. All people, numbers and places are fictional. */
export const contactDocs: CorpusSource[] = [
  {
    id: 'contact-01',
    genre: 'contact',
    setting: 'VVT',
    text: `Cliëntgegevens
Naam: [[PERSOON|Wilhelmina Johanna Oudshoorn]]
Roepnaam: [[PERSOON|Mien]]
Geboortedatum: [[DATUM|23-11-1929]]
Leeftijd: [[LEEFTIJD|94]]
BSN: [[BSN|125721614]]
Adres: [[ADRES|Zuiderkerkstraat 4]], [[POSTCODE|9901 BH]] [[PLAATS|Appingedam]]
Telefoon: [[TELEFOON|0596-621234]]
Eerste contactpersoon: [[PERSOON|Jan Oudshoorn]] (zoon), [[TELEFOON|06-24681357]], [[EMAIL|jan.oudshoorn@kpnmail.nl]]
Huisarts: [[PERSOON|H. Meester]], [[ORGANISATIE|Huisartsenpraktijk Meester]]
Zorgverzekeraar: Menzis, polisnummer [[ID|123456789012]]`,
  },
  {
    id: 'contact-02',
    genre: 'contact',
    setting: 'wijk',
    text: `Aanmelding wijkverpleging
Cliënt: dhr. [[PERSOON|R. Kartosen]], geb. [[DATUM|1943-05-09]]
Adres: [[ADRES|Marco Polostraat 118-2]], [[POSTCODE|1056 DJ]] [[PLAATS|Amsterdam]]
Tel: [[TELEFOON|+31 20 6123456]]
Aangemeld door: [[PERSOON|Fenna Jonker]], transferverpleegkundige [[ORGANISATIE|OLVG]] ([[EMAIL|f.jonker@olvg.nl]])
Indicatie: wondzorg, medicatie, ADL.
Startdatum: [[DATUM|15-4-2024]]`,
  },
  {
    id: 'contact-03',
    genre: 'contact',
    setting: 'GHZ',
    text: `Contactpersonen van [[PERSOON|Lotte Wijnberg]] (cliëntnr. [[ID|445566]]):
1. Moeder: [[PERSOON|Carla Wijnberg-Smeets]], [[ADRES|Molenweg 15]], [[PLAATS|Ommen]], [[TELEFOON|0529-451122]]
2. Vader: [[PERSOON|Hans Wijnberg]], [[ADRES|Vechtkade 2]], [[PLAATS|Hardenberg]], [[TELEFOON|06-30405060]]
3. Mentor: mr. drs. [[PERSOON|K. Hoogland]], [[ORGANISATIE|Stichting Mentorschap Overijssel]], [[EMAIL|k.hoogland@mentorschap-ov.nl]]`,
  },
  {
    id: 'contact-04',
    genre: 'contact',
    setting: 'ZKH',
    text: `Patiëntsticker: [[PERSOON|JANSSEN, M.A.]] ♀ [[DATUM|12.08.1936]] Patiëntnr: [[ID|2345678]] Afd: B3 Bed 12`,
  },
  {
    id: 'contact-05',
    genre: 'contact',
    setting: 'VVT',
    text: `Voor vragen over de zorg kunt u contact opnemen met het cliëntbureau van [[ORGANISATIE|Zorggroep Raffy]] via [[TELEFOON|(024) 350 82 00]] of kijk op [[URL|www.zorggroepraffy.nl/clientbureau]]. Klachtenfunctionaris: mw. drs. [[PERSOON|T. Zijlstra]], [[EMAIL|klachten@raffy.nl]].`,
  },
  {
    id: 'contact-06',
    genre: 'contact',
    setting: 'wijk',
    text: `Sleutelkluis bij de voordeur, code via het planbord. Mw. [[PERSOON|Kooistra]] woont op [[ADRES|Oosterstraat 77 A]], [[POSTCODE|8911 KP]] [[PLAATS|Leeuwarden]], 2e etage. Parkeren achter de woning. Hond Bobby is lief maar springt op.`,
  },
  {
    id: 'contact-07',
    genre: 'contact',
    setting: 'GGZ',
    text: `Dossiernummer: [[ID|2024-00917]]
Naam cliënt: [[PERSOON|Damian Ferreira]]
Geboren: [[DATUM|30 december 1995]] te [[PLAATS|Tilburg]]
Verblijfadres: [[ORGANISATIE|Leger des Heils]] opvang, [[ADRES|Ringbaan-West 180]], [[PLAATS|Tilburg]]
Bewindvoerder: [[ORGANISATIE|Bewindvoering Van Aalst]], [[TELEFOON|013-5432100]]`,
  },
  {
    id: 'contact-08',
    genre: 'contact',
    setting: 'HA',
    text: `Uw afspraak bij [[ORGANISATIE|Huisartsenpraktijk Vermeulen]] is verplaatst naar woensdag [[DATUM|5 juni 2024]] om 8.50 uur. Online inloggen via [[URL|https://mijngezondheid.net]]. Heeft u een BSN-vraag? Neem uw ID-kaart mee. Telefoon assistente: [[TELEFOON|0343 41 20 20]].`,
  },
  {
    id: 'contact-09',
    genre: 'contact',
    setting: 'VVT',
    text: `Dhr. [[PERSOON|Hendriks]] (BSN [[ID|272037640]]) wil zijn dossier inzien. Zijn dochter, mw. [[PERSOON|Ellen Hendriks]], heeft een machtiging. Zij woont in [[PLAATS|Nijmegen]], [[ADRES|Groenestraat 240]]. Verzoek doorgezet naar [[EMAIL|privacy@zorggroepdelinde.nl]].`,
  },
  {
    id: 'contact-10',
    genre: 'contact',
    setting: 'ZKH',
    text: `Labuitslagen [[DATUM|08-07-2024]] voor [[PERSOON|E. Tuinstra]], ordernr [[ID|24190088123]]: Hb 7,8 mmol/l, kreatinine 112 µmol/l, eGFR 48 ml/min/1,73m², CRP 34 mg/l, natrium 136 mmol/l, kalium 4,9 mmol/l. Aanvrager: dr. [[PERSOON|P. Mulder]] ([[ORGANISATIE|Tjongerschans]]).`,
  },
  {
    id: 'contact-11',
    genre: 'contact',
    setting: 'wijk',
    text: `Let op: nieuw telefoonnummer mw. [[PERSOON|van der Zee]]: [[TELEFOON|0612345679]]. Haar oude nummer ([[TELEFOON|0223 - 61 77 88]]) is opgezegd. Zij verhuist op [[DATUM|1-8-2024]] van [[PLAATS|Den Helder]] naar haar dochter in [[PLAATS|Schagen]].`,
  },
  {
    id: 'contact-12',
    genre: 'contact',
    setting: 'VVT',
    knownNames: ['Mw. T. Bakker'],
    text: `Inventarisatie hulpmiddelen mw. [[PERSOON|Bakker]]: rollator (eigen), hoog-laagbed en anti-decubitusmatras (uitleen via [[ORGANISATIE|Medipoint]], ordernummer [[ID|5500129934]]). Het bed wordt [[DATUM|2 juli]] opgehaald bij de oude woning in [[PLAATS|Zaandam]].`,
  },
  {
    id: 'contact-13',
    genre: 'contact',
    setting: 'VVT',
    text: `Contactgegevens team: Teamleider [[PERSOON|Saskia Boer]], [[EMAIL|s.boer@amstelring.nl]], [[TELEFOON|020 - 5 123 456]]. Locatie [[ORGANISATIE|Amstelring De Poort]], [[ADRES|Javaplein 2]], [[PLAATS|Amsterdam]]. Roosters staan op [[URL|https://intranet.amstelring.nl/teams/depoort]].`,
  },
  {
    id: 'contact-14',
    genre: 'contact',
    setting: 'HA',
    text: `Recept: mw. [[PERSOON|G. Prins]], geb. [[DATUM|2/11/38]], [[ADRES|Nieuwe Binnenweg 301]], [[PLAATS|Rotterdam]]. Metformine 500 mg 3dd, 90 stuks. AGB voorschrijver [[ID|01104523]]. [[ORGANISATIE|Apotheek Nieuwe Binnenweg]].`,
  },
];
