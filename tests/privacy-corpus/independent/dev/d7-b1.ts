import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd7-b01',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-d7b',
    knownNames: ['Dhr. R. (Ricardo) Martina'],
    text: `Crisisbeoordeling crisisdienst [[PLAATS|Enschede]]
Datum: [[DATUM|14-02-2025]], 23:40 uur
Cliëntnr.: [[ID|20417736]]

Aanmelding: 22:55 via politie (wijkagent) en HAP. Dhr. liep verward en schreeuwend over de Oldenzaalsestraat, zou stemmen horen. Moeder, mw. [[PERSOON|Eugenia Martina]] ([[TELEFOON|06-41 27 93 08]]), had eerder die avond al gebeld met de HAP.

Voorgeschiedenis: schizofrenie, bekend bij FACT [[PLAATS|Enschede-Noord]], SPV [[PERSOON|Hatice Demir]]. Laatste depot Xeplion 150 mg op [[DATUM|29/1]], afspraak van vorige week niet gekomen. Dagelijks cannabis, vanavond ook alcohol (6-8 blikjes).

Onderzoek (politiebureau, in bijzijn van 2 agenten): alert, georiënteerd in persoon en plaats, niet in tijd. Achterdochtig, denkt dat de buren via de wifi meeluisteren en dat de buurman hem wil vergiftigen. Dreigende uitspraken richting buurman ("die [[PERSOON|Rudy]] krijgt het terug"). Formele denkstoornissen, gedachtegang onsamenhangend. Geen suïcidale uitingen. Geen ziekte-inzicht, wil niet praten over medicatie.

Conclusie: psychotische decompensatie bij bekende schizofrenie, medicatie-ontrouw en middelengebruik. Ernstig nadeel: verwaarlozing en gevaar voor anderen (agressie buurman).

Beleid:
- i.o.m. dienstdoend psychiater [[PERSOON|M. Kowalczyk]] crisismaatregel voorgesteld, burgemeester gemeente [[PLAATS|Enschede]] akkoord 00:20
- opname HIC kliniek [[ORGANISATIE|De Esrand]] van [[ORGANISATIE|Twentse Bron GGZ]], vervoer door politie
- Haldol 5 mg + lorazepam 2,5 mg z.n. bij agitatie
- moeder telefonisch geinformeerd 00:35
- SPV FACT morgen via mail op de hoogte brengen

[[PERSOON|J. ter Haar]], SPV crisisdienst / [[PERSOON|MK]]`,
  },
  {
    id: 'd7-b02',
    genre: 'begeleiding',
    setting: 'GGZ',
    author: 'auteur-d7b',
    knownNames: ['Mw. W. (Wytske) Hoekstra'],
    text: `Voortgangsverslag ambulante woonbegeleiding
Gesprek do [[DATUM|6 maart]], 10:00-11:15, bij cl. thuis ([[ADRES|Jan van Arkelstraat 27-II]], [[POSTCODE|8019 CV]] [[PLAATS|Zwolle]]).

[[PERSOON|Wytske]] woont sinds [[DATUM|1 oktober 2023]] zelfstandig, huurwoning van [[ORGANISATIE|Woonstichting Sassenhof]]. Huis netjes, afwas gedaan.

Financien
Beschermingsbewind via [[ORGANISATIE|Bewindvoering De Vaste Grond]], bewindvoerder mr. [[PERSOON|P. Mulder]]. Leefgeld 60 euro p/w, cl. komt aan het eind vd week tekort. Brief van het CAK (eigen bijdrage) samen gelezen en doorgestuurd. Samen gebeld met bewindvoerder: leefgeld blijft gelijk, wel extra voor nieuwe winterjas.

Dagbesteding
Sinds januari 3 dagdelen bij [[ORGANISATIE|Kringloopwerkplaats De Tweede Ronde]], sorteert boeken. Werkbegeleider [[PERSOON|Ferry]] is tevreden, cl. zelf ook: "ik hoor er bij". Wil naar 4 dagdelen, besproken met [[PERSOON|ferry]] per mail.

Netwerk
Zus [[PERSOON|Hylkje]] woont in [[PLAATS|Heerenveen]], belt 1x p/w. Buurvrouw mw. [[PERSOON|Yilmaz]] helpt soms met brieven. Verder weinig contacten, cl. wil graag naar de inloop van het buurthuis.

Psychisch
Stemming wisselend, slaapt slecht (wakker om 4 uur). Gebruikt quetiapine 50 mg a.n. volgens voorschrift SPV. Signaleringsplan doorgenomen: fase groen, wel 1 punt oranje (minder eten).

Afspraken
- cl. doet zelf boodschappen bij de Lidl met boodschappenlijst
- PB'er neemt contact op met SPV ivm slapen
- volgende afspraak [[DATUM|13-03]] 10:00

[[PERSOON|LvdW]] (pb'er [[PERSOON|Lisa van der Werf]])`,
  },
  {
    id: 'd7-b03',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-d7b',
    text: `[[ORGANISATIE|Hondsrug Gasthuis]]
Afdeling Longziekten

Aan: huisarts [[PERSOON|R.J. Bolhuis]]
[[ORGANISATIE|Huisartsenpraktijk Bolhuis & Sahetapy]]
[[ADRES|Hoofdstraat 112a]]
[[POSTCODE|7811 EP]] [[PLAATS|Emmen]]

Betreft: [[PERSOON|Pattinama, J.F.]], geb. [[DATUM|17-09-1948]]
BSN: [[BSN|628 194 821]] | Patiëntnr.: [[ID|3390176]]
Opname: [[DATUM|3 januari 2025]] t/m [[DATUM|11 januari 2025]]

Geachte collega,

Wij zagen uw patient, dhr. [[PERSOON|Pattinama]], 76 jaar, in verband met een exacerbatie COPD.

Voorgeschiedenis: COPD GOLD III, DM type 2, CABG 2019, hypertensie, ziekte van Dupuytren beiderzijds.

Bij opname: sinds 4 dagen toegenomen dyspneu en groen sputum. Sat 84% bij kamerlucht, AF 28/min, RR 148/86. Lab: CRP 112, leuco 14,3. X-thorax: hyperinflatie, geen infiltraat.

Beloop: behandeld met prednisolon 40 mg gedurende 5 dagen, doxycycline en vernevelingen. Zuurstof kon op dag 6 worden gestaakt. Glucoses tijdelijk verhoogd, bijgestuurd met extra insuline. Consult dietist ivm BMI 19, start Nutridrink. Fysiotherapie voor ademhalingsoefeningen.

Ontslag naar huis. Wijkverpleging via [[ORGANISATIE|Wijkzorg De Brink]] voor ondersteuning bij ADL en controle inhalatietechniek.

Medicatie bij ontslag:
- Spiriva Respimat 2,5 mcg 2 puffs 1dd
- Foster 200/6 2dd2
- prednisolon gestopt per [[DATUM|8/1]]
- metformine 500 mg 2dd
- Nutridrink compact 2dd

Afspraken: controle poli longziekten over 6 weken bij dr. [[PERSOON|C. Aydın]]. De longverpleegkundige belt dhr. binnen een week.

Met vriendelijke groet,

[[PERSOON|E.M. Lubbers]], arts-assistent longziekten
namens dr. [[PERSOON|C. Aydın]], longarts, BIG [[ID|49023817601]]
T [[TELEFOON|0591-691 400]], toestel [[ID|2231]]`,
  },
  {
    id: 'd7-b04',
    genre: 'verwijzing',
    setting: 'wijk',
    author: 'auteur-d7b',
    text: `Verwijzing casemanagement dementie

Van: [[PERSOON|Nadia Bouzidi]], wijkverpleegkundige, [[ORGANISATIE|Wijkzorg Weerwater]], wijkteam [[PLAATS|Almere Haven]]
Aan: casemanagement dementie, [[ORGANISATIE|Zorgnetwerk Flevoland Midden]]
Datum: [[DATUM|22 april 2025]]

Betreft: mw. [[PERSOON|A.C. (Annie) Kromodimedjo-Sardjo]], geb. [[DATUM|02-11-1937]]
Adres: [[ADRES|Kruisstraat 8 A]], [[POSTCODE|1357 ge]] [[PLAATS|Almere Haven]]
Huisarts: dr. [[PERSOON|Tan]], [[ORGANISATIE|Gezondheidscentrum De Werven]]

Reden verwijzing:
Wij komen sinds [[DATUM|8 januari 2024]] 1x per dag voor medicatie (Baxterrol) en steunkousen. De laatste maanden toenemende geheugenproblemen: mw. vergeet de rol ondanks de medicijnwekker, laat pannen op het vuur staan en is 2x verdwaald op weg naar de Albert Heijn. MMSE door POH op [[DATUM|3-4]]: 21/30. HA denkt aan ziekte van Alzheimer, verwijzing geheugenpoli volgt.

Sociaal:
Weduwe, woont alleen op de 1e verdieping (lift aanwezig). Zoon [[PERSOON|Ricky]] ([[TELEFOON|06 18 44 20 97]]) woont in [[PLAATS|Lelystad]] en komt 1x per week, doet de post. Dochter woont in Suriname. Mw. spreekt Nederlands en Javaans, voelt zich soms eenzaam. Kerkbezoek niet meer sinds haar man overleed.

Hulpvraag:
- begeleiding mw. en zoon in het ziekteproces
- advies over veiligheid thuis (fornuisbeveiliging?)
- toeleiding naar dagbesteding, mw. houdt van handwerken en koken

Zoon is op de hoogte en akkoord met de verwijzing.

Met vriendelijke groet,
[[PERSOON|Nadia Bouzidi]]
[[EMAIL|n.bouzidi@wijkzorgweerwater.nl]]
[[TELEFOON|036-5302 118]] (ma t/m do)`,
  },
  {
    id: 'd7-b05',
    genre: 'soep',
    setting: 'VVT',
    author: 'auteur-d7b',
    knownNames: ['Dhr. G.J. (Gerrit) Brouwer'],
    text: `Visite SO - woonzorgcentrum [[ORGANISATIE|Het Zilverhuys]], afd. 2 Oost, kamer 17
[[DATUM|11-03-2025]]

S: Verzorging meldt sinds zo [[DATUM|9/3]] toenemend verward, 's nachts onrustig, roept om zijn vrouw (overl. 2016). Eet en drinkt minder. Dochter [[PERSOON|Janny]] heeft gebeld, ongerust. Dhr. zelf: "ik moet naar de boot", was vroeger visser op het IJsselmeer.

O: [[LEEFTIJD|94]]-jarige man, bekend met ziekte van Parkinson, AF en BPH. Suf maar wekbaar, niet georienteerd in tijd. T 38,2, RR 108/62, P 96 irr, sat 93%. Mond droog. Suprapubisch drukpijnlijk. Urinestick: nitriet +, leuco ++. DOS-score 5.

E: Delier, waarschijnlijk bij UWI. Cave dehydratie.

P:
- fosfomycine 3 g eenmalig, urinekweek afgenomen
- vochtlijst, streef 1500 ml/dag, drinken aanbieden elk uur
- GEEN haloperidol ivm Parkinson! z.n. quetiapine 12,5 mg bij ernstige onrust, max 2dd
- dochter gebeld 14:10, uitleg delier gegeven, folder meegegeven
- herbeoordeling do [[DATUM|13-3]], eerder bij achteruitgang

[[PERSOON|A. Nowak-Wiśniewska]], SO`,
  },
  {
    id: 'd7-b06',
    genre: 'mdo',
    setting: 'GGZ',
    author: 'auteur-d7b',
    knownNames: ['Mw. F. (Fatima) El Amrani'],
    text: `MDO FACT [[PLAATS|Assen]] - maandag [[DATUM|2 juni 2025]]

Aanwezig: [[PERSOON|H. Dijkstra]] (psychiater), [[PERSOON|Koen Olde Monnikhof]] (SPV), [[PERSOON|Bram]] (ervaringsdeskundige), [[PERSOON|Mirjam Snippe]] (PB'er woonvorm [[ORGANISATIE|De Vlonder]]), [[PERSOON|T. Yıldız]] (IPS-trajectbegeleider). Cl. zelf aanwezig bij laatste 20 min.

1. Psychisch
Bipolaire stoornis type I. Stemming stabiel sinds de winter. Lithiumspiegel [[DATUM|20/5]]: 0,7 mmol/l, TSH en kreat goed. HoNOS 14 (vorige keer 19). [[PERSOON|Fatima]] geeft aan dat ze beter slaapt.

2. Wonen
Woont nu 2 jaar in beschermd wonen. Doorstroom naar zelfstandige woning van [[ORGANISATIE|Woonstichting Het Esdal]]; urgentie aangevraagd bij gemeente [[PLAATS|Assen]], nog geen reactie.

3. Werk
IPS: proefplaatsing 2 ochtenden bij [[ORGANISATIE|Tuincentrum Kloosterveen]], gaat goed. UWV (re-integratie) wordt meegenomen.

4. Somatiek
BMI 31. Bloeddruk en lipiden via POH-S van [[ORGANISATIE|Huisartsenpraktijk Marsdijk]].

5. Netwerk
Broer [[PERSOON|Youssef]] is steunend en gaat mee bij bezichtigingen. Moeder spreekt alleen Tarifit, broer tolkt.

Acties
- [[PERSOON|Koen]]: signaleringsplan updaten met cl. voor [[DATUM|1-7]]
- [[PERSOON|Mirjam]]: oefenen met zelfstandig koken, 2x p/w
- [[PERSOON|Yıldız]]: evaluatie proefplaatsing met werkgever
- volgend MDO [[DATUM|1 september]]

Verslag: [[PERSOON|KOM]]`,
  },
  {
    id: 'd7-b07',
    genre: 'email',
    setting: 'ZKH',
    author: 'auteur-d7b',
    text: `Van: [[EMAIL|transferbureau@ziekenhuisdinkelstroom.nl]]
Aan: [[EMAIL|zorgbemiddeling@zorggroepmolenhoek.nl]]
Verzonden: dinsdag [[DATUM|18 maart 2025]] 11:02
Onderwerp: aanvraag GRZ-plek dhr. [[PERSOON|Nijhuis]]

Beste [[PERSOON|Marloes]],

Zoals telefonisch besproken hierbij het verzoek voor een GRZ-plek voor dhr. [[PERSOON|B.H. (Bennie) Nijhuis]], geb. [[DATUM|4-6-1941]], patientnr. [[ID|0845123]].

Dhr. is op [[DATUM|12/3]] opgenomen op afd. orthopedie (C3) na een val thuis: collumfractuur links, op [[DATUM|13/3]] geopereerd (DHS). Postoperatief goed hersteld, geen delier. Mobiliseert met rollator onder begeleiding van de fysio, transfers met 1 persoon. Barthel 11/20.

Thuissituatie: woont alleen in [[PLAATS|Delden]], bovenwoning met steile trap, dus direct naar huis is niet haalbaar. Mantelzorg: dochter [[PERSOON|Ingrid ter Horst-Nijhuis]], [[TELEFOON|06-50912744]].

Voorkeur familie: locatie [[ORGANISATIE|Het Hofje]] in [[PLAATS|Goor]] ivm afstand voor dochter. Ontslag is gepland op vr [[DATUM|21 maart]].

Medicatie o.a. Eliquis 2,5 mg 2dd, paracetamol 1 g 4dd, Oxynorm 5 mg z.n., Movicolon 1dd.

De verpleegkundige overdracht en de medische brief volgen via de eOverdracht zodra de plek bevestigd is.

Met vriendelijke groet,

[[PERSOON|Esther Wolbers]]
Transferverpleegkundige
[[ORGANISATIE|Ziekenhuis Dinkelstroom]], locatie [[PLAATS|Hengelo]]
T [[TELEFOON|074 - 290 55 10]] | toestel [[ID|3307]]`,
  },
  {
    id: 'd7-b08',
    genre: 'overdracht',
    setting: 'VVT',
    author: 'auteur-d7b',
    knownNames: ['Mw. D. (Dina) Koopman-Schuurman'],
    text: `Overdracht avond > nacht, za [[DATUM|5-4]]
[[ORGANISATIE|Zorgcentrum De Hanzekamp]], afd. psychogeriatrie

k.14 mw. [[PERSOON|Koopman]] (SBAR)
S: Mw. ([[LEEFTIJD|91]] jr) vanavond 2x uit bed gevonden, om 19:45 gevallen naast het bed. Geen zichtbaar letsel.
B: Alzheimer-dementie, osteoporose. Gebruikt acenocoumarol (Sintrom), INR [[DATUM|1/4]]: 2,8. Valrisico hoog. NR-beleid sinds [[DATUM|14-08-2023]].
A: Bewustzijn helder, pupillen isocoor, kan beide benen bewegen zonder pijn. 20:00 RR 132/78, P 78. Wel angstig, zoekt haar moeder.
R:
- neuro-controles om 22:00 en 02:00
- sensormat aan, bed laag, rolstoel weg bij bed
- bij hoofdpijn, braken of sufheid SO-dienst bellen
- zoon [[PERSOON|Gert]] is gebeld, wil bij verslechtering ook 's nachts gebeld worden: [[TELEFOON|06-29 83 10 57]]
- MIC-melding is gedaan

k.9 dhr. [[PERSOON|Mehari]]: nieuwe Mepilex op stuit om 18:00, huid rondom rood. Om 2 uur wisselligging.
k.11 mw. [[PERSOON|de Groot]]: temazepam om 22:00, had om 21:00 nog koffie gevraagd (decafe gegeven).
k.12 dhr. [[PERSOON|Ouali]]: rustig, Tena gewisseld 21:30.

Verder rustige avond, medewerker van de keuken ([[PERSOON|Bertus]]) heeft de koelkast bijgevuld.

Overdracht [[PERSOON|Sanne]] (EVV) aan [[PERSOON|Patrick]] /[[PERSOON|Sv]]`,
  },
  {
    id: 'd7-b09',
    genre: 'rapportage',
    setting: 'wijk',
    author: 'auteur-d7b',
    knownNames: ['Dhr. J.H. (Jan) Oude Wesselink'],
    text: `Rapportage wijkverpleging - wijkteam [[PLAATS|Oldenzaal]]

[[DATUM|03-03-2025]] 08:15
Dhr. geholpen met douchen, huid stuit intact. Beenwond li onderbeen: Aquacel Ag + Coban 2, matig wondvocht, geen geur. Dhr. vertelt dat de bakker niet meer aan huis komt, dochter brengt nu brood. /[[PERSOON|mk]]

[[DATUM|04-03]] 08:30
Medicatie uit Baxter gegeven. Glucose 11,4 nuchter. [[PERSOON|jan]] was mopperig, slecht geslapen ivm pijn been. Buurman dhr. [[PERSOON|Lammers]] had de vuilnisbak al buiten gezet. /[[PERSOON|ij]]

[[DATUM|5/3]] 17:45
Avondronde. Steunkousen uit, benen ingesmeerd. Dochter [[PERSOON|Annemieke]] aanwezig, vraagt of er meer zorgmomenten kunnen komen, zij kan het niet meer opvangen naast haar werk. Doorgezet naar wijkvpk [[PERSOON|Ilse]]. /[[PERSOON|RB]]

[[DATUM|6 maart]]
Indicatiegesprek ([[PERSOON|IJ]], wijkvpk): zorgplan aangepast naar 3 zorgmomenten p/d. Overleg met HA dr. [[PERSOON|ten Dam]]: wond over 2 weken evalueren, evt. verwijzing vaatchirurg [[ORGANISATIE|Ziekenhuis Dinkelstroom]]. Pijnstilling opgehoogd, recept naar [[ORGANISATIE|Apotheek De Thij]]. /[[PERSOON|IJ]]

[[DATUM|07-03]] 08:10
Gbz. Dhr. gaat vanmiddag voor het eerst naar zorgboerderij [[ORGANISATIE|'t Luttike Erve]], wordt om 13:00 opgehaald met het busje. Had er zin in. /[[PERSOON|mk]]`,
  },
  {
    id: 'd7-b10',
    genre: 'crisis',
    setting: 'wijk',
    author: 'auteur-d7b',
    knownNames: ['Mw. E. (Elżbieta) Wiśniewska'],
    text: `Incident / crisis - wijkverpleging [[PLAATS|Emmeloord]]
woensdag [[DATUM|16 juli]], 10:20

Bij aankomst voor insulinezorg stond de voordeur open. Mw. lag op de bank, aanspreekbaar maar suf, alcoholgeur. Blauwe plek li jukbeen en aan de bovenarm (vingerafdrukken?). Glucose 3,1 > dextro en boterham, na 15 min 5,8.
Partner [[PERSOON|Marek]] niet aanwezig. Mw. zegt eerst "gevallen", later: "hij was boos gisteravond". Dochter [[PERSOON|Kasia]] (15) zou op school zijn, [[ORGANISATIE|Het Polderlyceum]].

Acties:
- 10:40 HA gebeld, [[ORGANISATIE|Huisartsenpraktijk De Deel]]; dr. [[PERSOON|Wijnja]] kwam om 11:15, letsel gedocumenteerd en gefotografeerd
- overleg aandachtsfunctionaris [[PERSOON|Gonnie Kamphuis]], meldcode stap 2 en 3 doorlopen
- Veilig Thuis Flevoland gebeld voor advies, dossiernummer [[ID|7716204]]; zij nemen contact op met school ivm dochter
- mw. wil niet naar de opvang, kan wel een paar dagen bij een vriendin in [[PLAATS|Ens]] terecht, vriendin haalt haar vanmiddag op
- mw. heeft het nummer van Veilig Thuis en 112 in haar telefoon gezet

Plan: morgen 2 bezoeken (ochtend en avond) bij vriendin, adres volgt. Mw. bereikbaar op [[TELEFOON|06-87 12 34 09]]. Evaluatie met aandachtsfunctionaris vr.

[[PERSOON|Hester de Jong]], wijkverpleegkundige / [[PERSOON|HdJ]]`,
  },
  {
    id: 'd7-b11',
    genre: 'begeleiding',
    setting: 'GGZ',
    author: 'auteur-d7b',
    knownNames: ['Dhr. M. (Mohamed) Aït Taleb'],
    text: `Evaluatie begeleidingsplan - [[DATUM|27-05-2025]]
[[ORGANISATIE|Anker GGZ Drenthe]], woonvorm [[ORGANISATIE|Het Kompas]], [[PLAATS|Hoogeveen]]
Cliëntnr. [[ID|11029384]]

Aanwezig: [[PERSOON|Mo]], pb'er [[PERSOON|Dewi Soewandi]], moeder (eerste kwartier).

Doel 1: dagritme
[[PERSOON|Mo]] staat door de week om 8 uur op (wekker + app). Gaat 4 ochtenden naar [[ORGANISATIE|Fietswerkplaats De Spaak]], repareert banden en remmen. Werkmeester noemt hem "onze beste sleutelaar". Doel behaald, behouden.

Doel 2: middelengebruik
Cannabis afgebouwd van dagelijks naar 1-2x per week. Urinecontroles wisselend. [[PERSOON|Mo]] wil stoppen maar "in het weekend is het lastig" met vrienden. Nieuw: leefstijltraining via SPV, start na de zomer.

Doel 3: financien
Schulden ca. 4.800 euro. Traject schuldhulpverlening gemeente [[PLAATS|Hoogeveen]] loopt sinds februari; aanvraag bij SVB voor de toeslag gedaan, nog geen reactie. Post wordt wekelijks samen geopend.

Doel 4: werk
[[PERSOON|Mo]] wil graag een leerwerkplek als automonteur. Oriënterend gesprek gepland bij [[ORGANISATIE|Garagebedrijf Kuiper]], daar werkt een neef.

Netwerk: moeder belt dagelijks, broer [[PERSOON|Karim]] woont in [[PLAATS|Zwolle]] en komt 1x per maand. Contact met vader verbroken.

Volgende evaluatie: [[DATUM|26 aug.]]

paraaf [[PERSOON|DS]]`,
  },
  {
    id: 'd7-b12',
    genre: 'email',
    setting: 'VVT',
    author: 'auteur-d7b',
    text: `Van: [[PERSOON|Tineke Bosscher]] <[[EMAIL|t.bosscher@zorggroepreestoever.nl]]>
Aan: [[EMAIL|hanneke.sitaldin@gmail.com]]
CC: [[EMAIL|specialist.og@zorggroepreestoever.nl]]
Onderwerp: terugkoppeling zorgplanbespreking mw. [[PERSOON|Sitaldin]]

Beste [[PERSOON|Hanneke]],

Dank voor je komst naar de zorgplanbespreking van [[DATUM|10 juni]]. Zoals afgesproken hierbij een korte samenvatting voor jou en je broer [[PERSOON|Roy]].

- Eten: sinds je moeder aan tafel zit bij mw. [[PERSOON|de Haan]] eet ze beter. Gewicht nu 48,2 kg (was 46,9). Nutridrink blijft 2x per dag.
- Val van [[DATUM|28/5]]: de foto in het [[ORGANISATIE|Reestland Ziekenhuis]] liet geen breuk zien. Ze loopt weer met de rollator, fysio komt 2x per week.
- Slapen: ze slaapt onrustig. We proberen eerst een vast avondritueel (thee, muziek) voordat we de SO vragen naar medicatie.
- Ze is gisteren [[LEEFTIJD|92]] geworden en heeft erg genoten van de kaarten en de bloemen.
- Het mentorschap loopt nog via [[ORGANISATIE|Stichting Mentorschap Zuidwest-Drenthe]]; de mentor, dhr. [[PERSOON|Van Wijk]], krijgt dit verslag ook.

De volgende bespreking is op [[DATUM|9 september 2025]] om 14:00 op de afdeling.

Met vriendelijke groet,

[[PERSOON|Tineke Bosscher]]
EVV afdeling [[ORGANISATIE|De Zonnebloem]]
[[ORGANISATIE|Zorggroep Reestoever]], locatie [[ORGANISATIE|De Kaai]]
[[ADRES|Havenstraat 3]], [[POSTCODE|7942 HK]] [[PLAATS|Meppel]]
T [[TELEFOON|0522 - 24 17 00]]`,
  },
];
