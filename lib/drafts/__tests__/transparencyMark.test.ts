import { describe, expect, it } from 'vitest';
import { fillTransparencyMark, withTransparencyMark } from '../transparencyMark';

const TEMPLATE = 'Opgesteld met AI-ondersteuning, gecontroleerd door {gebruiker}';

describe('fillTransparencyMark', () => {
  it('names the user', () => {
    expect(fillTransparencyMark(TEMPLATE, 'm.devries')).toBe('Opgesteld met AI-ondersteuning, gecontroleerd door m.devries');
    expect(fillTransparencyMark('{gebruiker} / {gebruiker}', ' a ')).toBe('a / a');
  });
  it('says the user is unknown rather than naming nobody', () => {
    expect(fillTransparencyMark(TEMPLATE, '')).toBe('Opgesteld met AI-ondersteuning, gecontroleerd door (gebruiker onbekend)');
  });
  it('no template, no mark', () => {
    expect(fillTransparencyMark(null, 'm')).toBeNull();
    expect(fillTransparencyMark('  ', 'm')).toBeNull();
  });
});

describe('withTransparencyMark', () => {
  const mark = 'Opgesteld met AI-ondersteuning, gecontroleerd door m.devries';
  it('puts the mark after the text, on its own paragraph', () => {
    expect(withTransparencyMark('S: pijn.\nP: arts.\n', mark)).toEqual({ text: `S: pijn.\nP: arts.\n\n${mark}`, marked: true });
  });
  it('after a dash in a one-line field', () => {
    expect(withTransparencyMark('Mobiliseert met rollator.', mark, { singleLine: true }).text).toBe(`Mobiliseert met rollator. — ${mark}`);
  });
  it('never twice', () => {
    const once = withTransparencyMark('Tekst.', mark).text;
    expect(withTransparencyMark(once, mark).text).toBe(once);
  });
  it('leaves the text alone without a mark', () => {
    expect(withTransparencyMark('Tekst.  ', null)).toEqual({ text: 'Tekst.  ', marked: false });
  });
});
