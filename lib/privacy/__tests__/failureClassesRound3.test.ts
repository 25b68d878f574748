import { describe, expect, it } from 'vitest';
import { createPseudonymSession, pseudonymize, type EntityType } from '../index';

// Round 3 (d3 dev batch): one case or a few per failure class, written for these tests (not taken from any corpus text).

function found(text: string, knownNames?: string[]) {
  const { entities } = pseudonymize(text, { knownNames, session: createPseudonymSession({ dateShiftDays: -252, referenceYear: 2024 }) });
  return entities.map((e) => [e.type, e.original] as [EntityType, string]);
}
const of = (text: string, type: EntityType, knownNames?: string[]) => found(text, knownNames).filter(([t]) => t === type).map(([, o]) => o);

describe('round 3: persons, staff codes, ages and dates', () => {
  it('knows first names from the regions and communities of the Netherlands, and their pet forms', () => {
    const names = ['Sjoukje', 'Rixt', 'Hindrik', 'Sjra', 'Abdelhak', 'Soukaina', 'Gökhan', 'Büşra', 'Shiwani', 'Shurandy', 'Przemek', 'Oleksandr'];
    expect(of(names.map((n) => `Vandaag kwam ${n} langs.`).join(' '), 'PERSOON')).toEqual([
      'Sjoukje', 'Rixt', 'Hindrik', 'Sjra', 'Abdelhak', 'Soukaina', 'Gökhan', 'Büşra', 'Shiwani', 'Shurandy', 'Przemek', 'Oleksandr',
    ]);
    expect(of('Daarna speelde Wimpie met Keesje.', 'PERSOON')).toEqual(['Wimpie', 'Keesje']);
    // A word that only looks like a diminutive of a name stays a word.
    expect(of('Sedatie gestart om 22.00. Leuke middag gehad.', 'PERSOON')).toEqual([]);
  });

  it('takes a capitalised word after a kinship or relation word as a name', () => {
    expect(of('Op bezoek: zwager Tjibbo, schoonmoeder Geuchina en ome Harm.', 'PERSOON')).toEqual(['Tjibbo', 'Geuchina', 'Harm']);
  });

  it('finds the name someone goes by, a name with its relation in brackets and a role with the name in brackets', () => {
    expect(of('Hij noemt zichzelf liever Dorrie.', 'PERSOON')).toEqual(['Dorrie']);
    expect(of('Ze gaat met Vesnaja (haar nicht) naar de markt.', 'PERSOON')).toEqual(['Vesnaja']);
    expect(of('Behandelend SPV (Ottevanger) is ingelicht.', 'PERSOON')).toEqual(['Ottevanger']);
  });

  it('reads a lower-case first name that opens a line of a group report', () => {
    expect(of('Groep 2\nwimpie: at goed\nmedicatie: gegeven', 'PERSOON')).toEqual(['wimpie']);
  });

  it('reads an unlisted -se surname after initials or a title, and a list name after an organisation and a comma', () => {
    expect(of('Aanwezig: P. Verhulstse (EVV) en mw. Koppejanse.', 'PERSOON')).toEqual(['P. Verhulstse', 'Koppejanse']);
    expect(of('Huisarts: Praktijk Het Anker, T.W. Brouwerink, tel. 0570-123456', 'PERSOON')).toEqual(['T.W. Brouwerink']);
    expect(of('Zij is Nederlandse. Gesprek met mw. Tesfu (Eritrees, tolk nodig).', 'PERSOON')).toEqual(['Tesfu']);
  });

  it('does not read text after a role and a colon on the next line as a name', () => {
    expect(of('Overwegingen psychiater:\nAanzienlijk risico bij stoppen.', 'PERSOON')).toEqual([]);
  });

  it('leaves examination headings and ward names alone', () => {
    expect(of('O: Cor/pulm gb. Verblijft op afd. Rijn.', 'PERSOON')).toEqual([]);
  });

  it('finds staff codes after writer and action labels', () => {
    expect(of('1. Rooster aanpassen (actie DW)\n2. Contact school (actie LK, voor 1 mei)\nVerslag PH, verstuurd aan ouders\nverslag: mvdb', 'PERSOON')).toEqual([
      'DW', 'LK', 'PH', 'mvdb',
    ]);
    expect(of('Het verslag volgt. (actie SO)', 'PERSOON')).toEqual([]);
  });

  it('finds codes next to slashes, alone on a line and in attendance lists, without spreading an abbreviation', () => {
    expect(of('paraaf dienst: TH/KvdB', 'PERSOON')).toEqual(['TH', 'KvdB']);
    expect(of('– aanvraag indienen – mentor/PL', 'PERSOON')).toEqual(['PL']);
    expect(of('Tot volgende week.\n\nRR / pvd\nRR 130/80 gemeten.', 'PERSOON')).toEqual(['RR', 'pvd']);
    expect(of('Aanwezig: HBos (SPV), AMey (psychiater)\nActie voor AMey.', 'PERSOON')).toEqual(['HBos', 'AMey', 'AMey']);
  });

  it('finds a code as the subject of an action, and lower-case dotted initials alone on a line', () => {
    expect(of('Afspraken: DJ belt de woningcorporatie; PK plant een huisbezoek.\nRooster: EV afwezig tot 3 juni.', 'PERSOON')).toEqual(['DJ', 'PK', 'EV']);
    expect(of('PGB start in mei, MDO volgt.', 'PERSOON')).toEqual([]);
    expect(of('Controle over twee weken.\nr.v. (waarnemend arts)', 'PERSOON')).toEqual(['r.v.']);
    expect(of('Controle over twee weken.\nz.n.', 'PERSOON')).toEqual([]);
  });

  it('leaves institutions in paraaf shape alone', () => {
    expect(of('Overleg met de OvJ en een onderzoeker van de UvA.', 'PERSOON')).toEqual([]);
  });

  it('finds an age of 90 or more with the subject or a time word between verb and number, or in brackets', () => {
    expect(of('Volgende week wordt mevrouw 101.', 'LEEFTIJD')).toEqual(['101']);
    expect(of('Hij wordt die dag 94.', 'LEEFTIJD')).toEqual(['94']);
    expect(of('Ze zegt dat ze 96 is.', 'LEEFTIJD')).toEqual(['96']);
    expect(of('Echtgenoot (man 93) zorgt mee; dhr. (98!) zelf op bed.', 'LEEFTIJD')).toEqual(['93', '98']);
  });

  it('does not take measurements for ages', () => {
    expect(of('Saturatie is dan ruim 94. Pols was die dag 96. Hij weegt 95 kg. RR 140/90.', 'LEEFTIJD')).toEqual([]);
  });

  it('finds zero-padded day-months after count words and a day sharing a later month across a weekday', () => {
    expect(of('Onderwerp: eindstand 04-03', 'DATUM')).toEqual(['04-03']);
    expect(of('Antwoord 14-03:\nAkkoord.', 'DATUM')).toEqual(['14-03']);
    expect(of('Antwoord 14-03:\nAkkoord.', 'ADRES')).toEqual([]);
    expect(of('Dienst vr 8 en za 9 maart', 'DATUM')).toEqual(['8', '9 maart']);
  });
});

