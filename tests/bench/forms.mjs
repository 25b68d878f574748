// Generated ECD-like forms for the field benchmarks: mixed kinds, labelled the uneven ways real ECDs do it.
import { mulberry32 } from '../sandbox/assets/rapportage-generator.js';

export const FIELD_KINDS = ['text', 'number', 'select', 'radio', 'checkbox', 'textarea'];
export const LABEL_STYLES = ['for', 'wrapping', 'aria-label', 'aria-labelledby', 'table-cell', 'placeholder'];

const TOPICS = [
  'Bloeddruk systolisch', 'Bloeddruk diastolisch', 'Pols', 'Temperatuur', 'Saturatie', 'Ademfrequentie',
  'Gewicht', 'Pijnscore', 'Vochtinname', 'Urineproductie', 'Defecatie', 'Wondgrootte', 'Mobiliteit',
  'Stemming', 'Slaap', 'Voeding', 'Huidconditie', 'Valrisico', 'Medicatie gegeven', 'Arts geïnformeerd',
];
const OPTIONS = ['Goed', 'Matig', 'Slecht', 'Niet beoordeeld', 'Onbekend'];
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** Radio groups are labelled by their fieldset legend, checkboxes by wrapping or `for`: the ways those kinds are labelled. */
function labelStyleFor(kind, rand) {
  if (kind === 'radio') return 'fieldset';
  if (kind === 'checkbox') return rand() < 0.5 ? 'for' : 'wrapping';
  return LABEL_STYLES[Math.floor(rand() * LABEL_STYLES.length)];
}

function control(kind, id, attrs, rand) {
  const name = `veld_${id}`;
  switch (kind) {
    case 'text':
      return `<input type="text" id="${id}" name="${name}"${attrs}>`;
    case 'number':
      return `<input type="number" id="${id}" name="${name}" min="0" max="300"${attrs}>`;
    case 'textarea':
      return `<textarea id="${id}" name="${name}" rows="2"${attrs}></textarea>`;
    case 'checkbox':
      return `<input type="checkbox" id="${id}" name="${name}"${rand() < 0.3 ? ' checked' : ''}${attrs}>`;
    case 'select': {
      const count = 3 + Math.floor(rand() * 3);
      const opts = OPTIONS.slice(0, count).map((o, k) => `<option value="o${k}">${o}</option>`).join('');
      return `<select id="${id}" name="${name}"${attrs}><option value="">— kies —</option>${opts}</select>`;
    }
    default:
      throw new Error(`no single control for ${kind}`);
  }
}

/**
 * Builds a complete HTML page with one form of `count` logical fields (a radio group counts as one field),
 * cycling through FIELD_KINDS and labelling each field in one of LABEL_STYLES (radio groups by a fieldset legend).
 * Deterministic for a seed. `fields` lists what a scanner should find: kind and the label a person sees.
 *
 * @param {number} count
 * @param {number} [seed]
 * @returns {{ html: string, fields: { kind: string, label: string, style: string }[] }}
 */
export function generateForm(count, seed = 7) {
  const rand = mulberry32(seed);
  const fields = [];
  const parts = [];
  for (let i = 0; i < count; i++) {
    const kind = FIELD_KINDS[i % FIELD_KINDS.length];
    const label = `${TOPICS[i % TOPICS.length]} ${i + 1}`;
    const id = `f${i + 1}`;
    const style = labelStyleFor(kind, rand);
    fields.push({ kind, label, style });
    if (kind === 'radio') {
      const count = 3 + Math.floor(rand() * 3);
      const radios = OPTIONS.slice(0, count)
        .map((o, k) => `<label><input type="radio" name="veld_${id}" id="${id}_${k}" value="o${k}"> ${o}</label>`)
        .join(' ');
      parts.push(`<fieldset class="field"><legend>${escape(label)}</legend>${radios}</fieldset>`);
      continue;
    }
    switch (style) {
      case 'for':
        parts.push(`<div class="field"><label for="${id}">${escape(label)}</label> ${control(kind, id, '', rand)}</div>`);
        break;
      case 'wrapping':
        parts.push(`<div class="field"><label>${escape(label)} ${control(kind, id, '', rand)}</label></div>`);
        break;
      case 'aria-label':
        parts.push(`<div class="field">${control(kind, id, ` aria-label="${escape(label)}"`, rand)}</div>`);
        break;
      case 'aria-labelledby':
        parts.push(
          `<div class="field"><span id="${id}_lbl">${escape(label)}</span> ${control(kind, id, ` aria-labelledby="${id}_lbl"`, rand)}</div>`,
        );
        break;
      case 'table-cell':
        parts.push(`<table class="field"><tr><td>${escape(label)}</td><td>${control(kind, id, '', rand)}</td></tr></table>`);
        break;
      case 'placeholder':
        // A select has no placeholder; it gets a title, the other attribute-only label ECDs use.
        parts.push(
          `<div class="field">${control(kind, id, kind === 'select' ? ` title="${escape(label)}"` : ` placeholder="${escape(label)}"`, rand)}</div>`,
        );
        break;
    }
  }
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Formulier met ${count} velden</title>
<style>.field{display:block;margin:4px 0}fieldset{border:1px solid #ccc}</style></head>
<body><main><h1>Meetwaarden en observaties</h1>
<form id="benchForm" action="about:blank" onsubmit="return false">${parts.join('\n')}
<button type="button">Opslaan</button></form></main></body></html>`;
  return { html, fields };
}
