import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd3-a25',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-d3a',
    knownNames: ['Mw. B. (Berendina) Roelofsen-te Brake'],
    text: `[[DATUM|9 mei]] - vroege dienst
Vandaag is mw. [[LEEFTIJD|100]] jaar geworden! Om 7 uur met het team voor de deur gezongen, mw. moest lachen en zei: "ik hoop da'j neet allemoal blieft eten". Ze wilde haar blauwe jurk aan en de parels van haar moeder. Kapster [[PERSOON|Monique]] kwam om 9 uur extra langs.
10.30 receptie in de grote zaal. Wethouder van de gemeente [[PLAATS|Doetinchem]] kwam met bloemen en een oorkonde, een fotograaf van de krant maakte foto's. Kleindochter [[PERSOON|Esmee]] uit [[PLAATS|Winterswijk]] had een fotoboek gemaakt van de boerderij in [[PLAATS|Wehl]]. Broer [[PERSOON|Hendrik te Brake]] ([[LEEFTIJD|96]]) werd door zijn zoon uit [[PLAATS|Aalten]] gebracht, ze hebben lang zitten praten in het plat.
Om 12 uur was mw. moe, receptie afgesloten. Op bed gelegen tot 15.00. Ze at 's middags een stukje taart, verder weinig.
Zoon [[PERSOON|Wim Roelofsen]] vroeg of de foto's op de afdeling opgehangen mogen worden, dat mag. Ook gevraagd of mw. zondag mee mag naar de kerk in [[PLAATS|Gaanderen]], met [[PERSOON|Wim]] besproken dat dit met de rolstoeltaxi kan.
Vocht: 1100 ml. Geen pijn aangegeven.
[[PERSOON|Hanneke]] EVV / [[PERSOON|hvdw]]`,
  },
  {
    id: 'd3-a26',
    genre: 'rapportage',
    setting: 'wijk',
    author: 'auteur-d3a',
    knownNames: ['Mw. R. (Rosalia) Martina-Isenia'],
    text: `[[DATUM|30-12]] avondbezoek 21.00
Mw. zat nog voor de tv, "Bon nochi, mi yu". Kleinzoon [[PERSOON|Jurick]] was er, hij had oliebollen meegenomen. Bloedsuiker 14,2 (hoog, oliebollen). Insuline volgens schema gegeven, niet extra bijgespoten. [[PERSOON|Jurick]] gevraagd morgen niet weer zoveel mee te nemen, hij moest lachen.
Mw. vertelt dat dochter [[PERSOON|Yolanda]] vanuit Curaçao met oud en nieuw belt via videobellen, [[PERSOON|Jurick]] zet dat klaar.
Mw. is [[LEEFTIJD|90]], loopt met de rollator door het huis, benen iets dikker dan vorige week. Steunkousen uit, benen ingesmeerd.
Vuurwerk: mw. is er erg bang voor sinds de brand bij haar vriendin [[PERSOON|Edith]] aan de [[ADRES|Marktgracht 112]]. [[PERSOON|Jurick]] blijft oudejaarsavond bij haar slapen.
Medicatie: [[ORGANISATIE|Apotheek De Haven]] heeft de nieuwe rol van [[DATUM|2 januari]] al bezorgd, staat in de keukenkast.
Personenalarmering getest, werkt.
[[PERSOON|Chaimae]], verzorgende IG`,
  },
  {
    id: 'd3-a27',
    genre: 'overdracht',
    setting: 'VVT',
    author: 'auteur-d3a',
    knownNames: ['Dhr. G. (Gerrit) Zwiers'],
    text: `OVERDRACHT VERPLEEGHUIS -> SEH
Datum/tijd: [[DATUM|14-01-2025]], 06.40
Van: [[ORGANISATIE|Zorgcentrum De Sallandshof]], afd. Esdoorn, [[ADRES|Heerenweg 31]], [[POSTCODE|7711 RD]] [[PLAATS|Nieuwleusen]]
Naar: SEH [[ORGANISATIE|Ziekenhuis Vechtdal]]

Naam: dhr. [[PERSOON|G. Zwiers]]
Geb.: [[DATUM|03-03-1933]] ([[LEEFTIJD|91]] jr)
BSN: [[ID|281736459]]
Polisnr.: [[ID|884102667]]
Behandelaar: SO dr. [[PERSOON|L. Kuipers]], bereikbaar via [[TELEFOON|0529-48 31 00]] toestel [[ID|318]]
Huisarts (voor opname): [[PERSOON|R. Mussche]], [[PLAATS|Dalfsen]]

Reden insturen
Vanaf 04.00 toenemend benauwd, sat 86% met 2 l O2, AH 32/min, reutelen. Temp 38,9 °C. Dhr. is helder en wil zelf naar het ziekenhuis. Beleid afgestemd met SO: wel opname, geen IC, geen reanimatie (NR sinds [[DATUM|20-06-2023]]).

Voorgeschiedenis
Hartfalen (EF 30%), AF, DM2, st. na TIA. Slechthorend, hoortoestellen mee.

Medicatie
Zie bijgevoegd overzicht van [[ORGANISATIE|Apotheek Nieuwleusen]]. Laatste gift: 22.00 alle avondmedicatie, 06.00 furosemide nog niet gegeven.

Functioneren
Loopt met rollator, transfer met 1. Eet zelf. Continent overdag, 's nachts urinaal.

Contactpersoon
Dochter [[PERSOON|Jantina Zwiers]], [[TELEFOON|06-22 70 13 58]]. Gebeld om 06.30, komt naar de SEH. Echtgenote mw. [[PERSOON|Zwiers-Nijboer]] (87) woont in het aanleunappartement, zij wordt door [[PERSOON|Jantina]] ingelicht.

Let op: het BSN op dit formulier is verkeerd overgenomen. Juiste BSN volgens de dochter: [[BSN|401165395]]. Graag in uw systeem controleren.

Overdracht door [[PERSOON|Erwin Kamphuis]], verpleegkundige nachtdienst`,
  },
  {
    id: 'd3-a28',
    genre: 'overdracht',
    setting: 'GHZ',
    author: 'auteur-d3a',
    text: `Overdracht vroeg -> laat, ma [[DATUM|24-6]]
woonvorm [[ORGANISATIE|De Wilgenhoek]], [[PLAATS|Hardenberg]]

[[PERSOON|henkie]]: onrustig na het weekend bij zijn broer in [[PLAATS|Gramsbergen]]. Wil steeds zijn jas aan. Laten lopen in de tuin, niet tegenhouden.
[[PERSOON|Marloes]]: menstruatie, buikpijn, paracetamol om 12.00 gehad. Om 18.00 mag de volgende.
[[PERSOON|Jeroen]]: weer een absence tijdens het ontbijt (8.10, ca 20 sec). Genoteerd in het epilepsieformulier.
[[PERSOON|Ilse]]: naar de dagbesteding geweest, om 15.30 terug met de taxi. Moeder (mw. [[PERSOON|Brinks]]) belt vanavond over de vakantie.
[[PERSOON|Mustafa]]: tandarts om 14.00! [[PERSOON|Sietske]] gaat mee, pasje ligt in het kantoor.
[[PERSOON|Bartje]]: goed, heeft vanochtend de vaatwasser ingeruimd "helemaal zelf".

Huishoudelijk: keukenkraan lekt nog steeds, melding gedaan bij het facilitair bureau. Boodschappen komen om 16.00.
Dienst morgen vroeg: [[PERSOON|Rianne]] is ziek, vervanging via de flexpool.

[[PERSOON|RRov]]/[[PERSOON|KZoe]]`,
  },
  {
    id: 'd3-a29',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-d3a',
    knownNames: ['Dhr. J. (Jelle) Dijkstra'],
    text: `MDO palliatieve fase - [[DATUM|3 september]]
Dhr. [[PERSOON|J. Dijkstra]], afd. Vlasbloem, [[ORGANISATIE|Zorgcentrum Myosotis]] [[PLAATS|Kampen]]

Aanwezig
SO: [[PERSOON|Hanna Feenstra]]
EVV: [[PERSOON|Marloes Brinkman]]
geestelijk verzorger: ds. [[PERSOON|W. van Dijk]]
consulent palliatieve zorg: [[PERSOON|Petra Wolff]] ([[ORGANISATIE|Netwerk Palliatieve Zorg IJssel-Vecht]])
familie: echtgenote mw. [[PERSOON|A. Dijkstra-Hoekstra]] ([[LEEFTIJD|90]]), zoon [[PERSOON|Sjoerd]] en dochter [[PERSOON|Baukje]]

Situatie
Dhr. (88) heeft gemetastaseerd prostaatcarcinoom, sinds een maand bedlegerig. Eet nog een paar happen vla, drinkt kleine slokjes. Pijn in de rug, nu op fentanylpleister 25 mcg/u met oxycodon zn. Slaapt veel, is wel aanspreekbaar.
Echtgenote woont in een aanleunwoning op het terrein ([[ADRES|Christinastraat 4a]]) en komt 2x per dag met de rolstoel, geduwd door vrijwilliger [[PERSOON|Gerrit]].

Besproken
- Wensen dhr.: hij wil niet meer naar het ziekenhuis, wil "in alle rust" sterven, met Friese psalmen. [[PERSOON|Sjoerd]] heeft een cd gemaakt.
- Er is geen euthanasieverzoek. Palliatieve sedatie uitgelegd aan de familie, mw. vindt dat een geruststelling.
- NR-beleid ([[DATUM|12-02-2022]]) bevestigd. Geen antibiotica meer bij infectie, alleen comfort.
- Mondzorg 2-uurlijks, wisselligging 3-uurlijks zolang het comfortabel is.
- [[PERSOON|Baukje]] vraagt of zij mag blijven slapen. Ja, logeerbed wordt geregeld.
- Mw. [[PERSOON|Dijkstra-Hoekstra]] zelf is ook kwetsbaar; [[PERSOON|Petra]] biedt ondersteuning aan voor haar.

Afspraken
1. Zorgplan omzetten naar zorgpad stervensfase (actie [[PERSOON|MB]])
2. Midazolam en morfine zn klaarzetten volgens protocol (actie SO)
3. Ds. [[PERSOON|van Dijk]] komt 2x per week, vaker op verzoek
4. Familie belt bij vragen eerst de afdeling: [[TELEFOON|038-333 51 20]]

Volgend overleg: bij verandering, anders over 2 weken.`,
  },
  {
    id: 'd3-a30',
    genre: 'mdo',
    setting: 'GHZ',
    author: 'auteur-d3a',
    knownNames: ['Dhr. J. (Jayden) Ramsaran'],
    text: `Verslag MDO [[DATUM|16-01]]
[[PERSOON|Jayden Ramsaran]] (19), woonlocatie [[ORGANISATIE|De Kajuit]], [[PLAATS|Almere-Buiten]]

Aanwezig: [[PERSOON|Quincy Berenos]] (pb), [[PERSOON|Fenna Postma]] (gedragswetenschapper), [[PERSOON|Jayden]], oma [[PERSOON|Sarita Ramsaran-Debi]] en tante [[PERSOON|Anjali]].
Niet aanwezig: jeugd- en gezinsbeschermer (afgemeld), AVG.

Terugblik
[[PERSOON|Jayden]] woont sinds [[DATUM|1 september]] op de groep. Hij kwam van een crisisplek in [[PLAATS|Lelystad]]. De eerste maanden waren moeilijk: 4 incidenten met schreeuwen en deuren gooien, 1 keer een begeleider geduwd ([[DATUM|12-10]]). Sinds de kerst is het rustiger.
Hij werkt 3 dagen bij de fietsenmaker op het terrein van [[ORGANISATIE|Werkcentrum De Steiger]] en is daar trots op.

Wat zegt [[PERSOON|Jayden]] zelf
"Ik wil gewoon mijn eigen studio en een scooter." Hij mist zijn oma.

Familie
Oma heeft [[PERSOON|Jayden]] grotendeels opgevoed in [[PLAATS|Amsterdam-Zuidoost]]. Zij is [[LEEFTIJD|92]] en reist met de trein op en neer, dat wordt zwaar. Tante [[PERSOON|Anjali]] stelt voor dat [[PERSOON|Jayden]] om de 2 weken naar oma gaat in plaats van andersom, met begeleiding op de eerste reizen. Oma woont aan de [[ADRES|Hoogoord 241]], ze heeft een logeerkamer.

Gedrag
[[PERSOON|Fenna]]: [[PERSOON|Jayden]] reageert vooral op vage afspraken en op "nee" zonder uitleg. Advies: afspraken op papier, altijd uitleg, 1 vaste ochtendbegeleider. Signaleringsplan is bijgesteld.

Afspraken
- Weekendbezoek oma om de 2 weken, eerste 3 keer met [[PERSOON|Quincy]] mee (start [[DATUM|1 februari]])
- Traject naar training zelfstandig wonen, doel: studio binnen 1,5 jaar
- Gesprek over de scooter: eerst bromfietscertificaat, kosten bespreken met bewindvoerder
- Tante [[PERSOON|Anjali]] ontvangt het verslag: [[EMAIL|anjali.ramsaran@hotmail.nl]]

[[PERSOON|QB]]`,
  },
  {
    id: 'd3-a31',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d3a',
    knownNames: ['Mw. L. (Lieke) Scholte'],
    text: `[[DATUM|2-8]] [[PERSOON|Lieke]] heeft vandaag zelf de bus naar [[PLAATS|Rijssen]] genomen naar haar werk bij de kinderboerderij. Ze belde bij aankomst zoals afgesproken. Trots!
Terug om 16.30, moe maar blij. /[[PERSOON|ew]]`,
  },
  {
    id: 'd3-a32',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d3a',
    knownNames: ['Dhr. H. (Herman) Bosch'],
    text: `Verslag begeleiding / voorbereiding verhuizing
maandag [[DATUM|7 april]]

[[PERSOON|Herman]] (66) woont al 41 jaar bij [[ORGANISATIE|Stichting De Wielewaal]], de laatste 12 jaar op woonvorm [[ORGANISATIE|Het Hofje]] in [[PLAATS|Nijverdal]]. Door zijn dementie en de valpartijen past de zorg hier niet meer. Hij verhuist op [[DATUM|22 april]] naar verpleeghuis [[ORGANISATIE|De Hellendoornse Esch]] in [[PLAATS|Hellendoorn]], afdeling voor mensen met een verstandelijke beperking en dementie.

Vandaag samen met zijn zus [[PERSOON|Dinie Kamphuis-Bosch]] een eerste bezoek gebracht. [[PERSOON|Herman]] liep met zijn rollator rond, keek lang naar de vogelkooi in de hal. Hij vroeg drie keer of [[PERSOON|Gerrit]] (zijn vriend van de woonvorm) ook mee kwam. We hebben uitgelegd dat [[PERSOON|Gerrit]] op bezoek kan komen. Hij werd stil.
EVV daar, [[PERSOON|Sandra Pieterse]], heeft een levensboek gekregen van ons en de lijst met zijn gewoontes: koffie met 3 klontjes, elke dag de Tubantia (oude kranten mogen weg, hij leest steeds dezelfde), om 19.00 naar bed met radio Oost aan.
Afspraken:
- [[PERSOON|Mirjam]] (pb) gaat de eerste 2 weken 3x per week bij hem langs in het verpleeghuis.
- Huisarts: dossier gaat van [[ORGANISATIE|Huisartsenpraktijk Nijverdal-Zuid]] naar de SO van het verpleeghuis, brief is verstuurd op [[DATUM|3/4]].
- Verhuisdag: [[PERSOON|Dinie]] en haar man [[PERSOON|Jan]] helpen, wij regelen de bus.
- Afscheidsfeestje op de woonvorm op vr [[DATUM|18 april]], [[PERSOON|Herman]] wil patat.
[[PERSOON|M. ten Dam]]`,
  },
  {
    id: 'd3-a33',
    genre: 'email',
    setting: 'VVT',
    author: 'auteur-d3a',
    text: `Van: [[EMAIL|baxter@apotheekdeveste.nl]]
Aan: afdeling [[ORGANISATIE|Zonnebloem]] <[[EMAIL|zonnebloem@vechtzorg-ommen.nl]]>
Datum: [[DATUM|27-03]]
Onderwerp: wijziging baxterrollen bewoners [[ORGANISATIE|Zonnebloem]]

Beste collega's,

Naar aanleiding van het telefoontje van [[PERSOON|Gonnie]] van gisteren:
- mw. [[PERSOON|Ter Beek]] (kamer 4): omeprazol gestopt per [[DATUM|28-3]], zit vanaf de nieuwe rol er niet meer in. Restant uit de oude rol graag niet geven.
- dhr. [[PERSOON|Azizi]] (kamer 9): nieuwe medicatie apixaban 2dd 2,5 mg, start [[DATUM|29-3]]. De eerste dagen los meegeleverd in een doosje.
- mw. [[PERSOON|van Dam-Eshuis]] (kamer 11): dosering levothyroxine verhoogd naar 75 mcg volgens de huisarts (dr. [[PERSOON|Rutgers]]).

De nieuwe rollen worden maandag geleverd door de bezorger. Bij vragen ben ik bereikbaar op [[TELEFOON|0529-45 12 68]], toestel [[ID|23]], of via de KNMP-lijn voor zorginstellingen.

Met vriendelijke groet,
[[PERSOON|Sabine Kok]]
apothekersassistente
[[ORGANISATIE|Apotheek De Veste]], [[ADRES|Markt 6]], [[POSTCODE|7731 DB]] [[PLAATS|Ommen]]
[[URL|www.apotheekdeveste.nl]]`,
  },
  {
    id: 'd3-a34',
    genre: 'email',
    setting: 'HA',
    author: 'auteur-d3a',
    text: `Van: [[PERSOON|Bulut, Ayla]] <[[EMAIL|a.bulut@hadeberkenhof.nl]]>
Verzonden: vrijdag [[DATUM|7 februari]] 11:20
Aan: [[EMAIL|evv.ijsselhof@zorggroepdeplank.nl]]
CC: [[PERSOON|Beek, J. van der]]
Onderwerp: FW: verzoek herhaalrecept dhr. [[PERSOON|Van Ommen]]

Hoi,

Zie hieronder. Dokter [[PERSOON|van der Beek]] heeft het recept klaargezet, het gaat vanmiddag naar de apotheek. Volgende keer kunt u het ook via het portaal aanvragen.

Groet, [[PERSOON|Ayla]]
doktersassistente [[ORGANISATIE|Huisartsenpraktijk De Berkenhof]], [[PLAATS|Zwolle]]
AGB praktijk: [[ID|01058823]]
[[TELEFOON|038 - 421 77 30]] (keuze 2)

> Van: [[PERSOON|Hemmink, Ria]]
> Verzonden: donderdag [[DATUM|6 februari]] 16:55
> Onderwerp: verzoek herhaalrecept dhr. [[PERSOON|Van Ommen]]
>
> Goedemiddag, wilt u voor dhr. [[PERSOON|P. van Ommen]] (geb. [[DATUM|22-8-1930]], [[LEEFTIJD|94]] jr) een herhaalrecept klaarzetten voor de tramadol en de lactulose? Voorraad is nog 2 dagen. Groet, [[PERSOON|Ria Hemmink]], EVV [[ORGANISATIE|De IJsselhof]]`,
  },
  {
    id: 'd3-a35',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-d3a',
    knownNames: ['Mw. W. (Willemijn) Lammers-Tuinstra'],
    text: `Visite [[ORGANISATIE|Verzorgingshuis Sint Maarten]], [[DATUM|20/11]]
S: Verzorgende ([[PERSOON|Ellen]]) meldt dat mw. sinds 3 dagen niet meer uit bed wil, minder eet en "anders" is. Mw. zelf: moe, geen pijn. Geen hoesten, wel minder plassen. Ontlasting laatst 4 dagen geleden.
O: Suf maar wekbaar, georienteerd in persoon. RR 102/58, P 88, temp 36,4. Mond droog. Buik: opgezet, weinig peristaltiek, drukpijn onderbuik. RT: harde ontlasting in ampul.
E: Obstipatie met lichte dehydratie bij [[LEEFTIJD|97]]-jarige, DD begin delier.
P: Klysma vandaag, daarna macrogol 2dd. Drinken stimuleren, vochtlijst. Lab (kreat, Na/K, CRP) morgen via de prikdienst. Zoon [[PERSOON|Douwe Lammers]] gebeld, hij komt vanavond. Controle over 2 dagen, eerder bij koorts of toenemende sufheid.
[[PERSOON|A. de Graaf]], huisarts`,
  },
  {
    id: 'd3-a36',
    genre: 'soep',
    setting: 'wijk',
    author: 'auteur-d3a',
    knownNames: ['Dhr. T. (Teunis) van Essen'],
    text: `Huisbezoek wijkverpleging [[DATUM|11-06]] - dhr. [[PERSOON|van Essen]], [[ADRES|Dorpsstraat 140-A]], [[POSTCODE|3781 BH]] [[PLAATS|Voorthuizen]]
S: Dhr. ([[LEEFTIJD|92]]) geeft aan dat hij zich "duizelig" voelt bij opstaan, is gisteren bijna gevallen in de gang. Buurman [[PERSOON|Teun Kleijer]] vond hem op de trap zittend. Drinkt weinig "want dan moet ik er 's nachts steeds uit".
O: RR liggend 138/76, staand na 1 min 108/64, na 3 min 112/66. Pols 84 reg. Mond droog, huidturgor verminderd. Drinklijst: ca. 700 ml/dag. Nieuw sinds 2 weken: tamsulosine (uroloog [[ORGANISATIE|Ziekenhuis De Veluwerand]]).
E: Orthostatische hypotensie, waarschijnlijk door tamsulosine en te weinig vocht. Verhoogd valrisico.
P: Huisarts [[PERSOON|Mulder]] gebeld, overweegt tamsulosine 's avonds te geven en belt de uroloog. Voorlichting: rustig opstaan, eerst zitten op de bedrand. Drinken verdeeld over de dag, na 19.00 minder. Dochter [[PERSOON|Janneke]] regelt een po-stoel voor de nacht. Valrisico opnieuw scoren over 1 week.
[[PERSOON|Iris]], wijkverpleegkundige`,
  },
];
