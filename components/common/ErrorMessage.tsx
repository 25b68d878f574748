import { useT } from '../i18n';

/** A problem, said in the user's language: what happened and what they can do next. */
export function ErrorMessage({ title, text, onDismiss }: { title?: string; text: string; onDismiss?: () => void }) {
  const { t } = useT();
  return (
    <div className="message message-error" role="alert">
      {title && <strong>{title} </strong>}
      <span>{text}</span>
      {onDismiss && (
        <button type="button" className="link" onClick={onDismiss}>
          {t('common.dismiss')}
        </button>
      )}
    </div>
  );
}

export function InfoMessage({ children }: { children: React.ReactNode }) {
  return (
    <div className="message message-info" role="status">
      {children}
    </div>
  );
}
