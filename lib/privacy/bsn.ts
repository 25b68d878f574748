/**
 * The BSN 11-proef: weights 9..2 on the first eight digits and -1 on the last; the number
 * is valid when the weighted sum is divisible by 11. Separators (dots, spaces) are ignored.
 *
 * @example isValidBsn('111222333') // true
 */
export function isValidBsn(value: string): boolean {
  const digits = value.replace(/[\s.]/g, '');
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0 && digits !== '000000000';
}
