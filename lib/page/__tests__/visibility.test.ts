// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readPage, scanFields } from '../index';
import { createVisibility } from '../visibility';
import { hidingCaseTests } from './fixtures/hidingCases';

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('hidden text and fields (jsdom, no layout)', () => {
  hidingCaseTests();

  it('reads the background from the shorthand, as browsers compute it', () => {
    document.body.innerHTML = '<style>.vlak{background:#1f3b57}</style><p>Zichtbaar.</p><div class="vlak"><span style="color:#1f3b57">GEHEIM</span></div><div style="background:#fff"><b style="color:#fdfdfd">GEHEIM</b></div>';
    const text = readPage(document).text;
    expect(text).toContain('Zichtbaar.');
    expect(text).not.toContain('GEHEIM');
  });

  it('treats a visually hidden checkbox with a visible label as a field (the person clicks the label)', () => {
    document.body.innerHTML = '<input type="checkbox" id="c" style="opacity:0;position:absolute"><label for="c">Valrisico</label>';
    expect(scanFields(document)).toEqual([expect.objectContaining({ label: 'Valrisico', kind: 'checkbox' })]);
  });

  it('asks computed style only for elements a rule or inline style could hide', () => {
    document.body.innerHTML = `<style>.weg{display:none} p{font-weight:600;line-height:1.4;margin:4px 0}</style>${'<p>Gewone alinea.</p>'.repeat(200)}<p class="weg">x</p><p style="color:red">y</p>`;
    const spy = vi.spyOn(window, 'getComputedStyle');
    const visibility = createVisibility(document);
    const paragraphs = Array.from(document.querySelectorAll('p'));
    const hidden = paragraphs.filter((p) => visibility.hidesSubtree(p));
    expect(hidden.map((p) => p.textContent)).toEqual(['x']);
    expect(spy.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it('looks at every element a colour or background rule reaches (a colour can equal the background)', () => {
    document.body.innerHTML = `<style>p.kaart{color:var(--tekst)} .vlak{background:#fff}</style>${'<p class="kaart">Alinea.</p>'.repeat(20)}<div class="vlak"><p>z</p></div>`;
    const visibility = createVisibility(document);
    expect(visibility.ruleSuspects?.size).toBe(21);
  });

  it('checks every element when a style sheet cannot be analysed (CSS nesting)', () => {
    document.body.innerHTML = '<style>.kaart { & .weg { display: none } }</style><div class="kaart"><p class="weg">x</p></div>';
    const spy = vi.spyOn(window, 'getComputedStyle');
    createVisibility(document).hidesSubtree(document.querySelector('p')!);
    // either jsdom understands nesting or not: the element is looked at either way
    expect(spy).toHaveBeenCalled();
  });
});

describe('geometry is used only when the document has layout', () => {
  function fakeLayout(withLayout: boolean) {
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const r = (this.getAttribute('data-rect') ?? (withLayout && this === document.body ? '0,0,1280,900' : '0,0,0,0')).split(',').map(Number);
      const [x, y, w, h] = r as [number, number, number, number];
      return { x, y, left: x, top: y, width: w, height: h, right: x + w, bottom: y + h, toJSON: () => ({}) } as DOMRect;
    });
  }
  const html = `<p data-rect="10,10,300,20">Zichtbaar.</p>
    <div style="position:relative" data-rect="-3000,10,300,20">BUITENBEELD</div>
    <div style="overflow:hidden" data-rect="10,40,0,0">NULFORMAAT</div>`;

  it('hides boxes that are off-screen or zero-sized by their geometry in a laid-out document', () => {
    fakeLayout(true);
    document.body.innerHTML = html;
    expect(createVisibility(document).hasLayout).toBe(true);
    const text = readPage(document).text;
    expect(text).toContain('Zichtbaar.');
    expect(text).not.toContain('BUITENBEELD');
    expect(text).not.toContain('NULFORMAAT');
  });

  it('ignores geometry without layout (all rects zero), relying on computed style', () => {
    fakeLayout(false);
    document.body.innerHTML = html;
    expect(createVisibility(document).hasLayout).toBe(false);
    const text = readPage(document).text;
    expect(text).toContain('BUITENBEELD');
    expect(text).toContain('NULFORMAAT');
  });
});
