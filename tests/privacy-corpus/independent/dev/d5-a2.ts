import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd5-a13',
    genre: 'crisis',
    setting: 'GHZ',
    author: 'auteur-d5a',
    knownNames: ['Dhr. J. (Jordy) Oude Breteler'],
    text: `Verslag escalatie - za [[DATUM|15 februari]]
Woning [[ORGANISATIE|De Esrand]], [[ORGANISATIE|Zorgstichting Dinkelhoeve]]
[[ADRES|Hoge Esweg 14]], [[PLAATS|Vriezenveen]]

16:40 [[PERSOON|Jordy]] (23 jr, matige VB, ASS) na telefoontje van vader erg ontregeld: vader kan dit weekend niet komen. Gooit beker door woonkamer, slaat met vuist tegen keukenraam, hand bloedt. Signaleringsplan fase rood. Medebewoners [[PERSOON|Sem]] en [[PERSOON|Lisa]] door [[PERSOON|Wendy]] naar eigen kamer begeleid.
16:50 achterwacht [[PERSOON|Erik Nijenhuis]] gebeld ([[TELEFOON|0546 573300]]), komt.
17:05 [[PERSOON|Jordy]] pakt stoel en slaat op tafel, blijft dreigen naar begeleiding. 112 gebeld, politie ter plaatse 17:15.
17:20 besluit achterwacht i.o.m. Wzd-arts [[PERSOON|Kerkhof]]: noodsituatie, tijdelijk insluiten op eigen kamer (onvrijwillige zorg, max 2 uur, elke 15 min toezicht). Pipamperon (Dipiperon) 20 mg zn gegeven, ingenomen met appelsap.
17:45 rustiger, huilt, zegt sorry. Deur weer open 18:05.
18:30 hand gezien door dienstdoende arts huisartsenpost: snijwond 2 cm, gelijmd, tetanus in orde.

Contact: vader dhr. [[PERSOON|Oude Breteler]] (wettelijk vertegenwoordiger) gebeld 18:40, [[TELEFOON|06-22 47 81 39]]. Schrok, komt zondag toch even langs.

Nazorg
- melding MIC + registratie onvrijwillige zorg in ECD gedaan
- gedragsdeskundige [[PERSOON|Kerem Aslan]] geinformeerd, debriefing team ma [[DATUM|17-02]]
- [[PERSOON|Jordy]] werkt ma niet bij [[ORGANISATIE|Tuinderij Het Veldhuis]], jobcoach [[PERSOON|Marleen]] afgebeld
- keukenraam: storing doorgegeven aan woningcorporatie [[ORGANISATIE|Woonbedrijf Vechtzicht]]

[[PERSOON|Wendy Lansink]] / [[PERSOON|WL]], [[PERSOON|Tim]]`,
  },
  {
    id: 'd5-a14',
    genre: 'begeleiding',
    setting: 'VVT',
    author: 'auteur-d5a',
    knownNames: ['Dhr. G. (Gerrit) Veldkamp'],
    text: `Casemanagement dementie - huisbezoek [[DATUM|2025-04-08]]
Casemanager: [[PERSOON|Ilse Kuiper]], [[ORGANISATIE|Zorggroep Polderhart]]
Adres: [[ADRES|Spijkweg 7]], [[POSTCODE|8256 rd]] [[PLAATS|Biddinghuizen]]

Aanwezig: dhr. [[PERSOON|Veldkamp]], echtgenote [[PERSOON|Aaltje]], zoon [[PERSOON|Erwin]] (telefonisch, woont in [[PLAATS|Zwolle]])

Situatie
Dhr. (81) bekend met ziekte van Alzheimer sinds 2022, MMSE nu 19/30. Was akkerbouwer, bedrijf [[ORGANISATIE|Akkerbouwbedrijf Veldkamp en Zn.]] is overgenomen door zoon. Loopt elke dag naar de schuur, 'moet de trekker nakijken'. Herkent vrouw nog, noemt haar soms bij naam van zijn zus [[PERSOON|Jantje]].

Mantelzorg
[[PERSOON|Aaltje]] oogt moe, slaapt slecht omdat dhr. 's nachts opstaat en naar buiten wil. Ze huilde even tijdens gesprek. EDIZ-belastingscore hoog. Zoon merkt het ook, wil meer doen maar heeft eigen bedrijf.

Besproken / afspraken
- dagbesteding uitbreiden van 2 naar 3 dagen bij [[ORGANISATIE|Ontmoetingscentrum 't Haventje]] in [[PLAATS|Dronten]], vervoer via taxi
- logeeropvang (respijt) 1 weekend per maand, aanvraag bij [[ORGANISATIE|Woonzorgcentrum De Zilverberk]]
- Wlz-indicatie aanvragen bij CIZ, formulier samen ingevuld, zoon tekent mee
- huishoudelijke hulp via Wmo-loket gemeente [[PLAATS|Dronten]] (nu 2 uur, vraag 3)
- medicijndispenser (Medido) werkt goed, blijft
- deurmelder achterdeur: wijkverpleging [[PERSOON|Anja]] regelt

Volgend huisbezoek: [[DATUM|6 mei]], eerder bellen bij crisis: [[TELEFOON|0321-38 77 50]].

/[[PERSOON|IK]]`,
  },
  {
    id: 'd5-a15',
    genre: 'ontslagbrief',
    setting: 'GHZ',
    author: 'auteur-d5a',
    text: `[[ORGANISATIE|Orthopedagogisch Behandelcentrum Heuvelrug]]
[[ADRES|Rhenensestraatweg 118]], [[POSTCODE|3911 ZX]] [[PLAATS|Rhenen]]

Ontslagbericht

Aan: huisarts dhr. [[PERSOON|G.J. Schouten]], [[ORGANISATIE|Huisartsenpraktijk Dragonder]]
Cc: ouders, sociaal team [[PLAATS|Veenendaal-Oost]]
[[PLAATS|Rhenen]], [[DATUM|2 april 2025]]

Betreft: [[PERSOON|Omar Al-Hassan]], geb. [[DATUM|9 mei 2009]], clientnr. [[ID|0048213]]
[[ADRES|Prins Bernhardlaan 9 bis]], [[POSTCODE|3904 ZB]] [[PLAATS|Veenendaal]]

Geachte heer [[PERSOON|Schouten]],

[[PERSOON|Omar]] verbleef van [[DATUM|16-09-2024]] tot en met [[DATUM|31-03-2025]] op onze behandelgroep [[ORGANISATIE|De Uilenhorst]].

Reden van opname: ernstige gedragsproblemen thuis en op school bij licht verstandelijke beperking (TIQ 66), ADHD en traumagerelateerde klachten na vlucht uit Syrie (2016).

Beloop: duidelijke structuur en beloningssysteem werkten goed. Traumabehandeling (aangepaste EMDR) 10 sessies, nachtmerries sterk afgenomen. Ouders kregen gezinsbegeleiding met tolk Arabisch. Weekendverlof vanaf december zonder incidenten. [[PERSOON|Omar]] gaat na de meivakantie naar [[ORGANISATIE|Praktijkschool De Kwikstaart]].

Medicatie bij ontslag:
- methylfenidaat retard (Concerta) 36 mg 1dd 's ochtends
- melatonine 1 mg voor de nacht
Gewicht 52 kg, lengte 1,63 m, RR 112/70. Eetlust goed.

Nazorg: gezinsbegeleider [[PERSOON|Loes Verbeek]] komt 1x per week thuis tot de zomer. Vader ([[TELEFOON|06-87 43 10 62]]) weet dat hij ons kan bellen.

Wilt u de medicatie (herhaalrecepten, controle groei en RR elk half jaar) overnemen?

Met vriendelijke groet,

drs. [[PERSOON|M.E. Kalkman-Vos]]
arts verstandelijk gehandicapten
[[PERSOON|R. Doornbos]], orthopedagoog-generalist`,
  },
  {
    id: 'd5-a16',
    genre: 'verwijzing',
    setting: 'GGZ',
    author: 'auteur-d5a',
    text: `[[ORGANISATIE|Praktijk Mentaal Welzijn Deventer]] - basis-GGZ

Aan: [[ORGANISATIE|IJsselborgh GGZ]], team ouderenpsychiatrie, [[PLAATS|Deventer]]
Datum: [[DATUM|8 mei 2025]]

Verwijzing
Mw. [[PERSOON|H. ter Welle-Bosch]] ([[PERSOON|Riek]]), geb. [[DATUM|14-06-1933]], [[LEEFTIJD|91]] jaar
[[ADRES|Brinkgreverweg 210-b]], [[POSTCODE|7413 AH]] [[PLAATS|Deventer]]
BSN [[BSN|190184085]]
Huisarts: [[ORGANISATIE|Huisartsenpraktijk Keizerslanden]]

Geachte collega,

Ik verwijs mw. naar uw team voor diagnostiek en behandeling. Zij werd door de huisarts naar ons verwezen i.v.m. somberheid na het overlijden van haar man ([[DATUM|november 2024]]).

Bevindingen
In 4 gesprekken (thuis) bleek het beeld ernstiger dan verwacht. Mw. eet slecht, 5 kg afgevallen, ligt veel op bed. Ziet 's avonds 'kinderen in de kamer' en haar man aan tafel, schrikt daar niet van. Wisselend helder, soms verward midden op de dag. Verder stijver lopen, kleine pasjes, 1x gevallen. GDS-15: 11. MMSE 22/30, vooral aandacht en visuoconstructie.

Mijn vraag: depressie met psychotische kenmerken, of (ook) Lewy body-dementie? Graag uw diagnostiek en advies over medicatie; de huisarts is voorzichtig met antipsychotica.

Huidige medicatie: citalopram 10 mg (sinds 3 wk), omeprazol 20 mg, paracetamol zn.

Sociaal
Woont alleen, flat 2e verdieping met lift. Thuiszorg 2x daags door [[ORGANISATIE|Thuiszorg IJsselzoom]]. Dochter [[PERSOON|Wilma]] woont in [[PLAATS|Colmschate]] en komt dagelijks, zij is op de hoogte en akkoord: [[TELEFOON|0570-62 14 09]].

Met vriendelijke groet,

[[PERSOON|T. Kruisselbrink]]
GZ-psycholoog, BIG [[ID|89047120325]]
[[EMAIL|t.kruisselbrink@mentaalwelzijndeventer.nl]]`,
  },
  {
    id: 'd5-a17',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-d5a',
    knownNames: ['Dhr. M. (Mohamed) Bouzidi'],
    text: `DM-controle POH [[DATUM|4 feb]] - [[ORGANISATIE|Gezondheidscentrum Kanaleneiland-Zuid]]

S: Voelt zich goed. Dochter [[PERSOON|Nadia]] is mee (vertaalt). Werkt in ploegen bij [[ORGANISATIE|Schoonmaakbedrijf Glansrijk]], eet daardoor onregelmatig. Wil over 4 weken vasten (ramadan). Soms tintelingen voeten 's nachts. Geen hypo's gemerkt. Beweegt: wandelt naar moskee.

O: gewicht 91 kg (was 88), lengte 1,72, BMI 30,8. RR 146/88. Voeten: monofilament re 2/3 plaatsen niet gevoeld, li normaal, huid intact, geen eeltplekken. Lab [[DATUM|28-01]]: HbA1c 68 mmol/mol, nuchter glucose 9,4, eGFR 58, LDL 3,1, ACR 4,2.

E: DM2 onvoldoende gereguleerd, beginnende neuropathie re voet (sims 1), RR te hoog.

P:
- metformine naar 2dd 1000 mg, gliclazide 80 mg blijft
- vasten besproken: gliclazide bij suhoor halveren, bij glucose onder 4 vasten breken. Folder in het Arabisch meegegeven
- overleg HA dr. [[PERSOON|El Amrani]] over start atorvastatine en RR
- verwijzing podotherapie
- fundusfoto: oproep via [[ORGANISATIE|Diagnostisch Centrum Domstede]]
- afspraak 3 mnd, na suikerfeest

POH-S [[PERSOON|Ingrid de Graaf]] /[[PERSOON|IdG]]

[[DATUM|5-2]] HA: akkoord atorvastatine 20 mg, amlodipine 5 mg erbij. Recept [[ORGANISATIE|Apotheek Het Kanaal]]. Dochter gebeld op [[TELEFOON|06 41 27 90 35]]. /[[PERSOON|EA]]`,
  },
  {
    id: 'd5-a18',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-d5a',
    knownNames: ['Mw. C. (Carmen) Pinas-Doelwijt'],
    text: `Multidisciplinair overleg - vrijdag [[DATUM|16 mei]]
[[ORGANISATIE|Verpleeghuis De Weemhof]], [[PLAATS|Harderwijk]], team [[ORGANISATIE|Zeebries]], kamer 2B-12

Client: mw. [[PERSOON|C. Pinas-Doelwijt]], [[LEEFTIJD|92]] jr
Aanwezig: SO [[PERSOON|K. Verbrugge]], EVV [[PERSOON|Naomi Sedney]], fysio [[PERSOON|Teun]], psycholoog [[PERSOON|Ellen Hazeleger]], dochter mw. [[PERSOON|Gloria Pinas]] (mantelzorger, eerste contactpersoon), notulen [[PERSOON|NS]]

Pijn
PAINAD 4-5 bij verzorging, vooral li schouder en knieen. Paracetamol 4dd 1000 mg onvoldoende. SO start buprenorfine pleister 5 mcg/u (Transtec), evaluatie na 1 wk.

Huid
Decubitus cat. 2 sacrum, verbeterd. Wisselligging, AD-matras. Wondverpleegkundige [[PERSOON|Hilde]] ziet haar ma.

Mobiliteit
Transfers met actieve tillift. Na val op [[DATUM|30/4]] geen fracturen ([[ORGANISATIE|Randmeer Ziekenhuis]], SEH). Fysio adviseert stoel met zitorthese.

Stemming en zingeving
Mw. is vaker stil, zegt 'Gado roept me bijna'. Dochter: haar moeder wil graag bezoek van de pastor van [[ORGANISATIE|Kerkgemeenschap Het Mosterdzaad]] en Surinaamse muziek op zondag. Psycholoog maakt levensboek met dochter. Mw. houdt van bakkeljauw en roti, keuken regelt 1x per week.

Beleid rond levenseinde
Met dochter besproken: NR, niet meer naar ziekenhuis behalve voor comfort (bijv. fractuur). Wens vastgelegd [[DATUM|16-05-2025]]. Kleinzoon [[PERSOON|Jermaine]] in [[PLAATS|Almere]] wordt door dochter ingelicht.

Volgend MDO over 3 mnd of eerder bij verandering.`,
  },
  {
    id: 'd5-a19',
    genre: 'email',
    setting: 'GHZ',
    author: 'auteur-d5a',
    text: `Van: [[EMAIL|j.haverkamp@dekleineeik.nl]]
Aan: [[EMAIL|mentor4b@vso-dezandberg.nl]]
Onderwerp: [[PERSOON|Fenna]] - nieuwe medicatie en noodmedicatie
Datum: ma [[DATUM|24-03-2025]] 08:12

Hoi [[PERSOON|Marieke]],

Even een update over [[PERSOON|Fenna Wiersma]] voordat ze vandaag weer op school komt.

[[PERSOON|Fenna]] heeft vrijdagavond op de groep ([[ORGANISATIE|De Vlinderhof]]) een grote aanval gehad, ruim 4 minuten. We hebben Buccolam gegeven en 112 gebeld, ze is een nacht gebleven in [[ORGANISATIE|Sallandse Poort]]. Neuroloog [[PERSOON|Hoekstra]] bouwt de Depakine af en start levetiracetam (Keppra) 2dd 500 mg.

Wat betekent dat voor jullie:
- de komende weken kan ze sneller moe of prikkelbaar zijn
- noodmedicatie (Buccolam 10 mg) zit in het rode etui in haar rugtas, het protocol is veranderd: geven na 3 minuten in plaats van 5
- graag elke aanval noteren in het schriftje (tijd, duur, wat je zag)

Donderdag heeft ze stage bij [[ORGANISATIE|Zorgboerderij Het Oldenhof]] in [[PLAATS|Twello]]. Ik bel de stagebegeleider, [[PERSOON|Bertus]], zelf even.

Haar moeder weet van deze mail. Heb je vragen, bel me gerust.

Groetjes,

[[PERSOON|Jolien Haverkamp]]
Persoonlijk begeleider [[ORGANISATIE|De Vlinderhof]]
[[ORGANISATIE|Stichting De Kleine Eik]], [[PLAATS|Deventer]]
[[TELEFOON|0570-63 90 17]] / [[TELEFOON|06-31 52 88 04]] (werk)`,
  },
  {
    id: 'd5-a20',
    genre: 'overdracht',
    setting: 'GGZ',
    author: 'auteur-d5a',
    text: `Overdracht dag -> avond, di [[DATUM|22-04]]
[[ORGANISATIE|GGZ Veluwse Bron]], afd. [[ORGANISATIE|De Sprengen]] (acute opname)

k.3 [[PERSOON|Marco]] - rustige dag, 2x mee naar buiten geweest met begeleiding. Wil morgen met moeder op vrijheden naar [[PLAATS|Apeldoorn]] centrum, nog niet besproken met behandelaar. Vóór 22:00 vragen naar slaapmedicatie.
k.5 mw. [[PERSOON|Jansen]] - zorgmachtiging, vandaag Haldol decanoaat 50 mg i.m. gekregen (verplichte zorg, formulier ingevuld). Heeft veel geschreeuwd op de gang, eet niet, drinkt wel. Vochtlijst bijhouden!
k.6 [[PERSOON|Aziz]] - lithiumspiegel 0,8, nierfunctie ok. Tremor handen. Bezoek van broer tot 20:00, mag mee naar de tuin.
k.8 dhr. [[PERSOON|Kowalczyk]] - dag 3 ontgifting. CIWA 12 om 14:00, oxazepam volgens schema. Thiamine i.m. ivm risico Korsakov (arts [[PERSOON|Brugman]]). Zweet veel, let op vallen.
k.10 [[PERSOON|Iris]] (nieuw, 16:30) - overplaatsing vanuit [[ORGANISATIE|Ziekenhuis Veluwepoort]] na intoxicatie. Suicidaliteit: dagelijks uitvragen, eerste nacht 1x per uur kijken. Spullen gecontroleerd, riem en opladerkabel op kantoor. Vriendin [[PERSOON|Demi]] belt vanavond, niets zonder toestemming vertellen.

Algemeen
- Dienstdoend psychiater vanavond: dr. [[PERSOON|Yildirim]], via receptie toestel [[ID|2214]]
- Separeer schoon en vrij
- Koffieautomaat kapot, storing gemeld

Dag: [[PERSOON|Petra]], [[PERSOON|Youssef]], [[PERSOON|Lianne]] (stagiaire)
Avond: [[PERSOON|Bart]], [[PERSOON|Hatice]]
/[[PERSOON|PvB]]`,
  },
  {
    id: 'd5-a21',
    genre: 'rapportage',
    setting: 'GHZ',
    author: 'auteur-d5a',
    knownNames: ['Mw. A. (Anouk) Wolterink'],
    text: `Dagrapportage woning [[ORGANISATIE|Het Hofje]], [[PLAATS|Hengelo]]

[[DATUM|05-05]] 07:30 - [[PERSOON|Anouk]] wakker, vrolijk, lacht naar begeleiding. Luier nat, huid ok. Sondevoeding (Nutrison) gestart 07:45 via PEG, 1 fles, loopt goed. Insteekopening schoon. Geen aanvallen in de nacht volgens [[PERSOON|Gert]]. /[[PERSOON|ML]]

[[DATUM|05-05]] 10:15 - Vandaag geen dagbesteding ivm Bevrijdingsdag, [[ORGANISATIE|Activiteitencentrum De Kolibrie]] is dicht. Met [[PERSOON|Anouk]] in de rolstoel naar het park, veel naar de eendjes gekeken, maakte geluidjes. /[[PERSOON|ML]]

[[DATUM|05-05]] 13:40 - Kort absence-achtige aanval (10 sec), in epilepsiedagboek gezet. Daarna slaperig, in bed gelegd met kussen tussen knieen. - [[PERSOON|sv]]

[[DATUM|05-05]] 17:00 - Moeder [[PERSOON|Gerda]] op bezoek, noemt haar altijd [[PERSOON|Noukie]]. Samen gesnoezeld. Moeder vraagt naar nieuwe rolstoelkussen: bij leverancier uitgezocht, komt volgende week. Moeder tevreden over zorg. - [[PERSOON|sv]]

[[DATUM|6 mei]] 08:00 - Onrustige nacht, 02:00 en 04:30 wakker, huilde. Temp 37,4. Paracetamol zetpil 500 mg om 04:30 gegeven (zn-lijst). Pijn? Mogelijk tandje, mond bekeken: tandvlees li onder rood. Overleg AVG [[PERSOON|Oosterhof]] via [[TELEFOON|074-2 91 64 00]]: tandarts bijzondere zorg inplannen. /[[PERSOON|GtB]]

[[DATUM|6 mei]] 15:00 - Terug van dagbesteding, ze hebben rustig aan gedaan. Begeleider [[PERSOON|Sevgi]] meldt goed gedronken, 2 bekers diksap. /[[PERSOON|ML]]`,
  },
  {
    id: 'd5-a22',
    genre: 'verwijzing',
    setting: 'VVT',
    author: 'auteur-d5a',
    text: `[[ORGANISATIE|Zorggroep De Hoge Dijk]] - specialist ouderengeneeskunde eerstelijn

Aan: geheugenpolikliniek [[ORGANISATIE|Ziekenhuis Lingehof]] ([[ORGANISATIE|ZLH]]), [[PLAATS|Tiel]]
[[PLAATS|Culemborg]], [[DATUM|19 juni 2025]]

Betreft: [[PERSOON|Hoogendoorn, A.P.]], geb. [[DATUM|3 oktober 1938]]
[[ADRES|Achterweg 2 A]], [[POSTCODE|4101 ck]] [[PLAATS|Culemborg]]
BSN: [[BSN|207840805]]

Geachte collega,

Op verzoek van de huisarts zag ik dhr. thuis, samen met zijn wijkverpleegkundige van [[ORGANISATIE|Thuiszorg Betuwe Samen]]. Graag verwijs ik hem voor aanvullende diagnostiek.

Vraagstelling: frontotemporale dementie (ziekte van Pick) of andere oorzaak van gedragsverandering?

Anamnese (hetero, echtgenote): sinds ca. anderhalf jaar veranderd gedrag. Ontremd, maakt opmerkingen tegen vrouwen in de winkel, eet grote hoeveelheden zoet, koopt dingen bij de Action die hij niet nodig heeft. Geen ziekte-inzicht. Geheugen relatief goed. Vroeger fijne, rustige man (oud-leraar op [[ORGANISATIE|Christelijke Scholengemeenschap Lek en Linge]]).

Onderzoek: MMSE 27/30, FAB 11/18. Geen neurologische uitval, geen parkinsonisme. Lab (via HA): B12, TSH, glucose normaal.

Voorgeschiedenis: hypertensie, TURP 2016.
Medicatie: perindopril 4 mg, tamsulosine 0,4 mg.

Sociaal: woont met echtgenote ([[LEEFTIJD|90]]), die steeds minder aankan. Zoon [[PERSOON|Pieter]] (tel. [[TELEFOON|0345-53 07 81]]) regelt veel.
Verzoek: beeldvorming (MRI) en neuropsychologisch onderzoek. Dhr. is bereid te komen, liefst 's ochtends.

Met vriendelijke groet,

[[PERSOON|E.H.M. Smulders]], specialist ouderengeneeskunde
AGB [[ID|03027714]]`,
  },
  {
    id: 'd5-a23',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-d5a',
    knownNames: ['Mw. Y.M. Isenia'],
    text: `TC [[DATUM|1/7]] mw. [[PERSOON|Isenia]] - triage DA [[PERSOON|Kelly]]

S: sinds 3 dgn branderig plassen, vaak kleine beetjes, geen koorts, geen flankpijn, geen bloed gezien. Niet zwanger (postmenopauzaal). Eerder 1x blaasontsteking 2023. DM2 (metformine). Kleinzoon [[PERSOON|Shurandy]] kan urine brengen.

O: urine (ochtendurine, gebracht 10:30): nitriet +, leuco ++, ery spoor.

E: ongecompliceerde cystitis bij DM2 (volgens standaard: geen complicerende factor, nierfunctie eGFR 72).

P:
- nitrofurantoine (Furadantine) 2dd 100 mg, 5 dagen. Recept naar [[ORGANISATIE|Apotheek De Meerkoet]]
- veel drinken
- bij koorts, flankpijn of geen verbetering binnen 48 uur terugbellen, eventueel kweek
- 's avonds spoedpost
Mw. begrijpt het, herhaalt advies. Mobiel [[TELEFOON|06-10 94 27 83]].

[[PERSOON|KB]] / akkoord HA [[PERSOON|J. Wawoe]]`,
  },
  {
    id: 'd5-a24',
    genre: 'mdo',
    setting: 'GGZ',
    author: 'auteur-d5a',
    knownNames: ['Dhr. P. (Piotr) Wiśniewski'],
    text: `FACT-bespreking [[DATUM|10.06.2025]] - FACT [[PLAATS|Emmeloord]]
Cl.nr. [[ID|7730146]]

Aanwezig: psychiater [[PERSOON|A. Lubbers]], verslavingsarts [[PERSOON|R. Meijer]], SPV/casemanager [[PERSOON|Ewa Nowak]], ervaringsdeskundige [[PERSOON|Johan]], IPS-trajectbegeleider [[PERSOON|Stefan de Wit]]

Stand van zaken
[[PERSOON|Piotr]] (44) sinds 2021 in NL, werkt via uitzendbureau als tuinder bij [[ORGANISATIE|Kwekerij Van den Oever]] in [[PLAATS|Ens]]. Woont in [[ORGANISATIE|Arbeidershotel De Polderhoeve]], [[PLAATS|Marknesse]], kamer 19, deelt keuken met 6 man. Alcoholgebruikstoornis, ernstig; in maart psychotische episode bij onthouding (opname 10 dgn).

Gesprekken in het Pools via [[PERSOON|Ewa]].
Nu: drinkt volgens eigen zeggen 4-6 blikjes per dag (was 15+). GGT 140, MCV 101. Geen tekenen van Wernicke, neemt thiamine trouw. Wil stoppen, bang voor baanverlies: werkgever is op de hoogte van 'ziekte', niet van verslaving.

Risico's
- huisvesting hangt aan contract uitzendbureau
- geen eigen huisarts, ingeschreven bij praktijk via werkgever
- partner [[PERSOON|Agnieszka]] en dochter wonen in Polen (Lodz), belt elke dag

Besluiten
1. Poliklinische detox met oxazepam schema, start ma [[DATUM|16-6]], SPV dagelijks contact eerste 5 dagen
2. acamprosaat na detox (arts [[PERSOON|Meijer]])
3. IPS: [[PERSOON|Stefan]] onderzoekt vast werk, bijv. bij [[ORGANISATIE|Bloembollenbedrijf Schokland]]
4. [[PERSOON|Johan]] gaat mee naar AA-groep (Poolstalig, online)
5. evaluatie over 6 weken

Verslag: [[PERSOON|EN]]`,
  },
];
