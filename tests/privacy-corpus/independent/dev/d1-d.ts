import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd1-046',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-d1',
    knownNames: ['Mw. H. (Hodan) Warsame'],
    text: `IHT – eerste huisbezoek na crisisaanmelding, [[DATUM|19-3-2024]] 15:00
Adres: [[ADRES|Gedempte Oude Gracht 71 bis]], [[POSTCODE|2011 gm]] [[PLAATS|Haarlem]]
Aanwezig: [[PERSOON|Hodan]], haar tante mw. [[PERSOON|Faadumo Ali]], baby (5 weken), [[PERSOON|Jurre Stam]] (verpleegkundige IHT) en dr. [[PERSOON|P. Oosterbaan]]

Aanmelding gisteravond via de verloskundige ([[PERSOON|Anke Roos]], [[ORGANISATIE|Verloskundigenpraktijk Spaarnestad]]): jonge moeder slaapt al dagen niet, zegt dat de baby "niet van haar is" en dat iemand het kind wil ruilen.

Bevindingen
Mw. [[PERSOON|Warsame]] (24) is onrustig, kijkt veel om zich heen, fluistert. Ze zegt dat de buren via de radiator luisteren. Voeding van de baby gaat met de fles, tante neemt dit grotendeels over. Er is geen agressie naar het kind gezien. Slaapt hooguit twee uur per nacht. Geen middelen. Somatisch: bevalling ongecompliceerd, geen koorts (36,8).
Echtgenoot werkt in [[PLAATS|Rotterdam]] en komt pas in het weekend.

Conclusie: postpartumpsychose, ernstig. Gevaar voor moeder en kind bij onvoldoende toezicht.

Beleid
- in overleg met mw. en tante vrijwillige opname op de moeder-babyunit van [[ORGANISATIE|GGZ Kennemerduin]], bed beschikbaar vanavond
- tot vervoer blijft tante bij haar, IHT belt om 18:00
- kraamzorg ([[ORGANISATIE|Kraamzorg Het Wiegje]]) en jeugdarts geïnformeerd; melding Veilig Thuis niet nodig, wel overleg volgens meldcode vastgelegd
- telefoon tante: [[TELEFOON|06-41290357]]

[[PERSOON|P. Oosterbaan]], psychiater / [[PERSOON|J. Stam]]`,
  },
  {
    id: 'd1-047',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d1',
    knownNames: ['Dhr. B. (Bertje) Scholte'],
    text: `[[DATUM|2/7]] [[PERSOON|Bertje]] vandaag jarig! Slingers opgehangen, taart van de bakker op de hoek. Zus [[PERSOON|Marja]] en zwager kwamen om 15 uur. [[PERSOON|Bertje]] heeft de hele middag gestraald. /[[PERSOON|nk]]
[[DATUM|3/7]] na de drukte van gisteren moe en stil, wilde niet naar de dagbesteding. Thuis gebleven, 's middags samen wandelen naar het park. /[[PERSOON|nk]]
[[DATUM|4/7]] [[PERSOON|bertje]] had in de nacht een insult (tonisch-klonisch, ca. 2 min), daarna geslapen. Volgens protocol gehandeld, geen midazolam nodig. Arts VG [[PERSOON|Lindeboom]] op de hoogte gebracht per mail. /[[PERSOON|Zeynep]]`,
  },
  {
    id: 'd1-048',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-d1',
    text: `[[ORGANISATIE|Gasthuis Linge en Waal]] – Geriatrie
[[ADRES|Lingedijk 104]], [[POSTCODE|4001 XK]] [[PLAATS|Tiel]]

Aan: [[PERSOON|A.C. Romeijn]], huisarts, [[ORGANISATIE|Huisartsenpraktijk Passewaaij]]
[[DATUM|12 december 2024]]

Ontslagbericht
Patiënt: mw. [[PERSOON|G. van Rossum-Hak]] ([[LEEFTIJD|93]] jr), geb. [[DATUM|08-01-1931]]
[[ADRES|Ganzenwei 19]], [[POSTCODE|4005 VK]] [[PLAATS|Tiel]]
Patiëntnummer: [[ID|6640217]]
Opname: [[DATUM|3-12-2024]] – ontslag: [[DATUM|12-12-2024]]

Reden van opname: delier bij obstipatie en urineretentie.

Voorgeschiedenis: M. Paget (bekken), artrose, hypertensie, macula-degeneratie, slechthorend (hoortoestel links).

Beloop
Bij opname een fors delier met angst en hallucinaties (zag kinderen op de gang). Blaasscan 900 ml, verblijfskatheter ingebracht. Forse obstipatie, behandeld met klysma en daarna Movicolon. Delier herstelde binnen vijf dagen zonder antipsychotica; dochter [[PERSOON|Marga]] en kleindochter [[PERSOON|Femke]] waakten om beurten. Katheter op [[DATUM|10/12]] verwijderd, daarna spontane mictie, residu 80 ml.
Tramadol, dat sinds oktober werd gebruikt voor de Paget-pijn, hebben wij gestaakt als mogelijke uitlokker; paracetamol volstaat voorlopig.

Wilsverklaring: niet reanimeren, bevestigd met patiënte en dochter (NR-verklaring van [[DATUM|3 maart 2022]] aanwezig in dossier).

Medicatie bij ontslag: paracetamol 1 g 3dd, Movicolon 1-2 sachets per dag, amlodipine 5 mg 1dd. Gestaakt: tramadol, oxybutynine.

Thuissituatie: terug naar huis met wijkverpleging van [[ORGANISATIE|Zorgthuis Lingewaard]] (2x per dag) en casemanager dementie.

Met vriendelijke groet,
[[PERSOON|S. Bakhuis]], klinisch geriater
Secretariaat geriatrie: [[TELEFOON|0344 - 674 910]]`,
  },
  {
    id: 'd1-049',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-d1',
    text: `Aan: [[ORGANISATIE|Verslavingszorg De Brug]], intake, [[ADRES|Stationsplein 2]], [[POSTCODE|6811 KL]] [[PLAATS|Arnhem]]
Van: drs. [[PERSOON|J.A.M. Peerdeman]], huisarts, [[ORGANISATIE|Gezondheidscentrum Presikhaaf]], [[PLAATS|Arnhem]]
Datum: [[DATUM|22-01-2025]]

Betreft: dhr. [[PERSOON|Dennis Wolters]], geb. [[DATUM|14 mei 1988]], BSN [[BSN|157248306]]
Tel.: [[TELEFOON|06-58301744]]

Collega,

Dhr. [[PERSOON|Wolters]] meldt zich na een gesprek met onze POH-GGZ ([[PERSOON|Kim Derks]]) en wil hulp bij het stoppen met alcohol. Hij drinkt sinds de scheiding (2022) dagelijks 10-15 eenheden, vooral bier, en 's ochtends een slok "tegen het trillen". Twee weken geleden rijbewijs ingevorderd. GGT 184, MCV 101.
Eerdere pogingen zelf te stoppen gaven onthoudingsverschijnselen (tremor, zweten), geen insulten of delirium tremens.
Somatiek: verder gezond. Geen medicatie.
Sociaal: woont alleen, werkt als magazijnmedewerker, twee kinderen (6 en 9) om het weekend.

Vraagstelling: beoordeling en begeleide detox (poliklinisch of klinisch), aansluitend behandeling.

Met vriendelijke groet,
[[PERSOON|J.A.M. Peerdeman]]`,
  },
  {
    id: 'd1-050',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-d1',
    knownNames: ['Dhr. D. (Dirk-Jan) Visser'],
    text: `[[DATUM|15-08]] C
S: vanochtend scheve mond bij het tandenpoetsen, li oog gaat niet dicht. Geen armzwakte, geen spraakproblemen. Vorige week koortslip.
O: perifere facialisparese li, voorhoofd doet niet mee. Geen andere uitval. Oor li zonder blaasjes. RR 134/82.
E: Bell-parese li (idiopathisch).
P: prednisolon 60 mg 5 dgn, daarna afbouwen. Oogzalf (Duratears) en oog 's nachts afplakken. Uitleg. Ctrl 2 wk, bij uitval elders direct bellen. /[[PERSOON|AMV]]

[[DATUM|29-08]] C
S: mondhoek gaat iets beter, oog sluit bijna. Werkt weer, is visser op een kotter uit [[PLAATS|Urk]], wind prikt in het oog.
O: restparese li, oogsluiting bijna volledig.
E: herstellend.
P: beschermbril tijdens werk, verder beleid continueren. /[[PERSOON|AMV]]`,
  },
  {
    id: 'd1-051',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-d1',
    knownNames: ['Mw. J. (Jopie) van Dijk-Mol'],
    text: `MDO Geriatrische Revalidatie – [[ORGANISATIE|Revalidatiehuis De Loswal]], do [[DATUM|23 mei]]

Cliënt: mw. [[PERSOON|J. van Dijk-Mol]], 84 jr, opgenomen [[DATUM|2 mei]] na THP links
Aanwezig: dr. [[PERSOON|F. IJzerman]] (SO), [[PERSOON|Pauline Mol]] (fysiotherapeut), [[PERSOON|Gijs]] (ergotherapeut), [[PERSOON|Mariëlle van Dam]] (EVV), [[PERSOON|Astrid]] (maatschappelijk werk)

Fysiotherapie ([[PERSOON|PM]])
Loopt 40 m met rollator, trap 6 treden met leuning en begeleiding. Doel: zelfstandig 12 treden (trap naar slaapkamer). Balans onzeker bij draaien. Berg Balance Scale 38.

Ergotherapie ([[PERSOON|Gijs]])
ADL-training: wassen aan de wastafel zelfstandig, aankleden onderlichaam met hulpmiddelen (kousenaantrekker). Huisbezoek gepland op [[DATUM|28/5]] met dochter [[PERSOON|Annet]].

Verpleging ([[PERSOON|MvD]])
Slaapt goed, pijn onder controle met paracetamol. Wond genezen, hechtingen eruit op [[DATUM|16 mei]]. Soms somber, mist haar kat.

Maatschappelijk werk ([[PERSOON|Astrid]])
Man overleed vorig jaar, mw. woont alleen in [[PLAATS|Kampen]]. Dochter woont in [[PLAATS|Dronten]]. Wmo-aanvraag huishoudelijke hulp ingediend. Alarmering via [[ORGANISATIE|Zorgcentrale IJsseldelta]].

Arts ([[PERSOON|IJzerman]])
Medisch stabiel. Hb 7,0. Fragmin tot [[DATUM|13-6]].

Conclusie en beleid
Voorlopige ontslagdatum [[DATUM|6 juni]], afhankelijk van traptraining en huisbezoek. Bij ontslag thuiszorg 1x daags voor de kousen.

Actiepunten: huisbezoek ([[PERSOON|Gijs]]), Wmo volgen ([[PERSOON|Astrid]]), traptraining 2x daags ([[PERSOON|PM]]).`,
  },
  {
    id: 'd1-052',
    genre: 'email',
    setting: 'wijk',
    author: 'auteur-d1',
    text: `Van: [[EMAIL|wijkteam.ijsselstein@zorgaandelek.nl]]
Aan: [[PERSOON|R. Hakkert]], huisarts <[[EMAIL|r.hakkert@hadezuylen.nl]]>
Datum: [[DATUM|11-02-2025]]
Onderwerp: palliatieve zorg dhr. [[PERSOON|Schoonderwoerd]] – pijn en onrust

Beste dokter [[PERSOON|Hakkert]],

Dhr. [[PERSOON|Schoonderwoerd]] ([[ADRES|Montfoortsestraat 19a]]) gaat snel achteruit. Hij eet niet meer, drinkt enkele slokjes. De Durogesic-pleister 25 mcg/u lijkt niet meer voldoende: hij kreunt bij verzorging en heeft vannacht 3x Oxynorm 5 mg gehad. Zijn vrouw [[PERSOON|Riet]] is uitgeput. Kinderen ([[PERSOON|Gert]] en [[PERSOON|Marianne]]) wisselen elkaar nu 's nachts af.

Vragen:
1. Ophogen Durogesic naar 37 mcg/u?
2. Mogen wij een subcutane naald plaatsen voor midazolam bij onrust? Is er al een recept?
3. Wilt u morgen langskomen om met de familie over palliatieve sedatie te praten?

Wij hebben de vrijwilligers van [[ORGANISATIE|VPTZ Lopikerwaard]] ingeschakeld voor twee nachten per week vanaf [[DATUM|14 februari]].

Met vriendelijke groet,
[[PERSOON|Wilma van Rijn]] en [[PERSOON|Tamara Bekkers]]
wijkverpleegkundigen [[ORGANISATIE|Zorg aan de Lek]], team [[PLAATS|IJsselstein]]
Bereikbaar 7.30-22.30 uur: [[TELEFOON|030 - 687 14 40]]`,
  },
  {
    id: 'd1-053',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-d1',
    knownNames: ['Mw. E. (Elisabeth) Zwart-Pronk'],
    text: `PG-afdeling West, rapportage

[[DATUM|28/1]] 07:00 – 15:00
Mw. was bij de ochtendzorg boos, sloeg naar [[PERSOON|Yara]] toen haar nachthemd uit moest. Later opnieuw geprobeerd met muziek (ze houdt van oude smartlappen), toen lukte het. Ontbijt: pap en koffie. Marcoumar volgens kaart. Wit vlekje op de tong, gemeld bij SO. /[[PERSOON|yk]]

[[DATUM|28/1]] 15:00 – 23:00
Rustige middag. Bezoek van haar neef [[PERSOON|Gerard Pronk]] en zijn vrouw. Neef vertelde dat mw. vroeger de beste kok van de straat was. Na het eten (halve portie) moe, om 19.30 uur naar bed. Sensor aan. /[[PERSOON|HdV]]

[[DATUM|29/1]] 23:00 – 07:00
02:15 mw. stond naast het bed, zocht "het station". Meegelopen naar de huiskamer, warme melk, daarna weer geslapen. Geen valincident. /[[PERSOON|tm]]

[[DATUM|29/1]] 07:00 – 15:00
Visite SO dr. [[PERSOON|Kuijpers]]: mondcandida, start miconazol orale gel 4dd. Mw. is nu [[LEEFTIJD|92]]; familie wil het beleid houden zoals afgesproken (geen ziekenhuisopname). Zus van mw. ([[PERSOON|Toos]], [[LEEFTIJD|96]]) belde om te vragen hoe het gaat, doorverbonden naar EVV [[PERSOON|Lotte]] op toestel [[ID|1243]]. /[[PERSOON|yk]]`,
  },
  {
    id: 'd1-054',
    genre: 'overdracht',
    setting: 'VVT',
    author: 'auteur-d1',
    knownNames: ['Dhr. F. (Frans) Akkerman'],
    text: `SBAR overdracht aan ambulance / SEH – [[DATUM|30-10]], 16:20
Van: [[ORGANISATIE|Woonzorgcentrum De Hazelaar]], [[ADRES|Hazelaarstraat 2]], [[PLAATS|Winterswijk]], afd. Oost

S: dhr. [[PERSOON|Akkerman]] (81) is om 15:50 gevallen in de huiskamer, pijn rechter heup, been verkort en naar buiten gedraaid. Kan niet staan.
B: Parkinson, lichte dementie. Antistolling: Sintrom (INR [[DATUM|27/10]]: 2,9). Allergie: geen. Wilsverklaring: geen reanimatie, wel ziekenhuisopname en operatie bij fractuur (afgesproken met SO dr. [[PERSOON|Lamers]] en zoon).
A: Vermoedelijk collumfractuur rechts. Pijn VAS 8, 1 g paracetamol om 16:00. RR 146/84, pols 88. Alert, wel wat verward door de pijn.
R: Graag beoordeling en behandeling SEH. Medicatieoverzicht en NR-verklaring ([[DATUM|11-05-2021]]) gaan mee. Zoon [[PERSOON|Hendrik Akkerman]] komt naar de SEH, [[TELEFOON|06-43920188]].

Overgedragen door [[PERSOON|Ellen ter Haar]], verzorgende IG. Terugbelnummer afdeling: [[TELEFOON|0543-529300]], toestel [[ID|31]].`,
  },
  {
    id: 'd1-055',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-d1',
    knownNames: ['Dhr. S. (Stefan) Hoogenboom'],
    text: `[[DATUM|8/9]] 23:40 wijkagent [[PERSOON|Duijvestein]] belt: dhr. [[PERSOON|Hoogenboom]] staat op het dak van de garage aan de [[ADRES|Beatrixlaan 6]] in [[PLAATS|Dokkum]], roept dat hij kan vliegen. Crisisdienst (dr. [[PERSOON|Algra]] en [[PERSOON|Sjoerd]]) onderweg, ETA 00:15. Broer [[PERSOON|Wiebe]] is ter plaatse. - [[PERSOON|mh]]`,
  },
  {
    id: 'd1-056',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d1',
    knownNames: ['Mw. C. (Chantal) Reijnders'],
    text: `Weekverslag woongroep [[ORGANISATIE|De Duinroos]] – [[PERSOON|Chantal]], week 27

Algemeen
Een drukke week voor [[PERSOON|Chantal]]. Op dinsdag [[DATUM|2 juli]] ging de groep naar het strand in [[PLAATS|Katwijk]]. Ze was eerst bang voor het water, maar liep uiteindelijk hand in hand met [[PERSOON|Priscilla]] tot haar knieën in de zee. Op de terugweg in de bus heeft ze de hele tijd gezongen.
De verbrande schouders zijn ingesmeerd met aftersun; volgende keer beter insmeren (factor 50 zit in haar tas).

Werk
Bij de lunchroom van [[ORGANISATIE|Zorgboerderij 't Hooiland]] heeft ze twee dagen gewerkt. Werkbegeleider [[PERSOON|Geert]] vertelde dat ze het afruimen nu zelfstandig doet.

Gezondheid
Menstruatie pijnlijk, paracetamol gegeven (2x). Gebruikt nog steeds de anticonceptiepil, recept loopt tot [[DATUM|31-8]], herhaling aanvragen bij huisarts [[PERSOON|van Kempen]].

Contacten
Vader ([[PERSOON|Ron Reijnders]]) kwam zaterdag. Moeder belt nu dagelijks, dat is soms te veel voor [[PERSOON|Chantal]]: ze wordt daarna onrustig. Voorstel om belafspraken te maken (ma-wo-vr om 19 uur). Bespreken met moeder, mw. [[PERSOON|Reijnders-Koç]], tel. [[TELEFOON|071-4022871]].

- [[PERSOON|Sanne]] (PB), [[PERSOON|S.L.]]`,
  },
  {
    id: 'd1-057',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-d1',
    text: `Dagbehandeling Oogheelkunde – [[ORGANISATIE|Oogziekenhuis Maasoever]]
[[DATUM|25-04-2024]]

Geachte collega [[PERSOON|Jongejan]],

Vandaag onderging uw patiënt dhr. [[PERSOON|W. Kramer]] (geb. [[DATUM|06-11-1948]]) een ongecompliceerde phaco-emulsificatie met kunstlensimplantatie rechts. Postoperatief: Tobradex oogdruppels 4dd 2 weken, daarna Nevanac 1dd 4 weken. Controle bij ons over 1 week, op [[DATUM|2 mei]].

Met vriendelijke groet,
[[PERSOON|C. van 't Hof]], oogarts`,
  },
  {
    id: 'd1-058',
    genre: 'verwijzing',
    setting: 'wijk',
    author: 'auteur-d1',
    text: `Aanvraag ergotherapie – via wijkverpleging
Aan: [[ORGANISATIE|Ergotherapie Praktijk In Beweging]], [[PLAATS|Veenendaal]], [[EMAIL|aanmelden@ergoinbeweging.nl]]
Van: [[PERSOON|Lies Nieuwenhuis]], wijkverpleegkundige, [[ORGANISATIE|Thuiszorg De Vallei]] – [[TELEFOON|0318-501366]]
Verwijzer (huisarts): [[PERSOON|P.J. van Ommen]], AGB [[ID|01034519]]
Datum: [[DATUM|7 november 2024]]

Cliënt: dhr. [[PERSOON|Abdelkader Mahjoub]], 78 jaar
[[ADRES|Dr. Willem Dreeslaan 31]], [[POSTCODE|3905 ts]] [[PLAATS|Veenendaal]], tel. [[TELEFOON|0318 - 54 72 10]]

Vraag
Dhr. heeft sinds een CVA in 2023 een hemiparese links en woont met zijn vrouw op een bovenwoning. Transfers van bed naar stoel worden moeilijker, mw. [[PERSOON|Mahjoub]] tilt te veel. Douchen gaat alleen nog op een tuinstoel. Graag advies over hulpmiddelen (douchestoel, hoog-laagbed, tillift?) en een aanvraag Wmo voor woningaanpassing.

Bijzonderheden: dhr. spreekt Arabisch en Frans, zoon [[PERSOON|Karim]] tolkt en is bereikbaar op [[TELEFOON|06-45019277]].

Met vriendelijke groet,
[[PERSOON|L. Nieuwenhuis]]`,
  },
  {
    id: 'd1-059',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-d1',
    knownNames: ['Mw. I. (Ingrid) de Bakker'],
    text: `[[DATUM|16/4]] S: ctrl na val, pols li nog pijnlijk. O: zwelling afgenomen, tabatière ndo. E: distorsie pols, herstellend. P: brace afbouwen, fysio z.n. /[[PERSOON|ml]]`,
  },
];
