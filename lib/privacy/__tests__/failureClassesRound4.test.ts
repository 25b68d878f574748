import { describe, expect, it } from 'vitest';
import { createPseudonymSession, pseudonymize, type EntityType } from '../index';

// Round 4 (d4 dev batch): one case or a few per failure class, written for these tests (not taken from any corpus text).

function found(text: string, knownNames?: string[]) {
  const { entities } = pseudonymize(text, { knownNames, session: createPseudonymSession({ dateShiftDays: -252, referenceYear: 2024 }) });
  return entities.map((e) => [e.type, e.original] as [EntityType, string]);
}
const of = (text: string, type: EntityType, knownNames?: string[]) => found(text, knownNames).filter(([t]) => t === type).map(([, o]) => o);

describe('round 4: persons and staff codes', () => {
  it('reads a word in capitals as a heading, not a paraaf', () => {
    expect(of('OVERPLAATSING - SPOED\n- NIEUW: start thuiszorg maandag\nPlan / GOED', 'PERSOON')).toEqual([]);
  });

  it('reads care abbreviations in headings and weekday abbreviations after a dash as no code', () => {
    expect(of('3. Wensen / ACP\nAanmelding revalidatie (GRZ)\nbereikbaar ma - wo - do', 'PERSOON')).toEqual([]);
    expect(of('Acties: MW neemt contact op met de woningbouw.', 'PERSOON')).toEqual([]);
  });

  it('does not take an organisation abbreviation after its name for a staff code', () => {
    expect(of('Controle in Ziekenhuis Rivierenland Tiel (ZRT) gepland.', 'PERSOON')).toEqual([]);
  });

  it('ends the sentence after a title written in full and a period', () => {
    expect(of('Dit is besproken met de familie. Eetlust in 2 weken afgenomen.', 'PERSOON')).toEqual([]);
  });

  it('reads an unlisted word before a plural verb after "mw." as the next sentence', () => {
    expect(of('Boodschappen gedaan samen met mw. Broodjes worden bezorgd.', 'PERSOON')).toEqual([]);
    expect(of('Gesprek met mw. Kortenhoeven over de val.', 'PERSOON')).toEqual(['Kortenhoeven']);
  });

  it('reads languages as no names, except right after a title', () => {
    expect(of('Dhr. spreekt Darija en wat Frans; een tolk Tarifit is geregeld.', 'PERSOON')).toEqual([]);
    expect(of('De buurvrouw, mw. Engels, belde.', 'PERSOON')).toEqual(['Engels']);
  });

  it('reads countries and provinces as no names', () => {
    expect(of('Gaat in mei naar Portugal, daarna een week naar Zuid-Limburg.', 'PERSOON')).toEqual([]);
  });

  it('reads a saint before a first name as a hospital or church', () => {
    expect(of('Opgenomen in het St. Antonius, daarna naar de Sint Jozef.', 'PERSOON')).toEqual([]);
  });

  it('reads the verb "wil" as no name', () => {
    expect(of('Loopt 50 m. Wil graag naar buiten. Mw. wil geen opname.', 'PERSOON')).toEqual([]);
  });

  it('reads a mail header with one unlisted word as a service', () => {
    expect(of('Van: Spoedpost GGZ Oost\nAan: Huisartsenpost', 'PERSOON')).toEqual([]);
    expect(of('Van: Esther Mulder', 'PERSOON')).toEqual(['Esther Mulder']);
  });

  it('reads a street or a building after a preposition and an article as no name', () => {
    expect(of('Zijn vader had een winkel op de Markt en werkte aan de Dijk.', 'PERSOON')).toEqual([]);
    expect(of('Dagbesteding in het Buurthuis; afd. \'t Veldje belt.', 'PERSOON')).toEqual([]);
    expect(of('Ze zegt dat de Heere haar roept.', 'PERSOON')).toEqual([]);
  });

  it('takes a long unlisted word in brackets after a name as an employer, not a call name', () => {
    expect(of('wijkvpk Anja de Boer (Zorgstroom) komt langs', 'PERSOON')).toEqual(['Anja de Boer']);
  });

  it('takes each name after a plural role joined by "en"', () => {
    expect(of('Verwezen door de huisartsen Bakker-Chen en Van Dongen.', 'PERSOON')).toEqual(['Bakker-Chen', 'Van Dongen']);
  });

  it('takes a lower-case family name with "de" after an abbreviated title', () => {
    expect(of('Mevr. de ruiter van nr 12 kijkt mee.', 'PERSOON')).toEqual(['de ruiter']);
    expect(of('Mw. de trap op geholpen.', 'PERSOON')).toEqual([]);
  });

  it('takes a lone initial after a title', () => {
    expect(of('Betreft: dhr. K. – verzoek om overname', 'PERSOON')).toEqual(['K.']);
  });

  it('knows more Dutch first names', () => {
    expect(of('Overleg met Marij en Rozemarijn Dassen.', 'PERSOON')).toEqual(['Marij', 'Rozemarijn Dassen']);
  });
});

