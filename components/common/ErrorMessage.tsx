import type { ReactNode } from 'react';
import { useT } from '../i18n';

/** One technical fact for the admin layer of a message. */
export interface MessageDetail {
  label: string;
  value: string;
}

/**
 * A problem, said in two layers: one plain sentence for the nurse (what happened, what to do), and under
 * "Details voor de beheerder" the technical facts and the server-side fix, closed until someone opens it.
 */
export function ErrorMessage(props: {
  title?: string;
  text: string;
  details?: MessageDetail[];
  onDismiss?: () => void;
  children?: ReactNode;
}) {
  const { t } = useT();
  const { title, text, details, onDismiss } = props;
  return (
    <div className="message message-error" role="alert">
      <p className="message-text">
        {title && <strong>{title} </strong>}
        {text}
      </p>
      {props.children}
      {details && details.length > 0 && (
        <details className="message-details" data-testid="admin-details">
          <summary>{t('llmErrorFact.title')}</summary>
          <dl>
            {details.map((d) => (
              <div key={d.label}>
                <dt>{d.label}</dt>
                <dd>{d.value}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      {onDismiss && (
        <button type="button" className="link message-dismiss" onClick={onDismiss}>
          {t('common.dismiss')}
        </button>
      )}
    </div>
  );
}

export function InfoMessage({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <div className="message message-info" role="status" data-testid={testId}>
      {children}
    </div>
  );
}
