import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd5-a01',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-d5a',
    knownNames: ['Dhr. R.J. (Rick) Hulsbergen'],
    text: `Crisisdienst [[ORGANISATIE|IJsselborgh GGZ]] - beoordeling i.h.k.v. Wvggz
Datum: [[DATUM|14-02-2025]], 23:40 uur
Cl.nr.: [[ID|2031877]]
Locatie: SEH [[ORGANISATIE|Ziekenhuis Sallandse Poort]] ([[ORGANISATIE|ZSP]]), [[PLAATS|Zwolle]]
Aanwezig: pt., moeder (mw. [[PERSOON|Hulsbergen-Tijhuis]]), 2 agenten, SPV [[PERSOON|Mirjam Oosterveld]], psychiater [[PERSOON|S. Kartosen]]

Aanleiding
Pt. (34 jr) door politie meegenomen na melding buren op de [[ADRES|Thorbeckegracht 61-2]]: schreeuwen, stoelen van balkon gegooid. Bekend bij FACT [[PLAATS|Zwolle-Zuid]] (casemanager [[PERSOON|Jeroen Brinkhuis]]), dx schizofrenie, sinds ca. 6 wk gestopt met Xeplion 150 mg/mnd. Laatste depot volgens [[ORGANISATIE|Apotheek De Vijzel]] op [[DATUM|3 januari]].

Psychiatrisch onderzoek
Helder bewustzijn, georienteerd in persoon, niet in tijd. Motorisch onrustig, loopt heen en weer. Spraak versneld, incoherent. Paranoide wanen: 'de Jumbo stuurt signalen door de muur', buurman [[PERSOON|Gerrit]] zou camera's plaatsen. Imperatieve stemmen (+). Suicidaliteit: ontkent, niet goed uitvraagbaar. Agressie: dreigend naar agent. Geen ziektebesef. Tox: THC pos. EMV 15, RR 148/92, pols 112.

Conclusie / beleid
Ernstig nadeel aanwezig (gevaar voor anderen, maatschappelijke teloorgang). Voldaan aan criteria crisismaatregel. Via piket overleg met burgemeester gemeente [[PLAATS|Zwolle]], CM afgegeven 01:15 op [[DATUM|15/2]]. Opname HIC locatie [[ORGANISATIE|Hoge Dennen]] te [[PLAATS|Dalfsen]], vervoer met BZV.
Moeder ([[TELEFOON|06-41 82 93 07]]) is contactpersoon en geinformeerd, zij licht zus [[PERSOON|Lotte]] in.
PVP en advocaat aangevraagd. Depot herstarten na opname i.o.m. behandelaar.

[[PERSOON|S. Kartosen]], psychiater | verslag [[PERSOON|MO]]`,
  },
  {
    id: 'd5-a02',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d5a',
    knownNames: ['Dhr. D. (Dennis) Schipper'],
    text: `Verslag ambulante begeleiding - woensdag [[DATUM|9 april]]
Begeleider: [[PERSOON|Sanne Hofstra]] (PB'er), [[ORGANISATIE|Stichting Wilgenhoeve]]

Huisbezoek bij [[PERSOON|Dennis]] thuis, [[ADRES|Kempenaar 03-17]], [[POSTCODE|8242 LK]] [[PLAATS|Lelystad]]. Duur 1,5 uur.

Financien
Stapel post doorgenomen. Brief van CAK over eigen bijdrage en aanmaning energieleverancier (achterstand 212 euro). Samen gebeld met bewindvoerder mw. [[PERSOON|Fatma Yildiz]] van [[ORGANISATIE|Bewindvoering De Zandloper]] ([[TELEFOON|0320-24 81 66]]). Zij regelt betalingsregeling. [[PERSOON|Dennis]] krijgt vanaf nu 65 euro leefgeld per week i.p.v. 80, vond hij 'niet eerlijk', uitgelegd waarom.

Werk / dagstructuur
Werkt 3 dagen op [[ORGANISATIE|Werkplaats Het Gareel]] in [[PLAATS|Dronten]] (fietsen repareren). Werkbegeleider [[PERSOON|Harm]] tevreden, wel 2x te laat gekomen omdat bus gemist. Afspraak: wekker op 06:45, PB'er belt di en do om 07:00 als geheugensteun.

Sociaal
Vertelt enthousiast over oom [[PERSOON|Kees]], die is schipper op de binnenvaart en neemt hem in mei mee een weekend op de boot. Contact met moeder wisselend, zij woont in [[PLAATS|Swifterbant]]. Vriendin [[PERSOON|chantal]] komt vaker langs, [[PERSOON|Dennis]] wil graag samenwonen. Besproken dat dit gevolgen heeft voor uitkering en Wajong (UWV).

Huishouden
Keuken schoon, koelkast: 2 pakken melk over datum weggegooid. Boodschappenlijst gemaakt voor de Lidl.

Doelen (zie ondersteuningsplan)
1. Financien stabiel, geen nieuwe achterstanden - loopt
2. Op tijd op werk - aandacht
3. Relatie: gesprek met [[PERSOON|Dennis]] en vriendin samen, plannen

Volgende afspraak: do [[DATUM|17-4]] 10:00 uur.
/[[PERSOON|SH]]`,
  },
  {
    id: 'd5-a03',
    genre: 'ontslagbrief',
    setting: 'VVT',
    author: 'auteur-d5a',
    text: `[[ORGANISATIE|Zorgcentrum Eikenstede]] - afdeling Geriatrische Revalidatie
[[ADRES|Sprengenweg 40]], [[POSTCODE|7314 PG]] [[PLAATS|Apeldoorn]] - T [[TELEFOON|055-5 78 21 00]]

Aan: dhr. [[PERSOON|M.A. Brouwer]], huisarts
[[ORGANISATIE|Huisartsenpraktijk De Maten]]

[[PLAATS|Apeldoorn]], [[DATUM|21 februari 2025]]

Betreft: mw. [[PERSOON|Wijnbergen-Poot, H.]], geb. [[DATUM|02-11-1931]], BSN [[BSN|381055693]]
[[ADRES|Jachtlaan 88 A]], [[POSTCODE|7313CE]] [[PLAATS|Apeldoorn]]

Geachte collega,

Uw [[LEEFTIJD|93]]-jarige patiente verbleef van [[DATUM|6 januari]] tot heden op onze GRZ-afdeling, na verwijzing door de afd. traumatologie van [[ORGANISATIE|Ziekenhuis Veluwepoort]] i.v.m. pertrochantere femurfractuur links (val thuis op [[DATUM|28-12-2024]]), behandeld met gamma-nagel.

Voorgeschiedenis: CVA (2015), DM type 2, atriumfibrilleren, lichte cognitieve stoornis (MMSE 24/30).

Beloop
Voorspoedige revalidatie. Barthel-index bij opname 9/20, bij ontslag 16/20. Loopt binnenshuis zelfstandig met rollator (ca. 50 m), buiten met begeleiding. Tinetti 18/28, valrisico blijft verhoogd. Hb bij opname 6,4, bij ontslag 7,1 mmol/l. Decubitus cat. 1 stuit, behandeld met Mepilex, genezen. Eetlust matig, gewicht 54 kg, dieet verrijkt met Nutridrink 1dd.

Medicatie bij ontslag
- apixaban (Eliquis) 2dd 2,5 mg
- metformine 2dd 500 mg
- paracetamol 3dd 1000 mg
- macrogol (Movicolon) 1dd 1 sachet
- calcium/vit D 1dd

Ontslag naar huis. Thuiszorg door [[ORGANISATIE|Thuiszorg Het Anker]] 3x daags (ADL, medicatie), personenalarmering aangevraagd. Dochter [[PERSOON|Ineke]] ([[TELEFOON|06 - 28 19 44 70]]) is eerste contactpersoon.

Verzoek: controle Hb en nierfunctie over 4 weken.

Met collegiale groet,

drs. [[PERSOON|P.J. Hazelaar]]
specialist ouderengeneeskunde, BIG [[ID|19057823401]]`,
  },
  {
    id: 'd5-a04',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-d5a',
    text: `VERWIJSBRIEF

Aan: [[ORGANISATIE|Psychologenpraktijk De Eemhoeve]], t.a.v. intake
Datum: [[DATUM|2 juni 2025]]

Patient: [[PERSOON|Meryem Aydin]], geb. [[DATUM|17-08-2007]]
Adres: [[ADRES|Kapelweg 31-bis]], [[POSTCODE|3818BN]] [[PLAATS|Amersfoort]]
BSN: [[BSN|283832174]] - tel. [[TELEFOON|0633 471 920]]
Verzekering: Zilveren Kruis

Geachte collega,

Graag verwijs ik bovengenoemde 17-jarige patiente voor diagnostiek en behandeling van vermoedelijk een paniekstoornis.

Anamnese: sinds maart paniekaanvallen, 3-4x per week, hartkloppingen, benauwdheid, angst om dood te gaan. Vermijdt bus en drukke plekken. Fors schoolverzuim (5 vwo, [[ORGANISATIE|Stadscollege Birkhoven]]), mentor dhr. [[PERSOON|Van Kooten]] heeft leerplicht ingeschakeld. Bijbaan bij de Albert Heijn opgezegd. Woont bij moeder, ouders gescheiden, vader woont in Turkije, weinig contact.

Eerder traject: 5 gesprekken bij POH-GGZ [[PERSOON|Elif Demir]] (psycho-educatie, ademhalingsoefeningen), onvoldoende effect.

Vragenlijsten: GAD-7 17, PHQ-9 11.
Geen suicidale gedachten, geen middelengebruik, geen psychotische kenmerken.
Lich. onderzoek en lab zonder afwijkingen (TSH 1,8; Hb 8,1). ECG: sinusritme 78/min.

Medicatie: geen. Allergieen: geen bekend.

Patiente en moeder zijn akkoord met verwijzing. Voorkeur voor gesprekken na 15:00 i.v.m. school.

Met vriendelijke groet,

[[PERSOON|L.C. van Ommeren-Dekker]], huisarts
[[ORGANISATIE|Huisartsenpraktijk Schothorst]]
AGB [[ID|01054381]] - T [[TELEFOON|033-4 55 67 12]]`,
  },
  {
    id: 'd5-a05',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-d5a',
    knownNames: ['Dhr. H. (Huseyin) Celik'],
    text: `Consult vr [[DATUM|7 maart]] - dhr. [[PERSOON|Celik]], zoon [[PERSOON|Emre]] tolkt

S: hoest sinds 3 wk, laatste dagen groen slijm, koorts tot 39 gehad, nachtzweten. Pijn re bij diep zuchten. Niet kortademig in rust. Rookt 20 sig/dg. Werkt als heftruckchauffeur bij [[ORGANISATIE|Transportbedrijf Ter Horst]], nu 4 dgn thuis. VG: M. Bechterew, hypertensie.
Med: amlodipine 5 mg, naproxen zn.

O: matig ziek, T 38,2, RR 135/85, P 96 reg, AF 22, sat 94%. Ausc: crepitaties re basaal, verder VAG. CRP 78.

E: pneumonie re onderkwab, CURB-65 score 1.

P:
- amoxicilline 3dd 500 mg, 7 dgn. Recept naar [[ORGANISATIE|Apotheek Roombeek]]
- naproxen staken zolang ziek, paracetamol max 4dd 1000 mg
- controle ma, eerder bij toename benauwdheid of verwardheid (vrouw [[PERSOON|Ayse]] uitgelegd, zij belt)
- stoppen met roken besproken, wil afspraak bij POH [[PERSOON|Marloes]]
- werk: via bedrijfsarts

/[[PERSOON|TvdB]]

Controle ma [[DATUM|10-3]]: koorts weg, hoest minder. Sat 97%. Kuur afmaken. Thorax-foto over 6 wk ivm roken en leeftijd (56). /[[PERSOON|TvdB]]`,
  },
  {
    id: 'd5-a06',
    genre: 'mdo',
    setting: 'GHZ',
    author: 'auteur-d5a',
    knownNames: ['Dhr. T. (Tjeerd) de Boer'],
    text: `MDO [[DATUM|12-03-2025]] - [[PERSOON|Tjeerd de Boer]] (52 jr)
Woonvorm [[ORGANISATIE|De Kiekendief]], [[ORGANISATIE|De Groene Kreek]], [[PLAATS|Ede]]

Aanwezig: AVG [[PERSOON|M. Ouali]], gedragsdeskundige [[PERSOON|Sietske Bouma]], PB'er [[PERSOON|Ruud Hendriksen]], teamleider [[PERSOON|Hanneke van Zetten]], zus en mentor mw. [[PERSOON|G. Kamstra-de Boer]], fysio [[PERSOON|Bas]] (deels).

1. Cognitie
Syndroom van Down, sinds vorig jaar verdenking dementie (ziekte van Alzheimer). DMR-score opnieuw gestegen. Herkent nieuwe begeleiders niet meer, raakt 's middags in de war. Dagbesteding op [[ORGANISATIE|Zorgboerderij De Hooiberg]] in [[PLAATS|Lunteren]] terug naar 2 dagdelen, rust na de lunch op kamer 7.
Afspraak: AVG vraagt bloedonderzoek (TSH, B12) aan.

2. Eten en drinken
Verslikt zich vaker, logopedie geeft advies: vloeistoffen indikken (Nutilis), rechtop eten, kleine happen. Gewicht 68 kg, BMI 22, stabiel.

3. Nachtrust
Loopt 's nachts rond, 2x gevallen ([[DATUM|22/2]] en [[DATUM|4/3]]). Bewegingsmelder voorgesteld: valt onder Wzd, stappenplan starten. Zus akkoord, Wzd-functionaris [[PERSOON|Gerdien Mollema]] wordt betrokken.

4. Wonen
Groep [[ORGANISATIE|De Kiekendief]] heeft geen wakende nacht. Mw. [[PERSOON|Kamstra]] wil dat [[PERSOON|Tjeerd]] zo lang mogelijk blijft, maar verhuizing naar locatie [[ORGANISATIE|Het Bosrijk]] (wel wakende nacht) wordt verkend. Teamleider zet hem op de interne wachtlijst.

Actiepunten
- lab aanvragen - [[PERSOON|MO]]
- Wzd-stappenplan - [[PERSOON|Ruud]]
- gesprek [[ORGANISATIE|Bosrijk]] - [[PERSOON|HvZ]]
Evaluatie: [[DATUM|4 juni]]

Notulen: [[PERSOON|RH]]`,
  },
  {
    id: 'd5-a07',
    genre: 'email',
    setting: 'GGZ',
    author: 'auteur-d5a',
    text: `Van: [[EMAIL|a.boukhari@lichtbakenggz.nl]]
Aan: [[EMAIL|m.dekker@zevenlinden-wonen.nl]]
Cc: [[EMAIL|info@flevoster-budgetbeheer.nl]]
Datum: [[DATUM|20 maart 2025]] 11:02
Onderwerp: dhr. [[PERSOON|K. Martina]] - overlastdossier

Beste mevrouw [[PERSOON|Dekker]],

Naar aanleiding van ons telefoongesprek van dinsdag [[DATUM|18 maart]] stuur ik u, met toestemming van dhr. [[PERSOON|Kevin Martina]], een korte toelichting.

Dhr. woont aan de [[ADRES|Waterlelieweg 15-C]], [[POSTCODE|1338 hk]] [[PLAATS|Almere Haven]]. Ik begrijp dat er sinds januari drie meldingen van geluidsoverlast zijn geweest en dat uw organisatie een ontbindingsprocedure overweegt.

Dhr. is sinds [[DATUM|3 februari]] weer in behandeling bij ons FACT-team. Hij krijgt zijn medicatie weer (depot, elke 4 weken) en ik zie hem wekelijks thuis. De laatste twee weken zijn er volgens hem en volgens de buurvrouw op nr. 13 geen problemen meer geweest. Ook wijkagent [[PERSOON|Postma]] is op de hoogte.

Mijn voorstel:
- een gesprek bij dhr. thuis met u, mij en zijn bewindvoerder van [[ORGANISATIE|Budgetbeheer Flevoster]] (huurachterstand van 2 maanden);
- afspraken vastleggen in een gedragsovereenkomst;
- evaluatie na 3 maanden.

Schuldhulp loopt inmiddels via de gemeente [[PLAATS|Almere]].

Kunt u laten weten of u hiervoor openstaat? Ik ben bereikbaar op maandag, dinsdag en donderdag.

Met vriendelijke groet,

[[PERSOON|Anouar Boukhari]]
SPV, FACT [[PLAATS|Almere-Buiten]]
[[ORGANISATIE|Stichting Lichtbaken GGZ]]
T [[TELEFOON|036 - 760 44 21]]
[[URL|www.lichtbakenggz.nl]]`,
  },
  {
    id: 'd5-a08',
    genre: 'overdracht',
    setting: 'VVT',
    author: 'auteur-d5a',
    text: `Overdracht avond -> nacht [[DATUM|03/04]]
[[ORGANISATIE|Woonzorgcentrum De Hessenhof]], afd. [[ORGANISATIE|De Ooievaar]] (PG)

k.2 mw. [[PERSOON|Gerritsen]] ([[LEEFTIJD|96]]) - onrustig, roept om haar moeder. 20:00 Temesta 1 mg zn gegeven, effect matig. Sensormat staat aan, valrisico!
k.4 dhr. [[PERSOON|Lammers]] - CAD gespoeld, urine helder. Decubitus hiel re, Aquacel, niet aankomen. Wisselligging 3-uurs, schema op kamer. Wil zondag naar de kerk, de koster haalt hem om 9:30 op.
k.5 mw. [[PERSOON|Nijhof]] (wil [[PERSOON|Dorie]] genoemd worden) - palliatief, morfinepomp 10 mg/24u, bolus 2,5 mg max 1x/uur, 21:15 bolus gehad. NR-beleid sinds [[DATUM|28-3]], staat in map. Zoon [[PERSOON|Henk]] slaapt op kamer. Bij overlijden SO [[PERSOON|Okafor]] bellen via ANW.
k.9 dhr. [[PERSOON|van der kolk]] - 21:00 temp 38,6. Paracetamol 1000 mg gegeven. Urinestick nitriet pos. Dienstdoende arts gebeld ([[TELEFOON|0575-58 24 10]]), morgen kweek. Bij temp boven 39 of suf opnieuw bellen.
k.11 mw. [[PERSOON|Kahraman]] - vanmiddag nieuw vanuit [[ORGANISATIE|IJsseloever Ziekenhuis]]. Medicatie van [[ORGANISATIE|Apotheek Het Spijker]] nog niet geleverd; avondmedicatie uit noodvoorraad gegeven (staat op aftekenlijst). Dochter [[PERSOON|Songul]] belt morgen.

Algemeen: accu tillift staat aan lader (k.4). Sleutel medicijnkar bij [[PERSOON|Joyce]].
Nacht: [[PERSOON|Joyce]], [[PERSOON|Wim]] oproepbaar.

overdracht [[PERSOON|Marieke]] / [[PERSOON|MvE]]`,
  },
  {
    id: 'd5-a09',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-d5a',
    knownNames: ['Mw. W. (Willemien) Mulder-Brinkman'],
    text: `[[ORGANISATIE|Zorgcentrum Bovenhaven]], [[PLAATS|Kampen]] - afd. [[ORGANISATIE|Het Kompas]], kamer 14

ma [[DATUM|10-02]] 07:50 - Mw. goed geslapen volgens nacht. Gewassen aan wastafel, deed zelf gezicht en armen. Ontbijt 1 snee + pap, drinken 200 ml. /[[PERSOON|AK]]

ma [[DATUM|10-02]] 14:20 - Mw. vraagt steeds naar [[PERSOON|Jan]] (overleden echtgenoot). Afgeleid met fotoboek, ging beter. Mw. vertelt over de boerderij in [[PLAATS|IJsselmuiden]]. - [[PERSOON|fz]]

di [[DATUM|11-02]] 10:05 - Gewogen: 49,2 kg (vorige maand 50,8). BMI 19. SNAQ-score 3, dietist ingeschakeld. Nutridrink 2dd gestart i.o.m. SO. /[[PERSOON|JvdW]]

di [[DATUM|11-02]] 21:30 - Onrustig in avond, wilde naar huis 'de koeien melken'. Meegelopen door de gang, thee gedronken, om 22:15 in bed. Geen zn-medicatie nodig. - [[PERSOON|Rianne]]

wo [[DATUM|12 februari]] - Mw. is vandaag [[LEEFTIJD|95]] geworden! Kamer versierd, dochter mw. [[PERSOON|Brinkman]] en kleinzoon [[PERSOON|Bram]] op bezoek, taart gehaald bij de bakker op de Oudestraat. Mw. genoot zichtbaar, zong mee. Dominee van [[ORGANISATIE|De Lichtboog]] kwam felicteren. Erg moe na 16:00, op bed gerust. /[[PERSOON|AK]]

do [[DATUM|13-2]] 08:10 - Decubitus? Roodheid li hiel, wegdrukbaar. Hielen vrijgelegd, Braden 14. Evaluatie vrijdag. - [[PERSOON|Mehmet]]

do [[DATUM|13-2]] 15:40 - Telefoon dochter ([[TELEFOON|038-3 33 12 09]]): vraagt of mw. mee kan naar kerkdienst zondag. Besproken met EVV [[PERSOON|Froukje]], rolstoel reserveren. /[[PERSOON|JvdW]]`,
  },
  {
    id: 'd5-a10',
    genre: 'crisis',
    setting: 'HA',
    author: 'auteur-d5a',
    knownNames: ['Mw. R. (Rekha) Ramdin-Jagroep'],
    text: `Visite [[ORGANISATIE|HAP Stichtse Zoom]] - zo [[DATUM|6 april 2025]] 02:10
Adres: [[ADRES|Eiteren 22 a]], [[POSTCODE|3401 TM]] [[PLAATS|IJsselstein]]
Eigen HA: [[ORGANISATIE|Gezondheidscentrum Zenderpark]]

S: echtgenoot [[PERSOON|Ravi]] belde 01:35: vrouw zit op de badkamer met een mes en zegt 'er een eind aan te maken'. Sinds ontslag bij [[ORGANISATIE|Drukkerij Van Wijngaarden]] (jan.) somber, slaapt slecht, drinkt 's avonds wijn. Bekend met depressie 2019, toen sertraline. Nu oxazepam 10 mg zn (van eigen HA), voorraad ca. 30 tabl.

O: mw. (41 jr) zit op bed, huilt. Alert, georienteerd. Vlak affect, spreekt over uitzichtloosheid, concreet plan (pillen + alcohol), afscheidsbrief geschreven aan kinderen. Geen aanwijzingen psychose. Alcoholgeur. Oppervlakkige krassen onderarm li, ca. 4 cm, steri-strips. RR 128/80, pols 88.

E: acute suicidaliteit bij ernstige depressieve episode.

P:
- crisisdienst gebeld, SPV [[PERSOON|Van Hattem]] komt 03:30 ter plaatse beoordelen
- messen en oxazepam door echtgenoot weggelegd, ik neem voorraad mee ter vernietiging
- blijf tot crisisdienst er is
- kinderen (8 en 11) slapen bij zus [[PERSOON|Anita Jagroep]] in [[PLAATS|Nieuwegein]]; melding Veilig Thuis niet nodig, kinderen veilig
- bericht naar eigen HA

Aanvulling 04:20: crisisdienst: vrijwillige opname [[ORGANISATIE|Psychiatrisch Centrum Zonnegloren]], echtgenoot brengt haar. Contact [[PERSOON|Ravi]]: [[TELEFOON|06 19 30 58 44]].

[[PERSOON|J. Kortekaas]], waarnemend huisarts / triage [[PERSOON|pvd]]`,
  },
  {
    id: 'd5-a11',
    genre: 'begeleiding',
    setting: 'GGZ',
    author: 'auteur-d5a',
    knownNames: ['Dhr. B.A. (Bilal) Amrani'],
    text: `Begeleidingsgesprek BW - [[DATUM|27 februari]]
Locatie [[ORGANISATIE|Het Zwanenhof]], [[PLAATS|Overvecht]]

Aanwezig: [[PERSOON|Bilal]], woonbegeleider [[PERSOON|Noor van Lier]]

Hoe gaat het
[[PERSOON|Bilal]] geeft zichzelf een 6. Slaapt beter sinds hij 's avonds geen energiedrank meer neemt. Gebruikt nog 1-2 joints in het weekend, 'minder dan vorige maand'. Stemmen zijn er soms nog, maar hij kan ze 'wegzetten'.

Dagbesteding
Sinds [[DATUM|3 februari]] 3 ochtenden bij [[ORGANISATIE|Fietsenwerkplaats De Ketting]]. Gaat trouw, werkmeester [[PERSOON|Frank]] wil hem meer verantwoordelijkheid geven (kassa). [[PERSOON|Bilal]] wil na de zomer starten met mbo-2 bij [[ORGANISATIE|Vakschool Vechtkade]], intakegesprek staat op [[DATUM|14/4]].

Medicatie
Clozapine (Leponex) 350 mg. Bloedcontrole vorige week: neutrofielen 3,4, spiegel binnen range. Kwijlt 's nachts, bespreken met psychiater [[PERSOON|Van den Heuvel]]. Extra kussenslopen gekocht bij de HEMA.

Familie
Moeder belt elke dag. Broer [[PERSOON|Yassin]] komt in de ramadan elke avond eten halen en brengt iftar mee naar de groep, groep vindt dat gezellig. [[PERSOON|Bilal]] wil het suikerfeest bij familie in [[PLAATS|Kanaleneiland]] vieren, overnachting akkoord.

Financien
Bewindvoering loopt, leefgeld op dinsdag. Geen nieuwe schulden.

Afspraken
- [[PERSOON|Bilal]] houdt zelf dagboek bij van gebruik
- [[PERSOON|Noor]] mailt verslag aan casemanager
- volgende gesprek over 2 weken

/[[PERSOON|NvL]]`,
  },
  {
    id: 'd5-a12',
    genre: 'ontslagbrief',
    setting: 'GGZ',
    author: 'auteur-d5a',
    text: `[[ORGANISATIE|GGZ De Waalbocht]] - kliniek [[ORGANISATIE|Het Baken]]
[[ADRES|Groesbeekseweg 327]], [[POSTCODE|6523 NT]] [[PLAATS|Nijmegen]]

Aan: huisarts [[PERSOON|R. Derksen]], [[ORGANISATIE|Huisartsenpraktijk Dukenburg]]
Datum: [[DATUM|11 maart 2025]]

Betreft: dhr. [[PERSOON|Yonas Tesfamariam]], geb. [[DATUM|01-01-1996]]
[[ADRES|Meijhorst 70-12]], [[POSTCODE|6537 kv]] [[PLAATS|Nijmegen]] - patientnr. [[ID|40028817]]

Geachte collega,

Hierbij bericht over uw patient, die van [[DATUM|27-01-2025]] tot [[DATUM|10-03-2025]] vrijwillig was opgenomen op onze kliniek.

Reden van opname: toenemende angst, nachtmerries en achtervolgingsideeen, verwaarlozing, niet meer naar inburgeringscursus.

Diagnose (DSM-5): posttraumatische stressstoornis met psychotische kenmerken; cannabisgebruik, in remissie.

Beloop: gesprekken met telefonische tolk Tigrinya. Stabilisatie, daarna gestart met EMDR (6 sessies), goed verdragen. Achterdocht nam af na start quetiapine. Gewichtstoename 6 kg, BMI 27, nuchter glucose 5,9. Geen cannabis gebruikt tijdens opname (urine neg.).

Medicatie bij ontslag:
- quetiapine (Seroquel) 300 mg a.n.
- sertraline 100 mg 1dd
- melatonine 3 mg zn

Nazorg: FACT [[PLAATS|Nijmegen-Zuid]], casemanager [[PERSOON|Femke Arts]], eerste huisbezoek [[DATUM|13 maart]]. Inburgering via gemeente [[PLAATS|Nijmegen]]; neef [[PERSOON|Daniel Habte]] ([[TELEFOON|06-53 07 21 98]]) is contactpersoon.

Verzoek aan u: metabole controle (gewicht, lipiden, glucose) over 3 maanden, of in overleg met onze arts.

Met vriendelijke groet,

[[PERSOON|A.M. Verhoeven]], psychiater
[[PERSOON|K. Lindeboom]], arts-assistent`,
  },
];
