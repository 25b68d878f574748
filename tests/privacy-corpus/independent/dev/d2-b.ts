import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd2-b01',
    genre: 'mdo',
    setting: 'wijk',
    author: 'auteur-d2',
    knownNames: ['Mw. M.H. (Mia) Vossen-Frijns'],
    text: `Verslag MDO kwetsbare ouderen – [[ORGANISATIE|Huisartsenpraktijk Het Vijverpark]]
Datum: [[DATUM|27-09-2023]]
Betreft: mw. [[PERSOON|M.H. Vossen-Frijns]] ([[PERSOON|Mia]]), [[LEEFTIJD|91]] jaar, en echtgenoot dhr. [[PERSOON|J. Vossen]] ([[PERSOON|Sjef]]), 89 jaar
Adres: [[ADRES|Wilhelminastraat 48a]], [[POSTCODE|6131 KL]] [[PLAATS|Sittard]]

Aanwezig
- huisarts [[PERSOON|L. Coumans]] (voorzitter)
- POH-ouderen [[PERSOON|Ingrid Schreurs]]
- wijkverpleegkundige [[PERSOON|Bas Willems]], [[ORGANISATIE|Thuiszorg Heuvelrand]]
- casemanager dementie [[PERSOON|Yvonne Lemmens]], [[ORGANISATIE|Zorgnetwerk Heuvelrand]]
- Wmo-consulent [[PERSOON|Roel Janssen]], gemeente [[PLAATS|Sittard-Geleen]]
- specialist ouderengeneeskunde drs. [[PERSOON|M. Ploemen]]: niet aanwezig, schriftelijk consult
- apotheker [[PERSOON|K. Vroomen]], [[ORGANISATIE|Apotheek Baandert]]
- zoon [[PERSOON|Jo Vossen]] (mantelzorger), via Teams
Niet aanwezig: dochter [[PERSOON|Thea]] (woont in Duitsland), heeft per mail gereageerd.

1. Aanleiding
Echtpaar woont zelfstandig in een eengezinswoning met de slaapkamer boven. Sinds de zomer 2 SEH-bezoeken: mw. gevallen op [[DATUM|14 juli]] (polsfractuur li, gips) en dhr. op [[DATUM|2 september]] (hoofdwond, gehecht). POH signaleert dat dhr. overbelast raakt: hij zorgt 24/7 voor zijn vrouw, slaapt slecht, is 4 kg afgevallen. Zoon [[PERSOON|Jo]] komt 2x per week uit [[PLAATS|Maastricht]], kan niet meer doen in verband met werk.

2. Mevrouw
Diagnose Lewy body dementie (gesteld [[DATUM|10-03-2022]], geheugenpoli [[ORGANISATIE|Ziekenhuis Geleenbeek]], dr. [[PERSOON|Thissen]]). Wisselend alert, visuele hallucinaties ("kinderen in de tuin"), 's nachts actief. Parkinsonisme met schuifelend looppatroon. MMSE 17/30 in juli. Barthel 11. Trapliften geweigerd door mw. ("dat is voor oude mensen").
Casemanager [[PERSOON|Yvonne]]: ziet de laatste 2 maanden een duidelijke achteruitgang. Mw. herkent haar soms niet. Dhr. corrigeert veel, wat tot ruzie leidt. Dagbesteding bij [[ORGANISATIE|Ontmoetingscentrum De Kastanje]] 1 dag per week, zij wil meer dagen maar dhr. "wil haar niet wegbrengen".

3. Meneer
Hypertensie, DM2 (metformine), artrose knieën. Geen cognitieve klachten volgens POH, MoCA 26. Mantelzorgbelasting (EDIZ) 8 van de 9: hoog. Dhr. huilde tijdens het huisbezoek van [[PERSOON|Ingrid]] op [[DATUM|19/9]]. Hij zegt: "Ik heb haar beloofd dat ze nooit naar een tehuis hoeft". Hij gaat zelf nog elke ochtend naar de bakker en de krant halen, dat is zijn enige moment voor zichzelf; mw. blijft dan alleen, wat hij eigenlijk niet meer verantwoord vindt. 's Nachts wordt hij gemiddeld 4x wakker omdat zij uit bed wil. Bloeddruk bij POH 168/94, glucose wisselend. Hij heeft zijn eigen controle bij de internist ([[ORGANISATIE|Ziekenhuis Geleenbeek]], dr. [[PERSOON|Habets]]) twee keer afgezegd omdat hij zijn vrouw niet alleen wilde laten.

4. Medicatie (apotheker)
Mw. gebruikt 11 middelen, dhr. 7. Bij mw. rivastigmine pleister 9,5 mg, levodopa/carbidopa, oxazepam 10 mg a.n. (sinds de opname in [[ORGANISATIE|Ziekenhuis Geleenbeek]] niet gestopt), furosemide, omeprazol, calcium/vit D, paracetamol. Advies apotheker [[PERSOON|Vroomen]]: oxazepam afbouwen (valrisico, verwardheid), omeprazol stoppen bij geen indicatie, baxterrol voor beiden, dhr. vult nu zelf de weekdoos en maakt fouten. Huisarts akkoord.

5. Wonen en Wmo
Wmo-consulent [[PERSOON|Roel]]: aanvraag bed beneden + aanpassing badkamer is mogelijk, doorlooptijd ongeveer 8 weken. Huishoudelijke hulp is al geregeld via [[ORGANISATIE|Thuiszorg Heuvelrand]] (3 uur per week). Personenalarmering is er, maar mw. drukt er niet op. Een leefstijlmonitor of deursensor voor de nacht kan via de gemeente worden geleend; dhr. staat daar open voor, zoon ook. [[PERSOON|Roel]] stelt voor een Wlz-aanvraag voor mw. te doen, gezien de zorgzwaarte; dat loopt via het CIZ, niet via de gemeente.

6. Mening zoon
[[PERSOON|Jo]]: "vader houdt het niet meer vol, maar moeder naar een verpleeghuis breekt hem". Hij wil een tussenstap: meer dagbesteding en af en toe logeren. Dochter [[PERSOON|Thea]] schrijft per mail ([[EMAIL|thea.vossen@web.de]]) dat zij het eens is met een Wlz-aanvraag en dat ze met de kerstvakantie twee weken komt om te helpen.

7. Consult SO (schriftelijk)
SO [[PERSOON|Ploemen]] adviseert bij verdere toename van nachtelijke onrust geen antipsychotica ivm Lewy body (risico ernstige overgevoeligheid). Eerder melatonine proberen en slaap-waakritme via dagbesteding. Bij Wlz-indicatie kan mw. op de wachtlijst voor [[ORGANISATIE|Zorgcentrum Sint Elisabeth]] (afd. [[ORGANISATIE|De Linde]], kleinschalig).

8. Besluiten
a) Wlz-aanvraag mw. voorbereiden met zoon, casemanager ondersteunt ([[PERSOON|YL]])
b) dagbesteding naar 3 dagen, vervoer via de regiotaxi ([[PERSOON|YL]])
c) logeeropvang 1 weekend per maand aanvragen ([[PERSOON|YL]] / [[PERSOON|Jo]])
d) bed beneden en badkamer Wmo ([[PERSOON|RJ]])
e) medicatie: oxazepam in 3 weken afbouwen, omeprazol stop, baxter per [[DATUM|9 oktober]] ([[PERSOON|KV]] / huisarts)
f) wijkverpleging 1x per dag ochtendzorg mw., start [[DATUM|2-10]] ([[PERSOON|BW]])
g) POH belt dhr. elke 2 weken, gesprek over eigen grenzen, evt. mantelzorgconsulent
h) huisarts bespreekt met beiden advance care planning, afspraak [[DATUM|4 okt.]] 14.00 uur, thuis

9. Contactgegevens
Zoon: [[TELEFOON|06-11982740]]. Casemanager: [[TELEFOON|046 - 457 88 10]]. [[ORGANISATIE|Thuiszorg Heuvelrand]], locatie [[PLAATS|Ophoven]], [[TELEFOON|046-4503322]].

Volgende MDO: [[DATUM|22 november 2023]].
Verslag: [[PERSOON|I. Schreurs]], POH`,
  },
  {
    id: 'd2-b02',
    genre: 'mdo',
    setting: 'GGZ',
    author: 'auteur-d2',
    knownNames: ['Mw. W.J. ter Horst'],
    text: `Multidisciplinaire bespreking – kliniek ouderenpsychiatrie [[ORGANISATIE|GGZ Lindeveld]], afd. [[ORGANISATIE|De Es]]
[[DATUM|05-12-2023]]

Patiënt: mw. [[PERSOON|W.J. ter Horst]] ([[PERSOON|Willemien]]), [[LEEFTIJD|90]] jaar, opgenomen sinds [[DATUM|13-11-2023]] (vrijwillig, RM niet aan de orde)
Aanwezig: psychiater dr. [[PERSOON|A. Nijenhuis]], klinisch geriater [[PERSOON|B. van Schaik]] (consult vanuit [[ORGANISATIE|Medisch Centrum Noorderhaven]]), VS GGZ [[PERSOON|Chantal Meijer]], verpleegkundige [[PERSOON|Ruud]], maatschappelijk werker [[PERSOON|Fleur Dekker]], dochter mw. [[PERSOON|E. Brinkman-ter Horst]]

Beloop
Ernstige depressie met psychotische kenmerken (schuldwanen: "ik heb de boerderij laten verpieteren"). Nortriptyline sinds [[DATUM|20/11]], spiegel nog subtherapeutisch. Eet en drinkt slecht: intake 600-800 ml per dag, gewicht van 58 naar 54,5 kg. Mobiliteit achteruit, ligt veel op bed. Verpleging ([[PERSOON|Ruud]]): geen inname zonder aansporing, lacht nooit meer, praat nauwelijks, wel 's nachts roepen.

Somatisch (klinisch geriater)
Nierfunctie licht gedaald (eGFR 41), natrium 131. Geen delier op dit moment. ECG ivm nortriptyline: QTc normaal, geen geleidingsstoornis. Orthostatische hypotensie: RR liggend 142/78, staand 112/64. Geriater [[PERSOON|van Schaik]] ziet, gezien de snelle achteruitgang, een indicatie om ECT te overwegen. Leeftijd op zich is geen contra-indicatie.

ECT
Psychiater [[PERSOON|Nijenhuis]]: mw. is op dit moment wilsonbekwaam ten aanzien van de behandeling. Dochter is wettelijk vertegenwoordiger en heeft aangegeven haar moeder "niet nog langer zo te willen zien lijden". ECT zou plaatsvinden in [[ORGANISATIE|Medisch Centrum Noorderhaven]], 2x per week, met vervoer per ambulance. Anesthesioloog beoordeelt vooraf (screening [[DATUM|8 december]]).
Dochter vertelt dat haar moeder na het overlijden van haar man ([[PERSOON|Hendrik]], 2019) al somber was maar nooit zo. Zij vraagt naar geheugenverlies na ECT; uitgelegd dat dit meestal tijdelijk is.

Sociaal (maatschappelijk werk)
Mw. woonde alleen op de boerderij aan de [[ADRES|Hooiweg 6]] in [[PLAATS|Haarle]]. Terugkeer daarheen wordt door iedereen als onhaalbaar gezien. [[PERSOON|Fleur]] start gesprekken over een vervolgplek: voorkeur dochter is [[ORGANISATIE|Zorgcentrum Het Hoge Veld]] of iets in [[PLAATS|Hellendoorn]], dicht bij haar eigen huis.

Besluit
- ECT voorbereiden, informed consent met dochter ([[PERSOON|AN]])
- nortriptyline continueren, spiegel [[DATUM|11/12]]
- vochtlijst, 2x per week wegen, diëtist in consult ([[PERSOON|CM]])
- orthostase: elastische kousen, langzaam opstaan, valpreventie ([[PERSOON|Ruud]])
- vervolgplek: aanmelding Wlz/zorgkantoor, bezoek met dochter ([[PERSOON|FD]])
Volgende bespreking: [[DATUM|19 december]].`,
  },
  {
    id: 'd2-b03',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-d2',
    knownNames: ['Dhr. G. (Gerrit) Bakker'],
    text: `MDO revalidatie – [[ORGANISATIE|Zorgcentrum Het Hoge Veld]], afd. Geriatrische Revalidatie, kamer 112
[[DATUM|16 januari 2024]]
Revalidant: dhr. [[PERSOON|G. Bakker]], 78 jr, opgenomen [[DATUM|20-12-2023]] na CVA li hemisfeer ([[ORGANISATIE|Ziekenhuis Eemoever]])
Aanwezig: SO [[PERSOON|Faber]], fysio [[PERSOON|Lieke]], ergo [[PERSOON|Dorien]], logopedist [[PERSOON|Hanneke Smits]], EVV [[PERSOON|Gijs]], echtgenote mw. [[PERSOON|T. Bakker-Schipper]]

Doelen dhr.: "zelf naar de wc en weer fietsen". Fietsen is niet realistisch, besproken.

Fysio: loopt 40 m met vierpoot, rechts zwakker. Berg-balans 38. Traplopen 1 trap met leuning en begeleiding geoefend. Advies: thuis beneden slapen.
Ergo: transfers zelfstandig met toezicht. Aankleden bovenlichaam zelf, broek en sokken hulp. Huisbezoek gedaan aan de [[ADRES|Brederolaan 22]] in [[PLAATS|Ede]] op [[DATUM|12/1]]: drempels weg, toiletverhoger en douchestoel nodig, bed beneden kan in de voorkamer.
Logo: milde afasie, woordvindproblemen, begrip goed. Slikken: normaal dieet, dunne vloeistoffen ok. Oefenboekje met echtgenote.
SO: bloeddruk goed ingesteld, clopidogrel en atorvastatine. Stemming: af en toe emotioneel (huilt snel), geen depressie. Rijgeschiktheid: niet autorijden, CBR-traject pas na 6 mnd.
Echtgenote: wil hem graag thuis, is zelf 76 en heeft een nieuwe heup. Zoon [[PERSOON|Marcel]] woont naast hen en helpt. Buurman, dhr. [[PERSOON|de Bakker]], heeft aangeboden de drempels te verwijderen. Brood wordt al jaren door de bakker aan huis bezorgd, boodschappen doet de zoon.

Besluit: ontslag naar huis gepland op [[DATUM|2 februari]]. Thuiszorg ([[ORGANISATIE|Thuiszorg Het Anker]], team [[PLAATS|Ede-Zuid]]) 2x per dag, poliklinische fysio bij [[ORGANISATIE|Fysiotherapie Veldhuizen]] 2x per week, logopedie thuis. Hulpmiddelen aanvragen via Wmo. Eindgesprek met echtpaar [[DATUM|30-1]].
/[[PERSOON|GvdH]] EVV`,
  },
  {
    id: 'd2-b04',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d2',
    knownNames: ['T. (Thijs) Vermeulen'],
    text: `Weekrapportage – [[PERSOON|Thijs Vermeulen]], woongroep [[ORGANISATIE|De Eikelhof]]
Week 15, [[DATUM|8 april]] t/m [[DATUM|14 april]]

Dagbesteding
[[PERSOON|Thijs]] gaat ma, di en do naar [[ORGANISATIE|Kinderboerderij De Hooiberg]]. Hij mocht deze week de boer helpen met het voeren van de geiten en het schoonmaken van het kippenhok. Begeleider daar, [[PERSOON|Willem]], vertelt dat hij heel precies werkt als de taak duidelijk is uitgelegd met het stappenbord. Als er kinderen op bezoek zijn met veel lawaai trekt [[PERSOON|Thijs]] zich terug in de schuur, dat mag.

Wonen
[[PERSOON|Thijs]] (31, autisme en matige VB) had een goede week. Hij heeft zelf zijn kamer gestofzuigd op woensdag (staat op zijn planbord). Op vrijdag was het avondeten later door een brandalarm-oefening, dat vond hij heel moeilijk: hij bleef "half zes, half zes" herhalen. Begeleider [[PERSOON|Naima]] heeft hem met de koptelefoon naar zijn kamer begeleid, daar rustig geworden.

Contact familie
Zaterdag [[DATUM|13/4]] opgehaald door vader en stiefmoeder ([[PERSOON|Ad]] en [[PERSOON|Corrie Vermeulen]]) voor een dagje [[PLAATS|Zierikzee]]. Terug om 18.00, moe maar tevreden. Moeder (mw. [[PERSOON|Lodder]]) heeft gebeld met de vraag of [[PERSOON|Thijs]] in de meivakantie een nachtje bij haar in [[PLAATS|Goes]] kan logeren. Afspraak: PB'er [[PERSOON|Sven]] belt haar terug, eerst met gedragsdeskundige overleggen ivm de vorige keer (toen 2 dagen ontregeld).

Gezondheid
Tandarts op [[DATUM|10 april]] bij [[ORGANISATIE|Tandartsenpraktijk De Kies]], gebitsreiniging gelukt met de vertrouwde tandarts (dr. [[PERSOON|Goedhart]]). Risperidon 1 mg blijft ongewijzigd, AVG ziet hem in mei. Gewicht 82,1 kg.

Aandachtspunt volgende week
Woensdag [[DATUM|17 april]] komt de nieuwe begeleider [[PERSOON|Priya]] kennismaken. Foto van [[PERSOON|Priya]] op het planbord gehangen zodat [[PERSOON|Thijs]] weet wie er komt.
[[PERSOON|S. Kodde]], PB`,
  },
  {
    id: 'd2-b05',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d2',
    knownNames: ['K. (Kevin) Dekker'],
    text: `Rapportage nachtdienst / incident – [[ORGANISATIE|Woonvoorziening Het Baken]], [[PLAATS|Alkmaar]]
zo [[DATUM|3 maart]] 23.40 uur

[[PERSOON|Kevin]] kwam om 23.40 thuis, ruim 2 uur later dan afgesproken. Rook naar alcohol, sprak met dubbele tong. Hij zei dat hij "bij [[PERSOON|Jordy]]" was geweest in [[PLAATS|Heerhugowaard]]. Toen ik vroeg of hij iets had gebruikt werd hij boos, schopte tegen de deur van het kantoor en gooide zijn telefoon kapot op de grond. Ik heb afstand gehouden en achterwacht [[PERSOON|Orlando]] gebeld. [[PERSOON|Orlando]] was om 00.10 aanwezig.
[[PERSOON|Kevin]] is daarna zelf naar zijn kamer gegaan. Om 00.30 hoorden we hem huilen, [[PERSOON|Orlando]] heeft met hem gepraat. [[PERSOON|Kevin]] vertelde dat zijn broer [[PERSOON|Danny]] weer vastzit en dat hij "niemand meer heeft". Geen uitingen over zichzelf iets aandoen, wel "alles is kut". Afgesproken dat hij zijn deur op een kier laat, om het uur gekeken. Sliep vanaf 01.15.

[[PERSOON|Kevin]]s fiets staat niet in de stalling, hij weet niet waar die is.
Schade: deur kantoor (deuk), telefoon van [[PERSOON|Kevin]] zelf.
MIC-melding gedaan. Gedragsdeskundige [[PERSOON|Laura Kramer]] per mail geïnformeerd ([[EMAIL|l.kramer@hetbaken-wonen.nl]]).
/[[PERSOON|Mirjam]] (slaapdienst)

ma [[DATUM|4 maart]] 10.15 uur
Gesprek met [[PERSOON|Kevin]], [[PERSOON|Laura]] en mij. Hij schaamt zich, wil zijn excuses aanbieden aan [[PERSOON|Mirjam]]. Afspraken opnieuw doorgenomen: doordeweeks om 22.00 thuis, in het weekend om 23.00, bij later bellen. Alcohol op de groep blijft niet toegestaan. Gevraagd of hij het contact met [[PERSOON|Jordy]] goed vindt voor zichzelf: "hij is de enige die me snapt". Voorstel van [[PERSOON|Laura]] om weer te praten met de verslavingsconsulent van [[ORGANISATIE|Verslavingszorg De Kering]]. Heeft hij nu geen zin in, mag hij over nadenken.
Nieuwe telefoon: hij heeft nog € 60 op zijn leefgeldrekening. Samen met bewindvoerder dhr. [[PERSOON|Stoop]] kijken wat kan.
- [[PERSOON|Tessa]], PB'er`,
  },
  {
    id: 'd2-b06',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d2',
    knownNames: ['N. (Noa) Schouten'],
    text: `Logeerrapportage – [[ORGANISATIE|Logeerhuis De Ster]]
Logee: [[PERSOON|Noa Schouten]], 11 jaar
Logeerweekend [[DATUM|23]] t/m [[DATUM|25 februari]]

Vrijdag
[[PERSOON|Noa]] werd om 16.15 gebracht door moeder [[PERSOON|Kelly]] en broertje [[PERSOON|Jayden]]. Overdracht moeder: deze week 2 korte absences op school ([[ORGANISATIE|Mytylschool De Piramide]]), verder goed. Nieuwe rolstoel, remmen zitten nu aan de buitenkant. Medicatie meegegeven in de baxterzakjes (Orfiril, Lamictal), gecontroleerd met de lijst: klopt. [[PERSOON|Noa]] had zin in pannenkoeken en die hebben we gebakken met [[PERSOON|Lotte]] en [[PERSOON|Sem]], de andere logees.

Zaterdag
Rustig geslapen, 1x wakker om 03.00 (luier vol), daarna weer in slaap. In de ochtend naar het zwembad in [[PLAATS|Veenendaal]] met 2 begeleiders. [[PERSOON|Noa]] vindt het water heerlijk, lacht hard. Middag: absence om 14.20, ongeveer 10 seconden, daarna moe. Genoteerd op de aanvallenlijst. 's Avonds film gekeken (Frozen), ze zong mee.

Zondag
Ontbijt goed, 2 boterhammen met hagelslag. Wilde niet naar huis, huilde bij het inpakken. Vader ([[PERSOON|Ronald Schouten]]) haalde haar om 16.00 op. Overdracht: absence zaterdag, luierverbruik, weinig gedronken op zondag (ongeveer 600 ml). Vader vraagt of [[PERSOON|Noa]] in de zomervakantie een week kan komen; doorgezet naar de planner ([[PERSOON|Hilde]], [[EMAIL|planning@logeerhuisdester.nl]]).

Volgend logeerweekend: [[DATUM|22-03]].
[[PERSOON|M. Rademaker]], begeleider`,
  },
  {
    id: 'd2-b07',
    genre: 'overdracht',
    setting: 'HA',
    author: 'auteur-d2',
    knownNames: ['Dhr. P.A. de Ruijter'],
    text: `Waarneembericht [[ORGANISATIE|Huisartsenpost Kennemerduin]]
Aan: eigen huisarts [[PERSOON|E. Stam]], [[ORGANISATIE|Huisartsenpraktijk Duinzicht]], [[PLAATS|Castricum]]

Patiënt: dhr. [[PERSOON|P.A. de Ruijter]]
Geboortedatum: [[DATUM|17-08-1958]]
BSN: [[BSN|4218.93.187]]
Adres: [[ADRES|Zeeweg 203]], [[POSTCODE|1901 GR]] [[PLAATS|Castricum]]
Telefoon: [[TELEFOON|0251 65 40 12]]
Registratienr. HAP: [[ID|2024010600371]]

Contactmoment: za [[DATUM|6 januari 2024]], 02.14 uur. Telefonische triage door triagist [[PERSOON|Lia]], urgentie U2, visite door waarnemend huisarts [[PERSOON|M. Öztürk]].

Klacht: echtgenote ([[PERSOON|Ria de Ruijter]]) belt. Sinds gisteravond 23.00 hevige pijn rechter flank, kolkend, uitstralend naar de lies. Misselijk, 1x gebraakt. Geen koorts. Eerder nierstenen in 2017.

Bevindingen: man van 65, onrustig, kan niet stil liggen. T 37,2 °C, RR 150/95, pols 92. Buik soepel, geen peritoneale prikkeling. Slagpijn nierloge rechts. Urinestick: ery ++, leuco neg, nitriet neg.

Conclusie: waarschijnlijk niersteenkoliek rechts, geen aanwijzing voor infectie.

Beleid: diclofenac 100 mg supp. gegeven om 03.05, na 30 min duidelijke verbetering. Recept diclofenac 50 mg 3dd 5 dagen + omeprazol 20 mg, naar [[ORGANISATIE|Dienstapotheek Beverwijk]]. Urine zeven, ruim drinken. Bij koorts boven 38 °C, niet te stillen pijn of niet kunnen plassen direct opnieuw bellen.

Verzoek aan eigen huisarts: echo nieren/urinewegen aanvragen, telefonische controle ma [[DATUM|8-1]].

[[PERSOON|M. Öztürk]], waarnemend huisarts, BIG [[ID|29061234501]]`,
  },
  {
    id: 'd2-b08',
    genre: 'overdracht',
    setting: 'wijk',
    author: 'auteur-d2',
    knownNames: ['Mw. H.M. (Riet) Kamphuis-Ros'],
    text: `Overdracht wijkverpleging bij opname
Van: [[ORGANISATIE|Thuiszorg Het Anker]], wijkteam [[PLAATS|Vathorst]]
Naar: [[ORGANISATIE|Woonzorgcentrum De Vlinderhof]], afd. Korenbloem
Opnamedatum: [[DATUM|1 maart 2024]]

Cliënt: mw. [[PERSOON|H.M. Kamphuis-Ros]] ([[PERSOON|Riet]]), geb. [[DATUM|14-11-1929]], [[LEEFTIJD|94]] jr
Cliëntnr. thuiszorg: [[ID|10028861]]
Adres tot nu toe: [[ADRES|Bolderikstraat 31]], [[POSTCODE|3825 DK]] [[PLAATS|Amersfoort]]
Huisarts: [[PERSOON|T. Hofman]], [[ORGANISATIE|Gezondheidscentrum Vathorst]]
Apotheek: [[ORGANISATIE|Apotheek Hooglanderveen]] (baxter, wordt overgedragen aan uw apotheek)

Reden opname
Dementie (Alzheimer), sinds najaar toenemend nachtelijke onrust, 2x 's nachts buiten aangetroffen door buren. Dochter is overbelast. Wlz-indicatie sinds [[DATUM|05-02-2024]].

ADL
Wassen aan de wastafel met hulp, 2x per week douchen met douchestoel. Steunkousen klasse 2 (aantrekken met Easy-Slide). Kleding klaarleggen, dan kleedt ze zich grotendeels zelf aan. Incontinentie urine, Tena Lady maxi overdag, Tena Slip 's nachts. Mobiliteit: rollator binnen en buiten, gevallen op [[DATUM|9 februari]] in de badkamer (geen letsel).

Huid
Smetten onder de borsten, drooghouden + zinkzalf. Skin tear li onderarm sinds [[DATUM|20/2]], Mepitel, verbandwissel om de 3 dagen, genezing gaat goed.

Voeding
Eet goed bij gezelschap, alleen vergeet ze te eten. Dunne boterhammen, geen korst. Let op: geen grapefruit (interactie). Drinkt graag thee met 2 klontjes.

Gewoontes
Slaapt laat, rond 23.00. Drinkt 's avonds een advocaatje en kijkt Heel Holland Bakt. Wordt onrustig als het donker wordt; lamp in de gang aanlaten hielp thuis. Noemt haar overleden man [[PERSOON|Wim]] vaak, praat dan over hem alsof hij leeft.

Contactpersonen
1. dochter [[PERSOON|Wilma Kamphuis]], [[TELEFOON|06-24886013]]
2. zoon [[PERSOON|Frank Kamphuis]], [[PLAATS|Leusden]], [[TELEFOON|033 - 494 18 70]]

Beleid
NR-verklaring aanwezig, getekend [[DATUM|15-01-2023]]. Geen ziekenhuisopname gewenst behalve bij letsel.

Overgedragen door: wijkverpleegkundige [[PERSOON|Jasmijn Koelewijn]], [[TELEFOON|033-4220918]], [[EMAIL|j.koelewijn@thuiszorghetanker.nl]]`,
  },
  {
    id: 'd2-b09',
    genre: 'soep',
    setting: 'VVT',
    author: 'auteur-d2',
    knownNames: ['Mw. H. (Hennie) Lubbers'],
    text: `SOEP – specialist ouderengeneeskunde
Bewoner: mw. [[PERSOON|H. Lubbers]] ([[PERSOON|Hennie]]), [[LEEFTIJD|96]] jr, [[ORGANISATIE|Huize Avondrood]], afd. West, kamer 21
Datum: [[DATUM|3.11.2023]]

S: Verzorgende ([[PERSOON|Gülşen]]) meldt dat mw. sinds 2 dagen verwarder is, plukt aan de dekens, roept 's nachts. Plast vaker kleine beetjes, urine ruikt sterk. Drinkt minder dan normaal, ongeveer 800 ml. Mw. zelf: "niks aan de hand, kind".
O: Suf maar goed wekbaar, niet georiënteerd in tijd en plaats. T 38,1 °C, RR 118/64, P 96, sat 95%. Mond droog. Buik soepel, drukpijn boven de blaas, geen slagpijn nierloges. Urinestick: leuco +++, nitriet pos. DOS 8.
E: Delier bij waarschijnlijk gecompliceerde urineweginfectie (koorts), lichte dehydratie. eGFR 28.
P: Urine op kweek. Start amoxicilline/clavulaanzuur 500/125 mg 3dd gedurende 10 dagen, aanpassen op kweekuitslag. Drinklijst, streef 1500 ml, vaker kleine beetjes aanbieden. DOS 3x daags. Bij ernstige angst of onrust haloperidol 0,5 mg, max 2x per dag. Dochter [[PERSOON|Gerda Lubbers]] telefonisch geïnformeerd; zij komt vanmiddag. Beleid blijft: geen ziekenhuisopname (afgesproken [[DATUM|6 juni 2022]]). Evaluatie maandag [[DATUM|6/11]].
[[PERSOON|Ramdin]], SO`,
  },
  {
    id: 'd2-b10',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-d2',
    text: `[[ORGANISATIE|Huisartsenpraktijk De Schaapskooi]]
[[ADRES|Schaapsdrift 2]]
[[POSTCODE|3772 MN]] [[PLAATS|Barneveld]]
tel. [[TELEFOON|0342-415570]] | [[URL|www.deschaapskooi-huisartsen.nl]]

Aan: [[ORGANISATIE|Ziekenhuis De Wielewaal]]
t.a.v. dr. [[PERSOON|C.M. Pronk]], geriater, geheugenpolikliniek

[[PLAATS|Barneveld]], [[DATUM|29 januari 2024]]

Betreft: mw. [[PERSOON|J. van Ravenhorst-Blom]], geb. [[DATUM|02-09-1944]], BSN [[BSN|236 426 035]]
[[ADRES|Koningin Julianastraat 88]], [[POSTCODE|3772 BE]] [[PLAATS|Barneveld]]

Geachte collega,

Graag verwijs ik mw. [[PERSOON|Van Ravenhorst]], een 79-jarige vrouw, naar uw geheugenpolikliniek voor analyse van geheugenklachten.

Anamnese: sinds ongeveer een jaar vergeetachtig. Volgens haar echtgenoot ([[PERSOON|Dirk]]) vergeet zij afspraken, laat zij de gaspit aan staan en is zij onlangs verdwaald op weg naar de markt in [[PLAATS|Voorthuizen]], waar zij al 40 jaar komt. Zelf bagatelliseert zij de klachten. Geen stemmingsklachten, slaap goed. Haar zus is op 72-jarige leeftijd overleden met de ziekte van Alzheimer.

Onderzoek: MMSE 22/30 (op [[DATUM|15-01-2024]]), kloktekentest afwijkend, geen focale neurologie. Lab: Hb, TSH, B12, foliumzuur, glucose en nierfunctie normaal.

Voorgeschiedenis: 2009 mammacarcinoom links (lumpectomie en radiotherapie in [[ORGANISATIE|Medisch Centrum Noorderhaven]]), hypertensie, paroxysmaal atriumfibrilleren.

Medicatie: apixaban 5 mg 2dd, metoprolol 50 mg 1dd, amlodipine 5 mg 1dd.

Vraagstelling: is er sprake van dementie, en zo ja van welk type? Graag ook uw advies over de rijgeschiktheid: mw. rijdt nog dagelijks auto.

Echtgenoot gaat mee naar de afspraak. Contact bij voorkeur via dochter [[PERSOON|Anja]], [[TELEFOON|06 4471 2290]].

Met collegiale groet,

[[PERSOON|R. Dijkstra]], huisarts
AGB-code [[ID|01054432]]`,
  },
];