describe('round 4: places', () => {
  it('finds an ambiguous village after place nouns and "rand van"', () => {
    expect(of('Woont aan de rand van Ruinen, geboortedorp Tienray.', 'PLAATS')).toEqual(['Ruinen', 'Tienray']);
  });

  it('finds a place after a slash or in brackets next to a place, and one glossed with its province', () => {
    expect(of('team Driebergen-Rijsenburg/Doorn', 'PLAATS')).toEqual(['Driebergen-Rijsenburg', 'Doorn']);
    expect(of('Woonde in Eys (Zuid-Limburg).', 'PLAATS')).toEqual(['Eys']);
    expect(of('de schutterij van Mechelen', 'PLAATS')).toEqual(['Mechelen']);
  });

  it('knows districts of Heerlen, Enschede, Zwolle and Den Haag', () => {
    expect(of('Verhuisd van Stroinslanden naar Heerlerbaan.', 'PLAATS')).toEqual(['Stroinslanden', 'Heerlerbaan']);
  });

  it('leaves towns abroad alone', () => {
    expect(of('Geboren in Moengo, broer woont in Aleppo.', 'PLAATS')).toEqual([]);
  });
});

describe('round 4: persons, kept', () => {
  it('still takes a family name after a preposition and "de" when it is no street', () => {
    expect(of('Overleg gehad met de Boer over de planning.', 'PERSOON')).toEqual(['de Boer']);
  });
});

describe('round 4: ages, dates and numbers', () => {
  it('finds an age right after a titled name, in brackets or between commas', () => {
    expect(of('Mw. Hoekstra (93, woont zelfstandig) en dhr. Bos, 91, komt mee. Mw. is tenslotte 95.', 'LEEFTIJD')).toEqual(['93', '91', '95']);
    expect(of('Mw. Hoekstra, 94 kg, 1,60 m.', 'LEEFTIJD')).toEqual([]);
  });

  it('reads a range after "dag" or a score word as no date', () => {
    expect(of('Delier op dag 2-4 postoperatief, PACSLAC wisselend 3-5.', 'DATUM')).toEqual([]);
  });

  it('reads a pager after "piep" as an ID, and an eight-digit service number as no phone', () => {
    expect(of('Arts gebeld via piep 4412.', 'ID')).toEqual(['4412']);
    expect(of('Informatielijn 0800-0123 of 0800-1234567', 'TELEFOON')).toEqual(['0800-1234567']);
  });
});

describe('round 4: dates, kept', () => {
  it('still reads a date after a word that ends in "dag"', () => {
    expect(of('Overdracht middag 3/9', 'DATUM')).toEqual(['3/9']);
  });
});

