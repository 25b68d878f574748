import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd6-b25',
    genre: 'soep',
    setting: 'GHZ',
    author: 'auteur-d6b',
    knownNames: ['Dhr. F.J. (Frits) Verheijen'],
    text: `Consult AVG - [[ORGANISATIE|Zorgpark De Kemp]], paviljoen [[ORGANISATIE|Berkenhof]], [[PLAATS|Venray]]
[[DATUM|2024-10-08]]

S: via EVV [[PERSOON|Mieke]]: [[PERSOON|Frits]] sinds 3 dagen minder eten, trekt aan re oor, onrustig 's nachts, slaat met hand tegen hoofd. Kan zelf niet aangeven wat er is (ernstige VB, non-verbaal). Laatste ontlasting [[DATUM|5/10]].

O: temp 38,1 (tympanisch li), p 92, sat 97%. Otoscopie re: trommelvlies rood, bomberend. Li cerumen. Keel rustig. Longen: VAG, geen bijgeluiden. Buik soepel, wat gespannen, geen défense. Gewicht 61,5 kg (63 op [[DATUM|1 sept]]).

E: otitis media acuta re. Obstipatie waarsch. bijdragend aan onrust.

P:
- amoxicilline drank 500 mg 3dd, 7 dagen (slikt tabletten slecht)
- paracetamol 500 mg 4dd z.n.
- Movicolon 1dd, defecatielijst
- controle over 3 dagen; bij koorts >39 of suf eerder bellen, behandeldienst [[TELEFOON|0478 - 58 22 10]]
- broer en wettelijk vertegenwoordiger [[PERSOON|Sjef Verheijen]] telefonisch geinformeerd

dr. [[PERSOON|L. Hermans]], AVG`,
  },
  {
    id: 'd6-b26',
    genre: 'email',
    setting: 'ZKH',
    author: 'auteur-d6b',
    text: `Van: Transferbureau [[ORGANISATIE|Ziekenhuis Velperpoort]] <[[EMAIL|transferbureau@zhvelperpoort.nl]]>
Aan: [[EMAIL|planning.liemers@zorggroepdeoverkant.nl]]
Datum: ma [[DATUM|2 december 2024]] 11:32
Onderwerp: aanvraag wijkverpleging per [[DATUM|4-12]] - dhr. [[PERSOON|Çelik]]

Geachte collega's,

Graag vragen wij wijkverpleging aan voor onderstaande patient, die naar verwachting woensdag [[DATUM|4 december]] met ontslag gaat.

Naam: [[PERSOON|Çelik, H.]] ([[PERSOON|Hüseyin]])
Geb.datum: [[DATUM|12-06-1952]]
Adres: [[ADRES|Hunneveldweg 8 hs]], [[POSTCODE|6901 kb]] [[PLAATS|Zevenaar]]
Tel.: [[TELEFOON|0316 52 44 18]]; zoon [[PERSOON|Emre]]: [[TELEFOON|06-48102273]]
BSN: [[BSN|856194451]]
HA: [[ORGANISATIE|Huisartsenpraktijk Babberich]]

Opnamereden: herseninfarct rechts ([[DATUM|25/11]]), trombolyse gegeven. Restverschijnselen: krachtsverlies li arm, lichte dysartrie.

Zorgvraag:
- hulp bij ADL ochtend, douchen 3x/wk, steunkousen aan/uit
- medicatie: baxterrol via [[ORGANISATIE|Apotheek Het Spittaal]], toediening controleren
- diabetes: spuit zelf (NovoRapid/Lantus), BS-controle 2x/dag meekijken

Poli neurologie bij dr. [[PERSOON|Vermeulen]] over 6 weken. Fysiotherapie thuis is aangevraagd.
Echtgenote [[PERSOON|Sevim]] spreekt beperkt Nederlands; zoon regelt veel en is aanspreekpunt.

Kunnen jullie bevestigen of starten op woensdag lukt?

Met vriendelijke groet,

[[PERSOON|Miranda Gerritsen]]
Transferverpleegkundige [[ORGANISATIE|Ziekenhuis Velperpoort]]
[[TELEFOON|026-3788241]] | toestel [[ID|8241]]`,
  },
  {
    id: 'd6-b27',
    genre: 'overdracht',
    setting: 'GHZ',
    author: 'auteur-d6b',
    text: `Overdracht nacht > dag, woonvorm [[ORGANISATIE|De Boomgaard]], [[PLAATS|Woudenberg]]
zo [[DATUM|16-3]]
Nachtdienst: [[PERSOON|Bas]] (invaller)

- [[PERSOON|Henkie]] (kamer 2): 23:40 wakker, angstig door onweer. Na kop thee en praatje weer naar bed. Verder goed geslapen.
- [[PERSOON|Samantha]] ("[[PERSOON|Sam]]", kamer 4): 02:15 epileptische aanval ca 3 min, Buccolam 10 mg gegeven om 02:18 volgens protocol, aanval gestopt 02:20. Daarna sat 95%, postictaal slaperig. AVG-dienst gebeld (dr. [[PERSOON|Jansen-Oei]]): geen actie, overdragen aan eigen AVG. Moeder (mw. [[PERSOON|Kromhout]]) graag na 8 uur bellen: [[TELEFOON|033 - 286 14 09]].
- [[PERSOON|Wouter de Bakker]] (kamer 5): 04:00 incontinent, bed verschoond. Huid stuitje rood, zinkzalf gesmeerd. Graag dagdienst checken.
- [[PERSOON|Ilham]] (kamer 6): doorgeslapen.
- [[PERSOON|Jos]] (kamer 1): om 05:30 al aangekleed in de keuken, wilde "naar zijn werk". Koffie gegeven, rustig.

Algemeen:
- voordeuralarm ging om 01:10 af, niemand bij de deur. Storing doorgegeven aan technische dienst.
- de bakker heeft gisteren te weinig brood gebracht, 2 bruin extra besteld voor maandag.
- sleutel medicijnkast ligt in de kluis.

Paraaf [[PERSOON|BvE]]`,
  },
  {
    id: 'd6-b28',
    genre: 'crisis',
    setting: 'GHZ',
    author: 'auteur-d6b',
    knownNames: ['Dhr. J. (Jurick) Isenia'],
    text: `Crisisverslag - incident en inzet crisisteam
Locatie: [[ORGANISATIE|Kasteelhof Landgraaf]], woning 3
[[DATUM|27 juni 2024]], 18:05-20:30

Betrokken: [[PERSOON|Jurick]] (client, 24 jr, LVB en autisme), begeleiders [[PERSOON|Natasja Ploumen]] en [[PERSOON|Rik]], ambulant crisisteam [[ORGANISATIE|Kompas]].

Wat gebeurde: na telefoontje met ex-vriendin raakte [[PERSOON|J.]] zeer geagiteerd, schreeuwde en gooide een stoel door de ruit van de huiskamer. Medebewoner [[PERSOON|Stijn]] raakte licht gewond aan de hand door glas. Begeleiding bracht andere bewoners naar woning 2.

Inzet:
18:20 crisisteam gebeld (dienst: [[PERSOON|G. Frijns]]).
18:40 politie ter plaatse (noodknop). [[PERSOON|J.]] werd rustiger na gesprek buiten met [[PERSOON|Rik]] in de tuin, wilde roken. Geen fixatie of afzondering nodig.
19:05 lorazepam 1 mg z.n. geaccepteerd.
[[PERSOON|Stijn]]: wond gespoeld, 2 steristrips. Via [[ORGANISATIE|Huisartsenpost Parkstad]] beoordeeld, geen hechting nodig.

Afspraken:
- MIC-melding; herstelgesprek [[PERSOON|Stijn]] en [[PERSOON|J.]] morgen onder begeleiding
- gedragskundige drs. [[PERSOON|Y. Lahaye]] neemt contact op over signaleringsplan, fase rood is bereikt
- moeder mw. [[PERSOON|Isenia-Martina]] om 20:10 geinformeerd op [[TELEFOON|06 - 34 71 02 88]]
- glaszetter ([[ORGANISATIE|Glashandel Ruijters]]) komt morgen 09:00
- [[PERSOON|J.]] wil nummer van ex blokkeren, [[PERSOON|Natasja]] helpt hem daarbij

[[PERSOON|NP]]/[[PERSOON|RH]]`,
  },
  {
    id: 'd6-b29',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d6b',
    knownNames: ['Mw. S. (Shanice) Pinas'],
    text: `Verslag ambulante begeleiding, [[DATUM|12 nov. 2024]]
[[ORGANISATIE|Zorgpunt Amaliahof]] - begeleider [[PERSOON|Ruud Koster]]

[[PERSOON|Shanice]] (23, LVB) woont met dochter [[PERSOON|Jaylinn]] (2) op [[ADRES|Dwarsweg 12 A]], [[POSTCODE|3961 BZ]] [[PLAATS|Wijk bij Duurstede]].

Doel 1 opvoeding
[[PERSOON|Jaylinn]] gaat 2 ochtenden naar [[ORGANISATIE|Peuterspeelzaal Het Kabouterhuis]]. [[PERSOON|Shanice]] brengt haar zelf op tijd, gaat goed. Consultatiebureau tevreden over groei.

Doel 2 geldzaken
Beschermingsbewind via [[ORGANISATIE|Bewindvoering De Stichtse Brug]]. Weekgeld 70 euro op maandag. Schuld bij zorgverzekeraar (Zilveren Kruis) is afgelost. Boodschappen bij de Lidl met lijstje, lukt beter.

Doel 3 netwerk
Oma [[PERSOON|Ellie]] ([[LEEFTIJD|92]]!) in [[PLAATS|Zuilen]] past 1x per week op, maar het wordt haar te zwaar. Contact met vader van [[PERSOON|Jaylinn]] ([[PERSOON|Romano]]) wisselend, omgang via de jeugdbeschermer.

Signalen: huis netjes, genoeg eten in huis. [[PERSOON|Shanice]] zegt moe te zijn en slecht te slapen. Advies: afspraak bij haar HA, [[ORGANISATIE|Huisartspraktijk Jansen & Oudshoorn]].

Afspraken
- volgende afspraak [[DATUM|26/11]]
- evaluatie met gemeente [[PLAATS|Wijk bij Duurstede]] (Wmo-consulent mw. [[PERSOON|Tabak]]) op [[DATUM|10 december]]
- [[PERSOON|Ruud]] zoekt uit of er een vrijwilliger (maatje) kan komen

[[PERSOON|R. Koster]]`,
  },
  {
    id: 'd6-b30',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-d6b',
    text: `[[ORGANISATIE|Ziekenhuis Berkelzicht]] ([[ORGANISATIE|ZBZ]]) - Longziekten
[[ADRES|Beatrixpark 1]], [[POSTCODE|7101 BN]] [[PLAATS|Winterswijk]]

Aan: [[PERSOON|W. Bijl]], huisarts
[[ORGANISATIE|Huisartsenpraktijk Het Kerkepad]], [[PLAATS|Aalten]]

[[PLAATS|Winterswijk]], [[DATUM|22 januari 2025]]

Betreft: dhr. [[PERSOON|Eppink, H.J.]], geb. [[DATUM|9-4-1946]]
[[ADRES|Hoge Hezinkweg 4]], [[POSTCODE|7122 pv]] [[PLAATS|Bredevoort]]
Pat.nr. [[ID|00581237]], BSN [[ID|371365121]]

Geachte collega,

Uw patient was opgenomen in het [[ORGANISATIE|ZBZ]] van [[DATUM|14-01]] tot [[DATUM|21-01-2025]] wegens een exacerbatie COPD GOLD 3 (FEV1 38% van voorspeld), uitgelokt door influenza A.

Bij opname: sat 84% ka, AH 28/min, temp 38,9. Bloedgas: pH 7,33, pCO2 7,1 kPa. X-thorax: geen infiltraat.
Beloop: prednisolon 40 mg 5 dagen, vernevelen, oseltamivir, zuurstof via neusbril. Geen NIV nodig. Zuurstof afgebouwd tot 0 L.

Ontslagmedicatie: Trimbow 2dd2 inh., salbutamol z.n.

Leefstijl: rookt nog 10 sig/dag. Gesprek over stoppen gevoerd, verwezen naar longverpleegkundige [[PERSOON|Anja Heinen]]. Echtgenote [[PERSOON|Dina]] rookt ook.
Thuissituatie: woont op boerderij met zoon. Thuiszorg via [[ORGANISATIE|Thuiszorg 't Slingertje]] 1x/dag voor steunkousen.

Afspraken: poli longziekten over 4 weken ([[DATUM|19 februari]]) bij dr. [[PERSOON|Hofstede]], longfunctie vooraf. Griepvaccinatie komend najaar graag via u.

Met collegiale groet,

[[PERSOON|M. el Khatib]], AIOS interne geneeskunde
namens dr. [[PERSOON|R. Hofstede]], longarts
poli [[TELEFOON|0543 - 54 47 00]]`,
  },
  {
    id: 'd6-b31',
    genre: 'verwijzing',
    setting: 'wijk',
    author: 'auteur-d6b',
    text: `Aanmelding dagbesteding

Van: [[PERSOON|Esra Yilmaz]], wijkverpleegkundige, [[ORGANISATIE|Wijkzorg Nijmegen-Noord]]
Aan: [[ORGANISATIE|Dagcentrum De Waalsprong]]
Datum: [[DATUM|8-7-2024]]

Client: dhr. [[PERSOON|A.J. Derksen]] (roepnaam [[PERSOON|Toon]]), geb. [[DATUM|1 mei 1938]]
[[ADRES|Steltsestraat 33]], [[POSTCODE|6663 BE]] [[PLAATS|Lent]], tel. [[TELEFOON|024 - 348 11 92]]
HA: dr. [[PERSOON|Willems]], [[ORGANISATIE|Gezondheidscentrum Lent]]
Indicatie: Wmo, gemeente [[PLAATS|Nijmegen]], geldig t/m [[DATUM|30-06-2025]]

Reden aanmelding
Dhr. (86) heeft de ziekte van Parkinson (H&Y 3) en lichte cognitieve stoornissen. Echtgenote [[PERSOON|Mia]] is [[LEEFTIJD|90]] en raakt overbelast. Dhr. verveelt zich thuis, was vroeger timmerman bij [[ORGANISATIE|Aannemersbedrijf Gebr. Thijssen]] en zong 30 jaar bij [[ORGANISATIE|Mannenkoor Lentse Stemmen]].

Wensen
- 2 dagen p/wk (di/do)
- vervoer nodig; loopt met rollator, rolstoel niet nodig
- houdt van klussen en klaverjassen

Aandachtspunten
- levodopa strikt op tijd: 08:00, 12:00, 16:00
- slikproblemen, dranken indikken (niveau 2)
- valrisico, vorig jaar heup gebroken

Contactpersoon: dochter [[PERSOON|Joke Derksen]], [[TELEFOON|06 29 44 18 03]], [[EMAIL|joke.derksen71@hotmail.com]]

Met vriendelijke groet,
[[PERSOON|Esra Yilmaz]]
[[TELEFOON|06-51187720]]`,
  },
  {
    id: 'd6-b32',
    genre: 'soep',
    setting: 'GGZ',
    author: 'auteur-d6b',
    knownNames: ['Mw. M. (Marleen) Lenssen'],
    text: `Consult psychiater, di [[DATUM|14 mei]]

S: mw. komt met partner [[PERSOON|Wiel]]. Slaapt beter sinds mirtazapine. Piekert nog veel over haar ontslag bij [[ORGANISATIE|Vakantiepark Heuvelzicht]] in [[PLAATS|Gulpen]]. Geen doodswens. Eetlust toegenomen, +3 kg. Alcohol 2-3 glazen wijn per week.

O: verzorgd, goed contact. Stemming licht somber, affect beter modulerend dan vorige keer. Geen psychotische verschijnselen. BDI-II 21 (was 34 op [[DATUM|12-3]]). RR 128/82, gewicht 74 kg, BMI 27,2.

E: depressieve stoornis, matig, in partiele remissie. Gewichtstoename als bijwerking mirtazapine.

P:
- mirtazapine 30 mg continueren, leefstijladvies (dagelijks wandelen met de hond)
- CGT bij GZ-psycholoog drs. [[PERSOON|K. Schoonbrood]], nog 6 sessies
- re-integratie en WW via UWV, sollicitatieplicht besproken
- lipiden en glucose via HA [[PERSOON|Keulers]] laten prikken
- volgende afspraak over 6 wk: [[DATUM|25-06-2024]]

[[PERSOON|A. Beckers]], psychiater, [[ORGANISATIE|GGZ Heuvelland]], polikliniek [[PLAATS|Vaals]]`,
  },
  {
    id: 'd6-b33',
    genre: 'mdo',
    setting: 'ZKH',
    author: 'auteur-d6b',
    knownNames: ['Mw. H. (Hennie) Wiegerinck-Arends'],
    text: `MDO oncologie mamma, woensdag [[DATUM|5 maart 2025]]
[[ORGANISATIE|Waalkant Ziekenhuis]], i.s.m. [[ORGANISATIE|Radiotherapeutisch Instituut Gelderland Zuid]] ([[ORGANISATIE|RIGZ]])
Patientnr. [[ID|8802915]]

Aanwezig: chirurg dr. [[PERSOON|F. Nabben]], internist-oncoloog dr. [[PERSOON|T. Sahin]], radioloog [[PERSOON|M. Jacobs]], patholoog dr. [[PERSOON|I. van Lith]], radiotherapeut dr. [[PERSOON|P. Geurtsen]] ([[ORGANISATIE|RIGZ]]), VS mammacare [[PERSOON|Ellen Kamphuis]], casemanager [[PERSOON|Truus]].

Casus: 78-jarige vrouw uit [[PLAATS|Beuningen]], via HA verwezen na zelf gevoelde knobbel li borst.
Pathologie: invasief carcinoom NST, graad 2, ER 100%, PR 60%, HER2 neg (1+), Ki-67 15%. cT2N0M0. Echo oksel: geen verdachte klieren.
Comorbiditeit: DM2, hartfalen (EF 40%), G8-score 12 (kwetsbaar). Woont zelfstandig met echtgenoot (82), dochter [[PERSOON|Marga]] betrokken.

Discussie: chirurgie mogelijk, maar anesthesierisico verhoogd. Pt. heeft bij eerste gesprek aangegeven "niet alles meer te willen".

Advies:
1. geriatrisch consult vooraf (dr. [[PERSOON|Hanssen]])
2. voorkeur primaire endocriene therapie (letrozol), na 3 mnd evaluatie met echo
3. alternatief: lumpectomie + SWK, evt. radiotherapie [[ORGANISATIE|RIGZ]]

Bespreken met pt. op poli [[DATUM|10-3]].
Verslag [[PERSOON|EK]]`,
  },
  {
    id: 'd6-b34',
    genre: 'email',
    setting: 'wijk',
    author: 'auteur-d6b',
    text: `Van: [[EMAIL|wijkteam.caberg@thuiszorgmaasdal.nl]]
Aan: [[EMAIL|assistente@huisartsenstokstraat.nl]]
Datum: [[DATUM|16-08-2024]] 08:05
Onderwerp: mw. [[PERSOON|Pinckaers]] - decubitus en pijnmedicatie

Goedemorgen,

Graag onder de aandacht van dr. [[PERSOON|Ubachs]]:

Mw. [[PERSOON|Pinckaers]] ([[LEEFTIJD|97]] jr, [[ADRES|Bosscherweg 12c]], [[PLAATS|Caberg]]) heeft sinds gisteren een decubitus cat. 2 op de li hiel, 2x2 cm, blaar open. Stuit intact. Ze ligt veel op bed sinds ze op [[DATUM|2 aug]] gevallen is. Pijn NRS 6 bij verzorging, paracetamol 1 g 3dd is onvoldoende.

Vragen:
1. Kunt u oxycodon 5 mg z.n. voorschrijven (naar [[ORGANISATIE|Apotheek Pottenberg]]), of komt u eerst langs?
2. Wij hebben een antidecubitusmatras aangevraagd via de uitleenwinkel, duurt 3 dagen. Akkoord?
3. Dochter [[PERSOON|Josée]] (tel. [[TELEFOON|043 - 343 27 61]]) wil graag het gesprek over palliatief beleid vervolgen. NR-verklaring ligt er sinds [[DATUM|14-3-2023]].

Wij komen nu 3x per dag (ochtend ADL, middag, avond). Hielen worden vrijgelegd, wisselhouding 3-uurs.

Met vriendelijke groet,

[[PERSOON|Romy Bessems]]
Wijkverpleegkundige, wijkteam [[PLAATS|Caberg]]/[[PLAATS|Malberg]]
[[ORGANISATIE|Thuiszorg Maasdal]] | [[TELEFOON|06 - 11 92 73 46]]`,
  },
  {
    id: 'd6-b35',
    genre: 'overdracht',
    setting: 'ZKH',
    author: 'auteur-d6b',
    knownNames: ['Dhr. L. (Luuk) Hazeleger'],
    text: `SBAR-overdracht SEH > afd. B3 interne, [[ORGANISATIE|Grebbeberg Ziekenhuis]]
[[DATUM|19-05-2024]] 21:10
Van SEH-vpk [[PERSOON|Dirk-Jan van Ommeren]] aan vpk [[PERSOON|Aicha]] B3, tst. [[ID|5321]]

S: dhr. [[PERSOON|Hazeleger]], 67 jr, opname ivm urosepsis.
B: VG DM2, BPH, CVA 2017. Woont met echtgenote in [[PLAATS|Veenendaal]], wijk [[PLAATS|Dragonder]]. Med: metformine, simvastatine, Ascal. Allergie: penicilline (exantheem).
A: binnen met temp 39,4, RR 92/55, p 118, AH 24, sat 93% ka, qSOFA 2. Lactaat 3,1. Na 2 L NaCl 0,9%: RR 112/68, p 98. CAD CH16 ingebracht, 450 ml troebel. Bloedkweken 2x afgenomen 20:05, ceftriaxon 2 g iv 20:20. Glucose 14,2. Alert, GCS 15. MEWS nu 3.
R:
- MEWS elk uur eerste 4 uur, bij 4 of hoger arts bellen: AIOS interne dr. [[PERSOON|Wijnands]], sein [[ID|7712]]
- vochtbalans, diurese >0,5 ml/kg/u
- insuline volgens schema
- echtgenote [[PERSOON|Gerdien]] is mee, gaat zo naar huis, wil gebeld worden bij verandering: [[TELEFOON|0318-527406]]

Paraaf [[PERSOON|DvO]]`,
  },
  {
    id: 'd6-b36',
    genre: 'rapportage',
    setting: 'wijk',
    author: 'auteur-d6b',
    knownNames: ['Mw. J.W. (Hanneke) Ruesink'],
    text: `Rapportage wijkverpleging - palliatieve zorg
[[ADRES|Hummeloseweg 28]], [[PLAATS|Zelhem]]

[[DATUM|9 jan]] 08:15 mw. slecht geslapen, benauwd. Morfine 5 mg drank gegeven om 03:00 door dochter [[PERSOON|Gea]]. Mond verzorgd, wisselligging. Pijn NRS 4. - [[PERSOON|IW]]
[[DATUM|9 jan]] 17:30 HA dr. [[PERSOON|Wentink]] geweest. Start pomp morfine sc 20 mg/24u, via [[ORGANISATIE|Apotheek De Wildenborch]]. Palliatieve sedatie besproken, mw. wil dat nog niet. - [[PERSOON|IW]]
[[DATUM|9 jan]] 19:00 pomp aangelegd door [[PERSOON|Marjan]] (VIG). ds. [[PERSOON|Kuipers]] van de [[ORGANISATIE|Hervormde Gemeente Zelhem]] was er, samen gebeden. - [[PERSOON|mj]]
[[DATUM|10-01]] 07:50 rustige nacht volgens dochter, 1x bolus. Om 4 uur wat onrustig, friemelen aan deken. Mondzorg. Weinig urine. Vannacht waken vrijwilligers van [[ORGANISATIE|Hospicegroep De Lindeboom]]. - [[PERSOON|rh]]
[[DATUM|10-01]] 14:20 zoon [[PERSOON|Gert-Jan]] uit [[PLAATS|Halle]] aangekomen. Gesprek over wat ze kunnen verwachten, folder laatste levensfase gegeven. Kleindochter [[PERSOON|Femke]] blijft ook. - [[PERSOON|IW]]
[[DATUM|11 jan]] 05:40 gebeld door dochter: mw. om 05:10 rustig overleden, familie erbij. Lijkschouw door dienstdoende arts HAP dr. [[PERSOON|A. Oosterink]]. Uitvaart via [[ORGANISATIE|Uitvaartzorg Ter Huurne]], geregeld door familie. Pomp verwijderd, materialen opgehaald. Zorg afgesloten. - [[PERSOON|rh]]`,
  },
];
