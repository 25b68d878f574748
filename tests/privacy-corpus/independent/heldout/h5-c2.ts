import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h5-c13',
    genre: 'crisis',
    setting: 'GHZ',
    author: 'auteur-h5c',
    knownNames: ['Dhr. J.R. (Jermaine) Doelwijt'],
    text: `Incidentverslag / crisis - woning [[ORGANISATIE|Het Kompas]], [[ORGANISATIE|Stichting Waterlandhoeve]] [[PLAATS|Purmerend]]
zaterdag [[DATUM|6 april]], 19:45 - 22:30
Aanwezig: [[PERSOON|Sjoerd]] (PB'er), [[PERSOON|Naima]] (invalkracht via uitzendbureau)

Wat gebeurde er:
[[PERSOON|Jermaine]] kwam om 19:30 terug van bezoek aan vriendin [[PERSOON|Shanice]] ("Shan") in [[PLAATS|Zaandam]]. Was boos, ze hadden het uitgemaakt. Wilde geen eten, sloeg met vuist tegen de keukendeur, daarna ruit van de voordeur kapotgeslagen. Snijwond re onderarm, bloedde flink. Medebewoners [[PERSOON|Dirk]] en [[PERSOON|Youssef]] naar hun kamer gebracht door [[PERSOON|Naima]].
20:05 bereikbaarheidsdienst gebeld ([[TELEFOON|0299-43 21 00]]), dienstdoend manager [[PERSOON|Wim Schipper]] kwam ter plaatse. [[PERSOON|Jermaine]] bleef dreigen ("ik sla alles kapot, ook jullie"), politie gebeld 20:20. Twee agenten kwamen, [[PERSOON|Jermaine]] werd rustiger toen hij de agenten zag.
20:50 huisartsenpost: wond gehecht (4 hechtingen), tetanus up to date. Zo nodig lorazepam 1 mg gegeven 21:15 (staat op zn-lijst).

Afspraken:
- Gedragsdeskundige [[PERSOON|Anouk Bais]] ingelicht via app, maandag evaluatie.
- Vannacht extra wakende nacht, [[PERSOON|Sjoerd]] blijft tot 23:30.
- Ruit dichtgemaakt door storingsdienst van [[ORGANISATIE|Woningstichting Purmer Wonen]].
- Moeder (mw. [[PERSOON|Doelwijt]], [[TELEFOON|06-28 43 77 10]]) gebeld 22:00, zij komt zondag langs.
- Melding MIC ingevuld, nr. [[ID|2024-00417]].

Cliëntnr. [[ID|8810234]]
[[PERSOON|SvB]] / [[PERSOON|WS]]`,
  },
  {
    id: 'h5-c14',
    genre: 'begeleiding',
    setting: 'wijk',
    author: 'auteur-h5c',
    knownNames: ['Mw. W. (Wil) Pattipeilohy'],
    text: `Buurtteam Oost - individuele begeleiding (Wmo)
Huisbezoek [[DATUM|19 september 2023]], mw. [[PERSOON|Pattipeilohy]], [[ADRES|Van Renesselaan 22 bis]], [[PLAATS|Zeist]]

Mw. is [[LEEFTIJD|96]] en woont sinds het overlijden van haar man ([[PERSOON|Johannes]], 2021) alleen. Ze ontving me hartelijk, had spekkoek klaargezet. Praat veel over vroeger, het woonoord in [[PLAATS|Vught]] na aankomst in 1951 en de jaren daarna in [[PLAATS|Zuilen]].

Doelen begeleiding:
1. Minder eenzaam: sinds juni 1x p/w naar [[ORGANISATIE|Ontmoetingscentrum De Boog]] in [[PLAATS|Vollenhove]], vindt het "wel gezellig maar te veel Hollanders". Zoekt contact met landgenoten. Tip gegeven: koffieochtend van [[ORGANISATIE|Molukse Kerk Sion Zeist]], buurvrouw [[PERSOON|Gonny]] wil haar meenemen.
2. Administratie: post stapelt op. Brief van het CAK over eigen bijdrage niet geopend. Samen doorgenomen. Kleinzoon [[PERSOON|Ricky]] helpt met DigiD.
3. Veiligheid: rookmelder piept, batterij vervangen. Valt niet, loopt met rollator.

Signalen: mw. vergeet soms haar medicatie (ze noemt de Baxterrol "mijn snoepjes"). Overleg met huisarts nodig, evt. medicatiedispenser via de apotheek. Geen aanwijzingen voor dementie volgens mij, wel wat vergeetachtig.

Volgende afspraak: di [[DATUM|3 okt]] 14:00, samen naar de Wmo-consulent van de gemeente [[PLAATS|Zeist]] ivm aanvraag huishoudelijke hulp.

Contact kleinzoon [[PERSOON|Ricky Pattipeilohy]]: [[TELEFOON|06-11 72 45 90]]

- [[PERSOON|Femke]] ([[PERSOON|FvO]]), ambulant begeleider`,
  },
  {
    id: 'h5-c15',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h5c',
    text: `[[ORGANISATIE|Scheldemond Ziekenhuis]] [[PLAATS|Vlissingen]] - Cardiologie
[[ADRES|Koudekerkseweg 190]], [[POSTCODE|4382 EE]] [[PLAATS|Vlissingen]]

Aan de weledelgeleerde heer [[PERSOON|T. Dekker]], huisarts te [[PLAATS|Domburg]]

[[PLAATS|Vlissingen]], [[DATUM|12 juni 2024]]

Betreft: [[PERSOON|Goedegebuure, C.]] (dhr.), geb. [[DATUM|02-02-1934]]
[[ADRES|Noordstraat 3]], [[POSTCODE|4357 AV]] [[PLAATS|Domburg]]
BSN [[BSN|121547280]] | ZKH-nr [[ID|1173388]]

Waarde collega,

Wij zagen uw [[LEEFTIJD|90]]-jarige patient van [[DATUM|3 juni]] tot [[DATUM|11 juni]] op de afdeling cardiologie (C2) wegens syncope.

Anamnese: plots weggeraakt in de tuin, door buurman gevonden. Geen tongbeet, geen incontinentie. Eerder duizelig bij bukken.
Onderzoek: ECG bij opname AV-blok 2e graad type Wenckebach, tijdens telemetrie episodes van AV-blok 3e graad met pauzes tot 4,2 sec. Echo: LVEF 50%, lichte AS.
Lab: Hb 8,1, K 4,3, TSH normaal, troponine niet verhoogd.
Beloop: [[DATUM|5/6]] implantatie DDD-pacemaker (dr. [[PERSOON|Meulblok]]), ongecompliceerd. Wondcontrole goed.
Medicatie bij ontslag: metoprolol gestaakt. Verder ongewijzigd: amlodipine 5 mg, Pantozol 40 mg, Ascal 80 mg.

Beleid:
- Wondcontrole door [[ORGANISATIE|Thuiszorg Walcheren]] op dag 10
- Pacemakercontrole poli [[DATUM|23 juli]] 09:30
- Niet zelf autorijden gedurende 2 weken (CBR-regels besproken)

Dhr. woont zelfstandig met echtgenote (mw. [[PERSOON|Goedegebuure-Lievense]]), dochter [[PERSOON|Marianne]] woont in [[PLAATS|Westkapelle]] en komt dagelijks.

Met vriendelijke groet,

[[PERSOON|L. Bakker-Jansen]], cardioloog
[[PERSOON|J. Pranoto]], arts-assistent
[[TELEFOON|(0118) 42 50 00]]`,
  },
  {
    id: 'h5-c16',
    genre: 'verwijzing',
    setting: 'GGZ',
    author: 'auteur-h5c',
    text: `[[ORGANISATIE|Psychologenpraktijk Lunetten]]
[[ADRES|Hondsrug 11-3]], [[POSTCODE|3524 BR]] [[PLAATS|Utrecht]]
AGB praktijk [[ID|94061152]]

[[PLAATS|Utrecht]], [[DATUM|28-08-2023]]

Aan: intake [[ORGANISATIE|Centrum Eetstoornissen Domhof]], [[PLAATS|Utrecht]]
Per Zorgmail

Betreft: [[PERSOON|Fenna Verweij]], geb. [[DATUM|14-03-2006]], [[ADRES|Meidoornhof 9]], [[POSTCODE|3991 ND]] [[PLAATS|Houten]]
BSN [[BSN|353799075]]

Geachte collega,

Hierbij verwijs ik [[PERSOON|Fenna]] (17 jr) met het verzoek om spoedige intake ivm een vermoedelijke anorexia nervosa, restrictief type.

Sinds ca. [[DATUM|1 januari]] (goed voornemen "gezonder eten") is zij 11 kg afgevallen, BMI nu 15,8 (lengte 1,70 m, 45,6 kg). Amenorroe sinds 4 mnd. Ze sport dagelijks 1,5 uur, eet geen koolhydraten meer. Ze is in behandeling bij mij sinds [[DATUM|12 mei]] (8 sessies CGT), maar het gewicht blijft dalen en lichamelijke klachten nemen toe: duizelig, koud. Huisarts (dr. [[PERSOON|Hazelaar]], [[ORGANISATIE|Huisartsenpraktijk Het Rond]]) controleerde [[DATUM|21/8]]: pols 48, RR 90/55, K 3,2, fosfaat normaal.

[[PERSOON|Fenna]] zit in 5 vwo op [[ORGANISATIE|Lyceum De Kruisboog]], haar mentor (mw. [[PERSOON|Terlouw]]) is op de hoogte. Ze heeft veel verzuimd in juni.
Ouders, [[PERSOON|Annemiek]] en [[PERSOON|Bart Verweij]], zijn betrokken en steunen de verwijzing. [[PERSOON|Fenna]] zelf is ambivalent.

Gezien somatische risico's graag beoordeling binnen 2 weken. Ik blijf betrokken tot overdracht.

Met vriendelijke groet,

drs. [[PERSOON|W.A. Brouwer-Sijtsma]]
GZ-psycholoog, BIG [[ID|29061833425]]
[[EMAIL|praktijk@psychologenlunetten.nl]] | [[TELEFOON|030 287 11 64]]`,
  },
  {
    id: 'h5-c17',
    genre: 'soep',
    setting: 'wijk',
    author: 'auteur-h5c',
    knownNames: ['Dhr. H. (Hüseyin) Çelik'],
    text: `[[ORGANISATIE|Zorgteam Maasoever]] - wijkverpleging [[PLAATS|Hillesluis]]

[[DATUM|8-1-2024]] 09:15 [[PERSOON|RK]]
S: dhr. zegt dat de wond aan zijn re voet "niet meer zo prikt". Slaapt slecht ivm pijn in benen 's nachts. Schoondochter [[PERSOON|Elif]] aanwezig, zij vertaalt.
O: Ulcus plantair re MTP-1, 1,5 x 1 cm, diepte 0,3 cm, beslag geel, licht riekend. Omgeving rood tot 1 cm. Voet warm. BG nuchter 11,8. Temp 37,4.
E: diabetisch voetulcus, mogelijk beginnende infectie. Charcot-voet niet uitgesloten (warme voet).
P: wond gereinigd, Aquacel Ag + gaas, verband 1x per 2 dgn. Foto in dossier. HA gebeld (assistente [[PERSOON|Petra]]), terugbelverzoek. Podotherapeut ([[ORGANISATIE|Podotherapie Zuidplein]]) ingelicht ivm drukontlasting.

[[DATUM|8-1-2024]] 13:40 [[PERSOON|RK]]
HA dr. [[PERSOON|Hoekman]] teruggebeld: flucloxacilline 500 mg 4dd 10 dagen, recept naar [[ORGANISATIE|Apotheek Hillesluis]]. Verwijzing diabetische voetenpoli [[ORGANISATIE|Maasland Ziekenhuis]] deze week. Schoondochter geïnformeerd.

[[DATUM|10-1-2024]] 10:00 [[PERSOON|mh]]
S: geen koorts volgens dhr. Neemt antibiotica, zoon [[PERSOON|Murat]] zet ze klaar.
O: roodheid minder, 0,5 cm rand. Beslag minder. BG 9,6. Afspraak voetenpoli ma [[DATUM|15 jan]] 11:20.
E: infectie reageert op AB.
P: beleid voortzetten. Drukontlastende schoen geleverd, draagt hem thuis niet ("te zwaar"). Uitleg gegeven, nogmaals benadrukken.
Adres voor invallers: [[ADRES|Putsebocht 147 C]], [[POSTCODE|3073 HN]], bel 2x lang, dhr. hoort slecht.`,
  },
  {
    id: 'h5-c18',
    genre: 'mdo',
    setting: 'GGZ',
    author: 'auteur-h5c',
    knownNames: ['Mw. D. (Daisy) Kodde'],
    text: `FACT [[PLAATS|Middelburg]] - MDO / behandelplanbespreking
Datum: [[DATUM|2024-03-07]]
Cl.: mw. [[PERSOON|D. Kodde]], clientnr. [[ID|60233918]]

Aanwezig: dr. [[PERSOON|Oudshoorn]] (psychiater), [[PERSOON|Kim Flipse]] (casemanager), [[PERSOON|Hasan]] (ervaringsdeskundige), [[PERSOON|R. Joosse]] (PB'er beschermd wonen [[ORGANISATIE|De Zeeuwse Kaap]]), cl. zelf en haar moeder.

Voortgang:
[[PERSOON|Daisy]] (bipolaire stoornis type I) is sinds de laatste manische episode (najaar, opname [[ORGANISATIE|Kliniek Oostkapelle]]) stabiel. Lithiumspiegel [[DATUM|26/2]] 0,8 mmol/l. Nierfunctie en TSH goed. Gewicht +6 kg sinds start olanzapine, cl. wil daarmee stoppen.
Werkt 3 ochtenden p/w in de winkel van [[ORGANISATIE|Kringloop De Omloop]] in [[PLAATS|Arnemuiden]], gaat goed. Wil graag uitbreiden.
Financien onder bewind bij [[ORGANISATIE|Bewindvoering Walcherse Munt]], loopt goed; ze heeft een spaardoel (rijbewijs).

Bespreekpunten:
1. Afbouw olanzapine: psychiater akkoord met afbouw 10 -> 5 mg, over 6 wk evalueren. Signaleringsplan bijwerken (vroege signalen: minder slapen, veel kopen via internet).
2. Uitstroom BW: cl. wil zelfstandig wonen. Inschrijving bij [[ORGANISATIE|Woonstichting Kustwonen]] loopt sinds 2022. Moeder heeft twijfels.
3. Werk: [[PERSOON|Hasan]] helpt met IPS-traject.

Afspraken:
- [[PERSOON|KF]] plant evaluatie [[DATUM|18 april]]
- [[PERSOON|RJ]] bespreekt huishoudtraining met team BW
- Volgende MDO over 3 maanden

verslag [[PERSOON|kf]]`,
  },
  {
    id: 'h5-c19',
    genre: 'email',
    setting: 'GHZ',
    author: 'auteur-h5c',
    text: `Van: [[EMAIL|n.haddou@eemhoven.nl]]
Aan: [[EMAIL|fam.vandenheuvel@kpnmail.nl]]
CC: [[EMAIL|m.smit@bewindvoering-devaart.nl]]
Verzonden: vr [[DATUM|17-11-2023]] 16:02
Onderwerp: [[PERSOON|Thomas]] - rolstoel en verjaardag

Beste [[PERSOON|Gerda]] en [[PERSOON|Kees]],

Even een update over [[PERSOON|Thomas]].

Rolstoel: de ergotherapeut ([[PERSOON|Linda Hofstede]]) heeft woensdag de nieuwe rolstoel aangemeten. De aanvraag gaat via de Wlz, levering verwacht begin januari. Tot die tijd gebruikt hij de leenrolstoel van de locatie.

Verjaardag: [[PERSOON|Thomas]] wordt [[DATUM|2 december]] 25 en wil heel graag een feestje op de groep, met patat en de disco-lamp. Jullie zijn natuurlijk welkom, vanaf 15:00 in de huiskamer van [[ORGANISATIE|Huize De Hooiberg]]. Misschien kunnen jullie oma vragen of ze ook wil komen? Ik weet dat ze [[LEEFTIJD|91]] is en niet meer zo mobiel, we kunnen haar met de rolstoelbus uit [[PLAATS|Leusden]] laten ophalen.

Tandarts: controle bij [[ORGANISATIE|Tandartspraktijk Soesterkwartier]] ging goed, geen gaatjes.

Geld: [[PERSOON|Marloes]] van de bewindvoering (cc) heeft gevraagd of jullie de rekening van de dagbesteding van oktober nog hebben. Die is kwijt geraakt bij ons.

Fijn weekend!

Hartelijke groet,

[[PERSOON|Nadia Haddou]]
Persoonlijk begeleider groep [[ORGANISATIE|De Hooiberg]]
[[ORGANISATIE|Stichting Eemhoven]] | [[ADRES|Dorrestein 40]] | [[POSTCODE|3817 WV]] [[PLAATS|Amersfoort]]
[[TELEFOON|033-4 615 280]] | [[URL|https://www.eemhoven.nl/locaties/hooiberg]]`,
  },
  {
    id: 'h5-c20',
    genre: 'overdracht',
    setting: 'HA',
    author: 'auteur-h5c',
    knownNames: ['Dhr. C.J. (Cor) Schermer'],
    text: `Overdracht palliatieve patient - HAP [[PLAATS|Alkmaar]] / eigen HA
Aangemaakt: vr [[DATUM|22-12-2023]] door [[PERSOON|N. Okafor]], huisarts praktijk [[ORGANISATIE|Huisartsen Bergen aan Zee]]
Geldig t/m: [[DATUM|2 jan]]

Patient: dhr. [[PERSOON|Schermer]], 78 jr, [[ADRES|Breelaan 5]], [[POSTCODE|1861 GE]] [[PLAATS|Bergen]] (NH)
Diagnose: gemetastaseerd pancreascarcinoom, levensverwachting dagen tot weken.
Beleid: NR, geen ziekenhuisopname, geen antibiotica. Wilsverklaring euthanasie aanwezig, (nog) geen verzoek gedaan. Bij vragen hierover eigen HA bellen (privé [[TELEFOON|06 5038 2219]], ook in de feestdagen bereikbaar).

Medicatie:
- morfinepomp sc 30 mg/24u, bolus 5 mg max 1x per uur (pomp via [[ORGANISATIE|Thuiszorgapotheek Noordkop]])
- midazolam 5 mg sc zn bij onrust
- haloperidol 1 mg sc zn bij misselijkheid
- Movicol 2dd

Verzorging: [[ORGANISATIE|Thuiszorg De Helmduin]] 4x/dag, vannacht ook nachtzorg via [[ORGANISATIE|Vrijwilligers Terminale Thuiszorg Bergen]].
Mantelzorg: echtgenote ([[PERSOON|Truus]], [[LEEFTIJD|90]] jaar!) is vermoeid, dochter [[PERSOON|Willemijn]] logeert. Echtgenote wil bij overlijden ds. [[PERSOON|Van Leeuwen]] van de [[ORGANISATIE|Helmkerk]] laten bellen.
Indien palliatieve sedatie nodig: overleg met dienstdoend HA, Midazolam-protocol KNMG.
Schouwarts: bij niet-natuurlijke dood gemeentelijk lijkschouwer GGD.

Overig: hond in huis (grote herder), aanbellen achterdeur.

[[PERSOON|NO]]`,
  },
  {
    id: 'h5-c21',
    genre: 'rapportage',
    setting: 'GHZ',
    author: 'auteur-h5c',
    knownNames: ['Mw. Y. (Ytsje) Hoekstra'],
    text: `Rapportage nachtdienst - [[ORGANISATIE|Stichting De Zeeuwse Stromen]], locatie [[ORGANISATIE|Het Stenen Baken]] [[PLAATS|Zierikzee]]

za [[DATUM|13-1]] 23:10
[[PERSOON|Ytsje]] ligt te kreunen, babyfoon. Bij binnenkomst tonisch-clonische aanval, ca. 3 min. Buccolam 10 mg gegeven om 23:14, aanval stopte 23:16. Daarna postictaal, zijligging. Sat 91% -> na 10 min 96%. Temp 37,1. Geen tongbeet, wel urine-incontinentie. Bed verschoond.
Aanvalsregistratie ingevuld. Dit is de 2e aanval deze week ([[DATUM|9 januari]] ook al). AVG ingelicht via overdracht.
- [[PERSOON|Geert]]

zo [[DATUM|14-1]] 03:30
Rustig geslapen na aanval. Controles goed. Bij ronde om 03:00 zat [[PERSOON|Ytsje]] rechtop en zei "heit?". Even bij haar gezeten, liedje van de tablet, daarna weer geslapen.
- [[PERSOON|Geert]]

zo [[DATUM|14-1]] 07:00
Wakker, wat suf maar eet boterham met hagelslag. Bloedspiegel valproaat staat voor dinsdag.
Vader ([[PERSOON|Sjoerd Hoekstra]]) gebeld in [[PLAATS|Drachten]] om aanval te melden, hij komt volgend weekend met de auto. Hij vroeg of de neuroloog van [[ORGANISATIE|Epilepsiecentrum Oosterschelde]] gebeld kan worden, doorgezet naar dagdienst.
Kamer 7: hoofdsteun van het bed zit los, melding naar de klusjesman ([[PERSOON|Arie]]).
- [[PERSOON|Geert]] / [[PERSOON|GvdW]]

zo [[DATUM|14-1]] 14:00
Dagdienst: [[PERSOON|Ytsje]] naar dagbesteding niet gegaan (zondag), rustig op de bank. Zus [[PERSOON|Jildou]] op bezoek geweest. AVG dr. [[PERSOON|Van Hoof]] maandag ivm aanvalstoename.
- [[PERSOON|ms]]`,
  },
  {
    id: 'h5-c22',
    genre: 'verwijzing',
    setting: 'ZKH',
    author: 'auteur-h5c',
    text: `Verpleegkundige overdracht / verwijzing wijkverpleging
Van: transferbureau [[ORGANISATIE|Rijnoever Ziekenhuis]], [[PLAATS|Alphen aan den Rijn]]
Aan: [[ORGANISATIE|Thuiszorg Het Groene Hart]], team [[PLAATS|Alphen-Noord]]
Datum: [[DATUM|3 mei 2024]]

Patient: [[PERSOON|Al-Khatib, M.]] (dhr.), geb. [[DATUM|1-7-1961]]
[[ADRES|Prins Bernhardlaan 88 B]], [[POSTCODE|2405 VT]] [[PLAATS|Alphen aan den Rijn]]
BSN [[BSN|805888718]]
Huisarts: dr. [[PERSOON|Kaya]], [[ORGANISATIE|Gezondheidscentrum Ridderveld]]
Contactpersoon: zoon [[PERSOON|Omar Al-Khatib]], [[TELEFOON|+31 6 4219 0085]]

Reden verwijzing: stomazorg en wondzorg na hemicolectomie re met eindstandig ileostoma ([[DATUM|24-04]]). Ontslag verwacht [[DATUM|6 mei]] ('s middags).

Medisch: coloncarcinoom, DM2 (metformine, Lantus 16E a.n.), hypertensie. Geen allergieen.
Verpleegkundig:
- Stoma: tweedelig systeem, stomaverpleegkundige [[PERSOON|Sandra]] heeft materiaal besteld bij de leverancier (Coloplast), eerste levering thuis [[DATUM|7 mei]]. Pt. kan zelf zakje legen, plaat wisselen nog niet.
- Wond: mediane laparotomie, 3 cm dehiscentie onderpool, vacuumtherapie gestopt, nu Kaltostat + gaas 1dd.
- Glucose: 4 dd prikken de eerste week.
- Voeding: oraal, let op vochtbalans (ileostoma), ORS zn.

Communicatie: pt. spreekt Arabisch en redelijk Nederlands, zoon tolkt bij uitleg. Pt. is gevlucht uit Syrie (2016), woont met echtgenote en 2 jongste kinderen.

Graag start zorg [[DATUM|6/5]] of uiterlijk [[DATUM|7/5]] ochtend.

Met vriendelijke groet,
[[PERSOON|Inge Verdoorn]], transferverpleegkundige
[[TELEFOON|0172 46 76 00]], toestel [[ID|3105]]`,
  },
  {
    id: 'h5-c23',
    genre: 'soep',
    setting: 'ZKH',
    author: 'auteur-h5c',
    knownNames: ['Mw. G. (Geertje) Zwaan-de Haan'],
    text: `SEH [[ORGANISATIE|Ziekenhuis Binnenduin]] - [[DATUM|16-10-2023]] 14:52
Arts: [[PERSOON|J. Ruiter]] (ANIOS), supervisor dr. [[PERSOON|Mahabier]]

S: [[LEEFTIJD|93]]-jarige vrouw, woont in aanleunwoning van [[ORGANISATIE|Woonzorgcentrum De Glipper Hof]] in [[PLAATS|Heemstede]]. Vanochtend gestruikeld over drempel, op uitgestrekte li hand gevallen. Geen hoofdtrauma, geen LOC. Pijn li pols. Geen antistolling. Gebruikt alendroninezuur.
Voorgeschiedenis: osteoporose, staaroperatie bdz, lichte cognitieve stoornis.
Kwam met de ambulance, vergezeld door verzorgende [[PERSOON|Bep]] van de locatie.
O: alert, 4AT 0. Pols li zwelling, bajonetstand, distaal intacte sensibiliteit en circulatie. Geen pijn heup/schouder, Ottawa ankle rules nvt. RR 158/78, p 84.
X-pols li: distale radiusfractuur type Colles, dorsale kanteling 20 gr.
E: Colles fractuur li.
P: repositie onder hematoomblok (lidocaine 1% 10 ml), gips onderarm. Ctrl X na repositie acceptabel. Gipscontrole poli traumatologie over 1 wk ([[DATUM|23 oktober]]). Pijnstilling paracetamol 3dd 1000 mg. Valanalyse en DXA via HA.
Gips-instructie mondeling en schriftelijk, ook aan [[PERSOON|Bep]] meegegeven. Zoon ([[PERSOON|Gert Zwaan]], [[TELEFOON|023-5 28 41 19]]) telefonisch geinformeerd.
Brief naar HA dr. [[PERSOON|Visser]] ([[ORGANISATIE|Huisartsenpraktijk Glip]]).

Pt.-nr [[ID|4408192]] / [[PERSOON|JR]]`,
  },
  {
    id: 'h5-c24',
    genre: 'mdo',
    setting: 'wijk',
    author: 'auteur-h5c',
    knownNames: ['Dhr. H. (Henk) van Rossum'],
    text: `MDO kwetsbare ouderen - praktijk [[ORGANISATIE|Huisartsen De Wijkse Poort]], [[PLAATS|Wijk bij Duurstede]]
[[DATUM|11 april]], 12:30-13:15

Aanwezig: [[PERSOON|M. Schotanus]] (HA), [[PERSOON|Ilse]] (POH ouderen), [[PERSOON|Karin Blom]] (wijkverpleegkundige, [[ORGANISATIE|Thuiszorg Kromme Rijn]]), [[PERSOON|A. de Graaf]] (casemanager dementie), dr. [[PERSOON|El Ouali]] (SO, consultatief)

Pt.: dhr. [[PERSOON|van Rossum]], 89 jaar, [[ADRES|Dijkstraat 14]], [[PLAATS|Cothen]]. Alzheimer-dementie sinds 2021, MMSE nu 17. Woont met echtgenote ([[LEEFTIJD|92]]), die zelf hartfalen heeft.

Probleem: toenemende onrust in de avond, dwaalt 's nachts door het huis, 1x op straat aangetroffen door buurman ([[PERSOON|de Smid]], van nr. 16). Echtgenote slaapt slecht, dochter [[PERSOON|Hetty]] uit [[PLAATS|Bunnik]] overbelast (EDIZ 7). Dagbesteding 2x p/w bij [[ORGANISATIE|Dagbesteding Het Kromme Rijnhuis]], daar gaat het goed.

Bespreking:
- SO: geen antipsychotica nu, eerst dag-nachtritme verbeteren, lichttherapie? Paracetamol proberen (pijn?).
- Wlz-indicatie is aangevraagd bij CIZ, [[DATUM|28/3]].
- Logeeropvang om mantelzorg te ontlasten: [[ORGANISATIE|Zorgcentrum De Lekhof]] heeft plek vanaf [[DATUM|6 mei]].
- Domotica (bewegingssensor deur) via Wmo aanvragen.
- Casemanager bespreekt met dochter de wachtlijst voor verpleeghuis.

Actiepunten:
1. [[PERSOON|AdG]]: logeeropvang regelen, gesprek dochter [[DATUM|15-4]]
2. [[PERSOON|KB]]: avondzorg uitbreiden naar 7x/wk
3. [[PERSOON|MS]]: medicatiereview met apotheek ([[ORGANISATIE|Apotheek Markt Wijk]])

Volgende bespreking over 6 weken.`,
  },
];
