import { describe, expect, it } from 'vitest';
import { scannedFieldSchema } from '../types';

describe('scannedFieldSchema', () => {
  it('rejects an unknown field kind', () => {
    expect(scannedFieldSchema.safeParse({ key: 'a', label: 'A', kind: 'slider', value: '' }).success).toBe(false);
  });
});
