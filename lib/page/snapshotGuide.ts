import { SNAPSHOT_LINES as LINE, SNAPSHOT_PARTS as PART, type SnapshotLine, type SnapshotPart } from './snapshotFormat';

/**
 * The reading guide for the snapshot text, for the model: what each kind of line and part means, with an
 * example written by the writer's own functions (snapshotFormat.ts), so the guide shows exactly what the model
 * will see. Typed as one sentence per line and part: a new kind of line does not compile until it is explained
 * here, and an explanation of a line that no longer exists does not compile either. Only the side panel imports
 * this file; the content script carries the format, not its guide.
 */
const EXPLAINED: Record<SnapshotLine | SnapshotPart, { nl: string; en: string }> = {
  client: {
    nl: `"${LINE.client('…')}" is de kopregel van de cliënt.`,
    en: `"${LINE.client('…')}" is the client's header line.`,
  },
  alerts: { nl: `Onder "${LINE.alerts()}" staan de waarschuwingen van de pagina.`, en: `"${LINE.alerts()}" lists the page's warnings.` },
  details: { nl: `Onder "${LINE.details()}" staan losse gegevens`, en: `"${LINE.details()}" lists single details` },
  detail: { nl: `als "${LINE.detail('label', 'waarde')}".`, en: `as "${LINE.detail('label', 'value')}".` },
  item: { nl: `Een regel "${LINE.item('…')}" is een punt onder het kopje erboven.`, en: `A line "${LINE.item('…')}" is an item under the heading above it.` },
  table: { nl: `"${LINE.table('…')}" begint een tabel`, en: `"${LINE.table('…')}" starts a table` },
  tableRow: { nl: `met een rij per regel ("${LINE.tableRow(['cel', 'cel'])}").`, en: `with one row per line ("${LINE.tableRow(['cell', 'cell'])}").` },
  reports: {
    nl: `Onder "${LINE.reports('n')}" staan de rapportages`,
    en: `"${LINE.reports('n')}" lists the reports (rapportages), newest first,`,
  },
  report: {
    nl: `als "${LINE.report('datum', 'auteur', 'tekst')}".`,
    en: `as "${LINE.report('date', 'author', 'text')}".`,
  },
  withTopics: {
    nl: `Tussen haken vóór de tekst staan de onderwerpen: "${PART.withTopics(['onderwerp'], 'tekst')}".`,
    en: `Topics stand in brackets before the text: "${PART.withTopics(['topic'], 'text')}".`,
  },
  day: {
    nl: `Een lange lijst staat per dag ("${LINE.day('dag')}"), met de tijd in plaats van de datum.`,
    en: `A long list is grouped by day ("${LINE.day('day')}"), with the time instead of the date.`,
  },
  authors: {
    nl: `Medewerkers en onderwerpen kunnen als korte code staan; de regels "${LINE.authors(new Map([['naam', 'FY']]))}"`,
    en: `Staff and topics may appear as short codes; the lines "${LINE.authors(new Map([['name', 'FY']]))}"`,
  },
  topics: {
    nl: `en "${LINE.topics(new Map([['onderwerp', 'Pa']]))}" geven de betekenis.`,
    en: `and "${LINE.topics(new Map([['topic', 'Pa']]))}" give their meaning.`,
  },
  textCode: {
    nl: `Een rapportage die alleen "${PART.textCode(3)}" (enz.) bevat,`,
    en: `A report that only says "${PART.textCode(3)}" (etc.)`,
  },
  repeatedText: { nl: `heeft de tekst van regel "${LINE.repeatedText(PART.textCode(3), '…')}"`, en: `has the text of the line "${LINE.repeatedText(PART.textCode(3), '…')}"` },
  repeatedTexts: { nl: `onder "${LINE.repeatedTexts()}".`, en: `under "${LINE.repeatedTexts()}".` },
  rest: { nl: `Onder "${LINE.rest()}" staat de overige tekst van de pagina:`, en: `"${LINE.rest()}" holds the rest of the page's text:` },
  heading: { nl: `"${LINE.heading('…')}" is een kopje,`, en: `"${LINE.heading('…')}" is a heading,` },
  text: { nl: 'de andere regels zijn de tekst zelf.', en: 'other lines are the text itself.' },
};

const ORDER = Object.keys(EXPLAINED) as (SnapshotLine | SnapshotPart)[];

/**
 * How to read the snapshot text (client line, details, tables, reports with their codes and legends). The model
 * must know this to read the record right and to quote the text, never a code. Appended to every system prompt
 * that carries record text.
 */
export const SNAPSHOT_READING_GUIDE = {
  nl: `Leeswijzer voor de dossiertekst: ${ORDER.map((k) => EXPLAINED[k].nl).join(' ')} Citeer altijd de tekst zelf, nooit de code.`,
  en: `Reading guide for the record text: ${ORDER.map((k) => EXPLAINED[k].en).join(' ')} Always quote the text itself, never the code.`,
} as const;

/** A system prompt with the reading guide for record text added. */
export function withSnapshotGuide(system: string, language: 'nl' | 'en'): string {
  return `${system}\n\n${SNAPSHOT_READING_GUIDE[language]}`;
}
