import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h3-c25',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h3c',
    text: `[[ORGANISATIE|Zeeuws Gasthuis]] – Interne Geneeskunde
[[ADRES|Koudekerkseweg 88]], [[POSTCODE|4382 EE]] [[PLAATS|Vlissingen]]

Aan: [[PERSOON|A.M. Lievense]], huisarts
[[ORGANISATIE|Gezondheidscentrum Paauwenburg]]
[[PLAATS|Vlissingen]]

Datum: [[DATUM|22 oktober 2024]]
Kenmerk: [[ID|2024103377]]

Betreft: dhr. [[PERSOON|E.J. Rosalia]], geb. [[DATUM|15-04-1945]]
[[ADRES|Bellamystraat 30 D]], [[POSTCODE|4381 CT]] [[PLAATS|Vlissingen]]
BSN [[BSN|146442143]]

Geachte collega [[PERSOON|Lievense]],

Uw patiënt, 79 jaar, was van [[DATUM|12]] tot [[DATUM|22 oktober]] opgenomen op onze afdeling wegens sufheid, obstipatie en dorst.

Diagnosen
1. Hypercalciëmie (gecorrigeerd Ca 3,41) bij nieuw gediagnosticeerd multipel myeloom (M. Kahler), IgG-kappa
2. Acute nierinsufficiëntie (kreat 212, thuis 98) – herstellend tot 131
3. Anemie, normocytair, Hb 6,2
4. Osteolytische laesies Th8 en L2, zonder myelumcompressie

Beloop
Behandeling met hydratie en zoledroninezuur, waarna Ca normaliseerde (2,48 bij ontslag). Beenmergpunctie bevestigde de diagnose. Na uitgebreid gesprek met patiënt en zijn dochter [[PERSOON|Yoselin Rosalia]] (die vertaalde waar nodig; dhr. spreekt Papiaments en redelijk Nederlands) is gekozen voor behandeling: hematoloog dr. [[PERSOON|Cijntje]] start poliklinisch met een dubbeltherapie, geriatrisch assessment vooraf (G8 11/17, matig kwetsbaar). Dhr. wil "in de zomer nog naar Curaçao", dat woog voor hem zwaar in de keuze.
Pijn Th8 goed onder controle met paracetamol + tramadol.

Medicatie bij ontslag
paracetamol 1 g 3dd; tramadol 50 mg 2dd zn; macrogol 1dd; calciumcarbonaat/colecalciferol gestopt; losartan gestaakt (nierfunctie) – graag herbeoordelen; omeprazol 20 mg 1dd.

Afspraken
- poli hematologie [[DATUM|29-10]] 10:15
- lab (kreat, Ca, Hb) [[DATUM|28-10]] bij ons
- thuiszorg [[ORGANISATIE|Zorgcirkel Walcheren]] voor medicatie 1x/dg

Met vriendelijke groet,

[[PERSOON|W. Huibregtse]], arts-assistent
dr. [[PERSOON|R.M. Martina]], internist ouderengeneeskunde
[[EMAIL|interne.secretariaat@zeeuwsgasthuis.nl]]`,
  },
  {
    id: 'h3-c26',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-h3c',
    text: `Verwijzing polikliniek Interne Geneeskunde – [[ORGANISATIE|Streekziekenhuis Achterhoek]], [[PLAATS|Winterswijk]]

Verwijzer: [[PERSOON|J.A. te Winkel]], huisarts, [[ORGANISATIE|Huisartsenpraktijk Meddosestraat]], [[PLAATS|Winterswijk]]
AGB [[ID|01066180]] – tel [[TELEFOON|0543-512 930]]
Datum: [[DATUM|6 januari 2025]]

Patiënt: mw. [[PERSOON|H. Hoitink-te Brake]] ([[PERSOON|Riek]]), geb. [[DATUM|27-08-1934]]
[[ADRES|Misterweg 140]], [[POSTCODE|7101 ES]] [[PLAATS|Winterswijk]]

Geachte collega,

Wil u deze [[LEEFTIJD|90]]-jarige dame zien wegens een ijzergebreksanemie (Hb 5,9, MCV 71, ferritine 4) met sinds de herfst toenemende moeheid en dyspneu d'effort. Geen zichtbaar bloedverlies, ontlasting normaal van kleur. FOB-test positief. Gewicht stabiel.
Ze is voor haar leeftijd vitaal: woont met haar man ([[LEEFTIJD|93]]) op de boerderij, zelfstandig ADL, fietst (e-bike) naar [[PLAATS|Meddo]]. Cognitief goed.

Voorgeschiedenis: HT, 2008 cholecystectomie, artrose handen.
Medicatie: amlodipine 5 mg, naproxen 250 mg zn (gebruikt het vaak, "tegen de handen").

Vraagstelling: analyse anemie; scopie passend? Mw. staat er zelf voor open als het niet te zwaar is. Ik heb naproxen gestopt en ferrofumaraat gestart. Evt. ijzerinfuus?

Dochter [[PERSOON|Gerda Wissink-Hoitink]] gaat mee naar de poli, [[TELEFOON|06-50 21 77 83]].

Met vriendelijke groet,
[[PERSOON|Jan te Winkel]]`,
  },
  {
    id: 'h3-c27',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h3c',
    knownNames: ['Mw. F. (Fatima) Azzouz'],
    text: `[[DATUM|07-03]] spoedconsult
S: sinds 10 dgn hoofdpijn re slaap, nieuw voor haar, pijn bij haren kammen. Kauwen doet pijn na een tijdje. Stijve schouders/heupen 's ochtends, 1-2 uur. Zicht: gisteren 5 min wazig re oog, nu weer normaal. Koorts? nee, wel zweten 's nachts. Dochter [[PERSOON|Samira]] erbij.
O: 66 jr, niet ziek. RR 146/88. A. temporalis re verdikt, drukpijnlijk, pulsatie verminderd. Visus ODS grof nl. Schouders: pijnlijke abductie bdz, geen synovitis.
CRP (POCT) 74.
E: verdenking arteriitis temporalis (ziekte van Horton) met PMR-klachten (N01/L99); amaurosis fugax re -> spoed.
P: overlegd met dienstdoende reumatoloog [[ORGANISATIE|Ziekenhuis Parkstad-Zuid]], dr. [[PERSOON|Ramaekers]]: vandaag nog naar SEH/ogen voor beoordeling + echo. Prednison 60 mg 1x vandaag alvast gegeven (na overleg). Pt gaat direct met dochter. Ramadan: pred niet uitstellen tot iftar, uitgelegd.
[[PERSOON|hs]]`,
  },
  {
    id: 'h3-c28',
    genre: 'soep',
    setting: 'ZKH',
    author: 'auteur-h3c',
    knownNames: ['Dhr. V.T. (Thanh) Nguyen'],
    text: `Poli geriatrie [[DATUM|24/9]] – uitslaggesprek, aanwezig: pt, zoon [[PERSOON|Minh]], schoondochter [[PERSOON|Linh Tran]]; telefonische tolk Vietnamees (tolknr. [[ID|2207461]])
S: familie merkt verdere achteruitgang, dhr. vergeet of hij gegeten heeft, loopt 's nachts door het huis in [[PLAATS|Nijmegen-Lindenholt]], 1x buiten aangetroffen door buurman. Dhr. zelf: "alleen moe". Slaapt overdag veel.
O: vriendelijk, oriëntatie in tijd gestoord. RUDAS 14/30 (via tolk). Geen parkinsonisme. Gewicht 52 kg (-3 kg in 4 mnd). MRI: gegeneraliseerde atrofie, hippocampusatrofie MTA 3 bdz, Fazekas 1.
E: dementie, waarschijnlijk ziekte van Alzheimer, matig ernstig stadium. Ondervoeding (SNAQ 65+ rood).
P: diagnose besproken; familie verwachtte dit, emotioneel voor zoon. Geen rivastigmine (bradycardie 48, syncope in VG). Casemanager dementie aangevraagd via [[ORGANISATIE|Zorgnetwerk Nijmegen-Zuid]]. Diëtist. Dagbesteding met Aziatische groep besproken (bestaat in [[PLAATS|Arnhem]]?). Wilsbekwaamheid tav financiën: zoon regelt alles al, advies mentorschap/bewindvoering. Controle 3 mnd, brief HA dr. [[PERSOON|Nguyen-Pham]] (geen familie).
/[[PERSOON|mdz]]`,
  },
  {
    id: 'h3-c29',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h3c',
    knownNames: ['Mw. L. (Lotte) Vugts'],
    text: `S: sinds gisteren branderig plassen, vaak kleine beetjes. Geen koorts, geen flankpijn. Geen afscheiding. Niet zwanger (pil, geen stopweek gemist).
O: 23 jr. Urine: nitriet pos, leuko ++. Sediment niet gedaan.
E: ongecompliceerde cystitis (U71)
P: nitrofurantoïne 100 mg 2dd x 5 dgn. Veel drinken. Bij koorts/flankpijn terugkomen. Volgend jaar stopt ze met de pil, folder over alternatieven meegegeven.
wnd [[PERSOON|RvE]]`,
  },
  {
    id: 'h3-c30',
    genre: 'overdracht',
    setting: 'HA',
    author: 'auteur-h3c',
    knownNames: ['Dhr. J.W. (Jan Willem) Nijenhuis'],
    text: `ANW-overdracht aan huisartsenpost [[ORGANISATIE|HAP Achterhoek]] — geldig t/m [[DATUM|31-05]]
Opgesteld: [[DATUM|17-05-2024]] door [[PERSOON|S. Gerritsen]], huisarts

Pt: dhr. [[PERSOON|Nijenhuis]], 77 jr, [[ADRES|Varsseveldseweg 233]], [[POSTCODE|7004 JP]] [[PLAATS|Doetinchem]]
BSN [[BSN|2276.59.697]]
Echtgenote: mw. [[PERSOON|Gerda Nijenhuis-Rensen]], [[TELEFOON|0314-367 122]]; zoon [[PERSOON|Martijn]] [[TELEFOON|06-15 88 40 21]]

Situatie: palliatief, gemetastaseerd prostaatcarcinoom (bot, lever). Levensverwachting weken. Bedlegerig sinds begin [[DATUM|mei]].
Beleid:
- NR, geen ziekenhuisopname, geen antibiotica bij pneumonie (wel symptomatisch)
- pijn: fentanylpleister 50 mcg/u (wissel ma/do), doorbraak morfine 10 mg sc (staat in huis, [[ORGANISATIE|Apotheek Wijnbergen]])
- onrust/benauwdheid: midazolam 5 mg sc, max 4x/24u
- palliatieve sedatie besproken en gewenst bij refractaire symptomen; indien nodig graag contact met mij (ook in weekend bereikbaar via [[TELEFOON|06-43 27 61 09]])
- euthanasie: géén verzoek
- wijkverpleging [[ORGANISATIE|Zorgteam Oude IJssel]], 3x/dg, nacht via oproep

Bij overlijden: natuurlijk overlijden te verwachten, lijkschouw door dienstdoende. Uitvaart: [[ORGANISATIE|Uitvaartzorg Slingeland]] (familie belt zelf).`,
  },
  {
    id: 'h3-c31',
    genre: 'overdracht',
    setting: 'ZKH',
    author: 'auteur-h3c',
    text: `Medische overdracht ZKH -> verpleeghuis (tel. besproken met SO [[PERSOON|Kasanmoentalib]] op [[DATUM|12/12]] om 14.10 u)

Naar: [[ORGANISATIE|Zorgcentrum De Waalhoeve]], [[PLAATS|Tiel]], afd. Kortdurend Verblijf
Van: [[PERSOON|N. Çelik]], arts-assistent, namens dr. [[PERSOON|Van Rooij]] (internist ouderengeneeskunde), [[ORGANISATIE|Betuwe Ziekenhuis]]

Patiënt: mw. [[PERSOON|A. Aydın-Koç]], geb. [[DATUM|02-02-1937]], patiëntnr. [[ID|0882346]]
Huisadres: [[ADRES|Zuiderstraat 4 rood]], [[POSTCODE|4001 JW]] [[PLAATS|Tiel]]

Kort: 87-jarige vrouw, opname [[DATUM|3-12]] wegens pneumonie li onderkwab + delier. Antibiotica klaar ([[DATUM|10-12]]). Delier grotendeels over, nog wisselend 's avonds. Mobiliteit fors achteruit: transfer met 1, loopt kort met rollator + begeleiding. Thuis (alleen, 2e verdieping zonder lift) nu niet haalbaar -> ELV.

Aandacht:
- dysfagie licht, logo-advies: zacht/gemalen, dranken licht gebonden
- DM2: insuline glargine 10E, glucose 2x/dg, pas aan bij weinig eten
- decubitus cat. 1 stuit, wisselligging
- zoon [[PERSOON|Mustafa Aydın]] (contactpersoon, [[TELEFOON|06-31559024]]) en dochter [[PERSOON|Emine]]; familie wil graag op termijn terug naar huis met mantelzorg, realistisch? Graag MDO na 2 wk.
- NR besproken [[DATUM|4-12]], geen IC, wel heropname bij behandelbare oorzaak.

Overplaatsing gepland [[DATUM|13 december]] rond 11 u, ambulance besteld. Brief en medicatieoverzicht gaan mee.
[[PERSOON|NC]]`,
  },
  {
    id: 'h3-c32',
    genre: 'email',
    setting: 'ZKH',
    author: 'auteur-h3c',
    text: `Van: Secretariaat Geriatrie <[[EMAIL|secr.geriatrie@roerdalziekenhuis.nl]]>
Aan: [[PERSOON|Geurts, H.]]
Datum: ma [[DATUM|3 februari 2025]] 09:12
Onderwerp: FW: vraag over mijn vader

Dag dokter [[PERSOON|Geurts]],
Onderstaande mail kwam binnen via het contactformulier. Wil jij reageren of zal ik een telefonische afspraak maken?
groet, [[PERSOON|Ria]]

------ Doorgestuurd bericht ------
Van: [[PERSOON|Marc Lemmens]] <[[EMAIL|marc.lemmens71@gmail.com]]>
Verzonden: zondag [[DATUM|2 februari 2025]] 21:47
Onderwerp: vraag over mijn vader

Geachte dokter,

Mijn vader, dhr. [[PERSOON|Pierre Lemmens]] (geb. [[DATUM|08-12-1932]], wonend [[ADRES|Kapellerlaan 67 bus 2]], [[POSTCODE|6041 HP]] [[PLAATS|Roermond]]), is op [[DATUM|14 januari]] bij u op de poli geweest. Hij is [[LEEFTIJD|92]] en woont nog alleen. Sinds de nieuwe pillen (donepezil?) is hij erg misselijk, eet bijna niks meer en valt af. Hij wil er zelf mee stoppen maar durft het u niet te vragen. Mijn zus [[PERSOON|Anne-Marie]] woont in [[PLAATS|Echt]] en gaat dagelijks langs.
Kan hij stoppen? En moet hij dan eerder terugkomen?
In het patiëntportaal ([[URL|https://mijn.roerdalziekenhuis.nl]]) kan ik de brief niet vinden.

Met vriendelijke groet,
[[PERSOON|Marc Lemmens]]
[[TELEFOON|06-45091736]]

------
Antwoord [[DATUM|3-2]] 12:30, [[PERSOON|H. Geurts]]:
[[PERSOON|Ria]], plan svp tel. consult morgen (mag bij mij tussen de poli door). Zeg alvast tegen zoon: donepezil mag gestopt, niet afbouwen nodig. Dhr. moet zelf toestemming geven voor info aan zoon, check of dat in dossier staat. -[[PERSOON|HG]]`,
  },
  {
    id: 'h3-c33',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-h3c',
    knownNames: ['Dhr. J. (Koos) Kodde'],
    text: `MDO GRZ, [[ORGANISATIE|Revalidatiehuis Ter Reede]], [[PLAATS|Middelburg]] – [[DATUM|15/4]]
aanwezig: SO [[PERSOON|A. Tuhumury]], fysio [[PERSOON|Jeroen]], ergo [[PERSOON|D. Steketee]], logo [[PERSOON|Marloes]], EVV [[PERSOON|Sandra de Jonge]], psycholoog [[PERSOON|P. Latuperisa]]
Dhr. [[PERSOON|Kodde]] niet aanwezig (voorkeur), echtgenote [[PERSOON|Lena]] na afloop gebeld.

Achtergrond: 84 jr, opname [[DATUM|25-3]] via [[ORGANISATIE|Zeeuws Gasthuis]] na pneumonie met ernstige deconditionering (14 dgn opname). Woont met echtgenote in [[PLAATS|Serooskerke]], [[ADRES|Noordstraat 21]]. Was voorheen zelfstandig, fietste, hielp nog bij de groenteteelt van zijn zoon.

Medisch: COPD GOLD 3, O2 afgebouwd, sat in rust 93% ka. Prednison afgebouwd. Gewicht stabiel. Nachtelijke onrust minder. Groen sputum afgelopen week, kweek neg, afwachten.
Fysio: 6MWT 210 m (was 120), loopt met rollator op de gang, vermoeid na 1 trap. Borg 5 bij inspanning.
Ergo: energiemanagement, dagstructuur. Douchen lukt zittend met supervisie.
Logo: slikken veilig, gewone consistentie.
Psych: stemming somber, rouw om verlies van vitaliteit, angst om te stikken 's nachts. Start 4 gesprekken.
EVV: dhr. vraagt veel naar huis. [[PERSOON|Lena]] komt dagelijks, is wel moe.

Conclusie: goede voortgang, doel thuis met wijkverpleging haalbaar.
Afspraken: huisbezoek ergo [[DATUM|18-4]], longverpleegkundige [[ORGANISATIE|Longzorg Walcheren]] inschakelen, beoogd ontslag [[DATUM|2 mei]].
Volgend MDO [[DATUM|29-04]].
verslag [[PERSOON|SdJ]]`,
  },
  {
    id: 'h3-c34',
    genre: 'mdo',
    setting: 'HA',
    author: 'auteur-h3c',
    knownNames: ['Mw. G. (Grietje) Sjoerdsma'],
    text: `MDO kwetsbare ouderen – [[ORGANISATIE|Huisartsenpraktijk De Maten]], [[PLAATS|Apeldoorn]], [[DATUM|10 oktober]]
aanwezig: huisarts [[PERSOON|R. Dijkstra]], POH-ouderen [[PERSOON|Wendy Kolk]], wijkvpk [[PERSOON|Hylke de Vries]] ([[ORGANISATIE|Wijkverpleging Zevenhuizen]]), casemanager [[PERSOON|Chantal Pattipeilohy]], SO drs. [[PERSOON|Amatdjais]] (consultatief)

Mw. [[PERSOON|Sjoerdsma]], [[LEEFTIJD|95]] jr, weduwe, woont zelfstandig in seniorenflat [[ADRES|Sprengenweg 12-31]], [[POSTCODE|7314 PA]] [[PLAATS|Apeldoorn]]. Oorspronkelijk uit [[PLAATS|Dokkum]]. Geen kinderen; neef [[PERSOON|Sietse Hoekstra]] ([[PLAATS|Leeuwarden]]) is wettelijk vertegenwoordiger (mentorschap sinds 2023).

Problemen
1. Vasculaire dementie, MMSE 17 ([[DATUM|juni]]). Vergeet medicatie ondanks baxter en medicijndispenser.
2. 3 valincidenten sinds zomer, 1x 8 uur op de grond gelegen (alarmknop niet om).
3. Eet onvoldoende; brood wordt gebracht door de bakker op di en vr, maar ligt deels oud in de kast. Gewicht 46 kg.
4. Eenzaamheid: zegt "ik wacht op de dood", wel vrolijk als er bezoek is. Geen depressie volgens casemanager.
5. Mw. weigert consequent verhuizing; "hier ga ik dood, net als [[PERSOON|Durk]]" (overleden echtgenoot).

Bespreking
Wilsbekwaamheid t.a.v. verhuizing twijfelachtig; SO doet beoordeling. Risico's zijn reëel, maar mw. accepteert ze. Neef wil haar wens respecteren zolang het verantwoord kan.

Afspraken
- SO [[PERSOON|Amatdjais]]: wilsbekwaamheidsbeoordeling + medicatiereview (saneren tot 3 middelen) vóór [[DATUM|1 november]]
- wijkvpk: medicatie 2x/dg laten toedienen, alarmhanger als armband (niet als ketting)
- casemanager: dagbesteding [[ORGANISATIE|De Kleine Sprong]] 2 dagen/wk proberen, maaltijdservice aanvragen
- huisarts: Wlz-aanvraag met neef bespreken, NR-beleid bevestigd ([[DATUM|10-10]])
- volgend MDO over 6 weken

notulist [[PERSOON|wk]]`,
  },
  {
    id: 'h3-c35',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h3c',
    text: `[[ORGANISATIE|Ziekenhuis De Dommel]]
Longgeneeskunde / medebehandeling Geriatrie
[[ADRES|Dommelboulevard 300]], [[POSTCODE|5623 EJ]] [[PLAATS|Eindhoven]]

[[PLAATS|Eindhoven]], [[DATUM|08-01-2025]]

Aan huisarts: [[PERSOON|L.W. Hurkmans]]
[[ORGANISATIE|Huisartsenpraktijk Zeelst]], [[ADRES|Burgemeester van Hoofflaan 96]], [[POSTCODE|5503 BV]] [[PLAATS|Veldhoven]]

Inzake: mw. [[PERSOON|M. Kamińska]], geb. [[DATUM|19-05-1943]], BSN [[BSN|301 278 969]], patiëntnummer [[ID|6103378]]
Verblijfadres: bij dochter, [[ADRES|De Run 1407]], [[POSTCODE|5504 DA]] [[PLAATS|Veldhoven]]
Opnameperiode: [[DATUM|29-12-2024]] – [[DATUM|08-01-2025]]

Geachte collega [[PERSOON|Hurkmans]],

Mevrouw [[PERSOON|Kamińska]], 81 jaar, werd opgenomen met een COPD-exacerbatie met respiratoir falen type 2 (pCO2 8,1 kPa), uitgelokt door influenza A.

Voorgeschiedenis: COPD GOLD 3/E, 45 pack years (gestopt 2019), osteoporose met wervelfracturen, angststoornis, 2021 staaroperatie bdz.

Beloop
NIV op de longafdeling gedurende 2 dagen, oseltamivir, prednisolon 40 mg 5 dgn, vernevelingen. Snel verbeterd. In de eerste nachten angstig en wat verward (Pools sprekend, dochter [[PERSOON|Katarzyna Kamińska-de Wit]] bleef op verzoek een nacht). Geen delier meer bij ontslag. Consult geriatrie (dr. [[PERSOON|A. Schellekens]]): matig kwetsbaar, valrisico, polyfarmacie; oxazepam vervangen door sertraline-ophoging.
Saturatie bij ontslag 91% zonder O2, inspanningsdesaturatie tot 86% – thuiszuurstof niet geïndiceerd, evaluatie na 6 wk.

Medicatie bij ontslag: tiotropium/olodaterol 2 puffs 1dd, salbutamol zn, sertraline 75 mg (was 50), alendroninezuur 70 mg 1x/wk, calcium/vit D, prednisolon gestopt, oxazepam gestopt (zn max 1x/wk toegestaan).

Beleid: poli longziekten [[DATUM|19 februari]] (dr. [[PERSOON|van der Heijden]]), longrevalidatie aangevraagd. Griep- en pneumokokkenvaccinatie graag via u bij herstel. NIV bij volgende exacerbatie akkoord, geen intubatie (wens patiënt, [[DATUM|31-12]] besproken).

Met vriendelijke groet,
[[PERSOON|J. Hendrikx-Bakker]], arts-assistent longziekten
dr. [[PERSOON|P.A. van der Heijden]], longarts`,
  },
  {
    id: 'h3-c36',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-h3c',
    text: `Verwijzing interne geneeskunde
[[ORGANISATIE|Huisartsenpraktijk Veldhuizen]], [[ADRES|Stadspoort 2]], [[POSTCODE|6712 AX]] [[PLAATS|Ede]]
[[TELEFOON|0318-695 410]] – [[EMAIL|praktijk@haveldhuizen.nl]]

Aan: poli interne, [[ORGANISATIE|Ziekenhuis Valleirand]], [[PLAATS|Ede]]
[[DATUM|25 maart 2025]]

Betreft: mw. [[PERSOON|S. Haile]] ([[PERSOON|Senait]]), geb. [[DATUM|01-01-1991]]
BSN [[BSN|113705700]]
[[ADRES|Sportlaan 88 K]], [[POSTCODE|6717 LH]] [[PLAATS|Ede]]

Geachte collega,

Graag uw beoordeling van deze 34-jarige vrouw, afkomstig uit Eritrea, sinds 2019 in Nederland (statushouder), met een microcytaire anemie die niet herstelt op oraal ijzer.

Klachten: moe, duizelig, hartkloppingen bij traplopen. Zware menstruaties sinds bevalling (2023). Eet geen varkensvlees, verder gevarieerd; veel thee bij maaltijden.
Lab [[DATUM|4-3]]: Hb 5,8, MCV 66, ferritine 6, Hb-elektroforese: geen afwijkingen (geen thalassemie), CRP <5. Coeliakie-serologie: tTG-IgA 98 (sterk verhoogd).
Na 3 mnd ferrofumaraat geen stijging.

Vraagstelling: coeliakie? Graag verdere analyse (gastroscopie/biopt) en advies ijzerinfuus. Gynaecologische evaluatie loopt via gynaecoloog dr. [[PERSOON|Rachidi]].

Mw. spreekt Tigrinya en wat Engels/Nederlands; tolk gewenst (Tolkcentrum via ons geregeld bij eerdere consulten). Partner dhr. [[PERSOON|Yonas Tesfay]], [[TELEFOON|06-84410275]].

Met vriendelijke groet,
[[PERSOON|K. van Ommeren]], huisarts
AGB [[ID|01091437]]`,
  },
];
