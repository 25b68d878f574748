import { useEffect, useState, type ReactNode } from 'react';
import { testAllowedConnection } from '@/lib/diagnostics';
import { builtInModelAvailability, discoverContextWindow, type ConnectionResult, type ContextWindow } from '@/lib/llm';
import { createGuardedFetch } from '@/lib/llm/guardedFetch';
import {
  checkEndpoint,
  describeWarning,
  endpointOrigin,
  isLocked,
  isMatchPattern,
  originOf,
  parseSitePatterns,
  permissionOriginsFor,
  sitePatternsText,
  type EndpointCheck,
  type ResolvedSettings,
  type Settings,
} from '@/lib/settings';
import { saveUserSettings, type SettingsPatch } from '@/lib/settings/store';
import { ErrorMessage, InfoMessage } from '../common/ErrorMessage';
import { FailureMessage } from '../common/FailureMessage';
import { windowText } from '../context/selectionText';
import { useT } from '../i18n';

/** A settings row; locked rows are disabled and say who manages them. */
function Row(props: { label: string; path: string; resolved: ResolvedSettings; children: (disabled: boolean) => ReactNode; hint?: string }) {
  const { t } = useT();
  const locked = isLocked(props.resolved.locked, props.path);
  return (
    <div className="row">
      <label>
        <span>{props.label}</span>
        {props.children(locked)}
      </label>
      {locked && <span className="badge managed">{t('settingsMessage.managed-badge')}</span>}
      {props.hint && <small className="muted">{props.hint}</small>}
    </div>
  );
}

