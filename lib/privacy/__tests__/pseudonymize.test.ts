import { describe, expect, it } from 'vitest';
import { findDates } from '../dates';
import { createPseudonymSession, isValidBsn, pseudonymize, type EntityType } from '../index';

/** Originals found in `text`, per type. */
function found(text: string, knownNames?: string[]) {
  const { entities } = pseudonymize(text, { knownNames, session: createPseudonymSession({ dateShiftDays: -28, referenceYear: 2024 }) });
  return entities.map((e) => [e.type, e.original] as [EntityType, string]);
}
const typesOf = (text: string, knownNames?: string[]) => found(text, knownNames).map(([t]) => t);
const originalsOf = (text: string, type: EntityType, knownNames?: string[]) =>
  found(text, knownNames)
    .filter(([t]) => t === type)
    .map(([, o]) => o);

describe('isValidBsn (11-proef)', () => {
  it('accepts numbers whose weighted sum is divisible by 11', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('124898038')).toBe(true);
  });
  it('rejects a changed digit, wrong lengths and zeros', () => {
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('124898037')).toBe(false);
    expect(isValidBsn('12345678')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
  });
  it('ignores dots and spaces', () => {
    expect(isValidBsn('1234.56.782')).toBe(true);
    expect(isValidBsn('123 456 782')).toBe(true);
  });
});

describe('persons', () => {
  it.each([
    ['Mw. Jansen is gevallen.', 'Jansen'],
    ['Gesproken met dhr. van der Berg.', 'van der Berg'],
    ['Dhr. ter Horst kreeg bezoek.', 'ter Horst'],
    ["Mw. van 't Hof belde.", "van 't Hof"],
    ['Overleg met J.P. de Vries gehad.', 'J.P. de Vries'],
    ['Huisarts dr. Brouwer gebeld.', 'Brouwer'],
    ['Zr. Willemsen gaf de medicatie.', 'Willemsen'],
    ['Mevrouw Ans wilde niet eten.', 'Ans'],
    ['Ans heeft goed gegeten.', 'Ans'],
    ['Dochter Marieke belde om 10 uur.', 'Marieke'],
    ['Mevr. Wolters-Kamphuis kreeg bezoek.', 'Wolters-Kamphuis'],
    ['Fysiotherapeut Tom Verhoeven adviseert de rollator.', 'Tom Verhoeven'],
    ['Mw. El Amrani vraagt naar het schema.', 'El Amrani'],
    ['Patiëntsticker: JANSSEN, M.A. kamer 4', 'JANSSEN, M.A.'],
    ['Meneer heeft gegeten, daarna kwam zuster Fatima.', 'Fatima'],
  ])('%s → %s', (text, name) => {
    expect(originalsOf(text, 'PERSOON')).toContain(name);
  });

  it('finds a lower-case name after a title', () => {
    expect(originalsOf('mw. bosman had pijn', 'PERSOON')).toContain('bosman');
  });

  it('finds a name again later in the same text ("logopedist Vos … Vos werkt")', () => {
    expect(originalsOf('Logopedist Vos komt dinsdag. Vos werkt alleen op dinsdag.', 'PERSOON')).toEqual(['Vos', 'Vos']);
  });

  it('uses the known client name: parts, lower case, possessive', () => {
    const known = ['Mw. A.J. (Annie) de Vries-Bakker'];
    expect(originalsOf('Annie at goed. De Vries-Bakker kreeg bezoek van haar zoon.', 'PERSOON', known)).toEqual([
      'Annie',
      'De Vries-Bakker',
    ]);
    expect(originalsOf('Gesproken met annie over haar dag.', 'PERSOON', known)).toEqual(['annie']);
    const p = pseudonymize('Jansens dochter belde.', { knownNames: ['Jansen, Hendrik'] });
    expect(p.text).toBe('[PERSOON-1]s dochter belde.');
    expect(p.entities[0]?.original).toBe('Jansen');
  });

  it('does not match a known name that is an ordinary word in lower case', () => {
    expect(originalsOf('De bakker kwam brood brengen voor mw. Bakker.', 'PERSOON', ['Mw. T. Bakker'])).toEqual(['Bakker']);
  });
});

