import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd4-a25',
    genre: 'rapportage',
    setting: 'wijk',
    author: 'auteur-d4a',
    knownNames: ['Mw. C. (Corrie) van der Plas'],
    text: `ma [[DATUM|15 april]] 08:30
Mw. had zelf al koffie gezet, maar op het fornuis stond een pan eieren droog te koken. Gas uitgedaan, raam open. Mw. schrok er zelf van, "dat is me nog nooit gebeurd". Buurman [[PERSOON|Gerard]] (bovenwoning) kwam kijken, stelt een kookplaatbeveiliging voor. Besproken met nicht [[PERSOON|Ellie Kromhout]] (enige familie, woont in [[PLAATS|Katwijk]]), zij gaat akkoord. Aanvraag via Wmo-loket [[PLAATS|Leiden]]. - [[PERSOON|FJ]]

[[DATUM|16-4]] 08:45
Goed geslapen. Mw. vertelt trots dat ze in het najaar [[LEEFTIJD|100]] wordt en dat de burgemeester dan komt. Steunkousen aan, benen rustig. Mevr. [[PERSOON|de ruiter]] van nr 35 komt elke avond even kijken en doet de gordijnen dicht, fijn. - [[PERSOON|ws]]

[[DATUM|17-4]] 09:10
Huishoudelijke hulp van [[ORGANISATIE|Huishoudservice Sleutelstad]] was er tegelijk. Zij maakt zich zorgen: mw. betaalt haar steeds opnieuw, terwijl het via de gemeente loopt. Contant geld in de koektrommel geteld met mw., bijna 900 euro. Afgesproken dat [[PERSOON|Ellie]] dit meeneemt naar de bank. Casemanager [[PERSOON|Femke Jongejan]] geinformeerd. - [[PERSOON|FJ]]

[[DATUM|18-4]] 08:20
Mw. ([[LEEFTIJD|99]]) benauwder dan normaal, enkels +, 2 kg aangekomen in een week. Huisarts [[PERSOON|Van Dongen]] gebeld ([[ORGANISATIE|Huisartsenpraktijk Rijn en Vliet]]), komt vanmiddag. Alarmering via [[ORGANISATIE|Rijnland Alarmzorg]] getest, werkt. - [[PERSOON|ws]]`,
  },
  {
    id: 'd4-a26',
    genre: 'overdracht',
    setting: 'wijk',
    author: 'auteur-d4a',
    knownNames: ['Dhr. P.J. (Piet) Zuidgeest'],
    text: `Overdracht casemanagement van [[PERSOON|Annelies Boer]] naar [[PERSOON|Rachid Ait Moussa]] per [[DATUM|1 juli 2024]]

Client: dhr. [[PERSOON|P.J. Zuidgeest]] (88), [[ADRES|Dorpsstraat 101a]], [[POSTCODE|3411 AN]] [[PLAATS|Lopik]]
BSN (volgens aanmelding): [[ID|284117360]] -> klopt niet, graag opnieuw opvragen bij zoon
Polisnummer: [[ID|884120377]]
Diagnose: ziekte van Alzheimer, gesteld [[DATUM|12-10-2022]] op de geheugenpoli van het [[ORGANISATIE|St. Gerardus]]. MMSE toen 21, nu geschat lager.

Thuissituatie
Woont met echtgenote mw. [[PERSOON|Gre Zuidgeest-Verkerk]] ([[LEEFTIJD|90]]), die slecht ter been is maar cognitief helder. Dhr. was vroeger boer in de Lopikerwaard en loopt nog elke dag "het land rond", kent de weg nog goed. Kinderen: [[PERSOON|Arjan]] (woont in [[PLAATS|Benschop]], eerste contactpersoon, [[TELEFOON|06-52 18 30 47]]) en [[PERSOON|Marian]] ([[PLAATS|Capelle aan den IJssel]], komt om de week). De kleinkinderen noemen hem opa [[PERSOON|Piet]].

Netwerk
- HA: [[PERSOON|Bosman]], [[ORGANISATIE|Huisartsenpraktijk De Lopikerhof]], [[TELEFOON|0348-551920]]
- wijkverpleging: [[ORGANISATIE|Thuiszorg Lekstroom]], team [[PLAATS|Jaarsveld]], 1x per dag medicatie en ADL-ondersteuning
- dagbesteding: 2x/wk [[ORGANISATIE|Amaliahof]] (ma/do), vervoer via de regiotaxi
- apotheek: [[ORGANISATIE|De Witte Brug Apotheek]], baxter
- logeren: 1 weekend per 6 weken [[ORGANISATIE|De Rozenhorst]], volgende keer [[DATUM|9-11 augustus]]

Aandachtspunten
1. Mw. is overbelast maar wil hulp afslaan, "we redden ons wel". Mantelzorgconsulent van [[ORGANISATIE|Welzijn Lekstreek]] is een keer geweest.
2. Wlz-indicatie nog niet aangevraagd, [[PERSOON|Arjan]] wil dat voorbereiden. Gesprek gepland [[DATUM|16 juli]].
3. Rijbewijs: dhr. heeft nog een auto voor het erf, rijdt niet meer op de openbare weg (afspraak met [[PERSOON|Arjan]], sleutels bij hem).
4. Mogelijk operatie liesbreuk in het najaar in [[ORGANISATIE|Ziekenhuis Hollandse IJssel]] ([[ORGANISATIE|ZHIJ]]), chirurg twijfelt nog ivm delierrisico.

Laatste huisbezoek: [[DATUM|24-06]], samen met [[PERSOON|Rachid]] kennismaking gedaan, ging goed.
[[PERSOON|AB]]`,
  },
  {
    id: 'd4-a27',
    genre: 'email',
    setting: 'HA',
    author: 'auteur-d4a',
    text: `Van: [[PERSOON|E. van Dongen]] <[[EMAIL|e.vandongen@rijnenvliet-huisartsen.nl]]>
Aan: [[EMAIL|wijkteam.leidennoord@zorgsaamrijnland.nl]]; [[PERSOON|Femke Jongejan]]
Datum: [[DATUM|22-04-2024]] 18:34
Onderwerp: mw. [[PERSOON|Van der Plas]] - beleid

Collega's,

Ik ben vanmiddag bij mw. [[PERSOON|C. van der Plas]] ([[ADRES|Cronesteinkade 12]], [[LEEFTIJD|99]] jr) geweest. Hartfalen neemt toe ondanks de ophoging van de furosemide. Mw. is helder over haar wens: geen ziekenhuis meer, "laat me maar thuis". Dit is vastgelegd, NR en geen opname, met nicht [[PERSOON|Ellie Kromhout]] erbij.
Afspraken:
- morfine 2,5 mg sc zn bij benauwdheid, voorgeschreven, [[ORGANISATIE|Apotheek Rijnsburgerweg]] levert morgen de spuiten
- wijkverpleging graag 3x per dag, 's nachts bij nood via de dienstdoende
- [[PERSOON|Femke]], kun jij met [[PERSOON|Ellie]] bespreken of een plek in [[ORGANISATIE|Hospice Het Gastenhuis]] een optie is als thuis niet meer gaat? Mw. staat er zelf niet afwijzend tegenover.
Ik kom donderdag weer.

Hartelijke groet,
[[PERSOON|Eva van Dongen]]
huisarts, [[ORGANISATIE|Huisartsenpraktijk Rijn en Vliet]]
[[ADRES|Marnixstraat 40]], [[POSTCODE|2316 EK]] [[PLAATS|Leiden]]
spoedlijn zorgverleners [[TELEFOON|071-5133407]]

> Op [[DATUM|18 apr]] schreef [[PERSOON|ws]] (wijkverpleging):
> Mw. [[PERSOON|vd Plas]] benauwder, 2 kg aangekomen, enkels oedemateus. Graag visite.`,
  },
  {
    id: 'd4-a28',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-d4a',
    knownNames: ['Mw. L. (Lien) Oei-Tjoa'],
    text: `Multidisciplinair overleg [[ORGANISATIE|Vlietstede]] [[PLAATS|Delft]], PG afd. 1e verdieping
Datum: [[DATUM|5 nov]]
Aanwezig: SO drs. [[PERSOON|W. Kloosterboer]], psycholoog [[PERSOON|Hanneke van der Sluis]], EVV [[PERSOON|Ramon Statia]], ergo [[PERSOON|Ilona]], geestelijk verzorger ds. [[PERSOON|Jurgens]], kleinzoon [[PERSOON|Kevin Oei]] en kleindochter [[PERSOON|Melissa Tan]]
Verslag: [[PERSOON|RS]]

Mw. [[PERSOON|Oei-Tjoa]] ([[LEEFTIJD|98]]), 4 jaar op de afdeling. Dementie (Alzheimer), slechthorend, spreekt Nederlands, soms Hokkien met familie.

Lichamelijk: Barthel 4/20. Niet bedlegerig, rolstoel, 2x per dag uit bed. Slikken moeizamer, logopedie heeft [[DATUM|28-10]] advies gegeven: gemalen voeding, dik vloeibaar.
Gedrag: rustig, geniet van muziek en van de vogels bij het raam. Soms angstig bij verzorging 's avonds. Psycholoog: vaste verzorger, niet haasten.
Familie: zoon [[PERSOON|Hok Liong]] (kinderen noemen hem oom [[PERSOON|Liong]]) is zelf ziek, kleinkinderen nemen het over. [[PERSOON|Kevin]] woont in [[PLAATS|Rijswijk]], [[PERSOON|Melissa]] in [[PLAATS|Zoetermeer]]. Zij vragen naar de prognose.
SO: geleidelijke achteruitgang, levenseinde lijkt dichterbij te komen. Behandelbeleid: geen opname, geen antibiotica bij pneumonie tenzij voor comfort, wel vocht per os. Familie stemt in.
Geestelijke verzorging: familie wil dat er bij het sterven wierook mag; kan, afspraak met huishoudelijke dienst ivm brandmelder.

Acties
- EVV: wensen rond sterven vastleggen in zorgplan, vóór [[DATUM|20/11]]
- SO: familiegesprek met zoon erbij, hier op de afdeling, zoon komt met de taxi vanuit [[ORGANISATIE|Prinsenhof Ziekenhuis]] waar hij dialyseert
- Volgende MDO: [[DATUM|4 februari]] of eerder bij verandering`,
  },
  {
    id: 'd4-a29',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-d4a',
    text: `[[ORGANISATIE|Huisartsen aan de Schie]]
[[ADRES|Kruithuisweg 5-A]], [[POSTCODE|2628 EW]] [[PLAATS|Delft]]
T [[TELEFOON|015-2569031]]

Aan: team specialisten ouderengeneeskunde eerste lijn, [[ORGANISATIE|Delftse Hoven]]
[[DATUM|3 oktober 2024]]

Verzoek consult SO thuis

Patient: dhr. [[PERSOON|J. (Koos) Vermeulen]], [[LEEFTIJD|93]] jaar, geb. [[DATUM|27-03-1931]]
BSN [[BSN|8237.75.902]]
[[ADRES|Papsouwselaan 233]], [[POSTCODE|2624 AN]] [[PLAATS|Delft]]
Echtgenote: mw. [[PERSOON|T. Vermeulen-Schouten]] (87), tel [[TELEFOON|015-2140768]]

Geachte collega,

Dhr. is bekend met Lewy body dementie (diagnose 2021, geriatrie [[ORGANISATIE|Prinsenhof Ziekenhuis]]) en ziekte van Parkinson. De laatste maand is hij 's avonds en 's nachts toenemend geagiteerd, ziet mensen in de kamer en heeft zijn vrouw twee keer geslagen. Mw. belde op [[DATUM|21 september]] en [[DATUM|28 september]] de huisartsenpost. Zij wil hem thuis houden maar is bang. Wij hebben advies gevraagd bij Veilig Thuis; voorlopig geen melding, wel een veiligheidsplan.
Casemanager [[PERSOON|Bouchra Haddou]] ([[ORGANISATIE|Zorgpunt Delfland]]) is betrokken, dochter [[PERSOON|Marloes]] uit [[PLAATS|Pijnacker]] komt 3x per week.

Medicatie: levodopa/carbidopa 125 mg 4dd, rivastigmine 9,5 mg/24u pleister, quetiapine 12,5 mg avond (gestart [[DATUM|24-09]], weinig effect), macrogol, tamsulosine.

Vraag: beoordeling van de onrust en de psychotische verschijnselen, advies over medicatie en over de haalbaarheid van thuis wonen. Gezien de Lewy body dementie wil ik haloperidol vermijden.
Ik ben bereikbaar via de terugbellijn [[TELEFOON|015-2569039]].

Met vriendelijke groet,
[[PERSOON|H.W. Brinkman]], huisarts
AGB [[ID|01092247]]`,
  },
  {
    id: 'd4-a30',
    genre: 'soep',
    setting: 'wijk',
    author: 'auteur-d4a',
    knownNames: ['Mw. F. (Fatima) Ouali-Bennani'],
    text: `Indicatiestelling wijkverpleging, huisbezoek [[DATUM|8-10]], [[ADRES|Van Hogendorpplein 21]], [[PLAATS|Gouda]]
S: mw. ([[LEEFTIJD|91]]) spreekt Darija, dochter [[PERSOON|Latifa]] tolkt. Mw. woont bij zoon [[PERSOON|Hamid]] en schoondochter, die beiden werken. Sinds de val in augustus durft mw. niet meer alleen te douchen. Vergeet haar pillen, zegt "Allah weet het beter dan de dokter". [[PERSOON|Latifa]] doet nu de ochtend, haalt dat niet meer met haar eigen werk in [[PLAATS|Waddinxveen]].
O: mw. klein, mager (BMI 18), loopt met stok, wankel bij draaien. Tinetti 14. Huid intact. Medicatie los in een tas, 7 middelen, geen overzicht. Cognitie: herkent dochter, oriëntatie in tijd matig, geen diagnose dementie. Badkamer op 1e verdieping, steile trap.
E: zorgbehoefte bij ADL (douchen, aankleden) en medicatie; valrisico hoog; mantelzorg overbelast; cognitieve achteruitgang niet verklaard.
P: indicatie 5x/wk ochtendzorg + dagelijks medicatie (baxter aanvragen via [[ORGANISATIE|Apotheek Bloemendaal Gouda]]), 4,5 uur/wk. Start via [[ORGANISATIE|Zorgkring Gouwe]] vanaf [[DATUM|14 oktober]], liefst vrouwelijke zorgverleners. Ergo voor traplift/douchestoel. HA [[PERSOON|Tromp]] vragen om geheugenonderzoek; casemanager [[PERSOON|Marije Goedhart]] alvast op de hoogte. Evaluatie over 6 wk.
/[[PERSOON|JO]]`,
  },
  {
    id: 'd4-a31',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-d4a',
    knownNames: ['Dhr. R.A. (Roel) ter Horst'],
    text: `zo [[DATUM|9 juni]] 16:20
Bezoek van vrouw [[PERSOON|Trees]] en oude vriend [[PERSOON|Ad Veldhuizen]] uit [[PLAATS|Hoogland]], samen vroeger bij de harmonie. [[PERSOON|Ad]] had een cd mee, dhr. tikte het ritme mee op tafel en zong "de trompet, de trompet". Mooi moment, [[PERSOON|Trees]] werd emotioneel. - [[PERSOON|Nienke]]

[[DATUM|10-6]] 12:45
Aan tafel onrust met mw. [[PERSOON|Hakkert]], dhr. pakte haar bord. Hij plaatsen aan de kop van de tafel werkt beter, zie ook afspraak in zorgplan. Verder goed gegeten. - [[PERSOON|ps]]

[[DATUM|11-6]] 10:00
HA [[PERSOON|Wigman]] ([[ORGANISATIE|Gezondheidscentrum Vathorst]]) geweest voor de rode plek op het scheenbeen: erysipelas re, start flucloxacilline. [[PERSOON|Trees]] gebeld, zij vraagt of het niet "van het stoten tegen de rolstoel" komt, uitgelegd. - [[PERSOON|Nienke]]

[[DATUM|12-6]] 22:30
Temp 37,2. Slaapt. Been minder rood. - [[PERSOON|jvdw]]`,
  },
  {
    id: 'd4-a32',
    genre: 'overdracht',
    setting: 'VVT',
    author: 'auteur-d4a',
    text: `Nachtoverdracht [[ORGANISATIE|De Dijkhof]] [[PLAATS|Alblasserdam]] - ma [[DATUM|2 dec]], 2e verdieping

k3 mw. [[PERSOON|Bos]]: 2x gebeld voor wc, verder geslapen.
k5 dhr. [[PERSOON|Rosaria]]: om 3u wakker, wilde zijn moeder bellen "op het eiland". Met hem gepraat, thee, daarna slapen tot 6u. Zoon [[PERSOON|Juan]] belt om 9u terug over de verjaardag.
k7 mw. [[PERSOON|van der linden]] ([[LEEFTIJD|104]]): ademhaling onregelmatig, Cheyne-Stokes vanaf 4u. Geen tekenen van pijn of benauwdheid. Familie (dochter [[PERSOON|Corry]], [[TELEFOON|078-6918352]]) wil direct gebeld worden bij verandering, heb ik om 5u gedaan, zij komt rond 8u.
k8 mw. [[PERSOON|Nowak]]: incontinent, bed verschoond. Huid stuit licht rood, wisselligging aangehouden.
k11 dhr. [[PERSOON|Baars]]: gevallen 01:40 bij toilet, bult achterhoofd, geen antistolling. Neuro-controles 2u/4u/6u goed. Arts ([[PERSOON|Slingerland]], dienst SO) telefonisch op de hoogte. MIC ingevuld.
k12 oma [[PERSOON|Truus]] (mw. [[PERSOON|Kraan]]): rustig, heeft alleen gegeten om 4u (beschuit), dat is haar ritme.

Bijzonder: medicatiekar 2 sleutel ligt bij de teamleider in het kantoortje. [[ORGANISATIE|Apotheek De Waardse Gaper]] levert pas om 11u vandaag.
[[PERSOON|MvW]]/[[PERSOON|TdKo]]`,
  },
  {
    id: 'd4-a33',
    genre: 'email',
    setting: 'wijk',
    author: 'auteur-d4a',
    text: `Van: [[PERSOON|Wendy Kruithof]] <[[EMAIL|w.kruithof@heuvelrugzorg.nl]]>
Aan: [[EMAIL|jan.pieterse@kpnmail.nl]]; [[EMAIL|annekepieterse@gmail.com]]; [[PERSOON|Bert Pieterse]]
Datum: [[DATUM|30-09-2024]] 11:20
Onderwerp: jullie moeder - plek in [[ORGANISATIE|De Zilverreiger]]

Beste [[PERSOON|Jan]], [[PERSOON|Anneke]] en [[PERSOON|Bert]],

Goed nieuws, al komt het misschien sneller dan jullie verwachten: er is een plek vrij op de PG-afdeling van [[ORGANISATIE|De Zilverreiger]] in [[PLAATS|Doorn]], per [[DATUM|14 oktober]]. Jullie moeder stond daar als eerste keus op de lijst.
Ik weet dat jullie nog twijfelden. Met de situatie van de laatste weken (moeder 2x 's nachts op straat, de buren aan de [[ADRES|Hoofdstraat 190-2]] die steeds bellen, en het feit dat ze de thuiszorg van [[ORGANISATIE|Heuvelrug Zorg]] soms niet meer binnenlaat) denk ik dat dit een goede stap is. Mw. [[PERSOON|Pieterse]] is tenslotte [[LEEFTIJD|92]].
De locatie wil uiterlijk woensdag 12:00 weten of jullie de plek aannemen. Zullen we morgenavond even bellen met z'n vieren? Ik kan om 19:30.

Hartelijke groet,
[[PERSOON|Wendy Kruithof]]
casemanager dementie [[PLAATS|Driebergen-Rijsenburg]]/[[PLAATS|Doorn]]
[[ORGANISATIE|Heuvelrug Zorg]] | [[TELEFOON|06-16 42 87 05]]

-----
Van: [[PERSOON|bert pieterse]] <[[EMAIL|bpieterse@outlook.com]]>
Datum: [[DATUM|30-09-2024]] 13:02
Onderwerp: RE: jullie moeder - plek in [[ORGANISATIE|De Zilverreiger]]

hoi wendy, ik ben het met [[PERSOON|anneke]] eens dat het moet. ma redt het niet meer, dat zagen we met de verjaardag van [[PERSOON|Jantje]] ook al. ik kan vanuit [[PLAATS|Den Helder]] niet zomaar komen maar bellen kan altijd. [[PERSOON|jan]] zit in [[PLAATS|Goes]] en is volgens mij nog niet om, die wil eerst kijken. kan dat nog voor woensdag?
gr [[PERSOON|bert]]`,
  },
  {
    id: 'd4-a34',
    genre: 'mdo',
    setting: 'wijk',
    author: 'auteur-d4a',
    text: `Casuistiekoverleg casemanagers dementie [[PLAATS|Alphen aan den Rijn]] / [[PLAATS|Boskoop]] / [[PLAATS|Bodegraven]]
dinsdag [[DATUM|10 september]], 13:30-15:00
Aanwezig: [[PERSOON|Willemijn]] (vz), [[PERSOON|Lotte]], [[PERSOON|Kees-Jan]], [[PERSOON|Nadia Bouhali]]; gast: SO [[PERSOON|F. Nijenhuis]] ([[ORGANISATIE|Rijnhof Zorg]])
Notulen: [[PERSOON|Lotte]]

Casus 1 (inbreng [[PERSOON|Nadia]])
Dhr. [[PERSOON|Hoogeveen]] (86), woont alleen in [[PLAATS|Koudekerk aan den Rijn]]. Zorgmijdend, laat de wijkverpleging van [[ORGANISATIE|THGH]] niet binnen, vervuiling in huis, 2 katten. Enige contact is een neef in [[PLAATS|Hazerswoude-Dorp]]. Wilsbekwaamheid rond zorg twijfelachtig.
Advies SO: samen met HA beoordeling wilsbekwaamheid, denk aan Wzd-route (inbewaringstelling alleen als ultimum remedium). Eerst contact via de neef en iets kleins aanbieden (boodschappen, de katten).

Casus 2 (inbreng [[PERSOON|Kees-Jan]])
Mw. [[PERSOON|Ramcharan]] ([[LEEFTIJD|93]]), woont bij dochter [[PERSOON|Sunita]] in [[PLAATS|Alphen aan den Rijn]]. Dochter wil geen opname ("in onze cultuur zorg je voor je moeder") maar is zelf net geopereerd. Dagbesteding in [[ORGANISATIE|Het Baken]] weigert mw. na 1 keer.
Besproken: logeren in [[ORGANISATIE|Rijnhof Zorg]] locatie [[ORGANISATIE|De Brug]] met Hindoestaanse vrijwilligers? [[PERSOON|Willemijn]] kent iemand bij [[ORGANISATIE|Sewa Zorg Alphen]] (thuiszorg met Surinaams-Hindoestaanse verzorgenden).

Casus 3 (inbreng [[PERSOON|Lotte]])
Echtpaar [[PERSOON|Van Leeuwen]], [[PLAATS|Bodegraven]], beiden dementie. Dhr. ([[LEEFTIJD|90]]) zorgt nog voor mw. (84) maar vergeet haar insuline. Zoon in [[PLAATS|Zwolle]] wil echtpaarplaatsing. Wachtlijst [[ORGANISATIE|Weidezicht]] ca. 5 maanden.
Actie: [[PERSOON|Lotte]] vraagt tussenoplossing medicatiedispenser + 2x daags wijkverpleging.

Volgende keer: [[DATUM|8 oktober]], inbreng [[PERSOON|Willemijn]].`,
  },
  {
    id: 'd4-a35',
    genre: 'verwijzing',
    setting: 'ZKH',
    author: 'auteur-d4a',
    text: `AANVRAAG WIJKVERPLEGING NA ONTSLAG
Transferpunt [[ORGANISATIE|Antonia Gasthuis]], [[PLAATS|Alphen aan den Rijn]]
Aan: [[ORGANISATIE|Thuiszorg Het Groene Hart]], team [[PLAATS|Boskoop]]
Datum aanvraag: [[DATUM|18-06-2024]]
Verwachte ontslagdatum: vr [[DATUM|21 juni]], rond 14u

Patient: dhr. [[PERSOON|C. (Cor) Zwetsloot]]
Geboortedatum: [[DATUM|02-02-1934]] ([[LEEFTIJD|90]] jr)
BSN: [[BSN|420309986]]
Patientnummer: [[ID|4402186]]
Adres: [[ADRES|Zijde 312]], [[POSTCODE|2771 EZ]] [[PLAATS|Boskoop]]
Contactpersoon: dochter [[PERSOON|Joke Zwetsloot]], [[TELEFOON|06-31 75 02 94]]
Huisarts: [[PERSOON|A. Ruijgrok]], [[ORGANISATIE|Praktijk Boskoop-Oost]]

Opname [[DATUM|11-06-2024]] ivm pneumonie, tijdens opname DM2 ontdekt (glucose 24), gestart met insuline.
Hulpvraag wijkverpleging:
- insuline toedienen 1dd 10:00 (Insulatard 14 E), glucose meten 2dd, schema volgens internist
- ADL: hulp bij douchen 3x/wk
- observatie cognitie: tijdens opname kort delier, familie merkt al langer vergeetachtigheid; overweeg verwijzing casemanager dementie via HA
Dhr. woont met echtgenote (89) die zelf weinig kan. Kleinzoon [[PERSOON|Dennis]] doet boodschappen.

Behandelend specialist: internist dr. [[PERSOON|M. Sarmo]], BIG [[ID|39012345601]]
Transferverpleegkundige: [[PERSOON|Linda Verhoeven]], toestel [[ID|2291]], [[EMAIL|transferpunt@antoniagasthuis.nl]]`,
  },
  {
    id: 'd4-a36',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-d4a',
    knownNames: ['Mw. M. (Maria) Lopes Fortes'],
    text: `[[DATUM|12-02]] visite, [[ADRES|Schiedamseweg 144b]]
S: kleindochter [[PERSOON|Djenifer]] belde: oma sinds vannacht verward, riep om haar overleden zus Nha [[PERSOON|Lina]], wilde naar buiten. Plast vaak, kleine beetjes. Niet gevallen. Mw. spreekt Kriolu, [[PERSOON|Djenifer]] vertaalt.
O: [[LEEFTIJD|90]]-jarige vrouw, onrustig, plukt aan deken, niet georienteerd. T 37,9 °C. RR 132/76, P 92. Buik: drukpijn suprapubisch. Urinestick: leuco +++, nitriet pos. Geen nekstijfheid, geen focale uitval.
E: delier bij cystitis.
P: nitrofurantoine 100 mg 2dd 5 dagen, recept naar [[ORGANISATIE|Apotheek Delfshaven]]. Paracetamol zn. Veel drinken, familie bijhouden. Wijkverpleging [[ORGANISATIE|Maaswijk Zorg]] gevraagd om 2x daags langs te gaan. Casemanager [[PERSOON|Naima el Idrissi]] geinformeerd. Over 3 dagen telefonisch contact met [[PERSOON|Djenifer]] ([[TELEFOON|06-47 09 83 12]]); bij verslechtering of niet drinken: visite of opname overwegen, voorkeur familie [[ORGANISATIE|Ziekenhuis Schiehaven]].
/[[PERSOON|tvdm]]`,
  },
];
