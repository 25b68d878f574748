// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { highlightElement, highlightRange, locateQuote, markFilled, readPage, scanFields, watchPageChanges } from '../index';

beforeEach(() => {
  document.body.innerHTML = '';
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const overlays = () => document.querySelectorAll('[data-dossierhulp-overlay]');

describe('highlight', () => {
  it('scrolls to the element and marks it with an overlay that goes away, leaving the element untouched', () => {
    document.body.innerHTML = '<p id="p" class="x">Koorts 38,2</p>';
    const p = document.getElementById('p')!;
    const scroll = vi.fn();
    p.scrollIntoView = scroll;
    vi.spyOn(p, 'getBoundingClientRect').mockReturnValue({ left: 10, top: 20, width: 100, height: 16, right: 110, bottom: 36, x: 10, y: 20, toJSON: () => ({}) } as DOMRect);
    const before = p.outerHTML;
    highlightElement(p);
    expect(scroll).toHaveBeenCalled();
    expect(overlays()).toHaveLength(1);
    const box = overlays()[0] as HTMLElement;
    expect(box.getAttribute('aria-hidden')).toBe('true');
    expect([box.style.left, box.style.top, box.style.width]).toEqual(['6px', '16px', '108px']);
    expect(p.outerHTML).toBe(before);
    vi.advanceTimersByTime(2100);
    expect(overlays()).toHaveLength(0);
  });

  it('marks each line of a quote, and a filled field briefly; overlays never show up in reads or scans', () => {
    document.body.innerHTML = '<p>Mw. heeft goed geslapen.</p><label>Pols <input id="i"></label>';
    const range = locateQuote(document, 'goed geslapen')!;
    range.getClientRects = () => [{ left: 1, top: 2, width: 50, height: 10, right: 51, bottom: 12, x: 1, y: 2, toJSON: () => ({}) } as DOMRect] as unknown as DOMRectList;
    const remove = highlightRange(range, { scroll: false });
    const input = document.getElementById('i')!;
    vi.spyOn(input, 'getBoundingClientRect').mockReturnValue({ left: 0, top: 0, width: 80, height: 20, right: 80, bottom: 20, x: 0, y: 0, toJSON: () => ({}) } as DOMRect);
    markFilled(input);
    expect(overlays()).toHaveLength(2);
    expect(readPage(document).text).toBe('Tekst:\nMw. heeft goed geslapen.');
    expect(scanFields(document)).toHaveLength(1);
    remove();
    expect(overlays()).toHaveLength(1);
    vi.advanceTimersByTime(1600);
    expect(overlays()).toHaveLength(0);
  });
});

describe('watchPageChanges', () => {
  it('reports SPA navigation through pushState and hash changes, and stops when disposed', () => {
    const reasons: string[] = [];
    const stop = watchPageChanges(document, (r) => reasons.push(r));
    history.pushState({}, '', '/spa/client-c');
    vi.advanceTimersByTime(10);
    expect(reasons).toEqual(['navigation']);
    location.hash = '#zorgplan';
    vi.advanceTimersByTime(600);
    expect(reasons).toEqual(['navigation', 'navigation']);
    stop();
    history.pushState({}, '', '/spa/');
    vi.advanceTimersByTime(1000);
    expect(reasons).toHaveLength(2);
  });

  it('notices a URL change it was not told about by polling (isolated worlds cannot patch history)', () => {
    const reasons: string[] = [];
    const original = history.pushState;
    const stop = watchPageChanges(document, (r) => reasons.push(r), { pollMs: 500 });
    original.call(history, {}, '', '/elders');
    vi.advanceTimersByTime(400);
    expect(reasons).toEqual([]);
    vi.advanceTimersByTime(200);
    expect(reasons).toEqual(['navigation']);
    stop();
  });

  it('reports meaningful DOM changes once, debounced, and ignores its own overlays', async () => {
    document.body.innerHTML = '<ul id="l"></ul><p id="p">x</p>';
    const reasons: string[] = [];
    const stop = watchPageChanges(document, (r) => reasons.push(r), { debounceMs: 300 });
    const p = document.getElementById('p')!;
    p.getBoundingClientRect = () => ({ left: 0, top: 0, width: 5, height: 5, right: 5, bottom: 5, x: 0, y: 0, toJSON: () => ({}) }) as DOMRect;
    highlightElement(p, { scroll: false });
    await Promise.resolve();
    vi.advanceTimersByTime(400);
    expect(reasons).toEqual([]);
    for (let n = 0; n < 5; n++) document.getElementById('l')!.insertAdjacentHTML('beforeend', `<li>nieuw ${n}</li>`);
    await Promise.resolve();
    vi.advanceTimersByTime(299);
    expect(reasons).toEqual([]);
    vi.advanceTimersByTime(2);
    expect(reasons).toEqual(['content']); // without a classifier every DOM change counts as content
    stop();
  });
});
