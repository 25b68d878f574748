import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd4-b01',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-d4b',
    text: `[[ORGANISATIE|Ziekenhuis Vechtstede]] – locatie [[PLAATS|Zwolle]]
Vakgroep Klinische Geriatrie
[[ADRES|Gasthuisweide 41]]
[[POSTCODE|8025 BK]] [[PLAATS|Zwolle]]
tel. secretariaat [[TELEFOON|038 - 426 71 90]]

Aan: [[ORGANISATIE|Huisartsenpraktijk Holtenbroek]]
t.a.v. dhr. [[PERSOON|B.J. Oude Luttikhuis]], huisarts
[[ADRES|Pythagorasstraat 3]]
[[POSTCODE|8013 RP]] [[PLAATS|Zwolle]]

[[PLAATS|Zwolle]], [[DATUM|15 maart 2024]]

Betreft: mw. [[PERSOON|H. Kamphuis-Wolters]], geb. [[DATUM|14-02-1931]]
BSN [[BSN|241473664]] – patiëntnr. [[ID|7730152]]
[[ADRES|Weteringkade 112-A]], [[POSTCODE|8011 XT]] [[PLAATS|Zwolle]]

Geachte collega [[PERSOON|Oude Luttikhuis]],

Wij berichten u over uw patiënte, de [[LEEFTIJD|93]]-jarige mw. [[PERSOON|Kamphuis]], die van [[DATUM|3 maart]] tot en met [[DATUM|15 maart 2024]] was opgenomen op onze afdeling Geriatrie (A4) wegens een delier bij urosepsis na een val thuis.

Voorgeschiedenis
- 2015 pertrochantere femurfractuur re, DHS
- 2018 M. Parkinson
- DM type 2, CNS (eGFR 38)
- 2021 TIA

Anamnese en beloop
Patiënte werd op [[DATUM|3/3]] per ambulance gebracht nadat haar zoon [[PERSOON|Gert]] haar op de badkamervloer had gevonden. Heteroanamnestisch sinds 2 dagen verward, 's nachts onrustig, weinig gegeten en gedronken. Bij opname CAM positief, temp 38,6, leukocyturie. Urinekweek: E. coli, gevoelig voor cefuroxim; behandeld 7 dagen. Het delier herstelde langzaam, vanaf dag 6 DOS < 3. Kortdurend quetiapine 12,5 mg a.n., gestaakt per [[DATUM|11-3]]. Levodopa ongewijzigd gecontinueerd (op vaste tijden gegeven, dat ging de eerste dagen niet goed).
MMSE na herstel 22/30 (dag 10), kloktekening afwijkend. Er zijn aanwijzingen voor een onderliggende cognitieve stoornis; wij adviseren evaluatie op de geheugenpoli over ca. 3 maanden.
Fysiotherapie: loopt met rollator onder toezicht, Barthel 11/20, voor thuis op dit moment onvoldoende. Dit is besproken met zoon [[PERSOON|Gert Kamphuis]] en dochter [[PERSOON|Riet Scholten-Kamphuis]] (eerste contactpersoon, [[TELEFOON|06-41773208]]).

Ontslag
Op [[DATUM|15-03]] overgeplaatst naar de afdeling Geriatrische Revalidatie van [[ORGANISATIE|Zorgcentrum De Esdoorn]] te [[PLAATS|Hasselt]], behandelaar mw. [[PERSOON|J. Hofstede]], specialist ouderengeneeskunde.

Medicatie bij ontslag
- levodopa/carbidopa 100/25 mg 4dd1
- metformine 500 mg 2dd1
- paracetamol 1000 mg 3dd1
- macrogol/elektrolyten 1dd1 sachet
- acetylsalicylzuur 80 mg 1dd1
Gestopt: quetiapine; temazepam (valrisico, niet herstarten a.u.b.).

Afspraken
- NR-beleid besproken met patiënte en beide kinderen op [[DATUM|6 maart]]: niet reanimeren, geen IC-opname.
- Controle nierfunctie over 2 weken via de SO.
- Polikliniek geriatrie over 8 weken, oproep volgt.

Met collegiale groet,

drs. [[PERSOON|M.A. Benninga]], klinisch geriater
BIG [[ID|59023817401]]
mede namens [[PERSOON|S. Ait Ouali]], arts-assistent
bereikbaar via toestel [[ID|2286]]

cc: mw. [[PERSOON|J. Hofstede]], SO, [[ORGANISATIE|De Esdoorn]] [[PLAATS|Hasselt]]`,
  },
  {
    id: 'd4-b02',
    genre: 'ontslagbrief',
    setting: 'GGZ',
    author: 'auteur-d4b',
    text: `[[ORGANISATIE|GGZ Mergelland]]
Kliniek Acute Psychiatrie – locatie [[ORGANISATIE|Sint Anna]]
[[ADRES|Kloosterweide 9]] | [[POSTCODE|6419 CS]] [[PLAATS|Heerlen]]
[[TELEFOON|045 - 574 22 00]] | [[URL|www.ggzmergelland.nl]]

Aan de huisarts
dhr. [[PERSOON|W. Pelzer]]
[[ORGANISATIE|Huisartsenpraktijk Treebeek]]
[[ADRES|Emmastraat 61]]
[[POSTCODE|6444 HB]] [[PLAATS|Brunssum]]

Datum: [[DATUM|27-02-2024]]

Betreft: ontslag klinische opname
dhr. [[PERSOON|M. (Mehmet) Öztürk]], geb. [[DATUM|02-09-1989]]
[[ADRES|Schutterijstraat 88a]], [[POSTCODE|6443 ZK]] [[PLAATS|Brunssum]]
BSN: [[BSN|1257.05.505]] | cliëntnr.: [[ID|0318842]]

Geachte collega,

Uw patiënt was van [[DATUM|19 januari]] tot [[DATUM|26 februari 2024]] opgenomen op onze gesloten afdeling. Hij werd op [[DATUM|19-01]] door de politie naar de SEH van [[ORGANISATIE|Parkstad Medisch Centrum]] gebracht nadat hij de buurvrouw had bedreigd; hij meende dat zij via de verwarmingsbuizen zijn gedachten afluisterde. De crisisdienst heeft een crisismaatregel geadviseerd, deze is door de burgemeester van [[PLAATS|Brunssum]] afgegeven. Nadien zorgmachtiging (Wvggz) verleend tot [[DATUM|19 juli 2024]].

Diagnose (DSM-5): schizofreniespectrumstoornis, eerste episode, in context van dagelijks cannabisgebruik.

Beloop
De eerste week was dhr. achterdochtig en prikkelbaar, weigerde medicatie. Op [[DATUM|21/1]] eenmalig separatie na een agressie-incident, daarna gedwongen medicatie (olanzapine im, 1x). Vervolgens instemming met aripiprazol oraal, opgehoogd tot 15 mg. Wanen namen af, inzicht is gedeeltelijk. Moeder, mw. [[PERSOON|Ayşe Öztürk]], en broer [[PERSOON|Emre]] waren zeer betrokken en zijn bij twee familiegesprekken geweest (tolk niet nodig, gesprekken in het Nederlands en Turks door collega [[PERSOON|A. Kurt]]).
Per [[DATUM|12 februari]] overgezet op aripiprazol depot (Abilify Maintena 400 mg/4 wk), volgende injectie [[DATUM|11 maart]] via het FACT-team.
Cannabis: motivatie om te minderen wisselend. Urinetest bij ontslag negatief.

Nazorg
- Behandeling door het FACT-team van [[ORGANISATIE|GGZ Mergelland]] in [[PLAATS|Brunssum]], casemanager mw. [[PERSOON|Rian Vliegen]] (SPV), [[TELEFOON|06-29310475]].
- Signaleringsplan is opgesteld met dhr. en moeder; kopie bijgevoegd.
- Graag jaarlijks metabool screenen (gewicht nam 4 kg toe).
- Dhr. woont weer in zijn eigen woning; de buurvrouw is door de woningcorporatie geïnformeerd (met toestemming).

Medicatie bij ontslag: aripiprazol depot 400 mg 1x/4 wk; geen overige.

Met vriendelijke groet,

[[PERSOON|E.J.M. Bemelmans]], psychiater
[[PERSOON|A. Kurt]], verpleegkundig specialist GGZ

Secretariaat: [[EMAIL|secretariaat.kap@ggzmergelland.nl]] / toestel [[ID|2214]]`,
  },
  {
    id: 'd4-b03',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-d4b',
    text: `VERWIJSBRIEF

Van: [[ORGANISATIE|Huisartsenpraktijk De Brink]]
[[ADRES|Brink 7]], [[POSTCODE|9461 AR]] [[PLAATS|Gieten]]
AGB praktijk [[ID|01054327]] | tel. [[TELEFOON|0592-261455]]
Huisarts: [[PERSOON|A.H. Wolting]]

Aan: geheugenpolikliniek / geriatrie
[[ORGANISATIE|Medisch Centrum Hondsrug]], [[PLAATS|Emmen]]

Datum: [[DATUM|2-4-2024]]
Urgentie: regulier

Patiënt: mw. [[PERSOON|A. (Appie) Hilbrands-Bartels]], geb. [[DATUM|11-07-1935]]
BSN [[BSN|716104027]]
[[ADRES|Hoofdstraat 34]], [[POSTCODE|9462 TG]] [[PLAATS|Gasselte]]

Geachte collega,

Graag uw analyse bij deze 88-jarige vrouw met sinds ongeveer een jaar toenemende vergeetachtigheid. Ze woont alleen sinds haar man in 2020 overleed. Dochter [[PERSOON|Geesje]] (woont in [[PLAATS|Stadskanaal]], [[TELEFOON|06 - 18 44 92 07]]) merkt dat ze afspraken vergeet, de post laat liggen en twee keer de pan op het vuur heeft laten staan. De bakker, die twee keer per week brood aan huis brengt, belde de dochter omdat mw. al drie weken niet had betaald en hem niet meer herkende.
Vorige maand is ze met de auto verdwaald in een parkeergarage in [[PLAATS|Assen]]; ze rijdt nog steeds. Ik heb geadviseerd niet te rijden tot de uitslag bekend is, dat vond ze erg vervelend.

Bevindingen
MMSE (POH, [[DATUM|19-03]]) 23/30, vooral uitval op oriëntatie in tijd en uitgestelde recall. Kloktekening matig.
Lab [[DATUM|21/3]]: Hb 7,9, TSH, B12, foliumzuur, glucose, Na en nierfunctie normaal.
Geen aanwijzingen voor depressie (GDS-15: 3). Geen focale neurologie.

Voorgeschiedenis: hypertensie, artrose knieën, 2017 cataractoperatie bdz.
Medicatie: amlodipine 5 mg 1dd, paracetamol zo nodig, sinds kort oxazepam 10 mg a.n. (door een waarnemer voorgeschreven, ik bouw dit af).

Thuissituatie: 1x/wk huishoudelijke hulp, sinds [[DATUM|maart 2024]] 's ochtends medicatie door de wijkverpleging van [[ORGANISATIE|Zorggroep Drentse Hoven]]. Schoonzoon [[PERSOON|Harm]] doet de financiën.

Vraagstelling: is er sprake van dementie, en zo ja welk type? Advies over rijgeschiktheid en ondersteuning thuis.
Patiënte heeft voorkeur voor een afspraak op maandag of donderdag, dan kan de dochter mee.

Met vriendelijke groet,

[[PERSOON|A.H. Wolting]], huisarts`,
  },
  {
    id: 'd4-b04',
    genre: 'verwijzing',
    setting: 'GGZ',
    author: 'auteur-d4b',
    text: `Verwijzing klinische opname ouderenpsychiatrie – spoed

Van: Acute Dienst [[ORGANISATIE|GGZ Hofpoort]], [[PLAATS|Den Haag]]
crisisarts: [[PERSOON|R.F. Martina]] | dienstmobiel [[TELEFOON|06-53108826]]
Aan: [[ORGANISATIE|Kliniek De Duinhoeve]], afd. Ouderenpsychiatrie
[[ADRES|Duinrooslaan 12]], [[POSTCODE|2554 HR]] [[PLAATS|'s-Gravenhage]]
Datum: vr [[DATUM|8 november]], 16.40 uur

Betreft: dhr. [[PERSOON|H. (Harry) Ramdin]], geb. [[DATUM|04-05-1933]], [[LEEFTIJD|91]] jaar
Verblijft: [[ORGANISATIE|Woonzorgcentrum De Kompasroos]], [[ADRES|Paul Krugerlaan 212]], kamer 3.14, [[PLAATS|Den Haag]] ([[PLAATS|Transvaal]])
BSN [[BSN|284083379]]

Reden verwijzing
Ernstige depressie met psychotische kenmerken; sinds 10 dagen nauwelijks intake, weigert sinds [[DATUM|6-11]] ook drinken. Meent dat hij "al dood is" en dat zijn eten vergiftigd wordt door de familie. Gewicht in 6 weken 5 kg afgenomen.
Somatisch gezien door de SO van de locatie, mw. [[PERSOON|L. Statia]], vandaag: geen delier (4AT 1), lichte dehydratie, Na 146. Geen acute somatische oorzaak gevonden, lab bijgevoegd.

Voorgeschiedenis: depressieve episode 2016 (destijds goed op nortriptyline), DM2, atriumfibrilleren (apixaban), prostaathypertrofie.

Wilsbekwaamheid t.a.v. opname: niet aanwezig. Dhr. verzet zich niet, zoon [[PERSOON|Vikash Ramdin]] (vertegenwoordiger, [[TELEFOON|070-3894417]]) stemt in. Wzd-traject via de SO is in gang gezet; bij verzet alsnog Wvggz.
Dhr. spreekt Sarnami en Nederlands; zoon vraagt of er iemand op de afdeling is die Sarnami spreekt.

Vraag: opname voor diagnostiek en behandeling (overweeg ECT bij onvoldoende effect medicatie). Graag vóór het weekend, de locatie kan het vochtbeleid niet waarborgen.

Overleg gehad met dienstdoend psychiater dr. [[PERSOON|Y. Kromosoeto]], akkoord.

[[PERSOON|RFM]]`,
  },
  {
    id: 'd4-b05',
    genre: 'email',
    setting: 'ZKH',
    author: 'auteur-d4b',
    text: `Van: [[PERSOON|Dassen, Marij]] <[[EMAIL|m.dassen@hospicemergelhoeve.nl]]>
Verzonden: woensdag [[DATUM|10 april 2024]] 16:42
Aan: [[PERSOON|Geurts, T. (Thijs)]] <[[EMAIL|t.geurts@servatiusgasthuis.nl]]>
CC: Transferbureau <[[EMAIL|transfer@servatiusgasthuis.nl]]>
Onderwerp: RE: aanmelding mw. [[PERSOON|Wetzels-Ummels]]

Hoi [[PERSOON|Thijs]],

Goed nieuws: vanaf vrijdag hebben we een kamer vrij. Graag vooraf de actuele medicatielijst en de NR-verklaring (die ligt er toch?). Komt de morfinepomp mee of moeten wij die regelen via de apotheek? Familie mag vanmiddag nog komen kijken, ik ben er tot 17.00.

Groetjes,
[[PERSOON|Marij]]

[[PERSOON|Marij Dassen]]
coördinator zorg | [[ORGANISATIE|Hospice De Mergelhoeve]]
[[ADRES|Rijksweg 14]], [[POSTCODE|6271 AE]] [[PLAATS|Gulpen]]
[[TELEFOON|043 450 28 71]] | [[URL|www.hospicemergelhoeve.nl]]

-----Oorspronkelijk bericht-----
Van: [[PERSOON|Geurts, T. (Thijs)]]
Verzonden: woensdag [[DATUM|10 april 2024]] 11:05
Aan: [[EMAIL|m.dassen@hospicemergelhoeve.nl]]
Onderwerp: aanmelding mw. [[PERSOON|Wetzels-Ummels]]

Dag [[PERSOON|Marij]],

Zoals vanochtend telefonisch besproken de aanmelding van mw. [[PERSOON|G.M. (Truus) Wetzels-Ummels]], geb. [[DATUM|30-01-1934]], dus net [[LEEFTIJD|90]]. Woont in [[PLAATS|Eys]], dochter [[PERSOON|Mia]] woont vlakbij in [[PLAATS|Wahlwiller]] en is de contactpersoon ([[TELEFOON|06 21 88 40 13]]).

- gemetastaseerd coloncarcinoom (lever, peritoneum), afgezien van verdere behandeling
- opname sinds [[DATUM|2/4]] met ileus, conservatief beleid, nu morfine sc pomp 20 mg/24u
- delier wisselend, rustig op lage dosis haloperidol
- levensverwachting ingeschat op enkele weken
- NR/geen IC/geen SEH, vastgelegd [[DATUM|3 april]]

Mevrouw wil niet meer naar huis ("ik wil [[PERSOON|Mia]] niet belasten") maar wel dicht bij [[PLAATS|Eys]] blijven, vandaar jullie. Huisarts is dr. [[PERSOON|Knops]] van [[ORGANISATIE|Huisartsenpraktijk Knops & Senden]] in [[PLAATS|Gulpen]]; hij is op de hoogte en wil haar graag bij jullie blijven volgen.

Overdracht verpleging volgt via het transferbureau.

Met vriendelijke groet,
[[PERSOON|Thijs]]

[[PERSOON|Thijs Geurts]] | klinisch geriater
[[ORGANISATIE|St. Servatius Gasthuis]] | afd. Geriatrie, route 23
T [[TELEFOON|043-3870412]] | sein [[ID|5518]]`,
  },
  {
    id: 'd4-b06',
    genre: 'email',
    setting: 'ZKH',
    author: 'auteur-d4b',
    text: `Onderwerp: MDO geheugenpoli verplaatst naar do [[DATUM|16 mei]]
Van: [[EMAIL|s.terhorst@reggeland.nl]]
Aan: dr. [[PERSOON|Yıldız]]; [[PERSOON|Nijhuis, L.]]; [[PERSOON|Hoekstra, S.]]; psychologie geriatrie

Beste allen,

Het MDO geheugenpoli van di [[DATUM|14 mei]] gaat niet door (hemelvaartweek, te weinig bezetting). Nieuwe datum: do [[DATUM|16 mei]] 13.30-15.00 in vergaderruimte 2.17, locatie [[PLAATS|Almelo]]. Wie vanuit [[PLAATS|Hengelo]] inbelt kan de link hieronder gebruiken:
[[URL|https://teams.reggeland.nl/mdo/geheugenpoli-0516]]

Op de lijst staan 7 patiënten, o.a. de twee nieuwe verwijzingen uit [[PLAATS|Vriezenveen]] en [[PLAATS|Tubbergen]]. Dr. [[PERSOON|Yıldız]], wil jij de casus van dhr. [[PERSOON|Brinkhuis]] voorbereiden? De MRI is op [[DATUM|2/5]] gemaakt.

[[PERSOON|Sytske]], de uitslagen van het NPO van mw. [[PERSOON|Lubbers]] zijn binnen, graag even in het dossier zetten.

Met vriendelijke groet,

[[PERSOON|Sanne ter Horst]]
medisch secretaresse geriatrie
[[ORGANISATIE|Reggeland Ziekenhuis]] | [[PLAATS|Almelo]] – [[PLAATS|Hengelo]]
T [[TELEFOON|0546-693312]] (ma, di, do)`,
  },
  {
    id: 'd4-b07',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-d4b',
    knownNames: ['Mw. J. (Jantje) Hadders-Zwiers'],
    text: `MDO [[DATUM|18-04-2024]] – [[ORGANISATIE|Het Esdorp]] [[PLAATS|Borger]], afd. [[ORGANISATIE|De Heide]] (kleinschalig wonen)

Aanwezig: [[PERSOON|R. Lammers]] (SO), [[PERSOON|Esther Pot]] (EVV), [[PERSOON|M. Kuipers]] (GZ-psycholoog), dr. [[PERSOON|F. Tjalsma]] (klinisch geriater, consult vanuit [[ORGANISATIE|Ziekenhuis Reestdal]]), fysio [[PERSOON|Dirk]], zoon [[PERSOON|Jan Hadders]]; dochter [[PERSOON|Hillie]] telefonisch.
Notulen: [[PERSOON|ep]]

1. Somatiek
Mw. is [[LEEFTIJD|96]]. Dementie met Lewy bodies, sinds febr. meer schommelingen. 2 valpartijen sinds vorig MDO ([[DATUM|28/3]] en [[DATUM|9/4]]), geen letsel. Gewicht 51,2 kg (was 54 in jan). RR laag staand (92/50).
Dr. [[PERSOON|Tjalsma]]: orthostase speelt mee, advies rivastigmine-pleister niet verder ophogen, midodrine niet zinvol gezien wensen. Haloperidol absoluut vermijden (Lewy).

2. Gedrag / psyche
Ziet 's avonds kinderen en een hond in de kamer, is daar meestal niet bang van. Noemt verzorgende [[PERSOON|Wendy]] steeds "[[PERSOON|Trijntje]]" (naam van haar overleden zus). [[PERSOON|Kuipers]]: niet corrigeren, meebewegen. Onrust rond 17.00 uur: extra wandeling buiten met fysio/vrijwilliger.

3. ADL / mobiliteit
Loopt met rollator onder begeleiding, 's nachts sensormat. Eet beter in de huiskamer dan op de eigen kamer. Verrijkte pap, Nutridrink 2x daags.

4. Wensen / ACP
Zoon vertelt dat moeder op een boerderij bij [[PLAATS|Exloo]] is opgegroeid en vroeger elke zondag naar de kerk in [[PLAATS|Borger]] ging. Zou graag nog eens mee. Familie wil geen ziekenhuisopname meer, ook niet bij fractuur (behalve voor pijnstilling). Vastgelegd: NR, geen SEH, geen ziekenhuis. Besproken met [[PERSOON|Hillie]], die het eens is.

Afspraken
- rivastigmine 9,5 mg/24u handhaven (SO)
- weegmoment 1x/2 wk (EVV)
- kerkbezoek [[DATUM|28 april]] regelen met vrijwilliger, zoon rijdt mee (EVV/zoon)
- volgend MDO over 8 wk, streefdatum [[DATUM|13-06]]`,
  },
  {
    id: 'd4-b08',
    genre: 'mdo',
    setting: 'GGZ',
    author: 'auteur-d4b',
    knownNames: ['Dhr. A. (Abdelkader) El Idrissi'],
    text: `MDO FACT-ouderen [[PLAATS|Den Haag]] – woensdag [[DATUM|22 mei]]
aanwezig: [[PERSOON|K. Girigorie]] (psychiater), [[PERSOON|Noor van der Kooij]] (SPV, casemanager), [[PERSOON|Bas]] (ervaringsdeskundige), [[PERSOON|I. Benali]] (maatschappelijk werk), [[PERSOON|C. Jagessar]] (AIOS)

Cliënt: dhr. [[PERSOON|El Idrissi]], 72 jr, woont alleen aan de [[ADRES|Hoefkade 301-II]] ([[PLAATS|Schilderswijk]]). Diagnose: recidiverende depressie, DM2 slecht ingesteld.

Stand van zaken ([[PERSOON|Noor]]):
- stemming iets beter sinds sertraline 100 mg, slaapt 5-6 uur
- eet onregelmatig, glucose thuis 14-19, huisarts (gezondheidscentrum [[ORGANISATIE|Hobbemaplein]]) maakt zich zorgen, insuline wordt niet consequent gespoten
- dochter [[PERSOON|Samira]] komt 2x/wk, zoon [[PERSOON|Youssef]] woont in [[PLAATS|Zoetermeer]] en is minder in beeld
- brief van woningcorporatie over huurachterstand (3 mnd), dhr. had de post niet geopend

Bespreking:
[[PERSOON|Girigorie]]: geen aanwijzingen voor psychose of suïcidaliteit, wel apathie. Cognitieve screening gewenst (MoCA), evt. verwijzing geheugenpoli [[ORGANISATIE|Medisch Centrum Duinzicht]].
[[PERSOON|Bas]]: dhr. gaat graag naar de moskee aan de [[ADRES|Hobbemastraat 80]], daar kent hij mensen; inzetten als steun?
[[PERSOON|Benali]]: aanmelden bij het buurtteam van [[PLAATS|Schilderswijk]] voor budgetbeheer, met dhr. besproken en hij wil het "als [[PERSOON|Samira]] erbij is".
Ramadan is voorbij, medicatie-inname weer normaal te plannen.

Afspraken:
1. MoCA bij volgend huisbezoek ([[PERSOON|NvdK]])
2. overleg met POH van het gezondheidscentrum over insulineschema, wellicht wijkverpleging voor toediening ([[PERSOON|CJ]])
3. aanmelding buurtteam + schuldhulp vóór [[DATUM|1 juni]] ([[PERSOON|IB]])
4. evaluatie MDO over 6 wkn

/[[PERSOON|cj]]`,
  },
  {
    id: 'd4-b09',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-d4b',
    knownNames: ['Mw. A. (Agnieszka) Kowalczyk'],
    text: `Crisisbeoordeling zo [[DATUM|14-07-2024]] 02.15 uur, SEH [[ORGANISATIE|Ziekenhuis Maaspoort]] [[PLAATS|Venlo]]
Aanmelding door SEH-arts [[PERSOON|Hermans]] na intoxicatie paracetamol (ca. 30 tabl. à 500 mg rond 20.00 uur). Spiegel bepaald, NAC gestart, somatisch stabiel, internist neemt op.
Aanwezig: crisisarts [[PERSOON|R. Coenen]], SPV [[PERSOON|L. Bouzidi]]; tolk Pools via tolkentelefoon.

Anamnese
29-jarige Poolse vrouw, sinds 2 jaar in NL, werkt via een uitzendbureau in een kassencomplex bij [[PLAATS|Grubbenvorst]]. Woont met 5 collega's in een huis aan de [[ADRES|Kazernestraat 14-3]], [[PLAATS|Blerick]]. Vanavond na ruzie met vriend [[PERSOON|Paweł]] (hij heeft de relatie beëindigd) de tabletten ingenomen "om te slapen en niet meer wakker te worden". Heeft zelf een collega, [[PERSOON|Kasia]], gebeld, die 112 belde.
Sinds maanden somber, slecht slapen, veel heimwee, moeder in Polen ziek. Geen eerdere pogingen, geen psychiatrische voorgeschiedenis. Alcohol in het weekend, geen drugs.

Psychiatrisch onderzoek
Heldere vrouw, huilerig, goed contact via tolk. Stemming somber, affect vlak. Geen psychotische kenmerken. Distantieert zich nu gedeeltelijk van de poging ("stom"), maar ziet de toekomst niet zitten; geen concreet plan, wel doodsgedachten. Beschermend: broer [[PERSOON|Tomasz Kowalczyk]] in [[PLAATS|Tegelen]], wil voor haar zorgen.

Conclusie
Suïcidepoging met ambivalent doodsmotief, depressieve klachten, acute relationele stressor. Risico op herhaling matig, geen acuut gevaar dat opname noodzakelijk maakt. Geen criteria Wvggz.

Beleid
- na somatische klaring niet alleen naar huis; verblijft tijdelijk bij broer (telefonisch akkoord, [[TELEFOON|+31 6 4187 2093]])
- veiligheidsplan gemaakt (Pools en NL)
- aanmelding intensieve ambulante behandeling team [[PLAATS|Venlo]], eerste contact ma [[DATUM|15/7]]
- huisarts: ingeschreven bij [[ORGANISATIE|Gezondheidscentrum Blerick-Zuid]], overdracht per mail
- bij toename: crisisdienst bellen of 113 (0800-0113)

[[PERSOON|R. Coenen]], crisisarts / [[PERSOON|LB]]`,
  },
  {
    id: 'd4-b10',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-d4b',
    knownNames: ['Dhr. G.J. (Gerrit) Nijenhuis'],
    text: `[[DATUM|08-03]] 23.10 tel. contact met echtgenote [[PERSOON|Dinie]] ([[TELEFOON|0522-471936]]). Dhr. is na de ruzie met de buurman met de auto weggereden richting [[PLAATS|Rouveen]], telefoon uit. Geen uitingen van suïcidaliteit gedaan vandaag, wel "het hoeft niet meer zo". Politie is ingelicht door echtgenote. Afgesproken dat zij terugbelt zodra hij thuis is.
23.55 terugbelactie: dhr. is thuis, was bij zijn broer in [[PLAATS|IJhorst]]. Rustig. Morgen za [[DATUM|9/3]] 10.00 huisbezoek crisisteam [[PLAATS|Zwolle]]-[[PLAATS|Staphorst]].
– [[PERSOON|hvd]]`,
  },
  {
    id: 'd4-b11',
    genre: 'soep',
    setting: 'ZKH',
    author: 'auteur-d4b',
    knownNames: ['Dhr. W. (Willem) ten Brinke'],
    text: `Consult geriatrie [[DATUM|17/10]] – afd. Orthopedie 5B, [[ORGANISATIE|IJsselborgh]] [[PLAATS|Deventer]]
Aanvrager: dr. [[PERSOON|Veldkamp]], orthopeed

S: Consult i.v.m. onrust en verwardheid dag 2 na kophalsprothese li (val thuis [[DATUM|15-10]]). Dhr. is [[LEEFTIJD|102]] jaar, woonde tot nu zelfstandig in [[PLAATS|Colmschate]] met 3x/dag wijkverpleging en een maaltijdservice. Volgens kleindochter [[PERSOON|Annemiek ten Brinke]] cognitief goed, leest nog de krant, "soms wat vergeetachtig". Vannacht uit bed geklommen, trok aan infuus, riep om zijn vrouw ([[PERSOON|Gerritje]], overleden 2011).
O: Wisselend alert, desoriënt. in tijd en plaats, aandacht gestoord (maanden terug niet mogelijk). 4AT 8. T 37,4, RR 118/64, p 88 irr. Blaas palpabel, bladderscan 640 ml. Geen defecatie sinds opname. Pijn bij beweging NRS ~7 (observatie, PACSLAC). Hb 6,1, Na 133, kreat 121.
Medicatie: oxycodon 5 mg 4dd, paracetamol 1 g 4dd, enoxaparine, temazepam 10 mg a.n. (gestart op de afdeling).
E: Delier bij [[LEEFTIJD|102]]-jarige, multifactorieel: urineretentie, obstipatie, pijn, opioïd, benzodiazepine, anemie. Geen aanwijzingen voor infectie.
P:
- eenmalig katheteriseren, bij residu > 300 ml CAD
- temazepam staken
- oxycodon omzetten naar 2,5 mg 4dd + zn, paracetamol door
- macrogol 2dd1, zo nodig klysma
- haloperidol 0,5 mg zn max 2x/24u bij gevaarlijke onrust
- kleindochter gevraagd om bril en gehoorapparaat te brengen, klok + kalender op kamer
- NR-beleid besproken met kleindochter en dhr. zelf (in helder moment) [[DATUM|17-10]]: niet reanimeren
- vervolgconsult over 2 dagen; bij ontslag denken aan GRZ, bv. [[ORGANISATIE|Revalidatiecentrum Hof van Salland]]

[[PERSOON|K. Yıldız]], klinisch geriater, toestel [[ID|3371]]`,
  },
  {
    id: 'd4-b12',
    genre: 'soep',
    setting: 'VVT',
    author: 'auteur-d4b',
    knownNames: ['Mw. M.H. (Mia) Vrancken-Lemmens'],
    text: `Consult ouderenpsychiatrie [[DATUM|3 september]] – [[ORGANISATIE|Zorgcentrum Op de Kamp]], [[PLAATS|Maastricht]]-[[PLAATS|Wittevrouwenveld]]
Consultvrager: mw. [[PERSOON|D. Erkens]], SO

S: [[LEEFTIJD|94]]-jarige vrouw met vasculaire dementie, sinds 3 wk toenemend roepgedrag ("[[PERSOON|Sjef]]! [[PERSOON|Sjef]]!", naam van haar overleden man) en weerstand bij ADL. Zoon [[PERSOON|Leo Vrancken]] zegt dat moeder sinds de verhuizing van haar buurvrouw mw. [[PERSOON|Ruijters]] naar een andere afdeling "helemaal van slag" is. Slaapt overdag veel. Pijn wordt door het team niet uitgesloten (artrose heupen). Spreekt vooral Maastrichts.
O: Zit in rolstoel in huiskamer, roept met tussenpozen. Reageert op aanspreken in dialect met een glimlach, daarna weer roepen. Gelaat gespannen bij transfer, grimas bij bewegen re heup. Geen aanwijzingen voor hallucinaties. PAINAD 5. Geen koorts, urine-stick neg ([[DATUM|1/9]]).
Medicatie: citalopram 10 mg, lorazepam 0,5 mg zn (afgelopen week 9x gegeven), paracetamol 500 mg 3dd.
E: Onbegrepen gedrag bij vasculaire dementie; waarschijnlijk onvoldoende behandelde pijn en verlieservaring (buurvrouw). Geen depressie of delier aantoonbaar.
P:
1. paracetamol naar 1000 mg 3dd vast, evaluatie PAINAD na 1 wk (SO)
2. lorazepam zo nodig afbouwen, liever niet
3. contactmoment met mw. [[PERSOON|Ruijters]] 2x/wk organiseren (EVV [[PERSOON|Fieke]])
4. muziek uit haar jeugd, zoon vraagt naar liedjes van de harmonie uit [[PLAATS|Amby]]
5. gedragsanalyse psycholoog [[PERSOON|T. Cremers]]
Terugkoppeling aan SO gedaan. Over 4 weken herbeoordeling.

[[PERSOON|J.P. Houben]], psychiater ouderen, [[ORGANISATIE|GGZ Mergelland]]`,
  },
];
