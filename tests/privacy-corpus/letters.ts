import type { CorpusSource } from './parse';

/** Hand-written doctor letters, referrals and discharge letters. All people and places are fictional. */
export const letterDocs: CorpusSource[] = [
  {
    id: 'brief-01',
    genre: 'brief',
    setting: 'ZKH',
    knownNames: ['Mw. J.M. Hoogendoorn-van Rijn'],
    text: `[[ORGANISATIE|Ziekenhuis Gelderse Vallei]], afdeling Geriatrie
[[ADRES|Willy Brandtlaan 10]], [[POSTCODE|6716 RP]] [[PLAATS|Ede]]

Aan: huisarts [[PERSOON|B.J. Timmermans]], [[ORGANISATIE|Huisartsenpraktijk Timmermans]], [[PLAATS|Bennekom]]
Betreft: mw. [[PERSOON|J.M. Hoogendoorn-van Rijn]], geb. [[DATUM|04-09-1931]], BSN [[BSN|124898038]]

Geachte collega,

Uw patiënte, mw. [[PERSOON|Hoogendoorn]], [[LEEFTIJD|92]] jaar, was van [[DATUM|2 maart]] tot [[DATUM|11 maart 2024]] opgenomen in verband met een delier bij een urineweginfectie. Zij is behandeld met ceftriaxon 2 g 1dd i.v., later amoxicilline/clavulaanzuur 500/125 mg 3dd. MMSE bij ontslag 21/30. Delirium Observatie Screening (DOS) score bij ontslag 1.

Beleid: ontslag naar [[ORGANISATIE|Zorgcentrum De Wilgenhof]] voor herstel. Controle op de polikliniek over zes weken.

Met collegiale groet,
dr. [[PERSOON|E.W. Pietersen]], klinisch geriater`,
  },
  {
    id: 'brief-02',
    genre: 'brief',
    setting: 'HA',
    text: `Verwijzing cardiologie

Geachte collega,

Graag zie ik dhr. [[PERSOON|Hendrik van Wijk]], geboren [[DATUM|17-6-1948]], [[ADRES|Prinsengracht 263]], [[POSTCODE|1016GV]] [[PLAATS|Amsterdam]], op uw spreekuur. Sinds enkele weken angina pectoris bij inspanning. ECG: sinusritme 78/min, geen ST-afwijkingen. Medicatie: acetylsalicylzuur 80 mg 1dd, simvastatine 40 mg 1dd, metoprolol 50 mg 2dd. RR 148/92.

Met vriendelijke groet,
[[PERSOON|A. Jacobs]], huisarts
[[ORGANISATIE|Huisartsenpraktijk De Jordaan]], tel. [[TELEFOON|020-6241234]], AGB-code [[ID|01012345]]`,
  },
  {
    id: 'brief-03',
    genre: 'brief',
    setting: 'ZKH',
    text: `Ontslagbrief [[ORGANISATIE|Maasstad Ziekenhuis]]

Patiënt: dhr. [[PERSOON|K. (Kees) Schipper]], patiëntnummer [[ID|7654321]]
Opname: [[DATUM|14-05-2024]], ontslag: [[DATUM|21-05-2024]]
Diagnose: collumfractuur links na val thuis, behandeld met kophalsprothese.
Beleid: mobiliseren op geleide van pijn, volledig belasten. Fraxiparine 2850 IE 1dd s.c. gedurende 6 weken. Paracetamol 1000 mg 4dd, zo nodig oxycodon 5 mg.
Revalidatie in [[ORGANISATIE|Revalidatiecentrum Rijndam]] te [[PLAATS|Rotterdam]].
Behandelend orthopeed: dr. [[PERSOON|S. Ouwehand]]`,
  },
  {
    id: 'brief-04',
    genre: 'brief',
    setting: 'HA',
    text: `Beste [[PERSOON|Marleen]],

Zoals telefonisch besproken stuur ik je de gegevens van mw. [[PERSOON|Tjon-A-Fong]]. Zij is bekend met diabetes mellitus type 2, hartfalen (NYHA II) en de ziekte van Alzheimer. Graag start met wijkverpleging: medicatie toedienen 2x daags, controle gewicht 3x per week. Bij gewichtstoename > 2 kg in 3 dagen graag contact.

Groet,
[[PERSOON|Frank Roelofsen]]
praktijkondersteuner, [[ORGANISATIE|Gezondheidscentrum Overvecht]]`,
  },
  {
    id: 'brief-05',
    genre: 'brief',
    setting: 'ZKH',
    knownNames: ['Dhr. P.J. de Groot'],
    text: `Polikliniek Neurologie, [[ORGANISATIE|Jeroen Bosch Ziekenhuis]]

Geachte heer [[PERSOON|De Groot]],

Hierbij bevestigen wij uw afspraak op dinsdag [[DATUM|23 juli 2024]] om 10.45 uur bij dr. [[PERSOON|R. Heijmans]], neuroloog. Wilt u uw medicijnoverzicht meenemen? Uw patiëntnummer is [[ID|3344556]].

Bent u verhinderd, bel dan [[TELEFOON|073 553 20 00]] of mail naar [[EMAIL|poli.neurologie@jbz.nl]]. Meer informatie: [[URL|https://www.jbz.nl/neurologie]].`,
  },
  {
    id: 'brief-06',
    genre: 'brief',
    setting: 'HA',
    text: `Verwijzing naar de specialist ouderengeneeskunde

Betreft: mw. [[PERSOON|Aaltje Zwanenburg]] ([[LEEFTIJD|97]] jr), [[ADRES|Burgemeester de Withstraat 7]], [[PLAATS|Monnickendam]]
Vraagstelling: toenemende cognitieve achteruitgang, verdenking vasculaire dementie. Eerder CVA in [[DATUM|2019-08-22]]. Glasgow coma score bij binnenkomst op de HAP 15. Barthel 14/20.

Met vriendelijke groet,
[[PERSOON|H. Kramer]], huisarts, BIG [[ID|19012345601]]`,
  },
  {
    id: 'brief-07',
    genre: 'brief',
    setting: 'ZKH',
    text: `Beste collega's van [[ORGANISATIE|Thuiszorg Rivas]],

Mevrouw [[PERSOON|Ramdin]] is vandaag ontslagen na een opname wegens een exacerbatie COPD. Zij gebruikt thuis 2 l/min zuurstof. Prednisolon 30 mg 1dd tot en met [[DATUM|30-5]], daarna stoppen. Controle longarts over 4 weken.

Vragen? Bel de afdeling longziekten, [[TELEFOON|0183-644444]].

[[PERSOON|Sophie van Oostrom]], verpleegkundig specialist`,
  },
  {
    id: 'brief-08',
    genre: 'brief',
    setting: 'HA',
    text: `Aan de [[ORGANISATIE|Apotheek Zuidwijk]]

Graag de medicatie van dhr. [[PERSOON|Lie]] (geb. [[DATUM|3 juni 1940]]) voortaan in baxterrollen leveren, start maandag [[DATUM|1 juli]]. Stoppen: omeprazol. Nieuw: pantoprazol 40 mg 1dd.

Dr. [[PERSOON|M.C. de Haan]], huisarts te [[PLAATS|Rotterdam]]`,
  },
  {
    id: 'brief-09',
    genre: 'brief',
    setting: 'ZKH',
    text: `Consult geriatrie [[DATUM|12 mrt. 2024]]

Dhr. [[PERSOON|Bos]], 89 jaar, opgenomen op de afdeling chirurgie na een val. Voorgeschiedenis: ziekte van Parkinson, orthostatische hypotensie, prostaathypertrofie. Katz-ADL 4. Advies: valpreventie, vitamine D 800 IE 1dd, fysiotherapie. Terug naar [[ORGANISATIE|Woonzorgcentrum Het Anker]] zodra mogelijk.

Dr. [[PERSOON|J. ten Brink]], AIOS geriatrie`,
  },
  {
    id: 'brief-10',
    genre: 'brief',
    setting: 'HA',
    text: `Hallo [[PERSOON|Petra]],

Ik heb vanochtend mw. [[PERSOON|Van 't Hof]] bezocht. De wond aan het onderbeen geneest langzaam. Ik heb Flaminal voorgeschreven. Kun jij woensdag [[DATUM|10/7]] kijken? Haar adres is veranderd: [[ADRES|Jan van Nassaustraat 21]], [[POSTCODE|2596 BT]] [[PLAATS|Den Haag]].

Groeten, [[PERSOON|Jasper]]`,
  },
  {
    id: 'brief-11',
    genre: 'brief',
    setting: 'ZKH',
    text: `Overplaatsingsbericht van [[ORGANISATIE|UMC Utrecht]] naar [[ORGANISATIE|Zorggroep De Linde]] in [[PLAATS|Houten]].

Naam: dhr. [[PERSOON|W.A. Hermans]]
BSN: [[BSN|126.030.455]]
Opnamenummer: [[ID|88812345]]

Reden opname: sepsis bij cholangitis. Antibiotica afgerond op [[DATUM|5 juni 2024]]. Voeding: gemalen, dikvloeibaar (IDDSI niveau 3). Mobiliteit: transfer met tillift. Decubitus categorie 1 op de hielen.`,
  },
  {
    id: 'brief-12',
    genre: 'brief',
    setting: 'HA',
    text: `Korte notitie voor de wijkverpleging

Mw. [[PERSOON|Schoonderwoerd]] krijgt vanaf morgen morfine 10 mg s.c. zo nodig, max 6 dd. Zij wil thuis overlijden. Familie weet ervan, contactpersoon is haar zoon [[PERSOON|Arjen]] ([[TELEFOON|0031 6 19283746]]). Bij vragen buiten kantoortijden: [[ORGANISATIE|Huisartsenpost Zaanstreek]].

[[PERSOON|L. Mol]], huisarts`,
  },
];
