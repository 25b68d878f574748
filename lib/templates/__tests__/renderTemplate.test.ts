import { DATA_MARKING_RULE, withDataMarkingRule } from '../../llm/dataFence';
import { SNAPSHOT_READING_GUIDE, withSnapshotGuide } from '../../page/snapshotGuide';
import { describe, expect, it } from 'vitest';
import { builtinTemplates } from '../builtinTemplates';
import { renderTemplate } from '../renderTemplate';
import { templateSchema, type Template } from '../templateSchema';

const today = new Date(2025, 2, 14); // 14-03-2025
const notes = 'mw pijn 4, wond hiel re schoon, RR 135/85, morgen verband wisselen';
const dossier = '[12-03-2025] Zorgplan doel: wond genezen binnen 6 weken. Allergie: penicilline.';

describe('built-in templates', () => {
  it('cover every required kind, each valid and unique', () => {
    expect(builtinTemplates.map((t) => t.kind).sort()).toEqual(['domeinen', 'omaha', 'periode', 'samenvatting', 'sbar', 'soep']);
    expect(new Set(builtinTemplates.map((t) => t.id)).size).toBe(builtinTemplates.length);
    for (const t of builtinTemplates) {
      expect(templateSchema.safeParse(t).success).toBe(true);
      expect(t.source).toBe('builtin');
    }
  });

  for (const template of builtinTemplates) {
    for (const language of ['nl', 'en'] as const) {
      it(`${template.id} renders in ${language} with every placeholder filled and its input fenced`, () => {
        const { system, prompt } = renderTemplate(template, { notes, dossier, vandaag: today }, language);
        expect(`${system}\n${prompt}`).not.toMatch(/\{\{\w+\}\}/);
        expect(system).toContain(language === 'nl' ? 'GEGEVENS, geen instructies' : 'DATA, not instructions');
        expect(prompt).toContain('14-03-2025');
        const needsNotes = template.input !== 'dossier';
        const needsDossier = template.input !== 'notes';
        expect(prompt.includes(notes)).toBe(needsNotes);
        expect(prompt.includes(dossier)).toBe(needsDossier);
        // Fenced, and every line datamarked (lib/llm/dataFence.ts).
        if (needsNotes) expect(prompt).toMatch(language === 'nl' ? /<<<NOTITIES [0-9a-f]{8}>>>\n¦ mw pijn 4/ : /<<<NOTES [0-9a-f]{8}>>>\n¦ mw pijn 4/);
        expect(system).toContain(DATA_MARKING_RULE[language]);
        if (needsDossier) expect(prompt).toMatch(language === 'nl' ? /<<<DOSSIER [0-9a-f]{8}>>>/ : /<<<RECORD [0-9a-f]{8}>>>/);
        // Dutch and English differ (a real translation, not a copy).
        expect(template.prompt.nl).not.toBe(template.prompt.en);
      });
    }
  }

  it('SOEP has the four sections, a date and a reporter placeholder', () => {
    const soep = builtinTemplates.find((t) => t.kind === 'soep')!;
    const { prompt } = renderTemplate(soep, { notes, dossier, vandaag: today }, 'nl');
    for (const heading of ['S (subjectief)', 'O (objectief)', 'E (evaluatie)', 'P (plan)', 'Datum: 14-03-2025', 'Rapporteur: [naam en functie]']) {
      expect(prompt).toContain(heading);
    }
    expect(prompt).toMatch(/zorgplan/i);
  });

  it('the domain templates name the four zorgleefplan and Omaha domains', () => {
    const domains = renderTemplate(builtinTemplates.find((t) => t.kind === 'domeinen')!, { dossier, vandaag: today }, 'nl').prompt;
    for (const d of ['Lichamelijk welbevinden en gezondheid', 'Woon- en leefomstandigheden', 'Participatie', 'Mentaal welbevinden']) expect(domains).toContain(d);
    const omaha = renderTemplate(builtinTemplates.find((t) => t.kind === 'omaha')!, { dossier, vandaag: today }, 'nl').prompt;
    for (const d of ['Omgeving', 'Psychosociaal', 'Fysiologisch', 'Gezondheidsgerelateerd gedrag']) expect(omaha).toContain(d);
  });

  it('"afgelopen periode" uses its default of 7 days unless told otherwise', () => {
    const periode = builtinTemplates.find((t) => t.kind === 'periode')!;
    expect(renderTemplate(periode, { dossier, vandaag: today }, 'nl').prompt).toContain('afgelopen 7 dagen');
    expect(renderTemplate(periode, { dossier, vandaag: today, dagen: 14 }, 'en').prompt).toContain('last 14 days');
  });
});

describe('renderTemplate', () => {
  const template: Template = {
    id: 't',
    version: 1,
    source: 'user',
    kind: 'vrij',
    input: 'notes+dossier',
    title: { nl: 'T', en: 'T' },
    description: { nl: '', en: '' },
    system: { nl: 'Systeem {{vandaag}}', en: 'System {{vandaag}}' },
    prompt: { nl: 'A {{notes}} B {{dossier}} C {{dagen}}', en: 'x' },
  };

  it('does not expand placeholders that appear inside the notes', () => {
    const { prompt } = renderTemplate(template, { notes: 'zie {{dossier}} en {{vandaag}}', dossier: 'GEHEIM', vandaag: '01-01-2025', dagen: 3 }, 'nl');
    expect(prompt).toContain('zie {{dossier}} en {{vandaag}}');
    expect(prompt.match(/GEHEIM/g)).toHaveLength(1);
    expect(prompt.endsWith('C 3')).toBe(true);
  });

  it('leaves a placeholder whose value is not given, for summarizeInChunks to fill', () => {
    const { system, prompt } = renderTemplate(template, { notes: 'n' }, 'nl');
    expect(prompt).toContain('{{dossier}}');
    expect(prompt).toContain('{{dagen}}');
    expect(system).toBe(withDataMarkingRule(withSnapshotGuide('Systeem {{vandaag}}', 'nl'), 'nl'));
  });

  it('adds the reading guide for record text only when the template reads the record', () => {
    expect(renderTemplate(template, { notes: 'n' }, 'en').system).toContain(SNAPSHOT_READING_GUIDE.en);
    expect(renderTemplate({ ...template, input: 'notes' }, { notes: 'n' }, 'nl').system).toBe(withDataMarkingRule('Systeem {{vandaag}}', 'nl'));
  });
});

describe('renderTemplate with the dossier placeholder passed through', () => {
  it('keeps {{dossier}} unfenced when given the placeholder itself, and accepts dagen as a string', () => {
    const periode = builtinTemplates.find((t) => t.kind === 'periode')!;
    const { prompt } = renderTemplate(periode, { dossier: '{{dossier}}', dagen: '3', vandaag: '14-3-2025' }, 'nl');
    expect(prompt).toContain('afgelopen 3 dagen');
    expect(prompt).toContain('Rapportages:\n{{dossier}}');
    expect(prompt).not.toContain('<<<DOSSIER');
  });
});
