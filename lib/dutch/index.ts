/**
 * The Dutch language rules of the extension, in one place: dates, times, numbers, yes/no, text folding and
 * the equality of field values. Pure and small (no DOM, no extension APIs, no dependencies), so the content
 * script bundles it as well as the side panel. See README.md for the rules.
 */
export {
  addDays, calendarDateOf, dayNumber, isCalendarDate, MONTH_ABBREVIATIONS, MONTH_NAMES, MONTH_SHORT_FORMS, monthNumber,
  WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES, wordAlternation, yearFromTwoDigits, type CalendarDate,
} from './calendar';
export {
  DATE_MENTION, findDateMention, firstDutchDate, formatDutchDate, formatIsoDate, ISO_DATE_PATTERN, parseDutchDate, type DutchDate,
} from './dates';
export { formatIsoTime, ISO_TIME_PATTERN, parseTime, splitTrailingTime, TIME_OF_DAY, type TimeOfDay } from './times';
export {
  dotDecimal, dutchNumberText, formatDecimalComma, formatDotDecimal, numbersIn, parseDutchNumber, type NumberOptions,
} from './numbers';
export { parseDutchBoolean } from './booleans';
export { collapseWhitespace, foldForMatch, foldQuoteChar, looseChar } from './fold';
export { sameFieldValue, type ValueKind } from './sameFieldValue';
