import { describe, expect, it } from 'vitest';
import { createTranslator, displayFormat } from '../../i18n';
import { builtinTemplates, templateTitle } from '../../templates';
import type { AuditEvent } from '../auditEvent';
import { describeAuditEvent } from '../describeEvent';

const t = createTranslator('nl');
const ctx = { t, format: displayFormat('nl'), templateName: (ref: string) => templateTitle(ref, builtinTemplates, 'nl') };
const base = {
  eventId: '00000000-0000-4000-8000-000000000001', at: '2025-03-01T09:00:00.000Z', userId: 'v.devries', origin: 'https://ecd.zorg.nl', path: '/rapportage', clientHash: 'a'.repeat(64) } as const;

describe('describeAuditEvent', () => {
  it('a fill line says what the panel said', () => {
    const view = describeAuditEvent({ ...base, type: 'fill', outcome: 'filled', count: 2, total: 2, fields: ['Pols (/min)', 'Saturatie (%)'] }, ctx);
    expect(view.summary).toBe('ingevuld · 2 van 2 ingevuld');
    expect(view.details).toContainEqual({ label: 'Velden', value: 'Pols (/min), Saturatie (%)' });
    expect(view.details).toContainEqual({ label: 'Pagina', value: 'https://ecd.zorg.nl/rapportage' });
  });

  it('template names, not ids; sizes in kB', () => {
    const event: AuditEvent = { ...base, type: 'send', template: 'soep-rapportage@1', bytes: 6120, endpointHost: '127.0.0.1:11435', model: 'qwen' };
    const view = describeAuditEvent(event, ctx);
    expect(view.details).toContainEqual({ label: 'Sjabloon', value: 'SOEP-rapportage' });
    expect(view.details).toContainEqual({ label: 'Grootte', value: '6,1 kB' });
    expect(view.details).toContainEqual({ label: 'AI-server', value: '127.0.0.1:11435 (qwen)' });
    expect(JSON.stringify(view)).not.toContain('soep-rapportage@1');
  });

  it('an outcome of a review, and a failure code of a step', () => {
    expect(describeAuditEvent({ ...base, type: 'outcome', accepted: 5, edited: 0, rejected: 1 }, ctx).summary).toBe(
      'resultaat · 5 geaccepteerd, 0 aangepast, 1 afgewezen',
    );
    expect(describeAuditEvent({ ...base, type: 'outcome', outcome: 'unreachable' }, ctx).summary).toBe('resultaat · mislukt: unreachable');
    expect(describeAuditEvent({ ...base, type: 'export', template: 'csv', outcome: 'exported', count: 3 }, ctx).details).toContainEqual({
      label: 'Formaat',
      value: 'CSV',
    });
  });
});
