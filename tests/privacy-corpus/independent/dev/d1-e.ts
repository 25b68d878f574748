import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd1-060',
    genre: 'mdo',
    setting: 'GGZ',
    author: 'auteur-d1',
    knownNames: ['Mw. A.M. (Annie) Kuiper-de Lange'],
    text: `MDO ouderenpsychiatrie, kliniek [[ORGANISATIE|Het Wilgenhof]] – [[DATUM|26 februari 2025]]

Aanwezig
drs. [[PERSOON|M. Riemersma]] (psychiater), [[PERSOON|T. Bakker]] (klinisch psycholoog), [[PERSOON|Jannie]] (verpleegkundige), [[PERSOON|A. Hoogeveen]] (SO, consult), [[PERSOON|G. Kuiper]] (zoon, telefonisch)
Notulen: [[PERSOON|RdJ]]

Bespreking mw. [[PERSOON|Kuiper-de Lange]]
Mw. is [[LEEFTIJD|91]] en sinds [[DATUM|8 januari]] opgenomen met een ernstige depressie met psychotische kenmerken (schuldwanen, ze denkt dat ze de familie geruïneerd heeft). Nortriptyline (spiegel 110) en daarna aanvullend quetiapine gaven onvoldoende effect. Eet en drinkt slecht: gewicht van 58 naar 52 kg.

[[PERSOON|Riemersma]]: ECT is geïndiceerd, de kans op herstel is bij deze leeftijd en dit beeld goed.
[[PERSOON|Hoogeveen]]: somatisch geen contra-indicaties, wel aortastenose matig; anesthesie-consult nodig. Pacemaker sinds 2018.
Zoon: zijn moeder heeft in 1987 al eens ECT gehad in [[PLAATS|Assen]] en zei toen "als het ooit weer nodig is, doe het dan". Hij steunt het. Zijn zus [[PERSOON|Hillie]] twijfelt nog.
[[PERSOON|Jannie]]: mw. zegt zelf wisselend ja en nee. Wilsbekwaamheid voor dit besluit twijfelachtig.

Besluit
- wilsbekwaamheid formeel beoordelen ([[PERSOON|MR]], deze week)
- anesthesie-consult en cardioloog (pacemaker) – [[PERSOON|AH]], voor [[DATUM|7/3]]
- familiegesprek met zoon en dochter op [[DATUM|4 maart]] 14 uur
- voeding: sondevoeding nu niet, wel Nutridrink Compact 2x daags

Volgende bespreking [[DATUM|12 maart]].`,
  },
  {
    id: 'd1-061',
    genre: 'email',
    setting: 'HA',
    author: 'auteur-d1',
    text: `Van: [[PERSOON|Margriet Ophof]] – apotheker <[[EMAIL|m.ophof@apotheekhetmolenhuis.nl]]>
Aan: [[EMAIL|assistentes@huisartsenhaarlo.nl]]
Onderwerp: interactie – pt [[PERSOON|Geerdink, H.]], geb. [[DATUM|12-12-1950]]

Goedemorgen,

Vandaag kwam een recept binnen voor claritromycine 500 mg 2dd voor dhr. [[PERSOON|Geerdink]]. Hij gebruikt ook simvastatine 40 mg en Xarelto 20 mg. Claritromycine geeft met beide een relevante interactie (spierschade, verhoogd bloedingsrisico). Voorstel: doxycycline of amoxicilline, afhankelijk van de indicatie. Kunnen jullie dit voorleggen aan dokter [[PERSOON|Wissink]]? Ik houd het recept vast tot ik wat hoor.

Met vriendelijke groet,
[[PERSOON|Margriet Ophof]]
apotheker
[[ORGANISATIE|Apotheek Het Molenhuis]]
[[ADRES|Dorpsstraat 40]], [[POSTCODE|7273 AC]] [[PLAATS|Haarlo]]
T [[TELEFOON|0545-261930]] (spoedlijn voor zorgverleners: [[TELEFOON|0545-261939]])
[[URL|www.apotheekhetmolenhuis.nl]]`,
  },
  {
    id: 'd1-062',
    genre: 'rapportage',
    setting: 'wijk',
    author: 'auteur-d1',
    knownNames: ['Dhr. O. (Otto) Brink'],
    text: `[[DATUM|19-7]] 09:10 steunkousen aan, kruidvat-kousenaantrekker werkt goed. Dhr. had al gedoucht. - [[PERSOON|jdb]]
[[DATUM|20-7]] 09:05 niet thuis, buurman zegt dat hij met zijn zoon naar [[PLAATS|Lochem]] is. Zoon gebeld ([[TELEFOON|06-19847206]]), klopt, afspraak niet afgezegd. Nieuwe tijd morgen 9 uur. - [[PERSOON|jdb]]`,
  },
  {
    id: 'd1-063',
    genre: 'overdracht',
    setting: 'GHZ',
    author: 'auteur-d1',
    knownNames: ['Mw. N. (Nikki) Schuurman'],
    text: `Dienstoverdracht laat → slaapdienst, [[ORGANISATIE|Woonhuis Het Veerhuis]], [[DATUM|13/1]]

S: [[PERSOON|Nikki]] heeft vanavond twee keer met haar hoofd tegen de muur gebonkt.
B: Bekend met zelfverwonding bij overprikkeling. Vandaag was er een brandoefening op de dagbesteding en kwam haar vader onverwacht langs.
A: Beide keren na lawaai in de gang. Daarna met verzwaringsdeken op haar kamer, sindsdien rustig. Bult op voorhoofd, geen wondje, niet suf, braakt niet.
R: Slaapdienst ([[PERSOON|Ahmed]]) om 23:00 en 03:00 even kijken (ademhaling, wekbaar). Bij braken of sufheid de arts bellen via de centrale, [[TELEFOON|0412-699100]]. Morgen melding en bespreken met gedragsdeskundige [[PERSOON|Lambregts]].
Overdracht door [[PERSOON|Sophie]] /[[PERSOON|SvB]]`,
  },
  {
    id: 'd1-064',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-d1',
    knownNames: ['Mw. L. (Lotte) Huizinga'],
    text: `Crisisdienst [[PLAATS|Groningen]] – zaterdag [[DATUM|5 oktober]] 20:30
Telefoon van moeder, mw. [[PERSOON|Huizinga]] ([[TELEFOON|0592-341880]]), uit [[PLAATS|Assen]]: dochter [[PERSOON|Lotte]] (20, student) heeft vanmiddag appjes gestuurd met "sorry voor alles" en neemt haar telefoon niet op. Woont op kamers aan de [[ADRES|Nieuwe Ebbingestraat 87-2]], [[POSTCODE|9712 NG]] [[PLAATS|Groningen]]. Bekend bij [[ORGANISATIE|Centrum Eetstoornissen Noord]] (behandelaar [[PERSOON|Eefje de Groot]]) met anorexia nervosa.

21:05 Met politie ter plaatse, huisgenoot [[PERSOON|Mirthe]] liet ons binnen. [[PERSOON|Lotte]] lag op bed, aanspreekbaar, zei dat ze "alleen maar wilde slapen". Lege strip paracetamol (20 x 500 mg) gevonden, ingenomen rond 16 uur volgens haar.
Ambulance gebeld, naar SEH [[ORGANISATIE|Ziekenhuis Hunzepoort]] voor paracetamolspiegel en acetylcysteïne. Moeder geïnformeerd, rijdt naar het ziekenhuis.

Psychiatrisch consult volgt na somatische stabilisatie. Crisiskaart opgevraagd bij de behandelaar.
[[PERSOON|B. Oosting]], SPV / dr. [[PERSOON|H. Jager]] (achterwacht)`,
  },
  {
    id: 'd1-065',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d1',
    knownNames: ['Dhr. D. (Dylan) Hofstede'],
    text: `Verslag ambulante begeleiding – [[PERSOON|Dylan Hofstede]] – di [[DATUM|21 mei]]

Vandaag samen met [[PERSOON|Dylan]] naar het kantoor van zijn bewindvoerder, mw. [[PERSOON|Groenewegen]], in [[PLAATS|Alkmaar]]. Het leefgeld gaat vanaf juni naar € 60 per week, omdat de schuld bij de zorgverzekeraar bijna is afgelost. [[PERSOON|Dylan]] was daar blij mee, maar wilde meteen een nieuwe telefoon kopen. Samen besproken dat hij eerst een maand wil sparen.

Daarna naar de huisarts ([[ORGANISATIE|Huisartsenpraktijk De Mare]]) voor zijn voet. Schimmelinfectie, crème meegekregen. Hij vond het spannend, maar heeft zelf het woord gedaan.

Zijn vriendin [[PERSOON|Sharon]] wil bij hem intrekken. Hij weet niet of dat mag van de woningbouw. Volgende keer samen uitzoeken en bespreken wat hij er zelf van vindt.

Afspraken
- dinsdag [[DATUM|28-5]] weer om 10 uur, boodschappenlijst maken
- ik bel de woningbouw over samenwonen
- [[PERSOON|Dylan]] smeert 2x per dag zijn voet in (herinnering op zijn telefoon gezet)

[[PERSOON|Jesse Wijnands]], ambulant begeleider, [[ORGANISATIE|Stichting Op Eigen Benen]]`,
  },
  {
    id: 'd1-066',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-d1',
    text: `[[ORGANISATIE|Ziekenhuis Maas en Kempen]] – Kindergeneeskunde, afd. Kinderen 2
[[ADRES|Schepenenlaan 80]], [[POSTCODE|6006 LM]] [[PLAATS|Weert]]

[[PLAATS|Weert]], [[DATUM|21-11-2024]]

Aan: huisarts [[PERSOON|D. Franssen]], [[ORGANISATIE|Huisartsenpraktijk Moesel]], [[PLAATS|Weert]]
c.c. jeugdarts [[ORGANISATIE|Consultatiebureau De Kroonsteen]]

Betreft: [[PERSOON|Noah Verhoef]], geb. [[DATUM|12-09-2024]], pat.nr. [[ID|9204417]]
Ouders: [[PERSOON|Bram Verhoef]] en [[PERSOON|Esra Öztürk]], [[ADRES|Hushoverweg 15-a]], [[POSTCODE|6004 kp]] [[PLAATS|Weert]]

Geachte collega [[PERSOON|Franssen]],

[[PERSOON|Noah]], een zuigeling van 9 weken, was van [[DATUM|15]] tot en met [[DATUM|21 november]] opgenomen in verband met een RSV-bronchiolitis.

Bij presentatie: 3 dagen neusverkouden, hoesten, sinds 1 dag slecht drinken (minder dan de helft van de voedingen) en intrekkingen. Saturatie 89% in kamerlucht, AF 64/min, temperatuur 38,4 °C. Sneltest RSV positief.

Beloop
Behandeld met zuurstof via neusbril (maximaal 1 l/min) en sondevoeding gedurende 3 dagen. Geen high-flow nodig. Vanaf [[DATUM|19/11]] zonder zuurstof, saturatie ≥ 93%. Drinkt nu weer volledige flesvoeding (Nutrilon 1, 8x 100 ml). Gewicht bij ontslag 4,9 kg (bij opname 4,8 kg).

Ouders zijn goed geïnstrueerd over alarmsymptomen (intrekkingen, minder dan de helft drinken, blauw zien). Moeder ([[PERSOON|Esra]]) was bijna de hele opname aanwezig; vader werkt in ploegendienst.

Conclusie: RSV-bronchiolitis, hersteld.
Beleid: geen medicatie. Geen controle nodig in het ziekenhuis, wel weegmoment bij het consultatiebureau over 1 week. Vaccinaties kunnen volgens schema doorgaan.

Met vriendelijke groet,
[[PERSOON|L. Hermans]], arts-assistent kindergeneeskunde
Supervisor: dr. [[PERSOON|J. Vaessen]], kinderarts`,
  },
  {
    id: 'd1-067',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-d1',
    text: `Verwijzing cardiologie
Aan: [[ORGANISATIE|Hartcentrum Westfriesland]], [[PLAATS|Hoorn]]
Van: [[PERSOON|A. Kalverda]], huisarts, [[ORGANISATIE|Praktijk Aan Zee]], [[ADRES|Strandweg 4]], [[POSTCODE|1777ab]] [[PLAATS|Hippolytushoef]]
Datum [[DATUM|2 december 2024]]

Patiënt: [[PERSOON|Kooiman, R.J.]], man, geb. [[DATUM|10-10-1966]]
BSN [[BSN|362150941]], polisnummer [[ID|873029516]]

Reden: pijn op de borst bij inspanning sinds 6 weken (fietsen tegen de wind, trap op), na 2-3 minuten rust over. Geen rustpijn. Risicofactoren: roken (30 pakjaren), hypercholesterolemie, vader MI op 54-jarige leeftijd.
ECG in rust: sinusritme 72/min, geen ST-afwijkingen. RR 148/92.
Gestart: acetylsalicylzuur 80 mg, nitrospray z.n., metoprolol 50 mg. Rookstopadvies gegeven.

Vraagstelling: stabiele angina pectoris? Graag verdere diagnostiek (CT-coronairen of ergometrie).

Tel. patiënt [[TELEFOON|+31 6 2214 8890]]

Met vriendelijke groet, [[PERSOON|Kalverda]]`,
  },
  {
    id: 'd1-068',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-d1',
    knownNames: ['Mw. W. (Wijnanda) Schouwenaar'],
    text: `[[DATUM|04-03]] visite
S: dochter [[PERSOON|Corrie]] belt: moeder sinds 3 dagen sloom, eet niet, valt in slaap aan tafel. Mw. is [[LEEFTIJD|95]]. Geen hoesten. Plast weinig.
O: suf maar wekbaar, niet georiënteerd in tijd. T 38,3. RR 110/64, p 98. Slijmvliezen droog. Pulm: schoon. Abd: suprapubisch drukpijn. Urine (katheter-urine door wijkvpk [[PERSOON|Mirjam]]): nitriet pos, leuko +++.
E: UWI met delier, dehydratie. Geen opnamewens (afspraak zie wilsverklaring).
P: nitrofurantoïne bij eGFR 38 niet ideaal, daarom fosfomycine 3 g eenmalig, herhaling na 3 dgn. Drinkschema met dochter, wijkverpleging 2x daags. Ctrl [[DATUM|6/3]]. /[[PERSOON|pvdb]]

[[DATUM|06-03]] visite
S: beter wakker, drinkt 1 l. Dochter opgelucht.
O: T 37,1. Alert, gedeeltelijk georiënteerd.
E: UWI met delier, herstellende.
P: tweede dosis fosfomycine vandaag. Ctrl z.n. /[[PERSOON|pvdb]]`,
  },
  {
    id: 'd1-069',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-d1',
    knownNames: ['Dhr. W. (Willem) Timmer'],
    text: `MDO kleinschalig wonen [[ORGANISATIE|De Eikenhof]], huis 3 – [[DATUM|9 september]]
Cliënt: dhr. [[PERSOON|Willem Timmer]]
Aanwezig: [[PERSOON|E. Lindhout]] (SO), [[PERSOON|Marit Heijnen]] (EVV), [[PERSOON|Ayşe]] (verzorgende IG), [[PERSOON|Koos Timmer]] en [[PERSOON|Janny Timmer]] (zoon en schoondochter), [[PERSOON|Wouter]] (activiteitenbegeleider)

Huidige situatie
Dhr. is 88, fronto-temporale dementie, woont sinds een jaar op huis 3. Sinds de zomer is hij ontremd naar vrouwelijke medewerkers (aanraken, opmerkingen). Medewerkers voelen zich ongemakkelijk. [[PERSOON|Ayşe]] heeft het gedrag bijgehouden in een ABC-lijst: vooral in de ochtend, bij de ADL.

Huid: smetplekken in liezen, Cavilon en Tena Slip. Kleine skin tear op de arm ([[DATUM|2-9]]), verbonden met Mepilex Transfer, genezend.

Familie
Zoon vertelt dat zijn vader vroeger timmerman was en altijd met zijn handen bezig. Schoondochter oppert of hij in de werkplaats van [[PERSOON|Wouter]] mag schuren en zagen. Dat vindt het team een goed idee (onder begeleiding).

Afspraken
1. ADL 's ochtends door mannelijke collega waar mogelijk – [[PERSOON|MH]]
2. Werkplaats 3x per week, 10.00-11.00 uur – [[PERSOON|Wouter]]
3. Medicatie: geen wijziging, over 6 weken evalueren of citalopram zinvol is – [[PERSOON|EL]]
4. Omgangsadvies op papier voor alle medewerkers – [[PERSOON|MH]], voor [[DATUM|16/9]]`,
  },
  {
    id: 'd1-070',
    genre: 'email',
    setting: 'GGZ',
    author: 'auteur-d1',
    text: `Hoi [[PERSOON|Rianne]],

Korte vraag over dhr. [[PERSOON|P. Kerkhof]], jullie wijkteam [[PLAATS|Overvecht]]. Hij heeft gisteren de afspraak met mij gemist en neemt niet op. Zijn laatste huur is niet betaald volgens de corporatie. Zouden jullie deze week langs kunnen gaan op de [[ADRES|Zambesidreef 14-bis]]? Ik maak me zorgen, vorig jaar rond deze tijd ging het ook mis.

Groet, [[PERSOON|Ilona]]

[[PERSOON|Ilona Verkerk]] | SPV, FACT [[PLAATS|Utrecht-Noord]]
[[ORGANISATIE|Domstad GGZ]] | [[TELEFOON|030-2308 915]] | [[EMAIL|i.verkerk@domstadggz.nl]]`,
  },
  {
    id: 'd1-071',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-d1',
    knownNames: ['Mw. R. (Rika) Veldhuis'],
    text: `[[DATUM|1 mei]] 23:30 Mw. roept, heeft pijn in haar rug. Oxazepam niet gegeven (niet voorgeschreven voor pijn), paracetamol 1 g gegeven om 23:40. Om 00:30 slaapt ze. /[[PERSOON|KdB]]
[[DATUM|2 mei]] 04:15 In bed geplast, beddengoed verschoond, huid intact. Drinkt een beker water. /[[PERSOON|KdB]]
[[DATUM|2 mei]] 10:00 Fysio ([[PERSOON|Jan-Willem]]) heeft rugoefeningen gedaan, pijn 4/10. Mw. vertelde dat ze haar man [[PERSOON|Henk]] mist; hij is [[DATUM|3 mei 2019]] overleden, morgen is het vijf jaar geleden. Dochter [[PERSOON|Carla Veldhuis]] komt morgen met bloemen. - [[PERSOON|yd]]
[[DATUM|3 mei]] 15:30 Dochter geweest, samen naar de begraafplaats in [[PLAATS|Nijverdal]] gereden. Mw. was daarna verdrietig maar rustig. "Het was goed zo." - [[PERSOON|yd]]`,
  },
  {
    id: 'd1-072',
    genre: 'overdracht',
    setting: 'ZKH',
    author: 'auteur-d1',
    knownNames: ['Dhr. E. (Eduardo) Fernandes Tavares'],
    text: `Overdracht late dienst → nacht, afd. Orthopedie B2, [[DATUM|17-6]] 22:45

S: dhr. [[PERSOON|Fernandes Tavares]], 67 jr, dag 1 na TKP rechts. Pijn is het grootste probleem.
B: Voorgeschiedenis: DM2, OSAS (CPAP thuis, apparaat is mee). Spreekt Portugees en wat Nederlands; zoon [[PERSOON|Miguel]] vertaalt overdag.
A: Pijn VAS 7 ondanks Oxynorm 10 mg om 20:00. Drain 120 ml. Wond droog. Glucose 12,8 om 22:00, correctie volgens schema gegeven. Mictie spontaan. CPAP nog niet aan, hij wil eerst slapen "zonder dat ding".
R: Pijn om 00:00 opnieuw scoren, zo nodig Oxynorm herhalen (minimaal 4 uur na vorige). Bij VAS > 6 arts-assistent [[PERSOON|Schoemaker]] bellen (sein [[ID|8832]]). CPAP stimuleren vanwege de opiaten. Glucose 06:00.

[[PERSOON|Kirsten]] → [[PERSOON|Jamal]] /[[PERSOON|KL]]`,
  },
  {
    id: 'd1-073',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-d1',
    knownNames: ['Mw. M. (Mandy) de Lange'],
    text: `Crisiscontact beschermd wonen [[ORGANISATIE|Wooninitiatief De Veerman]], [[DATUM|30/11]] 03:20
Nachtbegeleider [[PERSOON|Romano]] belt: [[PERSOON|Mandy]] heeft zich gesneden aan haar bovenbeen, wond ca. 4 cm, bloedt niet meer. Ze zit in de gang, huilt, wil met iemand praten.
Telefonisch gesprek met [[PERSOON|Mandy]] (15 min): aanleiding ruzie met ex-vriend via WhatsApp. Crisiskaart gevolgd: ijsblokjes, muziek, niet alleen zijn. Geen suïcidale intenties. Wond door [[PERSOON|Romano]] schoongemaakt en met Steri-strips gesloten. Morgen naar de huisarts voor controle (dokter [[PERSOON|Oudshoorn]]).
Bericht aan behandelaar [[PERSOON|Claassen]] gestuurd. - [[PERSOON|np]], crisisdienst`,
  },
];
