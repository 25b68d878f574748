/**
 * Test hook: the SPA publishes its React state on window.__spaState so e2e tests can read what the app
 * believes, independent of what the DOM input shows (a controlled input may display one thing and hold another).
 */

export interface SpaRejection {
  field: string;
  value: string;
  trusted: boolean;
}

export interface SpaState {
  route: string;
  clientId: string;
  clientName: string;
  /** Client-side route switches (history.pushState / popstate) since load. */
  navigations: number;
  values: Record<string, string | boolean>;
  savedValues: Record<string, string | boolean>;
  /** Labels of fields whose value differs from the last save. */
  dirtyFields: string[];
  saves: number;
  rejectedChanges: SpaRejection[];
}

type SandboxWindow = Window & {
  __spaState?: Partial<SpaState>;
  __sandboxSubmitted?: boolean;
  __sandboxSubmissions?: { form: string; via: string; page: string; at: string }[];
};

const sandboxWindow = window as SandboxWindow;
sandboxWindow.__sandboxSubmitted = false;
sandboxWindow.__sandboxSubmissions = [];

/** Merges part of the state into a fresh window.__spaState object (readers always get a consistent copy). */
export function publishSpaState(part: Partial<SpaState>): void {
  sandboxWindow.__spaState = { ...sandboxWindow.__spaState, ...part };
}

/** Records a save the same way the static pages' submit-guard.js does. */
export function recordSubmission(form: string): void {
  sandboxWindow.__sandboxSubmitted = true;
  sandboxWindow.__sandboxSubmissions?.push({ form, via: 'submit-event', page: location.pathname, at: new Date().toISOString() });
}
