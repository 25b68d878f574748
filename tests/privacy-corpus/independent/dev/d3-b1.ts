import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd3-b01',
    genre: 'ontslagbrief',
    setting: 'GGZ',
    author: 'auteur-d3b',
    text: `[[ORGANISATIE|Amstelhoeve GGZ]]
Kliniek Acute Psychiatrie, afd. Kortdurende Opname 2
[[ADRES|Jan Evertsenstraat 410]]
[[POSTCODE|1056 EG]] [[PLAATS|Amsterdam]]
T [[TELEFOON|020-5137700]]

Aan: dhr. [[PERSOON|R. Boukhari]], huisarts
[[ORGANISATIE|Huisartsenpraktijk Erasmuspark]]
[[ADRES|Erasmusweg 12-H]]
[[POSTCODE|1056 AB]] [[PLAATS|Amsterdam]]

[[PLAATS|Amsterdam]], [[DATUM|31 januari 2024]]

Betreft: dhr. [[PERSOON|K.J. (Kees) Stuurman]], geb. [[DATUM|14-02-1979]]
BSN [[BSN|121097079]] | patiëntnr. [[ID|20231187]]
[[ADRES|Bos en Lommerplein 77-III]], [[POSTCODE|1055 EK]] [[PLAATS|Amsterdam]]
Opname: [[DATUM|03-01-2024]] t/m [[DATUM|29-01-2024]]

Geachte collega [[PERSOON|Boukhari]],

Hierbij berichten wij u over het ontslag van uw patiënt dhr. [[PERSOON|Stuurman]], die van [[DATUM|3]] t/m [[DATUM|29 januari]] op onze afdeling was opgenomen.

Reden van opname
Psychotische decompensatie bij bekende schizoaffectieve stoornis, bipolair type, na eigen staken van clozapine rond de jaarwisseling. Via de crisisdienst binnengekomen met een crisismaatregel, op [[DATUM|8-1]] omgezet in een voorlopige zorgmachtiging.

Beloop
De eerste week veel achterdocht richting de bovenburen (dhr. hield vol dat "[[PERSOON|Rinus]] van 2-hoog" zijn wifi afluisterde) en nauwelijks slaap. Herstart clozapine, langzaam opgetitreerd tot 300 mg, spiegel [[DATUM|22-01]] 0,41 mg/l. Lithium gecontinueerd, spiegel 0,7. Vanaf week 3 duidelijk rustiger, ging onder begeleiding boodschappen doen en heeft zelf contact gezocht met zijn zus [[PERSOON|Marjolein]], die bij het ontslaggesprek aanwezig was. Somatisch: obstipatie, gestart met macrogol. ECG [[DATUM|24/1]]: SR, QTc 428 ms.

Diagnose
Schizoaffectieve stoornis, bipolair type; stoornis in cannabisgebruik, in vroege remissie.

Medicatie bij ontslag
- clozapine 100-0-200 mg
- lithiumcarbonaat 800 mg a.n.
- macrogol/elektrolyten 1 sachet dd
- oxazepam 10 mg zn, max 2 dd

Afspraken
Nazorg door FACT-team [[PLAATS|Nieuw-West]], casemanager [[PERSOON|Esra Kaya]] (SPV), eerste huisbezoek [[DATUM|1 februari]]. Bloedbeeld clozapine volgens schema via onze poli, lithiumspiegel over 2 weken. Wilt u alert zijn op obstipatie en infecties (koorts, keelpijn)?

Met collegiale groet,

drs. [[PERSOON|A.M. Hoogendijk-Tjon]], psychiater
BIG [[ID|19054321201]]

[[PERSOON|L. Verbeek]], arts in opleiding tot psychiater

cc: FACT-team [[PLAATS|Nieuw-West]], patiënt`,
  },
  {
    id: 'd3-b02',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-d3b',
    text: `VERWIJSBRIEF

Van: [[PERSOON|J.C. Verhulst]], huisarts
[[ORGANISATIE|Huisartsenpraktijk 't Zand]]
[[ADRES|Stationsweg 3a]], [[POSTCODE|4461 HK]] [[PLAATS|Goes]]
AGB [[ID|01054432]] - tel. [[TELEFOON|0113-218840]]

Aan: [[ORGANISATIE|GGZ Oosterschelde]], centrale aanmelding volwassenen, [[PLAATS|Goes]]
Datum: [[DATUM|18-04-2024]]
Urgentie: binnen 2 weken graag

Patiënt: mw. [[PERSOON|S. Dekker-Wijkhuizen]] (roepnaam [[PERSOON|Sanne]]), geb. [[DATUM|02-09-1991]]
[[ADRES|Nieuwe Kerkstraat 14]], [[POSTCODE|4431 AB]] [[PLAATS|'s-Gravenpolder]]
BSN [[BSN|721660551]]
Tel. [[TELEFOON|06-28714403]]

Vraagstelling
Diagnostiek en behandeling. Postpartumdepressie? Graag ook advies over medicatie i.v.m. borstvoeding.

Anamnese
32-jarige vrouw, G2P2, op [[DATUM|11 februari]] bevallen van zoon [[PERSOON|Jens]] in het [[ORGANISATIE|Scheldezoom Ziekenhuis]] (vacuümextractie, verder ongecompliceerd). Sinds ca. 6 weken somber, huilerig, slaapt slecht ook als de baby slaapt, voelt zich "een slechte moeder". Geen gedachten om de baby iets aan te doen. Wel passieve doodsgedachten ("soms denk ik dat ze beter af zijn zonder mij"), geen plan, geen eerdere pogingen. Na de eerste bevalling (2021) ook een periode somberheid, toen niet behandeld. Moeder van pt had depressies.
Partner [[PERSOON|Niels]] is betrokken, werkt in ploegendienst bij de haven in [[PLAATS|Vlissingen]]. Schoonmoeder helpt 2 dagen per week.

Lopende hulp: POH-GGZ ([[PERSOON|Marloes de Kam]]) 3 gesprekken, JGZ-verpleegkundige is op de hoogte. EPDS [[DATUM|16/4]]: 19.

Medicatie: geen. Geeft borstvoeding.
Allergie: geen bekend.

Beleid tot nu toe: veiligheidsplan besproken, partner geïnstrueerd. Bij toename doodsgedachten contact met de praktijk of de huisartsenpost.

Met vriendelijke groet,

[[PERSOON|J.C. Verhulst]], huisarts`,
  },
  {
    id: 'd3-b03',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-d3b',
    knownNames: ['Dhr. M. (Mehmet) Yıldırım'],
    text: `Crisisdienst [[ORGANISATIE|Maasoever GGZ]] – beoordeling za [[DATUM|16/3]] 01:40

Aanmelding via politie (noodhulp), pt stond op balkon [[ADRES|Putselaan 118-B]] in [[PLAATS|Feijenoord]], 4e verdieping. Broer [[PERSOON|Emre]] belde 112. Bij aankomst zit dhr. in de woonkamer, politie aanwezig, geen letsel.

Beoordelaars: [[PERSOON|A. Kranenburg]] (SPV), dr. [[PERSOON|J. van der Wiel]] (psychiater, achterwacht, telefonisch erbij 02:15).

Voorgeschiedenis: bekend bij ons sinds 2019, depressieve stoornis, recidiverend, ernstig. Behandelaar poli [[PERSOON|Hermans]], laatste contact [[DATUM|29-02]]. Sertraline 150 mg, volgens broer al 2 wk niet genomen.

Aanleiding: vrouw ([[PERSOON|Derya]]) heeft [[DATUM|1 maart]] relatie beëindigd en is met de kinderen naar haar ouders in [[PLAATS|Schiedam]] vertrokken. Sinds vorige week ontslagen bij een distributiecentrum in [[PLAATS|Barendrecht]]. Zegt er "geen zin meer in" te hebben.

Psych. onderzoek: helder, volledig georiënteerd. Contact moeizaam, kijkt weg. Stemming zeer somber, affect vlak. Denken: schuldthema's, geen psychotische kenmerken. Suïcidaliteit: concrete gedachten om te springen, vanavond daadwerkelijk op het balkon gestaan, "de politie was te vroeg". Geen middelen vandaag, 4 biertjes. Geen afspraken met zichzelf mogelijk.

Conclusie: acute suïcidaliteit bij ernstige depressieve episode, verlies relatie en werk als uitlokkers, verminderde beschermende factoren.

Beleid:
- vrijwillige opname HIC locatie [[ORGANISATIE|De Zuiderhaven]], dhr. stemt in
- broer begeleidt, vervoer door ons
- poli ([[PERSOON|Hermans]]) maandag geïnformeerd via ECD-bericht
- contact broer [[PERSOON|Emre Yıldırım]]: [[TELEFOON|06-41239087]]

- [[PERSOON|ak]] / [[PERSOON|JvdW]]`,
  },
  {
    id: 'd3-b04',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-d3b',
    knownNames: ['Mw. A. (Aaltje) Kuijper-Zwaan'],
    text: `[[DATUM|12-06]] visite, [[ADRES|Lagedijkerweg 9]], [[PLAATS|Tuitjenhorn]]

S: Dochter [[PERSOON|Tineke]] belde vanochtend: moeder ([[LEEFTIJD|96]]) sinds eergisteren verward, ziet "kindertjes in de gordijnen", plast vaker en kleine beetjes. Wijkverpleging ([[ORGANISATIE|Thuiszorg Kop van Noord]]) ziet sinds zondag minder intake. Niet gevallen.
O: Ligt in bed, wisselend alert, niet georiënteerd in tijd, wel in persoon. T 37,8 °C. RR 118/64, p 92 irr. Buik soepel, suprapubisch drukpijnlijk. Urine (stick): nitriet pos, leuco ++. Geen focale uitval, geen nekstijfheid.
E: delier, waarschijnlijk o.b.v. cystitis. Bekend vasculaire dementie, AF, CNI (eGFR 41 [[DATUM|3 mei]]).
P: nitrofurantoïne gecontra-indiceerd bij deze eGFR -> fosfomycine 3 g eenmalig. Haloperidol 0,5 mg a.n. zn, max 3 dagen. Extra drinken, dochter en wijkverpleging instructie (drinklijst). NR-beleid bekend sinds [[DATUM|2021-11-04]], geen ziekenhuisopname wens, besproken met dochter. Tel. controle morgen, bij achteruitgang eerder bellen.
/[[PERSOON|HvdB]]`,
  },
  {
    id: 'd3-b05',
    genre: 'email',
    setting: 'GGZ',
    author: 'auteur-d3b',
    text: `Van: [[PERSOON|Lieke Sinke]] <[[EMAIL|l.sinke@ggzoosterschelde.nl]]>
Verzonden: donderdag [[DATUM|4 april 2024]] 11:02
Aan: [[PERSOON|Vermeulen, D.]] <[[EMAIL|d.vermeulen@ggzoosterschelde.nl]]>
CC: secretariaat FACT [[PLAATS|Vlissingen]]
Onderwerp: FW: dhr. [[PERSOON|Baaijens]] - depotmedicatie

Hoi [[PERSOON|Daan]],

Zie hieronder de mail van de apotheek. Kun jij als regiebehandelaar even reageren? Ik ben vrijdag vrij en hij komt maandag voor zijn depot.

Gr [[PERSOON|Lieke]]

-----Oorspronkelijk bericht-----
Van: [[ORGANISATIE|Apotheek Scheldekade]] <[[EMAIL|info@apotheekscheldekade.nl]]>
Verzonden: woensdag [[DATUM|3 april 2024]] 16:47
Aan: [[PERSOON|Sinke, L.]]
Onderwerp: dhr. [[PERSOON|Baaijens]] - depotmedicatie

Geachte mevrouw [[PERSOON|Sinke]],

Dhr. [[PERSOON|P. Baaijens]], geb. [[DATUM|19-07-1966]], wonend [[ADRES|Singel 212]] te [[PLAATS|Vlissingen]], kwam vandaag zijn paliperidon depot ophalen. Het recept van dr. [[PERSOON|Vermeulen]] dateert van [[DATUM|12-10-2023]] en is inmiddels verlopen. Daarnaast zien wij in het LSP dat de huisarts (mw. [[PERSOON|Oudshoorn]]) op [[DATUM|28/3]] claritromycine heeft voorgeschreven; gezien de QT-verlenging willen wij graag weten of er een recent ECG is.

Kunt u een nieuw recept sturen en ons laten weten of wij kunnen afleveren?

Met vriendelijke groet,

[[PERSOON|R. Lambrechts]]
apotheker
[[ORGANISATIE|Apotheek Scheldekade]]
[[ADRES|Scheldekade 8]], [[POSTCODE|4381 AH]] [[PLAATS|Vlissingen]]
T [[TELEFOON|0118-412 090]]
[[URL|www.apotheekscheldekade.nl]]`,
  },
  {
    id: 'd3-b06',
    genre: 'mdo',
    setting: 'GGZ',
    author: 'auteur-d3b',
    text: `MDO / FACT-bord FACT-team [[PLAATS|Zaandam]] – di [[DATUM|9 juli]]
Aanwezig: [[PERSOON|W. Smit]] (psychiater, vz), [[PERSOON|Nadia El Amrani]] (SPV), [[PERSOON|Joost]] (ervaringsdeskundige), [[PERSOON|F. Oudejans]] (psycholoog), [[PERSOON|Kasia Nowak]] (GZ-psycholoog i.o.)
Afwezig m.k.: [[PERSOON|Ruud Sijm]] (IPS)
Notulen: [[PERSOON|mb]]

1. [[PERSOON|Dennis de Graaf]] (1988)
Sinds [[DATUM|24/6]] weer op het bord. Gebruikt dagelijks speed, schulden opgelopen, verhuurder dreigt met ontruiming van [[ADRES|Rosmolenstraat 41-zw]]. [[PERSOON|Nadia]] gaat dagelijks langs. Geen acute psychose, wel slaaptekort.
Afspraak: [[PERSOON|Nadia]] belt beschermingsbewind (dhr. [[PERSOON|Klaver]]), [[PERSOON|Ruud]] pauzeert IPS-traject. Evaluatie volgende week.

2. mw. [[PERSOON|Kleine-Koning]] ([[PERSOON|Trudy]])
Stabiel op lithium, spiegel [[DATUM|2 juli]] 0,6. Wil afbouwen van FACT naar poli. [[PERSOON|Smit]] akkoord mits signaleringsplan herzien wordt met dochter [[PERSOON|Anouk]]. Overdracht naar poli [[PLAATS|Wormerveer]] voorbereiden, [[PERSOON|FO]] doet eindevaluatie.

3. dhr. [[PERSOON|R. Sardjoe]] ([[PERSOON|Ravi]])
Zorgmachtiging loopt af [[DATUM|15-09]]. Verlengingsaanvraag moet vóór [[DATUM|1 augustus]] naar de GD. Familie (zus [[PERSOON|Ashwina]]) wil betrokken worden bij de hoorzitting. [[PERSOON|Kasia]] maakt opzet, [[PERSOON|Smit]] zorgt voor medische verklaring door onafhankelijk psychiater (dr. [[PERSOON|Peerdeman]]).

4. Rondvraag
- [[PERSOON|Joost]]: herstelgroep bij inloophuis [[ORGANISATIE|De Hoop]] start weer na de zomer.
- Vakantierooster: [[PERSOON|WS]] afwezig [[DATUM|22 juli]] t/m [[DATUM|9 augustus]], vervanging dr. [[PERSOON|Bosma]] (FACT [[PLAATS|Krommenie]]).

Volgend MDO: [[DATUM|16-07]].`,
  },
  {
    id: 'd3-b07',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-d3b',
    text: `[[ORGANISATIE|Noordkaap Ziekenhuis]] – afdeling Geriatrie
[[ADRES|Huisduinerweg 300]], [[POSTCODE|1782 GZ]] [[PLAATS|Den Helder]]

Aan: huisarts [[PERSOON|E. Zijp]], [[ORGANISATIE|Gezondheidscentrum Nieuw Den Helder]]
Cc: specialist ouderengeneeskunde [[ORGANISATIE|Zorgcentrum Het Baken]], [[PLAATS|Julianadorp]]

[[PLAATS|Den Helder]], [[DATUM|7 november 2023]]

Betreft: mw. [[PERSOON|G. Bakker-Visser]], geb. [[DATUM|30-05-1930]] ([[LEEFTIJD|93]] jaar)
[[ADRES|Javastraat 56]], [[POSTCODE|1781 CP]] [[PLAATS|Den Helder]]
Ziekenhuisnr. [[ID|6120459]]
Opname [[DATUM|24-10-2023]] – [[DATUM|07-11-2023]]

Geachte collega,

Uw patiënte werd opgenomen na een val thuis met een pertrochantere femurfractuur links, waarvoor op [[DATUM|25 oktober]] een gammanagel werd geplaatst (orthopedie, dr. [[PERSOON|Kromhout]]). Postoperatief ontwikkelde zij een hypoactief delier. In medeconsult gezien door de psychiatrie (dhr. [[PERSOON|T. Ramdin]], consultatief psychiater, [[DATUM|27/10]]): delier bij pijn, obstipatie en urineretentie, op de achtergrond vermoedelijk een beginnend dementieel beeld. Haloperidol kortdurend 0,5 mg 2 dd, gestaakt op [[DATUM|2-11]]. Verder bleek er sprake van de ziekte van Parkinson (bekend sinds 2017), levodopa is steeds doorgegeven.

Bij ontslag is mevrouw helder, MMSE 22/30 (onder voorbehoud), Barthel 9/20. Zij loopt met rollator onder begeleiding. Terugkeer naar huis is niet verantwoord: zij woonde alleen, dochter [[PERSOON|Ria]] woont in [[PLAATS|Anna Paulowna]] en kan niet dagelijks komen. Mevrouw gaat voor GRZ naar [[ORGANISATIE|Zorgcentrum Het Baken]], afdeling Revalidatie.

Medicatie bij ontslag:
- levodopa/benserazide 125 mg 4 dd (7-11-15-19 u, strikt op tijd!)
- paracetamol 1 g 3 dd
- macrogol 1 sachet 1 dd
- nadroparine 2850 IE 1 dd sc t/m [[DATUM|22-11]]
- colecalciferol 800 IE 1 dd

Beleid: NR-beleid besproken en vastgelegd op [[DATUM|26-10-2023]]. Poli-controle orthopedie over 6 weken met X-heup. Het advies is in het verpleeghuis nader geheugenonderzoek te doen als de delirante fase ruim voorbij is.

Met vriendelijke groet,

[[PERSOON|M.A. de Lange]], klinisch geriater
[[PERSOON|S. Hoekstra]], ANIOS geriatrie
secretariaat geriatrie [[TELEFOON|0223-696 4120]]`,
  },
  {
    id: 'd3-b08',
    genre: 'verwijzing',
    setting: 'GGZ',
    author: 'auteur-d3b',
    text: `[[ORGANISATIE|Maasoever GGZ]] | Ouderenpsychiatrie poli [[PLAATS|Kralingen]]
[[ADRES|Oudedijk 188]], [[POSTCODE|3061 AH]] [[PLAATS|Rotterdam]]

Aan: polikliniek neurologie, [[ORGANISATIE|Ziekenhuis Nieuwe Maas]], t.a.v. dr. [[PERSOON|S. Oukili]]
[[PLAATS|Rotterdam]], [[DATUM|14 mei 2024]]

Betreft: dhr. [[PERSOON|H.W. (Henk) van Kempen]], geb. [[DATUM|08-12-1949]]
[[ADRES|Kortekade 21 bis]], [[POSTCODE|3062 GR]] [[PLAATS|Rotterdam]]
BSN [[BSN|102505056]]

Waarde collega [[PERSOON|Oukili]],

Graag verwijs ik bovengenoemde 74-jarige man voor aanvullend onderzoek naar een neurodegeneratieve oorzaak van zijn klachten, met name de vraag naar dementie met Lewy bodies.

Dhr. werd door zijn huisarts (dr. [[PERSOON|Tjin-A-Ton]], [[ORGANISATIE|Huisartsenpraktijk Lusthofstraat]]) naar ons verwezen vanwege visuele hallucinaties (hij ziet 's avonds "mannetjes met hoeden" op de bank, zonder angst), wisselende alertheid en sinds een jaar toenemende vergeetachtigheid. Echtgenote [[PERSOON|Corrie]] beschrijft dat hij al jaren 's nachts slaat en praat in zijn slaap. Bij onderzoek hier: lichte rigiditeit rechts, verminderde armzwaai, MoCA 21/30 met vooral uitvoerende en visuospatiële fouten. Geen depressie, geen eerdere psychiatrische voorgeschiedenis.

Eerder is hem door de HAP quetiapine 25 mg gegeven bij onrust, waarop hij fors verstijfde; dit is gestaakt. Wij geven momenteel geen antipsychotica. Rivastigmine overwegen wij na uw beoordeling.

Vraagstelling: neurologisch onderzoek, beeldvorming (MRI, evt. DaT-scan), en uw mening over parkinsonisme. Graag terugrapportage aan ondergetekende en aan de huisarts.

Met collegiale groet,

dr. [[PERSOON|Y. Martina]], ouderenpsychiater
[[ORGANISATIE|Maasoever GGZ]]
T [[TELEFOON|010-2978 450]] (secretariaat), toestel [[ID|3318]]
[[EMAIL|y.martina@maasoeverggz.nl]]`,
  },
  {
    id: 'd3-b09',
    genre: 'crisis',
    setting: 'HA',
    author: 'auteur-d3b',
    knownNames: ['Mw. F. Bouzerda'],
    text: `[[ORGANISATIE|Huisartsenpost Zaanstreek]] – visite [[DATUM|26/12]] 23:10
Mw. [[PERSOON|Bouzerda]], [[ADRES|Peperstraat 7 hs]], [[PLAATS|Zaandam]]. Zoon [[PERSOON|Yassin]] belt: moeder heeft 10-15 tabl oxazepam + "iets van de dokter" genomen na ruzie. Bij visite aanspreekbaar, slaperig, RR 105/70, sat 96%. Strips: oxazepam 10 mg (14 weg), amitriptyline 25 mg (6 weg?). Ambulance ingeschakeld i.v.m. TCA, naar SEH [[ORGANISATIE|Zaans Gasthuis]]. Crisisdienst GGZ gebeld, beoordeling na medische stabilisatie. Eigen HA ([[PERSOON|Goudsblom]]) bericht via waarneming.
[[PERSOON|m.t.]] (waarnemend HA)`,
  },
  {
    id: 'd3-b10',
    genre: 'soep',
    setting: 'GGZ',
    author: 'auteur-d3b',
    knownNames: ['Mw. J. (Jildou) Bergsma'],
    text: `Consult poli Stemming & Angst [[PLAATS|Hoorn]], ma [[DATUM|2 september]], 45 min, met partner [[PERSOON|Wytse]]

S: [[PERSOON|Jildou]] vertelt dat het "een grijze zomer" was. Sinds ophoging venlafaxine naar 225 mg ([[DATUM|15/7]]) wel minder angstaanvallen, maar nog steeds vroeg wakker, weinig zin. Werkt 2 ochtenden bij de bibliotheek in [[PLAATS|Zwaag]]. Zweten en hoofdpijn als bijwerkingen. [[PERSOON|Wytse]]: "ze komt weer wat vaker de deur uit, gaat weer met de hond het park in." Geen doodswens, geen alcohol.
O: Verzorgd, goed contact, spreekt zachter dan gebruikelijk. Stemming gedrukt, affect iets ruimer dan in juni. PHQ-9: 14 (was 19). RR 138/88.
E: Depressieve stoornis, matig, partiële respons op venlafaxine. Paniekstoornis in remissie. RR licht verhoogd, past bij venlafaxine.
P: Venlafaxine handhaven 225 mg, RR-controle bij huisarts (dr. [[PERSOON|Schouten]], [[ORGANISATIE|Praktijk Grote Waal]]) over 4 wk. Aanmelden voor groeps-CGT (start [[DATUM|7 oktober]]). Bij onvoldoende effect over 8 wk: augmentatie lithium overwegen, voorlichting gegeven. Volgend consult [[DATUM|14-10]] bij drs. [[PERSOON|P. Aydın]].
[[PERSOON|PA]]`,
  },
  {
    id: 'd3-b11',
    genre: 'email',
    setting: 'HA',
    author: 'auteur-d3b',
    text: `Van: [[PERSOON|Ilse Kartodikromo]] <[[EMAIL|i.kartodikromo@hadewestfriesepoort.nl]]>
Verzonden: vrijdag [[DATUM|22 maart 2024]] 08:34
Aan: [[PERSOON|Hans Pronk]] <[[EMAIL|h.pronk@hadewestfriesepoort.nl]]>
Onderwerp: terugkoppeling [[PERSOON|Tomasz]] ([[PERSOON|Zieliński]])

Hoi [[PERSOON|Hans]],

Gisteren het 4e gesprek gehad met dhr. [[PERSOON|Zieliński]] ([[PERSOON|Tomasz]], [[DATUM|03-11-1983]]). Het gaat eerlijk gezegd niet beter. Hij drinkt volgens eigen zeggen "alleen in het weekend", maar zijn vriendin [[PERSOON|Agnieszka]] belde mij vorige week op dat hij doordeweeks ook flessen wodka in de schuur heeft staan. AUDIT 24. Hij is bang zijn baan in de kassenbouw in [[PLAATS|Andijk]] te verliezen, daarom wil hij niets via de bedrijfsarts.

Wel bereid tot verwijzing naar verslavingszorg. Ik heb de poli van [[ORGANISATIE|Verslavingszorg Noord-Kust]] in [[PLAATS|Hoorn]] gebeld, ze hebben een Poolstalige behandelaar. Wil jij de verwijzing via ZorgDomein doen? Lab (GGT, MCV) heb ik voor [[DATUM|25-3]] aangevraagd.

Zijn nummer klopt niet meer in het HIS, nieuw nr: [[TELEFOON|06 1873 2260]].

Fijn weekend!

Groetjes,
[[PERSOON|Ilse]]

[[PERSOON|Ilse Kartodikromo]] | POH-GGZ
[[ORGANISATIE|Huisartsen De Westfriese Poort]]
[[ADRES|Dijk 112]] | [[POSTCODE|1601 GK]] [[PLAATS|Enkhuizen]]
T [[TELEFOON|0228-315 720]] | werkdagen ma, do, vr`,
  },
  {
    id: 'd3-b12',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-d3b',
    knownNames: ['Mw. W. (Wilhelmina) de Pagter-Meijers'],
    text: `MDO psychogeriatrie, [[ORGANISATIE|Zorgcentrum De Zeeuwse Lelie]], afd. Schelde (PG), [[DATUM|20-02-2024]]

Aanwezig: dr. [[PERSOON|L. Crijns]] (SO), [[PERSOON|K. Gideonse]] (EVV), [[PERSOON|Hatice Çelik]] (psycholoog), [[PERSOON|M. Sinke]] (fysio), ondergetekende (consulent ouderenpsychiatrie [[ORGANISATIE|GGZ Oosterschelde]]), dochter [[PERSOON|Nel de Pagter]] (telefonisch)

Cliënt: mw. [[PERSOON|W. de Pagter-Meijers]] ([[PERSOON|Mien]]), [[LEEFTIJD|101]] jaar, sinds 2021 op de PG-afdeling, ziekte van Alzheimer, GDS 6.

Aanleiding: sinds januari 's avonds roepen en op de gang lopen ("ik moet naar de boerderij in [[PLAATS|Serooskerke]], de koeien moeten gemolken"), twee keer een medebewoonster geslagen. Geen pijnsignalen volgens PACSLAC, wel obstipatie ([[DATUM|10/2]] laatste defecatie tot laxans).

Bespreking:
- [[PERSOON|Hatice]]: gedrag vooral 16-19 u, rond de dienstwissel. Muziek van vroeger (psalmen) werkt kalmerend. Voorstel: vaste verzorgende in de avond, schemerlamp i.p.v. tl.
- [[PERSOON|Crijns]]: geen indicatie voor antipsychoticum bij deze leeftijd en valrisico, eerst obstipatie behandelen en pijn uitsluiten (paracetamol proefbehandeling 2 wk).
- Dochter [[PERSOON|Nel]]: moeder was boerin, stond altijd om 5 uur op. Herkent het "moeten werken" van thuis. Zij wil geen extra medicatie. Komt voortaan op dinsdag en vrijdag.
- Consulent: eens met beleid. Bij persisterend ernstig gedrag over 4 wk evt. lage dosis citalopram overwegen (niet: haloperidol). 

Afspraken:
1. paracetamol 1 g 3 dd, evaluatie [[DATUM|5 maart]] – [[PERSOON|LC]]
2. observatielijst gedrag 2 wk – [[PERSOON|KG]]
3. muziekprogramma + vaste verzorgende avond – [[PERSOON|HÇ]]
4. volgend MDO [[DATUM|19 maart]]

Opgesteld: dr. [[PERSOON|R. Isenia]], psychiater`,
  },
];
