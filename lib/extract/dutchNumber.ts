/**
 * Numbers as Dutch carers write them: decimal comma or dot ("38,2" == "38.2"), and a dot before
 * exactly three digits that may be a thousands separator ("1.500 ml").
 */

const numberToken = /\d+(?:[.,]\d+)*/g;

/**
 * Parses "38,2", "38.2", "172"; with `thousands`, "1.500" is 1500 (never "1,500": a comma is a decimal).
 * Returns null for anything that is not a single number.
 * @example parseDutchNumber('1.500', { thousands: true }) // 1500
 */
export function parseDutchNumber(raw: string, opts: { thousands?: boolean } = {}): number | null {
  const text = raw.trim();
  if (opts.thousands && /^\d{1,3}(?:\.\d{3})+$/.test(text)) return Number(text.replace(/\./g, ''));
  if (!/^\d+(?:[.,]\d+)?$/.test(text)) return null;
  return Number(text.replace(',', '.'));
}

/** Writes a number with a dot decimal and no float noise or trailing zeros: 172, 1.5, 3.45. */
export function formatNumber(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

/** The source's own digits with a dot decimal: "38,0" stays "38.0" so the value reads like the quote. */
export function dotDecimal(raw: string): string {
  return raw.replace(',', '.');
}

/**
 * Every number in a text, each with the readings it may have: "1.500" reads as 1.5 and as 1500,
 * "135/85" gives 135 and 85, "38,2" gives 38.2.
 */
export function numbersIn(text: string): number[][] {
  const found: number[][] = [];
  for (const match of text.matchAll(numberToken)) {
    const token = match[0];
    const readings = new Set<number>();
    if (/^\d{1,3}(?:\.\d{3})+$/.test(token)) readings.add(Number(token.replace(/\./g, '')));
    // "12.03.2024" or "1,5,6" are several numbers written together: read each part on its own.
    // A plain token ("142") is one reading; pushing it per part as well once made "142/88" read as
    // [[142],[142],[88],[88]], so a blood pressure's second number was 142 again.
    const parts = token.split(/[.,]/);
    if (parts.length === 1) readings.add(Number(token));
    else if (parts.length === 2) readings.add(Number(`${parts[0]}.${parts[1]}`));
    else for (const part of parts) found.push([Number(part)]);
    if (readings.size > 0) found.push([...readings]);
  }
  return found;
}
