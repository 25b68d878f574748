import type { Token } from './tokenize';
import { FAMILY_NAMES } from './data/family-names';
import { FIRST_NAMES } from './data/first-names';
import { NAME_WORDS } from './data/name-words';
import { PLACES } from './data/places';
import { VILLAGES_AND_DISTRICTS } from './data/villages';
import { ORGANISATIONS } from './data/organisations';
import { SHORT_WORDS } from './data/short-words';

/**
 * Word sets the recognisers look up. Everything is lower-cased; the lists are bundled
 * strings split once at import (a Set lookup per token keeps the scan linear).
 */
const split = (s: string) => s.split(/[|\n]/).map((x) => x.trim()).filter(Boolean);
const lowerSet = (words: Iterable<string>) => new Set([...words].map((w) => w.toLowerCase()));
const wordList = (s: string) => s.split(/\s+/).filter(Boolean);

export const firstNames = lowerSet(split(FIRST_NAMES));
export const familyNames = lowerSet(split(FAMILY_NAMES));
/** Names that are also ordinary words: need context at the start of a sentence or in lower case. */
export const nameWords = lowerSet(split(NAME_WORDS));

/** Dutch words of 2–4 lower-case letters (OpenTaal), plus a few that it lacks: not a paraaf after a dash. */
export const shortWords = new Set([...split(SHORT_WORDS), ...wordList(`ok oke oké zn nvt idem enz etc evt ivm zgn mbt tav wrs ong gb pm`)]);

/**
 * Abbreviations of Dutch care (roles, settings, tests, laws): letters that look like staff initials but are not.
 * Upper case; compared with a code's upper case.
 */
export const careAbbreviations = new Set(
  wordList(`SO HA AVG POH SPV EVV PB VPK VP VG MDO ADL CIZ WLZ WMO GGZ GHZ VVT SEH IC HIC MC NR DNR RR BMI CVA TIA
  COPD DM DM2 MRSA UWI ECG CT MRI OK ZM IBS BOPZ WVGGZ WZD FACT ACT PDL ZN NVT SOEP SBAR MIC MIM VIM SAT SPO
  NRS VAS EMV GCS MMSE BPRS HONOS PHQ GAF DSM PG KVT PVT VPH TC CV CC IVM MBT TAV AGB BIG BSN UZI
  AOW ZZP HAP AIOS ANIOS ANW RVE CEO KNO OGZ GGD CJG JGZ UWV SVB CAK MEE ROC MBO HBO VMBO HAVO VWO LVB
  VB MVB ZVB EMB NAH ASS ADHD ADD PTSS OCD PDD GHB THC XTC LSD INR HBA1C TSH CRP BSE LDL HDL ALAT ASAT GFR EGFR
  MCV PSA PCR RSV HIV HPV TBC ALS ICD OSAS CPAP BIPAP PEG NGT WHO AED BLS EHBO AMBU
  CGT EMDR PAAZ PAAG IHT SGGZ BGGZ PUK KJP HKZ ECT IVF LVG SEO IQ TIQ VIQ PIQ PMT OCT DBC DBT
  RIBW BEM ZVW EEG EMG CTG SCP VS MOCA HBA BW IPS SC
  PGB VT CCE WIA IGJ NZA NHG KNMG AMW TBS WSW SHV HF AF
  MW SMW ACP GRZ ELV CAM VPT MPT DTV PSZ SOG WMO WLZ ZBM CAK SPH PVB BOR OT PT VS POH-GGZ`),
);
/** Institutions written in the shape of a tussenvoegsel paraaf ("OvJ", "UvA", "RvdK"): no person. */
export const institutionCodes = new Set(
  wordList(`OvJ UvA VU RvdK RvK VvE RvB RvT CvB KvK OvD`),
);
/** Lower-case words that are no paraaf even after a slash or dash at a line end ("- ok", "/ja"). */
export const signatureStopWords = new Set(wordList(`ok oke oké ja nee zo nu af al en of op in na om te de het een is was wel niet geen zie idem etc enz
  ma di wo do vr za zo jan feb mrt apr mei jun jul aug sep sept okt nov dec`));

/** First names that are ordinary words or abbreviations ("Wil", "Do", "Mei", "Roos"). */
export const ambiguousFirstNames = new Set(
  wordList(`ben bent wil max jet do door mei juni april roos erna lot lieve maan storm wolf dies bloem engel co ace flip
  job leen pip puk rein ster zomer winter merel ma pa di wo vr za zo bon`),
);

