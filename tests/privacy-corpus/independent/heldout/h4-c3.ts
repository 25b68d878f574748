import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h4-c25',
    genre: 'email',
    setting: 'GGZ',
    author: 'auteur-h4c',
    text: `Van: [[EMAIL|poh-ggz@hapcamminghaburen.nl]]
Aan: [[EMAIL|w.tuinstra@fryskbeskermwenjen.nl]]
Datum: [[DATUM|9-10-2024]]
Onderwerp: RE: depot dhr. [[PERSOON|Algra]]

Hoi [[PERSOON|Wietse]],

Dank voor je bericht. Ik heb het met dr. [[PERSOON|Van der Ploeg]] besproken. De depotinjectie (Abilify Maintena 400 mg) kan gewoon in de praktijk gegeven worden, de volgende staat op [[DATUM|23 oktober]] om 11:20. Wil jij zorgen dat [[PERSOON|Sybren]] meekomt? De vorige keer is hij niet verschenen en moest de assistente hem drie keer bellen.
Over de bijwerkingen die je noemt (onrustige benen, niet stil kunnen zitten): dat wil de huisarts graag zelf zien, ik heb een dubbele afspraak ingepland. Als het acathisie is wordt er overlegd met de psychiater.

Groet,
[[PERSOON|Esther Jellema]]
POH-GGZ [[ORGANISATIE|Huisartsenpraktijk Camminghaburen]]
[[TELEFOON|058-215 40 90]], toestel [[ID|2130]]

-----
Van: [[PERSOON|Wietse Tuinstra]]
Verzonden: maandag [[DATUM|7 oktober 2024]] 14:18
Onderwerp: depot dhr. [[PERSOON|Algra]]

Beste [[PERSOON|Esther]],

Ik ben de nieuwe persoonlijk begeleider van dhr. [[PERSOON|Sybren Algra]] (geb. [[DATUM|11-06-1985]]) in onze woonvoorziening aan de [[ADRES|Kalverdijkje 71]] in [[PLAATS|Leeuwarden]]. [[PERSOON|Sybren]] vertelt ons dat hij sinds de laatste prik 'kriebels in de benen' heeft en 's nachts de gang op en neer loopt. Dat zien wij ook, vooral 's avonds.
Kan de huisarts hier eens naar kijken? En klopt het dat de prik voortaan bij jullie gegeven wordt in plaats van bij de polikliniek?

Met vriendelijke groet,
[[PERSOON|Wietse Tuinstra]]
woonbegeleider, [[ORGANISATIE|Frysk Beskerm Wenjen]]
[[TELEFOON|06-33 81 42 07]]`,
  },
  {
    id: 'h4-c26',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-h4c',
    knownNames: ['Dhr. A. (Ashwin) Ramdin'],
    text: `CRISIS – vr [[DATUM|16-05]]
[[ORGANISATIE|Beschermd Wonen De Kalkwijk]], [[ADRES|Kalkwijk 120-2]], [[PLAATS|Hoogezand]]

Situatie
Sinds ca. een week toenemende psychotische verschijnselen bij [[PERSOON|Ashwin]]. Hij zegt dat hij stemmen hoort die hem opdracht geven 'het huis te reinigen', hij heeft gisteren zijn matras naar buiten gesleept en zout over de drempels gestrooid. Eet en slaapt nauwelijks. Medicatie weigert hij sinds maandag ('dat is gif').

Verloop vandaag
10:15 [[PERSOON|Ashwin]] staat in de gemeenschappelijke keuken met een bezem en slaat op het aanrecht. Medebewoner [[PERSOON|Kevin]] voelt zich bedreigd en is naar buiten gegaan.
10:20 Begeleiders [[PERSOON|Joyce]] en [[PERSOON|Hamid]] spreken hem aan op afstand. Hij laat de bezem vallen, blijft schreeuwen.
10:35 Contact met behandelaar [[PERSOON|S. Ramaker]] (SPV, [[ORGANISATIE|GGZ Ommeland]]). Zij schakelt de crisisdienst in.
11:40 Crisisdienst (dr. [[PERSOON|Pinkster]], psychiater, en vpk [[PERSOON|Annemieke]]) ter plaatse. [[PERSOON|Ashwin]] weigert gesprek, loopt weg naar zijn kamer en barricadeert de deur.
12:30 Na overleg met de burgemeester wordt een crisismaatregel (Wvggz) afgegeven. Politie ondersteunt bij het vervoer.
13:15 [[PERSOON|Ashwin]] gaat zonder fysiek verzet mee, huilt. Opname in [[ORGANISATIE|Kliniek Oldambt]] in [[PLAATS|Winschoten]].

Familie
Broer [[PERSOON|Radjesh Ramdin]] gebeld om 13:30 ([[TELEFOON|06-28 73 51 90]]). Hij brengt vanavond kleding en zijn telefoonoplader naar de kliniek. Moeder woont in Suriname, broer informeert haar.

Nazorg team
[[PERSOON|Kevin]] en andere bewoners opgevangen in de huiskamer, kort nagesproken. [[PERSOON|Joyce]] was erg geschrokken, teamleider [[PERSOON|Bert Drenth]] belt haar morgen.
Kamer van [[PERSOON|Ashwin]] afgesloten, matras binnengehaald. Contact met kliniek over terugkeer na opname via [[PERSOON|S. Ramaker]].

[[PERSOON|jo]] / [[PERSOON|hb]]`,
  },
  {
    id: 'h4-c27',
    genre: 'begeleiding',
    setting: 'GGZ',
    author: 'auteur-h4c',
    knownNames: ['Mw. S. (Sevda) Aydın'],
    text: `Kwartaalrapportage herstel – [[PERSOON|Sevda Aydın]]
Periode: [[DATUM|1 april]] t/m [[DATUM|30 juni]]
Woonbegeleider: [[PERSOON|Joost Verburg]]
Locatie: [[ORGANISATIE|Bevelands Huis]], [[PLAATS|Goes]]

Leefgebied wonen
[[PERSOON|Sevda]] houdt haar studio zelf schoon, met het weekschema op de koelkast. In mei was er een terugval (twee weken niet opgeruimd, afwas liet ze staan), die viel samen met de sterfdag van haar vader. Ze herkende dit zelf en vroeg om extra gesprekken. Dat is een grote stap vergeleken met vorig jaar.

Leefgebied dagbesteding/werk
Werkt 2 ochtenden als vrijwilliger in de tuin van [[ORGANISATIE|Zorghoeve De Kraayert]] in [[PLAATS|'s-Heer Arendskerke]]. Begeleider daar ([[PERSOON|Corrie Koene]]) is erg positief: 'ze neemt het initiatief, stuurt de nieuwe vrijwilligers aan'. Wil na de zomer een derde ochtend.

Leefgebied sociaal
Contact met moeder in [[PLAATS|Rotterdam]] is verbeterd, ze gaat één keer per maand op bezoek. Met broer [[PERSOON|Murat]] nog steeds geen contact, dat is haar eigen keuze. Ze heeft via de herstelgroep een vriendin gevonden ([[PERSOON|Linda]]), samen gaan ze zwemmen.

WRAP / herstel
Met ervaringsdeskundige [[PERSOON|Ilse de Klerk]] heeft ze haar WRAP-plan afgemaakt. Haar eigen vroege signalen: niet meer koken, alleen series kijken, telefoon uit. Wat helpt: wandelen langs de Oosterschelde, muziek van haar vader, [[PERSOON|Linda]] bellen.

Medicatie en behandeling
Sertraline 100 mg, stabiel. Behandeling bij psychiater dr. [[PERSOON|L. Pieters]] wordt afgeschaald naar 1x per 3 mnd.

Conclusie
Goede periode ondanks terugval. Volgende stap: oriëntatie op uitstroom (begeleid wonen). [[PERSOON|Sevda]] wil nog even wachten tot na de zomer.

[[PERSOON|JV]]`,
  },
  {
    id: 'h4-c28',
    genre: 'rapportage',
    setting: 'GHZ',
    author: 'auteur-h4c',
    knownNames: ['Dhr. J. (Jelle) Tjeerdsma'],
    text: `wo [[DATUM|2/7]]
[[PERSOON|Jelle]] vandaag niet naar dagbesteding [[ORGANISATIE|De Skuorre]] geweest ivm verkoudheid. Hele ochtend in zijn stoel bij het raam, puzzelen. 's Middags opgeknapt. /[[PERSOON|gh]]

do [[DATUM|3/7]]
Weer naar dagbesteding. Bij thuiskomst vertelde hij enthousiast dat beppe zaterdag [[LEEFTIJD|100]] wordt. Dat klopt, beppe woont in [[ORGANISATIE|Zorgcentrum Hiddema State]] in [[PLAATS|Franeker]]. Nagevraagd bij tante [[PERSOON|Aukje]] ([[TELEFOON|0517-38 42 19]]): feest is in de zaal van de kerk in [[PLAATS|Tzum]], 14:00-17:00. [[PERSOON|Jelle]] gaat met tante mee, zij haalt hem om 13:15 op. /[[PERSOON|mdb]]

vr [[DATUM|4/7]]
Nieuw overhemd gekocht met [[PERSOON|Grietje]] (stagiaire) voor het feest. Hij wil zijn stropdas met de eendjes om. Rustig, wel veel vragen over zaterdag. Dagschema met foto's gemaakt. /[[PERSOON|mdb]]

za [[DATUM|5/7]]
13:15 opgehaald door tante [[PERSOON|Aukje de Vries]]. 
18:10 terug, moe maar blij. Foto met beppe laten zien. Tante meldt dat hij 1x overstuur raakte door de muziek, toen even met hem naar buiten gegaan. Extra koptelefoon meegeven volgende keer. /[[PERSOON|hk]]

zo [[DATUM|6/7]]
Uitslapen tot 10:00. Verder rustige dag. /[[PERSOON|hk]]`,
  },
  {
    id: 'h4-c29',
    genre: 'verwijzing',
    setting: 'GHZ',
    author: 'auteur-h4c',
    text: `[[ORGANISATIE|Stichting Westerkwartier Zorg]]
woonlocatie [[ORGANISATIE|De Tolberter Hof]]
[[ADRES|Hoofdstraat 63-a]], [[POSTCODE|9351 PG]] [[PLAATS|Leek]]

Aan: [[ORGANISATIE|Expertisecentrum Het Kompas]], team consultatie
[[ADRES|Paterswoldseweg 810]], [[POSTCODE|9728 BM]] [[PLAATS|Groningen]]

[[PLAATS|Leek]], [[DATUM|20-02-2025]]

Betreft: verzoek om gedragskundige consultatie
Cliënt: dhr. [[PERSOON|D. (Damian) Zielinski]]
Geboren: [[DATUM|30-08-2001]]
BSN: [[ID|234567891]] (let op: nummer wordt nog gecontroleerd, in ons systeem staat een afwijkend nummer)
Wettelijk vertegenwoordiger: mw. [[PERSOON|K. Zielinska]] (moeder), [[TELEFOON|06-51 39 82 46]]
Indicatie: Wlz, VG 06 met extra kosten thuis

Geachte heer, mevrouw,

Hierbij vragen wij een consultatie aan voor [[PERSOON|Damian]] (23). [[PERSOON|Damian]] heeft een matig verstandelijke beperking en het fragiele-X-syndroom. Hij woont sinds [[DATUM|september 2023]] bij ons.

Vraagstelling
Sinds de zomer laat [[PERSOON|Damian]] meer zelfverwondend gedrag zien: bijten in de hand, hoofd tegen de muur slaan, met name bij overgangsmomenten (van dagbesteding naar huis, naar bed gaan). Het gedrag is in frequentie toegenomen van ca. 2x per week naar dagelijks. Het team voelt zich handelingsverlegen en er is veel verloop in personeel, wat de voorspelbaarheid voor [[PERSOON|Damian]] niet ten goede komt.

Al ingezet
- observatie en ABC-registratie (6 weken), zie bijlage
- medische screening door AVG dr. [[PERSOON|R. Venema]]: oorontsteking uitgesloten, gebit gecontroleerd, geen pijnbron gevonden
- visueel dagprogramma met time-timer
- overleg met onze eigen gedragskundige [[PERSOON|Ingrid Wolters]], die de vraag doorverwijst vanwege de complexiteit

Wij vragen u mee te denken over verklaring en aanpak, bij voorkeur met een observatie ter plaatse. Moeder is op de hoogte en akkoord.

Met vriendelijke groet,

[[PERSOON|Ingrid Wolters]], gedragskundige
[[PERSOON|Sander Bos]], persoonlijk begeleider
[[TELEFOON|0594-51 77 20]] | [[EMAIL|gedragskunde@westerkwartierzorg.nl]]`,
  },
  {
    id: 'h4-c30',
    genre: 'mdo',
    setting: 'GGZ',
    author: 'auteur-h4c',
    knownNames: ['Mw. R. (Romy) Kaan'],
    text: `MDO / evaluatie begeleidingsplan
Cliënt: mw. [[PERSOON|R. Kaan]] (29), cliëntnr. [[ID|881204733]]
Datum: [[DATUM|12 november 2024]], 10:00
Locatie: [[ORGANISATIE|Beschermd Wonen De Meent]], [[ADRES|Bergerweg 44]], [[PLAATS|Alkmaar]]

Aanwezig
[[PERSOON|Romy Kaan]] – cliënt
[[PERSOON|Bas Schuitemaker]] – PB, voorzitter
dr. [[PERSOON|K. Sitaldin]] – psychiater [[ORGANISATIE|FACT Noorderkwartier]]
[[PERSOON|Mirjam Groot]] – SPV
[[PERSOON|Jan-Willem Kaan]] – vader
[[PERSOON|Fleur]] – ervaringsdeskundige (stagiaire)
Notulist: [[PERSOON|Bas]]

1. Terugblik
Het afgelopen half jaar stond in het teken van de zelfbeschadiging. Er zijn 4 incidenten geweest (laatste [[DATUM|28 september]]), waarvan 1 met SEH-bezoek in [[ORGANISATIE|Ziekenhuis Kennemerduin]]. Sinds oktober is het rustiger. [[PERSOON|Romy]] zegt zelf dat de DGT-groep helpt, "ik heb nu skills in plaats van alleen maar een mesje". Ze gebruikt de vaardighedenkaart en het crisisplan, ook online via [[URL|https://mijn.demeentbw.nl/crisisplan]].

2. Behandeling
DGT loopt nog tot eind maart. Dr. [[PERSOON|Sitaldin]] wil de quetiapine afbouwen naar 100 mg, [[PERSOON|Romy]] is daar bang voor (slaap). Afspraak: stapsgewijs, elke 2 weken, met slaapdagboek.

3. Wonen en dagbesteding
[[PERSOON|Romy]] volgt 2 dagen een opleiding tot groenmedewerker bij het ROC in [[PLAATS|Heerhugowaard]], en werkt 1 dag bij [[ORGANISATIE|Leerwerkbedrijf Het Spaarndammerhout]]. Het gaat goed maar ze is na schooldagen uitgeput. Vader vindt dat ze te veel doet. [[PERSOON|Romy]] wil het zelf zo houden.

4. Familie
Vader [[PERSOON|Jan-Willem]] wil vaker geïnformeerd worden. [[PERSOON|Romy]] geeft toestemming voor een maandelijks belmoment met [[PERSOON|Bas]], niet over de inhoud van de DGT. Moeder ([[PERSOON|Gonnie Kaan-de Wit]]) is niet betrokken, op wens van [[PERSOON|Romy]].

5. Risico's
Signaleringsplan bijgewerkt. Nieuwe trigger: contact met ex-vriend ([[PERSOON|Dennis]]). Bij contact met hem extra gesprek aanbieden.

Afspraken
- afbouw quetiapine volgens schema – dr. [[PERSOON|Sitaldin]] / [[PERSOON|M. Groot]]
- belmoment vader 1x per maand – [[PERSOON|Bas]]
- evaluatie na afronding DGT, rond [[DATUM|15 april 2025]]

[[PERSOON|bs]]`,
  },
  {
    id: 'h4-c31',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-h4c',
    knownNames: ['Dhr. R. (Roelf) Oosterhuis'],
    text: `Korte notitie gesprek [[DATUM|26-05]]
[[PERSOON|Roelf]] wil graag een eigen postvakje, "net als op de sociale werkplaats vroeger". Hij krijgt post van de bewindvoerder en wil die zelf openmaken. Afgesproken dat hij de post samen met [[PERSOON|Henk]] (PB) opent op donderdag. Hij vertelde ook dat hij op [[ADRES|Dorpsstraat 5]] in [[PLAATS|Wildervank]] is geboren, 'het huis met de groene deur', en dat hij daar graag nog eens heen wil. Uitje plannen in juni.
-[[PERSOON|hm]]`,
  },
  {
    id: 'h4-c32',
    genre: 'crisis',
    setting: 'GHZ',
    author: 'auteur-h4c',
    knownNames: ['Mw. I. (Imane) Chaouch'],
    text: `Crisisnotitie zo [[DATUM|16 februari]] – incident tijdens familiebezoek
Locatie: [[ORGANISATIE|Woonvorm De Zeedijk]], [[PLAATS|Oostburg]]

14:20 Broer van [[PERSOON|Imane]], dhr. [[PERSOON|Karim Chaouch]], komt onaangekondigd op bezoek. Hij eist dat [[PERSOON|Imane]] meegaat naar [[PLAATS|Breskens]], 'de familie heeft besloten'. [[PERSOON|Imane]] (26) wil niet, begint te huilen en verstopt zich achter begeleider [[PERSOON|Yvonne]].
14:25 Dhr. verheft zijn stem, gooit een stoel om. Andere bewoners naar hun kamer gebracht door [[PERSOON|Bram]].
14:30 [[PERSOON|Yvonne]] vraagt dhr. te vertrekken. Hij weigert, zegt dat hij 'haar voogd' is. (Klopt niet: mentor is mw. [[PERSOON|J. Lievense]] van [[ORGANISATIE|Mentorschap Zeeland-Zuid]].)
14:40 Politie gebeld via 112, dhr. vertrekt voordat de politie er is. Politie komt om 15:05, aangifte vernieling besproken. Melding ook bij de wijkagent.
15:30 [[PERSOON|Imane]] rustig op haar kamer met [[PERSOON|Yvonne]], praat over haar angst. Ze zegt dat haar broer haar vaker bedreigt via de telefoon, en dat er sprake is van een 'afspraak' over een huwelijk in Marokko. Dit is nieuwe informatie.

Gedaan / vervolg
- mentor mw. [[PERSOON|Lievense]] gebeld op [[TELEFOON|0117-45 38 02]], komt morgen langs
- overleg met achterwacht/teamleider [[PERSOON|R. de Kam]]: advies vragen bij Veilig Thuis (meldcode, mogelijk huwelijksdwang). Teamleider doet dit morgen.
- bezoekregeling: dhr. [[PERSOON|K. Chaouch]] voorlopig alleen op afspraak en onder begeleiding. Voordeur blijft dicht bij onaangekondigd bezoek.
- gedragskundige [[PERSOON|Selma Traas]] inlichten ivm spanning en slaap
- MIC-melding gemaakt

[[PERSOON|yk]]`,
  },
  {
    id: 'h4-c33',
    genre: 'email',
    setting: 'GHZ',
    author: 'auteur-h4c',
    text: `Van: [[EMAIL|trijntjevanderveen@live.nl]]
Aan: [[EMAIL|anke.hofman@stichtingwoldwenjen.nl]]
Onderwerp: Re: kleding [[PERSOON|Jannes]]
Datum: do [[DATUM|6 mrt 2025]], 21:14

hoi [[PERSOON|anke]],
dank je wel voor het bericht. ik kom zaterdag wel even met de winterjas. [[PERSOON|jannes]] zegt dat hij de blauwe wil maar die is te klein, dus ik neem de grijze mee. zeg maar niet tegen hem dan wordt ie boos ;)
heeft [[PERSOON|jannes]] al gezegd dat zijn opa in het ziekenhuis ligt? hij snapt het niet helemaal denk ik. mijn vader ([[LEEFTIJD|93]]) ligt in [[ORGANISATIE|Tjongerhof Ziekenhuis]] in [[PLAATS|Heerenveen]] met een longontsteking. als het slechter gaat bel ik jullie.

groetjes [[PERSOON|trijntje]] (mem van [[PERSOON|jannes]])

Op wo [[DATUM|5 mrt 2025]] om 16:02 schreef [[PERSOON|Anke Hofman]] <[[EMAIL|anke.hofman@stichtingwoldwenjen.nl]]>:
> Beste mevrouw [[PERSOON|van der Veen]],
>
> Het wordt kouder en [[PERSOON|Jannes]] heeft nog geen goede winterjas hier op [[ORGANISATIE|De Lendehoeve]]. Hij loopt nu elke dag in zijn dunne jack naar de dagbesteding. Kunt u een jas meenemen of mogen wij er een kopen van zijn kleedgeld?
> Verder gaat het goed met hem, hij heeft het naar zijn zin bij [[ORGANISATIE|Houtwerkplaats De Spaander]] in [[PLAATS|Wolvega]].
>
> Met vriendelijke groet,
> [[PERSOON|Anke Hofman]]
> persoonlijk begeleider
> [[ORGANISATIE|Stichting Wold Wenjen]] | [[TELEFOON|0561-61 22 47]]`,
  },
  {
    id: 'h4-c34',
    genre: 'rapportage',
    setting: 'GGZ',
    author: 'auteur-h4c',
    knownNames: ['Dhr. K. (Krzysztof) Zieliński'],
    text: `[[DATUM|09-12-2024]] 10:30 – [[PERSOON|Krzysztof]] ('[[PERSOON|Kris]]') vandaag naar afspraak bij de schuldhulp gemeente [[PLAATS|Winschoten]] samen met begeleider. Alle papieren mee. Ging beter dan verwacht, hij stelde zelf vragen. Vervolgafspraak [[DATUM|16-01]]. Hij was trots. /[[PERSOON|AM]]

[[DATUM|09-12-2024]] 19:45 – [[PERSOON|Kris]] had bezoek van een landgenoot, [[PERSOON|Tomasz]]. Bij het weggaan rook de kamer naar alcohol. Aangesproken, [[PERSOON|Kris]] ontkent gedronken te hebben, blaastest geweigerd (is vrijwillig). Afspraak uit plan: bij vermoeden van gebruik geen bezoek de volgende dag. Dit met hem besproken, hij was het er niet mee eens maar accepteerde het. /[[PERSOON|lvd]]

[[DATUM|10-12-2024]] 08:50 – Op tijd op, gedoucht, ontbeten. Oogt fris. Vroeg of hij zijn moeder in Wrocław mag bellen vanaf de kantoortelefoon omdat zijn beltegoed op is. Gedaan, 10 min. /[[PERSOON|AM]]

[[DATUM|10-12-2024]] 14:00 – Weekgesprek met PB [[PERSOON|Anouk Meijer]]: terugblik op gisteren. Hij geeft toe dat hij 2 blikjes bier heeft gedronken met [[PERSOON|Tomasz]]. Wil hier eerlijk over zijn. Goed gesprek. Blijft bij 3 weken zonder volgens hem. /[[PERSOON|AM]]`,
  },
  {
    id: 'h4-c35',
    genre: 'verwijzing',
    setting: 'GGZ',
    author: 'auteur-h4c',
    text: `[[ORGANISATIE|Westfries Beschermd Wonen]]
[[ADRES|Westerstraat 216]]
[[POSTCODE|1601 AS]] [[PLAATS|Enkhuizen]]
[[URL|www.westfriesbeschermdwonen.nl]]

Aan: [[ORGANISATIE|Triade Verslavingszorg]], locatie [[PLAATS|Hoorn]]
t.a.v. intake
Per mail: [[EMAIL|aanmelden@triadeverslavingszorg.nl]]

[[PLAATS|Enkhuizen]], [[DATUM|2 april 2025]]

Betreft: aanmelding ambulante verslavingsbehandeling
Naam: dhr. [[PERSOON|P.H. (Peter) Groot]]
Geboortedatum: [[DATUM|14 mei 1972]]
BSN: [[BSN|317 458 346]]
Adres: [[ADRES|Westerstraat 216 K12]], [[POSTCODE|1601 AS]] [[PLAATS|Enkhuizen]]
Zorgverzekeraar/polisnr: [[ID|204815577]]
Huisarts: mw. [[PERSOON|T. Dekker-Zeeman]], [[ORGANISATIE|Gezondheidscentrum Drommedaris]]

Geachte collega,

Met instemming van dhr. [[PERSOON|Groot]] meld ik hem aan voor behandeling van zijn alcoholgebruik. De verwijsbrief van de huisarts is bijgevoegd.

Dhr. [[PERSOON|Groot]] (52) woont sinds [[DATUM|januari 2024]] in onze voorziening na een dakloosheidsperiode in [[PLAATS|Amsterdam-Noord]]. Hij heeft een bipolaire stoornis (behandeling bij [[ORGANISATIE|GGZ Westkust]]) en drinkt volgens eigen zeggen 'een paar blikken per dag', wij schatten 8-10 eenheden. Bij eerdere pogingen om te stoppen heeft hij onthoudingsverschijnselen gehad (trillen, zweten, in 2022 een insult). Klinische detox lijkt ons daarom aangewezen, maar daar moet u als specialist over oordelen.

Motivatie: dhr. wil stoppen omdat zijn dochter [[PERSOON|Melissa]] in juli gaat trouwen en hij haar 'nuchter naar het altaar wil brengen'. Dat is voor het eerst dat hij zelf met een reden komt.

Wat wij bieden: 24/7 begeleiding, medicatie-uitgifte, dagstructuur, en we kunnen hem begeleiden naar afspraken in [[PLAATS|Hoorn]].

Voor vragen ben ik bereikbaar op [[TELEFOON|0228-31 66 04]] (kantoor) of [[TELEFOON|06-47 20 91 38]].

Met vriendelijke groet,

[[PERSOON|Priscilla Maduro]]
woonbegeleider / PB
[[ORGANISATIE|Westfries Beschermd Wonen]]`,
  },
  {
    id: 'h4-c36',
    genre: 'mdo',
    setting: 'GHZ',
    author: 'auteur-h4c',
    knownNames: ['Mw. T. (Tjitske) de Haan'],
    text: `Kort MDO [[DATUM|08-04-2025]] – [[PERSOON|Tjitske]]
Aanwezig: [[PERSOON|Klaske]] (PB), AVG [[PERSOON|Hoogland]], [[PERSOON|Gerrit de Haan]] (broer/mentor, tel.), [[PERSOON|Annemiek]] (fysio)
Locatie: [[ORGANISATIE|De Fjouwer Wâlden]], [[PLAATS|Joure]]

- Slikproblemen toegenomen, 2x verslikt deze maand. Logopedist komt [[DATUM|15/4]]. Tot dan gemalen voeding, drinken met verdikkingsmiddel (Thick & Easy).
- Valrisico: nieuwe rollator goed in gebruik, geen valincidenten.
- Broer akkoord met beide punten, wil uitslag logo horen.
- Volgend MDO na logo-advies.

[[PERSOON|kvdm]]`,
  },
];