/** Endpoint, privacy, audit identity and language. Saving asks for the endpoint's host permission. */
export function SettingsForm({ resolved }: { resolved: ResolvedSettings }) {
  const { t } = useT();
  const [draft, setDraft] = useState<Settings>(resolved.settings);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  // A test result belongs to the address it tested: it is not shown once the address changes.
  const [tested, setTested] = useState<{ baseURL: string; result: ConnectionResult | Exclude<EndpointCheck, { ok: true }> } | null>(null);
  // The ECD-sites box keeps the text as typed, so Enter makes a new line; it is read on save.
  const [sitesText, setSitesText] = useState(sitePatternsText(resolved.settings.enabledSites));
  const [testing, setTesting] = useState(false);
  const [contextWindow, setContextWindow] = useState<ContextWindow | null>(null);
  const [builtIn, setBuiltIn] = useState(false);

  useEffect(() => {
    setDraft(resolved.settings);
    setSitesText(sitePatternsText(resolved.settings.enabledSites));
  }, [resolved]);
  useEffect(() => {
    void builtInModelAvailability().then((a) => setBuiltIn(a !== 'unavailable'));
  }, []);

  const endpoint = draft.endpoint;
  const setEndpoint = (patch: Partial<Settings['endpoint']>) => setDraft({ ...draft, endpoint: { ...endpoint, ...patch } });
  const origin = originOf(endpoint.baseURL);
  const pseudoForEndpoint = origin ? (draft.pseudonymizeByEndpoint[origin] ?? draft.pseudonymize) : draft.pseudonymize;

  const test = async () => {
    const tested = { ...endpoint };
    // An address without http:// is invalid, not unreachable; one outside the allowlist is not tried at all.
    const check = checkEndpoint(resolved.settings, tested);
    if (!check.ok) {
      setTested({ baseURL: tested.baseURL, result: check });
      return;
    }
    setTesting(true);
    setTested(null);
    setContextWindow(null);
    // Through the egress lock: the key goes to an allowed endpoint only.
    const result = await testAllowedConnection(resolved.settings, tested);
    setTested({ baseURL: tested.baseURL, result });
    // The window the server tells, from the endpoint's own origin only (the lock above let it through).
    if (result.ok) {
      const allowedOrigins = tested.provider === 'built-in' ? [] : [endpointOrigin(tested)];
      setContextWindow(await discoverContextWindow(tested, { fetch: createGuardedFetch({ allowedOrigins }) }));
    }
    setTesting(false);
  };
  const connection = tested && tested.baseURL === endpoint.baseURL ? tested.result : null;

  const save = async () => {
    setStatus(null);
    const enabledSites = parseSitePatterns(sitesText);
    const invalidSite = enabledSites.find((p) => !isMatchPattern(p));
    if (invalidSite) {
      setStatus({ kind: 'error', text: t('settings.invalidSite', { pattern: invalidSite }) });
      return;
    }
    const origins = permissionOriginsFor({ ...draft, enabledSites });
    // Extension pages may only reach hosts they have permission for; ask while we have the click.
    const granted = origins.length === 0 || (await browser.permissions.request({ origins }).catch(() => false));
    if (!granted) {
      setStatus({ kind: 'error', text: t('settings.permissionDenied') });
      return;
    }
    const patch: SettingsPatch = {
      endpoint: draft.endpoint,
      transcription: draft.transcription,
      language: draft.language,
      userId: draft.userId,
      responsibleUserId: draft.responsibleUserId,
      pseudonymize: draft.pseudonymize,
      pseudonymizeByEndpoint: draft.pseudonymizeByEndpoint,
      previewBeforeSend: draft.previewBeforeSend,
      logPayloads: draft.logPayloads,
      auditRetentionDays: draft.auditRetentionDays,
      draftRetentionDays: draft.draftRetentionDays,
      enabledSites,
    };
    const result = await saveUserSettings(patch);
    setStatus(result.ok ? { kind: 'ok', text: t('settings.saved') } : { kind: 'error', text: t(`settingsMessage.${result.code}`, result.vars) });
  };

  const r = resolved;
  return (
    <form
      className="settings"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {r.policyActive && <InfoMessage>{t('settings.policyActive')}</InfoMessage>}
      <fieldset>
        <legend>{t('settings.endpoint')}</legend>
        <Row label={t('settings.provider')} path="endpoint.provider" resolved={r}>
          {(disabled) => (
            <select disabled={disabled} value={endpoint.provider} onChange={(e) => setEndpoint({ provider: e.target.value as Settings['endpoint']['provider'] })}>
              <option value="openai-compatible">{t('provider.openai-compatible')}</option>
              <option value="azure">{t('provider.azure')}</option>
              <option value="openai">{t('provider.openai')}</option>
              <option value="built-in" disabled={!builtIn}>
                {t('provider.built-in')}
                {builtIn ? '' : ` (${t('provider.notAvailable')})`}
              </option>
            </select>
          )}
        </Row>
        {endpoint.provider !== 'built-in' && (
          <>
            <Row label={t('settings.baseURL')} path="endpoint.baseURL" resolved={r} hint={t('settings.baseURLHint')}>
              {(disabled) => <input type="url" disabled={disabled} value={endpoint.baseURL} onChange={(e) => setEndpoint({ baseURL: e.target.value })} />}
            </Row>
            <Row label={endpoint.provider === 'azure' ? t('settings.deployment') : t('settings.model')} path="endpoint.model" resolved={r}>
              {(disabled) => (
                <input list="models" disabled={disabled} value={endpoint.model} onChange={(e) => setEndpoint({ model: e.target.value })} />
              )}
            </Row>
            <datalist id="models">{connection?.ok && connection.models.map((m) => <option key={m} value={m} />)}</datalist>
            <Row label={t('settings.apiKey')} path="endpoint.apiKey" resolved={r}>
              {(disabled) => (
                <input type="password" autoComplete="off" disabled={disabled} value={endpoint.apiKey} onChange={(e) => setEndpoint({ apiKey: e.target.value })} />
              )}
            </Row>
            {endpoint.provider === 'azure' && (
              <Row label={t('settings.apiVersion')} path="endpoint.apiVersion" resolved={r}>
                {(disabled) => <input disabled={disabled} value={endpoint.apiVersion} onChange={(e) => setEndpoint({ apiVersion: e.target.value })} />}
              </Row>
            )}
          </>
        )}
        <Row label={t('settings.contextTokens')} path="endpoint.contextTokens" resolved={r}>
          {(disabled) => (
            <input type="number" min={512} step={512} disabled={disabled} value={endpoint.contextTokens} onChange={(e) => setEndpoint({ contextTokens: Number(e.target.value) })} />
          )}
        </Row>
        <Row label={t('settings.timeout')} path="endpoint.timeoutMs" resolved={r} hint={t('settings.timeoutHint')}>
          {(disabled) => (
            <input
              type="number"
              min={5}
              max={3600}
              step={5}
              disabled={disabled}
              value={Math.round(endpoint.timeoutMs / 1000)}
              onChange={(e) => setEndpoint({ timeoutMs: Math.max(1, Number(e.target.value)) * 1000 })}
            />
          )}
        </Row>
        <Row label={t('context.concurrency')} path="endpoint.concurrency" resolved={r}>
          {(disabled) => (
            <input type="number" min={1} max={16} disabled={disabled} value={endpoint.concurrency} onChange={(e) => setEndpoint({ concurrency: Number(e.target.value) })} />
          )}
        </Row>
        <div className="actions">
          <button type="button" onClick={test} disabled={testing}>
            {t('settings.test')}
          </button>
          {testing && <span role="status">{t('settings.testing')}</span>}
        </div>
        {connection && (
          <p className="muted" data-testid="connection-tested">
            {t('settings.testedUrl', { url: tested?.baseURL ?? '' })}
          </p>
        )}
        {connection && 'models' in connection && (
          <p role="status" data-testid="connection-ok">
            {t('settings.connected', { count: connection.models.length })} {connection.models.join(', ')}
            {!connection.modelListed && ` — ${t('settings.modelNotListed', { model: endpoint.model })}`}
          </p>
        )}
        {connection && 'error' in connection && <FailureMessage failure={connection.error} endpoint={endpoint} />}
        {connection && 'code' in connection && (
          <ErrorMessage text={t(`settingsMessage.${connection.code}`, { url: connection.url, origin: connection.origin ?? connection.url })} />
        )}
        {contextWindow && (
          <p role="status" data-testid="context-window">
            {windowText(t, contextWindow.tokens, contextWindow.source)}
          </p>
        )}
        {/* Ollama (its usual port before a test says more) cuts over-long requests without an error. */}
        {(contextWindow ? contextWindow.truncatesSilently : /:11434(\/|$)/.test(endpoint.baseURL)) && (
          <div className="message message-warn" data-testid="truncation-warning">
            {t('context.ollamaTruncates')}
          </div>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('settings.privacy')}</legend>
        <Row label={t('settings.pseudonymize')} path="pseudonymize" resolved={r} hint={t('privacy.notAnonymous')}>
          {(disabled) => (
            <input
              type="checkbox"
              disabled={disabled || isLocked(r.locked, 'pseudonymizeByEndpoint')}
              checked={pseudoForEndpoint}
              onChange={(e) =>
                setDraft(
                  origin
                    ? { ...draft, pseudonymizeByEndpoint: { ...draft.pseudonymizeByEndpoint, [origin]: e.target.checked } }
                    : { ...draft, pseudonymize: e.target.checked },
                )
              }
            />
          )}
        </Row>
        <Row label={t('settings.previewBeforeSend')} path="previewBeforeSend" resolved={r}>
          {(disabled) => <input type="checkbox" disabled={disabled} checked={draft.previewBeforeSend} onChange={(e) => setDraft({ ...draft, previewBeforeSend: e.target.checked })} />}
        </Row>
        <Row label={t('settings.logPayloads')} path="logPayloads" resolved={r}>
          {(disabled) => <input type="checkbox" disabled={disabled} checked={draft.logPayloads} onChange={(e) => setDraft({ ...draft, logPayloads: e.target.checked })} />}
        </Row>
        <Row label={t('settings.auditRetention')} path="auditRetentionDays" resolved={r}>
          {(disabled) => (
            <input type="number" min={1} max={3650} disabled={disabled} value={draft.auditRetentionDays} onChange={(e) => setDraft({ ...draft, auditRetentionDays: Number(e.target.value) })} />
          )}
        </Row>
        <Row label={t('settings.draftRetention')} path="draftRetentionDays" resolved={r}>
          {(disabled) => (
            <input type="number" min={1} max={90} disabled={disabled} value={draft.draftRetentionDays} onChange={(e) => setDraft({ ...draft, draftRetentionDays: Number(e.target.value) })} />
          )}
        </Row>
      </fieldset>

      <fieldset>
        <legend>{t('settings.you')}</legend>
        <Row label={t('settings.userId')} path="userId" resolved={r}>
          {(disabled) => <input disabled={disabled} value={draft.userId} onChange={(e) => setDraft({ ...draft, userId: e.target.value })} />}
        </Row>
        <Row label={t('settings.responsibleUserId')} path="responsibleUserId" resolved={r}>
          {(disabled) => <input disabled={disabled} value={draft.responsibleUserId} onChange={(e) => setDraft({ ...draft, responsibleUserId: e.target.value })} />}
        </Row>
        <Row label={t('settings.language')} path="language" resolved={r}>
          {(disabled) => (
            <select disabled={disabled} value={draft.language} onChange={(e) => setDraft({ ...draft, language: e.target.value as Settings['language'] })}>
              <option value="nl">Nederlands</option>
              <option value="en">English</option>
            </select>
          )}
        </Row>
      </fieldset>

      <fieldset>
        <legend>{t('settings.transcription')}</legend>
        <Row label={t('settings.baseURL')} path="transcription.baseURL" resolved={r} hint={t('settings.transcriptionHint')}>
          {(disabled) => (
            <input type="url" disabled={disabled} value={draft.transcription.baseURL} onChange={(e) => setDraft({ ...draft, transcription: { ...draft.transcription, baseURL: e.target.value } })} />
          )}
        </Row>
        <Row label={t('settings.model')} path="transcription.model" resolved={r}>
          {(disabled) => (
            <input disabled={disabled} value={draft.transcription.model} onChange={(e) => setDraft({ ...draft, transcription: { ...draft.transcription, model: e.target.value } })} />
          )}
        </Row>
        <Row label={t('settings.apiKey')} path="transcription.apiKey" resolved={r}>
          {(disabled) => (
            <input type="password" autoComplete="off" disabled={disabled} value={draft.transcription.apiKey} onChange={(e) => setDraft({ ...draft, transcription: { ...draft.transcription, apiKey: e.target.value } })} />
          )}
        </Row>
      </fieldset>

      <fieldset>
        <legend>{t('settings.sites')}</legend>
        <p className="muted">{t('settings.sitesHint')}</p>
        {r.settings.ecdSites.length > 0 && (
          <p>
            {t('settings.orgSites', { sites: r.settings.ecdSites.join(', ') })}{' '}
            <button
              type="button"
              onClick={() =>
                void browser.permissions
                  .request({ origins: r.settings.ecdSites })
                  .then((ok) => setStatus(ok ? { kind: 'ok', text: t('settings.sitesGranted') } : { kind: 'error', text: t('settings.permissionDenied') }))
              }
            >
              {t('settings.grantSites')}
            </button>
          </p>
        )}
        <Row label={t('settings.enabledSites')} path="enabledSites" resolved={r} hint={t('settings.enabledSitesHint')}>
          {(disabled) => <textarea rows={3} disabled={disabled} value={sitesText} onChange={(e) => setSitesText(e.target.value)} />}
        </Row>
      </fieldset>

      <div className="actions">
        <button type="submit" className="primary">
          {t('settings.save')}
        </button>
      </div>
      {status && (status.kind === 'ok' ? <p role="status">{status.text}</p> : <ErrorMessage text={status.text} />)}

      {r.warnings.length > 0 && (
        <section aria-labelledby="admin-warnings">
          <h2 id="admin-warnings">{t('settings.adminWarnings')}</h2>
          <ul data-testid="policy-warnings">
            {r.warnings.map((w, i) => (
              <li key={i}>{describeWarning(w, t)}</li>
            ))}
          </ul>
        </section>
      )}
    </form>
  );
}
