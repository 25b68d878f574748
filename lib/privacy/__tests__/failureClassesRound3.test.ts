import { describe, expect, it } from 'vitest';
import { createPseudonymSession, pseudonymize, type EntityType } from '../index';

// Round 3 (d3 dev batch): one case or a few per failure class, written for these tests (not taken from any corpus text).

function found(text: string, knownNames?: string[]) {
  const { entities } = pseudonymize(text, { knownNames, session: createPseudonymSession({ dateShiftDays: -252, referenceYear: 2024 }) });
  return entities.map((e) => [e.type, e.original] as [EntityType, string]);
}
const of = (text: string, type: EntityType, knownNames?: string[]) => found(text, knownNames).filter(([t]) => t === type).map(([, o]) => o);

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
    expect(of(text, 'ORGANISATIE')).toEqual(['Woonzorgcentrum Rozenoord']);
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
