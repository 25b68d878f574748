import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd3-a01',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-d3a',
    knownNames: ['Mw. H. (Hendrika) Oude Nijhuis-Brinkhuis'],
    text: `[[DATUM|14-02]] nachtdienst
Mw. 3x gebeld. Om 03.10 op de gang bij de lift aangetroffen in nachtjapon, zei dat ze "naar huus mot, de koei'n mot'n molk'n". Rustig meegelopen naar kamer 12, warme melk gegeven. Daarna geslapen tot 06.30. /[[PERSOON|rvdk]]

[[DATUM|14-02]] ochtend
Mw. gewassen aan de wastafel, ging redelijk maar ze was erg moe. Ontbijt 1 boterham met stroop en wat pap. Vroeg steeds naar [[PERSOON|Hendrik]], haar man (overleden 2011). Afgeleid met het fotoboek van de boerderij aan de [[ADRES|Hoge Esweg 41]] in [[PLAATS|Geesteren]], daar werd ze rustig van.
10.30 dochter [[PERSOON|Gerda Lubbers-Oude Nijhuis]] belde ([[TELEFOON|06-41873390]]). Vraagt of de kapper donderdag doorgaat en of mama nieuwe steunkousen krijgt. Kapper gaat door, kousen zijn besteld, levering vlg week.
[[PERSOON|Gerda]] vertelde dat broer [[PERSOON|Jan]] en schoonzus [[PERSOON|Aly]] uit [[PLAATS|Vroomshoop]] zaterdag komen, mw. wordt die dag [[LEEFTIJD|97]]. Taart via de keuken geregeld, de bakker uit het dorp brengt krentenwegge.
13.15 [[ORGANISATIE|Apotheek De Regge]] gebeld ivm ontbrekende Movicol in de baxterrol van deze week. Wordt morgen met de koerier nagestuurd. Tot die tijd uit de afdelingsvoorraad gegeven, afgetekend op de aftekenlijst.
15.00 Mw. heeft 2 uur op bed gelegen, daarna koffie in de huiskamer met mw. [[PERSOON|Wessels]] van kamer 14. Ze kennen elkaar nog van de kerk in [[PLAATS|Vriezenveen]].
Vocht tot 15u: 900 ml.
[[PERSOON|Marloes]] (EVV) / [[PERSOON|ML]]`,
  },
  {
    id: 'd3-a02',
    genre: 'rapportage',
    setting: 'wijk',
    author: 'auteur-d3a',
    knownNames: ['Dhr. W. (Wietse) Hylkema'],
    text: `ma [[DATUM|3/6]] 08.15 ochtendzorg
Dhr. zat al aangekleed in zijn stoel, had zelf de broek van gister aangetrokken (urinevlek). Samen omgekleed. Huid stuit intact, lichte roodheid li hiel, wegdrukbaar. Hielen vrijgelegd op kussen, echtgenote uitgelegd waarom.
Echtgenote mw. [[PERSOON|Sjoukje Hylkema-de Vries]] (88) geeft aan dat de nachten zwaar zijn. Dhr. is 2x uit bed geweest en stond om 4 uur in de keuken aan het gas te draaien. Gas is inmiddels door zoon [[PERSOON|Douwe]] afgesloten, ze kookt nu op een inductieplaatje.
Buurvrouw [[PERSOON|Ineke Kapitein]] ([[ADRES|Espelerlaan 25]]) heeft een sleutel en komt 's avonds nog even kijken, tel. [[TELEFOON|0527-618442]].
Dhr. is [[LEEFTIJD|91]] en wil niet naar een verpleeghuis: "ik gean hjir de doar út mei de kist". Mw. huilde even in de keuken.
Afspraken:
- casemanager dementie ([[PERSOON|Anouk de Jong]], [[ORGANISATIE|Zorgkring Noordoostpolder]]) gevraagd voor huisbezoek ivm overbelasting mantelzorger
- huisarts [[PERSOON|Visser]] via assistente op de hoogte gebracht, belt zelf terug
- extra avondronde aangevraagd bij planning
De bakker kwam tijdens de zorg brood brengen, dhr. heeft zelf afgerekend, ging goed.
[[PERSOON|ty]]`,
  },
  {
    id: 'd3-a03',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-d3a',
    knownNames: ['Dhr. A. (Abdelkader) El Khatib'],
    text: `[[DATUM|22 oktober]], late dienst
19.40 Dhr. gevallen in de badkamer van zijn appartement (3.14), gevonden door collega [[PERSOON|Samira]]. Lag op zijn rechterzij naast het toilet, aanspreekbaar, wist niet hoe lang hij er lag. Schaafwond re elleboog, pijn re heup bij bewegen. Been niet verkort of geroteerd.
Controles: RR 148/86, pols 92, sat 95%, temp 37,9 °C. Glasgow E4M6V4 (V is zijn normale niveau, dhr. spreekt weinig Nederlands).
19.55 Dienstdoend SO dr. [[PERSOON|Meijerink]] gebeld. Beleid: insturen naar SEH [[ORGANISATIE|Ziekenhuis Poldermeer]] ter uitsluiting heupfractuur. Dhr. (84 jr) heeft NR-beleid sinds [[DATUM|03-01-2024]], ziekenhuisopname wel gewenst volgens wilsverklaring.
20.10 Zoon [[PERSOON|Youssef El Khatib]] gebeld ([[TELEFOON|06-29 51 07 84]]), gaat direct naar het ziekenhuis. Hij licht zijn zus [[PERSOON|Naima]] in [[PLAATS|Rotterdam]] in.
20.25 Ambulance vertrokken. Meegegeven: overdrachtsformulier, medicatieoverzicht, kopie wilsverklaring, bril en op verzoek van zoon zijn tasbih.
23.30 [[PERSOON|Youssef]] belt: foto's gemaakt, geen fractuur, wel flinke kneuzing. Dhr. komt vannacht terug met de ambulance. Paracetamol 4dd 1000 mg. Valanalyse morgen met SO en fysio ([[PERSOON|Gijs]]).
Nachtdienst ([[PERSOON|Ruud]]) ingelicht, bedhek NIET omhoog (afspraak familie), wel sensormat aan.
[[PERSOON|Fleur]] EVV`,
  },
  {
    id: 'd3-a04',
    genre: 'overdracht',
    setting: 'VVT',
    author: 'auteur-d3a',
    text: `Overdracht avond -> nacht
vr [[DATUM|8 maart]] - afd. Zonnedauw, [[ORGANISATIE|Woonzorgcentrum Schokkerhaven]] [[PLAATS|Ens]]

k1 mw. [[PERSOON|Pasterkamp]] ([[LEEFTIJD|94]]) - rustig. Om 23u verschonen, Tena maxi ligt in de kast. Dochter [[PERSOON|Jannie]] blijft misschien slapen, logeerbed staat klaar.
k2 dhr. [[PERSOON|de Boer]] (79) - vanmiddag 2x gebraakt, sinds 18u niet meer. Vochtlijst bijhouden!! Bij opnieuw braken dienstdoend arts bellen.
k4 mw. [[PERSOON|Brands-Koffeman]] ([[LEEFTIJD|90]]) - nieuwe bewoonster sinds [[DATUM|5/3]], overgekomen van [[ORGANISATIE|De Meerwende]] in [[PLAATS|Emmeloord]]. Zoekt 's nachts haar man, die nog in [[PLAATS|Urk]] woont (dhr. [[PERSOON|Brands]], [[TELEFOON|0527 68 44 19]]). Hem niet bellen na 22u tenzij echt nodig, dan liever zoon [[PERSOON|Klaas]] [[TELEFOON|06-18 22 95 03]].
k5 dhr. [[PERSOON|Kowalczyk]] (86) - sondevoeding loopt tot 02.00, daarna spoelen met 50 ml water.
k7 mw. [[PERSOON|ter Horst]] - palliatief, zie zorgpad. Ademhaling onregelmatig, af en toe pauzes. Familie ([[PERSOON|Henk]] en [[PERSOON|Wilma]]) op de kamer. Midazolam zn volgens SO [[PERSOON|Dijkman]], ligt in de kluis.
k9 dhr. [[PERSOON|Hofman]] - geen bijzonderheden, wel zijn hoortoestel uitdoen, vergeet hij zelf.

Algemeen: deur tuinkant klemt weer, TD gemaild. Pieper 2 is leeg en ligt aan de lader.
gr [[PERSOON|Ans]] / [[PERSOON|Dewi]]`,
  },
  {
    id: 'd3-a05',
    genre: 'overdracht',
    setting: 'wijk',
    author: 'auteur-d3a',
    knownNames: ['Mw. M.J. (Mientje) Wolters-ter Haar'],
    text: `VERPLEEGKUNDIGE OVERDRACHT - verhuizing thuis naar verpleeghuis
Van: [[ORGANISATIE|Thuiszorg Sallandse Zorgkring]], team [[PLAATS|Raalte]]
Naar: verpleeghuis [[ORGANISATIE|De Sprengenhof]], afd. Hazelaar, [[PLAATS|Heino]]
Datum overdracht: [[DATUM|17-09-2024]]
Verhuisdatum: [[DATUM|19 september]]

Personalia
Naam: [[PERSOON|Wolters-ter Haar, M.J.]] (roepnaam [[PERSOON|Mien]])
Geb.datum: [[DATUM|02-11-1931]] ([[LEEFTIJD|92]] jr)
BSN: [[BSN|279587351]]
Clientnr.: [[ID|20418833]]
Adres: [[ADRES|Zwolsestraat 118a]], [[POSTCODE|8102 HK]] [[PLAATS|Raalte]]
Huisarts: [[ORGANISATIE|Huisartsenpraktijk De Zandbelt]], [[PERSOON|H.J. Hesselink]], tel [[TELEFOON|0572-351290]]
Apotheek: [[ORGANISATIE|Apotheek Raalte-Centrum]]

Contactpersonen
1e: zoon [[PERSOON|Bert Wolters]], [[TELEFOON|06-53 81 27 70]], [[EMAIL|bertwolters61@hotmail.com]]
2e: dochter [[PERSOON|Hennie Schuttenbeld-Wolters]], [[PLAATS|Wijhe]], [[TELEFOON|0570 52 18 06]]

Medisch
Dementie type Alzheimer (diagnose geheugenpoli 2021), DM2 met tabletten, st.na CVA li (lichte parese re arm), artrose knieen. Wlz-indicatie VV5 afgegeven door CIZ op [[DATUM|28-08-2024]].

Zorg
- ADL: wassen en aankleden volledig overnemen bovenlichaam deels zelf. Loopt met rollator kleine stukjes, transfer met 1 persoon.
- Continentie: urine-incontinent, overdag pants, 's nachts Tena. Ontlasting 1x per 2 dgn, bij 3 dgn niet: Movicol zakje.
- Voeding: eet zelf als het klaargezet wordt, brood in stukjes. Suikers 1x/week nuchter, laatst 8,4.
- Huid: kwetsbaar, onderbenen droog, 2dd insmeren.
- Medicatie via baxter van de apotheek, laatste rol loopt t/m [[DATUM|22-09]], apotheek is gevraagd de volgende rol naar het verpleeghuis te sturen.

Wat belangrijk is voor mw.
Mw. reageert alleen op [[PERSOON|Mien]] of [[PERSOON|Mientje]], niet op [[PERSOON|Maria]]. Praat graag over haar man [[PERSOON|Gait]] (overl.) en de bakkerij die ze samen hadden. Koffie met een kluntje. 's Avonds de radio aan, anders wordt ze onrustig. Ze is bang in het donker: nachtlampje.
De poes gaat naar buurman [[PERSOON|Jurgen]] (nr. 120). Mw. zal daar naar vragen.

Met vriendelijke groet,
[[PERSOON|Femke Nijenhuis]], wijkverpleegkundige
[[ORGANISATIE|Sallandse Zorgkring]] | [[TELEFOON|0572-358800]] | [[EMAIL|f.nijenhuis@sallandsezorgkring.nl]]`,
  },
  {
    id: 'd3-a06',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-d3a',
    knownNames: ['Mw. G. (Geertruida) Berendsen-Haverkamp'],
    text: `MDO [[DATUM|12-06]] - mw. [[PERSOON|Berendsen]], kamer 21, PG 2 Oost

Aanwezig: [[PERSOON|K. Yilmaz]] (SO), [[PERSOON|Rianne Dijkhuis]] (EVV), [[PERSOON|Tom Hofstede]] (fysio), [[PERSOON|Lotte]] (psycholoog i.o.), dochter [[PERSOON|Annie Schepers-Berendsen]], kleindochter [[PERSOON|Mirjam]] (telefonisch)
Afwezig: ergotherapeut [[PERSOON|Siham Bouzid]]

1. Algemeen
Mw. is [[LEEFTIJD|102]]. Woont ruim 3 jaar op de afdeling, kwam van [[ORGANISATIE|Huize Bethanie]] in [[PLAATS|Zutphen]] toen dat sloot. Dochter ervaart dat mw. "steeds een stukje verder weg" is.

2. Lichamelijk
- Ziekte van Parkinson, rigiditeit toegenomen, meer bevriezen bij lopen. Barthel 5 (was 7 in maart).
- Gewicht 46,2 kg, 1,8 kg verlies in 3 mnd. Logopedist mw. [[PERSOON|Groothuis]] heeft slikonderzoek gedaan: gemalen voeding, dranken licht ingedikt.
- 1 val in de afgelopen periode ([[DATUM|28/5]]), geen letsel.
- Fysio: lopen onder begeleiding alleen nog in de ochtend, middag rolstoel. [[PERSOON|Tom]] adviseert tillift bij vermoeidheid.

3. Psychisch / welbevinden
Ochtend meestal helder, vanaf de middag verward en angstig. Praat veel over haar jeugd in [[PLAATS|Eefde]] en over haar broer [[PERSOON|Bernard]]. Muziek van vroeger helpt (cd in de la). Psycholoog stelt voor dit in het zorgplan op te nemen.

4. Sociaal
Op [[DATUM|27 juni]] wordt mw. [[LEEFTIJD|103]]. De burgemeester van [[PLAATS|Lochem]] komt langs. Familie wil een feestje in de grote zaal, max. 1 uur ivm vermoeidheid. [[PERSOON|Mirjam]] regelt de taart, dochter de bloemen.

5. Beleid / afspraken
- NR-beleid en geen ziekenhuisopname opnieuw besproken en bevestigd. Bij acute achteruitgang comfort voorop.
- Gewicht 1x per 2 wkn.
- SO belt dochter na het feest voor evaluatie.
- Zorgplan aanpassen (actie [[PERSOON|RD]]).

Volgend MDO: [[DATUM|11 december]]
not. [[PERSOON|RD]]`,
  },
  {
    id: 'd3-a07',
    genre: 'mdo',
    setting: 'GHZ',
    author: 'auteur-d3a',
    knownNames: ['Dhr. R. (Ronald) Gerritsen'],
    text: `Multidisciplinair overleg - woensdag [[DATUM|9 oktober]]
Locatie: woonvorm [[ORGANISATIE|De Boomgaard]], [[ADRES|Stationsstraat 44]], [[PLAATS|Ermelo]]
Aanwezig: [[PERSOON|Ingrid Bos]] (persoonlijk begeleider), [[PERSOON|Kees van Dalfsen]] (gedragsdeskundige), AVG dr. [[PERSOON|S. Sedney]], broer/mentor [[PERSOON|Peter Gerritsen]]
Verslag: [[PERSOON|Ingrid]]

Aanleiding
[[PERSOON|Ronald]] (58, syndroom van Down) is het afgelopen halfjaar duidelijk veranderd. Hij vergeet routines die hij jaren zelf deed (tafel dekken, zijn tas inpakken voor de dagbesteding), is sneller boos en wil 's avonds vroeg naar bed. Op dagbesteding [[ORGANISATIE|De Schaapskooi]] merken ze het ook.

Medisch (AVG)
- Schildklierwaarden gecontroleerd [[DATUM|16-09]]: goed ingesteld op levothyroxine.
- Gehoor en visus: oogarts [[ORGANISATIE|Oogcentrum Noord-Veluwe]] heeft staar re vastgesteld, operatie wordt overwogen.
- DSQIID afgenomen, score past bij beginnende dementie. AVG bespreekt verwijzing naar gespecialiseerde geheugenpoli.

Gedrag / welbevinden
[[PERSOON|Kees]] ziet dat [[PERSOON|Ronald]] onrustig wordt bij veranderingen in het rooster. Advies: vaste begeleiders in de ochtend, dagprogramma met pictogrammen op de deur. Hij noemt zichzelf graag [[PERSOON|Ronnie]], dat werkt om contact te maken.

Familie
Moeder mw. [[PERSOON|Gerritsen-van Beek]] is [[LEEFTIJD|91]] en woont in verpleeghuis [[ORGANISATIE|Het Immanuel]] in [[PLAATS|Nunspeet]]. [[PERSOON|Ronald]] gaat er om de 2 weken met een begeleider heen. De laatste keer herkende moeder hem niet goed en [[PERSOON|Ronald]] was daarna dagen van slag. [[PERSOON|Peter]] vraagt of de bezoeken korter kunnen en of er een fotoboek gemaakt kan worden. [[PERSOON|Peter]] woont in [[PLAATS|Harderwijk]] en is bereikbaar via [[TELEFOON|06-44 10 86 21]] / [[EMAIL|p.gerritsen@kpnmail.nl]].

Afspraken
1. Verwijzing geheugenpoli (actie AVG)
2. Dagprogramma met picto's maken (actie [[PERSOON|IB]], voor [[DATUM|1 november]])
3. Bezoek moeder: max 45 min, vaste begeleider, na afloop rustmoment (actie [[PERSOON|IB]])
4. Signaleringsplan aanpassen (actie [[PERSOON|KvD]])
Evaluatie over 3 mnd.`,
  },
  {
    id: 'd3-a08',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d3a',
    knownNames: ['Dhr. D. (Dylan) Wijnbergen'],
    text: `[[DATUM|11-3]] ambulante begeleiding 10.00-11.30
Bij [[PERSOON|Dylan]] thuis ([[ADRES|Merelhof 213-II]]). Hij had de post al klaargelegd, goed! Aanmaning van de zorgverzekeraar (€ 84,50) en een brief van de gemeente [[PLAATS|Apeldoorn]] over zijn uitkering. Samen de aanmaning betaald via de app, hij deed het zelf, ik keek mee. Brief gemeente samen gelezen, hij moet een formulier terugsturen voor [[DATUM|25 maart]]. Foto gemaakt en naar bewindvoerder (mw. [[PERSOON|Akkerman]]) gestuurd.
[[PERSOON|Dylan]] vertelde dat het weer aan is met [[PERSOON|Chantal]] ("[[PERSOON|Chan]]"). Ze slaapt af en toe bij hem. We hebben besproken dat hij haar niet zijn pinpas geeft, dat is vorige keer misgegaan. Hij zegt dat hij dat nu wel weet.
Werk op [[ORGANISATIE|De Houtwerf]] gaat goed, hij mag vanaf volgende maand op de zaagmachine onder toezicht van [[PERSOON|Rick]].
Koelkast: weer veel energiedrank en weinig eten. Boodschappenlijstje gemaakt voor de Lidl.
Moeder ([[PERSOON|Sandra]], [[PLAATS|Twello]]) komt zondag eten.
Volgende afspraak do [[DATUM|14-3]] 13.00.
- [[PERSOON|Nadia]]`,
  },
  {
    id: 'd3-a09',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d3a',
    knownNames: ['Dhr. M. (Mehmet) Yıldırım'],
    text: `Rapportage begeleiding - periode [[DATUM|1]] t/m [[DATUM|14 mei]]
Woonvorm [[ORGANISATIE|Het Klokhuis]], [[PLAATS|Nijmegen-Dukenburg]]

Doel 1: [[PERSOON|Mehmet]] kan zelf aangeven wanneer hij naar de wc moet (met picto).
[[PERSOON|Mehmet]] heeft 6x zelf de picto gepakt, vooral in de ochtend. In de middag lukt het nog niet, dan is hij moe. Begeleiders blijven om het uur aanbieden.

Doel 2: rustig blijven bij het tandenpoetsen.
Gaat wisselend. Met de elektrische tandenborstel en het liedje van zijn moeder ([[PERSOON|Ayşe]] heeft het ingesproken op de tablet) lukt het 4 van de 7 avonden. Controle bij tandarts [[ORGANISATIE|Centrum Bijzondere Tandheelkunde Oost]] op [[DATUM|21/5]], [[PERSOON|Joris]] gaat mee.

Gezondheid
Epilepsie: 1 aanval op [[DATUM|9 mei]] om 16.20, tonisch-clonisch, 2 minuten, daarna 2 uur geslapen. Geen noodmedicatie nodig. Aanvalsregistratie bijgewerkt en AVG (dr. [[PERSOON|Peeters]]) gemaild.
Gewicht 71 kg.

Familie
Vader [[PERSOON|Hüseyin]] en moeder kwamen zondag, ze namen börek mee, [[PERSOON|Mehmet]] at drie stukken. Zus [[PERSOON|Elif Yıldırım]] uit [[PLAATS|Arnhem]] belde om te vragen of [[PERSOON|Mehmet]] met het Suikerfeest thuis kan slapen. Besproken met [[PERSOON|Joris]] (pb): kan, met logeerplan en medicatie mee. Zus haalt hem op.
[[PERSOON|md]]`,
  },
  {
    id: 'd3-a10',
    genre: 'email',
    setting: 'VVT',
    author: 'auteur-d3a',
    text: `Van: [[ORGANISATIE|Huisartsenpraktijk De Brink]] <[[EMAIL|assistentes@hpdebrink-olst.nl]]>
Verzonden: woensdag [[DATUM|6 november 2024]] 09:03
Aan: [[PERSOON|Scholten, Marit]] <[[EMAIL|m.scholten@zorggroepijsselvallei.nl]]>
Onderwerp: RE: mw. [[PERSOON|Hoekstra]] - medicatie na ontslag ziekenhuis

Goedemorgen [[PERSOON|Marit]],

Dokter [[PERSOON|Wieringa]] heeft ernaar gekeken. De furosemide moet inderdaad 1x per dag 40 mg blijven zoals in de ontslagbrief staat, de oude dosering van 20 mg mag van het overzicht af. Metoprolol blijft 50 mg. Wij geven het door aan de apotheek, zij passen de baxter aan vanaf volgende week.
Wilt u de komende week 2x gewicht en bloeddruk doorgeven?

Met vriendelijke groet,
[[PERSOON|Ilse]]
doktersassistente

-----Oorspronkelijk bericht-----
Van: [[PERSOON|Marit Scholten]] <[[EMAIL|m.scholten@zorggroepijsselvallei.nl]]>
Verzonden: dinsdag [[DATUM|5 november 2024]] 14:12
Aan: [[EMAIL|assistentes@hpdebrink-olst.nl]]
Onderwerp: mw. [[PERSOON|Hoekstra]] - medicatie na ontslag ziekenhuis

Beste assistente,

Mw. [[PERSOON|G. Hoekstra-Mulder]] (geb. [[DATUM|14-04-1931]], [[LEEFTIJD|93]] jr) is gisteren teruggekomen na opname op de cardiologie van [[ORGANISATIE|Ziekenhuis De IJsselborgh]]. In de ontslagbrief staat furosemide 1dd 40 mg, op de baxter van [[ORGANISATIE|Apotheek Olst]] nog 1dd 20 mg. Ook staat er in de brief 'metoprolol 50 mg 1dd' en op het overzicht 2dd 25 mg.
Welke dosering moeten we aanhouden? Mw. heeft weer wat dikke enkels en is vandaag 1,2 kg zwaarder dan bij ontslag.
Haar dochter [[PERSOON|Wilma]] vroeg ook of de huisarts nog langs komt.

Alvast bedankt.

Met vriendelijke groet,
[[PERSOON|Marit Scholten]]
EVV afd. Wilg
[[ORGANISATIE|Zorggroep IJsselvallei]], locatie [[ORGANISATIE|De Kolk]]
[[ADRES|Kerkweg 7]], [[POSTCODE|8121 AB]] [[PLAATS|Olst]]
T [[TELEFOON|0570 56 12 00]] toestel [[ID|2214]]
[[URL|www.zorggroepijsselvallei.nl]]`,
  },
  {
    id: 'd3-a11',
    genre: 'email',
    setting: 'ZKH',
    author: 'auteur-d3a',
    text: `Van: Transferpunt [[ORGANISATIE|Ziekenhuis Veluwezoom]] <[[EMAIL|transferpunt@zhveluwezoom.nl]]>
Aan: Zorgbemiddeling [[ORGANISATIE|Woonzorg De Veluwse Poort]] <[[EMAIL|zorgbemiddeling@veluwsepoort.nl]]>
Datum: [[DATUM|19-02-2025]]
Onderwerp: aanvraag verpleeghuisplaats/crisisbed mw. [[PERSOON|Sewdien]]

Geachte collega,

Namens de afdeling geriatrie (C3) vragen wij een plaats aan voor onderstaande patiente. Zij is niet meer in staat om terug naar huis te gaan.

Naam: mw. [[PERSOON|J.D. Sewdien-Ramlal]]
Geb.: [[DATUM|07-07-1934]] ([[LEEFTIJD|90]] jaar)
BSN: [[BSN|432064771]]
Patientnr.: [[ID|3390127]]
Adres: [[ADRES|Rijnstraat 9-b]], [[POSTCODE|6811 EW]] [[PLAATS|Arnhem]]
Opgenomen: [[DATUM|11-02]] na val thuis, bekkenfractuur conservatief behandeld, delier (nu herstellende).
Indicatie: Wlz aangevraagd op [[DATUM|14-02]], spoedprocedure.
Huidige zorg: transfer met tillift, 2 personen, loopt nog niet. Eet zelf. Urinekatheter sinds [[DATUM|12/2]].
Contactpersoon: kleinzoon [[PERSOON|Ravi Sewdien]], [[TELEFOON|06-31 70 94 58]]. Dochter [[PERSOON|Indra]] woont in [[PLAATS|Den Haag]] en wil graag dat mw. in een huis komt waar Hindoestaanse maaltijden kunnen.

Verwachte ontslagdatum: zo spoedig mogelijk, uiterlijk [[DATUM|25 februari]].
Voor vragen: [[PERSOON|Esther Bakhuis]], transferverpleegkundige, [[TELEFOON|026 389 44 00]] toestel [[ID|6612]].

Met vriendelijke groet,
[[PERSOON|E. Bakhuis]]
Transferpunt [[ORGANISATIE|Ziekenhuis Veluwezoom]]

---
Antwoord [[DATUM|20-02]]:
Beste [[PERSOON|Esther]], we hebben per [[DATUM|24/2]] een kamer op locatie [[ORGANISATIE|Het Palet]] in [[PLAATS|Velp]]. Keuken kan rekening houden met haar wensen. Graag overdracht uiterlijk vrijdag. Gr. [[PERSOON|Wendy Hoving]], zorgbemiddelaar`,
  },
  {
    id: 'd3-a12',
    genre: 'soep',
    setting: 'VVT',
    author: 'auteur-d3a',
    knownNames: ['Dhr. H. (Harm) Jansen'],
    text: `Visite SO [[DATUM|28/01]] - dhr. [[PERSOON|Jansen]], kamer 7
S: Volgens EVV ([[PERSOON|Bianca]]) sinds 2 dagen suffer, eet slecht, meer hoesten met groen slijm. Dhr. zelf: "het geet wal". Dochter [[PERSOON|Margriet]] belde gisteren bezorgd.
O: Temp 38,4. RR 112/64, P 98 reg, AH 24/min, sat 91% zonder O2. Crepitaties re basaal. Buik soepel. Geen oedeem. Lichte verwardheid t.o.v. baseline.
E: Waarschijnlijk pneumonie re onderkwab bij [[LEEFTIJD|96]]-jarige met COPD GOLD III. Geen opname conform afspraak (NR/geen ZH-opname sinds [[DATUM|10-10-2023]]).
P: Amoxicilline/clavulaanzuur 3dd 500/125 mg 7 dgn, start vandaag. Paracetamol 3dd 1 g. Vochtlijst, 3x daags controles. Dochter gebeld, akkoord met beleid. Evaluatie vr [[DATUM|31/1]] of eerder bij achteruitgang.
[[PERSOON|J. Doornbos]], SO`,
  },
];
