import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd2-e01',
    genre: 'mdo',
    setting: 'ZKH',
    author: 'auteur-d2',
    knownNames: ['Mw. J.M. Koopmans-van Dalen'],
    text: `Verslag MDO Geriatrische Dagkliniek – [[ORGANISATIE|Ziekenhuis De Wielewaal]]
Datum: [[DATUM|21-02-2024]]
Patiënt: mw. [[PERSOON|J.M. Koopmans-van Dalen]] ([[PERSOON|Jo]]), 88 jaar, patiëntnummer [[ID|4409187]]
Verwezen door: huisarts [[PERSOON|P. Scholten]], [[ORGANISATIE|Huisartsenpraktijk Het Kerkplein]], [[PLAATS|Scherpenzeel]]

Deelnemers MDO
klinisch geriater dr. [[PERSOON|C.M. Pronk]] (vz), verpleegkundig specialist [[PERSOON|Hanna Tuinstra]], fysiotherapeut [[PERSOON|Daan Ooms]], ergotherapeut [[PERSOON|Miriam]], diëtist [[PERSOON|Laila Benhaddou]], neuropsycholoog drs. [[PERSOON|F. van Heerde]], maatschappelijk werker [[PERSOON|Gert-Jan]], ziekenhuisapotheker [[PERSOON|T. Ensing]].
Bij het uitslaggesprek aansluitend: patiënte, echtgenoot dhr. [[PERSOON|K. Koopmans]] ([[PERSOON|Karel]], [[LEEFTIJD|92]]) en dochter [[PERSOON|Ineke]].

Hulpvraag
Mw. is sinds de zomer 4x gevallen, de laatste keer op [[DATUM|2 februari]] in de keuken. Daarnaast merkt haar man dat ze dingen vergeet (pannen op het vuur, afspraken). Huisarts vraagt: waarom valt ze, is er sprake van dementie, en kan het echtpaar thuis blijven wonen?

Somatiek (VS)
Orthostatische hypotensie: RR liggend 158/84, na 3 min staan 118/70 met duizeligheid. Lichte anemie (Hb 7,0), ferritine laag; vitamine D 28 nmol/l. Urge-incontinentie, 's nachts 3x naar het toilet, mogelijk bijdragend aan de valpartijen. Gehoor matig, hoortoestellen worden thuis "bewaard in het laatje". Visus: leesbril, staar li, oogarts [[PERSOON|Dekkers]] volgt.

Mobiliteit (fysio)
Timed Up and Go 19 sec, Tinetti 17/28: verhoogd valrisico. Loopt zonder hulpmiddel, maar houdt zich vast aan meubels. Kracht benen matig, vooral bij opstaan uit een lage stoel. Angst om te vallen (FES-I 32).

Dagelijks functioneren (ergo)
Huisbezoek [[DATUM|14/2]] aan de [[ADRES|Dorpsstraat 114]], [[POSTCODE|3925 JD]] [[PLAATS|Scherpenzeel]]: bungalow, geen trap, maar losse kleden, een drempel naar de badkamer en een laag bed. Mw. doet zelf nog de was en het koken; het koken gaat volgens haar man "steeds rommeliger". Boodschappen doet dhr. met de scootmobiel.

Cognitie (neuropsycholoog)
MoCA 21/30. Neuropsychologisch onderzoek: vooral vertraagde informatieverwerking en problemen met plannen en schakelen; het geheugen is relatief gespaard. Oriëntatie goed. Beeld past bij een vasculaire cognitieve stoornis, op dit moment nog zonder duidelijke beperkingen in het dagelijks leven door de steun van haar man: dus nog geen dementie. MRI (op [[DATUM|7-2-2024]]): wittestofafwijkingen Fazekas 2, geen infarcten. Stemming: GDS-15 score 6, lichte somberheid, "ik ben niet meer wie ik was".

Voeding (diëtist)
Gewicht 56 kg, 4 kg verlies in een half jaar, SNAQ 3. Eet 's avonds warm, verder vooral beschuit en thee. Eiwitinname te laag. Advies: eiwitrijke tussendoortjes, zuivel 3x per dag, maaltijdservice proberen ([[ORGANISATIE|Tafeltje Dekje Scherpenzeel]]) als het koken niet meer lukt.

Medicatie (apotheker)
9 middelen. STOPP/START: oxazepam 10 mg a.n. (valrisico) afbouwen; hydrochloorthiazide stoppen vanwege orthostase en hyponatriëmie (Na 132); tolterodine stoppen (anticholinerg, cognitie), blaastraining in plaats daarvan; start ijzer en vitamine D. Medicatierol via eigen apotheek ([[ORGANISATIE|Apotheek Scherpenzeel]]).

Sociaal (maatschappelijk werk)
Echtpaar is 64 jaar getrouwd. Dhr. is op zijn [[LEEFTIJD|92]]e nog opvallend vitaal, maar heeft zelf hartfalen en valt 's middags in slaap. Dochter [[PERSOON|Ineke]] woont in [[PLAATS|Woudenberg]] en komt 2x per week, zoon [[PERSOON|Ruud]] woont in Canada. Nog geen thuiszorg. Beiden willen thuis blijven wonen. [[PERSOON|Gert-Jan]] ziet wel een kwetsbaar evenwicht: als dhr. uitvalt, valt het systeem om.

Conclusie
1. Multifactorieel valrisico: orthostatische hypotensie (medicatie), nycturie, spierzwakte, visus, angst om te vallen.
2. Vasculaire cognitieve stoornis zonder dementie.
3. Ondervoeding in ontwikkeling, lichte ijzergebreksanemie.
4. Mantelzorg kwetsbaar door leeftijd en gezondheid echtgenoot.

Advies
- medicatieaanpassing als boven, via huisarts ([[PERSOON|CMP]])
- fysiotherapie thuis 2x per week, valpreventieprogramma; aanmelding bij [[ORGANISATIE|Fysiotherapie Scherpenzeel]] ([[PERSOON|DO]])
- huisaanpassingen: kleden weg, drempelhulp, bedverhoger, alarmering ([[PERSOON|Miriam]])
- dieetadvies en maaltijdservice ([[PERSOON|LB]])
- casemanager / praktijkondersteuner ouderenzorg voor het echtpaar, verwijzing via huisarts
- hoortoestellen weer gebruiken, controle audicien
- over 6 maanden controle op de dagkliniek, eerder bij verslechtering

Uitslaggesprek
Mw. was opgelucht dat het "geen Alzheimer" is. Dhr. vroeg of hij zelf ook "zo'n onderzoek" kon krijgen. [[PERSOON|Ineke]] is blij met de adviezen, maakt zich zorgen over haar vader en vraagt om hulp bij de aanvraag van huishoudelijke hulp; [[PERSOON|Gert-Jan]] geeft haar het nummer van het Wmo-loket van de gemeente [[PLAATS|Scherpenzeel]]. Contactnummer dochter: [[TELEFOON|06-52203918]].
Brief naar huisarts [[PERSOON|Scholten]] volgt.
/[[PERSOON|HT]], VS geriatrie`,
  },
  {
    id: 'd2-e02',
    genre: 'mdo',
    setting: 'GGZ',
    author: 'auteur-d2',
    knownNames: ['L. (Lotte) Vermaat'],
    text: `MDO Eetstoornissen Jeugd – [[ORGANISATIE|GGZ Lindeveld]], team Jeugd [[PLAATS|Apeldoorn]]
[[DATUM|09-01-2024]]

Jeugdige: [[PERSOON|Lotte Vermaat]], 16 jaar, dossiernr. [[ID|8812093]]
Aanwezig: kinder- en jeugdpsychiater dr. [[PERSOON|Kleinjan]], regiebehandelaar / GZ-psycholoog [[PERSOON|Sophie Hartman]], diëtist [[PERSOON|Eline]], gezinstherapeut [[PERSOON|Marc Verhoef]], kinderarts dr. [[PERSOON|Visscher]] (telefonisch), ouders [[PERSOON|Martine]] en [[PERSOON|Erik Vermaat]]. Mentor van school ([[ORGANISATIE|Stedelijk Lyceum De Horst]]), dhr. [[PERSOON|Bouwman]], heeft schriftelijk input gegeven.

Somatisch
Gewicht vandaag 44,1 kg bij 1,68 m (BMI 15,6), in 4 weken 0,6 kg aangekomen. Hartslag in rust 48, RR 96/58, temp 35,9. Lab [[DATUM|4/1]]: fosfaat, kalium en glucose normaal. Kinderarts: klinische opname bij hartslag onder 45, BMI onder 15 of syncope. Menstruatie sinds september weg.

Behandeling
Gezinsbehandeling (FBT) fase 1: ouders hebben de maaltijden overgenomen. [[PERSOON|Martine]] vertelt dat het avondeten "elke avond oorlog" is; [[PERSOON|Lotte]] huilt, schuift eten weg, maar eet uiteindelijk wel 70-80%. [[PERSOON|Erik]] werkt veel en is er vaak niet bij het avondeten. Gezinstherapeut [[PERSOON|Marc]]: ouders moeten als één front optreden, afspraak dat [[PERSOON|Erik]] 4 avonden thuis eet. Zusje [[PERSOON|Noor]] (12) trekt zich terug op haar kamer; zij krijgt een eigen gesprek.

School
Mentor: [[PERSOON|Lotte]] zit in 5 vwo, cijfers hoog, zeer perfectionistisch, huilde onlangs om een 7,4. Gym is gestopt op advies. Lunch op school wordt onder toezicht van de mentor gegeten, in zijn lokaal.

Visie [[PERSOON|Lotte]]
"Ik wil niet naar een kliniek." Ze wil weer hockeyen bij [[ORGANISATIE|HC Orderbos]]. Afgesproken: hockey pas bij een stabiel gewicht boven 47 kg en hartslag boven 50, eerst alleen de trainingen.

Besluit
- ambulante behandeling voortzetten, wekelijks wegen op de poli ([[PERSOON|SH]])
- doel: +0,5 kg per week; zonder gewichtstoename vóór [[DATUM|6 februari]] overstap naar dagbehandeling [[ORGANISATIE|Centrum Eetstoornissen Het Palet]]
- dieetplan 6 eetmomenten, nieuwe versie naar ouders ([[PERSOON|Eline]])
- ECG en lab over 2 weken via de kinderarts
- crisisafspraken bij flauwvallen of weigeren van vocht: direct SEH; bij vragen buiten kantoortijd het crisisnummer [[TELEFOON|055-5261900]]`,
  },
  {
    id: 'd2-e03',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-d2',
    knownNames: ['Mw. S. (Sjoukje) Bouma-Visser'],
    text: `MDO PG – [[ORGANISATIE|Zorgcentrum De Meerstinzen]], afd. [[ORGANISATIE|De Boomgaard]]
[[DATUM|13-03-2024]]
Bewoner: mw. [[PERSOON|S. Bouma-Visser]] ([[PERSOON|Sjoukje]]), [[LEEFTIJD|94]] jr, app. 12

Aanwezig: SO [[PERSOON|R. Rovers]] ([[PERSOON|RRov]]), psycholoog [[PERSOON|K. Zoetelief]] ([[PERSOON|KZoe]]), EVV [[PERSOON|Tjitske Zoet]] ([[PERSOON|TZ]]), activiteitenbegeleider [[PERSOON|Anke]], zoon [[PERSOON|Folkert Bouma]].

Probleem: roepgedrag, vooral tussen 15 en 20 uur ("zuster! zuster!"), ook als er iemand naast haar zit. Medebewoners klagen, een medebewoner werd boos en sloeg met de stok op tafel.
Psycholoog: observaties (5 dagen): roepen neemt toe bij drukte en in de lege huiskamer na het eten; minder bij 1-op-1 contact en bij muziek. Pijn? PAINAD 2-3. Mogelijke oorzaak: angst, eenzaamheid, slecht zien (maculadegeneratie), hoort slecht li.
SO: obstipatie uitgesloten, geen UWI (stick [[DATUM|8/3]] neg). Paracetamol vast proberen 2 weken, geen psychofarmaca.
Zoon: moeder was vroeger onderwijzeres in [[PLAATS|Sneek]] en heeft "altijd mensen om zich heen gehad". Hij brengt cd's met psalmen en Friese volksliedjes.
Activiteiten: in de namiddag een taakje (sokken vouwen, aardappels schillen), aan de kleine tafel bij het raam.

Afspraken
| wat | wie | wanneer |
| paracetamol 3dd 1000 mg vast, evaluatie | [[PERSOON|RRov]] | [[DATUM|27/3]] |
| gedragsbeschrijving en omgangsadvies in zorgplan | [[PERSOON|KZoe]] | [[DATUM|20-3]] |
| namiddagprogramma + muziek | [[PERSOON|Anke]] / [[PERSOON|TZ]] | per direct |
| hoorapparaat li laten nakijken | [[PERSOON|TZ]] / zoon | z.s.m. |
Evaluatie over 4 weken.`,
  },
  {
    id: 'd2-e04',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d2',
    knownNames: ['M. (Melissa) Jansen'],
    text: `Begeleidingsrapportage – [[PERSOON|Melissa Jansen]], [[ORGANISATIE|Zorgboerderij De Klaver]], [[PLAATS|Putten]]

ma [[DATUM|11 maart]]
[[PERSOON|Melissa]] heeft vanochtend met boer [[PERSOON|Gijs]] de kalveren de fles gegeven. Ze is daar echt goed in, praat zachtjes tegen de dieren. Middag: eieren geraapt en in doosjes gedaan voor de winkel, zelf geteld tot 60. Ze vertelde trots dat [[PERSOON|Rick]] zaterdag komt. /[[PERSOON|Wendy]]

wo [[DATUM|13-03]]
Gesprek op haar verzoek. [[PERSOON|Melissa]] wil samenwonen met [[PERSOON|Rick]], "net als mijn zus". Besproken wat daarvoor nodig is (zelf koken, geld, wie helpt er) en dat [[PERSOON|Rick]] in [[PLAATS|Nijkerk]] woont en daar werk heeft. Ze was even teleurgesteld maar wil "eerst oefenen met een weekend". Moeder ([[PERSOON|Yvonne Jansen]]) belde 's avonds, vindt het allemaal te snel gaan. Afgesproken dat we het in het eerstvolgende ouder-gesprek bespreken, met gedragsdeskundige [[PERSOON|Anouk]]. /[[PERSOON|Wendy]]

vr [[DATUM|15-03]]
Ruzie met medebewoner [[PERSOON|Lars]] over de afwas. [[PERSOON|Melissa]] schreeuwde en gooide een theedoek. Samen afgekoeld in de moestuin, daarna heeft ze zelf sorry gezegd. Ze gaf aan moe te zijn en slecht te slapen door "de kriebels in mijn buik over [[PERSOON|Rick]]". - [[PERSOON|Joost]]

za [[DATUM|16/3]]
[[PERSOON|Rick]] op bezoek van 11.00 tot 17.00. Samen met de bus naar [[PLAATS|Harderwijk]] geweest, ijsje gegeten op de boulevard. Op tijd terug, [[PERSOON|Rick]] is met de bus van 17.12 naar huis. [[PERSOON|Melissa]] was blij en rustig. Zijn begeleider ([[PERSOON|Ilse Hoogland]], [[ORGANISATIE|De Akkerwinde]]) gemaild dat alles goed is verlopen. /[[PERSOON|Wendy]]`,
  },
  {
    id: 'd2-e05',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d2',
    knownNames: ['Dhr. R. (Roy) Pattipeilohy'],
    text: `Rapportage ambulante begeleiding LVB – dhr. [[PERSOON|R. Pattipeilohy]] ([[PERSOON|Roy]]), [[PLAATS|Deventer]]

[[DATUM|4-6-2024]] – huisbezoek [[ADRES|Rembrandtkade 18-2]]
Post doorgenomen met [[PERSOON|Roy]], stapel van ongeveer 3 weken. Daarin: aanmaning CJIB (verkeersboete, € 129), brief Belastingdienst over terugbetalen zorgtoeslag, brief van [[ORGANISATIE|Woonstichting Thuisbaten]] over huurverhoging per [[DATUM|1 juli]], en een jaarafrekening van de energieleverancier (klantnummer [[ID|5019938274]]) met € 412 bijbetalen. [[PERSOON|Roy]] werd er stil van, zei "ik maak die envelop gewoon niet open".
Samen een overzicht gemaakt. Met zijn toestemming aanmelding gedaan bij [[ORGANISATIE|Schuldhulpmaatje Deventer]]; budgetcoach [[PERSOON|Hans]] neemt contact op. DigiD-code was hij kwijt, opnieuw aangevraagd.

[[DATUM|6-6-2024]] – telefonisch
Leidinggevende [[PERSOON|Sandra]] van [[ORGANISATIE|Schoonmaakbedrijf Helder & Co]] belde (met toestemming van [[PERSOON|Roy]] staat zij in het netwerkoverzicht). [[PERSOON|Roy]] was 2x niet op zijn werk verschenen zonder afmelden. Met [[PERSOON|Roy]] besproken: hij had zich verslapen omdat hij tot laat gamede. Wekker + herinnering op telefoon ingesteld. [[PERSOON|Sandra]] geeft hem nog een kans.

[[DATUM|11-6-2024]] – huisbezoek
[[PERSOON|Hans]] was er ook. Betalingsregeling CJIB aangevraagd, 3 termijnen. Huur gaat voortaan automatisch. [[PERSOON|Roy]] heeft zus [[PERSOON|Maureen]] in [[PLAATS|Rotterdam]] gebeld en verteld over de schulden, dat vond hij spannend; zij reageerde lief. Huis was opgeruimd, koelkast gevuld. Complimenten gegeven.
Volgende afspraak [[DATUM|18 juni]], 14.00 uur.
[[PERSOON|L. Verhagen]], ambulant begeleider, [[TELEFOON|06-37158022]]`,
  },
  {
    id: 'd2-e06',
    genre: 'overdracht',
    setting: 'GGZ',
    author: 'auteur-d2',
    knownNames: ['Dhr. M. van Tongeren'],
    text: `Overdracht crisisdienst – [[ORGANISATIE|GGZ De Vaart]], Acute Dienst
Contact: [[DATUM|17-02-2024]], 01.20-02.45 uur, huisbezoek
Aan: FACT-team [[PLAATS|Zaandam-Oost]], casemanager [[PERSOON|Ronald Prins]]

Cliënt: dhr. [[PERSOON|M. van Tongeren]] ([[PERSOON|Marco]]), geb. [[DATUM|21-03-1979]], BSN [[BSN|827365160]]
Adres: [[ADRES|Westzijde 240]], [[POSTCODE|1506 EH]] [[PLAATS|Zaandam]]
Aanmelding via de huisartsenpost (dr. [[PERSOON|Lammers]]) na telefoontje van zus [[PERSOON|Ilse van Tongeren]]

Crisisbeoordeling door psychiater [[PERSOON|S. Bakker]] en SPV [[PERSOON|Jeroen Kalf]].

Aanleiding: relatie vorige week beëindigd door partner ([[PERSOON|Chantal]]), zij is met de 2 kinderen naar haar ouders in [[PLAATS|Purmerend]] vertrokken. Sindsdien drinkt dhr. meer. Vanavond appte hij zijn zus "het hoeft voor mij niet meer". Zus reed direct naar hem toe.
Bevindingen: somber, huilerig, alcohol in ademlucht (zegt 6 biertjes). Doodsgedachten sinds een paar dagen, vanavond concreet idee (pillen), geen voorbereidingen getroffen, geen eerdere pogingen. Beschermende factoren: kinderen ("ik wil ze niet in de steek laten"), zus, werk. Geen psychotische kenmerken. Bekend bij FACT sinds 2021 met recidiverende depressie, nu in onderhoudsfase.
Conclusie: verhoogd suïciderisico in het kader van een acute verlieservaring en alcoholgebruik; op dit moment gaat hij akkoord met een veiligheidsplan, opname niet nodig.
Afspraken: zus blijft vannacht; medicijnen (sertraline, oxazepam) door zus meegenomen; geen alcohol meer vannacht. Crisisdienst belt om 10.00 uur.

Verzoek aan FACT: vandaag nog een contact (huisbezoek), veiligheidsplan uitwerken, evt. kortdurend IHT. Zus bereikbaar op [[TELEFOON|06-45092267]].
[[PERSOON|J. Kalf]], SPV acute dienst`,
  },
  {
    id: 'd2-e07',
    genre: 'overdracht',
    setting: 'wijk',
    author: 'auteur-d2',
    text: `Weekendoverdracht [[ORGANISATIE|Thuiszorg Het Anker]], team [[PLAATS|Groot Driene]] – vr [[DATUM|26 januari]]

1. dhr. [[PERSOON|Nijhuis]], [[ADRES|Deldenerstraat 310]]: insuline 2x daags (Novorapid volgens schema, Tresiba 22 E om 21.00). Glucose vanmiddag 17,4, hij had gebak gegeten bij de verjaardag van zijn kleindochter. Geen actie, wel weekend extra alert.
2. mw. [[PERSOON|Timmer]] op de Brink: wondzorg onderbeen re di/vr/zo, volgende zondag. Wond schoon, Flaminal + Mepilex. Hondje blaft, bellen voor je aanbelt ([[TELEFOON|074-2914453]]).
3. mw. [[PERSOON|ter Braak]] ([[LEEFTIJD|93]]): palliatief, morfine 10 mg retard 2dd, zn oramorph. Vandaag meer benauwd, huisarts [[PERSOON|Leferink]] is geweest, ophogen mag tot 15 mg 2dd als het nodig is. Dochter [[PERSOON|Annet]] slaapt er dit weekend. Bij overlijden: huisartsenpost bellen, dochter weet wat ze wil (uitvaart via [[ORGANISATIE|Uitvaartzorg Oldenzaal-Hengelo]]).
4. echtpaar [[PERSOON|Oude Luttikhuis]]: alleen ochtendzorg dhr. Mw. heeft griep, zoon [[PERSOON|Bennie]] komt zaterdag helpen. Let op ook mw. even te bekijken.
5. NIEUW per zaterdag: mw. [[PERSOON|Ebrahimi]], [[ADRES|Enschedesestraat 77-a]], [[POSTCODE|7552 CK]] [[PLAATS|Hengelo]], vandaag ontslagen uit [[ORGANISATIE|Medisch Spectrum Driene]] na een hysterectomie. Drain verwijderd. Zorg: hulp bij douchen, fraxiparine 1x daags sc t/m [[DATUM|21/2]]. Zoon [[PERSOON|Arash]] tolkt (Farsi), [[TELEFOON|06-81336027]]. Intake zaterdag 09.30 door [[PERSOON|Wilco]].

Dienstdoend wijkverpleegkundige weekend: [[PERSOON|Wilco ten Dam]], [[TELEFOON|06-20774519]].
[[PERSOON|mvdh]]`,
  },
  {
    id: 'd2-e08',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-d2',
    knownNames: ['Mw. G. Oosterveld-Kramer'],
    text: `Visite [[DATUM|08-12-2023]] – [[ORGANISATIE|Huisartsenpraktijk Duinzicht]]
Patiënt: mw. [[PERSOON|G. Oosterveld-Kramer]], [[LEEFTIJD|96]] jaar, [[ADRES|Dorpsstraat 19]], [[PLAATS|Bakkum]]

S: Dochter ([[PERSOON|Hilda]]) belde: moeder is sinds 3 dagen steeds benauwder, slaapt in de stoel, benen dikker. Geen pijn op de borst, geen koorts. Bekend met hartfalen (LVEF 35%) en boezemfibrilleren. Plast minder volgens de thuiszorg.
O: Dyspnoe bij praten, AF 24, sat 90%, pols 104 irregulair, RR 108/62. Crepitaties beiderzijds basaal tot halverwege. Pitting oedeem tot de knieën. Gewicht volgens weegschaal thuiszorg 63,8 kg (vorige week 61,2).
E: Gedecompenseerd hartfalen.
P: Furosemide van 40 naar 2dd 40 mg, kaliumcontrole maandag. Dagelijks wegen door [[ORGANISATIE|Thuiszorg Het Anker]], bij > 1 kg stijging per dag bellen. Beleid met mw. en dochter besproken: geen ziekenhuisopname ("ik ben [[LEEFTIJD|96]], dokter, laat mij thuis"), wel behandelen wat thuis kan. Morfine 2,5 mg zn tegen benauwdheid voorgeschreven, uitleg gegeven. Zo nodig palliatieve thuiszorg uitbreiden. Telefonische controle maandag [[DATUM|11/12]], dochter op [[TELEFOON|06-22904718]].
[[PERSOON|ES]]`,
  },
  {
    id: 'd2-e09',
    genre: 'soep',
    setting: 'GGZ',
    author: 'auteur-d2',
    knownNames: ['Mw. P. Bloemendaal'],
    text: `Consult verpleegkundig specialist GGZ – FACT [[PLAATS|Deventer]] ([[ORGANISATIE|GGZ Lindeveld]])
[[DATUM|03-04-2024]]
Cliënt: mw. [[PERSOON|P. Bloemendaal]] ([[PERSOON|Petra]]), 52 jr

S: Komt voor de depotinjectie (paliperidon 100 mg maandelijks). Klaagt over stijfheid in armen en "trillende handen", kan slecht schrijven, loopt "als een robot". Sinds de ophoging in januari. Stemming goed, stemmen op de achtergrond, niet storend. Slaapt goed. Haar vriend [[PERSOON|Wim Klein]] merkt dat ze minder expressief is.
O: Maskergelaat, tandradfenomeen li > re, fijne rusttremor li hand. Gangpatroon: verminderde armzwaai. BARS 1, AIMS 0. RR 122/80, gewicht 86 kg.
E: Medicamenteus geïnduceerd parkinsonisme bij paliperidon, geen akathisie of tardieve dyskinesie. Psychotisch beeld stabiel.
P: Injectie gegeven re gluteus. Overleg met psychiater dr. [[PERSOON|Oudejans]]: volgende depot verlagen naar 75 mg, geen biperideen. Evaluatie over 4 weken, bij toename psychotische klachten eerder contact. Uitleg gegeven aan mw. en vriend, folder mee. Volgende depot [[DATUM|1 mei]]. 
/[[PERSOON|LdH]], VS GGZ`,
  },
  {
    id: 'd2-e10',
    genre: 'verwijzing',
    setting: 'VVT',
    author: 'auteur-d2',
    text: `[[ORGANISATIE|Woonzorgcentrum De Vlinderhof]] – behandeldienst
[[ADRES|Vlinderlaan 1]], [[POSTCODE|3432 PR]] [[PLAATS|Nieuwegein]]
tel. [[TELEFOON|030 - 600 41 00]]

Aan: polikliniek dermatologie, [[ORGANISATIE|Ziekenhuis Eemoever]]
t.a.v. dr. [[PERSOON|S. Ramdas]], dermatoloog

[[PLAATS|Nieuwegein]], [[DATUM|15 april 2024]]

Betreft: mw. [[PERSOON|B.H. Vermeer-Dam]], geb. [[DATUM|24-07-1932]], BSN [[BSN|589047139]]
Verblijft op afd. Korenbloem, kamer 7

Geachte collega,

Ik verwijs u deze [[LEEFTIJD|91]]-jarige bewoonster met een verdachte huidafwijking op de neus links: sinds ongeveer 4 maanden een glanzend, parelmoerachtig knobbeltje van 8 mm met centraal een korstje dat steeds terugkomt en soms bloedt. Klinisch denk ik aan een basaalcelcarcinoom.

Mw. is bekend met een lichte vorm van dementie (MMSE 23), is wilsbekwaam ten aanzien van deze vraag en wil graag dat "het eraf gaat als het niet te ingrijpend is". Bloedverdunning: apixaban 2,5 mg 2dd. Verder hypertensie en artrose.

Vraagstelling: diagnose en behandeladvies, bij voorkeur een behandeling waarvoor zij niet vaak naar het ziekenhuis hoeft. Mw. komt per rolstoeltaxi en wordt begeleid door haar dochter, mw. [[PERSOON|E. van Dijk-Vermeer]] ([[TELEFOON|06-15287730]]).

Met collegiale groet,

[[PERSOON|E. Wijnands]], specialist ouderengeneeskunde
AGB [[ID|01089944]], BIG [[ID|39057718201]]`,
  },
];
