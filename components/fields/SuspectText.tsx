import type { TabRead } from '@/lib/session';
import { useT } from '../i18n';

/** "Verdachte tekst op deze pagina": every sentence the read recognised as instructions to an AI, and why. */
export function SuspectText({ tab }: { tab: TabRead }) {
  const { t } = useT();
  const sentences = tab.suspects.flatMap((b) => b.sentences.map((s) => ({ ...s, key: `${b.frameId} ${b.ref} ${s.start}` })));
  if (sentences.length === 0) return null;
  return (
    <div className="message message-warn" role="note" data-testid="suspect-text">
      <strong>{t('read.suspectTitle')}</strong>
      <p>{t('read.suspectExplain')}</p>
      <ul>
        {sentences.map((s) => (
          <li key={s.key}>
            “{s.text}” <span className="muted">({s.reasons.map((r) => t(`suspectReason.${r}`)).join(', ')})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
