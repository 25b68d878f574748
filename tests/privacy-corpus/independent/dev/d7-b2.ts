import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd7-b13',
    genre: 'ontslagbrief',
    setting: 'GGZ',
    author: 'auteur-d7b',
    text: `[[ORGANISATIE|IJsselborgh GGZ]] - kliniek [[ORGANISATIE|De Weteringhe]]
Postbus 1180, [[POSTCODE|8001 BD]] [[PLAATS|Zwolle]]

Aan: huisarts [[PERSOON|J.W. Schippers]], [[ORGANISATIE|Huisartsenpraktijk Assendorp]]
[[ADRES|Dijkstraat 40-2]], [[POSTCODE|8011lx]] [[PLAATS|Zwolle]]

[[PLAATS|Zwolle]], [[DATUM|7 april 2025]]

Betreft: [[PERSOON|Haddad, O.]] ([[PERSOON|Omar]]), geb. [[DATUM|1991-08-23]], BSN [[BSN|2527.60.189]]
Klinische opname [[DATUM|17 februari]] t/m [[DATUM|4 april 2025]], vrijwillig

Geachte collega,

Hierbij informeren wij u over het ontslag van uw patient.

Reden van opname: ernstige depressieve episode met suicidale gedachten, na toename van herbelevingen. Dhr. is in 2015 vanuit Syrie naar Nederland gekomen (via [[PLAATS|Ter Apel]]).

Diagnose (DSM-5): PTSS; depressieve stoornis, ernstig, zonder psychotische kenmerken.

Beloop: na stabilisatie gestart met EMDR (8 sessies), daarnaast PMT en groepstherapie. Sertraline opgehoogd naar 150 mg. De suicidale ideatie nam af vanaf week 4, er zijn geen pogingen geweest. Slaap verbeterd. Dhr. heeft in de laatste weken met verlof thuis geoefend. Zijn werkgever, [[ORGANISATIE|Distributiecentrum Hessenpoort]], staat open voor re-integratie in overleg met de bedrijfsarts.

Medicatie bij ontslag: sertraline 150 mg 1dd, prazosine 1 mg a.n. (nachtmerries), oxazepam 10 mg z.n. max 2dd (afbouwen).

Nazorg: ambulante behandeling bij FACT [[PLAATS|Zwolle-Zuid]], SPV [[PERSOON|Anouk Bruggink]]. Eerste afspraak [[DATUM|10-04]]. Crisisplan meegegeven. Wij verzoeken u de bloeddruk te controleren ivm prazosine.

Met collegiale groet,

drs. [[PERSOON|L.M. Smeets]], psychiater, BIG [[ID|19087654301]]
[[PERSOON|Y. Statia]], verpleegkundig specialist GGZ
T [[TELEFOON|038 - 720 44 00]]`,
  },
  {
    id: 'd7-b14',
    genre: 'verwijzing',
    setting: 'ZKH',
    author: 'auteur-d7b',
    text: `[[ORGANISATIE|Ziekenhuis Regge en Vecht]] - afdeling Neurologie, [[PLAATS|Almelo]]

Aan: [[ORGANISATIE|Revalidatiecentrum Twickelerveld]], t.a.v. de revalidatiearts
Datum: [[DATUM|06-02-2025]]

Betreft: dhr. [[PERSOON|Ö. (Ömer) Çelik]], geb. [[DATUM|9 mei 1968]]
[[ADRES|Ootmarsumsestraat 233]], [[POSTCODE|7603 AG]] [[PLAATS|Almelo]], tel. [[TELEFOON|0546-81 22 73]]
Patiëntnummer [[ID|8023317]]

Geachte collega,

Graag verwijs ik bovengenoemde patient naar u voor klinische revalidatie.

Dhr. werd op [[DATUM|28-01-2025]] opgenomen met een herseninfarct in het stroomgebied van de a. cerebri media links. Trombolyse binnen 2 uur. Restverschijnselen: paralyse rechterarm (MRC 2), parese rechterbeen (MRC 4), lichte expressieve afasie. NIHSS bij opname 6, nu 3. Barthel 14/20. Slikscreening goed, normaal dieet.

Voorgeschiedenis: hypertensie, roken (30 pakjaren, nu gestopt).
Medicatie: clopidogrel 75 mg, atorvastatine 40 mg, amlodipine 5 mg.

Sociaal: gehuwd, 3 volwassen kinderen, woont in een eengezinswoning. Werkt fulltime als CNC-operator bij [[ORGANISATIE|Metaalbewerking Hulshof BV]], rechtshandig. Dhr. spreekt goed Nederlands, zijn vrouw beperkt (Turks). Zoon [[PERSOON|Emre]] is contactpersoon.

Dhr. is zeer gemotiveerd en wil zo snel mogelijk terug naar werk. Leerbaarheid lijkt goed. Wij verwachten ontslag over ca. 1 week.

Met collegiale groet,

[[PERSOON|R.A. Geerdink]], neuroloog
[[PERSOON|M. Lumban Tobing]], physician assistant neurologie
AGB [[ID|03061234]]
[[EMAIL|neurologie.secretariaat@zrv.nl]]`,
  },
  {
    id: 'd7-b15',
    genre: 'soep',
    setting: 'ZKH',
    author: 'auteur-d7b',
    knownNames: ['Mw. G. (Gerda) Veenstra-Wiersma'],
    text: `Dagvisite interne - di [[DATUM|7 jan]], kamer 312 bed 2
[[ORGANISATIE|Ziekenhuis Lelyland]]

S: Mw. voelt zich beter, minder benauwd, hoest nog veel. Moe. Eet kleine beetjes. Maakt zich zorgen om haar man thuis in [[PLAATS|Biddinghuizen]] (beginnende dementie).

O: Alert, praat in hele zinnen. T 37,4, RR 124/70, P 84, AF 18, sat 95% bij 1 L O2 via neusbril.
Ausc: crepitaties basaal re, minder dan gisteren.
Lab: Na 128 (gisteren 124), K 4,1, kreat 78, CRP 86 (was 156), Hb 7,1, leuco 11,2.

E:
1. Community acquired pneumonie re onderkwab, klinisch en biochemisch verbeterend.
2. Hyponatriemie, waarschijnlijk thiazide-geinduceerd, mogelijk SIADH bij pneumonie. Geen aanwijzingen voor M. Addison.

P:
- amoxicilline iv omzetten naar oraal, totaal 7 dagen
- hydrochloorthiazide definitief gestopt, HA informeren
- vochtbeperking 1,5 L/dag
- Na en kreat morgen
- O2 afbouwen, streef sat > 92%
- fysio: mobiliseren op de gang
- verwacht ontslag vr; overdracht wijkverpleging [[ORGANISATIE|Zorg aan Huis Swifterbant]] via transfer, ook ivm situatie echtgenoot
- dochter [[PERSOON|Marjolein]] belt vanmiddag voor uitleg

i.o.m. internist [[PERSOON|F. Isenia]]
[[PERSOON|T. van den Akker]], AIOS / [[PERSOON|TvdA]]`,
  },
  {
    id: 'd7-b16',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-d7b',
    knownNames: ['Mw. H. (Hendrikje) Lanting-Hilbrands'],
    text: `MDO psychogeriatrie - [[ORGANISATIE|Huize Dalerhof]], [[DATUM|15-10-2025]]

Bewoner: mw. [[PERSOON|Lanting]] ("[[PERSOON|Riekje]]"), [[LEEFTIJD|91]]-jarige vrouw, sinds 2 jaar op de afdeling.

Aanwezig: SO [[PERSOON|M. Groothuis]], psycholoog [[PERSOON|S. Benali]], EVV [[PERSOON|Jolanda]], fysiotherapeut [[PERSOON|Rik Mulder]], activiteitenbegeleider [[PERSOON|Wendy]], dochter [[PERSOON|Gea]] (telefonisch)

Gedrag
Onrust eind vd middag (15:30-18:00), loopt rond met haar tas, roept om [[PERSOON|Albert]] (echtgenoot, overleden). Psycholoog adviseert: muziek van vroeger via koptelefoon rond 15:00, taakje geven (was vroeger onderwijzeres, vouwt graag servetten). Gedragsanalyse loopt.

Medicatie
Quetiapine 25 mg is afgebouwd en gestopt per [[DATUM|1-10]], geen toename onrust. Movicolon 1dd blijft. Paracetamol 3x1 g ivm artrose knieen.

Mobiliteit / huid
Loopt korte stukjes met rollator, verder rolstoel. Braden 14. 1x val in sept. zonder letsel. Fysio: loopoefeningen 2x p/w blijven.

Voeding
Gewicht stabiel 61 kg. Eet beter aan de ronde tafel.

Wilsverklaring
NR-beleid vastgelegd op [[DATUM|2 mei 2022]], besproken met dochter: blijft zo. Geen ziekenhuisopname meer gewenst, wel behandeling van bijv. een longontsteking in huis.

Wens familie
Dochter vraagt of mw. weer mee kan naar de zondagsdienst van de [[ORGANISATIE|Opstandingskerk]] in [[PLAATS|Dalen]]. Vrijwilliger wordt gezocht; [[PERSOON|Wendy]] regelt.

Evaluatie over 6 weken.
Notulist: [[PERSOON|JB]]`,
  },
  {
    id: 'd7-b17',
    genre: 'overdracht',
    setting: 'ZKH',
    author: 'auteur-d7b',
    knownNames: ['Dhr. T. (Teun) Smit'],
    text: `Verpleegkundige overdracht
Van: [[ORGANISATIE|Gasthuis De Worp]], afd. B2 (interne/geriatrie)
Naar: [[ORGANISATIE|Woonzorg Ter Borch]], [[PLAATS|Deventer]]

Patient: dhr. [[PERSOON|T. Smit]], geb. [[DATUM|30-11-1936]]
BSN [[BSN|507529170]] | pat.nr. [[ID|5502913]]
Adres: [[ADRES|Brinkgreverweg 12 K]], [[POSTCODE|7413 AB]] [[PLAATS|Deventer]]
Opname [[DATUM|02/09/2025]], ontslag [[DATUM|09/09/2025]]
Contactpersoon: echtgenote [[PERSOON|Riet Smit-Haverkamp]], [[TELEFOON|0570 61 28 44]]

S: Dhr. gaat voor tijdelijke opname (ELV) naar uw locatie, terugkeer naar huis niet haalbaar op dit moment.

B: Opgenomen met urosepsis. Bekend met DM2 (insuline), M. Parkinson, prostaathypertrofie. Allergie: penicilline (exantheem). MRSA-screening negatief.

A:
- Urine: verblijfskatheter (Foley CH16) geplaatst [[DATUM|2/9]], wisselen over 6 weken.
- Huid: decubitus cat. 2 hiel li, Mepilex Border Heel, wisselen elke 3 dagen, laatst [[DATUM|8/9]]. Braden 12.
- Mobiliteit: transfer met tillift (passieve lift), zit 2x per dag 1 uur in de rolstoel.
- Voeding: diabetesdieet, drinkt goed, vocht min. 1,5 L.
- Medicatie: Novorapid volgens schema + Lantus 14 E om 22:00, Madopar 125 mg 4dd (op tijd geven!), zie medicatieoverzicht.
- Cognitie: wisselend georienteerd, geen delier meer. Geen vrijheidsbeperkende maatregelen.

R: Glucosecurve 4dd, katheter en hielwond volgens afspraak. Echtgenote komt dagelijks.

[[PERSOON|Sophie Kolkman]], verpleegkundige afd. B2
[[TELEFOON|0570-53 53 00]], tst. [[ID|4102]]`,
  },
  {
    id: 'd7-b18',
    genre: 'rapportage',
    setting: 'GGZ',
    author: 'auteur-d7b',
    knownNames: ['Dhr. D. (Dylan) Pinas'],
    text: `Rapportage beschermd wonen - woonvorm [[ORGANISATIE|De Meerkoet]] ([[ORGANISATIE|Stichting Lichtbaken]]), [[PLAATS|Almere-Buiten]]

ma [[DATUM|12/5]] 09:30
[[PERSOON|Dylan]] niet naar [[ORGANISATIE|Houtwerkplaats De Krul]] gegaan, bleef in bed liggen, zei "moe". Werkplaats gebeld en afgemeld. Depot Abilify Maintena 400 mg staat voor [[DATUM|15-5]]. - [[PERSOON|ag]]

ma [[DATUM|12/5]] 14:00
Gesprek met [[PERSOON|dylan]] over geld. Heeft zijn weekgeld van [[ORGANISATIE|Bewindkantoor Almere Stad]] al op, vooral aan energiedrank en sigaretten. Samen naar de Jumbo geweest met lijstje, afgesproken dat hij dagelijks 10 euro pint. - [[PERSOON|ag]]

di [[DATUM|13/5]] 22:10
Ruzie op de gang met medebewoner [[PERSOON|Sjors]] over de wasmachine. [[PERSOON|Dylan]] schreeuwde en sloeg tegen de deur. Na time-out op eigen kamer rustig geworden, politie niet nodig. Incident gemeld. - [[PERSOON|KvO]]

wo [[DATUM|14 mei]]
Overleg SPV [[PERSOON|Fenna de Graaf]] (FACT [[PLAATS|Almere Stad]]): urinetest THC positief. Moeder, mw. [[PERSOON|Pinas]], belde, maakt zich zorgen, hij neemt zijn telefoon niet op. Gezamenlijk gesprek gepland op [[DATUM|21-05-2025]] om 15:00. - [[PERSOON|ag]]

do [[DATUM|15/5]]
Depot gezet door vpk FACT, li bil. [[PERSOON|Dylan]] vandaag wel naar de werkplaats, had plezier, heeft een vogelhuisje gemaakt. - [[PERSOON|ss]]`,
  },
  {
    id: 'd7-b19',
    genre: 'crisis',
    setting: 'VVT',
    author: 'auteur-d7b',
    knownNames: ['Dhr. W.J. (Wim) Kroeze'],
    text: `Vermissing bewoner - [[ORGANISATIE|Zorgcentrum De Pelgrim]], afd. 1B (gesloten PG)
Datum: vr [[DATUM|21-11-2025]]

Tijdlijn
15:40 Bij koffieronde dhr. [[PERSOON|Kroeze]] niet op de afdeling. Afdeling, tuin en andere etages doorzocht. Waarschijnlijk met bezoek meegelopen door de bezoekersdeur.
15:55 112 gebeld (politie), signalement doorgegeven: 1.80 m, grijs haar, grijze jas met logo van [[ORGANISATIE|Loonbedrijf Wansink]] (vroegere werkgever), bruine pantoffels. Foto uit ECD doorgemaild. Burgernet ingezet.
16:05 Zoon [[PERSOON|Herman]] gebeld ([[TELEFOON|06-53 90 21 48]]), komt helpen zoeken. Dhr. wil vaak "naar de boerderij" in [[PLAATS|Notter]].
16:30 Dhr. gevonden door buurtbewoner ter hoogte van [[ADRES|Haarstraat 56]], zat op een bankje. Politie bracht hem terug om 16:50.

Bij terugkomst
Verward, koud, T 35,9. Schaafwond re knie, schoongemaakt en afgedekt. RR 146/84, P 92. Warme thee en deken, om 18:00 T 36,6. SO dienst (dr. [[PERSOON|Pieters]]) telefonisch geinformeerd, geen verdere actie, morgen beoordelen.

Afspraken
- MIC-melding gedaan
- Wzd-functionaris [[PERSOON|E. Kamphuis]] geinformeerd, bespreken in MDO of extra maatregel nodig is (bijv. leefcirkel/gps)
- bezoekers nogmaals attenderen op de deur, briefje bij de lift
- zoon komt morgen om 10:00 voor gesprek

[[PERSOON|Bernadette ter Horst]], EVV / [[PERSOON|BtH]]`,
  },
  {
    id: 'd7-b20',
    genre: 'begeleiding',
    setting: 'wijk',
    author: 'auteur-d7b',
    knownNames: ['Mw. A. (Aaltje) Koffeman'],
    text: `Verslag ambulante begeleiding (Wmo) - [[DATUM|08-10-2025]]
Begeleider: [[PERSOON|Hennie Pasterkamp]], [[ORGANISATIE|Stichting Thuisbegeleiding Flevopolder]]

Huisbezoek bij [[PERSOON|Aal]] thuis in [[PLAATS|Urk]]. Man is deze week op zee, komt vr thuis. Jongste (2 jr) was thuis, de 2 oudsten op school ([[ORGANISATIE|Christelijke Basisschool De Zaaier]]).

Huishouden/structuur
Weekplanner hangt op de koelkast en wordt gebruikt. Was loopt achter, samen een wasschema gemaakt (ma en do). Mw. zegt dat ze het "nu beter overziet".

Financien
Brief van de Belastingdienst over terugbetalen toeslag (ca. 1.200 euro). Samen een betalingsregeling aangevraagd. Kinderbijslag (SVB) komt wel goed binnen. Advies: budgetcoach via gemeente [[PLAATS|Urk]].

Opvoeding
Oudste zoon (8) heeft driftbuien op school. Juf [[PERSOON|Margreet]] heeft gevraagd om een gesprek, mw. wil dat ik meega. Afspraak [[DATUM|14/10]] 15:15 op school.

Steun
Moeder woont twee straten verder en springt bij. Diaconie van de [[ORGANISATIE|Eben-Haëzerkerk]] heeft aangeboden een oppas te regelen voor de woensdag. Schoonzus [[PERSOON|Jantje]] is minder betrokken sinds de ruzie in de zomer.

Stemming
Wisselend, slaapt slecht als man weg is. POH van de huisarts (mw. [[PERSOON|Romkes]]) is op de hoogte.

Volgende afspraak: wo [[DATUM|22/10]] 09:30.
[[PERSOON|HP]]`,
  },
  {
    id: 'd7-b21',
    genre: 'email',
    setting: 'GGZ',
    author: 'auteur-d7b',
    text: `Van: [[EMAIL|r.ramdin@ggz-ijsseldelta.nl]]
Aan: [[EMAIL|assistentie@hapraktijkbrunnepe.nl]]
Datum: [[DATUM|3 november 2025]] 09:47
Onderwerp: dhr. [[PERSOON|K. Hoekman]] - lithiumspiegel en nierfunctie

Beste dokter [[PERSOON|Van Wijngaarden]],

Ik schrijf u over onze gezamenlijke patient dhr. [[PERSOON|Klaas Hoekman]], geb. [[DATUM|12-12-1959]], cliëntnr. bij ons [[ID|44180273]].

De lithiumspiegel van [[DATUM|28-10]] was 1,1 mmol/l (streef 0,6-0,8). De eGFR is gedaald naar 52 (in april nog 61). Dhr. heeft geen klachten van tremor of diarree, maar drinkt volgens zijn vrouw weinig sinds hij niet meer bij de [[ORGANISATIE|Scheepswerf Kamper Kogge]] werkt. Daarnaast is hij door u gestart met ibuprofen voor zijn schouder.

In overleg met onze psychiater, dr. [[PERSOON|W. Kuipers]], hebben wij de lithium verlaagd van 800 naar 600 mg. Wilt u:
- de ibuprofen staken of vervangen door paracetamol;
- de POH ([[PERSOON|Marit]]) vragen over 1 week een nieuwe spiegel + kreatinine te laten prikken (12 uur na de laatste inname)?

Ik bel dhr. zelf donderdag om de uitslag door te nemen.

Met collegiale groet,

[[PERSOON|Rachna Ramdin]]
SPV, FACT [[PLAATS|Kampen]]
[[ORGANISATIE|GGZ IJsseldelta]]
[[TELEFOON|038 333 10 20]] / [[TELEFOON|06-15 07 49 32]] (ma-do)
[[URL|www.ggz-ijsseldelta.nl]]

Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het bericht dan.`,
  },
  {
    id: 'd7-b22',
    genre: 'ontslagbrief',
    setting: 'VVT',
    author: 'auteur-d7b',
    text: `[[ORGANISATIE|Zorgcentrum De Nijenstede]]
Afdeling Geriatrische Revalidatie

t.a.v. mw. [[PERSOON|A. de Vries-Tuinstra]], huisarts
[[ORGANISATIE|Gezondheidscentrum Roderwolde]]

Datum: [[DATUM|16-09-2025]]

Betreft: [[PERSOON|Mestrom, P.J.M.]], geb. [[DATUM|24-03-1939]]
[[ADRES|Heerestraat 5 A]], [[POSTCODE|9301 AC]] [[PLAATS|Roden]]
BSN [[BSN|121547280]]
Opname GRZ: [[DATUM|5 augustus]] tot [[DATUM|16 september 2025]]

Geachte collega,

Uw patient verbleef bij ons voor geriatrische revalidatie na een totale knieprothese rechts, geplaatst op [[DATUM|31-07-2025]] in het [[ORGANISATIE|Drents Gasthuis]].

Beloop: de eerste dagen een kortdurend delier (DOS max 4), zonder medicatie hersteld. Daarna goed oefenbaar. Fysiotherapie dagelijks (fysio [[PERSOON|Jelmer]]), ergotherapie voor ADL en aanpassingen thuis. Flexie knie nu 95 graden, extensie -5. Tinetti 22/28, 6MWT 280 m met rollator. Pijn VAS 2-3 met paracetamol. Hb bij opname 6,6, bij ontslag 7,4. Wond rustig, hechtingen verwijderd op [[DATUM|14/8]].

Ontslag naar huis, waar dhr. met zijn echtgenote woont. Traplift is via het Wmo-loket aangevraagd, tot plaatsing slaapt dhr. beneden. Wijkverpleging via [[ORGANISATIE|Thuiszorg Noordenveld]] 1x per dag voor steunkous en wondcontrole. Poliklinische fysio bij [[ORGANISATIE|Fysiotherapie Het Ruiterpad]].

Medicatie bij ontslag: paracetamol 1 g 3dd, fraxiparine 2850 IE 1dd tot [[DATUM|11 september]] (gestopt), metoprolol 50 mg 1dd, pantoprazol 20 mg 1dd.

Controle orthopedie over 6 weken.

Met vriendelijke groet,

[[PERSOON|K.L. Hadders]], specialist ouderengeneeskunde
AGB [[ID|01098765]]`,
  },
  {
    id: 'd7-b23',
    genre: 'verwijzing',
    setting: 'GGZ',
    author: 'auteur-d7b',
    text: `Verwijzing basis-GGZ

Van: [[PERSOON|S. Kroeze-Lammerink]], POH-GGZ, [[ORGANISATIE|Huisartsenpraktijk Noetselerberg]]
namens huisarts [[PERSOON|P. Wolters]], AGB [[ID|01027415]]
Aan: [[ORGANISATIE|Basis GGZ Hellendoorn]]
Datum: [[DATUM|20 mei 2025]]

Patient: mw. [[PERSOON|Senait Ghebremedhin]], geb. [[DATUM|01-01-1996]]
[[ADRES|Grotestraat 120-b]], [[POSTCODE|7443 BX]] [[PLAATS|Nijverdal]]
Tel. [[TELEFOON|06 41 55 90 62]]
BSN [[ID|234567891]] (klopt niet volgens systeem, svp navragen bij pt.)

Geachte collega,

Mw. is sinds maart 5x bij mij geweest. Zij is in 2019 vanuit Eritrea via Libie naar Nederland gekomen, heeft sinds 2021 een verblijfsvergunning en woont alleen.

Klachten: slecht slapen, nachtmerries, schrikreacties bij harde geluiden, piekeren over familie in Eritrea. Concentratie slecht, mist daardoor lessen bij de inburgering. PHQ-9: 18, GAD-7: 15. Geen suicidale gedachten, geen middelengebruik.

Werk: 20 uur p/w schoonmaak bij [[ORGANISATIE|Schoonmaakbedrijf Nijhof & Zn.]], lukt nog maar ze meldt zich vaker ziek.

Gespreken met POH gaven wat steun, maar de klachten nemen niet af. Ik vermoed een PTSS en vraag u om diagnostiek en traumagerichte behandeling.

Taal: Tigrinya en redelijk Nederlands (A2). Bij de gesprekken is een tolk nodig; mw. wil liever geen tolk uit haar eigen gemeenschap.

Mw. heeft toestemming gegeven voor deze verwijzing.

Met vriendelijke groet,
[[PERSOON|Saskia Kroeze-Lammerink]]
POH-GGZ`,
  },
  {
    id: 'd7-b24',
    genre: 'soep',
    setting: 'wijk',
    author: 'auteur-d7b',
    knownNames: ['Mw. B. (Bep) ter Horst-Scholten'],
    text: `SOEP wijkverpleegkundige - huisbezoek [[DATUM|17 sept.]]

S: Mw. (86 jr) vertelt dat het "niet meer gaat" met haar man [[PERSOON|Gerrit]] ([[LEEFTIJD|90]] jaar), hij slaapt overdag en is 's nachts onrustig. Zij heeft zelf pijn aan re voet bij lopen. Eet onregelmatig, vergeet soms haar insuline van de avond.

O: Glucose: nuchter 9,8, voor avondeten 16,2. Re voet: roodheid en eeltvorming onder MTP 1, geen open wond, voetpulsaties voelbaar. Gewicht 71,5 kg (stabiel). SNAQ 1. EDIZ (mantelzorglast) hoog: 7/9. Huis opgeruimd, koelkast weinig gevuld.

E:
- Overbelasting mantelzorger
- Risico op diabetisch voetulcus re
- Ontregelde glucose door onregelmatig eten en gemiste insuline

P:
- insulinetoediening avond overnemen (extra zorgmoment 17:30), indicatie aangepast
- overleg met POH [[PERSOON|Wendy]] van [[ORGANISATIE|Huisartsenpraktijk Buurse]]: verwijzing podotherapeut en diabetesverpleegkundige
- respijtzorg bespreken: dagbesteding voor dhr. bij [[ORGANISATIE|Dagcentrum 't Iemnschoer]], aanvraag via het Wmo-loket
- dochter [[PERSOON|Marian]] (woont in [[PLAATS|Neede]]) gebeld: komt vrijdag, gaat mee naar het gesprek
- maaltijdservice voorgesteld, mw. twijfelt nog
- evaluatie [[DATUM|1 okt.]]

[[PERSOON|MHO]]`,
  },
];
