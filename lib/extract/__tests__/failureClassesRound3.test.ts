import { describe, expect, it } from 'vitest';
import { extractMeasurements } from '../extractMeasurements';

/**
 * The failure classes a third independent author's reports showed (dev batch md3), each as a table: what
 * the carer wrote and the readings a careful colleague copies ("kind=value", in text order). Phrasings are
 * our own, not the corpus's; the traps of each class are in its table too.
 */
const failureClasses: Record<string, [string, string[]][]> = {
  'a long cue word typed with a letter dropped or doubled': [
    ['Bloedruk zittend 138/84', ['bloeddruk=138/84']],
    ['tempratuur 37,9', ['temperatuur=37.9']],
    ['Temparatuur gemeten: 38,4 graden', ['temperatuur=38.4']],
    ['satturatie 93% zonder extra zuurstof', ['saturatie=93']],
    ['Saturatie 96%', ['saturatie=96']],
    // Still no cue: a word that only starts like one.
    ['Temperament van dhr. wisselend, 3 keer boos geworden', []],
  ],
};

describe('extractMeasurements: failure classes of the round-3 dev batch', () => {
  for (const [name, cases] of Object.entries(failureClasses)) {
    describe(name, () => {
      it.each(cases)('%s', (text, expected) => {
        const found = extractMeasurements(text);
        expect(found.map((m) => `${m.kind}=${m.value}`)).toEqual(expected);
        for (const m of found) expect(text.slice(m.start, m.end)).toMatch(/\d/);
      });
    });
  }
});
