import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { endpointOrigin } from '@/lib/settings/endpoint';
import { checkEndpoint, isPseudonymizationOn, settingsMessage } from '@/lib/settings';
import type { SendPolicy } from '@/lib/pipeline';
import { readTab, TabReadError } from '@/lib/tab/readTab';
import type { TabRead } from '@/lib/tab/types';
import { AuditLogView } from './audit/AuditLogView';
import { CollectionSection } from './collection/CollectionSection';
import { ErrorMessage, InfoMessage } from './common/ErrorMessage';
import { SectionBoundary } from './common/SectionBoundary';
import type { AuditSink } from './panelTypes';
import { DraftSection } from './drafting/DraftSection';
import { FieldsSection } from './fields/FieldsSection';
import { PageSummary } from './fields/PageSummary';
import { useAudit } from './hooks/useAudit';
import { useNotesDraft } from './hooks/useNotesDraft';
import { useSettings } from './hooks/useSettings';
import { useTargetTab } from './hooks/useTargetTab';
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

function Panel({ resolved }: { resolved: NonNullable<ReturnType<typeof useSettings>> }) {
  const { t } = useT();
  const { settings } = resolved;
  const { tabId, stale, markFresh } = useTargetTab();
  const [tab, setTab] = useState<TabRead | null>(null);
  const [reading, setReading] = useState(false);
  const [readError, setReadError] = useState<string | null>(null);
  const [section, setSection] = useState<Section>('velden');
  const [visited, setVisited] = useState<Set<Section>>(() => new Set());
  const readTicket = useRef(0);
  const audit = useAudit(settings, tab);
  const notes = useNotesDraft(tab?.clientFingerprint ?? '', settings.draftRetentionDays);

  useEffect(() => {
    readTicket.current++;
    setTab(null);
  }, [tabId]);

  const check = useMemo(() => checkEndpoint(settings, settings.endpoint), [settings]);
  const endpointRefusal = check.ok ? null : settingsMessage(check.code, settings.language, { url: check.url, origin: check.origin ?? check.url });
  const policy: SendPolicy = useMemo(
    () => ({
      endpoint: settings.endpoint,
      // The organisation's allowlist is enforced here too: an endpoint saved before the policy came may
      // not receive anything. An empty list makes the egress lock refuse every request.
      allowedOrigins: settings.endpoint.provider === 'built-in' || !check.ok ? [] : [endpointOrigin(settings.endpoint)],
      pseudonymize: isPseudonymizationOn(settings),
      language: settings.language,
    }),
    [settings, check],
  );

  const read = async () => {
    if (tabId === null) return;
    const ticket = ++readTicket.current;
    setReading(true);
    setReadError(null);
    try {
      const result = await readTab(tabId);
      // A read that finishes after the user moved to another tab or read again is dropped.
      if (ticket !== readTicket.current) return;
      setTab(result);
      markFresh();
      // Load the pipeline while the user looks at what was read, so "Stel velden voor" starts at once.
      import('@/lib/pipeline').catch(() => undefined);
      void audit.record({ type: 'read', bytes: result.text.length }, result);
    } catch (error) {
      setReadError(error instanceof TabReadError ? t(`readError.${error.code}`) : t('readError.no-content'));
    } finally {
      setReading(false);
    }
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

  const sectionAudit: AuditSink = (e, t) => audit.record(e, t ?? tab);
  const renderSection = (id: Section) => {
    switch (id) {
      case 'velden':
        return tab ? (
          <FieldsSection tab={tab} stale={stale} policy={policy} previewRequired={settings.previewBeforeSend} notes={notes} audit={sectionAudit} />
        ) : (
          <InfoMessage>{t('panel.readFirst')}</InfoMessage>
        );
      case 'schrijven':
        return (
          <DraftSection tab={tab} stale={stale} policy={policy} notes={notes} settings={settings} previewRequired={settings.previewBeforeSend} audit={sectionAudit} />
        );
      case 'overzicht':
        return <CollectionSection tab={tab} policy={policy} settings={settings} notes={notes} audit={sectionAudit} />;
      case 'dicteren':
        return (
          <Suspense fallback={<p role="status">{t('panel.loading')}</p>}>
            <DictationSection settings={settings} notes={notes} audit={sectionAudit} onUse={() => setSection('schrijven')} />
          </Suspense>
        );
      case 'logboek':
        return <AuditLogView userId={settings.userId} />;
    }
  };

  return (
    <div className="panel">
      <header className="panel-header">
        <h1>Dossierhulp</h1>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          {t('panel.settings')}
        </a>
      </header>
      <main>
        <div className="actions">
          <button type="button" className="primary" onClick={read} disabled={reading || tabId === null}>
            {t('panel.read')}
          </button>
          {reading && <span role="status">{t('panel.reading')}</span>}
        </div>
        {readError && <ErrorMessage text={readError} />}
        {endpointRefusal && <ErrorMessage text={endpointRefusal} />}
        {tab && stale && (
          <div className="message message-warn" role="status" data-testid="stale">
            {t('panel.stale')}{' '}
            <button type="button" className="link" onClick={read}>
              {t('panel.readAgain')}
            </button>
          </div>
        )}
        {tab && <PageSummary tab={tab} />}
        <nav aria-label={t('panel.sections')} className="tabs" role="tablist">
          {visible.map((s) => (
            <button
              key={s.id}
              type="button"
              role="tab"
              aria-selected={current === s.id}
              aria-controls={visited.has(s.id) ? `section-${s.id}` : undefined}
              id={`tab-${s.id}`}
              onClick={() => setSection(s.id)}
            >
              {t(`section.${s.id}`)}
            </button>
          ))}
        </nav>
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
