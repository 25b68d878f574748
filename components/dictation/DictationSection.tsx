import { useState } from 'react';
import { transcriptionPolicyFor, type Settings } from '@/lib/settings';
import type { Auditor } from '@/lib/audit';
import type { TabRead } from '@/lib/session';
import type { Notes } from '../hooks/useNotes';
import { InfoMessage } from '../common/ErrorMessage';
import { useT } from '../i18n';
import { DictationRecorder } from './DictationRecorder';

/**
 * Dictate → transcribe on the organisation's own endpoint → the transcript joins the notes, which the
 * SOEP template and the field suggestions then use, reviewed as usual.
 */
export function DictationSection(props: { settings: Settings; notes: Notes; auditor: Auditor; subject: TabRead | null; onUse(): void }) {
  const { t } = useT();
  const [added, setAdded] = useState(false);
  // Audio may go to the transcription server and nowhere else.
  const { allowedOrigins } = transcriptionPolicyFor(props.settings);
  return (
    <section aria-labelledby="dictate-title" className="card">
      <h2 id="dictate-title">{t('dictate.title')}</h2>
      <p className="muted">{t('dictate.explain')}</p>
      <DictationRecorder
        config={props.settings.transcription}
        allowedOrigins={allowedOrigins}
        onTranscript={(text) => {
          props.notes.append(text);
          setAdded(true);
        }}
        onAudit={(e) =>
          props.auditor.record(
            {
              type: 'transcribe',
              bytes: e.bytes,
              endpointHost: e.endpointHost,
              model: props.settings.transcription.model,
              outcome: e.ok ? 'transcribed' : (e.error ?? 'failed'),
              ...(e.ok ? { count: Math.round(e.seconds) } : {}),
            },
            props.subject ? { url: props.subject.url, clientFingerprint: props.subject.clientFingerprint } : null,
          )
        }
      />
      {added && (
        <InfoMessage>
          {t('dictate.added')}{' '}
          <button type="button" className="link" onClick={props.onUse}>
            {t('dictate.toWrite')}
          </button>
        </InfoMessage>
      )}
      {props.notes.text && (
        <label className="block">
          {t('draft.notes')}
          <textarea rows={6} data-testid="dictation-notes" value={props.notes.text} onChange={(e) => props.notes.setText(e.target.value)} />
        </label>
      )}
    </section>
  );
}
