import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd5-b01',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-d5b',
    knownNames: ['Dhr. M. (Mehmet) Yıldırım'],
    text: `Crisisdienst GGZ – beoordeling [[DATUM|14-11-2024]], 02.15 uur
Locatie: woning pt., [[ADRES|Putselaan 211-B]], [[PLAATS|Feijenoord]]
Aanmelder: dienstdoend HA huisartsenpost, dr. [[PERSOON|Brinkman]]
Aanwezig: pt., broer [[PERSOON|Hakan Yıldırım]], SPV crisisdienst [[PERSOON|R. Sewnath]], psychiater i.o. [[PERSOON|L. Verbeek]]; politie (2 agenten) buiten op de galerij

Aanleiding
Broer belde om 00.40 de HAP: pt. slaapt sinds ca. 5 dagen nauwelijks, loopt 's nachts heen en weer over de galerij en roept dat de buren hem afluisteren 'via de meterkast'. Gisteravond mes uit de keukenla gepakt, broer heeft het afgepakt. Niemand gewond.

Voorgeschiedenis
Bekend bij FACT [[PLAATS|Charlois]] van [[ORGANISATIE|GGZ Maasmond]], casemanager [[PERSOON|Ilse de Kam]]. Schizofrenie, 2x eerder opgenomen (2019, 2022). Risperdal Consta 37,5 mg/2 wk, laatste injectie [[DATUM|17/10]], daarna 2 afspraken gemist. Dagelijks cannabis (3-4 joints).

Onderzoek
Helder bewustzijn, georienteerd in persoon, niet in tijd (denkt dat het zaterdag is). Achterdochtig, wijkt uit, paranoide wanen t.a.v. buren en de woningbouw. Geen hallucinaties objectiveerbaar. Affect vlak, geprikkeld. Suicidaliteit: ontkent, geen plannen. Agressie: verbaal dreigend naar buren, wil 'het zelf oplossen'. Ziektebesef en -inzicht ontbreken.

Conclusie
Acute psychotische decompensatie bij bekende schizofrenie i.h.k.v. therapieontrouw en cannabisgebruik. Ernstig nadeel voor anderen (buren) en pt. zelf niet uit te sluiten. Pt. weigert vrijwillige opname.

Beleid
- Crisismaatregel (Wvggz) aangevraagd via burgemeester, medische verklaring door [[PERSOON|Verbeek]] om 03.05
- Opname HIC [[ORGANISATIE|Kliniek Zuiderhaven]], bed 3; vervoer ambulance + politie
- Broer is contactpersoon, [[TELEFOON|06-41 28 93 07]]
- Overdracht naar [[PERSOON|Ilse]] per mail, FACT belt morgen de broer
- Depot hervatten in kliniek

[[PERSOON|LV]]/[[PERSOON|RS]]`,
  },
  {
    id: 'd5-b02',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d5b',
    knownNames: ['Mw. S. (Sanne) Louwerse'],
    text: `Begeleidingsverslag periode [[DATUM|1 juli]] t/m [[DATUM|30 september 2024]]
Client: [[PERSOON|Sanne Louwerse]], cl.nr. [[ID|20438815]]
Woonvorm [[ORGANISATIE|De Korenschoof]], [[ADRES|Oostsingel 48a]], [[PLAATS|Goes]] (locatie van [[ORGANISATIE|Stichting Kreekrug]])
PB'er: [[PERSOON|Marieke Wisse]] – gedragsdeskundige: drs. [[PERSOON|H. Poppe]]

1. Wonen
[[PERSOON|Sanne]] heeft sinds [[DATUM|12 augustus]] een eigen appartement op de 1e verdieping (nr. 7). Gaat goed om met de sleutel, vergeet soms de deur af te sluiten. Afgesproken dat de avonddienst om 22:00 checkt.

2. Werk / dagbesteding
4 dagen p/w bij [[ORGANISATIE|Lunchroom Het Theelichtje]] in [[PLAATS|Kapelle]], afwas en soms kassa. Jobcoach [[PERSOON|Rik]] is tevreden, wel moe na lange diensten. Vrijdag naar [[ORGANISATIE|Atelier De Vlasbloem]] (schilderen, keramiek).

3. Gezondheid
Epilepsie, goed ingesteld op Depakine Chrono 500 mg 2dd. Laatste aanval [[DATUM|3/8]] (kort, < 2 min). Controle neuroloog [[ORGANISATIE|Adriaanhof Ziekenhuis]] staat op [[DATUM|21-11]]. Gewicht 71 kg, BMI 27. Wil afvallen, diëtist via HA.

4. Financien
Bewind via [[ORGANISATIE|Bewindkantoor Zeeuwse Stroom]], contactpersoon dhr. [[PERSOON|Flipse]]. Leefgeld 60 euro per week, lukt goed. Spaart voor een weekend weg met moeder.

5. Netwerk
Moeder ([[PERSOON|Janny]]) komt om de zondag, broer woont in [[PLAATS|Yerseke]]. Contact met medebewoner [[PERSOON|Kevin]] wisselend, af en toe ruzie over de tv in de huiskamer.

Doelen komende periode
- zelfstandig boodschappen bij de Jumbo met lijstje
- medicatie zelf uit baxterrol nemen, onder toezicht
- 1x p/w zelf koken

Evaluatie in MDO [[DATUM|9 januari 2025]].
[[PERSOON|M. Wisse]], PB'er`,
  },
  {
    id: 'd5-b03',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-d5b',
    text: `[[ORGANISATIE|Duinrand Ziekenhuis]] – afdeling Geriatrie
[[ADRES|Escamplaan 901]], [[POSTCODE|2547 EA]] [[PLAATS|Den Haag]]

Aan: [[ORGANISATIE|Huisartsenpraktijk Bomenbuurt]], t.a.v. [[PERSOON|H.J. Wattimena]], huisarts
Datum: [[DATUM|2 december 2024]]

Betreft: [[PERSOON|Hoogendijk-Tahapary, W.]], geb. [[DATUM|04-05-1931]] ([[LEEFTIJD|93]] jaar)
BSN [[BSN|4948.70.928]] – pat.nr. [[ID|3309127]]
[[ADRES|Frederik Hendriklaan 233 III]], [[POSTCODE|2582BX]] [[PLAATS|'s-Gravenhage]]

Geachte collega [[PERSOON|Wattimena]],

Uw patiente was van [[DATUM|21 november]] tot [[DATUM|2 december]] opgenomen op onze afdeling (kamer 412) i.v.m. een delier bij urosepsis.

Voorgeschiedenis: M. Parkinson (Hoehn & Yahr 3), atriumfibrilleren, heupfractuur re (2018).

Beloop: ceftriaxon iv 3 dagen, daarna ciprofloxacine po. Urinekweek: E. coli, gevoelig. Delier behandeld met haloperidol 0,5 mg max 2dd, afgebouwd per [[DATUM|28/11]]. DOS-score daalde van 7 naar 1. Barthel bij ontslag 12/20. MMSE niet afgenomen i.v.m. delier, graag na 3 mnd herhalen.
Lab bij ontslag: Hb 7,1 mmol/l, CRP 18, kreat 96, eGFR 44.

Ontslag naar tijdelijk ELV-bed in [[ORGANISATIE|Huize Westduin]] ([[PLAATS|Loosduinen]]), daarna terug naar huis met wijkverpleging van [[ORGANISATIE|Thuiszorg Haagse Hofjes]].

Medicatie bij ontslag:
- apixaban (Eliquis) 2,5 mg 2dd
- levodopa/carbidopa (Sinemet) 125/25 mg 4dd, tijden 07:00 – 11:00 – 15:00 – 19:00 strikt aanhouden
- ciprofloxacine 500 mg 2dd t/m [[DATUM|5-12-2024]]
- Movicolon 1 sachet 1dd

Afspraken: poli geriatrie over 6 weken bij dr. [[PERSOON|S. Ramdin]]. Dochter [[PERSOON|Ingrid]] ([[TELEFOON|06 2371 0846]]) is eerste contactpersoon.

Met collegiale groet,

[[PERSOON|F.A. Oerlemans]], aios geriatrie
namens dr. [[PERSOON|S. Ramdin]], klinisch geriater, BIG [[ID|39052187601]]`,
  },
  {
    id: 'd5-b04',
    genre: 'verwijzing',
    setting: 'wijk',
    author: 'auteur-d5b',
    text: `Verwijzing casemanagement dementie

Van: [[PERSOON|Anouk van der Sanden]], wijkverpleegkundige, [[ORGANISATIE|Wijkzorg Maasland]], team [[PLAATS|Berghem]]
Aan: casemanagers dementie, [[ORGANISATIE|Ouderenzorg De Vlonder]]
Datum: [[DATUM|07-10-2024]]

Betreft: dhr. [[PERSOON|Th. (Theo) Verhoeven]], geb. [[DATUM|19-02-1938]]
[[ADRES|Kerkstraat 4a]], [[POSTCODE|5351 AB]] [[PLAATS|Berghem]] – tel. [[TELEFOON|0412-623418]]
BSN [[BSN|341 437 293]]
HA: dr. [[PERSOON|Smulders]], [[ORGANISATIE|Huisartsenpraktijk De Maasakker]]

Reden verwijzing
Sinds de zomer toenemende vergeetachtigheid, dhr. raakt de weg kwijt in het dorp. Vorige week 's nachts door de buurman gevonden bij de bakker op de hoek, in pyjama, verward. Kookt niet meer, laat gas aan staan. Echtgenote mw. [[PERSOON|Riek Verhoeven]] (86) is overbelast, slaapt slecht en valt af (EDIZ 9).
MMSE door HA op [[DATUM|2 september]]: 19/30, kloktekentest afwijkend. HA heeft verwezen naar de geheugenpoli van [[ORGANISATIE|Ziekenhuis Maasheggen]], afspraak [[DATUM|14 november]].

Huidige zorg: wijkverpleging 1x p/d (medicatie, steunkousen). Dagbesteding nog niet, dhr. houdt af.

Vraag
- starten casemanagement, ook als diagnose nog niet rond is
- ondersteuning mantelzorg (echtgenote)
- meedenken over Wlz-aanvraag bij het CIZ

Contactpersoon: zoon [[PERSOON|Peter Verhoeven]] ([[PLAATS|Eindhoven]]), [[TELEFOON|06-19384402]]. Dhr. en mw. zijn op de hoogte van deze verwijzing en akkoord.

Met vriendelijke groet,
[[PERSOON|Anouk van der Sanden]]
Wijkverpleegkundige niv. 5
[[EMAIL|a.vandersanden@wijkzorgmaasland.nl]] | [[TELEFOON|0412 45 67 80]]`,
  },
  {
    id: 'd5-b05',
    genre: 'soep',
    setting: 'wijk',
    author: 'auteur-d5b',
    knownNames: ['Mw. A.C. (Adrie) Dieleman-Koster'],
    text: `SOEP wondconsult ma [[DATUM|4-11]]

S: Mw. geeft pijn aan li onderbeen, "het brandt 's nachts". Slaapt slecht. Zondag is de koster van de kerk langs geweest en heeft haar naar de dienst gebracht, daarna erg moe. Eetlust matig, drinkt ca. 1 liter.

O: Ulcus cruris li mediaal 4 x 3 cm, wondbed 70% rood / 30% geel beslag, matig exsudaat, wondranden macererend. Geen geur. T 37,2. RR 148/82, pols 78 irr. EAI 0,9 (gemeten [[DATUM|21 okt]]). Oedeem beide enkels ++.

E: Wond stagneert, exsudaatmanagement onvoldoende, pijn neemt toe. Infectie lijkt nu niet waarschijnlijk. Compressie mogelijk te weinig.

P:
- verband: Aquacel Ag + Mepilex Border, 3x/wk wisselen (ma-wo-vr)
- overleg HA [[PERSOON|Geldof]] ([[ORGANISATIE|Huisartsenpraktijk Het Zwin]]) over pijnstilling, evt verwijzing dermatologie [[ORGANISATIE|Scheldeland Ziekenhuis]] locatie [[PLAATS|Terneuzen]]
- zwachtelen herstarten na overleg
- dochter [[PERSOON|Marian]] gebeld, komt wo om 10:00 bij wondzorg

/[[PERSOON|EvB]] wijkvpk [[ORGANISATIE|Thuiszorg De Kreek]], team [[PLAATS|Oostburg]]`,
  },
  {
    id: 'd5-b06',
    genre: 'mdo',
    setting: 'GGZ',
    author: 'auteur-d5b',
    knownNames: ['Dhr. Y. (Yonas) Tekle'],
    text: `MDO FACT [[PLAATS|Escamp]] – woensdag [[DATUM|16 oktober 2024]]

Aanwezig: [[PERSOON|Yonas]] (cl.), zus [[PERSOON|Senait Habte]], psychiater [[PERSOON|R. Chaib]], SPV/casemanager [[PERSOON|Willem-Jan Provoost]], ervaringsdeskundige [[PERSOON|Dewi]], woonbegeleider [[PERSOON|Nadia Azzouzi]] ([[ORGANISATIE|Beschermd Wonen Zuiderpark]]). Tolk Tigrinya telefonisch.

1. Psychisch
PTSS met psychotische kenmerken. Stemmen minder sinds ophogen Abilify naar 15 mg. HoNOS 18 (was 24 in april). Nachtmerries blijven, slaapt 4-5 uur. Geen suicidale gedachten.

2. Wonen
Woont sinds [[DATUM|1-3-2024]] in BW-woning aan de [[ADRES|Loevesteinlaan 302]]. Wil doorstromen naar eigen woning via [[ORGANISATIE|Woonstichting Hofstede]], urgentie aangevraagd bij gemeente [[PLAATS|Den Haag]].

3. Dagbesteding
NT2-les 2x p/w bij [[ORGANISATIE|Taalhuis Moerwijk]]. Werkt 2 ochtenden bij [[ORGANISATIE|Fietsenwerkplaats De Spaak]], gaat goed, komt op tijd.

4. Financien
Schulden ca. 3.200 euro (o.a. CJIB, zorgverzekering). Aanmelding bewind bij [[ORGANISATIE|Bewindkantoor Van Dam & Yilmaz]] loopt, intake [[DATUM|29/10]].

5. Somatiek
8 kg aangekomen sinds start antipsychotica. HbA1c 52 op [[DATUM|2/10]], HA start metformine. Advies: beweging via fietswerkplaats, dietist.

Afspraken
- Abilify 15 mg handhaven, evaluatie over 8 wk door [[PERSOON|Chaib]]
- [[PERSOON|W-J]] belt [[ORGANISATIE|Hofstede]] over stand van zaken urgentie
- [[PERSOON|Nadia]] oefent met [[PERSOON|Yonas]] post openen en sorteren
- volgend MDO [[DATUM|11 december]]

Notulen: [[PERSOON|NA]]`,
  },
  {
    id: 'd5-b07',
    genre: 'email',
    setting: 'ZKH',
    author: 'auteur-d5b',
    text: `Van: [[EMAIL|j.kowalska@maasoeverziekenhuis.nl]]
Aan: [[EMAIL|planning.ijsselmonde@thuiszorgrijnmondzuid.nl]]
Verzonden: vr [[DATUM|8 november 2024]] 10:42
Onderwerp: overdracht dhr. [[PERSOON|Doelwijt]] - ontslag maandag

Goedemorgen [[PERSOON|Lieke]],

Zoals telefonisch besproken: dhr. [[PERSOON|Marlon Doelwijt]] (geb. [[DATUM|12-01-1956]]), [[ADRES|Groeninx van Zoelenlaan 88]], [[POSTCODE|3076 EK]] [[PLAATS|Lombardijen]], gaat maandag [[DATUM|11/11]] naar huis vanaf afd. 5 Noord, na een onderbeenamputatie links (diabetische voet).

Zorgvraag:
- wondzorg stomp 1x per 2 dagen, Mepilex Border Post-Op
- insuline: NovoRapid volgens schema + Tresiba 18 E om 22:00. Dhr. kan zelf nog niet spuiten ivm slechte visus
- hulp bij ADL in de ochtend, transfers met hulp van 1
- rolstoel aangevraagd via Wmo-loket, tot die tijd een uitleenrolstoel

Klinische revalidatie is afgewezen omdat dhr. per se naar huis wil; poliklinisch traject bij [[ORGANISATIE|Revalidatiecentrum De Waterkant]] start over 2 weken.

Partner mw. [[PERSOON|Shirley Doelwijt-Pinas]] is bereikbaar op [[TELEFOON|06 - 28 41 77 90]]. HA is dr. [[PERSOON|Van Rooij]], [[ORGANISATIE|Gezondheidscentrum Zuidplein]].

Verpleegkundige overdracht en medicatieoverzicht stuur ik vandaag nog via ZorgDomein.

Met vriendelijke groet,

[[PERSOON|Joanna Kowalska]]
Transferverpleegkundige
[[ORGANISATIE|Maasoever Ziekenhuis]] ([[ORGANISATIE|MOZ]])
T [[TELEFOON|010 - 291 44 00]], toestel [[ID|4413]]`,
  },
  {
    id: 'd5-b08',
    genre: 'overdracht',
    setting: 'GHZ',
    author: 'auteur-d5b',
    knownNames: ['Dhr. H.A.M. (Bert) van Gils'],
    text: `Overdracht avond -> nacht [[DATUM|23/9]], woning [[ORGANISATIE|De Hooiberg]], [[ORGANISATIE|Zorgpark Leijhoeve]] [[PLAATS|Udenhout]]

S: [[PERSOON|Bertje]] heeft om 20:15 een aanval gehad (tonisch-clonisch, ca 3 min). Midazolam neusspray 5 mg gegeven om 20:18, aanval stopte 20:19.
B: [[PERSOON|Bert]] (58), ernstig verstandelijk beperkt, syndroom van Down, epilepsie, beginnende dementie. Woont hier sinds 1998. Vorige aanval [[DATUM|2 augustus]].
A: Post-ictaal, slaperig maar reageert op stem. Sat 95%, pols 88, T 37,1. Geen letsel, wel op tong gebeten, beetje bloed. Ligt in bed met bedhekken omhoog, sensor aan.
R: Elk uur kijken. Bij nieuwe aanval > 5 min: 112 bellen en protocol volgen. Arts VG dr. [[PERSOON|Kuijpers]] is op de hoogte, bereikbaar via ANW-dienst [[TELEFOON|013-5298871]]. Zus [[PERSOON|Toos]] om 20:40 gebeld, wil morgen na 9 uur teruggebeld worden.

Rest groep:
- [[PERSOON|Gerrit]] onrustig na bezoek, heeft 2x op de deur gebonkt, nu rustig met muziek
- [[PERSOON|Fenna]] koorts 38,4, paracetamol 1000 mg om 21:00, drinkt goed
- [[PERSOON|joep]] wil morgen vroeg op ivm busje naar [[ORGANISATIE|Zorgboerderij De Klaproos]], wekker staat op 7:00

Nachtdienst: [[PERSOON|Mustafa]] (inval via [[ORGANISATIE|Flexpool Midden-Brabant]]), 2e bereikbaarheid slaapdienst [[PERSOON|Lotte]] toestel [[ID|2281]].

gegeven: [[PERSOON|sk]] – ontvangen: [[PERSOON|MÖ]]`,
  },
  {
    id: 'd5-b09',
    genre: 'rapportage',
    setting: 'GGZ',
    author: 'auteur-d5b',
    knownNames: ['Mw. L. (Lama) Al-Haddad'],
    text: `Rapportage afd. [[ORGANISATIE|De Branding]] – [[ORGANISATIE|Psychiatrisch Centrum Zeehoeve]]

[[DATUM|12-03-2025]] 07:45 ND
Cl. heeft slecht geslapen, 3x op gang, om 03:10 huilend bij de post. Gesprek gehad, ze dacht aan haar vader in Aleppo. Temazepam 10 mg om 03:20 z.n. gegeven, daarna geslapen tot 06:30. /[[PERSOON|jdh]]

[[DATUM|12-03-2025]] 13:30 DD
Opgestaan om 10:00, ontbijt overgeslagen. Groepstherapie niet geweest, 'te moe'. 's Middags bezoek van nicht [[PERSOON|Rania]] (woont in [[PLAATS|Vlissingen]]), daarna beter gestemd. Wil zaterdag met verlof naar nicht, overleg met behandelaar drs. [[PERSOON|Quaak]] volgt. Gewicht 49,2 kg (BMI 17,8). Eetlijst: 50% van warme maaltijd, tussendoortje Nutridrink wel op. /[[PERSOON|A.B.]]

[[DATUM|12-03-2025]] 21:00 AD
Cl. rustig in de tv-kamer met medepatienten. Vraagt steeds naar brief van de IND. Afgesproken dat maatschappelijk werker [[PERSOON|Hylke Tjeerdsma]] morgen contact opneemt met haar advocaat bij [[ORGANISATIE|Advocatenkantoor Scheldepoort]]. Suicidaliteit uitgevraagd: geen concrete plannen, wel doodsgedachten ("soms wil ik slapen en niet meer wakker worden"). Signaleringsplan fase 2, 1x per uur zicht. Mw. weet dat ze de post mag aanspreken. /[[PERSOON|RvM]]

[[DATUM|13-3]] 02:00 ND
Slaapt. Controles conform afspraak. /[[PERSOON|jdh]]`,
  },
  {
    id: 'd5-b10',
    genre: 'crisis',
    setting: 'wijk',
    author: 'auteur-d5b',
    knownNames: ['Mw. F. (Fatma) Öztürk'],
    text: `Incident / crisis – wijkverpleging
zo [[DATUM|2 februari]], 08:50, [[ADRES|Hobbemastraat 141-A]], [[PLAATS|Schilderswijk]]

Bij ochtendbezoek (insuline) mw. [[PERSOON|Öztürk]] aangetroffen op de grond in de badkamer. Aanspreekbaar, verward, weet niet hoe lang ze daar ligt. Blauwe plekken bovenarmen beiderzijds, deels oud (geelgroen), deels nieuw. Mw. zegt eerst "ik ben gevallen", later "hij wordt boos als ik niet kook". Echtgenoot [[PERSOON|Hüseyin]] niet thuis.
Gluc 2,8 mmol/l -> dextro + limonade, na 15 min 5,4. RR 102/60, pols 96. Geen hoofdletsel zichtbaar.

Acties
- 112 gebeld ivm hypo, verwardheid en letsel, ambulance 09:10, naar SEH [[ORGANISATIE|Haagse Duinen Gasthuis]]
- dochter [[PERSOON|Elif]] gebeld ([[TELEFOON|06-47 10 38 92]]), gaat naar SEH
- vermoeden huiselijk geweld: meldcode stap 1-2 doorlopen met teamleider [[PERSOON|Carla Bekkers]], anoniem advies gevraagd bij Veilig Thuis Haaglanden
- HA dr. [[PERSOON|Aydın]] ([[ORGANISATIE|Huisartsenpraktijk Transvaal-Noord]]) telefonisch ingelicht
- sociaal wijkteam [[PLAATS|Laak]] nog NIET ingelicht, eerst toestemming mw. vragen als ze weer helder is

Vervolg
Morgen 10:00 terugbellen Veilig Thuis. Tot nader bericht bezoeken met z'n tweeen. Sleutelkluis code niet wijzigen (dochter heeft die ook).

[[PERSOON|IvdM]], wijkvpk [[ORGANISATIE|Zorgteam Residentie]]`,
  },
  {
    id: 'd5-b11',
    genre: 'begeleiding',
    setting: 'GGZ',
    author: 'auteur-d5b',
    knownNames: ['Dhr. P. (Piotr) Wiśniewski'],
    text: `Begeleidingsgesprek [[DATUM|28-08-2024]], op kamer bij cl. ([[ADRES|Boschdijk 712-4]], [[PLAATS|Eindhoven]])

Aanwezig: [[PERSOON|Piotr]], ambulant begeleider [[PERSOON|Kim Swinkels]]

Alcohol
[[PERSOON|Piotr]] zegt 3 dagen niet gedronken te hebben, daarvoor weekend 'veel' (kratje bier + wodka). AUDIT afgenomen: 19. Trillen handen 's ochtends, zweet. Besproken dat zelf stoppen gevaarlijk kan zijn; hij gaat maandag naar HA ([[ORGANISATIE|Huisartsenpraktijk Woensel-Noord]]) voor begeleid afbouwen, evt. Librium. Wil naar Poolstalige AA-groep, [[PERSOON|Kim]] zoekt uit waar.

Werk
Werkt via uitzendbureau als orderpicker bij [[ORGANISATIE|Van Asten Distributie]] in [[PLAATS|Son en Breugel]]. 2x te laat geweest, teamleider [[PERSOON|Sjaak]] heeft gewaarschuwd. [[PERSOON|Piotr]] is bang zijn kamer kwijt te raken omdat huur via werkgever loopt.

Geld
Schulden bij o.a. zorgverzekeraar en telefoonabonnement. Aanvraag bewind bij [[ORGANISATIE|Budgetbeheer Kempenland]] is rond, start [[DATUM|1 oktober]]. Toeslagen via Belastingdienst nog niet aangevraagd.

Netwerk
Moeder woont in Krakow, belt wekelijks. Vriend [[PERSOON|Tomek]] woont ook in het pand, drinkt ook. Broer [[PERSOON|Krzysztof]] in [[PLAATS|Veldhoven]], contact sinds ruzie verbroken.

Afspraken
- [[PERSOON|Piotr]] belt maandag HA, ik bel dinsdag na
- geen alcohol in huis tot volgende afspraak (afspraak, geen garantie)
- volgende afspraak [[DATUM|4 september]] 16:00

[[PERSOON|Kim Swinkels]], ambulant begeleider [[ORGANISATIE|De Overbrugging]]`,
  },
  {
    id: 'd5-b12',
    genre: 'ontslagbrief',
    setting: 'GGZ',
    author: 'auteur-d5b',
    text: `[[ORGANISATIE|GGZ Maasmond]] – [[ORGANISATIE|Kliniek Zuiderhaven]], afdeling Opname Zuid

Aan: [[ORGANISATIE|Huisartsenpraktijk Oude Wal]], dr. [[PERSOON|P.C. de Laat]]
[[PLAATS|Rotterdam]], [[DATUM|21 oktober 2024]]

Betreft: dhr. [[PERSOON|R.J. (Raymi) Isenia]], geb. [[DATUM|30 juni 1994]]
[[ADRES|Tjalklaan 22]], [[POSTCODE|3192 JP]] [[PLAATS|Hoogvliet]]
Patientnummer: [[ID|7705123]]

Geachte collega [[PERSOON|De Laat]],

Dhr. [[PERSOON|Isenia]] was van [[DATUM|5 september]] t/m [[DATUM|18 oktober 2024]] vrijwillig bij ons opgenomen.

Reden opname: manische ontregeling met psychotische kenmerken (grootheidswanen, nauwelijks slaap, schulden door aankopen), na staken van lithium in de zomer en toegenomen cannabisgebruik.

Diagnose (DSM-5): bipolaire-I-stoornis, huidige episode manisch, ernstig, met psychotische kenmerken; stoornis in cannabisgebruik, matig.

Beloop: herstart lithium, spiegel 0,8 mmol/l op [[DATUM|14-10]]. Olanzapine 10 mg tijdelijk, afgebouwd naar 5 mg. TSH en kreatinine normaal. YMRS daalde van 31 naar 8. Verlof naar huis en naar moeder in [[PLAATS|Spijkenisse]] verliep goed.

Medicatie bij ontslag:
- lithiumcarbonaat 800 mg 1dd (22:00)
- olanzapine 5 mg 1dd, afbouwen in overleg met FACT

Nazorg: FACT [[PLAATS|Hoogvliet]], SPV [[PERSOON|Chantal Martina]], eerste afspraak [[DATUM|24/10]]. Lithiumspiegel over 2 wk via het lab. Dhr. werkt als monteur bij [[ORGANISATIE|Botlek Techniek]]; re-integratie via bedrijfsarts.

Met vriendelijke groet,
[[PERSOON|M. El Amrani]], psychiater
[[PERSOON|T. van Belzen]], verpleegkundig specialist GGZ`,
  },
];
