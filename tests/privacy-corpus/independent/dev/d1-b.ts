import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd1-016',
    genre: 'email',
    setting: 'GGZ',
    author: 'auteur-d1',
    text: `Van: [[PERSOON|Sietske Brouwer]] <[[EMAIL|s.brouwer@ggzmeerzicht.nl]]>
Aan: [[EMAIL|info@huisartsenkerkplein.nl]]
CC: [[EMAIL|recepten@apotheekkerkplein.nl]]
Verzonden: [[DATUM|10-04-2024]] 11:03
Onderwerp: [[PERSOON|Demir, S.]] – lithiumspiegel te hoog

Beste collega [[PERSOON|Hoekman]],

Bij uw patiënte mw. [[PERSOON|Selin Demir]] (geb. [[DATUM|03-03-1985]]) is op [[DATUM|9/4]] een lithiumspiegel van 1,3 mmol/l gemeten, bij een dosering Camcolit 400 mg 2dd. Ze heeft lichte tremor en diarree, geen verwardheid. Vermoedelijk speelt het recent gestarte hydrochloorthiazide een rol (gestart door uw collega [[PERSOON|Van Dam]] op [[DATUM|21 maart]]).

Mijn advies:
- hydrochloorthiazide stoppen, zo nodig vervangen door amlodipine
- Camcolit tijdelijk 400 mg 1dd
- nieuwe spiegel, nierfunctie en natrium over 5 dagen (12 uur na inname)

Ik heb mw. [[PERSOON|Demir]] vanochtend zelf gebeld en dit uitgelegd. Haar partner [[PERSOON|Emre]] let erop dat ze voldoende drinkt. Ik hoor graag de uitslag, dan stem ik de dosering verder af.

Met collegiale groet,

[[PERSOON|Sietske Brouwer]]
psychiater, BIG [[ID|49061234501]]
[[ORGANISATIE|GGZ Meerzicht]], locatie [[ORGANISATIE|De Horst]]
[[ADRES|Oude Haven 12]], [[POSTCODE|8531 ST]] [[PLAATS|Lemmer]]
T [[TELEFOON|0514-563300]], toestel [[ID|3321]]

Dit bericht is uitsluitend bestemd voor de geadresseerde. Lees hoe wij met uw gegevens omgaan op [[URL|https://www.ggzmeerzicht.nl/privacy]].`,
  },
  {
    id: 'd1-017',
    genre: 'rapportage',
    setting: 'wijk',
    author: 'auteur-d1',
    knownNames: ['Mw. A. (Alida) Zwiers'],
    text: `Ma [[DATUM|3-12]] 08:10 Ochtendzorg. Mw. zat al aan de keukentafel met de krant. Steunkousen aangetrokken, medicatie uit de baxterrol gegeven. Sleutel teruggelegd in de kluis. Buurvrouw [[PERSOON|Tineke]] van nr. 6 brengt vanmiddag boodschappen. [[PERSOON|J.v.d.M.]]
Ma [[DATUM|3-12]] 21:15 Avondzorg. Kousen uit, benen ingesmeerd, kleine schaafplek re scheen afgedekt met Mepilex. Mw. is moe, wil vroeg naar bed. /[[PERSOON|ev]]
Di [[DATUM|4-12]] 07:55 Mw. vertelde trots dat ze op [[DATUM|14 december]] jarig is, ze wordt dan [[LEEFTIJD|94]]. Dochter [[PERSOON|Hennie]] organiseert een high tea in het restaurant van [[ORGANISATIE|Zorgcentrum De Wiekslag]]. Medicatie gegeven, ontbijt klaargezet. [[PERSOON|J.v.d.M.]]
Di [[DATUM|4-12]] 20:50 Mw. klaagt over branderig plassen, urine ruikt sterk. Stickje: nitriet +, leuko ++. Huisarts dr. [[PERSOON|Boukema]] gebeld, antibiotica wordt morgen bezorgd door de apotheek. Extra drinken gestimuleerd, lijst neergelegd. /[[PERSOON|ev]]
Wo [[DATUM|5-12]] 08:05 Nitrofurantoïne gestart. Drinklijst: gisteravond 400 ml. Dochter gebeld, zij komt vandaag langs. Nieuw adres dochter voor de map: [[ADRES|Meidoornlaan 4-a]], [[POSTCODE|7415 hv]] [[PLAATS|Deventer]], tel. [[TELEFOON|0570-625814]]. - [[PERSOON|dk]]`,
  },
  {
    id: 'd1-018',
    genre: 'overdracht',
    setting: 'VVT',
    author: 'auteur-d1',
    knownNames: ['Dhr. B. (Bram) Zandstra'],
    text: `Overdracht nacht → vroege dienst, za [[DATUM|17/8]], [[ORGANISATIE|Huize Meerwijk]] afd. Noord

S: Dhr. [[PERSOON|Zandstra]] is om 03:40 naast zijn bed gevonden, zat op de grond. Geen zichtbaar letsel, kan beide benen bewegen.
B: Ziekte van Parkinson, sinds vorige week Madopar verhoogd naar 125 mg 5dd door SO [[PERSOON|Rahimi]]. Orthostatische hypotensie bekend. Heeft sensormat, die stond vannacht uit (stekker los).
A: RR liggend 132/78, staand 104/66. Pols 84. Geen hoofdpijn, niet suf. Vermoedelijk zelf opgestaan om naar het toilet te gaan. Valt onder verhoogd valrisico.
R: Graag vandaag RR liggend/staand herhalen en SO [[PERSOON|Rahimi]] vragen naar de Madopar. Sensormat is weer aangesloten. Zoon [[PERSOON|Jelle]] is nog niet gebeld (wilde ik niet om 4 uur doen), graag na 9 uur: [[TELEFOON|06-41883920]]. MIC-melding staat klaar.

Overdracht van [[PERSOON|Ingrid]] (nacht) aan [[PERSOON|Dewi]] (vroeg). /[[PERSOON|IW]]`,
  },
  {
    id: 'd1-019',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-d1',
    knownNames: ['Dhr. K. (Kwame) Mensah-Owusu'],
    text: `Crisisbeoordeling [[DATUM|2024-02-11]], 19:20 – 21:45
Locatie: politiebureau [[PLAATS|Zwolle]], ophoudruimte
Aanwezig: [[PERSOON|M.A. Scholten]] (psychiater), [[PERSOON|Iris van Wijk]] (SPV crisisdienst), twee agenten, later zus mw. [[PERSOON|Abena Mensah]]

Aanleiding
Dhr. [[PERSOON|Mensah-Owusu]], 29 jaar, is vanmiddag door de politie aangehouden nadat hij in het winkelcentrum in [[PLAATS|Zwolle-Zuid]] mensen aansprak over "de chip in hun nek" en een ruit van de bakkerij intrapte. BSN volgens de politie [[BSN|195 382 079]]. Woont alleen aan de [[ADRES|Pelikaanstraat 31]], [[POSTCODE|8043 XZ]] [[PLAATS|Zwolle]].

Heteroanamnese (zus, telefonisch [[TELEFOON|06-19073355]] en later ter plaatse)
Sinds de kerst is haar broer steeds vreemder. Hij slaapt nauwelijks, eet alleen nog uit blik "omdat ze het eten vergiftigen", en blowt dagelijks. Eerdere psychose in 2020, toen opgenomen in [[ORGANISATIE|Kliniek De Veste]] in [[PLAATS|Deventer]]. Hij is sinds de zomer gestopt met zijn aripiprazol en heeft de afspraken bij zijn behandelaar [[PERSOON|Van Loon]] afgezegd.

Onderzoek
Jongeman die onrustig in de cel heen en weer loopt. Contact wisselend, wantrouwend. Bewustzijn helder. Denken: paranoïde wanen (vergiftiging, chip), betrekkingsideeën. Hoort stemmen die commentaar geven. Geen inzicht. Suïcidaliteit ontkend. Agressie: ruit ingetrapt, verbaal dreigend naar agenten.

Conclusie
Recidief psychose bij schizofrenie, in context van medicatie-ontrouw en cannabisgebruik. Ernstig nadeel: gevaar voor maatschappelijke teloorgang en agressie naar anderen. Vrijwillige opname geweigerd.

Beleid
- medische verklaring opgesteld, crisismaatregel aangevraagd bij de burgemeester, om 21:30 afgegeven
- opname HIC [[ORGANISATIE|Kliniek De Veste]], vervoer door de politie i.v.m. agressie
- zus [[PERSOON|Abena]] is geïnformeerd over de procedure en de rol van de patiëntenvertrouwenspersoon
- overdracht aan dienstdoend arts HIC, dr. [[PERSOON|Lubbers]], telefonisch om 21:40

[[PERSOON|M.A. Scholten]], psychiater / [[PERSOON|I. van Wijk]], SPV`,
  },
  {
    id: 'd1-020',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d1',
    knownNames: ['Dhr. J. (Joost) van der Linden'],
    text: `[[DATUM|12/6]] [[PERSOON|joost]] had een goede dag op het werk. 's Avonds samen met [[PERSOON|joke]] spaghetti gekookt, zelf de uien gesneden. - [[PERSOON|tv]]
[[DATUM|13/6]] ochtend geweigerd te douchen, zei dat hij "gisteren al schoon was". Later toch gedaan na afspraak: eerst douchen, dan koffie. telefoon van mw. [[PERSOON|van der linden]] (moeder), ze komt zondag. - [[PERSOON|tv]]
[[DATUM|14/6]] [[PERSOON|Joost]] was boos omdat [[PERSOON|Sem de Winter]] zijn favoriete mok had gebruikt. Samen besproken, excuses aangeboden. Rustig verder. - [[PERSOON|mb]]
[[DATUM|16/6]] bezoek moeder. Ze vertelde dat opa ([[LEEFTIJD|90]]) is opgenomen in het ziekenhuis, [[PERSOON|joost]] heeft dat nog niet gehoord van haar, dat wil ze zelf volgende week vertellen. Graag niet over beginnen. - [[PERSOON|sdw]]`,
  },
  {
    id: 'd1-021',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-d1',
    text: `[[ORGANISATIE|Ziekenhuis De Zeven Linden]] – Heelkunde / Traumatologie
[[ADRES|Ziekenhuisweg 1]], [[POSTCODE|4701 EZ]] [[PLAATS|Roosendaal]], tel. [[TELEFOON|0165-590000]]

[[PLAATS|Roosendaal]], [[DATUM|19 januari 2024]]

Aan: mw. [[PERSOON|A.H. Verschuren]], specialist ouderengeneeskunde, [[ORGANISATIE|Verpleeghuis Rozenhof]]
Kopie: huisarts [[PERSOON|J. Peeters]], [[PLAATS|Wouw]]

Betreft: mw. [[PERSOON|M.J.C. van Gastel-Suijkerbuijk]], geb. [[DATUM|30-08-1927]]
Patiëntnummer [[ID|5510472]]
Adres: [[ADRES|Sint Lambertusstraat 4]], [[POSTCODE|4724 BL]] [[PLAATS|Wouw]]

Geachte collega [[PERSOON|Verschuren]],

Hierbij de ontslagbrief van mevrouw [[PERSOON|van Gastel]], een [[LEEFTIJD|96]]-jarige vrouw die van [[DATUM|11]] tot [[DATUM|19 januari]] bij ons was opgenomen.

Opnamereden: mediale collumfractuur rechts na val thuis op [[DATUM|10 januari]].

Voorgeschiedenis: M. Addison (hydrocortison substitutie), osteoporose, glaucoom, cataract beiderzijds geopereerd, slechthorend.

Beloop
Op [[DATUM|12-01]] een cementloze kophalsprothese rechts geplaatst, peroperatief hydrocortison stress-schema volgens protocol (i.v.m. M. Addison). Postoperatief kortdurend delirant, goed reagerend op haloperidol 0,5 mg 's avonds, gestaakt op [[DATUM|16/1]]. Hb-daling tot 5,9 mmol/l, waarvoor 2 erytrocytenconcentraten. Wond droog, hechtingen kunnen op [[DATUM|26-1]] verwijderd worden. Mobilisatie met looprek onder begeleiding, volledig belasten toegestaan.

Mevrouw heeft in het verleden een NR-verklaring opgesteld, gedateerd [[DATUM|2 mei 2019]]; deze is bij opname gecontroleerd en gerespecteerd.

Medicatie bij ontslag
- hydrocortison 10-5-5 mg (weer basisdosering sinds [[DATUM|15-01]])
- fludrocortison 0,1 mg 1dd
- enoxaparine 40 mg sc 1dd t/m [[DATUM|22 februari]]
- paracetamol 1 g 4dd
- Movicolon 1 sachet 1dd
- calciumcarbonaat/colecalciferol 1dd, alendroninezuur 70 mg 1x per week
- Xalatan oogdruppels 1dd ODS

Afspraken: poliklinische controle bij de trauma-arts over 6 weken met röntgenfoto. Bij koorts, braken of sufheid: denk aan een Addison-crisis en geef stressdosering.

Met vriendelijke groet,
drs. [[PERSOON|T. Mertens]], arts-assistent chirurgie
namens [[PERSOON|K. de Bruijn]], traumachirurg`,
  },
  {
    id: 'd1-022',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-d1',
    text: `[[ORGANISATIE|Huisartsenpraktijk Tan & Wouters]]
[[ADRES|Parkweg 210]], [[POSTCODE|2271 aj]] [[PLAATS|Voorburg]] – tel. [[TELEFOON|070 386 44 19]]

Aan: geheugenpolikliniek, [[ORGANISATIE|Haags Gasthuis Mariahoeve]]
[[DATUM|14 oktober 2024]]

Betreft: mw. [[PERSOON|L.M. Tan-Siahaya]]
Geboren [[DATUM|5 december 1933]], [[LEEFTIJD|90]] jaar
[[ADRES|Oranjestraat 8-III]], [[POSTCODE|2271 EK]] [[PLAATS|Voorburg]]
Contactpersoon: [[PERSOON|Berg, K. van den]] (buurman), [[TELEFOON|06-22813409]]; kinderen wonen in Indonesië en Australië.

Geachte collega,

Graag verwijs ik mw. [[PERSOON|Tan]] voor onderzoek naar geheugenproblemen. Zij is weduwe, woont zelfstandig op drie hoog zonder lift. Sinds het voorjaar vergeet zij afspraken, laat zij het gas aan en heeft zij twee keer de weg niet terug gevonden van de markt. De buurman, dhr. [[PERSOON|van den Berg]], doet haar boodschappen en heeft ons gebeld.
MMSE bij ons 21/30 (punten verloren op oriëntatie en recall), klokje tekenen afwijkend. Lab (Hb, TSH, B12, glucose, nierfunctie) normaal.

Voorgeschiedenis: hypertensie, artrose knieën, slechtziend (maculadegeneratie).
Medicatie: amlodipine 5 mg, paracetamol zo nodig.

Vraagstelling: beginnende dementie? Zo ja, welk type, en advies over de woonsituatie. Mevrouw spreekt goed Nederlands, maar een neef ([[PERSOON|Ronald Siahaya]]) wil graag mee naar het gesprek.

Met vriendelijke groet,
dr. [[PERSOON|W.F. Tan]], huisarts`,
  },
  {
    id: 'd1-023',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-d1',
    knownNames: ['Dhr. G. (Gerrit) Hoekstra'],
    text: `[[DATUM|28-02]] visite
S: pijn en zwelling li knieholte sinds 1 wk, na tuinieren. Geen trauma. Vrouw [[PERSOON|Aaltje]] maakt zich zorgen ivm trombose bij zijn broer.
O: gn koorts. Li knieholte fluctuerende zwelling 4 cm, kuit soepel, omvang li = re, Homans neg. Wells-score 0.
E: waarschijnlijk Bakercyste, DD DVT onwaarschijnlijk.
P: uitleg, paracetamol, koelen. D-dimeer laten prikken voor de zekerheid. Bij roodheid of toename kuitpijn direct bellen. /[[PERSOON|GvdH]]`,
  },
  {
    id: 'd1-024',
    genre: 'mdo',
    setting: 'GGZ',
    author: 'auteur-d1',
    knownNames: ['Mw. E. (Eline) Scheepstra'],
    text: `Behandelplanbespreking FACT-team Oost – [[DATUM|10 mei 2024]]
Cliënt: mw. [[PERSOON|E. Scheepstra]], dossiernr. [[ID|20180344]]

Aanwezig: drs. [[PERSOON|P. Terpstra]] (psychiater, vz), [[PERSOON|Wendy Kloosterman]] (casemanager), [[PERSOON|Hamza Ait Taleb]] (ervaringsdeskundige), [[PERSOON|L. de Graaf]] (verslavingsarts, [[ORGANISATIE|Verslavingszorg Noordoever]]), [[PERSOON|Eline]] zelf (eerste halfuur), notulen [[PERSOON|R. Veldman]]

1. Hoe gaat het volgens [[PERSOON|Eline]]
Ze woont sinds [[DATUM|1 februari]] in haar eigen appartement in [[PLAATS|Emmen]]. "Het is stil, maar het is van mij." Ze gaat twee dagen per week naar het inloophuis. Stemmen zijn er nog, maar minder dwingend. Ze wil minder clozapine, omdat ze 8 kilo is aangekomen.

2. Medicatie
[[PERSOON|Terpstra]]: clozapinespiegel [[DATUM|2/5]] 0,42 mg/l, goed. Verlaging naar 250 mg kan geprobeerd worden, met wekelijkse monitoring door [[PERSOON|Wendy]]. Leefstijlcoaching bij de POH van de huisarts.

3. Middelen
[[PERSOON|De Graaf]]: alcoholgebruik teruggegaan naar weekend. [[PERSOON|Eline]] wil geen behandeling bij de verslavingszorg, wel contact houden.

4. Juridisch
Zorgmachtiging loopt af op [[DATUM|24 juni]]. Team adviseert niet te verlengen, ze neemt vrijwillig medicatie. [[PERSOON|Eline]] is het hiermee eens.

Actiepunten
- [[PERSOON|PT]]: recept aanpassen clozapine 250 mg, brief naar huisarts
- [[PERSOON|WK]]: wekelijks huisbezoek, signaleringsplan actualiseren met zus [[PERSOON|Marit]]
- [[PERSOON|HAT]]: samen met [[PERSOON|Eline]] naar het herstelcafé op [[DATUM|22 mei]]
- [[PERSOON|RV]]: evaluatie ZM aan de geneesheer-directeur melden

Volgende bespreking: [[DATUM|6 september]].`,
  },
  {
    id: 'd1-025',
    genre: 'email',
    setting: 'ZKH',
    author: 'auteur-d1',
    text: `Van: Transferpunt [[ORGANISATIE|Ziekenhuis De Zeven Linden]] <[[EMAIL|transferpunt@zevenlinden.nl]]>
Aan: Zorgbemiddeling [[ORGANISATIE|Zorggroep Brabantse Wal]] <[[EMAIL|zorgbemiddeling@brabantsewal.nl]]>
Onderwerp: aanvraag ELV-bed – dhr. [[PERSOON|Verbraak]]

Goedemiddag,

Wij zoeken per maandag [[DATUM|8 juli]] een ELV-bed (hoog complex) voor:

dhr. [[PERSOON|H.J.M. Verbraak]], geb. [[DATUM|19-05-1940]]
BSN: [[BSN|402 761 832]]
[[ADRES|Kloosterstraat 17]], [[POSTCODE|4611 CM]] [[PLAATS|Bergen op Zoom]]

Opgenomen sinds [[DATUM|1 juli]] op afdeling Longziekten met een pneumonie, nu klinisch stabiel maar nog zuurstofbehoeftig (1 l) en niet veilig thuis. Transfers met hulp van 1, Barthel 11. Echtgenote is [[LEEFTIJD|91]] en kan de zorg thuis niet aan. Geen MRSA/BRMO.

Contactpersoon familie: dochter mw. [[PERSOON|Ingrid Verbraak]], [[TELEFOON|06-50371188]].
Indicatie en overdracht staan klaar in het transferdossier onder cliëntnummer [[ID|220514]].

Met vriendelijke groet,

[[PERSOON|Nicole Adriaansen]]
Transferverpleegkundige
[[ORGANISATIE|Ziekenhuis De Zeven Linden]]
T [[TELEFOON|0165 590 112]] | toestel [[ID|2112]]
[[EMAIL|n.adriaansen@zevenlinden.nl]]`,
  },
  {
    id: 'd1-026',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-d1',
    knownNames: ['Mw. T. (Truus) Hoogendijk'],
    text: `[[DATUM|7/5]] 14:30 mw. gevallen in de badkamer, geen letsel, arts [[PERSOON|Hoogendoorn]] geïnformeerd, zoon [[PERSOON|Erik]] gebeld. MIC-melding gedaan. - [[PERSOON|ak]]`,
  },
  {
    id: 'd1-027',
    genre: 'overdracht',
    setting: 'ZKH',
    author: 'auteur-d1',
    knownNames: ['Mw. W. (Wilma) Lammers'],
    text: `SBAR telefonisch consult, [[DATUM|23-9]] 03:05, afd. C3 Chirurgie

S: Ik bel over mw. [[PERSOON|Lammers]], kamer 412 bed 2. Zij is sinds een uur verward, trekt aan haar infuus en haar temperatuur is 39,1 °C.
B: 74 jaar, dag 2 na laparoscopische hemicolectomie rechts. VG: DM2, hartfalen, M. Crohn sinds 2010. Antistolling: geen.
A: RR 98/55 (was 135/80), pols 118, AF 26, sat 92% bij 2 l. Buik pijnlijk bij palpatie, drain productie troebel. Ik denk aan een naadlekkage of sepsis. MEWS 6.
R: Ik wil graag dat u binnen 15 minuten komt. Zal ik alvast kweken afnemen en lab (CRP, lactaat) prikken? Infuus NaCl 500 ml open?

Arts-assistent [[PERSOON|Okonkwo]] komt direct, akkoord met kweken, lab en vocht. Man van mw. ([[PERSOON|Hans]]) nog niet gebeld, gebeurt na beoordeling.
[[PERSOON|Fleur Hendrikx]], vpk C3 /[[PERSOON|FH]]`,
  },
  {
    id: 'd1-028',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-d1',
    knownNames: ['Dhr. A. (Adriaan) Rutgers'],
    text: `Tel. triage [[DATUM|24/12]] 22:50 – zoon [[PERSOON|Dennis]] belt over zijn vader dhr. [[PERSOON|Rutgers]], is [[LEEFTIJD|92]], woont in aanleunwoning van [[ORGANISATIE|Zorgcentrum Beukenrode]]. Sinds 2 dagen achterdochtig, denkt dat de buren zijn geld stelen, vanavond met een wandelstok naar de alarmopvolger geslagen. Geen psychiatrische voorgeschiedenis. Koorts? Zoon weet het niet.
Advies: eerst somatische beoordeling via huisartsenpost (delier?), niet direct crisisdienst. HAP gebeld, zij gaan langs. Zoon bereikbaar [[TELEFOON|06-14452908]]. Terugbelafspraak 00:30. – [[PERSOON|SvR]]`,
  },
  {
    id: 'd1-029',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d1',
    knownNames: ['Mw. S. (Shanti) Ramdin'],
    text: `Ambulante begeleiding – verslag huisbezoek vr [[DATUM|27 september]]
Begeleider: [[PERSOON|Oksana Melnyk]]
Adres: [[ADRES|Oranjeboomstraat 8-III]], [[POSTCODE|4812 ks]] [[PLAATS|Breda]]

Financiën
[[PERSOON|Shanti]] had de post van twee weken niet geopend. Samen de stapel doorgenomen: een aanmaning van de energieleverancier (€ 212,40) en een brief van de gemeente over de Wmo-herindicatie. Ze schaamde zich ervoor. Afgesproken dat we elke vrijdag samen de post doen. Betalingsregeling met de energieleverancier telefonisch aangevraagd, klantnummer staat in het dossier.
Haar broer [[PERSOON|Rakesh Ramdin]] wil bewindvoerder worden. [[PERSOON|Shanti]] vindt dat goed, maar wil eerst met hem praten. Hij woont in [[PLAATS|Den Haag]], tel. [[TELEFOON|06-38815027]].

Gezondheid
Slaapt slecht. Ze heeft een afspraak bij de huisarts op [[DATUM|3 oktober]] (dr. [[PERSOON|Sewdien]], [[ORGANISATIE|Gezondheidscentrum Haagse Beemden]]). Ze wil mij erbij hebben. Ze heeft het over een knobbel in haar borst; ze is erg bang dat het hetzelfde is als bij haar moeder.

Dagbesteding
Gaat drie ochtenden naar de kringloop van [[ORGANISATIE|Werkplein De Schakel]]. Daar gaat het goed, ze staat nu achter de kassa. Begeleider daar: [[PERSOON|Mieke]].

Afspraken
- [[DATUM|3-10]] mee naar de huisarts ([[PERSOON|OM]])
- vrijdag [[DATUM|4/10]] post samen
- Wmo-formulier invullen voor [[DATUM|15 oktober]]
- gesprek met broer plannen over bewind

[[PERSOON|O. Melnyk]], ambulant begeleider`,
  },
  {
    id: 'd1-030',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-d1',
    text: `[[ORGANISATIE|Ziekenhuis Noordkwartier]], afdeling Psychiatrie (PAAZ)
[[ADRES|Maelsonstraat 3]], [[POSTCODE|1624 NP]] [[PLAATS|Hoorn]]

Datum: [[DATUM|28 augustus 2024]]
Aan: huisarts [[PERSOON|G.H. Schouten]], [[ORGANISATIE|Huisartsenpraktijk Grote Noord]], [[PLAATS|Hoorn]]
Kopie: casemanager [[PERSOON|Joyce Baars]], wijkteam [[PLAATS|Hoorn]]

Betreft: dhr. [[PERSOON|Tesfay Gebremedhin]], geb. [[DATUM|01-01-1994]], pat.nr. [[ID|3098126]]

Geachte collega [[PERSOON|Schouten]],

Dhr. [[PERSOON|Gebremedhin]] was van [[DATUM|9 augustus]] tot heden vrijwillig opgenomen op onze afdeling in verband met een depressieve episode met psychotische kenmerken. De gesprekken zijn gevoerd met een Tigrinya-tolk via de tolkentelefoon.

Voorgeschiedenis: geen somatische bijzonderheden. Vlucht via Libië in 2016, sinds 2018 in Nederland, status.

Beloop
Bij opname somber, slapeloos, hoorde de stem van zijn overleden broer. Gestart met sertraline, opgebouwd tot 100 mg, en quetiapine 50 mg voor de nacht. Stemming en slaap verbeterden geleidelijk, stemmen verdwenen na ongeveer twee weken. Thema's in de gesprekken: rouw om zijn broer, zorgen om zijn moeder in Eritrea, en werkloosheid. Hij bleek op zijn kamer veel te piekeren, maar in de groep actief; hij hielp in de tuin en kookte voor de afdeling.

Diagnose: depressieve stoornis, ernstig, met psychotische kenmerken. PTSS-klachten, nader te onderzoeken.

Medicatie bij ontslag: sertraline 100 mg 1dd, quetiapine 50 mg a.n. (afbouwen over 4 weken na overleg).

Nazorg: ambulante behandeling bij [[ORGANISATIE|GGZ Westfriesland-Noord]], intake op [[DATUM|5 september]] bij drs. [[PERSOON|A. Rouw]], GZ-psycholoog. Wijkteam ([[PERSOON|Joyce Baars]]) ondersteunt bij huisvesting en dagbesteding.

Met vriendelijke groet,
[[PERSOON|H. Bos]], psychiater`,
  },
];
