import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { Auditor } from '@/lib/audit';
import { createExtensionAuditor } from '@/lib/audit/extensionAuditor';
import { createFillSession, type FillSession } from '@/lib/session';
import { browserTabTransport } from '@/lib/session/browserTabTransport';
import { watchTargetTab } from '@/lib/session/watchTargetTab';
import { watchNetErrors } from '@/lib/llm/netFailure';
import { checkEndpoint, firstRunGuide, isDemoEndpoint, sendPolicyFor, type ResolvedSettings, type Settings } from '@/lib/settings';
import { AuditLogView } from './audit/AuditLogView';
import { CollectionSection } from './collection/CollectionSection';
import { failureOf } from './common/failureOf';
import { ErrorMessage, InfoMessage } from './common/ErrorMessage';
import { SectionBoundary } from './common/SectionBoundary';
import { Tabs } from './common/Tabs';
import { DraftSection } from './drafting/DraftSection';
import { FieldsSection } from './fields/FieldsSection';
import { PageSummary } from './fields/PageSummary';
import { useClientHash } from './hooks/useClientHash';
import { useNotes } from './hooks/useNotes';
import { useSessionState } from './hooks/useSession';
import { useSettings } from './hooks/useSettings';
import { TranslateProvider, useT } from './i18n';

type Section = 'velden' | 'schrijven' | 'overzicht' | 'dicteren' | 'logboek';

// Audio capture and transcription load only when someone opens "Dicteren".
const DictationSection = lazy(() => import('./dictation/DictationSection').then((m) => ({ default: m.DictationSection })));

export function App() {
  const resolved = useSettings();
  if (!resolved) return null;
  return (
    <TranslateProvider language={resolved.settings.language}>
      <Panel resolved={resolved} />
    </TranslateProvider>
  );
}

/** One auditor and one fill session for the panel's lifetime; both always see the current settings. */
function usePanelServices(resolved: ResolvedSettings): { auditor: Auditor; session: FillSession } {
  const current = useRef(resolved);
  current.current = resolved;
  return useMemo(() => {
    const auditor = createExtensionAuditor(() => current.current);
    const transparencyMark = () => ({ template: current.current.settings.aiTransparencyMark, userId: current.current.settings.userId });
    const session = createFillSession({ transport: browserTabTransport, auditor, classify: failureOf, transparencyMark });
    return { auditor, session };
  }, []);
}

