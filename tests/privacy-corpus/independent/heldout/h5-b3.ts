import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h5-b25',
    genre: 'crisis',
    setting: 'ZKH',
    author: 'auteur-h5b',
    knownNames: ['Mw. R. (Romy) Vankan'],
    text: `Consult psychiatrie SEH - [[ORGANISATIE|Sint-Servaas Gasthuis]] ([[ORGANISATIE|SSG]])
[[DATUM|1-1-2024]] 06:40

Reden consult: intoxicatie met ca. 30 tabletten sertraline 50 mg en alcohol, rond 01:30. Gevonden door vriend [[PERSOON|Jordy]], die 112 belde. Per ambulance naar [[ORGANISATIE|SSG]].

Somatisch: ECG QTc 468 ms, Na 136, paracetamol- en salicylaatspiegel negatief, promille 1,1. Internist dr. [[PERSOON|Habets]]: medisch akkoord om 06:00, geen verdere bewaking nodig.

Gesprek: 22 jr, studeert aan [[ORGANISATIE|Hogeschool Maasgouw]] (verpleegkunde, jaar 2), woont op kamers aan de [[ADRES|Tongersestraat 19c]] in [[PLAATS|Maastricht]]. Ouders wonen in [[PLAATS|Gulpen]]. Aanleiding: relatie met Jordy net uit, tentamens in januari, "alles kwam tegelijk". Na vuurwerk en drinken thuis de pillen genomen. Impulsief, geen afscheidsbrief, geen voorbereiding. Nu spijt, schaamt zich.
Eerdere poging 2021 (ook intoxicatie). In behandeling bij [[ORGANISATIE|Psychologenpraktijk Jekerdal]] voor depressieve klachten, via HA. Sertraline sinds een half jaar.

Psychiatrisch onderzoek: helder, georienteerd. Stemming somber, affect adequaat. Geen psychotische kenmerken. Suicidale gedachten op dit moment ontkend, wel passieve doodsgedachten afgelopen weken. C-SSRS: actuele ideatie laag. Beschermend: ouders, studie, wil verder.

Conclusie: impulsieve suicidepoging in context van relatiebreuk en alcohol, bij depressieve stoornis. Actueel risico matig.

Beleid:
- geen opname; mw. gaat met moeder [[PERSOON|Marleen]] mee naar huis in [[PLAATS|Gulpen]] ([[TELEFOON|043-4507782]])
- medicatie in beheer bij moeder, sertraline voortzetten na overleg eigen behandelaar
- crisisplan opgesteld, IHT belt [[DATUM|2 januari]]
- brief naar HA en [[ORGANISATIE|Psychologenpraktijk Jekerdal]]

[[PERSOON|A. de Bruijn-Ossel]], ANIOS psychiatrie / superv. dr. [[PERSOON|Ch. Lenaerts]]`,
  },
  {
    id: 'h5-b26',
    genre: 'begeleiding',
    setting: 'GGZ',
    author: 'auteur-h5b',
    knownNames: ['Dhr. J. (Jayden) Lo-A-Njoe'],
    text: `Voortgangsverslag jongerenbegeleiding - [[ORGANISATIE|Stichting JongBaronie]]
[[DATUM|11-9]] gesprek met Jayden (19) en zijn oma [[PERSOON|Ine]], bij hen thuis in [[PLAATS|Haagse Beemden]]

School: Jayden is gestart met MBO Logistiek niveau 3 aan het [[ORGANISATIE|Logistiek College Moerdijk]]. Eerste 2 weken 4x te laat, 1 dag gemist. Mentor dhr. [[PERSOON|Akkermans]] heeft contact gezocht met oma. Stage vanaf oktober bij [[ORGANISATIE|Distributiecentrum Hazeldonk]], daar heeft hij zin in.

ADHD: sinds kort weer dexamfetamine, voorgeschreven door psychiater dr. [[PERSOON|Nauta]]. Zegt dat hij zich beter kan concentreren, eet minder.

Middelen: blowt "nog maar" 2-3x per week, 's avonds, om te slapen. Oma maakt zich daar zorgen over. Afspraak: gaat bijhouden in app wanneer hij blowt.

Geld: schulden ca. 2100 euro (telefoonabonnement, zorgpremie, boete OV). Nog geen overzicht. Samen met jongerenwerker [[PERSOON|Mo]] van wijkteam [[PLAATS|Haagse Beemden]] wordt een aanmelding gedaan bij schuldhulp van gemeente [[PLAATS|Breda]]. DUO-lening wil hij niet.

Relaties: vader woont in Paramaribo, weinig contact. Moeder ([[PERSOON|Shanti]]) in [[PLAATS|Oosterhout]], ziet hij om het weekend. Oma is zijn vaste steun. Vriendin [[PERSOON|Naomi]].

Doelen komende periode:
1. op tijd op school (wekker + oma belt om 07:15)
2. schuldenoverzicht maken met [[PERSOON|Mo]]
3. minderen met blowen

Volgende afspraak: [[DATUM|25 sept.]], 16:00

[[PERSOON|nk]]`,
  },
  {
    id: 'h5-b27',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h5b',
    text: `[[ORGANISATIE|Ziekenhuis Maas en Peel]] ([[ORGANISATIE|ZMP]])
Afdeling Geriatrie / Traumachirurgie

Aan: de weledelzeergeleerde heer dr. [[PERSOON|H.P.J. Wijnen]], huisarts
[[ORGANISATIE|Huisartsenpraktijk 't Ven]]
[[ADRES|Hogeweg 130]], [[POSTCODE|5911 EG]] [[PLAATS|Venlo]]
Kopie: specialist ouderengeneeskunde, [[ORGANISATIE|Zorgcentrum De Gieterij]], [[PLAATS|Tegelen]]

[[PLAATS|Venlo]], [[DATUM|14 juli 2024]]

Betreft: mw. [[PERSOON|Hanssen-Vullinghs, M.A.C.]], geb. [[DATUM|1 mei 1928]]
Pat.nr. [[ID|0812377]], BSN [[BSN|362 510 064]]

Geachte collega,

Uw patiente, een dame van [[LEEFTIJD|zesennegentig]] jaar, was van [[DATUM|3]] t/m [[DATUM|14 juli 2024]] opgenomen na een val thuis.

Diagnosen:
1. mediale collumfractuur li, Garden IV; kophalsprothese [[DATUM|4-7-2024]]
2. postoperatief delier (DOS max 7)
3. postoperatieve anemie (Hb 6,1), 2 EC gegeven
4. obstipatie

Beloop: ondanks haar leeftijd vlot gemobiliseerd, met rollator en begeleiding 20 m. Delier trad op dag 1 op, behandeld met niet-medicamenteuze maatregelen en kortdurend haloperidol, vanaf dag 5 verdwenen. Hb bij ontslag 6,9. Wond rustig, hechtingen verwijderen dag 14.

Medicatie bij ontslag:
- paracetamol 1 g 3dd
- fraxiparine 2850 IE 1dd t/m [[DATUM|8-8]]
- macrogol 1-2 sachets dd
- ferrofumaraat 200 mg 1dd

Beleid:
- GRZ-opname in [[ORGANISATIE|Zorgcentrum De Gieterij]], volledig belasten
- NR-beleid besproken met mw. en zoon [[PERSOON|Jos Hanssen]] op [[DATUM|5-7]]
- poli orthopedie over 6 weken met X-heup

Met vriendelijke groet,

dr. [[PERSOON|C. Peeters]], klinisch geriater
drs. [[PERSOON|Y. Ait Ouaziz]], arts-assistent chirurgie`,
  },
  {
    id: 'h5-b28',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-h5b',
    text: `Verwijzing geheugenpolikliniek

Van: mw. dr. [[PERSOON|K. Hoeks]], huisarts, [[ORGANISATIE|Huisartsenpraktijk Dommelen]], AGB [[ID|01099127]]
Aan: geheugenpolikliniek [[ORGANISATIE|Kempenland Medisch Centrum]]
Datum: [[DATUM|7 oktober 2024]]

Patient: dhr. [[PERSOON|A.J. (Toon) van Gils]], geb. [[DATUM|19-3-1940]]
[[ADRES|Eindhovenseweg 212 A]], [[POSTCODE|5552AD]] [[PLAATS|Valkenswaard]]
Tel. [[TELEFOON|040 2018437]]
BSN (volgens aanmelding): [[ID|234567890]] - klopt niet, graag navragen bij pt.

Geachte collega,

Graag uw diagnostiek bij dhr. [[PERSOON|van Gils]] i.v.m. geheugenklachten sinds ongeveer een jaar.

Heteroanamnese (echtgenote [[PERSOON|Truus]]): vergeet afspraken, herhaalt vragen, raakte 2x de weg kwijt met de auto in [[PLAATS|Eindhoven]]. Financien worden sinds kort door zijn vrouw gedaan. Geen hallucinaties, geen parkinsonisme. Stemming goed. Was zelfstandig smid, nu nog actief lid van het [[ORGANISATIE|Gilde Sint Joris Borkel en Schaft]], maar vergeet daar het vendelen.

Onderzoek: MMSE 22/30 (oriëntatie en recall), kloktekentest afwijkend. RR 152/88.
Lab: Hb, TSH, B12, foliumzuur, glucose en nierfunctie normaal.

VG: hypertensie, TIA 2018, staaroperatie beiderzijds.
Medicatie: perindopril 4 mg, clopidogrel 75 mg, simvastatine 40 mg.

Vraagstelling: dementie? DD ziekte van Alzheimer, vasculaire dementie. Graag ook advies over rijgeschiktheid (CBR).

Met vriendelijke groet,

[[PERSOON|Karin Hoeks]]`,
  },
  {
    id: 'h5-b29',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h5b',
    knownNames: ['T. (Thijmen) Brinkhuis'],
    text: `vr. [[DATUM|29 nov.]] spreekuur, met moeder ([[PERSOON|Marloes]])

S: 3 dgn koorts tot 39,5, sinds gisteren oorpijn re, huilt veel, drinkt minder dan normaal, plast wel. Gaat naar kinderdagverblijf [[ORGANISATIE|De Uilenbult]], daar heerst van alles. Broertje [[PERSOON|Sem]] ook verkouden. Geen braken, geen diarree. Vaccinaties volgens RVP.

O: alert, niet ziek ogend, goed gehydreerd. T 38,9. KNO: li trommelvlies licht rood, re bomberend rood trommelvlies, geen loopoor. Keel rustig. Longen schoon. Geen nekstijfheid, Kernig en Brudzinski neg. Gewicht 17 kg.

E: OMA re.

P:
- paracetamol zetpil 240 mg max 4dd
- uitleg beloop; bij koorts > 3 dagen na vandaag of verslechtering: amoxicilline 3dd 250 mg, recept klaargezet bij [[ORGANISATIE|Apotheek Drielanden]]
- terugkomen of bellen bij suf, slecht drinken, nekstijfheid
- morgen past oma [[PERSOON|Gerrie]] op, moeder licht haar in

Tel. ass. [[PERSOON|Ilse]] ma [[DATUM|2 dec]]: koorts weg sinds zondag, amoxicilline niet nodig geweest. - [[PERSOON|JvO]]`,
  },
  {
    id: 'h5-b30',
    genre: 'mdo',
    setting: 'GGZ',
    author: 'auteur-h5b',
    knownNames: ['Mw. J.C.M. (Jo) Oomen-van Gastel'],
    text: `MDO ouderenpsychiatrie - team [[ORGANISATIE|De Vliedberg]]
[[DATUM|19 feb. 2024]]

Aanwezig: dr. [[PERSOON|F. Ceulemans]] (ouderenpsychiater), [[PERSOON|N. Koenraadt]] (SPV), [[PERSOON|E. Uyterlinde]] (psycholoog), [[PERSOON|Petra]] (casemanager dementie, [[ORGANISATIE|Zorgstroom Roosendaal]]); HA [[PERSOON|Van Loon]] telefonisch.

Casus: mw. is [[LEEFTIJD|90]] jaar, woont in een aanleunwoning van [[ORGANISATIE|Woonzorgcentrum Vrouwenhof]], [[ADRES|Vincentiusplein 3 app. 14]], [[PLAATS|Roosendaal]]. Bekend met recidiverende depressie (ECT 2015 met goed effect). Sinds december ernstig somber, nihilistische wanen ("mijn darmen zijn weg", passend bij Cotard-syndroom). Eet en drinkt nauwelijks, gewicht -5 kg in 6 weken, nu 48 kg. Nortriptyline 50 mg, spiegel te laag (48 ug/l).

Somatisch (HA): nierfunctie achteruit, eGFR 42, Na 133. Geen delier volgens DOS. MMSE niet betrouwbaar af te nemen.

Systeem: zoon [[PERSOON|Kees]] en schoondochter [[PERSOON|Marja]] komen dagelijks, zijn uitgeput. Kleindochter [[PERSOON|Lieke]] is verpleegkundige en denkt mee.

Wilsbekwaamheid t.a.v. opname: volgens dr. [[PERSOON|Ceulemans]] beperkt, maar mw. stemt in met opname ("als het moet").

Besluit:
1. klinische opname ouderenpsychiatrie, voorkeur [[ORGANISATIE|Kliniek Wouwse Plantage]], zo mogelijk deze week
2. ECT-indicatie; ECT-consult aanvragen
3. tot opname: dagelijks bezoek thuiszorg, vochtlijst, HA controleert lab over 3 dgn
4. zoon informeren over Wvggz-route indien mw. weigert

Actiehouders: [[PERSOON|NK]] (aanmelding kliniek), [[PERSOON|FC]] (ECT-consult)
Notulist: [[PERSOON|NK]]`,
  },
  {
    id: 'h5-b31',
    genre: 'email',
    setting: 'HA',
    author: 'auteur-h5b',
    text: `Van: [[EMAIL|assistente@huisartsentreebeek.nl]]
Aan: [[EMAIL|recepten@apotheekrumpen.nl]]
Verzonden: dinsdag [[DATUM|5 maart 2024]] 11:02
Onderwerp: RE: medicatie mw. [[PERSOON|Ramdin]]

Hoi [[PERSOON|Esther]],

Dank voor je mail. Dr. [[PERSOON|Quaedvlieg]] heeft ernaar gekeken:
- metformine terug naar 500 mg 2dd (eGFR 41)
- lisinopril 10 mg stoppen i.v.m. kalium 5,8
- amlodipine 5 mg 1dd erbij, start morgen
Het nieuwe recept staat klaar. Graag in de baxterrol vanaf volgende week.

Gegevens: mw. [[PERSOON|S. Ramdin-Jagessar]], geb. [[DATUM|12-12-1951]], BSN [[BSN|339251566]].
Mw. spreekt beperkt Nederlands; dochter [[PERSOON|Anita]] regelt de medicatie, [[TELEFOON|06 46 11 89 02]]. Kunnen jullie haar bellen als het klaarligt?

Groetjes,
[[PERSOON|Nicole Hermans]]
doktersassistente, [[ORGANISATIE|Huisartsenpraktijk Treebeek]]
[[ADRES|Akerstraat 90-A]], [[POSTCODE|6445 CM]] [[PLAATS|Brunssum]]
[[TELEFOON|045-5251090]]

-----Oorspronkelijk bericht-----
Op ma [[DATUM|4 mrt. 2024]] om 16:40 schreef [[ORGANISATIE|Apotheek Rumpen]]:

Beste collega's,
Bij de medicatiebewaking zien wij voor mw. [[PERSOON|Ramdin]] een lab-uitslag (K 5,8, eGFR 41) met de combinatie lisinopril en spironolacton. Is aanpassing gewenst? Ook staat metformine nog op 1000 mg 2dd.
Met vriendelijke groet,
[[PERSOON|Esther Crijns]], apothekersassistente`,
  },
  {
    id: 'h5-b32',
    genre: 'email',
    setting: 'GGZ',
    author: 'auteur-h5b',
    text: `Van: [[PERSOON|Sanne Dijkhuizen]] <[[EMAIL|s.dijkhuizen@jeugdggzlingeveld.nl]]>
Aan: [[EMAIL|zorgcoordinator@koetshuiscollege.nl]]
Cc: [[EMAIL|fam.demir.culemborg@gmail.com]]
Datum: [[DATUM|23-10-2024]]
Onderwerp: afspraken toetsweek [[PERSOON|Elif]]

Geachte heer [[PERSOON|Ouali]],

Zoals besproken stuur ik u de afspraken voor [[PERSOON|Elif Demir]] (3 vwo, mentor mw. [[PERSOON|Van Rhenen]]). Haar ouders hebben op [[DATUM|2 oktober]] toestemming gegeven voor dit overleg.

Elif is bij ons in behandeling voor een angststoornis (paniekaanvallen, vooral in volle ruimtes). Ze volgt cognitieve gedragstherapie en maakt goede vorderingen. In de toetsweek van [[DATUM|4 t/m 8 november]] stellen wij voor:
- toetsen maken in een rustige ruimte (bijv. lokaal 2.14) met maximaal 5 leerlingen
- een time-outkaart, zodat ze zonder uitleg 5 min de klas uit kan
- niet meer dan 2 toetsen per dag

Wilt u dit afstemmen met de mentor en de teamleider? De leerplichtambtenaar van gemeente [[PLAATS|Culemborg]] is niet betrokken; het verzuim is de laatste weken minimaal.

Voorstel vervolgoverleg: do [[DATUM|14/11]] om 15:30 op school, met Elif en haar moeder erbij.

Met vriendelijke groet,

[[PERSOON|Sanne Dijkhuizen]]
GZ-psycholoog i.o.
[[ORGANISATIE|Jeugd-GGZ Lingeveld]], locatie [[PLAATS|Culemborg]]
[[ADRES|Weidsteeg 3]], [[POSTCODE|4101 BD]] [[PLAATS|Culemborg]]
[[TELEFOON|0345-521 804]]
[[URL|www.jeugdggzlingeveld.nl]]`,
  },
  {
    id: 'h5-b33',
    genre: 'overdracht',
    setting: 'VVT',
    author: 'auteur-h5b',
    knownNames: ['Dhr. H. (Harie) Franssen'],
    text: `Overdracht wijkverpleging ochtend -> avond, ma [[DATUM|21/10]]
[[ORGANISATIE|Zorgteam Geuldal]] - dhr. [[PERSOON|Franssen]], [[LEEFTIJD|97]]j, [[ADRES|Rijksweg 12 bg]], [[POSTCODE|6271 AE]] [[PLAATS|Gulpen]]

S: dhr. is benauwder sinds gisteravond, slaapt in de stoel, enkels en onderbenen fors oedemateus (+++).

B: decompensatio cordis, AF, nierinsufficientie (eGFR 34). Furosemide 40 mg 1dd, bisoprolol, apixaban. Woont met dochter [[PERSOON|Mariët]] in huis. HA: dr. [[PERSOON|Vanderheijden]], [[ORGANISATIE|Huisartsenpraktijk Wittem]]. Wil niet naar het ziekenhuis (wilsverklaring in map, NR).

A: gewicht 78,4 kg (gisteren 77,1, vorige week 75,8). Sat 91%, AF 24, RR 108/64, p 96 irr. T 36,7. Niet verward. Wond li onderbeen: exsudaat toegenomen, Aquacel Ag vervangen.

R:
- HA gebeld 12:10, furosemide verhoogd naar 80 mg (extra 40 mg om 13:00 gegeven door [[PERSOON|Roos]])
- avond: opnieuw wegen en sat meten, urine-opvang in de po (dochter noteert)
- bij sat < 88% of toename benauwdheid: HA, na 17:00 huisartsenpost [[PLAATS|Heerlen]]
- steunkousen vandaag niet aan ivm pijn, morgen weer proberen
- dochter is moe, vraagt of nachtzorg mogelijk is -> planner [[PERSOON|Wendy]] gemaild

[[PERSOON|Roos]] (ochtend) -> [[PERSOON|Sjoerd]] (avond)
paraaf: [[PERSOON|RvdB]]`,
  },
  {
    id: 'h5-b34',
    genre: 'overdracht',
    setting: 'ZKH',
    author: 'auteur-h5b',
    knownNames: ['Mw. H. (Hatice) Çelik'],
    text: `Overplaatsing IC -> afd. Longgeneeskunde (C4), [[ORGANISATIE|Ziekenhuis De Peelpoort]]
[[DATUM|16-02-2024]] 11:00 - SBAR

S: mw. [[PERSOON|Çelik]], 58 jr, IC-dag 5 ivm respiratoire insufficientie bij influenza A-pneumonie, nu stabiel voor de afdeling.

B: DM2 (insuline), obesitas (BMI 38), OSAS met CPAP thuis, hypertensie. Geintubeerd van [[DATUM|12/2]] tot [[DATUM|14/2]]. Oseltamivir dag 5/5, amoxicilline/clavulaanzuur iv dag 4.

A:
- AF 20, sat 94% bij 3 L neusbril, RR 134/78, p 88, T 37,4
- glucose 8-14 mmol/l, insulineschema zie curve
- perifeer infuus li onderarm (geplaatst [[DATUM|15/2]]), CAD verwijderd vanochtend, nog niet geplast
- Braden 15, huid intact; stuit preventief Mepilex
- pijn: keel, NRS 3
- mobiliseert naar stoel met hulp van 1

R:
- fysiotherapie start vandaag (ademhaling + mobilisatie)
- CPAP 's nachts: eigen apparaat, zoon [[PERSOON|Emre]] brengt het vanmiddag
- druppelisolatie tot en met [[DATUM|18-2]]
- blaasscan als niet geplast om 15:00
- tolk Turks via tolkendienst voor gesprekken met arts; man [[PERSOON|Mehmet]] spreekt goed Nederlands, tel. [[TELEFOON|0492-538170]]
- intensivist dr. [[PERSOON|Van Mierlo]] blijft bereikbaar voor terugval (sein [[ID|2207]])

IC-vpk [[PERSOON|Joost]] -> afd.-vpk [[PERSOON|Kelly]]`,
  },
  {
    id: 'h5-b35',
    genre: 'rapportage',
    setting: 'ZKH',
    author: 'auteur-h5b',
    knownNames: ['Dhr. B.J. (Bennie) Klein Gunnewiek'],
    text: `[[ORGANISATIE|Ziekenhuis Slinge-Berkel]] - afd. Orthopedie, kamer 3
Verpleegkundige rapportage, dag 2 na TKP re

ma [[DATUM|9-9]] 07:30 Nacht rustig, 1x oxycodon 5 mg om 03:00. Pijn NRS 3. Drain 40 ml. Homans neg. Mictie spontaan. - [[PERSOON|Y.B.]]

ma [[DATUM|9-9]] 10:15 Visite dr. [[PERSOON|Te Lintelo]] (orthopeed): wond droog, drain eruit, mag volledig belasten. Fysio [[PERSOON|Marlies]] geweest: 15 m met looprek, flexie 70 gr. - [[PERSOON|hw]]

ma [[DATUM|9-9]] 13:00 Dhr. maakt zich zorgen om de boerderij in [[PLAATS|Meddo]]; zoon [[PERSOON|Gert-Jan]] doet het melken, maar "de jongen kan niet alles alleen". Eet goed, warme maaltijd helemaal op. - [[PERSOON|hw]]

ma [[DATUM|9-9]] 15:40 Echtgenote [[PERSOON|Janna]] belde ([[TELEFOON|0543 - 56 12 07]]), vraagt wanneer hij naar huis mag. Uitgelegd: waarschijnlijk woensdag, na fysio-akkoord. Ze komt vanavond met de buurman, [[PERSOON|Hendrik Wolbrink]]. - [[PERSOON|hw]]

ma [[DATUM|9-9]] 22:00 Klein beetje nabloeding verband, afgetekend, niet doorgelopen. RR 142/80, p 76, T 37,6. - [[PERSOON|sdk]]

di [[DATUM|10-9]] 08:00 Transferpunt: ontslag woensdag [[DATUM|11 september]] naar huis, thuiszorg van [[ORGANISATIE|Thuiszorg De Groene Grens]] voor steunkous en wondcontrole. Trombose-profylaxe Fraxiparine 5 wkn, echtgenote leert injecteren. Geen tekenen van Sudeck. - [[PERSOON|Y.B.]]`,
  },
  {
    id: 'h5-b36',
    genre: 'rapportage',
    setting: 'GGZ',
    author: 'auteur-h5b',
    knownNames: ['Dhr. O. (Omar) Haddad'],
    text: `Rapportage beschermd wonen - woonvorm [[ORGANISATIE|Het Maasveer]], [[PLAATS|Cuijk]] ([[ORGANISATIE|Stichting Boogaard Wonen]])

[[DATUM|02-04]] 08:30 omar niet wakker te krijgen voor zijn werk bij [[ORGANISATIE|Groenvoorziening Land van Cuijk]]. Om 09:15 wel op, heeft zelf de werkbegeleider gebeld. Zegt slecht geslapen, nachtmerries "over het huis in Homs". - [[PERSOON|Sandra]]

[[DATUM|02-04]] 14:00 Prazosine en mirtazapine 's avonds genomen volgens aftekenlijst. Vraagt of hij in de ramadan de medicatie later mag innemen; doorgezet naar SPV. - [[PERSOON|Sandra]]

[[DATUM|3 april]] 19:15 Conflict met medebewoner [[PERSOON|Kevin]] over de keuken (koken na iftar, Kevin wilde toen ook de keuken). Gesprek met beiden, afspraak: Omar kookt vanaf 19:30, Kevin eerder. Omar liep weg, kwam om 21:00 terug, rustig. - [[PERSOON|tvd]]

[[DATUM|04/04/2024]] Afspraak SPV [[PERSOON|Martijn Hoogenboom]] (FACT [[PLAATS|Boxmeer]]) met telefonische tolk Arabisch. Medicatietijden aangepast: alles na zonsondergang. Gesproken over contact met zijn broer in Duitsland, wil hem in de zomer bezoeken. - [[PERSOON|tvd]]

[[DATUM|5-4]] 10:00 Brief van bewindvoerder mr. [[PERSOON|K. Verhoeven]] ([[ORGANISATIE|Bewindvoering Maas & Niers]]): leefgeld omhoog naar 70 euro/week. Omar blij. Gaat vrijdag naar het gebed in moskee [[ORGANISATIE|Ar-Rahma]] met een vriend van zijn taalcursus bij [[ORGANISATIE|Taalhuis De Brug]]. - [[PERSOON|ab]]`,
  },
];
