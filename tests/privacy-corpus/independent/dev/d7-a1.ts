import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd7-a01',
    genre: 'crisis',
    setting: 'GHZ',
    author: 'auteur-d7a',
    knownNames: ['Dhr. D.J. (Dennis) Kooijman'],
    text: `Crisisrapportage - incident woonvorm
Datum: [[DATUM|14-02-2025]], 21:40 uur
Locatie: woonvorm [[ORGANISATIE|De Kreekrug]], [[ADRES|Vrieseweg 118-A]], [[PLAATS|Dordrecht]]
Melder: [[PERSOON|Sanne Kortleve]] (PB'er, avonddienst)

Situatie
Cl. [[PERSOON|Dennis]] kwam om ca. 20:15 terug van bezoek bij moeder in [[PLAATS|Zwijndrecht]]. Zichtbaar gespannen, liep direct naar de keuken, gooide 2 borden kapot en schreeuwde naar medebewoner [[PERSOON|Kevin]]. Cl. pakte broodmes en dreigde ermee. Collega [[PERSOON|Yusuf Demirtaş]] heeft medebewoners naar de huiskamer boven gebracht.

Acties
- 20:25 rustig aangesproken op afstand, cl. legde mes na ca. 5 min. neer op aanrecht
- 20:40 achterwacht gebeld ([[PERSOON|M. van Wijngaarden]], gedragsdeskundige), tel. [[TELEFOON|06-41982276]]
- z.n. medicatie gegeven: lorazepam 1 mg om 20:50 (vlg signaleringsplan fase rood)
- 21:15 cl. op eigen kamer (kamer 4), rustig, huilt. Vertelt dat moeder hem een mislukkeling noemde en dat zijn leefgeld van [[ORGANISATIE|Bewindvoering Merwezicht]] al op is.
- Geen letsel bij cl. of medebewoners. Politie niet nodig geweest.

Afspraken
- Nachtdienst ([[PERSOON|Ilse]]) loopt elk uur langs, deur op kier
- Morgen evaluatie met gedragsdeskundige en EVV [[PERSOON|Marloes Bakker-Stam]]
- MIC-melding ingevuld
- Moeder mw. [[PERSOON|Kooijman]] niet bellen voordat overleg met EVV heeft plaatsgevonden
- broodmessen voortaan in afgesloten la

Cl.nr. [[ID|40117263]]
/[[PERSOON|SK]]`,
  },
  {
    id: 'd7-a02',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d7a',
    knownNames: ['Mw. S.R. (Shanti) Ramdin'],
    text: `Verslag ambulante begeleiding
do [[DATUM|6 maart]] - huisbezoek 10.00-11.30, [[ADRES|Graaf Florisweg 63 bis]], [[PLAATS|Gouda]]
Aanwezig: cl., haar vriend [[PERSOON|Rodney]], begeleider [[PERSOON|L. Oudshoorn]]

Doelen uit begeleidingsplan:
1. financien op orde
2. dagstructuur
3. contact met woningcorporatie

Ad 1. Er ligt weer een stapel post. Samen geopend: aanmaning van [[ORGANISATIE|Stichting Woonkracht Gouwe]], huurachterstand 2 mnd (EUR 1.284,-). Bewindvoerder mw. [[PERSOON|Çelik]] van [[ORGANISATIE|Bewindkantoor De Goudse Waag]] gebeld ([[TELEFOON|0182-573914]]), zij regelt een betalingsregeling. Zorgtoeslag loopt via Belastingdienst, geen actie nodig. Cl. had bij de Action weer van alles gekocht "voor de gezelligheid", besproken.

Ad 2. Cl. gaat sinds [[DATUM|3 februari]] 3 ochtenden p/w naar dagbesteding bij [[ORGANISATIE|Kringloop De Tweede Kans]] in [[PLAATS|Waddinxveen]]. Vindt het best leuk, vooral achter de kassa staan. Op maandag vaak te laat ivm slecht slapen, ze zit dan tot 3 uur s nachts op haar telefoon.

Ad 3. Melding gedaan van schimmel in badkamer. Opzichter komt volgende week, cl. moet thuis zijn.

Vriend [[PERSOON|Rodney]] blijft steeds vaker slapen, cl. zegt zelf dat dat prima is. Aandachtspunt: hij zou geld van haar lenen. Cl. wil hier (nog) niet over praten, werd kortaf. Besproken met gedragskundige [[PERSOON|Aydın]], volgende keer voorzichtig terugkomen hierop.

Medicatie via baxterrol van de apotheek, innname lijkt goed (rol klopte).

Volgende afspraak: [[DATUM|20-3]] 10 uur.
[[PERSOON|LO]]`,
  },
  {
    id: 'd7-a03',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-d7a',
    text: `[[ORGANISATIE|Zeeuws Kustziekenhuis]] - afdeling Geriatrie/Traumatologie, locatie [[PLAATS|Vlissingen]]

Aan: dhr. [[PERSOON|J.P. Minderhoud]], huisarts
[[ORGANISATIE|Huisartsenpraktijk Oost-Souburg]]
[[ADRES|Kanaalstraat 21]]
[[POSTCODE|4388 BT]] [[PLAATS|Oost-Souburg]]

Betreft: [[PERSOON|Dekker-Huijsman, A.C.]]
Geb.datum: [[DATUM|17-08-1932]]
BSN: [[BSN|628194821]]
Patientnr.: [[ID|3309418]]
Opname: [[DATUM|2 januari 2025]] - ontslag [[DATUM|13 januari 2025]]

Geachte collega,

Uw patiente, een [[LEEFTIJD|92]]-jarige vrouw, werd opgenomen via de SEH na een val thuis in [[PLAATS|Koudekerke]]. Er bleek sprake van een mediale collumfractuur rechts. Op [[DATUM|3 jan]] werd een hemiartroplastiek verricht.

Beloop: postoperatief delier (DOS max. 6), behandeld met haloperidol 0,5 mg, inmiddels gestopt. Hb laagste 6,1 mmol/l, eenmalig 1 EC gegeven. Apixaban herstart op dag 2. Mobiliseert met looprek onder begeleiding fysiotherapie, transfers met hulp van 1.

Voorgeschiedenis: M. Parkinson (sinds 2018), hypertensie, cataract-operatie bdz.

Medicatie bij ontslag:
- Madopar 125 mg 4dd1
- Eliquis 2,5 mg 2dd1
- paracetamol 1000 mg 3dd1
- Movicolon 1dd1 sachet
- Calci-Chew D3 1dd1

Beleid:
- overplaatsing naar GRZ in [[ORGANISATIE|Zorgcentrum De Vlasschuur]] te [[PLAATS|Middelburg]] per [[DATUM|13-01]]
- hechtingen verwijderen op dag 14 ([[DATUM|17 januari]])
- controle poli orthopedie over 6 weken met X-bekken
- NR-beleid besproken met dochter mw. [[PERSOON|H. Dekker]] op [[DATUM|4-1-2025]]

Met collegiale groet,

drs. [[PERSOON|E.M. Vlieger-Louwerse]], klinisch geriater
BIG [[ID|59043217801]]
secretariaat geriatrie [[TELEFOON|0118-425 600]]`,
  },
  {
    id: 'd7-a04',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-d7a',
    text: `VERWIJSBRIEF

Van: [[ORGANISATIE|Gezondheidscentrum Merenwijk-Oost]], huisarts [[PERSOON|T. Hoogeveen]], AGB [[ID|01093466]]
Aan: geheugenpolikliniek [[ORGANISATIE|Ziekenhuis Oude Rijn]], t.a.v. [[PERSOON|N. Bouzid]], klinisch geriater
Datum: [[DATUM|18 september 2025]]

Betreft: mw. [[PERSOON|W. van der Zwaan-Hoogendoorn]], geb. [[DATUM|3 november 1938]]
[[ADRES|Zilverschoonlaan 40]], [[POSTCODE|2332 ks]] [[PLAATS|Leiden]]
BSN [[BSN|252760189]], tel. [[TELEFOON|071-5762218]]

Geachte collega,

Graag verwijs ik mw. voor analyse van geheugenklachten. Sinds de zomer vergeet zij afspraken en is zij 2x verdwaald in de [[PLAATS|Merenwijk]], waar ze al ruim 40 jaar woont. Zoon [[PERSOON|Marco]] (mantelzorger, [[TELEFOON|06 28 44 91 07]]) maakt zich zorgen: ze heeft twee keer de gaspit laten branden. Mw. zelf bagatelliseert.

MMSE bij POH-ouderen op [[DATUM|12/09]]: 21/30, kloktekentest afwijkend. GDS-15: 3, geen aanwijzingen voor depressie.
Lab: TSH, B12 en foliumzuur normaal, Hb 8,0, glucose nuchter 7,9.

Voorgeschiedenis: DM2, TIA (2019), hypertensie.
Medicatie: metformine 500 mg 2dd1, Ascal 80 mg 1dd1, amlodipine 5 mg 1dd1.
Zorg: [[ORGANISATIE|Thuiszorg Rijn en Duin]] komt 1x/dag voor medicatie.

Vraagstelling: is er sprake van dementie, en zo ja welk type? Graag ook uw advies over inzet van een casemanager.

Met vriendelijke groet,

[[PERSOON|T. Hoogeveen]], huisarts`,
  },
  {
    id: 'd7-a05',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-d7a',
    knownNames: ['Dhr. P. (Paweł) Wiśniewski'],
    text: `Consult [[DATUM|23.04.2025]] - spreekuur

S: 34 jr, werkt via uitzendbureau [[ORGANISATIE|FlexTuin Personeelsdiensten]] bij [[ORGANISATIE|Kwekerij Van Leeuwen-Zuiderduin]] in [[PLAATS|Honselersdijk]] (tomaten). Sinds 4 dgn pijn li pols na val van oogstkar op uitgestrekte hand. Collega [[PERSOON|Tomasz]] tolkt. Woont met 6 anderen in huis aan [[ADRES|Dijkweg 201-3]], [[PLAATS|Naaldwijk]]. Verzekerd via werkgever. Pijn VAS 7, vooral bij draaien. Paracetamol helpt weinig.

O: zwelling dorsaal li pols, drukpijn in tabatiere anatomique, ROM beperkt door pijn, vooral dorsaalflexie. Sensibiliteit intact, cap. refill < 2 sec. Geen wondjes.

E: verdenking scaphoidfractuur li.

P:
- onderarmspalk met duimstuk aangelegd
- verwijzing foto/SEH [[ORGANISATIE|Ziekenhuis Delfland]], vandaag nog
- ibuprofen 400 mg 3dd1 max 5 dgn
- niet werken met li hand tot uitslag, werkgever gebeld ([[TELEFOON|0174-638250]], planner [[PERSOON|Ria]]), arbo loopt via uitzendbureau
- controle na foto, z.n. eerder
[[PERSOON|jvdb]]`,
  },
  {
    id: 'd7-a06',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-d7a',
    knownNames: ['Mw. G. (Gerrie) Bontekoe-Vis'],
    text: `MDO psychogeriatrie - afdeling [[ORGANISATIE|De Tulp]], [[ORGANISATIE|Hof van Delfgauw]]
dinsdag [[DATUM|8 april 2025]], 13.30 uur

Aanwezig: SO [[PERSOON|H. Arslan]], EVV [[PERSOON|Femke Zuidgeest]], psycholoog [[PERSOON|R. de Groot]], fysio [[PERSOON|Bas]], dochter [[PERSOON|Ria Bontekoe]] (telefonisch)
Verslag: [[PERSOON|FZ]]

Mw. is [[LEEFTIJD|94]] jr, dementie type Alzheimer, woont hier sinds [[DATUM|nov. 2023]].

1. Gedrag
Onrust eind van de middag (sundowning), roept om haar moeder. NPI 24. Muziek helpt: liedjes van [[PERSOON|Willy Alberti]] via koptelefoon. Psycholoog stelt dagritme-kaart op.

2. Voeding
Gewicht 51,3 kg (was 54), BMI 19. Eet slecht aan de warme maaltijd, wel vis op vrijdag. Advies dietist: verrijkte toetjes, Nutridrink 2dd.

3. Mobiliteit
Gevallen op [[DATUM|19/3]] en [[DATUM|2/4]], geen letsel. Sensormat ligt er, heupbeschermers aan overdag. Fysio: loopt stabiel met rollator als ze rustig is.

4. Medicatie
Citalopram 10 mg ongewijzigd. Oxazepam sinds [[DATUM|1-3]] gestopt, afbouw goed verlopen.

5. Beleid
NR-beleid bevestigd. Dochter vraagt of mw. weer naar de zondagsdienst kan van de [[ORGANISATIE|Hervormde Gemeente Den Hoorn]]; vrijwilliger [[PERSOON|Gert-Jan]] wil haar met de rolstoelbus halen.

Afspraken
- dagritme-kaart: [[PERSOON|RdG]], voor volgend MDO
- gewicht 1x/wk: EVV
- kerkbezoek regelen: [[PERSOON|FZ]] met dochter
- volgend MDO over 3 mnd`,
  },
  {
    id: 'd7-a07',
    genre: 'email',
    setting: 'VVT',
    author: 'auteur-d7a',
    text: `Van: [[EMAIL|j.maljaars@zorgkringbeveland.nl]]
Aan: [[EMAIL|wijkteam.kapelle@thuiszorgdeschakel.nl]]
Cc: [[EMAIL|assistente@praktijkdeschorre.nl]]
Datum: ma [[DATUM|12 mei 2025]] 09:14
Onderwerp: dhr. [[PERSOON|Wattel]] - zorgen thuissituatie

Hoi [[PERSOON|Esther]],

Zoals telefonisch besproken even op de mail. Ik was vrijdag bij dhr. [[PERSOON|K. Wattel]] ([[LEEFTIJD|91]]) aan de [[ADRES|Smidsestraat 9]] in [[PLAATS|Wemeldinge]]. Echtgenote mw. [[PERSOON|Wattel-Dieleman]] houdt het niet meer vol: ze slaapt slecht, dhr. loopt s nachts rond en heeft vorige week de voordeur open laten staan. Dochter [[PERSOON|Corrie]] woont in [[PLAATS|Terneuzen]] en komt 1x p/w.

Mijn voorstel:
- zorg uitbreiden naar 2x daags (ochtend + avond), kun jij de indicatie herzien?
- aanvraag Wlz via CIZ, ik help mw. met het formulier
- logeeropvang bij [[ORGANISATIE|De Stelhoeve]] in [[PLAATS|Kapelle]], wachttijd ca. 3 wk
- dagbesteding uitbreiden van 2 naar 3 dagen bij [[ORGANISATIE|Ontmoetingscentrum 't Rondeel]]

Kan huisarts [[PERSOON|Sinke]] ook nog kijken naar de slaapmedicatie? Hij gebruikt nu temazepam 10 mg en dat lijkt eerder averechts te werken (meer verward in de ochtend).

Ik ben er di niet, daarna gewoon bereikbaar.

Groet,
[[PERSOON|Janneke Maljaars]]
Casemanager dementie
[[ORGANISATIE|Zorgkring Beveland]]
T [[TELEFOON|06-53827140]] (ma, wo, do)
[[URL|www.zorgkringbeveland.nl]]`,
  },
  {
    id: 'd7-a08',
    genre: 'overdracht',
    setting: 'ZKH',
    author: 'auteur-d7a',
    knownNames: ['Dhr. H. (Hüseyin) Kaya'],
    text: `SBAR overdracht vroege -> late dienst
Afd. longziekten B3, kamer 312 bed 2

S: Dhr. [[PERSOON|Kaya]], 67 jr, COPD GOLD 3 met exacerbatie. Vanochtend sat 86% met 2L O2, opgehoogd naar 3L, sat nu 91%. Benauwder bij mobiliseren naar toilet.

B: Opname [[DATUM|28-10]] via SEH, overgeplaatst van [[ORGANISATIE|ZMS]] locatie [[PLAATS|Sliedrecht]]. Prednison 30 mg dag 4, amoxicilline/clavulaanzuur iv dag 3. VG: DM2, CVA 2021 zonder restverschijnselen. Woont met echtgenote in [[PLAATS|Crabbehof]], 2e verdieping zonder lift.

A: RR 148/86, P 104, AF 24/min, T 37,9 °C. Bloedglucose 14,2 (prednison), insuline volgens schema gegeven. Intake matig, drinkt wel goed. Angstig bij benauwdheid, vraagt veel om bel.
Zoon [[PERSOON|Emre]] belde 11.30, wil arts spreken over ontslag, hij vindt dat vader niet naar huis kan.

R:
- zaalarts [[PERSOON|Pinas]] op de hoogte, bloedgas om 14.00
- fysio ([[PERSOON|Anouk]]) komt vanmiddag
- zoon terugbellen na visite: [[TELEFOON|06-19735502]]
- voor gesprek over ontslag tolkentelefoon Turks regelen, zoon vertaalt liever niet zelf
- let op sat en AF, bij sat < 88 zaalarts bellen

Overgedragen door [[PERSOON|mvl]] aan [[PERSOON|Jorien]]`,
  },
  {
    id: 'd7-a09',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-d7a',
    knownNames: ['Mw. J. (Jannetje) de Kam-Moens'],
    text: `[[DATUM|03-06-2025]] 07:45 - Mw. goed geslapen. Zelf gewassen aan wastafel, hulp bij rug en benen. Ontbijt 1 boterham met kaas, thee. Rode plek stuit cat. 1, Cavilon aangebracht, wisselligging doorgegeven. /[[PERSOON|AvdH]]

[[DATUM|03-06-2025]] 14:10 - Bezoek van kleinzoon [[PERSOON|Jurgen]] en zijn vriendin. Mw. opgewekt, vertelde over vroeger op de boerderij in [[PLAATS|Arnemuiden]]. Gewicht 48,2 kg. /[[PERSOON|sh]]

[[DATUM|03-06-2025]] 22:30 - Onrustig, wil naar huis, naar de [[ADRES|Langstraat 14]] (oude adres). Warme melk gegeven, daarna rustig gaan slapen. /[[PERSOON|ND]]

[[DATUM|4 juni]] 08:00 - Temp 38,4. Urine troebel en ruikt sterk. SO [[PERSOON|Boogaard]] gebeld, dipstick nitriet pos. Start nitrofurantoine 50 mg 4dd1 gedurende 5 dgn. Dochter mw. [[PERSOON|L. Kodde-de Kam]] ingelicht op [[TELEFOON|0118-614392]]. /[[PERSOON|AvdH]]

[[DATUM|4 juni]] 16:20 - Drinkt slecht, vochtlijst gestart, 850 ml tot nu. Mw. zegt: de bakker is vandaag niet geweest (bedoelt de broodkar). /[[PERSOON|Mirjam]]

[[DATUM|5/6]] 10:00 - Temp 37,2. Beter gedronken, 1400 ml gisteren. Eet weer een halve boterham meer. Vraagt of ze naar de zangmiddag in de grote zaal mag, dat is goed. /[[PERSOON|sh]]

[[DATUM|5/6]] 15:30 - Dochter belde: mw. wordt [[DATUM|12 juni]] [[LEEFTIJD|97]] jaar. Familie komt om 15 uur, taart wordt besteld bij [[ORGANISATIE|Bakkerij Van Dixhoorn]]. Activiteitenbegeleiding ingelicht voor versiering. /[[PERSOON|ND]]`,
  },
  {
    id: 'd7-a10',
    genre: 'crisis',
    setting: 'HA',
    author: 'auteur-d7a',
    knownNames: ['Dhr. Y. (Youssef) Amrani'],
    text: `HAP [[PLAATS|Gouda]] - tel. triage + visite, za [[DATUM|21 juni]] 02.10
Melder: zus mw. [[PERSOON|Naima Amrani]], [[TELEFOON|06-22039817]]

S: Broer [[PERSOON|Youssef]] (29 jr) heeft zich opgesloten in badkamer, appte zus om 01.45 "ik hou het niet meer vol, sorry". Bekend bij GGZ met depressie, behandelaar [[PERSOON|Verhulst]]. Woont alleen, [[ADRES|Karnemelksloot 77a]], [[PLAATS|Gouda]]. Vorige week ontslagen bij [[ORGANISATIE|Transportbedrijf Hoogendoorn & Zn.]]. Drinkt sindsdien veel.

O: Visite 02.40 samen met politie. Pt. opent na aanspreken de deur. Huilt, oppervlakkige snijwondjes li onderarm, geen actieve bloeding. Foetor alcoholicus. Bevestigt suicidale gedachten met plan: heeft ca. 20 tabl. paroxetine 20 mg en oxazepam verzameld. Geen eerdere poging. Wil hulp "als het maar niet opname is".

E: acute suicidaliteit bij bekende depressie, alcoholintoxicatie, automutilatie.

P:
- crisisdienst GGZ ingeschakeld, SPV [[PERSOON|K. Blom]] komt ca. 03.30 voor beoordeling
- alle medicatie meegenomen door zus
- wondjes gereinigd, steristrips
- zus blijft bij hem tot crisisdienst er is
- overdracht aan eigen HA [[ORGANISATIE|Huisartsenpraktijk Korte Akkeren]] ma ochtend

[[PERSOON|R. Baaijens]], waarnemend huisarts`,
  },
  {
    id: 'd7-a11',
    genre: 'soep',
    setting: 'VVT',
    author: 'auteur-d7a',
    knownNames: ['Dhr. L.C. (Leen) Hanse'],
    text: `SOEP - SO-visite [[DATUM|9 juli 2025]], [[ORGANISATIE|Woonzorgcentrum Havenzicht]] app. 2.14, [[PLAATS|Zierikzee]]

S: Verzorging ([[PERSOON|Marieke]]) meldt: sinds 2 dgn verward, slaapt overdag veel, eet nauwelijks. Dhr. zelf: niks aan de hand zuster. Geen pijn. Plassen gaat wel zegt hij. Laatste def. [[DATUM|6/7]].

O: [[LEEFTIJD|90]]-jarige man, suf maar wekbaar, niet georienteerd in tijd. RR 102/58 (gebruikelijk 140/80), P 96 irr., T 36,8, sat 94%. Droge slijmvliezen, huidturgor verminderd. Blaas palpabel tot halverwege navel, bladderscan 780 ml.

E: delier bij urineretentie en dehydratie. Bekend met BPH, AF.

P:
- verblijfskatheter geplaatst door vpk [[PERSOON|Jansen]], 820 ml helder
- furosemide tijdelijk stop, tamsulosine continueren
- vochtlijst, min. 1,5 l/dag
- lab morgen: Na, K, kreat, CRP
- DOS-lijst 3x/dag
- zoon [[PERSOON|Piet Hanse]] in [[PLAATS|Brouwershaven]] telefonisch ingelicht
- evaluatie vrijdag

drs. [[PERSOON|M.A. Kloet]], SO`,
  },
  {
    id: 'd7-a12',
    genre: 'email',
    setting: 'GHZ',
    author: 'auteur-d7a',
    text: `Van: [[PERSOON|Lotte van Duijn]] <[[EMAIL|l.vanduijn@duinroos-zorg.nl]]>
Verzonden: woensdag [[DATUM|24 september 2025]] 16:02
Aan: [[PERSOON|Arie Ouwehand]] <[[EMAIL|a.ouwehand@praktijkschoolhetbaken.nl]]>
Onderwerp: [[PERSOON|Jaylano]] - stage en vervoer

Beste [[PERSOON|Arie]],

Dank voor het fijne gesprek vorige week. Zoals afgesproken de punten op een rij:

1. Stage: [[PERSOON|Jaylano]] mag vanaf [[DATUM|6 oktober]] op maandag en donderdag meedraaien bij [[ORGANISATIE|Hoveniersbedrijf Guijt]] in [[PLAATS|Rijnsburg]]. Werkbegeleider daar is [[PERSOON|Sjaak]], [[TELEFOON|06-47150928]].
2. Vervoer: hij fietst zelf vanaf de woongroep aan de [[ADRES|Zeeweg 44-11]] in [[PLAATS|Katwijk aan Zee]]. We hebben de route 2x samen gefietst. Op regendagen pakt hij lijn 30.
3. Medicatie: hij gebruikt Concerta 36 mg, s ochtends bij ons ingenomen. Op school hoeft er niets gegeven te worden.
4. Moeder (mw. [[PERSOON|Martina]]) vroeg of zij de weekverslagjes van school ook kan krijgen. Graag naar [[EMAIL|martina.1984@hotmail.com]].

[[PERSOON|Jaylano]] vindt het spannend maar heeft er zin in. Hij vroeg of hij zijn pet op mag bij de hovenier :)

Hartelijke groet,

[[PERSOON|Lotte van Duijn]]
Persoonlijk begeleider, woongroep [[ORGANISATIE|De Branding]]
[[ORGANISATIE|Stichting Duinroos]] | [[PLAATS|Katwijk]]
Bereikbaar ma t/m do, [[TELEFOON|071 - 408 22 91]]`,
  },
];
