import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h2-013',
    genre: 'mdo',
    setting: 'GGZ',
    author: 'auteur-h2',
    knownNames: ['Dhr. D. (Dennis) Roelofs'],
    text: `MDO FACT-team [[PLAATS|Stadshagen]] - [[ORGANISATIE|GGZ IJsseldelta]]
Datum: [[DATUM|27-02-2025]], 13:30-14:15
Cliënt: [[PERSOON|Roelofs, D.]] (cliëntnr. [[ID|20231187]])

Aanwezig:
[[PERSOON|H. Kaya]], psychiater ([[PERSOON|HK]])
[[PERSOON|W. ter Beek]], casemanager/SPV ([[PERSOON|WtB]])
[[PERSOON|A. Prins]], ervaringsdeskundige ([[PERSOON|AP]])
[[PERSOON|N. Roozendaal]], IPS-trajectbegeleider ([[PERSOON|NR]])
[[PERSOON|L. Jansen]], verpleegkundige ([[PERSOON|LJ]])
[[PERSOON|Dennis]] zelf het eerste halfuur aanwezig.

1. Stand van zaken
[[PERSOON|Dennis]] woont sinds [[DATUM|1 december]] in beschermd wonen [[ORGANISATIE|De Pelikaan]] aan de [[ADRES|Assendorperstraat 150]]. Hij geeft aan dat het "beter gaat dan in de flat", hij slaapt beter en komt op tijd voor het depot. Xeplion 150 mg/4 wk, laatste gift [[DATUM|20/2]]. Geen positieve symptomen gerapporteerd, wel negatieve klachten (weinig initiatief, vlak). HoNOS 14 (was 21 bij opname).

2. Zorgmachtiging
Loopt af op [[DATUM|14-04]]. [[PERSOON|HK]] en [[PERSOON|WtB]]: geen verlenging aanvragen, [[PERSOON|Dennis]] werkt mee aan depot en afspraken. [[PERSOON|AP]] benoemt dat [[PERSOON|Dennis]] bang is dat "het dan weer misgaat zonder papieren". Besproken dat het signaleringsplan en de crisiskaart blijven.
Besluit: zorgmachtiging niet verlengen; signaleringsplan actualiseren samen met [[PERSOON|Dennis]] en moeder.

3. Werk en dagbesteding
[[PERSOON|Dennis]] wil graag bij een fietsenmaker werken. [[PERSOON|NR]] heeft contact met een werkgever in [[PLAATS|Zwolle-Zuid]]; proefplaatsing 2 ochtenden per week lijkt haalbaar.

4. Netwerk
Moeder, mw. [[PERSOON|Roelofs]], belt wekelijks met zorgen. [[PERSOON|Dennis]] vindt dat prima zolang "ze niet alles aan mama doorvertellen". Afspraak: een keer per 6 weken triadegesprek.

Actiepunten
- signaleringsplan actualiseren - [[PERSOON|WtB]], [[DATUM|21 maart]]
- brief aan OvJ / afmelding zorgmachtiging - [[PERSOON|HK]], vóór [[DATUM|1-4]]
- kennismaking werkgever - [[PERSOON|NR]] met [[PERSOON|Dennis]], week 11
- triadegesprek plannen - [[PERSOON|LJ]]
Volgend MDO: over 3 maanden.`,
  },
  {
    id: 'h2-014',
    genre: 'email',
    setting: 'GHZ',
    author: 'auteur-h2',
    text: `Van: [[PERSOON|Kramer, Yvonne]] <[[EMAIL|y.kramer@stichtingdehorst.nl]]>
Verzonden: woensdag [[DATUM|19 februari 2025]] 09:12
Aan: [[PERSOON|Bakker, Marloes]] <[[EMAIL|m.bakker@stichtingdehorst.nl]]>
CC: [[EMAIL|teamleiding.hofstede@stichtingdehorst.nl]]
Onderwerp: RE: afbouw risperidon [[PERSOON|Joost]]

Dag [[PERSOON|Marloes]],

Dank voor de registraties. Ik zie in de ABC-lijsten dat het hoofdbonken vooral rond het douchen en na de dagbesteding voorkomt, niet verspreid over de dag. Dat pleit er voor mij voor om de afbouw door te zetten: van 1 mg naar 0,5 mg per [[DATUM|1 maart]], mits het team de douchemomenten aanpast zoals jij voorstelt. Wil je met de ouders van [[PERSOON|Joost]] afstemmen? Moeder had eerder aangegeven bij elke wijziging gebeld te willen worden.

Het protocol vrijheidsbeperkende maatregelen staat op [[URL|https://intranet.stichtingdehorst.nl/protocollen/vbm-wzd]]; de helm valt daar volgens mij niet meer onder nu hij hem zelf pakt.

Groet,
[[PERSOON|Yvonne Kramer]]
arts verstandelijk gehandicapten
[[ORGANISATIE|Stichting De Horst]], locatie [[ORGANISATIE|De Hofstede]]
[[TELEFOON|0570 745 210]] | toestel [[ID|5512]]

> Van: [[PERSOON|Bakker, Marloes]]
> Verzonden: maandag [[DATUM|17 februari 2025]] 16:30
> Aan: [[PERSOON|Kramer, Yvonne]]
> Onderwerp: afbouw risperidon [[PERSOON|Joost]]
>
> Hoi [[PERSOON|Yvonne]],
>
> In de bijlage de ABC-registraties van [[PERSOON|Joost van Asselt]] (cliëntnr. [[ID|3310457]]) over de afgelopen vier weken. Het team noemt hem nog steeds [[PERSOON|Joppie]], ik heb dat in de rapportage zo laten staan. Kort samengevat: 23 incidenten hoofdbonken, waarvan 17 rond het douchen. Voorstel: douchen naar de avond en altijd door een vaste begeleider ([[PERSOON|Rianne]] of [[PERSOON|Sjoerd]]).
>
> Hartelijke groet,
> [[PERSOON|Marloes Bakker]] | gedragsdeskundige | [[ORGANISATIE|Stichting De Horst]]
> werkdagen ma, di, do`,
  },
  {
    id: 'h2-015',
    genre: 'rapportage',
    setting: 'wijk',
    author: 'auteur-h2',
    knownNames: ['Dhr. H. (Harm) Klein Gunnewiek'],
    text: `ma [[DATUM|3/3]] 08:20 Wondzorg ulcus cruris li. Wond 4x3 cm, beslag geel, matig exsudaat. Gereinigd, Aquacel Ag + Mepilex Border, compressie (korte rek) aangelegd. Dhr. klaagt over pijn bij aanleggen, paracetamol om 07:00 al genomen. /[[PERSOON|EtB]]

ma [[DATUM|3/3]] 17:45 Medicatie avond aangereikt. Dhr. had eten van de maaltijdservice niet aangeraakt. Gaf aan dat hij "geen zin had". Buurvrouw mw. [[PERSOON|Ter Brake]] (heeft sleutel) zegt dat hij de laatste dagen stil is. - [[PERSOON|mo]]

di [[DATUM|4/3]] 08:10 Dhr. in stoel geslapen, benen dik. Kousen niet aan gekregen, verband afgezakt. Opnieuw aangelegd. Dochter [[PERSOON|Marieke]] gebeld ([[TELEFOON|06-29481175]]), zij komt vanavond. /[[PERSOON|EtB]]

di [[DATUM|4/3]] 19:30 Dochter aanwezig. Zij stelt voor dat dhr. een paar weken bij haar logeert. Akkoord van dhr. Vanaf morgen zorg op logeeradres: [[ADRES|Javastraat 81-II]], [[POSTCODE|7512 wd]] [[PLAATS|Enschede]]. Planning aangepast, route [[PLAATS|Enschede-Noord]] neemt over. - [[PERSOON|mo]]

wo [[DATUM|5-3]] 09:00 Eerste bezoek logeeradres, trap naar 2e etage gaat moeizaam maar lukt. Wond iets schoner. Huisarts [[PERSOON|Veldhuis]] geïnformeerd over tijdelijk adres; podotherapeut afgezegd. [[PERSOON|Harm]] maakt grapjes over "op vakantie bij de dochter". /[[PERSOON|D.K.]]`,
  },
  {
    id: 'h2-016',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h2',
    text: `[[ORGANISATIE|Ziekenhuis De IJsselhof]] - Traumatologie en Orthogeriatrie, 4 Noord
[[ADRES|Hanzeweg 204]], [[POSTCODE|7418 AZ]] [[PLAATS|Deventer]]

Overplaatsingsbrief / ontslagbrief

Aan: specialist ouderengeneeskunde, GRZ-afdeling [[ORGANISATIE|Zorgcentrum De Schildershoek]], [[PLAATS|Bathmen]]
Kopie: huisarts [[PERSOON|Wiggers, E.]], [[PLAATS|Holten]]

Patiënt: [[PERSOON|Graaf, W. de]], man, geb. [[DATUM|11-01-1931]]
BSN [[BSN|320911937]] - ziekenhuisnr. [[ID|0887312]]
Opname [[DATUM|2/3/2025]] - ontslag [[DATUM|10/3/2025]]

Geachte collega,

Op [[DATUM|2 maart]] werd uw nieuwe patiënt, een [[LEEFTIJD|94]]-jarige man, gezien op de SEH na een val thuis op de trap. Röntgen toonde een mediale collumfractuur rechts (Garden IV). Op [[DATUM|3 maart]] verrichtten wij een hemi-arthroplastiek rechts (dr. [[PERSOON|Tuinstra]]).

Postoperatief beloop gecompliceerd door een delier (DOS max 8) op dag 1-3, behandeld met haloperidol laag gedoseerd en non-farmacologische maatregelen. Bij ontslag DOS 1, haloperidol gestaakt. Hb postoperatief 6,1, geen transfusie. Wond rustig, hechtingen op dag 14 verwijderen.

Mobiliteit: mag volledig belasten, loopt met looprek onder begeleiding van de fysiotherapeut ca. 15 meter. Katz-ADL 4. Thuissituatie: woonde zelfstandig met echtgenote (eveneens [[LEEFTIJD|90]]), trap naar slaapkamer.

Medicatie bij overplaatsing
- paracetamol 1000 mg 3dd1
- oxycodon 5 mg zn, max 3dd
- macrogol (Movicolon) 1dd1
- nadroparine (Fraxiparine) 2850 IE sc 1dd1 tot en met [[DATUM|1 april]]
- colecalciferol 800 IE 1dd1
- tamsulosine 0,4 mg 1dd1 (eigen medicatie)

Afspraken: poli orthopedie over 6 weken met X-heup (afspraak volgt per post). Zoon [[PERSOON|Bert de Graaf]] is eerste contactpersoon, [[TELEFOON|0570-551283]].

Met vriendelijke groet,
drs. [[PERSOON|S. van 't Erve]], arts-assistent chirurgie
supervisor: dr. [[PERSOON|H.J. Tuinstra]], orthopedisch chirurg`,
  },
  {
    id: 'h2-017',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-h2',
    knownNames: ['Mw. P.E. Koorndijk'],
    text: `Crisisdienst [[ORGANISATIE|GGZ Nieuwe Maas]] - verslag beoordeling
Datum: zo [[DATUM|16 februari 2025]], aanmelding 22:55

Aanmelder: politie, via de meldkamer. Agent [[PERSOON|De Graaf]] (dienstnummer niet genoteerd) belt vanaf de woning van mw. aan de [[ADRES|Katendrechtse Lagedijk 301-A]], [[POSTCODE|3082 AD]] [[PLAATS|Rotterdam]]. Buren hadden gebeld vanwege geschreeuw en harde muziek sinds de middag. Mw. zou vanaf het balkon spullen naar beneden hebben gegooid (bloempotten, een strijkijzer). Niemand geraakt.

Bij aankomst (23:40, ondergetekende met psychiater dr. [[PERSOON|Sewnath]]): mw. [[PERSOON|Priscilla Koorndijk]], 52 jaar, staat in de gang, praat onafgebroken en springt van de hak op de tak. Zegt dat zij "door God gestuurd is om [[PLAATS|Charlois]] schoon te maken". Niet te onderbreken, geen ziektebesef. Slaapt volgens zoon al vier nachten niet. Geen alcohol of drugs volgens zoon, tox niet afgenomen.

Zoon [[PERSOON|Jermaine]] (24) was aanwezig, woont zelf in [[PLAATS|Schiedam]]. Hij vertelt dat zijn moeder in 2016 en 2020 ook zo is geweest, toen opgenomen in [[ORGANISATIE|Kliniek Zuiderpark]]. Lithium is ze vorig jaar zelf gestopt "omdat ze er dik van werd". Huisarts is dr. [[PERSOON|Baldewsingh]], tijdens diens vakantie neemt dr. [[PERSOON|Oei]] waar.

Buurman dhr. [[PERSOON|van der Kooij]] (benedenwoning) wil aangifte doen van vernieling van zijn auto.

Beoordeling: manisch toestandsbeeld met psychotische kenmerken bij bekende bipolaire-I-stoornis. Ernstig nadeel: maatschappelijke teloorgang, agressie door provocatie (buren), gevaar voor anderen door gooien met voorwerpen. Mw. weigert vrijwillige opname.

Besluit: medische verklaring opgesteld, crisismaatregel aangevraagd bij de burgemeester (loco). Toegekend 01:35. Vervoer per ambulance met politiebegeleiding naar [[ORGANISATIE|Kliniek Zuiderpark]], afdeling HIC 2. Zoon gaat mee. Zoon is bereikbaar op [[TELEFOON|+31 6 4418 2093]].

Verpleegkundige [[PERSOON|Ravi Ramdin]], crisisdienst
dr. [[PERSOON|A. Sewnath]], psychiater`,
  },
  {
    id: 'h2-018',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-h2',
    text: `Verwijsbrief specialistische GGZ
ZorgDomein-verwijzing [[ID|4821930017]]

Van: [[ORGANISATIE|Gezondheidscentrum Camminghaburen]], [[ADRES|Wiardastate 4-a]], [[POSTCODE|8925 AB]] [[PLAATS|Leeuwarden]]
Aan: intake, [[ORGANISATIE|GGZ Fryslân Oost]], team trauma

[[PLAATS|Leeuwarden]], [[DATUM|24-2-2025]]

Betreft: mw. [[PERSOON|Sjoukje Terpstra]], geb. [[DATUM|30-06-1997]]
[[ADRES|Noorderweg 27 bis]], [[POSTCODE|8911 hj]] [[PLAATS|Leeuwarden]], tel. [[TELEFOON|06-31925570]]
BSN [[BSN|925403830]]

Geachte collega,

Graag verwijs ik mw. [[PERSOON|Terpstra]] (27 jaar) voor diagnostiek en behandeling van mogelijke PTSS.

Anamnese: in de zomer van 2023 was mw. als fietser betrokken bij een ongeval op de ringweg, waarbij zij een vrachtwagen onder zich door zag rijden. Zelf lichtgewond. Sinds enkele maanden herbelevingen, nachtmerries, vermijding van de ringweg en van fietsen in het donker, prikkelbaarheid. Ze werkt als doktersassistente, is sinds [[DATUM|6 januari]] voor 50% ziekgemeld.

Bij mij (POH-GGZ) 6 gesprekken gehad sinds [[DATUM|15 oktober]]. PCL-5: 52. Psycho-educatie en stabilisatie gaven enige verlichting, maar de kern blijft. Geen suïcidaliteit, geen middelengebruik. Wel M. Crohn, rustig op Humira; MDL-arts is op de hoogte.

Hulpvraag: traumagerichte behandeling (EMDR of PE).

Met vriendelijke groet,

[[PERSOON|Tessa Kooistra]], POH-GGZ
namens [[PERSOON|R.A. Dijkhuizen]], huisarts, AGB [[ID|01098765]]
[[EMAIL|t.kooistra@gccamminghaburen.nl]]`,
  },
  {
    id: 'h2-019',
    genre: 'overdracht',
    setting: 'VVT',
    author: 'auteur-h2',
    knownNames: ['Mw. E.J. (Lies) Noppert-ten Brinke'],
    text: `SBAR telefonisch overleg huisartsenpost, [[DATUM|23-02]] 21:15

S: Ik bel over mw. [[PERSOON|Noppert-ten Brinke]], [[LEEFTIJD|92]] jaar, [[ORGANISATIE|Zorgcentrum De Hanzehof]] in [[PLAATS|Kampen]], kamer 208. Sinds 20:00 benauwd, saturatie 86% zonder zuurstof, AF 28/min, T 39,1 °C, pols 118 onregelmatig, RR 105/60.

B: Bekend met hartfalen, DM2 en de ziekte van Parkinson. Gebruikt o.a. Madopar, furosemide en metformine. Er is een NR-verklaring en mw. wil niet meer naar het ziekenhuis (vastgelegd [[DATUM|4 januari]]). Gisteren wat hoesten, verder geen bijzonderheden.

A: Ik denk aan een longontsteking. Mw. is suffer dan normaal maar aanspreekbaar, zegt "ik ben [[PERSOON|lies]] en ik ben moe".

R: Graag een visite of telefonisch beleid. Ik wil weten of we zuurstof mogen starten (concentrator staat op de afdeling) en of er antibiotica komen.

Beleid dienstdoend arts dr. [[PERSOON|El Amrani]] (22:05, telefonisch): amoxicilline/clavulaanzuur 500/125 mg 3dd1, eerste gift vanavond via de dienstapotheek; 2 L zuurstof; comfortbeleid afgesproken met dochter [[PERSOON|Hennie]] (gebeld 22:20). Morgen eigen huisarts [[PERSOON|Bosma]] laten terugkoppelen.

Gebeld door [[PERSOON|Jacqueline]] (VIG), afdeling bereikbaar via [[TELEFOON|038-3319020]], toestel [[ID|2231]].
/[[PERSOON|JvE]]`,
  },
  {
    id: 'h2-020',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h2',
    knownNames: ['Mw. S. Yilmaz'],
    text: `[[DATUM|03-02-2025]] spreekuur /[[PERSOON|MvL]]
S/ 6 wk moe, duizelig bij opstaan, trek in zout, 4 kg afgevallen. Werkt in ploegendienst in distributiecentrum. Menstruatie regelmatig. Moeder ([[PERSOON|Ayşe]]) heeft hypothyreoïdie.
O/ RR zit 102/64, staand 88/55, pols 96. Opvallend bruin voor de tijd van het jaar, handlijnen gepigmenteerd.
E/ moeheid eci, DD hypothyreoïdie, anemie, M. Addison
P/ lab: Hb, ferritine, TSH, Na, K, glucose, kreat, cortisol 08:00. Terug na uitslag.

[[DATUM|07-02]] uitslag /[[PERSOON|MvL]]
Na 131, K 5,4, cortisol 89 nmol/l (laag), TSH nl.
E/ verdenking primaire bijnierschorsinsufficiëntie (M. Addison)
P/ tel overleg internist dr. [[PERSOON|Van Houten]], spoedverwijzing poli interne [[ORGANISATIE|Ziekenhuis Hunzeborg]] morgen. Pt telefonisch geïnformeerd, alarmsymptomen besproken. Partner [[PERSOON|Emre]] brengt haar.

[[DATUM|14/2]] brief interne /[[PERSOON|ADJ]]
Synacthen-test afwijkend, M. Addison bevestigd. Gestart hydrocortison 10-5-5 mg en fludrocortison 0,1 mg. Noodinjectie Solu-Cortef + SOS-kaart uitgelegd. Ctrl poli over 6 wk. Episode aangemaakt, ICPC T99.`,
  },
  {
    id: 'h2-021',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-h2',
    knownNames: ['Dhr. K. (Kev) Drenth'],
    text: `Ambulante begeleiding - huisbezoek di [[DATUM|25-02]], 10:00-11:30
Aanwezig: [[PERSOON|Kev]], begeleider [[PERSOON|Sandra van der Wal]]

Post: samen de stapel doorgenomen. Er lagen twee aanmaningen van de zorgverzekeraar en een brief van de gemeente over de huurtoeslag. [[PERSOON|Kev]] had ze "in de la gelegd omdat ik er toch niks van snap". Aanmaningen gefotografeerd en doorgestuurd naar de bewindvoerder, mw. [[PERSOON|Lamberts]]. Zij belt hem donderdag.

Huishouden: keuken redelijk, badkamer niet schoongemaakt sinds vorige week. Afgesproken dat hij zaterdag de badkamer doet, ik stuur hem vrijdag een herinnering via WhatsApp.

Werk: gaat nog steeds drie ochtenden naar de kringloop in [[PLAATS|Emmerhout]]. Vindt het leuk, maar baalt dat collega [[PERSOON|Stefan]] hem "de dombo" noemt. Besproken hoe hij dit kan zeggen tegen zijn werkbegeleider [[PERSOON|Ria]]. Hij wil het eerst zelf proberen.

Gezondheid: rookt weer meer (1 pakje per dag), slaapt laat. Afspraak bij de huisarts voor zijn rug staat op [[DATUM|4 maart]] om 08:40, ik ga mee.

Netwerk: zus [[PERSOON|Chantal]] komt zondag eten. Contact met vader is er nog steeds niet.

Volgende afspraak: di [[DATUM|4/3]] na de huisarts. - [[PERSOON|SvdW]]`,
  },
  {
    id: 'h2-022',
    genre: 'mdo',
    setting: 'GHZ',
    author: 'auteur-h2',
    knownNames: ['Mw. L. (Lotte) Hendriks'],
    text: `Verslag multidisciplinair overleg
Cliënt: [[PERSOON|Hendriks, L.]], woning [[ORGANISATIE|De Lindehof]], groep Vlinder
Datum: [[DATUM|13-02-2025]]

Aanwezig: dhr. en mw. [[PERSOON|Hendriks]] (ouders/wettelijk vertegenwoordigers), [[PERSOON|Berg, K. van den]] (AVG), [[PERSOON|Fleur Gerritsen]] (persoonlijk begeleider, [[PERSOON|FG]]), [[PERSOON|O. Yıldız]] (logopedist, [[PERSOON|OY]]), [[PERSOON|T. Wessels]] (fysiotherapeut, [[PERSOON|TW]]), [[PERSOON|M. Bos]] (diëtist, [[PERSOON|MB]])
Notulen: [[PERSOON|FG]]

Achtergrond: [[PERSOON|Lotte]] (23) heeft het syndroom van Rett, epilepsie en een scoliose. Zij communiceert met blik en gezichtsuitdrukking, eet gemalen voeding met hulp.

1. Eten en drinken
[[PERSOON|OY]]: de laatste maanden vaker verslikken, vooral bij dun vloeibaar. Videofluoroscopie [[DATUM|29/1]] liet stille aspiratie zien. Twee keer een pneumonie sinds de zomer. Gewicht gezakt van 41 naar 38,5 kg. [[PERSOON|MB]] adviseert extra energie via Nutridrink compact.
Ouders zijn niet vanzelfsprekend voor een PEG-sonde ("dan is het eten als plezier ook weg"). [[PERSOON|Van den Berg]] legt uit dat een PEG naast plezierhapjes kan.
Besluit: dranken indikken (Nutilis, niveau 2), in 4 weken bedenktijd voor ouders, gesprek met MDL-arts [[ORGANISATIE|Ziekenhuis Veluwezoom]] aanvragen.

2. Houding en mobiliteit
[[PERSOON|TW]]: zitorthese knelt, scoliose toegenomen. Nieuwe rolstoelaanpassing via de leverancier.

3. Epilepsie
Aanvallen stabiel, ca. 2 per maand, laatste [[DATUM|8 feb]]. Geen wijziging.

Actiepunten
- indikken starten en team instrueren - [[PERSOON|OY]], [[DATUM|17-2]]
- verwijzing MDL-arts - [[PERSOON|KvdB]], [[DATUM|20-2]]
- Nutridrink bestellen, wegen 1x/week - [[PERSOON|MB]] / [[PERSOON|FG]]
- rolstoelleverancier bellen - [[PERSOON|TW]]
- evaluatie met ouders - [[DATUM|13 maart]]`,
  },
  {
    id: 'h2-023',
    genre: 'email',
    setting: 'ZKH',
    author: 'auteur-h2',
    text: `Van: Transferbureau [[ORGANISATIE|Ziekenhuis De IJsselhof]] <[[EMAIL|transfer@ijsselhof-zkh.nl]]>
Aan: zorgbemiddeling <[[EMAIL|zorgbemiddeling@zorggroepsalland.nl]]>
Datum: [[DATUM|07-03-2025]] 11:48
Onderwerp: plaatsing GRZ dhr. [[PERSOON|De Graaf]], ziekenhuisnr. [[ID|0887312]]

Beste collega's,

Dhr. [[PERSOON|W. de Graaf]] ([[LEEFTIJD|94]]), patiëntnummer [[ID|0887312]], is medisch klaar per maandag [[DATUM|10 maart]]. Kunnen jullie bevestigen dat het GRZ-bed in [[PLAATS|Bathmen]] dan vrij is? Overdracht verpleegkunde volgt via het eOverdracht-systeem, de medische brief gaat op de dag van ontslag mee.

Vervoer: liggend, zoon regelt geen eigen vervoer.

Met vriendelijke groet,
[[PERSOON|Ingrid Holtkamp]]
transferverpleegkundige
[[TELEFOON|0570 64 21 00]], toestel [[ID|4872]]`,
  },
  {
    id: 'h2-024',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-h2',
    knownNames: ['Mw. T. Zwart-Hoving'],
    text: `[[DATUM|1 mrt '25]] nacht: rustig. 1x verschoond om 03:00. /[[PERSOON|wh]]
[[DATUM|1 mrt '25]] vroege dienst: mw. werd vandaag [[LEEFTIJD|100]]! Burgemeester kwam om 11:00 met bloemen, kleinzoon [[PERSOON|Daan]] maakte foto's voor de krant. Mw. genoot zichtbaar, at twee stukken taart. /[[PERSOON|an]]
[[DATUM|1 mrt '25]] late dienst: moe van de dag, om 19:30 naar bed. Zegt: "wie had dat gedacht, dat ik dit nog mee zou maken." - [[PERSOON|Priya]]
[[DATUM|2-3]] nacht: om 01:00 pijn op de borst aangegeven, na controle (pols 76, RR 132/70) en een glaasje water weer geslapen. Dagdienst graag nog eens navragen. /[[PERSOON|wh]]
[[DATUM|2-3]] dag: navraag gedaan, weet niets meer van vannacht, geen pijn. Dochter mw. [[PERSOON|Hoving]] geïnformeerd. /[[PERSOON|an]]`,
  },
];
