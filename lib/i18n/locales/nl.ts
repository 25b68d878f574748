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
    demoBadge: 'Demomodel — geen echte AI',
    demoExplain:
      'Voorstellen en concepten komen nu van een testserver die waarden letterlijk uit de tekst overneemt. Gebruik dit alleen om te oefenen, niet voor echte cliënten.',
    aiNotice:
      'Voorstellen en concepten zijn door AI gemaakt. Controleer elke waarde voordat u deze gebruikt; u blijft verantwoordelijk voor het dossier.',
  },
  /** The short setup a first run shows (lib/settings firstRunGuide). */
  firstRun: {
    title: 'Dossierhulp instellen',
    endpoint:
      'Stel eerst in met welke AI-server Dossierhulp werkt (adres en model). Tot dan kunt u pagina\'s wel lezen, maar geen voorstellen of concepten laten maken.',
    endpointManaged: 'AI-server: uw organisatie beheert dit.',
    userId: 'Vul uw gebruikersnaam of personeelsnummer in. Het logboek legt vast wie wat deed.',
    userIdManaged: 'Gebruiker in het logboek: uw organisatie beheert dit.',
    open: 'Instellingen openen',
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
    noFields:
      'Op deze pagina staan geen velden die Dossierhulp kan invullen, dus er valt niets voor te stellen. Met Schrijven kunt u wel een rapportage of samenvatting laten maken.',
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
    destination: 'Naar: {{host}}',
    notSent: 'Er is nog niets verstuurd.',
    confirm: 'Er is nog niets verstuurd. Klopt dit? Klik dan op Versturen.',
    replacedTitle: 'Vervangen voordat het verstuurd wordt',
    replacedNone: 'Er is niets vervangen: in deze tekst zijn geen namen, datums of nummers gevonden.',
    pseudonymOff: 'Pseudonimisering staat uit: namen en andere gegevens gaan herkenbaar mee.',
    identifiers_one: 'In totaal {{count}} keer vervangen.',
    identifiers_other: 'In totaal {{count}} keer vervangen.',
    byKind: 'Per soort: wat er staat en wat er in de plaats komt',
    localOnly: 'Wat er echt staat, blijft op deze computer. Klik op een code om het te zien.',
    showOriginal: 'Toon wat {{placeholder}} vervangt',
    textTitle: 'Tekst die het model krijgt',
    instructionsTitle: 'Instructie aan het model',
    fieldsAsked_one: 'Gevraagd: een waarde met citaat voor {{count}} veld',
    fieldsAsked_other: 'Gevraagd: een waarde met citaat voor {{count}} velden',
    technical: 'Technische details',
    technicalExplain: 'Het volledige verzoek zoals het wordt verstuurd (JSON), voor de beheerder.',
    address: 'Adres: {{url}}',
    send: 'Versturen',
    chunked:
      'Het dossier is te lang voor één verzoek. Dit is het eerste van meerdere verzoeken; de andere zijn op dezelfde manier gepseudonimiseerd en worden elk in het logboek vastgelegd.',
    close: 'Sluiten',
  },
  /** What was replaced, by kind (lib/preview groupReplacements); VERSCHOVEN: dates moved by the session's shift. */
  previewKind: {
    PERSOON_one: '{{count}} naam',
    PERSOON_other: '{{count}} namen',
    VERSCHOVEN_one: '{{count}} datum verschoven',
    VERSCHOVEN_other: '{{count}} datums verschoven',
    DATUM_one: '{{count}} datum vervangen',
    DATUM_other: '{{count}} datums vervangen',
    LEEFTIJD_one: '{{count}} leeftijd',
    LEEFTIJD_other: '{{count}} leeftijden',
    BSN_one: '{{count}} BSN',
    BSN_other: "{{count}} BSN's",
    ID_one: '{{count}} nummer (cliënt, BIG, AGB)',
    ID_other: '{{count}} nummers (cliënt, BIG, AGB)',
    ADRES_one: '{{count}} adres',
    ADRES_other: '{{count}} adressen',
    POSTCODE_one: '{{count}} postcode',
    POSTCODE_other: '{{count}} postcodes',
    PLAATS_one: '{{count}} plaatsnaam',
    PLAATS_other: '{{count}} plaatsnamen',
    TELEFOON_one: '{{count}} telefoonnummer',
    TELEFOON_other: '{{count}} telefoonnummers',
    EMAIL_one: '{{count}} e-mailadres',
    EMAIL_other: '{{count}} e-mailadressen',
    URL_one: '{{count}} webadres',
    URL_other: '{{count}} webadressen',
    ORGANISATIE_one: '{{count}} organisatie',
    ORGANISATIE_other: '{{count}} organisaties',
  },
  review: {
    quoteNotOnPage: 'Dit citaat is niet (meer) op de pagina gevonden. Het kan uit uw eigen notities komen.',
    caption: 'Controleer elk voorstel. Alleen wat u accepteert wordt ingevuld.',
    heading_one: '{{count}} voorstel',
    heading_other: '{{count}} voorstellen',
    value: 'Voorstel',
    current: 'Nu in het veld',
    empty: 'leeg',
    quoteReport: 'Rapportage van {{date}}',
    quoteReportBy: 'Rapportage van {{date}}, {{author}}',
    quoteAuthor: 'Rapportage van {{author}}',
    acceptShort: 'Accepteren',
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
    bar: 'Invullen en ongedaan maken',
    last: '{{filled}} van {{total}} ingevuld.',
    onPage_one: 'Op deze pagina is nu {{count}} veld door Dossierhulp ingevuld.',
    onPage_other: 'Op deze pagina zijn nu {{count}} velden door Dossierhulp ingevuld.',
    resultsTitle: 'Ingevuld',
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
    history_one: 'Concepten voor deze cliënt ({{count}})',
    history_other: 'Concepten voor deze cliënt ({{count}})',
    written: 'Geschreven op {{when}}',
    forClient: 'Voor {{client}}',
    sourceNotes: 'Geschreven uit deze notities',
    notesChanged: 'Uw notities zijn veranderd sinds dit concept is geschreven. Schrijf opnieuw om de nieuwe notities mee te nemen.',
    keep: 'Bewaar als concept',
    previousKept: 'Eerdere concepten blijven bewaard; kies ze hierboven.',
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
    baseURL: 'Adres van de server',
    baseURLHint: 'Bijvoorbeeld http://localhost:11434/v1 (Ollama op deze computer). Uw beheerder weet het adres.',
    timeout: 'Time-out (seconden)',
    timeoutHint: 'Zo lang wacht Dossierhulp op een antwoord van de AI-server.',
    testedUrl: 'Getest: {{url}}',
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
    enabledSites: 'Door u ingeschakelde sites',
    enabledSitesHint: 'Eén patroon per regel, bijvoorbeeld https://ecd.voorbeeld.nl/*',
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
      'Ongeldig adres: "{{url}}". Een adres begint met http:// of https://, bijvoorbeeld http://localhost:11434/v1.',
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
    'user-id-missing':
      'Het beleid zegt dat de gebruiker uit het beleid komt (userIdFrom: policy), maar zet geen userId. Het logboek legt nu geen gebruiker vast. Zet userId per gebruiker, zie hoofdstuk 4.6 van de beheerdershandleiding.',
    'user-id-ignored': 'userId uit het beleid wordt genegeerd, omdat userIdFrom op manual staat: de gebruiker vult zelf in wie hij is.',
  },
  /** What the nurse reads for each LlmErrorCode: what happened and what to do next, in plain words. */
  llmError: {
    unreachable:
      'Dossierhulp kan de AI-server nu niet bereiken, dus er is niets verstuurd. Probeer het over een paar minuten opnieuw. Lukt het dan nog niet, meld het bij uw beheerder.',
    'connection-refused':
      'De AI-server staat niet aan of staat op een ander adres, dus er is niets verstuurd. Beheert u de instellingen zelf, controleer dan het adres bij Instellingen. Anders: meld het bij uw beheerder.',
    'connection-reset':
      'De verbinding met de AI-server werd midden in het verzoek verbroken. Er is niets overgenomen. Probeer het opnieuw. Gebeurt het vaker, meld het dan bij uw beheerder.',
    'dns-failed':
      'Dossierhulp vindt de AI-server niet op dit adres, dus er is niets verstuurd. Controleer of u verbonden bent met het netwerk van uw organisatie (bijvoorbeeld via VPN). Lukt het dan nog niet, meld het bij uw beheerder.',
    'cors-origin':
      'De AI-server weigert verzoeken van Dossierhulp, dus er is niets verwerkt. Meld dit bij uw beheerder: de server moet Dossierhulp toestaan.',
    unauthorized:
      'De AI-server geeft Dossierhulp geen toegang. Beheert u de instellingen zelf, controleer dan de sleutel bij Instellingen. Anders: meld het bij uw beheerder.',
    'model-not-found':
      'Het ingestelde AI-model staat niet op de server. Beheert u de instellingen zelf, controleer dan de modelnaam bij Instellingen. Anders: meld het bij uw beheerder.',
    'rate-limited': 'De AI-server is even te druk. Wacht een minuut en probeer het opnieuw.',
    'server-error':
      'De AI-server heeft een storing. Probeer het over een paar minuten opnieuw. Blijft het gebeuren, meld het dan bij uw beheerder.',
    'context-too-long':
      'De tekst is te lang voor dit AI-model. Kies minder rapportages of een kortere periode en probeer het opnieuw.',
    timeout:
      'De AI-server antwoordde niet op tijd. Probeer het opnieuw, eventueel met minder tekst. Een model is de eerste keer vaak trager.',
    cancelled: 'U heeft het verzoek geannuleerd. Er is niets op de pagina ingevuld.',
    'invalid-output':
      'Het AI-model gaf een antwoord dat Dossierhulp niet kon gebruiken, dus er is niets overgenomen. Probeer het opnieuw.',
    'invalid-json':
      'Het antwoord van het AI-model was onvolledig of onleesbaar, dus er is niets overgenomen. Probeer het opnieuw. Gebeurt het vaker, meld het dan bij uw beheerder.',
    'wrong-shape':
      'Het AI-model antwoordde, maar niet in de vorm die Dossierhulp vroeg, dus er is niets overgenomen. Probeer het opnieuw. Gebeurt het vaker, meld het dan bij uw beheerder.',
    'egress-blocked':
      'Dossierhulp heeft het verzoek tegengehouden: het zou naar een ander adres gaan dan de ingestelde AI-server. Er is niets verstuurd. Meld dit bij uw beheerder.',
    'not-supported':
      'Dit kan niet met het ingestelde AI-model of in deze browser. Meld het bij uw beheerder, of kies bij Instellingen een andere AI-server.',
    unknown:
      'Er ging iets onverwachts mis bij het AI-verzoek. Probeer het opnieuw. Blijft het gebeuren, meld het dan bij uw beheerder en geef de details voor de beheerder door.',
  },
  /** The server-side fix per LlmErrorCode, under "Details voor de beheerder". */
  llmErrorAdmin: {
    unreachable:
      'Geen verbinding met de server, zonder nadere reden van de browser. Controleer of die draait, of het adres klopt (de basis-URL eindigt meestal op /v1) en of een proxy of firewall ertussen zit.',
    'connection-refused':
      'Verbinding geweigerd (ECONNREFUSED): op dit adres en deze poort luistert niets. Controleer host en poort van de basis-URL en of de server draait. Ollama: start met `OLLAMA_ORIGINS=chrome-extension://* ollama serve` (Firefox: moz-extension://*).',
    'connection-reset':
      'Verbinding verbroken tijdens het verzoek (ECONNRESET): de server draait, maar brak af. Bekijk de logs van de AI-server (geheugen, een te lang verzoek) en van een proxy of load balancer ertussen (time-outs, maximale verzoekgrootte).',
    'dns-failed':
      'De hostnaam van de basis-URL is niet gevonden (DNS). Controleer de spelling en of de naam vanaf de werkplek oplosbaar is (intern DNS, VPN).',
    'cors-origin':
      'De server weigert de herkomst van de extensie (CORS; Ollama antwoordt dan met een lege 403). Ollama: herstart met OLLAMA_ORIGINS=chrome-extension://* (Firefox: moz-extension://*). Andere servers: sta de herkomst chrome-extension://<extensie-id> toe.',
    unauthorized: 'HTTP 401/403: de API-sleutel of de extra autorisatie-header ontbreekt, klopt niet of is ingetrokken. Geef een geldige sleutel (Instellingen of beleid endpoint.apiKey).',
    'model-not-found':
      'Onbekend model (HTTP 404): controleer de modelnaam (Azure: de deployment-naam; Ollama: eerst `ollama pull <model>`) en of de basis-URL op /v1 eindigt.',
    'rate-limited': 'HTTP 429, ook na herhaalde pogingen: de gebruikslimiet van dit eindpunt is bereikt. Verhoog de limiet of spreid het gebruik.',
    'server-error': 'HTTP 5xx, ook na herhaalde pogingen. Bekijk de logs van de AI-server.',
    'context-too-long':
      'Het contextvenster van het model is overschreden. Verlaag "Contextgrootte (tokens)" bij Instellingen tot wat het model aankan (lange teksten worden dan in delen samengevat), of vergroot het venster op de server (Ollama: OLLAMA_CONTEXT_LENGTH of num_ctx).',
    timeout:
      'Geen antwoord binnen de ingestelde time-out. Verhoog "Time-out (seconden)" bij Instellingen → AI-server (beleid: endpoint.timeoutMs), of gebruik een sneller of kleiner model.',
    cancelled: 'Door de gebruiker geannuleerd; de server kreeg een afbreking.',
    'invalid-output':
      'Het antwoord paste niet in het gevraagde JSON-schema (gestructureerde uitvoer). Kies een model of server die response_format json_schema ondersteunt.',
    'invalid-json':
      'Het antwoord was geen geldige JSON (afgebroken of met tekst eromheen). Kies een model of server die response_format json_schema ondersteunt, of verhoog het maximale aantal uitvoertokens.',
    'wrong-shape':
      'Het antwoord was JSON, maar niet het gevraagde object met de velden (bijvoorbeeld een lijst of een tekst). Kies een model of server die response_format json_schema ondersteunt.',
    'egress-blocked':
      'Een verzoek naar een ander adres dan het ingestelde eindpunt is tegengehouden (egress-slot). Controleer endpoint.baseURL en allowedEndpointOrigins in het beleid.',
    'not-supported': 'De gekozen provider ondersteunt deze handeling niet (bijvoorbeeld het ingebouwde browsermodel in deze browser).',
    unknown: 'Onbekende fout. De melding hierboven komt van de software of de server.',
  },
  /** Labels of "Details voor de beheerder". */
  llmErrorFact: {
    title: 'Details voor de beheerder',
    code: 'Soort fout',
    status: 'HTTP-status',
    host: 'Server',
    model: 'Model',
    timeout: 'Time-out',
    timeoutValue: '{{seconds}} s',
    detail: 'Melding',
    fix: 'Oplossing',
  },
  log: {
    title: 'Logboek',
    explain:
      'Wat Dossierhulp las, verstuurde, voorstelde en invulde — bewaard op deze computer, en ook in het centrale logboek als uw organisatie dat heeft ingesteld. Er staat geen dossiertekst in, tenzij uw organisatie dat heeft ingesteld.',
    type: 'Soort',
    all: 'alles',
    from: 'Van',
    to: 'Tot en met',
    exportCsv: 'Exporteer CSV',
    exportJson: 'Exporteer JSON',
    empty: 'Nog geen regels in het logboek.',
    count_one: '{{count}} regel',
    count_other: '{{count}} regels',
    filters: 'Filters',
    datePlaceholder: 'dd-mm-jjjj',
    invalidDate: 'Deze datum kan Dossierhulp niet lezen; schrijf hem als dd-mm-jjjj, bijvoorbeeld 21-11-2025. Het filter wacht tot dan.',
    list: 'Logboekregels, nieuwste eerst',
    detail: {
      time: 'Tijdstip',
      user: 'Gebruiker',
      noUser: '(niet ingesteld)',
      responsible: 'Verantwoordelijke',
      page: 'Pagina',
      endpoint: 'AI-server',
      template: 'Sjabloon',
      format: 'Formaat',
      size: 'Grootte',
      pseudonymized: 'Gepseudonimiseerd',
      review: 'Beoordeeld',
      fields: 'Velden',
      client: 'Cliënt (gehasht)',
    },
    outcome: '{{accepted}} geaccepteerd, {{edited}} aangepast, {{rejected}} afgewezen',
  },
  /** Event type names in the Logboek and the CSV export, by AuditEventType. */
  auditType: {
    read: 'gelezen',
    send: 'verzoek aan AI-server',
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
    eventId: 'Gebeurtenis-ID',
    userIdSource: 'Bron gebruiker',
    marked: 'AI-markering',
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
  /** What of the page a request takes (lib/context), the model's window, and a chunked summary's plan. */
  context: {
    basedOnNewest_one: 'Gebaseerd op {{count}} nieuwste rapportage ({{from}} t/m {{to}})',
    basedOnNewest_other: 'Gebaseerd op de {{count}} nieuwste rapportages ({{from}} t/m {{to}})',
    withMeasures_one: ' en {{count}} eerdere met metingen (vanaf {{from}})',
    withMeasures_other: ' en {{count}} eerdere met metingen (vanaf {{from}})',
    ofTotal: ' — {{total}} rapportages op de pagina',
    basedOnAll_one: 'Gebaseerd op {{count}} rapportage ({{from}} t/m {{to}})',
    basedOnAll_other: 'Gebaseerd op alle {{count}} rapportages ({{from}} t/m {{to}})',
    basedOnPeriod: 'Gebaseerd op {{used}} van de {{inScope}} rapportages van de laatste {{days}} dagen ({{from}} t/m {{to}})',
    noReports: 'Gebaseerd op de gegevens op het scherm (geen rapportages)',
    notesCut: 'Uw notities zijn te lang voor het venster van het model; alleen het begin gaat mee.',
    window: 'Venster van het model: {{tokens}} tokens ({{source}}).',
    scope: 'Rapportages meenemen',
    scopeAuto: 'Nieuwste en die met metingen (passend in het venster)',
    scopeDays: 'Laatste {{days}} dagen van het dossier',
    scopeAll: 'Alle rapportages (lange dossiers in delen)',
    /** By WindowSource (lib/llm/contextWindow.ts). */
    source: {
      vllm: 'gemeld door vLLM',
      'ollama-loaded': 'gemeld door Ollama',
      'ollama-num-ctx': 'num_ctx van het model in Ollama',
      'ollama-default': 'Ollama-standaard, het model is nog niet geladen',
      'lmstudio-loaded': 'gemeld door LM Studio',
      llamacpp: 'gemeld door llama.cpp',
      configured: 'ingesteld',
    },
    ollamaTruncates:
      'Let op: Ollama kapt een verzoek dat langer is dan zijn contextlengte stilzwijgend af; het model ziet dan een deel van de tekst niet. Dossierhulp houdt elk verzoek binnen het gemelde venster. Verhoog het venster met OLLAMA_CONTEXT_LENGTH (bijvoorbeeld 16384) of met num_ctx in een Modelfile; zie de beheerdershandleiding.',
    planChunked: 'Dit dossier ({{reports}} rapportages) past niet in één verzoek: {{calls}} verzoeken aan het model, ongeveer {{duration}}.',
    planCached: ' {{cached}} van de {{chunks}} delen zijn al eerder samengevat en worden hergebruikt.',
    planUnknown: 'de duur is nog niet bekend (eerste keer met dit model)',
    planMinutes: '{{minutes}} minuten',
    planSeconds: '{{seconds}} seconden',
    planStart: 'Toch samenvatten',
    planNarrow: 'Alleen de laatste {{days}} dagen',
    planCancel: 'Niet nu',
    concurrency: 'Gelijktijdige verzoeken (samenvatting in delen)',
  },
  audit: {
    failed: 'Het logboek kon een handeling niet opslaan. Uw werk gaat door, maar meld dit aan uw beheerder: het logboek moet volledig zijn.',
  },
  /** Where the audit log's user id came from, by UserIdSource (lib/settings/identity). */
  userIdSource: {
    policy: 'beleid',
    profile: 'browserprofiel',
    manual: 'zelf ingevuld',
    none: 'geen',
  },
  /** The AI transparency mark (policy aiTransparencyMark) as the insert form announces it. */
  transparency: {
    markAdded: 'Uw organisatie zet deze regel onder de ingevoegde tekst: "{{mark}}"',
  },
  /** The admin's diagnostics view on the options page (components/settings/DiagnosticsView). */
  diag: {
    title: 'Diagnose voor de beheerder',
    explain:
      'Wat er is geïnstalleerd, wie het logboek vastlegt, of de AI- en spraakserver bereikbaar zijn en hoe het doorsturen van het logboek gaat. De controles gaan alleen naar toegestane servers; zie de beheerdershandleiding, hoofdstuk 13.',
    install: 'Installatie',
    id: 'ID',
    installType: 'installatie:',
    byPolicy: 'door beleid (force-install)',
    identity: 'Gebruiker in het logboek',
    noUser: '(geen gebruiker)',
    userSource: 'bron:',
    identityAsk:
      'Uw organisatie gebruikt het account van uw browserprofiel als gebruiker in het logboek. Daarvoor vraagt Dossierhulp eenmalig om uw e-mailadres te mogen lezen.',
    identityGrant: 'Browseraccount gebruiken',
    servers: 'AI-server en spraakserver',
    server: 'Server',
    address: 'Adres',
    hostPermission: 'Toegang tot de host',
    reachable: 'Bereikbaar',
    models: 'Modellen',
    chat: 'AI-server',
    transcription: 'Spraakserver',
    recheck: 'Opnieuw controleren',
    checking: 'Bezig met controleren…',
    grant: 'toegang geven',
    modelMissing: 'het ingestelde model staat er niet bij',
    forwarding: 'Centraal auditlog',
    collector: 'Collector',
    notForwarding: 'niet ingesteld — het logboek blijft alleen in deze browser',
    queued: 'In de wachtrij',
    lastSuccess: 'Laatst gelukt',
    lastError: 'Laatste fout',
    nextAttempt: 'Volgende poging',
    sentTotal: 'Doorgestuurd (totaal)',
    sendNow: 'Nu versturen',
    grantCollector: 'Toegang tot de collector geven',
    settings: 'Instellingen en hun bron',
    setting: 'Instelling',
    value: 'Waarde',
    source: 'Bron',
    locked: 'vergrendeld',
    /** By EndpointDiagnosis.state. */
    state: {
      'not-configured': 'niet ingesteld',
      'built-in': 'model in de browser, er gaat niets over het netwerk',
      'not-allowed': 'staat niet op de lijst van toegestane servers; er is niets naartoe gestuurd',
      checked: 'gecontroleerd',
    },
    /** By EndpointDiagnosis.cors. */
    cors: {
      ok: 'in orde',
      refused:
        'geweigerd door de browser: de server stuurt geen Access-Control-Allow-Origin voor de extensie en de extensie heeft geen toegang tot de host',
      'origin-refused':
        'geweigerd door de server: die staat de origin van de extensie niet toe (Ollama: OLLAMA_ORIGINS, vLLM: --allowed-origins)',
      unknown: 'onbekend',
    },
    /** By SettingSource. */
    from: {
      policy: 'beleid',
      profile: 'browserprofiel',
      user: 'gebruiker',
      default: 'standaard',
    },
    /** By ForwardingError.code. */
    forwardError: {
      unreachable: 'collector niet bereikbaar',
      cors: 'geweigerd door CORS: de collector staat de extensie niet toe',
      timeout: 'geen antwoord binnen 30 seconden',
      blocked: 'adres niet toegestaan',
      http: 'de collector weigerde',
      unknown: 'onbekende fout',
    },
  },
} as const;
