import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h3-c01',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h3c',
    text: `[[ORGANISATIE|Ziekenhuis Maas en Heuvelland]]
Interne Geneeskunde / Geriatrie
[[ADRES|Oranjeplein 112]], [[POSTCODE|6224 KS]] [[PLAATS|Maastricht]]
secretariaat geriatrie [[TELEFOON|043-3287710]]

Aan: de weledelgeleerde heer [[PERSOON|P.J.G. Ramakers]], huisarts
[[ORGANISATIE|Huisartsenpraktijk Heer-Oost]]
[[ADRES|Akersteenweg 201a]]
[[POSTCODE|6227 AE]] [[PLAATS|Maastricht]]

[[PLAATS|Maastricht]], [[DATUM|14 maart 2024]]

Betreft: mw. [[PERSOON|M.J.H. Bemelmans-Lardinois]], geb. [[DATUM|03-08-1932]]
BSN [[BSN|317038072]], patiëntnr. [[ID|4471902]]
[[ADRES|Bergerstraat 9-B]], [[POSTCODE|6226 BB]] [[PLAATS|Maastricht]]
Opname [[DATUM|02-03-2024]] t/m [[DATUM|14-03-2024]], afd. Geriatrie B4

Geachte collega [[PERSOON|Ramakers]],

Bovengenoemde [[LEEFTIJD|91]]-jarige patiënte werd opgenomen via de SEH na verwijzing door uw waarnemer, dr. [[PERSOON|Kurvers]].

Reden van opname: gemengd delier bij urosepsis (E. coli).

Voorgeschiedenis
- 2011 mammacarcinoom li, MST + RT
- DM2, orale AD
- ziekte van Parkinson sinds 2016, Hoehn & Yahr 3
- 2021 pertrochantere femurfractuur re, gamma-nail
- cognitieve stoornis e.c.i., MMSE 22/30 (2023)

Anamnese (hetero, dochter [[PERSOON|Anja]]): sinds 2 dgn verward, 's nachts onrustig, drinkt slecht, 1x gevallen zonder letsel. Geen mictieklachten te uitvragen.

LO: matig zieke vrouw, niet georiënteerd in tijd en plaats, wisselende aandacht (4AT 9). RR 102/58, P 104 reg, T 38,6 °C, sat 95% ka. Cor/pulm gb. Abd: suprapubisch drukpijnlijk. Geen nekstijfheid.

Aanvullend: Hb 7,1 L 16,4 CRP 188 kreat 134 eGFR 31 Na 131 glucose 14,2. Urine nitriet pos, leuko +++. Bloedkweken 2/2 E. coli, gevoelig voor ceftriaxon en amoxicilline/clavulaanzuur.

Beloop
Gestart met ceftriaxon iv, na 3 dgn omgezet naar amoxi/clav po o.b.v. kweek. Vanwege de ziekte van Parkinson geen haloperidol; kortdurend quetiapine 12,5 mg a.n., per [[DATUM|10-3]] gestaakt. Levodopa strikt op de thuistijden gegeven. Metformine gestaakt i.v.m. nierfunctie; glucose met gliclazide goed gereguleerd. Delier in de loop van de opname geheel opgeklaard; zij is weer op haar niveau volgens dochter. Fysiotherapie: loopt zelfstandig met rollator binnenshuis, trap onder supervisie.

Ontslag naar huis met uitbreiding thuiszorg ([[ORGANISATIE|Zorgthuis Geuldal]], 2x daags ADL + medicatie).

Medicatie bij ontslag
- levodopa/benserazide (Madopar) 125 mg 4dd (8-12-16-20 u)
- amoxicilline/clavulaanzuur 500/125 mg 3dd t/m [[DATUM|17-3]]
- gliclazide 30 mg 1dd
- paracetamol 1 g 3dd zn
- macrogol/elektrolyten 1dd 1 sachet
- metformine: GESTAAKT

Beleid / afspraken
- graag kreat en Na over 1 week bij u
- poli geriatrie over 6 wk, dr. [[PERSOON|Frissen]]
- NR/NB beleid besproken met pt en dochter op [[DATUM|4 maart]], akkoord; zie ook wilsverklaring

Met vriendelijke groet,

[[PERSOON|S. Habets]], arts-assistent interne geneeskunde
dr. [[PERSOON|L.M. Frissen]], internist ouderengeneeskunde

cc: [[ORGANISATIE|Apotheek Wyck]]`,
  },
  {
    id: 'h3-c02',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-h3c',
    text: `Verwijsbrief — geheugenpolikliniek
Verwijsnummer: [[ID|88123407]]

Van: [[PERSOON|R.H. Wissink]], waarnemend huisarts (AGB [[ID|01087734]])
[[ORGANISATIE|Huisartsenpraktijk Staddijk]]
[[ADRES|Staddijk 117]], [[POSTCODE|6537 TW]] [[PLAATS|Nijmegen]]
tel. [[TELEFOON|024-3442190]]

Aan: afd. Geriatrie / geheugenpoli, [[ORGANISATIE|Ziekenhuis Waalkade]], [[PLAATS|Nijmegen]]

Patiënt: mw. [[PERSOON|H. Yilmaz-Kaya]], geb. [[DATUM|11-06-1945]]
BSN [[BSN|323128798]]
[[ADRES|Gildekamp 52-14]], [[POSTCODE|6545 CW]] [[PLAATS|Nijmegen]]
contact: zoon [[PERSOON|Mehmet Yilmaz]], [[TELEFOON|06-41877302]]

Geachte collega,

Graag uw analyse bij deze 78-jarige vrouw met sinds ca. een jaar progressieve geheugenklachten. Vraag: dementie? depressie? anders?

Pt woont sinds 1971 in NL, spreekt beperkt Nederlands; bij het consult is een tolk Turks nodig (zoon vertaalt nu, maar is daar zelf niet altijd neutraal in). Familie merkt: vergeet afspraken, laat pannen aanbranden, heeft 2x de weg niet teruggevonden vanuit het winkelcentrum in [[PLAATS|Dukenburg]]. Zij ontkent zelf klachten, zegt vooral moe te zijn en slecht te slapen sinds overlijden echtgenoot (2020).

VG: DM2 (HbA1c 58), HT, artrose knieën, 2018 cataract OD.
Med: metformine 500 mg 2dd, amlodipine 5 mg 1dd, temazepam 10 mg a.n. (al jaren, afbouw lukt niet), paracetamol zn.

Bij mij: alert, vriendelijk, gesprek oppervlakkig. RUDAS 17/30 (afgenomen via zoon, dus beperkt betrouwbaar). GDS niet goed af te nemen. RR 152/84. Geen focale neurologie.
Lab [[DATUM|2 april]]: Hb 7,9, MCV 91, TSH 2,1, B12 198 (laag-normaal), folaat nl, glucose 8,4, kreat 88, Na 139.

Sociaal: weduwe, woont alleen op 3-hoog (lift aanwezig). Dochter [[PERSOON|Emine]] woont in [[PLAATS|Arnhem]], zoon komt dagelijks. Huishoudelijke hulp via [[ORGANISATIE|Zorgcollectief Waalstad]], 2x/wk. Nog geen casemanager.

Ik heb temazepam afbouwschema meegegeven en B12 suppletie gestart. Rijvaardigheid speelt niet, zij rijdt niet.

Met collegiale groet,
[[PERSOON|Rianne Wissink]]
wnd. huisarts, namens dr. [[PERSOON|Ter Horst]]`,
  },
  {
    id: 'h3-c03',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h3c',
    knownNames: ['Dhr. A.C. (Aad) Minderhoud'],
    text: `Visite ma [[DATUM|4/11]]
S: dochter [[PERSOON|Marjan]] belde, pa sinds 2d kortademiger, hoest wat, minder eetlust. Slaapt rechtop in de stoel. Geen koorts gemeten. Plast minder?
O: [[LEEFTIJD|93]]-jarige man, moe, spreekt in hele zinnen. RR 148/86 P 96 irr T 37,4 sat 91% ka AF 22/min. Pulm crepitaties bdz basaal re>li. Enkel-/onderbeenoedeem ++ bdz, pitting. CVD verhoogd.
E: decompensatio cordis bij AF (K77). Pneumonie minder waarsch.
P: furosemide 40 mg 1dd -> 2dd 40 mg x 5 dgn, dan terug. Dagelijks wegen door thuiszorg ([[ORGANISATIE|Zeeuwse Zorgstroom]]), graag noteren in map. Lab morgen thuis: kreat, K, Na. Herbeoordeling do. Bij toename dyspneu/onrust HAP bellen.
Dhr wil niet meer naar het zh, is helder hierover, dochter ook akkoord. NR-verklaring d.d. [[DATUM|12-05-2019]] ligt in de map. Overweeg bij volgende visite ook gesprek over palliatief beleid, samen met zoon [[PERSOON|Kees]] uit [[PLAATS|Bruinisse]].
/[[PERSOON|jvdk]] (wnd)`,
  },
  {
    id: 'h3-c04',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h3c',
    knownNames: ['Mw. S. (Sunita) Ramdin-Jagesar'],
    text: `tel consult
S: glucose sinds start prednison (longarts, 30 mg) wisselend 3,8 - 17,6, 's middags hoog. Geen hypo-klachten.
E: steroïd-geïnduceerde hyperglykemie (T90)
P: gliclazide 30 mg 's ochtends erbij zolang pred, dagcurve over 3 dgn opsturen. afspr POH [[PERSOON|Nadia]] vr [[DATUM|22/3]].
- [[PERSOON|mb]]`,
  },
  {
    id: 'h3-c05',
    genre: 'overdracht',
    setting: 'ZKH',
    author: 'auteur-h3c',
    knownNames: ['Dhr. K. (Kazimierz) Wójcik'],
    text: `Overdracht avond -> nacht, afd. Geriatrie 5 Noord, k. 512-2

S: 88-jarige man, dag 3 opname, delier bij pneumonie. Vanavond toenemend onrustig, trekt aan infuus, wil naar huis "naar [[PERSOON|Halina]]" (echtgenote).
B: VG M. Alzheimer (MMSE 19 in 2023), COPD GOLD 2, BPH met CAD sinds [[DATUM|16-01]]. Thuis in [[PLAATS|Venlo-Blerick]], echtgenote spreekt weinig Nederlands. Dochter [[PERSOON|Agnieszka Wójcik]] is 1e contactpersoon en vertaalt, [[TELEFOON|06-28830145]], mag ook 's nachts gebeld worden.
A: 4AT 8, sat 93% met 2L O2, T 37,8, RR 134/72. Geen pijn aangegeven (PAINAD 1). Laatste defecatie 2 dgn geleden. Valrisico hoog, 1x bijna gevallen bij toiletgang 19u.
R: bed laag + sensormat aan, infuus ingepakt, zo mogelijk om 22u iv antibiotica en dan infuus afkoppelen (overlegd met arts-assistent dr. [[PERSOON|Nijssen]], sein [[ID|3417]]). Bij ernstige onrust eerst niet-medicamenteus, dochter bellen; dan pas arts voor haloperidol 0,5 mg cf. delierprotocol. Fixatie NIET zonder overleg.
Ochtend: lab (CRP, Na) staat klaar, fysio komt om 10u.

ovd. [[PERSOON|Ilse Peeters]], vpk / [[PERSOON|IP]]`,
  },
  {
    id: 'h3-c06',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-h3c',
    knownNames: ['Mw. G. (Gerrie) Hulshof-Arendsen'],
    text: `MDO Geriatrische Revalidatie — [[ORGANISATIE|Zorgcentrum Het Binnenveld]], [[PLAATS|Bennekom]]
Datum: [[DATUM|7 november]]
Aanwezig: drs. [[PERSOON|M. Kamphuis]] (SO), [[PERSOON|Joost]] (fysio), [[PERSOON|Lieke van Wageningen]] (ergo), [[PERSOON|Esther]] (EVV), [[PERSOON|T. Lubbers]] (MW). Mw. zelf en dochter [[PERSOON|Marieke]] aangeschoven bij laatste 10 min.

Opnamereden: revalidatie na THP li ([[DATUM|15-10]], [[ORGANISATIE|Ziekenhuis Valleirand]]) na val thuis. 82 jr, woont alleen in gelijkvloerse woning in [[PLAATS|Lunteren]], [[ADRES|Dorpsstraat 44a]].

Medisch (SO): wond rustig, hechtingen eruit. Hb herstellend (6,8 -> 7,5). Pijn goed onder controle met paracetamol, oxycodon afgebouwd per [[DATUM|1/11]]. Orthostase wisselend, amlodipine gehalveerd. Obstipatie opgelost.
Fysio: loopt met rollator 150 m, trap 12 treden met leuning + supervisie. TUG 19 sec. Valangst neemt af. Barthel 16/20.
Ergo: huisbezoek gedaan met dochter op [[DATUM|5-11]]. Advies: douchestoel, toiletverhoger, drempel badkamer weg, losse kleden weg (mw. vindt dat jammer). Keukenactiviteiten oefenen.
EVV: ADL zelfstandig m.u.v. steunkousen en rug/benen wassen. Slaapt goed. Eet matig, Nutridrink 1dd.
MW: WMO-aanvraag huishoudelijke hulp loopt bij gemeente [[PLAATS|Ede]]. Dochter werkt 3 dg/wk, zoon [[PERSOON|Henk]] woont in [[PLAATS|Zwolle]], komt weekend.

Doelen komende periode: zelfstandig douchen met hulpmiddelen, buiten lopen tot 300 m.
Beoogde ontslagdatum: [[DATUM|22 november]], thuiszorg voor steunkousen 1x/dg via [[ORGANISATIE|Zorggroep Maanderbroek]]? -> navragen, anders [[ORGANISATIE|Wijkzorg Binnenveld]].
Volgende MDO: [[DATUM|19-11]].

verslag: [[PERSOON|EvdB]]`,
  },
  {
    id: 'h3-c07',
    genre: 'email',
    setting: 'ZKH',
    author: 'auteur-h3c',
    text: `Van: [[PERSOON|Verhoeven, Anouk]] <[[EMAIL|a.verhoeven@ziekenhuisdedommel.nl]]>
Aan: [[PERSOON|Bressers, Tonny]] <[[EMAIL|t.bressers@thuiszorgdekempen.nl]]>
CC: [[EMAIL|geriatrie.secretariaat@ziekenhuisdedommel.nl]]
Onderwerp: RE: dhr. [[PERSOON|van Gestel]] – uitslag geheugenonderzoek

Hoi [[PERSOON|Tonny]],

Dank voor je uitgebreide mail. Ik heb dhr. [[PERSOON|van Gestel]] en zijn vrouw gisteren gezien op de poli. Diagnose past bij een gemengde dementie (Alzheimer + vasculair), in matig stadium. Uitgebreid besproken; mevrouw had het al verwacht, dhr. zelf wuift het een beetje weg.

Wat betreft je vragen:
1. Rijden: heb ik hem dringend afgeraden, ook schriftelijk meegegeven. Sleutels liggen nu bij zoon [[PERSOON|Ruud]].
2. Rivastigmine: gestart 1,5 mg 2dd, ophogen na 4 wk als hij het verdraagt. Wil jij letten op misselijkheid/gewicht?
3. Dagbesteding: lijkt me heel zinvol, juist voor mevrouw ook (ze is op). Indicatie via jullie?

Brief gaat vandaag naar huisarts [[PERSOON|Donkers]] in [[PLAATS|Bladel]]. Controle bij mij over 3 mnd.

Groet,
[[PERSOON|Anouk Verhoeven]]
internist ouderengeneeskunde
[[ORGANISATIE|Ziekenhuis De Dommel]] | [[TELEFOON|040-2886314]] | toestel [[ID|6314]]

-----Oorspronkelijk bericht-----
Van: [[PERSOON|Tonny Bressers]]
Verzonden: maandag [[DATUM|9 september 2024]] 16:42
Aan: [[PERSOON|Anouk Verhoeven]]
Onderwerp: dhr. [[PERSOON|van Gestel]] – uitslag geheugenonderzoek

Beste dokter [[PERSOON|Verhoeven]],

Ik ben sinds kort casemanager dementie bij dhr. [[PERSOON|Jan van Gestel]] (geb. [[DATUM|21-04-1939]]), [[ADRES|Kerkakkers 3]], [[PLAATS|Hapert]]. Hij komt woensdag bij u voor de uitslag. Ik maak me zorgen over het autorijden (hij rijdt nog naar [[PLAATS|Eersel]] voor de markt) en zijn vrouw is erg belast, slaapt slecht. Zou u het rijden willen bespreken?

Met vriendelijke groet,
[[PERSOON|Tonny Bressers]]
casemanager dementie, [[ORGANISATIE|Thuiszorg De Kempen]]
[[TELEFOON|06 – 51 90 33 18]]`,
  },
  {
    id: 'h3-c08',
    genre: 'ontslagbrief',
    setting: 'VVT',
    author: 'auteur-h3c',
    text: `[[ORGANISATIE|Zorgpark Genderhof]] – afdeling Geriatrische Revalidatie
[[ADRES|Genderdijk 18]], [[POSTCODE|5653 XC]] [[PLAATS|Eindhoven]]

Aan: huisarts mw. [[PERSOON|C. Raaijmakers]]
[[ORGANISATIE|Gezondheidscentrum Tongelre]]
[[ADRES|Urkhovenseweg 4]], [[POSTCODE|5641 KE]] [[PLAATS|Eindhoven]]

Datum: [[DATUM|28-06-2024]]

Betreft: mw. [[PERSOON|J.M. Swinkels-van Erp]] ("[[PERSOON|Jo]]"), geb. [[DATUM|17-09-1936]]
[[ADRES|Lodewijkstraat 61]], [[POSTCODE|5652 AG]] [[PLAATS|Eindhoven]]
clientnummer [[ID|20045819]]
Verblijf GRZ: [[DATUM|29 mei]] – [[DATUM|28 juni 2024]]

Geachte collega,

Uw patiënte verbleef bij ons ter revalidatie na een herseninfarct re hemisfeer ([[DATUM|22-05]], opname neurologie [[ORGANISATIE|Ziekenhuis De Dommel]]). Trombolyse niet gegeven (tijdsvenster).

Restverschijnselen bij opname: parese li arm/been (MRC 3/5), neglect li, lichte dysartrie. Barthel 7/20.

Beloop
Goede vooruitgang. Arm MRC 4/5, been 4+/5, neglect nog aanwezig maar zij compenseert steeds beter. Loopt met vierpoot binnenshuis zelfstandig, buitenshuis met rolstoel (duwen door echtgenoot). Transfers zelfstandig. Barthel bij ontslag 16/20. Logopedie: slikken veilig op normale consistentie, spraak goed verstaanbaar. Stemming soms somber, geen depressie (GDS-15: 4). 
Medisch: RR ingesteld (perindopril opgehoogd), LDL 2,9 -> atorvastatine 40 mg. Eenmalig UWI, behandeld met nitrofurantoïne. Geen boezemfibrilleren op 48u-holter.

Medicatie bij ontslag:
clopidogrel 75 mg 1dd; atorvastatine 40 mg 1dd; perindopril 4 mg 1dd; paracetamol 1 g 3dd zn; Movicolon 1dd.

Vervolg:
- poliklinische revalidatie (fysio + ergo) 2x/wk in [[ORGANISATIE|Revalidatie Kempenland]], gestart
- thuiszorg 1x daags ochtendzorg via [[ORGANISATIE|ZuidOost Zorgteams]]
- echtgenoot [[PERSOON|Harrie]] erg betrokken maar zelf 88 met COPD; let op belasting mantelzorger
- controle neurologie over 3 mnd
- rijgeschiktheid: niet rijden, CBR-traject pas na 6 mnd

Met collegiale groet,

drs. [[PERSOON|F. Lathouwers]], specialist ouderengeneeskunde
BIG [[ID|59034412801]]
tel. [[TELEFOON|040 - 211 87 60]]`,
  },
  {
    id: 'h3-c09',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h3c',
    knownNames: ['Mw. K. (Khadija) El Khattabi'],
    text: `[[DATUM|18-2]] consult, zoon [[PERSOON|Youssef]] vertaalt
S: pijn li knie al 3 wk, vooral bij trap en opstaan uit gebed. Soms dik. Geen trauma. Geen koorts. Neemt paracetamol 2x/dg, helpt matig. Ook: vaak plassen, dorst? -> nee, 's nachts 2x, al lang.
O: 71 jr, BMI 33. Li knie: lichte hydrops, crepitaties, geen roodheid/warmte, flexie 110 pijnlijk, stabiel. Re knie gb.
Gluc nuchter (lab 2 wk gel.) 9,1, HbA1c 61.
E: gonartrose li met lichte hydrops (L90). DM2 matig ingesteld (T90).
P: uitleg artrose, bewegen blijven, fysio [[ORGANISATIE|FysioPlein Zandberg]] verwijzing meegegeven. Paracetamol naar 3dd 1 g vast x 2 wk, evt naproxen gel. Geen NSAID oraal gezien nierfunctie (eGFR 52).
Metformine van 2dd 850 -> 3dd 850. POH-afspraak [[DATUM|3 maart]] bij [[PERSOON|Lisa]]. Ramadan begint binnenkort: voorlichting over vasten + DM, folder Arabisch/Nederlands meegegeven.
wnd [[PERSOON|AvD]]`,
  },
  {
    id: 'h3-c10',
    genre: 'verwijzing',
    setting: 'ZKH',
    author: 'auteur-h3c',
    text: `Aanmelding Geriatrische Revalidatiezorg — via Transferpunt
[[ORGANISATIE|Markiezaat Ziekenhuis]], locatie [[PLAATS|Bergen op Zoom]]
transferverpleegkundige [[PERSOON|M. Cijsouw]], [[TELEFOON|0164-278 410]], [[EMAIL|transferpunt@markiezaatzkh.nl]]

Aan: [[ORGANISATIE|Revalidatiehuis De Zoom]], t.a.v. specialist ouderengeneeskunde / opnamecoördinator

Patiënt: dhr. [[PERSOON|E.R. Doelwijt]], geb. [[DATUM|30-12-1947]], BSN [[BSN|258775361]]
Adres: [[ADRES|Antwerpsestraatweg 302 A]], [[POSTCODE|4624 AB]] [[PLAATS|Bergen op Zoom]]
Contactpersoon: partner mw. [[PERSOON|Marlene Pinas]], [[TELEFOON|06-39012277]]
Huisarts: dr. [[PERSOON|B. Verhage]], [[PLAATS|Halsteren]]
Opgenomen sinds: [[DATUM|03-02-2025]], afd. Chirurgie 3

Medische gegevens (opgesteld door dr. [[PERSOON|Y. Girigorie]], internist ouderengeneeskunde, consulent):
77-jarige man, [[DATUM|6 februari]] transtibiale amputatie li bij kritieke ischemie/PAV en niet-genezend ulcus digitus 1 bij DM2 (insulinebehoeftig). Stomp vitaal, VAC-therapie per [[DATUM|14-2]] gestopt.
VG: DM2 met neuropathie, CNI (eGFR 38), HT, 2019 NSTEMI (PCI), glaucoom.
Premorbide: woonde met partner in benedenwoning, liep zelfstandig korte afstanden, fietste niet meer. Kookte zelf (Surinaamse keuken, let op zout/koolhydraten).
Cognitie: MMSE 27/30. Geen delier tijdens opname. Stemming: verdrietig over verlies been, gemotiveerd.
Huidige mobiliteit: transfers bed-rolstoel met 1 pers. lichte hulp, staan aan brug op 1 been 2 min.

Revalidatiedoel: prothesetraject, transfers zelfstandig, rolstoelvaardigheid; uiteindelijk terug naar huis.
Belastbaarheid: 2x per dag 30 min training goed vol te houden.

Infectiestatus: geen BRMO bekend, MRSA-screening neg ([[DATUM|5/2]]).
Verwachte overplaatsingsdatum: zsm, medisch ontslagklaar per [[DATUM|18 februari]].

Graag bevestiging van acceptatie via transferpunt. Ziekenhuis-ID: [[ID|7730419]].`,
  },
  {
    id: 'h3-c11',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h3c',
    text: `VOORLOPIG ONTSLAGBERICHT – [[ORGANISATIE|Oosterschelde Gasthuis]] [[PLAATS|Goes]]

Aan HA: [[PERSOON|Dieleman]], [[PLAATS|Kapelle]]
Pt: dhr. [[PERSOON|C. Sinke]], geb. [[DATUM|9-1-1934]] ([[LEEFTIJD|90]] jr), [[ADRES|Smidsweg 2]], [[PLAATS|Wemeldinge]]
Opname [[DATUM|11/2]] – ontslag [[DATUM|15/2]], afd. Interne 2

Dx: hyponatriëmie (Na 118) e.c. thiazide + weinig intake, symptomatisch (valneiging, verwardheid).
Beleid: HCT gestaakt, vochtbeperking 1,5 L, Na bij ontslag 131. Niet meer verward.
Nieuw: amlodipine 5 mg 1dd i.p.v. HCT.
Graag: Na controle over 5 dagen (aanvraag meegegeven), RR bij POH.
Volledige brief volgt.

[[PERSOON|M. Boone]], aios interne / supervisor dr. [[PERSOON|Koole]]
vragen: [[TELEFOON|0113-234 560]], sein [[ID|612]]`,
  },
  {
    id: 'h3-c12',
    genre: 'overdracht',
    setting: 'HA',
    author: 'auteur-h3c',
    text: `Overdracht waarneming vr [[DATUM|6]] t/m ma [[DATUM|9 december]] – [[ORGANISATIE|Praktijk Geuldal]], [[PLAATS|Gulpen]]
van: [[PERSOON|Hans Stassen]] (wnd) aan: [[PERSOON|Marleen Ummels]]

1. Mw. [[PERSOON|Pluijmen]] ([[LEEFTIJD|96]]), [[ORGANISATIE|Zorgcentrum De Roode Beek]]: zat. visite ivm koorts, waarschijnlijk UWI, nitrofurantoïne gestart, kweek ingestuurd. Graag uitslag na-bellen (lab staat op jouw naam). Familie (dochter [[PERSOON|Truus]]) wil geen ziekenhuis.
2. Dhr. [[PERSOON|Brouns, J.]] – palliatief, pancreasca. Morfinepomp via [[ORGANISATIE|Thuiszorg Heuvelland]] opgehoogd naar 1,2 mg/u zondag. Echtgenote erg moe. Heb gezegd dat jij di langskomt. Overlijdensverklaring: geen bijzonderheden te verwachten, natuurlijk overlijden.
3. [[PERSOON|Luuk Habets]] (6 jr), [[ADRES|Rijksweg 115-2]]: otitis, amoxicilline, controle alleen zn.
4. Dhr. [[PERSOON|Keulers]] belde voor herhaalrecept oxazepam, niet gegeven, wil jou spreken. Tel [[TELEFOON|043-4501876]].
5. Apotheek ([[ORGANISATIE|Apotheek Gulpen-Wittem]]) vraagt nog akkoord voor Eliquis bij mw. [[PERSOON|Schreurs-Bours]] – interactie met claritromycine van de KNO; heb ik voorlopig akkoord gegeven, svp checken.

Verder rustig. Sleutel terug in kluisje, code ongewijzigd.
gr [[PERSOON|Hans]]`,
  },
];
