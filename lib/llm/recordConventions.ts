/**
 * How readPage writes long report lists: authors and topics as short codes with a legend, and texts that
 * recur word for word written once under "Herhaalde teksten" and referred to as "#n". The model must know
 * this to read the record right and to quote the text, never the code. Appended to every system prompt
 * that carries record text.
 */
export const RECORD_CONVENTIONS = {
  nl: 'Leeswijzer voor de dossiertekst: medewerkers en onderwerpen kunnen als korte code staan; de regels "Medewerkers:" en "Onderwerpen:" geven de betekenis. Een rapportage die alleen "#3" (enz.) bevat, heeft de tekst van regel "#3 = …" onder "Herhaalde teksten:". Citeer altijd de tekst zelf, nooit de code.',
  en: 'Reading guide for the record text: staff and topics may appear as short codes; the lines "Medewerkers:" and "Onderwerpen:" give their meaning. A report that only says "#3" (etc.) has the text of the line "#3 = …" under "Herhaalde teksten:". Always quote the text itself, never the code.',
} as const;

/** A system prompt with the reading guide for record text added. */
export function withRecordConventions(system: string, language: 'nl' | 'en'): string {
  return `${system}\n\n${RECORD_CONVENTIONS[language]}`;
}
