import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h2-049',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-h2',
    knownNames: ['Dhr. E. (Emre) Kaplan'],
    text: `Crisisnotitie, zaterdag [[DATUM|1 maart]] 01:20 - [[ORGANISATIE|GGZ Twentse Esch]]

Aanmelding door de meldkamer ambulancezorg. Broer [[PERSOON|Serkan Kaplan]] belde 112 omdat [[PERSOON|Emre]] (29) met een mes in de keuken stond en riep dat hij "de duivel uit het huis" moest halen. Politie was als eerste ter plaatse ([[ADRES|Pathmossingel 214]], [[PLAATS|Enschede]]), heeft het mes afgepakt zonder geweld. Niemand gewond. Vader [[PERSOON|Mehmet Kaplan]] zat met een hoofdwond op de bank: hij is eerder die avond gevallen toen [[PERSOON|Emre]] hem aan de kant duwde. Ambulance heeft vader nagekeken, hechten niet nodig.

Bij onze aankomst (01:55, [[PERSOON|Jorien Bloemert]] SPV en arts-assistent [[PERSOON|Tolga Demir]]): dhr. zit geboeid op de trap, bidt hardop, kijkt ons niet aan. Hij is sinds een jaar bekend bij de poli met een psychotische stoornis, gebruikte tot eind vorig jaar aripiprazol, is daar zelf mee gestopt. Volgens broer blowt hij weer dagelijks.

Moeder (spreekt weinig Nederlands, broer tolkt) vertelt dat hij al twee weken niet meer naar zijn werk gaat en 's nachts de koran hard afspeelt.

Beoordeling: floride psychose, gevaar voor anderen (familie), gedeeltelijk door cannabis. Geen ziektebesef. Dhr. weigert mee te gaan.

Besluit: na overleg met de dienstdoend psychiater dr. [[PERSOON|Nijenhuis]] crisismaatregel aangevraagd; burgemeester akkoord om 03:10. Vervoer met politie naar de HIC van [[ORGANISATIE|Kliniek De Boerhaave]]. Vader is verwezen naar de huisartsenpost voor controle. Melding bij Veilig Thuis niet nodig geacht, wel contact met de wijkagent [[PERSOON|Hilbrink]] maandag.

Contactgegevens broer: [[TELEFOON|06-52310478]].
/[[PERSOON|JB]]`,
  },
  {
    id: 'h2-050',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h2',
    text: `[[ORGANISATIE|Ziekenhuis Reggedal]] - Cardiologie, afd. 2 West (CCU)
[[ADRES|Hessenweg 9]], [[POSTCODE|7941 JL]] [[PLAATS|Meppel]] - T [[TELEFOON|0522-233900]]

[[PLAATS|Meppel]], [[DATUM|4/3/2025]]

Aan: [[PERSOON|Hoekstra, B.J.]], huisarts te [[PLAATS|Nijeveen]]

Betreft: [[PERSOON|Veen, A. van der]], geb. [[DATUM|29 juni 1934]], BSN [[BSN|907753905]]

Geachte collega,

Uw [[LEEFTIJD|90]]-jarige patiënt werd van [[DATUM|26/2]] tot [[DATUM|4/3]] opgenomen in verband met een totaal AV-blok met syncope thuis. Na plaatsing van een tijdelijke pacemaker werd op [[DATUM|27 februari]] een definitieve DDD-pacemaker geïmplanteerd (dr. [[PERSOON|Mulderij]]). Beloop ongecompliceerd, geen pneumothorax op de X-thorax. Wond droog.

Medicatie ongewijzigd, behalve: bisoprolol gestaakt.

Beleid
- pacemakercontrole poli over 6 weken, met wondcontrole;
- arm links 6 weken niet boven schouderhoogte;
- rijverbod 2 weken (dhr. rijdt nog, heeft een rijbewijskeuring voor [[DATUM|1 juli]]).

Met vriendelijke groet,

dr. [[PERSOON|E.M. Schutrups]], cardioloog
[[EMAIL|cardiologie.secretariaat@reggedal.nl]]`,
  },
  {
    id: 'h2-051',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-h2',
    text: `[[ORGANISATIE|Huisartsenpraktijk Oosterparkwijk]]
drs. [[PERSOON|A.M. Ganzeboom]], huisarts
[[ADRES|Vaaltstraat 7-9]], [[POSTCODE|9715 RE]] [[PLAATS|Groningen]]
AGB [[ID|01062204]] - [[TELEFOON|050-3134400]]

Aan: polikliniek dermatologie, [[ORGANISATIE|Ziekenhuis Hunzeborg]]

Betreft: mw. [[PERSOON|Ina Hadders-Westerhuis]], geb. [[DATUM|09-12-1944]], [[ADRES|Gorechtkade 52-a]], [[POSTCODE|9713 CC]] [[PLAATS|Groningen]]

Geachte collega,

Graag uw beoordeling van een schilferende, scherp begrensde rode plek op het linker onderbeen (ca. 2,5 cm), sinds een jaar langzaam groter, reageert niet op 4 weken hydrocortisoncrème. Geen bloeding. Mw. werkte vroeger veel buiten op de tuinderij.

Mijn DD: M. Bowen, oppervlakkig basaalcelcarcinoom, eczeem.

Voorgeschiedenis: M. Hodgkin in 1986 (radiotherapie mediastinum), hypothyreoïdie.
Medicatie: levothyroxine 75 mcg.

Met collegiale groet,
[[PERSOON|A.M. Ganzeboom]]`,
  },
  {
    id: 'h2-052',
    genre: 'overdracht',
    setting: 'ZKH',
    author: 'auteur-h2',
    knownNames: ['Dhr. M. (Marco) Schiphorst'],
    text: `Overdracht IC -> afd. Neurologie (6 Oost), [[DATUM|12-03-2025]] 10:15
Overdragend: [[PERSOON|Willemijn]], IC-verpleegkundige. Ontvangend: [[PERSOON|Chris]].

S: Dhr. [[PERSOON|Schiphorst]], 46 jaar, gaat vandaag over van de IC naar jullie, na 9 dagen beademing bij het syndroom van Guillain-Barré.
B: Opgenomen [[DATUM|28/2]] met oplopend krachtsverlies in de benen, daarna armen en ademhaling. IVIG gehad van [[DATUM|1/3]] tot [[DATUM|5/3]]. Geëxtubeerd op [[DATUM|10 maart]]. Ernstige dysautonomie eerste week (wisselende RR), nu stabiel.
A: Ademt zelf, VC 2,1 L (stijgend), saturatie 96% met 1 L O2. Slikken nog niet veilig, sondevoeding via neussonde. MRC armen 3-4, benen 2. Heel angstig, vooral 's nachts ("ik ben bang dat ik weer stik"). Catheter à demeure.
R: VC 3x daags meten, bij daling onder 1,5 L direct IC-arts bellen (toestel [[ID|2260]]). Logopedie vandaag aangevraagd. Echtgenote [[PERSOON|Marieke Schiphorst]] ([[TELEFOON|06-37795120]]) komt vanmiddag, graag het afdelingsbeleid uitleggen. Neuroloog is dr. [[PERSOON|Assink]].`,
  },
  {
    id: 'h2-053',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h2',
    knownNames: ['Dhr. J. Wubs'],
    text: `[[DATUM|02-03]] 23:40 HAP [[ORGANISATIE|Huisartsenpost Ommelanden]], visite, triagist [[PERSOON|NvH]] /[[PERSOON|K.H.]]
S/ echtgenote belt: dhr. ([[LEEFTIJD|91]]) sinds 20:00 verward, "ziet mensen in de kamer", hoest. Bekend met de ziekte van Alzheimer (casemanager [[PERSOON|Petra]]), COPD. Geen pijn op de borst.
O/ onrustig, niet georiënteerd in tijd/plaats, T 38,7 °C, sat 90%, AF 24, crepitaties li basaal. Geen nekstijfheid.
E/ delier bij pneumonie li
P/ doxycycline 200 mg start, dan 100 mg 1dd. Haloperidol 0,5 mg a.n. eenmalig. Overleg met echtgenote en zoon [[PERSOON|Pieter]] (tel.) over insturen: zij willen dat dhr. thuisblijft, conform eerdere afspraken (NR, geen ziekenhuis). Overdracht naar eigen HA dr. [[PERSOON|Tammeling]] morgen, wijkverpleging morgenochtend ingepland.`,
  },
  {
    id: 'h2-054',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-h2',
    knownNames: ['Dhr. L. (Luuk) Mensink'],
    text: `Logboek [[ORGANISATIE|Woonvoorziening Het Klooster]] - zo [[DATUM|9/3]]
[[PERSOON|Luuk]] heeft vandaag zijn eigen brood gekocht. Hij liep om 09:00 met de boodschappenlijst (picto's) naar de bakker op de hoek. De bakker kent hem inmiddels en zei "goedemorgen [[PERSOON|Luuk]], zoals altijd een bruin?". [[PERSOON|Luuk]] vond dat "gewoon normaal", maar was daarna de hele ochtend in een goede bui.
Vader belde om 14:00 ([[PERSOON|Jan Mensink]]). Hij vroeg of de nieuwe koptelefoon goed werkt tegen het lawaai van de buren. Antwoord: ja, [[PERSOON|Luuk]] draagt hem vooral 's avonds.
Aandachtspunt: hij heeft sinds donderdag minder gegeten dan normaal. Morgen bij de weging bekijken. - [[PERSOON|Ayla]]`,
  },
  {
    id: 'h2-055',
    genre: 'mdo',
    setting: 'wijk',
    author: 'auteur-h2',
    text: `Casusoverleg sociaal wijkteam [[PLAATS|Feijenoord]] - [[DATUM|6-3-2025]]
Gezin [[PERSOON|Rosario]]/[[PERSOON|Doelwijt]], [[ADRES|Oranjeboomstraat 96-B]], [[POSTCODE|3071 SJ]] [[PLAATS|Rotterdam]]

Aanwezig:
- [[PERSOON|Wendy Doelwijt]] (moeder)
- [[PERSOON|Samira Aït Ouali]] (regievoerder wijkteam, [[PERSOON|SAO]])
- [[PERSOON|Henk-Jan Visscher]] (wijkverpleegkundige, [[PERSOON|HJV]])
- [[PERSOON|Marco de Bruijn]] (ambulant begeleider [[ORGANISATIE|Stichting Maasbegeleiding]], [[PERSOON|MdB]])
- jeugdarts dr. [[PERSOON|S. Lie]] (telefonisch, eerste 20 minuten)
Afwezig: [[PERSOON|Dave Rosario]] (vader), heeft zich afgemeld wegens werk.

Aanleiding
Zoon [[PERSOON|Jayden]] (8) is dit schooljaar 31 keer te laat of afwezig geweest. De school heeft zorgen over zijn gewicht en kleding. Moeder heeft zelf sinds de geboorte van [[PERSOON|Amara]] (1) terugkerende depressieve klachten en gaat niet meer naar haar behandelaar. Vader werkt in nachtdienst in de haven.

Bespreking
[[PERSOON|HJV]] komt sinds [[DATUM|10 januari]] 1x per week voor de wondzorg bij oma [[PERSOON|Rosario]] (zit in een rolstoel, woont in bij het gezin) en ziet dat het huishouden moeder boven het hoofd groeit. Moeder geeft aan dat ze "elke ochtend tegen een berg op kijkt". Ze wil hulp, maar geen "bemoeienis met de kinderen". [[PERSOON|Lie]] heeft [[PERSOON|Jayden]] gezien op school: lengte en gewicht op de P3, geen letsel. De jeugdarts vindt het geen acute onveiligheid, wel zorgelijk.

Besluiten
- moeder meldt zich opnieuw bij de huisarts voor verwijzing naar de GGZ (zelf, deze week);
- [[PERSOON|MdB]] start met ondersteuning in de ochtendroutine, 3 ochtenden per week;
- oma krijgt een indicatie voor dagbesteding, zodat moeder overdag ruimte heeft;
- school en jeugdarts houden contact via [[PERSOON|SAO]].

Actiepunten
- aanvraag dagbesteding oma - [[PERSOON|SAO]], [[DATUM|14/3]]
- start ochtendondersteuning - [[PERSOON|MdB]], [[DATUM|10 maart]]
- terugkoppeling aan vader - moeder, met [[PERSOON|SAO]] telefonisch
Evaluatie: [[DATUM|10 april]], bij het gezin thuis.`,
  },
  {
    id: 'h2-056',
    genre: 'email',
    setting: 'ZKH',
    author: 'auteur-h2',
    text: `Van: Ziekenhuisapotheek [[ORGANISATIE|Ziekenhuis Reestdal]] <[[EMAIL|apotheek@reestdal-zkh.nl]]>
Aan: [[PERSOON|Zwiers, A.J.]] <[[EMAIL|a.zwiers@huisartspesse.nl]]>
Datum: ma [[DATUM|10-03-2025]] 09:31
Onderwerp: correctie medicatieoverdracht mw. [[PERSOON|H. Bruins-Kleine]]

Geachte heer [[PERSOON|Zwiers]],

In de ontslagbrief van uw patiënte mw. [[PERSOON|H. Bruins-Kleine]] (geb. [[DATUM|03-08-1931]], patiëntnummer [[ID|4417890]]) staat de apixaban als 2,5 mg 2dd1. Dat is correct. In het medicatieoverzicht dat met de patiënte is meegegeven stond echter per abuis nog "Marcoumar volgens schema trombosedienst". Patiënte heeft geen Marcoumar meer in huis, dat is met de dochter gecontroleerd. Wilt u de trombosedienst informeren dat de bewaking beëindigd kan worden? Wij hebben het incident intern gemeld.

Met vriendelijke groet,

[[PERSOON|Mirjam Steenbergen]], ziekenhuisapotheker
toestel [[ID|6120]] (apotheek), of via de centrale [[TELEFOON|0528-286400]]`,
  },
  {
    id: 'h2-057',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-h2',
    knownNames: ['Mw. D. (Dina) Kremer-Hofman'],
    text: `Kleinschalig wonen [[ORGANISATIE|De Hoeve]], huis 3

[[DATUM|21-02]] ochtend: Mw. [[PERSOON|Kremer]] heeft meegeholpen met de aardappels schillen, "dat heb ik zeventig jaar gedaan". Stemming goed. Ze wist niet meer dat ze [[LEEFTIJD|91]] is, dacht "een jaar of zestig". /[[PERSOON|Ans]]
[[DATUM|21-02]] middag: dochter [[PERSOON|Gerda]] en schoonzoon [[PERSOON|Willem Brink]] geweest. Samen naar de winkel in het dorp. Dochter vraagt of de kapper vaker kan komen; doorgezet naar de EVV. /[[PERSOON|hvd]]
[[DATUM|22-02]] nacht: mw. liep om 02:30 met haar handtas door de gang, op zoek naar de bus naar [[PLAATS|Hengelo]]. Thee gezet, samen even in de huiskamer gezeten. Daarna terug naar bed. /[[PERSOON|Ramon]]
[[DATUM|22-02]] ochtend: moe. Bloeddruk 108/62. Ontbijt op bed. Huisarts ([[PERSOON|Van Zuijlen]]) komt maandag voor het halfjaarlijkse MDO, vraag over de nachtelijke onrust op de lijst gezet. /[[PERSOON|Ans]]`,
  },
  {
    id: 'h2-058',
    genre: 'ontslagbrief',
    setting: 'GGZ',
    author: 'auteur-h2',
    text: `PAAZ [[ORGANISATIE|Ziekenhuis Vechtland]]
Afdeling Psychiatrie, kamer 4-12

Ontslagbrief klinische opname

Aan: huisarts [[PERSOON|T. Ekkel]], [[ORGANISATIE|Huisartsenpraktijk De Hoek]], [[PLAATS|Hardenberg]]
Cc: [[PERSOON|M. Brouwer]], behandelaar [[ORGANISATIE|GGZ IJsseldelta]]

Betreft: mw. [[PERSOON|Annelies Timmerman]], geb. [[DATUM|15-01-1985]]
[[ADRES|Burgemeester Schuttelaarstraat 3-III]], [[POSTCODE|7772 ae]] [[PLAATS|Hardenberg]]
Opname: [[DATUM|3 februari 2025]] - ontslag: [[DATUM|27 februari 2025]], vrijwillig

Geachte collega,

Uw patiënte werd opgenomen na een intoxicatie met 40 tabletten paroxetine 20 mg en alcohol, in de context van een relatiebreuk en schulden. Na opvang op de SEH en monitoring (QTc normaal) volgde opname op onze afdeling.

Diagnose (DSM-5): depressieve stoornis, eenmalige episode, ernstig, zonder psychotische kenmerken. Alcoholgebruiksstoornis, licht.

Beloop: in de eerste week terughoudend en somber. Suïcidale gedachten namen af. Paroxetine vervangen door sertraline (opgehoogd tot 100 mg). Betrokken: moeder [[PERSOON|Truus Timmerman]] en vriendin [[PERSOON|Dewi]]. Schuldhulp via het wijkteam opgestart. Met de werkgever is een re-integratieplan besproken. Bij ontslag stemming redelijk, geen doodswens, toekomstgericht. Veiligheidsplan opgesteld en meegegeven.

Medicatie bij ontslag: sertraline 100 mg 1dd1; oxazepam 10 mg zn max 2dd (voorraad 10 stuks).

Vervolg: ambulante behandeling bij [[ORGANISATIE|GGZ IJsseldelta]] (intake [[DATUM|6 maart]] bij [[PERSOON|M. Brouwer]]). Tot die tijd tweewekelijks contact met de POH-GGZ.

Met vriendelijke groet,
[[PERSOON|J.F. Overweg]], psychiater
BIG [[ID|49087765101]]`,
  },
  {
    id: 'h2-059',
    genre: 'verwijzing',
    setting: 'GHZ',
    author: 'auteur-h2',
    text: `Verwijzing bijzondere tandheelkunde

Verwijzer: [[PERSOON|K. Hazenberg]], arts verstandelijk gehandicapten, [[ORGANISATIE|Stichting Boschlanden]], [[PLAATS|Wolvega]]
Datum: [[DATUM|17/02/2025]]
Aan: [[ORGANISATIE|Centrum Bijzondere Tandheelkunde Noord]], [[PLAATS|Heerenveen]]

Cliënt: [[PERSOON|Tjalling Sikkema]], geb. [[DATUM|04-04-1972]], cliëntnummer [[ID|0045281]]
Woonadres: woonvorm [[ORGANISATIE|De Spar]], [[ADRES|Lindelaan 23 a]], [[POSTCODE|8471 XL]] [[PLAATS|Wolvega]]
BSN: [[BSN|647125237]]
Curator: zus, mw. [[PERSOON|J. de Boer-Sikkema]], [[TELEFOON|06-19283746]]

Reden van verwijzing
[[PERSOON|Tjalling]] (52) heeft een ernstige verstandelijke beperking bij het syndroom van Angelman en kan pijn niet verwoorden. Sinds twee weken slaat hij tegen zijn rechterwang, eet hij slecht en slaapt hij onrustig. Bij inspectie een donker verkleurde kies rechtsboven en gezwollen tandvlees. De eigen tandarts kon geen onderzoek doen (te veel spanning, werkte niet mee). Behandeling onder narcose in 2021 verliep goed.

Verzoek: onderzoek en behandeling onder algehele anesthesie, zo nodig gecombineerd met gebitsreiniging.

Bijzonderheden: epilepsie (Keppra, Orfiril), aspiratierisico. Neemt zijn knuffel mee. Begeleider [[PERSOON|Froukje]] gaat mee naar de afspraak. Contact woonvorm: [[TELEFOON|0561-612 388]].`,
  },
  {
    id: 'h2-060',
    genre: 'overdracht',
    setting: 'GHZ',
    author: 'auteur-h2',
    text: `Overdracht slaapdienst naar dagdienst - woonvorm [[ORGANISATIE|De Zeven Linden]], groep 2, [[PLAATS|Ommen]]
vr [[DATUM|14-3]], 07:30

[[PERSOON|Marcel]]
S: om 03:00 wakker, bonkte met zijn vuist op de muur.
B: de laatste week vaker 's nachts wakker, had vorige maand een oorontsteking.
A: na paracetamol 500 mg (zo-nodiglijst, 03:15) om 04:00 weer in slaap. Ik denk aan pijn.
R: graag vandaag bellen met de huisarts, dr. [[PERSOON|Kamps]], voor controle van zijn oren.

[[PERSOON|ilona]]: goede nacht, CPAP de hele nacht op gehad.

[[PERSOON|Gijs]] ("[[PERSOON|Gijsje]]"): 2x nat bed, verschoond, huid oké. Moeder (mw. [[PERSOON|Verbeek]]) belde gisteravond om 22:30: ze komt zaterdag niet, oma ligt in [[ORGANISATIE|Ziekenhuis Vechtland]]. [[PERSOON|Gijs]] weet het nog niet, graag samen met [[PERSOON|Renske]] (pb) vertellen.

[[PERSOON|Sem]]: rustig, om 06:45 al wakker, wil vandaag naar de markt.

Slaapdienst: [[PERSOON|Jeroen]] /[[PERSOON|JvdS]]`,
  },
];
