import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h4-c01',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-h4c',
    knownNames: ['Mw. J. (Jildou) Bouma'],
    text: `Begeleidingsverslag – evaluatie ondersteuningsplan
Woonvorm [[ORGANISATIE|De Wâldrâne]], [[ADRES|Raadhuisstraat 41-c]], [[PLAATS|Drachten]]
PB: [[PERSOON|Anke Terpstra]]
Datum gesprek: [[DATUM|14-04-2025]]

Aanwezig: [[PERSOON|Jildou]], moeder mw. [[PERSOON|Bouma-Kooistra]], [[PERSOON|Anke]] (PB). Broer [[PERSOON|Hylke]] had zich afgemeld ivm werk, krijgt verslag per mail.

Algemeen
[[PERSOON|Jildou]] (34 jr, syndroom van Down) woont sinds 2017 op de groep. Ze zegt zelf dat ze het "fijn maar soms te druk" vindt, vooral aan tafel. Sinds de nieuwe huisgenoot ([[PERSOON|Dirk]]) er is trekt ze zich vaker terug op haar kamer. Besproken dat dat mag, en dat ze met het kaartje 'even rust' kan laten zien dat ze alleen wil zijn.

Doel 1 – zelfstandig boodschappen doen
Gaat 2x p/w met [[PERSOON|Marrit]] (stagiaire) naar de Jumbo in de Kerkstraat. Boodschappenlijst met picto's werkt goed. Afrekenen met pinpas lukt, pincode onthouden blijft lastig. Bewindvoerder ([[ORGANISATIE|Bewindvoering De Kompasroas]]) heeft weeklimiet van 40 euro ingesteld, dat gaat goed.
-> doel blijft staan, volgende stap: alleen naar de bakker op de hoek (200 m).

Doel 2 – dagbesteding
[[PERSOON|Jildou]] werkt 4 dagdelen bij [[ORGANISATIE|De Bôle]] in [[PLAATS|Boornbergum]] (bakkerij/lunchroom). Ze is trots op haar werk, "ik ben de bakker" zegt ze steeds. Jobcoach [[PERSOON|Wytske de Boer]] geeft aan dat ze na de middag sneller moe is, voorstel om de woensdagmiddag te schrappen. Moeder is het hier niet mee eens, wil eerst afwachten wat de AVG zegt.

Doel 3 – gezondheid
Schildklier: Thyrax 75 mcg, controle bij AVG dr. [[PERSOON|Wiersma]] op [[DATUM|3 juni]]. Gewicht stabiel (71 kg). Nieuw hoortoestel rechts sinds [[DATUM|12 februari]], draagt het nog niet elke dag, vindt het 'kriebelen'.

Afspraken
- moeder belt voortaan op di- en vrijdagavond ipv dagelijks ([[PERSOON|Jildou]] wil dit zelf)
- [[PERSOON|Anke]] overlegt met [[PERSOON|Wytske]] over woensdagmiddag, na AVG-afspraak
- hoortoestel: elke ochtend samen indoen, aftekenen op lijst in badkamer
- nieuwe evaluatie over een half jaar

/[[PERSOON|at]]`,
  },
  {
    id: 'h4-c02',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-h4c',
    knownNames: ['Dhr. D. (Douwe) Hiemstra'],
    text: `Crisisnotitie zo [[DATUM|9 maart]] – avond/nacht
Locatie: beschermd wonen [[ORGANISATIE|Huis aan de Potmarge]], [[PLAATS|Leeuwarden]]

22:40 Buurvrouw van nr. 17 belt: [[PERSOON|Douwe]] staat op zijn balkon en roept dat hij 'er klaar mee is'. [[PERSOON|Sytske]] (dienst) gaat direct naar boven, [[PERSOON|Nordin]] gebeld als tweede.
22:45 [[PERSOON|Douwe]] aanspreekbaar, huilt, ruikt naar alcohol. Zegt dat hij niet meer wil leven, geen concreet plan genoemd, ontkent middelen in huis te hebben. Keukenmes meegenomen naar kantoor (met zijn toestemming).
22:55 Signaleringsplan erbij gepakt: fase rood. Afspraak uit plan = crisisdienst bellen.
23:05 Crisisdienst [[ORGANISATIE|GGZ Fryske Mar]] gebeld ([[TELEFOON|058 288 56 10]]), gesproken met vpk [[PERSOON|Jorrit]]. Advies: niet alleen laten, dienstdoend psychiater komt.
23:50 Dr. [[PERSOON|Kaya]] (psychiater) en [[PERSOON|Jorrit]] ter plaatse. Gesprek ca 40 min. Conclusie: acuut risico afgenomen, geen opname nodig, 1x lorazepam 1 mg gegeven. [[PERSOON|Douwe]] spreekt af dat hij naar kantoor komt of belt als het weer opkomt.
00:15 Op zijn verzoek zus [[PERSOON|Baukje]] gebeld ([[TELEFOON|06-41729350]]), zij komt morgenmiddag.
00:40 Crisisdienst weg. [[PERSOON|Nordin]] blijft slapen in de logeerkamer, elk uur even kijken.
02:00 / 03:00 / 04:00 slaapt, ademt rustig.
06:30 wakker, schaamt zich, 'sorry voor gisteren'. Ontbeten, wil vandaag gewoon naar de kringloop.

Vervolg
- ma [[DATUM|10-3]] 09:00 SPV [[PERSOON|R. Jellema]] bellen, verslag crisisdienst komt digitaal
- alcohol: 2 blikjes ingeleverd, met hem kamer doorlopen vanmiddag
- trigger volgens [[PERSOON|Douwe]]: brief van CJIB + sterfdag moeder deze week
- MIC-melding gedaan

[[PERSOON|sdj]] / [[PERSOON|nob]]`,
  },
  {
    id: 'h4-c03',
    genre: 'mdo',
    setting: 'GGZ',
    author: 'auteur-h4c',
    knownNames: ['Mw. F. (Fatima) El Idrissi'],
    text: `Verslag MDO beschermd wonen
Datum: [[DATUM|2025-02-18]], 14:00–15:15
Locatie: [[ORGANISATIE|De Wierde]], [[ADRES|Verlengde Hereweg 212]], [[PLAATS|Groningen]]
Cliënt: [[PERSOON|Fatima El Idrissi]], cliëntnr. [[ID|7730412]]

Aanwezig:
- [[PERSOON|Fatima]] (cliënt, eerste 40 min)
- [[PERSOON|M. Pothof]], persoonlijk woonbegeleider, notulen
- drs. [[PERSOON|E. Ubbens]], psychiater [[ORGANISATIE|GGZ Ommeland]]
- [[PERSOON|Lieke Drenth]], ervaringsdeskundige
- [[PERSOON|Youssef El Idrissi]], broer (telefonisch)
Afwezig mk: [[PERSOON|H. Mulder]], trajectbegeleider gemeente

1. Stand van zaken
[[PERSOON|Fatima]] woont nu 2,5 jaar bij ons. Afgelopen periode stabiel, geen crisiscontacten sinds [[DATUM|augustus 2024]]. Ze kookt 3x per week zelf, doet haar was, gaat 2 ochtenden naar het atelier van [[ORGANISATIE|Werkplaats Noorderhaven]]. Slapen blijft wisselend. Ze geeft zelf aan: "ik wil niet nog 3 jaar hier, ik wil mijn eigen deur".

2. Medicatie
Clozapine 300 mg. Bloedcontroles lopen via [[ORGANISATIE|Huisartsenpraktijk Korrewegwijk]], laatste uitslagen goed. Drs. [[PERSOON|Ubbens]] wil niet afbouwen zolang uitstroom speelt ('niet twee dingen tegelijk'). [[PERSOON|Fatima]] accepteert dit, wel klacht over gewicht en speekselvloed.
-> afspraak met diëtist aanvragen via huisarts ([[PERSOON|Pothof]])

3. Uitstroom
Doel: begeleid zelfstandig wonen met ambulante begeleiding (Wmo). Broer [[PERSOON|Youssef]] steunt dit, maar maakt zich zorgen over de periode rond ramadan, toen ging het in 2023 ook mis. [[PERSOON|Lieke]] stelt voor om een terugvalpreventieplan samen met [[PERSOON|Fatima]] te schrijven, in haar eigen woorden.
Woning: inschrijving woningcorporatie loopt sinds 2021, urgentie aanvragen via gemeente [[PLAATS|Groningen]].

4. Financiën
Schuld bij energieleverancier nagenoeg afgelost. Bewind blijft voorlopig.

Acties
- terugvalpreventieplan: [[PERSOON|Fatima]] + [[PERSOON|Lieke]], klaar voor [[DATUM|1 april]]
- urgentieaanvraag: [[PERSOON|M. Pothof]] met [[PERSOON|H. Mulder]]
- diëtist: [[PERSOON|Pothof]]
- volgend MDO [[DATUM|20 mei]] 14:00

[[PERSOON|mp]]`,
  },
  {
    id: 'h4-c04',
    genre: 'rapportage',
    setting: 'GHZ',
    author: 'auteur-h4c',
    knownNames: ['Dhr. K. (Kees) Minderhoud'],
    text: `[[DATUM|11-03]] 07:45
[[PERSOON|Kees]] goed geslapen, om 7 uur zelf opgestaan. Ontbijt zelf gesmeerd, 2 boterhammen met kaas. Medicatie ingenomen. Om 08:30 opgehaald door taxi naar [[ORGANISATIE|Zorgboerderij 't Oude Hof]] in [[PLAATS|Kapelle]]. /[[PERSOON|lk]]

[[DATUM|11-03]] 16:10
Terug van dagbesteding, moe maar vrolijk. Begeleider daar ([[PERSOON|Marja]]) meldde via het schriftje dat hij vandaag geholpen heeft met de kalfjes en een keer boos werd toen een andere deelnemer zijn pet pakte. Daarna zelf naar de kantine om af te koelen, goed opgelost. /[[PERSOON|bdj]]

[[DATUM|11-03]] 21:30
Beetje onrustig bij het naar bed gaan, vroeg 3x of zijn zus zaterdag komt. Kalender met hem bekeken, weer rustig. /[[PERSOON|bdj]]

[[DATUM|12-03]] 07:20
Incontinent geweest vannacht, bed verschoond. Tena maat M op is, besteld bij de leverancier. Nachtdienst ([[PERSOON|Jacoline]]) had het om 04:00 al gezien. /[[PERSOON|lk]]

[[DATUM|12-03]] 14:00
Zus [[PERSOON|Janny Kodde]] gebeld ([[TELEFOON|0113-218 765]]), ze komt zaterdag om 11 uur met zwager [[PERSOON|Arie]]. Ook gevraagd naar tandartsafspraak: die is op [[DATUM|25 maart]] bij [[ORGANISATIE|Tandartspraktijk Ravebeek]] in [[PLAATS|Goes]], zij gaat mee. Doorgegeven aan planning. /[[PERSOON|WdK]]

[[DATUM|12-03]] 22:15
Rustige avond, met [[PERSOON|Kees]] naar de voetbal gekeken, om 21:45 naar bed. /[[PERSOON|bdj]]`,
  },
  {
    id: 'h4-c05',
    genre: 'email',
    setting: 'GHZ',
    author: 'auteur-h4c',
    text: `Van: [[PERSOON|Marloes Kistemaker]] <[[EMAIL|m.kistemaker@zorgkringwestfriesland.nl]]>
Verzonden: dinsdag [[DATUM|4 februari 2025]] 10:12
Aan: [[EMAIL|ineke.schuitemaker@hetnet.nl]]
CC: [[EMAIL|teamdetuinen@zorgkringwestfriesland.nl]]
Onderwerp: RE: verjaardag [[PERSOON|Ruud]]

Beste [[PERSOON|Ineke]],

Dank voor je mail, goed dat je zo vroeg meedenkt. Ik heb het met het team besproken. We vinden het een mooi idee om [[PERSOON|Ruud]] zijn verjaardag dit jaar bij jullie moeder te vieren, juist omdat zij niet meer naar [[ORGANISATIE|De Tuinen]] kan komen. [[PERSOON|Ruud]] reageert wel vaak onrustig op een nieuwe omgeving, dus een paar tips:
- liever 's middags dan 's avonds, na 16 uur wordt hij moe
- niet te veel mensen tegelijk, max 6-7
- zijn eigen beker en koptelefoon meenemen
- [[PERSOON|Sandra]] (collega) kan op [[DATUM|15 februari]] met hem meerijden en na een uur weer met hem terug, als je dat fijn vindt

Ik hoor graag of het zorgcentrum akkoord is met een zaaltje.

Met vriendelijke groet,

[[PERSOON|Marloes Kistemaker]]
Persoonlijk begeleider
[[ORGANISATIE|Zorgkring West-Friesland]] | woonlocatie [[ORGANISATIE|De Tuinen]]
[[ADRES|Koepoortsweg 117-A]], [[POSTCODE|1624 AK]] [[PLAATS|Hoorn]]
T [[TELEFOON|0229-274 611]] (ma, di, do)

-----Oorspronkelijk bericht-----
Van: [[PERSOON|Ineke Schuitemaker]] <[[EMAIL|ineke.schuitemaker@hetnet.nl]]>
Verzonden: zondag [[DATUM|2 februari 2025]] 20:47
Aan: [[PERSOON|Marloes Kistemaker]]
Onderwerp: verjaardag [[PERSOON|Ruud]]

Hoi [[PERSOON|Marloes]],

Zoals je weet wordt mijn broer op [[DATUM|15 februari]] 52. Mam is inmiddels [[LEEFTIJD|92]] en komt eigenlijk de deur niet meer uit sinds haar val in december. Zou het een idee zijn om het te vieren in [[ORGANISATIE|Zorgcentrum Lambertschaag]] in [[PLAATS|Zwaag]]? Dan kan zij erbij zijn. Mijn man [[PERSOON|Joop]] haalt de taart bij de bakker, dat is geen punt.
Ik weet niet of het voor [[PERSOON|Ruud]] te veel wordt, jullie kennen hem beter.

groetjes [[PERSOON|Ineke]]`,
  },
  {
    id: 'h4-c06',
    genre: 'verwijzing',
    setting: 'GGZ',
    author: 'auteur-h4c',
    text: `[[ORGANISATIE|Kennemer Beschut Wonen]]
Locatie [[ORGANISATIE|Het Zeglis]]
[[ADRES|Kennemerstraatweg 301]]
[[POSTCODE|1814 GM]] [[PLAATS|Alkmaar]]

Aan: [[ORGANISATIE|FACT Noorderkwartier]]
t.a.v. het aanmeldteam
[[ADRES|Hertog Aalbrechtweg 5]]
[[POSTCODE|1823 DL]] [[PLAATS|Alkmaar]]

[[PLAATS|Alkmaar]], [[DATUM|17 oktober 2024]]

Betreft: aanmelding voor behandeling
Naam: dhr. [[PERSOON|J.R. (Jurgen) Pinas]]
Geboortedatum: [[DATUM|23-07-1988]]
BSN: [[BSN|303779482]]
Adres: [[ADRES|Kennemerstraatweg 301]] (kamer 4), [[POSTCODE|1814 GM]] [[PLAATS|Alkmaar]]
Telefoon: [[TELEFOON|06-29 48 17 53]]
Huisarts: [[PERSOON|H. Beers]], [[ORGANISATIE|Huisartsenpraktijk De Hoef]], AGB [[ID|01056732]]

Geachte collega's,

Hierbij melden wij, met toestemming van dhr. [[PERSOON|Pinas]], hem aan voor behandeling door uw FACT-team. De huisarts is op de hoogte en stuurt de formele verwijzing apart via Zorgdomein.

Dhr. [[PERSOON|Pinas]] (36) woont sinds [[DATUM|maart 2023]] in onze beschermd-wonenvoorziening. Voorgeschiedenis: psychotische episode in 2019 met opname, daarna behandeling tot 2022 bij een andere instelling, die hij zelf heeft beëindigd. Sindsdien geen behandelaar, alleen medicatie via de huisarts (aripiprazol 10 mg, neemt het wisselend in).

De afgelopen 6 weken zien wij toenemende achterdocht: hij plakt de ventilatieroosters af, denkt dat buurman hem afluistert, slaapt slecht. Cannabisgebruik is toegenomen (dagelijks, eigen zeggen 2-3 joints). Hij is nog goed aanspreekbaar en wil zelf hulp: "ik wil niet weer zo ver komen als toen". Familie: moeder mw. [[PERSOON|E. Pinas-Wongsodikromo]] is betrokken, zij woont in [[PLAATS|Heiloo]] en heeft dagelijks contact.

Vraag: diagnostiek en behandeling, medicatiebeoordeling, en afstemming met ons over signaleringsplan. Wij bieden 24-uurs begeleiding en kunnen aansluiten bij intake.

Met vriendelijke groet,

[[PERSOON|Nadia Azzouzi]]
woonbegeleider / persoonlijk begeleider
[[ORGANISATIE|Kennemer Beschut Wonen]]
[[TELEFOON|072-5119340]] | [[EMAIL|n.azzouzi@kennemerbeschut.nl]]

Gezien en akkoord: [[PERSOON|J. Pinas]]`,
  },
  {
    id: 'h4-c07',
    genre: 'begeleiding',
    setting: 'GGZ',
    author: 'auteur-h4c',
    knownNames: ['Mw. A. (Agnieszka) Nowak'],
    text: `Gesprek met [[PERSOON|Agnieszka]] op haar kamer, ca. 45 min. Ze wil graag weer werken, "ik zit hier alleen maar te wachten". Denkt aan vakkenvullen bij de supermarkt in de Walstraat. Samen besproken dat eerst vrijwilligerswerk misschien beter past, ze kent [[ORGANISATIE|Inloophuis De Vuurtoren]] al van vroeger en wil daar navragen. Stemming redelijk, slaapt beter sinds ze minder koffie drinkt. Dochter [[PERSOON|Zosia]] belt elke zondag vanuit Polen, dat geeft haar steun.
Afspraak: ze belt zelf met het inloophuis, volgende gesprek [[DATUM|27/3]].
/[[PERSOON|wm]]`,
  },
  {
    id: 'h4-c08',
    genre: 'crisis',
    setting: 'GHZ',
    author: 'auteur-h4c',
    knownNames: ['Dhr. T. (Tjeerd) van der Meer'],
    text: `Incidentverslag / crisis – [[DATUM|18 maart]], 17:20
[[ORGANISATIE|Woonvoorziening It Heechhôf]], [[PLAATS|Heerenveen]], groep Oost
Betrokken medewerkers: [[PERSOON|Roelie Kuipers]], [[PERSOON|Hessel]] (invalkracht)

Wat gebeurde er
Tijdens het koken heeft [[PERSOON|Tjeerd]] (Prader-Willi syndroom) de afgesloten keukenkast opengebroken met een schroevendraaier die hij uit de schuur had gehaald. Hij heeft in korte tijd een pak koekjes en een halve rol leverworst gegeten. Toen [[PERSOON|Roelie]] de rest wilde pakken sloeg hij haar op de onderarm en schopte tegen de deur. Hij schreeuwde "jullie laten me verhongeren".

Aanpak
- [[PERSOON|Hessel]] heeft de andere bewoners (3) naar de huiskamer gebracht
- [[PERSOON|Roelie]] afstand genomen, rustig gesproken volgens signaleringsplan (geen discussie over eten, wel benoemen wanneer er gegeten wordt)
- [[PERSOON|Tjeerd]] ging zelf naar zijn kamer, na ca 15 min weer aanspreekbaar
- 18:00 gewoon mee-gegeten, kleine portie (dieet 1200 kcal aangehouden)

Letsel: [[PERSOON|Roelie]] blauwe plek onderarm, geen EHBO nodig. Deur kastje kapot.

Gemeld/overleg
- achterwacht [[PERSOON|Femke Algra]] gebeld om 17:40
- gedragskundige [[PERSOON|Iris Hofstra]] per mail geïnformeerd, vraagt morgen terugbelafspraak
- vader dhr. [[PERSOON|J. van der Meer]] om 19:15 gebeld, schrok, komt zondag
- Wzd: het op slot doen van kasten staat in het zorgplan, geen nieuwe maatregel genomen. Wel vraag aan Wzd-functionaris of de schuur ook afgesloten moet worden.
- MIC-melding nr. [[ID|4471902]]

[[PERSOON|rk]]`,
  },
  {
    id: 'h4-c09',
    genre: 'mdo',
    setting: 'GHZ',
    author: 'auteur-h4c',
    knownNames: ['Mw. S. (Sanne) Wubbels'],
    text: `MDO – [[PERSOON|Wubbels, S.]]
[[DATUM|6 maart 2025]], woonlocatie [[ORGANISATIE|Het Reitdiep]], [[PLAATS|Winsum]]

Aanwezig: AVG [[PERSOON|L. Kremer]]; gedragskundige [[PERSOON|Hatice Demir]]; PB [[PERSOON|Gea Bolhuis]]; fysiotherapeut [[PERSOON|Arjen Tuinstra]]; vader/mentor dhr. [[PERSOON|H. Wubbels]]; teamleider [[PERSOON|W. Lubbers]] (vz)

1. Slaap
[[PERSOON|Sanne]] (23, syndroom van Angelman) is 3-4 nachten per week wakker tussen 02:00 en 05:00, lacht en slaat tegen de muur. Slaapdagboek 6 weken bijgehouden. AVG ziet geen medische oorzaak, epilepsie lijkt rustig (Depakine ongewijzigd, laatste aanval [[DATUM|14/12]]). Melatonine 3 mg helpt het inslapen, niet het doorslapen.
Besluit: proef met verzwaringsdeken 4 weken, en vast avondritme (geen tablet na 19:30). [[PERSOON|Gea]] maakt het dagschema op.

2. Domotica / Wzd
Uitluisteren 's nachts staat in het zorgplan. Bedhekken: vader wil ze graag omhoog ('ze valt anders'), gedragskundige en AVG vinden dat een zware maatregel. Alternatief: laag-laag bed met valmat. Dhr. [[PERSOON|Wubbels]] gaat akkoord met eerst proberen, wil het wel na 6 weken terugzien.

3. Mobiliteit
[[PERSOON|Arjen]]: loopt kortere stukken, rolstoel voor lange afstanden. Nieuwe schoenen met enkelsteun aangevraagd.

4. Contact familie
Moeder mw. [[PERSOON|Kooi]] (gescheiden van dhr.) wil vaker op bezoek. Vader heeft daar geen bezwaar tegen. Planning via [[PERSOON|Gea]], zij belt mw. op [[TELEFOON|06-53 71 09 28]].

Actiepunten
- verzwaringsdeken bestellen – [[PERSOON|GB]]
- laag-laag bed aanvragen, Wzd-stappenplan bijwerken – [[PERSOON|HD]]
- evaluatie slaap + bed: [[DATUM|17 april]]
- volgend MDO: [[DATUM|4 september]]

verslag: [[PERSOON|wl]]`,
  },
  {
    id: 'h4-c10',
    genre: 'rapportage',
    setting: 'GGZ',
    author: 'auteur-h4c',
    knownNames: ['Dhr. M. (Mehmet) Yılmaz'],
    text: `[[DATUM|21/11]] 23:15 nachtdienst
[[PERSOON|Mehmet]] nog op, rookt op balkon. Onrustig, praat veel over zijn ex [[PERSOON|Sevgi]] en de kinderen die hij al 2 mnd niet gezien heeft. Geen uitingen van agressie of suïcidaliteit. Na overleg met achterwacht ([[PERSOON|Erik]]) zn quetiapine 25 mg gegeven om 23:30. /[[PERSOON|jkz]]

[[DATUM|22/11]] 01:10
Licht uit, deur dicht. Geen geluid meer. /[[PERSOON|jkz]]

[[DATUM|22/11]] 03:40
Hoorde hem in de gang. Wilde een boterham, samen in de keuken gezeten, kort praatje over voetbal (Fenerbahçe). Daarna weer naar bed. /[[PERSOON|jkz]]

[[DATUM|22/11]] 08:15
Opgestaan op tijd, gedoucht. Wil vandaag toch naar [[ORGANISATIE|Werkplaats Het Anker]], fietst zelf. Vraagt of hij vanmiddag met zijn PB ([[PERSOON|Priscilla]]) kan bellen met de advocaat over de omgangsregeling. Doorgezet in agenda. /[[PERSOON|PK]]`,
  },
  {
    id: 'h4-c11',
    genre: 'email',
    setting: 'GGZ',
    author: 'auteur-h4c',
    text: `Onderwerp: RE: leefgeld dhr. [[PERSOON|Ouali]] – extra uitgave fiets
Van: mr. [[PERSOON|A. Verhage]]
Aan: [[PERSOON|Evelien de Kam]]
Datum: [[DATUM|28-01-2025]] 16:02

Beste mevrouw [[PERSOON|de Kam]],

Ik heb het verzoek bekeken. Het budget laat een eenmalige uitgave van max. 150 euro toe, te voldoen uit de reserveringspot. Ik maak het bedrag vrijdag over op de leefgeldrekening van dhr. [[PERSOON|Ouali]], graag de bon naar ons mailen o.v.v. dossiernummer [[ID|2219034]]. De CJIB-boete staat inmiddels in een betalingsregeling, daar hoeft hij zelf niets meer voor te doen.

Met vriendelijke groet,
[[PERSOON|A. Verhage]]
bewindvoerder
[[ORGANISATIE|Scheldebewind]]
[[TELEFOON|0115-69 30 12]]

> Van: [[PERSOON|Evelien de Kam]] <[[EMAIL|e.dekam@zeeuwsehavenwonen.nl]]>
> Datum: [[DATUM|27-01-2025]] 11:34
> Aan: [[EMAIL|info@scheldebewind.nl]]
> Onderwerp: leefgeld dhr. [[PERSOON|Ouali]] – extra uitgave fiets
>
> Geachte heer [[PERSOON|Verhage]],
>
> Namens dhr. [[PERSOON|Rachid Ouali]] (geb. [[DATUM|04-09-1979]]) vraag ik of er ruimte is voor een tweedehands fiets. Zijn fiets is vorige week gestolen bij het station. Hij heeft de fiets nodig om op tijd bij zijn werkplek in [[PLAATS|Sluiskil]] te komen (3 dagen per week, daar is hij erg trots op). Hij heeft al een fiets gevonden bij de kringloop voor 135 euro.
> Dhr. [[PERSOON|Ouali]] leest mee en is akkoord met het delen van deze informatie.
>
> Met vriendelijke groet,
> [[PERSOON|Evelien de Kam]]
> woonbegeleider
> [[ORGANISATIE|Zeeuwse Haven Wonen]] – locatie [[ORGANISATIE|De Kreek]]
> [[ADRES|Axelsestraat 58]], [[POSTCODE|4537 AJ]] [[PLAATS|Terneuzen]]
> [[TELEFOON|0115-64 92 07]] | [[URL|www.zeeuwsehavenwonen.nl]]`,
  },
  {
    id: 'h4-c12',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-h4c',
    knownNames: ['Mw. H. (Hinke) Zijlstra'],
    text: `Begeleidingsverslag [[DATUM|juni 2025]]
[[PERSOON|Hinke]] is [[LEEFTIJD|91]] jaar en woont sinds 1968 bij ons, de laatste 12 jaar in [[ORGANISATIE|Woonhuis De Sylroede]] aan de [[ADRES|Looxmagracht 9]] in [[PLAATS|Sneek]]. Ze is de oudste bewoner van de hele organisatie en daar is ze trots op ("ik bin de âldste").

Functioneren
De afgelopen maanden zien we duidelijk achteruitgang. Ze vergeet waar haar kamer is, zoekt 's avonds naar haar moeder en is 2x 's nachts in haar nachtjapon bij de voordeur aangetroffen. De AVG (dr. [[PERSOON|Y. Visser]]) heeft een onderzoek gedaan; het beeld past bij de ziekte van Alzheimer bovenop haar verstandelijke beperking. Ze eet nog zelfstandig maar heeft meer tijd nodig, en ze kleedt zich niet meer zelf aan.

Wat gaat goed
- ze geniet nog steeds van het zingen op dinsdag met vrijwilliger [[PERSOON|Geeske]]
- Friese psalmen kent ze allemaal uit haar hoofd
- ze herkent vaste begeleiders, vooral [[PERSOON|Sietske]] en [[PERSOON|Wouter]]

Zorgen
De nachtzorg op de groep is niet meer passend: er is maar 1 slaapdienst voor 3 huizen. Neef dhr. [[PERSOON|Sjoerd Zijlstra]] (mentor) is op [[DATUM|2 juni]] uitgenodigd voor een gesprek. Hij wil het liefst dat tante [[PERSOON|Hinke]] blijft waar ze is, "dit is haar thuis". Tegelijk ziet hij ook dat het niet veilig is. Besproken: verhuizing naar de kleinschalige groep van [[ORGANISATIE|Zorgcentrum De Wiken]] in [[PLAATS|IJlst]], waar meer ouderen met een beperking wonen en 's nachts wakende dienst is. Hij gaat er eerst kijken met [[PERSOON|Sietske]].

Afspraken
- bezoek [[ORGANISATIE|De Wiken]] samen met mentor, week 26
- tot die tijd deurmelder aan, in zorgplan en met mentor besproken
- vrijwilliger blijft komen, ook na eventuele verhuizing (heeft zij zelf aangeboden)

[[PERSOON|sw]] / PB`,
  },
];
