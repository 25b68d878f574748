import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h3-a01',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-h3a',
    knownNames: ['Mw. S. (Sjoukje) Wijbenga-Hoekstra'],
    text: `[[DATUM|14-03]] 06:50 nachtrapportage
Mw. onrustig vanaf ca 02:30, op de gang aangetroffen met jas en pantoffels aan. Zei dat ze de koeien moest melken want [[PERSOON|Durk]] was al naar het land ([[PERSOON|Durk]] = overleden echtgenoot, zie levensverhaal). Rustig meegelopen naar kamer 12, in het Fries tegen haar gepraat, dat helpt echt. Warme melk gegeven, daarna geslapen tot 06:00. Inco nat, verschoond, huid stuit intact. Geen val.
/[[PERSOON|aw]]

[[DATUM|14-03]] 13:40
Ontbijt 1 snee met suiker en halve beker thee. Ochtend in de huiskamer veel gezocht naar "de tas", pakte 2x de tas van mw. [[PERSOON|Tjoelker]] (k. 9), dat gaf onenigheid. Afgeleid met het fotoboek, vertelde honderduit over het skûtsjesilen in [[PERSOON|Durk]] zijn tijd en over de boerderij bij [[PLAATS|Grou]]. Daarna rustiger.
Dochter [[PERSOON|Geeske]] belde om 11:00: vraagt of mem op zaterdag [[DATUM|18 maart]] mee kan naar de verjaardag van haar zus in [[PLAATS|Akkrum]] (zus wordt [[LEEFTIJD|94]], mw. zelf is [[LEEFTIJD|91]]). Gezegd dat we dit met EVV'er [[PERSOON|Baukje Sikkema]] en de SO bespreken ivm de toegenomen onrust in de avond. [[PERSOON|Geeske]] wil teruggebeld worden op [[TELEFOON|06-41873320]], liefst na 17:00.
Gewicht 54,2 kg (vorige mnd 55,0). Vochtlijst loopt.
[[PERSOON|Hiltsje]] (VIG)

[[DATUM|14-03]] 22:10
Avond redelijk rustig. Om 20:00 met hulp naar bed, te moe voor douchen, morgen alsnog. Oxazepam zn niet nodig gehad. Sensormat staat aan.
- [[PERSOON|rvdm]]`,
  },
  {
    id: 'h3-a02',
    genre: 'rapportage',
    setting: 'wijk',
    author: 'auteur-h3a',
    knownNames: ['Dhr. J.H. Hilbrands'],
    text: `ma [[DATUM|6 mei]] 08:10 ochtendzorg
Dhr zat al aan tafel, had zelf koffie gezet. Steunkousen aangetrokken (AD kl 2). Li onderbeen rood, warm en iets gezwollen, dhr zegt "dat komt van het lopen". Is gisteren met de rollator naar de Coop in het dorp geweest, volgens dochter veel te ver. T 37,4. Gevraagd been hoog te leggen, morgen opnieuw beoordelen. Bij toename HA bellen.
-[[PERSOON|marleen]]

di [[DATUM|7 mei]] 08:25
Roodheid uitgebreid tot boven de enkel, grens afgetekend met pen. T 38,1, pols 96. Dhr voelt zich "niet lekker", weinig gegeten. [[ORGANISATIE|Huisartsenpraktijk De Esch]] gebeld, assistente [[PERSOON|Ineke]] overlegt met dr. [[PERSOON|Lubbers]]. Dhr wil beslist niet naar [[ORGANISATIE|Ziekenhuis Bosrand]] in [[PLAATS|Assen]] ("daar kom ik niet meer uit").
12:50 dr [[PERSOON|Lubbers]] op visite geweest: erysipelas li onderbeen. Start flucloxacilline 500 mg 4dd, 10 dagen. [[ORGANISATIE|Apotheek Beilen-Centrum]] bezorgt vanmiddag, wordt in de baxterrol erbij gedaan? Nee, losse strip, staat op aftekenlijst. Extra avondbezoek ingepland voor 4e gift.
Dochter [[PERSOON|Anneke]] ingelicht, [[TELEFOON|06 2914 7736]]. Zij komt vanavond langs vanuit [[PLAATS|Hoogeveen]].
/[[PERSOON|MJ]]

wo [[DATUM|8 mei]] 08:05
Alle 4 giften ingenomen, afgetekend. T 37,6. Roodheid binnen de pennenstreep. Dhr at 2 beschuiten. Been hoog op de poef. Kousen vandaag niet aan ivm pijn, overleg HA of dat zo kan -> volgens assistente ja, tot roodheid minder is.
[[PERSOON|Siebe]] (VP)`,
  },
  {
    id: 'h3-a03',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-h3a',
    knownNames: ['Dhr. W. (Wubbo) Oosterhof'],
    text: `[[DATUM|2/11]] 15:20 Dhr gevallen in badkamer k. 3.14, gevonden door fysio [[PERSOON|Remco]]. Geen zichtbaar letsel, wel pijn re heup bij belasten, beenlengte gelijk, geen exorotatie. SO [[PERSOON|Kuipers]] gebeld via tst. [[ID|2231]], komt na 16:00 kijken. MIC ingevuld. Zoon [[PERSOON|Harm]] gebeld, voicemail ingesproken.
- [[PERSOON|TdB]]`,
  },
  {
    id: 'h3-a04',
    genre: 'overdracht',
    setting: 'VVT',
    author: 'auteur-h3a',
    text: `OVERDRACHT AVOND -> NACHT   za [[DATUM|21-09]]
[[ORGANISATIE|Zorgcentrum Nij Warlân]], afd. 2 Oost (somatiek)

k.201 mw. [[PERSOON|Zijlstra]] ([[LEEFTIJD|96]]) - palliatief, NR. Morfine sc pomp 20 mg/24u, pomp loopt goed, check om 02:00 en 05:00. Mondzorg 2-uurlijks. Dochter [[PERSOON|Trijntje]] blijft slapen op het logeerbed, zij wil gewekt worden bij verandering. Ademhaling sinds 21:00 onregelmatig.
k.204 dhr. [[PERSOON|Boukhari]] - DM2, BG 22:00 was 4,1 -> extra boterham met kaas gegeven. Volgende BG 03:00. Als < 4: protocol hypo, SO bellen.
k.207 mw. [[PERSOON|Kowalska]] (81) - NIEUW vandaag, overgeplaatst vanuit [[ORGANISATIE|Ziekenhuis Wâldsicht]] na CVA li. Slikt slecht: alles dik vloeibaar, ook medicatie fijnmaken in vla. Spreekt Pools en wat Duits, zoon [[PERSOON|Piotr]] tolkt, nr staat in ECD. Hoog valrisico, bed laag + mat.
k.210 dhr. [[PERSOON|de Vries]] ("[[PERSOON|Sjoerd]]") - katheter gelekt, nieuwe zak aangesloten, blaasspoelen niet nodig. Wil om 23:00 nog thee.
k.212 mw. [[PERSOON|Hofstra-Veenstra]] - had vanavond pijn op de borst, 15 min, vanzelf over. Pols 88 reg, RR 142/80. SO [[PERSOON|T. Rienstra]] op de hoogte, bij herhaling direct bellen: [[TELEFOON|0512-588410]].

Rest rustig. Verpleegkundige bereikbaarheid: [[PERSOON|Jelle]] van 3 West, tst [[ID|4417]].
Avond: [[PERSOON|Nadia]] / [[PERSOON|jelle]] -- Nacht: [[PERSOON|Wytske]]`,
  },
  {
    id: 'h3-a05',
    genre: 'overdracht',
    setting: 'wijk',
    author: 'auteur-h3a',
    knownNames: ['Mw. F. Bolhuis-Ubbens'],
    text: `Overdracht weekend [[DATUM|11 en 12 januari]] - wijkteam Oost

Mw woont alleen, [[ADRES|Hunzeborgweg 37-a]], [[POSTCODE|9721 BT]] [[PLAATS|Groningen]] (bovenwoning, trap met leuning aan 1 kant!). Sleutel in kluisje naast de voordeur, code staat in ECD onder 'woning'.

Zorg: 3x per dag. Ochtend: wassen aan de wastafel, steunkousen, insuline Novorapid volgens schema + Tresiba 14 E. Middag: BG-controle en medicatie. Avond: kousen uit, wond.
Wond: ulcus cruris re mediaal, 3x4 cm, beslag geel, exsudaat matig. Reinigen met kraanwater, Aquacel Ag + Mepilex, zwachtelen (korte rek). Foto maken zaterdag voor de wondverpleegkundige ([[PERSOON|Esther Wubs]]), zij komt di [[DATUM|14-1]] weer.

Let op:
- mw was vrijdag verward, wist niet welke dag het was, BG 17,8. Urine stonk. HA [[PERSOON|Ubbink]] heeft urinekweek gestuurd, uitslag maandag. Bij koorts of toename verwardheid de huisartsenpost bellen.
- zoon [[PERSOON|Bert]] komt zaterdag boodschappen doen, hij wil graag even gebeld worden na de ochtendzorg: [[TELEFOON|06-38291054]].
- buurvrouw mw. [[PERSOON|Tammeling]] (nr 35) heeft een reservesleutel en kijkt 's avonds even om het hoekje.
- mw. heeft een hekel aan de nieuwe steunkousen, blijf het wel proberen.

Vr. gr. [[PERSOON|Lotte]] (wijkverpleegkundige) / [[PERSOON|LvK]]`,
  },
  {
    id: 'h3-a06',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-h3a',
    knownNames: ['Dhr. H. (Hendrik) Seubring'],
    text: `MDO-verslag [[DATUM|29-08-2023]]
Locatie: [[ORGANISATIE|Woonzorgcentrum Esdorp]], [[PLAATS|Zuidlaren]], kleinschalig wonen PG, huis 3
Aanwezig: dr. [[PERSOON|A. Mulder]], specialist ouderengeneeskunde; [[PERSOON|J. Koops]], psycholoog; [[PERSOON|Roelie Hofsteenge]], EVV; [[PERSOON|Ilse]] (ergotherapie); dochter [[PERSOON|Hennie Brouwer-Seubring]] (telefonisch)
Afwezig: fysio [[PERSOON|Kevin]]

1. Algemeen
Dhr. [[PERSOON|Seubring]], 84 jr, sinds 8 maanden bij ons. Vasculaire dementie en ziekte van Parkinson. Zorgprofiel VV-5. Wilsonbekwaam t.a.v. zorg, dochter is mentor.

2. Gedrag / welbevinden
Veel roepen in de namiddag, vooral tussen 16:00 en 18:00. Pakt medebewoners bij de arm. Volgens [[PERSOON|Roelie]] helpt het als hij om 15:30 een taak krijgt (theedoeken vouwen, "net as vroeger in de schuur"). Psycholoog stelt gedragsanalyse (ABC) voor, 2 weken turven.
Haloperidol 0,5 mg a.n. loopt sinds [[DATUM|3 juli]]; afspraak was evaluatie na 6 wkn. Advies SO: afbouwen, stoppen per [[DATUM|12 september]], onder observatie.

3. Mobiliteit / vallen
2x gevallen in augustus ([[DATUM|9/8]] en [[DATUM|22/8]]), beide 's nachts bij opstaan. Ergo: sensorbewaking bed, nachtlampje aan, rolstoel niet naast het bed. Wzd: dochter stemt in en dhr. verzet zich niet, dus vrijwillige zorg, wel vastleggen in zorgplan.

4. Voeding
Gewicht stabiel 71 kg. Slikt goed. Graag weer bruine bonen met spek op woensdag, dat eet hij altijd op.

5. Afspraken
- ABC-lijst start [[DATUM|30/8]], verantwoordelijk [[PERSOON|Roelie]]
- haloperidol afbouw volgens schema SO
- dochter komt [[DATUM|5 september]] langs voor ondertekening zorgplan
- volgend MDO over 3 maanden

Verslag: [[PERSOON|R. Hofsteenge]]`,
  },
  {
    id: 'h3-a07',
    genre: 'mdo',
    setting: 'HA',
    author: 'auteur-h3a',
    knownNames: ['Mw. A. Rienstra-de Jong'],
    text: `Ouderen-MDO [[ORGANISATIE|Huisartsenpraktijk Burgum-Súd]] - ma [[DATUM|16 okt]]

Deelnemers: [[PERSOON|Eelco Dijkstra]] (huisarts), [[PERSOON|Janneke]] (POH-ouderen), [[PERSOON|Marrit Feenstra]] (wijkverpleegkundige [[ORGANISATIE|Thuiszorg De Wâlden]]), [[PERSOON|Sietske van der Meer]] (casemanager dementie), [[PERSOON|Youssef]] (gebiedsteam)

Pt: mw. [[PERSOON|Rienstra]], 86 jaar, weduwe sinds vorig jaar, woont zelfstandig aan de [[ADRES|Skoalstrjitte 4]] in [[PLAATS|Sumar]]. Enige dochter [[PERSOON|Klaske]] woont in [[PLAATS|Rotterdam]], komt 1x per maand.

Probleemgebieden:
- Cognitie: MMSE 23/30 ([[DATUM|4 september]]), vooral geheugen en oriëntatie in tijd. Verwijzing geheugenpoli besproken, mw wil dat (nog) niet. Casemanager mag kennismaken zonder diagnose.
- Voeding: 4 kg afgevallen in 3 mnd. Koelkast vaak leeg. Ze zegt dat de bakker elke dinsdag brood brengt, maar dat is al niet meer zo sinds de bakkerij in het dorp dicht is. Tafeltje-dekje aanvragen via gebiedsteam.
- Autorijden: rijdt nog naar [[PLAATS|Drachten]], buurman [[PERSOON|Wiebe]] maakt zich zorgen (schade aan de garagedeur). HA bespreekt dit bij volgend bezoek, evt. rijtest CBR.
- Eenzaamheid: kerk is belangrijk, gaat niet meer sinds ze niet meer durft te fietsen. [[PERSOON|Youssef]] vraagt naar vervoer via de kerk / buurtbus.
- Medicatie: zelf beheer, telling door wijk laat zien dat ze vergeet. Baxter aanvragen, wijkverpleging 1x per dag medicatie aanreiken (indicatie door [[PERSOON|Marrit]]).

Actiepunten:
1. [[PERSOON|Janneke]]: gewicht + SNAQ over 4 wkn
2. [[PERSOON|Marrit]]: indicatie medicatie + huisbezoek met dochter, voorstel [[DATUM|27 oktober]]
3. [[PERSOON|Sietske]]: kennismaking
4. HA: gesprek autorijden, advance care planning starten
Volgend MDO: [[DATUM|11-12]]

verslag [[PERSOON|jvdz]]`,
  },
  {
    id: 'h3-a08',
    genre: 'email',
    setting: 'wijk',
    author: 'auteur-h3a',
    text: `Van: [[PERSOON|Marrit Feenstra]] <[[EMAIL|m.feenstra@thuiszorgdewalden.nl]]>
Verzonden: donderdag [[DATUM|9 februari 2023]] 16:12
Aan: [[EMAIL|praktijk@hapburgumsud.nl]]
Onderwerp: FW: dhr. [[PERSOON|Bosma]] [[ADRES|Noarderein 7]] - decubitus hiel

Beste dokter [[PERSOON|Dijkstra]],

Hieronder de melding van mijn collega van vanochtend. Ik ben er vanmiddag zelf geweest. Het is een categorie 3 decubitus aan de re hiel, ca 2,5 cm, zwart necrotisch centrum, rand rood. Geen koorts. Dhr. ligt veel op bed sinds de griep, de anti-decubitusmatras wordt pas morgen geleverd.
Kunt u meekijken of er een wondconsult nodig is en of de pijnstilling omhoog kan? Hij heeft nu alleen paracetamol 3dd 1000 mg. Foto's staan in het gedeelde wonddossier.

Met vriendelijke groet,

[[PERSOON|Marrit Feenstra]]
Wijkverpleegkundige | team Noord
[[ORGANISATIE|Thuiszorg De Wâlden]]
T [[TELEFOON|06-23871145]]
[[URL|www.thuiszorgdewalden.nl]]

-----Oorspronkelijk bericht-----
Van: [[PERSOON|Sanne de Haan]] <[[EMAIL|s.dehaan@thuiszorgdewalden.nl]]>
Verzonden: donderdag [[DATUM|9 februari 2023]] 09:47
Aan: [[PERSOON|Marrit Feenstra]] <[[EMAIL|m.feenstra@thuiszorgdewalden.nl]]>
Onderwerp: dhr. [[PERSOON|Bosma]] [[ADRES|Noarderein 7]] - decubitus hiel

Hoi [[PERSOON|Marrit]],
Bij dhr. [[PERSOON|Bosma]] (clientnr [[ID|304712]]) vanmorgen een zwarte plek op de rechterhiel gezien, hij zegt dat het zeer doet. Zijn vrouw [[PERSOON|Aaltsje]] had het ook al gezien. Heb een kussen onder zijn kuiten gelegd zodat de hiel vrij ligt. Wil jij ernaar kijken? Ik ben vanmiddag vrij.
Gr [[PERSOON|Sanne]]`,
  },
  {
    id: 'h3-a09',
    genre: 'email',
    setting: 'VVT',
    author: 'auteur-h3a',
    text: `Van: [[PERSOON|Lotte van Kammen]] <[[EMAIL|l.vankammen@wijkzorgstad.nl]]>
Aan: Zorgbemiddeling <[[EMAIL|zorgbemiddeling@ommelannoord.nl]]>
Onderwerp: RE: Opname per [[DATUM|1 maart]] - mw. [[PERSOON|T. Nijboer-Kamminga]]

Hoi [[PERSOON|Gerrie]],

Dank je wel, wat fijn dat het toch nog lukt. Ik heb het net aan de dochter verteld, die was er emotioneel van. De overdracht stuur ik uiterlijk [[DATUM|27-02]] via Zorgdomein, het wondbeleid zit er ook in (skin tear li onderarm, bijna dicht). Medicatieoverzicht vraag ik op bij de apotheek.
Eén ding nog: mw. is erg angstig bij het douchen, dat graag meenemen bij de eerste dagen.

Groet, [[PERSOON|Lotte]]
wijkverpleegkundige, [[TELEFOON|06 1183 4420]]

---
Van: [[PERSOON|Gerrie Oosting]] <[[EMAIL|g.oosting@ommelannoord.nl]]>
Verzonden: maandag [[DATUM|19 februari]] 14:03
Onderwerp: Opname per [[DATUM|1 maart]] - mw. [[PERSOON|T. Nijboer-Kamminga]]

Goedemiddag [[PERSOON|Lotte]],

Er is een plek vrijgekomen op onze PG-afdeling in [[ORGANISATIE|De Wierde]] in [[PLAATS|Appingedam]]. We kunnen mw. opnemen op vrijdag [[DATUM|1 maart]], aankomst graag rond 10:30.

Gegevens zoals bij ons bekend, wil je die controleren?
Naam: [[PERSOON|Trijntje Nijboer-Kamminga]]
Geb.datum: [[DATUM|03-06-1931]]
BSN: [[BSN|725763863]]
Adres: [[ADRES|Oude Boteringestraat 61 A]], [[POSTCODE|9712 GJ]] [[PLAATS|Groningen]]
Huisarts: [[PERSOON|W. Schuiling]], [[ORGANISATIE|Huisartsen Binnenstad-Noord]]
Contactpersoon 1: [[PERSOON|Marian Nijboer]] (dochter), [[TELEFOON|06-52007831]]
Indicatie: Wlz VV-5, geldig vanaf [[DATUM|12-12-2023]]

Mw. krijgt kamer 8. Wil je de overdracht (zorgleefplan, medicatie, wondzorg, levensverhaal als dat er is) voor de [[DATUM|28e]] sturen? Dan kan de EVV'er ([[PERSOON|Romy Kuiper]]) zich voorbereiden.

Met vriendelijke groet,
[[PERSOON|Gerrie Oosting]]
Zorgbemiddelaar
[[ORGANISATIE|Zorggroep Ommelân Noord]]
T [[TELEFOON|0596-628140]] (toestel [[ID|305]])
ma t/m do`,
  },
  {
    id: 'h3-a10',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h3a',
    knownNames: ['Dhr. K. Wubbolts'],
    text: `[[DATUM|23-05-2024]] visite thuis, [[PERSOON|M. Tuinstra]] (huisarts)
S: Echtgenote [[PERSOON|Grietje]] belde ochtend. Sinds 3 dg benauwder, vooral bij liggen, slaapt in de stoel. Hoest, wat groen slijm. Enkels dikker volgens wijkverpleging ([[ORGANISATIE|Zorgkompas Veenkoloniën]]), gewicht +2,3 kg in 4 dagen. Geen pijn op de borst. Plast minder.
O: Bleek, praat in korte zinnen. RR 108/64, pols irr 104, sat 89% (kamerlucht), T 37,2. Crepitaties basaal bdz, li > re. Pitting oedeem tot halverwege de kuit bdz. Halsvenen gestuwd.
E: Decompensatio cordis bij bekend AF en HFrEF, DD beginnende pneumonie.
P: Furosemide van 40 naar 2dd 40 mg. Wijkverpleging dagelijks wegen + vochtbalans (max 1,5 l). Lab morgen (Na, K, kreat, CRP) via prikpost aan huis. Besproken met dhr. en echtgenote: opname alleen als het thuis niet meer gaat, dhr. wil liefst thuisblijven. NR-beleid bekend sinds [[DATUM|12-01-2023]]. Herbeoordeling vrijdag, eerder bellen bij verslechtering. Zoon [[PERSOON|Jan]] in [[PLAATS|Wildervank]] wordt door echtgenote gebeld.`,
  },
  {
    id: 'h3-a11',
    genre: 'soep',
    setting: 'VVT',
    author: 'auteur-h3a',
    knownNames: ['Mw. F. Yıldırım'],
    text: `Consult SO - GRZ, [[ORGANISATIE|Revalidatiecentrum De Esborg]], [[PLAATS|Emmen]]   wo [[DATUM|10-04]]

S: Mw., 78 jr, opgenomen [[DATUM|2 april]] na DHS re heup (val thuis, [[ORGANISATIE|Ziekenhuis Emmermeer]]). Zoon [[PERSOON|Mehmet]] tolkt. Mw. heeft veel pijn bij de transfers en slaapt slecht, 's nachts roept ze om haar man (overleden 2019). Eetlust matig, eet de warme maaltijd niet ("geen helal vlees"), wel yoghurt en brood. Fysio [[PERSOON|Anouk]]: loopt 10 m met rollator en 1 persoon, durft niet verder.
O: Alert, af en toe onrustig in de avond volgens nachtdienst. DOS-score gem. 2 (niet delirant). Wond droog, hechtingen eruit gisteren. Pijn NRS 7 bij bewegen, 3 in rust. Hb 6,4 ([[DATUM|8/4]]), was 7,1.
E: Onvoldoende pijnstilling bij mobiliseren, slaapproblemen, rouw. Voedingsinname onvoldoende, deels cultureel bepaald. Anemie postoperatief.
P:
- paracetamol 4dd 1 g continueren, oxycodon 5 mg 30 min voor fysio, max 3x per dag
- diëtist: halal maaltijden regelen via keuken, zoon mag ook eten meebrengen
- ferrofumaraat 200 mg 1dd, Hb over 2 wkn
- geestelijk verzorger aanbieden, mw. wil eerst met haar dochter [[PERSOON|Elif]] overleggen
- evaluatie doelen MDO [[DATUM|17 april]]

[[PERSOON|C. Jalvingh]], specialist ouderengeneeskunde`,
  },
  {
    id: 'h3-a12',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-h3a',
    text: `[[ORGANISATIE|Gezondheidscentrum De Til]]
[[ADRES|Stationsweg 22]]
[[POSTCODE|9791 AJ]] [[PLAATS|Ten Boer]]
T [[TELEFOON|050-3021187]]   AGB [[ID|01054412]]

Aan: polikliniek geriatrie, [[ORGANISATIE|Ziekenhuis Reitdiep]], [[PLAATS|Groningen]]
Datum: [[DATUM|17 januari 2024]]

Betreft: dhr. [[PERSOON|R.E. Doelwijt]], geb. [[DATUM|14-02-1939]]
BSN [[BSN|162275869]]
[[ADRES|Bovenrijge 18]], [[POSTCODE|9791 CV]] [[PLAATS|Ten Boer]], tel. [[TELEFOON|050-3024419]]
Zorgverzekering polisnr [[ID|208845731]]

Geachte collega,

Graag verwijs ik bovengenoemde patiënt naar uw polikliniek voor een geriatrisch assessment.

Vraagstelling: is er sprake van een dementieel syndroom, en wat is de rol van de medicatie bij de toegenomen valneiging?

Anamnese: Dhr. is een 84-jarige man, van oorsprong uit Suriname, sinds 1975 in Nederland. Sinds ongeveer een half jaar wordt hij vergeetachtiger volgens zijn echtgenote [[PERSOON|Marlène]]. Hij raakt de weg kwijt in de wijk, vergeet afspraken en heeft 2x het gas laten branden. Daarnaast 3 valpartijen in de afgelopen 2 maanden, waarvan 1 met hoofdwond (geplakt op de huisartsenpost). Geen duidelijke collaps. Stemming wisselend, soms somber.

Voorgeschiedenis: DM2 (sinds 2004), hypertensie, TIA 2018, BPH, artrose knieën.

Medicatie: metformine 2dd 1000 mg, gliclazide 1dd 80 mg, amlodipine 1dd 10 mg, hydrochloorthiazide 1dd 12,5 mg, tamsulosine 1dd 0,4 mg, clopidogrel 1dd 75 mg, temazepam 10 mg a.n. (al jaren).

Lichamelijk onderzoek: RR zittend 138/76, staand na 3 min 112/68. MMSE 22/30, klokkentest afwijkend. Barthel 17/20.

Sociaal: woont met echtgenote (81) in een eengezinswoning. Zoon [[PERSOON|Ricardo]] woont in [[PLAATS|Almere]]. Wijkverpleging ([[ORGANISATIE|Thuiszorg Het Reitdiep]]) komt 1x per dag voor de steunkousen en ogen.

Ik heb de gliclazide inmiddels gehalveerd ivm twee hypo's. Temazepam durft dhr. niet te stoppen.

Met collegiale groet,

[[PERSOON|H.A. Bakker]], huisarts
[[ORGANISATIE|Gezondheidscentrum De Til]]`,
  },
];
