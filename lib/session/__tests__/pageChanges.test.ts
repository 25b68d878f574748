import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPageChanges, type PageChangeReason } from '../../page/watchPageChanges';
import { jsdomFrames } from './jsdomFrames';

// A living ECD page: a session timer and toasts keep changing; none of that is what the read depends on.
const page = `<header><h1>Mw. A. Jansen</h1><p>Geboortedatum 14-03-1938 · Cliëntnr. 20481375</p>
    <p id="timer">Sessie verloopt over 14:59</p><span id="badge">3</span></header>
  <div id="toasts" role="status"></div>
  <section><h2>Rapportages</h2><ul id="reports"><li><time>21-11-2025</time> Ochtendzorg, P 88 reg.</li></ul></section>
  <form id="form"><label for="pols">Pols (/min)</label><input id="pols" type="number"></form>`;

let reasons: PageChangeReason[];
let stop: () => void;
const setup = () => {
  const { doc, agent } = jsdomFrames({ 0: { html: page } }).get(0)!;
  agent.read();
  reasons = [];
  stop = watchPageChanges(doc, (r) => reasons.push(r), { classify: () => agent.changeSinceRead(), debounceMs: 100 });
  return { doc, agent };
};
const pass = (ms: number) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'Date'] }));
afterEach(() => {
  stop?.();
  vi.useRealTimers();
});

describe('staleness by meaning', () => {
  it('a ticking timer, rotating toasts, a badge, a spinner and a new style sheet change nothing', async () => {
    const { doc } = setup();
    for (let s = 0; s < 8; s++) {
      doc.getElementById('timer')!.textContent = `Sessie verloopt over 14:${String(58 - s).padStart(2, '0')}`;
      doc.getElementById('badge')!.textContent = String(4 + s);
      // A toast that reads as "label: value" is still a toast.
      const toast = s % 4 === 1 ? 'Wijzigingen opgeslagen' : 'Nieuwe taak: medicatie aftekenen om 12:00';
      doc.getElementById('toasts')!.innerHTML = s % 2 ? `<div class="toast">${toast}</div>` : '';
      doc.body.classList.toggle('loading', s % 2 === 0);
      await pass(1000);
    }
    doc.head.append(Object.assign(doc.createElement('style'), { textContent: '.x{color:red}' }));
    await pass(1000);
    expect(reasons).toEqual([]);
  });

  it('a new report is a content change', async () => {
    const { doc } = setup();
    doc.getElementById('reports')!.insertAdjacentHTML('afterbegin', '<li><time>22-11-2025</time> Koorts, T 38,9.</li>');
    await pass(500);
    expect(reasons).toEqual(['content']);
  });

  it('a line added to a log (a feed of messages or reports) is content, even though it is live', async () => {
    const { doc } = setup();
    doc.getElementById('toasts')!.insertAdjacentHTML('afterend', '<div role="log" aria-live="polite" id="feed"></div>');
    await pass(500);
    expect(reasons).toEqual([]);
    doc.getElementById('feed')!.innerHTML = '<p>Overdracht: mw. had pijn bij het verbinden</p>';
    await pass(500);
    expect(reasons).toEqual(['content']);
  });

  it('another client in place is a client change, reported once', async () => {
    const { doc } = setup();
    doc.querySelector('h1')!.textContent = 'Dhr. B. de Vries';
    await pass(500);
    doc.getElementById('timer')!.textContent = 'Sessie verloopt over 14:00';
    await pass(500);
    expect(reasons).toEqual(['client']);
  });

  it('a field that appears (a dialog, a form step) is a field change', async () => {
    const { doc } = setup();
    doc.getElementById('form')!.insertAdjacentHTML('beforeend', '<label for="sat">Saturatie (%)</label><input id="sat" type="number">');
    await pass(500);
    expect(reasons).toEqual(['fields']);
  });

  it('our own fill does not count; nothing is reported before a first read', async () => {
    const { agent } = setup();
    const { fieldsFingerprint } = agent.read();
    const filled = agent.fill({ entries: [{ key: '#pols', value: '88', expected: '' }], expectedFingerprint: fieldsFingerprint });
    await pass(1000); // the fill waits for the page to settle; fake time lets it
    expect((await filled)[0]!.ok).toBe(true);
    await pass(500);
    expect(reasons).toEqual([]);
    const fresh = jsdomFrames({ 0: { html: page } }).get(0)!;
    expect(fresh.agent.changeSinceRead()).toBeNull();
  });
});
