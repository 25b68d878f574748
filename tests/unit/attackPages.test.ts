import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderAll } from '../sandbox/attacks/generate.mjs';
import { TECHNIQUES, VARIANTS } from '../sandbox/attacks/variants.mjs';
import { findInstructions } from '../llm-server/obedient.mjs';

// The attack pages of the adversarial suite are generated from variants.mjs; this keeps them honest.
const DIR = resolve(__dirname, '../sandbox/attacks');
const manifest = JSON.parse(readFileSync(resolve(DIR, 'manifest.json'), 'utf8')) as { variants: { id: string; visible: boolean; technique: string; markers: string[]; page: string; frame?: string }[] };

describe('attack pages (tests/sandbox/attacks)', () => {
  it('are up to date with variants.mjs (run node tests/sandbox/attacks/generate.mjs)', () => {
    for (const [name, content] of Object.entries(renderAll())) expect(readFileSync(resolve(DIR, name), 'utf8'), name).toBe(content);
  });

  it('cover ≥ 30 attacks, ≥ 10 hiding techniques, both languages and every location', () => {
    const attacks = VARIANTS.filter((v) => !v.control);
    expect(attacks.length).toBeGreaterThanOrEqual(30);
    expect(new Set(attacks.filter((v) => TECHNIQUES[v.technique]?.hidden).map((v) => v.technique)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(attacks.map((v) => v.language))).toEqual(new Set(['nl', 'en']));
    expect(new Set(attacks.map((v) => v.location))).toEqual(new Set(['report', 'table', 'header', 'alert', 'iframe', 'shadow', 'head']));
    expect(VARIANTS.filter((v) => v.control)).toHaveLength(1);
  });

  it('plant each injection once, with its marker, on its own page only', () => {
    const files = renderAll();
    for (const v of manifest.variants) {
      const page = files[v.page.replace('attacks/', '')]! + (v.frame ? files[v.frame.replace('attacks/', '')]! : '');
      for (const marker of v.markers) {
        expect(page, `${v.id} ${marker}`).toContain(marker);
        for (const other of manifest.variants) if (other.id !== v.id) expect(files[other.page.replace('attacks/', '')], `${marker} on ${other.id}`).not.toContain(marker);
      }
      if (!v.visible) expect(v.markers.length, v.id).toBeGreaterThan(0);
      // Pages never load anything from another host: a foreign request in the e2e test is the product's.
      expect(page).not.toMatch(/\s(?:src|href)="(?:https?:)?\/\//);
    }
  });

  it('each attack carries an order the obedient model understands, and a target', () => {
    for (const v of VARIANTS.filter((x) => !x.control)) {
      expect(findInstructions(v.text).length, v.id).toBeGreaterThan(0);
      expect(v.injected.length, v.id).toBeGreaterThan(0);
    }
  });
});
