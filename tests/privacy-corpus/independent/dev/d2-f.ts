import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd2-f01',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-d2',
    knownNames: ['Dhr. P.J. (Piet) Custers'],
    text: `MDO Korsakov-afdeling – [[ORGANISATIE|Zorgcentrum De Hazelaar]], [[PLAATS|Kerkrade]]
[[DATUM|10-10-2023]]
Bewoner: dhr. [[PERSOON|P.J. Custers]] ([[PERSOON|Piet]]), 64 jaar, kamer 2.14, cliëntnummer [[ID|6610382]]

Aanwezig: SO drs. [[PERSOON|Heuts]], psycholoog [[PERSOON|Lieve Crombach]], EVV [[PERSOON|Ramon]], activiteitenbegeleider [[PERSOON|Noëlle]], maatschappelijk werker [[PERSOON|Jos Wetzels]], dochter [[PERSOON|Sandra Custers]]. Bewindvoerder mw. [[PERSOON|Bemelmans]] ([[ORGANISATIE|Bewindvoering Parkstad]]) had vooraf gemaild.

1. Voorgeschiedenis
Dhr. woont sinds [[DATUM|6 maart 2022]] op de afdeling na een Wernicke-encefalopathie in 2021 bij jarenlang alcoholmisbruik, nu syndroom van Korsakov. Daarnaast COPD GOLD 2, polyneuropathie en een levercirrose Child-Pugh A. Abstinent sinds de opname, rookt 20 sigaretten per dag.

2. Gedrag en cognitie (psycholoog)
Ernstige inprentingsstoornis, confabuleert veel (vertelt dat hij "vanochtend nog op de mijn heeft gewerkt"). Weinig ziekte-inzicht. Hij wil zelfstandig naar buiten om sigaretten te kopen bij de kiosk op het Wilhelminaplein, en komt dan soms niet terug: op [[DATUM|24/9]] na 3 uur door de politie gevonden in [[PLAATS|Landgraaf]]. [[PERSOON|Lieve]] adviseert een vaste loopafspraak: 2x per dag onder begeleiding naar buiten, en een GPS-tracker in zijn jas, met toestemming van dochter als vertegenwoordiger.

3. Verzorging (EVV)
[[PERSOON|Ramon]]: ADL met aansporing, scheren lukt zelf. Zelfverwaarlozing als er niet gestuurd wordt. Nachtrust goed. Wordt boos als hij geen sigaretten meer heeft; rantsoen van 2 per uur overdag werkt redelijk.

4. Dagbesteding
[[PERSOON|Noëlle]]: doet graag mee aan de kookgroep en de biljartclub; is dan vrolijk en vertelt over [[PLAATS|Chevremont]], waar hij opgroeide. Houtbewerking in de werkplaats op dinsdag.

5. Familie en financiën
[[PERSOON|Sandra]] bezoekt haar vader elke zaterdag. Zij wil dat hij meer vrijheid krijgt ("hij is geen gevangene"), maar ze schrok erg van het incident in [[PLAATS|Landgraaf]]. Haar oma, de moeder van dhr., is [[LEEFTIJD|93]] en woont nog zelfstandig in [[PLAATS|Brunssum]]; dhr. wil haar graag bezoeken. Bewindvoerder meldt dat er ruimte is voor een taxi 1x per maand.
Maatschappelijk werk: Wlz-indicatie VV7 is rond. Overplaatsing naar een open Korsakov-woning is nu niet aan de orde.

6. Besluiten
- GPS-tracker, vastgelegd in het zorgplan onder de Wet zorg en dwang (stappenplan, [[PERSOON|JW]])
- 2x per dag begeleid wandelen naar de kiosk ([[PERSOON|Ramon]] / team)
- maandelijks bezoek aan moeder in [[PLAATS|Brunssum]], met begeleiding, eerste keer [[DATUM|4 november]] ([[PERSOON|Noëlle]])
- rookafspraken op papier, ondertekend door dhr. ([[PERSOON|LC]])
- thiamine continueren, longfunctie via huisarts/SO, levercontrole over 6 maanden ([[PERSOON|Heuts]])
Contact dochter: [[TELEFOON|06-14402765]].`,
  },
  {
    id: 'd2-f02',
    genre: 'mdo',
    setting: 'wijk',
    author: 'auteur-d2',
    knownNames: ['Mw. Y. Stolk-de Haas'],
    text: `Transmuraal MDO palliatieve zorg thuis – [[ORGANISATIE|Huisartsenpraktijk Binnenweg]], [[PLAATS|Heemstede]]
[[DATUM|2 mei 2024]], 12.30 uur, bij patiënte thuis
Patiënt: mw. [[PERSOON|Y. Stolk-de Haas]] ([[PERSOON|Yvonne]]), 67 jaar, [[ADRES|Sportlaan 12]], [[POSTCODE|2103 VL]] [[PLAATS|Heemstede]]

Aanwezig: huisarts [[PERSOON|F. de Clercq]], wijkverpleegkundige [[PERSOON|Manon]] ([[ORGANISATIE|Thuiszorg Zuid-Kennemerland]]), consulent palliatieve zorg [[PERSOON|Hans Vroegindeweij]], vrijwilliger VPTZ [[PERSOON|Trees]], echtgenoot [[PERSOON|Bert Stolk]], dochter [[PERSOON|Fleur]] via FaceTime vanuit [[PLAATS|Groningen]]. Mw. zelf was aanwezig zolang ze het volhield (ongeveer 20 min).

Medisch
Gemetastaseerd pancreascarcinoom. Palliatieve chemotherapie in [[ORGANISATIE|Medisch Centrum Spaarnehof]] gestopt op [[DATUM|12 april]] op eigen verzoek. Nu toenemend icterisch, vermoeid, ligt het grootste deel van de dag. Pijn: fentanyl 50 mcg/uur en oxycodon 10 mg zn (3-4x daags). Misselijk, haloperidol 1 mg a.n. helpt matig.

Wensen
Mw. wil thuis sterven. Zij heeft een schriftelijk euthanasieverzoek (getekend [[DATUM|20-03-2024]]) en heeft dit opnieuw met de huisarts besproken. Op dit moment ervaart ze het lijden nog als draaglijk, "zolang ik [[PERSOON|Bert]] en de tuin zie". De huisarts heeft een SCEN-arts op de hoogte gebracht, consult wordt gepland als mw. daarom vraagt.

Mantelzorg
[[PERSOON|Bert]] slaapt slecht, is emotioneel. Hij wil alles zelf doen maar merkt dat het niet lukt. [[PERSOON|Fleur]] komt vanaf [[DATUM|9 mei]] voor twee weken. Zoon [[PERSOON|Thijs]] woont in [[PLAATS|Haarlem-Noord]] en komt dagelijks even langs.

Afspraken
- hoog-laagbed en antidecubitusmatras via de thuiszorgwinkel, levering morgen ([[PERSOON|Manon]])
- wijkverpleging 3x daags, nachtzorg 2 nachten per week door vrijwilligers ([[PERSOON|Trees]] / coördinator)
- pijnpomp voorbereiden; misselijkheid: haloperidol naar 2dd 1 mg ([[PERSOON|FdC]])
- palliatieve sedatie en euthanasie blijven naast elkaar bespreekbaar; volgende gesprek met mw. en [[PERSOON|Bert]] op [[DATUM|6 mei]]
- consulent palliatieve zorg is bereikbaar voor het team: [[TELEFOON|023 - 890 12 34]]
Verslag: [[PERSOON|Manon Kerkhof]], wijkverpleegkundige`,
  },
  {
    id: 'd2-f03',
    genre: 'mdo',
    setting: 'GGZ',
    author: 'auteur-d2',
    knownNames: ['Dhr. A. (Adil) Chaouch'],
    text: `MDO Beschermd Wonen – [[ORGANISATIE|Huize Rijnzicht]], [[PLAATS|Leiden]]
[[DATUM|28 augustus 2023]]
Bewoner: dhr. [[PERSOON|A. Chaouch]] ([[PERSOON|Adil]]), 38 jaar

Aanwezig: persoonlijk begeleider [[PERSOON|Niels van Rijn]], psychiater [[PERSOON|E. Hoogeveen]] (FACT [[PLAATS|Leiden-Zuid]]), ervaringsdeskundige [[PERSOON|Petra]], consulent beschermd wonen van de gemeente [[PLAATS|Leiden]] [[PERSOON|Mark Roodenburg]], broer [[PERSOON|Saïd Chaouch]], [[PERSOON|Adil]] zelf.

Evaluatie
[[PERSOON|Adil]] woont sinds 2019 in [[ORGANISATIE|Huize Rijnzicht]]. Schizoaffectieve stoornis, al 2 jaar stabiel op clozapine. Geen opnames meer sinds 2020. Hij doet zelf zijn was, kookt 3x per week en beheert sinds februari zijn eigen leefgeld. Sinds een jaar vrijwilligerswerk bij [[ORGANISATIE|Kringloop De Vondst]], 3 ochtenden per week; coördinator [[PERSOON|Jacqueline]] is erg tevreden.
Psychiater: klachten goed onder controle, wel negatieve symptomen (weinig energie in de middag). Clozapinespiegel stabiel, bloedcontroles via de clozapinepoli, laatste [[DATUM|14/8]] normaal. Huisarts [[PERSOON|Bakker]] volgt gewicht en glucose.

Wens [[PERSOON|Adil]]
Een eigen appartement "met een balkon voor mijn planten", dichtbij zijn broer in [[PLAATS|Leiderdorp]]. Hij wil 2x per week ambulante begeleiding.

Visie broer
[[PERSOON|Saïd]] steunt het, maar is bang dat [[PERSOON|Adil]] alleen gaat vereenzamen, zoals "toen in [[PLAATS|Oegstgeest]]", voor de laatste opname.

Ervaringsdeskundige
[[PERSOON|Petra]] herkent de angst van de broer. Zij stelt voor dat [[PERSOON|Adil]] aansluit bij een herstelgroep en dat hij een vast moment in de week met [[PERSOON|Saïd]] afspreekt.

Besluit
- aanmelding uitstroom / urgentie via gemeente bij [[ORGANISATIE|Woonstichting De Sleutels]] ([[PERSOON|MR]])
- overgang naar ambulante begeleiding bij verhuizing, zelfde begeleider indien mogelijk ([[PERSOON|NvR]])
- signaleringsplan herzien, met broer ([[PERSOON|Adil]] / [[PERSOON|NvR]])
- herstelgroep [[ORGANISATIE|Herstelacademie Leiden]] ([[PERSOON|Petra]])
Evaluatie over 3 maanden of eerder bij woningaanbod.`,
  },
  {
    id: 'd2-f04',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d2',
    knownNames: ['W. (Wesley) Kramer'],
    text: `Begeleidingsrapportage – [[PERSOON|Wesley Kramer]], woongroep [[ORGANISATIE|De Spil]], [[PLAATS|Emmen]]
opgesteld door: [[PERSOON|Jong, P. de]]

ma [[DATUM|08-07-2024]]
[[PERSOON|wesley]] naar werk, [[ORGANISATIE|Sociale Werkplaats De Hondsrug]] (inpakafdeling). kwam om 16.30 terug, moe. gesprek met [[PERSOON|ans]] (moeder) aan de telefoon over de vakantie: zij wil met hem naar een camping in [[PLAATS|Westerbork]] in week 31. [[PERSOON|wesley]] wil liever met de groep mee naar zee. nog niet besloten.

di [[DATUM|09-07]]
ochtend tandarts, 1 vulling. pijn viel mee. 's middags met huisgenoot [[PERSOON|bram]] naar het zwembad. [[PERSOON|bram]] raakte zijn pasje kwijt, [[PERSOON|wesley]] heeft het gevonden bij de kluisjes, was daar trots op.

wo [[DATUM|10-07]]
AVG ([[PERSOON|Zwiers, H.]]) op de groep voor de jaarlijkse controle. bloeddruk 128/80, gewicht 71 kg. medicatie (methylfenidaat) blijft hetzelfde. [[PERSOON|Zwiers]] wil over 3 mnd een evaluatie van het slapen, [[PERSOON|wesley]] ligt vaak tot na 00.00 op zijn telefoon.

do [[DATUM|11-07]]
conflict aan tafel met [[PERSOON|Kayleigh]] over de afstandsbediening, [[PERSOON|wesley]] schold haar uit. naar zijn kamer gestuurd, na 20 min sorry gezegd. besproken met gedragsdeskundige ([[PERSOON|Smit-Lanting, R.]]), advies: vaste tv-tijden per persoon op het bord.

vr [[DATUM|12-07-2024]]
rustige dag. weekend naar moeder in [[PLAATS|Emmer-Compascuum]], opgehaald om 17.00 door oom [[PERSOON|Henk]]. vakantie: [[PERSOON|ans]] vindt het goed dat hij met de groep meegaat, dan gaan ze in de herfst samen een weekend weg.
[[PERSOON|PdJ]]`,
  },
  {
    id: 'd2-f05',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d2',
    text: `Vakantierapportage woongroep [[ORGANISATIE|De Spil]] – [[ORGANISATIE|Groepsaccommodatie De Duinhoeve]], [[PLAATS|Renesse]]
[[DATUM|29 juli]] t/m [[DATUM|2 augustus 2024]]
Mee: [[PERSOON|Wesley]], [[PERSOON|Bram]], [[PERSOON|Kayleigh]], [[PERSOON|Demi]], [[PERSOON|Gerrit-Jan]]. Begeleiding: [[PERSOON|Pieter de Jong]], [[PERSOON|Sanne Hulshof]], stagiaire [[PERSOON|Romy]].
Telefoon accommodatie: [[TELEFOON|0111-462390]]

ma [[DATUM|29/7]]
Aankomst 14.00 na 4,5 uur in het busje, 1 plaspauze te weinig volgens [[PERSOON|Gerrit-Jan]]. Kamers verdeeld zoals afgesproken. [[PERSOON|Demi]] was overstuur omdat haar knuffel nog in het busje lag, opgelost. 's Avonds frietjes en een strandwandeling.

di [[DATUM|30/7]]
Hele dag strand. [[PERSOON|Bram]] toch verbrand op zijn schouders ondanks insmeren (factor 50), aftersun en shirt aan. [[PERSOON|Wesley]] en [[PERSOON|Kayleigh]] hebben samen een zandkasteel gebouwd, geen ruzie! Medicatie: alles volgens lijst, afgetekend door [[PERSOON|Sanne]].

wo [[DATUM|31/7]]
Uitstapje naar de vuurtoren in [[PLAATS|Burgh-Haamstede]] en ijs eten in [[PLAATS|Zierikzee]]. [[PERSOON|Gerrit-Jan]] kreeg een epileptische aanval in de bus om 15.10 (tonisch-clonisch, 2 minuten), daarna 45 min geslapen. Geen noodmedicatie nodig. Ouders (fam. [[PERSOON|Brouwer]]) gebeld en geïnformeerd. Incidentformulier ingevuld.

do [[DATUM|1 augustus]]
Rustige dag na gisteren. Spelletjesmiddag, 's avonds bonte avond: [[PERSOON|Kayleigh]] zong, [[PERSOON|Wesley]] deed een goocheltruc. [[PERSOON|Demi]] belde met haar moeder, miste haar een beetje.

vr [[DATUM|2 augustus]]
Opruimen, om 11.00 vertrek. Terug op de groep om 16.00. Iedereen moe maar tevreden. Was gesorteerd.
[[PERSOON|PdJ]] / [[PERSOON|SH]]`,
  },
  {
    id: 'd2-f06',
    genre: 'overdracht',
    setting: 'VVT',
    author: 'auteur-d2',
    knownNames: ['Dhr. A.C. van der Meulen'],
    text: `OVERDRACHT BIJ INSTUREN SEH
Van: [[ORGANISATIE|Huize Avondrood]], afd. Oost 1e etage
Naar: SEH [[ORGANISATIE|Ziekenhuis De Wielewaal]]
Datum/tijd: [[DATUM|14-02-2024]], 07.40 uur, per ambulance

Bewoner: dhr. [[PERSOON|A.C. van der Meulen]]
Geboortedatum: [[DATUM|01-01-1934]] ([[LEEFTIJD|90]] jr)
BSN: [[BSN|494755143]]
Behandelend arts: SO dr. [[PERSOON|Ramdin]], bereikbaar via [[TELEFOON|0342 - 47 88 00]], toestel [[ID|215]]

Reden insturen: om 06.15 naast het bed op de grond gevonden. Pijn li heup (NRS 8/10), linkerbeen verkort en naar buiten gedraaid. Vermoeden heupfractuur. Geen hoofdletsel, geen bewustzijnsverlies gezien (valpartij niet waargenomen). Oxycodon 5 mg gegeven om 06.40.

Medisch: chronische rugpijn (wervelinzakkingen), hypertensie, BPH met verblijfskatheter (gewisseld [[DATUM|1/2]]), lichte cognitieve stoornis. Allergie: geen bekend.
Medicatie: zie meegegeven medicatieoverzicht ([[ORGANISATIE|Apotheek Westerpark]]). Gebruikt acenocoumarol, INR [[DATUM|12/2]]: 2,8.
Beleid: DNR, vastgelegd [[DATUM|02-05-2022]]. Wel behandelen en opereren bij fractuur, geen IC-opname.
Functioneren voor de val: liep met rollator op de afdeling, ADL deels zelfstandig, helder maar vergeetachtig. Hoort slecht rechts.

Contactpersoon: zoon [[PERSOON|Peter van der Meulen]], [[TELEFOON|06-44287301]], is gebeld en komt naar de SEH.
Meegegeven: medicatieoverzicht, bril, gehoorapparaat, pyjama.
Overdragend: [[PERSOON|Samira Boukhari]], nachtdienst`,
  },
  {
    id: 'd2-f07',
    genre: 'soep',
    setting: 'VVT',
    author: 'auteur-d2',
    knownNames: ['Dhr. G. (Gerrit) Bakker'],
    text: `SOEP fysiotherapie – [[ORGANISATIE|Zorgcentrum Het Hoge Veld]], Geriatrische Revalidatie
Revalidant: dhr. [[PERSOON|G. Bakker]], 78 jr, kamer 112
Datum: [[DATUM|25-01-2024]]

S: Dhr. voelt zich sterker, wil "naar huis en weer zelf de trap op naar de zolder". Pijn rechterschouder bij het aankleden, NRS 4/10. Slaapt goed.
O: Loopt 80 m met vierpoot onder toezicht, steunt minder op het rechterbeen. Berg Balance Scale 43/56 (was 38), TUG 21 sec, 10MWT 0,62 m/s. Trap: 14 treden met leuning rechts en toezicht. Rechterschouder: subluxatie 1 vingerbreedte, passieve exorotatie 30 graden, pijnlijk eindstandig.
E: Duidelijke vooruitgang in balans en loopvaardigheid, valrisico nog verhoogd. Hemiplegische schouderpijn rechts.
P: Loop- en traptraining dagelijks. Schouder: positionering met kussen, geen trekken aan de arm bij transfers; instructie aan verzorging en aan echtgenote ([[PERSOON|Tiny]]) gegeven op [[DATUM|24/1]]. Overleg met de arts over pijnstilling voor het oefenen. Overdracht naar eerstelijns fysiotherapeut [[PERSOON|Koen Arts]] ([[ORGANISATIE|Fysiotherapie Veldhuizen]]) voorbereid voor na ontslag op [[DATUM|2 februari]].
/[[PERSOON|Lieke]], fysiotherapeut`,
  },
  {
    id: 'd2-f08',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-d2',
    knownNames: ['Mw. A.M. (Annie) Schoonderwoerd-Kalkman'],
    text: `Zorgrapportage – mw. [[PERSOON|A.M. Schoonderwoerd-Kalkman]], [[LEEFTIJD|92]] jr, [[ORGANISATIE|Woonzorgcentrum De Vlinderhof]], afd. Zonnebloem, kamer 14

ma [[DATUM|12-02]] 16.45
Middagbegeleiding volgens het nieuwe plan: met [[PERSOON|Annie]] het fotoboek bekeken dat dochter heeft gemaakt. Ze wees [[PERSOON|Bram]] aan en zei "dat is mijn man, die komt zo". Niet gecorrigeerd, over de foto's gepraat. Bleef rustig tot het eten. Geen haloperidol nodig. /[[PERSOON|PK]]

di [[DATUM|13-02]] 10.30
Loopgroep met fysio ([[PERSOON|Tom]]): 2 rondjes door de gang met rollator, daarna moe. Heupbeschermers aan. Sensormat bij de stoel is geplaatst, werkt. - [[PERSOON|Jeanine]]

di [[DATUM|13-02]] 19.20
Sensormat ging af om 19.05, mw. stond op uit de stoel "om naar huis te gaan, naar de Molenweg". Begeleid naar de huiskamer, liedjes van vroeger opgezet. Rustig. Geen val. [[PERSOON|Dirk]] (late dienst)

wo [[DATUM|14-02]] 03.10
Onrustig, riep om [[PERSOON|Kees]]. Zoon gebeld? Nee, conform afspraak alleen bij val of ziekte. Warme melk, bij haar gezeten. 03.40 geslapen. /[[PERSOON|N.O.]]

do [[DATUM|15-02]] 11.00
Diëtist [[PERSOON|Sabine]] geweest. Gewicht 51,0 kg. Voorkeur: zoet, dus verrijkte vla en yoghurt, krentenbol met roomboter. Nutridrink compact blijft 2x daags. Dochter [[PERSOON|Marian]] was er ook, blij met de afspraken. Haar nieuwe mobiele nummer genoteerd in het ECD: [[TELEFOON|06-39017254]]. /[[PERSOON|PK]]

vr [[DATUM|16 februari]] 17.00
Haloperidol deze week 1x gegeven (dinsdagnacht niet, donderdag 18.30 wel, na 40 min onrust). Evaluatie afbouw met SO [[PERSOON|Wijnands]] gepland voor [[DATUM|22/2]]. /[[PERSOON|PK]]`,
  },
  {
    id: 'd2-f09',
    genre: 'rapportage',
    setting: 'wijk',
    author: 'auteur-d2',
    knownNames: ['Dhr. C. (Cor) Roodbeen'],
    text: `Rapportage wijkverpleging – [[ORGANISATIE|Thuiszorg Groene Hart]], team [[PLAATS|Ridderveld]]
Cliënt: dhr. [[PERSOON|C. Roodbeen]] ([[PERSOON|Cor]]), 83 jaar, [[ADRES|Prins Hendrikstraat 44]], [[POSTCODE|2405 AJ]] [[PLAATS|Alphen aan den Rijn]]

[[DATUM|3 oktober]] 08.30
Stomazorg (colostoma li). Huid rond stoma rood en geïrriteerd, plaat lekte vannacht. Nieuwe maat uitgeknipt (35 mm), huidbeschermende film gebruikt. Dhr. wat somber: "zo'n zakje, daar went een mens nooit aan". Tijd genomen voor een gesprek. /[[PERSOON|Esmee]]

[[DATUM|4 oktober]] 08.15
Plaat zit goed, huid minder rood. Hoest wat, groen slijm, geen koorts (36,9). Wel benauwd bij de trap. Geadviseerd de huisarts te bellen, dhr. wil "eerst even aankijken". - [[PERSOON|Kim]]

[[DATUM|4 oktober]] 14.05
Mail ontvangen van dochter via het cliëntportaal:
"Hallo, ik ben [[PERSOON|Mirjam]], de dochter van [[PERSOON|Cor Roodbeen]]. Mijn vader klinkt door de telefoon erg benauwd. Kan er vandaag iemand naar hem kijken? Ik woon in [[PLAATS|Bodegraven]] en kan pas om 18.00 komen. Groet, [[PERSOON|Mirjam Roodbeen]], [[EMAIL|mirjam.roodbeen@gmail.com]], [[TELEFOON|0172 - 61 93 08]]"
Huisarts gebeld (dr. [[PERSOON|Meijerink]], [[ORGANISATIE|Huisartsenpraktijk Ridderhof]]), zij komt om 16.00 op visite. Dochter teruggemaild. /[[PERSOON|Kim]]

[[DATUM|4 oktober]] 17.30
Huisarts is geweest: beginnende longontsteking, amoxicilline gestart, eerste tablet om 17.00 ingenomen. Apotheek heeft het bezorgd. Extra avondbezoek ingepland voor de komende 3 dagen. [[PERSOON|Mirjam]] was er inmiddels, zij blijft vannacht. - [[PERSOON|Esmee]]

[[DATUM|5-10]] 08.20
Nacht redelijk. Temp 37,6. Stoma productie normaal. Dhr. eet een halve boterham. [[PERSOON|Mirjam]] vraagt of er iemand kan komen als zij weer aan het werk is; afgesproken dat wijkverpleegkundige [[PERSOON|Joost Verweij]] morgen een indicatiegesprek doet. /[[PERSOON|Esmee]]`,
  },
  {
    id: 'd2-f10',
    genre: 'verwijzing',
    setting: 'GHZ',
    author: 'auteur-d2',
    text: `[[ORGANISATIE|Stichting Zevenster Zorg]] – AVG-praktijk
[[ADRES|Stationsweg 3]], [[POSTCODE|9201 GK]] [[PLAATS|Drachten]]
[[TELEFOON|0512 - 58 40 00]] | [[EMAIL|avg@zevensterzorg.nl]]

Aan: [[ORGANISATIE|Audiologisch Centrum Noord]], locatie [[PLAATS|Leeuwarden]]

[[PLAATS|Drachten]], [[DATUM|2 april 2024]]

Betreft: mw. [[PERSOON|D. Hartono]] ([[PERSOON|Dewi]]), geb. [[DATUM|17-08-1996]]
BSN: [[BSN|183615682]]
Woonadres: woonvorm [[ORGANISATIE|Het Klavertje]], [[ADRES|Klaverweg 8]], [[POSTCODE|9203 LS]] [[PLAATS|Drachten]]

Geachte collega,

Graag verwijs ik mw. [[PERSOON|Hartono]], een 27-jarige vrouw met het syndroom van Down en een matige verstandelijke beperking, voor audiologisch onderzoek en eventueel hoortoestellen.

Begeleiders merken sinds een half jaar dat zij minder reageert als ze van achteren wordt aangesproken, de tv harder zet en sneller boos wordt in een drukke huiskamer. Otoscopie op [[DATUM|21-03-2024]]: geen cerumen, trommelvliezen intact. Bekend met hypothyreoïdie (levothyroxine), OSAS met CPAP. Bij mensen met Down is vroeg ouderdomsgehoorverlies bekend; daarnaast wil ik ook een dementieproces niet missen, daarom is het belangrijk om eerst het gehoor goed in kaart te brengen.

Communicatie: mw. spreekt in korte zinnen, begrijpt eenvoudige opdrachten, gebruikt daarnaast pictogrammen. Zij raakt gespannen bij onbekende situaties; het helpt als haar persoonlijk begeleider ([[PERSOON|Jurgen Postma]], [[TELEFOON|06-26650139]]) meekomt en als zij vooraf foto's van de ruimte ziet. Lang wachten in een wachtkamer lukt slecht; graag de eerste afspraak van de ochtend.

Wettelijk vertegenwoordiger: mentor dhr. [[PERSOON|P. Wiersma]], [[ORGANISATIE|Stichting Mentorzorg Noord]].

Met vriendelijke groet,

[[PERSOON|M. Hoekstra]], arts verstandelijk gehandicapten
AGB [[ID|01093308]]`,
  },
];
