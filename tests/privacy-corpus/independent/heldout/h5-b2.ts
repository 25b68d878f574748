import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h5-b13',
    genre: 'crisis',
    setting: 'HA',
    author: 'auteur-h5b',
    knownNames: ['Dhr. H.W. Hendrikx'],
    text: `HAP-visite zo [[DATUM|17 maart]] 02:10 - huisartsenpost [[PLAATS|Venray]]
Triage ([[PERSOON|Mieke]]): echtgenote belt, man staat met keukenmes in de gang, "hoort de buren praten door de muur". U1, visite met politie ivm mes.
Adres: [[ADRES|Patersweg 19]], [[PLAATS|Oostrum]]. Chauffeur [[PERSOON|Jos]].

S: 71 jr, sinds ca. een week verward, slaapt slecht, 's nachts rusteloos. VG: ziekte van Parkinson (Hoehn & Yahr 2), op levodopa/carbidopa (Sinemet), dosis 2 wk geleden verhoogd door neuroloog [[ORGANISATIE|Ziekenhuis Maas en Peel]]. Geen alcohol. Nooit eerder psychiatrische problemen.

O: angstig, niet georienteerd in tijd, wel in persoon. Ziet kinderen in de tuin die er niet zijn. RR 165/95, p 88 reg, T 36,8, glucose 6,1, sat 97%. Geen focale neurologische uitval, geen nekstijfheid. Mes zonder verzet afgegeven aan agent. Blaas niet gevuld.

E: acuut psychotisch beeld / delier, waarschijnlijk medicatie-geinduceerd (dopaminerg). DD Lewy body dementie.

P:
- telefonisch overleg crisisdienst [[ORGANISATIE|GGZ Noordelijk Maasland]], dr. [[PERSOON|Meulendijks]]: geen indicatie acute opname, thuis houden als veilig
- Sinemet terug naar oude dosis, quetiapine 12,5 mg a.n. (1 tablet meegegeven uit visitetas)
- messen opgeborgen, dochter [[PERSOON|Ellen]] blijft vannacht ([[TELEFOON|06-28371940]])
- morgen eigen HA ([[ORGANISATIE|Huisartsen Kloosterpoort]]) bellen, en neuroloog informeren
- bij toename onrust of gevaar opnieuw bellen, dan crisisdienst ter plaatse

Echtgenote zelf erg geschrokken, heeft steun van buurvrouw.

dr. [[PERSOON|R. Lamers]], waarnemend huisarts`,
  },
  {
    id: 'h5-b14',
    genre: 'begeleiding',
    setting: 'GGZ',
    author: 'auteur-h5b',
    knownNames: ['Mw. D. (Daniëlle) Kamphorst'],
    text: `Begeleidingsgesprek [[DATUM|5 juni]] - ambulante woonbegeleiding [[ORGANISATIE|Stichting Valleiwonen]]
Begeleider: [[PERSOON|Wouter Hak]]

[[PERSOON|Daan]] (zo wil ze genoemd worden) woont sinds [[DATUM|1 maart 2023]] zelfstandig in [[PLAATS|Veldhuizen]]. Huurwoning via [[ORGANISATIE|Woningstichting Heideveld]].

Hoe gaat het: wisselend. Relatie met vriend [[PERSOON|Rick]] "aan en uit", vorige week ruzie gehad over geld. Zaterdag [[DATUM|1/6]] heeft ze zich gekrast aan de onderarm, oppervlakkig, zelf verzorgd. Ze vertelde het uit zichzelf, dat is winst. Signaleringsplan: fase oranje, afgesproken dat ze bij fase rood de crisisdienst of haar SPV belt.

Werk/dagbesteding: 3 ochtenden vrijwilliger bij [[ORGANISATIE|Kringloop De Heipol]], gaat goed, collega [[PERSOON|Truus]] is een steun. Ze wil uitbreiden naar 4 dagdelen.

Geld: achterstand energie en telefoon, samen ingeschreven voor schuldhulpverlening bij gemeente [[PLAATS|Ede]]. Afspraak intake [[DATUM|18-6]]. Bewindvoering wil ze (nog) niet.

Medicatie: Concerta 36 mg, neemt ze trouw. Slaapt slecht, gebruikt soms melatonine van de Etos.

Huishouden: keuken schoon, was ligt al een week in de mand. Samen een weekschema gemaakt.

Afspraken:
1. Daan belt zelf SPV [[PERSOON|Hanneke de Groot]] voor extra afspraak
2. volgende week samen naar intake schuldhulp voorbereiden (papieren verzamelen)
3. gesprek over uitbreiding vrijwilligerswerk met [[PERSOON|Truus]]

Volgende afspraak: wo [[DATUM|12 juni]] 10:00

[[PERSOON|WH]]`,
  },
  {
    id: 'h5-b15',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h5b',
    text: `[[ORGANISATIE|Dieze Ziekenhuis]] - Afdeling Cardiologie
[[ADRES|Dommelhof 1]], [[POSTCODE|5223 GZ]] [[PLAATS|'s-Hertogenbosch]]

Aan: [[PERSOON|Wijngaarden, M.L. van]], huisarts
[[ORGANISATIE|Gezondheidscentrum De Maaspoort]]
[[PLAATS|Rosmalen]]

Datum: [[DATUM|29 mei 2024]]

Betreft: dhr. [[PERSOON|F.A.M. (Frans) Verhagen]], geb. [[DATUM|14-07-1953]]
Pat.nr. [[ID|3318276]]

Geachte collega,

Uw patient was opgenomen van [[DATUM|24-05]] t/m [[DATUM|29-05-2024]].

Diagnose: NSTEMI, eentakslijden RCx, PCI met 1 DES ([[DATUM|25-05]]).

Anamnese: sinds 2 dagen drukkende pijn op de borst, uitstralend naar de linkerarm, bij inspanning en in rust. Risicofactoren: roken (30 pack years), hypercholesterolemie, positieve familieanamnese (broer MI op 55 jr).

Beloop: troponine T piek 1240 ng/l. Echo: LVEF 45%, hypokinesie inferolateraal. Ongecompliceerd beloop na PCI, ritme sinus. LDL 4,2 mmol/l.

Medicatie bij ontslag:
- acetylsalicylzuur 80 mg 1dd
- ticagrelor (Brilique) 90 mg 2dd, 12 maanden
- atorvastatine 80 mg 1dd
- metoprolol retard 50 mg 1dd
- pantoprazol 40 mg 1dd
- nitrospray zn

Beleid:
- hartrevalidatie bij [[ORGANISATIE|Hartrevalidatiecentrum Rosmalen]], aanmelding verstuurd
- stoppen met roken: verwezen naar leefstijlcoach
- 2 weken niet autorijden; beroepsmatig (vrachtwagenchauffeur bij [[ORGANISATIE|Transport Van Heeswijk Vught]]) voorlopig niet, beoordeling bij controle
- poli cardiologie over 6 weken met lipidenspectrum
- graag LDL-streefwaarde < 1,8 bewaken

Met collegiale groet,

drs. [[PERSOON|A.B. Nijhof]], cardioloog
[[PERSOON|J. Kaya]], physician assistant

Cc: patient`,
  },
  {
    id: 'h5-b16',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-h5b',
    text: `Verwijzing orthopedie

Van: [[PERSOON|T.M. Groot Wassink]], huisarts
[[ORGANISATIE|Huisartsenpraktijk IJsselkade]]
[[ADRES|Weg naar Laren 140]], [[POSTCODE|7203 HT]] [[PLAATS|Zutphen]]
Tel. [[TELEFOON|(0575) 51 42 80]] - AGB [[ID|01087342]]

Aan: polikliniek Orthopedie, [[ORGANISATIE|IJssel-Berkel Ziekenhuis]]

Datum: [[DATUM|19-03-2024]]

Patient: mw. [[PERSOON|E. (Elly) Nijenhuis-ten Brinke]], geb. [[DATUM|2 april 1949]]
[[ADRES|Kerkstraat 5]], [[PLAATS|Warnsveld]]
BSN: [[BSN|255482802]]

Geachte collega,

Hierbij verwijs ik mw. [[PERSOON|Nijenhuis]] met het verzoek om beoordeling voor een totale heupprothese links.

Klachten: sinds 2 jaar progressieve liespijn li, nu ook nachtpijn. Loopafstand ca. 200 m, fietsen lukt nog kort. NRS 8. Kan sokken niet meer zelf aantrekken.
Onderzoek: antalgisch looppatroon, Trendelenburg positief li, endorotatie li 5 gr, flexie 90 gr, pijnlijk.
Aanvullend: X-heup/bekken [[DATUM|12-03]] via [[ORGANISATIE|Diagnostisch Centrum Zutphen]]: ernstige coxartrose li met gewrichtsspleetversmalling en osteofyten, re matig.

Behandeling tot nu: paracetamol 4dd 1 g, naproxen kortdurend (maagklachten, gestopt). Fysiotherapie bij [[ORGANISATIE|Fysio Vierakker]] 12 behandelingen, geen blijvend effect.

VG: mammacarcinoom re 2010 (lumpectomie + RT), hypertensie. BMI 31.
Medicatie: amlodipine 5 mg, paracetamol.
Sociaal: woont met echtgenoot, zij is mantelzorger voor hem (M. Alzheimer). Dat maakt planning van een operatie en revalidatie lastig; zoon [[PERSOON|Gerwin]] kan na de operatie inspringen.

Met vriendelijke groet,

[[PERSOON|Thijs Groot Wassink]]`,
  },
  {
    id: 'h5-b17',
    genre: 'verwijzing',
    setting: 'GGZ',
    author: 'auteur-h5b',
    text: `[[ORGANISATIE|Praktijk voor Psychologie Kollenberg]]
drs. [[PERSOON|M. Pinckers]], GZ-psycholoog, BIG [[ID|89123456725]]
[[TELEFOON|046-4581273]] | [[EMAIL|m.pinckers@psychologiekollenberg.nl]]

Aan: [[ORGANISATIE|Centrum Eetstoornissen Maasvallei]], t.a.v. het intaketeam
[[PLAATS|Sittard]], [[DATUM|22 april 2024]]

Betreft: [[PERSOON|Jasmijn Lahaye]], geb. [[DATUM|30-10-2006]]
[[ADRES|Rijksweg Zuid 88b]], [[POSTCODE|6131ap]] [[PLAATS|Sittard]]
Ouders: [[PERSOON|Marco Lahaye]] en [[PERSOON|Ilse Lahaye-Vroemen]]

Geachte collega's,

Met spoed verwijs ik Jasmijn (17) naar uw centrum voor diagnostiek en behandeling van een vermoedelijke anorexia nervosa, restrictief type.

Jasmijn zit in 5 havo op het [[ORGANISATIE|Sint-Rosaliacollege]]. Ze is sinds januari 9 kg afgevallen (huidig gewicht 44 kg, lengte 1,67 m, BMI 15,8). Amenorroe sinds 4 maanden. Ze sport dagelijks 1,5 uur en eet vrijwel geen koolhydraten. EDE-Q totaal 4,9. Geen eetbuien of compensatie door braken gemeld.

Somatisch: HA dr. [[PERSOON|Frissen]] mat een pols van 48/min en een kalium van 3,3 mmol/l; hij controleert wekelijks gewicht, pols en elektrolyten tot de intake.

Psychisch: perfectionistisch, somber, veel ruzie thuis over eten. Geen suicidale gedachten, wel gedachten "dat niemand mij zou missen". Ik heb 4 gesprekken met haar gevoerd; gezien de snelheid van gewichtsverlies is basis-GGZ niet passend.

Jasmijn en haar ouders zijn akkoord met deze verwijzing en met het delen van deze informatie.

Met vriendelijke groet,

[[PERSOON|M. Pinckers]]`,
  },
  {
    id: 'h5-b18',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h5b',
    knownNames: ['Mw. S. (Sevda) Aydın-Kılıç'],
    text: `POH-GGZ consult 3 - [[DATUM|16/01]]

S: mw. voelt zich somberder sinds haar moeder in november overleed in Kayseri. Kon niet op tijd naar Turkije, dat blijft haar bezighouden. Slaapt 4 uur per nacht, piekert, eetlust matig. Werkt als onderwijsassistent bij [[ORGANISATIE|Basisschool 't Hasseltje]], heeft zich deze week 2 dagen ziek gemeld. Man [[PERSOON|Murat]] steunt haar, kinderen (8 en 11) merken dat mama verdrietig is. Schoonzus [[PERSOON|Elif]] helpt met koken. Geen suicidale gedachten, "ik moet er zijn voor de kinderen".

O: rustig, goed contact, huilt als ze over moeder vertelt. Geen psychotische kenmerken. 4DKL distress 22, depressie 5. PHQ-9: 14.

E: rouw met depressieve klachten, (nog) geen aanwijzing voor gecompliceerde rouw.

P:
- psycho-educatie over rouw, slaaphygiene, wandelen met buurvrouw
- folder rouwgroep [[ORGANISATIE|Inloophuis De Cirkel]] meegegeven, wil erover nadenken
- overleg met dr. [[PERSOON|Van Iersel]] over slaapmedicatie; mw. wil liever geen pillen
- volgende afspraak [[DATUM|30-1]], 30 min
- bij verslechtering eerder bellen: [[TELEFOON|013-5430981]] (praktijk)

POH-GGZ [[PERSOON|L. de Laat]]`,
  },
  {
    id: 'h5-b19',
    genre: 'soep',
    setting: 'ZKH',
    author: 'auteur-h5b',
    knownNames: ['Dhr. K. (Kacper) Wiśniewski'],
    text: `SEH [[ORGANISATIE|Waalkade Medisch Centrum]] - [[DATUM|23-08-2024]] 16:50, triage oranje

S: 34-jarige man, viel ca. 2,5 m van een steiger op het werk (uitzendkracht via [[ORGANISATIE|Flexwerk Polska Oost]], gedetacheerd bij [[ORGANISATIE|Bouwbedrijf Hurkmans Wijchen]]). Spreekt Pools, collega [[PERSOON|Marek]] tolkt. Pijn li pols en li flank. Geen bewustzijnsverlies, niet gebraakt. VG blanco. Med: geen. Allergie: penicilline (rash). Tetanus onbekend.
Woont in huisvesting voor arbeidsmigranten, [[ADRES|Industrieweg 14-K3]], [[PLAATS|Beuningen]]. BSN [[BSN|131998134]].

O:
A vrij
B AF 18, sat 98% ka, beiderzijds vesiculair
C RR 128/76, p 92, cap. refill < 2 sec
D EMV 15, pupillen isocoor
E T 36,9; li pols zwelling, drukpijn tabatiere; li flank drukpijn 9e rib
FAST negatief. Urine: geen erytrocyten.
X-pols li (4 opnames): geen fractuur zichtbaar. X-thorax: fractuur 9e rib li lateraal, geen pneumothorax.

E:
1. klinische verdenking scaphoidfractuur li
2. ribfractuur 9 li, ongecompliceerd

P:
- onderarmgips met duimstuk, CT pols over 10 dagen, afspraak gipskamer
- paracetamol 4dd 1 g, naproxen 2dd 500 mg 5 dgn, ademoefeningen
- tetanusvaccinatie gegeven
- arbeidsongeval: werkgever geinformeerd, contactpersoon mw. [[PERSOON|Nowak]] [[TELEFOON|+31 6 4120 7733]]
- niet werken tot controle, brief meegegeven in het Engels

AIOS SEH dr. [[PERSOON|B. Hofman]] / superv. [[PERSOON|JGR]]`,
  },
  {
    id: 'h5-b20',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-h5b',
    knownNames: ['Mw. C.M. (Corry) Moonen-Tullemans'],
    text: `MDO woensdag [[DATUM|10 juli]] - [[ORGANISATIE|Sint-Martinushof]], afd. PG 1e verdieping

Aanwezig: SO drs. [[PERSOON|P. Kunnen]], psycholoog [[PERSOON|Y. Gerrits]], EVV [[PERSOON|Brenda]], fysio [[PERSOON|Luc]], dochter [[PERSOON|Tiny Vossen-Moonen]]; zoon [[PERSOON|Harrie]] telefonisch.

1. Algemeen
Mw. is [[LEEFTIJD|94]] jaar, vasculaire dementie, sinds [[DATUM|15-01-2023]] opgenomen. Dochter ervaart mw. als "stiller".

2. Gedrag
Roepgedrag 's middags tussen 14:00 en 17:00, NPI-NH 24 (was 31). Muziek van de [[ORGANISATIE|Harmonie Sint-Joseph Tungelroy]] (mw. speelde er vroeger klarinet) helpt duidelijk. Dochter neemt meer opnames mee.

3. Lichamelijk
Val [[DATUM|2/7]] uit rolstoel, geen fractuur. Gewicht 51 kg (-2 kg in 3 mnd), SNAQ-RC 3: verrijkte voeding. Slikt moeizaam, logopedie: gemalen voeding, dikke vloeistoffen. Decubitus hiel li cat. 2, Mepilex Border, hielen vrij leggen.

4. Medicatie
Citalopram 10 mg, paracetamol 3dd 1 g, Movicol 1dd. Risperdal gestopt in juni, geen toename onrust.

5. Beleid
Behandelbeleid besproken: niet reanimeren, geen opname in ziekenhuis tenzij voor comfort (bijv. fractuur). Vastgelegd [[DATUM|10-07-2024]].

6. Welzijn
Pastor [[PERSOON|Gabriëls]] komt maandelijks. Mw. geniet van de zondagsmis via tv.

Actiepunten:
- EVV: muziekmomenten in zorgplan
- fysio: ander zitkussen rolstoel
- SO: evaluatie gewicht over 4 wkn

Notulist: [[PERSOON|bvd]]`,
  },
  {
    id: 'h5-b21',
    genre: 'mdo',
    setting: 'ZKH',
    author: 'auteur-h5b',
    knownNames: ['Dhr. L. (Lambertus) van Asten'],
    text: `MDO thoracale oncologie - [[ORGANISATIE|Kempenland Medisch Centrum]] ([[ORGANISATIE|KMC]])
di [[DATUM|4 juni 2024]]

Aanwezig: dr. [[PERSOON|S. Maas]] (longarts, hoofdbehandelaar), dr. [[PERSOON|R. Ekkelboom]] (radioloog), dr. [[PERSOON|I. Mertens]] (radiotherapeut, [[ORGANISATIE|Radiotherapie Zuidoost]]), dr. [[PERSOON|W. Tjon A Fong]] (patholoog), [[PERSOON|M. Rutten]] (VS oncologie), dr. [[PERSOON|P. Dirkx]] (thoraxchirurg, teleconferentie)

Patient: dhr. [[PERSOON|van Asten]], 76 jr, pt.nr. [[ID|5520418]]. Verwezen door HA ([[ORGANISATIE|Huisartsenpraktijk Meerhoven]]).

Anamnese: 3 mnd hoesten, 2x hemoptoe, 6 kg gewichtsverlies. Ex-roker (45 pj). Comorbiditeit: COPD GOLD 2, AAA 4,1 cm (controle vaatchirurgie), DM2.

Onderzoek:
- CT thorax [[DATUM|21-05]]: massa rechterbovenkwab 4,2 cm, mediastinale klier 4R 1,8 cm
- PET-CT [[DATUM|28/5]]: verhoogde opname tumor en 4R, geen metastasen op afstand
- EBUS-TBNA 4R: adenocarcinoom, PD-L1 60%, EGFR/ALK negatief
- longfunctie: FEV1 68%, DLCO 61%
- WHO-PS 1

Conclusie: NSCLC cT2bN2M0, stadium IIIA.

Advies MDO: concurrente chemoradiatie (cisplatine/pemetrexed + 60 Gy in 30 fr.), gevolgd door consolidatie met durvalumab (Imfinzi) 1 jaar. Chirurgie niet geadviseerd gezien N2 en longfunctie.

Voorkeur patient: behandeling zo dicht mogelijk bij huis in [[PLAATS|Veldhoven]]; bestraling in [[ORGANISATIE|KMC]] mogelijk.

Vervolg: slechtnieuws- en behandelgesprek do [[DATUM|6 juni]] met patient en echtgenote [[PERSOON|Annie]], VS oncologie aanwezig.

Verslag: [[PERSOON|MR]]`,
  },
  {
    id: 'h5-b22',
    genre: 'email',
    setting: 'GGZ',
    author: 'auteur-h5b',
    text: `Van: [[PERSOON|Priscilla Martina]] <[[EMAIL|p.martina@ggzwormdal.nl]]>
Aan: [[EMAIL|info@bewindvoeringhoensbroek.nl]]
Cc: [[EMAIL|r.bemelmans@ggzwormdal.nl]]
Datum: [[DATUM|13 november 2024]] 14:27
Onderwerp: dhr. [[PERSOON|Pelzer]] - energierekening en leefgeld

Beste mevrouw [[PERSOON|Schmitz]],

Ik ben de SPV van dhr. [[PERSOON|G. Pelzer]] (uw dossiernr. [[ID|20231187]]). Met zijn toestemming mail ik u.

Dhr. vertelde gisteren dat hij een aanmaning van zijn energieleverancier heeft gekregen en dat afsluiting dreigt per [[DATUM|1 december]]. Volgens hem is de termijn van oktober niet betaald. Kunt u dit nakijken?

Daarnaast: het leefgeld komt nu op dinsdag, maar dhr. doet zijn boodschappen met zijn buurman op vrijdag bij de Aldi. Hij komt daardoor aan het eind van de week vaak niets meer te kijken. Zou storting op vrijdag mogelijk zijn?

Ter info: dhr. verhuist per [[DATUM|1-1-2025]] van [[ADRES|Holzstraat 61 A]], [[POSTCODE|6461 hl]] [[PLAATS|Kerkrade]] naar een kleinere woning van [[ORGANISATIE|Woonstichting Parkstad Thuis]] op [[ADRES|Heigank 27]] in [[PLAATS|Terwinselen]]. De huurovereenkomst heeft hij vorige week getekend, u ontvangt een kopie.

U kunt mij bereiken op [[TELEFOON|045 - 546 22 19]] (team) of [[TELEFOON|06-20194837]] (ma t/m do).

Met vriendelijke groet,

[[PERSOON|Priscilla Martina]]
SPV, FACT [[PLAATS|Kerkrade]]
[[ORGANISATIE|GGZ Wormdal]]
[[URL|www.ggzwormdal.nl]]`,
  },
  {
    id: 'h5-b23',
    genre: 'overdracht',
    setting: 'GGZ',
    author: 'auteur-h5b',
    knownNames: ['Dhr. S. (Sander) Bos'],
    text: `[[ORGANISATIE|GGZ Betuwehof]] - afd. Kort Verblijf 2
Overdracht late dienst -> nacht, vrijdag [[DATUM|8 maart]] 22:45 ([[PERSOON|robin]] -> [[PERSOON|esmee]])

Sander, 31 jr, bipolaire stoornis, manische episode. Opgenomen sinds [[DATUM|1/3]] (vrijwillig), zorgmachtiging aangevraagd.

- Vandaag veel gebeld met werkgever ([[ORGANISATIE|Hoveniersbedrijf Groen & Zn]]), wilde om 17:00 de afdeling af, "moet naar [[PLAATS|Geldermalsen]] voor een klus". Na gesprek met begeleiding mee gewandeld in het bos achter de kliniek, daarna rustiger.
- Verbaal dreigend naar medepatient kamer 6 tijdens avondeten. Geen fysiek geweld. Apart gegeten.
- Medicatie: lithium 800 mg (20:00 gegeven). Olanzapine 10 mg extra om 19:30, effect matig. Zo nodig lorazepam 1 mg, max 3/dag, vandaag 1x (16:00).
- LET OP: lithiumspiegel morgen 08:00, nuchter!
- Slaap vorige nacht ca. 2 uur. Vannacht slaapobservatie elk uur.
- Bezoek: moeder [[PERSOON|wilma]] geweest, bracht schone kleren. Vriendin [[PERSOON|Noor]] mag voorlopig niet op bezoek (op zijn eigen verzoek, staat in dossier).
- Telefoon om 22:00 ingenomen volgens afspraak behandelplan, ligt in kast teamkamer.

Bij onrust of escalatie: dienstdoend arts dr. [[PERSOON|Pattipeilohy]], sein [[ID|3312]]. Separeer is vrij.

[[PERSOON|RvE]]`,
  },
  {
    id: 'h5-b24',
    genre: 'rapportage',
    setting: 'HA',
    author: 'auteur-h5b',
    knownNames: ['Mw. G. (Gerarda) Verbeek'],
    text: `Rapportage POH-ouderen - [[ORGANISATIE|Huisartsengroep Sint Anthonis]]
Lft: [[LEEFTIJD|92]]

[[DATUM|14-02]] huisbezoek
Mw. woont zelfstandig op [[ADRES|Steenstraat 41]], [[PLAATS|Vierlingsbeek]]. Groninger Frailty Indicator 7. Afgelopen halfjaar 2x gevallen, 1x 's nachts naar toilet. Personenalarmering via [[ORGANISATIE|Zorgalarm Maasland]] aanwezig, draagt de knop niet altijd. Zoon [[PERSOON|Wim]] woont 2 huizen verder, dochter in [[PLAATS|Nijmegen]]. Buurvrouw [[PERSOON|Riet Jacobs]] doet de boodschappen bij de Plus. Mw. kookt nog zelf, "maar eenvoudig".
Medicatie: 9 middelen, waaronder diazepam 5 mg a.n. sinds jaren. - [[PERSOON|Ans]]

[[DATUM|21-02]] medicatiereview met apotheker [[PERSOON|Hendriks]] ([[ORGANISATIE|Apotheek De Maasheggen]]) en dr. [[PERSOON|Hermsen]]:
- diazepam afbouwen in 8 weken (valrisico)
- simvastatine stoppen (leeftijd, geen meerwaarde)
- vitamine D starten
Mw. akkoord, zoon ook. Afbouwschema meegegeven. - [[PERSOON|Ans]]

[[DATUM|28-02]] telefonisch: slaapt wat minder, verder goed. Heeft nachtlampje in de gang laten plaatsen. - [[PERSOON|AvdH]]

[[DATUM|6-3]] huisbezoek met fysio [[PERSOON|Koen]]: rollator binnenshuis, matje weg uit de badkamer. Valangst besproken. Mw. wil niet naar een verzorgingshuis: "hier ben ik geboren, hier ga ik dood". Wens vastgelegd. Volgende contact over 4 wkn. - [[PERSOON|Ans]]`,
  },
];