/** Tussenvoegsels that open a Dutch family name. */
export const tussenvoegsels = new Set(
  wordList(`van de der den het 't ’t ter ten te in op aan uit la le du da di des del von vd v.d. 's ’s d' l' dos el al`),
);
/** Tussenvoegsels that also are everyday prepositions; alone they do not signal a name. */
export const prepositionLike = new Set(wordList(`in op aan uit te de het van`));

/** Titles and forms of address; the following words are (part of) a name. */
export const titles = new Set(
  wordList(`mw mevr mevrouw mej mejuffrouw dhr heer meneer mr dr drs prof ir ing zr zuster br broeder dokter juf juffrouw
  meester ds dominee pastor pastoor fam familie wijlen sr jr`),
);
/** Titles that Dutch reports also use as a pronoun ("Mevrouw heeft goed gegeten"). */
export const pronounTitles = new Set(wordList(`mevrouw meneer heer mw mevr dhr familie fam dokter zuster juf meester`));

/** Roles and relations; a capitalised word right after one is a name ("dochter Marieke", "huisarts Van Dam"). */
export const roles = new Set(
  wordList(`huisarts arts artsen so avg-arts specialist psychiater psycholoog gz-psycholoog orthopedagoog gedragsdeskundige
  fysiotherapeut fysio ergotherapeut logopedist diëtist dietist verpleegkundige verpleegkundig vpk verzorgende evv evv'er
  pb pb'er begeleider begeleidster persoonlijk collega collega's dochter zoon schoonzoon schoondochter kleindochter kleinzoon
  kleinkind achterkleinkind zus zusje broer broertje vader moeder pa ma man vrouw echtgenoot echtgenote partner vriend vriendin
  buurman buurvrouw neef nicht oom tante opa oma mantelzorger contactpersoon mentor curator bewindvoerder casemanager
  wijkverpleegkundige teamleider teamleidster manager behandelaar behandelaars orthopeed cardioloog neuroloog geriater
  internist longarts chirurg anesthesist uroloog dermatoloog oogarts kno-arts praktijkondersteuner poh spv stagiaire stagiair
  leerling invalkracht roepnaam wijkagent agent baas chef jobcoach tolk vrijwilliger buurjongen buurmeisje huisgenoot
  medebewoner medecliënt ha so poh spv evv avg aanvrager melder namens groet groeten gr groetjes door aan met van cliënt client patiënt
  patient bewoner bewoonster naam voornaam achternaam verpleegkundige(n) coördinator regisseur aios anios
  transferverpleegkundige klachtenfunctionaris apotheker assistente assistent doktersassistente triagist
  schoonzus schoonzuster zwager schoonbroer schoonmoeder schoonvader ome omi opoe tantes stiefvader stiefmoeder stiefzoon
  stiefdochter halfbroer halfzus pleegmoeder pleegvader pleegzoon pleegdochter pleegouder peetoom peettante achterneef
  achternicht verloofde ex ex-partner ex-man ex-vrouw vriendje vriendinnetje overbuurman overbuurvrouw grootvader grootmoeder
  tweelingbroer tweelingzus nichtje neefje buurjongen buurmeisje huisvriend huisvriendin verzorgster helpende ergotherapeute
  fysiotherapeute logopediste diëtiste genaamd alias bijnaam koosnaam ouderling diaken predikant imam rabbijn kapelaan`),
);
/** Roles that also precede non-names often; they only support names already in a list or capitalised mid-sentence. */
export const weakRoles = new Set(wordList(`door aan met van naam cliënt client patiënt patient bewoner bewoonster namens`));

/** Eponyms, scales and tests that look like surnames but are not people. */
/** Brands of medicines and care products ("Mepilex Border Heel", "Nutrini Energy"): no names, and nor are the words after them. */
export const productBrands = new Set(
  wordList(`tena dextro movicolon nutridrink nutrison cavilon flaminal aquacel mepilex spiriva humalog novorapid lantus levemir
  xeplion depakine keppra rivotril madopar marcoumar fraxiparine dulcolax clexane sintrom seretide ventolin atrovent oxis
  symbicort pantozol nexium losec durogesic foster baxter nutrini respimat allevyn prontosan tresiba`),
);

