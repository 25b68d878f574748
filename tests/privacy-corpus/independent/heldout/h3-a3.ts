import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h3-a25',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-h3a',
    knownNames: ['Mw. J. (Jantje) Ritsema'],
    text: `vr [[DATUM|2 aug]] 16:10
Mw. is vandaag [[LEEFTIJD|102]] geworden! Om 10:00 koffie met taart in de grote zaal, ca 20 familieleden. De burgemeester kwam met bloemen, mw. vroeg hem of hij "van de [[PERSOON|Ritsema]]'s uit [[PLAATS|Usquert]]" was. Veel gelachen. Na een uur was mw. moe, op haar verzoek naar haar kamer gebracht, daar nog even met achterkleinzoon [[PERSOON|Daan]] gepuzzeld.
Middag geslapen tot 15:30. Gegeten: 2 stukjes taart, soep, halve portie warm. Drinken ca 900 ml.
Kleinzoon [[PERSOON|Erik Ritsema]] vroeg of de foto's op de website van [[ORGANISATIE|Zorgcentrum 't Oldenhoes]] mogen. Gezegd: alleen met schriftelijke toestemming van mw. of de 1e contactpersoon (zoon [[PERSOON|Geert]]). Formulier meegegeven.
[[PERSOON|Ineke]] (EVV)

vr [[DATUM|2 aug]] 22:45
Mw. wilde niet naar bed, bleef in haar stoel naar de kaarten kijken. "Zo veul kaorten, dat heb ik nog nooit had." Om 22:15 toch naar bed, zelf gevraagd. Pijn li knie, paracetamol 1 g gegeven (zn, afgetekend).
- [[PERSOON|sanne o.]]

za [[DATUM|3 aug]] 11:20
Mw. vermoeid, ontbijt op bed. Huid hielen gecontroleerd, intact. Zoon [[PERSOON|Geert]] belde om te horen hoe het ging na het feest. Verteld dat ze moe maar tevreden is.
/[[PERSOON|GH]]`,
  },
  {
    id: 'h3-a26',
    genre: 'rapportage',
    setting: 'wijk',
    author: 'auteur-h3a',
    knownNames: ['Dhr. A. (Anouar) Bouzid'],
    text: `[[DATUM|18-11]] 07:45
Dhr. (29 jr, dwarslaesie Th10 na motorongeluk) vandaag zelf de transfer bed-rolstoel gedaan met de glijplank, wij alleen stand-by. Trots! Darmspoeling volgens schema, resultaat goed. Katheterisatie 6x per dag doet hij zelf, lijst bijgehouden. Stuit: roodheid verdwijnt bij wegdrukken, geen decubitus. Drukverdelend kussen ligt goed.
Moeder (mw. [[PERSOON|Bouzid-Amrani]]) was aanwezig, vraagt of de zorg in het weekend later kan ivm familiebezoek. Afgesproken: za/zo ochtendzorg om 09:30.
[[PERSOON|Tessa]] (VP)

[[DATUM|19-11]] 08:00
Dhr. somber, heeft slecht geslapen. Wil niet naar de dagbehandeling in [[ORGANISATIE|Revalidatiecentrum Noorderhaven]]. Gesprek gehad. Hij mist zijn werk bij de garage in [[PLAATS|Beijum]] en zijn vrienden. Geeft aan geen gedachten te hebben aan "er niet meer willen zijn". Wel toestemming om met zijn revalidatiearts (dr. [[PERSOON|Verhoeven]]) en de psycholoog te overleggen.
[[PERSOON|Karin de Wolf]], wijkverpleegkundige

[[DATUM|19-11]] 12:30
Gebeld met psycholoog [[PERSOON|Hatice Kaya]] van het revalidatiecentrum. Zij belt dhr. vanmiddag. Broer [[PERSOON|Mourad]] ([[TELEFOON|06-22819437]]) op de hoogte gebracht op verzoek van dhr.
/[[PERSOON|kdw]]`,
  },
  {
    id: 'h3-a27',
    genre: 'overdracht',
    setting: 'VVT',
    author: 'auteur-h3a',
    text: `nacht -> vroege dienst ma [[DATUM|27/1]]   PG De Hoeve (gr. 1 + 2), [[ORGANISATIE|Zorglocatie Hof van Hoogeveen]]

gr 1
- mw [[PERSOON|Lanting]]: wakker 01:00-03:30, gezongen, liep steeds naar de voordeur. Met thee en het poppetje rustig geworden. Heeft 2 uur geslapen, laat haar liggen tot 08:30.
- dhr [[PERSOON|Roelofs]]: temp 38,2 om 04:00, hoest. Paracetamol 1 g gegeven. SO vandaag vragen (CRP?). Familie nog niet gebeld, doe dat na 08:00 -> dochter [[PERSOON|Alie]].
- mw [[PERSOON|Kwant]] ([[LEEFTIJD|97]]) goed geslapen, inco droog!
- dhr [[PERSOON|Mohan]]: om 02:15 naast het bed op de grond, zat op zijn billen, geen letsel, geen pijn. Sensor stond uit!! MIC gemaakt. Wie had hem uitgezet?

gr 2
- mw [[PERSOON|Hendriks, A.]]: weer in de kamer van mw [[PERSOON|Pol]] gaan liggen. Teruggebracht, wat boos. 
- mw [[PERSOON|Pol]] daardoor wakker geworden, rustig gekregen met muziek.
- dhr [[PERSOON|Berg, K. van den]]: pijn buik, ontlasting sinds vrijdag niet, laxans ochtend geven, klysma overwegen.
- rest rustig

keuken: koelkast gr 2 stond open, gesloten om 04:40, temperatuur 9 gr. Graag melden bij de facilitaire dienst.
nacht: [[PERSOON|jolanda]] / [[PERSOON|Priya]]`,
  },
  {
    id: 'h3-a28',
    genre: 'overdracht',
    setting: 'HA',
    author: 'auteur-h3a',
    knownNames: ['Mw. C. Markus-Doornbos'],
    text: `Waarneembericht Huisartsenpost - voor eigen huisarts
Contact: za [[DATUM|15-06-2024]] 23:48, visite
Waarnemer: [[PERSOON|D. Elzinga]], huisarts i.o.
Eigen huisarts: [[PERSOON|T. van Dam]], [[ORGANISATIE|Huisartsenpraktijk Het Hoge Land]], [[PLAATS|Uithuizermeeden]]

Adres visite: [[ADRES|Hoofdstraat 103 A]], [[POSTCODE|9982 AE]] [[PLAATS|Uithuizermeeden]]

S: Wijkverpleegkundige ([[PERSOON|Lieke]], nachtdienst regio) belt: mw, 87, bekend met COPD GOLD 4 en thuis zuurstof, sinds middag toenemend benauwd, angstig. Echtgenoot [[PERSOON|Harm]] is uitgeput. Mw heeft eerder aangegeven niet meer naar het ziekenhuis te willen.
O: Zit rechtop op de bank, tachypneu 28/min, sat 84% met 2 l. Verlengd exspirium, geen crepitaties. T 37,0. Angstig.
E: Exacerbatie COPD bij palliatieve fase, dyspneu en angst.
P: Prednisolon 40 mg 5 dgn gestart, salbutamol vernevelen, morfine 2,5 mg sc gegeven met duidelijke verlichting. Lorazepam 0,5 mg zn. Besproken: geen verwijzing. Wijkverpleging komt morgen 09:00, gesprek met eigen HA over palliatief beleid en evt. pomp gewenst. Overdracht wijk: [[ORGANISATIE|Zorggroep Ommelân Noord]] via telefoon gedaan.
Dochter [[PERSOON|Baukje]] blijft vannacht, bereikbaar [[TELEFOON|06-11093847]].`,
  },
  {
    id: 'h3-a29',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-h3a',
    knownNames: ['Dhr. M. Ouali'],
    text: `MDO + familiegesprek   donderdag [[DATUM|10 oktober]]
Locatie [[ORGANISATIE|De Skâns]], afd. psychogeriatrie

Aanwezig: [[PERSOON|Y. Bakkali]] (SO), [[PERSOON|Marleen Zwart]] (EVV), [[PERSOON|Fenna]] (psycholoog i.o.), zoon [[PERSOON|Karim Ouali]], dochter [[PERSOON|Samira Ouali]], tolk Tarifit via de tolkentelefoon

Aanleiding
Dhr. [[PERSOON|Ouali]], 83 jr, Alzheimer-dementie, sinds [[DATUM|1 juli]] opgenomen. Familie maakt zich zorgen om gewichtsverlies (-6 kg) en wil dat hij meer eet. Team ziet dat dhr. weigert te eten als het niet halal is of als hij niet met de hand mag eten.

Besproken
- Eten: vanaf nu halal, familie mag dagelijks eten meebrengen (koelkast op afdeling, label met naam en datum). Dhr. mag met de hand eten, geen probleem. Brood en dadels bij de koffie.
- Ramadan vorig jaar: dhr. wilde vasten, wat nu? SO legt uit dat dhr. medisch gezien niet meer hoeft te vasten. Zoon gaat dit met de imam bespreken.
- Gebed: dhr. raakt onrustig rond de gebedstijden. Gebedskleed en een vaste plek bij het raam, [[PERSOON|Karim]] brengt een klok met gebedstijden mee.
- Taal: dhr. spreekt nu bijna alleen Tarifit. [[PERSOON|Samira]] maakt een lijstje met 20 belangrijke woorden voor het team.
- Zorgen familie over de "vreemde mannen" die hem wassen: voorkeur voor mannelijke verzorging, team probeert dit zoveel mogelijk te regelen. [[PERSOON|Samira]] vindt het goed als het niet anders kan.
- Medisch: geen aanwijzingen voor andere oorzaak gewichtsverlies. Gewicht elke week.

Afspraken
1. EVV past zorgleefplan aan ([[PERSOON|Marleen]])
2. evaluatie gewicht + welbevinden over 6 weken, [[DATUM|21 november]]
3. dochter [[PERSOON|Samira]] ([[TELEFOON|06-48205516]]) is eerste contactpersoon, [[PERSOON|Karim]] tweede

/[[PERSOON|MZ]]`,
  },
  {
    id: 'h3-a30',
    genre: 'mdo',
    setting: 'HA',
    author: 'auteur-h3a',
    text: `PaTz-overleg [[ORGANISATIE|Gezondheidscentrum De Vaart]], [[PLAATS|Hoogezand]] - [[DATUM|13-02]]
Aanwezig: huisartsen [[PERSOON|Mulder]] en [[PERSOON|Oldenburger]], wijkverpleegkundigen [[PERSOON|Aukje]] ([[ORGANISATIE|Zorggroep Lânsmoar]]) en [[PERSOON|Monique]] ([[ORGANISATIE|Thuiszorg De Zwaai]]), consulent palliatieve zorg [[PERSOON|Harriët Kuipers]].

1. Dhr. [[PERSOON|G. Bos]] (82), longca, thuis. Stabiel, pijn goed onder controle met pleister. Echtgenote overbelast, nachtzorg via vrijwilligers aanvragen ([[PERSOON|Aukje]]).
2. Mw. [[PERSOON|Ellen Brouwer]] (64), mammaca met botmeta's. Wil naar het hospice in [[PLAATS|Veendam]] als het thuis niet meer gaat, inschrijving loopt. Nu nog geen zorg nodig, wel telefonisch contact elke 2 weken.
3. Mw. [[PERSOON|Prins-Wierenga]] ([[LEEFTIJD|95]]), hartfalen eindstadium, woont bij dochter. Dochter heeft vragen over euthanasie; mw. heeft geen wilsverklaring. HA [[PERSOON|Oldenburger]] plant gesprek. Wijkverpleging ziet mw. 2x per dag.
4. Dhr. [[PERSOON|Tjaarda]] - overleden [[DATUM|4 februari]], thuis, rustig. Nazorggesprek met de familie gehad door [[PERSOON|Monique]]. Terugblik: pomp kwam laat (vrijdagmiddag), volgende keer eerder regelen.

Ter info: scholing "zorg in de laatste levensfase" op [[DATUM|20 maart]] in [[ORGANISATIE|Zorgcentrum De Burcht]].
Volgend PaTz: [[DATUM|12 maart]].
[[PERSOON|hm]]`,
  },
  {
    id: 'h3-a31',
    genre: 'email',
    setting: 'VVT',
    author: 'auteur-h3a',
    text: `Van: [[PERSOON|Roelie Hofsteenge]] <[[EMAIL|r.hofsteenge@esdorp.nl]]>
Aan: [[PERSOON|Bert Lamberts]] <[[EMAIL|b.lamberts@esdorp.nl]]>
CC: [[EMAIL|a.mulder@esdorp.nl]]
Verzonden: dinsdag [[DATUM|12 maart 2024]] 10:05
Onderwerp: MIC medicatie huis 2 - graag even overleggen

Hoi [[PERSOON|Bert]],

Gisteravond is bij mw. [[PERSOON|Smit]] (huis 2, cliëntnr. [[ID|100482]]) de avondmedicatie van mw. [[PERSOON|Smid]] gegeven. Zelfde rol, namen lijken op elkaar en de foto's in het medicatiesysteem zijn oud. Het ging om o.a. 25 mg quetiapine en 2,5 mg apixaban extra. SO (dr. [[PERSOON|Mulder]], in de cc) is direct gebeld, mw. is vannacht elk uur gecontroleerd, verder geen bijzonderheden, vanochtend wat suf. Dochter is ingelicht door de avonddienst ([[PERSOON|Esmee]]).
MIC is gemeld, nummer staat in het systeem.

Voorstel van ons team:
- nieuwe foto's van alle bewoners, deze week nog
- bij dubbele/bijna dezelfde namen een gekleurde sticker op de rol
- avondronde niet meer door invalkrachten alleen

Kun je donderdag even langskomen? Ik ben er tot 15:00, bel anders toestel [[ID|2287]].

Groet,
[[PERSOON|Roelie]]
EVV huis 2 en 3
[[ORGANISATIE|Woonzorgcentrum Esdorp]] | [[ADRES|Esweg 14]], [[POSTCODE|9471 AB]] [[PLAATS|Zuidlaren]]

---
Reactie [[PERSOON|B. Lamberts]], [[DATUM|12-03]] 11:32:
[[PERSOON|Roelie]], dank, goede voorstellen. Donderdag 13:30 kom ik langs. Ik zet het ook op de agenda van het kwaliteitsoverleg van [[DATUM|28/3]]. Wil jij [[PERSOON|Esmee]] laten weten dat ze het goed heeft opgepakt? -[[PERSOON|bl]]`,
  },
  {
    id: 'h3-a32',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h3a',
    knownNames: ['Dhr. L. de Haan'],
    text: `[[DATUM|04-09]] 10:20 tel. consult met wijkverpleegkundige [[PERSOON|Jildou]] ([[ORGANISATIE|Thuiszorg De Wâlden]])
S: Dhr, [[LEEFTIJD|90]], verblijfskatheter sinds [[DATUM|juni 2023]] ivm retentie bij BPH. Katheter loopt sinds vannacht niet, buik gespannen, dhr onrustig. Katheter gisteren nog gewisseld (CH 16). Geen koorts volgens vpk.
O: (telefonisch) Blaasspoeling door wijk: geen afvloed, wel gruis/stolsels in de spoelvloeistof. Pijn 6/10.
E: Obstructie verblijfskatheter, waarschijnlijk door gruis.
P: Wijkverpleging mag nieuwe katheter inbrengen, evt CH 18. Als dit niet lukt of geen afvloed: terugbellen, dan visite. Urine voor kweek meenemen. Drinken > 1,5 l. Bij koorts of verwardheid eerder bellen.
Terugbelverzoek om 12:00 gedaan: nieuwe katheter ingebracht, 900 ml afvloed, dhr opgelucht. Kweek volgt.
/[[PERSOON|jh]]`,
  },
  {
    id: 'h3-a33',
    genre: 'soep',
    setting: 'VVT',
    author: 'auteur-h3a',
    knownNames: ['Mw. E. Rosalia'],
    text: `[[DATUM|21 jan]]   visite SO, PG-afd. 3 Noord
S: EVV [[PERSOON|Jordy]] meldt: mw. sinds 2 dgn stiller, eet slecht, drinkt alleen met aandringen. Vanochtend kon ze niet meer op haar benen staan bij de transfer. Mw. [[PERSOON|Rosalia]] ([[LEEFTIJD|91]]) komt oorspronkelijk van Curaçao, spreekt Papiamentu, is sinds 2011 in [[PLAATS|Groningen]] bij haar dochter [[PERSOON|Giselle]] komen wonen.
O: Suf maar wekbaar, reageert op haar naam en op "bon dia". T 38,4, pols 102, RR 98/56. Sat 93%. Longen: crepitaties re basaal. Mondslijmvlies droog. Buik soepel. Geen meningeale prikkeling. Urinestick: nitriet neg, leuco +.
E: Pneumonie re onderkwab, waarschijnlijk aspiratie, met dehydratie. Delier hypoactief.
P:
- amoxicilline/clavulaanzuur 3dd 500/125 mg, 7 dgn
- vocht: drinklijst, min 1,2 l, evt hypodermoclyse 1 l per 24 u als dit niet lukt
- logopedie consult slikken, tot die tijd vloeibaar verdikt
- paracetamol 4dd 1 g
- beleid besproken met dochter [[PERSOON|Giselle Rosalia]] telefonisch ([[TELEFOON|050-5713390]]): geen ziekenhuisopname, wel behandelen hier. NR sinds opname ([[DATUM|03-03-2022]]).
- herbeoordeling morgen
[[PERSOON|A.S. Hakkert]], SO`,
  },
  {
    id: 'h3-a34',
    genre: 'verwijzing',
    setting: 'VVT',
    author: 'auteur-h3a',
    text: `Verzoek consultatie ouderenpsychiatrie

Aan: [[ORGANISATIE|Lentewaard GGZ]], team ouderen, [[PLAATS|Drachten]]
Van: [[PERSOON|T. Rienstra]], specialist ouderengeneeskunde, [[ORGANISATIE|Zorgcentrum Nij Warlân]], [[ADRES|Moleneind 41]], [[POSTCODE|9203 ZP]] [[PLAATS|Drachten]]
BIG [[ID|49052114830]] | T [[TELEFOON|0512-588400]] | [[EMAIL|t.rienstra@nijwarlan.nl]]
Datum: [[DATUM|5 november 2024]]

Betreft: dhr. [[PERSOON|J.K. Veenstra]], geb. [[DATUM|17-06-1948]], BSN [[BSN|691682483]]
Verblijft op afd. 2 Oost (somatiek), kamer 215
Wettelijk vertegenwoordiger: geen, dhr. is wilsbekwaam. Contactpersoon: zus [[PERSOON|Hinke Veenstra]], [[TELEFOON|0513 - 41 22 07]]

Geachte collega,

Graag vraag ik uw consult voor dhr. [[PERSOON|Veenstra]], een 76-jarige man die sinds [[DATUM|2 augustus]] bij ons verblijft na een bovenbeenamputatie li (perifeer vaatlijden, DM2). Terug naar zijn woning in [[PLAATS|Oosterwolde]] bleek niet haalbaar.

Sinds ongeveer 6 weken is dhr. somber, trekt zich terug op zijn kamer, weigert fysiotherapie en zegt dat hij "beter dood kan zijn". Geen concreet plan, wel een passieve doodswens. Hij slaapt slecht, eet minder (-3 kg). Twee weken geleden zei hij tegen de verpleging ([[PERSOON|Nadia]]) dat hij zijn overleden broer [[PERSOON|Gosse]] op de gang zag lopen; later wist hij dat niet meer.
Cognitief lijkt hij intact (MoCA 26/30, [[DATUM|28-10]]). Geen middelengebruik, alcohol tot de opname 2-3 glazen per dag.

Medicatie: insuline, metformine, simvastatine, acetylsalicylzuur, paracetamol, pregabaline 75 mg 2dd (fantoompijn), oxazepam 10 mg a.n.

Vraagstelling:
1. Is er sprake van een depressie, eventueel met psychotische kenmerken? Differentiaaldiagnose rouw / aanpassingsstoornis / delier?
2. Advies over medicamenteuze behandeling (interactie pregabaline?) en over de doodswens.
3. Is een behandeltraject bij u (bv. psycholoog) gewenst?

Dhr. is op de hoogte van deze aanvraag en stemt in. Een bezoek op de afdeling heeft zijn voorkeur, hij kan slecht vervoerd worden.

Met collegiale groet,
[[PERSOON|Tjitske Rienstra]]
specialist ouderengeneeskunde`,
  },
  {
    id: 'h3-a35',
    genre: 'ontslagbrief',
    setting: 'VVT',
    author: 'auteur-h3a',
    text: `[[ORGANISATIE|Zorgcentrum Wilgenhoeve]] - Geriatrische Revalidatie
[[ADRES|Wilgenlaan 2-4]], [[POSTCODE|7941 GH]] [[PLAATS|Meppel]]
T [[TELEFOON|0522 - 48 19 00]]

Aan: [[ORGANISATIE|Huisartsenpraktijk Havelte]], t.a.v. mw. [[PERSOON|E. Dekker]], huisarts
Kopie: [[ORGANISATIE|Thuiszorg Kompas Noord]], wijkteam [[PLAATS|Havelte]]

[[PLAATS|Meppel]], [[DATUM|31-07-2024]]

Betreft: mw. [[PERSOON|B.M.J. Lemmens-Hermans]], geb. [[DATUM|12-05-1950]], BSN [[ID|274519336]]
[[ADRES|Van Helomaweg 9]], [[POSTCODE|7971 BA]] [[PLAATS|Havelte]]
Opname GRZ: [[DATUM|28-06-2024]] t/m [[DATUM|31-07-2024]]

Geachte collega,

Uw patiënte is vandaag na een geriatrisch revalidatietraject van 5 weken met ontslag naar huis gegaan.

Reden opname: revalidatie na totale knieprothese re ([[DATUM|24 juni]], [[ORGANISATIE|Ziekenhuis Reestdal]]) bij een kwetsbare patiënte met reumatoïde artritis en obesitas. Thuis was direct ontslag niet mogelijk omdat haar echtgenoot ([[PERSOON|Jos]]) door een CVA zelf zorg nodig heeft.

Beloop: flexie bij ontslag 95 graden, extensie -5. Loopt binnenshuis zelfstandig met rollator, buiten met 2 krukken korte afstanden. Traplopen met leuning lukt. ADL zelfstandig, douchen met douchestoel. Wond rustig genezen. Eenmalig urineweginfectie ([[DATUM|8/7]]), behandeld. Stemming goed, mw. is erg gemotiveerd en heeft veel steun van haar dochter [[PERSOON|Marieke]] die in [[PLAATS|Maastricht]] woont maar de afgelopen weken bij haar ouders logeerde.

Medicatie bij ontslag: methotrexaat 15 mg 1x/wk (vrijdag), foliumzuur 5 mg 1x/wk (zaterdag), paracetamol 3dd 1 g, naproxen gestopt, pantoprazol 40 mg 1dd, nadroparine gestopt per [[DATUM|29-07]].

Nazorg:
- fysiotherapie thuis 2x/wk via [[ORGANISATIE|Fysio Havelte]] (verwijzing meegegeven)
- wijkverpleging: steunkous re aantrekken 1x/dag, 4 weken
- poli orthopedie [[DATUM|12 augustus]]
- Wmo: aanvraag huishoudelijke hulp loopt

Let op: het BSN in ons systeem kwam niet overeen met dat van de apotheek, graag controleren in uw HIS.

Met vriendelijke groet,
[[PERSOON|M. Ensing]], specialist ouderengeneeskunde
namens het GRZ-team`,
  },
  {
    id: 'h3-a36',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h3a',
    text: `ONTSLAGBERICHT
[[ORGANISATIE|Ziekenhuis Reestdal]], [[PLAATS|Zwolle]] - afd. Vaatchirurgie (B4)

Aan: specialist ouderengeneeskunde, [[ORGANISATIE|Zorgcentrum Snitser Mar]], [[PLAATS|Sneek]]
Huisarts (info): [[PERSOON|G. Yntema]], [[PLAATS|Sneek]]

Patiënt: dhr. [[PERSOON|S. Hoekstra]], geb. [[DATUM|03-01-1929]], pt.nr. [[ID|3098812]]
Opname [[DATUM|2/4]] - ontslag [[DATUM|9/4]]

Dhr. [[PERSOON|Hoekstra]], [[LEEFTIJD|95]] jaar, werd via de SEH opgenomen met een kritieke ischemie li voet (rustpijn, necrose dig 2-3). Na overleg met patiënt en zijn zoon [[PERSOON|Rinse Hoekstra]] is afgezien van revascularisatie gezien leeftijd, kwetsbaarheid en zijn eigen wens. Conservatief/palliatief beleid.

Bij ontslag:
- pijn: oxycodon retard 2dd 5 mg, oxycodon 2,5 mg zn, paracetamol 4dd 1 g
- wond: droog houden, necrose niet debrideren, betadine-gaas 1x/dag, voet vrij leggen (hielen!)
- macrogol 1dd
- clopidogrel continueren
- NR, geen heropname, afspraak vastgelegd [[DATUM|03-04]]

Geen poliafspraak. Bij vragen: afdeling B4, [[TELEFOON|038-4270214]], of de dienstdoende vaatchirurg via de centrale.

Met vriendelijke groet,
[[PERSOON|R. Kamphorst]], physician assistant vaatchirurgie
i.o.v. dr. [[PERSOON|B. Sahin]], vaatchirurg`,
  },
];
