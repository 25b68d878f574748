import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd1-001',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-d1',
    knownNames: ['Dhr. R. (Rachid) el Idrissi'],
    text: `Crisisdienst nacht [[DATUM|14/2]], 02:10 uur
Aanmelding via de huisartsenpost, dienstdoend huisarts [[PERSOON|Verbeek]]: dhr. [[PERSOON|el Idrissi]] (34 jr) is door zijn broer [[PERSOON|Karim]] op het balkon aangetroffen met de mededeling dat hij "er klaar mee is". Adres: [[ADRES|Vogelenzangstraat 118-3]], [[PLAATS|Amsterdam-Noord]].

Ter plaatse met SPV [[PERSOON|Lotte Brinkman]]. Dhr. zit op de bank, gespannen, huilt af en toe. Veel gepieker over schulden en baanverlies sinds [[DATUM|3 januari]]. Ontkent op dit moment een concreet plan, wel dagelijks doodsgedachten. Eerdere poging in 2019 (intoxicatie met oxazepam), toen kort opgenomen op de HIC van [[ORGANISATIE|GGZ Amstelrand]].

Status: helder, georiënteerd in tijd, plaats en persoon. Stemming somber, affect vlak, psychomotoriek geremd. Geen psychotische kenmerken. Vanavond 2 blikjes bier, verder geen middelen.

Conclusie: depressieve episode met passieve doodswens, geen acuut gevaar dat niet met de broer op te vangen is. Geen gronden voor een crisismaatregel.
Beleid:
- broer [[PERSOON|Karim]] blijft vannacht, bereikbaar op [[TELEFOON|06-48213307]]
- morgen 10:00 telefonisch contact door FACT Noord (behandelaar [[PERSOON|S. Oukili]])
- oxazepam door broer in beheer genomen
- bij toename: direct de crisisdienst bellen

[[PERSOON|L. Brinkman]], SPV / [[PERSOON|T. Arslan]], psychiater
/[[PERSOON|LB]]`,
  },
  {
    id: 'd1-002',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d1',
    knownNames: ['Mw. D. (Daantje) Hovenier'],
    text: `Ma [[DATUM|9-10]] – vroege dienst
[[PERSOON|Daantje]] was om 7.15 uur al aangekleed, trui binnenstebuiten. Na een hint zelf goed gedaan, ze was er trots op. Ontbijt goed gegeten. Medicatie (Depakine Chrono, Movicolon) zonder moeite ingenomen. Om 8.45 uur met de taxi naar dagbesteding [[ORGANISATIE|De Zaagstal]].
- [[PERSOON|rb]]

Ma [[DATUM|9-10]] – late dienst
Om 15.30 uur terug. Volgens [[PERSOON|Ilse]] van [[ORGANISATIE|De Zaagstal]] een goede dag gehad, ze mocht met de bakker mee om broodjes rond te brengen en vertelde daar aan tafel nog lang over.
Om 17 uur belde vader (dhr. [[PERSOON|A. Hovenier]], tevens mentor) of [[PERSOON|daan]] zaterdag [[DATUM|14/10]] mee kan naar de verjaardag van oma in [[PLAATS|Barneveld]]. Oma wordt [[LEEFTIJD|95]]. Afgesproken dat hij haar om 11 uur ophaalt en rond 19 uur terugbrengt; medicatie voor de middag gaat mee in de baxterrol.
Na het eten onrustig, liep veel heen en weer in de gang en sloeg een keer met de deur. Na een rondje om het huis met [[PERSOON|Youssef]] (stagiair) wat rustiger, daarna met koptelefoon op haar kamer. [[PERSOON|Daantje]]s slaapritueel gevolgd, 21.00 uur in bed.
- [[PERSOON|mvdk]]`,
  },
  {
    id: 'd1-003',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-d1',
    text: `[[ORGANISATIE|Ziekenhuis Rijnwaarde]]
Afdeling Interne Geneeskunde – 4 West
[[ADRES|Singelhof 40]], [[POSTCODE|2405 HG]] [[PLAATS|Alphen aan den Rijn]]
Tel. [[TELEFOON|0172-468200]]

Aan: huisarts [[PERSOON|E.M. de Ruiter]]
[[ORGANISATIE|Huisartsenpraktijk De Wetering]]
[[ADRES|Kerkweg 3]]
[[POSTCODE|2451 AW]] [[PLAATS|Leimuiden]]

[[PLAATS|Alphen aan den Rijn]], [[DATUM|22 november 2023]]

Betreft: mw. [[PERSOON|C.J. Vermeulen-Oosthoek]], geb. [[DATUM|04-06-1932]]
[[ADRES|Dorpsstraat 88]], [[POSTCODE|2451 ac]] [[PLAATS|Leimuiden]]
BSN [[BSN|2648.13.595]] – patiëntnummer [[ID|7730218]]

Geachte collega [[PERSOON|De Ruiter]],

Wij berichten u over uw patiënte mevrouw [[PERSOON|Vermeulen]], [[LEEFTIJD|91]] jaar, die van [[DATUM|14-11-2023]] tot [[DATUM|22-11-2023]] was opgenomen op afdeling 4 West.

Reden van opname
Valpartij thuis, verwardheid en verminderde intake sinds enkele dagen.

Voorgeschiedenis
- 2011 M. Kahler, behandeld met melfalan/prednison, sindsdien in remissie; controle hematologie jaarlijks
- 2016 collumfractuur links, DHS
- paroxysmaal atriumfibrilleren, Marcoumar
- hypertensie
- lichte cognitieve stoornis (MMSE 24/30 in 2022)

Anamnese
Heteroanamnese via dochter, mw. [[PERSOON|A. Vermeulen]]: sinds het weekend slechter drinken, 's nachts onrustig, op [[DATUM|13 november]] in de badkamer gevallen. Geen bewustzijnsverlies voor zover bekend.

Lichamelijk onderzoek
Matige algemene indruk, droge slijmvliezen. RR 105/60 mmHg, pols 96/min irregulair, saturatie 95%, temperatuur 37,9 °C. Hematoom linker heup, geen verkorting of exorotatie. Geen focale neurologie.

Aanvullend onderzoek
Hb 7,1 mmol/l, leuko 13,2, CRP 74, kreatinine 142 µmol/l (eGFR 28), natrium 131. Urinesediment: leukocyturie, nitriet positief. X-heup links: geen fractuur. INR 4,1.

Beloop
Wij behandelden een urineweginfectie met ceftriaxon iv, na kweekuitslag (E. coli, gevoelig) omgezet naar nitrofurantoïne. Hierbij een hypoactief delier, in overleg met geriater dr. [[PERSOON|H. Kwakkel]] niet-medicamenteus begeleid; dochter en kleinzoon [[PERSOON|Jeroen]] waren veel aanwezig, wat goed hielp. Nierfunctie herstelde na rehydratie tot eGFR 41. Marcoumar tijdelijk gestaakt en weer hervat in overleg met de trombosedienst. Barthel-index bij ontslag 13/20.
Het NR-beleid is met patiënte en dochter besproken: de NR-verklaring van [[DATUM|12-05-2023]] blijft van kracht.

Conclusie
1. Urosepsis met hypoactief delier
2. Acute op chronische nierinsufficiëntie, prerenaal
3. Val zonder fractuur
4. M. Kahler, in remissie

Beleid
Ontslag naar [[ORGANISATIE|Zorgcentrum Hoogeland]] in [[PLAATS|Leimuiden]], afdeling Geriatrische Revalidatie, voor herstel van mobiliteit.
- nitrofurantoïne 50 mg 4dd t/m [[DATUM|27-11]]
- Marcoumar volgens schema trombosedienst, eerste INR op [[DATUM|24/11]]
- metoprolol 50 mg 1dd
- Movicolon 1 sachet 1dd
- paracetamol 1000 mg 3dd zo nodig
Controle nierfunctie over 2 weken via uw praktijk.

Met vriendelijke groet,

[[PERSOON|J.W. Schaapveld]], arts-assistent interne geneeskunde
Supervisie: dr. [[PERSOON|F. Ammerlaan]], internist-ouderengeneeskunde
Bereikbaar via sein [[ID|4417]]`,
  },
  {
    id: 'd1-004',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-d1',
    text: `[[ORGANISATIE|Huisartsenpraktijk Schoolstraat]]
[[ADRES|Schoolstraat 27a]], [[POSTCODE|6701 dd]] [[PLAATS|Wageningen]]
T [[TELEFOON|0317-412290]] | AGB [[ID|01045873]]

Verwijzing naar: MDL, [[ORGANISATIE|Ziekenhuis Gelderse Vallei-Oost]]
Datum: [[DATUM|8 april 2024]]

Patiënt: [[PERSOON|Bakker, T.]] (Thijs), geb. [[DATUM|17-08-1961]]
[[ADRES|Churchillweg 102]], [[POSTCODE|6706 BC]] [[PLAATS|Wageningen]]
Tel. [[TELEFOON|06-30418856]]

Geachte collega,

Graag verwijs ik dhr. [[PERSOON|Bakker]] voor gastroscopie en beoordeling. Hij heeft sinds ongeveer 3 maanden epigastrische klachten, vroege verzadiging en is 5 kg afgevallen. Geen hematemesis, wel eenmalig zwarte ontlasting rond [[DATUM|20 maart]] (toen ijzer gebruikt). Dhr. is van beroep bakker en werkt in nachtdiensten, eet onregelmatig.
Vader overleed op 62-jarige leeftijd aan een maagcarcinoom.

Medicatie: pantoprazol (Pantozol) 40 mg 1dd sinds [[DATUM|2 maart]], zonder duidelijk effect. Geen NSAID's. Rookt 10 sig/dag.
Lab [[DATUM|4-4]]: Hb 7,6, MCV 79, ferritine 9. H. pylori feces-antigeen negatief.

Vraagstelling: maligniteit uitsluiten, verdere analyse ijzergebreksanemie.

Met collegiale groet,
[[PERSOON|R. Pinas]], huisarts`,
  },
  {
    id: 'd1-005',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-d1',
    knownNames: ['Mw. F. (Fatima) el Amrani'],
    text: `[[DATUM|12-01-2024]] C
S: sinds 4 dgn hoesten, groen slijm, koorts tot 38,6. Kortademig bij traplopen. Geen thoracale pijn. Niet-roker. Bekend DM2.
O: matig ziek, AF 22/min, sat 94%, T 38,2 °C. Pulm: crepitaties re basaal, verder VAG. CRP 86.
E: pneumonie re onderkwab, CURB-65 1.
P: amoxicilline 500 mg 3dd 7 dgn. Ctrl telefonisch over 2 dgn, eerder bij verslechtering. Dochter [[PERSOON|Noura]] tolkt, tel [[TELEFOON|06 2918 7741]]. /[[PERSOON|JS]]`,
  },
  {
    id: 'd1-006',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-d1',
    knownNames: ['Dhr. H. (Henk) de Wit'],
    text: `MDO di [[DATUM|5 maart]], 14.00 uur – [[ORGANISATIE|De Klimop]], PG 2

Aanwezig: [[PERSOON|M. Tjon A Fong]] (specialist ouderengeneeskunde), [[PERSOON|K. Janssen]] (EVV), [[PERSOON|A. Yılmaz]] (psycholoog), [[PERSOON|B. Koster]] (fysiotherapeut), mw. [[PERSOON|E. de Wit]] (dochter), [[PERSOON|S. Hoekstra]] (notulen)
Afwezig m.k.: [[PERSOON|R. Huisman]] (ergotherapie)

1. Algemeen
Dhr. [[PERSOON|de Wit]] woont sinds [[DATUM|16 oktober 2023]] op PG 2. Ziekte van Alzheimer, daarnaast COPD GOLD 3. Dochter geeft aan dat haar vader de laatste weken stiller is en minder eet. Gewicht 61,4 kg (was 65 in december). Mondinspectie door [[PERSOON|KJ]]: wit beslag op de tong, tandprothese past slecht.

2. Gedrag
Middagen onrustig, roept om zijn vrouw (overleden 2021). [[PERSOON|Yılmaz]] ziet dit als rouw die telkens opnieuw beleefd wordt, naast pijn als mogelijke oorzaak. Wekelijks bezoek van de koster van de parochie geeft rust, dochter wil dat graag zo houden.

3. Mobiliteit
[[PERSOON|Koster]]: loopt met rollator kleine stukjes, valrisico hoog. Twee valincidenten (op [[DATUM|11/2]] en [[DATUM|27/2]]), zonder letsel. Heupbeschermers worden niet verdragen.

4. Beleid
Wilsverklaring en NR-verklaring ([[DATUM|03-11-2023]]) ongewijzigd, opnieuw bevestigd door dochter. Geen ziekenhuisopname bij pneumonie, wel antibiotica oraal.

Actiepunten
- [[PERSOON|KJ]]: pijnobservatie met PACSLAC-D, 3 dagen, voor [[DATUM|12/3]]
- [[PERSOON|MTAF]]: nystatine voor de tong, mondzorg inschakelen
- [[PERSOON|AY]]: gedragsanalyse middagonrust, terugkoppeling volgend MDO
- [[PERSOON|BK]]: heupbeschermers andere maat proberen
- [[PERSOON|RH]]: zitpositie rolstoel bekijken

Volgend MDO: [[DATUM|4 juni]], 14.00 uur.
Notulen: [[PERSOON|SH]]`,
  },
  {
    id: 'd1-007',
    genre: 'email',
    setting: 'wijk',
    author: 'auteur-d1',
    text: `Van: [[PERSOON|Marieke van der Hulst]] <[[EMAIL|m.vanderhulst@thuiszorgdeeem.nl]]>
Aan: POH [[PLAATS|Hoogland]] <[[EMAIL|poh@hapraktijkhoogland.nl]]>
Datum: donderdag [[DATUM|18 januari 2024]] 16:42
Onderwerp: mw. [[PERSOON|Schreuder]] – wond linker onderbeen

Hoi [[PERSOON|Esther]],

Even een update over mw. [[PERSOON|Schreuder]] ([[ADRES|Zevenhuizerstraat 14]]). De wond aan het linker onderbeen wordt eerder groter dan kleiner: vandaag 4 x 3 cm, veel exsudaat, wondranden rood en warm. Ze heeft vanochtend 37,9 °C gemeten. Tot nu toe verzorgd met Aquacel Ag en Mepilex Border, compressie met korte rek.

Kan dokter [[PERSOON|Lagerwey]] morgen even komen kijken, of zal ik haar naar de praktijk laten brengen door haar zoon [[PERSOON|Ruud]]? Hij is bereikbaar op [[TELEFOON|06-52207716]].

Alvast dank!

Met vriendelijke groet,
[[PERSOON|Marieke van der Hulst]]
Wijkverpleegkundige team [[PLAATS|Hoogland]]
[[ORGANISATIE|Thuiszorg De Eem]]
T [[TELEFOON|06-11572093]] (ma, di, do)
[[URL|www.thuiszorgdeeem.nl]]`,
  },
  {
    id: 'd1-008',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-d1',
    knownNames: ['Mw. G. (Greet) Postma-Kuipers'],
    text: `[[DATUM|21/10]] N: mw. heeft goed geslapen, 1x gebeld om 3 uur voor toiletgang, Tena gewisseld. Geen pijn aangegeven. /[[PERSOON|HdV]]
[[DATUM|21/10]] V: ADL met hulp van 1, zelf bovenlijf gewassen. Ontbijt half opgegeten. Decubitus stuit cat. 1, Cavilon aangebracht, wisselligging 3-uurs. [[PERSOON|Greet]] vroeg of haar zoon vandaag komt, zoon [[PERSOON|Wim]] komt om 15 uur. - [[PERSOON|sk]]
[[DATUM|21/10]] L: Bezoek zoon [[PERSOON|Wim Postma]] en kleindochter. Mw. was blij en heeft een stuk appeltaart gegeten. Na het bezoek huilerig, vertelde over haar man. Even bij haar gezeten. RR 138/82, pols 70. paraaf: [[PERSOON|LMS]]
[[DATUM|22/10]] N: onrustig tussen 1 en 4 uur, riep om [[PERSOON|Klaas]]. Temp 37,4, geen andere infectieverschijnselen. Om 4 uur paracetamol 1000 mg gegeven (zo nodig). Daarna geslapen. /[[PERSOON|HdV]]
[[DATUM|22/10]] V: fysio [[PERSOON|Veenstra]] geweest, looptraining 10 meter met rollator. Mw. zegt "ik ben [[LEEFTIJD|93]], dan hoef ik toch niet meer te rennen". Wel gedaan! - [[PERSOON|sk]]`,
  },
  {
    id: 'd1-009',
    genre: 'overdracht',
    setting: 'ZKH',
    author: 'auteur-d1',
    knownNames: ['Dhr. J.P. (Jan-Pieter) Oldenkamp'],
    text: `SBAR overdracht SEH → afd. 5 Zuid, [[DATUM|2 februari]] 23:15

S: dhr. [[PERSOON|Oldenkamp]], 68 jr, opgenomen met een exacerbatie COPD. Nu 2 l O2 via neusbril, sat 91%.
B: COPD GOLD 3, thuis 1x eerder geïntubeerd (2020, IC [[ORGANISATIE|Zwols Stadsgasthuis]]). DM2 op insuline. Woont alleen, mantelzorg door nicht [[PERSOON|Ria Oldenkamp]], tel [[TELEFOON|038-4217355]].
A: AF 24, RR 150/90, p 104, T 38,1. Prednison 40 mg en eerste dosis amoxi/clav gegeven om 21:30. Glucose 14,2 – correctie Novorapid 4 E gegeven. Angstig, wil zijn eigen spray (Spiriva) bij zich hebben.
R: VBG-meting om 05:00, glucose 4x daags, arts (ANIOS dr. [[PERSOON|Meijerink]]) bellen bij sat < 88% of AF > 28. Code: volledig beleid, nog niet besproken.

Overgedragen door [[PERSOON|P. Sanders]] (SEH) aan [[PERSOON|Naima]] (5 Zuid). /[[PERSOON|PS]]`,
  },
  {
    id: 'd1-010',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-d1',
    knownNames: ['Mw. J. (Jolanda) Westerveld'],
    text: `[[DATUM|30-6]] 17:40 tel. contact. Mw. [[PERSOON|Westerveld]] belt zelf de crisislijn, is "weer in de put". Spreekt verward over stemmen die haar uitlachen. Woont sinds kort in beschermd wonen [[ORGANISATIE|Het Baken]] in [[PLAATS|Hoogeveen]]. Afgesproken dat begeleider [[PERSOON|Jos]] vanavond bij haar blijft; morgen beoordeling door psychiater [[PERSOON|Kleefstra]]. Tel. [[ORGANISATIE|Het Baken]]: [[TELEFOON|0528-276610]], toestel [[ID|212]]. - [[PERSOON|ajb]]`,
  },
  {
    id: 'd1-011',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d1',
    knownNames: ['Dhr. M. (Milan) Kowalczyk'],
    text: `Begeleidingsverslag week 46, woonvorm [[ORGANISATIE|De Bongerd]]

Wonen
[[PERSOON|Milan]] heeft deze week zijn kamer zelf opgeruimd met behulp van het stappenplan op de kast. Woensdag is de wasmachine overgelopen, hij bleef rustig en haalde zelf [[PERSOON|Gerrit]] (huisgenoot) erbij. Mooi om te zien.

Werk en dagbesteding
Op maandag en donderdag werkt hij bij de groenploeg van [[ORGANISATIE|Stichting Buitenwerk]]. Jobcoach [[PERSOON|Sandra Mulder]] belde: [[PERSOON|Milan]] is goed op tijd en werkt netjes, alleen in de pauze trekt hij zich terug. Hij zou graag met de bosmaaier werken; dat mag na een cursus op [[DATUM|28 november]].

Contact familie
Moeder (mw. [[PERSOON|A. Kowalczyk]]) belde zondag. Ze gaat in december voor drie weken naar familie in Polen. [[PERSOON|Milan]] vindt dat lastig. Afgesproken dat hij haar op vrijdag een videobericht stuurt, [[PERSOON|Fenna]] helpt hierbij.

Gezondheid
Tandarts op [[DATUM|15-11]]: één vulling. Gewicht stabiel. Epilepsie: geen aanvallen deze week.

Afspraken
- cursus bosmaaier aanmelden (PB'er [[PERSOON|Fenna de Boer]])
- evaluatie zorgplan in januari, mentor uitnodigen

[[PERSOON|F. de Boer]], persoonlijk begeleider`,
  },
  {
    id: 'd1-012',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-d1',
    text: `[[ORGANISATIE|Sint Liduina Ziekenhuis]], afdeling Cardiologie
[[PLAATS|Tilburg]], [[DATUM|3 juli 2024]]

Aan huisarts [[PERSOON|B. Aydın]], [[ORGANISATIE|Gezondheidscentrum Reeshof]]

Betreft: dhr. [[PERSOON|Wijnen, P.A.M.]], geb. [[DATUM|11-02-1958]], patiëntnr. [[ID|40928815]]

Geachte collega,

Uw patiënt werd op [[DATUM|29 juni]] via de ambulance opgenomen op de CCU met een STEMI inferior. Dezelfde avond PCI van de RCA met één DES. Beloop ongecompliceerd, LVEF 50%. Op [[DATUM|2 juli]] overgeplaatst naar afd. 3 Oost en vandaag naar huis.

Medicatie: acetylsalicylzuur 80 mg 1dd, ticagrelor 90 mg 2dd (12 mnd, t/m [[DATUM|29-06-2025]]), atorvastatine 80 mg, metoprolol 50 mg 2dd, pantoprazol 40 mg.
Hartrevalidatie aangevraagd. Poliklinische controle bij cardioloog dr. [[PERSOON|Van Gils]] over 6 weken.

Met vriendelijke groet,
[[PERSOON|L. Moerdijk]], AIOS cardiologie`,
  },
  {
    id: 'd1-013',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-d1',
    text: `Verwijsbrief GGZ – basis GGZ
Aan: [[ORGANISATIE|Praktijk voor Psychologie Het Lichtschip]], t.a.v. mw. drs. [[PERSOON|C. Haddad]]
Van: huisarts [[PERSOON|M.J. Nijboer]], [[ORGANISATIE|Huisartsen aan de Dijk]], [[ADRES|Zeedijk 5]], [[POSTCODE|8861GA]] [[PLAATS|Harlingen]]
AGB zorgverlener [[ID|01078422]]

Betreft: mw. [[PERSOON|Sjoukje van der Meer]], geb. [[DATUM|2-9-1997]]
BSN [[BSN|317029460]]
[[ADRES|Noorderhaven 61]], [[POSTCODE|8861 al]] [[PLAATS|Harlingen]], tel. [[TELEFOON|06-27730182]]

Geachte mevrouw [[PERSOON|Haddad]],

Graag verwijs ik mw. [[PERSOON|van der Meer]] in verband met vermoeden van een paniekstoornis. Zij heeft sinds de zomer meerdere keren per week aanvallen van hartkloppingen, benauwdheid en angst om dood te gaan, vooral in de supermarkt en de trein naar [[PLAATS|Leeuwarden]]. Somatische oorzaken zijn uitgesloten (ECG, TSH, Hb normaal). Zij heeft 4 gesprekken gehad met onze POH-GGZ [[PERSOON|Tjitske Dijkstra]], waarin psycho-educatie en ademhalingsoefeningen, met onvoldoende effect. Vermijding neemt toe; ze is sinds [[DATUM|1 oktober]] ziekgemeld als onderwijsassistent.

Geen suïcidaliteit, geen middelengebruik. Geen psychiatrische voorgeschiedenis. Moeder bekend met angststoornis.

DSM-vermoeden: paniekstoornis met agorafobie. Graag diagnostiek en behandeling (CGT).

Met vriendelijke groet,
[[PERSOON|M.J. Nijboer]], huisarts`,
  },
  {
    id: 'd1-014',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-d1',
    knownNames: ['Dhr. K. (Kees) de Jong'],
    text: `[[DATUM|5/3]] tel. S: vraagt herhaalrecept Marcoumar en furosemide, voelt zich goed, geen oedeem. Jongste INR 2,8. O: n.v.t. E: stabiel. P: recept naar [[ORGANISATIE|Apotheek De Vijzel]], ctrl POH over 3 mnd. /[[PERSOON|avl]]`,
  },
  {
    id: 'd1-015',
    genre: 'mdo',
    setting: 'GHZ',
    author: 'auteur-d1',
    knownNames: ['Mw. L. (Lieke) Verhoeven'],
    text: `Verslag multidisciplinair overleg – [[PERSOON|Lieke Verhoeven]]
Datum: [[DATUM|17 september 2024]], locatie [[ORGANISATIE|'t Anker]], [[PLAATS|Oss]]
Aanwezig: [[PERSOON|Rob Timmerman]] (gedragsdeskundige), dr. [[PERSOON|W. Oyelaran]] (AVG), [[PERSOON|Hanneke]] (PB'er), [[PERSOON|Ghislaine Kok]] (teamleider), dhr. en mw. [[PERSOON|Verhoeven]] (ouders), [[PERSOON|I. Smits]] (notulist)

Aanleiding
Sinds de zomer vaker boosheid bij [[PERSOON|Lieke]] (23 jr, syndroom van Down, matige VB), vooral rond de maaltijden. Twee keer is een bord kapot gegooid. De timmerman is inmiddels geweest voor de kapotte kastdeur.

Bespreking
- [[PERSOON|Oyelaran]]: lichamelijke oorzaak overwegen. Hypothyreoïdie (Hashimoto) bekend, TSH op [[DATUM|8 april]] normaal. Nieuw lab aanvragen. Ook gehoor laten testen.
- [[PERSOON|Timmerman]]: gedrag lijkt samen te hangen met drukte en wachttijd aan tafel. Advies: [[PERSOON|Lieke]] eerder laten opscheppen, met een time-timer werken.
- Ouders: thuis in het weekend geen boosheid, wel moe. Ze willen graag dat [[PERSOON|Lieke]] bij de kok in de keuken mag helpen; dat gaf vroeger veel plezier.
- [[PERSOON|Kok]]: mogelijk op woensdagochtend, in overleg met de keuken.

Actiepunten
1. Lab TSH/fT4 en hoortest aanvragen – [[PERSOON|WO]], voor [[DATUM|1/10]]
2. Time-timer en aangepast tafelmoment invoeren – [[PERSOON|Hanneke]]
3. Keukenmoment woensdag regelen – [[PERSOON|GK]]
4. Gedragsobservatie 4 weken, evaluatie [[DATUM|29-10]] – [[PERSOON|RT]]

Notulist: [[PERSOON|I.S.]]`,
  },
];
