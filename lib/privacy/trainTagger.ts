import { familyNames, firstNames } from './lexicon';
import { isTagCandidate, TAG_CLASSES, tagFeatures, type TagClass } from './tagFeatures';
import { tokenize } from './tokenize';

export interface TaggerExample {
  text: string;
  entities: { type: string; start: number; end: number }[];
}

/** A seeded generator, so training gives the same weights on every machine. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Averaged perceptron over the candidate tokens of annotated texts (Collins 2002): for each token the class with the
 * highest summed feature weight; on a mistake the gold class's weights go up and the guess's down. Averaging the
 * weights over all steps keeps the model from following the last examples. Returns weights rounded to two decimals,
 * without features that stay near zero.
 */
export function trainTagger(examples: TaggerExample[], options: { epochs?: number; minCount?: number } = {}) {
  const epochs = options.epochs ?? 8;
  const commonWords = findCommonWords(examples);
  const instances: { features: string[]; gold: number }[] = [];
  const counts = new Map<string, number>();
  for (const ex of examples) {
    const tokens = tokenize(ex.text);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!isTagCandidate(tokens, i, commonWords)) continue;
      const g = ex.entities.find((e) => e.start < t.end && t.start < e.end && (TAG_CLASSES as readonly string[]).includes(e.type));
      const features = tagFeatures(tokens, i);
      for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
      instances.push({ features, gold: g ? TAG_CLASSES.indexOf(g.type as TagClass) : 0 });
    }
  }
  const minCount = options.minCount ?? 2;
  const k = TAG_CLASSES.length;
  const w = new Map<string, Float64Array>();
  const total = new Map<string, Float64Array>();
  const stamp = new Map<string, Float64Array>();
  let step = 0;
  const get = (m: Map<string, Float64Array>, f: string) => m.get(f) ?? (m.set(f, new Float64Array(k)), m.get(f)!);
  const random = mulberry32(14);
  const order = instances.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const idx of order) {
      step++;
      const { features, gold } = instances[idx]!;
      const kept = features.filter((f) => (counts.get(f) ?? 0) >= minCount);
      const scores = new Float64Array(k);
      for (const f of kept) {
        const v = w.get(f);
        if (v) for (let c = 0; c < k; c++) scores[c]! += v[c]!;
      }
      let guess = 0;
      for (let c = 1; c < k; c++) if (scores[c]! > scores[guess]!) guess = c;
      if (guess === gold) continue;
      for (const f of kept) {
        const v = get(w, f);
        const tot = get(total, f);
        const st = get(stamp, f);
        for (const c of [gold, guess]) {
          // Lazy averaging: add the weight's value for the steps it stood unchanged.
          tot[c]! += (step - st[c]!) * v[c]!;
          st[c] = step;
          v[c]! += c === gold ? 1 : -1;
        }
      }
    }
  }
  const averaged: Record<string, number[]> = {};
  for (const [f, v] of w) {
    const tot = total.get(f)!;
    const st = stamp.get(f)!;
    // `|| 0` turns -0 into 0, so the written weights compare equal to a fresh training.
    const avg = [...v].map((x, c) => Math.round(((tot[c]! + (step - st[c]!) * x) / step) * 100) / 100 || 0);
    if (avg.some((x) => Math.abs(x) >= 0.05)) averaged[f] = avg;
  }
  return { classes: [...TAG_CLASSES], weights: averaged, commonWords: [...commonWords].sort() };
}

/**
 * Words the annotated texts write in lower case, outside any identifier, at least twice ("overleden", "toestand"):
 * ordinary Dutch words, which the tagger leaves alone when they are capitalised. Listed first and family names stay
 * out ("bakker" is a surname too).
 */
function findCommonWords(examples: TaggerExample[]): Set<string> {
  const counts = new Map<string, number>();
  for (const ex of examples) {
    const inside = new Uint8Array(ex.text.length);
    for (const e of ex.entities) inside.fill(1, e.start, e.end);
    for (const t of tokenize(ex.text)) {
      if (t.kind === 'word' && !t.cap && t.text.length >= 4 && inside[t.start] !== 1) counts.set(t.lower, (counts.get(t.lower) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([w, n]) => n >= 2 && !firstNames.has(w) && !familyNames.has(w)).map(([w]) => w));
}