describe('round 3: places, organisations and addresses', () => {
  it('knows villages, kernen and city districts of every province', () => {
    expect(of('Zoon woont in Appelscha, dochter in Roodeschool.', 'PLAATS')).toEqual(['Appelscha', 'Roodeschool']);
    expect(of('Kleindochter (Marja, Lemelerveld) belt zondag.', 'PLAATS')).toEqual(['Lemelerveld']);
    expect(of('Hij woonde lang in Slotervaart en verhuisde toen naar Hoogvliet.', 'PLAATS')).toEqual(['Slotervaart', 'Hoogvliet']);
    expect(of('Sinds de verhuizing naar Tarwewijk is zij rustiger.', 'PLAATS')).toEqual(['Tarwewijk']);
    expect(of('Verhuist naar Ouddorp, 3253 AB Ouddorp.', 'PLAATS')).toEqual(['Ouddorp', 'Ouddorp']);
  });

  it('reads a village that is also a word or a name only with context', () => {
    expect(of('De hoek van de kamer is vochtig. Hoek in Zeeland', 'PLAATS')).toEqual([]);
    expect(of('Dochter woont in Hoek.', 'PLAATS')).toEqual(['Hoek']);
    expect(of('De pijp van de kachel lekt.', 'PLAATS')).toEqual([]);
    expect(of('Ze woont in De Pijp.', 'PLAATS')).toEqual(['De Pijp']);
  });

  it('reads a care team or service named after its area as a place', () => {
    expect(of('Overdracht aan FACT Gaasperdam en IHT-team Nesselande.', 'PLAATS')).toEqual(['Gaasperdam', 'Nesselande']);
    expect(of('Nazorg door het ouderenteam Best, daarna poli Oss.', 'PLAATS')).toEqual(['Best', 'Oss']);
    expect(of('Mw. woont al haar hele leven op Vlieland.', 'PLAATS')).toEqual(['Vlieland']);
  });

  it('keeps the place that closes a location name out of the organisation', () => {
    const text = 'Overplaatsing naar Woonzorgcentrum Rozenoord Zuidlaren\nAfdeling: De Linde';
    // A ward with a name of its own is an organisation since round 5 (ANNOTATION.md).
    expect(of(text, 'ORGANISATIE')).toEqual(['Woonzorgcentrum Rozenoord', 'De Linde']);
    expect(of(text, 'PLAATS')).toEqual(['Zuidlaren']);
    // A place that is the whole own name stays in it.
    expect(of('Recept naar Apotheek Swifterbant gestuurd.', 'ORGANISATIE')).toEqual(['Apotheek Swifterbant']);
  });

  it('leaves foreign towns and regions out', () => {
    expect(of('Geboren in Paramaribo (Suriname), sinds 1980 hier.', 'PLAATS')).toEqual([]);
    expect(of('Gaat met haar zus naar Łódź op vakantie.', 'PLAATS')).toEqual([]);
    expect(of('Bereikbaar via het team Zeeuws-Vlaanderen.', 'PLAATS')).toEqual([]);
  });

  it('finds an organisation whose kind word comes after its name', () => {
    expect(of('Rivierstede GGZ | Ouderenpsychiatrie\nAan: huisarts', 'ORGANISATIE')).toEqual(['Rivierstede GGZ']);
    expect(of('Verwezen naar Duinzicht Psychiatrie voor een second opinion.', 'ORGANISATIE')).toEqual(['Duinzicht Psychiatrie']);
    expect(of('Verwezen naar de Specialistische GGZ, eerder Acute Psychiatrie.', 'ORGANISATIE')).toEqual([]);
    expect(of('Verwijsbrief GGZ – basis GGZ', 'ORGANISATIE')).toEqual([]);
  });

  it('knows more kind words and names joined to their kind by a preposition', () => {
    expect(of('Casemanager van Zorgkring Westervoort komt langs.', 'ORGANISATIE')).toEqual(['Zorgkring Westervoort']);
    expect(of('Hij gaat naar inloophuis De Schakel en woont in Groepswoning Het Anker.', 'ORGANISATIE')).toEqual(['De Schakel', 'Groepswoning Het Anker']);
    expect(of('Thuiszorg via Zorg aan de Vecht, drie keer per week.', 'ORGANISATIE')).toEqual(['Zorg aan de Vecht']);
    expect(of('Opname op de HIC De Vaart.', 'ORGANISATIE')).toEqual(['De Vaart']);
  });

  it('reads a capitalised article after a care role as the location where it works', () => {
    expect(of('Groet, Tineke Bos, EVV De Meidoorn', 'ORGANISATIE')).toEqual(['De Meidoorn']);
  });

  it('does not take a department beside its organisation for an organisation', () => {
    expect(of('Rivierstede GGZ\nKliniek Acute Psychiatrie, afd. 2', 'ORGANISATIE')).toEqual(['Rivierstede GGZ']);
    const text = 'Duinzicht Psychiatrie – Centrum Eetstoornissen Haarlem';
    expect(of(text, 'ORGANISATIE')).toEqual(['Duinzicht Psychiatrie']);
    expect(of(text, 'PLAATS')).toEqual(['Haarlem']);
  });

  it('never lets an organisation name run across a line break', () => {
    expect(of('Onderwerp: ontslag ziekenhuis\n\nGoedemorgen Petra,', 'ORGANISATIE')).toEqual([]);
  });

  it('finds streets without a street word in address context', () => {
    expect(of('Dhr. woont op Zeewering 12, Harderwijk.', 'ADRES')).toEqual(['Zeewering 12']);
    expect(of('wonend Achterom 7 te Elburg', 'ADRES')).toEqual(['Achterom 7']);
    expect(of('Zuideinde 40 | 1541 KA Koog aan de Zaan', 'ADRES')).toEqual(['Zuideinde 40']);
    expect(of('- mw. Visser, Het Want 3: ogen druppelen', 'ADRES')).toEqual(['Het Want 3']);
    expect(of('Mw. De Boer, 91 jr, Buitenhof 18, woont alleen.', 'ADRES')).toEqual(['Buitenhof 18']);
    expect(of('Huisbezoek 10:00, Hoge Rijn 88-3', 'ADRES')).toEqual(['Hoge Rijn 88-3']);
  });

  it('takes no room, route, dose, score or date for an address', () => {
    expect(of('Mw. Kok, kamer 14, Route 1 (ochtend), Groep 2.', 'ADRES')).toEqual([]);
    expect(of('Paracetamol 4dd 1000 mg gegeven.', 'ADRES')).toEqual([]);
    expect(of('Antwoord 20-02:\nBeste collega,', 'ADRES')).toEqual([]);
    expect(of('Dr. Smit. Tinetti 18, Barthel 11.', 'ADRES')).toEqual([]);
  });
});
