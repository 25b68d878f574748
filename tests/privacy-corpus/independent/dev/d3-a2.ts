import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd3-a13',
    genre: 'rapportage',
    setting: 'wijk',
    author: 'auteur-d3a',
    knownNames: ['Mw. J. (Johanna) Knippenberg'],
    text: `[[DATUM|2 jan]] 08.30 - mw. lag nog in bed, had de wekker niet gehoord. Kachel stond uit, huis 16 graden. Thermostaat weer op 20 gezet, mw. had hem op de nachtstand gedraaid "want het gas is zo duur". Ochtendzorg gedaan, mw. at een halve beschuit.
Buurvrouw [[PERSOON|Yasmina Ouali]] (nr. 8) kwam even binnen, zij doet de boodschappen bij de Jumbo op de Brink en heeft een sleutel. Zij vindt dat mw. de laatste weken veel vergeet. /[[PERSOON|gk]]

[[DATUM|2 jan]] 17.15 - avondronde. Warme maaltijd stond nog dicht in de koelkast. Samen opgewarmd, mw. at de helft. Bij medicatie gezien dat het ochtendzakje van vandaag nog in de baxterrol zat, dus niet ingenomen. Overlegd met de praktijk van huisarts [[PERSOON|Brouwer]] ([[ORGANISATIE|Huisartsen Colmschate]]): alsnog de ochtendmedicatie geven behalve de furosemide. Gedaan. /[[PERSOON|sm]]

[[DATUM|3 jan]] 08.20 - mw. was al op, wel in dezelfde kleding als gisteren. Ze vertelde trots dat ze [[LEEFTIJD|95]] is "en nog alles zelf doet". Zoon [[PERSOON|kees]] belde tijdens de zorg vanuit [[PLAATS|Groningen]], hij komt zaterdag. Met hem afgesproken dat we een MDO willen met de casemanager, hij vindt dat goed. Tel. zoon [[PERSOON|Kees Knippenberg]] [[TELEFOON|06 - 20 47 81 33]].
Alarmknop om de pols gecontroleerd, werkt. Alarmering loopt via [[ORGANISATIE|Zorgcentrale Oost]], buurvrouw staat als 1e sleutelhouder, zoon als 2e.
Adres voor de casemanager: [[ADRES|Vrijheidslaan 6]], [[POSTCODE|7422 kp]] [[PLAATS|Deventer]]. /[[PERSOON|gk]]`,
  },
  {
    id: 'd3-a14',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-d3a',
    knownNames: ['Mw. A. (Aaltje) Kramer-Hoekman'],
    text: `Zondag [[DATUM|21-07]]
Mw. wilde om 9 uur klaar zijn voor de kerkdienst op tv. Aangekleed in haar zwarte jurk met de broche van haar moeder. Dienst gevolgd in de huiskamer, mw. zong alle psalmen mee, uit haar hoofd.
Middag: ds. [[PERSOON|Romkes]] kwam op bezoek, samen gebeden. Daarna veel familie: schoondochter [[PERSOON|Geesje]], 3 kleinkinderen en ome [[PERSOON|Lubbert]] (broer van haar overleden man). Te veel mensen tegelijk op de kamer, mw. werd daarna erg moe en wat verward, vroeg of "de mannen al binnen waren van zee".
Met schoondochter afgesproken dat bezoek op zondag in 2 groepjes komt. Zij overlegt met de rest van de familie, er zijn 11 kleinkinderen en veel achterkleinkinderen.
Mw. is [[LEEFTIJD|93]] en heeft haar hele leven op [[PLAATS|Urk]] gewoond, sinds maart bij ons in [[ORGANISATIE|De Vuurbaak]]. Ze spreekt Urkers, sommige collega's verstaan haar slecht. [[PERSOON|Hendrikje]] van de nachtdienst kan tolken als het nodig is.
Avond: 1 boterham, pap, 2 bekers thee. Om 20.00 naar bed.
[[PERSOON|Jolanda]] EVV`,
  },
  {
    id: 'd3-a15',
    genre: 'rapportage',
    setting: 'GHZ',
    author: 'auteur-d3a',
    knownNames: ['Mw. C. (Corrie) van Lent'],
    text: `[[DATUM|8-10]] [[PERSOON|Cor]] had een goede dag. Ochtend naar de tandarts geweest ([[ORGANISATIE|Tandartspraktijk Waalzicht]], [[PLAATS|Tiel]]), 1 kies getrokken. Ze was flink, wel bang voor de naald. Pijnstilling paracetamol om 14u gegeven, daarna geen pijn meer aangegeven.
Middag met [[PERSOON|Gerrie]] en [[PERSOON|Harm]] van de groep puzzelen in de woonkamer. [[PERSOON|Cor]] werd boos toen [[PERSOON|Harm]] een stukje "stal". Zelf weer goed gemaakt met een knuffel.
Zus [[PERSOON|Dina]] ([[LEEFTIJD|90]]) belde uit [[PLAATS|Culemborg]]. Ze kan niet meer zelf op bezoek komen, haar knie is slecht. Afgesproken dat we [[PERSOON|Cor]] eens per maand met de taxi naar haar brengen, adres [[ADRES|Achterweg 17]]. [[PERSOON|Dina]] belt zelf de volgende keer naar [[PERSOON|Marieke]] (pb) om een dag te prikken.
[[PERSOON|Cor]] is 71 en wordt de laatste tijd wat trager bij het aankleden. Observeren, bespreken in het volgende teamoverleg.
[[PERSOON|lb]]`,
  },
  {
    id: 'd3-a16',
    genre: 'overdracht',
    setting: 'VVT',
    author: 'auteur-d3a',
    knownNames: ['Dhr. B. (Bennie) Nijkamp'],
    text: `Overdracht na logeeropname (respijtzorg) - naar wijkverpleging
Dhr. [[PERSOON|B. Nijkamp]], geb. [[DATUM|30-05-1939]]
Logeerde van [[DATUM|4]] t/m [[DATUM|18 augustus]] op locatie [[ORGANISATIE|De Drieskamp]] ivm opname van zijn echtgenote mw. [[PERSOON|Nijkamp-Leferink]] in [[ORGANISATIE|Ziekenhuis Hof van Twente]].
Gaat op [[DATUM|18-08]] terug naar huis: [[ADRES|Tuindorpstraat 61]], [[POSTCODE|7555 CH]] [[PLAATS|Hengelo]]. Echtgenote is [[DATUM|16-08]] ontslagen en wordt ondersteund door dochter [[PERSOON|Marian]] die een week blijft logeren.

Verloop
Dhr. is goed gewend, at in de huiskamer en deed mee aan de activiteiten (sjoelen, koersbal). Hij miste zijn vrouw en belde haar dagelijks om 19.00. Eenmaal 's nachts verdwaald op de gang, verder goed georienteerd.
Mobiliteit: rollator, valincident [[DATUM|9/8]] (uitgegleden in natte badkamer), geen letsel. Fysio adviseert antislipmat en beugel bij de douche thuis.
Medicatie: ongewijzigd, baxter van [[ORGANISATIE|Apotheek Hengelo-Noord]] loopt door. Laatste rol mee naar huis.
Wond: geen.
Blaaskatheter: nvt. Wel vaker aandrang 's nachts, urinaal naast het bed.

Aandachtspunten thuis
- Douchen 2x per week met hulp, graag met de antislipmat.
- Let op de belasting van de echtgenote, ze is net geopereerd aan haar heup.
- Dhr. wil graag dat vaste zuster [[PERSOON|Tineke]] weer komt.

Contact: dochter [[PERSOON|Marian Brinkhuis-Nijkamp]], [[TELEFOON|06-12 93 77 04]]
Overdracht gedaan door [[PERSOON|Judith Scholte Lubberink]], EVV, [[TELEFOON|074-2556300]]`,
  },
  {
    id: 'd3-a17',
    genre: 'overdracht',
    setting: 'wijk',
    author: 'auteur-d3a',
    text: `Weekendoverdracht wijkteam [[PLAATS|Dronten]]/[[PLAATS|Swifterbant]]
za [[DATUM|16]] en zo [[DATUM|17 nov]]

ROUTE 1 (ochtend)
- mw. [[PERSOON|Hagedoorn]], [[ADRES|De Rede 14]]: steunkousen + insuline 18E. Mw. is jarig zaterdag (84), kaart ligt in de auto.
- dhr. [[PERSOON|Tahiri]], [[ADRES|Educalaan 8-a]]: wondzorg li onderbeen, Mepilex Border, foto in ECD. Dochter [[PERSOON|Salma]] is er vaak, zij spreekt goed Nederlands.
- mw [[PERSOON|v.d. berg]], [[ADRES|Ketelhaven 33 bis]]: NIEUW sinds do, ADL + medicatie. Sleutelkluisje naast de voordeur, code staat in het ECD.
- dhr. en mw. [[PERSOON|Klomp]], [[ADRES|Burg. Kroonweg 12-III]] ([[PLAATS|Swifterbant]]): dhr. ([[LEEFTIJD|99]]!) ochtendzorg, mw. zelfstandig. Let op: de hond bijt soms.

ROUTE 2 (avond)
- mw. [[PERSOON|Sluiter]]: oogdruppels 21u, broer [[PERSOON|Wim]] belt elke avond.
- dhr. [[PERSOON|Jurjen de Wit]] (stoma): zakje wisselen, materiaal bijna op, maandag bij de leverancier bestellen.
- mw. [[PERSOON|Oostra]], [[ADRES|Zonnelaan 7]]: palliatief. Huisarts [[PERSOON|Bakker]] heeft weekenddienst overgedragen aan de HAP. Bij onrust: eerst dochter ([[TELEFOON|06-47 20 55 81]]), dan HAP.

Ziek gemeld: [[PERSOON|Priscilla]] (zo). [[PERSOON|Bart]] neemt route 2 over.
gr [[PERSOON|Lies]]`,
  },
  {
    id: 'd3-a18',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-d3a',
    knownNames: ['Mw. E. (Elisabeth) Schuurman-Tjoa'],
    text: `MDO + familiegesprek [[DATUM|4 april]]
Client: mw. [[PERSOON|E. Schuurman-Tjoa]] ([[LEEFTIJD|91]]), afd. Meander
Aanwezig: SO [[PERSOON|Noor van Vliet]], EVV [[PERSOON|Tamara Brink]], maatschappelijk werker [[PERSOON|Joost]], dochter [[PERSOON|Lies Schuurman]], zoon [[PERSOON|Frank Schuurman]] (via Teams)

Aanleiding
Mw. woont sinds [[DATUM|9 januari]] op deze locatie in [[PLAATS|Zwolle]]. Daarvoor woonde ze ruim 4 jaar in [[ORGANISATIE|De Vijverhof]] in [[PLAATS|Harderwijk]], vlak bij zoon [[PERSOON|Frank]] in [[PLAATS|Nijkerk]]. Dochter heeft de verhuizing destijds geregeld omdat zij in [[PLAATS|Zwolle-Zuid]] woont en dagelijks wil kunnen komen. Zoon was het er niet mee eens en wil dat moeder teruggaat naar [[PLAATS|Harderwijk]], daar is weer een plek.

Bespreking
- Mw. zelf: wisselend. Tegen [[PERSOON|Frank]] zegt ze dat ze terug wil, tegen [[PERSOON|Lies]] dat ze blijft. In het gesprek met de SO zei ze: "ik wil gewoon dat ze niet meer ruzie maken".
- SO: mw. is voor deze beslissing niet wilsbekwaam (vasculaire dementie, MMSE 14). Er is geen mentor of curator. Beide kinderen zijn gelijk vertegenwoordiger.
- EVV: mw. is rustiger dan in de eerste weken. Eet goed, gaat naar de zangmiddag, heeft contact met mw. [[PERSOON|Koning]] op de gang. Een nieuwe verhuizing geeft risico op delier en terugval.
- [[PERSOON|Frank]] vindt dat zijn zus "alles naar zich toe trekt". [[PERSOON|Lies]] huilde.
- Maatschappelijk werk biedt bemiddeling aan.

Afspraken
1. Mw. blijft voorlopig hier. Heroverweging over 3 mnd.
2. Bezoekschema: [[PERSOON|Frank]] elke zondag, vervoer via de regiotaxi als het hem niet lukt.
3. [[PERSOON|Joost]] plant een gesprek met beide kinderen samen, uiterlijk [[DATUM|25/4]].
4. [[PERSOON|Tamara]] vraagt [[ORGANISATIE|De Vijverhof]] om de levensloop en het zorgplan van daar.
5. Aanvraag mentorschap bespreken in het volgende MDO.

Verslag [[PERSOON|TB]], verstuurd aan beide kinderen`,
  },
  {
    id: 'd3-a19',
    genre: 'mdo',
    setting: 'wijk',
    author: 'auteur-d3a',
    knownNames: ['Mw. R. (Rachel) Doelwijt'],
    text: `Verslag MDO thuis - [[DATUM|27-11]]
Mw. [[PERSOON|Doelwijt]], [[ADRES|Meeuwenplaats 40]], [[PLAATS|Lelystad]]

Aanwezig: huisarts [[PERSOON|A. Kromosoeto]] ([[ORGANISATIE|Gezondheidscentrum De Waterwijk]]), POH-ouderen [[PERSOON|Saskia Terpstra]], wijkverpleegkundige [[PERSOON|Mieke Rozendal]], casemanager dementie [[PERSOON|Ramon Lachman]], dochter [[PERSOON|Joyce Doelwijt]], kleindochter [[PERSOON|Sharon]]. Mw. zelf was bij het begin aanwezig.

Situatie
Mw. is [[LEEFTIJD|93]] en woont alleen in een flat (3e verdieping, lift). Geboren in Nickerie (Suriname), sinds 1975 in Nederland. Mw. zegt zelf: "mi e tan na oso, mi no e go nowan pe". Ze wil thuis blijven.
Geheugen gaat achteruit. Ze laat de deur open staan, de buren van de overloop ([[PERSOON|fam. Çelik]]) houden een oogje in het zeil en hebben de dochter gebeld toen mw. 's avonds in de galerij stond.

Medisch
DM2 (insuline 2x daags door wijkverpleging), hypertensie, visus slecht. Laatste HbA1c 58. Huisarts ziet geen reden voor opname, wel zorg uitbreiden.

Besproken
- Wijkverpleging gaat naar 3x per dag (ochtend, middag, avond), middagbezoek voor de maaltijd en medicatie.
- Casemanager vraagt dagbesteding aan bij [[ORGANISATIE|Ontmoetingscentrum De Schelp]]. Dochter wil liever een plek waar Surinaamse vrouwen komen, [[PERSOON|Ramon]] zoekt uit of [[ORGANISATIE|Stichting Mi Oso]] plek heeft.
- Wlz-aanvraag: nog niet, over 2 mnd opnieuw bekijken.
- Deursensor en GPS-horloge: [[PERSOON|Joyce]] regelt dit met de casemanager.
- Sleutel: [[PERSOON|Joyce]], buren en de wijkverpleging.

Contact dochter: [[TELEFOON|06-85 12 40 37]], [[EMAIL|joyce.doelwijt@gmail.com]]
Volgend overleg over 8 weken, verslag [[PERSOON|MR]]`,
  },
  {
    id: 'd3-a20',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d3a',
    knownNames: ['Mw. S. (Sanne) Pelgrim'],
    text: `[[DATUM|20/6]] [[PERSOON|Sanne]] erg boos na het telefoontje met haar moeder, heeft een deur dichtgegooid en de vaas van [[PERSOON|Tess]] kapot gemaakt. Na 20 min op haar kamer zelf gekomen om sorry te zeggen. Besproken met [[PERSOON|Joyce]] (pb), morgen samen de afspraken over bellen doornemen.
-[[PERSOON|hk]]`,
  },
  {
    id: 'd3-a21',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d3a',
    knownNames: ['Dhr. K. (Kacper) Nowak'],
    text: `Maandrapportage begeleiding oktober - [[PERSOON|Kacper Nowak]]
Groepswoning [[ORGANISATIE|Het Spijkerhuis]], [[ADRES|Spittaalstraat 52]], [[PLAATS|Zutphen]]
Persoonlijk begeleider: [[PERSOON|Lars Hulshof]]

Wonen
[[PERSOON|Kacper]] (24) houdt zijn kamer zelf redelijk op orde met het weekschema op de deur. Hij heeft 3 van de 4 weken zelf zijn was gedaan. Eén keer ging het mis toen de wasmachine bezet was door [[PERSOON|Thijs]]; [[PERSOON|Kacper]] raakte overprikkeld en is naar buiten gelopen, kwam na een half uur terug. Afspraak: vaste wasdag op dinsdag, staat nu op het bord.

Werk / dagbesteding
4 dagen per week op de fietsenwerkplaats van [[ORGANISATIE|De Berkelwerf]]. Hij vindt het leuk, werkt graag alleen met koptelefoon op. Werkbegeleider [[PERSOON|Anton]] is tevreden.

Gezondheid
Afspraak bij de huisarts ([[ORGANISATIE|Huisartspraktijk Berkelpoort]], dokter [[PERSOON|Nauta]]) op [[DATUM|15-10]] ivm eczeem aan de handen. Crème voorgeschreven, [[PERSOON|Kacper]] smeert zelf 's avonds, wij herinneren hem eraan.
Medicatiecontrole bij psychiater dr. [[PERSOON|M. Aydin]] ([[ORGANISATIE|Polikliniek Autisme Oost-Gelderland]]) op [[DATUM|29 oktober]]: dosering blijft gelijk.

Familie
Moeder [[PERSOON|Agnieszka Nowak]] woont in [[PLAATS|Doetinchem]]. [[PERSOON|Kacper]] gaat eens per 2 weken een weekend naar haar toe met de trein, dat gaat zelfstandig goed. Moeder belde [[DATUM|22/10]] dat oma in Polen ziek is en dat ze misschien met [[PERSOON|Kasia]] (zijn zus) een week naar Wrocław gaat. [[PERSOON|Kacper]] wil niet mee. Moeder vroeg of hij dan extra begeleiding krijgt in het weekend, besproken met [[PERSOON|Lars]]: geen probleem, hij blijft dan op de groep.
Tel. moeder [[TELEFOON|06-38 47 02 19]] (spreekt Nederlands, bij lastige dingen liever mailen: [[EMAIL|a.nowak.dtc@outlook.com]]).

Doelen volgende maand
- zelfstandig boodschappen doen voor zijn eigen ontbijt (budget € 15 per week)
- oefenen met bellen naar de huisarts (script maken)
[[PERSOON|LH]]`,
  },
  {
    id: 'd3-a22',
    genre: 'email',
    setting: 'VVT',
    author: 'auteur-d3a',
    text: `Van: [[PERSOON|Arjen Mulder]] <[[EMAIL|arjen.mulder@ziggo.nl]]>
Verzonden: zondag [[DATUM|13 oktober 2024]] 21:48
Aan: [[PERSOON|Karin Veldkamp]] <[[EMAIL|k.veldkamp@zorgcentrumhoogeweide.nl]]>
Onderwerp: Re: verhuizing vader naar PG

hoi [[PERSOON|karin]],

dank voor je mail. we hebben het er als familie over gehad. mijn zus [[PERSOON|ellen]] en ik vinden het goed dat pa naar de PG-afdeling gaat, al doet het wel pijn. wel een paar vragen:
- kan hij zijn eigen stoel en de klok van moeder meenemen?
- krijgt hij een kamer met uitzicht op de tuin, hij zit altijd naar de vogels te kijken
- wie wordt zijn nieuwe eerste verantwoordelijke?
[[PERSOON|ellen]] woont in [[PLAATS|Ede]], ik in [[PLAATS|Barneveld]], we kunnen allebei op [[DATUM|22 oktober]] helpen met verhuizen.

groet [[PERSOON|arjen]]
[[TELEFOON|06 14 52 88 70]]

Op [[DATUM|11 okt. 2024]] om 16:02 schreef [[PERSOON|Karin Veldkamp]]:
Beste [[PERSOON|Arjen]],

Zoals donderdag telefonisch besproken: in het MDO van [[DATUM|10 oktober]] hebben we geconcludeerd dat uw vader, dhr. [[PERSOON|G. Mulder]], op de somatische afdeling niet meer veilig is. Hij loopt 's nachts naar buiten en is vorige week bij de bushalte aan de [[ADRES|Zandlaan 3]] gevonden door een buurtbewoner. Hij is [[LEEFTIJD|98]] en erg kwetsbaar.
Er is per [[DATUM|22 oktober]] een plek op onze PG-afdeling [[ORGANISATIE|De Hei]], in het nieuwe gebouw aan de overkant. Hij blijft dus binnen [[ORGANISATIE|Zorgcentrum De Hooge Weide]] en de huisarts blijft ook dezelfde.
Wilt u het met uw zus bespreken?

Met vriendelijke groet,

[[PERSOON|Karin Veldkamp]]
Eerst verantwoordelijk verzorgende, afdeling [[ORGANISATIE|Heideveld]]
[[ORGANISATIE|Zorgcentrum De Hooge Weide]] | [[ADRES|Hoge Weideweg 2]] | [[POSTCODE|6721 WB]] [[PLAATS|Bennekom]]
[[TELEFOON|0318-41 75 00]] | [[URL|https://www.zorgcentrumhoogeweide.nl]]`,
  },
  {
    id: 'd3-a23',
    genre: 'soep',
    setting: 'wijk',
    author: 'auteur-d3a',
    knownNames: ['Dhr. J. (Johannes) Hendriksen'],
    text: `Wondbezoek do [[DATUM|5-9]] - dhr. [[PERSOON|Hendriksen]], [[ADRES|Kloosterstraat 88]], [[PLAATS|Wijchen]]
S: Dhr. (89) zegt dat het "trekt en brandt" 's nachts. Slaapt in de stoel met de benen omlaag, wil niet in bed want zijn vrouw ligt daar sinds ze ziek is in de woonkamer. Zoon [[PERSOON|Gerard]] heeft het verband dinsdag zelf vervangen omdat het lekte.
O: Ulcus cruris li mediaal, 4,5 x 3 cm, wondbed 70% rood, 30% geel beslag. Veel exsudaat, wondranden gemacereerd. Omgeving rood tot 2 cm, warm. Geen koorts (36,8). Oedeem beide onderbenen ++. Enkel-armindex bij de huisarts in juli 0,9.
E: Veneus ulcus, verslechterd door niet-gebruik van compressie en slapen in zittende houding. Verdenking infectie wondomgeving.
P: Wond gereinigd, Aquacel Extra + Mepilex Border Flex, zinkolie op de randen. Huisarts [[PERSOON|Smeets]] ([[ORGANISATIE|Huisartsenpraktijk Het Schoolplein]]) gebeld ivm roodheid, komt morgen kijken. Opnieuw met dhr. gesproken over de compressie, hij wil "nog één keer" proberen met een lichtere kous. Aanvraag bij het compressiecentrum. Volgende wondzorg ma [[DATUM|9 sept]].
[[PERSOON|W. Peters]], wijkverpleegkundige`,
  },
  {
    id: 'd3-a24',
    genre: 'soep',
    setting: 'VVT',
    author: 'auteur-d3a',
    knownNames: ['Mw. F. (Fatima) Amrani-Bouchtaoui'],
    text: `Consult SO [[DATUM|17-4]]
S: Sinds gisteravond onrustig, roept veel in het Tamazight, plukt aan de deken, herkent zoon [[PERSOON|Mohamed]] niet. Schoondochter [[PERSOON|Khadija]] vertelt dat mw. sinds het weekend vaak naar de wc gaat en "brandend plassen" heeft. Weinig gedronken.
O: Mw. ([[LEEFTIJD|90]] jr volgens paspoort) is motorisch onrustig, wisselend alert, aandacht gestoord. Temp 38,1. RR 134/70, P 104. Buik: drukpijn suprapubisch. Urinestick: leuko +++, nitriet pos. Mond droog.
E: Delier bij waarschijnlijk urineweginfectie en dehydratie.
P: Nitrofurantoine 2dd 100 mg 5 dgn. Vochtlijst, streef 1500 ml, familie helpt met drinken (thee met munt). Kamer rustig houden, nachtlampje aan, vaste verzorgenden. Haloperidol 0,5 mg zn max 2x/24u bij ernstige angst. [[PERSOON|Khadija]] gebeld en uitgelegd ([[TELEFOON|06-57 21 04 66]]), zij vertaalt voor [[PERSOON|Mohamed]]. Evaluatie morgen bij de visite.
Overleg met apotheek [[ORGANISATIE|Apotheek De Lelie]] ivm interactie: geen bezwaar.
[[PERSOON|N. Bakkali]], specialist ouderengeneeskunde`,
  },
];
