import { describe, expect, it } from 'vitest';
import { contentWords, sameWord, sentenceSupport, support } from '../support';

describe('the support measure (content-word overlap)', () => {
  it('leaves out Dutch and English function words and folds case and accents', () => {
    expect(contentWords('Mw. is om 14.00 naar de huisarts geweest en heeft Paracetamol gekregen.')).toEqual(['14.00', 'huisarts', 'geweest', 'paracetamol', 'gekregen']);
    expect(contentWords('The client was informed')).toEqual(['informed']);
  });

  it('finds inflected Dutch words, never other numbers', () => {
    expect(sameWord('gestopt', 'stoppen')).toBe(true);
    expect(sameWord('overleden', 'overlijden')).toBe(true);
    expect(sameWord('overleden', 'overdracht')).toBe(false);
    expect(sameWord('36.8', '36.9')).toBe(false);
  });

  it('is the share of content words found in the sources', () => {
    expect(support('Mw. heeft pijn in de heup.', ['pijn li heup NRS 6'])).toBe(1);
    expect(support('Mw. heeft pijn in de knie.', ['pijn li heup NRS 6'])).toBe(0.5);
    expect(support('Er is niets.', ['x'])).toBe(1);
  });

  it('marks the sentences of a draft that fall below half', () => {
    const marks = sentenceSupport('S: Mw. heeft pijn in de heup (NRS 6).\nP: Stop alle medicatie.', ['pijn li heup NRS 6, paracetamol 14.00']);
    expect(marks.map((m) => m.supported)).toEqual([true, false]);
  });
});