function Panel({ resolved }: { resolved: ResolvedSettings }) {
  const { t } = useT();
  const { settings } = resolved;
  const { auditor, session } = usePanelServices(resolved);
  const state = useSessionState(session);
  const tab = state.tab;
  const [section, setSection] = useState<Section>('velden');
  const [visited, setVisited] = useState<Set<Section>>(() => new Set());
  const [auditFailed, setAuditFailed] = useState(false);
  const clientHash = useClientHash(tab?.clientFingerprint ?? '');
  const notes = useNotes(clientHash, settings.draftRetentionDays);

  useEffect(() => watchTargetTab(session, { fixedTabId: Number(new URLSearchParams(location.search).get('tabId')) || null }), [session]);
  useEffect(() => auditor.onFailure(() => setAuditFailed(true)), [auditor]);

  const check = useMemo(() => checkEndpoint(settings, settings.endpoint), [settings]);
  const endpointRefusal = check.ok ? null : t(`settingsMessage.${check.code}`, { url: check.url, origin: check.origin ?? check.url });
  // The browser's own reason for a failed request (refused, reset, DNS) makes the error message exact.
  const netErrors = useMemo(() => watchNetErrors(browser.webRequest, sendPolicyFor(settings).allowedOrigins), [settings]);
  useEffect(() => () => netErrors.stop(), [netErrors]);
  const policy = useMemo(() => ({ ...sendPolicyFor(settings), netErrorFor: netErrors.errorFor }), [settings, netErrors]);
  const guide = firstRunGuide(resolved);
  const demo = isDemoEndpoint(settings.endpoint);
  const optionsUrl = browser.runtime.getURL('/options.html');

  const read = async () => {
    const result = await session.read();
    // Load the pipeline while the user looks at what was read, so "Stel velden voor" starts at once.
    if (result) import('@/lib/pipeline').catch(() => undefined);
  };

  const sections: { id: Section; on: boolean }[] = [
    { id: 'velden', on: settings.features.fieldSuggestions },
    { id: 'schrijven', on: settings.features.summaries },
    { id: 'overzicht', on: settings.features.summaries },
    { id: 'dicteren', on: settings.features.dictation },
    { id: 'logboek', on: true },
  ];
  const visible = sections.filter((s) => s.on);
  const current = visible.some((s) => s.id === section) ? section : (visible[0]?.id ?? 'logboek');
  if (!visited.has(current)) setVisited(new Set([...visited, current]));

  const renderSection = (id: Section) => {
    switch (id) {
      case 'velden':
        return tab ? (
          <FieldsSection session={session} policy={policy} previewRequired={settings.previewBeforeSend} notes={notes} />
        ) : (
          <InfoMessage>{t('panel.readFirst')}</InfoMessage>
        );
      case 'schrijven':
        return (
          <DraftSection
            session={session}
            tab={tab}
            stale={state.stale}
            policy={policy}
            notes={notes}
            clientHash={clientHash}
            clientLabel={tab?.client?.name}
            settings={settings}
            previewRequired={settings.previewBeforeSend}
            auditor={auditor}
            scope="page"
          />
        );
      case 'overzicht':
        return <CollectionSection session={session} tab={tab} policy={policy} settings={settings} notes={notes} auditor={auditor} />;
      case 'dicteren':
        return (
          <Suspense fallback={<p role="status">{t('panel.loading')}</p>}>
            <DictationSection settings={settings} notes={notes} auditor={auditor} subject={tab} onUse={() => setSection('schrijven')} />
          </Suspense>
        );
      case 'logboek':
        return <AuditLogView auditor={auditor} settings={settings} />;
    }
  };

  return (
    <div className="panel">
      <header className="panel-header">
        <h1>Dossierhulp</h1>
        {demo && (
          <span className="badge demo" data-testid="demo-badge" title={t('panel.demoExplain')}>
            {t('panel.demoBadge')}
          </span>
        )}
        <a className="settings-link" href={optionsUrl} target="_blank" rel="noreferrer">
          {t('panel.settings')}
        </a>
      </header>
      <main>
        {demo && <p className="muted demo-explain">{t('panel.demoExplain')}</p>}
        {guide.show && (
          <section className="card first-run" aria-labelledby="first-run-title" data-testid="first-run">
            <h2 id="first-run-title">{t('firstRun.title')}</h2>
            <ul>
              {guide.endpoint === 'missing' && <li>{t('firstRun.endpoint')}</li>}
              {guide.endpoint === 'managed' && <li>{t('firstRun.endpointManaged')}</li>}
              {guide.userId === 'missing' && <li>{t('firstRun.userId')}</li>}
              {guide.userId === 'managed' && <li>{t('firstRun.userIdManaged')}</li>}
            </ul>
            <a className="button primary" href={optionsUrl} target="_blank" rel="noreferrer">
              {t('firstRun.open')}
            </a>
          </section>
        )}
        <div className="actions">
          <button type="button" className="primary" onClick={() => void read()} disabled={state.reading || state.tabId === null}>
            {t('panel.read')}
          </button>
          {state.reading && <span role="status">{t('panel.reading')}</span>}
        </div>
        {state.readFailure && <ErrorMessage text={t(`readError.${state.readFailure.code}`)} />}
        {tab && tab.failedFrames.length > 0 && (
          <div className="message message-warn" role="status" data-testid="failed-frames">
            {t('read.failedFrames', { frames: tab.failedFrames.map((f) => f.url || t('read.frame', { id: String(f.frameId) })).join(', ') })}
          </div>
        )}
        {auditFailed && <ErrorMessage text={t('audit.failed')} onDismiss={() => setAuditFailed(false)} />}
        {endpointRefusal && <ErrorMessage text={endpointRefusal} />}
        {tab && state.pageChange && (
          <div className={`message ${state.stale ? 'message-warn' : 'message-info'}`} role="status" data-testid={state.stale ? 'stale' : 'page-changed'}>
            {t(`pageChange.${state.pageChange}`)}{' '}
            <button type="button" className="link" onClick={() => void read()}>
              {t('panel.readAgain')}
            </button>
          </div>
        )}
        {tab && <PageSummary tab={tab} />}
        <Tabs<Section>
          label={t('panel.sections')}
          selected={current}
          onSelect={setSection}
          tabs={visible.map((s) => ({ id: s.id, title: t(`section.${s.id}`), controls: visited.has(s.id) ? `section-${s.id}` : undefined }))}
        />
        {visible.map((s) =>
          // A section mounts on its first visit and then stays, hidden when inactive, so its review,
          // fill/undo state and drafts survive switching sections.
          visited.has(s.id) ? (
            <div key={s.id} role="tabpanel" id={`section-${s.id}`} aria-labelledby={`tab-${s.id}`} hidden={current !== s.id}>
              <SectionBoundary message={t('panel.sectionFailed')}>{renderSection(s.id)}</SectionBoundary>
            </div>
          ) : null,
        )}
      </main>
      <footer className="panel-footer">
        <p>{t('panel.aiNotice')}</p>
        {policy.pseudonymize ? <p>{t('privacy.notAnonymous')}</p> : <p className="warn">{t('privacy.off')}</p>}
      </footer>
    </div>
  );
}
