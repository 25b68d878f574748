import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd2-a01',
    genre: 'mdo',
    setting: 'GGZ',
    author: 'auteur-d2',
    knownNames: ['Dhr. R. (Ruben) Kortenhoeven'],
    text: `MDO FACT-team [[ORGANISATIE|GGZ Lindeveld]], locatie [[PLAATS|Deventer]]
Datum: [[DATUM|14-03-2024]], 13.30-14.45 uur
Cliënt: dhr. [[PERSOON|R. Kortenhoeven]] (34 jr), cliëntnr. [[ID|20417736]]

Aanwezig:
- dr. [[PERSOON|S. Oudejans]], psychiater (vz)
- [[PERSOON|Marloes Tijhuis]], SPV / casemanager
- [[PERSOON|Hamid Ouali]], ervaringsdeskundige
- [[PERSOON|Wouter Brandsma]], woonbegeleider [[ORGANISATIE|Beschermd Wonen De Steiger]]
- mw. [[PERSOON|I. Kortenhoeven]], moeder
- [[PERSOON|Ruben]] zelf, aangeschoven om 14.05
Telefonisch (punt 5): huisarts [[PERSOON|Brinkhuis]], [[ORGANISATIE|Huisartsenpraktijk Keizerslanden]]
Notulen: [[PERSOON|MT]]

1. Opening en aanleiding
Vorige MDO was op [[DATUM|7 december]]. Sindsdien wisselend beeld. Sinds ongeveer 6 wkn toename achterdocht, slaapt slecht (3-4 uur per nacht), blowt weer vaker volgens woonbegeleiding (dagelijks, 2-3 joints). Twee keer conflict met de bovenbuurman, wijkagent is langs geweest op [[DATUM|29-02]]. Geen aangifte gedaan door buurman.

2. Psychiatrisch beeld (dr. [[PERSOON|Oudejans]])
Bekend met schizofrenie sinds 2012, eerste opname op 21-jarige leeftijd, laatste klinische opname 2020 met IHT-traject daarna. Nu: wantrouwen richting buren en deels richting team, betrekkingsideeën rond tv en telefoon ("ze luisteren mee via de meterkast"). Geen imperatieve stemmen. Geen suïcidale uitingen, wel "ik ben het zat". Negatieve symptomen op de voorgrond: weinig initiatief, zelfverzorging matig. HoNOS vandaag 19 (was 14 in dec).
Medicatie: clozapine 350 mg (100-0-250). Spiegel [[DATUM|5/3]]: 0,29 mg/l, duidelijk lager dan in december (0,41). Vermoedelijk door meer roken en mogelijk gemiste doses. Baxterrol via [[ORGANISATIE|Apotheek De Brink]], woonbegeleiding ziet niet altijd de inname.

3. Woonsituatie ([[PERSOON|Wouter]])
[[PERSOON|Ruben]] woont sinds [[DATUM|1 september 2022]] in een trainingsappartement van [[ORGANISATIE|De Steiger]], [[ADRES|Hoge Hondstraat 41-B]], [[POSTCODE|7411 DN]] [[PLAATS|Deventer]]. Ambulante begeleiding 3x per week plus dagelijks medicatiecontact. Afgelopen weken regelmatig niet open gedaan. Huishouden vervuilt, koelkast leeg, post stapelt zich op, waaronder brief van [[ORGANISATIE|Woonstichting Thuisbaten]] over huurachterstand (2 mnd). Bewindvoering loopt via mr. [[PERSOON|C. Haverkamp]] van [[ORGANISATIE|Bewindvoering Haverkamp & Stam]], die was niet op de hoogte van de achterstand.

4. Visie moeder (mw. [[PERSOON|Kortenhoeven]])
Moeder herkent de signalen van 2020: "hij trekt zich terug en belt mij 's nachts". Zij belt hem dagelijks; afgelopen zondag nam hij niet op, toen is ze samen met dochter [[PERSOON|Sanne]] langsgegaan. Sinds het overlijden van vader ([[PERSOON|Gerrit]], [[DATUM|2 februari 2021]]) voelt zij zich alleen verantwoordelijk. [[PERSOON|Sanne]] woont in [[PLAATS|Zutphen]], heeft 2 kleine kinderen en kan weinig bijspringen. Moeder vraagt of opname "voor de zekerheid" niet beter is. Zij wil gebeld worden door de casemanager als het slechter gaat. Nummer moeder op crisiskaart gecontroleerd: [[TELEFOON|06-41873390]].

5. Somatiek (huisarts telefonisch)
Huisarts [[PERSOON|Brinkhuis]]: [[PERSOON|Ruben]] was [[DATUM|20-02-2024]] op het spreekuur met buikpijn en obstipatie, Movicolon gestart. Gewicht 104 kg (BMI 32), +6 kg in een half jaar. Nuchter glucose 7,4; HbA1c volgt. ECG op [[DATUM|20/2]]: QTc 438 ms, geen bijzonderheden. Huisarts adviseert verwijzing internist ivm metabool syndroom, voorkeur [[ORGANISATIE|Ziekenhuis Sallandse Poort]]; daar is [[PERSOON|Ruben]] eerder gezien door dr. [[PERSOON|Y. Bakkali]]. Obstipatie bij clozapine is een bekend risico, afgesproken dat woonbegeleiding dagelijks naar de ontlasting vraagt.

6. Ervaringsdeskundige ([[PERSOON|Hamid]])
[[PERSOON|Hamid]] heeft [[PERSOON|Ruben]] 2x gesproken bij de inloop in [[ORGANISATIE|Het Trefpunt]]. [[PERSOON|Ruben]] vertelt hem meer dan aan het team. Hij is bang voor een opname "zoals op de HIC toen", wil vooral zijn werk terug. [[PERSOON|Hamid]] adviseert kleine stappen en [[PERSOON|Ruben]] zelf laten meebeslissen over de medicatiecontrole, anders haakt hij af.

7. Werk / dagbesteding
[[PERSOON|Ruben]] werkte 2 dagen per week als inpakker bij [[ORGANISATIE|Drukkerij Van Wezel]] in [[PLAATS|Bathmen]], begeleid door IPS-trajectbegeleider [[PERSOON|Jolanda Smit]]. Sinds [[DATUM|15-01]] ziekgemeld. Werkgever (dhr. [[PERSOON|Van Wezel]] zelf) wil hem graag terug, om te beginnen max 8 uur per week. UWV nog niet ingelicht, dat loopt via de werkgever.

8. Gesprek met [[PERSOON|Ruben]] (vanaf 14.05)
[[PERSOON|Ruben]] zegt dat hij "niet gek is" maar wel heel moe. Wil geen opname. Is bereid om de medicatie-inname te laten zien aan begeleiding, 's avonds via beeldbellen vindt hij ok. Blowen minderen wil hij "proberen", stoppen niet. Wil samen met [[PERSOON|Hamid]] naar de inloop. Vindt het prima dat moeder meedenkt, maar wil niet dat ze elke dag belt. Over de buurman: "als hij ophoudt met bonken hou ik ook op".

9. Conclusie
Beginnende terugval psychose bij verminderde therapietrouw / lagere spiegel en toegenomen cannabisgebruik. Op dit moment geen acuut gevaar voor zichzelf of anderen, signaleringsplan fase oranje. Opname nu niet geïndiceerd; ambulante zorg intensiveren, dagelijks bespreken op het FACT-bord.

Afspraken:
- clozapine ophogen naar 400 mg (150-0-250), spiegel over 2 weken, labformulier meegegeven ([[PERSOON|SOu]])
- medicatie-inname 's ochtends bij begeleiding, 's avonds via beeldbellen ([[PERSOON|WB]])
- contact woonstichting over betalingsregeling, samen met bewindvoerder ([[PERSOON|WB]]/[[PERSOON|MT]])
- verwijzing internist via huisarts, [[PERSOON|MT]] belt de praktijk ([[TELEFOON|0570-612844]])
- re-integratie: gesprek met [[PERSOON|Jolanda]] en werkgever na uitslag spiegel
- [[PERSOON|Ruben]] 2x per week naar de inloop met [[PERSOON|Hamid]]
- signaleringsplan bijwerken, crisiskaart naar moeder en naar [[ORGANISATIE|De Steiger]]
Bij escalatie: crisisdienst via [[TELEFOON|0570 - 20 44 00]], buiten kantoortijd intern toestel [[ID|2250]].

Volgend MDO: [[DATUM|25 april 2024]], 13.30 uur.
/[[PERSOON|MT]]`,
  },
  {
    id: 'd2-a02',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-d2',
    knownNames: ['Mw. A.M. (Annie) Schoonderwoerd-Kalkman'],
    text: `Multidisciplinair overleg – [[ORGANISATIE|Woonzorgcentrum De Vlinderhof]], afd. Zonnebloem (PG)
Datum: do [[DATUM|8 februari 2024]]
Bewoner: mw. [[PERSOON|A.M. Schoonderwoerd-Kalkman]], roepnaam [[PERSOON|Annie]], [[LEEFTIJD|92]] jaar, kamer 14

Aanwezig: SO [[PERSOON|E. Wijnands]], EVV [[PERSOON|Priscilla Kromosoeto]], fysiotherapeut [[PERSOON|Tom Geerts]], ergotherapeut [[PERSOON|Lotte van Beek]], psycholoog drs. [[PERSOON|H. Lambermont]], dochter mw. [[PERSOON|M. de Graaf-Schoonderwoerd]] (1e contactpersoon). Zoon [[PERSOON|Kees]] telefonisch aangesloten vanuit [[PLAATS|Breda]].

Stand van zaken
Mw. woont sinds [[DATUM|12-06-2023]] op de afdeling. Dementie, gemengd beeld (Alzheimer + vasculair). Barthel 9, was 12 bij opname. Eet nog zelfstandig met aanreiken, loopt met rollator onder toezicht.

Vallen
Gevallen op [[DATUM|3/1]], [[DATUM|17/1]] en [[DATUM|2/2]], steeds 's avonds tussen 19 en 21 uur, steeds bij zelf opstaan uit de stoel. Geen letsel, behalve hematoom li heup na de laatste val. Fysio ([[PERSOON|Tom]]): spierkracht benen afgenomen, TUG 28 sec. Advies: 2x per week oefenen in de loopgroep, heupbeschermers overdag. Ergo ([[PERSOON|Lotte]]): sensormat naast bed en bij stoel, laag-laag bed aanvragen. Dochter akkoord met sensormat, niet met een tafelblad voor de rolstoel ("dan zit ze vast").

Onrust
Psycholoog: onrust neemt toe vanaf ongeveer 16 uur, mw. zoekt dan haar man [[PERSOON|Bram]] (overleden 2016) en wil "naar huis, naar de [[ADRES|Molenweg 3]]". Advies: vaste begeleider in de namiddag, fotoboek met [[PERSOON|Bram]] en de kinderen, muziek uit haar jeugd. Niet corrigeren maar meegaan in het gevoel. Haloperidol 0,5 mg zo nodig wordt nu 4-5x per week gegeven; SO wil dit afbouwen en eerst 2 weken niet-medicamenteus proberen.

Pijn en voeding
PAINAD 4 bij de transfers. Paracetamol naar vast 3dd 1000 mg. Gewicht 51,3 kg, 3 kg verlies in 2 mnd, MUST 2. Diëtist [[PERSOON|Sabine]] komt [[DATUM|15 februari]]; tot die tijd 2x daags Nutridrink compact. Dochter brengt graag zelf een krentenbol mee, mag.

Beleid
NR-beleid is besproken met dochter en zoon en blijft staan (vastgelegd [[DATUM|22-11-2023]]). Geen ziekenhuisopname meer, behalve bij een fractuur. [[PERSOON|Kees]] wil graag maandelijks een mail met de voortgang, mailadres in het ECD: [[EMAIL|kees.schoonderwoerd@ziggo.nl]].

Afspraken
- afbouw haloperidol, evaluatie over 2 wkn ([[PERSOON|EW]])
- sensormat + laag-laag bed aanvragen ([[PERSOON|LvB]])
- loopgroep di en vr ([[PERSOON|TG]])
- vaste middagbegeleider in rooster, fotoboek met dochter maken ([[PERSOON|PK]])
Volgende MDO over 6 weken.

[[PERSOON|EW]], specialist ouderengeneeskunde`,
  },
  {
    id: 'd2-a03',
    genre: 'mdo',
    setting: 'GHZ',
    author: 'auteur-d2',
    knownNames: ['D. (Dewi) Hartono'],
    text: `Zorgplanbespreking / MDO
Cliënt: [[PERSOON|Dewi Hartono]], 27 jaar, woonvorm [[ORGANISATIE|Het Klavertje]] ([[ORGANISATIE|Stichting Zevenster Zorg]]), [[PLAATS|Drachten]]
Datum: [[DATUM|19-03-2024]]

Aanwezig: [[PERSOON|Dewi]] (eerste half uur), PB'er [[PERSOON|Jurgen Postma]], gedragsdeskundige [[PERSOON|Femke Rijpma]], AVG [[PERSOON|M. Hoekstra]], moeder mw. [[PERSOON|Hartono-Siregar]], mentor dhr. [[PERSOON|P. Wiersma]] ([[ORGANISATIE|Stichting Mentorzorg Noord]]). Begeleider dagbesteding [[PERSOON|Gerda]] had schriftelijk input gestuurd.

Wat wil [[PERSOON|Dewi]] zelf?
[[PERSOON|Dewi]] heeft met [[PERSOON|Jurgen]] een plaatjesblad gemaakt. Ze wil: "een eigen keuken", "werken met koken" en "met mama op vakantie". Ze wil niet meer met de taxi maar met de bus naar de dagbesteding. Zij vindt de nieuwe huisgenoot ([[PERSOON|Robin]]) "te hard".

Gezondheid (AVG)
Syndroom van Down, hypothyreoïdie (Thyrax 100 mcg), OSAS met CPAP (gebruik wisselend, ze haalt het masker 's nachts af). Gehoor achteruit, verwijzing audiologisch centrum loopt. Vanaf 30 jaar jaarlijks screenen op dementie (DSQIID); nulmeting nu afgesproken, gezien verhoogd risico op Alzheimer bij Down. Gewicht stabiel. Griepprik gehad op [[DATUM|10 oktober]].

Gedrag (gedragsdeskundige)
Sinds de komst van [[PERSOON|Robin]] in januari 3 incidenten met schreeuwen en deuren slaan, vooral bij drukte in de huiskamer rond het avondeten. Geen fysieke agressie. Advies: [[PERSOON|Dewi]] eet op drukke dagen aan de kleine tafel in de serre; pictogrammen voor het dagprogramma weer gebruiken; vaste time-out-plek op haar kamer (kamer 6) met koptelefoon.

Dagbesteding
[[PERSOON|Gerda]] schrijft dat [[PERSOON|Dewi]] 4 dagen naar [[ORGANISATIE|De Zaagbank]] gaat en het meest geniet van de kookgroep op vrijdag. Zij ziet kansen voor een werkplek bij [[ORGANISATIE|Lunchroom De Kaasschaaf]] aan de [[ADRES|Noordkade 12]], 1 ochtend per week, met jobcoach. Busreis oefenen eerst samen met begeleiding.

Wonen en financiën
Mentor: budget voor vakantie is er. Moeder wil met [[PERSOON|Dewi]] en zus [[PERSOON|Indah]] in juni een week naar [[PLAATS|Hollum]]. Verhuizing naar een appartement met eigen keukentje binnen [[ORGANISATIE|Zevenster]] is pas mogelijk bij vrijkomen; [[PERSOON|Dewi]] staat op de lijst.

Afspraken
1. nulmeting DSQIID ([[PERSOON|MH]]), voor [[DATUM|1 mei]]
2. CPAP-gebruik 2 weken bijhouden op lijst ([[PERSOON|JP]])
3. busreistraining start [[DATUM|8-4]] ([[PERSOON|Gerda]])
4. kennismaking lunchroom plannen ([[PERSOON|JP]])
5. signaleringsplan aanpassen na gesprek met [[PERSOON|Robin]]'s begeleider ([[PERSOON|FR]])
Evaluatie zorgplan over 6 maanden.`,
  },
  {
    id: 'd2-a04',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d2',
    knownNames: ['Dhr. A. (Bert) Hofstede'],
    text: `Begeleidingsrapportage – woonlocatie [[ORGANISATIE|De Vuurtoren]]

ma [[DATUM|4 maart]] 07:45
[[PERSOON|Bertje]] was vroeg wakker en heeft zelf gedoucht, met aanwijzingen via de fotokaart. Scheren lukt niet goed, heb geholpen. Veel roos op zijn hoofd, nieuwe shampoo (Selsun) op boodschappenlijst gezet. Vrolijk ontbeten, om 8.30 met de taxi naar [[ORGANISATIE|De Houtwerf]]. /[[PERSOON|KvD]]

ma [[DATUM|4 maart]] 17:10
Terug van dagbesteding. Begeleider daar ([[PERSOON|Marco]]) belde: [[PERSOON|Bert]] had een conflict met [[PERSOON|Rianne]] over de radio, hij heeft haar geduwd. [[PERSOON|Rianne]] niet gewond. [[PERSOON|Bert]] was daarna erg verdrietig. Thuis rustig, wilde alleen puzzelen op zijn kamer. Incidentmelding gedaan (MIC). - [[PERSOON|rb]]

di [[DATUM|5/3]]
Nacht onrustig, 3x uit bed, riep om zijn moeder. Moeder is al jaren overleden, hij noemt haar "moeke". Rustig toegesproken, warme melk, daarna geslapen. [[PERSOON|Sjoerd]] (nachtdienst)

di [[DATUM|5/3]] middag
Vrije dag. Samen met begeleider [[PERSOON|Kim]] naar de markt in [[PLAATS|Den Helder]], zelf een bos tulpen afgerekend (met hulp bij het geld). Gesprek met [[PERSOON|Kim]] over wat er gisteren gebeurde: [[PERSOON|Bert]] zegt "[[PERSOON|Rianne]] is lief, ik was boos op de radio". Afgesproken dat hij morgen sorry zegt. /[[PERSOON|KvD]]

wo [[DATUM|6-3-2024]]
Zus [[PERSOON|Gonnie Hofstede]] belde ([[TELEFOON|0223-614530]]). Ze komt za [[DATUM|9 maart]] op bezoek en neemt hem mee naar haar huis in [[PLAATS|Julianadorp]]. [[PERSOON|Bert]] hierover verteld, heeft het op de kalender geplakt. Ook gevraagd naar de uitslag van het bloedprikken; nog niet binnen, AVG dr. [[PERSOON|Schermerhorn]] belt terug. - [[PERSOON|rb]]

do [[DATUM|7/3]]
Op dagbesteding zelf sorry gezegd tegen [[PERSOON|Rianne]], zij gaf hem een high five. [[PERSOON|Marco]] blij. Epilepsie: geen aanvallen deze week. Medicatie (Depakine chrono, Keppra) volgens lijst gegeven en afgetekend. Avond: voetbal gekeken met huisgenoot [[PERSOON|Dennis]], om 22.00 naar bed. /[[PERSOON|AvH]]`,
  },
  {
    id: 'd2-a05',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d2',
    knownNames: ['Dhr. M. (Mustafa) Aydin'],
    text: `Begeleidingsverslag werkplek – [[PERSOON|Mustafa Aydin]]
Werkplek: [[ORGANISATIE|Kringloopwinkel De Tweede Ronde]], [[ADRES|Industrieweg 14]], [[PLAATS|Assen]]
Jobcoach: [[PERSOON|Esther de Lange]] ([[ORGANISATIE|Werkwijzer Drenthe]])
Periode: [[DATUM|26 februari]] t/m [[DATUM|8 maart]]

Algemeen
[[PERSOON|Mustafa]] (23 jr, LVB) werkt nu 3 ochtenden per week, 9.00–12.30 uur. Hij komt zelfstandig op de fiets vanaf zijn woning in [[PLAATS|Assen-Oost]]. Op [[DATUM|29/2]] was hij 40 min te laat omdat zijn fiets lek was; hij heeft zelf gebeld naar werkleider [[PERSOON|Henk]], dat is een mooie stap.

Werkzaamheden
Boeken en cd's sorteren in de lange gang achter de winkel, prijsjes plakken, karren wegzetten. Sorteren gaat goed zolang er niet meer dan 3 categorieën zijn. Bij de kassa helpen is nog te moeilijk (hij raakte in paniek toen een klant met pin wilde betalen en vroeg om hulp aan collega [[PERSOON|Ans]]). [[PERSOON|Henk]] wil hem liever bij de fietsenwerkplaats zetten, daar is het rustiger.

Samenwerking en gedrag
Goed contact met [[PERSOON|Ans]] en met de andere deelnemer [[PERSOON|Jeroen]]. Blijft vaak in de kantine hangen na de pauze, heeft een geheugensteun nodig (wekker op zijn telefoon ingesteld samen met [[PERSOON|Esther]]). Eén keer boos geworden toen hij door een klant "jongen" werd genoemd, kon zelf afkoelen buiten.

Thuis en gezin
Vader [[PERSOON|Yusuf Aydin]] belde op [[DATUM|5 maart]] met de vraag of [[PERSOON|Mustafa]] tijdens de ramadan (vanaf [[DATUM|11 maart]]) korter kan werken. Met [[PERSOON|Henk]] overlegd: tijdens de ramadan 9.00–11.30 uur, pauze zonder eten in het kantoortje. Vader bereikbaar op [[TELEFOON|06-28194407]].

Afspraken
- vanaf [[DATUM|11/3]] korter rooster
- proefdag fietsenwerkplaats op di [[DATUM|19 maart]]
- evaluatie met Wajong-consulent UWV en [[PERSOON|Esther]] in april
Verslag: [[PERSOON|E. de Lange]], jobcoach`,
  },
  {
    id: 'd2-a06',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d2',
    knownNames: ['L. (Lisanne) Boersma'],
    text: `Rapportage ambulante begeleiding
Cliënt: [[PERSOON|Lisanne Boersma]] (19), [[ORGANISATIE|Stichting Zevenster Zorg]] ambulant team [[PLAATS|Hoogeveen]]

vr [[DATUM|12 april]] – huisbezoek bij ouders
[[PERSOON|Lisanne]] was het weekend thuis bij haar ouders aan de [[ADRES|Van Goghlaan 27]], [[POSTCODE|7906 HB]] [[PLAATS|Hoogeveen]]. Gesprek met moeder [[PERSOON|Tineke]] en [[PERSOON|Lisanne]] samen. Het gaat beter op school ([[ORGANISATIE|ROC Veenland]], entree-opleiding zorg en welzijn), ze heeft een 7 gehaald voor haar stageverslag. Stage bij [[ORGANISATIE|Kinderdagverblijf Het Kwetternest]] bevalt, stagebegeleider daar is [[PERSOON|Marieke Post]], [[PERSOON|Lisanne]] noemt haar "juf [[PERSOON|Marieke]]".

Zorg
Moeder maakt zich zorgen over een man die [[PERSOON|Lisanne]] via Snapchat heeft leren kennen, hij noemt zichzelf "[[PERSOON|Rico]]" en is volgens [[PERSOON|Lisanne]] 24. Hij heeft haar gevraagd om naar [[PLAATS|Emmen]] te komen en bood aan de treinkaart te betalen. [[PERSOON|Lisanne]] vindt dat moeder "overdrijft". Samen besproken wat een gezonde relatie is; [[PERSOON|Lisanne]] mocht zelf zeggen wat ze wel en niet oké vindt. Ze heeft toegezegd niet alleen af te spreken en eerst met mij of met haar vriend [[PERSOON|Dylan]] te overleggen.

Geld
[[PERSOON|Lisanne]] heeft in maart € 180,- uitgegeven aan kleding via een app. Afgesproken dat zij weekgeld krijgt op haar eigen rekening; vader ([[PERSOON|Harm Boersma]]) regelt dat.

Acties
- gedragsdeskundige [[PERSOON|Anouk Smeenge]] inlichten over contact "[[PERSOON|Rico]]", evt. weerbaarheidstraining
- volgende afspraak [[DATUM|19 april]], 15.30 uur, bij [[PERSOON|Lisanne]] thuis
- moeder belt bij nieuwe zorgen: [[TELEFOON|0528-277391]]
[[PERSOON|jvdb]]`,
  },
  {
    id: 'd2-a07',
    genre: 'overdracht',
    setting: 'ZKH',
    author: 'auteur-d2',
    knownNames: ['Dhr. H.J. (Henk) Verschuur'],
    text: `VERPLEEGKUNDIGE OVERDRACHT
Van: [[ORGANISATIE|Ziekenhuis Eemoever]], afd. Traumatologie/Geriatrie B3
Naar: [[ORGANISATIE|Zorgcentrum Het Hoge Veld]], afd. Geriatrische Revalidatie
Datum overplaatsing: [[DATUM|2024-02-11]]

Patiënt: dhr. [[PERSOON|H.J. (Henk) Verschuur]]
Geb.datum: [[DATUM|03-04-1931]] ([[LEEFTIJD|92]] jr)
BSN: [[BSN|198549179]]
Patiëntnr.: [[ID|3309182]]
Adres: [[ADRES|Prins Bernhardlaan 7]], [[POSTCODE|3771 BK]] [[PLAATS|Barneveld]]
Huisarts: [[PERSOON|R. Dijkstra]], [[ORGANISATIE|Huisartsenpraktijk De Schaapskooi]], tel. [[TELEFOON|0342-415570]]
Contactpersoon 1: [[PERSOON|Ellen Verschuur]] (dochter), [[TELEFOON|06 1845 3021]]
Contactpersoon 2: [[PERSOON|Jan-Willem Verschuur]] (zoon), [[EMAIL|jw.verschuur@hetnet.nl]]

Reden opname
Opgenomen [[DATUM|2-2]] na val thuis, pertrochantere femurfractuur rechts. Op [[DATUM|3-2]] DHS door orthopeed dr. [[PERSOON|Kaya]]. Postoperatief delier (DOS max 7), inmiddels opgeklaard, DOS laatste 3 dagen 0-1.

Voorgeschiedenis
Ziekte van Parkinson sinds 2015, hypertensie, MGUS (controle internist), cataract-OK beiderzijds.

Mobiliteit
Mag volledig belasten. Transfers met 1 persoon en looprek, loopt 10 m met begeleiding. Valrisico hoog. Parkinsonmedicatie strikt op tijd geven (Madopar 125 mg 7-11-15-19 uur), anders verstijft hij.

Huid
Decubitus cat. 1 hiel links, Mepilex heel en hielen vrijleggen. Wond heup droog, hechtingen verwijderen [[DATUM|17/2]].

Uitscheiding
CAD verwijderd [[DATUM|6/2]], plast spontaan, residu < 100 ml. Obstipatieneiging, Movicolon 1 dd.

Voeding
Normaal dieet, gemalen vlees ivm kauwen. Vocht 1,5 l. Gewicht 68 kg.

Medicatie (zie ook medicatieoverzicht apotheek)
Fragmin 5000 IE 1 dd sc t/m [[DATUM|2 maart]], paracetamol 4dd 1000 mg, oxycodon 5 mg zn max 3dd, Madopar zoals boven, amlodipine 5 mg. Allergie: penicilline (rash).

Wilsverklaring / beleid
NR-beleid vastgelegd op [[DATUM|4-2-2024]], besproken met patiënt en dochter.

Psychosociaal
Woonde zelfstandig, vrouw [[PERSOON|Gré]] woont sinds 2022 in [[ORGANISATIE|Huize Rehoboth]]. Hij wil na revalidatie terug naar huis. Dochter twijfelt.

Overdragend verpleegkundige: [[PERSOON|Noor El Idrissi]], tel. afdeling [[TELEFOON|0318-850 231]], toestel [[ID|3528]]`,
  },
  {
    id: 'd2-a08',
    genre: 'overdracht',
    setting: 'VVT',
    author: 'auteur-d2',
    text: `Overdracht avond -> nacht, [[ORGANISATIE|Huize Avondrood]], afd. Oost 1e etage, [[DATUM|21/10]]

k2 mw. [[PERSOON|Bos]] ([[LEEFTIJD|95]]): vanavond weinig gegeten, halve boterham en yoghurt. Vertelt steeds over wandelingen in het bos met haar man, rustig. Temp 37,9 °C. Graag om 02.00 nogmaals meten, bij >38,5 arts bellen (dienstdoend dr. [[PERSOON|Ramdin]]).

k5 dhr. [[PERSOON|van der Meulen]]: katheterzak geleegd 22.00 (450 ml helder). Pijn rug NRS 6/10, om 21.30 oxycodon 5 mg gegeven, effect na 30 min NRS 3. Zoon [[PERSOON|Peter]] belt morgenvroeg.

k6 dhr. [[PERSOON|Çelik]]: vanmiddag bezoek van vrouw en kleinzoon [[PERSOON|Emre]]. Nu slaperig. Diabetes: glucose 22.00 = 11,2, volgens schema geen extra insuline. Let op: wil 's nachts vaak naar toilet, bel staat binnen bereik.

k9 mw. [[PERSOON|Gerritsen]] ("[[PERSOON|Mien]]"): erg onrustig na het avondeten, zocht haar tas en haar fiets. Oxazepam 10 mg om 21.45 gegeven (zn, 2e keer deze week). Sensormat aan. Dochter [[PERSOON|Joyce]] wil gebeld worden bij val, ook 's nachts: [[TELEFOON|06-51602284]].

k11 mw. [[PERSOON|de Wit-Jansen]]: nieuw sinds vandaag, vanuit [[ORGANISATIE|Ziekenhuis De Wielewaal]]. Wit beslag op de tong, mondverzorging gedaan, nystatine gestart. Decubitus stuit cat. 2, wisselligging 3-uurs schema (23-02-05).

Algemeen: lift B doet het weer. Nachtapotheek [[ORGANISATIE|Apotheek Westerpark]] heeft de nystatine al geleverd.
Overdracht door [[PERSOON|JdB]] aan [[PERSOON|Samira]] (nacht)`,
  },
  {
    id: 'd2-a09',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-d2',
    knownNames: ['Mw. F. el Amrani'],
    text: `Consult [[DATUM|12-03-2024]] – spreekuur [[PERSOON|JvL]] (aios), supervisie dr. [[PERSOON|Hoogendijk]]

S: 54-jarige vrouw, sinds 4 dagen koorts en hoesten met groen slijm. Pijn rechts op de borst bij diep zuchten. Geen bloed opgehoest. Kortademig bij traplopen. Rookt 15 sig/dag. Geen reis naar het buitenland. Dochter [[PERSOON|Samira]] tolkt, mw. spreekt beperkt Nederlands. Werkt als schoonmaakster bij [[ORGANISATIE|Schoonmaakbedrijf Helder & Co]], ziekgemeld sinds [[DATUM|9/3]].

O: Matig ziek, niet dyspnoeisch in rust. T 38,6 °C, RR 138/86, pols 104 regulair, AF 24/min, sat 93% (kamerlucht). Ausc: crepitaties re basaal, verminderd AG re onder. CRP 118 (POCT).

E: Pneumonie rechts onderkwab, CRB-65 score 0, geen alarmsymptomen.

P: Amoxicilline 500 mg 3dd gedurende 7 dagen, recept naar [[ORGANISATIE|Apotheek Lombok]]. Paracetamol zn. Uitleg over alarmsignalen (toename benauwdheid, verwardheid, sufheid), dochter herhaalt het correct. Controle over 2 dagen, op [[DATUM|14 maart]], eerder bellen bij verslechtering ([[TELEFOON|030-2934471]]). Stoppen met roken ter sprake gebracht, nu geen interesse. Bij onvoldoende verbetering X-thorax.

[[PERSOON|JvL]]`,
  },
  {
    id: 'd2-a10',
    genre: 'rapportage',
    setting: 'wijk',
    author: 'auteur-d2',
    knownNames: ['Dhr. J. (Koos) Mulder'],
    text: `Rapportage wijkverpleging – [[ORGANISATIE|Thuiszorg Het Anker]], team [[PLAATS|Zwolle-Zuid]]
Cliënt: dhr. [[PERSOON|J. Mulder]] ([[PERSOON|Koos]]), 88 jr, [[ADRES|Ganzenmarkt 19]], [[PLAATS|Zwolle]]

ma [[DATUM|15-04]] 08.15
Ulcus cruris li verzorgd. Wondbed rood, beetje beslag, matig exsudaat. Aquacel Ag en compressie (korte rek) aangelegd. Dhr. klaagt over jeuk in de liezen: rode smetplekken, "wolf" zegt hij zelf. Huisarts gebeld voor crème. /[[PERSOON|AK]]

di [[DATUM|16-04]] 17.30
Avondronde. Steunkousen uit, huid intact. Buurvrouw [[PERSOON|Riek]] had boodschappen gedaan en eten opgewarmd, dhr. had nauwelijks gegeten. Zegt geen trek te hebben sinds zijn kat dood is. Stemming somber. Aandacht voor vragen over rouw. - [[PERSOON|Ilse]]

wo [[DATUM|17 april]]
Miconazolcrème opgehaald bij de apotheek, aangebracht. Overleg met POH [[PERSOON|Anouk Veldkamp]] van [[ORGANISATIE|Huisartsenpraktijk Assendorp]]: gewicht bijhouden (vandaag 71,4 kg), volgende week POH-huisbezoek voor de somberheid. Zoon [[PERSOON|Herman]] uit [[PLAATS|Kampen]] gebeld, hij komt zaterdag. /[[PERSOON|AK]]

do [[DATUM|18-4]]
Wond: minder exsudaat. Dhr. vertelt dat de bakker van de hoek hem een krentenbol heeft gebracht, en die heeft hij opgegeten. Wat vrolijker. Medicatierol gecontroleerd, alles ingenomen. Rollator rem links loopt aan, doorgegeven aan de uitleenwinkel. [[PERSOON|Ilse]]

vr [[DATUM|19-04-2024]]
Weekendoverdracht: wondzorg ma/wo/vr, zaterdag geen zorg (zoon aanwezig). Sleutelkluis code staat in het zorgdossier. Contact bij vragen: wijkverpleegkundige [[PERSOON|A. Kuipers]], [[TELEFOON|06-30417725]]. /[[PERSOON|AK]]`,
  },
];
