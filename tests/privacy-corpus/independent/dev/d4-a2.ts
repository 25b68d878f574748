import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd4-a13',
    genre: 'email',
    setting: 'wijk',
    author: 'auteur-d4a',
    text: `Van: [[PERSOON|Naima el Idrissi]] <[[EMAIL|n.elidrissi@maaswijkzorg.nl]]>
Verzonden: maandag [[DATUM|4 maart 2024]] 08:17
Aan: [[EMAIL|zorgbemiddeling@wittenburcht.nl]]
CC: [[PERSOON|Sedney, R.]]
Onderwerp: FW: mama / crisisplek mw. [[PERSOON|Martina-Isenia]]

Goedemorgen,

Hieronder de mail van de dochter van mw. [[PERSOON|R. Martina-Isenia]] (geb. [[DATUM|19-10-1931]], [[LEEFTIJD|92]] jr), [[ADRES|Wolphaertsbocht 318-C]], [[POSTCODE|3083 MJ]] [[PLAATS|Rotterdam]]. De situatie thuis is niet meer veilig. Huisarts dr. [[PERSOON|Sedney]] staat achter een crisisopname, de spoedaanvraag bij het CIZ is vanochtend verstuurd.
Hebben jullie op [[ORGANISATIE|De Wittenburcht]] deze week een crisisbed op de PG? Mw. spreekt Papiaments en Nederlands, is mobiel met rollator, geen BPSD behalve nachtelijk dwalen.
Ik ben vandaag tot 16:30 bereikbaar.

Met hartelijke groet,
[[PERSOON|Naima el Idrissi]]
Casemanager dementie | [[ORGANISATIE|Maaswijk Zorg]]
[[TELEFOON|010-4867720]] / [[TELEFOON|06-23 56 01 84]] (niet op woensdag)

---------- Doorgestuurd bericht ----------
Van: [[PERSOON|Judith Martina]] <[[EMAIL|judithmartina68@hotmail.com]]>
Datum: zo [[DATUM|3 mrt 2024]] om 22:41
Onderwerp: mama
Aan: [[PERSOON|Naima el Idrissi]]

hoi [[PERSOON|naima]],

sorry dat ik zo laat mail. ik was vandaag bij mama en het ging echt niet goed. ze had niks gegeten, het eten van gisteren stond nog in de koelkast en ze dacht dat ik tante [[PERSOON|Shirley]] was. de buurvrouw van 3 hoog, mevr. [[PERSOON|Pronk]], zegt dat ze s nachts op de galerij loopt in haar ochtendjas en bij mensen aanbelt.
ik woon in [[PLAATS|Maastricht]] en kan niet vaker dan 1x in de 2 weken komen, mijn broer [[PERSOON|Ruben]] woont op Curaçao. ik kan dit niet meer.
kan ze niet naar [[ORGANISATIE|De Wittenburcht]]? daar woont ook tante [[PERSOON|Ceci]] van de kerk en mama kent het daar.
alvast bedankt voor alles wat je doet

groetjes [[PERSOON|judith]]
[[TELEFOON|06-87 12 44 03]]`,
  },
  {
    id: 'd4-a14',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-d4a',
    knownNames: ['Dhr. J.H.M. (Sjef) Vromen'],
    text: `ma [[DATUM|8 jan]] 10:30
Dhr. vandaag [[LEEFTIJD|103]] geworden! Dochter [[PERSOON|Mia Houben-Vromen]] en schoonzoon [[PERSOON|Hub]] kwamen met vlaai uit [[PLAATS|Venlo]]. Ook de burgemeester kwam even langs met bloemen, aangevraagd via de receptie van [[ORGANISATIE|De Goudse Hofstee]]. Dhr. zong een Venloos liedje en vertelde over zijn tijd als mijnwerker in [[PLAATS|Heerlen]]. Was aan het eind erg moe. - [[PERSOON|AvE]]

[[DATUM|9-1]] 14:00
Veel geslapen, at weinig bij de warme maaltijd. Hoort slecht, batterij li hoortoestel vervangen. - [[PERSOON|fz]]

[[DATUM|11-1]] 08:15
Benauwd bij de ADL, sat 89% zonder O2, enkels dikker. SO [[PERSOON|Lemmens]] gebeld, komt om 11u. Bed hoog gezet. Zr. [[PERSOON|Anneke]] heeft dochter ingelicht ([[TELEFOON|077-3541806]]). - [[PERSOON|AvE]]

[[DATUM|11-1]] 11:40
Visite SO: decompensatio cordis, furosemide opgehoogd. Geen opname, past bij afspraken (NR sinds [[DATUM|03-02-2019]]). Wegen 1x per dag. - [[PERSOON|van 't Hof]]

[[DATUM|12-1]] 16:00
Pastor [[PERSOON|Van Gils]] geweest. Dhr. wil graag de ziekenzalving, dochter akkoord, gepland vr. [[PERSOON|Mia]] blijft slapen in de logeerkamer van de afdeling. - [[PERSOON|fz]]

[[DATUM|14/01]] 07:30
Nacht rustig, 1x wakker om te plassen. Gewicht 71,2 kg (was 73,0 op [[DATUM|11/01]]). Dhr. grapt dat hij "nog lang niet van plan is te gaan, eerst de carnaval". - [[PERSOON|RB]]`,
  },
  {
    id: 'd4-a15',
    genre: 'overdracht',
    setting: 'ZKH',
    author: 'auteur-d4a',
    text: `VERPLEEGKUNDIGE OVERDRACHT
Van: [[ORGANISATIE|Merwezicht Ziekenhuis]], afd. Geriatrie B3, [[PLAATS|Dordrecht]]
Naar: woonzorgcentrum [[ORGANISATIE|De Koperwiek]], [[PLAATS|Zwijndrecht]], afd. Zeearend
Ontslagdatum: [[DATUM|15-05-2024]]

Patient: mw. [[PERSOON|H. (Hennie) van der Giessen-Kooij]]
Geboortedatum: [[DATUM|22-06-1932]]
Patientnummer: [[ID|7712094]]
BSN: [[BSN|451405614]]
Adres tot opname: [[ADRES|Burgemeester de Bruinelaan 55]], [[POSTCODE|3331 AC]] [[PLAATS|Zwijndrecht]]
Eerste contactpersoon: zoon [[PERSOON|Arie van der Giessen]], [[TELEFOON|078-6129944]] / [[TELEFOON|06-51 37 20 88]]
Tweede contactpersoon: kleindochter [[PERSOON|Demi]], [[TELEFOON|06-10 92 46 71]]
Huisarts: [[PERSOON|J. Mooij]], [[ORGANISATIE|Praktijk Het Veer]]

Reden opname: op [[DATUM|2 mei]] gevallen thuis, lag een nacht op de grond. Rhabdomyolyse, dehydratie, delier. Gevonden door buurman dhr. [[PERSOON|Stolk]] die de krant zag liggen.

Medisch: delier hersteld, onderliggend vermoedelijk beginnende dementie (nog niet gediagnosticeerd), COPD GOLD 2, AF. Wilsverklaring aanwezig, NR-beleid sinds [[DATUM|04-05-2024]].
ADL: hulp bij wassen onderlichaam en aankleden, zelf eten met klaarzetten.
Mobiliteit: rollator, transfers met begeleiding van 1. Valrisico hoog.
Voeding: normaal, advies eiwitverrijkt. Gewicht 58 kg.
Uitscheiding: continent overdag, 's nachts Tena.
Huid: decubitus categorie 2 sacrum, 2x1 cm, Mepilex Border, wisselen om de 3 dagen, laatst [[DATUM|14/5]].
Cognitie: wisselend georienteerd. Vraagt veel naar haar kat (is bij [[PERSOON|Demi]]).
Medicatie: zie medicatieoverzicht, apixaban 2,5 mg 2dd, tiotropium inh, furosemide 20 mg, haloperidol gestopt [[DATUM|10-05]].
Afspraken: poli geriatrie [[DATUM|29 mei]] 10:20 bij dr. [[PERSOON|Tjon-A-Fat]], geheugenonderzoek.

Overdracht door: [[PERSOON|K. Zoetemelk]], verpleegkundige, toestel [[ID|4417]]`,
  },
  {
    id: 'd4-a16',
    genre: 'mdo',
    setting: 'wijk',
    author: 'auteur-d4a',
    knownNames: ['Dhr. M. (Mustafa) Demir'],
    text: `Keukentafel-MDO thuis, [[ADRES|Oranje Nassaulaan 14-bis]], [[PLAATS|Zeist]] - [[DATUM|18 juni]]
Aanwezig: dhr. [[PERSOON|Demir]] (deels), echtgenote [[PERSOON|Fatma Demir]], zonen [[PERSOON|Kemal]] en [[PERSOON|Erdal]], schoondochter [[PERSOON|Elif]] (tolkt), wijkvpk [[PERSOON|Samet Aydin]], casemanager [[PERSOON|Jolanda Teunissen]] ([[ORGANISATIE|Heuvelrug Zorg]]). HA [[PERSOON|Verweij]] telefonisch 10 min.

Stand van zaken
Dhr. (79) heeft sinds 2 jaar de diagnose ziekte van Alzheimer, gesteld in het [[ORGANISATIE|Vechtstede MC]]. Hij wordt 's avonds onrustig en wil "naar huis", bedoelt dan het dorp waar hij is opgegroeid. Mw. slaapt slecht, heeft rugklachten en zegt zelf: "ik ben op".
[[PERSOON|Erdal]] woont in [[PLAATS|Amersfoort]] en komt di en za, [[PERSOON|Kemal]] woont om de hoek op de [[ADRES|Laan van Vollenhove 2113]] en komt dagelijks even.

Besproken
- Dagbesteding: dhr. gaat sinds april 1x/wk naar [[ORGANISATIE|De Theetuin]], Turkstalige groep. Gaat goed, hij praat daar veel over vroeger. Uitbreiden naar 2x, [[PERSOON|Jolanda]] vraagt dit aan.
- Ramadan ging moeilijk, dhr. vergat dat hij vastte en werd boos als hij niet mocht eten. HA: vasten is medisch niet verstandig, imam [[PERSOON|Yusuf Kalkan]] heeft dat ook tegen de familie gezegd.
- Respijt: familie wil in de zomer 3 weken naar Turkije. Logeeropvang aanvragen bij [[ORGANISATIE|Zonnegaarde]] in [[PLAATS|Driebergen]]. [[PERSOON|Jolanda]] belt.
- Medicatie: rivastigmine pleister, huid op de rug rood. Wijkvpk kijkt elke dag, plek wisselen.
- Valpreventie: losse kleden weg, [[PERSOON|Kemal]] regelt beugels in de badkamer.

Afspraken
[[PERSOON|JT]]: uitbreiding dagbesteding + logeeraanvraag voor [[DATUM|1 juli]]
[[PERSOON|SA]]: huid controle, terugkoppeling HA
Familie: mantelzorgrooster, steunpunt mantelzorg bellen
Volgend overleg: [[DATUM|27-08]]`,
  },
  {
    id: 'd4-a17',
    genre: 'soep',
    setting: 'VVT',
    author: 'auteur-d4a',
    knownNames: ['Mw. A. (Aaltsje) Dijkstra-Postma'],
    text: `SO-visite [[DATUM|2/5]], [[ORGANISATIE|Het Amandelhof]] app. 2.14
S: EVV [[PERSOON|Jeroen]] meldt: mw. heeft sinds 3 dagen pijn li knie, loopt minder, wil niet meer naar de huiskamer. Geen val gezien. Mw. zelf: "dat knie wol net mear". Eetlust wat minder.
O: [[LEEFTIJD|96]] jr, alert, vriendelijk. Li knie warm, gezwollen, hydrops +, flexie tot 70 gr pijnlijk. Geen wondjes. T 37,6. Re knie rustig. Bekende gonartrose beiderzijds.
E: artritis li knie, DD jichtaanval / pseudojicht, septische artritis minder waarschijnlijk (geen koorts, geen porte d'entree).
P: lab (CRP, urinezuur, nierfunctie) morgen via prikdienst. Colchicine 0,5 mg 2dd 3 dagen, paracetamol vast 1 g 3dd. Koelen. Bij koorts of verergering overleg orthopedie [[ORGANISATIE|Rijnhove]] over punctie. Dochter [[PERSOON|Baukje]] in [[PLAATS|Drachten]] gebeld ([[TELEFOON|0512-587730]]), zij komt zondag. Evaluatie ma.
/[[PERSOON|ELdJ]]`,
  },
  {
    id: 'd4-a18',
    genre: 'email',
    setting: 'wijk',
    author: 'auteur-d4a',
    text: `Van: [[EMAIL|wijkteam.zuilen@thuiszorgvlietland.nl]]
Aan: [[EMAIL|baxter@apotheekvredenburg.nl]]
Datum: [[DATUM|21 februari]] 13:05
Onderwerp: RE: medicatiewijziging dhr. [[PERSOON|Schoenmaker]]

Hoi [[PERSOON|Ton]],

Ontvangen, dank. Wij gaan vanaf vrijdag uit van de nieuwe rol. De oude rol halen wij morgen weg bij dhr. [[PERSOON|Schoenmaker]] ([[ADRES|Amsterdamsestraatweg 560 bis]]), die leveren we bij jullie in.
Kleine vraag: de metoprolol zat steeds los in een potje omdat hij die halveert, gaat die nu in de rol? Hij ziet slecht en pakt soms het verkeerde potje.
Verder gaat het redelijk met dhr., hij wil zelfs zijn schoenen weer naar de schoenmaker op de hoek brengen.

Groet,
[[PERSOON|Lieke Verbeek]], wijkverpleegkundige
wijkteam [[PLAATS|Zuilen]], [[ORGANISATIE|Thuiszorg Vlietland]]
[[TELEFOON|06-30 58 41 26]]

-----Oorspronkelijk bericht-----
Van: [[PERSOON|Wesseling, Ton]] <[[EMAIL|baxter@apotheekvredenburg.nl]]>
Verzonden: woensdag [[DATUM|21-02-2024]] 10:48
Onderwerp: medicatiewijziging dhr. [[PERSOON|Schoenmaker]]

Beste collega's,
Per [[DATUM|23-02]] is voor dhr. [[PERSOON|Th. Schoenmaker]], geb. [[DATUM|12-12-1933]], de dosering van de furosemide gewijzigd (40 mg ipv 20 mg, voorschrijver dr. [[PERSOON|Hamdaoui]], cardiologie [[ORGANISATIE|St. Gerardus Gasthuis]]). Nieuwe rol wordt donderdagmiddag bezorgd.
Met vriendelijke groet,
[[PERSOON|Ton Wesseling]]
apothekersassistent
[[ORGANISATIE|Apotheek Vredenburg]] | [[TELEFOON|030-2310876]]`,
  },
  {
    id: 'd4-a19',
    genre: 'verwijzing',
    setting: 'wijk',
    author: 'auteur-d4a',
    text: `Aan: [[ORGANISATIE|GGZ Lekdal]], team ouderenpsychiatrie
[[ADRES|Vliethof 2]]
[[POSTCODE|2805 AB]] [[PLAATS|Gouda]]

[[PLAATS|Gouda]], [[DATUM|13 januari 2024]]

Betreft: aanmelding mw. [[PERSOON|E.M. (Els) de Bruijn-'t Hart]]
Geboren: [[DATUM|4 sept. 1941]]
BSN: [[BSN|773324306]]
Adres: [[ADRES|Kleiwegplein 9 b]], [[POSTCODE|2802 dp]] [[PLAATS|Gouda]]
Telefoon: [[TELEFOON|0182 52 17 90]]

Beste collega's,

In overleg met huisarts [[PERSOON|S. Tromp]] ([[ORGANISATIE|Huisartsenpraktijk Goverwelle]]) meld ik mw. [[PERSOON|De Bruijn]] aan voor diagnostiek en behandeling van een vermoedelijke depressie bij de ziekte van Alzheimer (diagnose gesteld in 2022, MMSE toen 23/30).
Haar man [[PERSOON|Kees]] is op [[DATUM|11 november]] overleden. Sindsdien huilt mw. veel, eet slecht (4 kg afgevallen), komt niet meer naar de dagbesteding bij [[ORGANISATIE|De Tuinkamer]] en zegt tegen haar dochter [[PERSOON|Ingrid]] dat ze "er niet meer hoeft te zijn". Concrete suicideplannen ontkent ze. GDS-15: 11.
Rouw speelt uiteraard mee, maar het beeld is in de loop van december verergerd in plaats van afgenomen.
Medicatie: galantamine 16 mg, pantoprazol 40 mg, simvastatine 20 mg, macrogol zn.
Wijkverpleging van [[ORGANISATIE|Zorgkring Gouwe]] komt dagelijks voor medicatie.

Vraag: beoordeling door ouderenpsychiater, zo nodig medicamenteuze behandeling en advies aan ons en de mantelzorger. Een huisbezoek heeft de voorkeur, mw. gaat niet graag de deur uit.
De verwijzing is mede ondertekend door de huisarts (AGB [[ID|01078815]]).

Met vriendelijke groet,

[[PERSOON|Marije Goedhart]]
casemanager dementie, [[ORGANISATIE|Zorgkring Gouwe]]
[[TELEFOON|06-44 91 27 35]]
[[EMAIL|m.goedhart@zorgkringgouwe.nl]]`,
  },
  {
    id: 'd4-a20',
    genre: 'rapportage',
    setting: 'wijk',
    author: 'auteur-d4a',
    knownNames: ['Dhr. S. (Sardjo) Wongsodikromo'],
    text: `[[DATUM|4-6]] 17:40 avondzorg
Dhr. ([[LEEFTIJD|90]]) zat op het balkon, kleinzoon [[PERSOON|Dimas]] was op bezoek en had bami meegenomen. Vrouw [[PERSOON|Sarni]] geeft aan dat dhr. 's middags 2 uur heeft geslapen en daarna "in de war" was, praatte Javaans tegen de tv. Medicatie uit zakje [[ORGANISATIE|Apotheek Tigris]] gegeven, ingenomen. - [[PERSOON|ZB]]

[[DATUM|5-6]] 08:10
Douchen, ging goed met douchestoel. Li voet rode plek hiel, geen open wond, hielbeschermer aangedaan. Mw. [[PERSOON|Wongsodikromo]] vraagt of iemand kan helpen met formulier van de gemeente. Doorgezet naar buurtteam [[PLAATS|Overvecht]]. - [[PERSOON|mk]]

[[DATUM|6-6]] 08:05
LET OP: lift flat ([[ADRES|Neckardreef 211]]) is kapot, volgens buren tot maandag. Dhr. kan de trap niet af. Afspraak poli cardiologie [[ORGANISATIE|St. Gerardus]] van [[DATUM|10/6]] verzet naar [[DATUM|24/6]], dochter [[PERSOON|Wati]] geinformeerd. Woningcorporatie gebeld, melding staat. - [[PERSOON|mk]]

[[DATUM|6-6]] 21:15
Rustig, tv aan, mw. moe. Dhr. zei dat hij zijn broer in [[PLAATS|Paramaribo]] had gebeld (broer is al jaren overleden). Niet tegengesproken. - [[PERSOON|ZB]]`,
  },
  {
    id: 'd4-a21',
    genre: 'overdracht',
    setting: 'VVT',
    author: 'auteur-d4a',
    knownNames: ['Mw. A. (Agata) Wisniewska'],
    text: `Overdracht ochtend -> middag [[DATUM|3/9]]
Mw. [[PERSOON|Wisniewska]] (61, dementie op jonge leeftijd, FTD) was vanochtend erg ontremd, pakte brood van medebewoner dhr. [[PERSOON|Goossens]], die werd boos. Uit elkaar gehaald, mw. daarna mee naar de tuin met [[PERSOON|Kasia]] (stagiaire, spreekt Pools). Dat werkte goed.
Man [[PERSOON|Piotr]] komt om 15u, hij wil praten over de rookregels, graag iemand van de vaste ploeg erbij.
Ontlasting 3 dagen niet, macrogol extra gegeven.
- [[PERSOON|dnb]]`,
  },
  {
    id: 'd4-a22',
    genre: 'email',
    setting: 'wijk',
    author: 'auteur-d4a',
    text: `Van: [[PERSOON|Mirjam Rijnsburger]] <[[EMAIL|mirjam@dehooiberg-zorgboerderij.nl]]>
Aan: [[PERSOON|Sanne Kuipers]] <[[EMAIL|s.kuipers@kompascasemanagement.nl]]>
CC: [[EMAIL|dinivanschaik@ziggo.nl]]
Datum: do [[DATUM|25 jan 2024]] 17:52
Onderwerp: Re: proefdag dhr. [[PERSOON|Van Schaik]]

Hoi [[PERSOON|Sanne]],

[[PERSOON|Gerrit-Jan]] heeft vandaag zijn eerste dag bij ons gehad. Wat een leuke man! Hij heeft de hele ochtend met [[PERSOON|Hennie]] (onze vrijwilliger) de kalverstal uitgemest en vertelde over zijn eigen bedrijf in [[PLAATS|Haarzuilens]]. Na de lunch werd hij wat onrustig en vroeg steeds naar [[PERSOON|Dini]], maar met koffie in de kas ging het weer.
Voorstel: vanaf [[DATUM|1 februari]] di en do, ophalen via het vervoer van de zorgboerderij om 9:15. Kan [[PERSOON|Dini]] laten weten of dat past?
Voor de beschikking hebben we nog het clientnummer van de gemeente nodig.

Groetjes,
[[PERSOON|Mirjam]]
coordinator dagbesteding | [[ORGANISATIE|Zorgboerderij De Hooiberg]]
[[ADRES|Thematerweg 7]], [[POSTCODE|3455 RT]] [[PLAATS|Haarzuilens]] | [[TELEFOON|030-6770392]]
[[URL|https://www.dehooiberg-zorgboerderij.nl]]

Op wo [[DATUM|24 jan 2024]] om 09:03 schreef [[PERSOON|Sanne Kuipers]]:
> Dag [[PERSOON|Mirjam]],
> Zoals telefonisch besproken komt dhr. [[PERSOON|G.J. van Schaik]] (74, wonend in [[PLAATS|Vleuten]]) morgen voor een proefdag. Hij heeft vasculaire dementie, is lichamelijk nog fit en houdt van buiten werken. Zijn vrouw [[PERSOON|Dini]] zet hem om 9:30 af. Wmo-aanvraag loopt via buurtteam [[PLAATS|Vleuten-De Meern]].
> Gr. [[PERSOON|Sanne]]
> [[PERSOON|Sanne Kuipers]], casemanager dementie [[ORGANISATIE|Kompas Casemanagement]], [[TELEFOON|06-29 07 66 18]]`,
  },
  {
    id: 'd4-a23',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-d4a',
    knownNames: ['Dhr. J. (Jelle) Hoekstra'],
    text: `Revalidatie-MDO GRZ week 2 - [[DATUM|23-05-2024]]
Locatie [[ORGANISATIE|De Vlasakker]], afd. Revalidatie Noord
Aanwezig: SO [[PERSOON|A. Celik]] (vz), fysio [[PERSOON|Thijs]], ergo [[PERSOON|Roos Bijl]], vpk/EVV [[PERSOON|Gwen]], MW [[PERSOON|Y. Mensah]]; dochter [[PERSOON|Tjitske de Vries]] via beeldbellen vanuit [[PLAATS|Sneek]].

Dhr. [[PERSOON|Hoekstra]], [[LEEFTIJD|92]] jr, opgenomen [[DATUM|09-05]] vanuit [[ORGANISATIE|Rijnhove Ziekenhuis]] na osteosynthese heup li. Delier in ziekenhuis, nu grotendeels hersteld, wel blijvend vergeetachtig.

Fysio: loopt 20 m met rollator onder supervisie, trap nog niet. Doel loopafstand 50 m in wk 4.
Ergo: ADL wassen bovenlichaam zelf, onderlichaam hulp. Keukentraining: vergeet het gas. Advies: niet meer zelfstandig koken.
Vpk: 's nachts 1-2x onrustig, zoekt wc. Nachtlampje geplaatst. Eet goed, houdt van karnemelk met brood.
MW: woning in [[PLAATS|Oegstgeest]] ([[ADRES|Wilhelminapark 18]]) is een bovenwoning met trap, terugkeer niet realistisch. Dhr. wil "naar [[PERSOON|Tjitske]]". Dochter heeft gekeken bij [[ORGANISATIE|Nij Sinnehus]] in [[PLAATS|Sneek]], daar is over ca. 6 weken een appartement met zorg.
SO: beleid akkoord, gesprek over behandelwensen gevoerd, NR blijft staan.

Conclusie: ontslagdoel gewijzigd naar verhuizing naar [[PLAATS|Sneek]]. Revalidatie gericht op veilige transfers en loopfunctie binnenshuis.
Acties: MW neemt contact op met [[ORGANISATIE|Nij Sinnehus]]; SO overdracht naar nieuwe huisarts ([[ORGANISATIE|Dokterspraktijk It Far]]); EVV informeert [[ORGANISATIE|ZorgSaam]] over beeindiging thuiszorg.
Volgend MDO [[DATUM|6 juni]].`,
  },
  {
    id: 'd4-a24',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-d4a',
    knownNames: ['Mw. B. (Bets) Groenewegen'],
    text: `[[DATUM|17/7]] tc dochter
S: dochter [[PERSOON|Karin]] belt, mw. hoest al een week, groen slijm, geen koorts gemeten, niet benauwd. Eet en drinkt goed, gaat gewoon naar de dagbesteding.
O: tel. consult
E: luchtweginfectie zonder alarmsymptomen bij [[LEEFTIJD|91]]-jarige
P: afwachten, veel drinken. Bij koorts, benauwdheid of sufheid terugbellen, dan visite. [[PERSOON|Karin]] weet het.
/[[PERSOON|pvd]]`,
  },
];
