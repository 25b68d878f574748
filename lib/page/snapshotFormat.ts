/**
 * The snapshot text's format, defined once: every kind of line composeText writes, and every part inside a
 * line, as the function that writes it. The reading guide the model gets (snapshotGuide.ts, imported only by
 * the side panel, so the guide's text stays out of the content script) explains each one with an example
 * written by the same function, and a test checks that the writer writes nothing else and uses every one.
 * Call them through the objects (`SNAPSHOT_LINES.client(…)`), not destructured: the test watches the calls.
 */

/** "FY = Fatima Yilmaz, wijkverpleegkundige; RM = …": codes with their meaning, in order of first use. */
function legend(title: string, codes: ReadonlyMap<string, string>): string {
  return `${title}: ${[...codes].map(([value, code]) => `${code} = ${value}`).join('; ')}`;
}

/** Every kind of line in the snapshot text. */
export const SNAPSHOT_LINES = {
  client: (header: string) => `Cliënt: ${header}`,
  alerts: () => 'Waarschuwingen:',
  details: () => 'Gegevens:',
  item: (text: string) => `- ${text}`,
  detail: (label: string, value: string) => `- ${label}: ${value}`,
  table: (caption?: string) => (caption ? `Tabel ${caption}:` : 'Tabel:'),
  tableRow: (cells: readonly string[]) => cells.join(' | '),
  reports: (count: number | string) => `Rapportages (${count}, nieuwste eerst):`,
  /** One report: "date — author: text"; in a compact list "time — code: text" under its day. */
  report: (when: string, author: string, text: string) => {
    const head = when && author ? `${when} — ${author}` : when || author;
    return head ? `${head}: ${text}` : text;
  },
  day: (day: string) => `${day}:`,
  authors: (codes: ReadonlyMap<string, string>) => legend('Medewerkers', codes),
  topics: (codes: ReadonlyMap<string, string>) => legend('Onderwerpen', codes),
  // One per line: report texts contain ';' themselves.
  repeatedTexts: () => 'Herhaalde teksten:',
  repeatedText: (code: string, text: string) => `${code} = ${text}`,
  rest: () => 'Tekst:',
  heading: (text: string) => `## ${text}`,
  text: (text: string) => text,
};

/** Parts inside a line. */
export const SNAPSHOT_PARTS = {
  /** A report's topics in front of its text: "[Mentaal welbevinden] …". */
  withTopics: (topics: readonly string[], text: string) => (topics.length ? `[${topics.join(', ')}] ${text}` : text),
  /** The code of a text written once under "Herhaalde teksten". */
  textCode: (n: number) => `#${n}`,
};

export type SnapshotLine = keyof typeof SNAPSHOT_LINES;
export type SnapshotPart = keyof typeof SNAPSHOT_PARTS;
