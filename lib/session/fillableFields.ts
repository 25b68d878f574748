import { isFillable } from '../llm/suggestionSchema';
import type { PanelField, TabRead } from './types';

/**
 * Fields the model may propose values for: scanned, enabled, writable and reachable. A read without any
 * is not offered field suggestions at all (nothing would be asked of a model).
 *
 * @example if (fillableFields(tab).length === 0) // say so instead of offering "Stel velden voor"
 */
export function fillableFields(tab: Pick<TabRead, 'fields'>): PanelField[] {
  return tab.fields.filter(isFillable);
}
