import { describe, expect, it } from 'vitest';
import { createPseudonymSession, pseudonymize, type EntityType } from '../index';

// One case (or a few) per failure class of issue 14, written for these tests (not taken from any corpus text).

function found(text: string, knownNames?: string[]) {
  const { entities } = pseudonymize(text, { knownNames, session: createPseudonymSession({ dateShiftDays: -252, referenceYear: 2024 }) });
  return entities.map((e) => [e.type, e.original] as [EntityType, string]);
}
const of = (text: string, type: EntityType, knownNames?: string[]) => found(text, knownNames).filter(([t]) => t === type).map(([, o]) => o);

describe('issue 14: identifiers that were missed', () => {
  it.each([
    ['Mw. heeft goed gegeten en gedronken. /HdV', 'HdV'],
    ['Wondverzorging gedaan, verband droog.\n- rb', 'rb'],
    ['Rustige nacht gehad. - sk', 'sk'],
    ['Bezoek van zoon. paraaf: LMS', 'LMS'],
    ['Mw. zat in de huiskamer. J.v.d.M.', 'J.v.d.M.'],
    ['Notulen: TdV', 'TdV'],
    ['Actiepunten\n- KW: valrisico opnieuw inschatten\n- medicatie – PvK, voor vrijdag', 'PvK'],
    ['Fysiotherapie (MdB)\nLoopt 20 m met rollator.', 'MdB'],
  ])('staff initials and paraafs: %j → %s', (text, code) => {
    expect(of(text, 'PERSOON')).toContain(code);
  });

  it('splits a double paraaf and finds a code again in the same text', () => {
    expect(of('Overdracht gedaan. paraaf: RRov/KZoe', 'PERSOON')).toEqual(['RRov', 'KZoe']);
    expect(of('Actiepunten\n- KW: valrisico opnieuw inschatten\nMondinspectie door KW gedaan.', 'PERSOON')).toEqual(['KW', 'KW']);
  });

  it('leaves care abbreviations and reply words after a dash alone', () => {
    expect(of('Gebeld met de huisarts - SO\nAkkoord? - ok\nBesproken in het MDO – CIZ', 'PERSOON')).toEqual([]);
  });

  it.each([
    ['Vanmiddag samen met bertje gewandeld. Bertje genoot.', ['bertje', 'Bertje']],
    ['Broer Pietje kwam langs. Ze vertelde dat pietje morgen weer komt.', ['Pietje', 'pietje']],
    ['Mw. van der linden belde over haar zoon.', ['van der linden']],
    ['Tootje was vandaag vrolijk bij de dagbesteding.', ['Tootje']],
    ['Gesprek met Mehmet over zijn werk.', ['Mehmet']],
  ])('lower-case names, particles, nicknames and unlisted first names: %j', (text, names) => {
    expect(of(text, 'PERSOON')).toEqual(names);
  });

  it('uses the known client name in lower case and its diminutive stem', () => {
    expect(of('daan had een goede dag. Daantje lachte veel.', 'PERSOON', ['Mw. D. (Daantje) Hovenier'])).toEqual(['daan', 'Daantje']);
  });

  it.each([
    ['Patiënt: Hendriks, A., geb. 1-2-1950', 'Hendriks, A.'],
    ['Naam: Smeets, Johannes', 'Smeets, Johannes'],
    ['Cliënt Peeters, Cornelis M. is opgenomen.', 'Peeters, Cornelis M.'],
    ['Verwezen door Berg, K. van den (huisarts).', 'Berg, K. van den'],
  ])('inverted names: %j → %s', (text, name) => {
    expect(of(text, 'PERSOON')).toEqual([name]);
  });

  it.each([
    ['Om 9 uur naar dagbesteding De Klimop.', 'De Klimop'],
    ['Hij woont in woonvorm De Bongerd.', 'De Bongerd'],
    ['Overgeplaatst naar Huize Zonneweide, afd. Noord.', 'Huize Zonneweide'],
    ['Opgenomen in Ziekenhuis Oosterlicht.', 'Ziekenhuis Oosterlicht'],
    ['Ontslag naar het St. Jozef Gasthuis.', 'St. Jozef Gasthuis'],
    ['Brief van Huisartsen aan de Dijk ontvangen.', 'Huisartsen aan de Dijk'],
  ])('care locations with generic names or no type word: %j → %s', (text, org) => {
    expect(of(text, 'ORGANISATIE')).toContain(org);
  });

  it('finds a care location again by its own name', () => {
    expect(of('Ze woont in beschermd wonen Het Anker. Tel. Het Anker: 0528-276610.', 'ORGANISATIE')).toEqual(['Het Anker', 'Het Anker']);
  });

  it.each([
    ['21/10 N: mw. heeft goed geslapen.', '21/10'],
    ['Lab 3-12: Hb 7,6.', '3-12'],
    ['Ctrl 7/5.', '7/5'],
    ['Opgenomen van 11 tot 19 januari.', '11'],
  ])('dates without a year: %j → %s', (text, date) => {
    expect(of(text, 'DATUM')).toContain(date);
  });

  it('keeps scores, counts and ranges that look like a day-month', () => {
    expect(of('NRS 3/10, kracht 4/5, 2-3 dagen, 4-5 blikjes, groep 7-8, 24/7 bereikbaar.', 'DATUM')).toEqual([]);
  });

  it.each([
    ['Mw. is 94 en woont alleen.', '94'],
    ['Hij zei: "ik ben al 99, laat me toch".', '99'],
    ['Ze is inmiddels 91.', '91'],
    ['Zus van mw. (Toos, 96) belde.', '96'],
  ])('ages of 90+ as a bare number: %j', (text, age) => {
    expect(of(text, 'LEEFTIJD')).toEqual([age]);
  });

  it('leaves measurements of 90+ alone', () => {
    expect(of('Sat is 94%, pols was 92, gewicht is 95 kg.', 'LEEFTIJD')).toEqual([]);
  });

  it.each([
    ['Adres: Julianalaan 8-III, 3512 kl Utrecht', 'Julianalaan 8-III', '3512 kl'],
    ['Meidoorn 4-a, 9712cp Groningen', 'Meidoorn 4-a', '9712cp'],
  ])('addresses with a toevoeging and postcodes in lower case or without a space: %j', (text, address, postcode) => {
    expect(of(text, 'ADRES')).toEqual([address]);
    expect(of(text, 'POSTCODE')).toEqual([postcode]);
  });

  it('finds internal extension and pager numbers', () => {
    expect(of('Bereikbaar via toestel 4417 of sein 614.', 'ID')).toEqual(['4417', '614']);
  });
});