export const medicalTerms = new Set([
  ...productBrands,
  ...wordList(`parkinson alzheimer crohn korsakov korsakoff glasgow barthel huntington hodgkin cushing addison graves down
  asperger tourette raynaud bechterew sjögren sjogren menière meniere kahler waldenström guillain barré barre wernicke broca
  apgar katz norton braden tinetti snellen romberg lasègue lasegue babinski trendelenburg duchenne baker dupuytren paget bell
  lyme pick lewy creutzfeldt jakob marfan wilson gilbert hashimoto kaposi stevens johnson heimlich foley mantoux holter doppler
  folstein zung hamilton beck borg morse waterlow semmes weinstein fontaine child pugh killip wells rankin ashworth charlson
  munchausen stokes adams cheyne kussmaul virchow epstein barr bence jones eustachius fallot horner parkinsonisme alzheimers
  omaha gordon maslow kübler ross kubler iddsi must snaq honos phq gaf bprs mmse dos tena dextro movicolon nutridrink
  nutrison cavilon flaminal aquacel mepilex spiriva humalog novorapid lantus levemir xeplion depakine keppra rivotril madopar
  marcoumar fraxiparine dulcolax clexane sintrom seretide ventolin atrovent oxis symbicort pantozol nexium losec durogesic
  ramadan kerst kerstmis pasen pinksteren suikerfeest offerfeest sinterklaas koningsdag hemelvaart bijbel koran god allah heere
  jezus weber rinne centor wells dix hallpike epley unterberger mrc rumack matthew murphy foster baxter nutrini respimat
  garden gartland weber neer frykman lauge hansen`),
]);

/** Capitalised words that are never the start of a name (sentence openers, SOEP labels, units). */
const nonNameCapWords = new Set(
  wordList(`de het een en of in op aan uit te van voor na bij met om tot door over onder naar als dan want maar dus ook
  nog wel niet geen er hier daar deze die dit dat zij ze hij hem haar hun wij we ik je jij u men iemand alles niets
  morgen vandaag gisteren vanavond vanmiddag vanochtend vannacht straks later eerder nu toen s o e p sbar soep i b a r
  afdeling kamer bed locatie team dienst nacht dag avond ochtend middag week maand jaar uur datum tijd naam adres telefoon
  cliënt client patiënt patient bewoner familie huisarts arts zorg overleg overdracht rapportage verslag beleid actie
  advies conclusie plan doel evaluatie medicatie allergie diagnose opname ontslag geachte beste hallo hoi dag betreft aan
  goedemorgen goedemiddag graag bij mevrouw meneer mw dhr mevr situatie background assessment recommendation readback
  achtergrond beoordeling aanbeveling let nieuw nieuwe eerste tweede derde bijzonderheden geen wel ja nee zo nodig ok
  verder daarna daarom vervolgens tevens toen nadat omdat hierna hierbij zodat terwijl waardoor indien bovendien ondanks
  helaas gelukkig inmiddels eerst samen alleen soms vaak altijd nooit meestal steeds weer even gaat ging heeft had is was
  wordt werd kan kon zal zou moet mag lijkt zegt zei kreeg kwam komt geeft gaf laat liet alle veel weinig meer minder
  zorgverzekeraar verzekeraar huisartsenpost thuiszorg wijkverpleging dagbesteding woongroep logeerhuis opvang
  aanwezig afwezig vroege late vroeg laat pomp jeugd notulen notulist acties actiepunten afspraken besluit besluiten
  bureau loket sector cluster vakgroep ernstig ernstige zilveren`),
);

/**
 * Languages and dialects a care report says someone speaks ("spreekt Tarifit", "tolk Darija"): no name, except after
 * a title, where many are Dutch surnames ("mw. Spaans", "dhr. Engels").
 */
export const languageWords = new Set(
  wordList(`frans duits engels arabisch turks pools spaans italiaans portugees russisch oekraïens chinees nederlands fries
  berbers tamazight somalisch tigrinya farsi dari koerdisch hindi sranan papiamento marokkaans surinaams
  tarifit tarifiyt riffijns rifijns darija amazigh tachelhit tashelhit kabylisch pasjtoe pashto urdu punjabi bengaals
  tamil amhaars oromo swahili lingala twi yoruba igbo hausa wolof sorani kurmanji badini armeens georgisch azerbeidzjaans
  roemeens bulgaars hongaars tsjechisch slowaaks servisch kroatisch bosnisch albanees grieks macedonisch litouws
  lets ests fins zweeds noors deens thai vietnamees tagalog indonesisch maleis javaans hebreeuws perzisch sarnami
  hindoestaans kantonees mandarijn japans koreaans sranantongo limburgs brabants twents gronings drents zeeuws
  nedersaksisch gebarentaal`),
);

