import type { Settings } from '../settings/schema';
import { builtinTemplates } from './builtinTemplates';
import { mergeTemplates } from './mergeTemplates';
import { templateSchema, type Template, type TemplateSource } from './templateSchema';

/**
 * The templates to offer: built-ins merged with the organisation's (policy) and the user's own
 * (see mergeTemplates). Stored templates are validated here; invalid ones are left out rather than
 * breaking the list, and a missing `source` is taken from where the template was stored.
 */
export function availableTemplates(settings: Pick<Settings, 'organisationTemplates' | 'userTemplates'>): Template[] {
  return mergeTemplates(builtinTemplates, validTemplates(settings.organisationTemplates, 'organisation'), validTemplates(settings.userTemplates, 'user'));
}

/** The stored objects that are valid templates, with `source` set to where they were stored. */
export function validTemplates(stored: readonly unknown[], source: TemplateSource): Template[] {
  return stored.flatMap((raw) => {
    if (typeof raw !== 'object' || raw === null) return [];
    const parsed = templateSchema.safeParse({ ...raw, source });
    return parsed.success ? [parsed.data] : [];
  });
}
