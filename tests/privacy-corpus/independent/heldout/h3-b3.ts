import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h3-b25',
    genre: 'crisis',
    setting: 'VVT',
    author: 'auteur-h3b',
    knownNames: ['Mw. W. (Wilhelmina) van der Veer-Schot'],
    text: `Spoedconsult ouderenpsychiatrie / crisisdienst
zo [[DATUM|9 november]], 16:30
Locatie: [[ORGANISATIE|Zorgcentrum Rozenhof]], afd. Tulp (PG), [[PLAATS|Schoonhoven]]
Aanvraag door SO [[PERSOON|M. Brinkman]] via achterwacht

Mw. [[PERSOON|van der Veer]], [[LEEFTIJD|96]] jaar, sinds 2 jaar opgenomen ivm vasculaire dementie. Sinds gisteravond zeer onrustig: roept om haar moeder, slaat naar verzorgenden, heeft een medebewoner (mevrouw van kamer 8) aan de haren getrokken. Zegt dat er mannen onder haar bed liggen.

Gezien met eerstverantwoordelijk verzorgende [[PERSOON|Ilse]] en dochter [[PERSOON|Corrie Bakker-van der Veer]], die net op bezoek was.

Bevindingen: wisselend bewustzijn, aandacht niet te trekken, visuele hallucinaties. Temp. 38,3 °C. Urine: nitriet positief (stick door verpleging). Beeld past bij delier bij vermoedelijke urineweginfectie, op de bodem van dementie. Geen primair psychiatrisch beeld.

Advies aan SO:
- behandel oorzaak (UWI), antibiotica volgens SO
- haloperidol 0,5 mg zo nodig max 2dd, liever niet hoger gezien leeftijd en parkinsonisme
- niet fixeren, wel extra toezicht; dochter mag blijven
- rustige kamer, licht aan in de avond, bril opzetten
- evaluatie morgen door eigen SO, bij geen verbetering binnen 48 uur opnieuw consult

Dochter heeft vragen over het levenseinde. Mw. heeft NR-beleid sinds [[DATUM|03-02-2023]]. Gesprek met SO gepland.

[[PERSOON|J. Snijders]], verpleegkundig specialist GGZ
bereikbaar via [[TELEFOON|0182 - 39 77 10]]`,
  },
  {
    id: 'h3-b26',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-h3b',
    knownNames: ['Mw. J. (Jantien) Hoekstra'],
    text: `avond: [[PERSOON|Tineke]] (zo noemt ze zichzelf graag, niet [[PERSOON|Jantien]]) heeft met [[PERSOON|henk]] uit de groep naar de Jumbo op de Markt gelopen en zelf een pak melk en chips afgerekend. trots! Daarna gedoucht met hulp, haren gewassen. Zat om 21.00 op bed met haar knuffel en de radio. Ze vroeg of "juf [[PERSOON|Marja]]" morgen werkt, ja.
[[PERSOON|dw]]`,
  },
  {
    id: 'h3-b27',
    genre: 'mdo',
    setting: 'GGZ',
    author: 'auteur-h3b',
    knownNames: ['Dhr. S. (Serkan) Öztürk'],
    text: `MDO dubbele diagnose - wo [[DATUM|15-01]]
Deelnemers: [[PERSOON|Serkan]]; zijn vader dhr. [[PERSOON|M. Öztürk]] (deels); dr. [[PERSOON|R. Chaouch]] (verslavingsarts, [[ORGANISATIE|Verslavingszorg De Brug]]); [[PERSOON|Kim Scheepers]] (spv FACT [[PLAATS|Breda]]); [[PERSOON|Marc Hoeks]] (reclassering); [[PERSOON|Anja]] (woonbegeleider)

Voorgeschiedenis
29 jr, psychotische stoornis in relatie tot cannabis en cocaïne, eerder 2x opname (laatste van [[DATUM|2 okt]] tot [[DATUM|13 nov 2024]]). Sinds [[DATUM|18 november]] bijzondere voorwaarden (meldplicht reclassering, behandelplicht) na een mishandeling in [[PLAATS|Etten-Leur]].

Stand van zaken
- Urinecontroles: 2 van de 6 positief op cannabis, geen cocaïne. [[PERSOON|Serkan]] zegt: "een jointje af en toe, dat is toch normaal". Dr. [[PERSOON|Chaouch]] benoemt de relatie met zijn psychose.
- Depot (aripiprazol 400 mg) trouw gehaald.
- Wonen: woont sinds december in een trainingshuis van [[ORGANISATIE|Stichting Thuisbasis]] aan de [[ADRES|Haagweg 302-C]]. Woonbegeleider [[PERSOON|Anja]]: hij houdt zich aan de huisregels, kamer is in orde.
- Werk: wil naar de bouw, net als zijn oom [[PERSOON|Kemal]]. Nog niet aan toe volgens team, wel vrijwilligerswerk bij de voedselbank besproken.

Vader vraagt of zijn zoon niet beter terug naar huis kan in [[PLAATS|Prinsenbeek]]. [[PERSOON|Serkan]] wil dat niet. Besproken dat het fijn is dat vader betrokken blijft.

Afspraken
1. [[PERSOON|Kim]] bespreekt met [[PERSOON|Serkan]] een signaleringsplan middelengebruik
2. gesprekken leefstijltraining bij [[ORGANISATIE|De Brug]], start [[DATUM|3 februari]]
3. [[PERSOON|Marc]] rapporteert aan het OM dat de voorwaarden worden nageleefd
4. volgend MDO [[DATUM|16 april]]

verslag: [[PERSOON|K. Scheepers]]`,
  },
  {
    id: 'h3-b28',
    genre: 'email',
    setting: 'GHZ',
    author: 'auteur-h3b',
    text: `Van: [[PERSOON|Roos Hermsen]] <[[EMAIL|r.hermsen@dewilgenborgh.nl]]>
Aan: [[PERSOON|Gerrit van Dalen]] <[[EMAIL|g.vandalen1955@ziggo.nl]]>
Datum: ma [[DATUM|23-6-2025]] 11:47
Onderwerp: FW: afspraak tandarts [[PERSOON|Ingrid]]

Dag [[PERSOON|Gerrit]],

Zie hieronder het bericht van de tandarts. Als mentor moet jij toestemming geven voor de behandeling onder narcose. Kun jij het formulier tekenen en terugsturen? Ik kan het ook meegeven aan [[PERSOON|Ingrid]] als je zaterdag langskomt.

groetjes,
[[PERSOON|Roos]]
persoonlijk begeleider [[ORGANISATIE|De Wilgenborgh]], huis 3
[[TELEFOON|0416-672 900]]

---------- Doorgestuurd bericht ---------
Van: Planning Bijzondere Tandheelkunde <[[EMAIL|planning@cbt-zuidwest.nl]]>
Datum: vr [[DATUM|20 jun 2025]] om 14:03
Onderwerp: afspraak tandarts
Aan: [[EMAIL|r.hermsen@dewilgenborgh.nl]]

Geachte heer/mevrouw,

Voor uw cliënt mw. [[PERSOON|I.M. van Dalen]], geboren [[DATUM|02-10-1958]], patiëntnummer [[ID|7730154]], is een behandeling onder algehele anesthesie gepland op dinsdag [[DATUM|15 juli 2025]] om 08:00 uur in [[ORGANISATIE|Centrum Bijzondere Tandheelkunde Zuidwest]], [[ADRES|Ziekenhuisweg 2]], [[POSTCODE|4819 ev]] [[PLAATS|Breda]].

Patiënt moet nuchter zijn vanaf 00:00 uur. Medicatie mag met een slokje water (behalve bloedverdunners - overleg met de arts). Een begeleider moet de hele dag aanwezig zijn.

Wij ontvangen graag het toestemmingsformulier, getekend door de wettelijk vertegenwoordiger, uiterlijk [[DATUM|8 juli]].

Met vriendelijke groet,
[[PERSOON|Lisa]] - afdeling planning
[[URL|https://www.cbt-zuidwest.nl]]
[[TELEFOON|076-5301120]]`,
  },
  {
    id: 'h3-b29',
    genre: 'verwijzing',
    setting: 'GHZ',
    author: 'auteur-h3b',
    text: `[[ORGANISATIE|Stichting Ons Erf]]
Behandelcentrum, AVG-dienst
[[ADRES|Kloosterdreef 14]], [[POSTCODE|5262 tc]] [[PLAATS|Vught]]

Aan: neuroloog, polikliniek neurologie [[ORGANISATIE|Ziekenhuis Maasland]], [[PLAATS|'s-Hertogenbosch]]
t.a.v. dr. [[PERSOON|E. Hamersma]]

Datum: [[DATUM|28 augustus 2024]]

Betreft: dhr. [[PERSOON|Johannes (Hans) Verbeek]], geb. [[DATUM|14-02-1962]]
BSN: [[BSN|678620490]]
Woonadres: woonvorm [[ORGANISATIE|De Sterrenhof]], [[ADRES|Sterrenlaan 3-5]], [[POSTCODE|5262 TA]] [[PLAATS|Vught]]

Geachte collega,

Graag verwijs ik dhr. [[PERSOON|Verbeek]] naar u voor heroverweging van zijn anti-epileptische medicatie.

Dhr. is een 62-jarige man met een ernstige verstandelijke beperking (bij perinatale asfyxie) en epilepsie sinds de kindertijd. Hij is bij u bekend geweest, laatste poliklinische controle in 2019 bij uw collega dr. [[PERSOON|Wouters]]. Hij communiceert non-verbaal, loopt niet, is volledig afhankelijk.

Het laatste half jaar zien de begeleiders een toename van aanvallen: van gemiddeld 2 per maand naar 1-2 per week (tonisch-clonisch, 1-3 min), de laatste op [[DATUM|19/8]] met een post-ictale fase van 6 uur. Aanvalskalender bijgevoegd. Daarnaast is hij overdag suf en slikt hij slechter.

Medicatie: valproïnezuur 1000 mg 2dd, levetiracetam 750 mg 2dd, clobazam 10 mg a.n., midazolam neusspray 5 mg bij aanval >5 min.
Spiegel valproaat [[DATUM|12-08-2024]]: 68 mg/l.

Vraagstelling: advies over aanpassing van medicatie, waarbij ook de sufheid meeweegt. Is aanvullend onderzoek (EEG) zinvol en haalbaar? Dhr. verdraagt onderzoek slecht, een begeleider die hij kent gaat mee.

Wettelijk vertegenwoordiger: zijn zus, mw. [[PERSOON|A. Verbeek]], [[TELEFOON|06-13578824]].

Met collegiale groet,

[[PERSOON|M.J. Poels]], arts voor verstandelijk gehandicapten
AGB [[ID|01998764]]
[[TELEFOON|073 - 684 75 00]]`,
  },
  {
    id: 'h3-b30',
    genre: 'rapportage',
    setting: 'GHZ',
    author: 'auteur-h3b',
    text: `Nachtrapportage [[ORGANISATIE|De Sterrenhof]] - ma [[DATUM|2]] op di [[DATUM|3 september]]
Nachtdienst: [[PERSOON|Mustafa]] + slaapdienst huis 2 [[PERSOON|Wendelien]]

23.00 ronde 1: alle bewoners in bed. [[PERSOON|Hans]] ligt onrustig, geen aanval. [[PERSOON|Mies]] heeft haar deur op een kier, zoals ze wil.
00.40 [[PERSOON|Hans]] aanval (tonisch-clonisch) 2 min, geen midazolam nodig. Daarna 2 uur geslapen, op zij gelegd, saturatie 95%. Aanval in aanvalskalender gezet.
02.15 [[PERSOON|Rob]] uit bed, staat in de gang, wil naar "mama", naar huis. Meegelopen naar de keuken, beker warme melk. 02.45 terug in bed.
03.30 ronde 2 rustig. Incontinentiemateriaal verschoond bij [[PERSOON|Ton]] en [[PERSOON|Jannie]].
05.10 [[PERSOON|Mies]] wakker, zingt. Bij haar gezeten, kwam tot rust.
06.30 [[PERSOON|Hans]] weer wakker, lijkt goed. Dagdienst graag extra letten op sufheid/slikken bij ontbijt.

Bijzonderheden: de nachtlamp in de gang van huis 2 doet het niet, gemeld bij [[PERSOON|Pieter]] (TD, toestel [[ID|318]]).

[[PERSOON|MA]]`,
  },
  {
    id: 'h3-b31',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-h3b',
    knownNames: ['Mw. H. (Hodan) Warsame'],
    text: `Psychiatrisch consult SEH - crisisdienst
[[DATUM|04/05]] 01:15, SEH [[ORGANISATIE|Ziekenhuis Zuiderkroon]], [[PLAATS|Rotterdam]]
Consult aangevraagd door arts-assistent SEH [[PERSOON|N. de Vos]]

[[PERSOON|Hodan]], 22 jr, studente, binnengebracht door haar huisgenote [[PERSOON|Maartje]] na inname van ongeveer 20 tabletten ibuprofen 400 mg en een halve fles wijn, ca. 22:00. Somatisch: lab in orde, nierfunctie gecontroleerd, wordt 24 u opgenomen op de interne voor observatie.

Gesprek (in het Nederlands, goed te volgen): impulsieve daad na ruzie met haar familie over haar studie en haar vriend. Voelde zich "onzichtbaar". Geen eerdere pogingen, wel snijden in de puberteit. Spijt, wil nu niet meer dood, schaamt zich. Ze wil niet dat haar ouders in [[PLAATS|Tilburg]] het weten. Toekomst: wil haar studie afmaken, heeft tentamens in juni.

Geen psychose, geen manie. Emotieregulatie lijkt kwetsbaar. Suïcidaal risico op dit moment laag-matig.

Beleid:
- na somatisch ontslag: geen psychiatrische opname nodig
- met toestemming: huisgenote [[PERSOON|Maartje van Leeuwen]] als steunfiguur, ze mag haar ophalen
- verwijzing eigen huisarts (studentenpraktijk in [[PLAATS|Kralingen]], mw. weet de naam niet precies) voor POH-GGZ, binnen 1 week
- crisiskaart + nummer crisisdienst [[TELEFOON|010-2312700]] meegegeven, ook 113

[[PERSOON|J. Koster]], spv crisisdienst`,
  },
  {
    id: 'h3-b32',
    genre: 'begeleiding',
    setting: 'GGZ',
    author: 'auteur-h3b',
    knownNames: ['Dhr. F. (Frans) Latumahina'],
    text: `Contact FACT [[PLAATS|Houten]], [[DATUM|12 februari]] - hb
[[PERSOON|Frans]] (67) had koffie klaar staan. Vertelt over de herdenking in [[PLAATS|Culemborg]] waar hij met zijn neef [[PERSOON|Ongky]] naar toe is geweest, het kamp waar zijn vader na aankomst uit Indonesië woonde. Dit haalt veel op, hij slaapt slecht, droomt over zijn vader. Geen suïcidale gedachten, geen psychotische klachten (vroeger wel, laatst in 2016).

Depressieve klachten lijken licht toe te nemen. Hij drinkt weer 's avonds 2-3 glazen jenever. Besproken, hij wil minderen. Psychiater [[PERSOON|Van den Brink]] vragen om medicatie te evalueren (mirtazapine 30 mg).

Praktisch: de wasmachine is kapot, hij heeft geen geld voor een nieuwe. Aanvraag bijzondere bijstand bij de gemeente, samen het formulier ingevuld.

Dochter [[PERSOON|Maureen]] komt zaterdag [[DATUM|15 februari]] langs. Met zijn toestemming bel ik haar ([[TELEFOON|06 43 21 87 06]]) om haar op de hoogte te brengen.

Volgende keer: [[DATUM|26 februari]], 14.00.
[[PERSOON|wd]]`,
  },
  {
    id: 'h3-b34',
    genre: 'email',
    setting: 'GGZ',
    author: 'auteur-h3b',
    text: `Van: [[EMAIL|marianne.devries.1971@hotmail.com]]
Aan: [[EMAIL|fact.gorinchem@ggzlingewaal.nl]]
Onderwerp: mijn broer [[PERSOON|Bart]]
Datum: [[DATUM|21 okt]]

Hallo,

Ik ben de zus van [[PERSOON|Bart de Vries]] (geb [[DATUM|4-7-1968]]), hij woont aan de [[ADRES|Lingewal 16]] in [[PLAATS|Gorinchem]]. Ik maak me echt zorgen. Hij neemt zijn telefoon niet meer op sinds vorige week, toen ik zondag langs ging zag het er vreselijk uit, overal vuilniszakken en hij had al dagen niet gegeten denk ik. Hij zei dat de buren hem afluisteren via de stopcontacten. Dat heeft hij ook gehad in 2018 voordat hij werd opgenomen.

Zijn begeleider was eerst [[PERSOON|Kees]] maar die is weg toch? Ik weet niet wie het nu is. Kan er iemand langs gaan? Ik woon zelf in [[PLAATS|Leeuwarden]] dus ik kan niet elke dag.

Groet, [[PERSOON|Marianne de Vries]]
[[TELEFOON|06-2219 8473]]

---
Van: FACT [[PLAATS|Gorinchem]] <[[EMAIL|fact.gorinchem@ggzlingewaal.nl]]>
Aan: [[EMAIL|marianne.devries.1971@hotmail.com]]
Datum: [[DATUM|22 okt]]

Beste mevrouw [[PERSOON|De Vries]],

Dank voor uw bericht. Zonder toestemming van uw broer mogen wij u geen informatie geven over zijn behandeling, maar wat u ons vertelt nemen we wel serieus. Zijn casemanager, [[PERSOON|Esra Kaya]], gaat vandaag samen met een collega bij hem langs. Als u zich acuut zorgen maakt buiten kantoortijden, kunt u de huisartsenpost bellen.

Met vriendelijke groet,
namens FACT [[PLAATS|Gorinchem]],
[[PERSOON|Sandra Heijkoop]], secretariaat
[[TELEFOON|0183-621940]]`,
  },
  {
    id: 'h3-b35',
    genre: 'verwijzing',
    setting: 'GGZ',
    author: 'auteur-h3b',
    text: `Aanmelding klinische detox
Aan: intake [[ORGANISATIE|Kliniek De Heidehoeve]], [[PLAATS|Vlijmen]]
Van: FACT [[PLAATS|Oss]], [[ORGANISATIE|GGZ Maas en Aa]], [[ADRES|Molenstraat 81]], [[POSTCODE|5341 GD]] [[PLAATS|Oss]]
Datum: [[DATUM|6 jan 2025]]

Cliënt: dhr. [[PERSOON|Kuijpers, W.A.]] ([[PERSOON|Wim]])
Geb.: [[DATUM|30-09-1959]]
BSN: [[ID|284019736]] (klopt niet volgens het systeem, graag controleren bij inschrijving)
Adres: [[ADRES|Kruisstraat 5 k2]], [[POSTCODE|5341 BN]] [[PLAATS|Oss]]
Telefoon: [[TELEFOON|06-50023917]]
Dossiernr: [[ID|3390215]]

Vraagstelling: klinische detoxificatie alcohol, gevolgd door kortdurende klinische behandeling.

Toelichting:
65-jarige man, alleenstaand, alcoholafhankelijkheid sinds jaren, nu gemiddeld 25-30 EH per dag. Eerdere detox in 2021 ambulant mislukt (insult op dag 2). Daarom nu klinisch. Comorbiditeit: depressieve stoornis, leverfunctiestoornis (gamma-GT 312), vermoeden beginnend Korsakov (geheugenklachten, confabuleert soms), graag neuropsychologisch onderzoek na detox.

Gemotiveerd sinds hij op [[DATUM|17 december]] viel en met een hoofdwond op de SEH lag. Zoon [[PERSOON|Patrick]] ([[TELEFOON|06-37701254]]) is steunend.

Medicatie: citalopram 20 mg, thiamine 100 mg, pantoprazol 40 mg.
Huisarts: dr. [[PERSOON|Van Iersel]], [[ORGANISATIE|Huisartsengroep Oss-Oost]].

Met vriendelijke groet,
[[PERSOON|Jeroen Timmermans]], spv
[[EMAIL|j.timmermans@ggzmaasenaa.nl]]`,
  },
  {
    id: 'h3-b36',
    genre: 'rapportage',
    setting: 'GGZ',
    author: 'auteur-h3b',
    knownNames: ['Mw. M. (Melissa) Kartosen'],
    text: `IHT rapportage
[[DATUM|12-06]] 10:00 eerste huisbezoek IHT, [[ADRES|Generaal Foulkesweg 52]], [[PLAATS|Woerden]]. Met [[PERSOON|Sophie]] (vpk). [[PERSOON|Melissa]] (38) ligt op de bank, partner [[PERSOON|Ricardo]] is thuis, heeft vrij genomen. Sinds bevalling (zoontje [[PERSOON|Joël]], 5 wk) steeds angstiger, denkt dat de baby iets ernstigs heeft. Dwanggedachten, durft hem niet alleen in bad te doen. Geen psychose. Slaapt 3-4 uur. Kraamhulp gestopt. Plan: 2x daags contact, dr. [[PERSOON|Pinas]] (psychiater) morgen mee. /[[PERSOON|sb]]

[[DATUM|12-06]] 19:30 tel. contact met [[PERSOON|Ricardo]]. Avond rustig, [[PERSOON|Melissa]] heeft met baby op schoot gezeten. /[[PERSOON|lm]]

[[DATUM|13-06]] 11:00 hb met dr. [[PERSOON|Pinas]]. Diagnose postpartum angststoornis/OCS. Start sertraline 25 mg, borstvoeding mag doorgaan. JGZ-verpleegkundige [[PERSOON|Anita]] ([[ORGANISATIE|Consultatiebureau De Kikkerbeek]]) geïnformeerd met toestemming. Moeder van [[PERSOON|Melissa]] (mw. [[PERSOON|Kartosen-Sital]]) komt vanaf morgen 3 dagen helpen. /[[PERSOON|sb]]

[[DATUM|14-06]] 10:15 [[PERSOON|Melissa]] heeft de baby zelf in bad gedaan met [[PERSOON|Sophie]] erbij. Grote stap, ze huilde van opluchting. /[[PERSOON|SW]]

[[DATUM|15-06]] weekend: alleen tel. contact. Geen bijzonderheden. /[[PERSOON|lm]]`,
  },
];
