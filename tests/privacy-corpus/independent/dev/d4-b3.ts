import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd4-b25',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-d4b',
    text: `[[ORGANISATIE|medisch centrum peelrand]] | klinische geriatrie
[[ADRES|Stationsweg 120]] · [[POSTCODE|5801 lz]] [[PLAATS|Venray]]

Aan: mw. [[PERSOON|E. Verstappen]], specialist ouderengeneeskunde
[[ORGANISATIE|Huize Sint Jozef]], [[ADRES|Kloosterstraat 5]], [[PLAATS|Meerlo]]
cc huisarts: dhr. [[PERSOON|P. Jacobs]], [[ORGANISATIE|Huisartsenpraktijk America-Hegelsom]]

[[PLAATS|Venray]], [[DATUM|23-5-2024]]

Inzake: mw. [[PERSOON|Hendrikx-Poels, J.M.]], geboren [[DATUM|02-02-1924]]
BSN [[ID|219585086]] (volgens verwijzing; in ZIS afwijkend, graag controleren) | patiëntnummer [[ID|5503318]]
Woonadres tot opname: [[ADRES|Past. Vullinghsstraat 9]], [[POSTCODE|5966 NB]] [[PLAATS|America]]

Geachte collega [[PERSOON|Verstappen]],

Hierbij de ontslagbrief van uw nieuwe cliënte, de [[LEEFTIJD|100]]-jarige mw. [[PERSOON|Hendrikx]] ("[[PERSOON|Mientje]]"), die van [[DATUM|11]] tot [[DATUM|23 mei]] bij ons was opgenomen.

Reden van opname: val thuis met pubis- en ramusfractuur li, daarna niet meer in staat tot transfers. Conservatief beleid (traumatologie akkoord).

Beloop
Pijnstilling met paracetamol en lage dosis tramadol gaf misselijkheid en verwardheid; overgestapt op buprenorfine-pleister 5 µg/u, daarmee comfortabel. Kortdurend hypoactief delier (dag 2-4) zonder antipsychotica hersteld. Mobiliseert nu met tillift, staan met hulp van 2 lukt kort. Fysio verwacht geen herstel tot zelfstandig lopen. Na overleg met mw., haar zoon [[PERSOON|Harrie]] en schoondochter [[PERSOON|Anny]] is gekozen voor opname in het verpleeghuis in [[PLAATS|Meerlo]], vlak bij haar geboortedorp [[PLAATS|Tienray]]. Mw. vond dat "goed genoeg, als er maar een kapel is".
Cognitie: MMSE 24/30 (slechthorend, getest met versterker). Wilsbekwaam t.a.v. deze beslissing.

Conclusie
1. pubis/ramusfractuur li na val, conservatief
2. hypoactief delier, hersteld
3. hypertensie, hartfalen met behouden EF
4. ziekte van Dupuytren bdz (geen consequentie)

Medicatie bij ontslag
buprenorfine 5 µg/u pleister 1x/7 dagen (wissel: woensdag) – paracetamol 1 g 3dd – furosemide 20 mg 1dd – macrogol 1dd – calcium/vit D 1dd

Beleid: NR, geen ziekenhuisopname meer behalve voor comfort, besproken [[DATUM|14/5]]. Geen controle bij ons nodig.

Met vriendelijke groet,
[[PERSOON|Sjoerd Hoekstra]], klinisch geriater
i.o. [[PERSOON|M. Wiśniewska]], ANIOS
[[TELEFOON|0478-526 100]] (vragen via secretariaat)`,
  },
  {
    id: 'd4-b26',
    genre: 'ontslagbrief',
    setting: 'GGZ',
    author: 'auteur-d4b',
    text: `[[ORGANISATIE|GGZ Twentewolde]]
Crisisafdeling – locatie [[ORGANISATIE|De Hessenhof]]
[[ADRES|Hessenweg 188]], [[POSTCODE|7543 GE]] [[PLAATS|Enschede]]

Aan: huisarts mw. [[PERSOON|R. Nijkamp]], [[ORGANISATIE|Gezondheidscentrum Wesselerbrink]]
Datum: [[DATUM|03-10-2024]]

Betreft: korte crisisopname mw. [[PERSOON|S. Tesfay]], geb. [[DATUM|18-06-2002]]
BSN [[BSN|165539112]]
[[ADRES|Wesselerbrinkplein 40-12]], [[POSTCODE|7543 BR]] [[PLAATS|Enschede]]

Geachte mevrouw [[PERSOON|Nijkamp]],

Mw. [[PERSOON|Semhar Tesfay]] (22) werd op [[DATUM|24 september]] vrijwillig opgenomen na een crisisbeoordeling door onze crisisdienst op het politiebureau. Zij was die avond door een voorbijganger op het spoor ter hoogte van de wijk [[PLAATS|De Eschmarke]] aangetroffen. Het is niet geheel duidelijk wat de bedoeling was; zelf zei ze later "ik wilde dat het stil werd".

Achtergrond: sinds 2019 in Nederland (statushouder, afkomstig uit Eritrea), woont zelfstandig, opleiding MBO zorg. Herbelevingen, nachtmerries, schrikreacties. Geen eerdere GGZ-contacten. Broer [[PERSOON|Dawit]] woont in [[PLAATS|Hengelo]], heeft haar dagelijks bezocht.

Beloop
Rustig op de afdeling, goed contact (Nederlands, soms Engels). Gesprekken met psycholoog drs. [[PERSOON|H. Kamphuis]] wijzen op PTSS. Suïcidale gedachten namen snel af; ze heeft een veiligheidsplan gemaakt met haar broer en een vriendin, [[PERSOON|Lidya]]. Slaapmedicatie (quetiapine 25 mg) na 4 nachten gestopt.

Diagnose: posttraumatische stressstoornis; suïcidale crisis, afgenomen.

Vervolg
- behandeling (EMDR) bij het traumateam [[PLAATS|Enschede]], intake [[DATUM|10-10]]
- tot die tijd 2x/wk contact met IHT-medewerker [[PERSOON|Wouter]]
- crisiskaart met nummer crisisdienst meegegeven
- graag uw aandacht voor haar slaap en eventueel huisbezoek na 2 weken

Met vriendelijke groet,

dr. [[PERSOON|B. Lubbers]]
psychiater crisisafdeling
[[EMAIL|b.lubbers@twentewolde-ggz.nl]]`,
  },
  {
    id: 'd4-b27',
    genre: 'verwijzing',
    setting: 'ZKH',
    author: 'auteur-d4b',
    text: `Aanmelding hospice

Aanmelder: [[PERSOON|A. Sadikin]], verpleegkundig specialist geriatrie
[[ORGANISATIE|Ziekenhuis Hofwijck]], [[PLAATS|Den Haag]] – afd. Geriatrie B2
tel. [[TELEFOON|070 - 413 20 76]], toestel [[ID|3092]]
Datum: [[DATUM|25 nov. 2024]]

Aan: [[ORGANISATIE|Hospice Duinrust]], [[ADRES|Kijkduinsestraat 640]], [[PLAATS|Loosduinen]]
t.a.v. mw. [[PERSOON|H. van Leeuwen]], coördinator

Cliënt: dhr. [[PERSOON|Kazimierz (Kazik) Mazur]], [[DATUM|14-09-1938]], 86 jr
BSN: [[BSN|387716853]]
Woont: [[ADRES|Erasmusweg 1021]], [[POSTCODE|2532 CV]] [[PLAATS|Den Haag]] ([[PLAATS|Bouwlust]])
Contactpersoon: dochter [[PERSOON|Joanna Mazur-de Wit]], [[TELEFOON|06 4420 8851]]
Huisarts: dr. [[PERSOON|M. Chaara]], [[ORGANISATIE|Huisartsenpraktijk Bouwlust]]

Diagnose: gemetastaseerd longcarcinoom (hersenen, bot), geen behandelopties. Sinds [[DATUM|18/11]] opgenomen met verwardheid en toenemende zwakte. Levensverwachting < 4 weken (inschatting longarts dr. [[PERSOON|Yıldırım]]).
Zorgbehoefte: volledig bedlegerig, hulp bij alle ADL, CAD, dexamethason 8 mg, morfine sc continu 15 mg/24u, intermitterend onrustig.
Beleid: NR, niet naar IC/SEH, geen sondevoeding (verklaring [[DATUM|20-11-2024]]).

Toelichting
Dhr. woonde alleen, echtgenote overleden 2017. Dochter werkt fulltime en heeft drie jonge kinderen in [[PLAATS|Rijswijk]]. Naar huis is niet haalbaar, dhr. wil ook niet naar een verpleeghuis. Hij is katholiek, vraagt om een Poolse priester; de dochter regelt dat via de parochie in [[PLAATS|Den Haag]]. Hij spreekt slecht Nederlands sinds de uitzaaiingen, vooral Pools – dochter tolkt.

Spoed: graag deze week. Overdracht verpleging volgt via het transferbureau.

[[PERSOON|A. Sadikin]], VS geriatrie`,
  },
  {
    id: 'd4-b28',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-d4b',
    text: `Van: huisarts [[PERSOON|J.W. Pot]], [[ORGANISATIE|Praktijk Pot & Mussche]]
[[ADRES|Havenstraat 6]], [[POSTCODE|8281 AH]] [[PLAATS|Genemuiden]]
Aan: basis-GGZ / ouderen, [[ORGANISATIE|Vechtland GGZ]] [[PLAATS|Zwolle]]
[[DATUM|7 februari 2025]]

Betreft: mw. [[PERSOON|J. (Jenny) Brouwer-van den Berg]], [[DATUM|03-04-1954]]
[[ADRES|Kerkstraat 12 bis]], [[PLAATS|Genemuiden]]

Collega,

Verwijzing wegens angst en dwanggedachten bij een 70-jarige vrouw. Mw. is sinds het overlijden van haar man (was koster in de hervormde kerk hier) steeds angstiger geworden dat ze haar kleinkinderen iets aandoet. Ze controleert urenlang het gas, heeft alle messen weggegeven en durft niet meer op te passen. Dat vindt ze verschrikkelijk, want het gezin van dochter [[PERSOON|Hennie]] in [[PLAATS|Hasselt]] rekent op haar. Geen psychotische kenmerken, geen suïcidaliteit. Y-BOCS door POH-GGZ ([[PERSOON|wd]]) 26.
Eerder (1998) een depressie, toen behandeld bij een RIAGG in [[PLAATS|Kampen]] met goed resultaat.

Ze zou graag behandeling in de buurt willen, het liefst op locatie [[PLAATS|Zwartsluis]] of [[PLAATS|Hasselt]] – met de bus naar [[PLAATS|Zwolle]] is voor haar een hele onderneming. Ze heeft een voorkeur voor een vrouwelijke behandelaar.

Medicatie: levothyroxine 75 µg, sinds [[DATUM|2/1]] sertraline 50 mg (weinig effect).

Met collegiale groet,
[[PERSOON|Jan-Willem Pot]]
[[TELEFOON|038 - 385 41 90]] (spoed: [[TELEFOON|038-3854199]])`,
  },
  {
    id: 'd4-b29',
    genre: 'email',
    setting: 'GGZ',
    author: 'auteur-d4b',
    text: `Van: Crisisdienst [[ORGANISATIE|GGZ Hofpoort]] <[[EMAIL|crisisdienst@ggzhofpoort.nl]]>
Verzonden: zaterdag [[DATUM|16 maart 2024]] 03:12
Aan: [[EMAIL|teamleiding@kompasroos-wzc.nl]]; [[PERSOON|Statia, L.]]
Onderwerp: nachtelijk contact dhr. [[PERSOON|v. Bommel]] – terugkoppeling

Beste mw. [[PERSOON|Statia]], beste teamleiding,

Vannacht om 01.30 zijn wij gebeld door de nachtdienst van de [[ORGANISATIE|Kompasroos]] ([[PERSOON|Gerda]]) over dhr. [[PERSOON|van Bommel]] (kamer 2.07), die met een stoelpoot naar een medebewoner sloeg en dreigde het raam in te gooien. Telefonisch overleg, geen visite nodig gebleken: na zijn oxazepam werd hij rustiger en ging slapen.

Punten voor maandag:
- dhr. was volgens de nacht al dagen onrustiger; graag lichamelijk laten nakijken (infectie? pijn?)
- de medebewoner (mw. [[PERSOON|Karsodikromo]]) heeft een schaafwond, melding MIC gedaan
- overweeg MDO met ouderenpsychiatrie; het FACT-ouderen team [[PLAATS|Escamp]] kan aansluiten
- de familie is niet gebeld door ons, dat laat ik aan jullie (zoon [[PERSOON|Ruud]] staat als eerste contactpersoon)

Met vriendelijke groet,

[[PERSOON|R.F. Martina]]
crisisarts, [[ORGANISATIE|GGZ Hofpoort]] [[PLAATS|Den Haag]]
bereikbaar via de crisisdienst [[TELEFOON|070 391 00 00]]`,
  },
  {
    id: 'd4-b30',
    genre: 'email',
    setting: 'ZKH',
    author: 'auteur-d4b',
    text: `Van: [[EMAIL|truusveenstra61@hetnet.nl]]
Aan: [[EMAIL|poli.geriatrie@reestdal.nl]]
Onderwerp: vraag over mijn moeder mw [[PERSOON|Veenstra]] afspraak [[DATUM|12 maart]]

Geachte dokter,

Ik ben [[PERSOON|Truus]], de dochter van mw. [[PERSOON|Aukje Veenstra-Sjoerdsma]] (geb [[DATUM|3-8-1932]]), zij heeft op [[DATUM|12 maart]] een afspraak op de geheugenpoli in [[PLAATS|Meppel]] bij dokter [[PERSOON|wiersma]]. Mijn moeder is [[LEEFTIJD|91]] en ze is erg bang dat ze "naar een tehuis moet". Ze slaapt er nu al slecht van. Kan ik als dochter vooraf even bellen met de dokter? Mijn broer [[PERSOON|Wybe]] woont in [[PLAATS|Grou]] en kan niet mee, maar hij wil wel graag de uitslag weten.

Ook wil ik melden dat ze sinds de kerst 2x is gevallen en dat de huisarts (dr. [[PERSOON|Hadders]] in [[PLAATS|Havelte]]) haar plaspillen heeft gestopt. Weet niet of u dat al weet.

Mijn nummer is [[TELEFOON|0521 34 18 77]] of mobiel [[TELEFOON|06-19 20 44 83]], ik ben alleen op dinsdag niet thuis.

met vriendelijke groet,
[[PERSOON|T. Veenstra]]
[[ADRES|De Bleeken 14]]
[[POSTCODE|7971 BX]] [[PLAATS|Havelte]]

Verstuurd vanaf mijn iPad`,
  },
  {
    id: 'd4-b31',
    genre: 'mdo',
    setting: 'GGZ',
    author: 'auteur-d4b',
    knownNames: ['Dhr. W.J.M. (Wim) Thewissen'],
    text: `MDO klinische ouderenpsychiatrie, afd. [[ORGANISATIE|De Kempen]] – [[ORGANISATIE|GGZ Mergelland]] locatie [[ORGANISATIE|Sint Anna]], [[PLAATS|Heerlen]]
datum: [[DATUM|28-08]] | opnameduur: 5 wk

aanwezig: [[PERSOON|J.P. Houben]] (psychiater), [[PERSOON|Lonneke Smeets]] (vs ggz), [[PERSOON|wim de ruijter]] (pmt), [[PERSOON|Chantal]] (EVV), [[PERSOON|E. Bemelmans]] (AIOS); telefonisch echtgenote mw. [[PERSOON|Thewissen-Schrijnemakers]]

Dhr. [[PERSOON|Thewissen]] (77), opgenomen [[DATUM|24 juli]] met manische ontregeling bij bipolaire stoornis type I, thuis in [[PLAATS|Heerlerbaan]] niet meer te hanteren (nachtelijk tuinieren, geld weggeven op de markt).

Psychiatrie: stemming genormaliseerd, slaapt 7 uur. Lithium spiegel [[DATUM|26/8]] 0,6. Nog wat breedsprakig maar corrigeerbaar. [[PERSOON|Houben]]: geen aanwijzingen meer voor manie.
Somatiek: nierfunctie stabiel (eGFR 52), TSH licht verhoogd → levothyroxine 25 µg gestart. Val [[DATUM|19-08]] zonder letsel, orthostase niet aangetoond.
Cognitie: MoCA 23/30 (was 19 bij opname). NPO overwegen als hij thuis is.
PMT ([[PERSOON|wdr]]): doet goed mee, houdt van fietsen op de hometrainer, wil weer met zijn fietsclub uit [[PLAATS|Voerendaal]] rijden.
Echtgenote: blij met vooruitgang maar bang voor herhaling; ze heeft "nog geen rust". Wil psycho-educatie; vraagt of hun zoon [[PERSOON|Ron]] (woont in Aken, Duitsland) mag aansluiten via beeldbellen.

Plan
- ontslag richting [[DATUM|9 september]], eerst proefverlof 2 nachten vanaf [[DATUM|31/8]]
- nazorg FACT-ouderen [[PLAATS|Heerlen]], overdracht aan casemanager [[PERSOON|Mirjam Hermans]]
- signaleringsplan met echtgenote en zoon ([[PERSOON|Lonneke]]), familiegesprek [[DATUM|3-9]] 14.00
- lithiumspiegel 1 wk na ontslag via de huisarts ([[ORGANISATIE|Huisartsenpraktijk Heerlerbaan]])

verslag: [[PERSOON|EB]]`,
  },
  {
    id: 'd4-b32',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-d4b',
    knownNames: ['Mw. S. (Sarmi) Karijopawiro'],
    text: `MDO psychogeriatrie – [[ORGANISATIE|Zorgcentrum Moerweide]], [[PLAATS|Den Haag]]
do [[DATUM|6 juni]], 13.30
aanwezig: SO dr. [[PERSOON|N. Soekhoe]], EVV [[PERSOON|Rosita]], psycholoog [[PERSOON|D. Verbeek]], ergotherapeut [[PERSOON|M. Kaya]], kleindochter [[PERSOON|Dewi Karijopawiro]]

Mw. [[PERSOON|Karijopawiro]] is [[LEEFTIJD|99]] (in september [[LEEFTIJD|100]]!). Dementie (Alzheimer), woont sinds 2021 op de afdeling. Spreekt Javaans en wat Nederlands.

Somatisch: stabiel. Eet goed als het rijst is; weigert "Hollandse pap". Gewicht stabiel 43 kg. Huid intact.
Gedrag: 's middags onrustig, zoekt "haar kinderen" en wil naar Moengo (geboorteplaats in Suriname). Soms ook naar de markt "bij tante [[PERSOON|Sien]]". Kleindochter vertelt dat dat vroeger een winkel aan de [[ADRES|Hoefkade 12]] was waar oma altijd kwam.
[[PERSOON|Verbeek]]: herinneringskoffer maken, Javaanse muziek (gamelan) rond 15.00.
Ergo: rolstoel kantelverstelling aangepast.
Familie: kleindochter komt 1x/wk, de rest van de familie woont in [[PLAATS|Zoetermeer]] en Paramaribo. Familie wil voor de [[LEEFTIJD|100]]e verjaardag een slametan in de huiskamer organiseren; team is akkoord, afstemmen met keuken.

Wensen: NR, geen ziekenhuisopname, besproken met kleindochter (vertegenwoordiger) [[DATUM|6-6]].

Acties:
1. herinneringskoffer – [[PERSOON|Dewi]]/[[PERSOON|Rosita]]
2. muziek – activiteitenbegeleiding
3. verjaardag [[DATUM|18 september]] voorbereiden – EVV
4. evaluatie MDO over 3 mnd

[[PERSOON|ro]]`,
  },
  {
    id: 'd4-b33',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-d4b',
    knownNames: ['Dhr. M. (Mohammad) Al-Hassan'],
    text: `Crisisdienst [[ORGANISATIE|GGZ Twentewolde]] – beoordeling politiebureau [[PLAATS|Almelo]]
[[DATUM|04-01-2025]] 16.20 uur | crisisarts [[PERSOON|T. Oude Kotte]], SPV [[PERSOON|Ilse Hulsbeek]] | tolk Arabisch (telefonisch)

Aanmelding: wijkagent, na melding van de buren in [[PLAATS|Rijssen]]: jongeman heeft de hele middag op het dak van zijn woning ([[ADRES|Boomkamp 23]]) gezeten en riep naar voorbijgangers.

Cliënt: 24 jaar, uit Syrië, sinds 2016 in NL, woont alleen (statushouder). Werkt in de vleesverwerking. Contact met neef [[PERSOON|Khaled]] in [[PLAATS|Enter]].

Gesprek: dhr. zegt dat hij op het dak zat "om zijn vader te zien", die in 2014 in Homs? – nee, in Aleppo is omgekomen. Hij hoorde de stem van zijn vader al een paar weken. Sinds ontslag bij zijn werk ([[DATUM|12 december]]) slaapt hij slecht, gebruikt dagelijks cannabis. Geen suïcidale intenties ("dan zou ik gesprongen zijn"), wel: "ik weet niet meer wat echt is".
Psychiatrisch onderzoek: helder, georiënteerd, angstig, affect vlak. Auditieve hallucinaties, betrekkingsideeën (tv). Geen agressie. Geeft aan hulp te willen.

Conclusie: psychotische klachten, DD cannabisgeïnduceerd / PTSS met psychotische kenmerken / beginnende psychose. Geen acuut gevaar dat verplichte zorg noodzakelijk maakt. Bereid tot vrijwillige opname.

Beleid:
- vrijwillige opname HIC [[ORGANISATIE|De Hessenhof]] [[PLAATS|Enschede]], vervoer met neef (komt uit [[PLAATS|Enter]])
- lichamelijk onderzoek + urinetox op de afdeling
- huisarts ([[ORGANISATIE|Huisartsen Rijssen-West]]) morgen informeren
- vluchtelingenwerk: contactpersoon mw. [[PERSOON|Haverkamp]], [[TELEFOON|0548-512 360]]

[[PERSOON|T. Oude Kotte]] / [[PERSOON|ih]]`,
  },
  {
    id: 'd4-b34',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-d4b',
    knownNames: ['Mw. L. (Lies) Geraedts-Crombach'],
    text: `tel. consult HAP [[PLAATS|Weert]] [[DATUM|31-12]] 22.40: HA [[PERSOON|Van Leeuwen]] belt over mw. [[PERSOON|Geraedts]] (81), weduwe sinds okt., zegt tegen buurvrouw dat ze "er na oudjaar niet meer is". Heeft thuis een voorraad oxazepam. Geen psychiatrische voorgeschiedenis bekend.
Advies: vanavond huisbezoek HA samen met SPV crisisdienst; medicatie laten meegeven aan dochter [[PERSOON|Ans]] ([[PLAATS|Nederweert]]). Wij komen 23.30 aan, [[ADRES|Beekstraat 44-a]], [[PLAATS|Weert]].
-[[PERSOON|nek]]`,
  },
  {
    id: 'd4-b35',
    genre: 'soep',
    setting: 'ZKH',
    author: 'auteur-d4b',
    knownNames: ['Dhr. H. (Hüseyin) Demir'],
    text: `Preoperatieve geriatrische screening (pre-TAVI) – polikliniek geriatrie [[ORGANISATIE|Ziekenhuis Hofwijck]], [[DATUM|11-03-2025]]
Verwijzer: cardioloog dr. [[PERSOON|Van der Meulen]]

S: Dhr. [[PERSOON|Demir]], 79 jr, ernstige aortastenose, NYHA III. Komt met zoon [[PERSOON|Erkan]] (tolkt, Turks). Kortademig bij traplopen, 1x syncope op [[DATUM|2 januari]]? – zoon corrigeert: [[DATUM|8 december]]. Woont met echtgenote op 3-hoog zonder lift in [[PLAATS|Laak]]. Zelfstandig in ADL, echtgenote doet huishouden. Gaat dagelijks naar de moskee, loopt daarvoor 400 m. Wil graag "weer naar Turkije deze zomer".
O: alert, goed georiënteerd, MMSE 27/30 (via tolk, ongeschoold, dus voorzichtig interpreteren). Clock drawing correct. Gewicht 71 kg, BMI 25. Handknijpkracht 24 kg. Loopsnelheid 0,8 m/s. GDS-15: 2. Geen delier in VG. Polyfarmacie: 9 middelen, geen anticholinergica.
E: Fit genoeg voor TAVI vanuit geriatrisch perspectief (lage kwetsbaarheid, geen cognitieve stoornis). Aandachtspunten: delierpreventie (bril, gehoor, familie), trappen thuis.
P:
- advies aan Heart Team: TAVI geïndiceerd, geen geriatrische contra-indicatie
- delierpreventieplan meegeven; zoon aanwezig bij opname
- fysio na ingreep, evt. tijdelijk bij dochter [[PERSOON|Zeynep]] wonen (begane grond, [[PLAATS|Rijswijk]])
- brief naar cardiologie en huisarts ([[ORGANISATIE|Gezondheidscentrum Laakkwartier]])

[[PERSOON|P.J. Soekhlal]], klinisch geriater / [[PERSOON|as]]`,
  },
  {
    id: 'd4-b36',
    genre: 'soep',
    setting: 'VVT',
    author: 'auteur-d4b',
    knownNames: ['Mw. A. (Aaltje) van der Kamp-Jansen'],
    text: `Consult klinisch geriater – [[ORGANISATIE|Woonzorgcentrum De IJsselhof]], [[PLAATS|IJsselmuiden]] – [[DATUM|14/11]]
Gevraagd door SO [[PERSOON|G. Smit]]: "mw. vd kamp achteruit, zinvol nog iets te doen?"

S: Mw. [[PERSOON|v.d. Kamp]] ([[LEEFTIJD|98]]) eet sinds 2 wk nauwelijks, ligt veel op bed, wil niet meer naar de zondagse dienst (altijd trouw, de koster haalde haar op). Dochter [[PERSOON|Gerrie]] vertelt dat moeder zegt "de Heere mag me halen". Geen pijnklachten geuit. Eerder dit jaar pneumonie, herstelde toen goed.
O: mager, droge slijmvliezen, alert, kent mij niet maar wel haar dochter. Pols 96 reg, RR 104/62, T 36,8. Geen focale afwijkingen. Buik soepel. Rectaal: veel harde ontlasting. Lab (SO, [[DATUM|12-11]]): Na 131, kreat 102, CRP 8, Hb 7,0. Gewicht 46 → 43 kg.
Medicatie: mirtazapine 15 mg, metoprolol 50 mg, furosemide 40 mg, calciumcarbonaat, tramadol 50 mg 2dd (sinds okt. i.v.m. knie).
E: Achteruitgang bij [[LEEFTIJD|98]]-jarige met gevorderde kwetsbaarheid; bijdragend: obstipatie door tramadol, dehydratie (furosemide), mogelijk ook levensmoeheid/stervensfase.
P:
- obstipatie behandelen (klysma, daarna macrogol 2dd)
- tramadol → paracetamol 1 g 3dd
- furosemide halveren, metoprolol naar 25 mg
- gesprek met dochter en mw. over wensen: mw. wil geen ziekenhuis, geen sonde; "als het zo mag, dan is het goed"
- herbeoordeling door SO over 1 week; bij geen verbetering palliatief beleid
Besproken met [[PERSOON|G. Smit]] en dochter.

[[PERSOON|M.A. Benninga]], klinisch geriater [[ORGANISATIE|Ziekenhuis Vechtstede]]`,
  },
];
