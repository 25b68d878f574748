import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef, useState } from 'react';
import type { Auditor } from '@/lib/audit';
import { getAppDB } from '@/lib/db/app-db';
import { lastCallTime, recordCallTime } from '@/lib/db/callTimes';
import {
  createSummaryCache,
  discardDraft,
  generatedDrafts,
  isInterrupted,
  markDraftUsed,
  notesChangedSince,
  saveGeneratedText,
  writeGeneratedDraft,
  type Draft,
} from '@/lib/drafts';
import type { LlmFailure } from '@/lib/llm/llmError';
import type { CollectedScreen, ContextSelection, DraftOutcome, PreparedDraft, SelectionScope } from '@/lib/pipeline';
import type { FillSession, TabRead } from '@/lib/session';
import type { SendPolicy, Settings } from '@/lib/settings';
import { availableTemplates, templateTitle, type Template } from '@/lib/templates';
import { failureOf } from '../common/failureOf';
import { InfoMessage } from '../common/ErrorMessage';
import { FailureMessage } from '../common/FailureMessage';
import { PayloadPreview } from '../common/PayloadPreview';
import { SelectionNote } from '../context/SelectionNote';
import { planText, selectionText } from '../context/selectionText';
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
  /** The client's name as the page or the overview shows it. */
  clientLabel?: string;
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
  const db = getAppDB();
  const prefix = props.idPrefix ?? '';
  const kinds = props.templateKinds;
  const allTemplates = useMemo(() => availableTemplates(props.settings), [props.settings]);
  const templates = useMemo(() => allTemplates.filter((x) => !kinds || kinds.includes(x.kind)), [allTemplates, kinds]);
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
  const [scope, setScope] = useState<SelectionScope>({ kind: 'auto' });
  const [selection, setSelection] = useState<ContextSelection | null>(null);
  // A chunked summary waits for the person to see how many calls and how long it takes.
  const [plan, setPlan] = useState<{ prepared: PreparedDraft; text: string } | null>(null);
  const abort = useRef<AbortController | null>(null);
  // When a draft is done, focus goes to its name, so a keyboard or screen-reader user lands on it.
  const draftHeading = useRef<HTMLHeadingElement>(null);
  const timing = { retentionDays: props.settings.draftRetentionDays };

  const history = useLiveQuery(
    async () => (props.clientHash === null ? [] : (await generatedDrafts(db, props.clientHash)).filter((d) => (d.scope ?? 'page') === props.scope)),
    [props.clientHash, props.scope],
  );
  const titleOf = (id: string | undefined) => (id ? templateTitle(id, allTemplates, language) : '');
  // The draft on screen: the one chosen, else the newest of this template. Never another template's draft.
  const shown: Draft | null =
    (used && (selectedId === null || used.id === selectedId) ? used : null) ??
    history?.find((d) => d.id === selectedId) ??
    history?.find((d) => d.templateId === templateId) ??
    null;
  const output = streaming && shown && streaming.id === shown.id ? streaming.text : (shown?.text ?? '');
  const sameTemplate = shown ? (history ?? []).filter((d) => d.templateId === shown.templateId).length : 0;

  const needsDossier = template ? template.input !== 'notes' : false;
  const needsNotes = template ? template.input !== 'dossier' : false;
  const missingDossier = needsDossier && !props.tab && !props.screens?.length;
  const missingNotes = template?.input === 'notes' && !props.notes.text.trim();

  // Prepared once per click, so a previewed request is exactly the one that is sent.
  const prepare = async (withScope: SelectionScope = scope): Promise<PreparedDraft | null> => {
    if (!template) return null;
    abort.current = new AbortController();
    const { prepareDraft, resolveContextWindow } = await import('@/lib/pipeline');
    const subject = props.tab ? { url: props.tab.url, clientFingerprint: props.tab.clientFingerprint } : null;
    const contextWindow = await resolveContextWindow(props.policy).catch(() => undefined);
    const endpoint = props.policy.endpoint;
    const prepared = prepareDraft({
      template,
      tab: props.tab,
      screens: props.screens,
      notes: needsNotes ? props.notes.text : '',
      knownNames: props.knownNames,
      scope: withScope,
      cache: createSummaryCache(db, timing),
      onCallMs: (ms) => void recordCallTime(db, endpoint, ms).catch(() => undefined),
      policy: {
        ...props.policy,
        contextWindow,
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
    setSelection(prepared.selection);
    return prepared;
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
        run: (onText) =>
          prepared.run((full) => {
            onText(full);
            setStreaming((s) => (s ? { ...s, text: full } : s));
          }),
      });
      if (!outcome.ok) setFailure(outcome.failure);
      else requestAnimationFrame(() => draftHeading.current?.focus());
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

  const write = async (withScope: SelectionScope = scope, planned = false) => {
    setPlan(null);
    try {
      const prepared = await prepare(withScope);
      if (!prepared) return;
      if (prepared.chunked && !planned) {
        const [summaryPlan, lastMs] = await Promise.all([prepared.plan(), lastCallTime(db, props.policy.endpoint).catch(() => null)]);
        const { estimateDurationMs } = await import('@/lib/pipeline');
        setPlan({ prepared, text: planText(t, summaryPlan, prepared.reports, estimateDurationMs(summaryPlan, lastMs)) });
        return;
      }
      if (props.previewRequired) {
        setPreview({ ...(await prepared.preview()), prepared, send: true });
        return;
      }
      await send(prepared);
    } catch (error) {
      setBusy(false);
      setFailure(await failureOf(error));
    }
  };
  const narrowTo = (days: number) => {
    const narrower: SelectionScope = { kind: 'period', days };
    setScope(narrower);
    void write(narrower);
  };

  const draftName = (d: Draft) => t('draft.name', { template: titleOf(d.templateId), when: format.dateTime(d.createdAt) });
  const interrupted = shown !== null && shown !== used && isInterrupted(shown) && streaming?.id !== shown.id;

  return (
    <section aria-labelledby={`${prefix}draft-title`} className="card drafting">
      <h2 id={`${prefix}draft-title`}>{t('draft.title')}</h2>
      <label className="block">
        {t('draft.template')}
        <select
          className="full"
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
      {needsDossier && !missingDossier && (
        <SelectionNote
          selection={selection}
          scope={scope}
          idPrefix={props.idPrefix}
          onScope={(next) => {
            setScope(next);
            setSelection(null);
          }}
        />
      )}
      {plan && (
        <div className="message message-info" role="status" data-testid={`${props.idPrefix ?? ''}summary-plan`}>
          <p>{plan.text}</p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => void write(scope, true)}>
              {t('context.planStart')}
            </button>
            {[30, 7].map((days) => (
              <button key={days} type="button" onClick={() => narrowTo(days)}>
                {t('context.planNarrow', { days })}
              </button>
            ))}
            <button type="button" onClick={() => setPlan(null)}>
              {t('context.planCancel')}
            </button>
          </div>
        </div>
      )}
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
          replacements={preview.prepared.replacements}
          identifiers={preview.prepared.identifiers}
          pseudonymized={props.policy.pseudonymize}
          selection={preview.prepared.selection ? selectionText(t, preview.prepared.selection) : undefined}
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
        <label className="block">
          {t('draft.progress', { done: progress.done, total: progress.total })}
          <progress max={progress.total} value={progress.done} />
        </label>
      )}
      {busy && !progress && (
        <p role="status">
          <span className="spinner" aria-hidden="true" /> {t('draft.busy')}
        </p>
      )}
      {failure && <FailureMessage failure={failure} endpoint={props.policy.endpoint} onDismiss={() => setFailure(null)} />}
      {history && history.length > 0 && (
        <label className="block">
          {t('draft.history', { count: history.length })}
          <select className="full" data-testid={`${prefix}draft-history`} value={shown?.id ?? ''} onChange={(e) => setSelectedId(e.target.value || null)}>
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
      {shown && (output || interrupted) && (
        <article className="draft" aria-labelledby={`${prefix}draft-name`}>
          <header className="draft-head">
            <h3 id={`${prefix}draft-name`} data-testid={`${prefix}draft-name`} ref={draftHeading} tabIndex={-1}>
              {titleOf(shown.templateId)}
            </h3>
            <p className="muted">
              <span data-testid={`${prefix}draft-time`}>{t('draft.written', { when: format.dateTime(shown.createdAt) })}</span>
              {props.clientLabel ? ` · ${t('draft.forClient', { client: props.clientLabel })}` : ''}
            </p>
          </header>
          {interrupted && (
            <div className="message message-warn" role="status" data-testid={`${prefix}draft-interrupted`}>
              <p className="message-text">{t('draft.interruptedExplain')}</p>
              <button type="button" onClick={() => void saveGeneratedText(db, shown, shown.text, 'open', timing)}>
                {t('draft.keep')}
              </button>
            </div>
          )}
          {needsNotes && shown !== used && !busy && notesChangedSince(shown, props.notes.text) && (
            <p className="message message-warn" role="status" data-testid={`${prefix}draft-notes-changed`}>
              {t('draft.notesChanged')}
            </p>
          )}
          {shown.sourceNotes?.trim() && (
            <details className="source-notes">
              <summary>{t('draft.sourceNotes')}</summary>
              <p>{shown.sourceNotes}</p>
            </details>
          )}
          <p className="muted">{t('draft.aiGenerated')}</p>
          <textarea
            className="draft-output"
            data-testid={`${prefix}draft-output`}
            aria-label={t('draft.outputLabel')}
            rows={12}
            value={output}
            aria-busy={busy}
            readOnly={busy || shown === used}
            onChange={(e) => void saveGeneratedText(db, shown, e.target.value, 'open', timing)}
          />
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
          {sameTemplate > 1 && !busy && <p className="muted">{t('draft.previousKept')}</p>}
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
        </article>
      )}
    </section>
  );
}
