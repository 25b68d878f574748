import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef, useState } from 'react';
import type { Auditor } from '@/lib/audit';
import { getAppDB } from '@/lib/db/app-db';
import { generatedDrafts, isInterrupted, markDraftUsed, discardDraft, saveGeneratedText, writeGeneratedDraft, type Draft } from '@/lib/drafts';
import type { LlmFailure } from '@/lib/llm/llmError';
import type { CollectedScreen, DraftOutcome, PreparedDraft } from '@/lib/pipeline';
import type { FillSession, TabRead } from '@/lib/session';
import type { SendPolicy, Settings } from '@/lib/settings';
import { availableTemplates, type Template } from '@/lib/templates';
import { failureOf } from '../common/failureOf';
import { ErrorMessage, InfoMessage } from '../common/ErrorMessage';
import { PayloadPreview } from '../common/PayloadPreview';
import { useLlmErrorText } from '../common/useLlmErrorText';
import type { Notes } from '../hooks/useNotes';
import { useT } from '../i18n';
import { InsertIntoField } from './InsertIntoField';

/**
 * Template → streamed draft → copy or insert into a field. Each template's draft is kept on its own, per
 * client, with its time stamp and the notes it came from; a short history can be reopened, and a draft
 * interrupted by a closed panel is recovered, never replaced silently by another kind.
 */