/** Countries and Dutch provinces: no person and, per the guide, no place ("naar Spanje", "Zuid-Limburg"). */
export const countriesAndProvinces = new Set(
  wordList(`nederland belgië belgie duitsland frankrijk spanje portugal italië italie engeland schotland ierland
  oostenrijk zwitserland polen roemenië roemenie bulgarije griekenland turkije marokko algerije tunesië tunesie
  egypte suriname curaçao curacao aruba bonaire indonesië indonesie syrië syrie irak iran afghanistan eritrea
  ethiopië ethiopie somalië somalie oekraïne oekraine rusland hongarije tsjechië tsjechie kroatië kroatie servië
  servie bosnië bosnie albanië albanie denemarken noorwegen zweden finland amerika canada china india pakistan
  libanon jordanië jordanie israël israel ghana nigeria kaapverdië kaapverdie
  friesland fryslân drenthe overijssel flevoland gelderland holland brabant limburg twente achterhoek veluwe`),
);

/** Well-known towns abroad where clients were born or lived (Suriname, Antilles, Morocco, Turkey, Syria …): no Dutch place. */
export const foreignTowns = new Set(
  `paramaribo moengo nickerie albina lelydorp wanica marowijne commewijne coronie saramacca brokopondo totness
  willemstad oranjestad kralendijk philipsburg nador tanger casablanca rabat fez fes marrakech marrakesh oujda tetouan
  agadir berkane meknes hoceima istanbul ankara izmir konya kayseri antalya adana gaziantep trabzon samsun bursa
  denizli sivas yozgat aksaray afyon damascus damascus aleppo homs hama latakia idlib raqqa daraa bagdad mosul basra
  erbil kirkuk kabul herat kandahar teheran asmara keren massawa mogadishu hargeisa kismayo jakarta bandung surabaya
  warschau krakau gdansk wroclaw boekarest sofia kiev kyiv charkiv odessa lviv`.split(/\s+/).filter(Boolean),
);

/** Capitalised words that are never the start of a name, languages included. */
export const nonNameCaps = new Set([...nonNameCapWords, ...languageWords]);

/** Weekday names and abbreviations (a weekday before "12-3" makes it a date). */
export const weekdays = new Set(
  wordList(`maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma di wo do vr za zo`),
);

interface PlaceEntry {
  /** Lower-cased tokens of the place name, hyphens as their own token. */
  tokens: string[];
  /** Per token, whether the name writes it with a capital ("De Pijp": the "Pijp" of "De pijp lekt" is no place). */
  capitals: boolean[];
  ambiguous: boolean;
}

/** Places by the lower case of their first token, longest name first. */
export const placesByFirstToken = new Map<string, PlaceEntry[]>();
for (const raw of [...split(PLACES), ...split(VILLAGES_AND_DISTRICTS)]) {
  const ambiguous = raw.startsWith('~');
  const name = ambiguous ? raw.slice(1) : raw;
  const written = name.split(/(-)|\s+/).filter((t): t is string => Boolean(t));
  const tokens = written.map((t) => t.toLowerCase());
  const capitals = written.map((t) => t !== t.toLowerCase() && t[0] === t[0]!.toUpperCase());
  const first = tokens[0];
  if (!first) continue;
  const list = placesByFirstToken.get(first) ?? [];
  if (list.some((e) => e.tokens.join(' ') === tokens.join(' '))) continue;
  list.push({ tokens, capitals, ambiguous });
  // "Sint Michielsgestel", "'s Hertogenbosch": the hyphen after Sint or 's is often left out.
  if ((first === 'sint' || first === "'s") && tokens[1] === '-') list.push({ tokens: [first, ...tokens.slice(2)], capitals: [capitals[0]!, ...capitals.slice(2)], ambiguous });
  list.sort((a, b) => b.tokens.length - a.tokens.length);
  placesByFirstToken.set(first, list);
}

/**
 * The longest listed place whose tokens start at token i and that `accept` takes (every caller's "is a place
 * here?"). `sameLine`: the name does not run across a line break ("Bergen⏎Op Zoom" is not one name).
 */
export function listedPlaceAt(
  tokens: readonly Pick<Token, 'lower' | 'newlineBefore'>[], i: number,
  options: { sameLine?: boolean; accept?: (entry: PlaceEntry) => boolean } = {},
): PlaceEntry | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  for (const entry of placesByFirstToken.get(first.lower) ?? []) {
    const matches = entry.tokens.every((x, k) => tokens[i + k]?.lower === x && (k === 0 || !options.sameLine || !tokens[i + k]!.newlineBefore));
    if (matches && (!options.accept || options.accept(entry))) return entry;
  }
  return undefined;
}

