import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { addScreenToCollection, clearCollection, getCollection, removeScreenFromCollection } from '@/lib/db';
import { getAppDB } from '@/lib/db/app-db';
import type { Auditor } from '@/lib/audit';
import type { CollectedScreen } from '@/lib/pipeline';
import type { FillSession, TabRead } from '@/lib/session';
import type { SendPolicy, Settings } from '@/lib/settings';
import { ErrorMessage, InfoMessage } from '../common/ErrorMessage';
import { DraftSection } from '../drafting/DraftSection';
import { useClientHash } from '../hooks/useClientHash';
import type { Notes } from '../hooks/useNotes';
import { useT } from '../i18n';

/**
 * "Dossieroverzicht": screens of ONE client gathered across pages and tabs (reports, medication, lab,
 * letters) and summarised together, each statement traceable to its screen.
 */
export function CollectionSection(props: { session: FillSession; tab: TabRead | null; policy: SendPolicy; settings: Settings; notes: Notes; auditor: Auditor }) {
  const { t, format } = useT();
  const collection = useLiveQuery(() => getCollection(getAppDB()), []);
  // The overview's drafts belong to the overview's client, whatever page is open now.
  const clientHash = useClientHash(collection?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);

  const add = async () => {
    if (!props.tab) return;
    setError(null);
    setAdded(null);
    const top = props.tab.frames[0];
    const result = await addScreenToCollection(getAppDB(), {
      clientFingerprint: props.tab.clientFingerprint,
      clientLabel: props.tab.client?.name ?? '',
      url: props.tab.url,
      title: top?.snapshot.title || props.tab.url,
      text: props.tab.text,
      blocks: props.tab.blocks.map(({ frameId: _f, ...b }) => b),
    });
    if (result.ok) setAdded(top?.snapshot.title ?? '');
    else setError(t(`collection.${result.code}`, { client: result.activeClientLabel ?? '' }));
  };
  const addSafely = () => {
    add().catch(() => setError(t('collection.failed')));
  };

  const screens: CollectedScreen[] =
    collection?.screens.map((s) => ({
      title: s.title,
      url: s.url,
      text: s.text,
      reports: s.blocks
        ?.filter((b) => b.kind === 'report')
        .map((b) => ({ date: b.date, author: b.author, text: b.text })),
    })) ?? [];

  return (
    <section aria-labelledby="collection-title" className="card">
      <h2 id="collection-title">{t('collection.title')}</h2>
      <p className="muted">{t('collection.explain')}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={addSafely} disabled={!props.tab}>
          {t('collection.add')}
        </button>
        {collection && (
          <button type="button" onClick={() => void clearCollection(getAppDB())}>
            {t('collection.clear')}
          </button>
        )}
      </div>
      {!props.tab && <InfoMessage>{t('panel.readFirst')}</InfoMessage>}
      {error && <ErrorMessage text={error} />}
      {added !== null && <p role="status">{t('collection.added', { title: added })}</p>}
      {collection && (
        <>
          <p>{t('collection.for', { client: collection.clientLabel, count: collection.screens.length })}</p>
          <ul data-testid="collection-screens" className="screen-list">
            {collection.screens.map((s) => (
              <li key={s.url}>
                <span className="screen-title">{s.title}</span>
                <span className="muted">{format.dateTime(s.capturedAt)}</span>
                <button type="button" className="link" onClick={() => void removeScreenFromCollection(getAppDB(), s.url)}>
                  {t('collection.remove')}
                </button>
              </li>
            ))}
          </ul>
          <DraftSection
            session={props.session}
            tab={null}
            stale={false}
            policy={props.policy}
            notes={props.notes}
            clientHash={clientHash}
            clientLabel={collection.clientLabel}
            scope="overview"
            settings={props.settings}
            auditor={props.auditor}
            screens={screens}
            idPrefix="overzicht-"
            knownNames={collection.clientLabel ? [collection.clientLabel] : []}
            previewRequired={props.settings.previewBeforeSend}
            templateKinds={['samenvatting', 'periode', 'domeinen', 'omaha']}
          />
        </>
      )}
    </section>
  );
}
