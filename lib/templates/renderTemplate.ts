import { formatDutchDate } from '../dutch';
import { fenceData, withDataMarkingRule } from '../llm/dataFence';
import { withSnapshotGuide } from '../page/snapshotGuide';
import type { Template } from './templateSchema';

export interface TemplateVars {
  /** The carer's own notes (pseudonymised). */
  notes?: string;
  /**
   * Record text (pseudonymised reports etc.). Undefined, or the placeholder itself ('{{dossier}}'), keeps
   * {{dossier}} in the prompt for summarizeInChunks to fill.
   */
  dossier?: string;
  /** Period in days; default: the template's params.dagen. */
  dagen?: number | string;
  /** Today; a Date is written as dd-mm-jjjj. */
  vandaag?: string | Date;
}

export interface RenderedTemplate {
  system: string;
  prompt: string;
}

const FENCE_LABELS = {
  nl: { notes: 'NOTITIES', dossier: 'DOSSIER' },
  en: { notes: 'NOTES', dossier: 'RECORD' },
} as const;

const PLACEHOLDER = /\{\{(notes|dossier|dagen|vandaag)\}\}/g;
const DOSSIER = '{{dossier}}';

/**
 * Fills a template's placeholders in one pass, so text inside the notes or the record is never expanded
 * again. Notes and record are fenced as data (see fenceData). A placeholder whose variable is undefined
 * stays as it is: pass the prompt with {{dossier}} to summarizeInChunks when the record is too long.
 *
 * @example
 * const { system, prompt } = renderTemplate(template, { notes, vandaag: new Date() }, 'nl');
 */
export function renderTemplate(template: Template, vars: TemplateVars, language: 'nl' | 'en'): RenderedTemplate {
  const labels = FENCE_LABELS[language];
  const dagen = vars.dagen ?? template.params?.dagen;
  const values: Record<string, string | undefined> = {
    notes: vars.notes === undefined ? undefined : fenceData(labels.notes, vars.notes.trim()),
    dossier: vars.dossier === undefined || vars.dossier === DOSSIER ? undefined : fenceData(labels.dossier, vars.dossier.trim()),
    dagen: dagen === undefined ? undefined : String(dagen),
    vandaag: vars.vandaag instanceof Date ? formatDutchDate(vars.vandaag) : vars.vandaag,
  };
  const fill = (text: string) => text.replace(PLACEHOLDER, (match, name: string) => values[name] ?? match);
  const system = fill(template.system[language]);
  const guided = template.input === 'notes' ? system : withSnapshotGuide(system, language);
  return { system: withDataMarkingRule(guided, language), prompt: fill(template.prompt[language]) };
}
