import type { Template, TemplateSource } from './templateSchema';

/**
 * One list of templates from the three sources, one per id:
 * - within a source the highest version wins;
 * - across sources user > organisation > built-in, except that a locked organisation template cannot be
 *   overridden by a user template.
 * Each template's `source` is set from the list it came in, so a user template cannot pose as a locked
 * organisation one. Order: built-in order first, then organisation, then user additions.
 */
export function mergeTemplates(builtin: Template[], organisation: Template[], user: Template[]): Template[] {
  const best = (list: Template[], source: TemplateSource) => {
    const byId = new Map<string, Template>();
    for (const t of list) {
      const { locked, ...rest } = t;
      const template: Template = source === 'organisation' && locked ? { ...rest, source, locked } : { ...rest, source };
      const current = byId.get(t.id);
      if (!current || template.version > current.version) byId.set(t.id, template);
    }
    return byId;
  };
  const fromBuiltin = best(builtin, 'builtin');
  const fromOrganisation = best(organisation, 'organisation');
  const fromUser = best(user, 'user');

  const order = [...new Set([...fromBuiltin.keys(), ...fromOrganisation.keys(), ...fromUser.keys()])];
  return order.map((id) => {
    const org = fromOrganisation.get(id);
    if (org?.locked) return org;
    return fromUser.get(id) ?? org ?? fromBuiltin.get(id)!;
  });
}
