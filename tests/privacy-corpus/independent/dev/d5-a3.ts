import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd5-a25',
    genre: 'crisis',
    setting: 'VVT',
    author: 'auteur-d5a',
    knownNames: ['Mw. G. (Geesje) Hofman-Lubbers'],
    text: `Alarmopvolging nacht - [[DATUM|19-11-2024]]
[[ORGANISATIE|Nachtzorg Hellendoorn Thuis]]
Client: mw. [[PERSOON|Hofman-Lubbers]], [[ADRES|Salomonsonstraat 14-3]], [[POSTCODE|7442 EB]] [[PLAATS|Nijverdal]]

03:12 alarm via halszender, geen spraakcontact.
03:26 ter plaatse met sleutel uit kluisje. Mw. ligt in de gang bij de voordeur, post van gisteren nog op de mat. Zegt 'ik wilde naar de wc'. Bloedende hoofdwond boven li wenkbrauw, ca. 3 cm. Koud aanvoelend, ligt er vermoedelijk al een uur.

Bevindingen: [[LEEFTIJD|97]]-jarige, EMV 4-5-6 (Glasgow 15), wel trager dan normaal volgens mij. Pupillen gelijk. RR 102/60, pols 104 onregelmatig, temp 35,4. Li been geen verkorting/exorotatie. Gebruikt acenocoumarol (Sintrom), laatste INR 3,4 volgens trombosedienstkaart.

03:40 overleg huisartsenpost: i.v.m. antistolling en hoofdletsel insturen. Ambulance gebeld.
NR-verklaring aanwezig d.d. [[DATUM|12-1-2023]], meegegeven aan ambulance, ook medicatieoverzicht.
03:55 ambulance vertrokken naar SEH [[ORGANISATIE|Ziekenhuis Reggedal]].
04:05 zoon [[PERSOON|Harry Hofman]] gebeld ([[TELEFOON|0548-61 30 77]]), woont in [[PLAATS|Hellendoorn]], rijdt naar ziekenhuis. Kleindochter [[PERSOON|Mirthe]] wordt door hem ingelicht.
04:20 woning afgesloten, verwarming hoger gezet, sleutel terug in kluis. Dagdienst (team [[ORGANISATIE|De Reggestroom]]) via overdracht geinformeerd: ochtendzorg vervalt tot bericht.

Aanvulling 08:45 (dagdienst [[PERSOON|Annelies]]): zoon belt, CT hersenen geen bloeding, wond gehecht, mw. blijft ter observatie 24 uur. Valanalyse + valpreventie bespreken in MDO, huisarts [[PERSOON|Kamphuis]] op de hoogte.

Nachtzorg [[PERSOON|Dewi]] / [[PERSOON|DK]]`,
  },
  {
    id: 'd5-a26',
    genre: 'begeleiding',
    setting: 'HA',
    author: 'auteur-d5a',
    knownNames: ['Mw. L. (Lisanne) van der Meulen'],
    text: `POH-GGZ gesprek 3/5 - do [[DATUM|3 juli]]
[[ORGANISATIE|Huisartsenpraktijk Molenvliet]], [[PLAATS|Woerden]]

Hulpvraag: 'weer grip krijgen', spanningsklachten / burn-out.

Sinds vorige keer: mw. werkt nog 2x 3 uur op [[ORGANISATIE|Basisschool Het Klaverblad]] (groep 5), met re-integratieplan. Gesprek met bedrijfsarts van [[ORGANISATIE|Arbodienst Groen & Wel]] op [[DATUM|30 juni]] was 'fijn', opbouw per 2 weken. Directeur dhr. [[PERSOON|Bosman]] denkt mee. Slaapt iets beter, wordt nog om 4 uur wakker met piekeren. Hartkloppingen minder.

Thuis: partner [[PERSOON|Jeroen]] neemt meer over, kinderen ([[PERSOON|Sofie]] 7, [[PERSOON|Tijn]] 4) naar opvang 3 dagen. Moeder van mw. heeft Parkinson en woont in [[PLAATS|Kamerik]], mw. voelt zich schuldig dat ze minder gaat.

4DKL: distress 22 (was 28), depressie 2, angst 3, somatisatie 12.

Besproken
- grenzen stellen richting moeder, broer [[PERSOON|Thijs]] vragen om zaterdag
- slaaphygiene, piekerkwartier om 19:30
- ademhalingsoefening (app) doet ze 1x per dag, naar 2x
- zij twijfelt over mindfulnesstraining bij [[ORGANISATIE|Praktijk Stilstroom]], kosten worden niet vergoed door Zilveren Kruis

Indruk: lichte verbetering, geen depressie, geen suicidale gedachten. Past binnen huisartsenzorg.

Plan: volgende gesprek over 2 wk, dan vragenlijst opnieuw. Bij terugval overleg met HA [[PERSOON|M. Terpstra]].

[[PERSOON|Yvonne]] (POH-GGZ) /[[PERSOON|YH]]`,
  },
  {
    id: 'd5-a27',
    genre: 'ontslagbrief',
    setting: 'GGZ',
    author: 'auteur-d5a',
    text: `[[ORGANISATIE|Stichting Kruispunt Verslavingszorg]] - kliniek [[ORGANISATIE|Zonnehoeve]]
[[ADRES|Hoofdstraat 241]], [[POSTCODE|3971 KH]] [[PLAATS|Driebergen]]

Aan: [[ORGANISATIE|Huisartsenpraktijk Vollenhove]], t.a.v. mw. [[PERSOON|S. Bleeker-Ramaker]], huisarts
Datum: [[DATUM|28 mei 2025]]

Ontslagbrief klinische opname

Patient: [[PERSOON|Hiemstra, A.F.]], geb. [[DATUM|23.04.1966]]
[[ADRES|Thorbeckelaan 56 A-2]], [[POSTCODE|3705 KK]] [[PLAATS|Zeist]]
BSN (volgens verwijsbrief): [[ID|170288918]]

Geachte collega,

Uw patiente was van [[DATUM|7 april]] t/m [[DATUM|26 mei]] opgenomen voor detoxificatie en klinische behandeling.

Diagnosen: stoornis in alcoholgebruik, ernstig; stoornis in gebruik van sedativa (oxazepam, temazepam), matig.

Beloop: detox volgens CIWA-protocol met oxazepam, afgebouwd in 12 dagen. Thiamine i.m. 5 dagen ter preventie van Wernicke-encefalopathie, daarna oraal. Geen delier, geen insulten. Lab bij opname: GGT 410, ASAT 96, ALAT 71, trombo 118, MCV 104. Bij ontslag GGT 88, MCV 98.
Groepsbehandeling (CGT, terugvalpreventie), systeemgesprek met dochter [[PERSOON|Femke]]. Mw. verloor in 2024 haar baan als secretaresse bij [[ORGANISATIE|Notariskantoor Bleeker & Ruys]] (geen familie van u, begreep ik), wil op termijn vrijwilligerswerk.

Medicatie bij ontslag:
- acamprosaat 2dd 666 mg
- thiamine 1dd 100 mg
- vitamine B-complex forte 1dd
Geen benzodiazepines meer voorschrijven s.v.p.

Nazorg: polikliniek [[PLAATS|Zeist]], eerste afspraak [[DATUM|4-6]] met behandelaar [[PERSOON|R. Kooiman]]. AA-bijeenkomsten in [[PLAATS|Bunnik]]. Leefstijlmonitor en Antabus besproken, mw. wil dit nu niet.

Noot: het BSN uit de verwijsbrief lijkt onjuist, graag correct BSN doorgeven aan onze administratie ([[TELEFOON|0343-52 88 00]]).

Met collegiale groet,

dr. [[PERSOON|W. Oudshoorn]], verslavingsarts KNMG`,
  },
  {
    id: 'd5-a28',
    genre: 'verwijzing',
    setting: 'GHZ',
    author: 'auteur-d5a',
    text: `Verwijzing neurologie
Van: AVG-praktijk [[ORGANISATIE|Stichting Achterhoekse Linde]], [[PLAATS|Lichtenvoorde]]
Aan: polikliniek neurologie [[ORGANISATIE|Streekziekenhuis Berkelland]]
Datum: [[DATUM|14 jan. 2025]]

Patient: [[PERSOON|Te Winkel, R.G.]] ([[PERSOON|Ruben]]), geb. [[DATUM|30-11-1986]]
BSN [[BSN|375 144 237]]
Woonlocatie [[ORGANISATIE|De Brink]], [[ADRES|Zieuwentseweg 12-4]], [[POSTCODE|7131 lv]] [[PLAATS|Lichtenvoorde]]
Wettelijk vertegenwoordiger: [[ORGANISATIE|Mentorschap Achterhoek]], dhr. [[PERSOON|Gerritsen]], [[TELEFOON|0544 - 37 21 90]]

Geachte collega,

Graag uw beoordeling van dhr., 38 jaar, met het syndroom van Angelman (deletie 15q11-q13), ernstige VB en epilepsie sinds kindertijd.

Sinds [[DATUM|oktober 2024]] toename van aanvallen: nu 2-3 tonisch-klonische aanvallen per week (was 1 per maand), vooral in de vroege ochtend, plus meer valaanvallen overdag. Twee keer val met hoofdwond. Begeleiding beschrijft ook slechter slapen en meer lachbuien.

Medicatie:
- valproaat (Depakine Chrono) 2dd 750 mg, spiegel [[DATUM|6-1]]: 58 mg/l
- clobazam (Frisium) 10 mg a.n.
- noodmedicatie midazolam neusspray

Uitgesloten: geen infectie (CRP 3), geen obstipatie, natrium 139. Geen medicatiewijzigingen.

Vraag: herbeoordeling anti-epileptica, evt. EEG (slaap-EEG lastig, dhr. verdraagt weinig). Dhr. komt met vaste begeleider [[PERSOON|Ria Lammers]]; hij raakt snel overprikkeld, graag eerste afspraak van de dag en korte wachttijd. Hij gaat graag mee naar de winkel, dus een beloning na afloop werkt goed.

Met vriendelijke groet,

[[PERSOON|A.J. Hulshof]], arts verstandelijk gehandicapten
AGB [[ID|12089341]], [[EMAIL|avg@achterhoekselinde.nl]]`,
  },
  {
    id: 'd5-a29',
    genre: 'soep',
    setting: 'VVT',
    author: 'auteur-d5a',
    knownNames: ['Dhr. H.J. (Henk) Visser'],
    text: `Visite SO - woensdag [[DATUM|26-02]]
[[ORGANISATIE|Huize Eemwaard]], kamer 108

S: verzorging ([[PERSOON|Gonny]]) meldt sinds gisteravond verward, plukt aan dekens, wil 'naar de boot'. Eet niet, hoest bij drinken. Dochter [[PERSOON|Grietje]] ([[PERSOON|Griet]]) belde ook ongerust. Dhr. ([[LEEFTIJD|90]]) was vroeger visser in [[PLAATS|Spakenburg]], praat nu over de netten.
VG: M. Parkinson (Hoehn en Yahr 4), dysfagie, prostaathypertrofie.

O: suf maar wekbaar, niet georienteerd. DOS 6. T 38,4, RR 110/65, P 98, AF 24, sat 91% (was 96). Ausc: crepitaties li basaal. Buik soepel, blaas niet palpabel. Geen tekenen dehydratie. CRP sneltest 96.

E: delier bij waarschijnlijk aspiratiepneumonie li.

P:
- amoxicilline/clavulaanzuur 3dd 500/125 mg, drank, 7 dagen (via [[ORGANISATIE|Apotheek De Gaper]], spoed)
- levodopa (Madopar) op tijd blijven geven! Niet overslaan ivm stijfheid
- geen haloperidol ivm Parkinson; bij ernstige onrust quetiapine 12,5 mg zn
- logopedie [[PERSOON|Els]] herbeoordeling slikken, tot dan vla-dik
- vocht- en voedingslijst, DOS elke dienst
- beleid volgens wens: behandelen in huis, geen ziekenhuisopname. Met dochter besproken, akkoord

Evaluatie vr of eerder bij verslechtering.
SO [[PERSOON|A. van Dongen]] /[[PERSOON|AvD]]`,
  },
  {
    id: 'd5-a30',
    genre: 'mdo',
    setting: 'HA',
    author: 'auteur-d5a',
    knownNames: ['Dhr. E. (Eddy) Tuanakotta'],
    text: `MDO kwetsbare ouderen - [[DATUM|13 nov.]]
[[ORGANISATIE|Huisartsenpraktijk Presikhaaf-Oost]], [[PLAATS|Arnhem]]

Patient: dhr. [[PERSOON|E. Tuanakotta]], [[LEEFTIJD|93]] jr, [[ADRES|Kamillestraat 8 hs]], [[POSTCODE|6825 HW]] [[PLAATS|Arnhem]]
Aanwezig: HA [[PERSOON|J.P. Roelofs]], POH-O [[PERSOON|Marja Wessels]], wijkverpleegkundige [[PERSOON|Sharon]] ([[ORGANISATIE|Wijkverpleging De Rijnoever]]), apotheker [[PERSOON|B. Nguyen]] ([[ORGANISATIE|Apotheek Het Broek]]), fysiotherapeut [[PERSOON|Wouter]]; zoon [[PERSOON|Nico Tuanakotta]] sloot laatste 15 min aan

1. Medicatie (STOPP/START)
9 middelen. Voorstel apotheker: omeprazol afbouwen, oxazepam staken (valrisico), simvastatine stoppen gezien leeftijd en wens. Acenocoumarol i.v.m. AF blijft, INR's stabiel. HA akkoord, bespreekt met dhr.

2. Vallen
2x gevallen sinds zomer, laatste op [[DATUM|28 okt]], geen letsel. Timed Up and Go 19 sec. Fysio: oefenprogramma thuis 2x per week. Ergotherapie voor douche en drempels.

3. Voeding
Gewicht 58 kg (was 63 in juni). Eet warm via maaltijdservice, maar 'zonder sambal smaakt niks'. Zoon gaat zorgen dat schoondochter 2x per week eten brengt.

4. Eenzaamheid
Vrouw overleden 2022. Gaat elke zondag naar kerk [[ORGANISATIE|Jemaat Bethesda]] met busje, verder weinig contact. POH-O regelt bezoekvrijwilliger via welzijnsorganisatie [[ORGANISATIE|Samen in de Wijk Arnhem]].

5. Wensen
Dhr. is met zijn [[LEEFTIJD|drieënnegentig]] jaar nog erg zelfstandig en wil thuis blijven wonen, wil niet gereanimeerd worden, wel naar ziekenhuis bij behandelbare aandoening. Vastleggen, kopie voor HAP.

Evaluatie: over 3 maanden, januari. Verslag [[PERSOON|MW]]`,
  },
  {
    id: 'd5-a31',
    genre: 'email',
    setting: 'VVT',
    author: 'auteur-d5a',
    text: `Van: [[EMAIL|sanne.bakker@ronddelinde.nl]]
Aan: [[EMAIL|j.hak@kpnmail.nl]]; [[EMAIL|casemanagement@ronddelinde.nl]]
Onderwerp: uw moeder - zorg na val en Wlz
Verzonden: vrijdag [[DATUM|1 augustus 2025]] 16:47

Beste [[PERSOON|Joke]],

Zoals vanmiddag telefonisch besproken, zet ik de afspraken over je moeder, mw. [[PERSOON|Co Hak-van Rooijen]], even op een rijtje. Ik stuur dit ook aan casemanager [[PERSOON|Priya Ramsaran]].

Je moeder is woensdag gevallen in de badkamer (geen breuk, wel flinke blauwe plek op de heup, foto gemaakt bij de huisarts). Ze is sinds die dag onzekerder en wil haar rollator niet gebruiken. Ze wordt [[DATUM|22 augustus]] [[LEEFTIJD|100]] en wil heel graag thuis blijven wonen aan de [[ADRES|Lobbendijk 17-a]] in [[PLAATS|Schalkwijk]].

Afspraken:
- vanaf maandag komen wij 4x per dag i.p.v. 3x (ook om 22:00)
- fysiotherapie aangevraagd bij de huisarts ([[ORGANISATIE|Huisartsenpraktijk Het Wed]] in [[PLAATS|Houten]])
- jij vraagt de thuiszorgwinkel naar een douchestoel met armleuningen
- wij starten de Wlz-aanvraag bij het CIZ op, uitleg staat op [[URL|https://www.ronddelinde.nl/wlz-aanvragen]]
- de alarmknop moet ze ook dragen bij het douchen (ze doet hem nu af)

Als de Wlz is toegekend kunnen we samen kijken naar volledig pakket thuis of toch een plek, bijvoorbeeld in [[ORGANISATIE|Woonzorgcentrum Castellum]] in [[PLAATS|Houten]].

Volgende week donderdag ben ik er om 10:00 voor een evaluatie, fijn als jij of je broer [[PERSOON|Kees]] erbij kan zijn.

Hartelijke groet,

[[PERSOON|Sanne Bakker]]
Wijkverpleegkundige niveau 5
[[ORGANISATIE|Thuiszorg Rond de Linde]], team [[PLAATS|Houten-Zuid]]
[[TELEFOON|06-29 41 07 36]]`,
  },
  {
    id: 'd5-a32',
    genre: 'overdracht',
    setting: 'GHZ',
    author: 'auteur-d5a',
    knownNames: ['L. (Lieke) Vlecken'],
    text: `Overdrachtsformulier logeren
Van: [[ORGANISATIE|Kinderdagcentrum 't Kwetternest]], [[PLAATS|Almere Poort]]
Naar: [[ORGANISATIE|Logeerhuis De Vuurtoren]], [[PLAATS|Zeewolde]]
Logeert: vr [[DATUM|11 juli]] t/m zo [[DATUM|13 juli]]

Naam: [[PERSOON|Lieke Vlecken]], 9 jaar
Contact: moeder [[PERSOON|Ellen]] [[TELEFOON|06-44 18 92 57]], vader [[PERSOON|Roel]] [[TELEFOON|06-44 18 92 58]]
Huisarts: [[ORGANISATIE|Huisartsenpraktijk De Zandwaaier]]

Communicatie
Praat niet, gebruikt gebaren en fotokaarten (map in tas). Lacht en klapt als ze blij is, bijt op hand als het te veel wordt: dan rustige plek, zacht praten.

Eten en drinken
Gemalen eten, drinken met dikmaker (2 schepjes per 150 ml). Zelf eten met aangepaste lepel, hulp bij laatste hapjes. Geen noten (allergie!), EpiPen zit in de blauwe toilettas.

Medicatie
- clonazepam (Rivotril) druppels 0,5 mg 's avonds om 19:00
- macrogol 1 sachet 's ochtends
- bij aanval langer dan 5 min: Buccolam 7,5 mg, daarna 112

Verzorging
Luier dag en nacht. Huid billen wat rood: Zinkzalf. Tanden poetsen gaat alleen met liedje.

Slapen
Slaapt in hoog-laagbed met zijkanten en babyfoon. Knuffel konijn (Nijntje) moet erbij, anders geen slaap. Wordt vaak om 05:30 wakker.

Bijzonderheden
Vorige week nieuwe orthopedische schoenen, na 2 uur uitdoen ivm drukplekken. Zondag haalt opa [[PERSOON|Sjaak]] haar op om 16:00 (moeder akkoord).

Ingevuld door PB'er [[PERSOON|Dionne Kramer]], [[DATUM|09-07-2025]] /[[PERSOON|DK]]`,
  },
  {
    id: 'd5-a33',
    genre: 'rapportage',
    setting: 'GGZ',
    author: 'auteur-d5a',
    knownNames: ['Mw. S.J. (Sjoukje) Dijkstra'],
    text: `[[ORGANISATIE|Centrum voor Eetstoornissen Bosrand]], [[PLAATS|Amersfoort]] - groep [[ORGANISATIE|Kompasroos]]

[[DATUM|3/3]] 08:15 - Weging (ondergoed, na plassen): 41,3 kg, BMI 15,1 (+0,4). [[PERSOON|Sjoukje]] reageert boos, 'dit is te snel'. Ontbijt volgens plan in 30 min opgegeten met aanmoediging. /[[PERSOON|LvdB]]

[[DATUM|3/3]] 12:40 - Lunch half op, rest als Nutridrink aangeboden en genomen. Na maaltijd 45 min in de huiskamer gebleven, wilde naar kamer. Buikpijn en vol gevoel. - [[PERSOON|Karin]]

[[DATUM|3/3]] 16:00 - Lab: kalium 3,2, fosfaat 0,68. Arts [[PERSOON|Bijl]] verhoogt kaliumsuppletie, fosfaat 2dd i.v.m. risico refeeding. ECG morgen. /[[PERSOON|LvdB]]

[[DATUM|3/3]] 20:30 - Gebeld met moeder [[PERSOON|Tjitske]] in [[PLAATS|Steenwijk]]. Daarna huilerig. Vertelde dat ze bang is haar plek bij de opleiding op [[ORGANISATIE|Hogeschool Vechtstede]] kwijt te raken. Uitgelegd dat studiecoach [[PERSOON|Merel de Groot]] contact heeft met therapeut. Om 22:10 slapen. - [[PERSOON|Anoek]]

[[DATUM|4 maart]] 07:00 - Nacht: 2x gecontroleerd, sliep. Om 05:10 gezien dat ze op de kamer oefeningen deed (squats). Besproken, ze stopte. Gemeld aan dagdienst. /[[PERSOON|Gijs]]

[[DATUM|4 maart]] 10:30 - Groepstherapie: [[PERSOON|Sjoukje]] deed mee en vertelde over haar opa, de 'grote Fries' die altijd zei 'ite is de grûn fan it libben'. Groep reageerde warm. Bewegingsdrang besproken met haar behandelaar [[PERSOON|Van der Zee]], afspraak: 1x per dag wandelen met begeleiding, 20 min. - [[PERSOON|Karin]]`,
  },
  {
    id: 'd5-a34',
    genre: 'email',
    setting: 'HA',
    author: 'auteur-d5a',
    text: `Van: [[EMAIL|assistentes@praktijkdeolijfboom.nl]]
Aan: [[EMAIL|recepten@apotheekdewaag-winterswijk.nl]]
Onderwerp: medicatiewijziging na ontslag - dhr. [[PERSOON|H. Stoffers]]
Datum: [[DATUM|11-04-2025]]

Goedemiddag,

Namens dokter [[PERSOON|Ter Haar]] een wijziging voor dhr. [[PERSOON|Stoffers, H.]], geb. [[DATUM|05-09-1941]], BSN [[BSN|258092841]].

Dhr. is gisteren ontslagen uit [[ORGANISATIE|Streekziekenhuis Berkelland]] na een TIA. De specialist heeft het volgende gewijzigd:
- STOP acenocoumarol (Sintrom Mitis), trombosedienst is ingelicht
- START apixaban 2dd 5 mg
- START atorvastatine 40 mg 1dd
- furosemide van 40 naar 20 mg 1dd
Overige medicatie ongewijzigd.

Wilt u de baxterrol aanpassen per maandag [[DATUM|14 april]]? Tot die tijd heeft dhr. losse verpakkingen mee uit het ziekenhuis (ontslagmedicatie voor 3 dagen). De wijkverpleging van [[ORGANISATIE|Thuiszorg Het Anker]] ([[PERSOON|Marloes]]) weet hiervan, zij zet maandag de nieuwe rol klaar.

Dochter mw. [[PERSOON|Esselink-Stoffers]] komt de eerste levering ophalen, ze kan gebeld worden op [[TELEFOON|0543-51 22 86]].

Bij vragen kunt u ons bereiken via de terugbellijn.

Met vriendelijke groet,

[[PERSOON|Dilara]] (doktersassistente)
namens [[PERSOON|G.W. ter Haar]], huisarts, AGB [[ID|01078829]]
[[ORGANISATIE|Huisartsenpraktijk De Olijfboom]]
[[ADRES|Misterweg 45-47]], [[POSTCODE|7101 bg]] [[PLAATS|Winterswijk]]
T [[TELEFOON|0543 512 400]] - fax [[TELEFOON|0543 512 409]]`,
  },
  {
    id: 'd5-a35',
    genre: 'overdracht',
    setting: 'HA',
    author: 'auteur-d5a',
    knownNames: ['M. (Mila) Chen'],
    text: `Waarneembericht [[ORGANISATIE|Huisartsenspoedpost Weerwater]]
Aan: [[ORGANISATIE|Huisartsenpraktijk Stedenwijk]], [[PLAATS|Almere]]
Contact: za [[DATUM|15-03-2025]] 19:48, consult op post

Patient: [[PERSOON|Mila Chen]], geb. [[DATUM|2021-03-09]] (4 jr)
Begeleid door moeder [[PERSOON|Li Chen]] en oma

Reden contact: koortsstuip thuis om 19:05, duur ca. 2 min volgens moeder (gefilmd). Daarna 15 min suf, nu weer aanspreekbaar. Koorts sinds vanochtend, verkouden, broertje [[PERSOON|Jun]] ook ziek.

Bevindingen: alert, speelt met telefoon van moeder. T 39,6 (rectaal), pols 140, AF 28, sat 98%. Geen nekstijfheid, geen petechien, fontanel n.v.t. Trommelvliezen re rood, bomberend. Keel rood. Kernig en Brudzinski negatief. Neurologisch geen afwijkingen.

Conclusie: eenvoudige koortsconvulsie bij otitis media acuta re.

Beleid:
- uitleg koortsstuipen, folder thuisarts gegeven (Nederlands, moeder spreekt goed Nederlands, oma Mandarijn)
- paracetamol zetpil 240 mg max 4x per dag, tegen het ongemak
- bij nieuwe stuip langer dan 5 min, of blijvend suf: 112
- amoxicilline niet gestart, afwachten 3 dgn
- eerste stuip: graag nazorg door eigen huisarts, consult dinsdag

Moeder ([[TELEFOON|+31 6 27 30 81 54]]) gaat akkoord. Adres: [[ADRES|Leeuwarderweg 11-C]], [[POSTCODE|1324 ZB]] [[PLAATS|Almere]].

HAP-arts [[PERSOON|N. Boukema]] / triagist [[PERSOON|Roos]]`,
  },
  {
    id: 'd5-a36',
    genre: 'rapportage',
    setting: 'GHZ',
    author: 'auteur-d5a',
    knownNames: ['Dhr. J. (Sjef) Hendrikx'],
    text: `Rapportage 24-uurs woonvoorziening [[ORGANISATIE|De Wingerd]], [[PLAATS|Nijkerk]]
[[ORGANISATIE|Stichting Randmeerzorg]]

[[DATUM|22 april]] 17:30 - [[PERSOON|Sjef]] thuis van werk ([[ORGANISATIE|Kinderboerderij Het Hazenpad]]), moe maar tevreden, heeft de geiten gevoerd. Vertelt dat [[PERSOON|Jeroen]] van het werk jarig was. /[[PERSOON|MvdH]]

[[DATUM|22 april]] 21:00 - Zegt dat er 20 euro uit zijn portemonnee weg is. Samen kamer doorzocht, niet gevonden. Kasboekje bijgehouden tot zaterdag, daarna niet meer. Morgen bellen met bewindvoerder. - [[PERSOON|Hanna]]

[[DATUM|23-4]] 09:15 - Gebeld met [[ORGANISATIE|Bewindvoering Randmeren]], mw. [[PERSOON|De Ruiter]]. Leefgeld is vrijdag op rekening gezet. Afspraak: [[PERSOON|Sjef]] houdt weer elke dag kasboekje bij met begeleiding. [[PERSOON|Sjef]] was boos, wilde 'zelf zijn geld' en sloeg deur dicht. Na 10 min weer rustig. /[[PERSOON|MvdH]]

[[DATUM|23-4]] 19:45 - Korfbaltraining bij [[ORGANISATIE|Korfbalvereniging De Zwaluw]] ging goed, trainer [[PERSOON|Ricardo]] belde dat hij zaterdag mag meespelen. [[PERSOON|Sjef]] straalde. - [[PERSOON|Hanna]]

[[DATUM|24-04]] 07:30 - Levothyroxine (Thyrax) 100 mcg nuchter ingenomen, ziekte van Hashimoto. TSH-controle staat [[DATUM|2 mei]] bij huisarts. /[[PERSOON|Ilona]]

[[DATUM|24-04]] 20:15 - Wil met Koningsdag ([[DATUM|27 april]]) met zus [[PERSOON|Truus]] naar de vrijmarkt in [[PLAATS|Amersfoort]]. Zus haalt hem om 9:00 op, brengt terug voor 18:00. Akkoord. Afgesproken dat hij 15 euro meeneemt. - [[PERSOON|Hanna]]`,
  },
];
