import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestLlmServer, type TestLlmServer } from '../../tests/llm-server/server.mjs';
import { prepareDraft, type SendPolicy } from '../pipeline';
import { endpointConfigSchema } from '../settings/endpoint';
import { builtinTemplates } from '../templates';

let llm: TestLlmServer;
let policy: SendPolicy;
beforeAll(async () => {
  llm = await startTestLlmServer();
  policy = {
    endpoint: endpointConfigSchema.parse({ baseURL: llm.url, model: 'test-model', contextTokens: 4096 }),
    allowedOrigins: [llm.origin],
    pseudonymize: true,
    language: 'nl',
  };
});
afterAll(() => llm.close());
beforeEach(() => llm.reset());

const summary = builtinTemplates.find((t) => t.kind === 'samenvatting')!;
const reports = Array.from({ length: 60 }, (_, i) => ({
  date: `${String((i % 28) + 1).padStart(2, '0')}-03-2025`,
  author: 'Henk Bakkerveen',
  text: `Mw. Hoekstra-Dijkman had een rustige nacht, dag ${i}. Mobiliseert met rollator naar het restaurant en eet goed.`,
}));
const screens = [
  {
    title: 'Rapportages — W. Hoekstra-Dijkman',
    url: 'http://ecd.test/rapportages',
    // As readPage writes a screen: the reports are in its text too.
    text: reports.map((r) => `${r.date} — ${r.author}: ${r.text}`).join('\n'),
    reports,
  },
];

describe('prepareDraft', () => {
  it('pseudonymises the chunk headers of a long dossier too (dates, authors, screen titles)', async () => {
    llm.setHandler((r) => (r.path.endsWith('/chat/completions') ? { text: 'Deel samengevat.' } : undefined));
    const draft = prepareDraft({ template: summary, tab: null, screens, notes: '', policy, knownNames: ['W. Hoekstra-Dijkman'] });
    expect(draft.chunked).toBe(true);
    const outcome = await draft.run();
    expect(outcome.ok).toBe(true);
    const sent = llm.requests.filter((r) => r.path.endsWith('/chat/completions')).map((r) => r.rawBody);
    expect(sent.length).toBeGreaterThan(2);
    for (const body of sent) {
      expect(body).not.toContain('Hoekstra');
      expect(body).not.toContain('Bakkerveen');
      // Every real date is at least four weeks earlier after the shift; the prompt's own example stays.
      expect(body.replaceAll('(12-03-2025)', '')).not.toMatch(/\b\d{2}-03-2025\b/);
    }
  });

  it('the preview is exactly the first request a send makes', async () => {
    llm.setHandler((r) => (r.path.endsWith('/chat/completions') ? { text: 'Samenvatting.' } : undefined));
    const draft = prepareDraft({ template: summary, tab: null, screens: [{ ...screens[0]!, text: 'Mw. at goed.', reports: reports.slice(0, 3) }], notes: '', policy });
    const preview = await draft.preview();
    expect(llm.requests).toHaveLength(0);
    await draft.run();
    expect(llm.requests[0]?.rawBody).toBe(preview.body);
  });
});

describe('what the preview needs', () => {
  it('lists each replaced identifier once with its original, and the preview text marks every placeholder', async () => {
    const { readableRequest } = await import('../preview');
    const draft = prepareDraft({
      template: summary,
      tab: null,
      screens: [{ ...screens[0]!, text: 'Mw. Hoekstra-Dijkman at goed. Henk Bakkerveen belde op 12-03-2025.', reports: undefined }],
      notes: '',
      policy,
      knownNames: ['W. Hoekstra-Dijkman'],
    });
    const originals = draft.replacements.map((r) => r.original);
    expect(originals).toEqual(expect.arrayContaining(['Hoekstra-Dijkman', 'Henk Bakkerveen', '12-03-2025']));
    expect(new Set(draft.replacements.map((r) => r.placeholder)).size).toBe(draft.replacements.length);
    const { body } = await draft.preview();
    const view = readableRequest(body, draft.replacements);
    const user = view.parts.find((p) => p.role === 'user')!;
    const marked = user.segments.filter((s) => s.replacement).map((s) => s.replacement!.original);
    expect(marked).toEqual(expect.arrayContaining(['Hoekstra-Dijkman', 'Henk Bakkerveen', '12-03-2025']));
    // The originals are in the panel's memory, never in what is sent.
    expect(body).not.toContain('Bakkerveen');
  });
});
