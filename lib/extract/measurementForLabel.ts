import { foldForMatch } from '../dutch';
import type { MeasurementKind, MeasurementPart } from './measurement';

/** Labels about how or when something was measured, not the reading itself ("Meetmethode temperatuur"). */
const notAReading =
  /\b(?:meet)?methode\b|\bhouding\b|\bmanchet|\bpositie\b|\blocatie\b|\bplaats\b|\btype\b|\bsoort\b|\bdatum\b|\btijd(?:stip)?\b|\bopmerking|\btoelichting|\bregelmaat\b|\britme\b|\bkleding\b|\bstreef|\bdoel|\bextra zuurstof|\bmethod\b|\bsite\b|\bdate\b|\btime\b|\bnotes?\b|\bcomment|\bwond|\bwound|\bdecubitus/;

const systolic = /\bsys(?:t[a-z]*)?\b|\bbovendruk\b|\bbovenste\b|\bupper\b/;
const diastolic = /\bdia(?:st[a-z]*)?\b|\bonderdruk\b|\bonderste\b|\blower\b/;

/**
 * Body length only when the label says so. The page layer gives a field's own label, not its group, and
 * "Lengte" or "Lengte (cm)" is as often a wound, drain or catheter length ("Wondgrootte (cm)": Lengte,
 * Breedte, Diepte) as the person's height. Reading such a label as body length flags a 3.5 cm wound as
 * implausible and lets the offline mode offer 172 cm for it, so an ambiguous label maps to nothing: it
 * loses the plausibility check and offline fill, its numbers are still checked against the quote.
 * Body context: lichaamslengte/-hoogte, height, lengte with patiënt/cliënt/bewoner/lichaam, or metres
 * (nobody measures a wound in metres).
 */
const bodyLength =
  /\blichaams(?:lengte|hoogte)\b|\bheight\b|\bbody length\b|\blengte\b.*\b(?:patient|client|bewoner|lichaam)\b|\b(?:patient|client|bewoner)s? ?lengte\b|\blengte\b.*(?:\bm\b|\bmeters?\b|\bmtr\b)/;

const labelKinds: [MeasurementKind, RegExp][] = [
  ['bmi', /\bbmi\b|body mass index|quetelet/],
  ['bloeddruk', /bloeddruk|\btensie|\brr\b|\bbd\b|blood pressure|\bn?ibp\b|\bbp\b/],
  ['hartfrequentie', /hart ?frequentie|hartslag|\bpols|\bhf\b|heart rate|\bpulse\b|\bhr\b/],
  ['temperatuur', /temperatuur|\btemp\b|temperature|°c/],
  ['saturatie', /saturatie|\bsat\b|\bsp[o0]2\b|\bsa[o0]2\b|saturation|\bo2 ?sat/],
  ['ademfrequentie', /adem(?:halings)? ?freq|\baf\b|respiratory rate|\bresp(?:iratie)? ?(?:rate|freq)|\brf\b|ademhaling.*(?:\/ ?min|per min)/],
  ['gewicht', /\b(?:lichaams)?gewicht\b|\bgew\b|\bweight\b/],
  ['lengte', bodyLength],
  ['pijnscore', /pijn ?score|\bnrs\b|\bvas\b|pain ?score|\bpijn\b.*\b0 (?:tot )?10\b/],
  ['glucose', /glucose|bloedsuiker|\bgluc\b|\bdextro|blood sugar/],
  ['vochtinname', /vocht ?(?:inname|intake)|\bintake\b|fluid intake|\bgedronken\b|\btotaal in\b|\bvocht in\b|\bvochtbalans in\b/],
  ['uitscheiding', /uitscheiding|diurese|urine ?productie|\burine\b|urine output|\boutput\b|\btotaal uit\b|\bvocht uit\b|\bvochtbalans uit\b/],
];

/** Folded (lib/dutch), punctuation as spaces: "Temperatuur (°C)" → "temperatuur °c". */
function normaliseLabel(label: string): string {
  return foldForMatch(label)
    .replace(/[^\p{L}\p{N}°/]+/gu, ' ')
    .trim();
}

/**
 * Maps a form field's label (Dutch or English) to the measurement it holds, so a value proposed for it
 * can be cross-checked against the measurements in the source. Labels about method, position, time or
 * notes map to nothing. Fields for one half of a blood pressure give a part.
 * @example measurementKindForLabel('Bloeddruk systolisch (mmHg)') // { kind: 'bloeddruk', part: 'systolisch' }
 * @example measurementKindForLabel('Pols') // 'hartfrequentie'
 */
export function measurementKindForLabel(label: string): MeasurementKind | MeasurementPart | null {
  const text = normaliseLabel(label);
  if (!text || notAReading.test(text)) return null;
  const isSystolic = systolic.test(text);
  const isDiastolic = diastolic.test(text);
  const kind = labelKinds.find(([, pattern]) => pattern.test(text))?.[0];
  // "Systolisch" alone is a blood pressure field too; "Diastolisch (mmHg)" as well.
  if ((kind === 'bloeddruk' || kind === undefined) && isSystolic !== isDiastolic) {
    return { kind: 'bloeddruk', part: isSystolic ? 'systolisch' : 'diastolisch' };
  }
  return kind ?? null;
}
