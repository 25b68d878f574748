import { useEffect, useMemo, useRef, useState } from 'react';
import { groupReplacements, readableRequest, type PreviewSegment, type Replacement } from '@/lib/preview';
import { useT } from '../i18n';

/** A placeholder in the sent text: marked, and a click shows (here only) what it stands for. */
function Placeholder({ segment }: { segment: Required<PreviewSegment> }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <button
      type="button"
      className="placeholder"
      data-testid="placeholder"
      aria-pressed={open}
      aria-label={open ? undefined : t('preview.showOriginal', { placeholder: segment.text })}
      title={segment.replacement.original}
      onClick={() => setOpen(!open)}
    >
      {segment.text}
      {open && <span className="original"> = {segment.replacement.original}</span>}
    </button>
  );
}

function Segments({ segments }: { segments: PreviewSegment[] }) {
  return (
    <>
      {segments.map((s, i) => (s.replacement ? <Placeholder key={i} segment={s as Required<PreviewSegment>} /> : <span key={i}>{s.text}</span>))}
    </>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * "Bekijk wat er verstuurd wordt": the text as the model will get it, every placeholder marked (a click shows
 * the original, locally), what was replaced by kind ("3 namen, 2 datums verschoven, 1 BSN"), and the raw
 * request only under "Technische details". With `onSend` it is the mandatory preview: nothing leaves until
 * "Versturen".
 */
export function PayloadPreview(props: {
  url: string;
  body: string;
  /** Each replaced identifier once, with its original (memory only). */
  replacements: readonly Replacement[];
  /** Occurrences replaced in all. */
  identifiers: number;
  pseudonymized: boolean;
  /** E.g. that this is the first of several requests of a chunked summary. */
  note?: string;
  /** What of the page the request takes ("Gebaseerd op de 14 nieuwste rapportages …"). */
  selection?: string;
  onSend?: () => void;
  onClose: () => void;
}) {
  const { t } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const view = useMemo(() => readableRequest(props.body, props.replacements), [props.body, props.replacements]);
  const groups = useMemo(() => groupReplacements(props.replacements), [props.replacements]);
  const kindText = (g: (typeof groups)[number]) =>
    t(`previewKind.${g.how === 'shifted' ? 'VERSCHOVEN' : g.type}`, { count: g.items.length });
  const content = view.parts.filter((p) => p.role !== 'system');
  const instructions = view.parts.filter((p) => p.role === 'system');

  return (
    <dialog ref={dialog} className="preview" aria-labelledby="preview-title" onClose={props.onClose}>
      <h2 id="preview-title">{t('preview.title')}</h2>
      <p>
        {t('preview.destination', { host: hostOf(props.url) })}
        {view.model ? ` · ${view.model}` : ''}
      </p>
      <p className="muted">{props.onSend ? t('preview.confirm') : t('preview.notSent')}</p>
      {props.selection && <p data-testid="preview-selection">{props.selection}</p>}
      {props.note && <p className="warn">{props.note}</p>}

      <section aria-labelledby="preview-replaced">
        <h3 id="preview-replaced">{t('preview.replacedTitle')}</h3>
        {!props.pseudonymized ? (
          <p className="warn">{t('preview.pseudonymOff')}</p>
        ) : groups.length === 0 ? (
          <p>{t('preview.replacedNone')}</p>
        ) : (
          <>
            <p data-testid="preview-summary">
              <strong>{groups.map(kindText).join(', ')}</strong>. {t('preview.identifiers', { count: props.identifiers })}
            </p>
            <p className="muted">{t('preview.localOnly')}</p>
            <details className="replacements" data-testid="preview-replacements">
              <summary>{t('preview.byKind')}</summary>
              {groups.map((g) => (
                <section key={`${g.type} ${g.how}`} aria-label={kindText(g)}>
                  <h4>{kindText(g)}</h4>
                  <ul>
                    {g.items.map((r) => (
                      <li key={r.placeholder}>
                        <mark className="placeholder-mark">{r.placeholder}</mark> = {r.original}
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </details>
          </>
        )}
      </section>

      {content.length > 0 && (
        <section aria-labelledby="preview-text-title">
          <h3 id="preview-text-title">{t('preview.textTitle')}</h3>
          <div className="preview-text" data-testid="preview-text" tabIndex={0}>
            {content.map((p, i) => (
              <p key={i}>
                <Segments segments={p.segments} />
              </p>
            ))}
          </div>
        </section>
      )}
      {view.fields.length > 0 && (
        <details>
          <summary>{t('preview.fieldsAsked', { count: view.fields.length })}</summary>
          <ul className="preview-fields">
            {view.fields.map((f, i) => (
              <li key={i}>{f}</li>
            ))}
          </ul>
        </details>
      )}
      {instructions.length > 0 && (
        <details>
          <summary>{t('preview.instructionsTitle')}</summary>
          <div className="preview-text">
            {instructions.map((p, i) => (
              <p key={i}>
                <Segments segments={p.segments} />
              </p>
            ))}
          </div>
        </details>
      )}
      <details className="technical">
        <summary>{t('preview.technical')}</summary>
        <p className="muted">{t('preview.technicalExplain')}</p>
        <p className="muted">{t('preview.address', { url: props.url })}</p>
        <pre data-testid="payload-preview" tabIndex={0}>
          {view.raw}
        </pre>
      </details>
      <div className="actions preview-actions">
        {props.onSend && (
          <button type="button" className="primary" onClick={props.onSend}>
            {t('preview.send')}
          </button>
        )}
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('preview.close')}
        </button>
      </div>
    </dialog>
  );
}
