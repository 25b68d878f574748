/**
 * What every component-kit page exposes to tests (issue 17):
 * - `window.__formState()`: the form's values as the framework itself holds them (never read from the DOM);
 * - `window.__submits` / `window.__submitLog`: every submit event and every click on a save button;
 * - `window.__kitReady`: true once the framework has rendered the form.
 * Saving is never possible: the submit is cancelled and only counted (the server answers 405 to POST anyway).
 */
export type FormState = Record<string, unknown>;

declare global {
  interface Window {
    __formState?: () => FormState;
    __submits?: number;
    __submitLog?: { via: string; at: string }[];
    __kitReady?: boolean;
  }
}

/** Counts a save: a submit event, a save button's click, or a library's own onFinish/onSubmit. */
export function recordSave(via: string): void {
  window.__submits = (window.__submits ?? 0) + 1;
  (window.__submitLog ??= []).push({ via, at: new Date().toISOString() });
  try {
    if (window.top && window.top !== window) window.top.__submits = (window.top.__submits ?? 0) + 1;
  } catch {
    /* another origin: nothing to report to */
  }
}

/** Installs the submit counter; call once per page before the framework renders. */
export function installSubmitCounter(): void {
  window.__submits ??= 0;
  window.__submitLog ??= [];
  window.addEventListener(
    'submit',
    (event) => {
      event.preventDefault();
      recordSave('submit-event');
    },
    true,
  );
  window.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target.closest('[data-save]') : null;
      if (target) recordSave('save-click');
    },
    true,
  );
  const submit = HTMLFormElement.prototype.submit;
  HTMLFormElement.prototype.submit = function patched(this: HTMLFormElement) {
    recordSave('form.submit()');
    void submit;
  };
}

/** Publishes the framework's state reader and marks the page ready. */
export function publishFormState(read: () => FormState): void {
  window.__formState = () => JSON.parse(JSON.stringify(read(), (_k, v) => (v === undefined ? null : v))) as FormState;
  window.__kitReady = true;
}

/** 'YYYY-MM-DD' of a Date (local time), or null. */
export function isoDay(date: Date | null | undefined): string | null {
  if (!date || Number.isNaN(date.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