export function DraftSection(props: {
  session: FillSession;
  tab: TabRead | null;
  stale: boolean;
  policy: SendPolicy;
  notes: Notes;
  /** Salted client hash the drafts are kept under; null while unknown. */
  clientHash: string | null;
  settings: Settings;
  auditor: Auditor;
  /** Drafts of the page and of the dossier overview are kept apart. */
  scope: 'page' | 'overview';
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
  const { t, language, format } = useT();
  const errorText = useLlmErrorText();
  const db = getAppDB();
  const kinds = props.templateKinds;
  const templates = useMemo(() => availableTemplates(props.settings).filter((x) => !kinds || kinds.includes(x.kind)), [props.settings, kinds]);
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
  const template: Template | undefined = templates.find((x) => x.id === templateId);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [failure, setFailure] = useState<LlmFailure | null>(null);
  const [copied, setCopied] = useState(false);
  const [preview, setPreview] = useState<{ url: string; body: string; prepared: PreparedDraft; send: boolean } | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [streaming, setStreaming] = useState<{ id: string; text: string } | null>(null);
  // A draft that went into the record is deleted from the store; it stays on screen for undo and reference.
  const [used, setUsed] = useState<Draft | null>(null);
  const abort = useRef<AbortController | null>(null);
  const timing = { retentionDays: props.settings.draftRetentionDays };

  const history = useLiveQuery(
    async () => (props.clientHash === null ? [] : (await generatedDrafts(db, props.clientHash)).filter((d) => (d.scope ?? 'page') === props.scope)),
    [props.clientHash, props.scope],
  );
  const titleOf = (id: string | undefined) => templates.find((x) => x.id === id)?.title[language] ?? availableTemplates(props.settings).find((x) => x.id === id)?.title[language] ?? id ?? '';
  // The draft on screen: the one chosen, else the newest of this template. Never another template's draft.
  const shown: Draft | null =
    (used && (selectedId === null || used.id === selectedId) ? used : null) ??
    history?.find((d) => d.id === selectedId) ??
    history?.find((d) => d.templateId === templateId) ??
    null;
  const output = streaming && shown && streaming.id === shown.id ? streaming.text : (shown?.text ?? '');

  const needsDossier = template ? template.input !== 'notes' : false;
  const needsNotes = template ? template.input !== 'dossier' : false;
  const missingDossier = needsDossier && !props.tab && !props.screens?.length;
  const missingNotes = template?.input === 'notes' && !props.notes.text.trim();

  // Prepared once per click, so a previewed request is exactly the one that is sent.
  const prepare = async (): Promise<PreparedDraft | null> => {
    if (!template) return null;
    abort.current = new AbortController();
    const { prepareDraft } = await import('@/lib/pipeline');
    const subject = props.tab ? { url: props.tab.url, clientFingerprint: props.tab.clientFingerprint } : null;
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
          void props.auditor.record(
            { type: 'send', kind: 'template', template: `${template.id}@${template.version}`, bytes: r.body?.length ?? 0, payload: r.body ?? undefined },
            subject,
          ),
      },
      signal: abort.current.signal,
      onProgress: (done, total) => setProgress({ done, total }),
    });
  };

  const send = async (prepared: PreparedDraft) => {
    if (!template || props.clientHash === null) return;
    setBusy(true);
    setFailure(null);
    setProgress(null);
    setCopied(false);
    setUsed(null);
    const subject = props.tab ? { url: props.tab.url, clientFingerprint: props.tab.clientFingerprint } : null;
    try {
      const { outcome } = await writeGeneratedDraft<DraftOutcome>({
        db,
        clientHash: props.clientHash,
        templateId: template.id,
        scope: props.scope,
        sourceNotes: needsNotes ? props.notes.text : '',
        timing,
        onStart: (draft) => {
          setSelectedId(draft.id);
          setStreaming({ id: draft.id, text: '' });
        },
        run: (onText) => prepared.run((full) => {
          onText(full);
          setStreaming((s) => (s ? { ...s, text: full } : s));
        }),
      });
      if (!outcome.ok) setFailure(outcome.failure);
      void props.auditor.record(
        {
          type: 'outcome',
          kind: 'template',
          template: `${template.id}@${template.version}`,
          bytes: outcome.bytes,
          pseudonymizedCount: outcome.identifiers,
          outcome: outcome.ok ? (outcome.chunked ? 'draft-chunked' : 'draft') : outcome.failure.code,
        },
        subject,
      );
    } catch (error) {
      setFailure(await failureOf(error));
    } finally {
      setStreaming(null);
      setBusy(false);
    }
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

  const draftName = (d: Draft) => t('draft.name', { template: titleOf(d.templateId), when: format.dateTime(d.updatedAt) });

  return (
    <section aria-labelledby={`${props.idPrefix ?? ''}draft-title`} className="card">
      <h2 id={`${props.idPrefix ?? ''}draft-title`}>{t('draft.title')}</h2>
      <label>
        {t('draft.template')}{' '}
        <select
          value={templateId}
          onChange={(e) => {
            setTemplateId(e.target.value);
            setSelectedId(null);
          }}
        >
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
        <button type="button" className="primary" onClick={() => void write()} disabled={busy || !template || missingDossier || missingNotes || props.clientHash === null}>
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
          {t('draft.progress', { done: progress.done, total: progress.total })}
          <progress max={progress.total} value={progress.done} />
        </label>
      )}
      {busy && !progress && (
        <p role="status">
          <span className="spinner" aria-hidden="true" /> {t('draft.busy')}
        </p>
      )}
      {failure && <ErrorMessage text={errorText(failure)} onDismiss={() => setFailure(null)} />}
      {history && history.length > 0 && (
        <label className="block">
          {t('draft.history')}{' '}
          <select data-testid={`${props.idPrefix ?? ''}draft-history`} value={shown?.id ?? ''} onChange={(e) => setSelectedId(e.target.value || null)}>
            {!shown && <option value="">{t('draft.none')}</option>}
            {history.map((d) => (
              <option key={d.id} value={d.id}>
                {draftName(d)}
                {isInterrupted(d) ? ` — ${t('draft.interrupted')}` : ''}
              </option>
            ))}
          </select>
        </label>
      )}
      {shown && output && (
        <div className="draft">
          <p className="muted" data-testid={`${props.idPrefix ?? ''}draft-name`}>
            {draftName(shown)}
          </p>
          {isInterrupted(shown) && <InfoMessage>{t('draft.interruptedExplain')}</InfoMessage>}
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
              readOnly={busy || shown === used}
              onChange={(e) => void saveGeneratedText(db, shown, e.target.value, 'open', timing)}
            />
          </label>
          <div className="actions">
            <button type="button" onClick={() => void navigator.clipboard.writeText(output).then(() => setCopied(true), () => setCopied(false))}>
              {copied ? t('draft.copied') : t('draft.copy')}
            </button>
            {shown !== used && (
              <button
                type="button"
                onClick={() => {
                  setSelectedId(null);
                  void discardDraft(db, shown.id);
                }}
              >
                {t('draft.discard')}
              </button>
            )}
          </div>
          {props.tab && !busy && (
            <InsertIntoField
              key={`${props.tab.readAt} ${shown.id}`}
              session={props.session}
              tab={props.tab}
              text={output}
              draftName={draftName(shown)}
              stale={props.stale}
              onInserted={() => {
                setUsed(shown);
                setSelectedId(shown.id);
                void markDraftUsed(db, shown.id);
              }}
            />
          )}
        </div>
      )}
    </section>
  );
}
