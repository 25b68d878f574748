// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { locateQuote, readPage } from '../index';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('locateQuote', () => {
  it('finds a quote inside the element of its ref, ignoring case and whitespace', () => {
    document.body.innerHTML = `<ul><li><span>20-11-2025 08:00</span> <p>Mw. zegt: “Ik ben zo moe”.</p></li>
      <li><span>21-11-2025 08:40</span> <p>O  RR 135/85, P 88 reg.,
      T 38,2, <b>sat 94%</b> zo2</p></li></ul>`;
    const s = readPage(document);
    const ref = s.reports.find((r) => r.text.includes('38,2'))!.ref;
    const range = locateQuote(document, 'rr 135/85, p 88 reg., t 38,2, SAT 94% zo2', ref)!;
    expect(range).not.toBeNull();
    expect(range.toString().replace(/\s+/g, ' ')).toBe('RR 135/85, P 88 reg., T 38,2, sat 94% zo2');
    expect(range.startContainer.parentElement!.closest('li')).toBe(document.querySelectorAll('li')[1]);
  });

  it('matches straight quotes to typographic ones, and falls back to ignoring punctuation', () => {
    document.body.innerHTML = '<p>Mw. zegt: “Ik ben zo moe”.</p><dl><dt>Gewicht</dt><dd>72,9 kg</dd></dl>';
    // quote marks around the whole quote are the model's, not the page's: they are dropped first
    expect(locateQuote(document, 'zegt: "ik ben zo moe"')?.toString()).toBe('zegt: “Ik ben zo moe');
    expect(locateQuote(document, '"Ik ben zo moe" ')?.toString()).toBe('Ik ben zo moe');
    // the model may quote "Gewicht: 72,9 kg" from the compact text; on the page label and value are apart
    const range = locateQuote(document, 'Gewicht: 72,9 kg')!;
    expect(range.toString()).toBe('Gewicht72,9 kg');
  });

  it('searches the whole page when the quote is not in the ref, and never matches hidden text', () => {
    document.body.innerHTML = '<p id="a">Eerste alinea.</p><p>Tweede alinea met koorts.</p><p style="display:none">verborgen koorts 40</p>';
    expect(locateQuote(document, 'koorts', '#a')?.startContainer.textContent).toBe('Tweede alinea met koorts.');
    expect(locateQuote(document, 'koorts 40')).toBeNull();
    expect(locateQuote(document, '   ')).toBeNull();
  });

  it('finds text inside open shadow roots', () => {
    document.body.innerHTML = '<x-kaart></x-kaart>';
    document.querySelector('x-kaart')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Wond rechterhiel schoon.</p>';
    expect(locateQuote(document, 'rechterhiel schoon')?.toString()).toBe('rechterhiel schoon');
  });
});
