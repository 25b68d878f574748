// Key-fact recall: does a text still contain the facts a carer needs (tests/sandbox/key-facts.json)?

/** Lower case, Unicode NFC, one space for every run of whitespace (incl. NBSP), so markup differences do not count. */
export function normalizeForRecall(text) {
  return text.normalize('NFC').toLowerCase().replace(/[\s\u00a0]+/g, ' ');
}

/**
 * Which facts a text recalls. A fact is recalled when every keyword group has at least one alternative
 * that occurs in the normalised text (the rule key-facts.json documents).
 *
 * @param {string} text
 * @param {{ id: string, keywords: string[][] }[]} facts
 * @returns {{ found: string[], missing: string[], recall: number }} recall as a fraction 0..1
 */
export function recallFacts(text, facts) {
  const haystack = normalizeForRecall(text);
  const found = [];
  const missing = [];
  for (const fact of facts) {
    const ok = fact.keywords.every((group) => group.some((kw) => haystack.includes(normalizeForRecall(kw))));
    (ok ? found : missing).push(fact.id);
  }
  return { found, missing, recall: facts.length ? found.length / facts.length : 1 };
}
