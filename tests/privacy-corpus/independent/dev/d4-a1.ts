import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd4-a01',
    genre: 'rapportage',
    setting: 'wijk',
    author: 'auteur-d4a',
    knownNames: ['Mw. J.C. (Jannie) Verhoef-Slingerland'],
    text: `[[DATUM|14-03]] 09:40 ochtendzorg
Mw. lag nog in bed toen ik binnenkwam, sleutel uit kluisje. Buurvrouw [[PERSOON|Riet Hoogendijk]] (nr. 43) had om 7 uur al aangebeld omdat de gordijnen dicht bleven. Mw. gedesorienteerd in tijd, dacht dat het zondag was en dat [[PERSOON|Marja]] zou komen. Uitgelegd dat dochter donderdag komt, mw. werd daar wat rustiger van.
Gewassen aan de wastafel, steunkousen aan. RR 118/64, pols 72 irr. Gewicht 51,3 kg (vorige week 52,0). Eet weinig, boterham van gisteren lag nog op het aanrecht.
Medicatierol van [[ORGANISATIE|Apotheek De Gaper]] klopt niet: zakje wo-avond ontbreekt en zakje do-ochtend zit er dubbel in. Gebeld met apotheek, assistente [[PERSOON|Samira]] zoekt het uit en belt terug op het vaste nr van mw. ([[TELEFOON|0182-381290]]).
Koelkast: 3 pakken melk over datum, weggegooid in overleg met mw. Maaltijden worden wel geleverd.
Mw. vertelde weer uitgebreid over haar man die bij de bakker op de Haven werkte "in de oorlog". Stemming goed, lachte veel.
Let op: mw. is [[LEEFTIJD|94]] en is 2x gevallen deze maand (zie valregistratie [[DATUM|2/3]] en [[DATUM|9/3]]). Alarmknop om de pols gedaan, lag weer op het nachtkastje.
Casemanager [[PERSOON|Ilse Brouwer]] ([[ORGANISATIE|Lekstroom Zorg]]) via ECD-bericht geinformeerd over toename verwardheid.
/[[PERSOON|MvdH]]`,
  },
  {
    id: 'd4-a02',
    genre: 'overdracht',
    setting: 'VVT',
    author: 'auteur-d4a',
    knownNames: ['Dhr. H. (Henk) Ouwehand'],
    text: `Overdracht avond -> nacht, do [[DATUM|21 maart]]
Afd. Korenbloem, kamer 12

Dhr. [[PERSOON|Ouwehand]] ([[LEEFTIJD|91]]), ziekte van Alzheimer, sinds 3 wk op de PG-afdeling, kwam van thuis uit [[PLAATS|Bergambacht]]. Ging daarvoor 2x/wk naar dagbesteding bij [[ORGANISATIE|'t Praathuis]] in [[PLAATS|Schoonhoven]].
- Onrustig vanaf 17u, zocht zijn vrouw [[PERSOON|Bep]]. Zoon [[PERSOON|Gert-Jan]] belde om 19:15, dhr. even met hem gesproken, dat hielp een beetje.
- Amper gegeten, 2 happen stamppot, wel 1 Nutridrink op. Vochtlijst bijhouden aub, staat nu op 750 ml.
- Lorazepam 0,5 mg zn gegeven om 20:30 na overleg met SO dr. [[PERSOON|Achterberg]].
- 18:50 gevonden naast bed, zat op de grond, geen letsel zichtbaar, kan alles bewegen. MIC gemeld. Sensormat staat aan!
- Dochter [[PERSOON|Ria Verdonk-Ouwehand]] wil teruggebeld worden over de val, ook als het laat is: [[TELEFOON|06-41 27 88 30]]. Heb ik nog niet gedaan, lukte niet meer.
- Morgen 10:00 fysio [[PERSOON|Wouter]] voor mobiliteit/transfers.

Nacht: 2-uurs ronde, let op uitlopen richting lift, deur naar trappenhuis staat op code.
gr [[PERSOON|Yvonne]] / [[PERSOON|sk]]`,
  },
  {
    id: 'd4-a03',
    genre: 'email',
    setting: 'wijk',
    author: 'auteur-d4a',
    text: `Van: [[PERSOON|Ilse Brouwer]] <[[EMAIL|i.brouwer@lekstroomzorg.nl]]>
Verzonden: dinsdag [[DATUM|19 maart 2024]] 11:02
Aan: [[EMAIL|assistentes@hadebrink.nl]]
Onderwerp: mw. [[PERSOON|Verhoef-Slingerland]], geb. [[DATUM|03-08-1929]] - toename verwardheid

Beste [[PERSOON|Marloes]],

Wil je dit doorzetten naar dokter [[PERSOON|Kraaijeveld]]? Dank je.

Mw. [[PERSOON|Verhoef]] ([[LEEFTIJD|94]], [[ADRES|Lange Weistraat 41]]) gaat de laatste twee weken duidelijk achteruit. De wijkverpleging van [[ORGANISATIE|Lekstroom]] ziet meer verwardheid in de ochtend, ze is 2x gevallen en de buurvrouw belt steeds vaker. Ik vraag me af of er een delier speelt, ze had begin maart een blaasontsteking (via jullie behandeld met nitrofurantoine).
Daarnaast heeft [[ORGANISATIE|Apotheek De Gaper]] een fout in de rol gevonden, mogelijk heeft ze een paar dagen de verkeerde medicatie gehad. [[PERSOON|Samira]] van de apotheek zou jullie ook nog mailen.

Mijn vragen:
1. Kan er opnieuw urine en evt. bloed (natrium, nierfunctie, Hb) geprikt worden? De prikdienst kan thuis komen.
2. Wil dokter [[PERSOON|Kraaijeveld]] een visite plannen? Dochter [[PERSOON|Marja]] ([[TELEFOON|06-27744190]]) wil er graag bij zijn, zij kan do of vr.
3. Ik wil mw. inbrengen in het ouderen-MDO van [[DATUM|4 april]].

Met vriendelijke groet,

[[PERSOON|Ilse Brouwer]]
Casemanager dementie
[[ORGANISATIE|Lekstroom Zorg]] | team [[PLAATS|Schoonhoven]] e.o.
T [[TELEFOON|06-38 19 22 07]]
werkdagen ma - di - do

-----Oorspronkelijk bericht-----
Van: [[PERSOON|Marloes Verhagen]] | [[ORGANISATIE|Huisartsenpraktijk De Brink]] <[[EMAIL|assistentes@hadebrink.nl]]>
Verzonden: vrijdag [[DATUM|8 maart 2024]] 16:47
Aan: [[PERSOON|Brouwer, Ilse]]
Onderwerp: uitslag urine mw. [[PERSOON|Verhoef]]

Hoi [[PERSOON|Ilse]], urine van mw. was nitriet positief, recept nitrofurantoine is naar de apotheek. Wil de wijkverpleging erop letten dat ze het goed inneemt? Gr. [[PERSOON|Marloes]]`,
  },
  {
    id: 'd4-a04',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-d4a',
    knownNames: ['Mw. S. (Sita) Ramsaroep-Jagessar'],
    text: `MDO-verslag
Datum: [[DATUM|27-02-2024]], 14:00-14:45
Locatie: [[ORGANISATIE|Huize Ter Wolde]], afd. Jasmijn
Aanwezig: SO [[PERSOON|M. Bakkali]], psycholoog drs. [[PERSOON|E. Hoogstraten]], EVV [[PERSOON|Chantal Pinas]], fysio [[PERSOON|Bart]], dochter [[PERSOON|Reshma Ramsaroep]], zoon [[PERSOON|Anil Ramsaroep]] (telefonisch vanuit [[PLAATS|Almere]]), casemanager dementie [[PERSOON|Priscilla Zwanenburg]] ([[ORGANISATIE|Haagse Wijkzorg]])
Notulen: [[PERSOON|C. Pinas]]

1. Algemeen
Mw. [[PERSOON|Ramsaroep-Jagessar]] is op [[DATUM|2 februari]] [[LEEFTIJD|90]] geworden, feest met de hele familie in de huiskamer, mw. heeft daar zichtbaar van genoten. Woonde tot anderhalf jaar geleden zelfstandig in de [[PLAATS|Schilderswijk]], met thuiszorg en dagbesteding bij [[ORGANISATIE|De Kruidentuin]].
Diagnoses: vasculaire dementie, DM2, hypertensie, st. na CVA.

2. Cognitie en gedrag
Mw. spreekt vooral Sarnami, Nederlands steeds minder. Eind van de middag onrust en roepgedrag ("mai, mai"). Psycholoog adviseert vaste structuur rond 16u en muziek die ze kent. Kleindochter [[PERSOON|Priya]] zet een afspeellijst met bhajans op de tablet.

3. Voeding
Gewicht 48,0 kg, 2,5 kg verloren in 3 mnd. Vegetarisch. Dietist [[PERSOON|L. van Wijngaarden]] start verrijkte voeding. Familie brengt op zondag roti mee, prima, graag zo houden.

4. Mobiliteit
Rolstoel, transfer met 1 persoon, gaat goed. Fysio [[PERSOON|Bart]] ziet geen reden voor tillift.

5. Pijn
PACSLAC wisselend 4-6, vooral bij wassen. Paracetamol 1 g 3dd vast, evalueren over 2 wk.

6. Beleid en wensen
NR-beleid vastgelegd op [[DATUM|14-11-2022]], opnieuw bevestigd door kinderen. Geen ziekenhuisopname tenzij voor comfort. Familie wil rond het overlijden hindoeistische rituelen, zoon [[PERSOON|Anil]] regelt contact met de pandit.

Actiepunten
- [[PERSOON|Chantal]]: gewicht wekelijks, evaluatie voeding voor [[DATUM|15/3]]
- SO: pijnmedicatie evalueren
- [[PERSOON|Priscilla]]: familiegesprek over mantelzorgrooster, vooral [[PERSOON|Reshma]] is moe
Volgend MDO: [[DATUM|28 mei]]`,
  },
  {
    id: 'd4-a05',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-d4a',
    text: `[[ORGANISATIE|Gezondheidscentrum De Cirkel]]
Huisartsen [[PERSOON|Dekker-Lim]] en [[PERSOON|Van Hulst]]
[[ADRES|Bernadottelaan 4-C]], [[POSTCODE|3527 GA]] [[PLAATS|Utrecht]]
tel. [[TELEFOON|030-2881450]]

Aan: polikliniek geriatrie / geheugenpoli
[[ORGANISATIE|St. Gerardus Gasthuis]]
t.a.v. dr. [[PERSOON|F. Scheepmaker]], klinisch geriater

[[PLAATS|Utrecht]], [[DATUM|8 april 2024]]

Betreft: dhr. [[PERSOON|A. (Abdelkader) Bouzian]], geb. [[DATUM|01-07-1938]]
BSN: [[BSN|688126340]]
Adres: [[ADRES|Marco Pololaan 212 bis]], [[POSTCODE|3526 GL]] [[PLAATS|Utrecht]]
Contactpersoon: zoon [[PERSOON|Youssef Bouzian]], [[TELEFOON|06-19 43 52 87]]

Geachte collega,

Graag verwijs ik bovengenoemde patient (85 jaar) voor diagnostiek naar geheugenproblemen.
Sinds ongeveer een half jaar merkt de familie dat dhr. afspraken vergeet, de weg kwijtraakt op de route naar de moskee en 's nachts onrustig is. Twee keer is hij door de politie thuisgebracht, een keer vanuit [[PLAATS|Hoograven]].
Dhr. spreekt Tarifit en weinig Nederlands en heeft geen schoolopleiding gehad, een MMSE is daarom niet goed bruikbaar. Via zijn zoon hebben wij een RUDAS afgenomen: 17/30.
Echtgenote mw. [[PERSOON|Fadma Bouzian-Amrani]] is de belangrijkste mantelzorger maar is zelf ook kwetsbaar (hartfalen).

Voorgeschiedenis: DM2, hypertensie, BPH, cataract-OK beiderzijds.
Medicatie: metformine 500 mg 2dd, amlodipine 5 mg 1dd, atorvastatine 20 mg 1dd, tamsulosine 0,4 mg 1dd.
Lab [[DATUM|2-4]]: Hb 8,1, glucose nuchter 7,9, HbA1c 54, TSH 2,1, vit B12 198 (laag-normaal), nierfunctie eGFR 61.

Vraagstelling: is er sprake van dementie, en zo ja welk type? Graag advies over behandeling en begeleiding. Wilt u rekening houden met een tolk Tarifit; de zoon kan niet altijd mee.
Parallel heb ik dhr. aangemeld bij [[ORGANISATIE|Kompas Casemanagement]].

Met collegiale groet,

[[PERSOON|R.J. Dekker-Lim]], huisarts
AGB-code [[ID|01056732]]`,
  },
  {
    id: 'd4-a06',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-d4a',
    knownNames: ['Mw. W. (Wil) van Dam-Kok'],
    text: `[[DATUM|23-01]] visite
S: dochter [[PERSOON|Ans]] belt vanochtend, mw. sinds eergisteren suf, eet en drinkt slecht, zegt rare dingen ("moeder staat in de gang"). Hoest sinds paar dagen, geen plasklachten bekend. Wijkverpleging ([[ORGANISATIE|ZorgSaam Rijnland]]) mat gisteren al 37,8.
O: [[LEEFTIJD|97]]-jarige vrouw, ligt in bed, wisselend aanspreekbaar, niet georienteerd in tijd en plaats. T 38,4 °C. RR 104/58, P 98 reg, AF 24/min, sat 91%. Crepitaties re basaal. Buik soepel, geen drukpijn. Tong droog, huidturgor verminderd.
E: delier bij waarschijnlijke pneumonie re onderkwab; dehydratie.
P: amoxicilline/clavulaanzuur 500/125 mg 3dd 7 dagen, recept naar [[ORGANISATIE|Apotheek Het Anker]], wordt vandaag bezorgd. Haloperidol 0,5 mg zn max 2dd. Vochtlijst door wijkverpleging, 2x per dag langs. Met [[PERSOON|Ans]] besproken: mw. wil geen opname, staat ook in haar wilsverklaring, NR-beleid sinds [[DATUM|5 mei 2021]]. Morgen telefonisch contact, bij verslechtering HAP bellen. Zoon [[PERSOON|Dirk]] in [[PLAATS|Emmen]] wordt door [[PERSOON|Ans]] ingelicht.
/[[PERSOON|hvk]]`,
  },
  {
    id: 'd4-a07',
    genre: 'rapportage',
    setting: 'ZKH',
    author: 'auteur-d4a',
    knownNames: ['Dhr. J. (Jelle) Hoekstra'],
    text: `[[DATUM|06-05]] late dienst
Dhr. [[PERSOON|Hoekstra]], [[LEEFTIJD|92]] jr, dag 3 na osteosynthese pertrochantere fractuur li. Vanaf 15u delirant, trok aan infuus, riep in het Fries naar zijn vrouw [[PERSOON|Sjoukje]] (overleden). Dochter [[PERSOON|Tjitske de Vries-Hoekstra]] was op bezoek van 15-17u en kon hem goed geruststellen. Zij rijdt morgen terug naar [[PLAATS|Sneek]], kleinzoon [[PERSOON|Hylke]] (studeert in [[PLAATS|Leiden]]) komt dan 's middags.
DOS 5. Arts-assistent [[PERSOON|Van Kempen]] gebeld via piep [[ID|3381]], haloperidol 0,5 mg po gegeven om 18:10, om 19:30 rustiger.
Pijn NRS 4 bij bewegen, 1 in rust. Wond droog, Mepilex niet doorgelekt. Mictie via CAD, 1100 ml sinds 7u.
Thuissituatie: woonde zelfstandig in [[PLAATS|Oegstgeest]], [[ADRES|Wilhelminapark 18]], thuiszorg van [[ORGANISATIE|ZorgSaam Rijnland]] 1x per dag. Transferverpleegkundige [[PERSOON|Monique]] heeft GRZ aangevraagd bij [[ORGANISATIE|De Vlasakker]], reactie verwacht do.
- [[PERSOON|N. Boukhari]], vpk`,
  },
  {
    id: 'd4-a08',
    genre: 'overdracht',
    setting: 'wijk',
    author: 'auteur-d4a',
    text: `Weekendoverdracht team [[PLAATS|IJsselstein]] Noord - vr [[DATUM|12/4]]

- Mw. [[PERSOON|Lambers]], [[ADRES|Benschopperstraat 22]]: ulcus li onderbeen, verband wisselen za en ma (Aquacel + zwachtel). Dochter [[PERSOON|Petra]] is er za om 10u, fijn als je dan komt.
- Dhr. [[PERSOON|Kowalski]], [[ADRES|Utrechtsestraat 88A]]: insuline 2dd, vrouw [[PERSOON|Agnieszka]] doet de avond zelf. Glucose vanochtend 14,2, bij >15 dienstdoende HA bellen ([[ORGANISATIE|Huisartsenpraktijk Achter de Kerk]] heeft weekend via de post).
- Mw. [[PERSOON|Tan-Oei]] ([[LEEFTIJD|101]]!), woont bij dochter [[PERSOON|Lily]] op [[ADRES|Hoge Biezen 19]]. Palliatief, comfortzorg. Morfinepomp loopt, cassette is vervangen do. Bij onrust/benauwdheid eerst [[PERSOON|Lily]] bellen: [[TELEFOON|06-55 01 93 48]]. Kleinzoon uit [[PLAATS|Rotterdam]] blijft dit weekend slapen.
- Dhr. [[PERSOON|de Wit]], Parkinson, medicatie strikt op tijd! Levodopa 7-11-15-19u. Vrouw vergeet de middagdosis soms.
- NIEUW: [[PERSOON|Verschoor, G.]], [[ADRES|Groenewoud 3-bis]]. Start za ochtend (ADL + medicatie), intake gedaan door [[PERSOON|Femke]]. Mw. komt za terug van revalidatie in [[ORGANISATIE|De Rozenhorst]] na heupfractuur, man ligt nog in het [[ORGANISATIE|St. Gerardus]]. Dochter [[PERSOON|Anouk]] regelt de hulpmiddelen.

Fijn weekend!
[[PERSOON|LvdB]]`,
  },
  {
    id: 'd4-a09',
    genre: 'email',
    setting: 'wijk',
    author: 'auteur-d4a',
    text: `Van: [[PERSOON|Esther Mulder]] <[[EMAIL|e.mulder@kompascasemanagement.nl]]>
Aan: [[PERSOON|Kaya, S.]] <[[EMAIL|s.kaya@nieuwegein.nl]]>
Datum: [[DATUM|16-04-2024]] 09:12
Onderwerp: RE: melding Wmo dhr. [[PERSOON|Hazeleger]], [[ADRES|Dukaatstede 17]]

Dag [[PERSOON|Serpil]],

Dank voor je snelle reactie. Ma [[DATUM|22 april]] om 10:00 is goed, ik ben erbij. Dochter [[PERSOON|Petra Hazeleger]] komt uit [[PLAATS|Veenendaal]] en probeert het ook, haar nummer is [[TELEFOON|06-12 70 39 85]].
Nog wat aanvullende info voor het gesprek:
- dhr. kan sinds de val in februari niet meer zelf boodschappen doen, de buurman (dhr. [[PERSOON|Schippers]]) doet nu veel maar gaat in de zomer 2 maanden naar Spanje
- huishoudelijke hulp loopt via [[ORGANISATIE|HuishoudHulp Plus]], 2 uur per week, dat is echt te weinig nu
- hij wil graag 2 dagen naar dagbesteding bij [[ORGANISATIE|Het Zonnehuys]] in [[PLAATS|Vreeswijk]], daar kent hij mensen van de biljartclub. Vervoer zou dan via de regiotaxi moeten.
Scootmobiel raad ik eerlijk gezegd af, hij raakt buiten de weg kwijt.

Groet,
[[PERSOON|Esther]]

[[PERSOON|Esther Mulder]] | casemanager dementie
[[ORGANISATIE|Kompas Casemanagement]]
[[TELEFOON|06-48 33 71 09]] | [[URL|www.kompascasemanagement.nl]]

> Van: [[PERSOON|Kaya, S.]]
> Verzonden: vrijdag [[DATUM|12 april 2024]] 15:30
> Onderwerp: melding Wmo dhr. [[PERSOON|Hazeleger]]
>
> Beste mevrouw [[PERSOON|Mulder]],
> Wij hebben de melding voor dhr. [[PERSOON|W. Hazeleger]] (geb. [[DATUM|30-09-1935]]) ontvangen. Ik wil graag een keukentafelgesprek plannen op maandag [[DATUM|22-04]] om 10.00 uur bij dhr. thuis. Kunt u aanwezig zijn?
> Met vriendelijke groet,
> [[PERSOON|Serpil Kaya]]
> consulent Wmo, gemeente [[PLAATS|Nieuwegein]]
> [[TELEFOON|030 607 12 44]]`,
  },
  {
    id: 'd4-a10',
    genre: 'mdo',
    setting: 'HA',
    author: 'auteur-d4a',
    text: `Ouderen-MDO [[ORGANISATIE|Huisartsenpraktijk De Brink]] - [[DATUM|4 april]]
Aanwezig: HA [[PERSOON|Kraaijeveld]], POH-O [[PERSOON|Gerda Slot]], wijkvpk [[PERSOON|Marieke van der Heijden]] ([[ORGANISATIE|Lekstroom]]), casemanager [[PERSOON|Ilse Brouwer]], SO [[PERSOON|Achterberg]] ([[ORGANISATIE|De Merelhof]]), apotheker [[PERSOON|T. Oosterom]] ([[ORGANISATIE|Apotheek De Gaper]])
Notulen: [[PERSOON|GS]]

1. Mw. [[PERSOON|J.C. Verhoef-Slingerland]] ([[LEEFTIJD|94]])
Delier lijkt voorbij, Na was 129, vochtbeperking gestopt. Wel blijvend achteruit. Dochter [[PERSOON|Marja]] overbelast. Voorstel dagbesteding [[ORGANISATIE|'t Praathuis]] 2x/wk en Wlz-aanvraag. Actie: [[PERSOON|IB]] bespreekt met dochter, [[PERSOON|MvdH]] vraagt extra ochtendbezoek aan.

2. Dhr. [[PERSOON|H. Ouwehand]]
Sinds [[DATUM|1 maart]] opgenomen in [[ORGANISATIE|De Merelhof]]. Wordt uit het MDO gehaald.

3. Mw. [[PERSOON|Yilmaz]] (78)
14 middelen, klaagt over duizeligheid. Medicatiereview door apotheker samen met HA, gesprek thuis met man [[PERSOON|Mehmet]]; schoondochter [[PERSOON|Hatice]] tolkt. Datum volgt.

4. Dhr. [[PERSOON|van Vliet]], [[ADRES|Kerkweg 7]], [[PLAATS|Ammerstol]]
Woont alleen, vereenzaamt. Buurman [[PERSOON|Koos]] houdt een oogje in het zeil. Valrisico hoog, POH doet valanalyse. Bespreken met [[ORGANISATIE|Welzijn Lekstreek]] over maatjesproject.

Volgend MDO: [[DATUM|6 juni]], zelfde tijd.`,
  },
  {
    id: 'd4-a11',
    genre: 'verwijzing',
    setting: 'wijk',
    author: 'auteur-d4a',
    text: `AANMELDING ZORGBEMIDDELING WLZ - SPOED
Aan: zorgbemiddeling [[ORGANISATIE|Zorggroep Vechtoever]]
Van: [[PERSOON|Esther Mulder]], casemanager dementie, [[ORGANISATIE|Kompas Casemanagement]]
Datum: [[DATUM|10-04-2024]]

Client
Naam: mw. [[PERSOON|G.H. (Truus) Berkhout-Stam]]
Geb.datum: [[DATUM|17-11-1930]] ([[LEEFTIJD|93]] jr)
BSN: [[BSN|492181913]]
Adres: [[ADRES|Kromme Kamp 6]], [[POSTCODE|3401 SC]] [[PLAATS|IJsselstein]]
Clientnummer [[ORGANISATIE|Kompas]]: [[ID|2003318]]
Indicatie: Wlz VV5, afgegeven door CIZ [[DATUM|28-03-2024]]
Huisarts: [[PERSOON|P.A. Sloot]], [[ORGANISATIE|Huisartsenpraktijk Achter de Kerk]], [[TELEFOON|030-6881203]]

Contactpersonen
1. zoon [[PERSOON|Hans Berkhout]], [[ADRES|Laan van Nieuw Oosteinde 230]], [[POSTCODE|2274 EK]] [[PLAATS|Voorburg]], [[TELEFOON|06-20 84 17 62]]
2. dochter [[PERSOON|Wilma Zijlstra-Berkhout]], [[PLAATS|Heerenveen]], [[TELEFOON|0513-642219]]

Situatie
Mw. heeft een gemengde dementie (Alzheimer/vasculair), MMSE 14/30 in januari. Haar echtgenoot dhr. [[PERSOON|A. Berkhout]] ([[LEEFTIJD|95]]) was de mantelzorger en is op [[DATUM|3 april]] opgenomen in het [[ORGANISATIE|St. Gerardus Gasthuis]] met hartfalen; terugkeer naar huis is niet waarschijnlijk. Mw. kan niet alleen thuis blijven: ze weet niet waar hij is, belt 's nachts de buren (fam. [[PERSOON|Ramdin]]) en is op [[DATUM|6/4]] 's avonds op straat aangetroffen.
Sinds [[DATUM|7 april]] logeert ze in [[ORGANISATIE|De Rozenhorst]], dat kan tot uiterlijk [[DATUM|19-04]]. Tot plaatsing komt wijkverpleging van [[ORGANISATIE|Thuiszorg Lekstroom]] 3x per dag.

Voorkeur locatie
1. [[ORGANISATIE|De Rozenhorst]] ([[PLAATS|IJsselstein]]) - kent het daar al
2. [[ORGANISATIE|Amaliahof]] ([[PLAATS|Lopik]])
3. liefst een plek waar dhr. later ook terecht kan (echtpaarplaatsing bespreekbaar?)

Graag telefonisch contact met ondergetekende.

[[PERSOON|Esther Mulder]]
casemanager dementie | [[ORGANISATIE|Kompas Casemanagement]]
[[TELEFOON|06-48 33 71 09]] | [[EMAIL|e.mulder@kompascasemanagement.nl]]`,
  },
  {
    id: 'd4-a12',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-d4a',
    knownNames: ['Mw. M. (Mien) Sahetapy-Latuheru'],
    text: `[[DATUM|30/3]] 02:15 nacht: mw. liep op de gang in nachthemd, zocht "de kerk van Oom [[PERSOON|Bram]]". Met warme melk terug naar bed, even hand vastgehouden. 04:00 ronde: slaapt. Incontinentiemateriaal droog.
- [[PERSOON|joke]]`,
  },
];
