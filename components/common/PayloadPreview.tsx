import { useEffect, useRef } from 'react';
import { useT } from '../i18n';

/** Shows the exact request body that would leave the browser, and lets the user send or stop it. */
export function PayloadPreview(props: {
  url: string;
  body: string;
  identifiers: number;
  /** E.g. that this is the first of several requests of a chunked summary. */
  note?: string;
  onSend?: () => void;
  onClose: () => void;
}) {
  const { t } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  let pretty = props.body;
  try {
    pretty = JSON.stringify(JSON.parse(props.body), null, 2);
  } catch {
    // Not JSON: show it as sent.
  }
  return (
    <dialog ref={dialog} className="preview" aria-labelledby="preview-title" onClose={props.onClose}>
      <h2 id="preview-title">{t('preview.title')}</h2>
      <p>{t('preview.destination', { url: props.url })}</p>
      <p>{t('preview.identifiers', { count: props.identifiers })}</p>
      {props.note && <p className="warn">{props.note}</p>}
      <pre data-testid="payload-preview" tabIndex={0}>
        {pretty}
      </pre>
      <div className="actions">
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