describe('round 4: organisations', () => {
  it('takes a name after a care service or care moment as the location', () => {
    expect(of('Sinds mei gaat hij naar dagopvang bij ’t Zonnehuis in Woerden.', 'ORGANISATIE')).toEqual(['’t Zonnehuis']);
    expect(of('Wachtlijst Lindegaarde is lang. Respijtzorg bij Vossenstede aangevraagd.', 'ORGANISATIE')).toEqual(['Lindegaarde', 'Vossenstede']);
    expect(of('Gebeld door de avonddienst van de Beukenhove.', 'ORGANISATIE')).toEqual(['Beukenhove']);
    expect(of('- logeerzorg: 1 weekend per maand De Wingerd', 'ORGANISATIE')).toEqual(['De Wingerd']);
    expect(of('Thuiszorg door de wijkverpleging van HZTR, twee keer per dag.', 'ORGANISATIE')).toEqual(['HZTR']);
  });

  it('takes a name after a specialism or clinic as the hospital', () => {
    expect(of('Controle bij longziekten Maasborgh over 6 weken.', 'ORGANISATIE')).toEqual(['Maasborgh']);
    expect(of('Verwezen naar de valpoli van het St. Bonifatius.', 'ORGANISATIE')).toEqual(['St. Bonifatius']);
  });

  it('takes a location-shaped name before its place, and after a place adjective', () => {
    expect(of('Teamoverleg Eikenstede Gorinchem, 2e etage', 'ORGANISATIE')).toEqual(['Eikenstede']);
    expect(of('Zoon heeft gekeken bij Nij Vennehiem in Drachten.', 'ORGANISATIE')).toEqual(['Nij Vennehiem']);
    expect(of('Voorkeur:\n1. Berkenhof (Nijkerk)', 'ORGANISATIE')).toEqual(['Berkenhof']);
    expect(of('Namens het behandelteam, Utrechtse Hove', 'ORGANISATIE')).toEqual(['Utrechtse Hove']);
  });

  it('keeps surnames with a location ending and names after "bij" people', () => {
    expect(of('Mw. was bij Kamphuis in Zwolle. Gesprek met Olthof.', 'ORGANISATIE')).toEqual([]);
    expect(of('Dagbesteding op maandag, Marja brengt haar. Overdracht aan Annelies Bos.', 'ORGANISATIE')).toEqual([]);
    expect(of('Consult poli Stemming & Angst, intake poli Transculturele Psychiatrie.', 'ORGANISATIE')).toEqual([]);
    expect(of('Bij opname DOS 4, later opgenomen op de CCU. Overdracht Nachtdienst: rustig.', 'ORGANISATIE')).toEqual([]);
  });

  it('takes a saint’s name as an institution, not a street or a place', () => {
    expect(of('Vader ligt in het Sint Lucas.', 'ORGANISATIE')).toEqual(['Sint Lucas']);
    expect(of('Zij woont aan de St. Annastraat 3 in Sint Michielsgestel.', 'ORGANISATIE')).toEqual([]);
  });

  it('knows kind words of home help, welfare, alarms and case management, in front or behind', () => {
    expect(of('Alarmering loopt via Kennemer Alarmzorg; hulp van Thuishulp Bloesem.', 'ORGANISATIE')).toEqual(['Kennemer Alarmzorg', 'Thuishulp Bloesem']);
    expect(of('Maatjesproject via Welzijn Vechtstreek. Aangemeld bij Wegwijzer Casemanagement.', 'ORGANISATIE')).toEqual(['Welzijn Vechtstreek', 'Wegwijzer Casemanagement']);
    expect(of('Wijkverpleging van Duinzorg Thuis komt.', 'ORGANISATIE')).toEqual(['Duinzorg Thuis']);
    // The first word of such a name alone is the organisation too.
    expect(of('Casemanager bij Wegwijzer Casemanagement. Cliëntnummer Wegwijzer: 1234567', 'ORGANISATIE')).toEqual(['Wegwijzer Casemanagement', 'Wegwijzer']);
    expect(of('Thuishulp Marieke komt dinsdag.', 'ORGANISATIE')).toEqual([]);
  });

  it('takes capitals in brackets after an organisation as its abbreviation, also later alone', () => {
    expect(of('Opname in het Ziekenhuis Gelderse Poort (ZGP). Controle in het ZGP.', 'ORGANISATIE')).toEqual(['Ziekenhuis Gelderse Poort', 'ZGP', 'ZGP']);
  });

  it('leaves departments and doctors listed after a practice word alone', () => {
    expect(of('Vakgroep Interne Geneeskunde', 'ORGANISATIE')).toEqual([]);
    expect(of('Huisartsen Verbeek en De Wit', 'PERSOON')).toEqual(['Verbeek', 'De Wit']);
    expect(of('Huisartsen Verbeek en De Wit', 'ORGANISATIE')).toEqual([]);
  });

  it('reads a practice named after its district as the district after "in"', () => {
    const text = 'Huisarts: Huisartsenpraktijk Meezenbroek. Woont alleen in Meezenbroek.';
    expect(of(text, 'ORGANISATIE')).toEqual(['Huisartsenpraktijk Meezenbroek']);
  });
});

