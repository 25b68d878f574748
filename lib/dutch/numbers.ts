/**
 * Numbers as Dutch carers write them: a decimal comma or dot ("38,2" == "38.2"), a sign ("-2", "−2", "+1,5"),
 * and dots that group thousands ("1.600 ml"). "1.600" alone is ambiguous (1.6 or 1600): callers that know the
 * quantity say which with `thousands`; "1.600,5" is always 1600.5, "1,500" always 1.5 (a comma is a decimal).
 */

export interface NumberOptions {
  /** Read "1.600" as 1600 (a volume in mL, a count); otherwise it is 1.6 (a weight in kg, a temperature). */
  thousands?: boolean;
  /** Allow a unit after the number: "72,5 kg", "38,2 °C", "94%". */
  unit?: boolean;
}

const SIGN = '[-+\u2212]?';
const PLAIN = String.raw`^(${SIGN})(\d+(?:[.,]\d+)?)$`;
const GROUPED = String.raw`^(${SIGN})(\d{1,3}(?:\.\d{3})+)(,\d+)?$`;
const plain = new RegExp(PLAIN);
const grouped = new RegExp(GROUPED);
/** A unit after a number: letters, %, °, / and digits after the first character ("mmHg", "kg/m2", "/min"). */
const trailingUnit = /\s*[\p{L}%°/][\p{L}%°/\d]*\s*$/u;

/** One comma is one decimal separator: the only place a Dutch decimal comma becomes a dot. */
export function dotDecimal(digits: string): string {
  return digits.replace(',', '.');
}

/**
 * The number in `raw` as digits with a dot decimal, as an `<input type=number>` takes it, keeping the digits
 * as written ("38,0" → "38.0", "−2" → "-2", "1.600" with thousands → "1600"). Null when `raw` is not one number.
 * @example dutchNumberText('72,5 kg', { unit: true }) // '72.5'
 */
export function dutchNumberText(raw: string, options: NumberOptions = {}): string | null {
  let text = raw.trim();
  if (options.unit) text = text.replace(trailingUnit, '');
  const group = grouped.exec(text);
  if (group && (options.thousands || group[3] !== undefined)) {
    return signOf(group[1]!) + group[2]!.replace(/\./g, '') + (group[3] ? dotDecimal(group[3]) : '');
  }
  const m = plain.exec(text);
  return m ? signOf(m[1]!) + dotDecimal(m[2]!) : null;
}

function signOf(sign: string): string {
  return sign === '' || sign === '+' ? '' : '-';
}

/**
 * Parses "38,2", "38.2", "-2", "1.600,5"; with `thousands`, "1.600" is 1600. Null for anything that is not
 * a single number.
 * @example parseDutchNumber('1.500', { thousands: true }) // 1500
 */
export function parseDutchNumber(raw: string, options: NumberOptions = {}): number | null {
  const text = dutchNumberText(raw, options);
  return text === null ? null : Number(text);
}

/** Writes a number with a dot decimal and no float noise or trailing zeros (172, 1.5, 3.45): for fields and values. */
export function formatDotDecimal(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

/** Writes a number for a Dutch reader: decimal comma, no float noise (38,2; 1,5; 172). */
export function formatDecimalComma(n: number): string {
  return formatDotDecimal(n).replace('.', ',');
}

const numberToken = /\d+(?:[.,]\d+)*/g;

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
