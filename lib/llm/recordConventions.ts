/**
 * How readPage writes long report lists (from 40 reports on): authors and topics as short codes with a
 * legend, and repeated reports as a back-reference. The model must know this to read the record right
 * and never to quote a back-reference, which is not text on the page. Appended to every system prompt
 * that carries record text.
 */
export const RECORD_CONVENTIONS = {
  nl: 'Leeswijzer voor de dossiertekst: medewerkers en onderwerpen kunnen als korte code staan; de regels "Medewerkers:" en "Onderwerpen:" geven de betekenis. "(zelfde tekst als …)" verwijst naar een eerdere rapportage met dezelfde tekst; dat is geen tekst van de pagina en nooit een citaat.',
  en: 'Reading guide for the record text: staff and topics may appear as short codes; the lines "Medewerkers:" and "Onderwerpen:" give their meaning. "(zelfde tekst als …)" refers to an earlier report with the same text; it is not text from the page and never a quote.',
} as const;

/** A system prompt with the reading guide for record text added. */
export function withRecordConventions(system: string, language: 'nl' | 'en'): string {
  return `${system}\n\n${RECORD_CONVENTIONS[language]}`;
}
