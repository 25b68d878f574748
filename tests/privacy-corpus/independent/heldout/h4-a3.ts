import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h4-a25',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h4a',
    knownNames: ['Dhr. S. (Sjoerd) Hoekstra'],
    text: `COPD-controle POH-S
S: dhr. voelt zich redelijk, wel meer benauwd bij fietsen tegen de wind in. 1 exacerbatie rond kerst (prednisolon via de huisartsenpost). Rookt nog 10 sig/dag: "minderen lukt wel, stoppen niet". Vrouw [[PERSOON|Anneke]] rookt ook. Spiriva Respimat 1dd 2 pufjes, salbutamol zn 3-4x/wk. 's Ochtends hoesten met wit slijm.
O: CCQ 2,1, MRC 2. Sat 93% ka. Inhalatietechniek Respimat redelijk, ademt niet uit vooraf. Spirometrie post-BD: FEV1 58% vd voorspelde waarde, FEV1/FVC 0,56 (vorig jaar 62%). Gewicht 71 kg, BMI 22.
E: COPD GOLD 2, ziektelast matig-hoog, actief roker. Lichte achteruitgang longfunctie.
P:
- stoppen met roken: motivatie 5/10, wil erover nadenken, samen met [[PERSOON|Anneke]]. Folder + [[URL|www.ikstopnu.nl]]
- inhalatie-instructie herhaald, nu goed
- griepprik en pneumokokken [[DATUM|18 oktober]]
- longaanval-actieplan bijgewerkt, hangt op de koelkast
- overleg dr. [[PERSOON|Sijbesma]] over toevoegen LABA
Terug over 3 mnd, eerder bij toename klachten.
[[PERSOON|Jolanda]], POH`,
  },
  {
    id: 'h4-a26',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h4a',
    knownNames: ['Mw. K. (Khadija) Ouaali-Bakkali'],
    text: `Nav waarneembericht [[ORGANISATIE|Huisartsenpost Utrecht-West]] (za [[DATUM|13/4]])
S: TC met mw. en zoon [[PERSOON|Bilal]], die tolkt. Op de post gezien ivm drukkende pijn op de borst in rust, daar ECG zonder ischemie, na nitrospray niet duidelijk beter -> ingestuurd. SEH [[ORGANISATIE|Ziekenhuis Lekdal]]: troponine 2x neg, D-dimeer neg, ontslagen met "thoracale pijn e.c.i., vermoedelijk musculoskeletaal". Nu nog pijn li onder de borst bij bukken en draaien, drukpijnlijk. Geen klachten bij traplopen of boodschappen. Ongerust omdat haar broer op zijn 60e in Marokko aan "het hart" is overleden.
O: telefonisch, n.v.t.
E: thoracale pijn, cardiaal acuut uitgesloten, waarschijnlijk musculoskeletaal (L04).
P: paracetamol 1 g max 3dd, uitleg. Consult over 1 wk bij dr. [[PERSOON|van Zanten]] voor LO en CVRM (RR, lipiden, glucose), ook ivm familieanamnese. Bij pijn in rust > 15 min, uitstraling of zweten: 112 bellen. [[PERSOON|Bilal]] schrijft het op voor zijn moeder.
/[[PERSOON|SvB]]`,
  },
  {
    id: 'h4-a27',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-h4a',
    text: `Verwijzing KNO — [[ORGANISATIE|Ziekenhuis De Heuvelrug]], [[PLAATS|Zeist]]
Verzonden via ZorgDomein op [[DATUM|2024-05-08]]

Patiënt: [[PERSOON|Yasmina El Idrissi]], meisje, geb. [[DATUM|2018-03-27]]
Ouders: [[PERSOON|Hamid El Idrissi]] en [[PERSOON|Saida Ammari]]
Adres: [[ADRES|Beukbergenlaan 47-a]], [[POSTCODE|3707 XE]] [[PLAATS|Zeist]]
Tel. ouders: [[TELEFOON|+31 6 2847 1190]]
BSN: [[BSN|991929998]]

Geachte collega,

Graag verwijs ik [[PERSOON|Yasmina]] (6 jaar) naar u in verband met recidiverende tonsillitis. Het afgelopen jaar 7 episodes met koorts en keelpijn, waarvan 4 met antibiotica behandeld (feneticilline, 1x amoxicilline). Ze mist hierdoor veel school, moeder schat 3 weken. Daarnaast snurkt ze fors en ziet moeder ademstops 's nachts; moeder heeft een filmpje gemaakt dat ze kan laten zien. Overdag moe, onrustig in de klas volgens de juf.

Bij onderzoek vandaag: tonsillen graad 3, niet ontstoken, cervicale klieren bdz licht vergroot, oren: trommelvliezen rustig. Groei volgens de curve (P50).
Voorgeschiedenis: geen bijzonderheden, vaccinaties volgens RVP. Geen medicatie. Allergie: geen.

Vraag: beoordeling voor (adeno)tonsillectomie.

Ouders spreken Nederlands, vader werkt overdag, moeder is het best bereikbaar.

Met vriendelijke groet,

[[PERSOON|L.M. Schoonhoven]], huisarts
[[ORGANISATIE|Huisartsen Zeist-Oost]]
AGB [[ID|01099120]] · [[TELEFOON|030-6953018]]`,
  },
  {
    id: 'h4-a28',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-h4a',
    text: `SPOED – telefonisch overlegd met dienstdoend psychiater, brief volgt hierbij
Aan: [[ORGANISATIE|GGZ Veluwestroom]], team ouderenpsychiatrie, [[PLAATS|Apeldoorn]]
t.a.v. mw. drs. [[PERSOON|I. Vrieling]]

Betreft: dhr. [[PERSOON|Berend Kamphuis]], geb. [[DATUM|1-2-1935]] (89 jr)
[[ADRES|Zuppeldseweg 4]], [[POSTCODE|8181 LT]] [[PLAATS|Heerde]]
BSN [[BSN|650007645]], tel. [[TELEFOON|0578-691742]]

Geachte mevrouw [[PERSOON|Vrieling]],

Zoals vanmiddag telefonisch besproken verwijs ik dhr. [[PERSOON|Kamphuis]], een 89-jarige weduwnaar, met een ernstige depressie. Zijn vrouw [[PERSOON|Aleida]] is op [[DATUM|14 januari 2023]] overleden. Sindsdien trekt hij zich terug, eet nauwelijks (8 kg afgevallen in 3 mnd), slaapt slecht en verzorgt zichzelf niet meer. Hij zegt dat hij "er klaar mee is" en vertelde bij het huisbezoek vandaag dat hij "het geweer van vroeger nog op zolder heeft" (was jager). Geen concreet plan of datum, wel uitzichtloosheid. Hij weigert opname, wil wel met u praten.
Zoon [[PERSOON|Jan-Willem Kamphuis]] ([[TELEFOON|06-30551827]]) heeft het geweer vanavond meegenomen en blijft vannacht bij hem.

Verder: geen psychiatrische voorgeschiedenis, wel licht cognitieve klachten (MMSE [[DATUM|11-3]]: 26/30). Lichamelijk: hypertensie, prostaathypertrofie, slechthorend. Lab vandaag afgenomen, uitslag volgt.
Medicatie: amlodipine 5 mg, tamsulosine 0,4 mg, sinds 2 wkn sertraline 50 mg (door mij gestart).

Vraag: beoordeling op korte termijn (crisisbeoordeling thuis?), diagnostiek en behandeladvies.

Met collegiale groet,
[[PERSOON|W. Hazeveld]], huisarts
[[ORGANISATIE|Huisartsenpraktijk Heerde-Noord]], [[TELEFOON|0578-693300]] (spoedlijn: [[TELEFOON|0578-693309]])`,
  },
  {
    id: 'h4-a30',
    genre: 'email',
    setting: 'HA',
    author: 'auteur-h4a',
    text: `Aan: [[EMAIL|team@hadeslinge.nl]]
Onderwerp: wijziging dagen poh-ggz + paar patiënten

hoi allen,

vanaf [[DATUM|1-9]] werk ik op di en do ipv ma en wo. Mijn agenda staat al goed in het HIS, alleen de terugkerende afspraken moeten nog om. Kunnen jullie deze mensen bellen?
- dhr. [[PERSOON|Kuipers]] (ma 9:00) -> liefst di ochtend
- mw. [[PERSOON|A. Nowak]] (wo 14:30) -> do middag, zij werkt op di. Let op: altijd bellen op haar mobiel, niet vast nummer (partner)!
- [[PERSOON|Sem van Dongen]] (17, ma 16:00) -> do na school, moeder wil er graag bij zijn bij het eerste gesprek

Mw. [[PERSOON|Ramautar]] heeft afgezegd en wil voorlopig niet meer komen, dat heb ik met [[PERSOON|karin]] besproken, zij belt haar nog na.

En: iemand die weet waar de nieuwe GAD-7 formulieren liggen? [[PERSOON|bas]] zei in de keuken naast de printer maar daar liggen alleen de oude PHQ's.

groetjes, [[PERSOON|dewi]]

[[PERSOON|Dewi Kartosen]] | POH-GGZ
[[ORGANISATIE|Huisartsenpraktijk De Slinge]], [[ADRES|Tuinderslaan 2-4]], [[POSTCODE|3992 dv]] [[PLAATS|Houten]]
[[TELEFOON|030 - 637 44 10]] toestel [[ID|305]]`,
  },
  {
    id: 'h4-a31',
    genre: 'rapportage',
    setting: 'HA',
    author: 'auteur-h4a',
    knownNames: ['Mw. R. (Rosa) Statia'],
    text: `[[DATUM|12-06]] 09:12 TC dochter [[PERSOON|Glenda]]: mw. sinds gisteravond verward, herkende haar eerst niet, plast vaak. Gisteren nog helder. Drinkt weinig door de warmte. Visite aangevraagd. /[[PERSOON|ak]] (assistente)
[[DATUM|12-06]] 11:30 Visite. [[LEEFTIJD|92]]-jarige vrouw, onrustig, wisselend alert, plukt aan de deken. T 38,1. RR 105/60, p 98. Droge slijmvliezen. Urinestick nitriet +, leuco +++. Geen focale neurologie. E: delier bij UWI en dehydratie. P: nitrofurantoïne 100 mg 2dd 5 dgn, kweek ingezet, drinken stimuleren (lijst), haloperidol 0,5 mg zn bij ernstige onrust. Wijkverpleging 3x daags, dochter slaapt vannacht bij haar. Uitleg delier aan [[PERSOON|Glenda]] en kleinzoon [[PERSOON|Jairo]]. /[[PERSOON|HvD]]
[[DATUM|13-06]] 16:40 TC wijkvpk [[PERSOON|Priya Ramdas]] ([[ORGANISATIE|Thuiszorg Lelystad-Zuid]]): iets rustiger, drinkt 1 L, nacht onrustig geweest, haloperidol 1x gegeven om 02:00. /[[PERSOON|ak]]
[[DATUM|14-06]] Uitslag urinekweek: E. coli, gevoelig voor nitrofurantoïne. Beleid continueren. [[PERSOON|Glenda]] gebeld, goed nieuws: mw. vroeg vanmorgen weer om haar koffie "zoals op Curaçao", ze wordt weer zichzelf. Controle visite [[DATUM|17 juni]]. /[[PERSOON|HvD]]`,
  },
  {
    id: 'h4-a32',
    genre: 'rapportage',
    setting: 'wijk',
    author: 'auteur-h4a',
    knownNames: ['Mw. L. (Lies) Tan-Pattiasina'],
    text: `Huisbezoek POH-ouderen na ontslag ziekenhuis
Datum: ma [[DATUM|9 september]]
Adres: [[ADRES|Hoofdstraat 102 A]], [[POSTCODE|8162 ak]] [[PLAATS|Epe]]

Mw. [[PERSOON|Tan]] ([[LEEFTIJD|98]]) is op [[DATUM|5-9]] ontslagen uit [[ORGANISATIE|Ziekenhuis Veluwepoort]] na opname van 6 dagen met decompensatio cordis. Aanwezig bij het bezoek: zoon en mantelzorger [[PERSOON|Ronald Tan]] en kleindochter [[PERSOON|Maya]].
Mw. zit in haar stoel, oogt moe maar is helder en vertelt uitgebreid over haar jeugd op Ambon en de aankomst in het kamp in [[PLAATS|Vught]] in 1951. Benauwdheid minder dan voor opname, slaapt met 2 kussens. Enkels nog wat dik.
Gewicht vandaag 51,4 kg (ontslaggewicht 51,0). Sat 95%. Pols 76 reg.
Medicatie na ontslag doorgenomen met [[PERSOON|Ronald]]: furosemide verhoogd naar 80 mg, spironolacton 25 mg nieuw, bisoprolol ongewijzigd. Baxter nog niet aangepast -> [[ORGANISATIE|Apotheek De Eper Hof]] gebeld, wordt vanmiddag geregeld.
Afspraken:
- dagelijks wegen, [[PERSOON|Ronald]] noteert in het boekje; bij > 1 kg per dag of 2 kg in 3 dagen: praktijk bellen
- wijkverpleging ([[ORGANISATIE|Zorgbrug Veluwe]]) 1x daags voor steunkousen + controle
- mw. wil niet opnieuw naar het ziekenhuis: "ik ben [[LEEFTIJD|98]], het is goed zo". Gesprek over behandelwensen plannen met huisarts [[PERSOON|Nijhof]], [[PERSOON|Ronald]] en zus [[PERSOON|Wilhelmina (Mien) Lakerveld-Tan]] uit [[PLAATS|Capelle aan den IJssel]] willen daarbij zijn.
Volgend bezoek over 2 weken.
[[PERSOON|Gonny Elshof]], POH-ouderen`,
  },
  {
    id: 'h4-a33',
    genre: 'overdracht',
    setting: 'HA',
    author: 'auteur-h4a',
    text: `Overdracht huisartsenpost — [[ORGANISATIE|HAP Noordoostpolder]], [[PLAATS|Emmeloord]]
Van: [[PERSOON|M. Bakker-Kroes]], huisarts [[ORGANISATIE|Praktijk De Deel]], vr [[DATUM|8 maart]] 16:55

Patiënt: dhr. [[PERSOON|Dawid Zieliński]], geb. [[DATUM|11-10-1989]], BSN [[BSN|506332433]]
Verblijfadres: [[ADRES|Espelerweg 21 k3]], [[POSTCODE|8316 PV]] [[PLAATS|Marknesse]] (huisvesting werkgever)
Mobiel: [[TELEFOON|+48 512 340 771]] / NL [[TELEFOON|06-87315520]]

Reden: vandaag consult met suïcidale gedachten na relatiebreuk en ontslag, veel alcohol (1 fles wodka/dag laatste week). Geen concreet plan, wel "wil naar huis maar heb niks meer daar". Crisisdienst [[ORGANISATIE|GGZ Flevoduin]] heeft hem vanmiddag gezien (dienstdoend psychiater dr. [[PERSOON|Okafor]]): geen indicatie voor opname, vervolgafspraak ma [[DATUM|11-3]] 10:00.
Afspraken: vriend en collega [[PERSOON|Tomasz]] blijft dit weekend bij hem. Bij acute verslechtering: crisisdienst direct bellen, [[TELEFOON|0527-250900]].
Let op: mogelijk onttrekkingsverschijnselen, oxazepam 10 mg max 3dd voorgeschreven (12 tabl.).
Spreekt Pools en redelijk Engels, weinig Nederlands.`,
  },
  {
    id: 'h4-a34',
    genre: 'overdracht',
    setting: 'HA',
    author: 'auteur-h4a',
    text: `WAARNEEMBERICHT [[ORGANISATIE|Huisartsenpost Nijmegen-Waalstad]]
Aan: eigen huisarts [[PERSOON|Hermans, P.J.]], [[ORGANISATIE|Huisartsenpraktijk Lindenholt]]
Contact: visite, zo [[DATUM|19-01]] 03:40 | triage [[PERSOON|MvL]] (U2) | arts [[PERSOON|J. Peeters]]

Patiënt: mw. [[PERSOON|J.M. Willems-Janssen]], geb. [[DATUM|04-12-1933]] ([[LEEFTIJD|90]] jr)
[[ADRES|Hatertseweg 540-B]], [[POSTCODE|6535 ZT]] [[PLAATS|Nijmegen]]

S: alarmopvolging belt: mw. gevallen in de gang op weg naar toilet, hoofd gestoten tegen deurpost. Niet bewusteloos volgens mw. Geen hoofdpijn, niet misselijk. Gebruikt apixaban.
O: alert, EMV 15, pupillen isocoor, geen focale uitval. Scalpwond occipitaal 2,5 cm, gehecht (3 hechtingen). Heupen en polsen vrij. RR 134/78.
E: val, hoofdletsel bij anticoagulantia, klinisch geen aanwijzing voor intracraniële bloeding. Overlegd met mw. en dochter (telefonisch, [[PERSOON|Marian Willems]]): geen CT gewenst, mw. wil thuis blijven.
P: wekadvies voor de komende 24 uur besproken, dochter komt om 07:00. Hechtingen eruit over 7-10 dagen. Graag valanalyse door eigen huisarts/POH, vaker nachtelijke toiletgang, mogelijk nachtlampje/postoel.
Gezien in aanwezigheid van buurman dhr. [[PERSOON|Gijsbers]].
[[PERSOON|J. Peeters]], waarnemend huisarts`,
  },
  {
    id: 'h4-a35',
    genre: 'mdo',
    setting: 'wijk',
    author: 'auteur-h4a',
    text: `MDO ouderenzorg [[PLAATS|Wijk bij Duurstede]] / [[PLAATS|Cothen]]
di [[DATUM|14 mei]], [[ORGANISATIE|Huisartsenpraktijk De Markt]]
Aanwezig: huisarts [[PERSOON|R. Bouwman]] (vz), POH-ouderen [[PERSOON|Marieke]], wijkverpleegkundige [[PERSOON|Gülsüm Yavuz]] ([[ORGANISATIE|Thuiszorg Kromme Rijn]]), SO dr. [[PERSOON|L. Pluijmen]], ergotherapeut [[PERSOON|Hans]], casemanager dementie [[PERSOON|Petra Bakker]]
Notulist: [[PERSOON|Marieke]]

Mw. [[PERSOON|H. Claessens-Vroemen]] ([[LEEFTIJD|90]])
- loopt slechter, 2x gevallen in april, valangst
- ergo: douchestoel, verhoogd toilet, drempels weg. [[PERSOON|Hans]] gaat [[DATUM|22-5]] langs.
- SO: medicatiereview, zij gebruikt 11 middelen!
- mw. wil naar [[ORGANISATIE|De Stichtse Hof]] "als het moet", dochter [[PERSOON|Ans]] regelt inschrijving
Dhr. [[PERSOON|M. Çelik]] (83)
- vasculaire dementie, echtgenote kan het niet meer aan, huilt bij elk bezoek
- casemanager: logeren 1 wk per maand in [[ORGANISATIE|Logeerhuis De Lek]]; Wlz-aanvraag loopt
- zoon [[PERSOON|Emre]] is tolk, soms ook [[PERSOON|Emre]]s vrouw [[PERSOON|Merve]]
Dhr. [[PERSOON|W. van Schaik]] (86), [[ADRES|Langshaven 31]]
- COPD, alleen, zorgmijdend, alleen [[PERSOON|Gülsüm]] komt binnen
- huisarts plant visite samen met [[PERSOON|Gülsüm]], zo mogelijk ACP-gesprek

Actiepunten: zie boven. Volgende keer: [[DATUM|11 juni]].
-- [[PERSOON|mk]]`,
  },
  {
    id: 'h4-a36',
    genre: 'mdo',
    setting: 'wijk',
    author: 'auteur-h4a',
    text: `PaTz-overleg [[PLAATS|Zutphen]] [[PLAATS|Zuidwijken]]
Datum: [[DATUM|27 februari]], 12:30-13:30
Locatie: [[ORGANISATIE|Gezondheidscentrum De Mars]]
Aanwezig: [[PERSOON|AvdV]] (huisarts), [[PERSOON|GtW]] (huisarts), [[PERSOON|Sylvia Hoogland]] (wijkvpk, [[ORGANISATIE|Zorgcirkel Achterhoek-IJssel]]), [[PERSOON|Roy]] (wijkvpk, idem), dr. [[PERSOON|M. Adjei]] (consulent palliatieve zorg), [[PERSOON|Hilde]] (coördinator [[ORGANISATIE|Hospice Het Kruiswerk]])

Palliatief register — besproken:

1. Dhr. [[PERSOON|A. Mulder]] (77), longcarcinoom
Toenemend benauwd, morfine 10 mg 2dd retard. Wil thuis sterven, echtgenote [[PERSOON|Riek]] twijfelt of ze het aankan. Hospice besproken, [[PERSOON|Hilde]] houdt bed-beschikbaarheid in de gaten.
Actie: [[PERSOON|AvdV]] ACP-gesprek met beiden, vpk [[PERSOON|Sylvia]] start 2x daags.

2. Mw. [[PERSOON|N. Yılmaz]] (64), ALS
Communicatie via spraakcomputer. Familie wil alles thuis, zeer betrokken. Vraag over PEG-sonde: mw. wil dit niet. Consulent adviseert tijdig gesprek over palliatieve sedatie. Dochter [[PERSOON|Zeynep]] vraagt om schriftelijke informatie in het Turks.
Actie: [[PERSOON|GtW]]; consulent stuurt materiaal.

3. Dhr. [[PERSOON|E. Rosalia]] (71), hartfalen eindstadium
Opname [[ORGANISATIE|Ziekenhuis Oude IJssel]] [[DATUM|2-2]] t/m [[DATUM|9-2]]. ICD nog aan, wil dat uit laten zetten. Broer [[PERSOON|Elvis]] uit [[PLAATS|Rotterdam]] komt vaak.
Actie: [[PERSOON|GtW]] overlegt met cardioloog over deactivatie ICD; [[PERSOON|Roy]] bespreekt wensen.

Nieuw op het register: mw. [[PERSOON|de Graaf]] ([[LEEFTIJD|99]]), [[ADRES|Berkelsingel 8-2]]. Volgende PaTz [[DATUM|26 maart]].
Verslag: [[PERSOON|Sylvia]]`,
  },
];
