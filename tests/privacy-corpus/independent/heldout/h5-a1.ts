import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h5-a01',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-h5a',
    knownNames: ['Dhr. M. (Murat) Yıldırım'],
    text: `CRISISBEOORDELING
Datum: za [[DATUM|13-01-2024]], aanvang 23:40
Aanmelder: huisartsenpost, dienstdoend huisarts [[PERSOON|S. Wiersma]] (tel. [[TELEFOON|050-3114229]])
Beoordelaars: SPV [[PERSOON|R. Kamphuis]], psychiater i.o. [[PERSOON|L. Ait Haddou]]

Reden aanmelding: pt. (34 jr) uit zich suïcidaal na ruzie met partner. Broer [[PERSOON|Emre]] belde HAP, pt. zou met mes in de keuken staan.

Beloop: ter plaatse op [[ADRES|Kievitsbloemstraat 88-b]] in [[PLAATS|Vinkhuizen]]. Politie was er al, mes ingeleverd. Pt. zit op bank, huilt, werkt mee aan gesprek. Sinds ontslag bij [[ORGANISATIE|Transportbedrijf Doornbos]] in okt geen werk, oplopende schulden, partner wil scheiden.
Bekend bij [[ORGANISATIE|GGZ Noorderhaven]] ([[ORGANISATIE|GGZ-NH]]) ambulant, regiebehandelaar mw. drs. [[PERSOON|H. Boerema]], laatste contact [[DATUM|4/1]].

PO: helder bewustzijn, georiënteerd in tijd/plaats/persoon. Stemming somber, affect vlak, huilerig. Denken traag, geen psychotische kenmerken. Suïcidale gedachten sinds ca. 2 wk, vanavond concreet plan, neemt er nu afstand van ("ik doe het niet, voor mijn dochter"). Alcohol vanavond 6 blikjes Heineken, verder geen middelen.
Medicatie: sertraline 50 mg 1dd, oxazepam 10 mg z.n.

Conclusie: suïcidaliteit in kader van depressieve episode, acuut risico verlaagd na de-escalatie. Beschermend: dochter [[PERSOON|Elif]] (6 jr), betrokken broer.

Beleid:
- geen IBS/zorgmachtiging nodig, pt. wil geen opname
- broer blijft vannacht, messen en medicatie bij broer
- morgen [[DATUM|14/1]] 10:00 belt IHT, huisbezoek middag
- signaleringsplan doorgenomen, crisiskaart mee
- bericht naar HA, praktijk [[ORGANISATIE|Huisartsen De Wierde]], en naar mw. [[PERSOON|Boerema]]

Cliëntnr. [[ID|40021873]]
/[[PERSOON|RK]]`,
  },
  {
    id: 'h5-a02',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-h5a',
    knownNames: ['Dhr. J. (Jelle) Hofstra'],
    text: `Verslag persoonlijk gesprek
[[DATUM|2 april 2024]], woning [[ORGANISATIE|De Kaap]], [[PLAATS|Drachten]]
Aanwezig: [[PERSOON|Jelle]], PB'er [[PERSOON|Geeske Terpstra]], moeder mw. [[PERSOON|Hofstra-Zijlstra]] (telefonisch)

Hoe gaat het?
[[PERSOON|Jelle]] zegt dat het "wel goed" gaat. Hij vindt het fijn op de dagbesteding bij [[ORGANISATIE|Houtwerkplaats De Krul]] in [[PLAATS|Burgum]], maar de busrit duurt lang. Moeder noemt hem nog steeds "[[PERSOON|Jelleman]]", daar moet hij om lachen. Hij wil graag meer werken met echte klanten, liefst bij [[ORGANISATIE|Kringloop De Nije Kâns]]. Zaterdag heeft hij met buurman [[PERSOON|Sjoerd]] gevist bij de vaart.

Geld
Weekgeld komt op maandag via [[ORGANISATIE|Bewindvoering Wâldwei]]. [[PERSOON|Jelle]] geeft veel uit aan energiedrank bij de Jumbo. Afgesproken: max 2 blikjes per dag, PB'er bespreekt met bewindvoerder.

Gezondheid
Epilepsie rustig, laatste insult [[DATUM|11-01]]. Depakine chrono 500 mg 2dd, spiegel in maart ok. Gewicht 97 kg, BMI 31. [[PERSOON|Jelle]] wil afvallen, gaat dinsdag mee met wandelgroep.

Doelen komende periode
1. [[PERSOON|Jelle]] reist zelfstandig met de bus naar [[PLAATS|Burgum]] (oefenen met [[PERSOON|Geeske]], 3x)
2. Proefdag bij de kringloop regelen
3. Energiedrank afbouwen

Volgend gesprek: [[DATUM|30-4]], 15:00.

[[PERSOON|G. Terpstra]], persoonlijk begeleider`,
  },
  {
    id: 'h5-a03',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h5a',
    text: `[[ORGANISATIE|Ziekenhuis Noordster]] – Afdeling Geriatrie
[[ADRES|Harmonielaan 40]], [[POSTCODE|8934 AD]] [[PLAATS|Leeuwarden]]
T [[TELEFOON|058 - 280 44 00]]

Aan: huisarts [[PERSOON|H.J. Wijbenga]], huisartsenpraktijk [[ORGANISATIE|De Pream]]
[[ADRES|Stationswei 7]], [[POSTCODE|9001 ZK]] [[PLAATS|Grou]]

[[PLAATS|Leeuwarden]], [[DATUM|22 februari 2024]]

Betreft: mw. [[PERSOON|Postma-de Haan, T.]], geb. [[DATUM|03-11-1931]]
BSN [[BSN|371 365 120]], patiëntnr. [[ID|6120447]]
[[ADRES|Eastein 3]], [[POSTCODE|9001 XJ]] [[PLAATS|Grou]]

Geachte collega [[PERSOON|Wijbenga]],

Uw [[LEEFTIJD|92]]-jarige patiënte was van [[DATUM|12-02]] t/m [[DATUM|22-02-2024]] opgenomen op onze afdeling.

Reden van opname: delier bij urineweginfectie, val thuis zonder fractuur.

Voorgeschiedenis: 2015 CVA links; ziekte van Parkinson (2018); AF, Marcoumar; DM type 2.

Beloop: bij opname DOS-score 9, haloperidol 0,5 mg 2dd gedurende 4 dagen. Urinekweek E. coli, behandeld met nitrofurantoïne 5 dagen. Hb 7,1 mmol/l, eGFR 48. Delier opgeklaard per [[DATUM|17-02]]. Mobiliteit met rollator onder begeleiding, Barthel-index 12/20. Fysiotherapie dagelijks.

Ontslag: tijdelijk naar [[ORGANISATIE|Zorgcentrum It Heechhof]] in [[PLAATS|Akkrum]] (ELV, kamer 14), daarna terug naar huis met ondersteuning van [[ORGANISATIE|Thuiszorg Wâldsicht]].

Medicatie bij ontslag:
- levodopa/carbidopa 100/25 mg 3dd
- acenocoumarol volgens trombosedienst
- metformine 500 mg 2dd
- paracetamol 1000 mg 3dd z.n.
- haloperidol gestopt

Afspraken: poli geriatrie over 6 weken. Contactpersoon dochter mw. [[PERSOON|A. Postma]], tel. [[TELEFOON|06-41298873]].

Met collegiale groet,

dr. [[PERSOON|M.C. Veenstra-Kok]], klinisch geriater, BIG [[ID|19054321801]]
namens deze, [[PERSOON|B. Sahetapy]], arts-assistent`,
  },
  {
    id: 'h5-a04',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-h5a',
    text: `VERWIJSBRIEF

Van: [[ORGANISATIE|Huisartsenpraktijk Kanaalzicht]]
[[PERSOON|E. Kamping]], huisarts, AGB [[ID|01054872]]
[[ADRES|Navolaan 21]], [[POSTCODE|9501 BN]] [[PLAATS|Stadskanaal]] – tel. [[TELEFOON|0599-612 830]]

Aan: [[ORGANISATIE|Medisch Centrum Hunzedal]], polikliniek geriatrie
Datum: [[DATUM|5 maart 2024]]

Patiënt: dhr. [[PERSOON|Ramdin, R.K.]], geb. [[DATUM|17-08-1946]], BSN [[BSN|223547463]]
[[ADRES|Weverstraat 8 A]], [[POSTCODE|9502EC]] [[PLAATS|Stadskanaal]]

Geachte collega,

Graag verwijs ik dhr. voor analyse van geheugenklachten.

Anamnese: sinds ongeveer een half jaar vergeetachtig, herhaalt vragen, laat pannen op het vuur staan. Vorige maand verdwaald met de auto op weg naar zijn zoon in [[PLAATS|Musselkanaal]]. Echtgenote mw. [[PERSOON|Sita Ramdin-Jagessar]] ervaart toenemende belasting. Geen stemmingsklachten, wel prikkelbaar in de avond.

Onderzoek: MMSE 22/30 (oriëntatie in tijd -3, recall -3), klok tekenen afwijkend. RR 152/88. Neurologisch grof geen uitval.
Lab: TSH 1,8, vit B12 180 pmol/l (gesuppleerd sinds [[DATUM|20-2]]), Hb 8,4, glucose nuchter 7,9.

Voorgeschiedenis: DM2, hypertensie, cataract OD 2021.
Medicatie: metformine 850 mg 2dd, simvastatine 40 mg, amlodipine 5 mg, hydroxocobalamine i.m.

Vraagstelling: is er sprake van dementie, en zo ja welk type? Graag advies over rijgeschiktheid (CBR).

Casemanager dementie is aangevraagd via [[ORGANISATIE|Zorgnetwerk Oost-Groningen]]; thuiszorg nog niet betrokken. Dhr. spreekt goed Nederlands, echtgenote gaat mee naar de afspraak.

Met vriendelijke groet,

[[PERSOON|E. Kamping]]
huisarts`,
  },
  {
    id: 'h5-a05',
    genre: 'soep',
    setting: 'wijk',
    author: 'auteur-h5a',
    knownNames: ['Mw. W. (Wilhelmina) Lubbers-Hadders'],
    text: `di [[DATUM|9 januari]] 09:35 – wondzorg + controle

S: pt. geeft aan dat het been "brandt als vuur", slecht geslapen. Dochter [[PERSOON|Ria]] belde gisteravond naar de teamtelefoon dat het verband doorlekte. Pt. wil vrijdag met de rollator naar de Action, "dat laat ik me niet afpakken".

O: ulcus cruris li onderbeen mediaal, 4 x 3 cm, matig tot veel exsudaat, geel beslag 30%, wondranden rood, warm. Omgeving eczeemachtig. Temp 37,4. RR 142/86, pols 78 reg, sat 96%. Enkeloedeem beiderzijds ++. Gewicht 88,4 kg (BMI 33). Pijnscore 6.

E: veneus ulcus, verdenking lokale infectie. Zwachtels zakken af, compressie onvoldoende.

P:
- Aquacel Ag + Mepilex Border, verbandwissel 3x/wk (ma-wo-vr)
- foto in ECD gezet
- overleg met HA dr. [[PERSOON|Öztürk]] ([[ORGANISATIE|Huisartsenpraktijk Angelslo]]) over wondkweek en evt. flucloxacilline; assistente [[PERSOON|Nicole]] belt terug
- na afname oedeem: aanmeten therapeutische elastische kous, aanvraag via wondconsulent [[PERSOON|J. Schepers]]
- pt. adviseren been hoog te leggen
- do [[DATUM|11/1]] extra controle

Teambericht: [[ORGANISATIE|Thuiszorg Hondsrug]], team [[PLAATS|Emmen]] Noordoost.
/[[PERSOON|mvdB]]`,
  },
  {
    id: 'h5-a06',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-h5a',
    knownNames: ['Mw. H. (Hennie) Zwiers'],
    text: `MDO-verslag [[ORGANISATIE|Zorglocatie Het Esdoornhof]], afd. PG 2
Datum: [[DATUM|15-04-2024]]
Aanwezig: SO [[PERSOON|J. Kowalczyk]], psycholoog drs. [[PERSOON|A. Meijer]], EVV [[PERSOON|Baukje Westra]], fysio [[PERSOON|Tim]], zoon [[PERSOON|Gert Zwiers]], dochter [[PERSOON|Annie van Dijk-Zwiers]]
Notulist: [[PERSOON|BW]]

1. Algemeen
Mw. is [[LEEFTIJD|94]] jaar, woont sinds 2021 op de afdeling. Diagnose M. Alzheimer, gevorderd stadium. NR-verklaring d.d. [[DATUM|18-10-2022]], niet naar ziekenhuis tenzij comfort.

2. Gedrag
Toename onrust tussen 16:00 en 19:00, loopt in en uit kamers, pakt spullen van medebewoners. Psycholoog: mogelijk sundowning, ook prikkels rond avondeten. Advies: rustmoment 15:30 op eigen kamer, muziek van vroeger (familie zet lijst op tablet). Geen extra medicatie; pipamperon blijft z.n.

3. Lichamelijk
Gewicht [[DATUM|1/3]] 54,2 kg, nu 52,8 kg. SNAQ 3. Verrijkte toetjes, diëtist inschakelen. Braden-score 14, wisselligging 's nachts. Valincident [[DATUM|2 april]] zonder letsel. Katz-ADL 6.

4. Familie
Zoon vraagt of moeder zondag weer mee kan naar de dienst in de [[ORGANISATIE|Bethelkerk]] in [[PLAATS|Peelo]]. Team vindt dit haalbaar met rolstoel, zoon haalt en brengt. Dochter maakt zich zorgen over afvallen; uitleg gegeven.

Afspraken
- EVV zet rustmoment in zorgleefplan
- diëtist [[PERSOON|R. Bakker]] consulteren
- evaluatie gewicht over 4 weken

Volgend MDO: [[DATUM|15 juli 2024]]`,
  },
  {
    id: 'h5-a07',
    genre: 'email',
    setting: 'wijk',
    author: 'auteur-h5a',
    text: `Van: [[EMAIL|a.kuipers@thuiszorglauwersstroom.nl]]
Aan: [[EMAIL|poh.ouderen@hapraktijkbuitenpost.nl]]
Verzonden: ma [[DATUM|19 feb. 2024]] 08:52
Onderwerp: dhr. [[PERSOON|Boersma]] – toename benauwdheid

Beste [[PERSOON|Marjan]],

Gisteravond ben ik bij dhr. [[PERSOON|S. Boersma]] (geb. [[DATUM|12-6-1933]]) geweest voor de avondzorg. Hij was duidelijk benauwder dan vorige week: sat 88% in rust (normaal rond 92%), AH 24/min, praat in korte zinnen. Geen koorts, temp 37,1. Hij gebruikt zijn Spiriva en Seretide volgens schema, maar de voorzetkamer lag in de kast.

Zijn vrouw [[PERSOON|Jikke]] vertelde dat hij al drie nachten in de stoel slaapt. Zij is zelf erg moe en zegt dat ze het "niet lang meer volhoudt". De oudste zoon woont in [[PLAATS|Surhuisterveen]] en komt 1x per week.

Mijn vragen:
1. Kan de huisarts deze week op huisbezoek komen? Ik denk aan een exacerbatie COPD.
2. Willen jullie meedenken over een aanvraag Wlz bij het CIZ? Wij zien dat de zorg thuis op deze manier niet meer lang gaat.
3. Is er een longverpleegkundige van de longpoli bij betrokken? Ik kan het niet vinden in het dossier.

Vanmiddag gaat collega [[PERSOON|Rixt]] weer langs, zij kan eventueel een nieuwe meting doen.

Met vriendelijke groet,

[[PERSOON|Anouk Kuipers]]
Wijkverpleegkundige
[[ORGANISATIE|Thuiszorg Lauwersstroom]] – team [[PLAATS|Buitenpost]]/[[PLAATS|Kollum]]
T [[TELEFOON|06 - 28 11 94 07]]
[[URL|www.thuiszorglauwersstroom.nl]]`,
  },
  {
    id: 'h5-a08',
    genre: 'overdracht',
    setting: 'VVT',
    author: 'auteur-h5a',
    knownNames: ['Dhr. D. (Douwe) Sikkema'],
    text: `Overdracht avond → nacht [[DATUM|03-03-2024]] 22:45
[[ORGANISATIE|Kleinschalig Wonen De Nije Hoven]], groep [[ORGANISATIE|De Reiger]], kamer 7

S: dhr. de hele avond onrustig, roept om zijn vrouw, wil "naar de boerderij in [[PLAATS|Ee]]". Laat zich slecht geruststellen.

B: [[LEEFTIJD|91]] jr, M. Alzheimer, prostaatca (watchful waiting), slechthorend re. Valrisico hoog. NR-beleid.

A: mogelijk obstipatie: laatste defecatie [[DATUM|27/2]]. Buik wat bol, geen pijn bij palpatie. Om 20:30 Movicol 1 sachet gegeven. Eten en drinken matig, 900 ml. Temp 36,8, geen tekenen UWI. Pijn (PACSLAC) 3.

R:
- 2-uurs ronde, bedsensor staat aan
- z.n. paracetamol 1000 mg max 1x nacht
- bij toename onrust of pijn: SO-dienst bellen, vannacht SO [[PERSOON|Haile]], via [[TELEFOON|0519-29 44 10]]
- dochter [[PERSOON|Froukje]] belt morgen rond 9:00, graag doorgeven hoe de nacht was
- ontlasting noteren in defecatielijst!

Verder op de groep: mw. [[PERSOON|de Vries]] (kamer 5) ook onrustig, heeft om 21:00 oxazepam 10 mg gehad volgens afspraak. Dhr. [[PERSOON|Dijkstra]] zit met gezwollen voet, foto gemaakt voor de SO.

Overdracht door [[PERSOON|LtH]] aan [[PERSOON|Jildou]] (nachtdienst, toestel [[ID|2213]])`,
  },
  {
    id: 'h5-a09',
    genre: 'rapportage',
    setting: 'GHZ',
    author: 'auteur-h5a',
    knownNames: ['Mw. S. (Sanne) Dijkhuis'],
    text: `[[DATUM|12-05]] 08:10 – [[PERSOON|Sanne]] goed wakker geworden, zelf aangekleed met een beetje hulp bij de knoopjes. Ontbijt goed gegeten. Met taxi naar [[ORGANISATIE|Zorgboerderij 't Olde Hoff]] in [[PLAATS|Wildervank]]. – [[PERSOON|kb]]

[[DATUM|12-05]] 16:30 – Terug van de boerderij, moe en boos. Vertelt dat huisgenoot [[PERSOON|Bram]] haar fiets had gepakt. Samen met [[PERSOON|Sanne]] en [[PERSOON|Bram]] gepraat in de huiskamer, excuses aangenomen. Avond rustig, tv gekeken. – [[PERSOON|MS]]

[[DATUM|13-05]] 07:45 – Bij wekken epileptisch insult, tonisch-clonisch, duur ca. 2 min. Buccolam niet nodig geweest. Daarna slaperig, 1 uur laten slapen. Niet naar dagbesteding, boerderij afgebeld ([[PERSOON|Hilda]]). – [[PERSOON|kb]]

[[DATUM|13-05]] 11:20 – Moeder mw. [[PERSOON|Dijkhuis]] gebeld en insult doorgegeven. AVG dr. [[PERSOON|Pinas]] geïnformeerd via mail, zij wil insulten bijhouden in de aanvalskalender. Lamotrigine blijft 100 mg 2dd. – [[PERSOON|kb]]

[[DATUM|13-05]] 19:00 – [[PERSOON|Sanne]] weer opgeknapt, heeft geholpen met koken (macaroni). Wilde brood halen bij de bakker op de hoek, samen met begeleiding gedaan. – [[PERSOON|Ilse B.]]

[[DATUM|14 mei]] 08:00 – Nacht goed geslapen volgens nachtdienst. Naar de boerderij. – [[PERSOON|MS]]

[[DATUM|14 mei]] 17:10 – Gesprek met [[PERSOON|Sanne]] over haar verjaardag op [[DATUM|2 juni]]. Ze wil een feestje in de woning [[ORGANISATIE|De Turfsteker]] met haar broer [[PERSOON|Niels]] en oom [[PERSOON|Harm]]. Aan PB'er doorgegeven. – [[PERSOON|MS]]

Cliëntnummer [[ORGANISATIE|Stichting Eemsbloem]]: [[ID|0087431]]`,
  },
  {
    id: 'h5-a10',
    genre: 'crisis',
    setting: 'wijk',
    author: 'auteur-h5a',
    knownNames: ['Mw. N. (Nadia) Bouzid'],
    text: `Crisisnotitie wijkteam [[PLAATS|Meppel]]
vr [[DATUM|8-11-2024]], 14:20

Melding: intern begeleider mw. [[PERSOON|K. Wesseling]] van [[ORGANISATIE|OBS De Zeilmaker]] belt. Zoon [[PERSOON|Yassin]] (8) vertelde juf vanochtend dat papa mama gisteravond heeft geslagen en dat mama "bloed had". [[PERSOON|Yassin]] zat stil in de klas, wilde niet naar huis.

Actie: direct huisbezoek met collega [[PERSOON|T. Bruins]] op [[ADRES|Zomerdijk 44-2]], [[POSTCODE|7942 js]] [[PLAATS|Meppel]]. Mw. doet open, blauwe plek li jukbeen, snee boven wenkbrauw (niet gehecht). Partner niet thuis, zou bij zijn broer in [[PLAATS|Zwolle]] zijn. Mw. erkent geweld, "al vaker, maar nooit zo erg". Dochter [[PERSOON|Lina]] (3) thuis, oogt verzorgd.

Veiligheid: mw. wil vannacht niet thuis slapen. Zus [[PERSOON|Samira El Ouali]] ([[TELEFOON|06 17 22 90 35]]) in [[PLAATS|Hoogeveen]] kan mw. en kinderen opvangen tot maandag. Als dat niet lukt: plek via [[ORGANISATIE|Opvanghuis De Schuilplaats]].

Overleg: Veilig Thuis Drenthe geconsulteerd (15:05), advies: veiligheidsplan, melding door wijkteam, politie informeren i.v.m. mogelijk tijdelijk huisverbod. Wijkagent [[PERSOON|Hummel]] gebeld, komt vanavond langs bij zus.
HA: mw. gaat om 16:30 naar HA voor letselverslag.

Afspraken:
- ma [[DATUM|11 november]] gesprek met mw. op kantoor, met [[PERSOON|T. Bruins]]
- school houdt [[PERSOON|Yassin]] in de gaten, IB'er belt maandag
- huurcontract staat op beider naam bij [[ORGANISATIE|Wooncorporatie Reestdal]]; later bespreken

Partner spreekt vooral Tarifit, mw. Nederlands; tolk nu niet nodig.
/[[PERSOON|AB]]`,
  },
  {
    id: 'h5-a11',
    genre: 'begeleiding',
    setting: 'GGZ',
    author: 'auteur-h5a',
    knownNames: ['Dhr. K. (Kevin) Sabajo'],
    text: `Verslag begeleidingsgesprek [[DATUM|28-08-2024]]
Begeleider: [[PERSOON|Wytse de Boer]], ambulant begeleider [[ORGANISATIE|Wenjen en Stipe Fryslân]]
Locatie: bij [[PERSOON|Kevin]] thuis, [[PLAATS|Heerenveen]]

[[PERSOON|Kevin]] oogt verzorgd, ruimte is opgeruimd. Hij vertelt dat hij trots is dat hij drie weken elke dag op tijd zijn clozapine heeft genomen. Bloedafname bij het lab ging goed, leukocyten ok volgens psychiater van FACT [[PLAATS|Heerenveen]]. Stemmen zijn "zachter".

Wonen: er is een huurachterstand van 2 maanden bij [[ORGANISATIE|Woonstichting De Feanster]]. Bewindvoerder mw. [[PERSOON|Y. Tanamal]] ([[ORGANISATIE|Bewindvoering Tsjongerdal]]) heeft een betalingsregeling voorgesteld. [[PERSOON|Kevin]] was hier niet van op de hoogte, post ligt ongeopend. Samen brieven geopend en gesorteerd. Woensdag komt de schilder van de corporatie voor het kozijn, [[PERSOON|Kevin]] wil dan thuis zijn.

Werk: re-integratie via UWV. Sinds [[DATUM|1 juli]] proefplaatsing 2 ochtenden per week bij [[ORGANISATIE|Kwekerij Hylkema]] in [[PLAATS|Gorredijk]]. Gaat goed, baas [[PERSOON|Anne]] is tevreden. [[PERSOON|Kevin]] wil naar 3 ochtenden, maar is bang voor overprikkeling. Afgesproken eerst te evalueren met SPV.

Sociaal: vriendin [[PERSOON|Chanella]] komt in het weekend. Contact met moeder (woont in Suriname) via videobellen.

Signalen: geen. Slaapt 8 uur, eet 2 warme maaltijden per week (rest brood). Blowt niet meer sinds mei.

Afspraken:
- [[PERSOON|Kevin]] belt zelf de bewindvoerder voor [[DATUM|4 sept.]]
- begeleider vraagt SPV [[PERSOON|Zeynep Çelik]] om overleg over werkuren
- post wekelijks samen openen

Volgende afspraak [[DATUM|11 september]], 10:00.
/[[PERSOON|WdB]]`,
  },
  {
    id: 'h5-a12',
    genre: 'ontslagbrief',
    setting: 'VVT',
    author: 'auteur-h5a',
    text: `[[ORGANISATIE|Herstelcentrum Oldenoord]] – Geriatrische Revalidatie
[[ADRES|Rijksstraatweg 211]], [[POSTCODE|9752 CG]] [[PLAATS|Haren]] – T [[TELEFOON|050-534 90 00]]

Aan: dhr. [[PERSOON|P.J. Hummel]], huisarts
[[ORGANISATIE|Huisartsenpraktijk Hummel & Nowak]], [[PLAATS|Zuidlaren]]

Datum: [[DATUM|2024-05-15]]

Betreft: ontslag dhr. [[PERSOON|H. Jalving]], geb. [[DATUM|1 mei 1934]], cliëntnr. [[ID|3300912]]

Geachte collega,

Uw patiënt, een [[LEEFTIJD|90]]-jarige man, verbleef van [[DATUM|2024-04-03]] tot heden op onze GRZ-afdeling na een pertrochantere femurfractuur rechts (DHS [[DATUM|29-03-2024]], [[ORGANISATIE|Medisch Centrum Hunzedal]]).

Beloop
Dag 3 een kortdurend delier, opgeklaard zonder medicatie. Obstipatie, Movicol gestart. Fysiotherapie 5x per week en ergotherapie. Barthel bij opname 9/20, bij ontslag 17/20. Loopt zelfstandig met rollator binnenshuis, TUG 18 sec. Traplopen met leuning onder toezicht. Wond rustig, hechtingen verwijderd.

Thuissituatie
Woont met echtgenote [[PERSOON|Gré]] (86) in gelijkvloerse woning. Schoondochter [[PERSOON|Agnieszka Jalving-Wiśniewska]] ondersteunt. Ergotherapeut heeft douchestoel en toiletverhoger geregeld via de uitleen.

Zorg na ontslag
- ADL-hulp 1x daags door [[ORGANISATIE|Thuiszorg Hondsrug]]
- fysiotherapie thuis door [[ORGANISATIE|Fysio Centrum De Brink]], 2x per week
- controle orthopedie over 6 weken

Medicatie
- paracetamol 1000 mg 3dd, afbouwen naar z.n.
- macrogol 1 sachet 1dd
- colecalciferol 800 IE 1dd
- nadroparine gestopt per [[DATUM|12-05]]

Meneer ([[PERSOON|Henk]]) en zijn vrouw zijn tevreden over het resultaat en kijken uit naar thuis.

Met vriendelijke groet,

[[PERSOON|A.F. Mebrahtu]]
specialist ouderengeneeskunde, BIG [[ID|89012345601]]

cc: [[ORGANISATIE|Thuiszorg Hondsrug]]`,
  },
];
