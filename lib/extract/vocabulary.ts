import type { MeasurementKind } from './measurement';

/**
 * The words carers use for measurements, as regex sources (matched case-insensitively, without
 * capturing groups). Data only: extractMeasurements compiles it once.
 */

export interface Cue {
  kind: MeasurementKind;
  pattern: string;
  /** Up to four words may stand between cue and value ("bloeddruk liggend re arm 135/85"). */
  free?: boolean;
  /** Ambiguous on its own: kept only with a unit, a decimal value, or next to another measurement. */
  weak?: boolean;
  /** Too ambiguous without a unit ("in", "uit", "drinkt"). */
  needsUnit?: boolean;
  /** An abbreviation that counts only in capitals ("P", "T", "AF"); otherwise weak, or dropped. */
  upper?: 'weak' | 'drop';
}

export const cues: Cue[] = [
  // bloeddruk: the sys/dia value is distinctive, so every cue may stand a few words off.
  { kind: 'bloeddruk', pattern: 'bloeddruk(?:meting|waarde)?', free: true },
  { kind: 'bloeddruk', pattern: 'bloeddr\\.', free: true },
  { kind: 'bloeddruk', pattern: 'tensie(?:s|meting)?', free: true },
  { kind: 'bloeddruk', pattern: 'rr(?:[- ]?meting)?', free: true },
  { kind: 'bloeddruk', pattern: 'bd', free: true },
  { kind: 'bloeddruk', pattern: 'n?ibp', free: true },
  { kind: 'bloeddruk', pattern: 'bp', free: true },
  { kind: 'bloeddruk', pattern: 'blood pressure', free: true },

  { kind: 'hartfrequentie', pattern: 'hart[- ]?freq(?:uentie|\\.)?', free: true },
  { kind: 'hartfrequentie', pattern: 'hartslag', free: true },
  { kind: 'hartfrequentie', pattern: 'pols(?:frequentie|slag)?', free: true },
  { kind: 'hartfrequentie', pattern: 'heart rate', free: true },
  { kind: 'hartfrequentie', pattern: 'pulse', free: true },
  { kind: 'hartfrequentie', pattern: 'hf', upper: 'weak' },
  { kind: 'hartfrequentie', pattern: 'hr', upper: 'drop' },
  { kind: 'hartfrequentie', pattern: 'p', upper: 'weak' },

  { kind: 'temperatuur', pattern: '(?:lichaams|oor)?temperatuur', free: true },
  { kind: 'temperatuur', pattern: 'temperature', free: true },
  { kind: 'temperatuur', pattern: 'temp\\.?', free: true },
  { kind: 'temperatuur', pattern: 'koorts', free: true },
  { kind: 'temperatuur', pattern: 'verhoging' },
  { kind: 'temperatuur', pattern: 'tympanisch|rectaal|oraal|axillair|oor', weak: true },
  { kind: 'temperatuur', pattern: 't', upper: 'weak' },

  { kind: 'saturatie', pattern: '(?:zuurstof|o[2₂][- ]?)?saturatie', free: true },
  { kind: 'saturatie', pattern: '(?:o[2₂][- ]?)?sats?\\.?', free: true },
  { kind: 'saturatie', pattern: 's[pa][o0][2₂]', free: true },
  { kind: 'saturatie', pattern: 'saturation', free: true },

  { kind: 'ademfrequentie', pattern: 'adem(?:halings)?[- ]?freq(?:uentie|\\.)?', free: true },
  { kind: 'ademfrequentie', pattern: 'ademhaling', free: true },
  { kind: 'ademfrequentie', pattern: 'respiratory rate', free: true },
  { kind: 'ademfrequentie', pattern: 'resp(?:iratie)?(?:[- ]?freq(?:uentie|\\.)?|\\.)?' },
  { kind: 'ademfrequentie', pattern: 'af', upper: 'drop' },
  { kind: 'ademfrequentie', pattern: 'rf', upper: 'drop', weak: true },
  { kind: 'ademfrequentie', pattern: 'ah', upper: 'drop', weak: true },

  { kind: 'gewicht', pattern: '(?:lichaams)?gewicht', free: true },
  { kind: 'gewicht', pattern: 'gew\\.?', free: true },
  { kind: 'gewicht', pattern: 'weegt|gewogen', free: true },
  { kind: 'gewicht', pattern: 'weight', free: true },

  { kind: 'lengte', pattern: '(?:lichaams)?lengte', free: true },
  { kind: 'lengte', pattern: 'height', free: true },

  { kind: 'pijnscore', pattern: 'pijn[- ]?score', free: true },
  { kind: 'pijnscore', pattern: 'pain[- ]?score', free: true },
  { kind: 'pijnscore', pattern: 'nrs(?:[- ]?score)?', free: true },
  { kind: 'pijnscore', pattern: 'vas(?:[- ]?score)?', free: true },
  { kind: 'pijnscore', pattern: 'pijn' },

  { kind: 'glucose', pattern: '(?:bloed)?glucose(?:waarde)?', free: true },
  { kind: 'glucose', pattern: 'bloedsuiker(?:waarde|s)?', free: true },
  { kind: 'glucose', pattern: 'gluc\\.?', free: true },
  { kind: 'glucose', pattern: 'dextro(?:stix)?', free: true },
  { kind: 'glucose', pattern: 'hgt' },
  { kind: 'glucose', pattern: 'bg|bs', upper: 'weak', weak: true },
  { kind: 'glucose', pattern: 'suiker|nuchter', weak: true },

  { kind: 'vochtinname', pattern: 'vocht[- ]?(?:inname|intake)', free: true },
  { kind: 'vochtinname', pattern: 'intake', free: true },
  { kind: 'vochtinname', pattern: 'fluid intake', free: true },
  { kind: 'vochtinname', pattern: 'vocht', free: true },
  { kind: 'vochtinname', pattern: 'gedronken|drinkt|inname', free: true, needsUnit: true },
  { kind: 'vochtinname', pattern: 'in', needsUnit: true },

  { kind: 'uitscheiding', pattern: 'uitscheiding', free: true },
  { kind: 'uitscheiding', pattern: 'diurese', free: true },
  { kind: 'uitscheiding', pattern: 'urine(?:[- ]?productie)?', free: true },
  { kind: 'uitscheiding', pattern: 'urine output|output', free: true },
  { kind: 'uitscheiding', pattern: 'cad(?:[- ]?zak)?|katheterzak|urinezak', free: true, needsUnit: true },
  { kind: 'uitscheiding', pattern: 'geplast|mictie', free: true, needsUnit: true },
  { kind: 'uitscheiding', pattern: 'up', upper: 'drop', needsUnit: true },
  { kind: 'uitscheiding', pattern: 'uit', needsUnit: true },

  { kind: 'bmi', pattern: 'bmi', free: true },
  { kind: 'bmi', pattern: 'quetelet(?:[- ]?index)?', free: true },
];