describe('leaves clinical text alone', () => {
  it.each([
    'Metoprolol 50 mg 1dd, paracetamol 1 g 4dd, oxazepam 10 mg a.n.',
    'Bekend met de ziekte van Parkinson en de ziekte van Alzheimer, eerder Crohn. Syndroom van Korsakov.',
    'Glasgow coma score 14, Barthel index 12, Tinetti 16/28, Katz-ADL 5.',
    'RR 135/85, NRS 7, sat 94%, temp 38,2 °C, gew 68 kg, pols 72.',
    'Om 14:30 koffie, om 8.00 uur medicatie, om 22.00 uur naar bed.',
    'Mw. ligt op kamer 12, dhr. op K.12 verhuist naar kamer 15.',
    'De bakker komt dinsdag, de visser op vrijdag. De haan kraait. Groen slijm opgehoest.',
    'De jonge vos in de tuin. Een mol in het gras. Wit brood met kaas. Een roos voor elke bewoner.',
    'Mevrouw heeft goed gegeten. Meneer zat in de stoel.',
    'Mevrouw is vandaag 88 jaar geworden.',
    'Humalog 10-10-12 E voor de maaltijden, Novorapid 6-6-8 E.',
    'Staaldraad verwijderen na 2-3 weken, poli 12-14 weken postoperatief.',
    'Vitamine D 800 IE 1dd, Fraxiparine 2850 IE 1dd.',
    'Werkinstructie versie 3.2.1 van 2023; maandag bingo, dinsdag koersbal.',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('dates', () => {
  it.each([
    '12-03-2024',
    '12/3/24',
    '12.03.2024',
    '2024-03-12',
    '12 maart 2024',
    "12 mrt '24",
    '12 mrt. 2024',
    'maart 2024',
    '3 januari',
  ])('recognises %s', (date) => {
    expect(originalsOf(`Gezien op ${date} door de arts.`, 'DATUM')).toEqual([date]);
  });

  it('recognises day-month after a weekday or date word, not as a range', () => {
    expect(originalsOf('Volgende wissel di 12-3.', 'DATUM')).toEqual(['12-3']);
    expect(originalsOf('Score 12-3 in de eerste helft, na 2-3 dagen weer.', 'DATUM')).toEqual([]);
  });

  it('shifts every date by the same whole number of weeks, in the same format', () => {
    const session = createPseudonymSession({ dateShiftDays: -28, referenceYear: 2024 });
    const p = pseudonymize("Gevallen op 12-03-2024, controle 15 mrt '24, opname 2024-03-18, MDO di 19-3.", { session });
    expect(p.text).toBe("Gevallen op 13-02-2024, controle 16 feb '24, opname 2024-02-19, MDO di 20-2.");
    expect(p.entities.map((e) => e.placeholder)).toEqual(['13-02-2024', "16 feb '24", '2024-02-19', '20-2']);
  });

  it('keeps weekdays right with the default random shift', () => {
    for (let i = 0; i < 20; i++) {
      const session = createPseudonymSession();
      expect(Math.abs(session.dateShiftDays % 7)).toBe(0);
      expect(session.dateShiftDays).toBeLessThan(0);
    }
  });

  it('restores a sent date in the format the model rewrote it in, and leaves a date the model computed', () => {
    const session = createPseudonymSession({ dateShiftDays: -28 });
    const p = pseudonymize('Gevallen op 12-03-2024.', { session });
    // The model saw 13-02-2024: it writes it as ISO (restored) and reasons "3 dagen later" (not ours: left as written).
    expect(p.restore('{"datum":"2024-02-13","later":"2024-02-16","val":"13-02-2024"}')).toBe('{"datum":"2024-03-12","later":"2024-02-16","val":"12-03-2024"}');
  });

  it('shifts a date without a year within the reference year, and back', () => {
    const session = createPseudonymSession({ dateShiftDays: -28, referenceYear: 2024 });
    const p = pseudonymize('Opname 3 januari, ontslag 29 februari.', { session });
    expect(p.text).toBe('Opname 6 december, ontslag 1 februari.');
    expect(p.restore('Controle op 6 december en 1 februari.')).toBe('Controle op 3 januari en 29 februari.');
    expect(p.restore('Gezien op 2023-12-06.')).toBe('Gezien op 2024-01-03.');
  });

  it('reads a two-digit year as lib/dutch does: a birth date lies in the past', () => {
    expect(findDates('geb. 12-03-67, opname 01-02-26, gepland 01-02-27', 2026).map((d) => d.year)).toEqual([1967, 2026, 1927]);
    const session = createPseudonymSession({ dateShiftDays: -28, referenceYear: 2026 });
    const p = pseudonymize('Geboren 12-03-67.', { session });
    expect(p.text).toBe('Geboren 12-02-67.');
    expect(p.restore(p.text)).toBe('Geboren 12-03-67.');
  });

  it('uses a placeholder for 29 februari without a year in a common year', () => {
    const p = pseudonymize('Verjaardag op 29 februari.', { session: createPseudonymSession({ dateShiftDays: -28, referenceYear: 2023 }) });
    expect(p.text).toBe('Verjaardag op [DATUM-1].');
    expect(p.restore(p.text)).toBe('Verjaardag op 29 februari.');
  });
});

describe('numbers, contact details, addresses, places and organisations', () => {
  it('tells a valid BSN from an ID', () => {
    expect(found('BSN: 123.456.782')).toEqual([['BSN', '123.456.782']]);
    expect(found('BSN 123456789 (klopt niet)')).toEqual([['ID', '123456789']]);
    expect(found('Nummer 124898038 genoteerd')).toEqual([['BSN', '124898038']]);
  });

  it('finds labelled and long IDs', () => {
    expect(originalsOf('cliëntnummer: 100234', 'ID')).toEqual(['100234']);
    expect(originalsOf('Dossiernummer GGZ-448812', 'ID')).toEqual(['GGZ-448812']);
    expect(originalsOf('AGB-code 01012345, BIG 19012345601', 'ID')).toEqual(['01012345', '19012345601']);
    expect(originalsOf('Ordernummer 5500129934 verstuurd', 'ID')).toEqual(['5500129934']);
  });

  it.each(['06-12345678', '06 12 34 56 78', '+31 6 12345678', '0031 20 1234567', '020-6241234', '(024) 350 82 00', '+31 (0)318 679039', '0612345678'])(
    'phone %s',
    (phone) => {
      expect(found(`Bel ${phone} bij vragen.`)).toEqual([['TELEFOON', phone]]);
    },
  );

  it('finds e-mail and URLs', () => {
    expect(typesOf('Mail j.jansen@zorggroep.nl of kijk op https://www.zorggroep.nl/contact.')).toEqual(['EMAIL', 'URL']);
    expect(originalsOf('Zie www.raffy.nl/clientbureau.', 'URL')).toEqual(['www.raffy.nl/clientbureau']);
  });

  it.each(['Kerkstraat 12a', 'Dorpsweg 3-5', 'Lange Voorhout 10', 'Burgemeester de Withstraat 7', 'Laan van Vollenhove 3031', 'Oosterstraat 77 A'])(
    'address %s',
    (address) => {
      expect(originalsOf(`Mw. woont op ${address} sinds kort.`, 'ADRES')).toEqual([address]);
    },
  );

  it('splits address, postcode and place', () => {
    expect(found('Kerkstraat 12a, 1234 AB Zwolle')).toEqual([
      ['ADRES', 'Kerkstraat 12a'],
      ['POSTCODE', '1234 AB'],
      ['PLAATS', 'Zwolle'],
    ]);
    // After a postcode any capitalised word is the place.
    expect(originalsOf('9999 ZZ Lutjebroek', 'PLAATS')).toEqual(['Lutjebroek']);
  });

  it('finds places, ambiguous ones only in context', () => {
    expect(originalsOf('Ze woont in Bergen op Zoom.', 'PLAATS')).toEqual(['Bergen op Zoom']);
    expect(originalsOf('Huisarts te Lutjewinkel.', 'PLAATS')).toEqual(['Lutjewinkel']);
    expect(originalsOf('Best is het om te rusten. Ze woont in Best.', 'PLAATS')).toEqual(['Best']);
  });

  it('finds ages of 90 and over only', () => {
    expect(originalsOf('Mw. (93 jaar) en de 91-jarige dhr., leeftijd: 94', 'LEEFTIJD')).toEqual(['93', '91', '94']);
    expect(originalsOf('Mw. is 89 jaar.', 'LEEFTIJD')).toEqual([]);
  });

  it.each([
    ['Opgenomen in Ziekenhuis Rijnstate.', 'Ziekenhuis Rijnstate'],
    ['Overgeplaatst naar Zorggroep De Linde.', 'Zorggroep De Linde'],
    ['Via Huisartsenpraktijk Vermeulen.', 'Huisartsenpraktijk Vermeulen'],
    ['Terug naar het Maasstad Ziekenhuis.', 'Maasstad Ziekenhuis'],
    ['Controle in het Erasmus MC.', 'Erasmus MC'],
    ['Thuiszorg door Buurtzorg vanaf maandag.', 'Buurtzorg'],
  ])('%s → %s', (text, org) => {
    expect(originalsOf(text, 'ORGANISATIE')).toContain(org);
  });

  it('leaves generic mentions of care organisations alone', () => {
    expect(found('Mw. gaat naar het ziekenhuis, daarna naar de apotheek.')).toEqual([]);
  });
});

describe('placeholders and restore', () => {
  it('gives the same original the same placeholder, different originals different numbers', () => {
    const p = pseudonymize('Mw. Jansen en dhr. Pietersen. Later belde mw. Jansen terug.');
    expect(p.text).toBe('Mw. [PERSOON-1] en dhr. [PERSOON-2]. Later belde mw. [PERSOON-1] terug.');
  });

  it('stays consistent across calls that share a session', () => {
    const session = createPseudonymSession({ dateShiftDays: -14 });
    const a = pseudonymize('Mw. Jansen, 06-12345678.', { session });
    const b = pseudonymize('Dhr. Pietersen belde mw. Jansen op 06-12345678.', { session });
    expect(a.text).toBe('Mw. [PERSOON-1], [TELEFOON-1].');
    expect(b.text).toBe('Dhr. [PERSOON-2] belde mw. [PERSOON-1] op [TELEFOON-1].');
    // Either result's restore knows every placeholder of the session.
    expect(a.restore('[PERSOON-2]')).toBe('Pietersen');
  });

  it('restores placeholders in the forms models write', () => {
    const p = pseudonymize('Mw. Jansen belde.');
    expect(p.restore('[PERSOON-1] / [persoon-1] / [PERSOON 1] / [ PERSOON_1 ] / PERSOON-1 / [PERSOON-9]')).toBe(
      'Jansen / Jansen / Jansen / Jansen / Jansen / [PERSOON-9]',
    );
  });

  it('keeps JSON valid when an original needs escaping', () => {
    const p = pseudonymize('Contact: dochter "Sjaan" de Vries, mail sjaan"x"@mail.nl');
    const json = JSON.stringify({ contact: p.text });
    const restored = p.restore(json);
    expect(JSON.parse(restored)).toEqual({ contact: 'Contact: dochter "Sjaan" de Vries, mail sjaan"x"@mail.nl' });
  });

  it('restores structured values, including nested strings and keys', () => {
    const p = pseudonymize('Mw. Jansen woont in Zwolle.');
    expect(p.restoreValue({ naam: '[PERSOON-1]', adres: ['[PLAATS-1]'], n: 3, '[PERSOON-1]': true })).toEqual({
      naam: 'Jansen',
      adres: ['Zwolle'],
      n: 3,
      Jansen: true,
    });
  });

  it('reports offsets into the original text', () => {
    const text = 'Dhr. Pieter Brinkman, Dorpsweg 3-5, 7722 KL Dalfsen, tel. 06-48372219.';
    const p = pseudonymize(text);
    for (const e of p.entities) expect(text.slice(e.start, e.end)).toBe(e.original);
    expect(p.entities.map((e) => e.type)).toEqual(['PERSOON', 'ADRES', 'POSTCODE', 'PLAATS', 'TELEFOON']);
    expect(p.restore(p.text)).toBe(text);
  });
});