describe('issue 14: non-identifiers that were replaced', () => {
  it.each(['Voorgeschiedenis: M. Kahler, M. Hodgkin (1998), M. Addison.', 'Bekend met M. Crohn sinds 2010.', 'Denk aan een Addison-crisis.'])(
    'morbus is no initial: %j',
    (text) => {
      expect(of(text, 'PERSOON')).toEqual([]);
    },
  );

  it('reads compass and department words as wards, not names or places', () => {
    expect(found('Overgeplaatst naar afd. 4 West, daarna 3 Oost. Zuid is vol. Afdeling Geriatrische Revalidatie belde.')).toEqual([]);
  });

  it('reads "°C." at a sentence end as a unit', () => {
    expect(of('Temp 37,9 °C. Verzorging gaf paracetamol.', 'PERSOON')).toEqual([]);
  });

  it('leaves brand names alone', () => {
    expect(found('Wond verbonden met Mepilex en Aquacel, Tena gewisseld, Movicolon 1 sachet.')).toEqual([]);
  });

  it('leaves "Rouw" at a sentence start alone', () => {
    expect(of('Rouw rond de sterfdag van haar man speelt op.', 'PERSOON')).toEqual([]);
  });

  it('reads "NR-verklaring 12-05-2023" as a date, not an address', () => {
    expect(found('Geen reanimatie. NR-verklaring 12-05-2023.')).toEqual([['DATUM', '12-05-2023']]);
  });
});
