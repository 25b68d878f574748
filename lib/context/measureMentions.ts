import { measurementKindForLabel } from '../extract/measurementForLabel';
import { targetKind, type MeasurementKind } from '../extract/measurement';
import { cues } from '../extract/vocabulary';

/** The measurements a form asks for, from its field labels ("Pols (/min)" → hartfrequentie). */
export function measureKindsOf(labels: string[]): Set<MeasurementKind> {
  const kinds = new Set<MeasurementKind>();
  for (const label of labels) {
    const target = measurementKindForLabel(label);
    if (target) kinds.add(targetKind(target));
  }
  return kinds;
}

/**
 * A test for "this report mentions one of these measurements": a cue word of the vocabulary followed
 * within a few characters by a number ("RR 152/88", "sat 96%", "pols 72"). Capital-only cues ("P", "T")
 * count only in capitals. For ranking reports, not for reading values (that is extractMeasurements' job);
 * one pass of two regexes per report, so 10,000 reports cost milliseconds.
 *
 * @example mentionsMeasure(new Set(['saturatie']))('O: RR 152/88, sat 96%.') // true
 */
export function mentionsMeasure(kinds: Set<MeasurementKind>): (text: string) => boolean {
  const chosen = cues.filter((c) => kinds.has(c.kind));
  if (chosen.length === 0) return () => false;
  const source = (list: typeof chosen) => list.map((c) => c.pattern).join('|');
  const tail = String.raw`)(?![\p{L}])[\s:=]{0,3}(?:van\s+|is\s+)?\d`;
  const anyCase = chosen.filter((c) => !c.upper);
  const capitals = chosen.filter((c) => c.upper);
  const lower = anyCase.length ? new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${source(anyCase)}${tail}`, 'iu') : null;
  const upper = capitals.length ? new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${capitals.map((c) => c.pattern.toUpperCase()).join('|')}${tail}`, 'u') : null;
  return (text) => (lower?.test(text) ?? false) || (upper?.test(text) ?? false);
}
