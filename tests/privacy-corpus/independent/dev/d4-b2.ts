import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd4-b13',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-d4b',
    text: `[[ORGANISATIE|Medisch Centrum Duinzicht]]
Afdeling Geriatrie – Acute Ouderenzorg
[[ADRES|Lijnbaan 301]] – [[POSTCODE|2512 VA]] [[PLAATS|Den Haag]]

Aan: mw. dr. [[PERSOON|S. Ramcharan]], huisarts
[[ORGANISATIE|Huisartsenpraktijk Zuiderpark]]
[[ADRES|Loevesteinlaan 18]]
[[POSTCODE|2533 PV]] [[PLAATS|Den Haag]]

Kopie: [[ORGANISATIE|Apotheek Leyweg]]; wijkverpleging [[ORGANISATIE|Hofzorg Thuis]] team [[PLAATS|Moerwijk]]

[[PLAATS|Den Haag]], [[DATUM|9 januari 2025]]

Betreft: mw. [[PERSOON|W.E. Vanenburg-Pinas]], geb. [[DATUM|23-06-1937]]
BSN [[BSN|684 085 653]] – ZIS-nr. [[ID|10482291]]
[[ADRES|Dedemsvaartweg 440]], [[POSTCODE|2545 AX]] [[PLAATS|Den Haag]]

Geachte collega [[PERSOON|Ramcharan]],

Op [[DATUM|31 december]] werd uw patiënte via de SEH opgenomen met gedecompenseerd hartfalen (NYHA IV) en een val. Zij verbleef tot [[DATUM|9-1]] op onze afdeling.

Conclusie
1. Acuut op chronisch hartfalen (HFrEF, LVEF 30%), uitgelokt door therapieontrouw (diuretica "weggelaten voor de oudjaarsdienst in de kerk") en zoutrijke maaltijden tijdens de feestdagen
2. Valincident zonder letsel, orthostatische hypotensie
3. Polyfarmacie (14 middelen), medicatiereview verricht
4. Lichte cognitieve stoornis, MoCA 22/30, geen delier

Beloop
Met furosemide iv 5 kg gewichtsverlies, daarna omgezet naar oraal. Medicatie gesaneerd in overleg met mw. en haar dochter [[PERSOON|Marlene]]: gestopt met doxazosine, oxazepam en de dubbele omeprazol. Fysiotherapeut: ADL zelfstandig, loopt met rollator, traplopen gaat met moeite (woont op 1-hoog met lift).

Mw. [[PERSOON|Vanenburg]] heeft duidelijk aangegeven geen reanimatie of IC te willen (vastgelegd [[DATUM|2-1]]). Ze wil graag thuis blijven en zondag weer naar haar kerk.

Medicatie bij ontslag
furosemide 40 mg 2dd1 (8.00 en 14.00) – bisoprolol 2,5 mg 1dd – sacubitril/valsartan 24/26 mg 2dd – spironolacton 12,5 mg 1dd – apixaban 2,5 mg 2dd – paracetamol zn. Baxterrol vanaf [[DATUM|10/01]] via de apotheek.

Afspraken
- wijkverpleging 2x/dag, dagelijks wegen; bij > 2 kg toename in 3 dagen contact hartfalenverpleegkundige ([[TELEFOON|070 - 312 48 90]])
- lab (Na, K, kreat) over 1 week via u
- polikliniek geriatrie [[DATUM|20 februari]], cardiologie [[DATUM|4 maart]]

Met vriendelijke groet,

[[PERSOON|P.J. Soekhlal]], klinisch geriater
[[PERSOON|N. Mahabier]], verpleegkundig specialist
[[EMAIL|geriatrie.secretariaat@mcduinzicht.nl]]`,
  },
  {
    id: 'd4-b14',
    genre: 'ontslagbrief',
    setting: 'GGZ',
    author: 'auteur-d4b',
    text: `[[ORGANISATIE|GGZ Hunzedal]] – [[ORGANISATIE|Kliniek De Brink]]
Afdeling Neuropsychiatrie / Korsakov
[[ADRES|Dennenweg 2-4]], [[POSTCODE|9404 LA]] [[PLAATS|Assen]]

[[PLAATS|Assen]], [[DATUM|18 juni 2024]]

Aan dhr. [[PERSOON|G. Hoekman]], huisarts
[[ORGANISATIE|Gezondheidscentrum Kloosterveen]], [[PLAATS|Assen]]

CC: mw. [[PERSOON|I. de Boer]], SO [[ORGANISATIE|Het Ankerhuis]] [[PLAATS|Hoogeveen]]

Betreft: dhr. [[PERSOON|H.J. (Henk) Dijkstra]], [[DATUM|07-11-1956]], dossiernr. [[ID|2045517]]

Beste collega,

Dhr. [[PERSOON|Dijkstra]] was van [[DATUM|14 februari]] t/m [[DATUM|17 juni]] bij ons opgenomen. Verwijzing door [[ORGANISATIE|Ziekenhuis Reestdal]] na een opname wegens Wernicke-encefalopathie bij langdurig alcoholmisbruik; hij werd [[DATUM|1 februari]] verward en ondervoed in zijn woning in [[PLAATS|Pittelo]] gevonden door de wijkagent.

Diagnosen
- syndroom van Korsakov (ernstige anterograde amnesie, confabulaties, ontbrekend ziekte-inzicht)
- stoornis in alcoholgebruik, ernstig, in vroege remissie in gecontroleerde omgeving
- polyneuropathie benen, loopt met rollator
- COPD GOLD 2

Onderzoek
NPO ([[DATUM|april 2024]], drs. [[PERSOON|M. Kuipers]]): ernstige geheugenstoornis, executief sterk verminderd, IQ-indicatie gemiddeld. MRI: atrofie corpora mamillaria.

Beloop
Gestructureerd dagprogramma, foutloos leren. Thiamine im daarna oraal. Geen terugval, wel regelmatig wegloopneiging ("ik moet naar de zaak") – hij had vroeger een fietsenwinkel in [[PLAATS|Beilen]]. Broer [[PERSOON|Klaas Dijkstra]] is wettelijk vertegenwoordiger (mentor sinds [[DATUM|mei 2024]]).
Wzd: opname via rechterlijke machtiging, per [[DATUM|17-06]] overgeplaatst met nieuwe RM naar woonvorm [[ORGANISATIE|Het Ankerhuis]] in [[PLAATS|Hoogeveen]] (gespecialiseerd in Korsakov).

Medicatie: thiamine 100 mg 2dd, foliumzuur 0,5 mg 1dd, tiotropium inhalatie 1dd, paracetamol zn.

Adviezen
- geen alcohol in de woonvorm, ook geen alcoholvrij bier (trigger)
- structuur en vaste begeleiders, keuzes beperken
- jaarlijks evaluatie rechterlijke machtiging

Hoogachtend,

dr. [[PERSOON|A.M. Wiersma]], psychiater
[[PERSOON|J. Zwiers]], regiebehandelaar
T [[TELEFOON|0592 - 33 44 00]]`,
  },
  {
    id: 'd4-b15',
    genre: 'verwijzing',
    setting: 'ZKH',
    author: 'auteur-d4b',
    text: `AANMELDING GERIATRISCHE REVALIDATIE (GRZ)

Aanmelder: [[ORGANISATIE|Parkstad Medisch Centrum]] [[PLAATS|Heerlen]], afd. Traumatologie/Geriatrie
Contactpersoon: [[PERSOON|L. Vliegen]], transferverpleegkundige, tst. [[ID|6120]]
Behandelaar: dr. [[PERSOON|J.M. Senden]], klinisch geriater
Datum aanmelding: [[DATUM|26-08-2024]]

Aan: [[ORGANISATIE|Revalidatiecentrum Schaesberg Hof]], opnamebureau
[[ADRES|Kasteellaan 3]], [[POSTCODE|6371 CA]] [[PLAATS|Landgraaf]]
[[EMAIL|opname@schaesberghof.nl]]

Patiëntgegevens
Naam: [[PERSOON|Pluijmen, W.H.]] (roepnaam [[PERSOON|Wiel]])
Geb.datum: [[DATUM|17 maart 1940]]
BSN: [[BSN|696017969]]
Adres: [[ADRES|Oude Graaf 27]], [[POSTCODE|6451 EX]] [[PLAATS|Schinveld]]
Zorgverzekering, polisnr.: [[ID|400918238]]
Contactpersoon: echtgenote [[PERSOON|M. (Mariet) Pluijmen-Kessels]], [[TELEFOON|045-5271488]]

Medisch
Opname [[DATUM|21-08]] na val van keukentrap, mediale collumfractuur li, [[DATUM|22/8]] kophalsprothese. Postoperatief kort delier (dag 1-3), nu hersteld, 4AT 0. Mobiliseert met looprek 10 m met hulp van 1. Belasten naar vermogen.
Voorgeschiedenis: ziekte van Bechterew, hypertensie, 2019 prostaatcarcinoom (in remissie), slechthorend (gehoorapparaat rechts).
Cognitie premorbide goed, MMSE [[DATUM|25-08]] 27/30.
Medicatie: amlodipine 10 mg, paracetamol 1 g 4dd, oxycodon 5 mg 2dd (afbouwen), dalteparine 5000 IE tot 6 wkn postop.

Thuissituatie
Woont met echtgenote (81) in eengezinswoning, slaapkamer boven; ze is zelf slecht ter been. Dochter [[PERSOON|Ingrid]] woont in [[PLAATS|Onderbanken]]? nee – in [[PLAATS|Nuth]]. Voorheen zelfstandig, fietste nog naar de markt in [[PLAATS|Brunssum]].

Revalidatiedoel: terug naar huis, zelfstandig lopen met rollator, trap of bed beneden.
Voorkeur locatie: [[ORGANISATIE|Schaesberg Hof]] ivm afstand voor echtgenote.
Verwachte ontslagdatum ziekenhuis: [[DATUM|29 augustus]].

Overdracht volgt via het transferpunt. Bij vragen: dr. [[PERSOON|Senden]], sein [[ID|4871]].`,
  },
  {
    id: 'd4-b16',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-d4b',
    text: `Verwijzing ouderenpsychiatrie

Van: [[PERSOON|C.M. Toet]], huisarts, [[ORGANISATIE|Huisartsenpraktijk Duindorp]]
[[ADRES|Westduinweg 95]], [[POSTCODE|2583 AB]] [[PLAATS|'s-Gravenhage]] | [[TELEFOON|070-3502216]]
AGB [[ID|01009342]]

Aan: team ouderen [[PLAATS|Scheveningen]]/[[PLAATS|Segbroek]], [[ORGANISATIE|GGZ Hofpoort]]

[[DATUM|12-11-2024]]

Betreft mw. [[PERSOON|G. (Grietje) Vrolijk-Taal]], geb. [[DATUM|08-12-1931]] ([[LEEFTIJD|92]])
[[ADRES|Pluimstraat 41 boven]], [[POSTCODE|2583 VT]] [[PLAATS|Den Haag]]
BSN [[BSN|991726029]]

Collega,

Graag beoordeling en behandeling van deze [[LEEFTIJD|92]]-jarige weduwe (echtgenoot was visser, overleden 2009). Sinds de zomer toenemend achterdochtig: de buren zouden haar pensioen stelen en 's nachts via het balkon binnenkomen. Ze heeft de sloten laten vervangen en belt meerdere keren per week de politie. Het huis vervuilt, er staan tassen met oud brood en kranten tot in de gang. De bovenbuurvrouw, mw. [[PERSOON|Spaans]], heeft een melding bij Veilig Thuis gedaan en de GGD is een keer geweest.

Bij mijn huisbezoek op [[DATUM|5/11]] was ze goed verzorgd gekleed maar mager, vriendelijk tot ik over de buren begon. Geen aanwijzingen voor delier, urine schoon. Korte screening: desoriëntatie in datum, recall 0/3. Ik denk aan een beginnende dementie met paranoïde wanen, DD late-onset psychose.

Medicatie: geen, weigert alles ("jullie willen me vergiftigen, net als [[PERSOON|Jopie]] van hiernaast").
Familie: nichtje [[PERSOON|Ria de Graaf]] in [[PLAATS|Katwijk]], [[TELEFOON|06-30419962]], komt 1x per maand. Zij vindt het niet verantwoord meer.

Mw. wil zelf geen hulp, maar zal de deur wel opendoen als ik (of de POH, [[PERSOON|Marja]]) meega. Graag huisbezoek, ik wil daar zelf bij zijn als het kan.

Met vriendelijke groet,
[[PERSOON|Kees Toet]]`,
  },
  {
    id: 'd4-b17',
    genre: 'email',
    setting: 'VVT',
    author: 'auteur-d4b',
    text: `Van: [[PERSOON|Lieke Oude Vrielink]] <[[EMAIL|l.oudevrielink@dezonnehoek-zorg.nl]]>
Verzonden: [[DATUM|29-10-2024]] 08:14
Aan: [[PERSOON|Tjalsma, Femke]]
Onderwerp: RE: RE: dhr. [[PERSOON|Wolbers]] – kan jij meekijken?

Hoi [[PERSOON|Femke]],

Top, dank je. Donderdag om 11 uur is prima, ik zorg dat zoon [[PERSOON|Herman]] er dan ook is. Hij komt uit [[PLAATS|Denekamp]], kan pas na 10.
Adres voor de navigatie: [[ORGANISATIE|De Zonnehoek]], [[ADRES|Molenstraat 52]], [[PLAATS|Ootmarsum]], ingang via het parkeerterrein achter.

groet, [[PERSOON|lieke]]

> Op [[DATUM|28 okt. 2024]] om 21:02 schreef [[PERSOON|Tjalsma, Femke]] <[[EMAIL|f.tjalsma@reggeland.nl]]>:
> Dag [[PERSOON|Lieke]], klinkt als een delier op een dementie, maar die gewichtsafname zit me niet lekker. Ik kan do [[DATUM|31/10]] langskomen als jullie dat willen. Graag vooraf de medicatielijst en de laatste labuitslagen (was er niet een Hb in sept?).
> [[PERSOON|Femke]]
>
>> Op [[DATUM|28 okt. 2024]] om 16:47 schreef [[PERSOON|Lieke Oude Vrielink]]:
>> Hoi [[PERSOON|Femke]],
>> Vraagje: dhr. [[PERSOON|Wolbers]] (88, afd. [[ORGANISATIE|'t Hofke]]) is sinds een week veel verwarder, eet slecht en is 3 kg afgevallen in een maand. Hij was altijd zo'n vrolijke man, nu zit hij alleen maar in de stoel en zegt "laat mij maar". Kan jij als geriater meekijken of moet hij naar de SEH in [[PLAATS|Enschede]]? Familie wil liever niet. Huisarts is dhr. [[PERSOON|Lansink]] van [[ORGANISATIE|Huisartsenpraktijk Ootmarsum]].
>> [[PERSOON|Lieke]]
>>
>> [[PERSOON|Lieke Oude Vrielink]]
>> specialist ouderengeneeskunde
>> [[ORGANISATIE|Zorggroep De Zonnehoek]] – locatie [[ORGANISATIE|De Zonnehoek]] [[PLAATS|Ootmarsum]] en [[ORGANISATIE|Huize Dinkeloord]] [[PLAATS|Denekamp]]
>> [[TELEFOON|0541 - 29 18 30]] | [[TELEFOON|06 - 2045 1187]]`,
  },
  {
    id: 'd4-b18',
    genre: 'email',
    setting: 'GGZ',
    author: 'auteur-d4b',
    text: `Aan: [[EMAIL|fact.roermond@ggzmergelland.nl]]
CC: [[PERSOON|Coenen, Roel]]
Onderwerp: crisiscontact vannacht dhr. [[PERSOON|S.]] – graag oppakken vandaag

Beste collega's van FACT [[PLAATS|Roermond]],

Vannacht ([[DATUM|2-3]] op [[DATUM|3-3]]) gezien door de crisisdienst: dhr. [[PERSOON|Silvio Rosalia]], 38 jr, bij jullie in zorg (casemanager volgens ECD [[PERSOON|Annelies Geraedts]]). Aangemeld door de politie na onrust in het centrum van [[PLAATS|Roermond]], hij schreeuwde bij de Munsterkerk dat hij uitverkoren is. Hij woont sinds kort bij zijn zus in [[PLAATS|Maasniel]], [[ADRES|Heinsbergerweg 122]].

Kort:
- manisch beeld, bekend met bipolaire stoornis, sinds ca. 3 weken gestopt met lithium
- geen gevaar voor zichzelf, wel ontremd (veel geld uitgegeven, ruzie met buren)
- crisismaatregel niet nodig geacht; hij stemde in met olanzapine 10 mg en is met zus naar huis
- zus [[PERSOON|Jeanine]] is te bereiken op [[TELEFOON|06-81257734]], ze kan het thuis nog 1-2 dagen aan

Wil iemand van jullie vandaag nog langs? Lithiumspiegel en nierfunctie graag regelen, evt. via de huisarts ([[ORGANISATIE|Huisartsenpraktijk Maasniel]]).
Als het niet lukt en het escaleert, staat hij op de lijst voor de HIC van locatie [[ORGANISATIE|Maashof]].

Met collegiale groet,

[[PERSOON|Nadia El Khattabi]]
arts crisisdienst | [[ORGANISATIE|GGZ Mergelland]]
AGB [[ID|03091827]] | dienst [[TELEFOON|077-3208456]]`,
  },
  {
    id: 'd4-b19',
    genre: 'mdo',
    setting: 'ZKH',
    author: 'auteur-d4b',
    text: `Afdelings-MDO Geriatrie 3 Noord – [[ORGANISATIE|Ziekenhuis Reestdal]] [[PLAATS|Hoogeveen]]
di [[DATUM|5/11]] 10.00 uur
aanw.: dr. [[PERSOON|Wiersma]] (geriater), [[PERSOON|Hamza]] (ANIOS), [[PERSOON|G. Huisman]] (vpk), [[PERSOON|T. Scholten]] (fysio), [[PERSOON|L. Mulder]] (ergo), [[PERSOON|Sevda]] (transfer), [[PERSOON|bw]] (diëtist)

K301 – mw. [[PERSOON|Oosterveld]] ([[LEEFTIJD|91]]), pneumonie: antibiotica klaar, saturatie goed. Loopt 20 m. Wil naar huis in [[PLAATS|Hollandscheveld]], dochter twijfelt. Actie: thuissituatie uitvragen ([[PERSOON|Sevda]]), ergo huisbezoek vr.
K302 – dhr. [[PERSOON|Slot]] (84), delier bij urineweginfectie, nog wisselend. Nacht onrustig. Geen haldol meer nodig sinds [[DATUM|3/11]]. Zoon wil dat vader naar [[ORGANISATIE|De Schoapskooi]] in [[PLAATS|Zuidwolde]], staat op wachtlijst. Actie: aanvraag Wlz-indicatie via CIZ loopt, transfer nagaan.
K304 – mw. [[PERSOON|Hilbrands]], 79 jr, valanalyse. Orthostase +, medicatie aangepast. Ontslag morgen naar huis in [[PLAATS|Nieuwlande]] met fysio thuis.
K305 – dhr. [[PERSOON|B. Bartels]] ([[LEEFTIJD|97]]), hartfalen, eindfase. Comfortbeleid sinds gisteren. Familie vraagt naar hospice: [[ORGANISATIE|Hospice Het Veenhuis]] in [[PLAATS|Hoogeveen]] heeft plek per [[DATUM|7 nov]]. Actie: dr. [[PERSOON|Wiersma]] belt zoon [[PERSOON|Roelof]] vandaag.
K306 – leeg

Volgende MDO do [[DATUM|7-11]].
not. [[PERSOON|GH]]`,
  },
  {
    id: 'd4-b20',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-d4b',
    knownNames: ['Dhr. J.H. (Sjra) Bemelmans'],
    text: `Palliatief MDO – [[ORGANISATIE|Hospice De Mergelhoeve]], [[DATUM|15 april]]
Aanwezig: huisarts [[PERSOON|Knops]], coördinator [[PERSOON|M. Dassen]], vpk [[PERSOON|Yvonne Frijns]], geestelijk verzorger pater [[PERSOON|Smeets]], echtgenote en dochter [[PERSOON|Loes]]

Dhr. [[PERSOON|Bemelmans]], 81 jr, opgenomen [[DATUM|2/4]] vanuit [[ORGANISATIE|St. Servatius Gasthuis]] met uitgezaaid pancreascarcinoom. Woonde in [[PLAATS|Mechelen]] (Zuid-Limburg), was jarenlang voorzitter van de schutterij.

Lichamelijk: pijn goed onder controle met morfinepomp 30 mg/24u, 2 extra bolussen p/d. Misselijkheid minder sinds haloperidol 1 mg a.n. Eet nauwelijks, drinkt kleine slokjes. Decubitus stuit cat. 2, Mepilex.
Psychisch: vaak angstig in de avond, wil dan dat zijn vrouw blijft slapen. Vraagt veel naar zijn broer [[PERSOON|Jo]] (overleden 2020).
Sociaal/zingeving: echtgenote is moe, slaapt slecht. Pater [[PERSOON|Smeets]] komt 2x p/wk, dhr. wil nog de ziekenzalving. Dochter [[PERSOON|Loes]] vraagt of de schutterij van [[PLAATS|Mechelen]] mag komen spelen in de tuin – team vindt dat mooi, mits kort.
Wensen: geen ziekenhuis meer, palliatieve sedatie bespreekbaar als angst ondraaglijk wordt; dhr. heeft dat zelf gezegd op [[DATUM|10-04]] in bijzijn van dr. [[PERSOON|Knops]].

Afspraken
- midazolam zn 2,5 mg sc bij angst, max 3x/24u (HA)
- logeerbed voor echtgenote klaarzetten (vpk)
- ziekenzalving zaterdag [[DATUM|20 april]] (pater)
- schutterij: [[PERSOON|Loes]] overlegt met [[PERSOON|Marij]]

verslag: [[PERSOON|yf]]`,
  },
  {
    id: 'd4-b21',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-d4b',
    knownNames: ['Dhr. J.R. (Jurgen) Isenia'],
    text: `Crisisbeoordeling thuis – [[DATUM|26-09-2024]], 19.40-21.15 uur
Locatie: woning cliënt, [[ADRES|Ambachtsgaarde 87]], [[PLAATS|Mariahoeve]] ([[PLAATS|Den Haag]])
Aanwezig: crisisarts [[PERSOON|R.F. Martina]], SPV [[PERSOON|Joost van Gelder]], 2 agenten (wijkagent [[PERSOON|Kramer]]), moeder van cliënt mw. [[PERSOON|E. Isenia-Doran]]

Aanleiding: moeder belde de huisartsenpost omdat haar zoon ([[PERSOON|Jurgen]], 41) sinds dagen niet slaapt, de ramen heeft afgeplakt met aluminiumfolie en zegt dat "ze" hem via de wifi bestralen. Vanmiddag stond hij met een keukenmes op het balkon; buren belden 112.

Voorgeschiedenis: schizofrenie, bekend bij [[ORGANISATIE|GGZ Hofpoort]] (FACT [[PLAATS|Haagse Hout]]), vorige opname 2021 in [[ORGANISATIE|Kliniek De Zeemeeuw]]. Sinds [[DATUM|15 juli]] geen depot meer gehaald, afspraken afgezegd.

Onderzoek: man van 41 in onverzorgde toestand, loopt onrustig heen en weer, oogcontact vermijdend. Desoriëntatie niet aanwezig. Uitgesproken paranoïde wanen m.b.t. de buren en "de mensen van het 5G". Auditieve hallucinaties (stemmen die commentaar geven). Dreigt: "als ze binnenkomen weet ik wat ik moet doen." Geen ziekte-inzicht, weigert medicatie en opname. Geen middelengebruik volgens moeder, ruikt niet naar alcohol.

Conclusie: psychotische decompensatie bij schizofrenie, na staken medicatie. Ernstig nadeel: gevaar voor anderen (mes, dreigende uitspraken), verwaarlozing.
Geen alternatief dan gedwongen opname; cliënt verzet zich.

Beleid:
- medische verklaring opgesteld, crisismaatregel aangevraagd bij de burgemeester van [[PLAATS|Den Haag]] (via piket OvJ, tel. contact 21.05)
- vervoer met politie naar HIC [[ORGANISATIE|De Zeemeeuw]], bed toegezegd door dienstdoend arts dr. [[PERSOON|Çelik]]
- moeder geïnformeerd over rechten, folder patiëntvertrouwenspersoon meegegeven
- FACT-casemanager ([[PERSOON|Pinas]]) morgen 8.30 informeren, mail verstuurd
- mw. [[PERSOON|Isenia-Doran]] wil graag teruggebeld worden morgen: [[TELEFOON|06-22890341]]

[[PERSOON|R.F. Martina]], crisisarts, BIG [[ID|39087215601]] / [[PERSOON|JvG]]`,
  },
  {
    id: 'd4-b22',
    genre: 'crisis',
    setting: 'VVT',
    author: 'auteur-d4b',
    knownNames: ['Mw. R. (Roelfien) Oosting-Mulder'],
    text: `Spoedconsult avonddienst [[DATUM|12 jan]] – [[ORGANISATIE|Zorgcentrum De Hunzehoeve]], [[PLAATS|Emmen]] ([[PLAATS|Angelslo]]), afd. Berkenhof
Gebeld door EVV [[PERSOON|Marleen]] om 20.20: mw. [[PERSOON|Oosting]] ([[LEEFTIJD|95]]) is sinds het eten extreem onrustig, slaat naar verzorgenden, heeft de kamerdeur gebarricadeerd met een stoel. Roept dat de Duitsers het dorp in komen (mw. is geboren in [[PLAATS|Schoonebeek]], oorlogsherinneringen bekend).
Ter plaatse 20.55: mw. angstig, hyperalert, kijkt steeds naar het raam. Warm aanvoelend, T 38,4. Kan niet vertellen wat er is. Geen mictie sinds de middag volgens rapportage.
Wzd: verzet tegen onderzoek, na rustig toespreken door [[PERSOON|Marleen]] (die zij "[[PERSOON|Grietje]]" noemt) lukt een blaasscan: 520 ml. Katheterisatie met instemming dochter (telefonisch, [[PERSOON|A. Oosting]], [[TELEFOON|0591-618274]]).
Conclusie: delier bij urineretentie, mogelijk urineweginfectie. Geen psychose op zich.
Beleid: CAD, kweek, nitrofurantoïne niet (eGFR 28) → fosfomycine; haloperidol 0,5 mg eenmalig gegeven 21.30. Waakmand/1-op-1 tot ze slaapt. Morgen SO (dr. [[PERSOON|Lammers]]) beoordelen, Wzd-evaluatie noteren.
[[PERSOON|F. Tjalsma]] (dienst ouderengeneeskunde/geriatrie regio [[PLAATS|Emmen]])`,
  },
  {
    id: 'd4-b23',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-d4b',
    knownNames: ['Mw. T. (Trijntje) Wolting-Huizing'],
    text: `Consult geriater in de praktijk (anderhalvelijn), [[ORGANISATIE|Huisartsenpraktijk Ruinen]], [[DATUM|20-02]]
Op verzoek van huisarts [[PERSOON|J. Benninga]]

S: mw. [[PERSOON|Wolting]], [[LEEFTIJD|90]], komt met schoondochter [[PERSOON|Annie]]. Klacht: "ik ben zo moe en mijn benen willen niet". Sinds de griep rond kerst slechter, 2x gevallen, eetlust matig. Woont alleen in boerderijtje aan de rand van [[PLAATS|Ruinen]], zoon [[PERSOON|Albert]] doet de boodschappen. Stemming: "het gaat wel". Mist haar man en de hond.
O: alert, georiënteerd. MMSE 26/30, kloktekening redelijk. GDS-15: 7 (!). Gewicht 54 kg (63 kg in [[DATUM|juni 2023]]). RR liggend 152/80, staand na 3 min 118/70. Timed up and go 24 sec. Geen focale afwijkingen. Lab HA ([[DATUM|14/2]]): Hb 6,8, MCV 98, TSH nl, vit D 22, albumine 33.
Medicatie: hydrochloorthiazide 25 mg, perindopril 4 mg, omeprazol 40 mg (al 8 jr), paracetamol.
E: Kwetsbare oudere met valrisico, orthostatische hypotensie, ondervoeding en waarschijnlijk depressie (rouw). Macrocytaire anemie → B12/foliumzuur aanvullen.
P:
- HCT stoppen, perindopril halveren, RR herhalen over 2 wk (POH)
- omeprazol afbouwen naar 20 mg
- B12/foliumzuur aanvragen, vit D 800 IE
- diëtist, eiwitverrijking; maaltijdvoorziening via dorpshuis
- valpreventie: fysio thuis, alarmering
- depressie: eerst gesprekken POH-ouderen, evt. later sertraline; rouwgroep in [[PLAATS|Meppel]]?
- terugkoppeling gegeven aan collega [[PERSOON|Benninga]]; vervolg over 6 wk in de praktijk

[[PERSOON|F. Tjalsma]], klinisch geriater [[ORGANISATIE|Ziekenhuis Reestdal]]`,
  },
  {
    id: 'd4-b24',
    genre: 'soep',
    setting: 'GGZ',
    author: 'auteur-d4b',
    knownNames: ['Mw. S. (Songül) Aydın'],
    text: `Polikliniek ouderenpsychiatrie [[ORGANISATIE|GGZ Twentewolde]], locatie [[PLAATS|Hengelo]] – [[DATUM|4 juni]]

S: Controle. Mw. [[PERSOON|Aydın]] (68) komt met dochter [[PERSOON|Elif]], die tolkt waar nodig. Stemming "beter, maar niet goed". Slaapt 6 uur, piekert over zoon [[PERSOON|Murat]] die in [[PLAATS|Almelo]] zijn baan is kwijtgeraakt. Geen doodswens meer. Bijwerkingen: droge mond, soms duizelig bij opstaan. Gaat weer naar de vrouwengroep in het buurthuis in [[PLAATS|Hengelo-Noord]].
O: verzorgd, goed contact, glimlacht een paar keer. Psychomotoriek normaal. Geen psychotische kenmerken. HAM-D 11 (was 24 op [[DATUM|12 maart]]). RR 128/76 zittend, 120/74 staand.
E: Depressieve stoornis, matig ernstig, in partiële remissie op nortriptyline (spiegel [[DATUM|21-5]]: 98 µg/l, therapeutisch).
P:
- nortriptyline 75 mg handhaven
- activering: dochter helpt met dagstructuur, wandelen met buurvrouw mw. [[PERSOON|Koç]]
- volgende afspraak over 6 weken, tussendoor telefonisch contact met SPV [[PERSOON|H. Nijhuis]]
- brief aan huisarts, [[ORGANISATIE|Gezondheidscentrum De Es]], [[PLAATS|Hengelo]]

[[PERSOON|mb]] / [[PERSOON|M. Boerrigter]], psychiater`,
  },
];
