import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd2-d01',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-d2',
    knownNames: ['Dhr. W.F.M. (Wim) van Oosterhout'],
    text: `MDO palliatieve zorg – [[ORGANISATIE|Verpleeghuis Sint Josephshof]], afd. Anjer
Datum: [[DATUM|25 oktober 2023]], 10.00 uur, familiekamer
Bewoner: dhr. [[PERSOON|W.F.M. van Oosterhout]] ([[PERSOON|Wim]]), [[LEEFTIJD|90]] jaar, kamer 3
Cliëntnummer: [[ID|2318874]]

Aanwezig
- specialist ouderengeneeskunde [[PERSOON|C. Mertens]] (voorzitter)
- EVV / verpleegkundige [[PERSOON|Annemiek Zwart]]
- geestelijk verzorger ds. [[PERSOON|H. Kroon]]
- psycholoog [[PERSOON|Vera Lammers]]
- diëtist [[PERSOON|Jorien]]
- dochter [[PERSOON|Els van Oosterhout]] (eerste contactpersoon en schriftelijk gemachtigde)
- zoon [[PERSOON|Frans van Oosterhout]], uit [[PLAATS|Tilburg]]
- zoon [[PERSOON|Rob]] telefonisch vanuit Spanje (laatste 20 minuten)
Notulen: [[PERSOON|AZ]]

1. Medische situatie (SO)
Dhr. is bekend met M. Kahler sinds 2019, daarnaast hartfalen (NYHA III) en een verminderde nierfunctie. De laatste 3 weken duidelijke achteruitgang: hij eet en drinkt minder, ligt het grootste deel van de dag op bed en heeft meer pijn in de rug en het bekken (botpijn). Sinds vorige week zwarte ontlasting; Hb op [[DATUM|20/10]] was 5,8 (in september 7,1). Waarschijnlijk een bloeding in maag of darm. Een scopie en een bloedtransfusie zouden een ziekenhuisopname betekenen. [[PERSOON|Mertens]] schat in dat dhr. in de laatste levensfase is, verwachte levensduur weken.

2. Wat wil dhr. zelf?
Dhr. is wisselend helder. Tegen ds. [[PERSOON|Kroon]] heeft hij op [[DATUM|22 oktober]] gezegd: "ik ben klaar, laat mij maar hier". Tegen [[PERSOON|Annemiek]] zei hij twee dagen later dat hij "nog niet dood wil voor de kleinkinderen komen". De psycholoog ziet dat niet als tegenstrijdig: hij wil geen ziekenhuis meer, maar wel afscheid kunnen nemen. Volgens [[PERSOON|Vera]] is hij op het punt van ziekenhuisopname en behandeling voldoende wilsbekwaam, mits het eenvoudig en rustig wordt uitgelegd.

3. Pijn en comfort
Nu fentanylpleister 25 mcg/uur, wissel om de 3 dagen, en oxycodon 5 mg zo nodig; hij vraagt dat 3-4x per dag. Voorstel: pleister naar 37 mcg, bij onvoldoende effect morfinepomp. 's Nachts angstig, roept, zoekt zijn vrouw ([[PERSOON|Truus]], overleden 2017). Lorazepam 0,5 mg zo nodig voor de nacht werkt redelijk. Zwarte ontlasting: verpleging let op verdere tekenen van bloedverlies (bleek, zweterig, suf) en meldt dit direct.

4. Voeding en mondzorg (diëtist)
Intake ongeveer 30% van de behoefte, wil vooral vla en bouillon. Doel is niet meer gewichtsbehoud, maar comfort: aanbieden waar hij zin in heeft, niet aandringen. Geen sondevoeding. Mondzorg 4x per dag met gaasje en water, lippen invetten. [[PERSOON|Jorien]] komt alleen nog op verzoek.

5. Zingeving
Dhr. is katholiek opgevoed, gaat niet meer naar de kerk maar heeft gevraagd om "het sacrament". Ds. [[PERSOON|Kroon]] heeft contact gezocht met pastoor [[PERSOON|Van Kempen]] van de [[ORGANISATIE|Parochie Heilige Lambertus]] voor de ziekenzalving; dat kan deze week, [[PERSOON|Els]] wil erbij zijn. Dhr. vertelt graag over zijn werk als schipper op de Maas en over zijn tijd in [[PLAATS|Lith]], waar hij is opgegroeid.

6. Familie
[[PERSOON|Frans]] vindt dat zijn vader een transfusie moet krijgen: "met een zakje bloed is hij weer een paar maanden de oude, dat hebben we vorig jaar ook gezien". Hij voelt zich schuldig dat hij weinig op bezoek kwam. [[PERSOON|Els]] bezoekt haar vader dagelijks en zegt: "hij wil niet meer, dat hoor ik elke dag". Het gesprek werd even fel; de psycholoog heeft beide kinderen laten vertellen wat ze het meest vrezen. [[PERSOON|Frans]]: dat zijn vader zich in de steek gelaten voelt. [[PERSOON|Els]]: dat hij in het ziekenhuis overlijdt, alleen en in paniek.
[[PERSOON|Rob]] (telefonisch) sluit zich aan bij zijn zus en laat weten dat hij op [[DATUM|28 oktober]] met zijn vrouw en kinderen in [[PLAATS|Eindhoven]] landt en meteen doorrijdt.
[[PERSOON|Mertens]] legt uit dat de keuze niet bij de kinderen ligt maar bij dhr. zelf, en dat het team dezelfde middag met hem het gesprek zal voeren, met [[PERSOON|Els]] en [[PERSOON|Frans]] erbij.

7. Gesprek met dhr. (13.30, kamer 3, na het MDO)
Dhr. verstond de vragen goed. Op de vraag of hij nog naar het ziekenhuis wil: "nee, jongen, ik blijf hier". Op de vraag van [[PERSOON|Frans]] of hij bloed wil: "als het hier kan, goed, anders niet". Een transfusie kan in [[ORGANISATIE|Sint Josephshof]] niet worden gegeven. [[PERSOON|Frans]] heeft dit geaccepteerd, was zichtbaar geëmotioneerd.

8. Besluiten
- palliatief beleid, geen ziekenhuisopname, geen transfusie of scopie; NR-beleid was al vastgelegd op [[DATUM|3-3-2021]], opnieuw bevestigd
- fentanylpleister naar 37 mcg/uur per vandaag, evaluatie morgen ([[PERSOON|CM]])
- voorbereiden morfinepomp, thuisapotheek [[ORGANISATIE|Apotheek Het Lambertusplein]] gebeld ([[PERSOON|AZ]])
- consult palliatief team van [[ORGANISATIE|Hospice Zevensprong]] voor meedenken bij onrust ([[PERSOON|CM]])
- ziekenzalving plannen met pastoor, [[PERSOON|Els]] bellen ([[PERSOON|HK]])
- familie mag dag en nacht komen, logeerbed in kamer 3
- rustmomenten voor dhr. bewaken: maximaal 2 bezoekers tegelijk

Contact familie: [[PERSOON|Els]] [[TELEFOON|06-43190287]], [[PERSOON|Frans]] [[EMAIL|frans.vanoosterhout@planet.nl]].
Volgende evaluatie: dagelijks in de teamoverdracht, formeel MDO alleen indien nodig.
/[[PERSOON|AZ]]`,
  },
  {
    id: 'd2-d02',
    genre: 'mdo',
    setting: 'GGZ',
    author: 'auteur-d2',
    knownNames: ['Dhr. D. Hoekman'],
    text: `Behandelplanbespreking – [[ORGANISATIE|Verslavingszorg De Kering]], locatie [[PLAATS|Groningen]]
[[DATUM|16-05-2024]]

Cliënt: dhr. [[PERSOON|D. Hoekman]] ([[PERSOON|Dennis]]), 41 jaar, clientnr. [[ID|30072815]]
BSN: [[ID|434877298]] (volgens de gemeente onjuist, navragen bij cliënt)
Deelnemers: verslavingsarts [[PERSOON|R. Oosting]], casemanager [[PERSOON|Wendy Kamstra]], psycholoog [[PERSOON|Jan Pieter Dijkhuis]], reclasseringswerker [[PERSOON|M. El Khayati]], begeleider maatschappelijke opvang [[ORGANISATIE|De Nachtwacht]] ([[PERSOON|Sander]]). Cliënt aanwezig bij de bespreking, dochter [[PERSOON|Kimberly]] (19) voor een deel.

Stand van zaken
[[PERSOON|Dennis]] gebruikt sinds zijn 16e alcohol, sinds 2015 ook cocaïne. Na de detox in maart (12 dagen klinisch) 5 weken abstinent, daarna terugval rond het overlijden van zijn moeder op [[DATUM|27 april]]. Nu volgens eigen zeggen 6-8 blikjes bier per dag en in het weekend coke. Urinecontrole [[DATUM|13/5]]: cocaïne positief. Geen onttrekkingsinsulten in de voorgeschiedenis.

Wonen
Slaapt sinds [[DATUM|1 mei]] in de nachtopvang van [[ORGANISATIE|De Nachtwacht]] na uitzetting uit zijn kamer in [[PLAATS|Vinkhuizen]]. [[PERSOON|Sander]]: houdt zich aan de regels, helpt in de keuken, wordt gewaardeerd. Wil graag een plek bij begeleid wonen.

Justitie
Voorwaardelijke straf met bijzondere voorwaarde: meewerken aan behandeling en urinecontroles. Reclassering ([[PERSOON|El Khayati]]) moet terugval melden aan het OM, maar ziet ook zijn inzet. Volgende rapportage [[DATUM|1 juli]].

Visie cliënt
"Ik wil niet meer zo leven, ik wil mijn dochter weer recht aankijken." [[PERSOON|Kimberly]] vertelt dat ze hem wil blijven zien, maar niet als hij gedronken heeft.

Afspraken
- naltrexon starten, leverfuncties eerst ([[PERSOON|RO]])
- groepsbehandeling CGT 2x per week, start [[DATUM|22/5]] ([[PERSOON|JPD]])
- aanmelding begeleid wonen via de centrale toegang gemeente [[PLAATS|Groningen]] ([[PERSOON|WK]])
- urinecontroles 2x per week, uitslagen naar reclassering met toestemming cliënt
- [[PERSOON|Dennis]] en [[PERSOON|Kimberly]] spreken af om elke zondag samen te lunchen
Casemanager bereikbaar op [[TELEFOON|050-3127745]].`,
  },
  {
    id: 'd2-d03',
    genre: 'mdo',
    setting: 'GHZ',
    author: 'auteur-d2',
    knownNames: ['F. (Fenna) Kooistra'],
    text: `MDO – [[ORGANISATIE|Kinderdienstencentrum De Vlinder]], [[PLAATS|Drachten]]
[[DATUM|14-11-2023]]
Kind: [[PERSOON|Fenna Kooistra]], 8 jaar (EMB)

Aanwezig: AVG dr. [[PERSOON|Boonstra]], orthopedagoog [[PERSOON|Hester Wijma]], kinderfysiotherapeut [[PERSOON|Ruben Bakker]] ([[ORGANISATIE|Kinderfysiotherapie Beweegwijs]]), ergotherapeut [[PERSOON|Tjitske]], logopedist [[PERSOON|Marit]], groepsleider [[PERSOON|Jolien]], ouders [[PERSOON|Marieke]] en [[PERSOON|Jelle Kooistra]].

Gezondheid (AVG)
[[PERSOON|Fenna]] heeft een ernstige meervoudige beperking bij een chromosoomafwijking (deletie 1p36). Epilepsie: gemiddeld 2-3 aanvallen per week, vooral bij het wakker worden. Medicatie via de PEG-sonde: valproïnezuur en clobazam. Neuroloog dr. [[PERSOON|A. Hettinga]] ([[ORGANISATIE|Medisch Centrum Noorderhaven]]) heeft op [[DATUM|2 november]] de dosering verhoogd; sindsdien iets minder aanvallen. Scoliose neemt toe: Cobb-hoek nu 34 graden (was 22). Orthopeed adviseert een korset, beslissing over operatie later.

Voeding en slikken (logopedist)
Volledige sondevoeding (Nutrini Energy), daarnaast smaakjes op een lepeltje: yoghurt, appelmoes. [[PERSOON|Marit]]: [[PERSOON|Fenna]] geniet zichtbaar van zoet, verslikt zich niet bij kleine hoeveelheden. Reflux 's avonds, hoofdeinde hoger.

Zitten en liggen (ergo, fysio)
Zitschelp is te klein geworden, drukplek op de rechterheup. [[PERSOON|Tjitske]] vraagt een nieuwe zitschelp aan via de Wmo, maat opnemen op [[DATUM|21/11]]. [[PERSOON|Ruben]] adviseert wisselhoudingen: 2x per dag in de stastaander, middagrust in zijligging op de groep.

Contact en welbevinden (orthopedagoog)
[[PERSOON|Fenna]] reageert het best op muziek en op de stem van haar moeder. Op de groep werkt ze graag met de Tovertafel en de lichtslang. [[PERSOON|Hester]]: bij drukte overprikkeld (rood hoofd, huilen), dan naar de snoezelruimte met [[PERSOON|Jolien]].

Ouders
[[PERSOON|Marieke]] en [[PERSOON|Jelle]] zijn moe: 's nachts vaak aanvallen, de babyfoon gaat gemiddeld 3x per nacht. Broertje [[PERSOON|Sybren]] (5) slaapt slecht door de onrust. Ouders vragen logeeropvang, 1 weekend per maand. Voorkeur: [[ORGANISATIE|Logeerhuis De Wâlden]], daar is verpleegkundige nachtzorg. Informatie meegegeven: [[URL|https://www.logeerhuisdewalden.nl/aanmelden]].

Afspraken
- aanmelding logeerhuis, indicatie checken ([[PERSOON|HW]])
- nieuwe zitschelp, meting [[DATUM|21 november]] ([[PERSOON|Tjitske]])
- korsetaanvraag via orthopeed, ouders maken afspraak
- aanvallenregistratie thuis en op de groep in één lijst ([[PERSOON|Jolien]] / ouders)
- volgend MDO [[DATUM|13 februari 2024]]`,
  },
  {
    id: 'd2-d04',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d2',
    knownNames: ['K.J. (Kees-Jan) Brinkman'],
    text: `Rapportage woonbegeleiding – [[PERSOON|Kees-Jan Brinkman]], [[ORGANISATIE|Woonvorm De Sprengen]], [[PLAATS|Apeldoorn]]

ma [[DATUM|22/1]]
[[PERSOON|kj]] om 8.15 op de fiets naar zijn werk bij [[ORGANISATIE|Fietsenwerkplaats Op Wielen]] in [[PLAATS|Zevenhuizen]]. werkbegeleider [[PERSOON|Harry]] belde om 11.00: [[PERSOON|kj]] had zijn pasje vergeten en kon niet inklokken, opgelost. 's avonds zelf gekookt (macaroni), ging goed, alleen het gas bleef aan staan - samen gecheckt. - [[PERSOON|dv]]

di [[DATUM|23/1]]
gesprek met [[PERSOON|joke]] (moeder) aan de telefoon, ze maakt zich zorgen over zijn gewicht. [[PERSOON|kj]] zelf zegt dat hij "gewoon sterk" is. gewicht vandaag 98,6 kg. samen naar de boodschappenlijst gekeken, minder chips. /[[PERSOON|EJ]]

wo [[DATUM|24-01]]
vrije dag. tandarts om 10.00, geen gaatjes. daarna naar de bieb met huisgenoot [[PERSOON|Nicky]]. 's middags zijn kamer opgeruimd op aanwijzing. mentor dhr [[PERSOON|Rietberg]] teruggebeld over de nieuwe zorgverzekering, hij regelt het. - [[PERSOON|dv]]

do [[DATUM|25-01]]
om 22.00 telefoon inleveren volgens afspraak, [[PERSOON|kj]] wilde niet want hij zat midden in een game met [[PERSOON|Jorrit]] (vriend uit [[PLAATS|Ugchelen]]). boos, deur dichtgegooid. na 10 min zelf naar kantoor gekomen en telefoon gebracht. complimenten gegeven. /[[PERSOON|EJ]]

vr [[DATUM|26-1-2024]]
werk: [[PERSOON|Harry]] tevreden, hij heeft 6 banden geplakt. [[PERSOON|kj]] trots. weekend naar moeder in [[PLAATS|Beekbergen]], opgehaald door stiefvader [[PERSOON|Gert]] om 17.30. medicatie voor het weekend meegegeven en afgetekend. - [[PERSOON|dv]]`,
  },
  {
    id: 'd2-d05',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d2',
    knownNames: ['Mw. A. (Anneke) Heijnen'],
    text: `Begeleidingsrapportage – [[PERSOON|Anneke Heijnen]], woonvorm [[ORGANISATIE|De Meeuwenhoek]], [[PLAATS|Winschoten]]

za [[DATUM|18 mei]]
[[PERSOON|Anneke]] is vandaag 45 geworden. 's Ochtends de huiskamer versierd met slingers, ze wilde zelf de ballonnen ophangen (met hulp). Om 14.00 kwamen zus [[PERSOON|Gea]] en zwager [[PERSOON|Harm]] met hun dochter [[PERSOON|Sanne]], en haar oude buurvrouw uit [[PLAATS|Scheemda]], mw. [[PERSOON|Ritsema]]. Taart gegeten, cadeaus: een nieuwe radio en een fotolijst met een foto van haar vader. [[PERSOON|Anneke]] werd daar even stil van en zei "papa is in de hemel". [[PERSOON|Gea]] heeft met haar over vader gepraat, dat deed haar goed.
's Avonds patat gehaald bij [[ORGANISATIE|Snackbar De Kroket]] met de hele groep, dat was haar verjaardagswens. Moe maar heel blij naar bed om 22.30. /[[PERSOON|Loes]]

zo [[DATUM|19 mei]]
Rustige ochtend. [[PERSOON|Anneke]] vroeg of ze naar het graf van haar vader mag. Met [[PERSOON|Gea]] afgesproken dat zij haar op zondag [[DATUM|2 juni]] ophaalt en samen naar de begraafplaats in [[PLAATS|Scheemda]] gaat. Op de kalender gezet.
[[PERSOON|Anneke]] had pijn aan haar kies bij het eten, paracetamol gegeven om 13.00. Morgen tandarts bellen. - [[PERSOON|Bart]]

ma [[DATUM|20-05]]
Tandarts gebeld, ze kan [[DATUM|23 mei]] om 9.30 terecht. Kiespijn minder. Naar de dagbesteding ([[ORGANISATIE|Atelier De Kwast]]) geweest, daar trakteerde ze op de overgebleven taart. /[[PERSOON|Loes]]`,
  },
  {
    id: 'd2-d06',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d2',
    knownNames: ['Mw. T. (Trijn) Dijkstra'],
    text: `Verslag verhuizing en wenperiode – mw. [[PERSOON|T. Dijkstra]] ([[PERSOON|Trijn]]), 62 jaar
Van: [[ORGANISATIE|Het Klavertje]] naar [[ORGANISATIE|De Lindehof]], [[ADRES|Lindelaan 40]], [[POSTCODE|9202 BK]] [[PLAATS|Drachten]]

Voorbereiding
[[PERSOON|Trijn]] woonde 19 jaar op [[ORGANISATIE|Het Klavertje]]. Vanwege toenemende lichamelijke zorg (vallen, incontinentie) en de verwachte achteruitgang bij haar Down-syndroom is in overleg met mentor mw. [[PERSOON|G. Boelens]] en zus [[PERSOON|Hillie]] gekozen voor [[ORGANISATIE|De Lindehof]], waar 's nachts wakende zorg is. In de 4 weken voor de verhuizing zijn we 3x samen gaan kijken en heeft ze koffie gedronken met de nieuwe groep. Haar nieuwe PB'er is [[PERSOON|Wietske de Boer]].

Verhuisdag vr [[DATUM|5 april]]
[[PERSOON|Hillie]] en haar man hebben met 2 begeleiders de kamer ingericht zoals op het oude adres: haar eigen stoel, de poppenkast, foto's van haar ouders. Knuffelbeer Bruintje ligt op het bed. [[PERSOON|Trijn]] heeft afscheid genomen van haar huisgenoten met een taart; [[PERSOON|Gerda]] van de dagbesteding kwam ook. Ze huilde bij het weggaan en zei "ik kom morgen terug".

Wenperiode
Eerste week: slaapt onrustig, zoekt 's nachts de deur. De wakende nacht ([[PERSOON|Jannie]]) zit dan even bij haar met de muziekdoos. Eet goed. Vraagt elke dag naar "[[PERSOON|Jurgen]]" (haar vorige PB'er); met [[PERSOON|Jurgen]] afgesproken dat hij over 2 weken op de koffie komt.
Tweede week: minder zoeken, doet mee met de zanggroep. Heeft een vriendin gevonden: [[PERSOON|Marja]], ook 60+, ze zitten naast elkaar aan tafel.

Gezondheid
AVG [[PERSOON|Hoekstra]] heeft [[PERSOON|Trijn]] op [[DATUM|16 april]] gezien voor de overdracht; medicatie ongewijzigd. Valpreventie: sensormat naast bed, lage stand.

Evaluatie met mentor en zus op [[DATUM|26 april]]: positief. [[PERSOON|Hillie]] ziet haar zus "rustiger dan ze gedacht had".
[[PERSOON|W. de Boer]], PB`,
  },
  {
    id: 'd2-d07',
    genre: 'overdracht',
    setting: 'ZKH',
    author: 'auteur-d2',
    knownNames: ['Mw. A. Nowak'],
    text: `Overdracht IC -> afd. Longziekten A4, [[ORGANISATIE|Maasveld Ziekenhuis]]
[[DATUM|3 december 2023]], 11.00 uur (SBAR)

Patiënt: mw. [[PERSOON|A. Nowak]] ([[PERSOON|Agnieszka]]), 46 jr
Patiëntnr.: [[ID|5611320]] | BSN: [[BSN|557322364]]
Adres: [[ADRES|Havenstraat 17]], [[POSTCODE|2671 DJ]] [[PLAATS|Naaldwijk]]
Contactpersoon: partner [[PERSOON|Piotr Nowak]], [[TELEFOON|+31 6 2734 0918]] (spreekt Engels en Pools)

S – Overplaatsing na 5 dagen IC-opname ivm ernstige pneumonie (influenza A met bacteriële superinfectie). 3 dagen beademd, geëxtubeerd op [[DATUM|1/12]].

B – Voorgeschiedenis: astma, obesitas (BMI 36). Rookt niet. Werkt in de kassen bij [[ORGANISATIE|Tuinderij Van der Kooij]]. Twee kinderen (10 en 13), worden opgevangen door een vriendin van het gezin, mw. [[PERSOON|Kowalska]].

A – Nu 2 l O2 via neusbril, sat 94%, AF 20/min, RR 124/76, pols 88. Temp 37,6. Delierscreening (CAM-ICU) negatief. Spierzwakte na IC, mobiliseert naar de stoel met 2 personen. Voeding: slikscreening goed, normaal dieet. Lijnen: perifeer infuus li onderarm (dag 2); arterielijn en CVC verwijderd op [[DATUM|2-12]]. Blaaskatheter vanochtend 08.00 verwijderd, moet vóór 16.00 geplast hebben, anders bladderscan. Medicatie: amoxicilline/clavulaanzuur iv, oseltamivir t/m [[DATUM|5/12]], nadroparine sc, vernevelen salbutamol/ipratropium 4dd. Druppelisolatie tot en met [[DATUM|5 december]].

R – Fysiotherapie dagelijks (aangevraagd). Tolk Pools via de tolkentelefoon bij artsgesprekken, niet de partner laten tolken voor slecht nieuws. Maatschappelijk werk ivm opvang kinderen en werk. Afspraak IC-nazorgpoli over 3 maanden volgt per brief. Zaalarts longziekten: dr. [[PERSOON|J. Ramaekers]].

Overgedragen door IC-verpleegkundige [[PERSOON|Bram Keijzer]] aan [[PERSOON|Deborah]] (A4). Vragen: IC toestel [[ID|7741]].`,
  },
  {
    id: 'd2-d08',
    genre: 'soep',
    setting: 'wijk',
    author: 'auteur-d2',
    knownNames: ['Dhr. H. Doğan'],
    text: `SOEP wijkverpleging – [[ORGANISATIE|Wijkzorg Oost-Veluwe]]
Cliënt: dhr. [[PERSOON|H. Doğan]], 73 jaar, [[ADRES|Kerkweg 5]], [[PLAATS|Vaassen]]
Datum: [[DATUM|07-08-2023]]

S: Dhr. merkte zaterdag een blaar onder zijn linkervoet, na een lange wandeling op nieuwe schoenen. Geen pijn (neuropathie). Zoon [[PERSOON|Mehmet]] vertaalt en vertelt dat zijn vader de schoenen op de markt heeft gekocht.

O: Wond plantair ter hoogte van MTP-1 links, 1,5 x 1 cm, wondbed roze-geel, randen eeltig, geen roodheid of zwelling, geen geur. Voetpulsaties matig voelbaar. Glucose vanochtend 14,2 mmol/l (normaal 7-9). Temperatuur 36,8.

E: Diabetisch voetulcus (Texas 1A), oorzaak knellend schoeisel bij neuropathie. Hoog risico bij matige doorbloeding.

P: Wond gereinigd, eeltrand niet zelf verwijderd. Schuimverband en ontlasten: niet op de nieuwe schoenen lopen, tijdelijk verbandschoen. Huisarts [[PERSOON|Van Dijk]] gebeld: verwijzing naar podotherapeut ([[ORGANISATIE|Podotherapie Stapvoets]], spoed) en binnen 1 week naar het voetenteam van het ziekenhuis. Glucose 3 dagen dagcurve. Dhr. en zoon uitgelegd dat elke dag de voeten bekijken nodig is (spiegel gegeven). Volgende wondzorg [[DATUM|9-8]]; zoon bereikbaar op [[TELEFOON|06-50831276]].
[[PERSOON|Petra Lansink]], wijkverpleegkundige`,
  },
  {
    id: 'd2-d09',
    genre: 'rapportage',
    setting: 'wijk',
    author: 'auteur-d2',
    knownNames: ['Mw. A. (Aly) Reinders-Pot'],
    text: `Rapportage thuiszorg – mw. [[PERSOON|A. Reinders-Pot]] ([[PERSOON|Aly]]), [[LEEFTIJD|98]] jaar, [[PLAATS|Giethoorn]]
[[ORGANISATIE|Thuiszorg Kop van Overijssel]]

[[DATUM|2 jan.]] 08.00
Ochtendzorg. Mw. was al op en had zelf een pot thee gezet. Gewassen aan de wastafel, steunkousen aan. Ontbijt zelf. Medicatierol: ingenomen. Opgewekt, vertelt over de vuurwerkresten in de tuin. /[[PERSOON|IB]]

[[DATUM|2 jan.]] 21.00
Avondzorg. Kousen uit, huid benen droog, ingesmeerd. Mw. klaagde over pijn in de li knie, geen zwelling. Paracetamol uit de voorraad gegeven. Alarm getest, werkt. - [[PERSOON|Gerben]]

[[DATUM|3 jan.]] 08.10
Alarmmelding om 06.40 opgevolgd door buurman [[PERSOON|Klaas Mulder]]: mw. zat op de grond in de badkamer, kon niet opstaan. Buurman heeft haar geholpen. Geen zichtbaar letsel, li knie pijnlijk, loopt met rollator. Huisarts ([[ORGANISATIE|Huisartsenpraktijk Wetering]]) gebeld, komt vanmiddag. Schoondochter [[PERSOON|Marga Reinders]] ingelicht, zij komt morgen. /[[PERSOON|IB]]

[[DATUM|3 jan.]] 15.30
Huisarts [[PERSOON|Smit-Oldenhof]] geweest: kneuzing, geen fractuur vermoed. Advies: paracetamol 3dd vast, koelen, extra zorgmoment rond de middag tijdelijk. Valrisico besproken, mw. wil "niet naar een tehuis". [[PERSOON|IB]]

[[DATUM|4-1]] 12.15
Extra middagzorg: warme maaltijd opgewarmd, mw. at de helft. [[PERSOON|Marga]] aanwezig, zij vraagt naar een sensor op de badkamervloer en of de wijkverpleegkundige een keer met haar en de kinderen ([[PERSOON|Jan]] en [[PERSOON|Albert Reinders]]) wil praten. Doorgezet naar wijkverpleegkundige [[PERSOON|Ingrid Bosch]]. - [[PERSOON|Gerben]]`,
  },
  {
    id: 'd2-d10',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-d2',
    text: `VERWIJZING POLIKLINIEK CARDIOLOGIE

Aan: [[ORGANISATIE|Ziekenhuis Sallandse Poort]], cardiologie
Van: [[ORGANISATIE|Huisartsenpraktijk De Vinkenbuurt]], [[ADRES|Vinkenstraat 2]], [[POSTCODE|7415 BP]] [[PLAATS|Deventer]], tel. [[TELEFOON|0570 - 63 22 18]]
Verwijzer: [[PERSOON|M.A. Groothuis]], huisarts, AGB [[ID|01077213]]
Datum: [[DATUM|19-06-2024]]
Urgentie: binnen 2 weken

Patiënt: dhr. [[PERSOON|E.J. Hofstra]], geb. [[DATUM|12-12-1956]], BSN [[BSN|247586298]]
[[ADRES|Zwaluwstraat 61]], [[POSTCODE|7415 BS]] [[PLAATS|Deventer]], tel. [[TELEFOON|06-17840363]]

Reden van verwijzing: verdenking stabiele angina pectoris.

Anamnese: 67-jarige man, sinds 6 weken drukkende pijn midden op de borst bij inspanning (fietsen tegen de wind, traplopen naar de 2e verdieping), uitstralend naar de linkerarm, verdwijnt binnen 5 minuten in rust. Geen klachten in rust of 's nachts. Geen syncope. Vader overleed op 61-jarige leeftijd aan een hartinfarct. Rookte tot 2015 (30 pakjaren).

Onderzoek: RR 156/92, pols 76 regulair, BMI 29. Cor/pulmones zonder bijzonderheden. ECG [[DATUM|17/6]]: sinusritme, geen ischemie. Lab: LDL 4,1, HbA1c 44, eGFR 78.

Beleid: gestart met acetylsalicylzuur 80 mg, atorvastatine 40 mg en nitroglycerine spray zo nodig. Uitgelegd wanneer hij 112 moet bellen.

Vraagstelling: graag uw beoordeling en aanvullende diagnostiek (ergometrie / CT-coronairen).

Met vriendelijke groet,
[[PERSOON|M.A. Groothuis]]`,
  },
];
