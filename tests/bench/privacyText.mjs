// Realistic Dutch report text for the privacy benchmark: a record header full of identifiers, then the
// sandbox generator's reports as a page shows them (dates, staff names, relatives, vitals).
import { generateRapportages } from '../sandbox/assets/rapportage-generator.js';

export const CLIENT_NAME = 'Mevrouw Wilhelmina (Willy) Hoekstra-Dijkman';

/** The personal-details block of an ECD page (fictional, like the sandbox's client D). */
const HEADER = [
  `${CLIENT_NAME}`,
  'Geb.: 09-11-1935 (90 jr) · Cliëntnr.: 52039418 · BSN: 276401839 · Afdeling: Zeearend (somatiek), kamer 7',
  'Adres: Lindelaan 14, 7415 BK Deventer · Telefoon: 0570-612345 · E-mail: e.hoekstra@voorbeeld.nl',
  'Huisarts: dr. M. Doornbos, Gezondheidscentrum De Brink, 0570 63 21 00 · Contactpersoon: Ellen Hoekstra (dochter), 06-12345678',
  'Allergie: cotrimoxazol (benauwdheid, huiduitslag) · Wilsverklaring: Niet reanimeren',
].join('\n');

function renderReport(r) {
  return `${r.date} ${r.author}, ${r.role} ${r.topic}\n${r.lines.join('\n')}`;
}

/**
 * At least `bytes` UTF-8 bytes of Dutch care text, cut at the end of a report. Deterministic.
 * Every ~50 reports the header block repeats, as it does when several pages or frames are read together.
 *
 * @param {number} bytes
 * @returns {string}
 */
export function dutchReportText(bytes) {
  const encoder = new TextEncoder();
  // About 175 bytes per report; generate a few more than needed so the loop never runs out.
  const reports = generateRapportages(Math.ceil(bytes / 150) + 10);
  const parts = [HEADER];
  let size = encoder.encode(HEADER).length;
  for (let i = 0; size < bytes; i++) {
    if (i >= reports.length) throw new Error('generator ran out of reports');
    const piece = (i > 0 && i % 50 === 0 ? HEADER + '\n\n' : '') + renderReport(reports[i]);
    parts.push(piece);
    size += encoder.encode(piece).length + 2;
  }
  return parts.join('\n\n');
}