/** Units per kind, longest spelling first. The factor turns the written unit into the zib unit. */
export interface UnitSpelling {
  pattern: string;
  factor?: number;
}

const perMinute: UnitSpelling[] = [
  { pattern: '(?:(?:x|sl(?:agen|\\.)?|p|teugen|ademhalingen|keer)[\\t\\p{Zs}]*)?(?:\\/|per)[\\t\\p{Zs}]*(?:min(?:uut)?|m)' },
  { pattern: 'bpm|spm|apm' },
];

const volume: UnitSpelling[] = [
  { pattern: 'ml|cc' },
  { pattern: 'dl', factor: 100 },
  { pattern: 'cl', factor: 10 },
  { pattern: 'l|ltr|liter', factor: 1000 },
];

export const unitSpellings: Record<MeasurementKind, UnitSpelling[]> = {
  bloeddruk: [{ pattern: 'mm[\\t\\p{Zs}]*hg|mm\\/hg|mm\\[hg\\]' }],
  hartfrequentie: perMinute,
  ademfrequentie: perMinute,
  temperatuur: [{ pattern: '°[\\t\\p{Zs}]*c|℃|graden(?:[\\t\\p{Zs}]*(?:celsius|c))?|gr\\.|gr|celsius|°|c' }],
  saturatie: [{ pattern: '%|procent' }],
  gewicht: [{ pattern: 'kg|kilo(?:gram|\'s)?' }, { pattern: 'g|gr|gram', factor: 0.001 }],
  lengte: [{ pattern: 'cm' }, { pattern: 'm|mtr|meter', factor: 100 }],
  pijnscore: [],
  glucose: [{ pattern: 'mmol(?:[\\t\\p{Zs}]*\\/[\\t\\p{Zs}]*l)?' }],
  vochtinname: volume,
  uitscheiding: volume,
  bmi: [{ pattern: 'kg\\/m(?:2|²|\\^2)' }],
};

