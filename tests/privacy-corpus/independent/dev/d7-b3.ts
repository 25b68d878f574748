import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd7-b25',
    genre: 'mdo',
    setting: 'ZKH',
    author: 'auteur-d7b',
    knownNames: ['Dhr. A. (Arjen) van der Veen'],
    text: `Multidisciplinair overleg tumorwerkgroep colorectaal
[[ORGANISATIE|Sassenpoort Ziekenhuis]] ([[ORGANISATIE|SPZ]]), woensdag [[DATUM|19-11-2025]]

Aanwezig: dr. [[PERSOON|B. Wolters]] (voorzitter), [[PERSOON|J. Eshuis]] (chirurg), [[PERSOON|K. Demirci]] (MDL-arts), [[PERSOON|P. Sinnige]] (radioloog), [[PERSOON|L. Haverkort]] (patholoog), [[PERSOON|N. Veldkamp]] (internist-oncoloog), casemanager [[PERSOON|Ilona Nieuwenhuis]], geriater [[PERSOON|S. de Lange]].

Patient: dhr. [[PERSOON|A. van der Veen]], 71 jr, pt.nr. [[ID|7720341]], woonachtig in [[PLAATS|Genemuiden]]. Verwezen door [[ORGANISATIE|Huisartsenpraktijk Zwartewater]] ivm rectaal bloedverlies en anemie (Hb 6,1).

Bevindingen:
- coloscopie [[DATUM|4/11]]: stenoserende tumor sigmoid op 25 cm, PA adenocarcinoom
- CT thorax/abdomen [[DATUM|12-11]]: cT3N1, geen metastasen
- CEA 12
- geen aanwijzingen voor Lynch-syndroom (MMR-eiwitten aanwezig)

Comorbiditeit: COPD GOLD II, hypertensie. ECOG 1. G8-score 12 (afwijkend), daarom geriatrisch consult.

Conclusie: cT3N1M0 sigmoidcarcinoom.
Advies: laparoscopische sigmoidresectie. Adjuvante chemotherapie (CAPOX) afhankelijk van PA en uitkomst geriatrisch assessment.

Acties:
- casemanager plant slecht-nieuwsgesprek met dhr. en echtgenote op [[DATUM|24 nov.]]
- preoperatieve screening en longfunctie aanvragen
- geriatrisch consult via [[PERSOON|S. de Lange]]
- prehabilitatie: fysiotherapie en dietist in [[PLAATS|Hasselt]], dichter bij huis

Verslag: [[PERSOON|IN]]`,
  },
  {
    id: 'd7-b26',
    genre: 'overdracht',
    setting: 'GGZ',
    author: 'auteur-d7b',
    knownNames: ['Mw. L. (Lotte) Zwiers'],
    text: `Overdracht late dienst > nachtdienst, zo [[DATUM|22 juni]]
[[ORGANISATIE|GGZ Hunzedal]], opnameafdeling [[ORGANISATIE|Het Veenhuis]], [[PLAATS|Emmen]]

k.6 mw. [[PERSOON|Zwiers]] ([[PERSOON|Lotte]])
Zorgmachtiging sinds [[DATUM|12 mei]]. Suicidaliteit: observatie elk kwartier, ook 's nachts. Vanavond krassen op onderarm li ontdekt bij avondronde (oppervlakkig), verzorgd met steristrips. Scherpe spullen opnieuw uit kamer gehaald (puntenslijper!). Signaleringsplan van [[DATUM|18-6]] blijft leidend, fase oranje. Bezoek van vriend [[PERSOON|Jesse]] is op haar eigen verzoek geweigerd. Wil graag om 23:00 nog een gesprekje.

k.8 dhr. [[PERSOON|Cijntje]] ([[PERSOON|Ruben]])
Erg onrustig na telefoongesprek met zijn ex. Lorazepam 1 mg z.n. om 21:30 gegeven, effect matig. Bij verdere onrust ANIOS bellen. Rookt veel, wil steeds naar buiten, binnenplaats gaat om 23:00 dicht.

k.11 mw. [[PERSOON|de Bruin]]
Weekendverlof bij zus in [[PLAATS|Klazienaveen]], afspraak is terug om 23:00. Zus belt als het later wordt: [[TELEFOON|06-31 90 55 72]]. Bij terugkomst urinecontrole.

k.14 dhr. [[PERSOON|H. Wieringa]]
Gbz. Clozapine 22:00 niet vergeten, slaapt meestal snel.

Algemeen: kamer 3 is vrij voor eventuele crisisopname, bedden opgemaakt. Dienstdoende ANIOS: [[PERSOON|M. Tesfay]], bereikbaar via piket [[TELEFOON|0591 - 85 66 00]], daarna psychiater [[PERSOON|P. Venema]] als achterwacht thuis.

Overgedragen door [[PERSOON|HK]] aan [[PERSOON|JvE]], 22:45`,
  },
  {
    id: 'd7-b27',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-d7b',
    knownNames: ['Mw. J. (Jo) Haverkamp-Leferink'],
    text: `Rapportage kleinschalig wonen - woning [[ORGANISATIE|De Hofstede]], [[ORGANISATIE|Zorggroep Tuindorp]], [[PLAATS|Hengelo]]

[[DATUM|12 februari]] 07:30
Mw. wordt vandaag [[LEEFTIJD|96]]! Opgewekt wakker geworden. Geholpen met wassen en aankleden, zelf haar paarse blouse uitgekozen. Familie komt om 15:00 met taart. /[[PERSOON|EO]]

[[DATUM|12 februari]] 15:30
Verjaardag gevierd in de huiskamer met dochter [[PERSOON|Marja]], kleinzoon [[PERSOON|Thijs]] en buurvrouw van vroeger, mw. [[PERSOON|Kok]]. De kok had ook nog een appeltaart gebakken voor de hele groep. "Oma [[PERSOON|Jo]]" at 2 stukjes en zong mee. Om 17:00 moe, even op bed gelegen. /[[PERSOON|EO]]

[[DATUM|13-02]] 03:10
Mw. riep, pijn li heup bij draaien. Geen val gezien, bed laag, sensor niet afgegaan. Paracetamol 1000 mg gegeven, 04:00 weer in slaap. /[[PERSOON|nb]]

[[DATUM|13-02]] 10:15
SO [[PERSOON|Y. Öztürk]] heeft mw. gezien: heup goed beweeglijk, geen aanwijzing voor fractuur, waarschijnlijk artrose. Paracetamol vast 3dd 1 g. Katz-ADL ongewijzigd. /[[PERSOON|EO]]

[[DATUM|14/2]]
Fysio [[PERSOON|Rens]] geweest, loopt met rollator tot de huiskamer. Incontinentiemateriaal (Tena Pants) aangepast naar maat M. Pedicure [[PERSOON|Anja]] komt [[DATUM|20 feb]]. /[[PERSOON|ls]]`,
  },
  {
    id: 'd7-b28',
    genre: 'crisis',
    setting: 'ZKH',
    author: 'auteur-d7b',
    knownNames: ['Mw. N. (Noor) Al-Khatib'],
    text: `SEH [[ORGANISATIE|Gooimeer Ziekenhuis]] - [[DATUM|30-06-2025]]
Triage 21:48, MTS oranje

Binnengebracht door ambulance vanuit [[PLAATS|Almere Poort]]. Vriendin [[PERSOON|Lina]] vond pt. op haar kamer met lege strips. Inname volgens pt. om ca. 18:00: 24 tabl. paracetamol 500 mg en ca. 10 tabl. oxazepam 10 mg. Geen alcohol.

Onderzoek: 22-jarige vrouw, slaperig maar wekbaar. GCS E3M6V5. RR 118/72, P 88, sat 98%. Geen letsel. Pupillen normaal.
Lab: paracetamolspiegel 4 uur na inname 180 mg/L, boven de behandellijn van het Rumack-Matthew nomogram. ASAT/ALAT normaal, INR 1,0.

Beleid somatisch:
- start acetylcysteine volgens protocol
- opname MCU, monitoring
- 1-op-1 toezicht door verpleging (suicidaliteit)

Psychiatrisch consult 23:30 door SPV [[PERSOON|Marco Wijngaarde]], crisisdienst [[PLAATS|Almere]]:
Pt. studeert aan [[ORGANISATIE|Hogeschool Nieuwland]], dreigt te stoppen, conflict met familie over relatie. Broer [[PERSOON|Rami]] zou haar onder druk zetten. Impulsieve poging, spijt, wel nog passieve doodswens. Geen psychotische kenmerken. Vrijwillig akkoord met opname en vervolg. Crisismaatregel niet nodig.
Na somatische klaring beoordeling psychiater, dan evt. opname via de crisisdienst.

Pt. wil NIET dat ouders en broer geinformeerd worden. Wel toestemming voor contact met zus [[PERSOON|Hiba]]: [[TELEFOON|+31 6 2740 1183]].

[[PERSOON|J. Koç]], arts SEH / [[PERSOON|JK]]`,
  },
  {
    id: 'd7-b29',
    genre: 'begeleiding',
    setting: 'VVT',
    author: 'auteur-d7b',
    knownNames: ['Dhr. S. (Sjoerd) Wiersma'],
    text: `Welzijnsplan / begeleidingsplan
[[ORGANISATIE|Zorggroep Drenthe Noord]], locatie [[ORGANISATIE|Het Brinkhuis]], [[PLAATS|Zuidlaren]]
Opgesteld [[DATUM|8 oktober 2025]] met dochter [[PERSOON|Grietje]] ("[[PERSOON|Griet]]")

Levensverhaal
[[PERSOON|Sjoerd]] is geboren in Friesland, kwam als jongen naar Drenthe. Hij was zijn hele leven boer in [[PLAATS|Midlaren]] (melkvee). Getrouwd, vrouw overleden in 2020. Drie kinderen, zeven kleinkinderen. Lid geweest van de [[ORGANISATIE|IJsclub Zuidlaren]] en van het kerkkoor van [[ORGANISATIE|Kerkcentrum De Schakel]].

Wat vindt hij belangrijk?
- buiten zijn, het weer, de koeien
- koffie om 10 uur met een koekje "zoals het hoort"
- zijn krant (Dagblad van het Noorden) en het nieuws om 18:00

Vaste activiteiten
- dinsdag: fietsen op de duofiets met vrijwilliger [[PERSOON|Harm]]
- donderdag: naar [[ORGANISATIE|Zorgboerderij Het Zwanenmeer]], kalfjes voeren
- zondag: kerkdienst via de kerkradio, zingt mee

Aandachtspunten
Vasculaire dementie, matig gevorderd. Wordt onrustig bij drukte en harde muziek; dan naar zijn eigen kamer of een rondje over de Brink. Hoort slecht li, aanspreken van rechts. Let op: wil niet geholpen worden door "vreemde mannen", liever vrouwelijke begeleiding bij douchen.

Contact
Dochter komt wo en za, zoon [[PERSOON|Hendrik]] woont in [[PLAATS|Eext]] en komt zondag.

Evaluatie: [[DATUM|7 januari 2026]]
EVV [[PERSOON|Annelies Schuiling]] / [[PERSOON|AS]]`,
  },
  {
    id: 'd7-b30',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-d7b',
    text: `[[ORGANISATIE|Ziekenhuis Lelyland]] - Cardiologie

Aan: [[PERSOON|Ommen, H. van]], huisarts
[[ORGANISATIE|Huisartsenpraktijk Atolwijk]]
[[ADRES|Botter 44-07]]
[[POSTCODE|8232 JV]] [[PLAATS|Lelystad]]

[[PLAATS|Lelystad]], [[DATUM|24 oktober 2025]]

Betreft: mw. [[PERSOON|Şahin-Yıldırım, E.]], geb. [[DATUM|3 maart 1958]]
BSN [[BSN|353 799 075]]
[[ADRES|Schouw 7 b]], [[POSTCODE|8226 rp]] [[PLAATS|Lelystad]]
Opname [[DATUM|20-10-2025]] t/m [[DATUM|24-10-2025]]

Geachte collega,

Mw. presenteerde zich via de ambulance met sinds 3 uur bestaande drukkende pijn op de borst. ECG: ST-depressies V4-V6, troponine 412 ng/L, bij herhaling 980. Conclusie NSTEMI.

Zij werd op [[DATUM|21-10]] overgeplaatst naar [[ORGANISATIE|Hartcentrum Amstelstroom]] in [[PLAATS|Amsterdam]] voor CAG: significante stenose RCA, behandeld met PCI en 1 DES. Dezelfde dag teruggeplaatst. Verder ongecompliceerd beloop. Echo: LVEF 50%, hypokinesie inferior.

Risicofactoren: LDL 3,9 mmol/l, HbA1c 58 (nieuw DM2), roken 15 sig/dag, BMI 32.

Medicatie bij ontslag:
- acetylsalicylzuur 80 mg 1dd
- Brilique (ticagrelor) 90 mg 2dd, 12 maanden
- atorvastatine 80 mg 1dd
- metoprolol 50 mg 1dd
- pantoprazol 40 mg 1dd
- metformine 500 mg 2dd, graag verdere begeleiding via uw praktijk

Beleid: hartrevalidatie via [[ORGANISATIE|Hartrevalidatie Flevoland]], stoppen met roken (verwezen). Controle poli cardiologie over 6 weken bij dr. [[PERSOON|D. Wijnands]].

Met vriendelijke groet,

[[PERSOON|S.A. Latuheru]], ANIOS cardiologie
supervisor dr. [[PERSOON|D. Wijnands]], cardioloog
[[EMAIL|secretariaat.cardio@lelyland.nl]]`,
  },
  {
    id: 'd7-b31',
    genre: 'verwijzing',
    setting: 'VVT',
    author: 'auteur-d7b',
    text: `[[ORGANISATIE|Zorgcentrum Het Dinkelhoes]], [[PLAATS|Tubbergen]]
Specialist ouderengeneeskunde

Aan: polikliniek geriatrie, [[ORGANISATIE|Ziekenhuis Regge en Vecht]] ([[ORGANISATIE|ZRV]]), locatie [[PLAATS|Almelo]]
[[DATUM|3-3-2025]]

Betreft: mw. [[PERSOON|Th.M. (Thea) Oude Groote Beverborg-Pierik]], geb. [[DATUM|11-11-1931]]
Cliëntnummer [[ID|30018442]]

Geachte collega,

Graag verwijs ik deze [[LEEFTIJD|93]]-jarige bewoonster naar uw poli voor advies over verdere analyse van anemie en gewichtsverlies.

Mw. woont sinds 2022 op onze somatische afdeling. Bekend met hartfalen (NYHA II), AF (apixaban), artrose en staar. Cognitief goed, MMSE 27/30, wilsbekwaam voor deze beslissing.

Sinds december 6 kg afgevallen (nu 54 kg), minder eetlust, moe. Geen zichtbaar bloedverlies, ontlasting volgens mw. "normaal bruin". Lab [[DATUM|24/2]]: Hb 6,4 (okt. 7,6), MCV 74, ferritine 8, CRP < 5, nierfunctie stabiel.

Vraag: is verdere diagnostiek (gastroscopie/coloscopie) zinvol gezien leeftijd en wens van mw.? Mw. zegt zelf: "als het niet te veel gedoe is, wil ik weten wat het is." IJzer iv zou een optie zijn.

Dochter [[PERSOON|Marietje]] gaat mee naar de afspraak. Vervoer met rolstoeltaxi via [[ORGANISATIE|Taxibedrijf Olthof]].

Met collegiale groet,

[[PERSOON|H.J.M. Leemhuis]], specialist ouderengeneeskunde
BIG [[ID|69054321901]]
tel. [[TELEFOON|0546-62 14 00]]`,
  },
  {
    id: 'd7-b32',
    genre: 'mdo',
    setting: 'wijk',
    author: 'auteur-d7b',
    knownNames: ['Mw. Y.C. (Yvonne) Chin-A-Loi'],
    text: `Casusoverleg wijk - vrijdag [[DATUM|10 oktober]]
Cliënt: mw. [[PERSOON|Chin-A-Loi]], [[ADRES|Vechtstraat 121-E]], [[POSTCODE|8021 AV]] [[PLAATS|Zwolle]]

Aanwezig: [[PERSOON|Petra Sloot]] (wijkvpk, [[ORGANISATIE|Thuiszorg IJsselvecht]]), [[PERSOON|Jeroen Bakker]] (wijkteam [[PLAATS|Holtenbroek]]), [[PERSOON|Ayşe Kaya]] (POH-ouderen, [[ORGANISATIE|Gezondheidscentrum Holtenbroek]]), [[PERSOON|R. Brink]] (consulent [[ORGANISATIE|Woonbedrijf Vechtkant]])

Situatie
Mw. (74) woont alleen, COPD en DM2. Wijkverpleging komt 2x p/d voor medicatie en insuline. Sinds de zomer toenemende vervuiling van de woning (afval, verzamelen van kranten), stank in het trappenhuis. Buren hebben geklaagd bij de corporatie. Huurachterstand 3 maanden. Mw. zegt "het gaat prima", weigert hulp bij het huishouden.

Bespreking
- Veiligheid: brandgevaar (kranten bij kachel), rookmelder werkt niet.
- Gezondheid: sat 91% in rust, rookt nog. Inhalatoren worden niet gebruikt.
- Financien: post ongeopend. Zoon [[PERSOON|Dennis]] wil helpen maar woont in [[PLAATS|Dronten]].
- POH vermoedt cognitieve achteruitgang, MMSE eerder geweigerd.

Afspraken
- [[PERSOON|Jeroen]]: melding Vangnet (GGD) en samen met zoon huisbezoek op [[DATUM|16/10]]
- [[PERSOON|Ayşe]]: HA vragen voor huisbezoek, cognitieve screening
- [[PERSOON|Petra]]: rookmelder laten vervangen, inhalatietechniek oefenen
- corporatie zet ontruimingsprocedure on hold tot [[DATUM|1 december]]
- volgend overleg over 4 weken

Verslag [[PERSOON|PS]]`,
  },
  {
    id: 'd7-b33',
    genre: 'email',
    setting: 'wijk',
    author: 'auteur-d7b',
    text: `Van: [[PERSOON|Marleen Hofsteenge]] <[[EMAIL|m.hofsteenge@dementienetwerkmiddendrenthe.nl]]>
Aan: [[EMAIL|teambeilen@wijkzorgdeaa.nl]]; [[EMAIL|planning@dewolfsbarge.nl]]
Verzonden: ma [[DATUM|17-03-2025]] 16:12
Onderwerp: dhr. [[PERSOON|Hilbrands]] ([[PERSOON|Eppie]]) - start dagbesteding en medicatie

Beste collega's,

Goed nieuws: dhr. [[PERSOON|E. Hilbrands]] kan starten bij dagbesteding [[ORGANISATIE|De Wolfsbarge]], op dinsdag en donderdag, vanaf [[DATUM|25 maart]]. De taxi haalt hem om 09:00 op bij [[ADRES|Brinkstraat 16]], [[POSTCODE|9411 KK]] [[PLAATS|Beilen]] en brengt hem rond 16:00 terug.

Voor het team wijkverpleging:
- op dagbestedingsdagen graag om 08:15 komen ipv 09:30, zodat hij op tijd klaar is
- de rivastigmine pleister (Exelon 9,5 mg) wordt nu op de dagbesteding niet geplakt, blijft 's ochtends thuis; [[ORGANISATIE|Apotheek Beilen-Oost]] past de rol aan
- hij heeft het laatste weekend 2x de weg niet gevonden op de terugweg van de bakker, zijn vrouw [[PERSOON|Aaltje]] laat hem nu niet meer alleen gaan

Voor de dagbesteding:
- dhr. houdt van kaarten (klaverjassen) en van verhalen over zijn werk bij de veenderij in [[PLAATS|Hijken]]
- hij raakt snel geirriteerd in grote groepen
- gebruikt een hoortoestel rechts

Zijn vrouw is erg opgelucht. Ik kom in de eerste week even kijken.

Met vriendelijke groet,

[[PERSOON|Marleen Hofsteenge]]
casemanager dementie
[[ORGANISATIE|Dementienetwerk Midden-Drenthe]]
[[TELEFOON|06-38 47 11 95]] (bereikbaar ma, di, do)`,
  },
  {
    id: 'd7-b34',
    genre: 'overdracht',
    setting: 'wijk',
    author: 'auteur-d7b',
    knownNames: ['Dhr. H. (Hüseyin) Kaplan'],
    text: `Overdracht avond > nachtzorg, route [[PLAATS|Almere Poort]], wo [[DATUM|9-4]]

1. Dhr. [[PERSOON|Kaplan]], [[ADRES|Portugalstraat 23]]
Palliatief (pancreasca). Morfinepomp (CADD) 2 mg/u, bolus 2 mg z.n., vanavond 3x gebruikt (18:20, 20:05, 21:40). Pijn NRS 5 na bolus 3. Onrustig, trekt aan het laken. Midazolam 5 mg sc z.n. is er, nog niet gegeven. Mond droog, mondzorg gedaan om 21:45. Zoon [[PERSOON|Emre]] blijft vannacht, tel. [[TELEFOON|06-24 11 87 30]]. Familie wil dat de imam van de [[ORGANISATIE|Mevlana Moskee]] gebeld wordt als het slechter gaat, nummer ligt op de tafel. HA (dr. [[PERSOON|Verhoef]]) komt morgen 09:00 voor evaluatie, evt. palliatieve sedatie bespreken.
Graag om 01:00 en 04:00 langs.

2. Mw. [[PERSOON|Dekker]], [[ADRES|Pampuslaan 112]]
Lantus 18 E om 22:00 nog geven. Glucose om 21:00 was 7,2.

3. Dhr. [[PERSOON|v.d. Pol]], [[ADRES|Zwitserlandstraat 4-A]]
Katheter lekte vanavond, zak vervangen, blaas gespoeld niet nodig. Bij nieuwe lekkage katheter wisselen (materiaal in de badkamer).

4. Mw. [[PERSOON|Osei]]
Heeft om 20:00 gebeld dat ze om 23:00 hulp wil bij naar bed gaan, man is in het ziekenhuis.

Sleutelkastjes: codes in de app.
Overdracht door [[PERSOON|ddB]], 22:05`,
  },
  {
    id: 'd7-b35',
    genre: 'rapportage',
    setting: 'ZKH',
    author: 'auteur-d7b',
    knownNames: ['Mw. K. (Khadija) Ouaziz'],
    text: `Verpleegkundige rapportage - afd. chirurgie, kamer 512 bed 3
[[ORGANISATIE|Ziekenhuis Dinkelstroom]], locatie [[PLAATS|Enschede]]

dinsdag [[DATUM|4/11]] vroege dienst
Post-op dag 1 na laparoscopische cholecystectomie. Mw. heeft redelijk geslapen. NRS 4 in rust, 6 bij bewegen; paracetamol en diclofenac volgens schema, 1x oxycodon 5 mg om 08:30. Wondjes droog. Mobiliseert met hulp naar de stoel. Drinkt goed, ontbijt halve boterham. Dochter [[PERSOON|Samira]] tolkt (Tarifit), is tot 12:00 aanwezig. Teken van Murphy niet meer aanwezig volgens chirurg [[PERSOON|Van Benthem]] bij de visite. /[[PERSOON|LB]]

dinsdag [[DATUM|4/11]] late dienst
15:30 misselijk, 1x gebraakt (gal). Ondansetron (Zofran) 4 mg iv gegeven, daarna beter. Infuus blijft nog tot morgen. Mictie spontaan. T 37,6. Gesprek met [[PERSOON|Kim]] (verpleegkundig specialist) over ontslag: thuis hulp van dochters. /[[PERSOON|mvh]]

woensdag [[DATUM|5/11]] nacht
Sat 91% tijdens slaap, na wekken en doorademen 95%. Geen O2 nodig. Slaapt verder goed. /[[PERSOON|RvL]]

woensdag [[DATUM|5 nov.]] vroege dienst
Goed gegeten, niet meer misselijk. Infuus eruit. Ontslaginstructie met dochter [[PERSOON|Samira]] doorgenomen (wondzorg, pijnstilling, niet tillen). Controle poli over 6 weken. Mw. gaat om 14:00 naar huis in [[PLAATS|Glanerbrug]]. /[[PERSOON|LB]]`,
  },
  {
    id: 'd7-b36',
    genre: 'soep',
    setting: 'GGZ',
    author: 'auteur-d7b',
    knownNames: ['Dhr. T. (Tomasz) Zieliński'],
    text: `Poliklinisch consult - [[ORGANISATIE|GGZ Noordwest-Overijssel]], poli [[PLAATS|Steenwijk]]
[[DATUM|10-11-2025]]

S: [[PERSOON|Tomasz]] komt met partner [[PERSOON|Magda]]. Stemming "iets beter", slaapt 6 uur. Sinds ziekmelding [[DATUM|1 sept]] thuis; werkte als uitbener bij [[ORGANISATIE|Slachterij Van der Kolk]]. Drinkt nog 4 blikjes bier per dag, in het weekend meer. Partner bevestigt, zegt dat hij prikkelbaar is naar de kinderen. Geen suicidale gedachten. Wil graag terug naar werk, gesprek met de bedrijfsarts volgende week.

O: Verzorgd, goed contact, affect wat vlak maar reactief. Geen psychotische kenmerken. PHQ-9: 14 (was 21 in augustus). AUDIT: 16. RR 142/92. Lab: GGT 88, MCV 99.

E: Depressieve stoornis, matig, in partiele remissie onder sertraline. Problematisch alcoholgebruik, mogelijk onderhoudend voor stemming en slaap.

P:
- sertraline 100 mg continueren
- psycho-educatie alcohol en depressie, motiverende gespreksvoering
- verwijzing [[ORGANISATIE|Kwadrant Verslavingszorg]] besproken; dhr. wil eerst zelf minderen naar max 2 blikjes, partner houdt bij
- brief aan HA ([[ORGANISATIE|Huisartsenpraktijk De Eese]]) ivm bloeddruk en leverwaarden
- volgende afspraak [[DATUM|8/12]]

[[PERSOON|M. van Dalfsen]], VS GGZ
i.o.m. psychiater [[PERSOON|R. Nanlohy]]`,
  },
];
