import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd7-a25',
    genre: 'crisis',
    setting: 'ZKH',
    author: 'auteur-d7a',
    knownNames: ['Mw. E. (Eefje) van Buuren'],
    text: `SEH [[ORGANISATIE|Ziekenhuis Merwestede]] - crisisnotitie
vrijdag [[DATUM|7 augustus]], 23.50

Pt.: mw. [[PERSOON|E. van Buuren]], [[LEEFTIJD|96]] jaar oud
Binnengebracht per ambulance na melding buren (hulpgeroep uit woning [[ADRES|Dubbeldamseweg Zuid 140-c]], [[PLAATS|Dordrecht]]).

Bevindingen
- hematomen beide bovenarmen (grijppatroon), deels oud, deels vers
- decubitus stuit cat. 3, vervuilde kleding, urine-incontinent
- gewicht 41 kg, BMI 16
- dehydratie: Na 151, ureum 19,4
- pt. helder, zegt dat kleinzoon "[[PERSOON|Rocky]]" haar pinpas heeft en "boos wordt als ik om geld vraag"

Kleinzoon [[PERSOON|R. van Buuren]] woont sinds ca. januari bij haar in. Hij was niet aanwezig. Buurman dhr. [[PERSOON|Öztürk]] vertelt dat hij vaak geschreeuw hoort.

Acties
- beoordeeld door SEH-arts [[PERSOON|J. Mol]] en dienstdoend internist [[PERSOON|S. Nanhoe]]
- opname interne, kamer 5.12
- aandachtsfunctionaris ([[PERSOON|Marjolein]], toestel [[ID|6688]]) geinformeerd
- meldcode stap 1-3 doorlopen; om 00.20 overleg Veilig Thuis Zuid-Holland Zuid: geen ontslag naar huis, melding volgt maandag
- dochter mw. [[PERSOON|Annie Verhoef-van Buuren]] uit [[PLAATS|Hendrik-Ido-Ambacht]] gebeld ([[TELEFOON|078-6822517]]), komt morgen. Zij wist niet dat haar zoon geld opnam.
- huisarts ([[ORGANISATIE|Praktijk Wielwijk]]) maandag informeren
- geen bezoek van kleinzoon zonder overleg, afdeling ingelicht

[[PERSOON|ssv]], SEH-vpk`,
  },
  {
    id: 'd7-a26',
    genre: 'begeleiding',
    setting: 'HA',
    author: 'auteur-d7a',
    knownNames: ['Mw. R. (Ratna) Tielman'],
    text: `POH-GGZ consult 3 van 5 - woensdag [[DATUM|14 mei]]

Mw. [[PERSOON|Tielman]], 41 jr, overspannenheid/burn-out. Teamleider bij [[ORGANISATIE|Ingenieursbureau Van Stolk & Oranje]], ziekgemeld sinds [[DATUM|24-3]]. Bedrijfsarts [[PERSOON|Hofstede]] heeft haar 2 wk geleden gezien, advies: eerst rust, dan opbouw.

4DKL (herhaald): distress 22, depressie 4, angst 3, somatisatie 14. Distress iets lager dan bij intake (27).

Besproken
- slaap: nog steeds 4-5 uur, ligt te piekeren
- zorg om moeder (89, COPD) die sinds de winter in [[ORGANISATIE|Rustoord Vreedenhoff]] in [[PLAATS|Rijswijk]] woont; mw. gaat elke dag langs na haar eigen werk, nu ook als ze ziek is
- schuldgevoel naar haar team en naar broer [[PERSOON|Dimas]] die "nooit iets doet"
- grenzen stellen: ze wil proberen 3x per week naar moeder te gaan i.p.v. dagelijks

Interventies: psycho-educatie over stress en herstel, ademhalingsoefening, dagstructuur met rustmomenten.
Huiswerk: activiteitenweger bijhouden, oefeningen via [[URL|https://www.adem-en-rust-delft.nl/oefeningen]] (link in mail gestuurd).

Mw. kwam wat rustiger over dan vorige keer, huilde minder. Geen suicidale gedachten.

Afspraak: [[DATUM|28/5]] 14.30. Bij verslechtering eerder contact of via HA [[PERSOON|Wong]].

[[PERSOON|Sarita Ramlal]], POH-GGZ, [[ORGANISATIE|Gezondheidscentrum Tanthof]]`,
  },
  {
    id: 'd7-a27',
    genre: 'ontslagbrief',
    setting: 'VVT',
    author: 'auteur-d7a',
    text: `[[ORGANISATIE|Zorggroep Bevelanden]] - Geriatrische Revalidatie, locatie [[ORGANISATIE|Ter Valcke]]
[[ADRES|Oude Zanddijk 3]], [[POSTCODE|4461 kd]] [[PLAATS|Goes]]

Aan: huisarts [[PERSOON|F. Riemens]], [[ORGANISATIE|Huisartsenpraktijk 's-Heer Arendskerke]]

Ontslagbericht GRZ
Cliënt: [[PERSOON|Geldof, M.J.]], geb. [[DATUM|22 februari 1935]]
BSN: [[BSN|3852 80 841]]
Opname GRZ: [[DATUM|30-09-2025]] - ontslag: [[DATUM|31-10-2025]]

Geachte collega,

Uw patient, een [[LEEFTIJD|90]]-jarige man, verbleef bij ons voor revalidatie na ziekenhuisopname wegens pneumonie met decompensatio cordis, gecompliceerd door ernstige deconditionering.

Beloop: goede vooruitgang. Bij opname Barthel 9/20, bij ontslag 17/20. Loopt binnenshuis zelfstandig met rollator, buiten korte afstanden. Traplopen met leuning onder toezicht veilig. Geen delier. Gewicht stabiel 74 kg, geen oedeem.

Medicatie bij ontslag (ongewijzigd t.o.v. ziekenhuis, m.u.v. temazepam: gestopt):
- furosemide 40 mg 1dd1
- perindopril 4 mg 1dd1
- metoprolol 50 mg 1dd1
- Ascal 80 mg 1dd1

Nazorg:
- fysiotherapie thuis via [[ORGANISATIE|Fysio Goes-Oost]], 2x/wk
- thuiszorg 1x/dag voor douchen, [[ORGANISATIE|Thuiszorg De Zeeuwse Stroom]]
- traplift aangevraagd via Wmo-loket, echtgenote mw. [[PERSOON|Geldof-Wisse]] volgt dit
- gewichtscontrole 2x/wk, bij toename > 2 kg graag beoordeling

Met vriendelijke groet,

[[PERSOON|I. van Damme]], specialist ouderengeneeskunde
AGB [[ID|17038225]]`,
  },
  {
    id: 'd7-a28',
    genre: 'verwijzing',
    setting: 'GHZ',
    author: 'auteur-d7a',
    text: `Verwijzing bijzondere tandheelkunde

Aan: [[ORGANISATIE|Mondzorgcentrum De Zeemeeuw]], t.a.v. tandarts [[PERSOON|K. van Rijn]]
Van: arts VG [[PERSOON|A. Tuinstra]], [[ORGANISATIE|Stichting 't Duinhuys]], locatie [[ORGANISATIE|De Tulpenhof]], [[PLAATS|Rijnsburg]]
Tel. [[TELEFOON|071-4023816]]

Betreft: [[PERSOON|Ruud van Egmond]], geb. [[DATUM|12-VI-1988]], BSN [[BSN|805888718]]
Wettelijk vertegenwoordiger: zus mw. [[PERSOON|Marian van Egmond]], curator, [[EMAIL|marian.vanegmond@ziggo.nl]]

Geachte collega,

Graag verwijs ik dhr. voor tandheelkundige behandeling onder algehele anesthesie.

Dhr. heeft een ernstige verstandelijke beperking bij syndroom van Angelman, is niet-verbaal en communiceert met gebaren en een paar picto's. Sinds ca. 3 weken weigert hij warme maaltijden, slaat met zijn hand tegen de li wang en slaapt onrustig. Begeleiding ([[PERSOON|Joyce]]) zag bij het poetsen bloed en een zwarte kies li onder. Mondinspectie op de woning lukt nauwelijks.

Medicatie: valproaat (Depakine Chrono) 500 mg 2dd1, levetiracetam 250 mg 2dd1, Movicolon 1dd1.
Epilepsie: laatste insult [[DATUM|3 april]]. Bij narcose graag rekening houden met anti-epileptica en verhoogd aspiratierisico.
Allergieen: geen bekend.

Vorige behandeling onder narcose in 2021 verliep goed; hij had wel veel steun nodig van zijn vaste begeleider bij het inslapen. Graag voorkeur voor een ochtendafspraak.

Met collegiale groet,

[[PERSOON|A. Tuinstra]], arts verstandelijk gehandicapten`,
  },
  {
    id: 'd7-a29',
    genre: 'soep',
    setting: 'GHZ',
    author: 'auteur-d7a',
    knownNames: ['Mw. D.A. (Dewi) Kartodikromo'],
    text: `SOEP arts VG - [[DATUM|15 april]], woning [[ORGANISATIE|Het Dwarsgat]], [[PLAATS|Middelburg]]

S: Begeleiding ([[PERSOON|Roos]]) meldt sinds 3 dgn meer zelfverwonding (bijten in re hand), huilen, wil niet eten. Laatste defecatie 5 dgn geleden volgens lijst. Slaapt onrustig, ligt veel op de buik.

O: 34 jr, matig VG, niet-verbaal. Bijtwond dorsaal re hand 1,5 cm, rand rood, geen pus, geen lymfangitis. Buik opgezet, harde scybala palpabel li onderbuik, pijnlijk bij palpatie (grimas). T 37,3. Gewicht 58 kg. Gebit: niet goed te beoordelen, geen zwelling zichtbaar.

E:
1. gedragsverandering waarschijnlijk door pijn bij obstipatie
2. bijtwond re hand zonder tekenen van infectie

P:
- vandaag klysma (Microlax), daarna Movicolon 2dd1 sachet
- defecatielijst bijhouden, vochtinname min. 1,5 l
- wond reinigen 1x/dag, afdekken met Mepilex; bij koorts of toename roodheid bellen
- gedragskundige [[PERSOON|Van Hoeve]] geinformeerd, signaleringsplan aanvullen met obstipatie als oorzaak van onrust
- moeder telefonisch ingelicht, [[TELEFOON|0118 - 62 55 09]]
- controle vr [[DATUM|18/4]]

[[PERSOON|AT]]`,
  },
  {
    id: 'd7-a30',
    genre: 'mdo',
    setting: 'ZKH',
    author: 'auteur-d7a',
    knownNames: ['Dhr. S. (Siebe) Postma'],
    text: `Multidisciplinair overleg afdeling Geriatrie - [[ORGANISATIE|Hollandse IJssel Ziekenhuis]]
Datum: di [[DATUM|21 okt]]

Aanwezig: geriater [[PERSOON|A. Tan]], vpk [[PERSOON|Loes]], transferverpleegkundige [[PERSOON|Kim Verkerk]], fysio [[PERSOON|Thijs]], ergo [[PERSOON|N. El Khattabi]], dietist [[PERSOON|P. Hazelzet]], MW [[PERSOON|Soufiane]]

Pt.: dhr. [[PERSOON|Postma]], [[LEEFTIJD|91]] jr, opgenomen [[DATUM|16-10]] met pneumonie en delier na val thuis in [[PLAATS|Reeuwijk]].

Medisch: pneumonie reageert op antibiotica, CRP van 180 naar 42. Delier wisselend, DOS gisteren 4. Haloperidol afgebouwd. Orthostatische hypotensie, metoprolol gehalveerd.

Fysio: loopt 10 m met rollator en 1 persoon, valt terug bij omdraaien. Katz-ADL 4.
Ergo: thuissituatie: woont alleen, trap naar slaapkamer, douche op 1e verdieping.
Dietist: SNAQ 3, verrijkte voeding + drinkvoeding 2dd.
MW: echtgenote verblijft sinds 2024 in [[ORGANISATIE|Zorgcentrum De Goudse Schans]]. Dochter [[PERSOON|Hennie]] (woont in [[PLAATS|Bodegraven]]) is mantelzorger, maar werkt fulltime. Dhr. wil het liefst bij zijn vrouw wonen.

Conclusie: terugkeer naar huis voorlopig niet haalbaar. Herstelpotentieel aanwezig.

Beleid:
- aanmelding GRZ, voorkeur [[ORGANISATIE|De Goudse Schans]] ivm echtgenote; alternatief [[ORGANISATIE|Revalidatiehuis Goverwelle]]
- transfer: [[PERSOON|KV]] regelt aanmelding vandaag
- gesprek met dochter do 16.00 (geriater + MW)
- CIZ-aanvraag Wlz na GRZ bespreken

Verslag: [[PERSOON|Loes]]`,
  },
  {
    id: 'd7-a31',
    genre: 'email',
    setting: 'ZKH',
    author: 'auteur-d7a',
    text: `Van: Transferbureau [[ORGANISATIE|Ziekenhuis Oude Rijn]] <[[EMAIL|transferbureau@zhouderijn.nl]]>
Aan: Zorgbemiddeling [[ORGANISATIE|Zorggroep Rijn & Vliet]] <[[EMAIL|zorgbemiddeling@rijnenvliet-zorg.nl]]>
Verzonden: [[DATUM|2025-12-19]] 10:37
Onderwerp: aanmelding ELV mw. [[PERSOON|Kowalczyk]]

Beste collega's,

Hierbij meld ik mw. aan voor een eerstelijnsverblijf (hoog complex).

Naam: mw. [[PERSOON|H. Kowalczyk]], [[LEEFTIJD|92]] jr
Geb.: [[DATUM|07-03-1933]]
BSN: [[BSN|167868433]]
Patientnr.: [[ID|6603291]]
Adres: [[ADRES|Hooigracht 61-A]], [[POSTCODE|2312 KR]] [[PLAATS|Leiden]]
Verzekeraar: Zilveren Kruis

Opgenomen [[DATUM|8 dec]] met pneumonie en dehydratie, inmiddels hersteld, iv antibiotica gestopt. Mobiliteit sterk achteruitgegaan: loopt 5 m met rollator en hulp van 1, transfers met begeleiding. Cognitie goed, mw. spreekt Pools en redelijk Nederlands. Woont alleen, 2e verdieping met lift. Geen thuiszorg voor opname.

Doel ELV: herstel mobiliteit en beoordeling of terugkeer naar huis mogelijk is.
Gewenste ontslagdatum: [[DATUM|23 december]], eerder mag ook.

Contactpersoon: dochter [[PERSOON|Agnieszka]], [[TELEFOON|06-18273645]].

Medicatieoverzicht en verpleegkundige overdracht gaan via de beveiligde weg. Wil je laten weten of jullie een plek hebben op [[ORGANISATIE|Rijnhof]] of [[ORGANISATIE|De Zijlpoort]]?

Met vriendelijke groet,

[[PERSOON|Jolanda Hoogenboom]]
Transferverpleegkundige
[[TELEFOON|071-5179320]] (ma-vr 8.30-16.30)`,
  },
  {
    id: 'd7-a32',
    genre: 'overdracht',
    setting: 'GHZ',
    author: 'auteur-d7a',
    knownNames: ['D. (Daan) Vreugdenhil'],
    text: `Overdracht dag -> avond, logeerhuis [[ORGANISATIE|De Kleine Kas]], [[PLAATS|De Lier]]
vrijdag [[DATUM|31 oktober]] - van [[PERSOON|Noor]] naar [[PERSOON|Yvette]]

[[PERSOON|Daan]] (12), EMB, syndroom van Dravet, PEG-sonde.

Epilepsie
- 10.15 insult ca. 1 min, zelf gestopt
- 13.40 insult 3 min, daarna 2 uur geslapen
- Buccolam alleen bij insult > 5 min (zie epilepsieprotocol in map)
- na Buccolam altijd moeder [[PERSOON|Ilona]] bellen, bij geen gehoor vader [[PERSOON|Jeroen Vreugdenhil]] [[TELEFOON|06-24680931]]

Voeding
- Nutrini Energy Multi Fibre via pomp, 100 ml/u, 18.00 weer aansluiten
- water 50 ml spoelen voor en na medicatie
- ontlasting vandaag 1x, normaal

Medicatie 18.00: Diacomit, valproaat, clobazam (zie toedienlijst). Ochtendmedicatie gegeven en afgetekend.

Verder
- vanmiddag muziektherapie gedaan, hij lachte veel
- huid: rode plek li hiel, kussen eronder
- morgen om 07.45 ophalen door [[ORGANISATIE|Taxibedrijf Van Geest]] naar [[ORGANISATIE|Mytylschool De Witte Vlinder]] in [[PLAATS|Delft]], tas staat klaar bij de deur
- hulpmiddelen: nieuwe rolstoelkussen ligt in de berging, graag mee naar huis zondag

paraaf [[PERSOON|NvdB]]`,
  },
  {
    id: 'd7-a33',
    genre: 'rapportage',
    setting: 'HA',
    author: 'auteur-d7a',
    knownNames: ['Dhr. C. (Cor) Quist'],
    text: `Journaal - patientnr [[ID|200318]]
NB: BSN in HIS [[ID|304813735]] klopt niet, ass. vraagt juiste nummer op bij pt.

[[DATUM|06-01-2026]] 08.40 tel. (ass. [[PERSOON|Jolien]]): echtgenote belt, dhr. sinds gisteren koorts 38,6, hoest groen slijm, kortademig. Visite vandaag.

[[DATUM|06-01-2026]] 11.15 visite ([[PERSOON|Van Hoorn]]):
S/ [[LEEFTIJD|90]] jr, COPD, 2 dgn koorts en hoesten, eet slecht. Geen pijn op de borst.
O/ T 38,9, RR 118/70, P 104, AF 26, sat 91%. Crepitaties re basaal. Helder.
E/ pneumonie re, CRB-65 = 2.
P/ amoxicilline 750 mg 3dd1 7 dgn, paracetamol. Besproken: dhr. wil niet naar [[ORGANISATIE|Ziekenhuis Oosterschelde]]; behandeling thuis, wel afspraak over grenzen. Wijkverpleging ([[ORGANISATIE|Thuiszorg Tholen-Sint Philipsland]]) 2x/dag voor controle. Morgen tel. contact.

[[DATUM|7/1]] 09.30 tel. HA: echtgenote: iets beter gedronken, koorts 38,2. Continueren.

[[DATUM|8/1]] 10.00 tel. wijkvpk [[PERSOON|Lianne]]: sat 89%, meer benauwd. Visite.
[[DATUM|8/1]] 11.00 visite: sat 88% in rust. Dhr. en echtgenote herhalen: geen opname. Zuurstof thuis aangevraagd, 2 l/min. Prednisolon 40 mg 5 dgn erbij. Dochter [[PERSOON|Wilma]] uit [[PLAATS|Sint-Maartensdijk]] komt inwonen tot het beter gaat.

[[DATUM|10 jan.]] visite: koortsvrij, sat 93% met O2. Eet weer. Afbouwen O2 in overleg wijkverpleging.

[[DATUM|13 jan.]] tel.: goed herstel, O2 gestopt. Controle over 6 wk spreekuur. Jaarlijkse griepprik niet gehad, volgend najaar aanbieden.
[[PERSOON|vH]]`,
  },
  {
    id: 'd7-a34',
    genre: 'verwijzing',
    setting: 'VVT',
    author: 'auteur-d7a',
    text: `[[ORGANISATIE|Huize Thuredrecht]]
[[ADRES|Reeweg-Oost 250]]
[[POSTCODE|3312 CA]] [[PLAATS|Dordrecht]]

Aan: Centrum voor Consultatie en Expertise (CCE)
Betreft: consultatieaanvraag probleemgedrag

Datum: [[DATUM|19 november 2025]]

Client: dhr. [[PERSOON|N. Stoutjesdijk]], roepnaam [[PERSOON|Klaas]]
Geb.: [[DATUM|05-11-1935]], cliëntnr. [[ID|31-004487]]
Verblijf: afdeling [[ORGANISATIE|De Kil]] (kleinschalig wonen, PG)
Mentor: mw. [[PERSOON|W. Bosch]], [[ORGANISATIE|Mentorbureau De Waakvlam]], [[TELEFOON|078 - 614 03 77]]

Geachte heer/mevrouw,

Hierbij vragen wij uw consultatie aan voor dhr. Hij is onlangs [[LEEFTIJD|90]] geworden en woont sinds [[DATUM|april 2024]] bij ons. Diagnose: syndroom van Korsakov met daarnaast vasculaire schade; MMSE 17/30.

Probleemgedrag: sinds ca. 2 maanden verbale agressie en duwen naar medebewoners en personeel, vooral bij de ochtendzorg en aan tafel. Daarnaast seksueel ontremd gedrag naar vrouwelijke collega's. Op [[DATUM|3-11]] heeft hij een medebewoonster geslagen.

Ingezette interventies: gedragsanalyse (ABC-registratie) door psycholoog [[PERSOON|S. Kalloe]], vaste verzorgenden bij ADL, zorgplan aangepast, dagbesteding op de afdeling. Medicatie: citalopram 20 mg, daarnaast 2 wk pipamperon 20 mg zonder duidelijk effect, gestopt. Geen somatische oorzaak gevonden (lab en urine normaal, geen pijn bij PAINAD).

Vraag: meedenken over oorzaak en aanpak, en advies of een plaatsing elders (bijv. Korsakov-afdeling) overwogen moet worden. Team raakt uitgeput.

Met vriendelijke groet,

[[PERSOON|C.J. Hoogvliet]], specialist ouderengeneeskunde
[[PERSOON|S. Kalloe]], GZ-psycholoog`,
  },
  {
    id: 'd7-a35',
    genre: 'overdracht',
    setting: 'HA',
    author: 'auteur-d7a',
    knownNames: ['Mw. T. (Trees) Koppelaar-van Vliet'],
    text: `Waarneembericht / overdracht HAP [[PLAATS|Naaldwijk]]
Geldig van vr [[DATUM|13-6]] 17.00 tot ma [[DATUM|16-6]] 08.00
Van: [[ORGANISATIE|Huisartsen Van der Burg & Tas]], HA [[PERSOON|M. Tas]]

Pt.: mw. [[PERSOON|T. Koppelaar-van Vliet]], 68 jr
Adres: [[ADRES|Voorstraat 8 a]], [[PLAATS|Poeldijk]]
Contact: echtgenoot [[PERSOON|Henk]], [[TELEFOON|0174 24 68 13]]

Situatie: palliatief, gemetastaseerd pancreascarcinoom, levensverwachting dagen tot weken. Bedlegerig sinds [[DATUM|10 juni]]. Intake minimaal.

Medicatie:
- morfine sc pomp 30 mg/24u, bolus 5 mg max 1x per uur
- midazolam 5 mg sc z.n. bij onrust
- haloperidol 1 mg sc z.n. bij misselijkheid
- Durogesic gestopt sinds pomp

Afspraken met pt. en familie:
- geen ziekenhuisopname, geen reanimatie (NR-verklaring in huis)
- palliatieve sedatie besproken; pt. wil dit als lijden ondraaglijk wordt. Middelen liggen in huis.
- geen euthanasiewens geuit
- wijkverpleging [[ORGANISATIE|Thuiszorg Westland Zorgt]] komt 3x/dag, pompwissel door hen

Verwachting: toename onrust/benauwdheid mogelijk. Bij terminale onrust: midazolam ophogen en zo nodig sedatie starten volgens KNMG-richtlijn.

Na overlijden: lijkschouw door HAP, familie wil uitvaart via [[ORGANISATIE|Uitvaartzorg Van Staalduinen]].

[[PERSOON|MT]]`,
  },
  {
    id: 'd7-a36',
    genre: 'rapportage',
    setting: 'ZKH',
    author: 'auteur-d7a',
    knownNames: ['Dhr. A. (Adrie) Boogert'],
    text: `Verpleegkundige rapportage afd. Chirurgie, [[ORGANISATIE|Zeeuws Kustziekenhuis]] locatie [[PLAATS|Zierikzee]], kamer 14 bed 2

ma [[DATUM|9-2]] nacht
Dag 1 na Hartmann-procedure (perforatie sigmoid). NRS 4 in rust, PCA goed gebruikt. RR 128/74, P 88, T 37,6, MEWS 2. Stoma roze, productie gering. Urine via CAD 45 ml/u. Geslapen met onderbrekingen. - [[PERSOON|JdW]]

di [[DATUM|10-2]] dag
Gemobiliseerd naar stoel 1 uur. Stomaverpleegkundige [[PERSOON|Evelien]] geweest, eerste uitleg gegeven; dhr. wil nog niet kijken. Echtgenote [[PERSOON|Marja]] wel, zij stelt veel vragen. Vloeibaar dieet gestart, goed verdragen. CAD verwijderd 14.00. - [[PERSOON|Ilse K.]]

di [[DATUM|10-2]] avond
Spontaan geplast 350 ml. Wondje laparotomie droog. Dhr. somber: "zo'n zakje, dat had ik nooit gedacht". Gesprek gehad, pastoraal medewerker aangeboden, wil hij morgen. - [[PERSOON|Ruud]]

wo [[DATUM|11 feb]] dag
Visite chirurg [[PERSOON|Van Overbeeke]]: beloop gunstig, Hb 6,9, CRP 96 (was 210). Lichte kost. Loopt met fysio op de gang. Ontslag waarschijnlijk vrijdag naar huis in [[PLAATS|Bruinisse]], thuiszorg via [[ORGANISATIE|Zorg aan Zee Schouwen-Duiveland]] voor stomazorg in het begin. Transferverpleegkundige ingeschakeld. - [[PERSOON|Ilse K.]]

wo [[DATUM|11 feb]] avond
Zelf stomazakje geleegd onder toezicht, ging goed. Iets opgewekter. Kleinzoon [[PERSOON|Jesse]] op bezoek. - [[PERSOON|Ruud]]`,
  },
];
