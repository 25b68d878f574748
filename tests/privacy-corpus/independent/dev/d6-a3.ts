import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd6-a25',
    genre: 'email',
    setting: 'HA',
    author: 'auteur-d6a',
    text: `Van: [[PERSOON|Ayşe Demir]] <[[EMAIL|aysedemir84@hotmail.com]]>
Aan: [[EMAIL|info@huisartsenpeldersveld.nl]]
Datum: [[DATUM|29-08-2024]] 21:16
Onderwerp: vraag over medicijnen mijn vader

Goedenavond,

Ik ben de dochter van dhr. [[PERSOON|Hüseyin Demir]] ([[DATUM|01-07-1951]]), patiënt bij u. Mijn vader is vorige week uit [[ORGANISATIE|Ziekenhuis De Zaanoever]] gekomen na zijn hartinfarct. Hij heeft nu heel veel pillen en snapt het niet goed, hij leest geen Nederlands. Er zitten twee bloedverdunners bij (Brilique en Ascal) en ook nog zijn oude Sintrom?? Ik denk dat hij dubbel neemt. Hij is duizelig en heeft blauwe plekken op zijn armen.

Kan de dokter of de apotheek ([[ORGANISATIE|Apotheek Peldersveld]]) alles op een rij zetten en in een baxter doen? Ik werk overdag, mijn nummer is [[TELEFOON|06 3891 2245]]. Zijn adres is [[ADRES|Kamerlingh Onnesweg 27]], [[POSTCODE|1502 ZB]] [[PLAATS|Zaandam]].

Alvast bedankt,
[[PERSOON|Ayşe]]

----------
Van: [[EMAIL|info@huisartsenpeldersveld.nl]]
Datum: [[DATUM|30-08-2024]] 08:34

Beste mevrouw [[PERSOON|Demir]],

Dank voor uw bericht, goed dat u dit meldt. De Sintrom hoort er niet meer bij: uw vader gebruikt alleen Brilique en Ascal, zo staat het ook in de brief van de cardioloog. Wilt u de Sintrom vandaag naar de apotheek brengen? Wij hebben de apotheek gevraagd een baxterrol te maken.

Vanwege de duizeligheid en de blauwe plekken komt onze praktijkverpleegkundige [[PERSOON|Merel]] op dinsdag [[DATUM|3 september]] tussen 11 en 12 uur langs om de bloeddruk te meten. Zij belt een tolk Turks in. Heeft uw vader zwarte ontlasting of spuugt hij bloed, bel dan direct; 's avonds en in het weekend de huisartsenpost.

Met vriendelijke groet,
namens dr. [[PERSOON|N. Hoogeveen]],
[[PERSOON|Lisa]], doktersassistente
[[ORGANISATIE|Huisartsen Peldersveld]]
[[TELEFOON|075 - 612 40 90]] (spoed: keuze 1)`,
  },
  {
    id: 'd6-a26',
    genre: 'overdracht',
    setting: 'GGZ',
    author: 'auteur-d6a',
    knownNames: ['Dhr. M. (Mohamed) Ait Taleb'],
    text: `Overdracht casemanagement FACT [[PLAATS|Franeker]]
Van: [[PERSOON|Geertje Kingma]] (SPV, vertrekt per [[DATUM|1 december]])
Aan: [[PERSOON|Rik Stellingwerf]] (SPV)
Datum: [[DATUM|20-11-2024]]

Cliënt: dhr. [[PERSOON|Mohamed Ait Taleb]] ("[[PERSOON|Mo]]"), 45 jr, schizoaffectieve stoornis. Woont [[ADRES|Voorstraat 14-c]], [[PLAATS|Franeker]]. Clientnr. [[ID|0091734]].

Stand van zaken
- Medicatie: clozapine 450 mg, spiegel elke 3 mnd (laatste [[DATUM|4-11]]: 0,42 mg/l). Bloedbeeld via prikpost van [[ORGANISATIE|Praktijk De Terp]] (HA dr. [[PERSOON|Van der Ploeg]]). Weekdoos wordt zondags klaargezet door broer [[PERSOON|Rachid]]; bij vragen eerst met [[PERSOON|rachid]] bellen.
- Somatiek: DM2 (metformine), rookt 30/dag. Jaarlijkse screening gedaan, HbA1c 58.
- Dagbesteding: 3 ochtenden op [[ORGANISATIE|Zorgboerderij De Greidhoeke]] in [[PLAATS|Tzum]], vindt dit fijn (kippen, moestuin).
- Wonen: huurwoning [[ORGANISATIE|Woonbedrijf Elfsteden]]. Dit najaar klacht van bovenburen over geluid 's nachts, gesprek met wijkconsulent geweest.
- Financiën: bewindvoerder mw. [[PERSOON|Hiemstra]] ([[ORGANISATIE|Bewindvoering De Kompasroas]]).
- Vroege signalen: minder douchen, 's nachts radio hard, praat over "de djinn". Dan direct psychiater inschakelen. Laatste opname 2021, [[ORGANISATIE|Kliniek It Stânfries]].
- Netwerk: moeder (78) in [[PLAATS|Leeuwarden]], heel belangrijk voor hem. Vrijdags naar de moskee ([[ORGANISATIE|Moskee Al-Houda]]).
- Cl. weet van de wissel, wil "niet weer alles opnieuw vertellen". Warme overdracht: samen HB op [[DATUM|27/11]] om 14:00.

Paraaf: [[PERSOON|GK]]`,
  },
  {
    id: 'd6-a27',
    genre: 'rapportage',
    setting: 'ZKH',
    author: 'auteur-d6a',
    knownNames: ['Mw. N. (Nermin) Aksoy'],
    text: `Verpleegkundige rapportage – Neurologie/stroke unit, [[ORGANISATIE|Ziekenhuis Hunzestroom]] ([[ORGANISATIE|ZHS]])
Kamer 14, bed 2

[[DATUM|08-07]] 07:00 N: rustige nacht. Neurocontroles 2-uurlijks: EMV 4-6-5 (afasie), pupillen isocoor, kracht re arm 2/5, ongewijzigd. RR 162/88. Slikscreening nog niet gedaan, NPO. Infuus NaCl 0,9% 80 ml/u. /[[PERSOON|ivL]]

[[DATUM|08-07]] 14:30 D: logopedist [[PERSOON|Sara]] geweest: GUSS 12, start gemalen/vloeibaar dik (IDDSI 4). Mw. at halve portie. Echtgenoot [[PERSOON|Cemal]] en dochter [[PERSOON|Dilan Aksoy]] op bezoek, uitleg gegeven over afasie. Dochter vraagt naar revalidatie in [[ORGANISATIE|Revalidatiecentrum Elmersheem]]. Fysio: zit op rand bed met hulp van 2. Barthel 5. /[[PERSOON|M.K.]]

[[DATUM|08-07]] 22:45 A: mw. emotioneel, huilt, wijst naar foto van kleinkinderen. Pijn niet uit te vragen met NRS, PACSLAC laag. Wisselligging 3-uurs, hielen vrij. Katheter: 1100 ml/24 u. /[[PERSOON|Hatice]]

[[DATUM|09-07]] 07:10 N: 03:00 RR 185/95, arts-assistent [[PERSOON|Veldkamp]] gebeld: geen actie (permissieve hypertensie, grens 220/120). Om 04:00 171/90. EMV ongewijzigd. /[[PERSOON|ivL]]

[[DATUM|09-07]] 11:00 D: MDO stroke: aangemeld voor revalidatie, voorkeur familie [[ORGANISATIE|Elmersheem]] in [[PLAATS|Haren]]. Transferverpleegkundige [[PERSOON|Jolanda Smid]] belt dochter ([[TELEFOON|06-20847731]]). Mw. vandaag 2x uit bed in stoel, 1 uur. /[[PERSOON|M.K.]]`,
  },
  {
    id: 'd6-a28',
    genre: 'crisis',
    setting: 'VVT',
    author: 'auteur-d6a',
    knownNames: ['Dhr. K. (Klaas) Zeeman'],
    text: `Incidentverslag vermissing – [[ORGANISATIE|Woonzorgcentrum De Vlonder]], [[PLAATS|Hoorn]], groep [[ORGANISATIE|De Boei]]
vrijdag [[DATUM|9 augustus 2024]]

16:05 bij koffieronde gemerkt dat dhr. [[PERSOON|Zeeman]] (84, Alzheimer) niet op de groep is. Laatst gezien 15:20 in de tuin door [[PERSOON|Nadia]] (helpende).
16:10 gebouw en tuin doorzocht (kamer, toiletten, berging): niet gevonden. Hek achter de tuin stond open (levernacier).
16:15 teamleider [[PERSOON|R. Pronk]] ingelicht, protocol vermissing gestart.
16:20 112 gebeld, meldingsnummer [[ID|2024081645]]. Signalement: 1.82 m, grijs haar, blauwe bodywarmer, grijze pantoffels, loopt zonder rollator.
16:25 dochter [[PERSOON|Yvonne Zeeman]] gebeld ([[TELEFOON|06-47711023]]): vader praat de laatste tijd veel over zijn oude huis aan de [[ADRES|Grote Oost 88]] en over "de boot".
16:40 collega [[PERSOON|Jeroen]] fietst richting centrum en haven.
17:12 politie belt: dhr. gevonden door voorbijganger op de kade bij de haven, aanspreekbaar, verward, natte voeten. Wordt teruggebracht.
17:35 terug op groep. RR 148/80, P 88, T 36,4. Geen letsel, schaafwond li hand (gereinigd, pleister). Droge kleren, warme thee. Dhr.: "ik moest de boot halen".
18:00 SO dr. [[PERSOON|I. Benali]] ingelicht, komt morgen. Te bespreken in MDO: GPS-tracker/leefcirkels, onvrijwillige zorg volgens Wzd-stappenplan.

Acties: hek laten repareren (facilitair), MIC-melding gedaan, dochter komt vanavond langs.
Verslag: [[PERSOON|L. de Wit-Kramer]], EVV /[[PERSOON|LdWK]]`,
  },
  {
    id: 'd6-a29',
    genre: 'begeleiding',
    setting: 'VVT',
    author: 'auteur-d6a',
    knownNames: ['Dhr. J. (Johannes) Latuheru'],
    text: `Casemanager dementie – contactverslag
[[DATUM|14 januari 2025]], huisbezoek [[ADRES|Molenberg 22-A]], [[POSTCODE|9934JC]] [[PLAATS|Delfzijl]]
Aanwezig: dhr. [[PERSOON|Latuheru]] (86), echtgenote mw. [[PERSOON|Latuheru-Sahetapy]] (wil "tante [[PERSOON|Ina]]" genoemd worden), dochter [[PERSOON|Maria]].

Dagbesteding: dhr. gaat sinds [[DATUM|2-12-2024]] 2x/wk naar dagbesteding [[ORGANISATIE|De Zeehoeve]] in [[PLAATS|Farmsum]]. Volgens begeleider [[PERSOON|Bram]] zit hij vaak stil, maar bij muziek (krontjong) leeft hij op en zingt mee. Vervoer met de Wmo-taxi gaat goed sinds er een vaste chauffeur is.

Thuis: echtgenote is moe, slaapt slecht door nachtelijk dwalen van dhr. Mantelzorgbelasting hoog (EDIZ 7). Ze wil hem thuis houden "zolang het kan, dat hoort zo bij ons". Steun van de [[ORGANISATIE|Molukse Evangelische Kerk Delfzijl]] en van de buren.

Besproken:
- uitbreiding dagbesteding naar 3 dagen; aanvraag via Wmo-loket gemeente [[PLAATS|Eemsdelta]]
- logeeropvang (respijtzorg) in [[ORGANISATIE|Huize Damsterheem]], 1 weekend per maand
- nachtelijke onrust: HA dr. [[PERSOON|Bos]] vragen om medicatiereview; uitleg slaaphygiëne
- deurmelder/nachtsensor aanvragen
- dochter regelt met broers een vaste avond per week

Volgend contact: [[DATUM|4/2]].
[[PERSOON|Hilde Doornbos]], casemanager dementie, [[ORGANISATIE|Thuiszorg Fivelboezem]], [[TELEFOON|0596-631 442]]`,
  },
  {
    id: 'd6-a30',
    genre: 'ontslagbrief',
    setting: 'VVT',
    author: 'auteur-d6a',
    text: `[[ORGANISATIE|Zorggroep Súdwesthoeke]] – Geriatrische Revalidatie, locatie [[ORGANISATIE|De Wiken]], [[PLAATS|Bolsward]]

Aan: huisarts [[PERSOON|A.B. Fopma]], [[ORGANISATIE|Gezondheidscentrum Wommels]], [[PLAATS|Wommels]]
Datum: [[DATUM|27-09-2024]]

Betreft: dhr. [[PERSOON|Sipma, D.]], geb. [[DATUM|14-2-1938]]
[[ADRES|Harnzertrekwei 3]], [[POSTCODE|8731 bm]] [[PLAATS|Wommels]], BSN [[BSN|625276012]]

Geachte collega [[PERSOON|Fopma]],

Dhr. verbleef van [[DATUM|5 augustus]] tot [[DATUM|27 september 2024]] op onze GRZ-afdeling na een ischemisch CVA li hemisfeer op [[DATUM|29-07-2024]] (opname [[ORGANISATIE|Sint Bonifatius Gasthuis]]).

Doelen en resultaat:
- lopen: bij opname rolstoel, nu binnenshuis zelfstandig met vierpoot, buiten met rollator (FAC 4)
- ADL: zelfstandig met aanpassingen, hulp bij douchen (Barthel 12 -> 18)
- communicatie: lichte afasie, woordvindingsproblemen; logopedie poliklinisch voortzetten
- cognitie: MoCA 22, traag tempo. Autorijden afgeraden, CBR-procedure besproken.

Medicatie: clopidogrel 75 mg, atorvastatine 40 mg, perindopril 4 mg, paracetamol zn. RR bij ontslag 132/78.

Vervolg: thuiszorg 1x/dag douchen ([[ORGANISATIE|Thuiszorg It Wiid]]), fysiotherapie aan huis ([[ORGANISATIE|Fysio Wommels & Omstreken]]), CVA-dagbesteding in [[PLAATS|Sneek]] aangevraagd. Echtgenote [[PERSOON|Janke]] is goed geïnstrueerd in transfers. Controle neuroloog [[ORGANISATIE|SBG]] op [[DATUM|15-10]].

Met vriendelijke groet,

drs. [[PERSOON|Y. van der Zee]], specialist ouderengeneeskunde
[[PERSOON|B. Hofstra]], fysiotherapeut
[[ORGANISATIE|Zorggroep Súdwesthoeke]], [[TELEFOON|0515-57 33 00]]`,
  },
  {
    id: 'd6-a31',
    genre: 'verwijzing',
    setting: 'ZKH',
    author: 'auteur-d6a',
    text: `Transferpunt [[ORGANISATIE|IJgasthuis]] – aanmelding ELV hoog complex
Datum: [[DATUM|19/05/2025]]
Aan: Centrale Toegang ELV regio [[PLAATS|Amsterdam]]
Voorkeurslocatie: [[ORGANISATIE|Zorgcentrum De Open Hof]] ([[PLAATS|Amsterdam-Oost]])

Patiënt: dhr. [[PERSOON|Wilfred Pinas]], geb. [[DATUM|1945-10-02]]
[[ADRES|Kraaiennest 72]], [[POSTCODE|1104 CE]] [[PLAATS|Amsterdam Zuidoost]]
BSN [[BSN|908301662]], patientnr. [[ID|5017783]]
Opname: [[DATUM|11 mei 2025]], afd. Interne 7A. Verwachte ontslagdatum [[DATUM|21-05]].

Diagnosen: urosepsis, CKD 4, DM2, status na onderbeenamputatie re (2021).

Reden ELV: herstel na sepsis; niet zelfredzaam bij transfers (1 persoon + draaischijf). IV antibiotica afgerond, insuline nog in te stellen. Thuis geen 24-uurs mantelzorg: woont alleen, 3-hoog, lift vaak kapot ([[ORGANISATIE|Woonstichting Bijlmerhof]] is op de hoogte). Nicht [[PERSOON|Sharon Pinas]] komt 2x/wk.
Verwacht: 4-6 wk, daarna naar huis met wijkverpleging ([[ORGANISATIE|Thuiszorg Amstelrand]]) en Wmo-hulp.

Zorg: insuline 4x daags (NovoRapid/Levemir), wondzorg stomp (drukplek, Aquacel Ag), dieet diabetisch en natriumbeperkt. Mentaal helder, spreekt Sranantongo en Nederlands.

Behandelend arts: internist dr. [[PERSOON|L. Abdi]]
Contact: transferverpleegkundige [[PERSOON|Esther Groeneveld]], [[TELEFOON|020-5993 412]], [[EMAIL|transferpunt@ijgasthuis.nl]]`,
  },
  {
    id: 'd6-a32',
    genre: 'soep',
    setting: 'GGZ',
    author: 'auteur-d6a',
    knownNames: ['Mw. A. (Ola) Kowalska'],
    text: `Consult psychiater – [[ORGANISATIE|GGZ Zaanvliet]], polikliniek [[PLAATS|Krommenie]]
Di [[DATUM|4 februari 2025]]

S: [[PERSOON|Ola]] (zo wil ze genoemd worden) komt met partner [[PERSOON|Marek]]. Sinds de bevalling ([[DATUM|3-11-2024]], zoon [[PERSOON|Kuba]]) somber, huilt veel, slaapt slecht ook als de baby slaapt, schuldgevoel ("ik ben een slechte moeder"). Geen gedachten het kind iets aan te doen, wel passieve doodswens. Borstvoeding 2 wk geleden gestopt. Werkt bij [[ORGANISATIE|Wormerland Logistics]], na verlof ziekgemeld. Haar moeder komt over uit Polen om te helpen.
O: verzorgd, oogcontact wisselend, stemming depressief, affect vlak, psychomotoriek vertraagd. Schuldthema's, geen psychotische kenmerken. EPDS 19. Suicidaliteit: passieve doodswens, geen plan; beschermend: kind, partner.
E: postpartum depressie, matig-ernstig. DD bipolaire stoornis (oom "had manische periodes"), verder uitvragen.
P:
- sertraline 25 mg, na 1 week 50 mg
- psycho-educatie pt. en partner, folder meegegeven
- wekelijks contact SPV [[PERSOON|R. Snijder]]
- afstemming met [[ORGANISATIE|Consultatiebureau Rosmolenwijk]] en HA dr. [[PERSOON|Meester]] (toestemming gegeven)
- crisisplan: bij toename doodswens of gedachten aan het kind crisisdienst bellen, [[TELEFOON|075-6819900]]
- controle over 2 wk ([[DATUM|18/2]])
dr. [[PERSOON|K. Brouwer-Ngo]], psychiater`,
  },
  {
    id: 'd6-a33',
    genre: 'mdo',
    setting: 'ZKH',
    author: 'auteur-d6a',
    knownNames: ['Dhr. B. (Berend) Hoving'],
    text: `MDO palliatieve zorg – [[ORGANISATIE|Ziekenhuis Hunzestroom]], Longoncologie
[[DATUM|03.10.2024]]
Aanwezig: longarts dr. [[PERSOON|J. Eising]], VS [[PERSOON|M. de Groot]], palliatief consulent [[PERSOON|Liesbeth Veenstra]], maatschappelijk werk [[PERSOON|Y. Haile]], geestelijk verzorger ds. [[PERSOON|W. Mulder]], afdelingsvpk [[PERSOON|Tess]]

Pt.: dhr. [[PERSOON|Hoving]], 71, uit [[PLAATS|Hoogezand]]. NSCLC st. IV met hersen- en botmetastasen, progressie na 2e lijn. Wens: thuis sterven; echtgenote [[PERSOON|Hillie]] twijfelt of ze het aankan.

Besproken:
- Behandeling: geen verdere oncologische behandeling (met pt. besproken [[DATUM|1/10]]). Palliatieve RT wervel Th8, 1x 8 Gy op [[DATUM|7 oktober]].
- Symptomen: pijn (oxycodon 20 mg 2dd + 5 mg zn), dyspneu bij praten, obstipatie. Zo nodig morfinepomp thuis via [[ORGANISATIE|Thuiszorg Kalkwijk]].
- Thuis: bed beneden, hoog-laagbed aangevraagd. Eigen HA dr. [[PERSOON|Tammeling]] bereid tot thuisbegeleiding. Alternatief: hospice [[ORGANISATIE|De Kanaalhof]] in [[PLAATS|Sappemeer]], wachttijd ca. 1 wk; i.o.m. echtgenote alvast aangemeld.
- Zingeving: dhr. is lid van de [[ORGANISATIE|Hervormde Gemeente Kiel-Windeweer]], wil ouderling [[PERSOON|Kiers]] spreken.
- Beleid: NR, geen IC, bij acute verslechtering geen SEH. Palliatieve sedatie besproken als mogelijkheid.
- Ontslag gepland vrijdag [[DATUM|4-10]] als thuiszorg rond is.

Acties: VS [[PERSOON|MdG]] overdracht naar HA en thuiszorg; MW [[PERSOON|YH]] ondersteuning echtgenote; dochter [[PERSOON|Sandra Hoving]] ([[TELEFOON|06-51128874]]) wordt gebeld.`,
  },
  {
    id: 'd6-a34',
    genre: 'email',
    setting: 'ZKH',
    author: 'auteur-d6a',
    text: `Van: [[PERSOON|N. Statia]] <[[EMAIL|n.statia@amstelpoortziekenhuis.nl]]>
Aan: [[EMAIL|j.vandermolen@bijlmerlicht.nl]]
Datum: donderdag [[DATUM|12 september 2024]] 13:27
Onderwerp: afspraken insulinepomp [[PERSOON|Jayden]] (klas 2B)

Beste mevrouw [[PERSOON|Van der Molen]],

Met toestemming van [[PERSOON|Jayden]] en zijn moeder, mw. [[PERSOON|Maduro]], stuur ik u de afspraken voor school. [[PERSOON|Jayden]] ([[DATUM|14-03-2011]]) heeft diabetes type 1 en sinds deze zomer een insulinepomp met sensor (Omnipod en Dexcom).

Op school:
- [[PERSOON|Jayden]] mag altijd eten, drinken en naar de wc, ook tijdens toetsen en gym.
- Bij een alarm laag (onder 4,0 mmol/l) neemt hij 4 dextro's en meet na 15 min opnieuw. Graag dat er iemand bij hem blijft.
- Boven 15 mmol/l met ketonen: moeder bellen ([[TELEFOON|06-87 22 43 19]]).
- Bij bewusteloosheid: 112 bellen. Baqsimi-neusspray ligt in de EHBO-kast.
- Graag ook gymdocent meneer [[PERSOON|Adjei]] informeren, zeker voor het sportkamp in [[PLAATS|Bergen]] ([[DATUM|30 sept]] t/m [[DATUM|2 okt]]).

Ik kom graag een keer naar het [[ORGANISATIE|Bijlmerlicht College]] voor instructie aan het team, bijv. [[DATUM|24/9]] na 15:00.

Met vriendelijke groet,

[[PERSOON|Nathalie Statia]]
Verpleegkundig specialist kinderdiabetes
[[ORGANISATIE|Amstelpoort Ziekenhuis]], locatie Zuidoost
T [[TELEFOON|020 566 1204]]
[[URL|www.amstelpoortziekenhuis.nl]]
Dit bericht kan vertrouwelijke informatie bevatten.`,
  },
  {
    id: 'd6-a35',
    genre: 'overdracht',
    setting: 'HA',
    author: 'auteur-d6a',
    knownNames: ['Mw. C. (Cor) Bontekoe-Stam'],
    text: `Waarneembericht HAP West-Friesland -> eigen HA
Aan: [[ORGANISATIE|Huisartsenpraktijk Hoogkarspel]] (dr. [[PERSOON|Ruiter]])
Contact: za [[DATUM|15-03-2025]] 02:14, visite

Pt.: mw. [[PERSOON|C. Bontekoe-Stam]], [[LEEFTIJD|95]] jaar, [[ADRES|Streekweg 231]], [[POSTCODE|1616 AK]] [[PLAATS|Hoogkarspel]]

S: zoon [[PERSOON|Piet]] belt: moeder benauwd, rochelt, sinds de avond minder aanspreekbaar dan normaal. Bekend hartfalen, AF, CKD. Behandelwens: geen ziekenhuisopname (wilsverklaring in HIS, [[DATUM|2023-11-02]]).
O: suf, reageert op aanspreken. AF 28, sat 86%, RR 102/60, P 118 irr, T 38,4. Crepitaties bdz basaal. Oedeem enkels ++.
E: pneumonie met decompensatio cordis, waarschijnlijk terminale fase.
P: i.o.m. zoon en dochter [[PERSOON|Annie]] (telefonisch) comfortbeleid. Morfine 2,5 mg sc gegeven. Recept morfine/midazolam sc en butylscopolamine, dienstapotheek levert. Zuurstof niet zinvol. Thuiszorg [[ORGANISATIE|Zorg aan de Streek]] komt morgenvroeg, nachtzorg aangevraagd.

Graag maandag [[DATUM|17/3]] visite door eigen HA; overleg palliatieve sedatie zo nodig. Familie weet dat ze de HAP kunnen bellen: [[TELEFOON|0229-286600]].

Waarnemend HA: drs. [[PERSOON|F. Yılmaz]]`,
  },
  {
    id: 'd6-a36',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-d6a',
    knownNames: ['Dhr. D. (Douwe) Cupido'],
    text: `Rapportage wijkverpleging – [[ORGANISATIE|Thuiszorg De Noordsvaarder]], team [[PLAATS|West-Terschelling]]
Adres cl.: [[ADRES|Burgemeester Reedekerstraat 9]], [[POSTCODE|8881 CB]] [[PLAATS|West-Terschelling]]

[[DATUM|22-10]] 08:15 – Dhr. gewasssen aan wastafel, bovenlichaam zelf. Wond li onderbeen (ulcus cruris venosum) verbonden: beslag, iets geur, randen rood. Foto in dossier. Compressie (Coban 2) aangelegd. Dhr. mopperde dat "de dokter van de overkant" nooit komt. /[[PERSOON|JB]]

[[DATUM|22-10]] 17:30 – Glucose 11,2, Lantus 18 E gegeven. Warm eten gebracht door buurvrouw [[PERSOON|Aukje]]. /[[PERSOON|mm]]

[[DATUM|23 okt]] 08:30 – Roodheid rond wond uitgebreid tot 3 cm, warm. T 37,9 °C. Overlegd met dr. [[PERSOON|Kooistra]] ([[ORGANISATIE|Huisartsenpraktijk Terschelling]]), komt vanmiddag. /[[PERSOON|JB]]

[[DATUM|23 okt]] 14:00 – Visite HA: erysipelas, flucloxacilline 500 mg 4dd 10 dgn, start vanavond (apotheekhoudend, medicatie meegegeven). Op [[DATUM|4 november]] naar wondpoli [[ORGANISATIE|Sint Bonifatius Gasthuis]]; boot en taxi regelt dochter [[PERSOON|Froukje]] ([[TELEFOON|06-10293847]]). Rand roodheid afgetekend met stift. /[[PERSOON|JB]]

[[DATUM|24-10]] 08:10 – Koortsvrij (37,2), roodheid binnen de aftekening. Antibiotica om 07:00 zelf ingenomen volgens pillendoos. Wel slecht geslapen, been "klopt". /[[PERSOON|Wietske]]`,
  },
];