describe('round 4: follow-up', () => {
  it('reads a lower-case word alone on a dash line closing an entry as a paraaf, not a list item', () => {
    expect(of('Nacht rustig verlopen, twee keer verschoond.\n- anke', 'PERSOON')).toEqual(['anke']);
    expect(of('Familie gebeld om 22.10.\n-tos', 'PERSOON')).toEqual(['tos']);
    expect(of('Vandaag niet gedoucht.\n- zelf\n- met hulp', 'PERSOON')).toEqual([]);
  });

  it('reads a lower-case code next to the bracketed function it fills', () => {
    expect(of('> Op 3 mei schreef kv (thuiszorg):\n> Dhr. kortademig.', 'PERSOON')).toEqual(['kv']);
    expect(of('Bespreking met de SPV (jh) en de ergo (lb).', 'PERSOON')).toEqual(['jh', 'lb']);
    expect(of('dr. A. Smit, psychiater (vz)', 'PERSOON')).toEqual(['A. Smit']);
  });

  it('reads a code before the full name it abbreviates', () => {
    expect(of('tvd / T. van Dalen, specialist ouderengeneeskunde', 'PERSOON')).toEqual(['tvd', 'T. van Dalen']);
  });

  it('reads a code opening an action line under an actions heading', () => {
    expect(of('Actiepunten\nRB: aanvraag rolstoel\n- KvdW: overleg met dochter\nHA: herhaalrecept', 'PERSOON')).toEqual(['RB', 'KvdW']);
  });

  it('reads a lower-case full name with a listed first name in an attendance list', () => {
    expect(of('Aanwezig: ineke van dam (ergo), K. Bos (fysio)', 'PERSOON')).toEqual(['ineke van dam', 'K. Bos']);
  });

  it('reads an unlisted first name in a salutation or under a closing formula', () => {
    expect(of('Hoi Sjoukje,\n\nDank voor je mail.\n\nGroeten,\nWybren', 'PERSOON')).toEqual(['Sjoukje', 'Wybren']);
    expect(of('Beste collega\'s,\nDag allemaal,\nMet vriendelijke groet,\nTeam Noord', 'PERSOON')).toEqual([]);
  });

  it('reads a street and house number with "-bis" after an inverted name as an address', () => {
    expect(of('- NIEUW: Hofman, R., Lindenhof 12-bis. Start ma.', 'ADRES')).toEqual(['Lindenhof 12-bis']);
  });
});

describe('round 4: follow-up, organisations and places', () => {
  it('keeps a preposition before an organisation out of it, and reads "van de" + organisation as no person', () => {
    expect(of('Gesprek met de consulent van Lindeboom Welzijn.', 'ORGANISATIE')).toEqual(['Lindeboom Welzijn']);
    expect(of('Zij komt terug van de Zwolse Hof.', 'PERSOON')).toEqual([]);
  });

  it('reads Sint- and \'s- places written without the hyphen as places', () => {
    expect(of('Broer woont in Sint Oedenrode, zus in \'s Gravenzande.', 'PLAATS')).toEqual(['Sint Oedenrode', "'s Gravenzande"]);
  });

  it('reads a "-zorg" compound before "Thuis" as a home-care organisation in running text', () => {
    expect(of('Ochtendzorg door Rivierzorg Thuis, avond door de dochter.', 'ORGANISATIE')).toEqual(['Rivierzorg Thuis']);
  });
});
