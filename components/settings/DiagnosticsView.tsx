import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { readForwardingStatus, type ForwardingStatus } from '@/lib/audit/forwarding';
import { getAppDB } from '@/lib/db/app-db';
import { diagnoseEndpoint, settingRows, transcriptionEndpoint, type EndpointDiagnosis } from '@/lib/diagnostics';
import { sendMessage } from '@/lib/messaging';
import { forwardingPolicyFor, originOf, type ResolvedSettings } from '@/lib/settings';
import { hasProfileIdentityPermission, PROFILE_IDENTITY_PERMISSIONS } from '@/lib/settings/profileIdentity';
import { useT } from '../i18n';

const hasHostPermission = (origins: string) => browser.permissions.contains({ origins: [origins] });
const requestHost = (origin: string) => browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);

/** The installed extension: version, ID and how it was installed (admin = by policy). */
function useInstall(): { version: string; id: string; installType: string } {
  const [installType, setInstallType] = useState('');
  useEffect(() => {
    const management = (browser as unknown as { management?: { getSelf?(): Promise<{ installType?: string }> } }).management;
    void management?.getSelf?.().then((self) => setInstallType(self.installType ?? ''), () => undefined);
  }, []);
  return { version: browser.runtime.getManifest().version, id: browser.runtime.id, installType };
}

/**
 * "Diagnose voor de beheerder": what is installed, who the log records, whether the AI and speech servers
 * can be reached (through the egress lock), how forwarding the audit log goes, and every setting with its
 * source. The checks live in lib/diagnostics; this view renders them.
 */
