import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd6-b01',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-d6b',
    knownNames: ['Dhr. M. (Mehmet) Yıldırım'],
    text: `Crisisbeoordeling Acute Dienst [[ORGANISATIE|Lindeborg GGZ]]
Datum: [[DATUM|14-03-2024]], 23:40 uur
Aanmelding via HAP [[PLAATS|Nijmegen]], dienstdoende HA dr. [[PERSOON|Verstegen]].

Aanleiding: pt. (34 jr) door echtgenote [[PERSOON|Elif]] aangetroffen op balkon 4e verdieping, [[ADRES|Zwanenveld 90-12]], [[PLAATS|Dukenburg]]. Uitingen "ik wil er niet meer zijn". Politie ter plaatse geweest, geen geweld.

Beoordeling samen met SPV [[PERSOON|T. Wijers]] en psychiater i.o. [[PERSOON|S. Boukhari]].

Psych. onderz.: helder bewustzijn, georienteerd in tijd/plaats/persoon. Stemming somber, affect vlak. Suicidale gedachten aanwezig met concreet plan (springen), neemt er geen afstand van. Geen psychotische kenmerken. Alcohol: 6 blikjes bier vanavond, blaastest 0,41 mg/l.
VG: depressieve episode 2019, toen behandeld bij [[ORGANISATIE|Psychologenpraktijk Hatert]].
Med: sertraline 50 mg 1dd, sinds 3 wk zelf gestopt.
Werk: heftruckchauffeur bij [[ORGANISATIE|Transportbedrijf Van Gelder & Zn.]], ziekgemeld sinds [[DATUM|29 jan.]] na conflict met leidinggevende.

Risicotaxatie: hoog. Beschermende factoren: kinderen, religie, echtgenote.

Besluit: vrijwillige opname HIC [[ORGANISATIE|Waalzicht]]. Pt. stemt in, gaat mee met ambulance. Echtgenote geinformeerd, tel. [[TELEFOON|06-41873320]]. Kinderen (4 en 7) slapen bij schoonmoeder [[PERSOON|Ayşe]] in [[PLAATS|Wijchen]].
BSN gecontroleerd: [[BSN|371365120]].
Overdracht aan dagbehandelaar morgen 08:30.

[[PERSOON|TW]]/[[PERSOON|SB]]`,
  },
  {
    id: 'd6-b02',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d6b',
    knownNames: ['Gerrit-Jan (GJ) Wolterink'],
    text: `Begeleidingsverslag week 11
Woning [[ORGANISATIE|De Hazelaar]], [[PLAATS|Winterswijk]]
PB'er: [[PERSOON|Marieke ten Have]]

Algemeen
[[PERSOON|GJ]] was deze week goed gemutst. Ma. en wo. naar werkplaats [[ORGANISATIE|Houtwerk 't Ambacht]] in [[PLAATS|Aalten]], daar vogelhuisjes geschuurd en gelakt. Vrijdag niet gegaan ivm verkoudheid (temp 37,8).

Wonen
Kamer opgeruimd met hulp. Klaagt over geluid van buurman [[PERSOON|Henkie]] (kamer 3). Afspraak: na 22:00 koptelefoon op bij [[PERSOON|Henkie]], besproken met zijn PB.

Financien
Zakgeld opgehaald. Mw. [[PERSOON|Rensink]] van [[ORGANISATIE|Bewindvoering Achterhoekse Poort]] belt volgende week over de aanvraag voor een nieuwe fiets (oude is gestolen bij het station).

Gezondheid
Tandarts [[DATUM|21 maart]] 10:15, [[PERSOON|Marieke]] gaat mee. Epilepsie: geen aanvallen gezien deze week. Depakine chrono 500 mg 2dd ingenomen, alles afgetekend.

Sociaal
Zaterdag met zus [[PERSOON|Dinie Hulshof-Wolterink]] naar de markt in [[PLAATS|Groenlo]], bij de HEMA een patatje gegeten. Zus vraagt of [[PERSOON|GJ]] met Pasen mag logeren bij haar in [[PLAATS|Lichtenvoorde]]. Overleggen met gedragsdeskundige drs. [[PERSOON|P. Stoltenborg]] ivm onrust na vorige logeerpartij.

Doelen ondersteuningsplan
1. zelfst. boodschappen doen bij de Jumbo: lukt met boodschappenlijst met plaatjes, betalen nog met hulp
2. fietsen naar werkplaats: nog onder begeleiding, route via fietspad gaat goed
3. zelf douchen: gaat goed, herinneren aan shampoo

Volgende evaluatie: [[DATUM|4-4]].

gr. [[PERSOON|Marieke]] / [[PERSOON|MtH]]`,
  },
  {
    id: 'd6-b03',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-d6b',
    text: `[[ORGANISATIE|Maasheuvel Ziekenhuis]]
Afdeling Geriatrie
[[ADRES|Akerweg 160]], [[POSTCODE|6411 GA]] [[PLAATS|Heerlen]]

Aan: mw. [[PERSOON|A. Kerens-Hamers]], huisarts
[[ORGANISATIE|Huisartsenpraktijk Kloosterweg]]
[[ADRES|Kloosterweg 18b]], [[POSTCODE|6365 ce]] [[PLAATS|Schinnen]]

[[PLAATS|Heerlen]], [[DATUM|8 april 2024]]

Betreft: mw. [[PERSOON|Kurvers, M.J.H.]], geb. [[DATUM|02-11-1931]], [[LEEFTIJD|92]] jaar
Patientnr. [[ID|7730418]], BSN [[BSN|223547463]]
Adres: [[ADRES|Sint Pieterstraat 7]], [[POSTCODE|6367CG]] [[PLAATS|Amstenrade]]

Geachte collega,

Uw patiente was opgenomen van [[DATUM|27 maart]] t/m [[DATUM|8 april 2024]] op onze afdeling in verband met een delier bij een urineweginfectie.

Anamnese: sinds enkele dagen verward, valpartij thuis, aangetroffen door dochter [[PERSOON|Truus]].
VG: M. Parkinson (2015), atriumfibrilleren, DM2, st.na heup-TEP re (2018).
Bij opname: RR 108/62, pols 96 irr, temp 38,6, sat 94%. Lab: CRP 112, leuco 14,8, Hb 7,1, kreat 98, eGFR 42. Urinekweek: E. coli.

Beloop: ceftriaxon iv, nadien nitrofurantoine po. Delier opgeklaard na 4 dagen, haloperidol afgebouwd en gestopt. Barthel-index bij ontslag 14/20. MMSE 23/30 (afgenomen [[DATUM|5/4]]).

Medicatie bij ontslag:
- levodopa/carbidopa (Sinemet) 125 mg 4dd
- apixaban (Eliquis) 2,5 mg 2dd
- metformine 500 mg 2dd
- paracetamol 1 g z.n., max 3dd

Beleid: ontslag naar tijdelijk verblijf [[ORGANISATIE|Zorgcentrum Sint Anna Hof]] in [[PLAATS|Hoensbroek]], kamer 112. NR-beleid afgesproken d.d. [[DATUM|28-03-2024]] met pt. en dochter. Poli-controle geriatrie over 6 weken.

Met collegiale groet,

drs. [[PERSOON|L.M. Vaessen-Ramakers]], klinisch geriater
BIG [[ID|49038216501]]
tel. [[TELEFOON|045-5761204]]`,
  },
  {
    id: 'd6-b04',
    genre: 'verwijzing',
    setting: 'wijk',
    author: 'auteur-d6b',
    text: `VERWIJSBRIEF

Van: [[ORGANISATIE|Wijkverpleging Vechtkant]], wijkteam [[PLAATS|Zuilen]]
Aan: casemanagement dementie, [[ORGANISATIE|Zorgnetwerk Domstad]]
Datum: [[DATUM|2024-05-16]]

Betreft: dhr. [[PERSOON|Henk van Schaik]], geb. [[DATUM|19-06-1941]]
[[ADRES|Amsterdamsestraatweg 412 bis]], [[POSTCODE|3551 cv]] [[PLAATS|Utrecht]], tel. [[TELEFOON|030-2448619]]
HA: dr. [[PERSOON|F. Oosterbaan]], [[ORGANISATIE|Gezondheidscentrum De Sterrenhof]]

Geachte collega,

Graag verwijzen wij dhr. naar u voor casemanagement. Dhr. woont alleen sinds het overlijden van zijn vrouw [[PERSOON|Riet]] in 2022. Wij komen 2x/dag voor medicatie en ADL (Zvw).

Afgelopen maanden toenemende vergeetachtigheid: pannen op het vuur laten staan, tweemaal de weg naar huis niet kunnen vinden vanaf de Albert Heijn op de Amsterdamsestraatweg. Klok-tekenen door ons afgenomen: afwijkend. HA denkt aan ziekte van Alzheimer, afspraak geheugenpoli [[ORGANISATIE|Vechtstede Ziekenhuis]] op [[DATUM|3 juni]].

Dochter [[PERSOON|Annemiek Verhoef-van Schaik]] woont in [[PLAATS|Houten]], komt 1x/wk en is eerste contactpersoon ([[TELEFOON|06 18 27 44 90]]). Zij maakt zich zorgen over valrisico en over een "vriend" uit de buurt die geld leent (voornaam bekend: [[PERSOON|Ronnie]]). Wij hebben dit nog niet gemeld, willen eerst met u overleggen.

Vraag:
- casemanagement en ondersteuning mantelzorger
- evt. aanmelding ontmoetingscentrum [[ORGANISATIE|De Kastanje]]
- advies over financiele bescherming (bewind)

Met vriendelijke groet,

[[PERSOON|Ilse Brouwer]], wijkverpleegkundige (niv. 5)
[[ORGANISATIE|Wijkverpleging Vechtkant]]
[[EMAIL|i.brouwer@vechtkant-zorg.nl]] | [[TELEFOON|030 - 711 23 40]]
AGB-code [[ID|75501234]]`,
  },
  {
    id: 'd6-b05',
    genre: 'soep',
    setting: 'ZKH',
    author: 'auteur-d6b',
    knownNames: ['Mw. C.M. (Chantal) Martis'],
    text: `vr [[DATUM|12 jan]] visite chirurgie, dag 2 post-op lap. cholecystectomie

S: pt. voelt zich beter, pijn VAS 4 (gisteren 7). Misselijk na ontbijt, niet gebraakt. Flatus +, def. nog niet. Vraagt wanneer ze naar huis mag, dochter [[PERSOON|Jurisca]] heeft examens en moet opgevangen worden.

O: RR 132/84, p 78, temp 37,4, sat 97% ka. Buik soepel, wonden droog, Aquacel-pleisters intact. Drain 30 ml sereus. Lab: Hb 8,1, leuco 11,2, CRP 64 (was 88), bili 14.

E: ongecompliceerd beloop, lichte PONV.

P:
- drain verwijderen
- ondansetron 4 mg z.n.
- mobiliseren, fysio om 14:00
- bij goed beloop morgen ontslag, controle poli over 6 wk bij dr. [[PERSOON|Lambregts]]
- thuiszorg niet nodig, zus [[PERSOON|Milouska]] uit [[PLAATS|Malburgen]] komt de eerste dagen helpen
Besproken met pt., akkoord.

Kamer 7.14, bed 2.
[[PERSOON|A. Hoekstra]], AIOS chirurgie / sup. dr. [[PERSOON|M.F. Lambregts]]`,
  },
  {
    id: 'd6-b06',
    genre: 'mdo',
    setting: 'GGZ',
    author: 'auteur-d6b',
    knownNames: ['Dhr. P.W.M. (Piet) Gielen'],
    text: `MDO FACT [[PLAATS|Venlo]], [[DATUM|20-02-2024]]

Aanwezig: dr. [[PERSOON|R. Hendrix]] (psychiater), [[PERSOON|Yvonne Custers]] (SPV/casemanager), [[PERSOON|Bram Peeters]] (ervaringsdeskundige), [[PERSOON|Jolanda]] (IPS-trajectbegeleider), mw. [[PERSOON|Gielen-Smeets]] (moeder, telefonisch).
Afwezig: HA [[PERSOON|Van Oijen]] (schriftelijke input).

Cl. (46) bekend met schizofrenie, sinds 2021 clozapine.

Stand van zaken
- Psychisch: stabiel, lichte achterdocht richting bovenburen. Geen hallucinaties gerapporteerd. HoNOS 14 (vorig jaar 19).
- Somatisch: gewicht +6 kg, BMI 31. Clozapinespiegel 0,42 mg/l ([[DATUM|6 feb]]). Neutrofielen nl. Obstipatie, Movicolon 1dd.
- Wonen: zelfst. in [[PLAATS|Blerick]]. Huurachterstand bij [[ORGANISATIE|Woonstichting Maasdal]] afgelost via [[ORGANISATIE|Bewindkantoor Peel en Maas]].
- Dagbesteding: 3 ochtenden bij [[ORGANISATIE|Kringloop De Tweede Kans]] in [[PLAATS|Tegelen]]. Wil betaald werk; sollicitatie bij [[ORGANISATIE|Kwekerij Van den Munckhof]] (tomatenkas) loopt via IPS.
- Netwerk: moeder belangrijk, maar zelf kwetsbaar (COPD). Broer in [[PLAATS|Venray]] weinig contact.

Besluiten
1. verwijzing dietist via POH-GGZ
2. signaleringsplan updaten, [[PERSOON|Yvonne]] plant gesprek op [[DATUM|5 maart]]
3. IPS-traject voortzetten
4. volgend MDO over 6 mnd

Notulen: [[PERSOON|YC]]`,
  },
  {
    id: 'd6-b07',
    genre: 'email',
    setting: 'GHZ',
    author: 'auteur-d6b',
    text: `Van: [[EMAIL|s.elhaddouchi@stichtingdewissel.nl]]
Aan: [[EMAIL|m.kooistra@atelierhetanker.nl]]
Datum: woensdag [[DATUM|10 april 2024]] 09:12
Onderwerp: terugkoppeling voorval [[PERSOON|Ravi]] op het atelier

Hoi [[PERSOON|Marit]],

Dank voor je telefoontje gisteren. Even op papier wat we hebben afgesproken na het voorval met [[PERSOON|Ravi]] ([[PERSOON|R. Ramsaran]]) in de keramiekruimte van [[ORGANISATIE|Atelier Het Anker]]:

- [[PERSOON|Ravi]] wordt sinds kort onrustig als het druk is, dat zien wij op woning [[ORGANISATIE|De Vlinder]] ook. Gedragskundige [[PERSOON|Noor de Wit]] kijkt mee.
- Hij krijgt voorlopig een vaste plek aan de tafel bij het raam, met koptelefoon.
- Bij escalatie bel je de woning: [[TELEFOON|030 - 280 91 15]] of mijn mobiel [[TELEFOON|06-52019384]]. Niet meteen 112 tenzij er echt gevaar is.
- Zijn moeder mw. [[PERSOON|Ramsaran-Jagessar]] is op de hoogte en komt [[DATUM|18/4]] naar het evaluatiegesprek op de woning ([[ADRES|Hondsrug 17-b]], [[PLAATS|Lunetten]]).
- De kapotte vaas hoeft hij niet te vergoeden, dat hebben we met hem besproken. Hij heeft zelf een tekening gemaakt als sorry, die ligt op [[PERSOON|Ravi]]s kamer klaar voor je.

Kun jij de incidentmelding (MIC) nog naar mij doorsturen? Dan zet ik hem in het ECD bij clientnummer [[ID|200418]].

Groet,
[[PERSOON|Samira El Haddouchi]]
Persoonlijk begeleider | [[ORGANISATIE|Stichting De Wissel]], woning [[ORGANISATIE|De Vlinder]]
werkdagen ma-di-do`,
  },
  {
    id: 'd6-b08',
    genre: 'overdracht',
    setting: 'wijk',
    author: 'auteur-d6b',
    knownNames: ['Mw. J. (Jo) Nijhof-te Brake'],
    text: `Overdracht avond > nacht [[DATUM|3-12]]
Wijkteam [[PLAATS|Eibergen]]/[[PLAATS|Neede]]

mw. [[PERSOON|Nijhof]]
S: mw. ([[LEEFTIJD|94]]) vanavond om 19:45 gevallen in badkamer, gevonden door buurvrouw [[PERSOON|Gerda Lubbers]] na alarm via personenalarmering.
B: woont alleen, [[ADRES|Julianastraat 23]], [[POSTCODE|7151 AM]] [[PLAATS|Eibergen]]. Hartfalen, maculadegeneratie, Marcoumar (INR via trombosedienst). Zoon [[PERSOON|Herman]] woont in [[PLAATS|Borculo]].
A: hoofdwond li. achterhoofd ca 3 cm, gestelpt. Geen bewustzijnsverlies vlgs mw., GCS E4M6V5. RR 148/80, p 88. Pijn li heup NRS 5, kan wel staan met steun. [[ORGANISATIE|Huisartsenpost Oost-Achterhoek]] gebeld, dr. [[PERSOON|Meinders]] kwam 20:50: wond gelijmd, geen fractuur verdacht. Bij toename pijn foto in [[ORGANISATIE|Ziekenhuis Berkelzicht]].
R: nacht graag om 01:00 en 05:00 langs voor neurocheck (pupillen, bewustzijn, praten). Sleutelkluis code staat in planning. Zoon gebeld: [[TELEFOON|06-23087714]], komt morgen 08:00.

dhr. [[PERSOON|ter Horst]]
insuline 22:00 gegeven, BS 9,4. Geen bijzonderheden.

mw. [[PERSOON|Lubbers]] (zelfde als buurvrouw, ook client)
was erg geschrokken, even bij haar gezeten. Temazepam om 22:30.

Overgedragen door [[PERSOON|Wendy K.]] aan [[PERSOON|Fenna]]`,
  },
  {
    id: 'd6-b09',
    genre: 'rapportage',
    setting: 'GHZ',
    author: 'auteur-d6b',
    knownNames: ['Jeroen (Jerre) Houben'],
    text: `[[ORGANISATIE|Huize Wingerd]], groep [[ORGANISATIE|De Bron]]

[[DATUM|11-06]] 07:30 [[PERSOON|jerre]] zelf opgestaan, ontbijt goed gegeten. Medicatie ingenomen (Risperdal 1 mg, Depakine chrono). - [[PERSOON|ms]]
[[DATUM|11-06]] 09:00 met busje naar zorgboerderij [[ORGANISATIE|De Rozenhof]] in [[PLAATS|Simpelveld]]. - [[PERSOON|ms]]
[[DATUM|11-06]] 16:15 terug van boerderij. Volgens begeleider daar ([[PERSOON|Ger]]) rustige dag, kalfjes gevoerd. Wel een keer boos geworden op [[PERSOON|Dave]] om de kruiwagen, zelf weggelopen naar de stal en afgekoeld. Goed gedaan! - [[PERSOON|RvdB]]
[[DATUM|11-06]] 17:30 avondeten. Wilde alleen frikandel, uitgelegd dat dat niet kan (dieetlijst). Uiteindelijk soep en boterham gegeten. - [[PERSOON|RvdB]]
[[DATUM|11-06]] 19:00 moeder gebeld (mw. [[PERSOON|Houben-Schols]]). Ze haalt hem zaterdag [[DATUM|15/6]] op voor de verjaardag van oma in [[PLAATS|Chevremont]]. Oma wordt [[LEEFTIJD|90]]! [[PERSOON|Jerre]] blij, wil een kaart maken. - [[PERSOON|RvdB]]
[[DATUM|11-06]] 21:45 in bed, epilepsiemonitor aan. - [[PERSOON|RvdB]]
[[DATUM|12-06]] 03:10 monitor alarm, tonisch-clonische aanval ca 1 min, daarna slaperig en nat. Verschoond. Geen Buccolam nodig (protocol pas na 5 min). Aanval in aanvallenlijst gezet, mail naar arts VG dr. [[PERSOON|Coenen]]. - nachtdienst [[PERSOON|LK]]
[[DATUM|12-06]] 07:45 moe, blijft vandaag thuis van boerderij. [[PERSOON|Ger]] gebeld. - [[PERSOON|ms]]`,
  },
  {
    id: 'd6-b10',
    genre: 'crisis',
    setting: 'ZKH',
    author: 'auteur-d6b',
    knownNames: ['Dhr. Y. (Yonas) Tesfamariam'],
    text: `SEH - consult psychiatrie (crisis)
zo [[DATUM|2 juni]] 02:15

Binnengebracht door politie en ambulance na melding verward gedrag; pt. liep langs het spoor bij station [[PLAATS|Schothorst]].
Pt. 27 jr, statushouder sinds 2019, woont in [[PLAATS|Leusden]]. Spreekt Tigrinya en beperkt Nederlands, telefonische tolk ingeschakeld.

Bevindingen: motorisch onrustig, kijkt veel om zich heen, spreekt over stemmen die hem opdragen te vluchten. Geen intoxicatie aangetoond (urinetox neg., alcohol 0). Somatisch: RR 145/90, p 112, temp 36,9, glucose 5,8. CT-cerebrum z.a.

Hetero-anamnese via neef [[PERSOON|Filmon]] (tel. [[TELEFOON|06 87 12 44 30]]): slaapt sinds 2 weken niet, vorige week ontslagen bij [[ORGANISATIE|Schoonmaakbedrijf Eemland Services]]. Begeleider van gemeente [[PLAATS|Leusden]] (mw. [[PERSOON|Kooij]]) is morgen bereikbaar.

Beoordeling: waarschijnlijk eerste psychose, acuut. Ernstig nadeel voor zichzelf (spoor). Pt. wilsonbekwaam t.a.v. opname, weigert.

Beleid:
- crisismaatregel aangevraagd via burgemeester, i.o.m. crisisdienst [[ORGANISATIE|Eemvallei GGZ]]
- overplaatsing naar HIC [[ORGANISATIE|De Meent]] van [[ORGANISATIE|Eemvallei GGZ]] zodra bed beschikbaar
- lorazepam 2,5 mg po gegeven 02:40 (geaccepteerd). Haldol niet nodig geweest.
- neef blijft bij pt. tot vervoer
BSN gecontroleerd: [[BSN|777155904]]

SEH-arts [[PERSOON|K. Maas]] / psychiater dr. [[PERSOON|H. Dijkhuizen]]`,
  },
  {
    id: 'd6-b11',
    genre: 'soep',
    setting: 'wijk',
    author: 'auteur-d6b',
    knownNames: ['Dhr. B. (Bennie) Hermsen'],
    text: `[[DATUM|07-08-2024]] huisbezoek wondzorg

S: dhr. geeft aan dat het been "minder bonkt". Slaapt slecht door jeuk. Heeft de steunkousen niet aangehad "omdat het te warm was". Vrouw [[PERSOON|Nelly]] zegt dat hij weinig drinkt, hooguit 3 koppen koffie.

O: ulcus cruris re onderbeen mediaal, 4x3 cm (was 5x3,5 cm op [[DATUM|24/7]]). Wondbed 70% granulatie, 30% fibrine, matig exsudaat, geen geur. Wondranden licht gemacereerd. Temp 36,8. EAI bij vaatlab [[ORGANISATIE|Waalkant Ziekenhuis]] was 0,92.

E: langzaam verbeterende wond, therapieontrouw compressie door warmte.

P:
- Aquacel Extra + Mepilex Border, 3x/wk wisselen
- zinkzalf op de randen
- zwachtelen ipv kousen tot het koeler wordt, overleggen met HA dr. [[PERSOON|Loeffen]]
- vochtlijst laten bijhouden door [[PERSOON|Nelly]], streven 1,5 L
- foto in wondapp gezet
Volgend bezoek vr [[DATUM|9/8]] ([[PERSOON|Loes]]).

[[PERSOON|SvH]], wijkverpleegkundige [[ORGANISATIE|Thuiszorg Rijk van Nijmegen]]`,
  },
  {
    id: 'd6-b12',
    genre: 'email',
    setting: 'GGZ',
    author: 'auteur-d6b',
    text: `Van: [[PERSOON|Demi Aarntzen]] <[[EMAIL|d.aarntzen@ggzrijnoever.nl]]>
Aan: POH-GGZ [[ORGANISATIE|Huisartsenpraktijk Geitenkamp]] <[[EMAIL|poh@hageitenkamp.nl]]>
Verzonden: [[DATUM|28-10-2024]] 16:47
Onderwerp: afsluiting behandeling mw. [[PERSOON|Kaya]]

Beste [[PERSOON|Linda]],

Hierbij een korte terugkoppeling over jullie patiente mw. [[PERSOON|Z. Kaya]] (geb. [[DATUM|14-2-1988]]), die sinds het voorjaar bij ons in behandeling was bij team Angst en Stemming.

- Diagnose: paniekstoornis met agorafobie; PTSS na verkeersongeval.
- Behandeling: 12 sessies, EMDR en exposure. PCL-5 van 52 naar 18.
- Ze werkt weer 24 uur per week bij [[ORGANISATIE|Kinderopvang Het Olifantje]] in [[PLAATS|Presikhaaf]] en gaat zelfstandig met de bus.
- Medicatie: paroxetine 20 mg. Advies: na 6 mnd stabiel afbouwen via jullie, schema bijgevoegd.
- Terugvalpreventieplan is met haar gemaakt en meegegeven.

Het afsluitgesprek was [[DATUM|24 okt.]] Bij terugval binnen 3 mnd kan ze rechtstreeks bij mij terecht, daarna graag via een nieuwe verwijzing.

Met vriendelijke groet,

[[PERSOON|Demi Aarntzen]]
Sociaal psychiatrisch verpleegkundige
[[ORGANISATIE|GGZ Rijnoever]], locatie [[ORGANISATIE|De Lingehof]]
[[ADRES|Velperweg 143-d]], [[POSTCODE|6824 HJ]] [[PLAATS|Arnhem]]
T [[TELEFOON|026-3514872]] (ma, di, do)
[[URL|www.ggzrijnoever.nl]]

Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het dan.`,
  },
];
