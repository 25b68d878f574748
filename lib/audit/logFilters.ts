import { parseDutchDate } from '../dutch';
import type { AuditEventType } from './auditEvent';
import type { AuditFilters } from './auditLog';

/** The Logboek's filters as typed: a kind, and days as a Dutch reader writes them (21-11-2025, 21 nov 2025, vandaag). */
export interface LogFilterInput {
  type: AuditEventType | '';
  from: string;
  to: string;
}

/**
 * Reads the Logboek's filter boxes into a query: a day counts from its first to its last moment in local
 * time. A box that holds no date (or a date without its year) is reported, not guessed. Text boxes rather
 * than `<input type=date>`, which shows mm/dd/yyyy in an English browser.
 *
 * @example logFilters({ type: '', from: '21-11-2025', to: '' }).filters.from // 2025-11-21 00:00 local
 */
export function logFilters(input: LogFilterInput, today: Date = new Date()): { filters: AuditFilters; invalid: ('from' | 'to')[] } {
  const filters: AuditFilters = input.type ? { type: input.type } : {};
  const invalid: ('from' | 'to')[] = [];
  for (const bound of ['from', 'to'] as const) {
    const text = input[bound].trim();
    if (!text) continue;
    const date = parseDutchDate(text, today);
    if (!date?.yearWritten && !/^(vandaag|gisteren|eergisteren)$/i.test(text)) {
      invalid.push(bound);
      continue;
    }
    if (!date) continue;
    filters[bound] = bound === 'from' ? new Date(date.year, date.month - 1, date.day, 0, 0, 0, 0) : new Date(date.year, date.month - 1, date.day, 23, 59, 59, 999);
  }
  return { filters, invalid };
}
