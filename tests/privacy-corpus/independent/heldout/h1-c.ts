import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h1-027',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-h1',
    knownNames: ['Mw. P. (Petra) Zwart'],
    text: `Maandverslag [[PERSOON|Petra]] - [[ORGANISATIE|De Vlonder]], [[PLAATS|Heerenveen]]
Periode: [[DATUM|1 oktober]] t/m [[DATUM|31 oktober]]

Algemeen
[[PERSOON|Petra]] (syndroom van Down) woont sinds 2011 op de groep. Het team ziet deze maand opnieuw achteruitgang in geheugen en oriëntatie. Ze vergeet waar haar kamer is, zocht twee keer 's nachts de badkamer van haar buurvrouw. Ze wilde vaak haar zwarte jas aan, ook binnen, "want we gaan naar huis".

Gezondheid
De AVG-arts heeft op [[DATUM|16-10]] het dementieonderzoek besproken met zus [[PERSOON|Marjan]]: waarschijnlijk beginnende ziekte van Alzheimer. Geen nieuwe medicatie. Gewicht 52 kg. Schildklierwaarden goed (levothyroxine).

Dagbesteding
Gaat nu 3 in plaats van 4 dagdelen naar de creatieve groep. Op vrijdag blijft ze thuis, dan bakt ze met [[PERSOON|Kees]] een cake voor de groep. Dat vindt ze heerlijk.

Sociaal
[[PERSOON|Marjan]] komt elke zondag. Ook haar oude vriendin [[PERSOON|Hennie]] van de vroegere woonvorm in [[PLAATS|Wolvega]] kwam op bezoek, [[PERSOON|Petra]] herkende haar meteen.

Aandachtspunten
- Dagritme vasthouden, fotoboek op de deur van haar kamer
- Nachtlampje in de gang laten branden
- Volgende evaluatie met [[PERSOON|Lianne]] (gedragsdeskundige) in december

[[PERSOON|LvD]], persoonlijk begeleider`,
  },
  {
    id: 'h1-028',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h1',
    text: `[[ORGANISATIE|Ziekenhuis Zaanoever]] - Longgeneeskunde

Ontslagbrief
Patiënt: dhr. [[PERSOON|A. Ouchan]], geb. [[DATUM|12-05-1951]], ptnr. [[ID|3092214]]
Opnamedatum: [[DATUM|2024-02-04]]
Ontslagdatum: [[DATUM|2024-02-11]]
Huisarts: dhr. [[PERSOON|F. Tuinman]]

Geachte collega [[PERSOON|Tuinman]],

Uw patiënt dhr. [[PERSOON|Abdelkader Ouchan]] werd opgenomen wegens een exacerbatie COPD (GOLD 3, groep E), de derde in een jaar.

Hij presenteerde zich met toegenomen dyspnoe en purulent sputum. Bij opname: AF 28/min, sat 86% kamerlucht, temp 38,2, diffuus piepen en brommen. Arteriële bloedgas: pH 7,33, pCO2 7,1 kPa. X-thorax: geen infiltraat.

Behandeling: prednisolon 40 mg 5 dagen, doxycycline 7 dagen, vernevelingen, zuurstof op geleide van saturatie. Geen NIV nodig. De longverpleegkundige ([[PERSOON|Marian de Lange]]) heeft de inhalatietechniek opnieuw besproken; met de Spiolto Respimat ging het beter dan met het vorige poederapparaat. Zoon [[PERSOON|Samir]] was bij het gesprek aanwezig en vertaalde waar nodig.

Roken: patiënt rookt nog 10 sigaretten per dag. Gesprek gehad, hij wil nadenken over een stoppoging.

Medicatie bij ontslag: tiotropium/olodaterol 2 pufjes 1dd, salbutamol zn, prednisolon gestopt.
Nazorg: longrevalidatie aangevraagd, thuiszorg via [[ORGANISATIE|Zorgkring Zaanstreek]] voor steunkousen en medicatie. Controle poli longziekten [[DATUM|18 maart]] bij dr. [[PERSOON|Hekking]].

Met vriendelijke groet,

[[PERSOON|R.E. Boomsma]], longarts
[[PERSOON|T. Nguyen]], ANIOS longziekten
[[ORGANISATIE|Ziekenhuis Zaanoever]], [[ADRES|Wandelweg 2]], [[POSTCODE|1503 mb]] [[PLAATS|Zaandam]]`,
  },
  {
    id: 'h1-029',
    genre: 'overdracht',
    setting: 'wijk',
    author: 'auteur-h1',
    knownNames: ['Mw. M. (Mies) Kuipers-Lammers'],
    text: `SBAR telefonisch met huisartsenpost, 23:50

S: Ik ben [[PERSOON|Ingrid]], wijkverpleegkundige van [[ORGANISATIE|Thuiszorg Rivierenhof]]. Ik bel over mw. [[PERSOON|Kuipers-Lammers]], [[LEEFTIJD|94]] jaar, [[ADRES|Dorpsstraat 88-A]] in [[PLAATS|Culemborg]]. Haar verblijfskatheter loopt sinds de avondronde niet meer af, ze heeft veel pijn in de onderbuik.
B: Mw. is palliatief (blaascarcinoom), NR-verklaring aanwezig, eigen huisarts is [[PERSOON|Van Beek]]. Katheter is op [[DATUM|29/11]] gewisseld. Gebruikt oxycodon 10 mg 2dd.
A: Blaas palpabel tot net onder de navel, katheter spoelen lukt niet. Temp 37,4. Ik denk dat de katheter verstopt zit.
R: Ik wil graag toestemming om de katheter te wisselen, materiaal heb ik bij me. En eventueel extra pijnstilling.

Terugkoppeling: HAP-arts [[PERSOON|Meijer]] geeft toestemming. Katheter gewisseld om 00:25 (CH 16), direct 700 ml helder afgelopen, pijn duidelijk minder. Extra oxycodon 5 mg gegeven. Eigen huisarts morgen via de HAP-overdracht. Dochter [[PERSOON|Ria]] op de hoogte gebracht. - [[PERSOON|ivh]]`,
  },
  {
    id: 'h1-030',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-h1',
    knownNames: ['Dhr. J.H. (Johan) Leenders'],
    text: `[[DATUM|18 sep]] 07:45 Dhr. had een lange nacht, om 05:00 al aangekleed in de stoel. Zegt dat hij naar zijn werk moet (was schoolmeester). Rustig meegegaan naar de huiskamer. PAINAD 1. /[[PERSOON|MJ]]
[[DATUM|18 sep]] 12:30 Mw. [[PERSOON|Leenders]] (echtgenote) bij de lunch. Zij vindt dat hij "magerder wordt". Gewicht vandaag 68,2 kg (vorige maand 70,1). Voedingsdagboek gestart, diëtist gemaild. /[[PERSOON|MJ]]
[[DATUM|18 sep]] 21:00 Pantoprazol en avondmedicatie ingenomen in de vla. Kort gesprek over vroeger, over de school in [[PLAATS|Nijkerk]]. /[[PERSOON|DW]]
[[DATUM|19 sep]] 02:10 Dhr. op de gang, zoekt het toilet. Begeleid. Incontinent van urine, verschoond. /nacht - [[PERSOON|rb]]
[[DATUM|19 sep]] 10:00 Fysio [[PERSOON|Stefan]]: rollator-oefeningen, loopt 40 m zelfstandig, wel schuifelend. /[[PERSOON|MJ]]`,
  },
  {
    id: 'h1-031',
    genre: 'mdo',
    setting: 'HA',
    author: 'auteur-h1',
    text: `Wijk-MDO ouderenzorg [[ORGANISATIE|Gezondheidscentrum Lindenhof]]
[[DATUM|10-04-2024]], 12:30-13:30

Aanwezig:
- [[PERSOON|K. Achterberg]], huisarts ([[PERSOON|KA]])
- [[PERSOON|Miriam Tol]], POH-ouderen ([[PERSOON|MT]])
- [[PERSOON|Fenna Bouma]], casemanager dementie, [[ORGANISATIE|Zorggroep Hooghwerf]] ([[PERSOON|FB]])
- [[PERSOON|Dirk-Jan Hoekstra]], wijkverpleegkundige ([[PERSOON|DJH]])
- [[PERSOON|S. el Khatib]], apotheker, [[ORGANISATIE|Apotheek Lindenhof]] ([[PERSOON|SeK]])
Notulen: [[PERSOON|Miriam]]

1. Mw. [[PERSOON|Teunissen]] ([[LEEFTIJD|92]])
Woont alleen aan de [[ADRES|Beukenlaan 61]]. Valt regelmatig, laatste keer [[DATUM|2 april]], lag 3 uur op de grond tot de alarmcentrale kwam. Weigert dagopvang. Zoon in [[PLAATS|Breda]] komt 1x per maand.
[[PERSOON|DJH]]: zorg nu 2x/dag, meer is niet rond te krijgen zonder Wlz.
Afspraak: [[PERSOON|MT]] start gesprek over Wlz-indicatie met zoon; [[PERSOON|SeK]] doet medicatiereview (benzodiazepine, tamsulosine).

2. Dhr. [[PERSOON|Boersma]] (83)
Dementie, mantelzorg door echtgenote is zwaar, zij slaapt slecht. [[PERSOON|Fenna]] ziet overbelasting.
Afspraak: [[PERSOON|FB]] vraagt logeeropvang aan; [[PERSOON|KA]] ziet echtgenote op het spreekuur.

3. Mw. [[PERSOON|Hamdaoui]] (79)
Nieuw in de wijk, verhuisd uit [[PLAATS|Rotterdam-Zuid]] naar haar dochter. Medicatie onbekend, oude apotheek heeft overzicht gestuurd.
Afspraak: [[PERSOON|SeK]] medicatieoverzicht afstemmen met de vorige apotheek; [[PERSOON|MT]] huisbezoek met dochter als tolk.

Volgende wijk-MDO: [[DATUM|8 mei]]`,
  },
  {
    id: 'h1-032',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h1',
    knownNames: ['F. (Fenna) Jorritsma'],
    text: `S/ oorpijn re 2d, moeder ([[PERSOON|Baukje]]) erbij. Geen koorts. Drinkt goed.
O/ TV re rood, niet bomberend. Li nl.
E/ OMA re
P/ pcm op gewicht, afwachten, ctrl zn. /[[PERSOON|AvdV]]`,
  },
  {
    id: 'h1-033',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-h1',
    text: `Crisisdienst - beoordeling politiebureau [[PLAATS|Arnhem]], [[DATUM|16 december]], 22:15

Aanleiding: dhr. [[PERSOON|Dariusz Kowalczyk]], 41 jaar, Poolse nationaliteit, aangehouden na vernieling in een supermarkt. Hij zei tegen de agenten dat hij "van de brug wil springen". Niet bekend bij GGZ in Nederland. Geen BSN bekend; Poolse ID-kaart aanwezig. Huisarts: geen.

Gesprek met tolk (telefonisch, Pools), hulpofficier aanwezig.
Dhr. werkt sinds 2 jaar via een uitzendbureau in de kassenbouw. Vorige week ontslagen, daarmee ook zijn kamer in het huis van het uitzendbureau kwijt. Slaapt sinds 4 nachten in zijn auto. Drinkt dagelijks, vandaag circa 1 liter wodka. Blaastest: 2,1 promille.
Hij huilt, zegt dat zijn vrouw in Polen niet weet dat hij zijn werk kwijt is. Bij doorvragen: wel gedachten aan de dood, geen concreet plan; "ik zei dat van de brug omdat ik boos was". Ontkent eerdere pogingen. Geen psychotische verschijnselen.

Conclusie: acute intoxicatie alcohol, aanpassingsstoornis met suïcidale uitingen, dakloosheid. Op dit moment geen aanwijzingen voor een psychische stoornis die verplichte zorg rechtvaardigt; suïciderisico vooral verhoogd door intoxicatie.

Beleid:
- Ontnuchteren in de cel (arrestantenzorg, forensisch arts dr. [[PERSOON|Wieringa]] is ingelicht).
- Morgen 10:00 telefonisch contact door crisisdienst; doorverwijzing naar [[ORGANISATIE|Nachtopvang De Poort]] en het consulaat-spreekuur voor EU-migranten.
- Telefoonnummer dhr.: [[TELEFOON|06-84 02 77 15]] (Nederlands nummer).

[[PERSOON|P. Willemse]], SPV / [[PERSOON|H.J. Obbink]], arts`,
  },
  {
    id: 'h1-034',
    genre: 'email',
    setting: 'GHZ',
    author: 'auteur-h1',
    text: `Hoi [[PERSOON|Bram]],

Kun jij voor [[PERSOON|Ilona]] van de [[ORGANISATIE|Wilgenhof]] (groep 3) de Baxterrol per maandag aanpassen? De valproïnezuur gaat van 2dd 500 naar 2dd 600 mg, recept heb ik net via het EVS gestuurd. De spiegel van vorige week was aan de lage kant en ze heeft weer twee aanvallen gehad.

En wil je checken of de nieuwe Ecobiotic-voeding bij jullie binnen is? De groepsleiding ([[PERSOON|Ans]]) zegt dat het er vrijdag nog niet was.

Dank je!

Groet, [[PERSOON|Lieke]]

[[PERSOON|L.A.M. Verbruggen]]
AVG-arts
[[ORGANISATIE|Stichting Esdoorn]]
[[TELEFOON|0318-551 902]]
[[EMAIL|l.verbruggen@esdoorn-zorg.nl]]

Verstuurd vanaf mijn iPhone`,
  },
  {
    id: 'h1-035',
    genre: 'verwijzing',
    setting: 'ZKH',
    author: 'auteur-h1',
    text: `[[ORGANISATIE|Medisch Centrum Lindenhove]] - Kindergeneeskunde
[[ADRES|Lindenhovelaan 1]], [[POSTCODE|7821 AC]] [[PLAATS|Emmen]]

Aan: [[ORGANISATIE|Kinder- en Jeugdpsychiatrie Het Anker]], t.a.v. het aanmeldteam
Datum: [[DATUM|4 juni]]

Betreft: [[PERSOON|Dilan Aydın]], geb. [[DATUM|30-01-2011]]
Ouder: mw. [[PERSOON|Hatice Aydın]], [[TELEFOON|06-11 92 83 74]]
[[ADRES|Van Schaikweg 12 b]], [[POSTCODE|7811 KL]] [[PLAATS|Emmen]]

Geachte collega's,

Ik verwijs [[PERSOON|Dilan]], een 13-jarig meisje, naar jullie in verband met ernstige angstklachten en schoolverzuim.

[[PERSOON|Dilan]] is bij mij onder behandeling voor de ziekte van Crohn (ileocaecaal, diagnose 2022), thans in remissie op azathioprine. Sinds de laatste opname in het najaar durft zij nauwelijks nog van huis. Zij is bang om op school een "ongelukje" te krijgen, heeft buikpijn voor het naar school gaan en gaat sinds de kerstvakantie maximaal twee ochtenden per week. Op de polikliniek zie ik ook paniekaanvallen. Somatisch is er geen verklaring voor de huidige klachten: calprotectine 38, CRP normaal.

Eerdere hulp: schoolmaatschappelijk werk en een praktijkondersteuner jeugd bij de huisarts (dr. [[PERSOON|Mulders]] heeft dit ook aangeraden). Moeder spreekt goed Nederlands, vader beperkt.

Vraagstelling: diagnostiek angststoornis en behandeling, in afstemming met ons Crohn-team. Ik heb [[PERSOON|Dilan]] en moeder over deze verwijzing ingelicht; beiden staan erachter.

Met vriendelijke groet,

dr. [[PERSOON|E.M. Sonneveld]], kinderarts-MDL
Poli kindergeneeskunde [[TELEFOON|0591-69 13 00]]`,
  },
  {
    id: 'h1-036',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-h1',
    knownNames: ['Dhr. W. (Wouter) Hiemstra'],
    text: `[[DATUM|8-5]] 16:20 [[PERSOON|wouter]] kwam boos terug van het werk. Bij de koffie kreeg hij ruzie met [[PERSOON|Jeroen]] over de afstandsbediening en gooide een kop thee om. Niemand geraakt. Hij is naar zijn kamer gegaan, na 20 min zelf teruggekomen en heeft sorry gezegd. MIC-melding gedaan. /[[PERSOON|TvdW]]
[[DATUM|8-5]] 21:00 Rustig avond, samen puzzel gemaakt. Hij wil morgen naar de praktijk van dr. [[PERSOON|Feenstra]] over zijn knie. Afspraak 10:40 staat. /[[PERSOON|TvdW]]
[[DATUM|9-5]] 11:30 Huisarts: kniepijn waarschijnlijk overbelasting, rust + ibuprofen 400 3dd 5 dagen. [[PERSOON|Wouter]] wil "gewoon werken", afgesproken dat hij 2 dagen alleen zittend werk doet. Broer [[PERSOON|Sietse]] gebeld en op de hoogte gebracht. /[[PERSOON|am]]`,
  },
  {
    id: 'h1-037',
    genre: 'ontslagbrief',
    setting: 'GGZ',
    author: 'auteur-h1',
    text: `[[ORGANISATIE|GGZ Tweestroom]]
Kliniek Stemmingsstoornissen, afdeling De Es
[[ADRES|Haaksbergerstraat 410]], [[POSTCODE|7545 GR]] [[PLAATS|Enschede]]

Aan: mw. [[PERSOON|J. Oude Nijhuis]], huisarts te [[PLAATS|Hengelo]]

Datum: [[DATUM|29 augustus 2024]]

Betreft: mw. [[PERSOON|R. (Roos) van Amerongen]], geb. [[DATUM|13-04-1979]]
Dossiernummer: [[ID|771004382]]
Klinische opname van [[DATUM|3 juni 2024]] tot [[DATUM|27 augustus 2024]]

Geachte collega,

Uw patiënte werd vrijwillig opgenomen in verband met een ernstige depressieve episode met psychotische kenmerken (DSM-5), een recidief na een eerdere episode in 2018. Bij opname was zij ernstig geremd, at en dronk slecht en had nihilistische wanen ("mijn darmen zijn verrot"). Er was sprake van passieve doodswens.

Behandeling: nortriptyline, op geleide van spiegels opgehoogd naar 100 mg (spiegel [[DATUM|12 juli]]: 112 ug/l), gecombineerd met quetiapine 100 mg voor de nacht. Aanvankelijk onvoldoende effect; na bespreking in het MDO en met haar partner [[PERSOON|Tom]] is gestart met ECT (18 behandelingen, bilateraal). Daarna geleidelijk herstel: HDRS van 31 bij opname naar 8 bij ontslag. Geen psychotische kenmerken meer. Cognitieve bijwerkingen waren mild en tijdelijk.

Tijdens de opname heeft de maatschappelijk werker ([[PERSOON|Gerda Nijenhuis]]) samen met de bedrijfsarts een re-integratieplan opgesteld.

Medicatie bij ontslag:
- nortriptyline 100 mg 1dd a.n.
- quetiapine 50 mg a.n. (afbouwen in overleg)
- onderhouds-ECT: 1x per 2 weken, daarna evaluatie

Nazorg: poliklinisch bij het FACT-team [[PLAATS|Hengelo]], regiebehandelaar drs. [[PERSOON|M. Leferink]]. Eerste afspraak [[DATUM|3 september]]. Signaleringsplan is met mw. en haar partner opgesteld en meegegeven. Graag ECG en nortriptylinespiegel over 6 weken via uw praktijk.

Met collegiale groet,

dr. [[PERSOON|H. Kamphuis]], psychiater
[[PERSOON|A. Bekkers]], arts niet in opleiding tot specialist`,
  },
  {
    id: 'h1-038',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h1',
    knownNames: ['Dhr. B. (Berend) Wolters'],
    text: `DM-controle POH ([[PERSOON|Ineke]])
S/ voelt zich goed, loopt 3x/wk met de hond. Soms tintelingen voeten 's nachts. Geen hypo's. Rookt niet meer sinds [[DATUM|1-1]].
O/ gew 96,4 kg (was 98,0), BMI 31. RR 142/88 li arm, herh 138/86. HbA1c 58 (was 61). LDL 2,4. eGFR 72. ACR 1,8.
Voetonderzoek: monofilament li 2 plekken niet gevoeld, re nl. Sims 1. Geen ulcera.
E/ DM2 redelijk gereguleerd, beginnende PNP li.
P/ metformine 1000 2dd + gliclazide 80 mg continu. Voetzorg: verwijzing podotherapeut. Jaarlijkse fundus via [[ORGANISATIE|Oogzorg Hanzeland]], afspraak [[DATUM|22 okt]]. Volgende ctrl 3 mnd. Overleg HA (dr. [[PERSOON|Bakker]]) ivm RR -> ziet pt volgende wk. /[[PERSOON|IdJ]]

[[DATUM|3/10]] tel: pt belt, podotherapeut [[PERSOON|Hooijer]] heeft pas plek in nov, akkoord. /[[PERSOON|IdJ]]`,
  },
  {
    id: 'h1-039',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-h1',
    text: `NOTULEN MULTIDISCIPLINAIR OVERLEG
[[ORGANISATIE|Woonzorgpark Eikenrode]], afdeling Somatiek 2
Datum: di [[DATUM|3 december]], 13:30, [[PLAATS|Hilversum]]

Bewoner: mw. [[PERSOON|Ilse de Bruin]], kamer 214, cliëntnummer [[ID|30019845]]
Leeftijd: 86 jaar
Wettelijk vertegenwoordiger: zoon [[PERSOON|Martijn de Bruin]] (mentor)

Aanwezig:
dr. [[PERSOON|C. Mahadew]] - specialist ouderengeneeskunde
[[PERSOON|J. Terlouw]] - EVV
[[PERSOON|Ahmed Zarrouk]] - fysiotherapeut
[[PERSOON|L. Vos]] - diëtist
[[PERSOON|Martijn de Bruin]] - zoon
Notulist: [[PERSOON|P. Oudshoorn]] (secretariaat)

1. Terugblik
Mw. woont sinds [[DATUM|12 juni]] op de afdeling na een CVA links met afasie en hemiparese rechts. Vorige MDO ([[DATUM|24-09]]) was afgesproken de revalidatiedoelen bij te stellen naar comfort en participatie.

2. Mobiliteit ([[PERSOON|AZ]])
Transfers met tillift (Sara Stedy lukt niet meer). Zit 4 uur per dag in de rolstoel zonder klachten. Contractuur rechterhand: nachtspalk. Barthel 3.

3. Voeding ([[PERSOON|LV]])
Gewicht 54,8 kg, -2,1 kg in 3 maanden. Eet beter bij vaste begeleiding. Advies: verrijkte toetjes (Nutridrink), 6 eetmomenten.

4. Communicatie en welbevinden ([[PERSOON|JT]])
Mw. begrijpt korte zinnen, uit zich met ja/nee en gebaren. Huilt soms bij bezoek van haar kleindochter [[PERSOON|Noor]]. Zoon ervaart dit als verdriet, het team ziet er ook blijdschap in.

5. Medisch ([[PERSOON|CM]])
Pijn schouder rechts, PAINAD 3-4 bij verzorging. Paracetamol vast 3dd1 g. Wilsverklaring en behandelbeleid besproken: niet reanimeren, geen ziekenhuisopname, wel behandeling van infecties in huis. Zoon akkoord; vastgelegd.

Actiepunten
| wie | wat | wanneer |
| [[PERSOON|CM]] | pijnbeleid evalueren, zo nodig start tramadol | [[DATUM|17-12]] |
| [[PERSOON|JT]] | zorgleefplan bijwerken, zoon mailt levensboek | [[DATUM|10-12]] |
| [[PERSOON|LV]] | weegmoment wekelijks | doorlopend |
| [[PERSOON|PO]] | notulen naar zoon ([[EMAIL|martijn.debruin@hetnet.nl]]) | deze week |

Volgend MDO: over 3 maanden, datum volgt.`,
  },
];
