import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd6-b13',
    genre: 'begeleiding',
    setting: 'GGZ',
    author: 'auteur-d6b',
    knownNames: ['Mw. D.A. (Dewi) Soetomo'],
    text: `Begeleidingsgesprek beschermd wonen, [[ORGANISATIE|Huis aan de Vaart]] ([[PLAATS|Kanaleneiland]])
di [[DATUM|9-7-2024]]
Aanwezig: [[PERSOON|Dewi]], PB [[PERSOON|Kees Verbruggen]]

Herstel/doelen
[[PERSOON|Dewi]] wil in 2025 doorstromen naar een eigen appartement. Inschrijving bij [[ORGANISATIE|Woonstichting Domhof]] loopt, urgentie via gemeente [[PLAATS|Utrecht]] afgewezen. Ze vindt dat "oneerlijk", wil bezwaar maken. Besproken wat haalbaar is.

Dagritme
3 dagen vrijwilligerswerk bij stadsmoestuin [[ORGANISATIE|De Groene Vinger]]. Gaat goed, komt op tijd, heeft contact met andere vrijwilligers.

Psychisch
Stemming wisselend. Afgelopen week 2 nachten slecht geslapen rond de sterfdag van haar vader (overleden [[DATUM|4 juli 2019]]). Geen zelfbeschadiging, geen signalen uit signaleringsplan fase oranje. Lithium 400 mg 2dd, spiegel [[DATUM|1/7]] 0,7 mmol/l. Volgende afspraak psychiater [[PERSOON|Van Rooijen]] bij FACT [[PLAATS|Hoograven]] staat.

Financien
Schuldhulp via [[ORGANISATIE|Budgetbureau Lombok]]. Terugbetaling toeslagen aan Belastingdienst loopt, nog ca 1.400 euro.

Netwerk
Zus [[PERSOON|Ratna]] in [[PLAATS|Nieuwegein]], goed contact. Moeder is [[LEEFTIJD|90]] en woont in [[ORGANISATIE|Zorgcentrum De Bilthoek]] in [[PLAATS|De Bilt]], [[PERSOON|Dewi]] gaat 1x per 2 wkn op bezoek met de bus.

Afspraken
- [[PERSOON|Kees]] belt [[ORGANISATIE|Domhof]] over de stand van de inschrijving
- [[PERSOON|Dewi]] schrijft zelf concept bezwaarbrief, samen nakijken
- volgend gesprek [[DATUM|23 juli]]

[[PERSOON|KV]]`,
  },
  {
    id: 'd6-b14',
    genre: 'ontslagbrief',
    setting: 'GGZ',
    author: 'auteur-d6b',
    text: `[[ORGANISATIE|GGZ Heuvelland]], kliniek [[ORGANISATIE|Mergelhof]]
[[ADRES|Oude Molenweg 40]], [[POSTCODE|6218 NB]] [[PLAATS|Maastricht]]

Aan: dhr. [[PERSOON|J.P.M. Frissen]], huisarts
[[ORGANISATIE|Gezondheidscentrum Malberg]]

[[PLAATS|Maastricht]], [[DATUM|18 september 2024]]

Betreft: [[PERSOON|Lemmens, T.H.]] (dhr.), geb. [[DATUM|03.05.1979]]
[[ADRES|Brusselsestraat 155B]], [[POSTCODE|6211pj]] [[PLAATS|Maastricht]]
BSN [[BSN|305332429]] - dossiernr. [[ID|4481207]]

Geachte collega [[PERSOON|Frissen]],

Uw patient was van [[DATUM|12 augustus]] tot [[DATUM|17 september 2024]] vrijwillig opgenomen op afdeling A2 van onze kliniek.

Reden van opname: manische episode met psychotische kenmerken bij bekende bipolaire-I-stoornis, na eigenhandig staken van lithium. Ontremd gedrag, schulden gemaakt, conflict met werkgever [[ORGANISATIE|Drukkerij Vroomen & Zn.]]

Beloop: herstart lithium, spiegel 0,8 mmol/l op [[DATUM|10-9]]. Olanzapine 10 mg tijdelijk toegevoegd, nu 5 mg. Slaap genormaliseerd binnen 10 dagen. Geen separatie of dwangmedicatie nodig geweest. Gezinsgesprek met echtgenote [[PERSOON|Ingrid]] op [[DATUM|2/9]]; zij is op de hoogte van het signaleringsplan.
Somatiek: TSH en nierfunctie normaal (kreat 84, eGFR >90).

Ontslagmedicatie:
- lithiumcarbonaat (Priadel) 800 mg a.n.
- olanzapine 5 mg a.n., afbouwen in 4 weken (schema bijgevoegd)

Nazorg: ambulante behandeling FACT [[PLAATS|Maastricht-Oost]], eerste afspraak [[DATUM|24-09-2024]] bij SPV [[PERSOON|M. Debets]]. Graag over 1 week lithiumspiegel via uw praktijk. Re-integratie loopt via de bedrijfsarts.

Met vriendelijke groet,

dr. [[PERSOON|E. Wetzels]], psychiater, BIG [[ID|29045871201]]
[[PERSOON|S. Nijsten]], arts-assistent

cc: patient; FACT`,
  },
  {
    id: 'd6-b15',
    genre: 'verwijzing',
    setting: 'GHZ',
    author: 'auteur-d6b',
    text: `[[ORGANISATIE|Stichting Larixhof]] - behandeldienst
[[ADRES|Keppelseweg 210]], [[POSTCODE|7001 CJ]] [[PLAATS|Doetinchem]]

Aan: polikliniek neurologie, [[ORGANISATIE|Ziekenhuis Oost-Gelderland]] ([[ORGANISATIE|ZOG]])

[[PLAATS|Doetinchem]], [[DATUM|11 maart 2024]]

Betreft: [[PERSOON|Tim Berendsen]], geb. [[DATUM|30-08-2001]], clientnr. [[ID|110382]]
Woonvorm [[ORGANISATIE|Het Wilgenhof]], [[ADRES|Slingeweg 7]], [[PLAATS|Gaanderen]]

Geachte collega,

Hierbij verwijs ik bovengenoemde client, 22 jaar, met een ernstige verstandelijke beperking bij syndroom van Angelman en epilepsie. Hij is eerder bij u gezien in 2019 (dr. [[PERSOON|Lubbers]]).

Sinds ca. 3 maanden toename van aanvallen: van 2/mnd naar 2-3/week, vooral nachtelijk, tonisch. Registratie door woonbegeleiding ([[PERSOON|Ria Wissink]], EVV) en nachtmonitor.
Huidige medicatie: valproinezuur 600 mg 2dd, clobazam 10 mg a.n. Valproaatspiegel [[DATUM|1-3]]: 62 mg/l. Ammoniak normaal.
Verder gewichtsverlies 4 kg in 2 mnd, mogelijk slikproblemen. Logopedist [[PERSOON|A. te Winkel]] doet slikonderzoek.

Vraagstelling: medicatieadvies; zinvol EEG (evt. onder sedatie) of MRI?

Praktisch: client kan slecht wachten, graag een afspraak vroeg in de ochtend. Begeleiding komt mee. Ouders zijn mentor en willen aanwezig zijn: dhr. en mw. [[PERSOON|Berendsen-Klein Gunnewiek]], tel. [[TELEFOON|0314-382916]].

Met collegiale groet,

[[PERSOON|M.A. Scholten-Ebbers]], arts verstandelijk gehandicapten
AGB [[ID|01047821]]
[[EMAIL|m.scholten@larixhof.nl]]`,
  },
  {
    id: 'd6-b16',
    genre: 'mdo',
    setting: 'wijk',
    author: 'auteur-d6b',
    knownNames: ['Mw. A.M. (Nen) Schmeits-Dreessen'],
    text: `MDO kwetsbare ouderen [[ORGANISATIE|Huisartsenpraktijk Op de Kamp]], [[PLAATS|Geleen]]
[[DATUM|15 mei 2024]]

Aanwezig: HA [[PERSOON|J. Janssen]], POH-ouderen [[PERSOON|Carla Moonen]], wijkvpk [[PERSOON|Fatma Demir]] ([[ORGANISATIE|Thuiszorg Maasland]]), casemanager dementie [[PERSOON|Ger Wolfs]], ergotherapeut [[PERSOON|Luc]].

Client: mw. [[PERSOON|Schmeits]] ("[[PERSOON|Nen]]"), [[LEEFTIJD|93]] jr, [[ADRES|Rijksweg Centrum 55-a]], [[PLAATS|Geleen]]. Weduwe. Dochter [[PERSOON|Marlies]] is mantelzorger en overbelast.

Problemen
1. Cognitie: vasculaire dementie, MMSE 19. Dwaalt 's nachts door het huis, een keer buiten aangetroffen door buurman.
2. Mobiliteit: 2x gevallen afgelopen mnd, loopt met rollator. Barthel 12.
3. Voeding: SNAQ 3, gewicht 51 kg (BMI 19).
4. Mantelzorg: dochter werkt fulltime bij [[ORGANISATIE|Autobedrijf Pieters]] in [[PLAATS|Born]], komt elke avond.

Afspraken
- Wlz-indicatie aanvragen via CIZ (casemanager)
- tot dan logeeropvang bij [[ORGANISATIE|Zorgcentrum Hof van Limbricht]], 1 weekend/mnd
- maaltijdservice via Tafeltje-dek-je
- sensormat en deuralarm: aanvraag Wmo-loket gemeente [[PLAATS|Sittard-Geleen]] (ergo)
- medicatiereview met [[ORGANISATIE|Apotheek De Ganzenmarkt]], polyfarmacie (9 middelen)
- gesprek met dochter over respijtzorg (POH)

Volgend MDO: [[DATUM|17-7]].
Verslag: [[PERSOON|CM]]`,
  },
  {
    id: 'd6-b17',
    genre: 'overdracht',
    setting: 'GGZ',
    author: 'auteur-d6b',
    knownNames: ['Dhr. R. (Rachid) Amrani'],
    text: `Overdracht dag > avond, kliniek [[ORGANISATIE|Heidestein]], afd. kortdurende opname
[[DATUM|6-11-2024]]

S: [[PERSOON|Rachid]] vanmiddag rond 14:20 verbaal agressief naar medepatient [[PERSOON|Kevin]] (kamer 9) in de huiskamer, ging over de tv. Na time-out op eigen kamer gekalmeerd.
B: opgenomen [[DATUM|31-10]] met crisismaatregel, zorgmachtiging is aangevraagd. Psychotisch beeld bij cannabisgebruik. Broer [[PERSOON|Youssef]] komt dagelijks op bezoek.
A: nu rustig maar gespannen, loopt veel op en neer. BVC 3 (prikkelbaar, verbaal dreigend, ijsberen). Om 15:00 zuclopentixol 10 mg z.n. gehad, vrijwillig ingenomen. Niet geluncht, wel gedronken.
R:
- BVC elke dienst scoren
- bij BVC 3 of hoger ANIOS bellen: dr. [[PERSOON|Kuipers]], sein [[ID|3318]]
- [[PERSOON|Rachid]] vraagt om vrijdaggebed bij te wonen in moskee [[ORGANISATIE|Al-Mouhsinin]] in [[PLAATS|Presikhaaf]]; nog niet zonder begeleiding, bespreken in MDO vr [[DATUM|8 nov]]
- advocaat mr. [[PERSOON|B. Öztürk]] komt morgen 10:00 ivm zitting
- moeder belde ([[TELEFOON|026-4427310]]), met toestemming van pt. kort geinformeerd

Overgedragen: [[PERSOON|Jessica]] (dag) aan [[PERSOON|Patrick B.]] (avond)
[[PERSOON|JvO]]`,
  },
  {
    id: 'd6-b18',
    genre: 'rapportage',
    setting: 'ZKH',
    author: 'auteur-d6b',
    knownNames: ['Dhr. W.J. (Wim) Arts'],
    text: `Verpleegkundige rapportage, afd. cardiologie C4, kamer 412
[[DATUM|21-01-2025]] vroege dienst

07:15 dhr. [[PERSOON|Arts]] geeft aan goed geslapen te hebben. Geen pijn op de borst. RR 124/76, p 64 reg (telemetrie SR), sat 96% ka, temp 36,6. Vochtbalans gisteren -850 ml. Gewicht 82,4 kg (gisteren 83,6).

08:30 visite cardioloog dr. [[PERSOON|Van Haaren]] met arts-assistent: furosemide iv omzetten naar oraal 40 mg 1dd. Morgen echo cor.

10:00 geholpen bij wassen aan de wastafel, mobiliseert met rollator op de gang. Dyspnoe bij inspanning, NYHA III.

11:45 zaalarts gebeld ivm K+ 3,3 > kaliumchloride drank 2dd gestart (drs. [[PERSOON|Peters]]).

13:00 echtgenote [[PERSOON|Dorien]] op bezoek. Vraagt naar ontslag; thuis slaapkamer op 1e etage, traplift aanwezig. Via transferpunt thuiszorg aangevraagd bij [[ORGANISATIE|Thuiszorg De Ooijpolder]], voorlopig 1x/dag steunkousen.

14:30 Entresto gestart, uitleg gegeven aan dhr. en vrouw. Folder Hartstichting meegegeven. Dhr. [[PERSOON|Arts]] vindt het veel informatie, morgen herhalen.

Paraaf [[PERSOON|E. Bosman]], vpk / lln [[PERSOON|Thijs]]`,
  },
  {
    id: 'd6-b19',
    genre: 'crisis',
    setting: 'wijk',
    author: 'auteur-d6b',
    knownNames: ['Mw. E. (Els) Wouters-de Groot'],
    text: `Acute situatie / crisis - zaterdag [[DATUM|14 dec. 2024]]
Wijkvpk [[PERSOON|Jorien Schipper]], team [[PLAATS|Galecop]]

Situatie: bij avondronde 17:30 mw. ([[LEEFTIJD|91]]) aangetroffen met blauwe plekken rond li pols en op wang. Echtgenoot dhr. [[PERSOON|Wouters]] (88) verward en boos, schreeuwde "ze moet luisteren". Dhr. bekend met syndroom van Korsakov. Mw. zegt "hij bedoelt het niet zo" en wil niet dat we iets doen. RR mw. 160/92.
Adres: [[ADRES|Geinoord 19]], [[POSTCODE|3432 PG]] [[PLAATS|Nieuwegein]]

Acties:
- [[ORGANISATIE|Huisartsenpost Lekstroom]] gebeld, arts [[PERSOON|B. Karimi]] kwam om 19:00: kneuzingen, geen fractuur.
- zoon [[PERSOON|Erik Wouters]] in [[PLAATS|Vianen]] gebeld ([[TELEFOON|+31 6 2418 7735]]), hij komt vannacht slapen.
- advies gevraagd bij Veilig Thuis [[PLAATS|Utrecht]], melding gedaan volgens meldcode. Dossiernr. VT [[ID|2024118734]].
- crisisopvang voor dhr. via casemanager dementie ([[PERSOON|Hanneke]]) aangevraagd; mogelijk maandag plek in [[ORGANISATIE|Woonzorgcentrum Vreeswijkhof]].

Vervolg: zondag 2x langs (ochtend, avond). Overdragen aan maandagteam, HA dr. [[PERSOON|Spronk]] maandag informeren.

[[PERSOON|JS]]`,
  },
  {
    id: 'd6-b20',
    genre: 'begeleiding',
    setting: 'wijk',
    author: 'auteur-d6b',
    knownNames: ['Dhr. T. (Tomasz) Wiśniewski'],
    text: `Verslag ambulante begeleiding - [[ORGANISATIE|Begeleiding IJsselkring]]
[[DATUM|17/02/2025]], 13:00-14:30, huisbezoek [[ADRES|Debbeshoek 3]], [[PLAATS|Ulft]]
Begeleider: [[PERSOON|Anouk ter Beek]]
Aanwezig: [[PERSOON|Tomasz]], partner [[PERSOON|Kasia]] (deels; vertaalt waar nodig)

1. Werk: [[PERSOON|T.]] werkt via uitzendbureau bij [[ORGANISATIE|Vleeswarenfabriek Gebr. Hulzink]] in [[PLAATS|Terborg]]. Nachtdiensten, slaapt overdag slecht.
2. Financien: post lag ongeopend. Samen geopend: aanmaning energie, brief CAK, brief toeslagen. Afspraak gemaakt met schuldhulp gemeente [[PLAATS|Oude IJsselstreek]] op [[DATUM|24-2]].
3. Wonen: huurwoning van [[ORGANISATIE|Woonstichting De Slinge]], schimmel in badkamer. Melding gedaan via app.
4. Kinderen: zoon [[PERSOON|Kuba]] (8) zit op [[ORGANISATIE|Basisschool Sint Martinus]]. Juf [[PERSOON|Marloes]] maakt zich zorgen over verzuim. Afspraak: [[PERSOON|T.]] brengt [[PERSOON|Kuba]] zelf op do en vr.
5. Gezondheid: alcoholgebruik besproken, zegt 4-5 blikjes per dag, "in Polen drinkt iedereen". Staat open voor verslavingszorg, eerst HA [[PERSOON|Hengeveld]] om verwijzing vragen.

Indruk: [[PERSOON|T.]] lijkt meer open dan vorige keer. [[PERSOON|Kasia]] is moe en wil zelf ook hulp (taalcursus).

Volgende afspraak [[DATUM|3 maart]] 13:00.
[[PERSOON|A.t.B.]]`,
  },
  {
    id: 'd6-b21',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-d6b',
    text: `[[ORGANISATIE|Kromme Rijn Ziekenhuis]], locatie [[PLAATS|Zeist]]
Afdeling orthopedie/traumatologie

Aan: dr. [[PERSOON|N. Baldew]], huisarts, [[ORGANISATIE|Huisartsen De Gagel]]
Kopie: [[ORGANISATIE|Verpleeghuis Oudwijk Hof]], afd. Geriatrische Revalidatie

Datum: [[DATUM|29.03.2024]]
Betreft: mw. [[PERSOON|Sewnath-Ramdin, K.]], geb. [[DATUM|7 oktober 1927]]
Patientnummer [[ID|3029184]]

Geachte collega,

Bovengenoemde [[LEEFTIJD|96]]-jarige patiente werd op [[DATUM|21 maart]] via de SEH opgenomen na een val thuis ([[ADRES|Tigrisdreef 140]], [[PLAATS|Overvecht]]).

Diagnose: mediale collumfractuur links, Garden IV.

Behandeling: op [[DATUM|22-03]] hemi-arthroplastiek links. Postoperatief kortdurend delier (DOS 5), haloperidol 0,5 mg 2 dagen. Hb-daling tot 6,2 mmol/l, 1 EC gegeven. Mobiliseert met looprek onder begeleiding van fysiotherapie, ca 10 meter.

Medicatie bij ontslag: nadroparine (Fraxiparine) 2850 IE 1dd tot 6 wk postop, paracetamol 1 g 3dd, macrogol 1dd, eigen antihypertensiva (amlodipine 5 mg) ongewijzigd.

Beleid:
- overplaatsing naar geriatrische revalidatie [[ORGANISATIE|Verpleeghuis Oudwijk Hof]]
- hechtingen verwijderen dag 14 ([[DATUM|5-4]])
- poli orthopedie [[DATUM|3 mei 2024]] met X-bekken
- NR-verklaring besproken met pt. en kleindochter [[PERSOON|Shivani]], wordt gecontinueerd

Met vriendelijke groet,

[[PERSOON|P. Ouwehand]], orthopedisch chirurg
namens deze, [[PERSOON|L. de Bruijn]], physician assistant
secretariaat [[TELEFOON|030 - 692 40 00]], toestel [[ID|2241]]`,
  },
  {
    id: 'd6-b22',
    genre: 'verwijzing',
    setting: 'GGZ',
    author: 'auteur-d6b',
    text: `Verwijsbrief (via ZorgDomein)

Van: [[PERSOON|T. Claessens]], huisarts
[[ORGANISATIE|Huisartsenpraktijk Claessens & Aarts]]
[[ADRES|Godsweerdersingel 14]], [[POSTCODE|6041 GK]] [[PLAATS|Roermond]], tel [[TELEFOON|0475-321987]]
AGB [[ID|01081234]]

Aan: [[ORGANISATIE|GGZ Roerdal]], specialistische jeugd-GGZ
Datum: [[DATUM|5 februari 2025]]

Patient: [[PERSOON|Al-Hassan, O.]] ([[PERSOON|Omar]]), geb. [[DATUM|23-11-2007]]
[[ADRES|Kapellerlaan 201 A]], [[PLAATS|Roermond]]
BSN [[BSN|691618458]], verz. VGZ, polisnr. [[ID|184502277]]

Reden van verwijzing: vermoeden PTSS en depressie.

Anamnese: [[PERSOON|Omar]] (17) kwam in 2016 met moeder en twee zussen uit Syrie. Sinds ca half jaar nachtmerries, herbelevingen, concentratieproblemen. Resultaten vmbo-4 op [[ORGANISATIE|Scholengemeenschap Het Roerland]] gaan achteruit, mentor dhr. [[PERSOON|Geurts]] nam contact met mij op. Vader vermist sinds 2014. Geen suicidale plannen (uitgevraagd), wel passieve doodsgedachten. Geen middelengebruik.
PHQ-9: 17. CRIES-13: 41.

Tot nu: 4 gesprekken POH-GGZ jeugd ([[PERSOON|Sanne Bloemen]]), onvoldoende effect.

Vraag: diagnostiek en traumabehandeling (TF-CBT/EMDR). Voor moeder is een tolk Arabisch nodig.

Contact: moeder mw. [[PERSOON|Fatima Al-Khatib]], [[TELEFOON|06-11730652]]. [[PERSOON|Omar]] geeft toestemming voor overleg met school.

Met vriendelijke groet,
[[PERSOON|T. Claessens]]`,
  },
  {
    id: 'd6-b23',
    genre: 'mdo',
    setting: 'GHZ',
    author: 'auteur-d6b',
    knownNames: ['Lisa (Lies) van den Heuvel'],
    text: `Zorgplanbespreking [[ORGANISATIE|Stichting Heidehof]], woning [[ORGANISATIE|De Eekhoorn]], [[PLAATS|Groesbeek]]
do [[DATUM|26 september]]

Aanwezig: [[PERSOON|Lies]] (eerste half uur), vader [[PERSOON|Ton van den Heuvel]], gedragsdeskundige [[PERSOON|M. Ramaekers]], AVG dr. [[PERSOON|S. Bouwman]], EVV [[PERSOON|Priscilla Doelwijt]], [[PERSOON|Joost]] van werkplaats [[ORGANISATIE|De Zaagbank]].

1. Gedrag: minder incidenten (van 11 naar 4 per mnd) sinds vaste dagstructuur met pictogrammen. Geen ernstige incidenten.
2. Onvrijwillige zorg: sensor 's nachts blijft, evaluatie Wzd samen met Wzd-functionaris [[PERSOON|H. Kersten]].
3. Gezondheid: syndroom van Down, hypothyreoidie (Thyrax 75 mcg). [[PERSOON|Lies]] hoort slechter, audiologisch onderzoek bij [[ORGANISATIE|Audiologisch Centrum Maas-Waal]] gepland [[DATUM|14-10]]. Screening dementie (DSVG) over 3 mnd herhalen.
4. Dagbesteding: 4 dagen [[ORGANISATIE|De Zaagbank]]. [[PERSOON|Lies]] wil graag naar kinderboerderij [[ORGANISATIE|De Kikkerhoeve]] in [[PLAATS|Heumen]]. [[PERSOON|Joost]] informeert of 1 dag kan.
5. Familie: moeder overleden in 2021. Vader (74) wil taken overdragen aan zus [[PERSOON|Anne-Marie]]; mentorschap aanvragen bij [[ORGANISATIE|Mentorbureau De Waalbrug]].

Actiepunten
- [[PERSOON|PD]] past zorgplan aan voor [[DATUM|1-11]]
- [[PERSOON|MR]] evaluatie Wzd
- vader vraagt mentorschap aan

Volgend MDO: over een half jaar.`,
  },
  {
    id: 'd6-b24',
    genre: 'rapportage',
    setting: 'GGZ',
    author: 'auteur-d6b',
    knownNames: ['Mw. N. (Nynke) Hoekstra-Jelsma'],
    text: `FACT [[PLAATS|Soest]] - rapportage

[[DATUM|03-03-2025]] 10:20 huisbezoek [[ADRES|Lange Brinkweg 44-2]], [[PLAATS|Soesterberg]]. Mw. deed pas open na 3x bellen. Huis rommelig, koelkast bijna leeg. Zegt dat buren (fam. [[PERSOON|de Boer]]) haar afluisteren via de radiator. Abilify depot is [[DATUM|17/2]] gegeven, volgende [[DATUM|17/3]]. - [[PERSOON|rk]]

[[DATUM|03-03]] 11:05 gebeld met dochter [[PERSOON|Sietske]] (woont in [[PLAATS|Baarn]]), zij laat vanmiddag boodschappen bezorgen via Albert Heijn en komt woensdag langs. - [[PERSOON|rk]]

[[DATUM|05-03-2025]] 16:40 telefoon van wijkagent [[PERSOON|Van Dam]]: melding overlast, mw. had om 03:00 op de deur van de buren gebonkt. Geen aangifte gedaan. Afgesproken dat hij ons belt bij volgende melding. - [[PERSOON|HJ]] (SPV)

[[DATUM|06-03]] 09:00 FACT-bord besproken, psychiater [[PERSOON|Molenaar]]: mw. op rood. Contact naar 3x/wk, HIC-bed bespreekbaar bij verslechtering. Dochter vragen voor gezinsgesprek. - [[PERSOON|HJ]]

[[DATUM|06-03]] 15:30 huisbezoek met [[PERSOON|Rob]]. Mw. rustiger, had gegeten. Wil "de Friese" dominee spreken, bedoelt ds. [[PERSOON|Wielenga]] van de [[ORGANISATIE|Gereformeerde Kerk De Rank]] waar ze vroeger kwam. Met toestemming gebeld, hij komt vrijdag. - [[PERSOON|HJ]]

Volgende afspraak do [[DATUM|7 maart]] 14:00, [[PERSOON|Hilde]] en [[PERSOON|Rob]].`,
  },
];
