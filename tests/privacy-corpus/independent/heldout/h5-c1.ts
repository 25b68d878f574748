import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h5-c01',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-h5c',
    knownNames: ['Dhr. M.A. (Mehmet) Yildiz'],
    text: `Crisisdienst [[ORGANISATIE|Lindeboog GGZ]] - beoordeling thuissituatie
Datum: [[DATUM|14-02-2024]], 23:40 uur
Aanmelding via HAP [[PLAATS|Utrecht]] (dr. [[PERSOON|Kuipers]]) ivm acute verwardheid en dreigende uitspraken naar buurman.

S: Pt. zelf matig aanspreekbaar, zegt dat "de buren hem afluisteren via de meterkast". Broer [[PERSOON|Hakan]] aanwezig (tel. [[TELEFOON|06-41873920]]), vertelt dat dhr. sinds ca. 3 wk gestopt is met zijn Risperdal, slaapt nauwelijks, eet slecht. Werkt normaal bij [[ORGANISATIE|Groentehandel Öztürk & Zn.]] op de markt in [[PLAATS|Kanaleneiland]], daar sinds maandag niet meer verschenen. Baas heeft broer gebeld.
O: Onrustig, loopt heen en weer door de woonkamer. Formeel georienteerd in tijd en plaats. Achterdochtig, paranoide wanen m.b.t. buren, geen duidelijke hallucinaties. Geen alcohol/drugs geroken, broer ontkent gebruik. Suicidaliteit: ontkent, geen plan. Wel verbale agressie richting buurman, heeft vanavond op diens deur gebonkt.
Woont alleen, [[ADRES|Trumanlaan 34-3]], [[POSTCODE|3527 BK]] [[PLAATS|Utrecht]].
A: Psychotische decompensatie bij medicatie-ontrouw. Bekend met schizofrenie sinds 2016, laatste opname 2021. Risico op escalatie thuis matig tot hoog.
P: Overleg met dienstdoend psychiater dr. [[PERSOON|L. Hoogendoorn]] 00:15. Pt. stemt in met vrijwillige opname afd. Acute Psychiatrie, kamer 3.14. Broer brengt hem zelf, verwacht rond 01:00.
- Risperdal herstarten 2 mg a.n., lorazepam 1 mg zn max 3dd
- Morgen melden bij FACT [[PLAATS|Overvecht]], casemanager [[PERSOON|Ingrid]] / [[PERSOON|I. Schoonderwoerd]]
- Broer vraagt om de werkgever niets te vertellen, afgesproken.
Clientnr. [[ID|20418833]]

/[[PERSOON|JvdB]], SPV crisisdienst`,
  },
  {
    id: 'h5-c02',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-h5c',
    knownNames: ['Mw. S. (Sanne) Wisse'],
    text: `Woonvorm [[ORGANISATIE|De Kreekrug]] ([[PLAATS|Goes]]) - dagrapportage begeleiding

ma [[DATUM|4 maart]]
[[PERSOON|Sanne]] vanochtend goed op gang, zelf gedoucht met wat aansporing. 8:15 met de taxi naar [[ORGANISATIE|Werkplaats Het Ambacht]] in [[PLAATS|Kapelle]], daar vandaag kaarsen gegoten. Begeleider daar ([[PERSOON|Ria]]) belde 11:00: [[PERSOON|Sanne]] had ruzie met [[PERSOON|Kevin]] van de houtgroep, heeft hem een duw gegeven. Na time-out weer rustig, excuses aangeboden.
Middag samen boodschappen gedaan bij de Jumbo, zelf betaald met de pinpas die de bewindvoerder ([[ORGANISATIE|Bewindvoering Zeeuwse Baken]], mw. [[PERSOON|Luteijn]]) op 40 euro p/w heeft gezet. Ging goed, wel chips en cola ipv fruit gekocht.
Avond: telefoontje met moeder [[PERSOON|Jannie Wisse-Flipse]] in [[PLAATS|Yerseke]], [[PERSOON|sanne]] na afloop verdrietig, wil "naar huis met de pasen". Getroost, samen fotoboek gekeken.
21:00 medicatie gegeven (Depakine 500 mg, Movicol 1 sachet), afgetekend.
Aandachtspunt: gewicht 78,4 kg, BMI 31. Doel uit ondersteuningsplan bespreken met EVV [[PERSOON|Marleen]].
- [[PERSOON|dk]]

di [[DATUM|5/3]]
Nacht rustig volgens waakdienst, 1x naar toilet geweest. Ochtend prikkelbaar, wilde niet naar de werkplaats "want daar is [[PERSOON|Kevin]]". Toch gegaan na afspraak dat ze bij de kaarsengroep blijft. 
Wijkagent kwam langs ivm melding van buurvrouw over harde muziek zaterdag, niet bij [[PERSOON|Sanne]] maar bij [[PERSOON|Roy]] (app. 4). Doorgegeven aan teamleider [[PERSOON|Jolanda de Klerk]].
- [[PERSOON|ABo]]`,
  },
  {
    id: 'h5-c03',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h5c',
    text: `[[ORGANISATIE|Merwehof Ziekenhuis]] - afdeling Geriatrie
[[ADRES|Singel 300]], [[POSTCODE|3311 KZ]] [[PLAATS|Dordrecht]]

Aan: huisarts [[PERSOON|P.J. Bosman]]
[[ORGANISATIE|Huisartsenpraktijk Bosman & Hak]]
[[ADRES|Dubbelsteynlaan 41]]
[[POSTCODE|3331HM]] [[PLAATS|Zwijndrecht]]

[[PLAATS|Dordrecht]], [[DATUM|17 april 2024]]

Betreft: mw. [[PERSOON|P. (Nel) van Wijngaarden-Stolk]], geb. [[DATUM|11-08-1931]]
BSN [[BSN|628 194 821]], patientnr. [[ID|7731045]]

Geachte collega,

Uw [[LEEFTIJD|92]]-jarige patiente was van [[DATUM|2 april]] t/m [[DATUM|16 april 2024]] opgenomen op onze afdeling.

Reden van opname: val thuis met mediale collumfractuur links, [[DATUM|3-4]] behandeld met kophalsprothese (orthopedie, dr. [[PERSOON|Van der Giessen]]).
Voorgeschiedenis: M. Parkinson (2015), boezemfibrilleren, CVA 2019, osteoporose.
Beloop: dag 2 t/m 5 hypoactief delier, haloperidol 0,5 mg 2dd, inmiddels gestaakt. Hb postoperatief 6,1, 1 EC toegediend, bij ontslag 6,8 mmol/l. Kreatinine 98. Marcoumar omgezet naar apixaban 2,5 mg 2dd. Barthel bij ontslag 11/20, MMSE 22/30.
Beleid: NR-beleid, besproken met pt. en dochter [[PERSOON|Ria van Wijngaarden]] op [[DATUM|5 april]].

Ontslag naar: GRZ [[ORGANISATIE|Zorgcentrum Het Baken]], [[PLAATS|Papendrecht]].
Medicatie bij ontslag: levodopa/benserazide 125 mg 4dd, apixaban 2,5 mg 2dd, paracetamol 1000 mg 3dd, Movicol 1dd, calcium/vit D.
Controle: poli geriatrie [[DATUM|21-05]] om 10:15, röntgen bekken vooraf.

Met collegiale groet,

[[PERSOON|S. Bouzid]], arts-assistent geriatrie
namens dr. [[PERSOON|E.M. Kranenburg]], klinisch geriater, BIG [[ID|19057823401]]
tel. [[TELEFOON|078-6523300]], toestel [[ID|2281]]`,
  },
  {
    id: 'h5-c04',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-h5c',
    text: `[[ORGANISATIE|Huisartsenpraktijk De Kolk]]
[[ADRES|Kerkstraat 18a]], [[POSTCODE|1621 ML]] [[PLAATS|Hoorn]]
tel [[TELEFOON|0229 21 44 87]] | AGB [[ID|01054821]]

[[PLAATS|Hoorn]], [[DATUM|22 januari 2024]]

Aan: poli neurologie, [[ORGANISATIE|Ziekenhuis Westerdijk]], [[PLAATS|Hoorn]]

Betreft: [[PERSOON|Ramdin, S.K.]] (dhr.), geb. [[DATUM|03-11-1958]]
[[ADRES|Grote Havensloot 7]], [[POSTCODE|1689 pk]] [[PLAATS|Zwaag]]
BSN [[BSN|252760189]]

Geachte collega,

Graag verwijs ik dhr. [[PERSOON|Ramdin]] naar uw poli ivm een progressieve tremor van de re hand.
Vraagstelling: M. Parkinson of essentiele tremor? Graag uw diagnostiek en advies.

Anamnese: sinds ca. een jaar trillen re hand, vooral in rust, sinds de zomer ook moeite met knoopjes en schrijven (handschrift kleiner). Echtgenote [[PERSOON|Sunita]] merkt dat hij "stiller loopt" en minder mimiek heeft. Geen valincidenten. Werkt nog 3 dagen als planner bij [[ORGANISATIE|Transportbedrijf Kaag & Ooms]] in [[PLAATS|Wognum]], lukt nog.
Familie: vader had "iets met trillen", nooit gediagnosticeerd.
LO: rusttremor re, lichte rigiditeit re pols met tandradfenomeen, armzwaai re verminderd. RR 138/82.
Medicatie: metoprolol 50 mg 1dd (hypertensie), omeprazol 20 mg. Geen allergieen bekend.
Lab [[DATUM|15-01]]: TSH 1,8, Hb 9,0, glucose nuchter 5,9.

Pt. heeft een voorkeur voor een afspraak op dinsdag of woensdag ivm werk. Mobiel pt.: [[TELEFOON|06-18203366]].

Met vriendelijke groet,

[[PERSOON|A.C. Vlaming]], huisarts
BIG [[ID|49023317801]]`,
  },
  {
    id: 'h5-c05',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h5c',
    knownNames: ['Mw. F. El Amrani-Bouzerda'],
    text: `[[DATUM|07-05-2024]] 10:20 consult [[PERSOON|JdK]]
S: sinds 4 dgn hoesten, groen slijm, koorts tot 38,6. Kortademig bij traplopen, woont 3-hoog zonder lift ([[ADRES|Ondiep-Zuidzijde 55-C]]). Rookt ca 15 sig/dag. Dochter [[PERSOON|Samira]] tolkt, pt spreekt weinig NL.
O: T 38,2, RR 132/84, pols 96 reg, sat 93% ka, AF 22/min. Ausc: crepitaties re basaal, geen wheeze. CRP 86.
E: pneumonie re onderkwab. CURB-65: 1 (leeftijd <65, geen verwardheid, ureum nvt).
P: amoxicilline 500 mg 3dd 7 dgn, recept naar [[ORGANISATIE|Apotheek Ondiep]]. Paracetamol zn. Uitleg alarmsymptomen via dochter. Ctrl do [[DATUM|9/5]] tel. door POH. Bij verslechtering bellen of HAP. Stoppen met roken besproken, nu geen interesse.

[[DATUM|09-05-2024]] 11:05 telefonisch [[PERSOON|Linda]] (POH)
S: dochter belt terug, koorts weg sinds gisteravond, hoest nog wel, meer wit slijm. Eet beter. Wel last van diarree sinds de antibiotica.
O: nvt (tel.)
E: herstellende pneumonie, diarree bijwerking amoxi.
P: kuur afmaken, veel drinken. Ctrl bij huisarts over 6 wk ivm COPD-screening, spirometrie plannen. Afspraak gemaakt [[DATUM|20 juni]] 9:40.

[[DATUM|20-06-2024]] spirometrie [[PERSOON|Linda]]
FEV1/FVC 0,64 na bronchodilatatie, FEV1 71% van voorspeld. Rookt nog 10/dag.
E: COPD GOLD 2.
P: Spiriva Respimat 2,5 mcg 2 puffs 1dd, inhalatie-instructie gegeven. Verwijzing naar stoppen-met-roken-traject van [[ORGANISATIE|Gezondheidscentrum Zuilen-Noord]]. Ctrl 3 mnd.`,
  },
  {
    id: 'h5-c06',
    genre: 'mdo',
    setting: 'GHZ',
    author: 'auteur-h5c',
    knownNames: ['Dhr. T. (Tijmen) Tesselaar'],
    text: `MDO-verslag [[DATUM|18 maart 2024]]
[[ORGANISATIE|Stichting Duinroos]], locatie [[ORGANISATIE|De Zandloper]], [[PLAATS|Schagen]]

Aanwezig: [[PERSOON|F. Bijl]] (AVG), [[PERSOON|M. Kaan]] (gedragsdeskundige), [[PERSOON|Esther]] (EVV), moeder mw. [[PERSOON|Tesselaar-Zijp]], mentor dhr. [[PERSOON|Blokker]] ([[ORGANISATIE|Mentorschap De Zeepaal]]).
Afwezig m.k.: [[PERSOON|Wendy]] van de dagbesteding.

1. Stand van zaken
[[PERSOON|Tijmen]] (27 jr, syndroom van Angelman, epilepsie) laat sinds jan meer onrust zien: slaan op tafel, gillen bij overgangsmomenten, 2x een medebewoner gekrabd. Slaap wisselend, ca. 3 nachten p/w wakker tussen 3 en 5 uur. Dagbesteding op [[ORGANISATIE|Zorgboerderij De Klaproos]] in [[PLAATS|Dirkshorn]] gaat goed, daar weinig incidenten.
2. Medisch
AVG: aanvallen stabiel op Keppra 1000 mg 2dd en Orfiril. Laatste grote aanval [[DATUM|2 februari]]. Mogelijk pijn als oorzaak van onrust? Gebit lang niet gecontroleerd. Obstipatie uitsluiten.
3. Gedrag
Gedragsdeskundige adviseert vast dagprogramma met pictogrammen, overgangen aankondigen met timer. ABC-registratie 3 weken.
4. Moeder
Maakt zich zorgen, wil weten of [[PERSOON|Tijmen]] niet beter op een kleinere groep past. Mentor sluit zich daarbij aan.

Afspraken:
- [[PERSOON|MK]] zet ABC-registratie uit, start [[DATUM|25/3]]
- AVG vraagt consult tandarts gehandicaptenzorg aan bij [[ORGANISATIE|Tandheelkundig Centrum Kop van Noord]]
- [[PERSOON|Esther]] bespreekt met teamleider of een plek op groep [[ORGANISATIE|De Vlieger]] mogelijk is
- Volgend MDO [[DATUM|24 juni]], 14:00

verslag: [[PERSOON|EB]]`,
  },
  {
    id: 'h5-c07',
    genre: 'email',
    setting: 'wijk',
    author: 'auteur-h5c',
    text: `Van: [[PERSOON|Joke Minderhoud]] <[[EMAIL|j.minderhoud@zorgaanzee-thuis.nl]]>
Aan: [[EMAIL|assistentes@hapraktijk-dewachter.nl]]
Datum: woensdag [[DATUM|10 juli 2024]] 10:42
Onderwerp: mw. [[PERSOON|Sinke]] - decubitus hiel + vraag pijnstilling

Beste [[PERSOON|Hans]],

Gisteren bij mw. [[PERSOON|Sinke-Traas]] ([[LEEFTIJD|94]]) in [[PLAATS|Kruiningen]] geweest voor de wondzorg. De plek op de li hiel is achteruit gegaan: nu ca. 3 x 2 cm, categorie 2, wondbed rood, randen wat week. Ik heb Mepilex Border Heel aangebracht en een hielontlastend kussen geregeld via de uitleen. Foto staat in het wonddossier.

Ze geeft aan 's nachts veel pijn te hebben (NRS 7), paracetamol helpt onvoldoende. Zouden jullie willen kijken of er iets bij kan? Ze gebruikt ook Marcoumar, dus liever geen NSAID denk ik.

Verder: de Wlz-aanvraag ligt bij het CIZ, de indicatie wordt eind deze maand verwacht. Schoondochter [[PERSOON|Ineke]] regelt de papieren, zij is het beste bereikbaar op [[TELEFOON|06 2290 1147]]. Mw. zelf hoort slecht aan de telefoon.

Kunnen jullie het recept naar [[ORGANISATIE|Apotheek De Vijzel]] sturen? Dan neemt de bezorger het vrijdag mee.

Met vriendelijke groet,

[[PERSOON|Joke Minderhoud]]
Wijkverpleegkundige
[[ORGANISATIE|Zorg aan Zee Thuis]], team [[PLAATS|Kruiningen]]
[[TELEFOON|0113-381 922]] (ma, di, do)`,
  },
  {
    id: 'h5-c08',
    genre: 'overdracht',
    setting: 'ZKH',
    author: 'auteur-h5c',
    knownNames: ['Dhr. R.E. (Ronald) Martina'],
    text: `[[ORGANISATIE|Stadsziekenhuis Vechtzoom]] - afd. interne 5 Oost
SBAR overdracht avond -> nacht, [[DATUM|23/11]], kamer 512 bed 2

S: dhr. [[PERSOON|Martina]], 67 jr, dag 3 na opname ivm urosepsis. Vanavond MEWS opgelopen van 2 naar 4.
B: DM2 (insuline), CNI gr 3, hypertensie. Woont met echtgenote [[PERSOON|Gisela]] in [[PLAATS|Nieuwegein]], thuis zorg van [[ORGANISATIE|Thuiszorg Lekstroom]] 2x/dag voor insuline. Spreekt Papiaments en NL.
A: 21:30 RR 98/55, p 108, T 38,9, AF 24, sat 94% met 2L O2 via neusbril. Lactaat 2,8. Urineproductie laag, ca 20 ml/u via CAD. Wat suffer dan vanmiddag, wel aanspreekbaar. Glucose 13,4, correctieschema NovoRapid 4E gegeven.
R: arts-assistent [[PERSOON|Van Leeuwen]] (sein [[ID|6621]]) 21:50 gebeld, bloedkweken x2 afgenomen, vochtbolus 500 ml NaCl ingelopen. Ceftriaxon loopt. Zij komt om 23:00 terug. Graag MEWS om 00:00 en 02:00, bij MEWS >= 5 SIT bellen (toestel [[ID|4400]]).
Zoon [[PERSOON|Jurgen]] wil gebeld worden bij verslechtering, ook 's nachts: [[TELEFOON|06-53017782]].

Overig: kamergenoot bed 1 (dhr. [[PERSOON|de Bruin]]) klaagt over onrust, evt. verhuizen naar kamer 508 als die vrijkomt.

overgedragen [[PERSOON|Eline]] -> [[PERSOON|Mo]] /[[PERSOON|EvdS]]`,
  },
  {
    id: 'h5-c09',
    genre: 'rapportage',
    setting: 'wijk',
    author: 'auteur-h5c',
    knownNames: ['Mw. A. (Anneke) Bakker-Ouwehand'],
    text: `[[DATUM|12-09]] 08:10 ochtendzorg
Mw. wat suf bij binnenkomst, had nog niet ontbeten. BG 14,2, NovoRapid 8E gespoten volgens schema. Geholpen met wassen aan de wastafel, steunkousen aan. Ze vertelde trots dat ze "over drie weken [[LEEFTIJD|91]]" wordt. Medicatierol klopt.
- [[PERSOON|Ank]]

[[DATUM|12-09]] 17:30
Dochter [[PERSOON|Marja]] aanwezig. Mw. had vandaag weinig gegeten, de bakker van de hoek had wel brood gebracht maar het lag nog in de zak. Dochter maakt zich zorgen over afvallen (gewicht nu 52 kg, vorige maand 55). Afgesproken: dieetlijst bijhouden. Nutridrink aangeraden, dochter haalt het bij de Kruidvat.
- [[PERSOON|tv]]

[[DATUM|13-09]] 08:25
Mw. gevallen in de badkamer vannacht, alarm ingedrukt, [[PERSOON|Marja]] is gekomen. Blauwe plek li heup, loopt wel. Geen pijn bij belasten. Huisarts gebeld: dr. [[PERSOON|Zwetsloot]] ([[ORGANISATIE|Huisartsenpraktijk Zeezicht]]) komt vanmiddag kijken.
Valrisico besproken. Mw. wil absoluut geen traplift "want dan ben je oud". Aanvraag badkamerbeugels loopt via [[ORGANISATIE|Woonvereniging De Branding]], dochter heeft gebeld.
- [[PERSOON|Ank]]

[[DATUM|13-09]] 16:00
Dr. [[PERSOON|Zwetsloot]] geweest, geen fractuur vermoed, controle over een week. Paracetamol 3dd 1000 mg zo nodig. Zij overlegt met casemanager dementie (mw. [[PERSOON|Van Duijn]]) over vervolg.
Adres voor de nieuwe invaller: [[ADRES|Zeeweg 14 A]], sleutelkluis naast voordeur, code bij planning.
- [[PERSOON|Ilse]] / [[ORGANISATIE|Wijkzorg Katwijk aan Zee]]`,
  },
  {
    id: 'h5-c10',
    genre: 'crisis',
    setting: 'HA',
    author: 'auteur-h5c',
    knownNames: ['Dhr. K.L. de Kam'],
    text: `HAP [[PLAATS|Terneuzen]] - visite, episodenr. [[ID|40381142]]
Datum [[DATUM|30-12-2023]], melding 02:10, triagist [[PERSOON|Lotte]]

Triage (U1/U2): echtgenote [[PERSOON|Nadia de Kam]] belt, man (56) heeft veel gedronken en dreigt zich iets aan te doen, heeft mes in de keuken gepakt. Kinderen (9 en 12) liggen boven. Politie ingeschakeld door triagist.

Visite 02:35, [[ADRES|Axelsestraat 112]], [[POSTCODE|4537 AL]] [[PLAATS|Terneuzen]], samen met politie.
Bij aankomst mes afgegeven aan agent. Dhr. zit huilend aan keukentafel. Spraak dubbel, alcoholgeur. Zegt "het heeft toch allemaal geen zin meer", is sinds okt. ontslagen bij [[ORGANISATIE|Havenbedrijf Kanaalzone]], hypotheek achterstand. Eerdere suicidepoging 2019 (medicatie). Geen concreet plan genoemd maar wel mes gepakt. Geen lichamelijk letsel.
Inschatting: acuut suicidaal risico, verhoogd door intoxicatie. Wilsbekwaamheid nu niet te beoordelen.

Beleid:
- 03:05 crisisdienst [[ORGANISATIE|GGZ Scheldeoever]] gebeld, psychiater dr. [[PERSOON|Baaij]] komt niet ter plaatse ivm intox, advies: beoordeling ochtend op SEH.
- Dhr. stemt in met vervoer naar SEH van [[ORGANISATIE|ZorgDelta Ziekenhuis]] in [[PLAATS|Terneuzen]], echtgenote blijft bij kinderen. Broer (dhr. [[PERSOON|Frank de Kam]], [[TELEFOON|0115 62 18 40]]) komt naar SEH.
- Overdracht aan SEH-arts [[PERSOON|Wattimena]] 03:40.
- Bericht eigen HA ([[ORGANISATIE|Huisartsenpraktijk Sluiskil]]) via waarneembericht.
- Advies aan echtgenote: contact 113 bij zorgen, Veilig Thuis niet nodig (geen geweld richting gezin).

dienstdoend huisarts [[PERSOON|R. Lievense]]`,
  },
  {
    id: 'h5-c11',
    genre: 'begeleiding',
    setting: 'GGZ',
    author: 'auteur-h5c',
    knownNames: ['Mw. A. (Agnieszka) Wiśniewska'],
    text: `Ambulante begeleiding [[ORGANISATIE|Stichting Gouwe Oever]] - huisbezoek
do [[DATUM|15 feb]] 10:00-11:30

Doel gesprek: financien en werk, voortgang herstelplan.
Mw. oogde verzorgd, woning opgeruimd. Stemming redelijk, zegt beter te slapen sinds ze de sertraline weer trouw neemt. Zoon [[PERSOON|Kuba]] (8) was thuis ivm studiedag op [[ORGANISATIE|Basisschool De Regenboog]], speelde op de tablet.

Financien: brief van [[ORGANISATIE|Wooncorporatie Goudsbloem]] over huurachterstand van 2 maanden. Samen gebeld, betalingsregeling afgesproken. Aanmelding schuldhulp via gemeente [[PLAATS|Gouda]] is verstuurd [[DATUM|02-02]], nog geen reactie. Mw. twijfelt over beschermingsbewind, is bang "dat iemand anders haar geld pakt". Info gegeven over [[ORGANISATIE|Budgetbeheer De Goudse Poort]], ze denkt erover na.
Toeslagen: brief van de Belastingdienst niet begrepen, samen doorgenomen, geen actie nodig.

Werk: mw. werkt 24 u/w in de kas bij [[ORGANISATIE|Kwekerij Van Vliet]] in [[PLAATS|Boskoop]]. Leidinggevende ([[PERSOON|Gert]]) is begripvol maar wil dat ze minder verzuimt. UWV-traject niet aan de orde.

Netwerk: zus [[PERSOON|Marta]] woont in [[PLAATS|Waddinxveen]], helpt soms met oppassen. Ex-partner geen contact, omgangsregeling loopt niet.

Afspraken:
- mw. belt zelf de gemeente als er voor [[DATUM|1 maart]] niks is gekomen
- volgende afspraak do [[DATUM|29/2]], dan ook met SPV [[PERSOON|Tamara Stolk]]
- crisiskaart bijwerken, nieuw tel.nr. mw.: [[TELEFOON|06-47 11 92 05]]

[[PERSOON|Marco]] ([[PERSOON|MvH]]), persoonlijk begeleider`,
  },
  {
    id: 'h5-c12',
    genre: 'ontslagbrief',
    setting: 'GGZ',
    author: 'auteur-h5c',
    text: `[[ORGANISATIE|GGZ Kennemerduin]] | kliniek [[ORGANISATIE|Duinvliet]]
[[ADRES|Zeeweg 201]], [[POSTCODE|1901 AX]] [[PLAATS|Castricum]] | [[URL|www.kennemerduin-ggz.nl]]

Aan: [[PERSOON|J. de Boer]], huisarts
[[ORGANISATIE|Gezondheidscentrum Heemskerk-Oost]]

Datum: [[DATUM|4 maart 2024]]
Betreft: dhr. [[PERSOON|Yonas Tesfamariam]], geb. [[DATUM|1-1-1994]], BSN [[BSN|507529170]]
Dossiernr. [[ID|3302871]]

Geachte collega,

Bovengenoemde patient was van [[DATUM|8 januari]] tot en met [[DATUM|29 februari 2024]] klinisch opgenomen.

Aanleiding: ernstige depressieve episode met suicidale gedachten, in de context van PTSS na vlucht uit Eritrea (2015-2016, o.a. detentie in Libie). Aangemeld via FACT [[PLAATS|Beverwijk]] na toename nachtmerries en terugtrekken.
Gesprekken vonden plaats met tolk Tigrinya.
Beloop: start sertraline, opgehoogd naar 100 mg. Slaap verbeterd na toevoeging quetiapine 25 mg a.n. Stabilisatiefase afgerond, start EMDR is ambulant gepland. HoNOS bij opname 24, bij ontslag 14. Geen suicidale gedachten meer sinds half februari.
Sociale situatie: woont alleen, [[ADRES|Plantage 39-II]], [[PLAATS|Heemskerk]]. Volgt inburgering bij [[ORGANISATIE|Taalschool Het Woord]], werkt vrijwillig bij [[ORGANISATIE|Fietswerkplaats De Ketting]]. Steun van neef [[PERSOON|Dawit]] en maatschappelijk begeleider ([[ORGANISATIE|Stichting Nieuwkomers Kennemerland]]).

Beleid na ontslag:
- Behandeling FACT [[PLAATS|Beverwijk]], casemanager [[PERSOON|P. Wolters]]
- sertraline 100 mg 1dd, quetiapine 25 mg a.n. (evaluatie na 3 mnd, afbouw overwegen)
- Signaleringsplan meegegeven, kopie in bijlage

Met vriendelijke groet,

drs. [[PERSOON|M.H. Boukhari]], psychiater
[[PERSOON|K. Stam]], verpleegkundig specialist GGZ
[[TELEFOON|0251-65 43 00]]`,
  },
];
