/**
 * Every text Dossierhulp shows, in Dutch: the source language. `en.ts` has the same keys.
 *
 * - Placeholders are named: `{{model}}`. Numbers passed in are shown the Dutch way (38,2; see displayFormat.ts).
 * - A text about a number of things has a form per plural category (i18next plurals): `key_one` for 1,
 *   `key_other` for the rest, both with `{{count}}`; call it as `t('log.count', { count: n })`.
 * - Keys of machine codes are the codes themselves (`fillError.rejected-by-page`), so `t(`fillError.${code}`)` type-checks.
 * - `manifest` is what the browser shows (extension name, toolbar title); the build writes it to `_locales/`.
 */
export const nl = {
  manifest: {
    extName: 'Dossierhulp',
    extDescription: 'AI-registratiehulp binnen uw web-ECD. U controleert en bevestigt elke waarde.',
    extActionTitle: 'Dossierhulp openen',
    extCommandOpen: 'Dossierhulp openen',
  },
  common: {
    cancel: 'Annuleren',
    dismiss: 'Sluiten',
    yes: 'ja',
    no: 'nee',
  },
  panel: {
    settings: 'Instellingen',
    read: 'Lees pagina',
    reading: 'Pagina wordt gelezen…',
    loading: 'Laden…',
    sectionFailed:
      'Dit onderdeel kon niet worden geladen. Sluit het zijpaneel en open het opnieuw; blijft dit gebeuren, meld het dan bij uw beheerder.',
    readAgain: 'Opnieuw lezen',
    readFirst: 'Klik eerst op "Lees pagina" om te zien wat Dossierhulp op deze pagina vindt.',
    sections: 'Onderdelen',
    aiNotice:
      'Voorstellen en concepten zijn door AI gemaakt. Controleer elke waarde voordat u deze gebruikt; u blijft verantwoordelijk voor het dossier.',
  },
  /** Why the read is out of date, by PageChangeReason (lib/page/watchPageChanges) or 'reload'. */
  pageChange: {
    navigation: 'U bent naar een ander scherm gegaan. Lees de pagina opnieuw voordat u iets invult.',
    client: 'Er staat nu een andere cliënt op de pagina. Lees de pagina opnieuw; voorstellen voor de vorige cliënt worden niet ingevuld.',
    content:
      'De inhoud van de pagina is veranderd sinds u deze las (bijvoorbeeld een nieuwe rapportage). Lees de pagina opnieuw voordat u iets invult.',
    reload: 'De pagina is opnieuw geladen. Lees de pagina opnieuw voordat u iets invult.',
    fields: 'Er staan nu andere velden op de pagina (bijvoorbeeld een venster of een volgende stap). Lees de pagina opnieuw om ze mee te nemen.',
    values: 'Er is op de pagina iets ingevuld of gewijzigd sinds u de pagina las. Velden die veranderd zijn, worden niet overschreven.',
  },
  section: {
    velden: 'Velden invullen',
    schrijven: 'Schrijven',
    overzicht: 'Dossieroverzicht',
    dicteren: 'Dicteren',
    logboek: 'Logboek',
  },
  readError: {
    'no-access':
      'Dossierhulp kan deze pagina niet lezen. Klik op het Dossierhulp-icoon in de werkbalk terwijl u op de pagina bent, of vraag uw beheerder om deze ECD-site in te schakelen.',
    'no-content': 'Er kon niets van deze pagina worden gelezen. Wacht tot de pagina helemaal geladen is en probeer het opnieuw.',
  },
  read: {
    title: 'Gelezen van de pagina',
    client: 'Cliënt',
    noClient: 'geen cliënt gevonden',
    birthDate: 'Geboortedatum',
    clientNumber: 'Cliëntnummer',
    alerts: 'Waarschuwingen',
    /** {{reports}}, {{tables}} and {{frames}} are read.reports, read.tables and read.frames. */
    sections: '{{reports}}, {{tables}}, {{frames}} gelezen.',
    reports_one: '{{count}} rapportage',
    reports_other: '{{count}} rapportages',
    tables_one: '{{count}} tabel',
    tables_other: '{{count}} tabellen',
    frames_one: '{{count}} paginadeel (frame)',
    frames_other: '{{count}} paginadelen (frames)',
    fields_one: '{{count}} veld gevonden',
    fields_other: '{{count}} velden gevonden',
    unlabelled: '(zonder label)',
    unreachable: 'niet bereikbaar',
    readonly: 'alleen-lezen',
    failedFrames:
      'Een deel van de pagina kon niet worden gelezen ({{frames}}); wat daar staat ontbreekt in dit overzicht en in de voorstellen.',
    frame: 'frame {{id}}',
    suspectTitle: 'Verdachte tekst op deze pagina',
    suspectExplain:
      'Deze tekst lijkt bedoeld om een AI-assistent opdrachten te geven. Dossierhulp voert die nooit uit: de tekst gaat gemarkeerd naar het model, niets wordt eruit geciteerd, en een voorstel voor een veld of waarde waar de tekst om vraagt wordt niet vooraf geaccepteerd. Ga na wie dit in het dossier heeft gezet.',
  },
  kind: {
    text: 'tekst',
    textarea: 'tekstvak',
    number: 'getal',
    date: 'datum',
    time: 'tijd',
    select: 'keuzelijst',
    radio: 'keuzerondjes',
    checkbox: 'vinkje',
    combobox: 'keuzeveld',
    richtext: 'opgemaakte tekst',
  },
  fields: {
    outdated: 'Deze voorstellen horen bij een eerdere lezing van de pagina. Vraag nieuwe voorstellen aan om in te vullen.',
    notes: 'Eigen notities (optioneel) — ook hieruit worden velden voorgesteld',
    title: 'Velden invullen',
    suggest: 'Stel velden voor',
    preview: 'Bekijk wat er verstuurd wordt',
    busy: 'Voorstellen worden gemaakt met {{model}}…',
    none: 'Het model vond in de brontekst geen waarden voor de velden op deze pagina.',
    offline: 'Gebruik meetwaarden uit de tekst (zonder AI)',
    rejectedTitle_one: 'Niet overgenomen uit het antwoord van het model ({{count}} antwoord):',
    rejectedTitle_other: 'Niet overgenomen uit het antwoord van het model ({{count}} antwoorden):',
    noneTaken: 'Het model gaf wel antwoorden, maar geen enkele is overgenomen. Hieronder staat waarom. Probeer het opnieuw, of vul de velden zelf in.',
  },
  privacy: {
    replaced_one: '{{count}} persoonsgegeven vervangen door een code voordat de tekst werd verstuurd.',
    replaced_other: '{{count}} persoonsgegevens vervangen door codes voordat de tekst werd verstuurd.',
    notAnonymous: 'Pseudonimisering verkleint het risico, maar maakt tekst niet anoniem.',
    off: 'Let op — pseudonimisering staat uit voor deze server. Namen en andere gegevens worden herkenbaar (niet vervangen) meegestuurd.',
  },
  preview: {
    title: 'Wat er verstuurd wordt',
    destination: 'Bestemming: {{url}}',
    identifiers_one: '{{count}} persoonsgegeven is vervangen door een code. Dit is de volledige inhoud van het verzoek.',
    identifiers_other: '{{count}} persoonsgegevens zijn vervangen door codes. Dit is de volledige inhoud van het verzoek.',
    send: 'Versturen',
    chunked:
      'Het dossier is te lang voor één verzoek. Dit is het eerste van meerdere verzoeken; de andere zijn op dezelfde manier gepseudonimiseerd en worden elk in het logboek vastgelegd.',
    close: 'Sluiten',
  },
  review: {
    quoteNotOnPage: 'Dit citaat is niet (meer) op de pagina gevonden. Het kan uit uw eigen notities komen.',
    caption: 'Controleer elk voorstel. Alleen wat u accepteert wordt ingevuld.',
    field: 'Veld',
    value: 'Huidig → voorstel',
    source: 'Bron',
    decision: 'Besluit',
    current: 'huidige waarde',
    editLabel: 'Voorgestelde waarde voor {{label}}',
    locate: 'Toon op de pagina',
    noQuote: 'geen citaat',
    notGrounded: 'niet gevonden in de bron',
    check: 'controleer dit voorstel',
    accept: 'Accepteer {{label}}',
    reject: 'Afwijzen',
    rejected: 'Afgewezen (ongedaan maken)',
    overwrite: 'Overschrijf de huidige waarde "{{value}}"',
    noEmptyChoice: 'Dit keuzeveld heeft geen lege keuze: na invullen kunt u het niet meer leegmaken, en Ongedaan maken lukt alleen als de pagina dat toelaat.',
    noEmptyChoiceConfirm: 'Toch invullen, ook al kan dit veld daarna misschien niet meer leeg',
    acceptAll: 'Alles accepteren (alleen onderbouwde waarden, geen vrije tekst)',
    offline: 'uit de tekst, zonder AI',
    draft: 'Concept van de AI voor een tekstveld: wordt niet vooraf geaccepteerd. Lees elke zin voordat u het accepteert.',
    unsupported: 'niet terug te vinden in uw notities of de bron',
    sources: 'Bronnen van dit concept',
    unrestored: 'Niet teruggezet: {{codes}}. Die code staat niet in het citaat of in uw notities; vul het gegeven zelf in als het hier hoort.',
  },
  problem: {
    'quote-empty': 'er is geen citaat meegegeven',
    'quote-not-in-source': 'het citaat staat niet letterlijk in de bron',
    'number-not-in-quote': 'het getal staat niet in het citaat',
    implausible: 'de waarde is niet aannemelijk voor dit veld',
    'conflicts-with-source': 'de bron noemt een andere waarde',
    'invalid-for-field': 'de waarde past niet in dit veld',
    'measurement-not-in-quote': 'het citaat noemt geen meting van dit soort (het getal komt uit iets anders)',
    'option-not-in-quote': 'het citaat noemt deze keuze niet',
    'label-not-in-quote': 'het citaat zegt niets over dit vinkje',
    'value-not-in-quote': 'het citaat bevat deze waarde niet',
    'quote-in-suspect-text': 'het citaat komt uit verdachte tekst op deze pagina',
    'named-by-suspect-text': 'verdachte tekst op deze pagina vraagt om dit veld of deze waarde',
    'identifier-not-in-source': 'er staat een persoonsgegeven in dat niet in het citaat of uw notities staat',
  },
  /** Why a part of the model's answer was not taken over (RejectedSuggestion.reason). */
  rejected: {
    'unknown-field': '{{name}}: dit veld staat niet op de pagina; het model heeft het bedacht.',
    'invalid-value': '{{name}}: de waarde {{value}} past niet in dit veld.',
    'missing-quote': '{{name}}: er stond geen citaat bij, dus het voorstel is niet te controleren.',
    'too-long': '{{name}}: het voorstel is {{length}} tekens lang, dit veld neemt er hoogstens {{limit}}. Het is niet overgenomen.',
  },
  /** Why a sentence on the page looks like instructions to an AI (SuspectReason). */
  suspectReason: {
    'addressed-to-ai': 'gericht aan een AI',
    'ignore-rules': 'vraagt om regels te negeren',
    authority: 'doet zich voor als systeem of ontwikkelaar',
    'fill-order': 'geeft opdracht velden in te vullen',
    'submit-order': 'geeft opdracht het formulier op te slaan',
    'send-data': 'geeft opdracht gegevens te versturen',
    'foreign-link': 'verwijst naar een ander adres dan het ECD',
  },
  fill: {
    onlyOverwrites:
      'Er is nog niets ingevuld: de geaccepteerde velden hebben al een waarde. Vink "Overschrijf" aan om ze te vervangen.',
    onlyNoEmptyChoice:
      'Er is nog niets ingevuld: de geaccepteerde keuzevelden kunnen daarna misschien niet meer leeg worden gemaakt. Vink "Toch invullen" aan als u ze toch wilt invullen.',
    undoPartial_one: '{{count}} veld is niet teruggezet. Hieronder staat waarom en wat het veld nu toont.',
    undoPartial_other: '{{count}} velden zijn niet teruggezet. Hieronder staat waarom en wat elk veld nu toont.',
    notUndone: 'Niet teruggezet',
    holdsNow: 'Het veld toont nu: "{{value}}".',
    undoFailed: 'Ongedaan maken is niet gelukt. Controleer de velden op de pagina zelf.',
    button: 'Invullen ({{count}})',
    nothing: 'Er is niets geaccepteerd om in te vullen.',
    failed: 'Invullen is niet gelukt. Lees de pagina opnieuw en probeer het nog eens.',
    ok: 'ingevuld',
    undo: 'Ongedaan maken',
    waitingOverwrite: 'Nog niet ingevuld, want deze velden hebben al een waarde: {{fields}}. Vink "Overschrijf" aan om ze te vervangen.',
    waitingNoEmptyChoice:
      'Nog niet ingevuld, want deze keuzevelden kunnen daarna misschien niet meer leeg worden gemaakt: {{fields}}. Vink "Toch invullen" aan als u dat weet en wilt.',
    allDone: 'Alle geaccepteerde velden zijn al ingevuld.',
  },
  fillError: {
    changed: 'Dit veld is op de pagina veranderd sinds u het voorstel bekeek; er is niets overschreven. Lees de pagina opnieuw in.',
    'not-found': 'Dit veld staat niet (meer) op de pagina. Lees de pagina opnieuw in.',
    unreachable: 'Dit veld zit in een afgeschermd deel van de pagina en kan niet automatisch worden ingevuld. Vul het zelf in.',
    disabled: 'Dit veld is uitgeschakeld op de pagina; er is niets ingevuld.',
    readonly: 'Dit veld is alleen-lezen; er is niets ingevuld.',
    hidden: 'Dit veld is nu niet zichtbaar (bijvoorbeeld een ingeklapt onderdeel). Maak het zichtbaar en probeer opnieuw.',
    'option-not-found': 'Deze keuze staat niet in de lijst van dit veld. Kies zelf een optie.',
    'rejected-by-page': 'De pagina heeft de waarde niet geaccepteerd; het veld staat weer op de oude waarde. Vul het zelf in.',
    stale: 'De pagina is veranderd sinds het voorstel (andere cliënt of ander formulier). Er is niets ingevuld; lees de pagina opnieuw in.',
    'invalid-value': 'Deze waarde past niet in dit veld (verkeerd formaat of buiten het toegestane bereik). Er is niets ingevuld.',
    'cannot-clear':
      'Dit keuzeveld kan niet terug naar "niets gekozen": de pagina biedt geen lege keuze en geen manier terug. Kies zelf een andere optie als de keuze niet klopt.',
    'frame-error':
      'Er ging iets mis in dit deel van de pagina (een frame) tijdens het invullen; er is mogelijk niets ingevuld. Controleer het veld op de pagina zelf.',
  },
  draft: {
    title: 'Schrijven',
    template: 'Sjabloon',
    organisation: 'organisatie',
    notes: 'Uw eigen korte notities',
    notesPlaceholder: 'Bijv.: mw. pijn li heup, NRS 6, paracetamol gegeven 14.00, RR 135/85, slecht geslapen',
    savedLocally: 'Uw notities en concepten worden lokaal bewaard tot u ze gebruikt of weggooit.',
    write: 'Schrijf concept',
    busy: 'Concept wordt geschreven…',
    progress: 'Lang dossier, in delen samenvatten — deel {{done}} van {{total}}',
    aiGenerated: 'Door AI gemaakt concept — lees het na en pas het aan voordat u het gebruikt.',
    outputLabel: 'Concept',
    copy: 'Kopiëren',
    copied: 'Gekopieerd',
    discard: 'Weggooien',
    insertLegend: 'Invoegen in de pagina: {{name}}',
    targetField: 'Veld op de pagina',
    overwrite: 'Vervang de huidige tekst "{{text}}…"',
    insert: 'Invoegen',
    inserted: 'Ingevoegd.',
    noTarget: 'Er is geen tekstveld op deze pagina om het concept in te voegen.',
    name: '{{template}} van {{when}}',
    history: 'Concepten voor deze cliënt',
    none: '— kies een concept —',
    interrupted: 'onderbroken',
    interruptedExplain:
      'Dit concept is niet afgemaakt (het paneel werd gesloten tijdens het schrijven). Lees het na, of schrijf het opnieuw.',
  },
  provider: {
    'openai-compatible': 'OpenAI-compatibel (Ollama, vLLM, llama.cpp, LM Studio)',
    azure: 'Azure OpenAI',
    openai: 'OpenAI',
    'built-in': 'Model in de browser',
    notAvailable: 'niet beschikbaar in deze browser',
  },
  settings: {
    title: 'Dossierhulp — Instellingen',
    policyActive: 'Een deel van deze instellingen wordt beheerd door uw organisatie.',
    endpoint: 'AI-server',
    provider: 'Soort server',
    baseURL: 'Adres (base URL)',
    baseURLHint: 'Bijv. http://localhost:11434/v1 voor Ollama.',
    model: 'Model',
    deployment: 'Deployment-naam',
    apiKey: 'API-sleutel',
    apiVersion: 'API-versie',
    contextTokens: 'Contextgrootte (tokens)',
    test: 'Verbinding testen',
    testing: 'Bezig met testen…',
    connected_one: 'Verbonden. {{count}} model:',
    connected_other: 'Verbonden. {{count}} modellen:',
    modelNotListed: 'model "{{model}}" staat niet in de lijst',
    privacy: 'Privacy en logboek',
    pseudonymize: 'Persoonsgegevens pseudonimiseren voor deze server',
    previewBeforeSend: 'Altijd eerst tonen wat er verstuurd wordt',
    logPayloads: 'Verstuurde tekst in het logboek bewaren',
    auditRetention: 'Logboek bewaren (dagen)',
    draftRetention: 'Concepten bewaren (dagen)',
    you: 'Uw gegevens voor het logboek',
    userId: 'Gebruikersnaam of personeelsnummer',
    responsibleUserId: 'Verantwoordelijke gebruiker (optioneel)',
    language: 'Taal',
    transcription: 'Spraak naar tekst',
    transcriptionHint:
      'Een OpenAI-compatibele /v1/audio/transcriptions-server van uw organisatie (whisper.cpp, speaches, vLLM, Azure OpenAI).',
    sites: 'ECD-sites',
    sitesHint: 'Dossierhulp leest een pagina alleen als u het paneel daar opent, of op sites die u of uw organisatie inschakelde.',
    orgSites: 'Ingeschakeld door uw organisatie: {{sites}}',
    enabledSites: 'Door u ingeschakelde sites (één patroon per regel, bijv. https://ecd.voorbeeld.nl/*)',
    save: 'Opslaan',
    saved: 'Instellingen opgeslagen.',
    permissionDenied: 'Zonder toestemming voor dit adres kan Dossierhulp de server niet bereiken. Er is niets opgeslagen.',
    invalidSite:
      '"{{pattern}}" is geen geldig sitepatroon. Gebruik bijvoorbeeld https://ecd.voorbeeld.nl/* (zonder poortnummer). Er is niets opgeslagen.',
    grantSites: 'Toegang geven tot deze sites',
    sitesGranted: 'Toegang gegeven. Dossierhulp is op deze sites beschikbaar zonder eerst op het icoon te klikken.',
    adminWarnings: 'Meldingen voor de beheerder',
  },
  /** What lib/settings refuses or warns about, by SettingsMessageCode. */
  settingsMessage: {
    locked:
      'Deze instelling wordt beheerd door uw organisatie en kan hier niet worden gewijzigd ({{paths}}). Neem contact op met uw beheerder als dit niet klopt.',
    'endpoint-not-allowed':
      'Het adres {{origin}} staat niet op de lijst van toegestane AI-servers van uw organisatie. Kies een toegestaan adres of vraag uw beheerder om dit adres toe te voegen.',
    'endpoint-invalid-url':
      '"{{url}}" is geen geldig webadres. Gebruik een adres dat begint met http:// of https://, bijvoorbeeld http://localhost:11434/v1.',
    'invalid-value': 'De waarde van {{path}} is ongeldig en wordt genegeerd ({{detail}}).',
    'unknown-key': 'Onbekende instelling {{path}} wordt genegeerd. Controleer de spelling; hoofdletters tellen mee.',
    'retired-key':
      'De beleidssleutel {{path}} bestaat niet meer en wordt genegeerd: Dossierhulp gebruikt nooit de spraakherkenning van de browser, want die stuurt audio naar de leverancier van de browser. U kunt de sleutel uit het beleid halen.',
    'allowlist-invalid':
      'allowedEndpointOrigins in het beleid bevat geen geldig adres. Uit voorzorg is daarom geen enkele AI-server toegestaan tot het beleid is hersteld.',
    'secret-without-endpoint':
      '{{path}} uit het beleid wordt niet gebruikt, omdat het beleid in hetzelfde blok geen geldige baseURL zet. Zo gaat de sleutel van uw organisatie nooit naar een ander adres.',
    'save-invalid': 'De instellingen zijn niet opgeslagen: de waarde van {{path}} is ongeldig ({{detail}}). Pas de waarde aan en probeer het opnieuw.',
    'save-failed': 'De instellingen konden niet worden opgeslagen ({{detail}}). Probeer het opnieuw; blijft dit gebeuren, herstart dan de browser.',
    'browser-policy-hint':
      'Chrome en Edge laten beleidswaarden die niet bij het schema passen zelf vallen; die ziet Dossierhulp niet. Controleer ze op chrome://policy (Edge: edge://policy).',
    'managed-badge': 'Beheerd door uw organisatie',
    'recommended-badge': 'Aanbevolen door uw organisatie',
  },
  /** What the user sees for each LlmErrorCode: what happened and what to do next. */
  llmError: {
    unreachable:
      'De AI-server is niet bereikbaar: de naam van de server is niet gevonden, of het netwerk komt er niet. Controleer in de instellingen het adres (basis-URL, bijvoorbeeld http://localhost:11434/v1), of de server draait, en of u verbonden bent met het netwerk van uw organisatie (bijvoorbeeld via VPN).',
    'connection-refused':
      'De AI-server weigert de verbinding: op dit adres en deze poort draait niets. Controleer in de instellingen het adres en de poort (bijvoorbeeld http://localhost:11434/v1) en of de server is gestart; Ollama start u met `ollama serve`.',
    'connection-reset':
      'De verbinding met de AI-server werd verbroken terwijl het verzoek liep: de server draait wel, maar brak het verzoek af. Er is niets overgenomen. Probeer het opnieuw. Gebeurt dit vaker, dan loopt de server mogelijk vast op het verzoek (bijvoorbeeld een te lange tekst) of breekt een proxy het af: meld het dan bij uw beheerder.',
    'dns-failed':
      'De naam van de AI-server is niet gevonden (DNS). Controleer de spelling van het adres in de instellingen, en of u verbonden bent met het netwerk van uw organisatie (bijvoorbeeld via VPN).',
    'cors-origin':
      'De AI-server draait, maar weigert verzoeken van deze extensie (herkomst/CORS). Bij Ollama: stop Ollama en start het opnieuw met OLLAMA_ORIGINS=chrome-extension://* (Firefox: moz-extension://*), bijvoorbeeld `OLLAMA_ORIGINS=chrome-extension://* ollama serve`. Bij een andere server: laat de beheerder de herkomst van de extensie toestaan.',
    unauthorized:
      'De AI-server weigert de toegang (401/403). Controleer de API-sleutel (en de eventuele extra autorisatie-header) in de instellingen. Is de sleutel verlopen of ingetrokken, vraag dan een nieuwe aan bij uw beheerder.',
    'model-not-found':
      'Het model is niet gevonden (404). Controleer de modelnaam in de instellingen: bij Azure is dat de naam van de deployment, bij Ollama haalt u het model eerst op met `ollama pull <model>`. Klopt de naam, controleer dan de basis-URL (die eindigt meestal op /v1).',
    'rate-limited':
      'De AI-server krijgt te veel verzoeken (429), ook na opnieuw proberen. Wacht een minuut en probeer het opnieuw. Gebeurt dit vaak, vraag dan uw beheerder naar de gebruikslimiet van dit eindpunt.',
    'server-error':
      'De AI-server heeft een storing (5xx), ook na opnieuw proberen. Probeer het over een paar minuten opnieuw. Blijft het gebeuren, meld het dan bij uw beheerder.',
    'context-too-long':
      'De tekst is te lang voor dit model (het contextvenster is overschreden). Kies minder rapportages of een kortere periode. Of verlaag in de instellingen de contextgrootte tot wat het model aankan; lange teksten worden dan in delen samengevat.',
    timeout:
      'De AI-server antwoordde niet op tijd. Probeer het opnieuw, kies een kleinere selectie of verhoog de time-out in de instellingen. Een lokaal model is de eerste keer trager, omdat het dan nog geladen wordt.',
    cancelled: 'U heeft het verzoek geannuleerd. Er is niets op de pagina ingevuld.',
    'invalid-output':
      'Het model gaf een antwoord in een onbruikbaar formaat, dus er is niets overgenomen. Probeer het opnieuw. Gebeurt dit vaker, kies dan een model dat gestructureerde uitvoer (JSON-schema) ondersteunt.',
    'invalid-json':
      'Het antwoord van het model was geen geldige JSON (afgebroken, of met tekst eromheen), dus er is niets overgenomen. Probeer het opnieuw. Gebeurt dit vaker, kies dan een model dat gestructureerde uitvoer (JSON-schema) ondersteunt.',
    'wrong-shape':
      'Het model antwoordde in JSON, maar niet in de gevraagde vorm (bijvoorbeeld een lijst of een tekst in plaats van één object met de velden), dus er is niets overgenomen. Probeer het opnieuw, of kies een model dat een JSON-schema volgt.',
    'egress-blocked':
      'Verzoek geblokkeerd: het zou naar een ander adres gaan dan het ingestelde AI-eindpunt. Er zijn geen gegevens verstuurd. Controleer de instellingen of neem contact op met uw beheerder.',
    'not-supported':
      'Dit kan niet met het gekozen model of in deze browser (het ingebouwde browsermodel is hier bijvoorbeeld niet beschikbaar). Kies in de instellingen een ander AI-eindpunt.',
    unknown:
      'Er ging iets onverwachts mis bij het AI-verzoek. Probeer het opnieuw. Blijft het gebeuren, meld het dan bij uw beheerder met de details hieronder.',
  },
  log: {
    title: 'Logboek',
    explain:
      'Wat Dossierhulp las, verstuurde, voorstelde en invulde — alleen op deze computer bewaard. Er staat geen dossiertekst in, tenzij uw organisatie dat heeft ingesteld.',
    type: 'Soort',
    all: 'alles',
    from: 'Van',
    to: 'Tot en met',
    exportCsv: 'Exporteer CSV',
    exportJson: 'Exporteer JSON',
    empty: 'Nog geen regels in het logboek.',
    count_one: '{{count}} regel',
    count_other: '{{count}} regels',
    when: 'Wanneer',
    details: 'Details',
    user: 'gebruiker: {{user}}',
    pseudonymized_one: '{{count}} gegeven gepseudonimiseerd',
    pseudonymized_other: '{{count}} gegevens gepseudonimiseerd',
    outcome: '{{accepted}} geaccepteerd, {{edited}} aangepast, {{rejected}} afgewezen',
  },
  /** Event type names in the Logboek and the CSV export, by AuditEventType. */
  auditType: {
    read: 'gelezen',
    send: 'verzonden naar AI',
    outcome: 'resultaat',
    fill: 'ingevuld',
    undo: 'ongedaan gemaakt',
    transcribe: 'uitgeschreven',
    export: 'geëxporteerd',
    policy: 'beleid gewijzigd',
  },
  /** By AuditOutcomeCode, with the event's count and total; `failed` for a failure code of a step. */
  auditOutcome: {
    suggested_one: '{{count}} voorstel',
    suggested_other: '{{count}} voorstellen',
    filled: '{{count}} van {{total}} ingevuld',
    undone: '{{count}} van {{total}} hersteld',
    inserted: 'ingevoegd',
    draft: 'concept geschreven',
    'draft-chunked': 'concept geschreven (in delen samengevat)',
    transcribed: '{{count}} s audio uitgeschreven',
    exported_one: '{{count}} regel geëxporteerd',
    exported_other: '{{count}} regels geëxporteerd',
    failed: 'mislukt: {{code}}',
  },
  /** Column headers of the CSV export, by AuditEvent field. */
  auditColumn: {
    id: 'Nr',
    at: 'Tijdstip (UTC)',
    type: 'Gebeurtenis',
    userId: 'Gebruiker',
    responsibleUserId: 'Verantwoordelijke gebruiker',
    origin: 'Site',
    path: 'Pagina',
    clientHash: 'Cliënt (gehasht)',
    endpointHost: 'AI-server',
    model: 'Model',
    template: 'Sjabloon',
    bytes: 'Bytes verzonden',
    pseudonymizedCount: 'Gepseudonimiseerd',
    accepted: 'Geaccepteerd',
    edited: 'Aangepast',
    rejected: 'Afgewezen',
    fields: 'Velden',
    outcome: 'Uitkomst',
    payload: 'Verzonden tekst',
  },
  dictate: {
    title: 'Dicteren',
    explain:
      'Spreek uw rapportage in. De opname gaat alleen naar de spraakserver van uw organisatie, wordt na het uitschrijven gewist en de tekst komt bij uw notities.',
    added: 'De uitgeschreven tekst staat bij uw notities.',
    toWrite: 'Maak er een SOEP-rapportage van',
  },
  /** The recorder (components/dictation/DictationRecorder). */
  dictation: {
    heading: 'Dicteren',
    record: 'Opnemen',
    starting: 'Microfoon starten…',
    pause: 'Pauzeren',
    resume: 'Hervatten',
    stop: 'Stoppen',
    discard: 'Opname verwijderen',
    transcribe: 'Transcriberen',
    cancel: 'Annuleren',
    retry: 'Opnieuw transcriberen',
    openPermissionPage: 'Microfoon toestaan (opent een tabblad)',
    needsPermission:
      'Dossierhulp heeft eenmalig uw toestemming nodig om de microfoon te gebruiken. Het zijpaneel kan daar zelf niet om vragen: klik op "Microfoon toestaan", kies "Toestaan" in het tabblad dat opent en klik daarna hier opnieuw op Opnemen.',
    level: 'Geluidsniveau',
    elapsed: 'Opnameduur',
    progress: 'Voortgang transcriberen',
    statusRecording: 'Opname loopt.',
    statusPaused: 'Opname gepauzeerd.',
    statusRecorded: 'Opname gestopt ({{duration}}). Klik op Transcriberen om er tekst van te maken, of verwijder de opname.',
    statusTranscribing: 'Transcriberen: deel {{done}} van {{total}} klaar.',
    statusDone: 'De tekst is toegevoegd. De opname is verwijderd.',
    statusDiscarded: 'De opname is verwijderd.',
    maxDuration_one: 'De maximale opnameduur van {{count}} minuut is bereikt; de opname is gestopt. U kunt nu transcriberen.',
    maxDuration_other: 'De maximale opnameduur van {{count}} minuten is bereikt; de opname is gestopt. U kunt nu transcriberen.',
    deviceLost: 'De microfoon is weggevallen; de opname tot dat moment is bewaard.',
    privacy: 'De opname gaat alleen naar {{host}} en wordt verwijderd zodra de tekst er is.',
  },
  /** What the user sees for each DictationErrorCode: what happened and what to do next. */
  dictationError: {
    'no-microphone':
      'Er is geen microfoon gevonden, of de microfoon is in gebruik door een ander programma. Sluit een microfoon aan of sluit het andere programma en probeer het opnieuw.',
    'permission-denied':
      'Dossierhulp mag de microfoon niet gebruiken. Open de toestemmingspagina en klik op "Microfoon toestaan", of sta de microfoon toe via het slotje in de adresbalk. Probeer het daarna opnieuw.',
    'endpoint-down':
      'De transcriptiedienst is niet bereikbaar of reageert niet. Controleer of de dienst draait, of het adres in de instellingen klopt en of Dossierhulp toegang heeft tot dat adres. Uw opname is bewaard: probeer het zo opnieuw.',
    'audio-too-long':
      'De opname is te lang voor de transcriptiedienst. Neem kortere stukken op (bijvoorbeeld per onderwerp) of vraag de beheerder de maximale lengte te verhogen.',
    unauthorized: 'De transcriptiedienst weigert de toegang. Controleer de API-sleutel in de instellingen of neem contact op met de beheerder.',
    'not-configured':
      'Er is geen transcriptiedienst ingesteld. Vul bij Instellingen → Spraak het adres en model van de dienst van uw organisatie in, of vraag de beheerder dit te doen.',
    'not-allowed':
      'De transcriptiedienst in de instellingen staat niet op de lijst van servers die uw organisatie toestaat. Er is geen audio verstuurd. Kies een toegestane dienst of vraag uw beheerder.',
    'no-speech':
      'Er is geen spraak in de opname gehoord (stilte of te zacht), of de spraakherkenning gaf alleen een standaardzin terug die zij bij stilte bedenkt (zoals "Ondertiteling door…"). Er is niets aan uw notities toegevoegd en er wordt geen concept gemaakt. Controleer of de goede microfoon aan staat, spreek dichterbij en neem opnieuw op.',
    cancelled: 'Het transcriberen is gestopt. Uw opname is bewaard; u kunt opnieuw transcriberen of de opname verwijderen.',
    unknown: 'Er ging iets onverwachts mis bij het dicteren. Probeer het opnieuw; blijft het misgaan, meld het dan bij de beheerder.',
  },
  /** The microphone permission page (entrypoints/microfoon). */
  microphone: {
    title: 'Microfoon toestaan voor Dossierhulp',
    why: 'Om te kunnen dicteren heeft Dossierhulp toegang tot uw microfoon nodig. Het zijpaneel kan zelf geen toestemming vragen; daarom gebeurt dat eenmalig in dit tabblad.',
    privacy:
      'Dossierhulp neemt alleen op als u in het zijpaneel op "Opnemen" klikt. De opname gaat alleen naar de transcriptiedienst die uw organisatie heeft ingesteld en wordt verwijderd zodra de tekst er is. Op deze pagina wordt niets opgenomen: de microfoon wordt meteen weer vrijgegeven.',
    steps: 'Klik op de knop en kies "Toestaan" in de melding van de browser.',
    button: 'Microfoon toestaan',
    asking: 'Toestemming vragen…',
    granted: 'Microfoon toegestaan — u kunt dit tabblad sluiten.',
    alreadyGranted: 'De microfoon is al toegestaan. U kunt dit tabblad sluiten.',
    denied:
      'De browser heeft de microfoon geblokkeerd. Klik op het slotje of het microfoonpictogram links in de adresbalk, zet Microfoon op "Toestaan" en klik daarna opnieuw op de knop.',
    close: 'Tabblad sluiten',
  },
  collection: {
    title: 'Dossieroverzicht',
    explain:
      'Verzamel schermen van één cliënt (rapportages, medicatie, lab, brieven), ook uit andere tabbladen, en vat ze samen. Bij elke uitspraak staat van welk scherm die komt.',
    add: 'Voeg toe aan dossieroverzicht',
    clear: 'Overzicht wissen',
    added: 'Scherm "{{title}}" toegevoegd.',
    for_one: 'Overzicht voor {{client}}: {{count}} scherm',
    for_other: 'Overzicht voor {{client}}: {{count}} schermen',
    remove: 'verwijderen',
    failed: 'Het scherm kon niet worden bewaard in het overzicht. Probeer het opnieuw.',
    /** By CollectionRefusal (lib/db). */
    'no-client':
      'Op dit scherm is geen cliënt gevonden, dus het kan niet aan het dossieroverzicht worden toegevoegd. Open een scherm met de cliëntgegevens bovenaan en probeer het opnieuw.',
    'other-client':
      'Dit scherm hoort bij een andere cliënt dan het overzicht dat u aan het verzamelen bent ({{client}}). Rond dat overzicht af of wis het voordat u een nieuwe cliënt begint.',
  },
  audit: {
    failed: 'Het logboek kon een handeling niet opslaan. Uw werk gaat door, maar meld dit aan uw beheerder: het logboek moet volledig zijn.',
  },
} as const;
