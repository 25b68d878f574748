import type { LlmErrorCode, LlmFailure } from './llmError';

/**
 * What the UI shows for each failure: what happened and what the user can do next.
 * Dutch first; the English text says the same.
 */
export const llmErrorMessages: Record<LlmErrorCode, { nl: string; en: string }> = {
  unreachable: {
    nl: 'De AI-server is niet bereikbaar. Controleer in de instellingen het adres (basis-URL, bijvoorbeeld http://localhost:11434/v1) en of de server draait. Gebruikt u Ollama? Start het dan met `ollama serve`. Draait Ollama al, start het dan opnieuw met OLLAMA_ORIGINS=chrome-extension://* (Firefox: moz-extension://*), zodat de extensie verbinding mag maken.',
    en: 'The AI server cannot be reached. In the settings, check the address (base URL, for example http://localhost:11434/v1) and that the server is running. Using Ollama? Start it with `ollama serve`. If Ollama is already running, restart it with OLLAMA_ORIGINS=chrome-extension://* (Firefox: moz-extension://*) so the extension is allowed to connect.',
  },
  'connection-refused': {
    nl: 'De AI-server weigert de verbinding: op dit adres en deze poort draait niets. Controleer in de instellingen het adres en de poort (bijvoorbeeld http://localhost:11434/v1) en of de server is gestart; Ollama start u met `ollama serve`.',
    en: 'The AI server refuses the connection: nothing is running at this address and port. In the settings, check the address and port (for example http://localhost:11434/v1) and that the server has been started; start Ollama with `ollama serve`.',
  },
  'connection-reset': {
    nl: 'De verbinding met de AI-server werd verbroken terwijl het verzoek liep: de server draait wel, maar brak het verzoek af. Er is niets overgenomen. Probeer het opnieuw. Gebeurt dit vaker, dan loopt de server mogelijk vast op het verzoek (bijvoorbeeld een te lange tekst) of breekt een proxy het af: meld het dan bij uw beheerder.',
    en: 'The connection to the AI server was broken off during the request: the server is running, but it dropped the request. Nothing was taken over. Try again. If this happens more often, the server may be failing on the request (for example a text that is too long) or a proxy may be cutting it off: report it to your administrator.',
  },
  'dns-failed': {
    nl: 'De naam van de AI-server is niet gevonden (DNS). Controleer de spelling van het adres in de instellingen, en of u verbonden bent met het netwerk van uw organisatie (bijvoorbeeld via VPN).',
    en: "The AI server's name was not found (DNS). Check the spelling of the address in the settings, and that you are connected to your organisation's network (for example through VPN).",
  },
  'cors-origin': {
    nl: 'De AI-server draait, maar weigert verzoeken van deze extensie (herkomst/CORS). Bij Ollama: stop Ollama en start het opnieuw met OLLAMA_ORIGINS=chrome-extension://* (Firefox: moz-extension://*), bijvoorbeeld `OLLAMA_ORIGINS=chrome-extension://* ollama serve`. Bij een andere server: laat de beheerder de herkomst van de extensie toestaan.',
    en: 'The AI server is running but refuses requests from this extension (origin/CORS). For Ollama: stop it and start it again with OLLAMA_ORIGINS=chrome-extension://* (Firefox: moz-extension://*), for example `OLLAMA_ORIGINS=chrome-extension://* ollama serve`. For another server: ask the administrator to allow the extension\'s origin.',
  },
  unauthorized: {
    nl: 'De AI-server weigert de toegang (401/403). Controleer de API-sleutel (en de eventuele extra autorisatie-header) in de instellingen. Is de sleutel verlopen of ingetrokken, vraag dan een nieuwe aan bij uw beheerder.',
    en: 'The AI server denies access (401/403). Check the API key (and any extra authorisation header) in the settings. If the key has expired or was revoked, ask your administrator for a new one.',
  },
  'model-not-found': {
    nl: 'Het model is niet gevonden (404). Controleer de modelnaam in de instellingen: bij Azure is dat de naam van de deployment, bij Ollama haalt u het model eerst op met `ollama pull <model>`. Klopt de naam, controleer dan de basis-URL (die eindigt meestal op /v1).',
    en: 'The model was not found (404). Check the model name in the settings: for Azure it is the deployment name; for Ollama, first fetch the model with `ollama pull <model>`. If the name is right, check the base URL (it usually ends in /v1).',
  },
  'rate-limited': {
    nl: 'De AI-server krijgt te veel verzoeken (429), ook na opnieuw proberen. Wacht een minuut en probeer het opnieuw. Gebeurt dit vaak, vraag dan uw beheerder naar de gebruikslimiet van dit eindpunt.',
    en: 'The AI server is receiving too many requests (429), even after retrying. Wait a minute and try again. If this happens often, ask your administrator about this endpoint\'s usage limit.',
  },
  'server-error': {
    nl: 'De AI-server heeft een storing (5xx), ook na opnieuw proberen. Probeer het over een paar minuten opnieuw. Blijft het gebeuren, meld het dan bij uw beheerder.',
    en: 'The AI server has a fault (5xx), even after retrying. Try again in a few minutes. If it keeps happening, report it to your administrator.',
  },
  'context-too-long': {
    nl: 'De tekst is te lang voor dit model (het contextvenster is overschreden). Kies minder rapportages of een kortere periode. Of verlaag in de instellingen de contextgrootte tot wat het model aankan; lange teksten worden dan in delen samengevat.',
    en: 'The text is too long for this model (its context window was exceeded). Select fewer reports or a shorter period. Or lower the context size in the settings to what the model can handle; long texts are then summarised in parts.',
  },
  timeout: {
    nl: 'De AI-server antwoordde niet op tijd. Probeer het opnieuw, kies een kleinere selectie of verhoog de time-out in de instellingen. Een lokaal model is de eerste keer trager, omdat het dan nog geladen wordt.',
    en: 'The AI server did not answer in time. Try again, choose a smaller selection, or raise the timeout in the settings. A local model is slower the first time because it still has to load.',
  },
  cancelled: {
    nl: 'U heeft het verzoek geannuleerd. Er is niets op de pagina ingevuld.',
    en: 'You cancelled the request. Nothing was filled in on the page.',
  },
  'invalid-output': {
    nl: 'Het model gaf een antwoord in een onbruikbaar formaat, dus er is niets overgenomen. Probeer het opnieuw. Gebeurt dit vaker, kies dan een model dat gestructureerde uitvoer (JSON-schema) ondersteunt.',
    en: 'The model answered in an unusable format, so nothing was taken over. Try again. If this happens more often, choose a model that supports structured output (JSON schema).',
  },
  'invalid-json': {
    nl: 'Het antwoord van het model was geen geldige JSON (afgebroken, of met tekst eromheen), dus er is niets overgenomen. Probeer het opnieuw. Gebeurt dit vaker, kies dan een model dat gestructureerde uitvoer (JSON-schema) ondersteunt.',
    en: 'The model\'s answer was not valid JSON (cut off, or with text around it), so nothing was taken over. Try again. If this happens more often, choose a model that supports structured output (JSON schema).',
  },
  'wrong-shape': {
    nl: 'Het model antwoordde in JSON, maar niet in de gevraagde vorm (bijvoorbeeld een lijst of een tekst in plaats van één object met de velden), dus er is niets overgenomen. Probeer het opnieuw, of kies een model dat een JSON-schema volgt.',
    en: 'The model answered in JSON, but not in the shape asked for (for example a list or a text instead of one object with the fields), so nothing was taken over. Try again, or choose a model that follows a JSON schema.',
  },
  'egress-blocked': {
    nl: 'Verzoek geblokkeerd: het zou naar een ander adres gaan dan het ingestelde AI-eindpunt. Er zijn geen gegevens verstuurd. Controleer de instellingen of neem contact op met uw beheerder.',
    en: 'Request blocked: it would have gone to an address other than the configured AI endpoint. No data was sent. Check the settings or contact your administrator.',
  },
  'not-supported': {
    nl: 'Dit kan niet met het gekozen model of in deze browser (het ingebouwde browsermodel is hier bijvoorbeeld niet beschikbaar). Kies in de instellingen een ander AI-eindpunt.',
    en: 'This is not possible with the chosen model or in this browser (for example, the built-in browser model is not available here). Choose another AI endpoint in the settings.',
  },
  unknown: {
    nl: 'Er ging iets onverwachts mis bij het AI-verzoek. Probeer het opnieuw. Blijft het gebeuren, meld het dan bij uw beheerder met de details hieronder.',
    en: 'Something unexpected went wrong with the AI request. Try again. If it keeps happening, report it to your administrator with the details below.',
  },
};

/** The user-facing text for a failure, in the UI language. */
export function describeLlmFailure(failure: LlmFailure, language: 'nl' | 'en'): string {
  return llmErrorMessages[failure.code][language];
}