/** Named care organisations by the lower case of their first token, longest first. */
export const organisationsByFirstToken = new Map<string, string[][]>();
for (const name of split(ORGANISATIONS)) {
  const tokens = name
    .toLowerCase()
    .split(/(-)|\s+/)
    .filter((t): t is string => Boolean(t));
  const first = tokens[0];
  if (!first) continue;
  const list = organisationsByFirstToken.get(first) ?? [];
  list.push(tokens);
  list.sort((a, b) => b.length - a.length);
  organisationsByFirstToken.set(first, list);
}

/** Denominations that open a congregation's name ("Hervormde Gemeente Zelhem"): no part of a person's name. */
export const denominations = new Set(
  wordList(`hervormde gereformeerde protestantse evangelische katholieke rooms-katholieke christelijke baptisten doopsgezinde
  remonstrantse lutherse vrije oud-katholieke hersteld hersteld-hervormde`),
);

/** Words that make the following capitalised words an organisation ("Zorggroep De Linde"). */
export const organisationKinds = new Set(
  wordList(`zorggroep thuiszorg ziekenhuis verpleeghuis verzorgingshuis zorgcentrum woonzorgcentrum huisartsenpraktijk
  huisartsenpost apotheek ggz ggz-instelling stichting revalidatiecentrum kliniek gezondheidscentrum zorginstelling hospice
  fysiotherapiepraktijk fysiotherapie tandartspraktijk praktijk umc mc zorgorganisatie woonzorg zorgboerderij
  bewindvoering bewindvoeringskantoor thuiszorgorganisatie verslavingszorg jeugdzorg gehandicaptenzorg instelling
  zorgkring zorgpunt zorgnetwerk zorgplein zorgcoöperatie zorgcooperatie gezondheidsplein gezondheidshuis
  budgetbeheer mentorschap arbodienst bewindvoerderskantoor`),
);
/**
 * Words for a kind of care location ("woonvorm", "dagbesteding", "logeerhuis"). A capitalised name after one is
 * the location's name ("woonvorm De Bongerd", "locatie 't Anker", "dagcentrum De Hoeve"); written with a capital
 * the word is part of the name ("Woonhuis Het Veerhuis", "Huize Meerwijk").
 */
export const locationKinds = new Set(
  wordList(`woonvorm woongroep woonlocatie woonhuis wooninitiatief woonplek woonzorglocatie woonvoorziening woonzorgcomplex
  dagbesteding dagcentrum dagbehandeling dagactiviteitencentrum activiteitencentrum logeerhuis logeeropvang locatie
  groepswonen zorglocatie zorgboerderij revalidatiehuis hospice bijna-thuis-huis kinderdagverblijf werkplaats werkplein
  atelier consultatiebureau verpleegafdeling zorgvilla kleinschalig appartementen aanleunwoningen complex huize
  kraamzorg wijkzorg zorgthuis zorgcentrale casemanagement ergotherapie ergotherapiepraktijk hartcentrum behandelcentrum
  vptz huisartsen huisartsengroep gasthuis wonen woning groepswoning inloophuis buurthuis wijkcentrum hic
  welzijn welzijnswerk welzijnsorganisatie welzijnsstichting ontmoetingscentrum steunpunt mantelzorgsteunpunt
  zorghuis zorgwoning woonzorgpark hospicehuis thuishulp huishoudhulp huishoudservice alarmzorg thuisbegeleiding
  opvang nachtopvang dagopvang crisisopvang vrouwenopvang daklozenopvang zorgappartementen kortverblijf taalhuis rustoord
  rusthuis seniorenflat`),
);
/** Location kinds that only name a location when capitalised ("Huize Zonneweide"); lower case they are ordinary words. */
export const capitalOnlyLocationKinds = new Set(wordList(`huize atelier huisartsen complex kleinschalig werkplaats gasthuis welzijn steunpunt`));

/**
 * Departments, specialisms, wards and compass words: part of an address inside an organisation ("afd. 4 West",
 * "Geriatrische Revalidatie", "Dagbehandeling Oogheelkunde"), never a person or a location's own name.
 */
