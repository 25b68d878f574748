import { describe, expect, it } from 'vitest';
import { createPseudonymSession, pseudonymize, type EntityType } from '../index';

// Round 4 (d4 dev batch): one case or a few per failure class, written for these tests (not taken from any corpus text).

function found(text: string) {
  const { entities } = pseudonymize(text, { session: createPseudonymSession({ dateShiftDays: -252, referenceYear: 2024 }) });
  return entities.map((e) => [e.type, e.original] as [EntityType, string]);
}
const of = (text: string, type: EntityType) => found(text).filter(([t]) => t === type).map(([, o]) => o);

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
