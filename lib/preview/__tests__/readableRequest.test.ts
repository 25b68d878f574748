import { describe, expect, it } from 'vitest';
import { createPseudonymSession, pseudonymize } from '../../privacy';
import { distinctReplacements, groupReplacements, readableRequest, segmentText, type Replacement } from '../index';

const reps: Replacement[] = [
  { type: 'PERSOON', placeholder: '[PERSOON-1]', original: 'Truus van der Heijden' },
  { type: 'DATUM', placeholder: '1-2-2024', original: '7-3-2024' },
  { type: 'BSN', placeholder: '[BSN-1]', original: '204613589' },
];

describe('segmentText', () => {
  it('marks each placeholder, keeps the rest as plain text', () => {
    expect(segmentText('Mw. [PERSOON-1] viel op 1-2-2024.', reps)).toEqual([
      { text: 'Mw. ' },
      { text: '[PERSOON-1]', replacement: reps[0] },
      { text: ' viel op ' },
      { text: '1-2-2024', replacement: reps[1] },
      { text: '.' },
    ]);
  });

  it('finds a shifted date only as a whole token', () => {
    expect(segmentText('op 11-2-2024 en 1-2-20245', reps).filter((s) => s.replacement)).toEqual([]);
  });

  it('without replacements the text is one piece', () => {
    expect(segmentText('geen namen', [])).toEqual([{ text: 'geen namen' }]);
    expect(segmentText('', reps)).toEqual([]);
  });
});

describe('readableRequest', () => {
  const body = JSON.stringify({
    model: 'test-model',
    messages: [
      { role: 'system', content: 'Je vult velden in.' },
      { role: 'user', content: [{ type: 'text', text: 'BSN [BSN-1], client [PERSOON-1].' }] },
    ],
    response_format: {
      type: 'json_schema',
      json_schema: {
        name: 'x',
        schema: {
          $schema: 'http://json-schema.org/draft-07/schema#',
          type: 'object',
          properties: {
            pols: { anyOf: [{ type: 'object', description: 'Pols (/min)' }, { type: 'null' }] },
            f2: { description: 'Saturatie (%)', anyOf: [{ type: 'object' }, { type: 'null' }] },
            plain: { type: 'string' },
          },
        },
      },
    },
  });

  it('gives each message with its placeholders, the fields asked for and the model', () => {
    const view = readableRequest(body, reps);
    expect(view.model).toBe('test-model');
    expect(view.parts.map((p) => p.role)).toEqual(['system', 'user']);
    expect(view.parts[1]!.segments.filter((s) => s.replacement).map((s) => s.text)).toEqual(['[BSN-1]', '[PERSOON-1]']);
    expect(view.fields).toEqual(['Pols (/min)', 'Saturatie (%)', 'plain']);
  });

  it('keeps the raw body, indented, for the technical details only', () => {
    const view = readableRequest(body, reps);
    expect(JSON.parse(view.raw)).toEqual(JSON.parse(body));
    expect(view.raw).toContain('\n  "model"');
    // The readable parts hold no schema vocabulary.
    expect(JSON.stringify(view.parts)).not.toMatch(/\$schema|anyOf/);
  });

  it('a body that is not JSON has no parts', () => {
    expect(readableRequest('model=whisper', reps)).toEqual({ parts: [], fields: [], model: null, raw: 'model=whisper' });
  });
});

describe('replacements', () => {
  it('one entry per placeholder, grouped by kind; unshiftable dates count as replaced', () => {
    const session = createPseudonymSession({ dateShiftDays: -28, referenceYear: 2025 });
    const first = pseudonymize('Mw. Jansen en dhr. Pietersen, 12-03-2024. Mw. Jansen belt 06-12345678.', { session });
    const list = distinctReplacements(first.entities);
    expect(list.filter((r) => r.type === 'PERSOON')).toHaveLength(2);
    const groups = groupReplacements([...list, { type: 'DATUM', placeholder: '[DATUM-1]', original: '29 februari' }]);
    expect(groups.map((g) => [g.type, g.how, g.items.length])).toEqual([
      ['PERSOON', 'placeholder', 2],
      ['DATUM', 'shifted', 1],
      ['DATUM', 'placeholder', 1],
      ['TELEFOON', 'placeholder', 1],
    ]);
  });
});
