import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h2-001',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-h2',
    knownNames: ['Dhr. S. (Sieds) Hoekstra'],
    text: `Crisisbeoordeling - crisisdienst [[ORGANISATIE|GGZ Drentsche Aa]]
Aanmelding vr [[DATUM|14 maart]] 23:10, via meldkamer politie

Aanleiding: agenten [[PERSOON|Mulder]] en [[PERSOON|Oosting]] troffen dhr. aan op het bovenste dek van de parkeergarage achter het station in [[PLAATS|Assen]]. Hij stond volgens omstanders al geruime tijd bij de rand. Zonder verzet meegegaan naar het bureau; daar door ondergetekende en dienstdoend psychiater dr. [[PERSOON|Kuipers]] gezien om 00:15.

Voorgeschiedenis: bekend bij het FACT-team sinds 2019, casemanager [[PERSOON|Jolanda Brink]]. Recidiverende depressieve stoornis, alcoholgebruik (in remissie tot vorig jaar). Eén eerdere opname in 2021.

Beoordeling: 34-jarige man, onverzorgd, ruikt naar alcohol (blaastest politie 0,6 promille). Contact matig, oogcontact wisselend. Stemming somber, affect vlak. Verwoordt doodsgedachten ("het hoeft voor mij allemaal niet meer"), ontkent een concreet plan en zegt op de garage "alleen te willen nadenken". Geen aanwijzingen voor psychotische belevingen. Beschermend: dochter van 7, band met zus, wil morgen zijn casemanager zien.

Heteroanamnese: zus [[PERSOON|Anneke Hoekstra]] telefonisch gesproken ([[TELEFOON|06-41873390]]). Zij vertelt dat hij sinds de scheiding alleen woont op de [[ADRES|Egelstraat 17-a]] en de laatste weken nauwelijks buiten komt. Zij is bereid hem vannacht op te vangen op haar adres, [[ADRES|Sluisweg 3]] in [[PLAATS|Rolde]].

Conclusie: verhoogd suïciderisico, op dit moment geen indicatie voor een crisismaatregel (Wvggz). Dhr. kan afspraken maken en nakomen.

Plan:
- dhr. gaat met zus mee, zij haalt hem op bij het bureau;
- afspraak casemanager ma [[DATUM|17-3]] 10:00, [[PERSOON|Brink]] is per mail geïnformeerd;
- signaleringsplan doorgenomen, crisiskaart meegegeven; bij escalatie 112 of via de huisartsenpost.

[[PERSOON|M. Wierenga]], SPV crisisdienst
i.o.m. dr. [[PERSOON|R. Kuipers]], psychiater`,
  },
  {
    id: 'h2-002',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-h2',
    knownNames: ['Dhr. R.J. (Rick) Nijhuis'],
    text: `Begeleidingsverslag week 11 - woongroep [[ORGANISATIE|De Esrand]]

ma [[DATUM|10/3]]: [[PERSOON|ricky]] goed gestart, om 8:15 met de taxi naar [[ORGANISATIE|Zorgboerderij 't Hofstee]]. Terug om 15:30, moe maar tevreden. Heeft volgens [[PERSOON|Henk]] van de boerderij de hele middag de kalveren geholpen voeren. /[[PERSOON|IvD]]

di [[DATUM|11/3]]: onrustig bij het ontbijt, gooide zijn beker om toen [[PERSOON|Fatma]] (medebewoner) op "zijn" stoel zat. Time-out op eigen kamer, na 10 min. zelf teruggekomen en sorry gezegd tegen [[PERSOON|Fatma]]. Rest van de dag rustig, 's avonds samen met [[PERSOON|Bart]] (stagiair) voetbal gekeken. - [[PERSOON|jk]]

wo [[DATUM|12/3]]: bezoek moeder, mw. [[PERSOON|Nijhuis-Lansink]]. Ze vraagt of [[PERSOON|Rick]] met Pasen naar huis in [[PLAATS|Borne]] mag. Uitgelegd dat dit via de pb'er [[PERSOON|Ilse]] loopt. Moeder is bezorgd over zijn gewicht (96 kg, was 91 in januari-meting). Afgesproken dat we het toetje 's avonds vervangen door fruit. /[[PERSOON|IvD]]

do: 19:40 epileptische aanval, tonisch-clonisch, duur ca. 2 min. Buccolam niet nodig geweest. Na afloop slaperig, op bed gelegd, 2x per uur gekeken. Arts VG dr. [[PERSOON|Scholten]] gebeld via de dienstlijn [[TELEFOON|074-2558130]], geen actie, aanvalsregistratie bijgewerkt. - [[PERSOON|Mehmet]]

vr [[DATUM|14-03]]: gesprek pb [[PERSOON|Ilse van Dijk]] met [[PERSOON|Rick]] over Pasen. Hij wil graag naar huis "bij mama en de hond". Afspraak: vader [[PERSOON|Gerrit]] haalt hem za [[DATUM|19 april]] op en brengt hem ma [[DATUM|21 april]] terug vóór de dagbesteding. Medicatie (Depakine chrono, Keppra) in weekzakje mee. /[[PERSOON|IvD]]`,
  },
  {
    id: 'h2-003',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h2',
    text: `[[ORGANISATIE|Ziekenhuis Reestdal]]
Interne Geneeskunde - Ouderengeneeskunde, afd. 3 Oost
[[ADRES|Reestlaan 40]], [[POSTCODE|7908 AK]] [[PLAATS|Hoogeveen]]

Aan: huisarts [[PERSOON|A.J. Zwiers]], [[ORGANISATIE|Huisartsenpraktijk Pesse]]

Betreft: mw. [[PERSOON|H. Bruins-Kleine]], geb. [[DATUM|03-08-1931]] ([[LEEFTIJD|93]] jaar)
Adres: [[ADRES|Brinkstraat 6-b]], [[POSTCODE|7933pb]] [[PLAATS|Pesse]]
BSN: [[BSN|783001630]] - patiëntnummer [[ID|4417890]]
Opname: [[DATUM|24-02-2025]]   Ontslag: [[DATUM|06-03-2025]]

Geachte collega,

Uw patiënte werd opgenomen op onze afdeling wegens decompensatio cordis bij bekend atriumfibrilleren.

Voorgeschiedenis
- 2014 hypertensie
- 2018 M. Kahler (IgG-kappa), beleid watchful waiting bij hematoloog
- 2022 atriumfibrilleren, destijds gestart met Marcoumar
- artrose beide knieën

Beloop
Na intraveneuze diurese (furosemide) daalde het gewicht van 64,8 naar 60,1 kg, met duidelijke afname van de oedemen en de orthopneu. Echo cor liet een LVEF van ca. 45% zien. In overleg met patiënte en dochter [[PERSOON|Gea]] is de Marcoumar omgezet naar apixaban vanwege wisselende INR-waarden. Mobiliteit bij ontslag: loopt met rollator, Barthel 15/20. Er is een NR-verklaring, deze is op [[DATUM|25/2]] opnieuw bevestigd en staat in het dossier.

Medicatie bij ontslag
- furosemide 40 mg 1dd1 (was 20 mg)
- metoprolol (Selokeen ZOC) 50 mg 1dd1
- apixaban (Eliquis) 2,5 mg 2dd1 - nieuw
- Calcichew D3 1dd1
Gestopt: fenprocoumon (Marcoumar).

Beleid
- dagelijks wegen door [[ORGANISATIE|Wijkzorg Het Reestland]]; bij toename van meer dan 2 kg in 3 dagen graag contact met u of met ons;
- lab (Na, K, kreatinine) over 1 week bij u;
- poli cardiologie over 6 weken, dr. [[PERSOON|Lanting]].

Met collegiale groet,

[[PERSOON|L.M. Kamphuis]], arts-assistent interne geneeskunde
namens dr. [[PERSOON|P. Ensing]], internist ouderengeneeskunde, BIG [[ID|19054823201]]
Secretariaat [[TELEFOON|0528-286400]], toestel [[ID|6431]]`,
  },
  {
    id: 'h2-004',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h2',
    knownNames: ['Dhr. T. de Boer'],
    text: `[[DATUM|12-03]] consult /[[PERSOON|AZ]]
S/ 3 dgn hoesten, groen slijm, sinds gisteren koorts. Vrouw [[PERSOON|Sietske]] belde gisteren al ivm benauwdheid 's nachts. Ex-roker, 30 py. COPD GOLD 2.
O/ matig ziek, AF 22/min, sat 92% ko, pols 104 reg, T 38,4 °C. Ausc: crepitaties re basaal, verlengd exp.
E/ pneumonie re onderkwab bij COPD, CURB-65 1
P/ amoxicilline 500 mg 3dd1 7 dgn, prednisolon 40 mg 5 dgn. Herbeoordeling vr of eerder bij verslechtering, vangnet uitgelegd aan dhr. en echtgenote. Info naar POH [[PERSOON|Wendy]] tbv COPD-controle over 4 wkn.`,
  },
  {
    id: 'h2-005',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-h2',
    knownNames: ['Mw. C. Verhoeff-Bakker'],
    text: `Verslag MDO - [[ORGANISATIE|Woonzorgcentrum Maasoever]], [[PLAATS|Rotterdam-IJsselmonde]], afd. 2 Noord
Datum: [[DATUM|6 maart 2025]]
Cliënt: mw. [[PERSOON|C. Verhoeff-Bakker]] ([[LEEFTIJD|91]])

Aanwezig: [[PERSOON|E. Boukhari]] (specialist ouderengeneeskunde, [[PERSOON|EB]]), [[PERSOON|M. de Groot]] (EVV, [[PERSOON|MdG]]), [[PERSOON|S. Pinas]] (psycholoog, [[PERSOON|SP]]), [[PERSOON|R. Tahiri]] (fysiotherapeut, [[PERSOON|RT]]), dochter [[PERSOON|Lia Verhoeff]] (eerste contactpersoon)
Afwezig m.k.: [[PERSOON|J. van Wijngaarden]] (ergotherapeut)

1. Gedrag
Sinds begin februari meer onrust in de avond, roept dan om haar moeder en wil "naar huis, naar de Lusthofstraat". NPI-NH 24 (was 14 in november). Dochter herkent dit: mw. was vroeger ook 's avonds onrustig toen vader op de boot zat. [[PERSOON|SP]] ziet geen aanwijzing voor delier, wel een duidelijke samenhang met de drukte bij de dienstwissel.
Besluit: eerst niet-medicamenteus; vaste begeleider bij de overdracht, muziek van vroeger (levenslied, smartlappen) via de tablet.

2. Mobiliteit en vallen
Twee valincidenten, op [[DATUM|13/2]] en [[DATUM|27/2]], beide 's nachts bij het zelf opstaan. Geen letsel. [[PERSOON|RT]]: loopt overdag veilig met rollator, 's nachts versuft. Sensormat ligt er sinds [[DATUM|28-2]].
Besluit: heupbeschermers aanvragen, nachtelijke toiletronde om 02:00.

3. Voeding
Gewicht 51,3 kg, stabiel t.o.v. januari. SNAQ-RC groen. Geen actie.

4. Behandelbeleid
NR-beleid en niet-insturen naar het ziekenhuis bevestigd met dochter. Bij pneumonie wel antibiotica.

Actiepunten
- ABC-registratie avond, 2 weken - [[PERSOON|MdG]], evaluatie [[DATUM|20-3]]
- medicatiereview (oxazepam zo nodig staken?) - [[PERSOON|EB]], vóór [[DATUM|13/3]]
- heupbeschermers via hulpmiddelenpool - [[PERSOON|RT]]
- muzieklijst samenstellen met dochter - [[PERSOON|Lia]] / [[PERSOON|MdG]]

Volgend MDO: [[DATUM|5 juni]], 14:00.
Verslag: [[PERSOON|MdG]]`,
  },
  {
    id: 'h2-006',
    genre: 'email',
    setting: 'wijk',
    author: 'auteur-h2',
    text: `Van: [[PERSOON|Karin Lubbers]] <[[EMAIL|k.lubbers@wijkzorgtwenterand.nl]]>
Verzonden: dinsdag [[DATUM|4 maart 2025]] 16:42
Aan: [[PERSOON|Sanne Kroeze]] <[[EMAIL|poh@praktijkdenham.nl]]>
Onderwerp: RE: dhr. [[PERSOON|Oude Luttikhuis]], insuline

Hoi [[PERSOON|Sanne]],

Vanmorgen bij dhr. geweest. De sensor (Freestyle Libre) laat 's avonds waarden rond de 16-18 zien, vooral na het avondeten. Hij vertelt dat zijn schoonzoon op zondag altijd gebak meeneemt en dat hij "dan maar een paar eenheden NovoRapid extra" spuit, zonder het op te schrijven. Ik heb het schrift met hem doorgenomen en hij gaat het weer bijhouden.

Wil jij de dosering Tresiba met dokter [[PERSOON|Ter Horst]] bespreken? Wij komen donderdag weer, dan kan ik het meteen aanpassen in de toedienlijst.

Met vriendelijke groet,

[[PERSOON|Karin Lubbers]]
Wijkverpleegkundige, team [[PLAATS|Vroomshoop]]
[[ORGANISATIE|Wijkzorg Twenterand]]
[[TELEFOON|06-22917405]] (ma, di, do)

-----Oorspronkelijk bericht-----
Van: [[PERSOON|Sanne Kroeze]]
Verzonden: maandag [[DATUM|3 maart 2025]] 11:05
Aan: [[PERSOON|Lubbers, K.]]
Onderwerp: dhr. [[PERSOON|Oude Luttikhuis]], insuline

Hoi [[PERSOON|Karin]],

Dhr. [[PERSOON|G. Oude Luttikhuis]] (geb. [[DATUM|17-11-1948]], [[ADRES|Schoolstraat 9]], [[PLAATS|Den Ham]]) had vorige week een HbA1c van 71. Ik zag in jullie rapportage dat de avondwaarden hoog zijn. Kunnen jullie de komende dagen de sensor uitlezen en kijken wat er speelt?

Groet,
[[PERSOON|Sanne Kroeze]]
POH-S [[ORGANISATIE|Huisartsenpraktijk Den Ham]]
[[TELEFOON|0546-671290]], toestel [[ID|213]]`,
  },
  {
    id: 'h2-007',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-h2',
    knownNames: ['Mw. A. (Aaltje) Meijering-Dijkstra'],
    text: `[[DATUM|08-03]] 07:30 Mw. onrustig geslapen, 3x gebeld voor het toilet. Tena Slip nat, huid stuit intact, Cavilon aangebracht. Ontbijt goed gegeten. /[[PERSOON|GdJ]]

[[DATUM|08-03]] 14:10 Dochter [[PERSOON|Tineke]] op bezoek geweest, samen met de rolstoel door de tuin. Mw. vertelde trots dat ze volgende maand [[LEEFTIJD|97]] wordt, "en dan ben ik de oudste van heel [[PLAATS|Marum]]". Later in de middag wat warm aanvoelend, temp. gemeten: 37,9 °C. Drinkt goed, plast geurloos. Avonddienst gevraagd opnieuw te meten. /[[PERSOON|ab]]

[[DATUM|08-03]] 21:30 Temp 37,4. Mw. praat veel over haar man [[PERSOON|Hindrik]], die visser was op het Lauwersmeer. Rustig naar bed. - [[PERSOON|Jelle]]

[[DATUM|9 mrt]] 03:15 Mw. zat op de rand van het bed, wilde "de koeien melken". Gerustgesteld, drinken gegeven, daarna weer geslapen. - [[PERSOON|Jelle]]

[[DATUM|9 mrt]] 10:45 Huisarts [[PERSOON|Hiemstra]] teruggebeld ivm temperatuur en nachtelijke onrust. Urine gestickt: leuco's ++, nitriet +. Start nitrofurantoïne 50 mg 4dd1, 5 dagen, via [[ORGANISATIE|Apotheek De Wâlden]] vóór 16:00 bezorgd. Dochter geïnformeerd op [[TELEFOON|06-50391184]]. /[[PERSOON|GdJ]]

[[DATUM|10-3]] 08:00 Mw. [[PERSOON|Meijering]] helderder dan gisteren, wist de naam van de verzorgende weer ("jij bent [[PERSOON|Gerda]], toch?"). Eerste dosis om 08:00 gegeven. /[[PERSOON|R.S.]]`,
  },
  {
    id: 'h2-008',
    genre: 'overdracht',
    setting: 'ZKH',
    author: 'auteur-h2',
    knownNames: ['Dhr. J.H. Schuurman'],
    text: `SBAR-overdracht chirurgie, afd. 5 West - [[DATUM|11-3-2025]], 18:30
Van: [[PERSOON|Lotte]] (dagdienst) aan: [[PERSOON|Kees]] (avonddienst)

S - Dhr. [[PERSOON|Schuurman]], 78 jr, kamer 14 bed 2. Dag 2 na hemicolectomie rechts. Sinds 16:00 toenemende buikpijn (NRS 7), T 38,6 °C, pols 112, RR 104/62. MEWS 4.

B - Coloncarcinoom, laparoscopische hemicolectomie op [[DATUM|9/3]]. DM2 (metformine, nu op glucoseprotocol), atriumfibrilleren, Marcoumar preoperatief gestaakt, nu fraxiparine profylactisch. Verder zelfstandig thuis met echtgenote.

A - Verdenking naadlekkage. Buik gespannen, drukpijn diffuus. Drain productie troebel, 80 ml sinds 14:00.

R - Arts-assistent [[PERSOON|Bouma]] om 17:50 gebeld (sein [[ID|7712]]), komt zo. Lab (CRP, leuco's, lactaat) afgenomen, kweken afgenomen. Chirurg van dienst dr. [[PERSOON|Aydın]] is op de hoogte, CT-abdomen aangevraagd. NPO vanaf 17:45. Echtgenote mw. [[PERSOON|Schuurman-Wolters]] om 18:10 gebeld op [[TELEFOON|0591-612480]], zij komt vanavond met zoon [[PERSOON|Erik]].
Graag elk uur MEWS, bij MEWS 5 of hoger direct [[PERSOON|Bouma]] bellen.

/[[PERSOON|LvdB]]`,
  },
  {
    id: 'h2-009',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-h2',
    text: `[[ORGANISATIE|Huisartsenpraktijk Het Kanaal]]
[[ADRES|Hoofdkade 112-a]], [[POSTCODE|9503 HM]] [[PLAATS|Stadskanaal]]
Tel. [[TELEFOON|0599-615533]] - AGB-code [[ID|01054321]]

Aan: Geheugenpolikliniek, [[ORGANISATIE|Ziekenhuis Veenkoloniën]]
t.a.v. dr. [[PERSOON|M. Smit]], klinisch geriater

[[PLAATS|Stadskanaal]], [[DATUM|19 februari 2025]]

Betreft: dhr. [[PERSOON|Pieter Jan Bos]] (roepnaam [[PERSOON|Piet]]), geb. [[DATUM|02-05-1942]]
[[ADRES|Pekelderweg 31]], [[POSTCODE|9501 GA]] [[PLAATS|Stadskanaal]]
BSN [[BSN|280 044 045]]

Geachte collega,

Graag verwijs ik bovengenoemde patiënt naar uw polikliniek voor analyse van geheugenklachten.

Dhr. is 82 jaar en woont met zijn echtgenote [[PERSOON|Grietje]] in een eengezinswoning. Zij merkt sinds ongeveer een jaar dat hij dingen vergeet: afspraken, of hij al heeft gegeten, de weg terug van de bakker. Vorige maand is hij met de auto verdwaald en door de politie in [[PLAATS|Musselkanaal]] thuisgebracht. Dhr. zelf bagatelliseert ("dat heeft iedereen op mijn leeftijd").

Bij onderzoek op het spreekuur: MMSE 22/30 (punten verloren op oriëntatie en recall), kloktekentest afwijkend. Lab (Hb, TSH, B12, foliumzuur, glucose, nierfunctie) zonder afwijkingen. Geen focale neurologische uitval.

Voorgeschiedenis: hypertensie, TIA in 2017, M. Dupuytren beide handen.
Medicatie: amlodipine 5 mg 1dd1, clopidogrel 75 mg 1dd1, atorvastatine 40 mg 1dd1.

Vraagstelling: is er sprake van een dementieel syndroom en zo ja, welk type? Ook graag advies over de rijgeschiktheid; ik heb dhr. geadviseerd voorlopig niet te rijden.

Echtgenote gaat mee naar de afspraak, bereikbaar op [[TELEFOON|06-13570824]].

Met collegiale groet,

[[PERSOON|F. Hofstee]], huisarts`,
  },
  {
    id: 'h2-010',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-h2',
    knownNames: ['Dhr. A. (Anouar) El Idrissi'],
    text: `[[DATUM|22/2]] 02:40 tel. contact met moeder [[PERSOON|Yasmina]] ([[TELEFOON|06 18 27 44 09]]). Zoon [[PERSOON|Anouar]] (19) slaapt sinds 2 nachten niet, praat over "berichten via de tv" en heeft de wifi-router uit de muur getrokken. Geen agressie naar personen, wel deur ingetrapt van de slaapkamer van broer [[PERSOON|Bilal]]. Wijkagent ([[PLAATS|Delfshaven]]) is eerder vannacht langs geweest, geen aanhouding.
Besluit: beoordeling thuis door [[PERSOON|Lisanne]] (SPV) + dr. [[PERSOON|Vos]], aankomst ca. 03:30. Adres [[ADRES|Zwanenburgstraat 18b]], 3e etage, bel werkt niet, moeder doet open.
03:50 aanvulling: zie beoordelingsformulier. Vrijwillige opname HIC [[ORGANISATIE|Kliniek Maasboulevard]], vervoer door broer. /[[PERSOON|LK]]`,
  },
  {
    id: 'h2-011',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h2',
    knownNames: ['Mw. J. Pruim'],
    text: `[[DATUM|3/3]] TC dochter [[PERSOON|Jannie]]: mw. ([[LEEFTIJD|98]]) is afgelopen wk 2x gevallen, eet slecht, verzoek visite. E/ valneiging eci. P/ visite morgen na spreekuur, dochter aanwezig. - [[PERSOON|dH]]`,
  },
  {
    id: 'h2-012',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-h2',
    knownNames: ['Mw. N. (Nienke) Hulshof'],
    text: `Dagbesteding [[ORGANISATIE|Atelier De Kolk]] - do [[DATUM|6 maart]]
[[PERSOON|nienke]] kwam vrolijk binnen, had haar nieuwe bril op. Ochtend gewerkt aan de vilt-opdracht voor de kaarsenverkoop. Na de pauze werd het haar te druk toen de groep van [[PERSOON|Willeke]] binnenkwam; samen met [[PERSOON|Tom]] even naar de stilteruimte, daarna weer rustig. Bus naar huis iets te laat (15:50), mentor mevr. [[PERSOON|Ten Have]] gebeld dat ze later thuis is.`,
  },
];
