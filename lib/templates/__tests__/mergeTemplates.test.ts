import { describe, expect, it } from 'vitest';
import { builtinTemplates } from '../builtinTemplates';
import { mergeTemplates } from '../mergeTemplates';
import type { Template } from '../templateSchema';

const soep = builtinTemplates.find((t) => t.id === 'soep-rapportage')!;
const variant = (over: Partial<Template>): Template => ({ ...soep, ...over });

describe('mergeTemplates', () => {
  it('keeps the built-ins when there is nothing else', () => {
    expect(mergeTemplates(builtinTemplates, [], []).map((t) => t.id)).toEqual(builtinTemplates.map((t) => t.id));
  });

  it('takes the highest version within a source', () => {
    const merged = mergeTemplates([], [variant({ version: 2, title: { nl: 'v2', en: 'v2' } }), variant({ version: 5, title: { nl: 'v5', en: 'v5' } }), variant({ version: 3 })], []);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.version).toBe(5);
    expect(merged[0]!.title.nl).toBe('v5');
  });

  it('user overrides organisation overrides built-in, by id', () => {
    const org = variant({ version: 1, title: { nl: 'Organisatie', en: 'Org' } });
    const user = variant({ version: 1, title: { nl: 'Mijn SOEP', en: 'Mine' } });
    expect(mergeTemplates(builtinTemplates, [org], [])[0]).toMatchObject({ title: { nl: 'Organisatie' }, source: 'organisation' });
    expect(mergeTemplates(builtinTemplates, [org], [user])[0]).toMatchObject({ title: { nl: 'Mijn SOEP' }, source: 'user' });
  });

  it('a locked organisation template cannot be overridden by the user', () => {
    const org = variant({ title: { nl: 'Verplicht format', en: 'Required' }, locked: true });
    const user = variant({ version: 9, title: { nl: 'Mijn SOEP', en: 'Mine' } });
    expect(mergeTemplates(builtinTemplates, [org], [user])[0]).toMatchObject({ title: { nl: 'Verplicht format' }, source: 'organisation', locked: true });
  });

  it('sets source from the list a template came in, so a user cannot pose as a locked organisation template', () => {
    const org = variant({ title: { nl: 'Organisatie', en: 'Org' } });
    const fake = variant({ title: { nl: 'Nep', en: 'Fake' }, source: 'organisation', locked: true });
    const merged = mergeTemplates([], [org], [fake]);
    expect(merged[0]).toMatchObject({ title: { nl: 'Nep' }, source: 'user' });
    expect(merged[0]!.locked).toBeUndefined();
  });

  it('adds new organisation and user templates after the built-ins', () => {
    const merged = mergeTemplates(builtinTemplates, [variant({ id: 'org-mdo' })], [variant({ id: 'mijn-vrij', kind: 'vrij' })]);
    expect(merged.map((t) => t.id).slice(-2)).toEqual(['org-mdo', 'mijn-vrij']);
    expect(merged).toHaveLength(builtinTemplates.length + 2);
  });
});

describe('availableTemplates', () => {
  it('merges valid stored templates from settings and skips invalid ones', async () => {
    const { availableTemplates } = await import('../availableTemplates');
    const { source: _source, ...stored } = variant({ id: 'team-overdracht', title: { nl: 'Teamoverdracht', en: 'Team handover' } });
    const list = availableTemplates({
      organisationTemplates: [{ ...stored, locked: true }, { id: 'kapot', version: 1 }],
      userTemplates: [{ ...stored, id: 'soep-rapportage', title: { nl: 'Mijn SOEP', en: 'My SOEP' } }, { nonsense: true }],
    });
    expect(list).toHaveLength(builtinTemplates.length + 1);
    expect(list.find((t) => t.id === 'team-overdracht')).toMatchObject({ source: 'organisation', locked: true });
    expect(list.find((t) => t.id === 'soep-rapportage')).toMatchObject({ source: 'user', title: { nl: 'Mijn SOEP' } });
  });
});