export function DiagnosticsView({ resolved }: { resolved: ResolvedSettings }) {
  const { t, format } = useT();
  const { settings } = resolved;
  const install = useInstall();
  const [checks, setChecks] = useState<{ chat: EndpointDiagnosis; transcription: EndpointDiagnosis } | null>(null);
  const [checking, setChecking] = useState(false);
  const [identityGranted, setIdentityGranted] = useState<boolean | null>(null);
  const [sending, setSending] = useState(false);

  const ticket = useRef(0);
  const check = useCallback(async () => {
    const mine = ++ticket.current;
    setChecking(true);
    const deps = { hasHostPermission };
    const [chat, transcription] = await Promise.all([
      diagnoseEndpoint(settings.endpoint, settings, deps),
      diagnoseEndpoint(transcriptionEndpoint(settings.transcription), settings, deps),
    ]);
    // A check of settings that changed meanwhile is dropped.
    if (mine !== ticket.current) return;
    setChecks({ chat, transcription });
    setChecking(false);
  }, [settings]);
  useEffect(() => void check(), [check]);
  useEffect(() => void hasProfileIdentityPermission().then(setIdentityGranted), [resolved]);

  const forwardingPolicy = forwardingPolicyFor(settings);
  const forwarding = useLiveQuery(() => readForwardingStatus(getAppDB(), forwardingPolicy), [JSON.stringify(forwardingPolicy)]);
  const collectorOrigin = forwardingPolicy ? originOf(forwardingPolicy.url) : null;
  const [collectorPermission, setCollectorPermission] = useState<boolean | null>(null);
  useEffect(() => {
    if (collectorOrigin) void hasHostPermission(`${collectorOrigin}/*`).then(setCollectorPermission);
  }, [collectorOrigin]);

  const yesNo = (value: boolean | null) => (value === null ? '—' : value ? t('common.yes') : t('common.no'));
  const when = (iso?: string) => (iso ? format.dateTime(iso) : '—');

  const endpointRow = (name: 'chat' | 'transcription', d: EndpointDiagnosis | undefined) => (
    <tr
      data-testid={`diag-endpoint-${name}`}
      data-state={d?.state ?? ''}
      data-reachable={String(d?.reachable ?? '')}
      data-cors={d?.cors ?? ''}
      data-permission={String(d?.hostPermission ?? '')}
    >
      <th scope="row">{t(`diag.${name}`)}</th>
      <td>{d?.baseURL || '—'}</td>
      {!d || d.state !== 'checked' ? (
        <td colSpan={4}>{d ? t(`diag.state.${d.state}`) : t('diag.checking')}</td>
      ) : (
        <>
          <td>
            {yesNo(d.hostPermission)}{' '}
            {d.hostPermission === false && d.origin && (
              <button type="button" className="link" onClick={() => void requestHost(d.origin!).then(() => check())}>
                {t('diag.grant')}
              </button>
            )}
          </td>
          <td>{yesNo(d.reachable)}</td>
          <td>{t(`diag.cors.${d.cors}`)}</td>
          <td>
            {d.models ? `${d.models.join(', ') || '—'}${d.modelListed === false ? ` (${t('diag.modelMissing')})` : ''}` : '—'}
            {d.failure && <small className="muted"> {t(`llmError.${d.failure.code}`)}</small>}
          </td>
        </>
      )}
    </tr>
  );

  return (
    <section aria-labelledby="diagnostics-title" className="diagnostics" data-testid="diagnostics">
      <h2 id="diagnostics-title">{t('diag.title')}</h2>
      <p className="muted">{t('diag.explain')}</p>

      <h3>{t('diag.install')}</h3>
      <p data-testid="diag-version">
        Dossierhulp {install.version} · {t('diag.id')} <code>{install.id}</code>
        {install.installType && ` · ${t('diag.installType')} ${install.installType === 'admin' ? t('diag.byPolicy') : install.installType}`}
      </p>

      <h3>{t('diag.identity')}</h3>
      <p data-testid="diag-identity" data-source={resolved.userIdSource}>
        {settings.userId || t('diag.noUser')} · {t('diag.userSource')} {t(`userIdSource.${resolved.userIdSource}`)}
        {resolved.userIdFrom && ` (userIdFrom: ${resolved.userIdFrom})`}
      </p>
      {/* Firefox has no profile account to offer (no getProfileUserInfo), so there is nothing to ask for. */}
      {resolved.userIdFrom === 'profile' && identityGranted === false && !import.meta.env.FIREFOX && (
        <p>
          {t('diag.identityAsk')}{' '}
          <button type="button" onClick={() => void browser.permissions.request({ permissions: [...PROFILE_IDENTITY_PERMISSIONS] as never }).then(setIdentityGranted, () => undefined)}>
            {t('diag.identityGrant')}
          </button>
        </p>
      )}

      <h3>{t('diag.servers')}</h3>
      <table className="diag-table">
        <thead>
          <tr>
            <th scope="col">{t('diag.server')}</th>
            <th scope="col">{t('diag.address')}</th>
            <th scope="col">{t('diag.hostPermission')}</th>
            <th scope="col">{t('diag.reachable')}</th>
            <th scope="col">CORS</th>
            <th scope="col">{t('diag.models')}</th>
          </tr>
        </thead>
        <tbody>
          {endpointRow('chat', checks?.chat)}
          {endpointRow('transcription', checks?.transcription)}
        </tbody>
      </table>
      <div className="actions">
        <button type="button" onClick={() => void check()} disabled={checking}>
          {t('diag.recheck')}
        </button>
        {checking && <span role="status">{t('diag.checking')}</span>}
      </div>

      <h3>{t('diag.forwarding')}</h3>
      <ForwardingState status={forwarding} permission={collectorPermission} when={when} yesNo={yesNo} />
      {forwarding?.enabled && (
        <div className="actions">
          <button
            type="button"
            disabled={sending}
            onClick={() => {
              setSending(true);
              void sendMessage('forwardAuditNow', undefined).finally(() => setSending(false));
            }}
          >
            {t('diag.sendNow')}
          </button>
          {collectorPermission === false && collectorOrigin && (
            <button type="button" onClick={() => void requestHost(collectorOrigin).then(setCollectorPermission)}>
              {t('diag.grantCollector')}
            </button>
          )}
        </div>
      )}

      <h3>{t('diag.settings')}</h3>
      <table className="diag-table" data-testid="diag-settings">
        <thead>
          <tr>
            <th scope="col">{t('diag.setting')}</th>
            <th scope="col">{t('diag.value')}</th>
            <th scope="col">{t('diag.source')}</th>
          </tr>
        </thead>
        <tbody>
          {settingRows(resolved).map((row) => (
            <tr key={row.path} data-path={row.path} data-source={row.source}>
              <td>
                <code>{row.path}</code>
              </td>
              <td>{row.value}</td>
              <td>
                {t(`diag.from.${row.source}`)}
                {row.locked && ` · ${t('diag.locked')}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ForwardingState(props: { status: ForwardingStatus | undefined; permission: boolean | null; when: (iso?: string) => string; yesNo: (v: boolean | null) => string }) {
  const { t } = useT();
  const s = props.status;
  if (!s) return <p role="status">{t('diag.checking')}</p>;
  const error = s.lastError;
  return (
    <dl className="diag-forwarding" data-testid="diag-forwarding" data-enabled={String(s.enabled)} data-queued={s.queued} data-sent={s.sentTotal}>
      <dt>{t('diag.collector')}</dt>
      <dd>{s.collector ?? t('diag.notForwarding')}</dd>
      <dt>{t('diag.queued')}</dt>
      <dd data-testid="diag-queued">{s.queued}</dd>
      <dt>{t('diag.lastSuccess')}</dt>
      <dd data-testid="diag-last-success">{props.when(s.lastSuccessAt)}</dd>
      <dt>{t('diag.lastError')}</dt>
      <dd data-testid="diag-last-error">
        {error ? `${props.when(error.at)}: ${t(`diag.forwardError.${error.code}`)}${error.status ? ` (HTTP ${error.status})` : ''}${error.detail ? ` — ${error.detail}` : ''}` : '—'}
      </dd>
      {s.nextAttemptAt && (
        <>
          <dt>{t('diag.nextAttempt')}</dt>
          <dd>{props.when(s.nextAttemptAt)}</dd>
        </>
      )}
      <dt>{t('diag.sentTotal')}</dt>
      <dd>{s.sentTotal}</dd>
      {s.enabled && (
        <>
          <dt>{t('diag.hostPermission')}</dt>
          <dd>{props.yesNo(props.permission)}</dd>
        </>
      )}
    </dl>
  );
}
