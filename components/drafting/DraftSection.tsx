import { useMemo, useRef, useState } from 'react';
import type { CollectedScreen, PreparedDraft, SendPolicy } from '@/lib/pipeline';
import type { Settings } from '@/lib/settings';
import type { TabRead } from '@/lib/tab/types';
import { availableTemplates, type Template } from '@/lib/templates';
import type { LlmFailure } from '@/lib/llm/llmError';
import { failureOf } from '../common/failureOf';
import { ErrorMessage, InfoMessage } from '../common/ErrorMessage';
import { PayloadPreview } from '../common/PayloadPreview';
import { useLlmErrorText } from '../common/useLlmErrorText';
import type { NotesDraft } from '../hooks/useNotesDraft';
import { useT } from '../i18n';
import type { AuditSink } from '../panelTypes';
import { InsertIntoField } from './InsertIntoField';

/** Template → streamed draft → copy or insert into a field. The draft survives a closed panel. */
export function DraftSection(props: {
  tab: TabRead | null;
  stale: boolean;
  policy: SendPolicy;
  notes: NotesDraft;
  settings: Settings;
  audit: AuditSink;
  screens?: CollectedScreen[];
  /** The client's name when there is no read tab to take it from (dossier overview). */
  knownNames?: string[];
  /** Policy or the user want to see every request before it is sent. */
  previewRequired: boolean;
  /** Distinguishes this draft area's test ids and form ids when two are on the panel (overview). */
  idPrefix?: string;
  /** Limit the template list, e.g. to summaries in the dossier overview. */
  templateKinds?: Template['kind'][];
}) {
  const { t, language } = useT();
  const errorText = useLlmErrorText();
  const kinds = props.templateKinds;
  const templates = useMemo(
    () => availableTemplates(props.settings).filter((x) => !kinds || kinds.includes(x.kind)),
    [props.settings, kinds],
  );
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
  const template: Template | undefined = templates.find((x) => x.id === templateId);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [failure, setFailure] = useState<LlmFailure | null>(null);
  const [copied, setCopied] = useState(false);
  const [preview, setPreview] = useState<{ url: string; body: string; prepared: PreparedDraft; send: boolean } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const output = props.notes.generated;

  const needsDossier = template ? template.input !== 'notes' : false;
  const needsNotes = template ? template.input !== 'dossier' : false;
  const missingDossier = needsDossier && !props.tab && !props.screens?.length;
  const missingNotes = template?.input === 'notes' && !props.notes.text.trim();

  // Prepared once per click, so a previewed request is exactly the one that is sent.
  const prepare = async (): Promise<PreparedDraft | null> => {
    if (!template) return null;
    abort.current = new AbortController();
    const { prepareDraft } = await import('@/lib/pipeline');
    return prepareDraft({
      template,
      tab: props.tab,
      screens: props.screens,
      notes: needsNotes ? props.notes.text : '',
      knownNames: props.knownNames,
      policy: {
        ...props.policy,
        // Every transfer is logged before it leaves (a chunked summary sends several).
        onRequest: (r) =>
          props.audit({ type: 'send', kind: 'template', template: `${template.id}@${template.version}`, bytes: r.body?.length ?? 0, payload: r.body ?? undefined }),
      },
      signal: abort.current.signal,
      onText: (full) => props.notes.setGenerated(full, template.id),
      onProgress: (done, total) => setProgress({ done, total }),
    });
  };

  const send = async (prepared: PreparedDraft) => {
    if (!template) return;
    setBusy(true);
    setFailure(null);
    setProgress(null);
    setCopied(false);
    const outcome = await prepared.run();
    setBusy(false);
    if (outcome.ok) props.notes.setGenerated(outcome.text, template.id);
    else setFailure(outcome.failure);
    void props.audit({
      type: 'outcome',
      kind: 'template',
      template: `${template.id}@${template.version}`,
      bytes: outcome.bytes,
      pseudonymizedCount: outcome.identifiers,
      outcome: outcome.ok ? (outcome.chunked ? 'concept (in delen samengevat)' : 'concept') : outcome.failure.code,
    });
  };

  const showPreview = async (thenSend: boolean) => {
    try {
      const prepared = await prepare();
      if (!prepared) return;
      setPreview({ ...(await prepared.preview()), prepared, send: thenSend });
    } catch (error) {
      setFailure(await failureOf(error));
    }
  };

  const write = async () => {
    if (props.previewRequired) return showPreview(true);
    try {
      const prepared = await prepare();
      if (prepared) await send(prepared);
    } catch (error) {
      setBusy(false);
      setFailure(await failureOf(error));
    }
  };

  return (
    <section aria-labelledby="draft-title" className="card">
      <h2 id="draft-title">{t('draft.title')}</h2>
      <label>
        {t('draft.template')}{' '}
        <select value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
          {templates.map((x) => (
            <option key={x.id} value={x.id}>
              {x.title[language]}
              {x.source === 'organisation' ? ` (${t('draft.organisation')})` : ''}
            </option>
          ))}
        </select>
      </label>
      {template && <p className="muted">{template.description[language]}</p>}
      {needsNotes && (
        <label className="block">
          {t('draft.notes')}
          <textarea rows={5} value={props.notes.text} onChange={(e) => props.notes.setText(e.target.value)} placeholder={t('draft.notesPlaceholder')} />
        </label>
      )}
      {props.notes.savedAt && <p className="muted">{t('draft.savedLocally')}</p>}
      {missingDossier && <InfoMessage>{t('panel.readFirst')}</InfoMessage>}
      <div className="actions">
        <button type="button" className="primary" onClick={write} disabled={busy || !template || missingDossier || missingNotes}>
          {t('draft.write')}
        </button>
        <button type="button" onClick={() => void showPreview(false)} disabled={busy || !template || missingDossier || missingNotes}>
          {t('fields.preview')}
        </button>
        {busy && (
          <button type="button" onClick={() => abort.current?.abort()}>
            {t('common.cancel')}
          </button>
        )}
      </div>
      {preview && (
        <PayloadPreview
          url={preview.url}
          body={preview.body}
          identifiers={preview.prepared.identifiers}
          note={preview.prepared.chunked ? t('preview.chunked') : undefined}
          onSend={
            preview.send
              ? () => {
                  const prepared = preview.prepared;
                  setPreview(null);
                  void send(prepared);
                }
              : undefined
          }
          onClose={() => setPreview(null)}
        />
      )}
      {busy && progress && progress.total > 1 && (
        <label>
          {t('draft.progress', [progress.done, progress.total])}
          <progress max={progress.total} value={progress.done} />
        </label>
      )}
      {busy && !progress && (
        <p role="status">
          <span className="spinner" aria-hidden="true" /> {t('draft.busy')}
        </p>
      )}
      {failure && <ErrorMessage text={errorText(failure)} onDismiss={() => setFailure(null)} />}
      {output && (
        <div className="draft">
          <p className="muted">{t('draft.aiGenerated')}</p>
          <label>
            <span className="sr-only">{t('draft.outputLabel')}</span>
            <textarea
              className="draft-output"
              data-testid={`${props.idPrefix ?? ''}draft-output`}
              aria-label={t('draft.outputLabel')}
              rows={12}
              value={output}
              aria-busy={busy}
              onChange={(e) => props.notes.setGenerated(e.target.value, templateId)}
            />
          </label>
          <div className="actions">
            <button
              type="button"
              onClick={() => void navigator.clipboard.writeText(output).then(() => setCopied(true), () => setCopied(false))}
            >
              {copied ? t('draft.copied') : t('draft.copy')}
            </button>
            <button type="button" onClick={() => props.notes.discardGenerated()}>
              {t('draft.discard')}
            </button>
          </div>
          {props.tab && !busy && <InsertIntoField key={props.tab.readAt} tab={props.tab} text={output} audit={props.audit} stale={props.stale} onInserted={props.notes.markGeneratedUsed} />}
        </div>
      )}
    </section>
  );
}
