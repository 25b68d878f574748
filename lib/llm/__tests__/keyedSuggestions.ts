/** Suggestions as key → value → quote, to compare with a table in a test. */
export const keyedSuggestions = (list: { field: { key: string }; value: unknown; quote: string }[]) =>
  list.map((s) => ({ fieldKey: s.field.key, value: s.value, quote: s.quote }));
