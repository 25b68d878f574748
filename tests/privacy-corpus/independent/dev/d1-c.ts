import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd1-031',
    genre: 'verwijzing',
    setting: 'VVT',
    author: 'auteur-d1',
    text: `[[ORGANISATIE|Zorggroep Het Zuiderlicht]], locatie [[ORGANISATIE|Avondrood]]
[[ADRES|Bredaseweg 411]], [[POSTCODE|5037 LD]] [[PLAATS|Tilburg]]

Aan: polikliniek Dermatologie, [[ORGANISATIE|Ziekenhuis Hart van Brabant]]
Datum: [[DATUM|6-6-2024]]

Verwijzing
Patiënt: mw. [[PERSOON|Hendriks, A.]] (Adriana), geb. [[DATUM|22-03-1927]], [[LEEFTIJD|97]] jaar
Verblijft op afdeling Zuid, kamer 14. BSN [[BSN|280594161]]
Eerste contactpersoon: dochter mw. [[PERSOON|J. Hendriks]], [[TELEFOON|013-4556720]]

Geachte collega,

Bij mevrouw [[PERSOON|Hendriks]] zien wij sinds twee maanden een snel groeiende, bloedende laesie op de rechter wang, ca. 1,5 cm, met een korstje en gepigmenteerde rand. Differentiaal: plaveiselcelcarcinoom, basaalcelcarcinoom, amelanotisch melanoom.
Mevrouw is cognitief redelijk goed (MMSE 25), rolstoelgebonden na CVA, verder hypertensie. Zij wil zelf graag weten wat het is, maar geen grote operaties. Dochter steunt dit. Er is een NR-verklaring ([[DATUM|14 februari 2021]]).

Vraag: beoordeling en zo mogelijk een eenvoudige excisie of alternatief (radiotherapie). Vervoer per rolstoeltaxi, begeleiding door EVV'er [[PERSOON|Samira]].

Met vriendelijke groet,
[[PERSOON|M. van Oosterhout]], specialist ouderengeneeskunde
AGB [[ID|01090388]], tel. [[TELEFOON|013-4556700]] toestel [[ID|271]]`,
  },
  {
    id: 'd1-032',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-d1',
    knownNames: ['Mw. H. (Hatice) Şahin-Yıldız'],
    text: `[[DATUM|09-09-2024]] CV POH
S: ctrl RR, voelt zich goed, soms hoofdpijn 's ochtends. Medicatie trouw? "Bijna altijd." Vergeet de avonddosis als ze bij dochter [[PERSOON|Elif]] in [[PLAATS|Enschede]] logeert.
O: RR 162/94, 158/90 (re arm). Pols 78 regulair. Gewicht 84 kg, BMI 31.
E: hypertensie onvoldoende gereguleerd, therapietrouw wisselend.
P: uitleg, pillendoos meegegeven. Overleg HA [[PERSOON|Terhorst]]: amlodipine erbij 5 mg. Thuismeting 1 week, uitslagen mailen naar [[EMAIL|poh@huisartsenbrinkhorst.nl]]. Ctrl [[DATUM|30-9]]. /[[PERSOON|MvE]]

[[DATUM|30-09-2024]] CV POH
S: thuis gem. 141/86. Enkels wat dik 's avonds.
O: RR 144/84. Lichte enkeloedeem bdz.
E: beter gereguleerd, oedeem bijwerking amlodipine.
P: afwachten, kousen? Ctrl 3 mnd. /[[PERSOON|MvE]]`,
  },
  {
    id: 'd1-033',
    genre: 'mdo',
    setting: 'wijk',
    author: 'auteur-d1',
    knownNames: ['Dhr. L. (Leen) Boer'],
    text: `Wijk-MDO ouderenzorg [[PLAATS|Stadskanaal]] – [[DATUM|16 januari]]
Casus: dhr. [[PERSOON|Leen Boer]], 86 jr

Aanwezig: huisarts [[PERSOON|E. Zuidema]], wijkverpleegkundige [[PERSOON|Annemarie Bos]] ([[ORGANISATIE|Thuiszorg Veenkoloniën]]), casemanager dementie [[PERSOON|G. Pranger]], praktijkondersteuner [[PERSOON|Jolien]], specialist ouderengeneeskunde [[PERSOON|R. Kremer]] (consultatie)
Notulen: [[PERSOON|A. Bos]]

Voorgeschiedenis: vasculaire dementie, M. Hodgkin (1998, genezen), DM2, prostaathypertrofie met CAD.

Situatie
Dhr. [[PERSOON|Boer]] woont met zijn vrouw ([[LEEFTIJD|90]]) in een boerderij buiten het dorp. Zoon [[PERSOON|Harm]] is de boer op het bedrijf ernaast en komt dagelijks. Mw. [[PERSOON|Boer]] is overbelast: 's nachts twee keer uit bed voor haar man, hij loopt dan naar buiten naar de stal. Katheterzakken worden niet altijd geleegd. [[PERSOON|Bos]] ziet huidproblemen in de liezen (candida), behandeld met miconazol. Incontinentiemateriaal: Tena Pants.

Bespreking
- [[PERSOON|Pranger]]: mw. wil nog niet aan opname denken, wel aan dagbehandeling. Wachtlijst dagcentrum [[ORGANISATIE|De Hoeve]] ca. 6 weken.
- [[PERSOON|Kremer]]: nachtelijke onrust past bij omkering dag-nachtritme. Geen medicatie als eerste stap. Eventueel later melatonine.
- [[PERSOON|Zuidema]]: Wlz-indicatie aanvragen bij het CIZ; mw. [[PERSOON|Boer]] moet ook zelf gezien worden (RR, stemming).
- Nachtzorg: huisdeurbewaking / leefcirkels bespreken met zoon.

Actiepunten
1. Wlz-aanvraag CIZ – [[PERSOON|GP]], voor [[DATUM|1-2]]
2. Aanmelding dagbehandeling [[ORGANISATIE|De Hoeve]] – [[PERSOON|GP]]
3. Verpleegkundige nachtzorg 3 nachten per week inzetten – [[PERSOON|AB]]
4. Afspraak mw. [[PERSOON|Boer]] bij POH – [[PERSOON|Jolien]]
5. Evaluatie over 4 weken, [[DATUM|13 februari]]`,
  },
  {
    id: 'd1-034',
    genre: 'email',
    setting: 'GHZ',
    author: 'auteur-d1',
    text: `Hoi [[PERSOON|Marloes]],

Dank voor je verslag van de logopedie. Ik heb het besproken met het team van [[ORGANISATIE|De Vlinderhof]]. We gaan met [[PERSOON|Bas]] de gebarenkaarten bij het ontbijt gebruiken zoals je voorstelde. Kun je de nieuwe set foto's sturen? Dan print [[PERSOON|Yvonne]] ze.

Zijn moeder vroeg of je [[DATUM|20/3]] bij het zorgplangesprek kunt zijn, 15.30 uur.

Groet,
[[PERSOON|Tom]]

--
[[PERSOON|Tom Achterberg]] | gedragskundige
[[ORGANISATIE|Vlinderhof Zorg]]
[[TELEFOON|06 - 1402 7789]] | [[EMAIL|t.achterberg@vlinderhofzorg.nl]]`,
  },
  {
    id: 'd1-035',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-d1',
    knownNames: ['Dhr. C. (Cor) Schipper'],
    text: `[[DATUM|11-11]] 07:30 Dhr. slecht geslapen, veel hoesten. Sputum geelgroen. Temp 37,9 °C. Sat 93%. Arts op de hoogte gebracht via overdracht. paraaf: [[PERSOON|RRov]]/[[PERSOON|KZoe]]
[[DATUM|11-11]] 11:00 Visite SO dr. [[PERSOON|Kaya]]: crepitaties li. Start doxycycline 200 mg dag 1, daarna 100 mg. Extra drinken, vochtlijst. Dhr. mopperde: "ik ben al [[LEEFTIJD|99]], laat me toch". Wel ingenomen. paraaf: [[PERSOON|KZoe]]
[[DATUM|11-11]] 16:45 Bezoek van zoon [[PERSOON|Piet Schipper]], was vroeger schipper op de Rijn en heeft met zijn vader een uur over boten gepraat. Dhr. at daarna een halve portie. Vocht tot nu toe 900 ml. paraaf: [[PERSOON|LdH]]
[[DATUM|12-11]] 02:10 Benauwd, zat rechtop op de rand van zijn bed. Hoofdeinde omhoog, raam open, saturatie 91%. Na 20 minuten rustiger. paraaf: [[PERSOON|TK]]
[[DATUM|12-11]] 08:00 Temp 37,2. Hoest minder. Ontbijt goed. paraaf: [[PERSOON|RRov]]`,
  },
  {
    id: 'd1-036',
    genre: 'overdracht',
    setting: 'GGZ',
    author: 'auteur-d1',
    text: `Overdracht avond → nacht, kliniek [[ORGANISATIE|De Wissel]], afd. Acuut 2 – [[DATUM|4 april]]

Kamer 3 – dhr. [[PERSOON|P. Dobbelsteen]]
S: onrustig, wil naar huis. B: dag 3 van opname, manie. A: veel praten, geen agressie, lithium 800 mg om 20:00 ingenomen. R: zo nodig lorazepam 1 mg, max 2x. Let op: moeder (mw. [[PERSOON|Dobbelsteen]]) belt vaak 's nachts, niet doorverbinden, zij krijgt morgen een gesprek met [[PERSOON|Veenhoven]].

Kamer 5 – mw. [[PERSOON|Chaima Benali]]
S: rustig. B: depressie, suïcidaliteit bij opname. A: vandaag voor het eerst buiten geweest met [[PERSOON|Rutger]], goede stemming. Ogenschijnlijk. R: controles ieder uur handhaven, separeer niet nodig. Signaleringsplan in map.

Kamer 7 – dhr. [[PERSOON|Jansen]]
S: weigert medicatie. B: psychose, zorgmachtiging. A: achterdochtig, maar goed aanspreekbaar. R: morgen overleg met psychiater [[PERSOON|Bouwmeester]] over verplichte zorg.

Overgedragen door [[PERSOON|Rutger]] aan [[PERSOON|Anouk]] en [[PERSOON|Mehmet]]. Bereikbare dienst: drs. [[PERSOON|Vroom]], sein [[ID|614]].`,
  },
  {
    id: 'd1-037',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-d1',
    knownNames: ['Dhr. R. (Rami) Haddad'],
    text: `Verslag crisisinterventie SEH [[ORGANISATIE|Ziekenhuis Gooi-West]], zo [[DATUM|14 juli]], 01:30
Crisisdienst: [[PERSOON|Femke Hogenboom]] (verpleegkundig specialist GGZ), achterwacht psychiater [[PERSOON|J. Baltus]]
Tolk Arabisch telefonisch (tolknummer in dossier)

Aanleiding
Dhr. [[PERSOON|Haddad]], 41 jaar, door zijn vrouw naar de SEH gebracht na snijwonden aan beide onderarmen, door de SEH-arts gehecht. Geen intoxicatie.

Anamnese
Dhr. kwam in 2015 uit Syrië, woont met vrouw en drie kinderen in [[PLAATS|Hilversum]]. Werkt als koerier. Sinds het nieuws over het overlijden van zijn vader (op [[DATUM|2 juni]]) slaapt hij slecht, heeft nachtmerries over de oorlog en drinkt 's avonds. Vanavond ruzie met zijn vrouw om geld, waarna hij zich in de badkamer heeft gesneden "om de druk eruit te laten". Zegt nu spijt te hebben, wil er zijn voor de kinderen.
Eerder behandeld bij [[ORGANISATIE|Traumacentrum Het Vlot]] in 2019 voor PTSS.

Onderzoek
Vermoeide man, goed contact via tolk. Stemming somber, affect passend. Geen psychotische kenmerken. Suïcidaliteit: geen actuele plannen, wel herhaald doodsgedachten de laatste weken. Beschermend: kinderen, geloof.

Veiligheid kinderen
Kinderen waren thuis bij de buurvrouw (mw. [[PERSOON|de Haan]]). Geen geweld gericht op vrouw of kinderen volgens beiden. Niet gemeld bij Veilig Thuis, wel besproken dat huisarts en wijkteam worden geïnformeerd.

Conclusie
PTSS met depressieve klachten en zelfbeschadiging, alcoholmisbruik. Geen acuut suïciderisico dat opname vereist.

Beleid
- naar huis met vrouw ([[PERSOON|Lina]]), veiligheidsplan opgesteld
- morgen contact met huisarts [[PERSOON|Bakker-Sluis]] en aanmelding bij [[ORGANISATIE|Traumacentrum Het Vlot]]
- geen alcohol in huis, afspraak met vrouw
- wondcontrole en hechtingen verwijderen bij de huisarts over 10 dagen

[[PERSOON|F. Hogenboom]], VS GGZ`,
  },
  {
    id: 'd1-038',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d1',
    knownNames: ['Luuk (L.) Bosman'],
    text: `Logeerweekend [[DATUM|22-24 november]], logeerhuis [[ORGANISATIE|De Vlieger]]

Vrijdag
[[PERSOON|Luuk]] (11) werd om 16.00 uur gebracht door vader. Bij binnenkomst meteen naar de trampoline. Avondeten: alleen pannenkoek, groente geweigerd (bekend). Om 20.00 uur melatonine, 20.45 uur slapend.

Zaterdag
Om 5.30 uur wakker en luid aan het zingen, andere logés werden er wakker van. [[PERSOON|Naomi]] heeft met hem in de huiskamer een puzzel gedaan. 's Middags naar de kinderboerderij met [[PERSOON|Ruben]] en [[PERSOON|Fatih]] (logés). [[PERSOON|Luuk]] was heel enthousiast over de geiten en wilde de boer helpen voeren.
Rond 17.00 uur een driftbui omdat de tablet uit moest. Timer gebruikt zoals in het signaleringsplan, na 10 minuten over.

Zondag
Rustige ochtend. Om 14.00 uur opgehaald door moeder, mw. [[PERSOON|Bosman]]. Zij vroeg of [[PERSOON|Luuk]] in december ook kan komen: [[DATUM|13 en 14 december]] zijn nog vrij, doorgegeven aan de planning.

Bijzonderheden: pleister op knie na val van de trampoline, geen verdere zorgen.
- [[PERSOON|Naomi v. Dijk]]`,
  },
  {
    id: 'd1-039',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-d1',
    text: `[[ORGANISATIE|Medisch Centrum Veluwerand]] – afdeling Neurologie / Stroke Unit
[[ADRES|Europaweg 160]], [[POSTCODE|7336 AN]] [[PLAATS|Apeldoorn]]

[[PLAATS|Apeldoorn]], [[DATUM|4 maart 2025]]

Aan: dr. [[PERSOON|C.M. Haverkamp]], huisarts, [[ORGANISATIE|Praktijk De Maten]], [[PLAATS|Apeldoorn]]
c.c. [[ORGANISATIE|Revalidatiecentrum De Vonk]], t.a.v. revalidatiearts [[PERSOON|N. Lemstra]]

Betreft: dhr. [[PERSOON|A.J. (Ab) ter Horst]], geb. [[DATUM|17-10-1936]]
Pat.nr. [[ID|1102847]], BSN [[BSN|6139.05.271]]
[[ADRES|Deventerstraat 222-b]], [[POSTCODE|7321 cg]] [[PLAATS|Apeldoorn]]

Geachte collega,

Dhr. [[PERSOON|ter Horst]] werd op [[DATUM|24 februari]] opgenomen met een herseninfarct in het stroomgebied van de linker arteria cerebri media.

Bij presentatie: afasie, paralyse rechter arm, parese rechter been. NIHSS 14, EMV 4-6-5 (Glasgow Coma Scale 15 niet haalbaar door afasie). CT-angiografie: occlusie M1 links. Binnen het tijdvenster intraveneuze trombolyse en aansluitend trombectomie (TICI 2b).

Beloop
Herstel van de armfunctie gedeeltelijk, spraak verbeterd naar een lichte woordvindingsstoornis. Slikscreening eerst afwijkend, nu normale consistentie. Geen complicaties. Boezemfibrilleren op telemetrie, gestart met apixaban (Eliquis) 5 mg 2dd vanaf dag 4. mRS bij ontslag 3, Barthel-index 12.

Conclusie
1. Herseninfarct links (cardio-embolisch bij nieuw AF)
2. Afasie, rechtszijdige hemiparese

Beleid
Ontslag naar [[ORGANISATIE|Revalidatiecentrum De Vonk]] voor klinische revalidatie. Controle neurologie polikliniek over 3 maanden (verpleegkundig specialist [[PERSOON|I. Koopman]]). Echtgenote mw. [[PERSOON|ter Horst-Mulder]] is uitgebreid geïnformeerd.

Medicatie: apixaban 5 mg 2dd, atorvastatine 40 mg 1dd, metoprolol 25 mg 1dd, paracetamol zo nodig.

Met vriendelijke groet,

drs. [[PERSOON|S. Ouwehand]], arts-assistent neurologie
dr. [[PERSOON|R.P. Winter]], neuroloog`,
  },
  {
    id: 'd1-040',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-d1',
    text: `[[DATUM|18/11]] Verwijzing KNO – dhr. [[PERSOON|Y. Bouzid]] ([[DATUM|03-07-1979]]), slechthorendheid re sinds 6 wk, oorsmeer verwijderd zonder effect, Weber lateraliseert naar links, Rinne re pos. Graag beoordeling ivm acute perceptieve slechthorendheid. Tel. pt [[TELEFOON|06-33902745]]. HA [[PERSOON|L. Smeets]], praktijk [[ORGANISATIE|Huisartsen Op de Brink]], [[PLAATS|Oldenzaal]].`,
  },
  {
    id: 'd1-041',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-d1',
    knownNames: ['Mw. K. (Katarzyna) Nowak'],
    text: `[[DATUM|3-12]] TC
S: pte belt: sinds gisteren pijn bij plassen, vaak kleine beetjes. Geen koorts, geen flankpijn. Niet zwanger (spiraal). Eerder UWI op [[DATUM|14-05-2023]].
O: urine ingeleverd door partner [[PERSOON|Tomasz]]: nitriet pos, leuko pos.
E: ongecompliceerde cystitis.
P: nitrofurantoïne 50 mg 4dd 5 dgn, recept naar [[ORGANISATIE|Apotheek Zuiderpark]]. Bij koorts of flankpijn opnieuw contact. /[[PERSOON|dja]]`,
  },
  {
    id: 'd1-042',
    genre: 'mdo',
    setting: 'GHZ',
    author: 'auteur-d1',
    knownNames: ['Dhr. R. (Ricardo) Martina'],
    text: `Zorgplanbespreking / MDO Wzd – dhr. [[PERSOON|Ricardo Martina]]
Datum: [[DATUM|8 oktober 2024]], locatie woonvorm [[ORGANISATIE|Kastanjehof]], [[PLAATS|Culemborg]]

Aanwezig
dr. [[PERSOON|E. Bijl]] – arts VG
[[PERSOON|S. Gravenberch]] – gedragsdeskundige, Wzd-functionaris i.o.
[[PERSOON|Kevin]] – persoonlijk begeleider
mw. [[PERSOON|I. Martina-Doran]] – moeder en curator
[[PERSOON|Ricardo]] zelf, bij punt 1
Notulen: [[PERSOON|D. Koning]]

1. Terugblik
[[PERSOON|Ricardo]] (31 jr, ernstige VB, autisme) woont sinds drie jaar in [[ORGANISATIE|Kastanjehof]]. Hij vertelt dat hij blij is met zijn nieuwe kamer "met het raam naar de bomen". Hij wil graag vaker naar zijn oom in [[PLAATS|Rotterdam-Zuid]].

2. Onvrijwillige zorg
Het afsluiten van de keukendeur 's nachts is opgenomen in het zorgplan als onvrijwillige zorg (Wzd, stap 3). Reden: twee keer 's nachts het fornuis aangezet. Sinds [[DATUM|1 augustus]] geen incidenten. [[PERSOON|Gravenberch]] stelt voor een kookplaatbeveiliging te plaatsen, zodat de deur open kan. Moeder is het ermee eens, maar wil eerst zien of het werkt.
De Wzd-functionaris ([[PERSOON|M. El Khattabi]]) wordt geïnformeerd over het afbouwplan.

3. Gezondheid
[[PERSOON|Bijl]]: gewicht +4 kg in een halfjaar door risperidon. Bespreken van afbouw naar 1 mg. Lab lipiden en glucose over 4 weken.

4. Contacten
Oom dhr. [[PERSOON|R. Doran]] ([[TELEFOON|010-4862297]]) wil [[PERSOON|Ricardo]] eens per maand ophalen. Begeleiding regelt eerste keer met de taxi.

Actiepunten
- kookplaatbeveiliging laten plaatsen – [[PERSOON|Kevin]], voor [[DATUM|1-11]]
- afbouw keukendeur evalueren in MDO [[DATUM|10 december]] – [[PERSOON|SG]]
- risperidon afbouwschema, lab – [[PERSOON|EB]]
- afspraken oom vastleggen – [[PERSOON|Kevin]]`,
  },
  {
    id: 'd1-043',
    genre: 'email',
    setting: 'VVT',
    author: 'auteur-d1',
    text: `Onderwerp: Medicatiereview [[ORGANISATIE|Kempenhof]] – afd. 1 Oost

Beste [[PERSOON|Jeroen]],

Zoals afgesproken de lijst voor de medicatiereview van donderdag [[DATUM|27 juni]]. Het gaat om zes bewoners van 1 Oost; hieronder de drie waar ik het meest over twijfel.

1. Mw. [[PERSOON|Aarts]] ([[LEEFTIJD|93]]): nog steeds simvastatine en omeprazol zonder duidelijke indicatie. Valt vaak, gebruikt ook oxazepam 10 mg a.n.
2. Dhr. [[PERSOON|Verhagen]]: Sintrom en daarnaast een NSAID (naproxen) voor zijn knie. Is dat nog verantwoord?
3. Mw. [[PERSOON|Lavrijsen]]: zeven verschillende inhalatoren in de la gevonden, ze gebruikt er twee. Graag samen opschonen.

Tot donderdag, ik zorg voor koffie.

Groet,
[[PERSOON|Annelies Claessens]]
Specialist ouderengeneeskunde
[[ORGANISATIE|Zorgcentrum Kempenhof]], [[PLAATS|Veldhoven]]
[[TELEFOON|040 253 1870]]`,
  },
  {
    id: 'd1-044',
    genre: 'rapportage',
    setting: 'wijk',
    author: 'auteur-d1',
    knownNames: ['Dhr. T. (Teun) Smit'],
    text: `Wijkverpleging route Noord, zaterdag [[DATUM|2 maart]]

08:45 Insulinetoediening. Glucose 11,4. Novorapid 8 E en Levemir 14 E gegeven volgens schema. Dhr. had al ontbeten. Voeten gecontroleerd: drukplek li hiel, niet open. Hielbeschermer aangedaan.
Mevrouw [[PERSOON|Smit]] vertelde dat de smid (buurman, heeft een smederij) gisteren de traplift heeft gerepareerd. Fijn.
- [[PERSOON|aw]]

12:30 Telefoon van dochter [[PERSOON|Marleen Smit]] ([[TELEFOON|06-28004163]]): vader was vanochtend duizelig na het douchen. Advies: zitten, glucose meten. Waarde 5,1.
- [[PERSOON|aw]]

17:15 Glucose 13,8. Novorapid 8 E. Dhr. klaagt over pijn li hiel, plek nu iets rood, 2 x 2 cm. Foto gemaakt en in het dossier gezet. Maandag overleg met wondverpleegkundige [[PERSOON|Kuipers]].
- [[PERSOON|DvS]]

22:00 Levemir 14 E. Dhr. lag al in bed. Nieuwe afspraak: maandag [[DATUM|4-3]] ook podotherapeut bellen. - [[PERSOON|DvS]]`,
  },
  {
    id: 'd1-045',
    genre: 'overdracht',
    setting: 'ZKH',
    author: 'auteur-d1',
    knownNames: ['Mw. M. (Mirjam) Vos-Kraaijeveld'],
    text: `Overplaatsing IC → afd. 6 Oost (Longziekten), di [[DATUM|16 april]] 14:00

S: mw. [[PERSOON|Vos-Kraaijeveld]], 62 jr, wordt overgeplaatst na 5 dagen IC-opname voor een ernstige influenza-pneumonie. Sinds [[DATUM|14/4]] geëxtubeerd.
B: Voorgeschiedenis: reumatoïde artritis (methotrexaat, gestopt), hypothyreoïdie. Allergie: penicilline (exantheem). Code: volledig beleid, besproken met man (dhr. [[PERSOON|Vos]]) en patiënte.
A: Sat 95% bij 3 l O2, AF 20, RR 128/74, pols 92. Hoest productief. Diurese goed. Oseltamivir dag 5 van 5. Mobiliseert naar de stoel, snel vermoeid. Heeft een CVC rechts jugularis (dag 6), morgen te verwijderen. Delier-screening (DOS) negatief.
R: Fysiotherapie inschakelen, voedingsconsult (gewichtsverlies 4 kg). Saturatiegrens ≥ 92%. Bij toename zuurstofbehoefte > 5 l overleg met IC-consulent (toestel [[ID|5511]]).

IC-vpk: [[PERSOON|Bram Wiersma]]  – ontvangen door: [[PERSOON|Lisa Oomen]], 6 Oost.`,
  },
];
