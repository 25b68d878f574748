/*
 * Builds the report list of groot-dossier.html at load: ?rapportages=N (default 3000) and optional ?seed=S.
 * Sets document.body.dataset.ready = '1' and window.__grootDossier when the DOM is complete.
 */
import { DEFAULT_COUNT, DEFAULT_SEED, MAX_COUNT, generateRapportages } from './rapportage-generator.js';

function intParam(params, name, fallback) {
  const raw = params.get(name);
  if (raw === null || raw.trim() === '') return fallback;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Same markup as the server-rendered reports in dossier.html. */
function renderReport(report) {
  const li = el('li', 'rap');
  const meta = el('div', 'rap-meta');
  meta.append(el('span', 'rap-datum', report.date), el('span', '', `${report.author}, ${report.role}`), el('span', 'tag', report.topic));
  const body = el('div', 'rap-body');
  for (const line of report.lines) {
    const p = el('p');
    const soep = /^([SOEP]): /.exec(line);
    if (soep) {
      p.append(el('span', 'soep', soep[1]), document.createTextNode(' ' + line.slice(3)));
    } else {
      p.textContent = line;
    }
    body.append(p);
  }
  li.append(meta, body);
  return li;
}

const started = performance.now();
const params = new URLSearchParams(location.search);
const count = Math.min(MAX_COUNT, intParam(params, 'rapportages', DEFAULT_COUNT));
const seed = intParam(params, 'seed', DEFAULT_SEED);
const reports = generateRapportages(count, seed);

const fragment = document.createDocumentFragment();
for (const report of reports) fragment.append(renderReport(report));
const list = document.getElementById('rapList');
list.replaceChildren(fragment);
document.getElementById('rapCount').textContent = `${reports.length} rapportages · nieuwste eerst`;

window.__grootDossier = { count: reports.length, seed, buildMs: Math.round(performance.now() - started) };
document.body.dataset.ready = '1';
