import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd6-a01',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-d6a',
    knownNames: ['Dhr. R. (Remco) Hoekstra'],
    text: `Crisisdienst [[ORGANISATIE|GGZ Hunzeland]] – beoordeling thuis
za [[DATUM|14-09-2024]], aanmelding 23:10, ter plaatse 23:55

Aanmelder: HAP [[PLAATS|Groningen]], dienstdoend HA [[PERSOON|Wubbolts]]. Pt. belde zelf de HAP en zei er "klaar mee te zijn".

Gegevens: pt. 34 jr, woont alleen, [[ADRES|Kastanjelaan 87-b]], [[POSTCODE|9736 RH]] [[PLAATS|Beijum]]. Bekend bij FACT [[PLAATS|Lewenborg]] (SPV [[PERSOON|Nienke Dijkhuis]]), dx recidiverende depressie, alcoholmisbruik. Zus [[PERSOON|Marjan]] ([[TELEFOON|06-41887203]]) aanwezig bij gesprek.

S: sinds ontslag bij [[ORGANISATIE|Transportbedrijf Ubbens]] (eind vd zomer) somber, slaapt slecht, drinkt 10-12 ep/dag. Vanavond 30 tabl. oxazepam 10 mg klaargelgd, niet ingenomen. Zegt: "als [[PERSOON|Marjan]] niet was gekomen had ik het gedaan".
O: verzorgd, foetor alcoholicus, geen intox-beeld. Stemming somber, affect vlak. Concrete suicidale gedachten met plan, kan er wisselend afstand van nemen. Geen psychotische kenmerken, geen agressie.
A: acuut verhoogd suicide-risico bij depressieve episode + alcoholmisbruik. Beschermend: zus, hond, geen eerdere pogingen.
P:
- oxazepam meegegeven aan zus
- pt. gaat vannacht mee naar zus in [[PLAATS|Ten Boer]], afspraak daar te blijven
- IHT belt morgen 11:00, huisbezoek ma [[DATUM|16/9]]
- overdracht aan SPV [[PERSOON|Dijkhuis]] via ECD + mail
- signaleringsplan besproken, crisiskaart bijgewerkt
- geen grond voor Wvggz-traject op dit moment

Beoordeeld door [[PERSOON|L. Bosscher]], psychiater i.o., en [[PERSOON|T. Mulder-Ellens]], SPV crisisdienst
/[[PERSOON|LB]] /[[PERSOON|TME]]`,
  },
  {
    id: 'd6-a02',
    genre: 'begeleiding',
    setting: 'GGZ',
    author: 'auteur-d6a',
    knownNames: ['Mw. S. (Sytske) Wijbenga'],
    text: `Begeleidingscontact [[DATUM|03-10-2024]] – huisbezoek
Begeleider: [[PERSOON|Jelmer Sijtsma]] (PB'er ambulant)

[[PERSOON|Sytske]] thuis getroffen, [[ADRES|Tjerk Hiddesstraat 14-1]], [[PLAATS|Leeuwarden]]. Rommelig, afwas van dagen. Ze zegt dat ze "het overzicht kwijt is" sinds de brief van [[ORGANISATIE|Woonbedrijf Elfsteden]] over huurachterstand (3 mnd).

Besproken:
1. Financiën: bewindvoering loopt via [[ORGANISATIE|Bewindvoering De Kompasroas]], contactpersoon mw. [[PERSOON|Haddad]]. Afspraak gemaakt voor [[DATUM|10 okt.]] om 14:00, gaan samen naar kantoor. Leefgeld komt op dinsdag, wordt nu vaak meteen bij de Action en Kruidvat uitgegeven ("even gezellig winkelen").
2. Werk: 2 dagdelen bij [[ORGANISATIE|Werkplaats De Skroeven]] (fietsen repareren). Werkbegeleider [[PERSOON|Hylke]] belde, ze was vorige week 2x niet. [[PERSOON|Sytske]]: "ik kwam mijn bed niet uit".
3. Medicatie: lithium 400 mg 2dd, spiegel [[DATUM|12-9]] 0,7 mmol/l. Zegt trouw in te nemen, baxterrol van [[ORGANISATIE|Apotheek Bilgaard]] klopt met de dagen.
4. Sociaal: dochter [[PERSOON|Femke]] (16) woont bij vader in [[PLAATS|Stiens]], contact via app, komt zaterdag.

Indruk: geen manisch beeld, wel lichte terugval in energie en structuur. Signaleringsplan: fase geel.

Afspraken:
- dagschema op koelkast, samen gemaakt
- ik bel [[PERSOON|Hylke]] i.o.m. cl.
- volgend HB [[DATUM|8/10]]
- SPV [[PERSOON|de Boer]] ([[ORGANISATIE|GGZ Mieden]]) op de hoogte via ECD

[[PERSOON|JS]]`,
  },
  {
    id: 'd6-a03',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-d6a',
    text: `[[ORGANISATIE|Ziekenhuis De Zaanoever]]
Klinische Geriatrie
[[ADRES|Guisweg 40]], [[POSTCODE|1507 EC]] [[PLAATS|Zaandam]]

Aan: [[ORGANISATIE|Huisartsenpraktijk Rooswijk]], t.a.v. [[PERSOON|J.W. Smit]], huisarts

[[PLAATS|Zaandam]], [[DATUM|22 november 2024]]

Betreft: mw. [[PERSOON|Kartosen-Pinas, W.E.]], geb. [[DATUM|03-02-1933]]
[[ADRES|Pelikaanweg 19]], [[POSTCODE|1503GT]] [[PLAATS|Koog aan de Zaan]]
BSN [[BSN|390 996 038]] – patientnr. [[ID|7740129]]

Geachte collega [[PERSOON|Smit]],

Wij zagen uw patiënte, een [[LEEFTIJD|91]]-jarige vrouw, opgenomen van [[DATUM|14-11]] t/m [[DATUM|22-11-2024]] ivm een delier bij urineweginfectie.

Voorgeschiedenis: DM2, hypertensie, M. Parkinson (2019), heupfractuur li (2021).

Beloop: bij opname onrustig, gedesorienteerd in tijd en plaats, 4AT 8. Urinekweek E. coli, gestart met nitrofurantoine, na kweekuitslag omgezet naar cefuroxim. Delier in 4 dagen hersteld; haloperidol afgebouwd en gestaakt [[DATUM|18/11]]. Kreatinine 98 -> 81. Fysiotherapie: mobiliseert met rollator, Barthel 14/20.

Medicatie bij ontslag: Madopar 125 mg 4dd, metformine 500 mg 2dd, amlodipine 5 mg 1dd, Movicolon 1dd zn.
Gestaakt: temazepam (delirogeen).

Beleid: terug naar huis met uitbreiding thuiszorg via [[ORGANISATIE|Thuiszorg Saense Kring]] (3x/dag). Dochter [[PERSOON|Ilse Kartosen]] is contactpersoon, [[TELEFOON|075-6172284]]. Verzoek aan u: nierfunctie over 2 weken; zn Wlz-aanvraag bij CIZ bespreken ivm toenemende zorgvraag. NR-beleid besproken en vastgelegd op [[DATUM|15-11-2024]].

Met collegiale groet,

drs. [[PERSOON|A. Öztürk]], klinisch geriater
[[PERSOON|M. Verweij]], arts-assistent
tel. poli geriatrie [[TELEFOON|075-6509911]], toestel [[ID|2231]]`,
  },
  {
    id: 'd6-a04',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-d6a',
    text: `Verwijsbrief (Zorgdomein)

Van: [[ORGANISATIE|Huisartsenpraktijk Het Keern]], [[ADRES|Gouw 77-A]], [[POSTCODE|1621 KV]] [[PLAATS|Hoorn]], AGB [[ID|01053882]]
Aan: [[ORGANISATIE|GGZ Westfriese Kust]], aanmeldpunt volwassenen
Datum: [[DATUM|2 april 2024]]

Betreft: dhr. [[PERSOON|Mehmet Ali Yıldırım]], geb. [[DATUM|11-08-1979]], [[ADRES|Dorpsstraat 41]], [[POSTCODE|1688 CA]] [[PLAATS|Nibbixwoud]]
BSN [[BSN|948219932]], tel. [[TELEFOON|06 22 91 40 57]]

Geachte collega,

Graag verwijs ik bovengenoemde pt. voor diagnostiek en behandeling ivm angst- en paniekklachten.

Vraagstelling: diagnostiek (paniekstoornis? PTSS?) en behandeladvies.

Anamnese: 44-jarige man, getrouwd, 3 kinderen, heftruckchauffeur bij [[ORGANISATIE|Bloembollenbedrijf P. Kaagman & Zn.]] Sinds begin dit jaar aanvallen van hartkloppingen, benauwdheid en doodsangst, 3-4x/wk. Twee keer SEH [[ORGANISATIE|Ziekenhuis Hoornse Kogge]]: cardiale oorzaak uitgesloten (ECG, trop. nl). Sinds bedrijfsongeval vorig jaar (collega bekneld geraakt) herbelevingen, vermijdt de loods waar het gebeurde. Slaapt ca. 4 uur/nacht. Geen suicidale gedachten. Alcohol 0, geen drugs.

Eerder: POH-GGZ [[PERSOON|Saskia Wijnker]], 5 consulten, psycho-educatie en ademhalingsoefeningen, onvoldoende effect. 4DKL distress 24, angst 9.
Medicatie: sinds [[DATUM|4-3]] sertraline 50 mg, matig verdragen (misselijk).
Werk: bedrijfsarts betrokken, 50% ziekgemeld.

Pt. heeft voorkeur voor behandeling in [[PLAATS|Hoorn]]. Spreekt goed Nederlands; echtgenote [[PERSOON|Elif]] wil graag mee bij de intake.

Met vriendelijke groet,

[[PERSOON|E.C. Hauwert-Blom]], huisarts
[[ORGANISATIE|Huisartsenpraktijk Het Keern]]
tel. [[TELEFOON|0229-218460]]`,
  },
  {
    id: 'd6-a05',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-d6a',
    knownNames: ['Mw. T. (Tjitske) de Vries-Hiemstra'],
    text: `[[DATUM|07-01-2025]] – consult 10 min – [[PERSOON|HvdM]]
S: Mw. al 5 dgn hoesten, groen slijm, koorts tot 38,6. Kortademig bij traplopen. Geen pijn op de borst. Rookt 10 sig/dag. Bekend COPD GOLD 2, gebr. Spiriva Respimat en Ventolin zn. Partner [[PERSOON|Durk]] had vorige week ook griep.
O: Matig ziek, spreekt in hele zinnen. T 38,2. RR 138/84, pols 96 reg, AF 22, sat 93% (eigen norm 95). Ausc: li basaal crepitaties, verlengd exspirium, diffuus piepen. CRP 78.
E: AECOPD, ev. pneumonie li basaal.
P: prednisolon 40 mg 5 dgn, amoxicilline 500 mg 3dd 7 dgn. Uitleg alarmsymptomen. Controle over 2 dagen bij POH [[PERSOON|Anneke]] (do [[DATUM|9/1]]). Bij sat < 90 of verslechtering HAP [[PLAATS|Drachten]] bellen. Stoppen met roken opnieuw besproken, wil er "na de griep" over nadenken.

[[DATUM|09-01-2025]] – controle POH – [[PERSOON|AKw]]
S: voelt zich beter, minder benauwd, hoest nog. Koorts weg sinds gisteren. Gebruikt pred en AB volgens voorschrift.
O: sat 95%, AF 18, T 37,1. Ausc: nog enkele crepitaties li basaal, minder piepen.
E: herstellende AECOPD.
P: kuren afmaken. Longaanval-actieplan meegegeven en uitgelegd. Over 6 wk COPD-controle, dan ook inhalatietechniek checken. Herhaalrecepten naar [[ORGANISATIE|Apotheek De Drait]].`,
  },
  {
    id: 'd6-a06',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-d6a',
    knownNames: ['Dhr. J. (Jan) Sjoerdsma'],
    text: `MDO-verslag – [[ORGANISATIE|Zorggroep Snitser Mar]], locatie [[ORGANISATIE|It Heechhôf]], [[PLAATS|Sneek]], afd. PG-2
Datum MDO: [[DATUM|19 februari 2025]]
Aanwezig: dr. [[PERSOON|K. Nauta]] (SO), [[PERSOON|Ymkje Bosma]] (EVV), [[PERSOON|R. Kowalczyk]] (fysio), [[PERSOON|M. Terpstra]] (psycholoog), zoon [[PERSOON|Gerrit Sjoerdsma]] (1e cp), dochter [[PERSOON|Aaltsje]] telefonisch.

Client: dhr. [[PERSOON|Sjoerdsma]], [[LEEFTIJD|94]] jr, sinds [[DATUM|okt. 2023]] opgenomen. Dementie (Alzheimer-type), MMSE 14 ([[DATUM|jan '25]]).

1. Vallen: 3x gevallen in 6 wk, 's nachts naast bed. Geen letsel behalve hematoom heup re. Fysio: loopt met rollator, TUG 24 sec. Afspraak: sensormat, bed laag, heupbeschermers. Zoon akkoord, geen bedhekken.
2. Onrust 's middags: vraagt naar "de boerderij" en naar zijn vrouw [[PERSOON|Sjoukje]] (overl. 2020). Psycholoog adviseert dagprogramma met taken (plantjes water geven, krant halen), muziek van vroeger. Geen extra psychofarmaca.
3. Voeding: gewicht 61,4 kg, 2,5 kg af in 3 mnd, BMI 20. Dietiste inschakelen, verrijkte pap, tussendoortjes. Wegen 1x/wk.
4. Beleid: NR-beleid bevestigd ([[DATUM|12-10-2023]]), geen ziekenhuisopname tenzij voor comfort. Zoon wil dat vader "niet meer naar het [[ORGANISATIE|Bonifatius]] hoeft".
5. Zingeving: dominee van [[ORGANISATIE|De Ark]] komt 1x/mnd, dhr. zingt dan mee, dit graag zo houden.

Acties:
- EVV [[PERSOON|YB]] regelt dietiste
- fysio evalueert valrisico na 4 wk
- psycholoog geeft team uitleg over benaderingswijze
Volgende MDO: [[DATUM|mei 2025]]

Verslag: [[PERSOON|Y. Bosma]]`,
  },
  {
    id: 'd6-a07',
    genre: 'email',
    setting: 'VVT',
    author: 'auteur-d6a',
    text: `Van: [[PERSOON|Priscilla Martina]] <[[EMAIL|p.martina@thuiszorgamstelrand.nl]]>
Aan: [[EMAIL|assistentie@hapraktijkbuikslotermeer.nl]]
Datum: maandag [[DATUM|3 maart 2025]] 09:12
Onderwerp: dhr. [[PERSOON|Bouzidi]] – decubitus stuit, verzoek visite

Goedemorgen,

Namens de wijkverpleging van [[ORGANISATIE|Thuiszorg Amstelrand]], team [[PLAATS|Buikslotermeer]], wil ik u vragen een visite te plannen bij dhr. [[PERSOON|A. Bouzidi]] ([[DATUM|12-06-1941]]), [[ADRES|Waterlandplein 55 III]], [[POSTCODE|1024 JM]] [[PLAATS|Amsterdam]].

Sinds vrijdag heeft dhr. een decubituswond op de stuit, categorie 2, ca. 3 x 2 cm, met blaar. Wij verbinden met Mepilex Border en doen wisselhouding overdag, maar hij ligt veel op bed sinds zijn val. Hij eet weinig (echtgenote [[PERSOON|Fatima]]: "alleen wat soep en thee"). Gewicht onbekend, er is geen weegschaal.

Vragen:
1. Kunt u deze week langskomen voor beoordeling van de wond en de voedingstoestand?
2. Graag een verwijzing dietist en een aanvraag antidecubitusmatras.
3. Paracetamol 1 g 3dd is op, kan er een herhaalrecept naar [[ORGANISATIE|Apotheek Nieuwendammerdijk]]?

Zoon [[PERSOON|Youssef]] is bereikbaar op [[TELEFOON|06-18342271]] en tolkt zo nodig (dhr. spreekt vooral Tarifit). Wij zijn er dagelijks om 08:30 en 17:00.

Met vriendelijke groet,

[[PERSOON|Priscilla Martina]]
Wijkverpleegkundige niv. 5
[[ORGANISATIE|Thuiszorg Amstelrand]] – team [[PLAATS|Buikslotermeer]], stadsdeel Noord
T [[TELEFOON|020-6347718]] | M [[TELEFOON|06-50127736]]`,
  },
  {
    id: 'd6-a08',
    genre: 'overdracht',
    setting: 'ZKH',
    author: 'auteur-d6a',
    knownNames: ['Mw. E. (Esther) Ghebremedhin'],
    text: `Overdracht dag -> avond, afd. Chirurgie C3, [[ORGANISATIE|Ziekenhuis Hunzestroom]]
[[DATUM|25-03-2025]] 15:15, kamer 312, bed 2

S: mw. [[PERSOON|Ghebremedhin]], 41 jr, dag 1 na lap. cholecystectomie, sinds middag misselijk, pijn NRS 7.
B: opname [[DATUM|24/3]] via SEH, cholecystitis. VG: sikkelceltrait, astma. Allergie: penicilline (rash). Spreekt Tigrinya en Engels, NL matig; neef [[PERSOON|Yonas]] tolkt zo nodig tel. [[TELEFOON|06-29930184]], professionele tolk aangevraagd voor visite morgen.
A: RR 104/62, P 108, T 38,3, sat 96% ka, AF 20. Drain: 150 ml sereus-bloederig sinds 7u. Buik gespannen re boven. Hb 7,1 (was 8,0). Diurese ca. 30 ml/u. MEWS 4.
R: arts-assistent dr. [[PERSOON|Van Wieringen]] gebeld 14:50, komt voor 16:00 kijken. Lab herhalen om 16u (Hb, CRP, lever). Ondansetron 4 mg iv gegeven 14:30. Graag controles elk uur tot beoordeling; bij MEWS 5 of hoger SIT bellen, toestel [[ID|5566]].
NB echtgenoot [[PERSOON|Tesfay]] komt na 19u met de kinderen, mw. wil dat hij over de situatie geïnformeerd wordt.

Overgedragen door [[PERSOON|Lotte Bakker-Zwiers]] (vpk) aan [[PERSOON|Marco de Haan]] /[[PERSOON|LBZ]]`,
  },
  {
    id: 'd6-a09',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-d6a',
    knownNames: ['Mw. A. (Anna) Dijkstra-van der Meer'],
    text: `Rapportage – [[ORGANISATIE|Woonzorgcentrum De Pôle]], [[PLAATS|Dokkum]], app. 17

ma [[DATUM|4 nov]] 07:30 – Nacht: mw. 2x gebeld, wilde naar het toilet, goed geholpen. Verder gesapen. Tena Pants nat om 05:00, verschoond. /[[PERSOON|gk]]

ma [[DATUM|4 nov]] 12:45 – Mw. opgewekt, vertelt over haar verjaardag morgen, wordt [[LEEFTIJD|93]]. Hulp bij wassen onderlichaam en steunkousen. Huid hielen intact. Ontbijt 1 boterham + pap. Vraagt of de bakker morgen taart komt brengen, dochter [[PERSOON|Trijntje]] neemt taart mee. /[[PERSOON|Hanneke]]

di [[DATUM|5 november]] 10:00 – Verjaardag. Familie op bezoek, kleinzoon [[PERSOON|Wytse]] met achterkleinkind. Mw. genoot: "[[LEEFTIJD|drieënnegentig]], wie had dat gedacht". RR 146/78, pols 72. /[[PERSOON|HP]]

di 16:30 – Mw. moe na bezoek, op bed gerust. Re onderbeen dikker dan li? Niet rood, niet warm. Doorgegeven aan SO dr. [[PERSOON|Keuning]], beoordeelt morgen. Benen hoog gelegd. /[[PERSOON|HP]]

wo [[DATUM|6-11]] 11:15 – Visite SO: geen aanw. voor DVT (Wells laag), oedeem bij hartfalen, furosemide verhoogd naar 40 mg 1dd. Wegen 1x/wk op maandag, vandaag 58,2 kg. Dochter telefonisch geïnformeerd ([[TELEFOON|0519-294471]]). /[[PERSOON|rvdz]]

wo 20:00 – mw. plast veel, 2x extra toiletgang. Goed gegeten (stamppot). Bel binnen bereik, nachtlampje aan. /[[PERSOON|S. Yılmaz]]`,
  },
  {
    id: 'd6-a10',
    genre: 'crisis',
    setting: 'HA',
    author: 'auteur-d6a',
    knownNames: ['Dhr. D. (Dennis) Schouten'],
    text: `HAP West-Friesland – visiteverslag (U2)
[[DATUM|31-12-2024]], 22:35

Melding: moeder (mw. [[PERSOON|Schouten-Laan]]) belt: zoon (22) sinds 3 dagen niet geslapen, praat over "stemmen uit de radio", heeft de deur van zijn kamer gebarricadeerd. Woont bij ouders, [[ADRES|Westerstraat 201 A]], [[POSTCODE|1601 AL]] [[PLAATS|Enkhuizen]]. Eigen HA: [[ORGANISATIE|Praktijk Drommedaris]].

Ter plaatse (met politie ivm mogelijke agressie): pt. angstig, achterdochtig, praat snel en onsamenhangend, denkt dat buren via de wifi meeluisteren. Gebruikt al maanden dagelijks cannabis, laatste week ook speed (volgens broer [[PERSOON|Kevin]]). Geen wapens aangetroffen. Pols 112, RR 150/90, T 37,0, pupillen wijd, glucose 6,2. Geen eerdere GGZ-contacten.

E: acute psychose, vermoedelijk middelen-geinduceerd. Gevaar: ernstige ontregeling, verward gedrag; op dit moment geen gevaar voor zichzelf of anderen.
P: 23:05 overleg crisisdienst [[ORGANISATIE|GGZ Westfriese Kust]] (psychiater dr. [[PERSOON|Rampersad]]): beoordeling ter plaatse binnen 1 uur. Pt. accepteert lorazepam 1 mg. Ouders blijven bij hem. Overdracht eigen HA via waarneembericht. Ouders tel. [[TELEFOON|0228 31 27 64]].

Waarnemend huisarts: [[PERSOON|J.P. Kaptein]], BIG [[ID|39061234501]]`,
  },
  {
    id: 'd6-a11',
    genre: 'begeleiding',
    setting: 'GGZ',
    author: 'auteur-d6a',
    knownNames: ['Dhr. J.R. (Jurgen) Girigorie'],
    text: `Begeleidingsverslag woonvorm [[ORGANISATIE|De Meelzolder]], [[PLAATS|Wormerveer]]
Periode [[DATUM|1]] t/m [[DATUM|7 juli]]
PB'er: [[PERSOON|Demi Koster]]

Doelen uit ondersteuningsplan:
1. zelfstandig medicatie beheren
2. dagritme: 3 dagen werk/dagbesteding
3. contact met familie herstellen

Verloop:
- Medicatie: [[PERSOON|Juju]] (zo wil hij genoemd worden) zet zondag zelf zijn weekdoos klaar, samen gecontroleerd: klopt. Clozapine 300 mg; bloedcontrole [[DATUM|3-7]] bij de prikpost van [[ORGANISATIE|Ziekenhuis De Zaanoever]], uitslag goed.
- Dagbesteding: 2 van 3 dagen bij [[ORGANISATIE|Fietswerkplaats De Wiek]] in [[PLAATS|Krommenie]], woensdag niet ("verslapen"). Werkbegeleider [[PERSOON|Stanley]] positief over zijn inzet; na de zomer misschien een dag extra.
- Familie: moeder woont op Curacao, tante [[PERSOON|Marlene Girigorie]] woont in [[PLAATS|Poelenburg]]. Bezoek gepland zondag [[DATUM|14 juli]].
- Geld: via [[ORGANISATIE|Bewindvoering Zaanstroom]], leefgeld 60 euro/wk. Zaterdag al niets meer (energydrinks, sigaretten). Besproken, hij wil zelf een budgetplan maken met dhr. [[PERSOON|Kaya]] van de bewindvoering.
- Stemming: rustig, hoort geen stemmen "die iets opdragen", trekt zich wel meer terug op kamer 6.

Afspraak: evaluatie met FACT [[PLAATS|Zaanstad]] (psychiater [[PERSOON|Noordermeer]]) op [[DATUM|18-07-2024]].

[[PERSOON|DK]] / woonbegeleider`,
  },
  {
    id: 'd6-a12',
    genre: 'ontslagbrief',
    setting: 'GGZ',
    author: 'auteur-d6a',
    text: `[[ORGANISATIE|GGZ Hunzeland]] – Kliniek Acute Psychiatrie, locatie [[ORGANISATIE|Dennenheuvel]]
[[ADRES|Hereweg 301]], [[POSTCODE|9725 AG]] [[PLAATS|Groningen]]

Aan: dhr. [[PERSOON|P.H. Bolt]], huisarts, [[ORGANISATIE|Huisartsenpraktijk Winsum]], [[ADRES|Hoofdstraat W 44]], [[POSTCODE|9951 AB]] [[PLAATS|Winsum]]

[[PLAATS|Groningen]], [[DATUM|8 augustus 2024]]
Betreft: [[PERSOON|Bakker, H.J.]] (mw.), geb. [[DATUM|30-05-1968]]
Clientnummer [[ID|208817]], BSN [[BSN|518190936]]

Geachte collega,

Uw patiënte was opgenomen van [[DATUM|15 juli]] tot [[DATUM|7 augustus 2024]], aanvankelijk met een crisismaatregel (Wvggz), later vrijwillig.

Reden van opname: manische ontregeling met psychotische kenmerken bij bekende bipolaire I stoornis, na zelfstandig stoppen van lithium.

Beloop: gestart met olanzapine 10 mg, na 1 week lithium herstart, spiegel [[DATUM|1-8]] 0,8 mmol/l. Stemming normaliseerde geleidelijk, slaap hersteld (7-8 u). Geen dwangmedicatie na [[DATUM|19/7]]. Gesprekken met echtgenoot [[PERSOON|Harm]] over vroege signalen; signaleringsplan opgesteld. Verlof thuis in de laatste week goed verlopen.

Diagnose (DSM-5): bipolaire I stoornis, huidige episode manisch, ernstig, met psychotische kenmerken, in remissie.

Medicatie bij ontslag: lithiumcarbonaat 800 mg a.n., olanzapine 5 mg a.n. (afbouw in overleg met FACT). Lithiumspiegel, TSH en kreatinine over 3 mnd.

Nazorg: FACT [[PLAATS|Bedum]], casemanager [[PERSOON|Wendy Oosterhof]], eerste afspraak [[DATUM|12-08-2024]]. Mw. start re-integratie (2 ochtenden) als onderwijsassistent bij [[ORGANISATIE|Basisschool De Wierde]], in overleg met de bedrijfsarts.

Met vriendelijke groet,

dr. [[PERSOON|S. El Amrani]], psychiater
[[PERSOON|J. Pattiradjawane]], verpleegkundig specialist GGZ
tel. [[TELEFOON|050 - 521 88 00]]`,
  },
];
