import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h5-b01',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-h5b',
    knownNames: ['Dhr. T.J. (Thijs) Hermsen'],
    text: `Crisisdienst - beoordeling
Datum: [[DATUM|14-02-2024]], 23:40 uur

Aanmelding: via huisartsenpost [[PLAATS|Nijmegen]] (dr. [[PERSOON|Kuijpers]], waarnemend HA). Pt. belde zelf om 22:15 naar de HAP en zei "er een eind aan te willen maken".
Aanwezig: SPV [[PERSOON|M. Wientjes]], psychiater i.o. dr. [[PERSOON|S. Öztürk]], vriendin [[PERSOON|Lotte]] (tel. [[TELEFOON|06-41827365]]).

Voorgeschiedenis: bekend bij [[ORGANISATIE|GGZ Waalzicht]], ambulant bij FACT [[PLAATS|Dukenburg]]. Recidiverende depressieve stoornis, opname 2019 in [[ORGANISATIE|Kliniek Heiakker]] (3 mnd). Geen eerdere pogingen bekend.

Aanleiding: ontslagen bij [[ORGANISATIE|Drukkerij Peters & Zn.]] per [[DATUM|1 februari]], financiele zorgen, relatie met ex moeizaam ivm omgang dochter (7 jr).

Observaties: verzorgd, onrustig, wringt handen. Stemming somber, affect vlak, weinig modulatie. Denken traag, gericht op falen. Geen psychotische kenmerken. Suicidale gedachten met concreet plan: heeft strip oxazepam 10 mg en 2 doosjes paracetamol verzameld. Vanavond ca. 6 eenheden alcohol. Oriëntatie intact.

Risicotaxatie: hoog. Beschermend: dochter, vriendin, ambivalentie ("ik wil het eigenlijk niet").

Beleid:
- vrijwillige opname HIC [[ORGANISATIE|Kliniek Heiakker]], pt. akkoord; vervoer door vriendin
- medicatie thuis ingeleverd bij vriendin
- HA ([[ORGANISATIE|Huisartsenpraktijk Brakkenstein]]) morgen telefonisch informeren
- dochter verblijft bij moeder ([[PERSOON|Eline de Wit]]), melding Veilig Thuis niet geindiceerd
- behandelaar FACT (SPV [[PERSOON|Joris]]) mailt ochtend

Woonadres pt.: [[ADRES|Zwanenveld 81-12]], [[POSTCODE|6538 ST]] [[PLAATS|Nijmegen]].

/[[PERSOON|MWi]] - [[PERSOON|SÖ]]`,
  },
  {
    id: 'h5-b02',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-h5b',
    knownNames: ['Mw. N. (Naima) Bouzian'],
    text: `IHT - crisisnotitie [[DATUM|3 mei]]

10:05 tel. broer [[PERSOON|Yassin]] ([[TELEFOON|06 2837 4410]]): zus slaapt sinds 3 nachten niet, praat over djinns in de muren, heeft buren beschuldigd dat ze haar vergiftigen. Politie gisteravond langs geweest na melding buren, geen aanhouding.

11:30 huisbezoek met [[PERSOON|Jeroen]] (SPV) en dr. [[PERSOON|van Hoof]] (psychiater).
Adres: [[ADRES|Boschdijk 412 A]], [[POSTCODE|5631ar]] [[PLAATS|Eindhoven]] ([[PLAATS|Woensel-Zuid]]).
Obs: mw. ontvangt ons in nachtjapon, woning rommelig, ramen afgeplakt met aluminiumfolie. Spraakdrang, achterdochtig, betrekkingsideeen (buurman, kassiere van de Albert Heijn). Geen suicidale uitingen. Gooide bij binnenkomst een mok richting broer, daarna rustiger. Eet weinig, drinkt alleen flesjes water "die dicht zijn".

Medicatie: Abilify 10 mg sinds ontslag [[DATUM|12/3]]. Volgens [[ORGANISATIE|Apotheek Kruisstraat]] laatste uitgifte [[DATUM|2-4]], dus waarschijnlijk 3 wk gestopt.
Werk: parttime pedagogisch medewerker bij [[ORGANISATIE|Kinderopvang Het Speelkwartier]]; leidinggevende [[PERSOON|Anouk]] belde vanochtend ook, mw. is ziek gemeld.

Conclusie: psychotische decompensatie bij medicatieontrouw. Geen acuut gevaar voor anderen op dit moment, wel risico op escalatie met buren.

Beleid:
1. IHT start vandaag, dagelijks huisbezoek, 2x per dag bellen
2. herstart aripiprazol, broer haalt medicatie op en geeft toe
3. bij weigering of toename agressie: overleg psychiater over crisismaatregel, burgemeester gemeente [[PLAATS|Eindhoven]]
4. HA ([[ORGANISATIE|Gezondheidscentrum Tongelre-Oost]]) geinformeerd
5. volgende huisbezoek morgen 09:00

IHT [[ORGANISATIE|GGZ Kempenhorst]] - [[PERSOON|JvdL]]/[[PERSOON|EvH]]`,
  },
  {
    id: 'h5-b03',
    genre: 'begeleiding',
    setting: 'GGZ',
    author: 'auteur-h5b',
    knownNames: ['Dhr. J.M. (Sjef) Coenen'],
    text: `Begeleidingsverslag wk 9 - woonvorm [[ORGANISATIE|De Maasberm]], [[PLAATS|Blerick]]
di [[DATUM|27 feb]], gesprek met [[PERSOON|Sjef]] en EVV [[PERSOON|Kim Verstappen]]

Doelen begeleidingsplan:
1. zelfstandig boodschappen doen
2. dagbesteding 3x per week volhouden
3. overzicht over geld

Ad 1. Sjef is deze week 2x alleen naar de Jumbo op de Markt geweest, lijstje vooraf samen gemaakt. Ging goed, 1x sigaretten i.p.v. brood gekocht.
Ad 2. Dagbesteding bij [[ORGANISATIE|Houtwerkplaats 't Krulleke]] in [[PLAATS|Tegelen]] op ma/wo/vr. Begeleider daar ([[PERSOON|Harrie]]) is tevreden, hij maakt vogelhuisjes voor de kerstmarkt. Wo [[DATUM|21-2]] niet geweest, "had geen zin", lag tot 13:00 in bed.
Ad 3. Bewind loopt via [[ORGANISATIE|Budgetbeheer Noord-Limburg]], contactpersoon mw. [[PERSOON|Hesen]]. Leefgeld 60 euro per week op vrijdag. Sjef vraagt of hij extra geld kan krijgen voor een nieuwe jas; ik mail mw. [[PERSOON|Hesen]].

Psychisch: stemming stabiel, hoort de stemmen "op de achtergrond, als een radio". Clozapine 300 mg, spiegel [[DATUM|15-02]]: 0,42 mg/l. Rookt ca. 25 sig/dag. Gewicht 104 kg, BMI 33; wil afvallen maar eet 's avonds chips.

Sociaal: zus [[PERSOON|Mia]] wil op zijn verjaardag ([[DATUM|9 maart]]) op bezoek komen met haar man, Sjef vindt dat spannend maar leuk.

Afspraken:
- volgende week samen naar de Kruidvat voor scheerspullen
- zondag nieuwe weekplanning maken
- navragen bij [[ORGANISATIE|Houtwerkplaats 't Krulleke]] of vierde dag mogelijk is

- [[PERSOON|kv]]`,
  },
  {
    id: 'h5-b04',
    genre: 'begeleiding',
    setting: 'VVT',
    author: 'auteur-h5b',
    knownNames: ['Mw. W.H. (Wilhelmina) Geurts-Peeters'],
    text: `Casemanagement dementie - huisbezoek [[DATUM|08.04.2024]]
Aanwezig: mw., dochter [[PERSOON|Marij]] (mantelzorger), casemanager [[PERSOON|Ingrid Schreurs]]

Mw. is [[LEEFTIJD|91]] jr en woont alleen op [[ADRES|Hoogstraat 3a]], [[POSTCODE|6045 KM]] [[PLAATS|Maasniel]]. Thuiszorg van [[ORGANISATIE|Zorgcentra Roerdal]] komt 2x per dag, medicatierol via [[ORGANISATIE|Apotheek Maasniel]].

Observaties: mw. herkende mij, wist niet welke dag het was. Huis netjes, koelkast bevatte bedorven melk en 3 pakken boter. Gewicht volgens weegschaal 3 kg lager dan in januari. MMSE vorig jaar 19/30, nu niet afgenomen (mw. wilde niet). Geen aanwijzingen voor Lewy body (geen hallucinaties, geen parkinsonisme).
Dochter vertelt dat mw. vorige week om 05:00 aangekleed bij de voordeur stond, "naar de mis". Mw. zegt zelf: "mien man kumpt zo thoes". Echtgenoot [[PERSOON|Sjra]] is in 2016 overleden.

Mantelzorg: [[PERSOON|Marij]] komt dagelijks, werkt 24 uur, voelt zich overbelast (EDIZ 7). Zoon [[PERSOON|Ger]] woont in [[PLAATS|Echt]], komt in het weekend.

Dagbesteding: proefdag bij [[ORGANISATIE|Ontmoetingscentrum De Kapelaan]] op do [[DATUM|18 april]], vervoer geregeld via Wmo-loket.

Plan:
- Wlz-aanvraag bij CIZ voorbereiden, dochter akkoord
- HA dr. [[PERSOON|Smeets]] informeren over gewichtsverlies, vraag om lab
- personenalarmering bespreken met thuiszorg
- volgende afspraak [[DATUM|6/5]]

[[PERSOON|I. Schreurs]], casemanager dementie
[[TELEFOON|0475-382914]]`,
  },
  {
    id: 'h5-b05',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h5b',
    text: `[[ORGANISATIE|Ziekenhuis Rijnpoort]]
Afdeling Interne Geneeskunde / Ouderengeneeskunde

Aan: [[PERSOON|A.G. Bosman]], huisarts
[[ORGANISATIE|Huisartsenpraktijk Schuytgraaf]]
[[ADRES|Laan van Schuytgraaf 190]]
[[POSTCODE|6843 ZD]] [[PLAATS|Arnhem]]

[[PLAATS|Arnhem]], [[DATUM|11 januari 2024]]

Betreft: [[PERSOON|Derksen-Lamers, H.]], geb. [[DATUM|17-09-1930]]
[[ADRES|Pastoor van Arsstraat 7]], [[PLAATS|Oosterbeek]]
Patientnr. [[ID|7712094]], BSN [[BSN|3129.66.210]]

Geachte collega,

Uw patiente, een [[LEEFTIJD|93]]-jarige vrouw, was opgenomen van [[DATUM|2 januari]] t/m [[DATUM|11 januari 2024]].

Reden van opname: koorts, verwardheid en val thuis.
Diagnose: urosepsis (E. coli), hyperactief delier, hyponatriemie.

Beloop: bij opname GCS E3M6V4, T 39,1, CRP 212, Na 129. Gestart met ceftriaxon iv, na kweekuitslag omgezet naar ciprofloxacine po (totaal 10 dagen). Delier behandeld met haloperidol 0,5 mg 2dd, afgebouwd en gestopt op dag 6. Natrium herstelde met vochtbeperking tot 134. Katheter verwijderd op dag 5, daarna spontane mictie. Bij ontslag CRP 18, eGFR 38. Barthel 12/20.

Medicatie bij ontslag:
- ciprofloxacine 500 mg 2dd t/m [[DATUM|13-01]]
- paracetamol 1000 mg 3dd
- macrogol 1 sachet 1dd
- gestopt: hydrochloorthiazide (ivm hyponatriemie)

Beleid en afspraken:
- NR-beleid besproken met zoon [[PERSOON|Ruud Derksen]] op [[DATUM|4-1]], vastgelegd
- tijdelijk ELV-verblijf in [[ORGANISATIE|Woonzorgcentrum Klingelbeek]], daarna terug naar huis indien mobiliteit het toelaat
- Na controle over 1 week via huisarts
- geen poliklinische controle

Met vriendelijke groet,

dr. [[PERSOON|L. Vermaas]], internist ouderengeneeskunde, BIG [[ID|39012847501]]
[[PERSOON|F. Al-Khatib]], arts-assistent`,
  },
  {
    id: 'h5-b06',
    genre: 'ontslagbrief',
    setting: 'GGZ',
    author: 'auteur-h5b',
    text: `[[ORGANISATIE|GGZ Mergelland]] - [[ORGANISATIE|Kliniek Caberg]]
Secretariaat: [[TELEFOON|043-3289170]]

Aan: Dhr. [[PERSOON|M.J.H. Ramakers]], huisarts
[[ORGANISATIE|Huisartsenpraktijk Wittevrouwenveld]], [[PLAATS|Maastricht]]

Datum: [[DATUM|1 oktober 2024]]
Betreft: [[PERSOON|Tesfamariam, Y.]], geb. [[DATUM|05-11-1999]]
[[ADRES|Voltastraat 40B]], [[POSTCODE|6224 ep]] [[PLAATS|Maastricht]]

Geachte collega [[PERSOON|Ramakers]],

Bovengenoemde patient was van [[DATUM|19 augustus]] tot [[DATUM|30 september 2024]] opgenomen op onze afdeling Acute Psychiatrie, aanvankelijk met een crisismaatregel, vanaf week 3 vrijwillig.

Diagnose: eerste psychotische episode, DD schizofreniforme stoornis; stoornis in cannabisgebruik.

Beloop: pt. werd door de politie binnengebracht na onrust in de woning. Hij was angstig en achterdochtig, hoorde stemmen die hem opdroegen niet te eten. Gesprekken met telefonische tolk Tigrinya. Start risperidon, opgehoogd tot 4 mg; hierop duidelijke afname van psychotische symptomen. PANSS bij opname 96, bij ontslag 58. Lab bij ontslag: prolactine 48, lever- en nierfunctie normaal, nuchtere glucose 5,2. Gewicht +3 kg. Geen cannabis meer gebruikt tijdens opname (urine neg. vanaf [[DATUM|2 september]]).

Sociaal: woont samen met neef [[PERSOON|Filmon]], volgt een opleiding bij [[ORGANISATIE|MBO Zuiderpoort]] (niveau 2, techniek). School is op de hoogte met toestemming van pt.

Medicatie: risperidon 4 mg 1dd a.n.

Nazorg: FACT [[PLAATS|Maastricht-West]], eerste afspraak [[DATUM|8 okt.]] bij SPV [[PERSOON|Dewi Sastrodikromo]]. Signaleringsplan meegegeven, neef is contactpersoon.

Wij verzoeken u de metabole parameters over 3 maanden te controleren.

Met collegiale groet,

drs. [[PERSOON|E. Cremers]], psychiater
[[PERSOON|K. Lemmens]], verpleegkundig specialist GGZ`,
  },
  {
    id: 'h5-b07',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-h5b',
    text: `Verwijsbrief

Van: [[PERSOON|B. van de Ven]], huisarts
[[ORGANISATIE|Huisartsenpraktijk De Ruwaard]], [[ADRES|Joannes Zwijsenstraat 88]], [[POSTCODE|5342 CE]] [[PLAATS|Oss]]
AGB [[ID|01054321]]

Aan: [[ORGANISATIE|De Meierijhof GGZ]], afdeling volwassenen, t.a.v. intake

[[PLAATS|Oss]], [[DATUM|6 maart 2024]]

Betreft: dhr. [[PERSOON|K. (Kerem) Yılmaz]], geb. [[DATUM|22-6-1987]]
BSN [[BSN|171497685]], tel. [[TELEFOON|06-19283746]]

Geachte collega,

Graag verwijs ik dhr. [[PERSOON|Yılmaz]] voor diagnostiek en behandeling.

Anamnese: dhr. had op [[DATUM|14 november 2023]] een bedrijfsongeval bij [[ORGANISATIE|Vleesverwerking Heuvelmans]], waarbij een collega ernstig gewond raakte. Sindsdien herbelevingen, nachtmerries, schrikreacties en vermijding van de werkplek. Slaapt 3-4 uur per nacht. Prikkelbaar thuis, zijn vrouw [[PERSOON|Büşra]] maakt zich zorgen. Sinds het ongeval in de ziektewet, bedrijfsarts betrokken. Geen suicidale gedachten. Alcohol 2-3 blikjes bier per avond, sinds het ongeval meer.

Scores: PHQ-9 19, PCL-5 52.

Behandeling tot nu: 5 gesprekken bij onze POH-GGZ ([[PERSOON|Saskia]]), psycho-educatie en slaapadviezen, onvoldoende effect. Sertraline 50 mg sinds [[DATUM|10-01]], matig effect, geen bijwerkingen.

VG: appendectomie 2009, verder blanco.

Vraagstelling: graag diagnostiek (PTSS?) en traumagerichte behandeling, bijv. EMDR. Dhr. spreekt goed Nederlands, heeft voorkeur voor een mannelijke behandelaar.

Met vriendelijke groet,

[[PERSOON|Bart van de Ven]]
huisarts`,
  },
  {
    id: 'h5-b08',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h5b',
    knownNames: ['Mw. J. (Jolanda) Kockelkoren'],
    text: `Consult ma [[DATUM|4/3]] - dr. [[PERSOON|F.H. Jongen]]

S: sinds 4 dgn hoesten, groen slijm, koorts tot 38,6. Kortademig bij traplopen. Rookt 15 sig/d. Kleinzoon [[PERSOON|Dylan]] (logeert) ook verkouden. Werkt als schoonmaakster bij [[ORGANISATIE|Schoonmaakbedrijf Van Loo & Zn]], nu ziek gemeld. Geen pijn op de borst, geen hemoptoe.

O: matig ziek, spreekt hele zinnen. T 38,4, RR 132/84, pols 96 reg, sat 94% ka, AF 22. Longen: crepitaties basaal re, verder VAG. CRP 86.

E: pneumonie re onderkwab, CURB-65: 1. Geen indicatie voor verwijzing.

P: amoxicilline 750 mg 3dd, 7 dagen, recept naar [[ORGANISATIE|Apotheek Molenberg]]. Paracetamol zn. Uitleg alarmsymptomen, bij verslechtering 's avonds/weekend huisartsenpost [[PLAATS|Heerlen]]. Telefonische controle over 2 dagen door assistente. Stoppen met roken besproken, wil nu niet. Bij onvoldoende herstel X-thorax in [[ORGANISATIE|Parkstad Medisch Centrum]].

-----
Tel. wo [[DATUM|6/3]] assistente [[PERSOON|Ramona]]: koorts weg, hoest nog, voelt zich beter. Kuur afmaken. - [[PERSOON|rk]]
Paraaf: [[PERSOON|FHJ]]`,
  },
  {
    id: 'h5-b09',
    genre: 'mdo',
    setting: 'GGZ',
    author: 'auteur-h5b',
    knownNames: ['Dhr. R.A.J. (Rudi) van den Heuvel'],
    text: `MDO FACT-team [[PLAATS|Helmond]] - [[DATUM|2024-03-12]]

Aanwezig: [[PERSOON|M. Swinkels]] (psychiater), [[PERSOON|A. Rachidi]] (SPV/casemanager), [[PERSOON|L. Verhoeven]] (psycholoog), [[PERSOON|T. Kusters]] (IPS), [[PERSOON|Henk]] (ervaringsdeskundige); moeder [[PERSOON|Anny van den Heuvel]] telefonisch bij punt 2.

1. Psychiatrisch
Rudi (43), schizofrenie, paranoide type. Depot Xeplion 150 mg/4 wk, laatste [[DATUM|28-2]], volgende [[DATUM|27-3]]. Geen positieve symptomen gemeld, wel vlak en teruggetrokken. Cannabis minder (2 joints/wk). HoNOS 14 (was 19).

2. Wonen en financien
Huurachterstand 3 mnd bij [[ORGANISATIE|Woonbedrijf Peelrand]], ontruimingsdreiging. Bewindvoering aangevraagd bij [[ORGANISATIE|Bewindkantoor Brandevoort]], zitting kantonrechter nog niet gepland. Moeder betaalt voorlopig een deel, wil dat niet langer.

3. Werk
Wil graag werken. IPS: proefplaats bij [[ORGANISATIE|Rijwielhandel Van Bommel]] in [[PLAATS|Mierlo]], 2 ochtenden. Eigenaar is op de hoogte van de diagnose.

4. Somatiek
Metabool syndroom: gewicht 112 kg, nuchtere glucose 7,4, HbA1c 52. Verwijzing naar POH somatiek via HA dr. [[PERSOON|Aarts]]. ECG vorige maand normaal.

5. Risico
Geen agressie afgelopen halfjaar. Melding Veilig Thuis 2021 (ex-partner) afgesloten.

Afspraken:
| actie | wie | wanneer |
| gesprek met woningcorporatie | [[PERSOON|AR]] | voor [[DATUM|20 maart]] |
| lab + leefstijl | [[PERSOON|MS]] | volgende depot |
| start proefplaats | [[PERSOON|TK]] | [[DATUM|1-4]] |

Volgend MDO: [[DATUM|9 april]]
Verslag: [[PERSOON|lv]]`,
  },
  {
    id: 'h5-b10',
    genre: 'email',
    setting: 'ZKH',
    author: 'auteur-h5b',
    text: `Van: [[EMAIL|transfer@ziekenhuisbaronie.nl]]
Aan: [[EMAIL|zorgbemiddeling@thuiszorgmarkdal.nl]]
Verzonden: ma [[DATUM|15 april 2024]] 09:12
Onderwerp: aanvraag thuiszorg dhr. [[PERSOON|Van Dongen]] - ontslag vrijdag

Beste collega's,

Graag vragen wij thuiszorg aan voor onderstaande patient.

Dhr. [[PERSOON|C.J.M. van Dongen]] ([[PERSOON|Cor]]), geb. [[DATUM|3-3-1942]]
[[ADRES|Baronielaan 211 C]], [[POSTCODE|4818 PH]] [[PLAATS|Breda]]
HA: [[ORGANISATIE|Huisartsenpraktijk Heksenwiel]]
Apotheek: [[ORGANISATIE|Apotheek Ginneken]]

Opgenomen [[DATUM|8/4]] op afd. Longziekten (B3) met een COPD-exacerbatie, GOLD III. Behandeld met prednison en antibiotica, nu stabiel. Thuis zuurstof 1 l/min bij inspanning, levering is geregeld.

Zorgvraag:
- hulp bij douchen 3x per week
- steunkousen aan/uit, dagelijks
- controle inhalatietechniek en medicatie (nieuw: Trelegy 1dd)
- observatie benauwdheid, sat meten bij klachten

Mantelzorg: echtgenote (86) is slechtziend en kan beperkt helpen. Dochter [[PERSOON|Petra Mol-van Dongen]] is contactpersoon, [[TELEFOON|06-53920184]].

Ontslag gepland vrijdag [[DATUM|19 april]] rond 14:00. Indicatie valt onder de Zvw. Overdracht volgt via het gebruikelijke kanaal; graag bevestiging of de eerste zorg op vrijdagavond kan starten.

Met vriendelijke groet,

[[PERSOON|Samira Benali]]
Transferverpleegkundige
[[ORGANISATIE|Ziekenhuis Baronie]] | toestel [[ID|5531]] | [[TELEFOON|076-5312000]]`,
  },
  {
    id: 'h5-b11',
    genre: 'overdracht',
    setting: 'ZKH',
    author: 'auteur-h5b',
    knownNames: ['Dhr. G. (Gerrit) Brouwer'],
    text: `[[ORGANISATIE|Kroondomein Ziekenhuis]] - afd. Chirurgie, kamer 412-2
Overdracht avond > nacht [[DATUM|22-10]] (SBAR)

S: dhr. [[PERSOON|Brouwer]], 78 jr, dag 2 na hemicolectomie re ivm coloncarcinoom. Vanavond toenemend onrustig, plukt aan lakens en trekt aan infuus.

B: VG DM2, AF (Xarelto gestaakt pre-op, nu Fraxiparine), lichte cognitieve stoornis. Woont met echtgenote in [[PLAATS|Ugchelen]]. Was tot pensioen brouwer bij een bierbrouwerij, drinkt volgens vrouw 4 glazen wijn per dag -> onttrekking?

A:
- DOS-score 4 om 20:00
- RR 148/82, p 104 irr, T 37,9 °C, sat 93% bij 2 L O2, AF 20
- pijn NRS 5 ondanks paracetamol en oxycodon
- diurese 25 ml/u afgelopen 3 uur, MEWS 3
- wond droog, drain 30 ml sereus

R:
- arts-assistent dr. [[PERSOON|Jansen]] om 21:30 gebeld, komt kijken, lab (Hb, elektrolyten, CRP) aangevraagd
- haloperidol 0,5 mg zo nodig voorgeschreven, nog niet gegeven
- thiamine start morgen
- echtgenote [[PERSOON|Riek]] wil gebeld worden bij verandering, ook 's nachts: [[TELEFOON|055-5213874]]
- vochtbalans strikt, bij diurese <30 ml/u na 23:00 arts opnieuw bellen
- bedhekken na overleg, geen fixatie

[[PERSOON|Anouk]] / [[PERSOON|ADV]]`,
  },
  {
    id: 'h5-b12',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-h5b',
    knownNames: ['Mw. A. (Aaltje) te Winkel-Roerdink'],
    text: `[[ORGANISATIE|Zorggroep Oude IJssel]] - locatie [[ORGANISATIE|Het Veldeke]], afdeling [[ORGANISATIE|De Kastanje]]
Rapportage

vr [[DATUM|12-1]] 07:15 Mw. onrustig geslapen, 2x gebeld voor toilet. Tena verschoond. Huid stuit rood, niet wegdrukbaar -> cat. 1 decubitus, Cavilon aangebracht, wisselligging 3-uurs gestart. - [[PERSOON|Gerda]] (nacht)

vr [[DATUM|12-1]] 10:30 Mw. is vandaag jarig, [[LEEFTIJD|95]] geworden! Zoon [[PERSOON|Henk]] en schoondochter [[PERSOON|Dinie]] op bezoek met krentenwegge. Ds. [[PERSOON|Ter Haar]] van de [[ORGANISATIE|Protestantse Gemeente Gaanderen]] kwam ook even, samen gezongen. Mw. straalde. - [[PERSOON|mh]]

vr [[DATUM|12-1]] 14:00 Fysio [[PERSOON|Bart]]: transfers voortaan met de Sara Stedy, mw. kan niet meer veilig staan. Barthel 6/20. - [[PERSOON|mh]]

vr [[DATUM|12-1]] 16:45 Weinig gedronken vandaag (ca. 600 ml). Drinklijst gestart, mw. houdt van lauwe thee met suiker. T 37,2. - [[PERSOON|mh]]

za [[DATUM|13-1]] 08:00 Mw. verward, noemt verzorgende steeds "[[PERSOON|Mientje]]" (naam van haar overleden zus). Urine ruikt sterk. Urinestick: nitriet +, leuco ++. SO [[PERSOON|Wentink]] gebeld: kweek afnemen, start nitrofurantoine 2dd 100 mg 5 dgn. Zoon telefonisch ingelicht. - [[PERSOON|Fatma]]

za [[DATUM|13-1]] 13:30 Mw. at halve boterham, drinken beter (400 ml tot nu). Rustiger na de middag. Pastoraal medewerker komt maandag. - [[PERSOON|Fatma]]`,
  },
];
