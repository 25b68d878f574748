import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd7-a13',
    genre: 'crisis',
    setting: 'VVT',
    author: 'auteur-d7a',
    knownNames: ['Mw. M. (Mien) Verhage-Bimmel'],
    text: `Crisismelding wijkverpleging team [[PLAATS|Lammerenburg]]
zo [[DATUM|2 nov]] 08.20

Bij ochtendzorg mw. op de grond aangetroffen naast het bed. Mw. aanspreekbaar, ligt er vermoedelijk sinds ca. 01.00 ("na het journaal ben ik nog naar de wc gegaan"). Voelt koud aan, T 35,1 (tymp.). Li been verkort en in exorotatie, veel pijn bij bewegen. Geen hoofdletsel zichtbaar.

Acties:
- 08.26 112 gebeld, mw. niet verplaatst, dekens en kussen onder hoofd
- 08.41 ambulance ter plaatse, vervoerd naar SEH [[ORGANISATIE|Zeeuws Kustziekenhuis]] ([[ORGANISATIE|ZKZ]])
- medicatielijst en NR-verklaring d.d. [[DATUM|15-05-2022]] meegegeven aan ambulance
- personenalarm had mw. niet om, hing aan de kapstok. Punt voor evaluatie!

Mw. is [[LEEFTIJD|drieënnegentig]] en woont alleen op [[ADRES|Paul Krugerstraat 31-A]], [[PLAATS|Vlissingen]].
Contactpersoon zoon [[PERSOON|Kees]] gebeld op [[TELEFOON|+31 6 1489 2075]], hij gaat naar de SEH. Buurvrouw mw. [[PERSOON|Ramdas]] heeft reservesleutel en zorgt voor de kat.

Planning ingelicht, zorgmomenten vandaag geannuleerd. MIC-melding gedaan. Casemanager ([[PERSOON|Wendy Lous]]) en huisarts [[PERSOON|Bakker]] per mail geinformeerd.

[[PERSOON|Dilara]], wijkverpleegkundige`,
  },
  {
    id: 'd7-a14',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d7a',
    knownNames: ['Dhr. A. (Anouar) Bouzerda'],
    text: `Evaluatie begeleidingsplan - 1e halfjaar 2025

Client: [[PERSOON|Anouar Bouzerda]], 31 jr, licht VG + ASS
Woonvorm: [[ORGANISATIE|De Druivenkas]], [[ADRES|Hoogwerf 12]], [[POSTCODE|2691GE]] [[PLAATS|'s-Gravenzande]]
EVV: [[PERSOON|Tessa Zwinkels]]
Clientnr: [[ID|20048812]]

Doel 1 - Werk
Cl. werkt 4 dagen bij [[ORGANISATIE|Werkcentrum De Tuinderij]] in [[PLAATS|Monster]], paprika's sorteren en inpakken. Werkleider [[PERSOON|Gerard]] is tevreden, cl. is op tijd en werkt netjes. Cl. wil graag naar betaald werk; traject via UWV loopt, gesprek met jobcoach gepland [[DATUM|17 juli]].

Doel 2 - Geld
Leefgeld EUR 60 p/w via [[ORGANISATIE|Bewindvoering Van der Kaaij & Partners]]. Cl. koopt veel energiedrank bij de Jumbo. Afspraak: max. 2 blikjes per dag, gaat wisselend.

Doel 3 - Relaties
Contact met ouders in [[PLAATS|Wateringen]] goed, gaat bijna elk weekend naar huis. Broer [[PERSOON|Karim]] neemt hem mee naar de wedstrijden van [[ORGANISATIE|SV De Lierse Boys]]. Tijdens ramadan vastte cl. deels; risperidon 1 mg in overleg met arts VG [[PERSOON|Hoek]] verschoven naar na de iftar. Ging goed.

Doel 4 - Gezondheid
BMI 31. Sinds [[DATUM|14 maart]] 1x p/w sporten in de buurtsportzaal, 3 kg afgevallen. Cl. is er trots op.

Tevredenheid cl.: 8. Hij vindt de nieuwe groepsgenoot soms te druk.

Volgende evaluatie: [[DATUM|december 2025]].
Opgesteld: [[PERSOON|T. Zwinkels]], EVV
Akkoord cl. en vader/mentor dhr. [[PERSOON|M. Bouzerda]]`,
  },
  {
    id: 'd7-a15',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-d7a',
    text: `[[ORGANISATIE|Gasthuis Delfland]] | Afdeling Cardiologie
[[ADRES|Westlandseweg 205]], [[POSTCODE|2624 AD]] [[PLAATS|Delft]]

Aan: [[ORGANISATIE|Huisartsenpraktijk Voorhof]]
t.a.v. mw. [[PERSOON|I.S. Kartosen]], huisarts

Betreft: dhr. [[PERSOON|Doelwijt, E.J.]], geb. [[DATUM|04-05-1951]]
[[ADRES|Aart van der Leeuwlaan 301-III]], [[POSTCODE|2624KK]] [[PLAATS|Delft]]
Ziekenhuisnr. [[ID|5127740]]
Opname [[DATUM|17/11/2025]] t/m [[DATUM|24/11/2025]]

Geachte collega,

Reden van opname: decompensatio cordis (NYHA III) bij nieuw ontdekt atriumfibrilleren.

Beloop: diurese met furosemide iv, gewicht van 92,4 naar 86,1 kg. Echo cor: LVEF 30%, geen relevante klepafwijkingen. Gestart met Entresto 24/26 mg 2dd1, bisoprolol 2,5 mg 1dd1 en dapagliflozine 10 mg 1dd1. CHA2DS2-VASc 4, gestart met edoxaban 60 mg. Bij ontslag kalium 4,6 mmol/l, kreatinine 112 umol/l.

Sociaal: woont met echtgenote, dochter [[PERSOON|Maureen]] werkt als verpleegkundige bij [[ORGANISATIE|Thuiszorg Delftse Hout]] en kijkt dagelijks mee.

Medicatie bij ontslag: zie bijgevoegd overzicht. Gestopt: hydrochloorthiazide.

Afspraken:
- poli hartfalen, vpk [[PERSOON|J. Ravensbergen]], over 2 weken
- lab (Na, K, kreat) over 1 week via u
- dagelijks wegen; bij > 2 kg stijging in 3 dagen bellen met hartfalenpoli [[TELEFOON|015-2603844]]
- poli cardiologie over 6 weken

Met vriendelijke groet,

[[PERSOON|L. Verboom]], arts-assistent cardiologie
Supervisie: [[PERSOON|A. Hermans]], cardioloog, BIG [[ID|29061538401]]`,
  },
  {
    id: 'd7-a16',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-d7a',
    text: `Verwijzing Interne Geneeskunde

Aan: poli Interne Geneeskunde, [[ORGANISATIE|Scheldeziekenhuis]], locatie [[PLAATS|Terneuzen]]
Van: huisarts [[PERSOON|P.J. de Kraker]], [[ORGANISATIE|Gezondheidscentrum De Otheense Kreek]], [[ADRES|Schependijk 14]], [[POSTCODE|4532 AJ]] [[PLAATS|Terneuzen]]
AGB [[ID|01047733]], tel. [[TELEFOON|0115-612048]]
Datum: [[DATUM|2 dec. 2025]]

Patient: mw. [[PERSOON|Fatma Yıldız-Koç]], geb. [[DATUM|1951-06-19]]
BSN [[BSN|5075.29.170]]
Adres: [[ADRES|Westkade 7 bis]], [[PLAATS|Sas van Gent]]
Taal: Turks, dochter [[PERSOON|Elif]] tolkt ([[TELEFOON|06-39120874]])

Vraagstelling: analyse ongewild gewichtsverlies en microcytaire anemie.

Anamnese: sinds ca. 4 mnd 7 kg afgevallen (68 -> 61 kg), moe, minder eetlust. Geen koorts of nachtzweten. Ontlasting soms donker, geen ijzergebruik. Geen buikpijn, wel af en toe zuurbranden. Rookte 20 PY, gestopt in 2010.

LO: bleek, buik soepel, geen weerstanden, geen lymfklieren palpabel. RR 132/78, gewicht 61 kg.

Lab [[DATUM|27-11]]: Hb 6,4 mmol/l, MCV 74 fl, ferritine 6, CRP 8, BSE 22, nierfunctie normaal. iFOBT positief.

Medicatie: metformine 850 mg 2dd1, omeprazol 20 mg 1dd1, simvastatine 40 mg 1dd1.
VG: DM2, cholecystectomie (2004, in Turkije).

Graag uw beoordeling en verdere analyse (scopie?). Mw. is angstig en heeft een voorkeur voor een vrouwelijke arts als dat mogelijk is.

Met collegiale groet,

[[PERSOON|P.J. de Kraker]], huisarts`,
  },
  {
    id: 'd7-a17',
    genre: 'soep',
    setting: 'ZKH',
    author: 'auteur-d7a',
    knownNames: ['Mw. B. (Baukje) Hoekstra'],
    text: `Poli Reumatologie [[ORGANISATIE|Ziekenhuis Oude Rijn]] - vr [[DATUM|16 jan]]

S: 58-jarige vrouw, RA sinds 2017, seropositief. Sinds kerst meer ochtendstijfheid (ca. 2 uur), pijn MCP 2-3 bdz en li knie. MTX 20 mg/wk s.c. + foliumzuur, trouw gebruikt. Adalimumab destijds gestopt ivm recidiverende infecties. Werkt als leerkracht groep 5 op [[ORGANISATIE|CBS De Regenboog]] in [[PLAATS|Oegstgeest]], verzuimt sinds 2 wk. Bedrijfsarts via arbodienst.

O: DAS28 4,9. Synovitis MCP2-3 bdz en PIP3 re, li knie hydrops. Lab: BSE 41, CRP 28, ALAT 35, Hb 7,8, leuco 9,1. X-handen: geen progressie van erosies t.o.v. [[DATUM|14-08-2023]].

E: actieve RA, onvoldoende respons op MTX monotherapie.

P:
- punctie li knie, 35 ml helder geel vocht, daarna Kenacort 40 mg i.a.
- start etanercept (Benepali) 50 mg 1x/wk; screening vooraf: Quantiferon, hep B/C, X-thorax
- prednison 10 mg 2 wk, daarna afbouwen
- reumaverpleegkundige [[PERSOON|Hanneke]] geeft injectie-instructie
- controle over 6 weken, [[DATUM|27 februari]], bij [[PERSOON|Ouwerkerk]]

[[PERSOON|MdJ]] / reumatoloog`,
  },
  {
    id: 'd7-a18',
    genre: 'mdo',
    setting: 'GHZ',
    author: 'auteur-d7a',
    knownNames: ['Dhr. W. (Wietse) de Jong'],
    text: `MDO [[DATUM|10-09-2025]] - woning [[ORGANISATIE|Het Reynaertshuis]], [[PLAATS|Hulst]]

Aanwezig: AVG [[PERSOON|M. Vercauteren]], gedragskundige [[PERSOON|Sevda Öztürk]], PB'er [[PERSOON|Ingrid Scheele]], teamleider [[PERSOON|Dirk]], broer/mentor [[PERSOON|Sjoerd de Jong]] (via Teams vanuit [[PLAATS|Sneek]])
Notulen: [[PERSOON|IS]]

Client: [[PERSOON|Wietse]], 52 jr, syndroom van Down, sinds 2023 dementie.

1. Achteruitgang
ADL steeds meer hulp nodig, Barthel 11/20. Nachtelijke onrust ca. 2x p/wk. Epilepsie: insult op [[DATUM|22/8]], levetiracetam verhoogd naar 750 mg 2dd.

2. Dagbesteding
[[ORGANISATIE|Atelier 't Kleurpotlood]] wordt te zwaar, hij valt daar in slaap. Voorstel: terug naar 2 ochtenden, rest in de woning met eigen activiteiten (puzzels, muziek).

3. Slikken
Logopedist [[PERSOON|F. Maas]] ziet verslikken bij dun vloeibaar. Advies: gemalen voeding, dranken indikken met Thick & Easy.

4. Wonen
Woning niet ingericht op verpleegzorg (trap, smalle badkamer). Optie: overplaatsing naar [[ORGANISATIE|Zorgvilla De Pauwhof]] in [[PLAATS|Kloosterzande]]. Broer wil eerst gaan kijken, liefst verhuizing voor [[DATUM|1 januari]].

5. Beleid
ACP-gesprek gevoerd. Broer is het eens met niet reanimeren, NR-beleid vastgelegd [[DATUM|10-09-2025]].

Acties
- aanmelding [[ORGANISATIE|De Pauwhof]]: [[PERSOON|Dirk]]
- afspraken dagbesteding aanpassen: [[PERSOON|IS]]
- observatielijst nacht 2 wk: team
- evaluatie medicatie: [[PERSOON|MV]]`,
  },
  {
    id: 'd7-a19',
    genre: 'email',
    setting: 'HA',
    author: 'auteur-d7a',
    text: `Van: [[ORGANISATIE|Praktijk Sterrenburg]] <[[EMAIL|assistentes@hapraktijksterrenburg.nl]]>
Aan: [[EMAIL|recept@apotheekdevijzel.nl]]
Datum: [[DATUM|3-2-2026]] 11:52
Onderwerp: wijziging baxter dhr. [[PERSOON|van Wijk]]

Goedemorgen,

Namens dokter [[PERSOON|Tromp]] graag de volgende wijzigingen voor dhr. [[PERSOON|G. van Wijk]], geb. [[DATUM|11-11-1933]] ([[LEEFTIJD|92]] jr), [[ADRES|Groenedijk 56]], [[PLAATS|Dordrecht]]:

- STOP diclofenac 50 mg (eGFR 38)
- START paracetamol 1000 mg 3dd1, graag in de baxter
- WIJZIG furosemide 40 mg naar 20 mg 1dd1
- acenocoumarol volgens trombosedienst, geen wijziging

Mw. [[PERSOON|Groen]] van [[ORGANISATIE|Thuiszorg Drechtoevers]] haalt de nieuwe rol op. Kunt u deze per do [[DATUM|5 feb]] klaar hebben? Dhr. heeft nog zakjes t/m woensdag.

Bij vragen kunt u bellen via de terugbellijn [[TELEFOON|078-6174290]], toestel [[ID|203]].

Met vriendelijke groet,

[[PERSOON|Nadia]]
doktersassistente
[[ORGANISATIE|Huisartsenpraktijk Sterrenburg]]`,
  },
  {
    id: 'd7-a20',
    genre: 'overdracht',
    setting: 'VVT',
    author: 'auteur-d7a',
    text: `Overdracht avond -> nacht, afd. [[ORGANISATIE|De Goudsbloem]] (PG), [[ORGANISATIE|Huis ter Gouwe]]
za [[DATUM|14-03]], 22.45 - [[PERSOON|Priscilla]] ([[PERSOON|PvS]])

k.101 mw. [[PERSOON|Blonk]] - onrustig na bezoek zoon, 21.00 Temesta 1 mg z.n. gegeven, goed effect. Bedsensor staat aan.

k.102 dhr. [[PERSOON|Koster]] - katheter gespoeld, urine helder, 650 ml in zak. Let op DM: BG 22.00 = 5,1, extra beschuit gegeven. Om 03.00 nog een keer prikken.

k.104 mw. [[PERSOON|Snel-Kok]] ([[LEEFTIJD|95]]) - terminale fase, comfortzorg. Morfinepomp 10 mg/24u, bolus 2,5 mg om 20.30 ivm onrust, daarna rustiger. Mondzorg 2-uurlijks. Dochter [[PERSOON|Anja]] slaapt op logeerbed. Als ze toch even naar huis gaat wil ze gebeld worden bij verandering: [[TELEFOON|06-51 73 92 04]].

k.107 dhr. [[PERSOON|Ben Salah]] - vanavond weer gevallen bij het toilet, geen letsel. MIC gedaan. Heupprotector aan. Gaat snel achteruit lopend, vraag voor SO morgen: fysio-consult?

k.110 mw. [[PERSOON|Tiny de Bruijn]] - morgen jarig ([[DATUM|15 maart]]), ze wordt [[LEEFTIJD|90]]! Slingers liggen in de linnenkamer, graag ophangen voor het ontbijt.

Algemeen: lift B defect, monteur komt ma. Achterwacht SO dit weekend: [[PERSOON|Ramsaroep]], via receptie toestel [[ID|5120]].`,
  },
  {
    id: 'd7-a21',
    genre: 'rapportage',
    setting: 'GHZ',
    author: 'auteur-d7a',
    knownNames: ['Dhr. T. (Tesfay) Gebremedhin'],
    text: `ma [[DATUM|12-01]] ochtend
[[PERSOON|Tesfay]] had hoofdpijn bij het opstaan, 2x paracetamol 500 mg gegeven. Om 09.00 naar zijn leerwerkplek bij [[ORGANISATIE|Fietsenmakerij De Ketting]] in [[PLAATS|Leiderdorp]]. - [[PERSOON|bk]]

ma [[DATUM|12-01]] middag
Heeft lang gebeld met broer [[PERSOON|Yonas]] in [[PLAATS|Rijswijk]]. Daarna verdrietig, nieuws over familie in Eritrea. Samen thee gezet en op de bank gepraat, hij liet foto's zien. - [[PERSOON|Fatima]]

ma [[DATUM|12-01]] avond
At niet mee met de groep, had zelf injera gemaakt. Om 23.00 nog wakker in de huiskamer, gesprek over slapen; hij piekert veel s nachts. - [[PERSOON|RvE]]

di [[DATUM|13 jan]]
Afspraak met bewindvoerder mw. [[PERSOON|Kuijpers]] van [[ORGANISATIE|Kuijpers Bewind & Budget]]. Brief van gemeente [[PLAATS|Leiden]] over bijzondere bijstand samen doorgenomen, via tolkentelefoon Tigrinya. [[PERSOON|Tesfay]] begrijpt de brieven slecht maar wil wel zelf meelezen. - [[PERSOON|bk]]

di [[DATUM|13 jan]]
Slaapproblemen doorgegeven aan arts VG [[PERSOON|Schreuder]], afspraak [[DATUM|20-1]] om 10.30. [[PERSOON|Tesfay]] wil geen slaappil, liever praten. - [[PERSOON|RvE]]

wo [[DATUM|14/1]]
Goede dag. Fietste zelf naar werk, vrolijk teruggekomen: hij mocht een kinderfiets helemaal zelf opknappen. Samen gekookt. - [[PERSOON|Fatima]]`,
  },
  {
    id: 'd7-a22',
    genre: 'begeleiding',
    setting: 'VVT',
    author: 'auteur-d7a',
    knownNames: ['Mw. A. (Aaltje) Pieterse-de Vos'],
    text: `Huisbezoek casemanagement dementie - [[DATUM|28 oktober 2025]]

Cl.: mw. [[PERSOON|A. Pieterse-de Vos]], [[ADRES|Rivierdijk 402 A]], [[POSTCODE|3361 AE]] [[PLAATS|Sliedrecht]]
Aanwezig: mw., echtgenoot dhr. [[PERSOON|Jan Pieterse]] (mantelzorger), casemanager [[PERSOON|Hatice Doğan]]

Mw. (87) heeft dementie type Alzheimer sinds [[DATUM|juni 2024]]. Ze herkent mij, is vriendelijk, maar weet niet meer welke dag het is. Ze vertelt veel over de scheepswerf waar haar vader werkte. Ze loopt achter haar man aan door het huis.

Dhr. is zelf [[LEEFTIJD|91]] en erg moe. Hij zegt: "ik ben [[LEEFTIJD|91]], dit is te zwaar voor me." Hij slaapt slecht omdat mw. s nachts 2-3x opstaat. EDIZ 6/9.

Huidige hulp:
- [[ORGANISATIE|Thuiszorg Drechtoevers]] 1x per dag (ochtend)
- 2 dagen dagbesteding bij [[ORGANISATIE|Ontmoetingscentrum Baanhoek]]
- maatje via [[ORGANISATIE|Stichting Welzijn Sliedrecht]], wo middag

Afspraken:
- Wlz-indicatie aangevraagd bij CIZ op [[DATUM|21-10]]
- voorkeur voor [[ORGANISATIE|Woonzorgcentrum De Merwehof]], dhr. wil dat ze dichtbij blijft
- zoon [[PERSOON|Ad]] uit [[PLAATS|Papendrecht]] regelt de financien, volmacht via notaris mr. [[PERSOON|Visser]]
- tot opname: extra avonddienst thuiszorg aanvragen, ik bel planning
- volgend bezoek [[DATUM|25/11]]

[[PERSOON|H. Doğan]], casemanager dementie
[[ORGANISATIE|Zorgnetwerk Alblasserwaard]]`,
  },
  {
    id: 'd7-a23',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-d7a',
    text: `[[ORGANISATIE|Ziekenhuis Oosterschelde]] - Neurologie / Stroke unit
[[PLAATS|Goes]]

Aan: [[ORGANISATIE|Revalidatiecentrum De Wielewaal]], t.a.v. revalidatiearts drs. [[PERSOON|B. Cijsouw]]
Kopie: huisarts [[PERSOON|R.A. Lindhout]], [[PLAATS|Kruiningen]]

Betreft: [[PERSOON|Al-Hassan, M.]], geb. [[DATUM|14-3-64]]
BSN [[BSN|121 547 280]]
Opname [[DATUM|02-06-25]] t/m [[DATUM|11-06-25]]

Geachte collega,

Hierbij de ontslagbrief van bovengenoemde patient, die wij naar uw centrum overplaatsen voor klinische revalidatie.

Conclusie: herseninfarct li a. cerebri media, cardio-embolisch bij nieuw AF.

Presentatie: acuut ontstane afasie en krachtsverlies re arm/been. Binnen 1,5 uur op SEH, NIHSS 8, GCS E4M6Vafasie. Behandeld met IVT (alteplase), geen IAT-indicatie.

Beloop: NIHSS bij ontslag 4. Restverschijnselen: Broca-afasie (begrip redelijk, spreken moeizaam), parese re arm MRC 3/5, re been 4/5. Slikscreening na dag 3 goed, normale voeding. Loopt kort met vierpoot en begeleiding. Barthel 12/20.

Medicatie: apixaban 5 mg 2dd1 (start dag 4), atorvastatine 40 mg 1dd1, metoprolol 50 mg 1dd1.

Sociaal: gehuwd, echtgenote [[PERSOON|Rania]], 3 kinderen. Gezin woont sinds 2016 in [[PLAATS|Yerseke]], afkomstig uit Syrie. Zoon [[PERSOON|Omar Al-Hassan]] spreekt Nederlands en is contactpersoon, [[TELEFOON|06-82047715]]. Pt. werkte als productiemedewerker bij [[ORGANISATIE|Mosselhandel Van den Dries]]. Arabisch-tolk nodig bij belangrijke gesprekken.

Afspraken: poli neurologie over 6 wk, TIA/CVA-verpleegkundige belt na 2 wk. Rijverbod tot nader order besproken.

Met vriendelijke groet,

[[PERSOON|K.L. Sturm]], neuroloog
i.o.m. arts-assistent [[PERSOON|D. Koene]]`,
  },
  {
    id: 'd7-a24',
    genre: 'mdo',
    setting: 'HA',
    author: 'auteur-d7a',
    knownNames: ['Mw. C. (Cobi) Zandvliet'],
    text: `MDO kwetsbare ouderen - [[ORGANISATIE|Huisartsenpraktijk Het Rapenburg]], [[PLAATS|Voorschoten]]
Datum: [[DATUM|03.03.2026]]

Aanwezig: HA [[PERSOON|E. Kromhout]], POH-O [[PERSOON|Gülsen]], wijkvpk [[PERSOON|Mirthe de Roos]] ([[ORGANISATIE|Wijkzorg Duin & Rijn]]), SO [[PERSOON|P. Lagerwerf]] (consulent), apotheker [[PERSOON|J. Fung]] ([[ORGANISATIE|Apotheek Voorschoten-Noord]])

Pt.: mw. [[PERSOON|Zandvliet]], [[LEEFTIJD|93]], weduwe, woont zelfstandig in seniorenflat [[ORGANISATIE|De Vlietlanden]], 3e etage met lift.

Probleemlijst
1. Vallen: 3x in half jaar, laatste keer [[DATUM|14/2]] met kneuzing li heup. TUG 18 sec. Gebruikt rollator binnen niet.
2. Polyfarmacie: 11 middelen. Medicatiereview apotheker: oxybutynine (anticholinerg) stoppen, omeprazol afbouwen, zolpidem geleidelijk afbouwen.
3. Eenzaamheid: zoon woont in [[PLAATS|Zoetermeer]], komt 1x/mnd. Mw. wil wel naar de koffieochtend van [[ORGANISATIE|Protestantse Gemeente De Ark]], maar durft niet alleen.
4. ACP: wil niet meer naar het ziekenhuis bij ernstige ziekte. NR-verklaring aanwezig d.d. [[DATUM|2021-09-14]].

Afspraken
- medicatiewijzigingen: [[PERSOON|JF]] + [[PERSOON|EK]]
- valanalyse thuis + advies ergo: [[PERSOON|MdR]]
- vrijwilliger voor begeleiding naar koffieochtend: POH-O
- ACP vastleggen in HIS en doorsturen naar HAP: [[PERSOON|EK]]
- volgend MDO over 3 mnd`,
  },
];
