import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../tests/privacy-corpus';
import { TAGGER_COMMON_WORDS, TAGGER_WEIGHTS } from '../data/tagger-weights';
import { createPseudonymSession, pseudonymize } from '../index';
import { recognizeByTagger } from '../recognizeByTagger';
import { tokenize } from '../tokenize';
import { trainTagger } from '../trainTagger';

const found = (text: string) =>
  pseudonymize(text, { session: createPseudonymSession({ dateShiftDays: -252, referenceYear: 2024 }) }).entities.map((e) => [e.type, e.original]);

describe('privacy tagger', () => {
  it('learns from annotated text: a word in the context of organisations becomes one, in the context of persons a person', () => {
    const examples = [
      ...['Rozenhof', 'Lindeboom', 'Zonnehoek', 'Meerzicht', 'Vinkenhof', 'Berkenrode'].map((n) => ({
        text: `Ze werkt 3 dagen bij ${n} in de keuken.`, entities: [{ type: 'ORGANISATIE', start: 21, end: 21 + n.length }],
      })),
      ...['Jansen', 'Pietersen', 'Bakker', 'Visser', 'Smit', 'Mulder'].map((n) => ({
        text: `Gesprek gehad met ${n} over de zorg.`, entities: [{ type: 'PERSOON', start: 18, end: 18 + n.length }],
      })),
    ];
    const model = trainTagger(examples, { epochs: 5, minCount: 1 });
    expect(model.classes).toEqual(['O', 'PERSOON', 'ORGANISATIE', 'PLAATS']);
    // The word before carries the class: "bij …" an organisation, "met …" a person.
    expect(model.weights['c1=bij']![2]).toBeGreaterThan(model.weights['c1=bij']![1]!);
    expect(model.weights['c1=met']![1]).toBeGreaterThan(model.weights['c1=met']![2]!);
    // Same data, same weights: training is seeded.
    expect(trainTagger(examples, { epochs: 5, minCount: 1 })).toEqual(model);
  });

  it('ships the weights that training on the development split gives (run node lib/privacy/data/trainTagger.mjs after changing the corpus or the features)', () => {
    const model = trainTagger(loadCorpus('dev'));
    expect(model.weights).toEqual(TAGGER_WEIGHTS);
    expect(model.commonWords.join(' ')).toBe(TAGGER_COMMON_WORDS);
  });

  it('finds an organisation no rule knows, and leaves words the rules cover alone', () => {
    expect(found('Ze doet vrijwilligerswerk bij Zonnewijzer in het dorp.')).toEqual([['ORGANISATIE', 'Zonnewijzer']]);
    const tokens = tokenize('Ze doet vrijwilligerswerk bij Zonnewijzer in het dorp.');
    const covered = new Uint8Array(100).fill(1);
    expect(recognizeByTagger(tokens, covered)).toEqual([]);
  });

  it('never takes eponyms, brands, kind words, sentence openers or a street after a preposition', () => {
    expect(found('Syndroom van Klinefelter. Contact via WhatsApp. Crisisdienst belt. Hij werkte aan de Dijk.')).toEqual([]);
  });
});
