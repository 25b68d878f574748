import type { UiLanguage } from './schema';

/**
 * Every text the settings layer can put in front of a user or admin, by code.
 * `{name}` placeholders are filled by settingsMessage().
 */
export const settingsMessages = {
  locked: {
    nl: 'Deze instelling wordt beheerd door uw organisatie en kan hier niet worden gewijzigd ({paths}). Neem contact op met uw beheerder als dit niet klopt.',
    en: 'This setting is managed by your organisation and cannot be changed here ({paths}). Contact your administrator if this is wrong.',
  },
  'endpoint-not-allowed': {
    nl: 'Het adres {origin} staat niet op de lijst van toegestane AI-servers van uw organisatie. Kies een toegestaan adres of vraag uw beheerder om dit adres toe te voegen.',
    en: 'The address {origin} is not on your organisation’s list of allowed AI servers. Choose an allowed address or ask your administrator to add this one.',
  },
  'endpoint-invalid-url': {
    nl: '"{url}" is geen geldig webadres. Gebruik een adres dat begint met http:// of https://, bijvoorbeeld http://localhost:11434/v1.',
    en: '"{url}" is not a valid web address. Use an address starting with http:// or https://, for example http://localhost:11434/v1.',
  },
  'invalid-value': {
    nl: 'De waarde van {path} is ongeldig en wordt genegeerd ({detail}).',
    en: 'The value of {path} is invalid and is ignored ({detail}).',
  },
  'unknown-key': {
    nl: 'Onbekende instelling {path} wordt genegeerd. Controleer de spelling; hoofdletters tellen mee.',
    en: 'Unknown setting {path} is ignored. Check the spelling; names are case-sensitive.',
  },
  'allowlist-invalid': {
    nl: 'allowedEndpointOrigins in het beleid bevat geen geldig adres. Uit voorzorg is daarom geen enkele AI-server toegestaan tot het beleid is hersteld.',
    en: 'allowedEndpointOrigins in the policy holds no valid address. As a precaution no AI server is allowed until the policy is fixed.',
  },
  'secret-without-endpoint': {
    nl: '{path} uit het beleid wordt niet gebruikt, omdat het beleid in hetzelfde blok geen geldige baseURL zet. Zo gaat de sleutel van uw organisatie nooit naar een ander adres.',
    en: '{path} from the policy is not used because the policy sets no valid baseURL in the same block. This way your organisation’s key never goes to another address.',
  },
  'save-invalid': {
    nl: 'De instellingen zijn niet opgeslagen: de waarde van {path} is ongeldig ({detail}). Pas de waarde aan en probeer het opnieuw.',
    en: 'The settings were not saved: the value of {path} is invalid ({detail}). Correct the value and try again.',
  },
  'save-failed': {
    nl: 'De instellingen konden niet worden opgeslagen ({detail}). Probeer het opnieuw; blijft dit gebeuren, herstart dan de browser.',
    en: 'The settings could not be saved ({detail}). Try again; if it keeps happening, restart the browser.',
  },
  'browser-policy-hint': {
    nl: 'Chrome en Edge laten beleidswaarden die niet bij het schema passen zelf vallen; die ziet Dossierhulp niet. Controleer ze op chrome://policy (Edge: edge://policy).',
    en: 'Chrome and Edge drop policy values that do not fit the schema themselves; Dossierhulp never sees them. Check them on chrome://policy (Edge: edge://policy).',
  },
  'managed-badge': {
    nl: 'Beheerd door uw organisatie',
    en: 'Managed by your organisation',
  },
  'recommended-badge': {
    nl: 'Aanbevolen door uw organisatie',
    en: 'Recommended by your organisation',
  },
  // Identity (userIdFrom).
  'user-id-missing': {
    nl: 'Het beleid zegt dat de gebruiker uit het beleid komt (userIdFrom: policy), maar zet geen userId. Het logboek legt nu geen gebruiker vast. Zet userId per gebruiker, zie hoofdstuk 4 van de beheerdershandleiding.',
    en: 'The policy says the user comes from policy (userIdFrom: policy) but sets no userId. The log now records no user. Set userId per user, see chapter 4 of the admin guide.',
  },
  'user-id-ignored': {
    nl: 'userId uit het beleid wordt genegeerd, omdat userIdFrom op manual staat: de gebruiker vult zelf in wie hij is.',
    en: 'userId from the policy is ignored because userIdFrom is manual: users enter who they are themselves.',
  },
} as const satisfies Record<string, Record<UiLanguage, string>>;

export type SettingsMessageCode = keyof typeof settingsMessages;

/** A value from policy or from stored user settings that was ignored, for the admin section of the options page. */
export interface SettingsWarning {
  source: 'policy' | 'user';
  /** Dot path, with [i] for list items. */
  path: string;
  code: Extract<
    SettingsMessageCode,
    | 'invalid-value'
    | 'unknown-key'
    | 'allowlist-invalid'
    | 'endpoint-not-allowed'
    | 'secret-without-endpoint'
    | 'user-id-missing'
    | 'user-id-ignored'
  >;
  /** Technical detail in English (zod's message); for 'endpoint-not-allowed' the refused origin. */
  message: string;
}

/**
 * The text for a code in the UI language, with `{name}` placeholders filled.
 *
 * @example settingsMessage('locked', 'nl', { paths: 'endpoint.baseURL' })
 */
export function settingsMessage(
  code: SettingsMessageCode,
  language: UiLanguage,
  vars: Record<string, string | number> = {},
): string {
  return settingsMessages[code][language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  );
}

/** The text for a settings warning, e.g. in the options page's list for the admin. */
export function describeWarning(warning: SettingsWarning, language: UiLanguage): string {
  return settingsMessage(warning.code, language, {
    path: warning.path,
    detail: warning.message,
    origin: warning.message,
  });
}
