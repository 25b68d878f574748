import { describe, expect, it } from 'vitest';
import { createPseudonymSession, pseudonymize, type EntityType } from '../index';

// Round 5 (settled organisation cases in ANNOTATION.md, d5 dev batch): one case or a few per failure class, written
// for these tests (not taken from any corpus text).

function found(text: string, knownNames?: string[]) {
  const { entities } = pseudonymize(text, { knownNames, session: createPseudonymSession({ dateShiftDays: -252, referenceYear: 2024 }) });
  return entities.map((e) => [e.type, e.original] as [EntityType, string]);
}
const of = (text: string, type: EntityType, knownNames?: string[]) => found(text, knownNames).filter(([t]) => t === type).map(([, o]) => o);

describe('round 5: organisations as the guide settles them', () => {
  it('reads a group, team or ward with a name of its own as an organisation', () => {
    expect(of('Opgenomen op afd. De Linde, daarna naar groep Het Zuiderlicht.', 'ORGANISATIE')).toEqual(['De Linde', 'Het Zuiderlicht']);
    expect(of('Zij werkt in team De Horizon. Verhuisd naar afd. \'t Hofke.', 'ORGANISATIE')).toEqual(['De Horizon', "'t Hofke"]);
  });

  it('keeps a clitic article in a surname a person', () => {
    expect(of("Mw. van 't Hof belde.", 'PERSOON')).toEqual(["van 't Hof"]);
  });

  it('reads a team named after a place as the place only, and a compass word as nothing', () => {
    expect(found('Melding bij Veilig Thuis Utrecht, overleg met Buurtteam Zuid.')).toEqual([['PLAATS', 'Utrecht']]);
  });

  it('reads school kinds written as abbreviations as the kind of a named school', () => {
    expect(of('Kleindochter zit op OBS De Zevensprong.', 'ORGANISATIE')).toEqual(['OBS De Zevensprong']);
  });

  it('reads health insurers and chain shops as nothing', () => {
    expect(found('Boodschappen bij de Jumbo, verzekerd bij Zilveren Kruis.')).toEqual([]);
  });
});