/** Units and counters that show a number is something else: a dose, a duration, a count, an age. */
export const foreignUnits =
  'mg|mcg|µg|ug|microgram|milligram|gram|gr|g|kg|kilo|ie|eh|eenhe(?:id|den)|e|ml|cc|ltr|liter|l|dd|x|keer|maal|' +
  'jaar|jr|jarige?|uur|u|minuten|minuut|min|sec(?:onden)?|dagen|dag|d|weken|week|wk|maanden|maand|mnd|' +
  'tabletten|tablet|tabl?|capsules?|caps|stuks?|st|cm|mm|meter|m|%|procent|mmol|mmhg|graden|°|kcal|' +
  'zakjes?|ampul(?:len)?|druppels?|pufs?|bekers?|glazen|glas|kopjes?|koppen|pakjes?|flesjes?|porties?|' +
  'plassen|kamer|nr|punten|stappen|meters';

/** Words in front of a cue that make the number a threshold or a goal, not a reading. */
export const conditionalWords = new Set([
  'bij', 'als', 'indien', 'wanneer', 'zodra', 'tenzij', 'max', 'maximaal', 'maximum', 'min', 'minimaal',
  'minimum', 'streef', 'streefwaarde', 'streven', 'doel', 'norm', 'gewenst', 'gewenste', 'beoogd', 'beoogde',
  'advies',
]);

/** Words between cue and value that make the number something other than a reading. */
export const blockingGapWords = new Set([
  ...conditionalWords,
  'streefwaarde', 'doelwaarde', 'grens', 'grenswaarde', 'boven', 'onder', 'beneden', 'hoger', 'lager', 'dan',
  'tot', 'vanaf', 'beperkt', 'beperking', 'niet', 'geen', 'wond', 'wondje', 'decubitus', 'verschil',
]);

/** Context before a lengte that means a wound or device is measured, not the person. */
export const woundContext = /wond|decubitus|ulcus|litteken|incisie|huidletsel|drain|katheter|sonde|blaar|smetplek/i;

/** Words after a weight that make it a change, not a weight. */
export const weightChange =
  /^[\t\p{Zs}]*(?:afgevallen|aangekomen|afgenomen|toegenomen|gestegen|gedaald|verloren|erbij|eraf|minder|meer|lichter|zwaarder|verlies|winst)(?!\p{L})/iu;

/** "2 L/min O2" after a volume: oxygen flow, not fluid. */
export const oxygenAfter = /^[\t\p{Zs}]*(?:\/[\t\p{Zs}]*(?:min|u|uur|h)(?!\p{L})|o2|zuurstof)/iu;

/** "T 38,5 of hoger": a threshold. */
export const thresholdAfter = /^[\t\p{Zs}]*(?:of|en)[\t\p{Zs}]+(?:hoger|lager|meer|minder|hoger|erboven|eronder)(?!\p{L})/iu;
