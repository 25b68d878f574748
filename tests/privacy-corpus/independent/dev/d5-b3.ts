import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd5-b25',
    genre: 'email',
    setting: 'GHZ',
    author: 'auteur-d5b',
    text: `Van: [[EMAIL|p.sardjoe@duinzichtzorg.nl]]
Aan: [[EMAIL|ria.degraaf64@hotmail.com]]
Cc: [[EMAIL|mentor@mentorbureau-hofkwartier.nl]]
Datum: dinsdag [[DATUM|8 juli 2025]] 16:52
Onderwerp: [[PERSOON|Jeroen]] - tandarts en kamp

Beste [[PERSOON|Ria]] en [[PERSOON|Henk]],

Even een update over [[PERSOON|Jerry]].

Tandarts: de behandeling onder narcose bij [[ORGANISATIE|Centrum Bijzondere Tandheelkunde Laakhaven]] is verzet naar donderdag [[DATUM|24 juli]], melden om 07:30. Hij moet vanaf 0:00 nuchter zijn. Ik ga zelf mee, zou fijn zijn als een van jullie er ook bij kan zijn als hij wakker wordt. Ze verwachten 2-3 kiezen te trekken.

Kamp: het zomerkamp met [[ORGANISATIE|Vakantiestichting De Zeilvogel]] is van [[DATUM|4]] t/m [[DATUM|9 augustus]] in [[PLAATS|Renesse]]. [[PERSOON|Jeroen]] heeft er veel zin in, hij heeft zijn tas al drie keer ingepakt :-). Wel moeten jullie (of de mentor, mw. [[PERSOON|Hoekstra]]) het medisch formulier nog ondertekenen; ik heb het in zijn map op kamer 6 gelegd. Medicatielijst (Depakine, Movicolon, Dipiperon z.n.) stuur ik zelf mee.

Verder: hij was vorige week erg van slag na het overlijden van opa [[PERSOON|Kees]]. Hij praat er veel over in de groep, we laten hem daarin zijn gang gaan. Volgens [[PERSOON|Marjan]] (gedragsdeskundige) is het goed om samen een foto-boekje te maken, willen jullie foto's meenemen als jullie zondag komen?

Hartelijke groet,

[[PERSOON|Priya Sardjoe]]
persoonlijk begeleider [[PERSOON|Jeroen de Graaf]]
woonlocatie [[ORGANISATIE|De Schelpenhoek]], [[ORGANISATIE|Stichting Duinzicht Zorg]]
[[ADRES|Zeilmakerstraat 40]], [[POSTCODE|2583 xn]] [[PLAATS|Scheveningen]]
[[TELEFOON|070-3519964]] (groep) / [[TELEFOON|06 18 27 53 40]] (werk mobiel, ma-do)`,
  },
  {
    id: 'd5-b26',
    genre: 'overdracht',
    setting: 'wijk',
    author: 'auteur-d5b',
    text: `Weekendoverdracht wijkverpleging team [[PLAATS|Mierlo]]/[[PLAATS|Brandevoort]] – vr [[DATUM|21-3]]

- mw. [[PERSOON|van der linden]] ([[ADRES|Hoofdstraat 12]], [[PLAATS|Mierlo]]): wond li hiel, za + zo Mepilex wisselen. Pijn wisselend, paracetamol 3dd. Dochter doet boodschappen.
- dhr. [[PERSOON|Swinkels]] ([[PLAATS|Stiphout]]): palliatief, morfinepomp (SC) 30 mg/24u, bolus max 6x. Vandaag 3 bolussen. NR/niet naar ziekenhuis, vastgelegd [[DATUM|14 maart]]. HA [[PERSOON|Oerlemans]] heeft dienst tot za 17:00, daarna HAP. Cassette wisselen zo ochtend, staat klaar bij [[ORGANISATIE|Apotheek Brandevoort]]. Vrouw [[PERSOON|Nel]] erg moe, nachtzorg gevraagd via [[ORGANISATIE|Vrijwilligers Terminale Zorg De Peel]].
- [[PERSOON|joke]] ([[PLAATS|Stiphout]], [[ADRES|Bakkersweg 7 A]]): insuline 2x, ze vergeet te eten -> eerst ontbijt zien dan spuiten! gluc do avond 3,9.
- dhr. [[PERSOON|El Idrissi]]: steunkousen aan/uit, zoon [[PERSOON|Yassin]] doet uit vanaf zo, staat in planning.
- mw. [[PERSOON|v.d. Ven]] ([[LEEFTIJD|97]]): valpartij do, geen letsel, alarmering getest ok. Let op: wil niet douchen, niet forceren, washandje.
- mw. [[PERSOON|Hendriks-Maas]]: NIEUW per za, na ontslag [[ORGANISATIE|Elkanah Ziekenhuis]] (heup re). Intake za 10:00 door [[PERSOON|Bram]]. Rollator + toiletverhoger via thuiszorgwinkel geregeld.

Bereikbaar weekend: [[PERSOON|Bram]] (za), [[PERSOON|Ilona]] (zo), achterwacht wijkvpk [[PERSOON|Wendy Kuijpers]] [[TELEFOON|06-51709822]].

/[[PERSOON|WK]]`,
  },
  {
    id: 'd5-b27',
    genre: 'rapportage',
    setting: 'GHZ',
    author: 'auteur-d5b',
    knownNames: ['Dhr. R. (Rinus) Dregmans'],
    text: `Dagrapportage – woonvorm [[ORGANISATIE|Het Kreekhuis]], [[PLAATS|Hulst]]

ma [[DATUM|3 mrt]] 08:30 – [[PERSOON|Rinus]] goed geslapen, zelf gedoucht met aanwijzingen. Bus van [[ORGANISATIE|Taxi De Polder]] 20 min te laat, hij werd boos en liep naar buiten. Met uitleg weer rustig. Naar werkplaats [[ORGANISATIE|De Houtkrul]]. /[[PERSOON|mdk]]

ma [[DATUM|3 mrt]] 17:15 – Van werkplaats gebeld door [[PERSOON|Johan]]: [[PERSOON|Rinus]] heeft een vogelhuisje afgemaakt en is er trots op. Thuis pannenkoeken gegeten, zelf tafel gedekt. Wil zus bellen. /[[PERSOON|Noa]]

ma [[DATUM|3 mrt]] 19:30 – Gebeld met zus [[PERSOON|Jannie]] (woont in [[PLAATS|Kloosterzande]]). Zij komt zaterdag met zwager [[PERSOON|Piet]] op bezoek, gaan naar de markt. /[[PERSOON|Noa]]

di [[DATUM|4 mrt]] 08:10 – Wat stiller. Klaagt over pijn in rechteroor. Temp 37,4. Oor niet rood van buiten. Oordruppels niet op voorraad, AVG-spreekuur do. Wel naar werk. /[[PERSOON|mdk]]

di [[DATUM|4 mrt]] 21:40 – Pijn oor erger, huilt. Paracetamol 1000 mg gegeven om 21:45 (z.n. lijst). Dienstdoende arts [[ORGANISATIE|Huisartsenpraktijk Ter Hooge]] telefonisch: morgen graag langs bij eigen HA. Syndroom van Klinefelter en autisme, vandaar extra uitleg en plaatjes gebruikt. /[[PERSOON|S. Wondergem]]

wo [[DATUM|5 mrt]] 09:15 – Bij HA geweest (met [[PERSOON|mdk]]): otitis media re, amoxicilline 3dd 500 mg 7 dgn. Vandaag niet naar werk, [[PERSOON|Johan]] ingelicht. [[PERSOON|Rinus]] heeft rustig op kamer muziek geluisterd. /[[PERSOON|mdk]]`,
  },
  {
    id: 'd5-b28',
    genre: 'crisis',
    setting: 'ZKH',
    author: 'auteur-d5b',
    knownNames: ['Mw. D.J. (Daphne) van den Broek'],
    text: `Consult psychiatrie SEH – zo [[DATUM|23-03-2025]] 04:20
[[ORGANISATIE|Kralingse Gasthuis]], SEH box 7

Aanvraag: SEH-arts dr. [[PERSOON|Pinas]] ivm intoxicatie paracetamol.
Hetero-anamnese: partner dhr. [[PERSOON|Erik Stam]].

Somatisch (volgens SEH)
Ca. 20 x 500 mg paracetamol + wijn ingenomen rond 23:00. Spiegel boven de lijn van het Rumack-Matthew nomogram, NAC gestart om 02:10. EMV 15. Leverfuncties nog normaal. Intern neemt op.

Psychiatrisch onderzoek
Mw. ([[PERSOON|Daphne]]), 34 jr, helder, goed georienteerd, huilerig, stemming somber. Sinds 2 mnd slecht slapen, piekeren over werk als leidster bij [[ORGANISATIE|Kinderdagverblijf De Dikkertjes]] (conflict, ziekgemeld). Gisteravond ruzie met partner, daarna 'impulsief' tabletten gepakt. Zegt nu spijt te hebben, "ik wilde gewoon even weg". Ontkent actuele suicidale intenties, kan toekomstplannen noemen (kinderen, 4 en 7). Eerdere poging op 19-jarige leeftijd. Geen psychotische kenmerken. Geen middelen behalve alcohol (3-4 glazen in weekend).

Conclusie
Suicidepoging, impulsief, bij depressieve episode (matig) en relatieproblemen. Risico op korte termijn matig, beschermende factoren: kinderen, steunende moeder, hulpvraag aanwezig.

Beleid
- na somatische behandeling geen psychiatrische opname nodig, mw. gaat akkoord met IHT
- IHT [[ORGANISATIE|GGZ Maasmond]] vandaag ingelicht ([[TELEFOON|010-2409311]]), eerste huisbezoek binnen 24 u na ontslag
- kinderen verblijven bij moeder mw. [[PERSOON|T. van den Broek]] in [[PLAATS|Capelle aan den IJssel]]
- HA ([[ORGANISATIE|Huisartsenpraktijk Oud-Kralingen]]) per brief
- signaleringsplan en veiligheidsplan samen opgesteld, kopie in status

[[PERSOON|M. Ramsaran]], arts-assistent psychiatrie
sup. dr. [[PERSOON|H. Lemmens]], psychiater`,
  },
  {
    id: 'd5-b29',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d5b',
    knownNames: ['Dhr. M. (Mohamed) Bouzid'],
    text: `Voortgangsverslag arbeidsmatige dagbesteding – [[DATUM|30-04-2025]]
Deelnemer: [[PERSOON|Mo]] ([[PERSOON|Mohamed Bouzid]])
Woont: woonvorm [[ORGANISATIE|De Leemkuil]], [[PLAATS|Kaatsheuvel]]
Jobcoach: [[PERSOON|Sandra van Asten]], [[ORGANISATIE|Werkplaats De Schroef]] [[PLAATS|Waalwijk]]

Aanleiding
[[PERSOON|Mo]] (21) werkt sinds vorig jaar 4 dagen in de metaalgroep. Hij heeft aangegeven dat hij 'echt werk' wil. Doel is een werkervaringsplek buiten de werkplaats.

Stand van zaken per doel
1. Werkhouding – Komt op tijd, fietst zelf. Pauzes houden lukt beter. Bij drukte gaat hij nog weg zonder te melden (3x in april).
2. Vaardigheden – Boren en zagen zelfstandig, veiligheidsbril nu altijd op. Heftruckcertificaat lukt niet ivm leesvaardigheid.
3. Stage – Proefplaatsing 2 ochtenden bij [[ORGANISATIE|Tuincentrum De Groene Vlinder]] in [[PLAATS|Drunen]] vanaf [[DATUM|7 mei]]. Contact daar: dhr. [[PERSOON|Mutsaers]] (bedrijfsleider). Vervoer: fiets, route 2x geoefend.
4. Financien – Wajong via UWV loopt, loonwaarde wordt na 3 mnd stage bepaald.

Gesprek met vader ([[PERSOON|Abdelkader]]) op [[DATUM|24/4]]: trots, maar bang dat [[PERSOON|Mo]] overvraagd wordt. Afgesproken dat we na 4 weken evalueren met hem, [[PERSOON|Mo]] en PB'er [[PERSOON|Fleur]] van de woonvorm.

Signalen
Slaapt slecht als hij 's avonds gamet. [[PERSOON|Fleur]] werkt hieraan op de groep (telefoon 23:00 inleveren).

[[PERSOON|S. van Asten]], jobcoach`,
  },
  {
    id: 'd5-b30',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-d5b',
    text: `[[ORGANISATIE|Haagse Duinen Gasthuis]] – Heelkunde
[[PLAATS|Den Haag]], [[DATUM|3 november 2024]]

Aan: [[ORGANISATIE|Huisartsenpraktijk Morgenstond]], dr. [[PERSOON|K. Tahiri]]
Kopie: [[ORGANISATIE|Thuiszorg Haagse Hofjes]]

Betreft: [[PERSOON|Biharie, S.R.]], geb. [[DATUM|11-01-1934]]
[[ADRES|Melis Stokelaan 1402]], [[POSTCODE|2541 GH]] [[PLAATS|'s-Gravenhage]]
BSN [[BSN|687 538 075]]

Geachte collega,

Deze opvallend vitale [[LEEFTIJD|negentig]]jarige heer werd op [[DATUM|28 oktober]] via de SEH opgenomen met een beklemde liesbreuk rechts.

Anamnese: sinds 6 uur pijnlijke zwelling re lies, braken. Zelfstandig wonend met echtgenote, loopt met stok.
Vg: hypertensie, DM2, TURP (2015).

Beloop: dezelfde avond acute operatie (Lichtenstein-plastiek re), darm vitaal, geen resectie. Postoperatief kortdurend delirant (DOS max 4), met haloperidol 0,5 mg eenmalig en non-medicamenteuze maatregelen hersteld. Mobiliseert met fysio, ADL zelfstandig met toezicht. Wond rustig, hechtingen oplosbaar.

Lab bij ontslag: Hb 7,9, leuco 9,1, kreat 112.

Medicatie: ongewijzigd, plus paracetamol 1000 mg 3dd zo nodig, 1 week.

Beleid: geen zwaar tillen gedurende 6 weken. Controle poli chirurgie over 4 weken bij dr. [[PERSOON|Van Oosten]]. Wijkverpleging 1x daags voor controle wond en delierobservatie, eerste week.

Zoon [[PERSOON|Radjesh]] ([[TELEFOON|+31 6 4419 8277]]) is geinformeerd.

Met vriendelijke groet,

dr. [[PERSOON|N.E. Lachmon]], chirurg
[[PERSOON|R.G. Habte]], ANIOS chirurgie`,
  },
  {
    id: 'd5-b31',
    genre: 'verwijzing',
    setting: 'wijk',
    author: 'auteur-d5b',
    text: `Aanmelding wijkteam [[PLAATS|Bospolder]]-[[PLAATS|Tussendijken]]
Datum aanmelding: [[DATUM|2/12/2024]]
Aanmelder: [[PERSOON|Marit Schouten]], wijkverpleegkundige [[ORGANISATIE|Wijkzorg Westerkade]], [[TELEFOON|010 477 20 19]]

Client: dhr. [[PERSOON|Mustafa Koç]], geb. [[DATUM|1-7-1948]]
Adres: [[ADRES|Schiedamseweg 313 b]], [[POSTCODE|3026 AN]] [[PLAATS|Rotterdam]]
BSN (volgens client) [[ID|132541284]] – klopt niet, graag navragen
Huisarts: [[ORGANISATIE|Gezondheidscentrum Het Vierkant]]

Reden aanmelding
Dhr. woont alleen sinds overlijden vrouw (vorig jaar). Wij komen 1x per dag voor medicatie (DM2, COPD). Huis raakt vervuild: vuilniszakken in gang, koelkast met bedorven eten, muizen. Buren hebben geklaagd bij [[ORGANISATIE|Woonstichting Maaskade]], dreigend huurprobleem. Dhr. schaamt zich, spreekt beperkt Nederlands (Turks).

Wat is er al gedaan
- zoon [[PERSOON|Emre]] (woont in [[PLAATS|Vlaardingen]]) ingelicht, helpt 1x/2 wk
- ergotherapeut via HA geweest: valgevaar, douchestoel geleverd
- imam van [[ORGANISATIE|Stichting Moskee Huzur]] komt af en toe langs, dhr. vertrouwt hem

Hulpvraag
- praktische hulp huishouden (Wmo) en evt. eenmalige schoonmaak
- contact met corporatie over de klachten
- dagbesteding voor Turkse ouderen, zoals bij [[ORGANISATIE|Ontmoetingscentrum Sevgi]]
- onderzoek naar geheugen? Dhr. vergeet veel, geen MMSE gedaan (taal)

Toestemming dhr. mondeling gegeven, met zoon als tolk.

Met vriendelijke groet,
[[PERSOON|M. Schouten]]
[[EMAIL|m.schouten@wijkzorgwesterkade.nl]]`,
  },
  {
    id: 'd5-b32',
    genre: 'soep',
    setting: 'GGZ',
    author: 'auteur-d5b',
    knownNames: ['Dhr. J.A. (Johan) de Groot'],
    text: `Somatisch consult – afd. [[ORGANISATIE|De Vuurtoren]], [[ORGANISATIE|Centrum voor Psychiatrie Zandhove]]
vrijdag [[DATUM|7 februari]] – op verzoek van PB'er [[PERSOON|Lisa]]

S: Dhr. valt vaker (2x deze week), zegt zelf "niks aan de hand". Volgens team wankel lopen, vooral 's avonds. Eet matig. Ontkent alcohol sinds opname (sinds [[DATUM|2 december]] opgenomen, 5 jaar dagelijks 1 fles jenever).

O: RR 104/62 liggend, 88/54 staand na 3 min, pols 92. Gewicht 61 kg (was 66 kg bij opname). Tinetti 16/28. Nystagmus horizontaal bdz. Breedbasisch looppatroon. Geen focale uitval. Huid droog.
Lab [[DATUM|6-2]]: Hb 7,6, MCV 104, Na 133, K 3,3, Mg 0,62, albumine 31, GGT 88.

E:
1. Orthostatische hypotensie, waarschijnlijk mede door quetiapine (Seroquel) en uitdroging.
2. Gangstoornis en nystagmus bij bekend syndroom van Korsakov, risico op (subklinische) Wernicke.
3. Ondervoeding (SNAQ 4), hypomagnesiemie, hypokaliemie.

P:
- thiamine 100 mg 3dd iv 5 dagen, daarna 300 mg po
- Mg en K suppletie, lab over 1 wk
- quetiapine 's avonds verlagen van 100 naar 50 mg i.o.m. psychiater dr. [[PERSOON|Vos]]
- 1,5 L vocht/dag, drinklijst
- dietist consult, Fresubin 2dd
- fysio valpreventie, heupbeschermers overwegen
- dochter [[PERSOON|Marjolein]] geinformeerd per telefoon (toestemming dhr.)

[[PERSOON|J. Koster]], VS GGZ / [[PERSOON|jk]]`,
  },
  {
    id: 'd5-b33',
    genre: 'mdo',
    setting: 'wijk',
    author: 'auteur-d5b',
    knownNames: ['Mw. P. (Pietje) Lokerse-Tuinman'],
    text: `MDO kwetsbare ouderen – [[ORGANISATIE|Huisartsenpraktijk Schouwen-West]], [[DATUM|20-5-2025]]

Aanwezig: HA dr. [[PERSOON|Wisse]], POH-ouderen [[PERSOON|Karin Lokerse]] (geen familie), wijkvpk [[PERSOON|Hanneke]] ([[ORGANISATIE|Zorgcirkel Duinen en Dijken]]), casemanager dementie [[PERSOON|Bea Kodde]], specialist ouderengeneeskunde [[PERSOON|T. Mahmoud]] (telefonisch).

Mw. [[PERSOON|Lokerse-Tuinman]] ([[LEEFTIJD|90]]), [[ADRES|Kerkring 2]], [[PLAATS|Noordwelle]]

Situatie
Woont alleen in boerderijtje, echtgenoot overleden 2021. Alzheimer-dementie (diagnose 2023), MMSE nu 17. Dochter [[PERSOON|Jannie]] woont in [[PLAATS|Burgh-Haamstede]], komt dagelijks, is op. Zoon in Canada.
Afgelopen maand 2x 's nachts buiten aangetroffen door buurman (dhr. [[PERSOON|Hoogerland]]). Kookt niet meer, maaltijden via [[ORGANISATIE|Tafeltje Dekje Schouwen]].
Dagbesteding 2x p/w bij [[ORGANISATIE|Ontmoetingscentrum 't Praethuys]], gaat graag. Zondag naar [[ORGANISATIE|Hervormde Gemeente Noordwelle]], ouderling haalt haar op.

Bespreekpunten
- veiligheid 's nachts: GPS-tracker en deursensor (domotica), mw. accepteert dit
- Wlz-aanvraag bij CIZ: dochter en casemanager doen dit samen, deze week
- voorkeur opname: [[ORGANISATIE|Zorgcentrum De Zeeuwse Gaard]] in [[PLAATS|Zierikzee]], wachtlijst ca. 4 mnd
- medicatie: galantamine gestopt (misselijk), geen alternatief
- wilsverklaring: NR-beleid sinds [[DATUM|3 april 2024]], geen ziekenhuisopname tenzij comfort

Acties
- [[PERSOON|Bea]]: Wlz-aanvraag + respijtzorg voor dochter
- [[PERSOON|Hanneke]]: avondbezoek erbij (21:30) tot tracker er is
- HA: huisbezoek over 4 wk

/[[PERSOON|dW]]`,
  },
  {
    id: 'd5-b34',
    genre: 'email',
    setting: 'wijk',
    author: 'auteur-d5b',
    text: `Van: [[PERSOON|Sharon Brekelmans]] <[[EMAIL|s.brekelmans@thuiszorgdereeshof.nl]]>
Aan: POH [[PERSOON|Ilse]] – [[EMAIL|poh@huisartsenhetheike.nl]]
Verzonden: ma [[DATUM|13-01-2025]] 09:14
Onderwerp: dhr. [[PERSOON|Pisters]] – toename pijn, vraag hospice

Hoi [[PERSOON|Ilse]],

Graag overleg met dokter [[PERSOON|Smits]] over dhr. [[PERSOON|Huub Pisters]] ([[LEEFTIJD|95]]), [[ADRES|Ringbaan-Oost 240-03]], [[PLAATS|Tilburg]].

Dhr. gaat snel achteruit (prostaatca met botmetastasen). Sinds het weekend meer pijn in de rug, NRS 7-8 ondanks oxycodon 10 mg 2dd + oxynorm 5 mg (gisteren 5x). Eet bijna niet meer, ligt het grootste deel van de dag op bed. Obstipatie: 4 dagen geen ontlasting, Movicolon 2dd. Decubitus cat. 1 stuit, wisselligging gestart, Braden 12.

Mevrouw [[PERSOON|Pisters]] (zelf 89) kan het niet meer aan, ook 's nachts niet. Zij en dochter [[PERSOON|Lieke]] vragen naar een plek in [[ORGANISATIE|Hospice De Lindehof]]; dhr. wil dat ook als het niet anders kan, maar liefst thuis sterven. Ik heb het hospice gebeld, er is waarschijnlijk eind van de week plek.

Vragen:
1. ophogen oxycodon of omzetten naar pomp?
2. wil de dokter deze week langskomen voor gesprek (ook over palliatieve sedatie, NR is al vastgelegd)?
3. verklaring levensverwachting < 3 mnd voor hospice

Ik ben vandaag tot 16:30 bereikbaar op [[TELEFOON|06 - 38 44 19 02]].

Groetjes,
[[PERSOON|Sharon]]
wijkverpleegkundige [[ORGANISATIE|Thuiszorg De Reeshof]]`,
  },
  {
    id: 'd5-b35',
    genre: 'overdracht',
    setting: 'GGZ',
    author: 'auteur-d5b',
    text: `Overdracht vroege -> late dienst [[DATUM|7/1]], afd. Opname 2 ([[ORGANISATIE|Kliniek Zuiderhaven]])

k.1 [[PERSOON|kevin]]: rustig, ontbijt gehad. Om 14:00 gesprek met psychiater [[PERSOON|El Amrani]] over ontslag. Wil vader bellen.
k.3 mw. [[PERSOON|S.]] ([[PERSOON|Shurendy]]): manisch, loopt veel, slaapt 3 uur. Zorgmachtiging Wvggz, verplichte medicatie olanzapine 10 mg gisteren gegeven. Vandaag zelf ingenomen. Bezoek alleen broer.
k.4 [[PERSOON|yara]]: gisteren verlof naar [[PLAATS|Schiedam]], op tijd terug, urinetest neg. Vandaag werkt ze ochtend bij [[ORGANISATIE|Koffiebar De Overkant]] (re-integratie).
k.6 dhr. [[PERSOON|Zieliński]]: separeer tot 11:30 na agressie nacht, nu op kamer, eet niet. Haldol 5 mg + Temesta 2,5 mg om 04:10. Elk uur zichtcontrole, ook late dienst. Tolk Pools morgen 10:00 ivm gesprek.
k.8 [[PERSOON|Ahmed]]: lithiumspiegel afgenomen 08:00 (0,9 vorige), uitslag na 15:00 bellen lab toestel [[ID|3318]].
k.9 leeg, nieuwe opname verwacht via crisisdienst [[PLAATS|Ommoord]]? – nog geen bericht.

Algemeen: 2 verpleegkundigen ziek, [[PERSOON|Patrick]] van de flexpool vanaf 15:00. Brandalarm test om 16:00, patienten vooraf informeren.

gegeven [[PERSOON|RRov]] / ontvangen [[PERSOON|KZoe]]`,
  },
  {
    id: 'd5-b36',
    genre: 'rapportage',
    setting: 'ZKH',
    author: 'auteur-d5b',
    knownNames: ['Mw. R. (Rukiye) Çelik'],
    text: `Verpleegkundige rapportage – afd. Neurologie 8 Oost, kamer 8.14, bed 3

[[DATUM|03.11.2024]] 07:30 Nacht: mw. onrustig geweest, 2x uit bed geprobeerd. EMV 4-5-6, pupillen isocoor. Re arm kracht 2/5, li normaal. Slikscreening nog niet gedaan, NPO, infuus NaCl 0,9% 1 L/24u. MEWS 2. /[[PERSOON|LvD]]

[[DATUM|03.11.2024]] 11:15 Dag: logopedie ([[PERSOON|Yvonne]]) slikscreening: dik vloeibaar toegestaan, gemalen voeding. Mw. spreekt Turks, beperkt NL; via tolkentelefoon uitleg gegeven. Zoon [[PERSOON|Emre Çelik]] aanwezig vanaf 10:00, ook tolk voor moeder. Braden 14, SNAQ 2. Mobiliseren met fysio naar stoel gelukt. /[[PERSOON|FH]]

[[DATUM|03.11.2024]] 16:40 Dag: neuroloog dr. [[PERSOON|Sahin]] gesprek met zoon: herseninfarct li (MCA), geen trombolyse mogelijk (te laat). Advies revalidatie. Aanvraag GRZ [[ORGANISATIE|Revalidatiecentrum Zeerust]] via transferbureau (toestel [[ID|6120]]). /[[PERSOON|FH]]

[[DATUM|04.11.2024]] 06:50 Nacht: rustiger, geslapen vanaf 01:00. Nycturie 2x, urinaal. Bloedsuiker 7,8. RR 162/88. /[[PERSOON|LvD]]

[[DATUM|04.11.2024]] 14:20 Dag: dochter [[PERSOON|Ayşe]] op bezoek (woont in [[PLAATS|Rijswijk]]). Mw. huilt veel, zegt "ik wil naar huis". Gesprek, dochter blijft tot avond. Zoon belt morgen met transferverpleegkundige over datum revalidatie. /[[PERSOON|MB]]`,
  },
];
