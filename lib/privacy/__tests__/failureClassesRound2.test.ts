import { describe, expect, it } from 'vitest';
import { createPseudonymSession, pseudonymize, type EntityType } from '../index';

// Round 2 (issue 14, d2 dev batch): one case or a few per failure class, written for these tests (not taken from
// any corpus text).

function found(text: string, knownNames?: string[]) {
  const { entities } = pseudonymize(text, { knownNames, session: createPseudonymSession({ dateShiftDays: -252, referenceYear: 2024 }) });
  return entities.map((e) => [e.type, e.original] as [EntityType, string]);
}
const of = (text: string, type: EntityType, knownNames?: string[]) => found(text, knownNames).filter(([t]) => t === type).map(([, o]) => o);

describe('round 2: staff codes', () => {
  it('finds the assignee of an action item in brackets', () => {
    expect(of('Afspraken\n- bloedspiegel herhalen (GH)\nc) logeren aanvragen (PL / Anna)\n2. gesprek ouders (TvB), voor 3 juni\n- rooster (MW/JS)', 'PERSOON')).toEqual([
      'GH', 'PL', 'Anna', 'TvB', 'MW', 'JS',
    ]);
  });

  it('leaves abbreviations in brackets on a list line alone', () => {
    expect(of('- uitleg gegeven over (COPD) en inhalatie\n- ECG (ECG) herhalen', 'PERSOON')).toEqual([]);
  });

  it('finds a bracketed code right after the name it abbreviates, and then everywhere', () => {
    expect(of('Aanwezig: arts B. Dekkers (BDek), EVV Annet Wiersma (AW).\n| pijnscore bijhouden | AW |', 'PERSOON')).toEqual([
      'B. Dekkers', 'BDek', 'Annet Wiersma', 'AW', 'AW',
    ]);
    expect(of('Behandeling volgens Cognitive Behavioural Therapy (CBT) gestart.', 'PERSOON')).toEqual([]);
  });

  it('finds a signature code alone on its line, with its function, or as dotted initials after the last sentence', () => {
    expect(of('Rustige dienst.\npvdw', 'PERSOON')).toEqual(['pvdw']);
    expect(of('Met vriendelijke groet,\nGT, verpleegkundig specialist', 'PERSOON')).toEqual(['GT']);
    expect(of('Sliep goed, geen bijzonderheden. K.M.', 'PERSOON')).toEqual(['K.M.']);
  });

  it('reads a care abbreviation glued to a slash at a line end as a paraaf, not one after " / "', () => {
    expect(of('Medicatie gegeven, rustig. /PB', 'PERSOON')).toEqual(['PB']);
    expect(of('Evaluatiebespreking / MDO', 'PERSOON')).toEqual([]);
  });
});
