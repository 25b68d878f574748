import { z } from 'zod';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { auditForwardingSchema } from './auditForwarding';
import { endpointConfigSchema, type EndpointConfig } from './endpoint';

/**
 * Version of the stored user settings. Bump it together with a new file in `migrations/`;
 * WXT storage runs the numbered migrations on the stored value when the extension updates.
 */
export const SETTINGS_VERSION = 4;

/**
 * True for a WebExtension match pattern for web pages, such as `https://ecd.zorg.nl/*` or
 * `https://*.zorg.nl/*`. Patterns hold no port: they match every port of the host.
 */
export function isMatchPattern(value: string): boolean {
  if (value !== '<all_urls>' && !/^(https?|\*):\/\//.test(value)) return false;
  try {
    new MatchPattern(value);
    return true;
  } catch {
    return false;
  }
}

/** A match pattern (https://ecd.example.nl/*) for a site where the extension may read and fill. */
export const matchPatternSchema = z.string().refine(isMatchPattern, {
  message: 'Expected a match pattern such as https://ecd.example.nl/*',
});

export const uiLanguageSchema = z.enum(['nl', 'en']);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

export const transcriptionProviderSchema = z.enum(['openai-compatible', 'azure', 'openai']);

/** Where dictated audio is transcribed; lib/dictation uses this schema as its config. */
export const transcriptionSchema = z.object({
  provider: transcriptionProviderSchema.default('openai-compatible'),
  /** e.g. http://localhost:8000/v1. Empty means: no transcription endpoint configured. */
  baseURL: z.string().default(''),
  model: z.string().default('whisper-1'),
  apiKey: z.string().default(''),
  /** ISO-639-1 code sent with every request, so Whisper does not guess the language. */
  language: z.string().default('nl'),
  // No switch for the browser's own speech recognition (Web Speech): it sends audio to the browser
  // vendor, so Dossierhulp never uses it. Settings v4 dropped `allowWebSpeech`.
});
export type TranscriptionSettings = z.infer<typeof transcriptionSchema>;

export const featuresSchema = z.object({
  summaries: z.boolean().default(true),
  fieldSuggestions: z.boolean().default(true),
  dictation: z.boolean().default(true),
});
export type Features = z.infer<typeof featuresSchema>;

/** A template as stored in settings; lib/templates owns the real template schema and validates on use. */
export const storedTemplateSchema = z.record(z.string(), z.unknown());

/**
 * Every setting the extension reads, with its default. The single source of truth for `Settings`.
 * The user's stored value is a sparse subset of this; policy fills the rest (see resolveSettings).
 */
export const settingsSchema = z.object({
  schemaVersion: z.number().int().positive().default(SETTINGS_VERSION),
  endpoint: endpointConfigSchema.prefault({}),
  transcription: transcriptionSchema.prefault({}),
  /** UI language; Dutch first. */
  language: uiLanguageSchema.default('nl'),
  /** Who is logged as the user in the audit log (NEN 7513), e.g. the ECD login or employee number. */
  userId: z.string().default(''),
  /** NEN 7513 "verantwoordelijke gebruiker": on whose behalf or under whose responsibility the user works. */
  responsibleUserId: z.string().default(''),
  /** Pseudonymise identifiers before text leaves the browser. Default for every endpoint. */
  pseudonymize: z.boolean().default(true),
  /** Per-endpoint exceptions keyed by origin, e.g. a model on localhost that never leaves the machine. */
  pseudonymizeByEndpoint: z.record(z.string(), z.boolean()).default(() => ({})),
  /** Show the exact outgoing request and wait for the user's go before sending it. */
  previewBeforeSend: z.boolean().default(false),
  /** Keep the sent text in the audit log. Off by default: the log then holds no record text. */
  logPayloads: z.boolean().default(false),
  auditRetentionDays: z.number().int().min(1).max(3650).default(180),
  draftRetentionDays: z.number().int().min(1).max(90).default(7),
  /** Match patterns the user enabled the extension on (besides the organisation's `ecdSites`). */
  enabledSites: z.array(matchPatternSchema).default(() => []),
  features: featuresSchema.prefault({}),
  userTemplates: z.array(storedTemplateSchema).default(() => []),
  // The three below come from policy only; saveUserSettings refuses them.
  /** ECD sites the organisation enabled (match patterns). */
  ecdSites: z.array(matchPatternSchema).default(() => []),
  /** Origins an endpoint may have; null means no organisation restriction. An empty list allows nothing. */
  allowedEndpointOrigins: z.array(z.string()).nullable().default(null),
  organisationTemplates: z.array(storedTemplateSchema).default(() => []),
  // Accountability (policy only as well): central audit forwarding and the AI transparency mark.
  /** Where audit events are forwarded to (the organisation's log collector); null: they stay in this browser only. */
  auditForwarding: auditForwardingSchema.nullable().default(null),
  /** Text appended to an AI draft inserted into the record, with {gebruiker} for the user id; null: no mark. */
  aiTransparencyMark: z.string().nullable().default(null),
});
export type Settings = z.infer<typeof settingsSchema>;

/** Settings paths that only policy can set. */
export const POLICY_ONLY_PATHS = [
  'ecdSites',
  'allowedEndpointOrigins',
  'organisationTemplates',
  'auditForwarding',
  'aiTransparencyMark',
] as const;

/** The product defaults. A fresh object every call. */
export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}

/** The origin of a URL, or null when it is not a valid http(s) URL. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.origin;
  } catch {
    return null;
  }
}

/**
 * Whether text sent to `endpoint` must be pseudonymised first: the per-endpoint exception
 * for its origin if there is one, else the general switch. Policy `enforcePseudonymization`
 * has already cleared the exceptions and locked the switch on.
 *
 * @example isPseudonymizationOn(settings) // for the configured endpoint
 */
export function isPseudonymizationOn(
  settings: Pick<Settings, 'pseudonymize' | 'pseudonymizeByEndpoint' | 'endpoint'>,
  endpoint: Pick<EndpointConfig, 'baseURL'> = settings.endpoint,
): boolean {
  const origin = originOf(endpoint.baseURL);
  const exception = origin ? settings.pseudonymizeByEndpoint[origin] : undefined;
  return exception ?? settings.pseudonymize;
}

/** All match patterns the extension is active on: the organisation's first, then the user's. */
export function activeSites(settings: Pick<Settings, 'ecdSites' | 'enabledSites'>): string[] {
  return [...new Set([...settings.ecdSites, ...settings.enabledSites])];
}
