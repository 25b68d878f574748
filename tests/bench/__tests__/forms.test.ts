import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { FIELD_KINDS, generateForm } from '../forms.mjs';

function parse(html: string): Document {
  const window = new Window();
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** The logical fields of a form: one per control, radio groups once per name. */
function logicalFields(doc: Document): Element[] {
  const seen = new Set<string>();
  return Array.from(doc.querySelectorAll('input, select, textarea')).filter((el) => {
    if (el.getAttribute('type') !== 'radio') return true;
    const name = el.getAttribute('name') ?? '';
    if (seen.has(name)) return false;
    seen.add(name);
    return true;
  });
}

/** The label text a person sees for a control, following the labelling style used. */
function visibleLabel(doc: Document, el: Element): string | null {
  if (el.getAttribute('type') === 'radio') return el.closest('fieldset')?.querySelector('legend')?.textContent ?? null;
  const id = el.getAttribute('id');
  const byFor = id ? doc.querySelector(`label[for="${id}"]`) : null;
  if (byFor) return byFor.textContent;
  const wrapping = el.closest('label');
  // A wrapping label's own text, without the option texts of a select inside it.
  if (wrapping) return Array.from(wrapping.childNodes).filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim();
  if (el.getAttribute('aria-label')) return el.getAttribute('aria-label');
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) return doc.getElementById(labelledBy)?.textContent ?? null;
  const cell = el.closest('td')?.previousElementSibling;
  if (cell) return cell.textContent;
  return el.getAttribute('placeholder') ?? el.getAttribute('title');
}

describe('generateForm', () => {
  it.each([10, 100, 500])('makes exactly %i logical fields, in the order it lists them', (count) => {
    const form = generateForm(count);
    const doc = parse(form.html);
    const controls = logicalFields(doc);
    expect(form.fields).toHaveLength(count);
    expect(controls).toHaveLength(count);
    controls.forEach((el, i) => {
      const tag = el.localName === 'input' ? el.getAttribute('type') : el.localName;
      expect(tag).toBe(form.fields[i]!.kind);
    });
  });

  it('labels every field with the label it lists, in every style it claims', () => {
    const form = generateForm(120);
    const doc = parse(form.html);
    logicalFields(doc).forEach((el, i) => {
      expect(visibleLabel(doc, el)).toBe(form.fields[i]!.label);
    });
    const styles = new Set(form.fields.map((f) => f.style));
    expect([...styles].sort()).toEqual(['aria-label', 'aria-labelledby', 'fieldset', 'for', 'placeholder', 'table-cell', 'wrapping']);
  });

  it('mixes every kind', () => {
    const kinds = new Set(generateForm(12).fields.map((f) => f.kind));
    expect([...kinds].sort()).toEqual([...FIELD_KINDS].sort());
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateForm(50, 3).html).toBe(generateForm(50, 3).html);
    expect(generateForm(50, 3).html).not.toBe(generateForm(50, 4).html);
  });

  it('cannot submit: the form has no submit button', () => {
    const doc = parse(generateForm(30).html);
    expect(doc.querySelectorAll('button[type="submit"], input[type="submit"], button:not([type])')).toHaveLength(0);
  });
});
