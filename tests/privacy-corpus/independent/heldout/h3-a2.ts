import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h3-a13',
    genre: 'rapportage',
    setting: 'wijk',
    author: 'auteur-h3a',
    knownNames: ['Dhr. E.R. Martina'],
    text: `[[DATUM|03-10]] 09:15
Dhr kortademig bij aankleden, sat 91% met 2 l O2. Inhalatie samen gedaan, instructie voorzetkamer herhaald, nu beter. Weer asbak op het balkon gezien met verse peuken. Dhr ontkent dat hij rookt met de zuurstof aan ("ik zet hem uit, zus"). Brandgevaar opnieuw besproken, foldertje van de zuurstofleverancier laten liggen. Melden bij wijkverpleegkundige.
[[PERSOON|Durkje]] (VP)

[[DATUM|03-10]] 14:30
Gebeld met dhr. Besproken dat we bij de volgende keer roken met zuurstof aan de huisarts en de leverancier moeten inlichten. Hij vond dat "overdreven" maar begreep het wel. Zus [[PERSOON|Yolanda]] ([[PLAATS|Heerenveen]]) gebeld met toestemming van dhr, zij komt zaterdag en neemt de aanstekers mee. Zij wil graag dat zijn maat [[PERSOON|Chichi]] ook niet meer binnen rookt.
[[PERSOON|Wietske Boonstra]], wijkverpleegkundige

[[DATUM|04-10]] 08:50
Dhr had goed geslapen. Geen peuken. Benen: oedeem enkels ++, gewicht 78,4 (gisteren 77,6). Dhr zegt dat hij gisteravond bij de buurman, dhr. [[PERSOON|Visser]], zoute haring heeft gegeten. Lachen. Toch genoteerd voor HA.
[[PERSOON|dj]]

[[DATUM|05-10]] 09:05
Sat 93%. Dhr vertelt dat hij [[DATUM|12 oktober]] een afspraak heeft bij de longarts in [[ORGANISATIE|Ziekenhuis De Marrehoek]], vervoer is geregeld via de taxi. Vraagt of er iemand mee kan, [[PERSOON|Yolanda]] kan niet. Nagevraagd bij vrijwilligers van de kerk.
- [[PERSOON|Gerben]]`,
  },
  {
    id: 'h3-a14',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-h3a',
    knownNames: ['Mw. M. (Mia) Huijts-Ramakers'],
    text: `[[DATUM|12 dec]] 10:20 - mw. zat om 7:00 al aangekleed op de rand van het bed, rok achterstevoren. Samen opnieuw aangekleed, ging goed met humor. Ontbijt in de huiskamer. Ze zong een carnavalsliedje uit [[PLAATS|Sittard]] en vroeg of [[PERSOON|Sjef]] al terug was van de mijn. Meegegaan in haar verhaal. /[[PERSOON|mvdb]]

[[DATUM|12 dec]] 15:45 - koster van de kapel kwam langs voor de rozenkrans, mw. deed mee en was daarna heel rustig. Graag elke donderdag inplannen! Dochter [[PERSOON|Ingrid]] belde vanuit [[PLAATS|Venlo]], komt zondag met de kleinkinderen. Wil weten of mama nog steeds zo veel valt. Verteld: 1x deze week ([[DATUM|10-12]], op de billen, geen letsel). /[[PERSOON|fatima]]

[[DATUM|13 dec]] 03:10 - nachtdienst: mw. op de gang, zocht het toilet. Begeleid, geplast. Daarna gevraagd hoe oud ze is: "[[LEEFTIJD|92]], maar ik voel me 60". Om 03:40 weer in bed. /[[PERSOON|k.hoekstra]]

[[DATUM|13 dec]] 11:00 - evv: gesprek met [[PERSOON|Ingrid]] gepland [[DATUM|19-12]] 14:00 over de valpreventie en heupbeschermers. SO dr. [[PERSOON|Vos]] wordt gevraagd aan te sluiten. /[[PERSOON|Anke]] (EVV)`,
  },
  {
    id: 'h3-a15',
    genre: 'rapportage',
    setting: 'ZKH',
    author: 'auteur-h3a',
    knownNames: ['Mw. G. van der Werff'],
    text: `[[DATUM|17-07]] N 04:30
Pt onrustig, trekt aan infuus, praat over de kat die binnen moet. DOS 4. Arts-assistent [[PERSOON|Meijer]] gebeld (sein [[ID|7341]]): haloperidol 0,5 mg po, gegeven 04:50. Bedhekken niet omhoog gedaan, bed laag + valmat. Om 05:30 slapend. Dochter wil bij verslechtering altijd gebeld worden, ook 's nachts: [[TELEFOON|0515-412288]] ([[PERSOON|Joke]]).
/[[PERSOON|EvdL]]

[[DATUM|17-07]] D 13:15
Mw. [[PERSOON|van der Werff]], [[LEEFTIJD|99]] jr, opgenomen [[DATUM|14-07]] via SEH met urosepsis. Vandaag helder, herkent dochter. T 37,3. Infuus eruit, ceftriaxon omgezet naar po (AB-beleid volgens geriater [[PERSOON|Smit-Oldenhof]]). Mobiliseren met fysio naar de stoel, 2 pers. Eet matig: halve boterham, 2 bekers drinkvoeding. Katheter blijft nog tot morgen.
Ontslag besproken: terug naar huis niet haalbaar volgens dochter, zij heeft contact gezocht met [[ORGANISATIE|Zorgcentrum Snitser Mar]] in [[PLAATS|Sneek]]. Transferverpleegkundige ingeschakeld, [[PERSOON|Hanneke]], tst [[ID|3390]].
[[PERSOON|Marieke Bouma]], vpk

[[DATUM|17-07]] A 21:00
Rustige avond. Avondmedicatie ingenomen in vla. Pt vroeg naar haar man "[[PERSOON|Oene]]", overleden. Dochter heeft foto meegenomen, staat op het nachtkastje.
- [[PERSOON|yk]]`,
  },
  {
    id: 'h3-a16',
    genre: 'overdracht',
    setting: 'wijk',
    author: 'auteur-h3a',
    knownNames: ['Dhr. T. (Tsjerk) Dijkstra'],
    text: `VERPLEEGKUNDIGE OVERDRACHT wijkverpleging -> verpleeghuis
Van: [[ORGANISATIE|Thuiszorg De Wâlden]], team Noordoost
Naar: [[ORGANISATIE|Zorgcentrum De Skâns]], [[PLAATS|Dokkum]], afd. Psychogeriatrie
Datum opname: [[DATUM|4 november]]

Personalia
Dhr. [[PERSOON|Tsjerk Dijkstra]], geb. [[DATUM|22-08-1936]]
Adres tot opname: [[ADRES|Trekwei 12]], [[POSTCODE|9104 BN]] [[PLAATS|Damwâld]]
Huisarts: [[PERSOON|R. de Graaf]], [[ORGANISATIE|Dokterspraktijk Damwâld]]
Eerste contactpersoon: echtgenote [[PERSOON|Antje Dijkstra-Postma]] (88), [[TELEFOON|0511-421906]]
Tweede contactpersoon: zoon [[PERSOON|Hylke]], [[TELEFOON|06-14530087]]

Diagnoses: ziekte van Alzheimer (2021), DM2, glaucoom, slechthorend bdz (hoortoestellen!).

Zorg thuis: 3x per dag wijkverpleging + dagbesteding 2x per week in [[PLAATS|Feanwâlden]]. ADL: wassen en kleden met hulp, eet zelf als het klaargezet wordt. Continentie: urine-incontinent 's nachts, Tena Flex maat L. Loopt zelfstandig, binnen en buiten, gaat graag naar buiten (heeft 2x de weg niet teruggevonden, politie bracht hem thuis).

Communicatie: spreekt Fries, begrijpt Nederlands maar antwoordt in het Fries. Reageert goed op rustige benadering en op verhalen over het vissen en de ijsbaan. Wordt boos als je hem haast.

Medicatie: zie overzicht apotheek (bijgevoegd). Ogen: latanoprost a.n. li en re.

Bijzonderheden
- mw. [[PERSOON|Dijkstra]] is zelf ook kwetsbaar en is erg verdrietig over de opname. Ze wil elke dag op bezoek, gaat met de buurtbus.
- levensverhaal-boekje gaat mee, gemaakt met dochter [[PERSOON|Froukje]] (woont in [[PLAATS|Leeuwarden]])
- wilsverklaring: geen reanimatie (NR), besproken met HA op [[DATUM|6 juni 2023]]

Voor vragen: [[PERSOON|Marrit Feenstra]], wijkverpleegkundige, [[TELEFOON|06-23871145]]`,
  },
  {
    id: 'h3-a17',
    genre: 'overdracht',
    setting: 'ZKH',
    author: 'auteur-h3a',
    knownNames: ['Dhr. M. Aydın'],
    text: `Verpleegkundige overdracht naar wijkverpleging
[[ORGANISATIE|Ziekenhuis Reitdiep]], afd. Chirurgie C2
Patiëntnr: [[ID|4481027]]
Ontslagdatum: ma [[DATUM|5 februari]]
Ontvangend: [[ORGANISATIE|Wijkzorg Stad]], team [[PLAATS|Vinkhuizen]]

Dhr. [[PERSOON|Aydın]], 71 jr, opgenomen [[DATUM|24-01]] met perforatie sigmoid, acute Hartmann-procedure [[DATUM|24-01]]. Nu eindstandig colostoma li onder.
Herstel: traag, wondinfectie mediane wond, VAC-therapie gestopt [[DATUM|2/2]]. Wond nu 6 x 2 cm, diepte 1 cm, granulerend. Beleid: 1x per dag spoelen met NaCl, opvullen met alginaat, afdekken met schuimverband.
Stoma: dhr. verzorgt nog niet zelf, zoon [[PERSOON|Emre]] heeft 2x geoefend. Plaat 1x per 2 dagen, zakjes (tweedelig systeem, 57 mm) 1-2x daags. Huid rondom rustig. Materiaal meegegeven voor 1 week, leverancier is gebeld.
Stomaverpleegkundige [[PERSOON|Nicole Brink]] komt poli-controle [[DATUM|13-2]], bij vragen tst [[ID|6612]] of [[TELEFOON|050 524 8831]] (direct).
Mobiliteit: loopt met rollator, trap met hulp. Woont op 2e etage met lift.
Voeding: normaal, let op vocht (stoma productief, 1-1,5 l).
Medicatie: paracetamol, fraxiparine 1x per dag sc t/m [[DATUM|21 februari]] (zoon leert spuiten, ter controle wijk), omeprazol, metoprolol.
Taal: Turks, verstaat redelijk Nederlands. Bij uitleg graag zoon of tolk.
Contact: zoon [[PERSOON|Emre Aydın]], [[TELEFOON|06-27743195]]. Vrouw [[PERSOON|Hatice]] spreekt alleen Turks.

Overdracht door: [[PERSOON|S. Wiersma]], verpleegkundige C2, [[DATUM|02-02-2024]]`,
  },
  {
    id: 'h3-a18',
    genre: 'mdo',
    setting: 'wijk',
    author: 'auteur-h3a',
    knownNames: ['Mw. D. Pattipeilohy'],
    text: `Multidisciplinair overleg wijk - [[DATUM|7-3]]
Cliënt: mw. [[PERSOON|Dewi Pattipeilohy]], 42 jr, MS (secundair progressief), woont met 2 kinderen (14 en 17) in [[PLAATS|Kloosterveen]], [[PLAATS|Assen]].

Aanwezig:
- [[PERSOON|Sanne Jalving]], wijkverpleegkundige (vz)
- dr. [[PERSOON|P. Seinen]], huisarts
- [[PERSOON|Rik]], ergotherapeut
- [[PERSOON|Mariska de Wit]], Wmo-consulent gemeente
- [[PERSOON|Lies]], MS-verpleegkundige [[ORGANISATIE|Ziekenhuis Bosrand]]
- mw. zelf + haar broer [[PERSOON|Johnny]]

Stand van zaken
Mw. is het afgelopen halfjaar duidelijk achteruitgegaan. Loopt binnenshuis nog een paar meter langs de muur, verder rolstoel. Vermoeidheid staat op 1. Blaas: zelfkatheterisatie 4x per dag, lukt nog. 2 urineweginfecties sinds de kerst. Mw. voelt zich schuldig naar de kinderen, oudste dochter [[PERSOON|Naomi]] doet veel in huis.

Bespreking
- Woning: badkamer boven, traplift wordt afgeraden (ergo). Wmo-aanvraag: badkamer beneden + slaapkamer, of verhuizing naar aangepaste woning. [[PERSOON|Mariska]] zoekt uit wat er mogelijk is, woningcorporatie al benaderd.
- Zorg: nu 1x per dag ADL-hulp in de ochtend. Uitbreiden naar ook een avondbezoek. Indicatie: [[PERSOON|Sanne]].
- Jonge mantelzorger: [[PERSOON|Naomi]] (17) aanmelden bij het steunpunt mantelzorg voor jongeren, mw. vindt dat goed.
- Medisch: HA overlegt met de neuroloog over blaasbeleid en spasticiteit (baclofen?). MS-vpk plant gesprek over toekomst en wensen, ook zorgvolmacht.
- Broer [[PERSOON|Johnny]] kan 2 middagen per week bijspringen, woont in [[PLAATS|Bovensmilde]].

Volgende bijeenkomst: [[DATUM|18 april]], 10:00, bij mw. thuis.
notulen [[PERSOON|SJ]]`,
  },
  {
    id: 'h3-a19',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-h3a',
    knownNames: ['Dhr. P. (Piet) Kamphuis'],
    text: `Revalidatie-MDO GRZ   [[DATUM|20-06]]   week 3
[[ORGANISATIE|Zorgcentrum Wilgenhoeve]], [[PLAATS|Meppel]]

Aanwezig: [[PERSOON|M. Ensing]] (SO), [[PERSOON|Tom Bakker]] (fysio), [[PERSOON|Lisa]] (ergo), [[PERSOON|Angelique]] (EVV), [[PERSOON|Joost]] (logopedie, alleen punt 3)

Dhr. [[PERSOON|Kamphuis]], 79 jr, opgenomen [[DATUM|31 mei]] na CVA re hemisfeer, ontslagdatum streefdatum [[DATUM|26 juli]] naar huis in [[PLAATS|Nijeveen]]. Echtgenote [[PERSOON|Gea]] wil hem graag thuis, twijfelt of ze het aankan.

1. Mobiliteit (fysio): FAC 3, loopt 40 m met vierpoot en supervisie. Berg Balance Scale 34 (was 22). Tinetti nog niet afgenomen. Transfers zelfstandig met aanwijzingen. Doel: FAC 4 binnen 3 wkn, traplopen oefenen.
2. ADL (ergo): neglect li, vergeet li arm bij aankleden. Wassen aan wastafel met 1 pers. Proefverlof thuis gepland [[DATUM|6 juli]] met ergo-huisbezoek vooraf ([[DATUM|2/7]]). Woning: drempels, toilet boven.
3. Slikken/spraak: normale consistentie, dun vloeibaar weer veilig. Dysartrie licht, goed verstaanbaar.
4. Stemming: dhr. soms huilerig, "ik ben niet meer de man die ik was". HADS afnemen, psycholoog inschakelen.
5. Medisch: RR goed ingesteld, atorvastatine gestart. Diabetes stabiel.

Afspraken: proefverlof [[DATUM|6/7]], psycholoog consult, gesprek met echtgenote + zoon [[PERSOON|Wim]] over ondersteuning thuis (wijkverpleging, dagbehandeling). Volgende MDO [[DATUM|4 juli]].
- [[PERSOON|Angelique]]`,
  },
  {
    id: 'h3-a20',
    genre: 'email',
    setting: 'HA',
    author: 'auteur-h3a',
    text: `Onderwerp: RE: consultvraag SO mw. [[PERSOON|Reinders]], [[ORGANISATIE|De Kloostertuin]]

Beste [[PERSOON|Femke]],

Prima, ik kom donderdag [[DATUM|22 augustus]] tussen 13:00 en 14:00 langs in [[ORGANISATIE|De Kloostertuin]]. Wil je vragen of de EVV'er of de woonbegeleider erbij kan zijn, en of de dochter telefonisch bereikbaar is? Graag vooraf het medicatieoverzicht en de laatste labuitslagen in het dossier.
Ter info: ik kom als consulent, de behandeling blijft bij jullie.

Hartelijke groet,
[[PERSOON|Rachid el Amrani]]
specialist ouderengeneeskunde
[[ORGANISATIE|Zorggroep Hunzedal]]
[[TELEFOON|0598 - 39 72 10]] | [[EMAIL|r.elamrani@hunzedal.nl]]

> Op ma [[DATUM|19 aug. 2024]] om 11:42 schreef [[PERSOON|F. de Boer]] <[[EMAIL|f.deboer@huisartsveendam.nl]]>:
>
> Hoi [[PERSOON|Rachid]],
>
> Graag je consult bij mw. [[PERSOON|Reinders]] (geb. [[DATUM|11-04-1933]]), zij woont in kleinschalige woonvorm [[ORGANISATIE|De Kloostertuin]], [[ADRES|Kloosterlaan 3-7]] in [[PLAATS|Veendam]]. Sinds 3 weken toenemend apathisch, eet en drinkt slecht, ligt veel op bed. Lab: Na 129, kreat 104, CRP 8. Ik vraag me af of er een depressie speelt of dat dit progressie van de dementie is. Citalopram heb ik nog niet durven starten (QT 468 ms).
> Dochter [[PERSOON|Hennie]] vraagt of "het nog zin heeft" en wil graag een gesprek over de behandelgrenzen.
>
> Groet, [[PERSOON|Femke de Boer]], huisarts
> [[ORGANISATIE|Huisartsenpraktijk Veendam-West]], [[TELEFOON|0598-612440]]`,
  },
  {
    id: 'h3-a21',
    genre: 'email',
    setting: 'wijk',
    author: 'auteur-h3a',
    text: `Van: [[EMAIL|w.kamstra1979@hotmail.com]]
Aan: [[EMAIL|info@zorgkompasveenkolonien.nl]]
Datum: zo [[DATUM|14-4-2024]] 21:37
Onderwerp: klacht zorg oom

Geachte heer/mevrouw,

Ik schrijf u namens mijn oom dhr [[PERSOON|Klaas Hemmes]] ([[ADRES|Oosterdiep WZ 210]], [[PLAATS|Stadskanaal]]), hij is [[LEEFTIJD|90]] en krijgt van jullie 2x per dag zorg. Afgelopen week is er 3 keer niemand gekomen voor de avondronde of pas om 22:30 terwijl hij om 21:00 naar bed wil. Hij zit dan in zijn stoel te wachten en durft niet zelf. Vrijdag heeft hij zijn insuline pas om 23:00 gehad!! Ook komen er steeds andere mensen, hij kent ze niet en ze spreken soms geen goed nederlands. Mijn oom is daar erg onrustig van.
Ik wil graag dat iemand mij belt. Ik ben zijn nicht en contactpersoon, mijn nummer is [[TELEFOON|06-19283746]].

Met vriendelijke groet
[[PERSOON|Wendy Kamstra]]

---
Van: [[PERSOON|Ria Smeenge]] <[[EMAIL|r.smeenge@zorgkompasveenkolonien.nl]]>
Aan: [[EMAIL|w.kamstra1979@hotmail.com]]
Datum: ma [[DATUM|15-4-2024]] 09:12
Onderwerp: RE: klacht zorg oom

Beste mevrouw [[PERSOON|Kamstra]],

Dank voor uw mail, en excuses dat uw oom zo lang heeft moeten wachten. Dat had niet mogen gebeuren, zeker niet met de insuline. Door ziekte in het team hebben we vorige week de avondroute anders moeten indelen. Vanaf vandaag staat dhr. [[PERSOON|Hemmes]] weer vast om 20:30 ingepland en hebben we twee vaste collega's voor zijn avondzorg: [[PERSOON|Jorien]] en [[PERSOON|Bas]].
Ik bel u vanmiddag om het verder te bespreken. Wilt u ook dat de wijkverpleegkundige, [[PERSOON|Nienke Ubbens]], een keer langskomt als u er bent?

Met vriendelijke groet,
[[PERSOON|Ria Smeenge]]
teamleider wijkverpleging team Kanaalstreek
[[ORGANISATIE|Zorgkompas Veenkoloniën]]
[[TELEFOON|0599 - 65 30 20]]`,
  },
  {
    id: 'h3-a22',
    genre: 'soep',
    setting: 'wijk',
    author: 'auteur-h3a',
    knownNames: ['Mw. W. Haarsma-Terpstra'],
    text: `Indicatiestelling wijkverpleging - huisbezoek [[DATUM|26-9]]
[[PERSOON|Baukje Sikkema]], wijkverpleegkundige

S: Mw. [[PERSOON|Haarsma]], [[LEEFTIJD|93]] jr, woont alleen in [[ADRES|Midstraat 88]], [[POSTCODE|8501 AV]] [[PLAATS|Joure]]. Aangemeld door HA (dr. [[PERSOON|Kingma]]) na val thuis met polsfractuur re, gips tot [[DATUM|10 oktober]]. Mw. zegt: "it giet wol", maar kan zich niet zelf wassen en aankleden met het gips. Kleindochter [[PERSOON|Ilona]] komt 's avonds, zoon [[PERSOON|Sjoerd]] woont in [[PLAATS|Lemmer]] en werkt. Huishoudelijke hulp via Wmo 2 uur p/w.
O: Alert, goed georiënteerd. Loopt met rollator, onzeker bij omdraaien. TUG 19 sec. Huid: hematoom li heup, intact. Voeding: eet brood en warme maaltijd van de slager om de hoek (warm bezorgd). Geen pijn in rust. Medicatie zelf met weekdoos, deze week foutloos.
E: Tijdelijke zorgbehoefte ADL door fractuur, verhoogd valrisico. Goede cognitie, sociaal netwerk beperkt overdag.
P:
- ochtendzorg 7x per week (wassen, aankleden, steunkous li), 30 min, tot [[DATUM|24 oktober]], dan herindicatie
- valrisico: fysio via HA, alarmering aanvragen
- na gips: evaluatie of ADL weer zelfstandig gaat
- zoon gebeld voor toestemming en afstemming, akkoord`,
  },
  {
    id: 'h3-a23',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-h3a',
    text: `VERWIJZING WIJKVERPLEGING - palliatieve zorg thuis
Datum: [[DATUM|08-05-2024]]
Aan: [[ORGANISATIE|Thuiszorg Zuidoost-Drenthe]], wijkteam [[PLAATS|Emmerhout]]
Van: [[PERSOON|J.W. Nijenhuis]], huisarts, [[ORGANISATIE|Huisartsenpraktijk De Marke]], [[ADRES|Houtweg 40]], [[POSTCODE|7823 PE]] [[PLAATS|Emmen]]
AGB-code: [[ID|01087734]] | T [[TELEFOON|0591-622410]] | spoedlijn [[TELEFOON|0591-622499]]

Patiënt
Dhr. [[PERSOON|P. Nowak]], geb. [[DATUM|30-11-1956]], BSN [[BSN|192285142]]
[[ADRES|Peelstraat 17 hs]], [[POSTCODE|7824 BG]] [[PLAATS|Emmen]]
T [[TELEFOON|06 4417 2290]] (echtgenote [[PERSOON|Agnieszka]])

Reden van verwijzing
Pancreascarcinoom met levermetastasen, diagnose [[DATUM|maart 2024]] in [[ORGANISATIE|UMC Hunzeland]]. Geen oncologische behandeling meer (eigen keuze na 2 kuren). Levensverwachting waarschijnlijk weken tot enkele maanden. Dhr. wil thuis sterven.

Hulpvraag
- verpleegkundige zorg en begeleiding in de palliatieve fase, 1x per dag starten, opschalen naar behoefte
- pijnbeleid: fentanyl pleister 25 mcg/u, elke 72 uur wisselen (volgende [[DATUM|9/5]]), oxycodon 5 mg zn max 6x
- obstipatie: macrogol 1-2dd
- signaleren: icterus, ascites, delier
- ondersteuning echtgenote; zij werkt in de kas en spreekt Pools en wat Nederlands. Dochter [[PERSOON|Kasia]] ([[TELEFOON|06-30991275]]) spreekt goed Nederlands en is de contactpersoon.

Beleid: NR, geen ziekenhuisopname meer, afspraken vastgelegd op [[DATUM|2 mei]]. Palliatieve sedatie is besproken als mogelijkheid. Een niet-reanimeren-penning heeft dhr. nog niet.
Graag terugkoppeling na intake.

[[PERSOON|Nijenhuis]]`,
  },
  {
    id: 'h3-a24',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h3a',
    text: `[[ORGANISATIE|Ziekenhuis Emmermeer]]
Afdeling Geriatrie / Orthopedie
[[ADRES|Boermarkeweg 60]], [[POSTCODE|7824 AA]] [[PLAATS|Emmen]]

Aan: dhr. [[PERSOON|K. Boelens]], huisarts, [[ORGANISATIE|Praktijk Klazienaveen-Noord]]
Cc: [[ORGANISATIE|Revalidatiecentrum De Esborg]], afd. GRZ

[[PLAATS|Emmen]], [[DATUM|16 maart 2024]]

Betreft: mw. [[PERSOON|H. Kloosterman-Dilling]], geb. [[DATUM|09-09-1932]], patiëntnummer [[ID|7712094]]
Opname: [[DATUM|08-03-2024]] t/m [[DATUM|16-03-2024]]

Geachte collega,

Hierbij berichten wij u over uw patiënte, een [[LEEFTIJD|91]]-jarige vrouw, die werd opgenomen na een val thuis.

Diagnose: mediale collumfractuur re heup (Garden IV).
Behandeling: hemi-arthroplastiek re op [[DATUM|09-03]], ongecompliceerd.
Beloop: postoperatief een delier (DOS max 6), behandeld met haloperidol laag gedoseerd, gestopt op [[DATUM|13-03]]. Hb daling naar 5,9, 2 EC toegediend. Urineweginfectie, behandeld met nitrofurantoïne 5 dagen. Mobiliseert inmiddels met looprek en begeleiding van 1 persoon.

Voorgeschiedenis: hypertensie, AF (DOAC), macula-degeneratie bdz, lichte cognitieve stoornis.

Medicatie bij ontslag:
- apixaban 2dd 2,5 mg (dosis aangepast aan leeftijd en gewicht)
- metoprolol 1dd 50 mg
- paracetamol 4dd 1000 mg
- macrogol 1dd 1 sachet
- calcium/vit D 1dd
- gestopt: oxazepam (delier)

Beleid en afspraken:
- overplaatsing naar GRZ [[ORGANISATIE|De Esborg]], revalidatiedoel terug naar huis ([[PLAATS|Klazienaveen]])
- hechtingen verwijderen dag 14 ([[DATUM|23 maart]]) in het revalidatiecentrum
- poli orthopedie over 6 weken met röntgenfoto
- NR-beleid afgesproken op [[DATUM|10-03-2024]] met patiënte en zoon [[PERSOON|Jan Kloosterman]]
- osteoporose: DEXA aangevraagd

Met vriendelijke groet,

[[PERSOON|L. van Dijk]], arts-assistent geriatrie
dr. [[PERSOON|M.J. Wolters]], klinisch geriater`,
  },
];