export const departmentWords = new Set(
  wordList(`noord oost zuid west noordoost noordwest zuidoost zuidwest midden centrum
  cardiologie neurologie oogheelkunde urologie geriatrie interne geneeskunde chirurgie orthopedie longziekten
  longgeneeskunde kindergeneeskunde gynaecologie verloskunde dermatologie psychiatrie revalidatie geriatrische
  oncologie hematologie nefrologie maag darm leverziekten mdl kno radiologie anesthesiologie spoedeisende
  intensive care acuut kinderen kraamafdeling verpleegafdeling polikliniek poli secretariaat transferpunt
  zorgbemiddeling transferbureau opname ontslag dagbehandeling behandeling huiskamer`),
);

/** Adjectives of a department's name: "Acute", "Langdurige", "Bijzondere", "Klinische". */
export const departmentAdjective = /^(?:acute|nieuwe|algemene|medische)$|(?:ige|ische|ele|ale|ante|ente|ieve|ende|bare|lijke|dere|tere)$/;
/** Words that name a specialism or a kind of care, not an organisation ("Langdurige", "Zorg", "Eetstoornissen"). */
export const specialismWord = /(?:stoornissen|stoornis|problematiek|zorg|psychiatrie|psychose|geneeskunde|kunde|ziekten|therapie|revalidatie|verslaving|diagnostiek|behandeling|opname|dementie|autisme|angst|stemming|depressie|trauma|adhd|persoonlijkheid|verpleging|begeleiding)$/;

/** Words that close an organisation name ("Maasstad Ziekenhuis", "Erasmus MC"). */
export const organisationSuffixes = new Set(
  wordList(`ziekenhuis mc umc zorg thuiszorg zorggroep verslavingszorg gasthuis kliniek apotheek huisartsen
  huisartsenpraktijk zorgcentrum wijkzorg casemanagement welzijn alarmzorg thuishulp huishoudhulp huishoudservice
  thuisbegeleiding ouderenzorg`),
);
/**
 * Kinds of organisation outside care that the guide also counts (employers, schools, clubs, churches, shops):
 * only written with a capital and followed by a name ("Bakkerij Wolters", "Basisschool De Regenboog",
 * "HC Orderbos"); lower case they are ordinary words ("naar de bakkerij").
 */
export const businessKinds = new Set(
  wordList(`drukkerij bakkerij slagerij tuinderij kwekerij boomkwekerij timmerfabriek lunchroom snackbar restaurant café cafetaria
  hotel zorghotel kringloop kringloopwinkel winkel supermarkt garage autobedrijf parochie kerk kerkgemeente moskee
  basisschool obs cbs pcbs rkbs sbo vso school mytylschool tyltylschool lyceum college gymnasium roc hogeschool universiteit peuterspeelzaal
  kinderopvang bso kdv kinderboerderij sportvereniging vereniging voetbalvereniging hockeyclub tennisclub club hc vv sv
  bewindkantoor woningcorporatie woonstichting woningstichting groepsaccommodatie herstelacademie uitvaartcentrum
  uitvaartonderneming podotherapie kinderfysiotherapie logopediepraktijk oefentherapie thuisbegeleiding hap taxi taxibedrijf fysio
  kerkgemeenschap geloofsgemeenschap scholengemeenschap budgetbureau mentorbureau bewindvoerderskantoor moestuin stadsmoestuin
  zorgpark`),
);
/** Capitalised compounds that end in one of these are an organisation's kind word too ("Hoveniersbedrijf", "Oogzorg"). */
export const businessKindSuffix = /.(?:bedrijf|school|winkel|werkplaats|kantoor|therapie|zorg|academie|accommodatie|speelzaal|boerderij|opvang|vereniging|club|fabriek|kwekerij|groep|gemeenschap|beheer|bureau|handel|erij|werf|netwerk)$/;

/** Kind words that need a capitalised name after them to be an organisation (lower-case use is generic). */
export const genericOrganisationKinds = new Set(
  wordList(`praktijk instelling fysiotherapie`),
);

/** Shapes of unlisted Dutch place names: used only with a place preposition before them. */
export const placeSuffix =
  /(?:dam|dijk|dijke|veen|wijk|hoven|huizen|dorp|broek|horst|berg|burg|bergen|lo|loo|um|ingen|recht|woude|woud|meer|sluis|zijl|kerk|haven|heim|rode|oord|stad|drecht|gein|mond|voort|ward|wolde|zand|zee|beek|hout|donk|rade|enk|schoten|waard|hem|sum|lage|ga|ens|en)$/;

/** Organisations from the list that are a single word ("Buurtzorg", "OLVG"): never a person. */
export const singleWordOrganisations = new Set(
  [...organisationsByFirstToken.entries()].filter(([, list]) => list.some((t) => t.length === 1)).map(([first]) => first),
);
