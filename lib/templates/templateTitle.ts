import type { Template } from './templateSchema';

/**
 * A template's name for people, from the reference the Logboek stores (`soep-rapportage@1`) or a bare id. An
 * unknown template (removed by the organisation since) keeps its reference, without the version.
 *
 * @example templateTitle('soep-rapportage@1', builtinTemplates, 'nl') // 'SOEP-rapportage'
 */
export function templateTitle(ref: string, templates: readonly Pick<Template, 'id' | 'title'>[], language: 'nl' | 'en'): string {
  const id = ref.replace(/@\d+$/, '');
  return templates.find((t) => t.id === id)?.title[language] ?? id;
}
