import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h3-b01',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-h3b',
    knownNames: ['Dhr. Y. (Yassine) El Khattabi'],
    text: `CRISISDIENST - verslag beoordeling
za [[DATUM|14-02]] 22:40 - 00:15 uur, thuisbezoek [[ADRES|Goudsbloemstraat 41]], [[PLAATS|Gouda]]
Beoordelaars: [[PERSOON|L. Vos]] (spv) en drs. [[PERSOON|T. Wagenaar]] (psychiater)

Aanmelding: via HAP, dienstdoend huisarts [[PERSOON|Brouwer]] belde 21:55. Zus [[PERSOON|Samira]] had de HAP gebeld omdat [[PERSOON|Yassine]] haar via whatsapp afscheidsberichten stuurde ("zorg goed voor mama"). Dhr. is in zorg bij FACT [[PLAATS|Gouda]], casemanager [[PERSOON|Ingrid Koolhaas]], laatste contact [[DATUM|9 februari]]. Bekend met recidiverende depressie, eerdere poging in 2021 (intox paracetamol).

Aanleiding: ontslag bij distributiecentrum vorige week, schulden, vriendin is per [[DATUM|1 feb]] vertrokken. Slaapt slecht, eet nauwelijks, blowt meer dan normaal (4-5 joints/dag).

Bij onderzoek: 34-jarige man, onverzorgd, zit op de grond in de woonkamer. Contact moeizaam op gang, later beter. Stemming somber, affect vlak. Concrete suïcidegedachten, had touw gekocht, dit ligt in de schuur. Geen psychotische kenmerken. Kan zich NIET goed distantiëren, wel ambivalent ("voor mijn moeder zou ik het niet moeten doen").

Risicotaxatie: hoog. Beschermende factoren: zus, moeder, religie. Geen wapens in huis, touw meegenomen door zus.

Beleid:
- vrijwillige opname aangeboden, dhr. weigert, wil niet naar "die kliniek in [[PLAATS|Leiden]]"
- afgesproken: zus [[PERSOON|Samira El Khattabi]] blijft vannacht slapen, IHT-team start morgen (zo [[DATUM|15-02]]) om 11:00
- zo nodig Oxazepam 10 mg mee, 3 stuks, door zus te beheren
- bij toename: direct bellen crisisdienst [[TELEFOON|0182-593100]]
- mail aan casemanager [[PERSOON|Koolhaas]] en huisarts dr. [[PERSOON|Hoogendoorn]] (praktijk [[ORGANISATIE|Huisartsen De Korte Akker]])

Telefoon zus: [[TELEFOON|06-41837265]]

[[PERSOON|lv]] / [[PERSOON|TW]]`,
  },
  {
    id: 'h3-b02',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-h3b',
    knownNames: ['Mw. S. (Shanti) Jagesar'],
    text: `ochtenddienst. [[PERSOON|Shanti]] was om 7.15 al wakker, zat aangekleed op de bank, trui binnenstebuiten maar wilde geen hulp dus zo gelaten. Ontbijt goed gegeten (2 bruin met pindakaas). Medicatie 8.00 ingenomen met yoghurt, geen bijzonderheden. 9.30 opgehaald door taxi naar dagbesteding [[ORGANISATIE|De Kleine Smidse]].
Moeder (mw. [[PERSOON|Jagesar-Ramlal]]) belde, ze komt zondag [[DATUM|16/3]] rond 14.00 om [[PERSOON|S.]] mee te nemen naar de verjaardag van oom [[PERSOON|Ravi]] in [[PLAATS|Den Haag]]. Graag tas klaarzetten met reservekleding en Tena.
- [[PERSOON|nk]]`,
  },
  {
    id: 'h3-b03',
    genre: 'mdo',
    setting: 'GGZ',
    author: 'auteur-h3b',
    text: `FACT-bord bespreking team [[PLAATS|Alphen aan den Rijn]] - dinsdag [[DATUM|11 maart]]
Aanwezig: [[PERSOON|Marieke]] (spv, vz), [[PERSOON|Joost van Dam]] (psychiater), [[PERSOON|Hatice]] (ervaringsdeskundige), [[PERSOON|Bas]] (IPS), [[PERSOON|Gerrit-Jan]] (vpk), [[PERSOON|Wendy Pronk]] (psycholoog). Notulen: [[PERSOON|Bas]]

Op het bord (rood):
1. [[PERSOON|R. Tjon A Fong]] - depot Xeplion gemist [[DATUM|4/3]] en [[DATUM|6/3]], niet thuis getroffen. Moeder zegt dat hij bij een vriend in [[PLAATS|Leiden-Noord]] slaapt. Actie: [[PERSOON|Gerrit-Jan]] + [[PERSOON|Hatice]] morgen samen langs vriend, adres via moeder. Bij geen contact voor vrijdag: overleg met [[PERSOON|Joost]] over zorgmachtiging-traject, wijkagent ([[PERSOON|Verbeek]]) inlichten.
2. mw. [[PERSOON|Dijkstra]] ([[PERSOON|Tjitske]]) - opname HIC sinds [[DATUM|2 maart]], gaat goed, verlof vanaf volgende week. Terugkeer naar [[ORGANISATIE|Beschermd Wonen Het Rietland]] besproken met woonbegeleider [[PERSOON|Annelies]]. Blijft rood tot ontslag.
3. [[PERSOON|Kowalski, P.]] - dreigende huisuitzetting [[ADRES|Raadhuisstraat 77b]]. Schuldhulp loopt. [[PERSOON|Marieke]] belt woningcorporatie.

Naar oranje: dhr. [[PERSOON|Oosterhout]]. Naar groen: [[PERSOON|Fenna]] ([[PERSOON|F. de Wit]]), [[PERSOON|Mohamed Azzouzi]].

Nieuw aangemeld: 41-jarige vrouw, verwezen door POH-GGZ praktijk [[ORGANISATIE|Gezondheidscentrum Ridderveld]], intake door [[PERSOON|Wendy]] [[DATUM|18-03]].

Overig: [[PERSOON|Joost]] met vakantie [[DATUM|24 t/m 28 maart]], waarneming door dr. [[PERSOON|S. Lamberts]].`,
  },
  {
    id: 'h3-b04',
    genre: 'email',
    setting: 'GGZ',
    author: 'auteur-h3b',
    text: `Van: [[PERSOON|Hanneke Stolk]] <[[EMAIL|h.stolk@ggzrijnveen.nl]]>
Verzonden: woensdag [[DATUM|5 maart 2025]] 16:02
Aan: [[EMAIL|wijkbeheer.noord@woonstedelijk.nl]]
CC: [[PERSOON|Vermeulen, D.]]
Onderwerp: RE: overlastmelding [[ADRES|Van Beethovenlaan 212]]

Beste [[PERSOON|Danny]],

Dank voor je mail. Ik heb gisteren met mw. [[PERSOON|Ouali]] gesproken, met haar toestemming reageer ik. Ze herkent dat het de afgelopen weken 's nachts onrustig was, ze had haar medicatie zelf afgebouwd. Inmiddels is dat weer opgepakt en komen wij 2x per week langs. Ik stel voor dat we volgende week samen met haar en de buurvrouw (mw. [[PERSOON|Hofman]] van nr. 210?) in gesprek gaan. Donderdag [[DATUM|13/3]] om 10.00 zou mij passen.

Een waarschuwingsbrief op dit moment zou volgens mij averechts werken.

Met vriendelijke groet,

[[PERSOON|Hanneke Stolk]]
Sociaal psychiatrisch verpleegkundige | FACT [[PLAATS|Zoetermeer]]
[[ORGANISATIE|GGZ Rijnveen]]
T [[TELEFOON|079 - 330 41 88]] | M [[TELEFOON|06 2874 1190]]
[[URL|www.ggzrijnveen.nl]]
Ik werk ma, di en do.

-----Oorspronkelijk bericht-----
Van: [[PERSOON|Danny Vermeulen]] <[[EMAIL|d.vermeulen@woonstedelijk.nl]]>
Verzonden: maandag [[DATUM|3 maart 2025]] 09:14
Aan: [[PERSOON|Hanneke Stolk]]
Onderwerp: overlastmelding [[ADRES|Van Beethovenlaan 212]]

Goedemorgen mevrouw [[PERSOON|Stolk]],

Wij ontvingen opnieuw klachten over geluidsoverlast (harde muziek, schreeuwen) in de woning van uw cliënte mw. [[PERSOON|N. Ouali]], [[ADRES|Van Beethovenlaan 212]], [[POSTCODE|2717 BK]] [[PLAATS|Zoetermeer]], op [[DATUM|22]], [[DATUM|25]] en [[DATUM|28 februari]]. Dit is de derde melding dit jaar. Wij overwegen een officiële waarschuwing. Kunt u mij bellen?

Mvg,
[[PERSOON|D. Vermeulen]]
wijkconsulent
[[TELEFOON|088-2010450]]`,
  },
  {
    id: 'h3-b05',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-h3b',
    knownNames: ['Mw. K. (Katarzyna) Nowak'],
    text: `Tel. contact crisisdienst 03:20. Mw belt zelf, huilend, kan niet slapen, hoort weer "de stem van [[PERSOON|Tomasz]]" (ex). Geen suïcidale uitingen, geen plan. Alcohol: 3 bier. Afgesproken: extra quetiapine 25 mg uit eigen voorraad, thee, morgen 9.00 zelf bellen met FACT ([[PERSOON|Ruud]]). Mw kan hiermee instemmen, klinkt aan eind gesprek rustiger.
Terugbelnummer [[TELEFOON|06-19273840]]
[[PERSOON|mvdb]] spv nachtdienst`,
  },
  {
    id: 'h3-b06',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-h3b',
    knownNames: ['Dhr. H.J.M. (Huub) Vencken'],
    text: `Evaluatie ondersteuningsplan - halfjaarlijks
Datum gesprek: [[DATUM|27-01-2025]]
Aanwezig: [[PERSOON|Huub]], zijn zus [[PERSOON|Mieke Lemmens-Vencken]] (wettelijk vertegenwoordiger, mentor), pb [[PERSOON|Sanne Coenen]], gedragsdeskundige [[PERSOON|Jos van Ooijen]]

Algemeen
[[PERSOON|Huub]] (57) woont sinds 2009 op groep 3 van woonvorm [[ORGANISATIE|De Meidoorn]] in [[PLAATS|Boxmeer]]. Hij heeft het syndroom van Down en sinds ongeveer 2 jaar de diagnose dementie (Alzheimer type), vastgesteld door AVG dr. [[PERSOON|Peeters]]. De achteruitgang is het laatste half jaar duidelijk merkbaar.

Doel 1: zelfstandig aankleden
Lukt steeds minder. Hij pakt kleding in verkeerde volgorde. We leggen nu de kleding op volgorde op de stoel, dat helpt. Doel aangepast naar: "[[PERSOON|Huub]] kleedt zich aan met kleding klaargelegd en verbale aanwijzingen".

Doel 2: meedoen met dagbesteding
[[PERSOON|Huub]] gaat nog 3 ochtenden naar de houtwerkplaats van [[ORGANISATIE|Zorgboerderij 't Hoogeind]] in [[PLAATS|Vierlingsbeek]]. Begeleider daar ([[PERSOON|Frank]]) geeft aan dat hij moe wordt na 10.30. Afspraak: vanaf [[DATUM|1 maart]] ophalen om 11.00 ipv 12.30.

Doel 3: contact met familie
Zus [[PERSOON|Mieke]] komt elke zondag. Broer [[PERSOON|Sjef]] woont in [[PLAATS|Kerkrade]] en belt eens per 2 weken, [[PERSOON|Huub]] herkent zijn stem nog. [[PERSOON|Mieke]] vraagt of we videobellen kunnen proberen, [[PERSOON|Sanne]] zoekt uit.

Gezondheid
Slikproblemen nemen toe, 2x verslikt bij de warme maaltijd in januari. Logopedist komt [[DATUM|12 februari]] voor slikonderzoek. Gewicht stabiel.

Afspraken
- [[PERSOON|Jos]] maakt signaleringsplan rond onrust in de avond (sundowning?)
- volgende evaluatie juli
- [[PERSOON|Mieke]] wil betrokken worden bij gesprek over wilsverklaring / behandelgrenzen met de AVG

[[PERSOON|S. Coenen]], persoonlijk begeleider`,
  },
  {
    id: 'h3-b07',
    genre: 'verwijzing',
    setting: 'GGZ',
    author: 'auteur-h3b',
    text: `[[ORGANISATIE|GGZ Maasdelta]]
FACT [[PLAATS|Spijkenisse]]
[[ADRES|Hoogwerf 30]]
[[POSTCODE|3201 AH]] [[PLAATS|Spijkenisse]]

Aan: Centrale Toegang Beschermd Wonen regio [[PLAATS|Rotterdam]]
t.a.v. intakecoördinator mw. [[PERSOON|B. Sardjoe]]

[[PLAATS|Spijkenisse]], [[DATUM|20 januari 2025]]

Betreft: aanmelding beschermd wonen
Naam: dhr. [[PERSOON|Jurgen Isenia]]
Geboortedatum: [[DATUM|03-08-1996]]
BSN: [[BSN|418792744]]
Adres: [[ADRES|Marijkelaan 15 A]], [[POSTCODE|3202 GB]] [[PLAATS|Spijkenisse]] (woont bij moeder)
Telefoon: [[TELEFOON|06-84450217]]
Cliëntnummer GGZ: [[ID|20481736]]

Geachte mevrouw [[PERSOON|Sardjoe]],

Hierbij meld ik dhr. [[PERSOON|Isenia]] aan voor een plek in beschermd wonen, bij voorkeur 24-uurs begeleiding.

Dhr. is een 28-jarige man, geboren op Curaçao, sinds zijn 12e in Nederland. Sinds 2017 bekend met schizofrenie, paranoïde type, daarnaast cannabisgebruik (in remissie sinds 8 mnd). Er waren 3 klinische opnames, laatste in [[ORGANISATIE|Kliniek Oude Maas]] van [[DATUM|12 juni]] tot [[DATUM|23 september 2024]]. Medicatie: clozapine 350 mg, spiegel stabiel.

Reden aanmelding: de thuissituatie bij moeder (mw. [[PERSOON|Isenia-Martina]]) is niet langer houdbaar. Moeder is zelf ziek (nierdialyse 3x/wk) en geeft aan de zorg niet meer te kunnen dragen. Dhr. heeft hulp nodig bij dagstructuur, medicatie, geldzaken (bewindvoerder: [[ORGANISATIE|Bewindvoering Voorne]], dhr. [[PERSOON|Kleijwegt]]) en het onderhouden van contacten. Zelfstandig wonen met ambulante begeleiding is eerder geprobeerd (2022?) en mislukt door vervuiling en terugval.

Dhr. is zelf gemotiveerd. Hij heeft een voorkeur voor een locatie in of dichtbij [[PLAATS|Hoogvliet]], waar zijn broer woont.

Bijgevoegd: laatste behandelplan, signaleringsplan, rapportage risicotaxatie (HKT-R).

Met vriendelijke groet,

[[PERSOON|R. Hoekstra]]
sociaal psychiatrisch verpleegkundige / casemanager
[[TELEFOON|010 - 714 22 60]]
[[EMAIL|r.hoekstra@ggzmaasdelta.nl]]`,
  },
  {
    id: 'h3-b08',
    genre: 'rapportage',
    setting: 'GGZ',
    author: 'auteur-h3b',
    knownNames: ['Dhr. E. (Emre) Yıldız'],
    text: `ma [[DATUM|10/02]] 10:15 - [[PERSOON|Emre]] niet naar IPS-afspraak gegaan, lag nog op bed. Na 2x kloppen wel opengedaan. Kamer erg rommelig, vuile borden. Samen 20 min opgeruimd. Hij zegt "gewoon moe". /[[PERSOON|JB]]

ma [[DATUM|10/02]] 21:40 - Avondmedicatie (aripiprazol) aangenomen. Zat met [[PERSOON|Kees]] en [[PERSOON|Rachid]] in de gezamenlijke ruimte FIFA te spelen, gezellig. /[[PERSOON|mo]]

di [[DATUM|11/02]] 14:00 - Gesprek met mentor [[PERSOON|Jan-Willem]] (pb). [[PERSOON|E.]] vertelt dat zijn vader in [[PLAATS|Veenendaal]] weer contact zoekt, dit maakt hem onrustig. Hij weet niet of hij dat wil. Afgesproken dat hij hier met [[PERSOON|Annemiek]] (spv FACT) over praat do [[DATUM|13/2]]. /[[PERSOON|JWK]]

wo [[DATUM|12/02]] 08:30 - Nachtdienst meldt: om 02.00 muziek aan, na aanspreken uit. Verder rustig. /[[PERSOON|fvh]]

wo [[DATUM|12/02]] 16:20 - Huurbetaling besproken, er staat nog 140 euro open bij [[ORGANISATIE|Beschermd Wonen De Steiger]]. [[PERSOON|E.]] belt zelf met bewindvoerder (mw. [[PERSOON|Gerritsen]], [[TELEFOON|030-6051122]]). Hij heeft gebeld, wordt geregeld. Compliment gegeven. /[[PERSOON|JB]]

do [[DATUM|13/02]] - spv [[PERSOON|A. Doornbos]] geweest, zie verslag FACT. [[PERSOON|Emre]] wil vader voorlopig niet zien. Hij wil wel een brief schrijven. /[[PERSOON|JWK]]`,
  },
  {
    id: 'h3-b09',
    genre: 'crisis',
    setting: 'GHZ',
    author: 'auteur-h3b',
    knownNames: ['Dhr. M. (Marlon) Pinas'],
    text: `Incident / crisis - woonvorm [[ORGANISATIE|Het Zwanenhof]], [[PLAATS|Waalwijk]]
vrijdag [[DATUM|7 februari]], 18:45

Wat gebeurde er:
[[PERSOON|Marlon]] kwam terug van bezoek aan zijn vriendin op de woning in de [[ADRES|Akkerstraat 9]] (ook cliënte van ons) en was zeer geagiteerd. Hij riep dat de buren camera's in zijn kamer hebben gehangen en dat hij "ze gaat pakken". Heeft met de voet de deur van de keuken ingetrapt, ruit gebarsten. Medebewoners ([[PERSOON|Gijs]], [[PERSOON|Ilse]]) zijn met collega [[PERSOON|Dewi]] naar groep 2 gegaan.

Acties:
- 18:50 achterwacht gebeld, gedragsdeskundige [[PERSOON|P. Janssens]] niet bereikbaar, daarna teamleider [[PERSOON|Erwin]]
- 19:05 zo nodig lorazepam 1 mg aangeboden, genomen
- 19:20 geen verbetering, dreigend naar begeleiding toe, crisisdienst GGZ gebeld via [[TELEFOON|013-4655000]]
- 19:10 ouders gebeld (moeder, [[TELEFOON|06-30918462]]), ze komen niet, vader wil morgen bellen
- 20:15 crisisdienst ter plaatse: arts dr. [[PERSOON|Van Hal]] en spv [[PERSOON|Yvonne]]. Na gesprek van ongeveer een uur was [[PERSOON|M.]] rustiger. Beoordeling: vermoedelijk psychotische decompensatie bij LVB (IQ ~62), mogelijk ook door cannabis. Geen opname nodig op dit moment, wel start haloperidol 1 mg 2dd. Recept via dienstapotheek.
- Morgen om 10.00 belt de crisisdienst opnieuw. AVG dr. [[PERSOON|Kuijpers]] wordt maandag geïnformeerd.

Nachtdienst extra ingezet ([[PERSOON|Harm]]). Deur is met karton dichtgemaakt, melding technische dienst gedaan.

MIC-melding gedaan nr. [[ID|25011733]].

Ingevuld door: [[PERSOON|Stefanie van Gils]]`,
  },
  {
    id: 'h3-b10',
    genre: 'email',
    setting: 'GHZ',
    author: 'auteur-h3b',
    text: `Onderwerp: verslag gesprek + vervolg
Van: [[EMAIL|marloes.bijl@stichtinglindehoeve.nl]]
Aan: [[EMAIL|fam.vandenheuvel67@gmail.com]]
Datum: [[DATUM|24-10-2024]]

Beste [[PERSOON|Ria]] en [[PERSOON|Wim]],

Fijn dat jullie gisteren tijd hadden om met ons over [[PERSOON|Daan]] te praten. Hierbij een korte samenvatting, zoals afgesproken.

- [[PERSOON|Daan]] slaapt sinds de verhuizing naar [[ORGANISATIE|Lindehoeve De Vlinder]] slechter. Hij wordt vaak rond 4.00 wakker en loopt dan rond. We gaan 4 weken een slaaplog bijhouden.
- De AVG (dr. [[PERSOON|Rutten]]) kijkt naar zijn medicatie en wil ook zijn schildklierwaarden laten prikken.
- Jullie gaven aan dat [[PERSOON|Daan]] thuis veel baat had bij zijn verzwaringsdeken. Kunnen jullie die meenemen als jullie [[DATUM|2 november]] komen?
- Vanaf [[DATUM|4 november]] gaat [[PERSOON|Daan]] naar de nieuwe dagbestedingslocatie, [[ORGANISATIE|Atelier De Kwast]]. Eerste week begeleidt [[PERSOON|Yusuf]] (zijn vaste pb) hem.

Het ondersteuningsplan staat in het cliëntportaal, zie [[URL|https://mijn.stichtinglindehoeve.nl/portaal]]. Willen jullie het lezen en digitaal ondertekenen?

Vragen kunnen altijd, ik ben bereikbaar op [[TELEFOON|0343-758210]] (ma t/m do).

Hartelijke groet,
[[PERSOON|Marloes Bijl]]
orthopedagoog
[[ORGANISATIE|Stichting Lindehoeve]], locatie [[PLAATS|Doorn]]`,
  },
  {
    id: 'h3-b11',
    genre: 'mdo',
    setting: 'GHZ',
    author: 'auteur-h3b',
    knownNames: ['Mw. A. (Aaltje) Bosman'],
    text: `MDO [[DATUM|19-11]]
Cliënt: [[PERSOON|Aaltje Bosman]]
Aanwezig: AVG dr. [[PERSOON|M. Verschuren]], gedragsdeskundige [[PERSOON|Lotte]], pb [[PERSOON|Karin de Graaf]], fysio [[PERSOON|Tim]], zwager en curator dhr. [[PERSOON|Hulshof]] (telefonisch)

Mw. is [[LEEFTIJD|90]] jaar (geb. [[DATUM|02-06-1934]]), woont sinds 1978 binnen de organisatie, nu op woonvorm [[ORGANISATIE|Huize Eikelenburg]] in [[PLAATS|Zeist]]. Ernstige verstandelijke beperking, epilepsie (al 11 jaar aanvalsvrij), hartfalen.

Bespreekpunten
1. Valincidenten: 3x in oktober, laatste [[DATUM|30/10]] met hoofdwond. Fysio: spierkracht benen fors afgenomen, loopt onveilig met rollator. Advies: rolstoel buitenshuis, binnen onder begeleiding. Sensor (uitbedmelding) bespreken als maatregel onvrijwillige zorg? [[PERSOON|Lotte]] neemt stappenplan Wzd op zich.
2. Eten/drinken: mw. eet slecht, gewicht -3 kg in 2 mnd. Diëtist inschakelen. Zwager vraagt of dat bij haar leeftijd nog zin heeft. Dr. [[PERSOON|Verschuren]] licht toe dat het om comfort gaat, niet om levensverlenging.
3. Behandelbeleid: NR-beleid vastgelegd op [[DATUM|14-03-2022]]. Besproken: geen ziekenhuisopname meer, behalve bij comfortindicatie (bv. heupfractuur). Zwager akkoord, wil dit nog met zijn vrouw ([[PERSOON|Jantje]], zus van mw.) bespreken.
4. Mw. zingt nog graag, vooral "Daar bij die molen". [[PERSOON|Karin]] regelt muziektherapie.

Actiepunten
- [[PERSOON|Lotte]]: Wzd-stappenplan sensor, voor [[DATUM|3 december]]
- [[PERSOON|Karin]]: diëtist + muziektherapie aanvragen
- Dr. [[PERSOON|Verschuren]]: behandelbeleid vastleggen in dossier na terugkoppeling curator

Volgend MDO: februari.
vslg [[PERSOON|KdG]]`,
  },
  {
    id: 'h3-b12',
    genre: 'begeleiding',
    setting: 'wijk',
    author: 'auteur-h3b',
    knownNames: ['Mw. G. (Grietje) Postma-de Boer'],
    text: `Huisbezoek spv ouderen, [[DATUM|4 april]]
Mw. [[PERSOON|Postma]] is [[LEEFTIJD|93]], woont alleen in haar benedenwoning aan de [[ADRES|Dorpsstraat 118]] in [[PLAATS|Nieuwerkerk aan den IJssel]]. Wijkverpleging ([[ORGANISATIE|Thuiszorg Hollandse IJssel]]) komt 2x per dag. Verwezen door huisarts [[PERSOON|Van der Linden]] ivm somberheid sinds overlijden van haar zoon [[PERSOON|Klaas]] in januari.

Mw. zat bij het raam, had de gordijnen half dicht. Vertelt veel over [[PERSOON|Klaas]], huilt daarbij, kan ook lachen om herinneringen. Zegt: "ik ben te oud, ik hoef niet meer zo nodig". Doorgevraagd: geen actieve doodswens, geen plannen, wel moe van het leven. Slaapt onrustig, eetlust matig. Cognitief redelijk, MMSE vorig jaar 25.

Dochter [[PERSOON|Hennie]] ([[PERSOON|H. Verduijn-Postma]], [[TELEFOON|06-53361704]]) woont in [[PLAATS|Grou]] en komt eens per maand. Buurman dhr. [[PERSOON|Smit]] doet de boodschappen, gaat elke zaterdag met haar naar de markt.

Indruk: rouw met depressieve kenmerken, geen ernstige depressie. Geen indicatie voor medicatie op dit moment, wel afgesproken:
- ik kom 1x per 2 weken, volgende keer [[DATUM|18-04]]
- vrijwilliger van de ouderenbond vragen voor wekelijks bezoek
- afstemmen met wijkverpleegkundige [[PERSOON|Esther]] over signalen (eten, bed niet uit)

[[PERSOON|A. van Wijk]], spv`,
  },
];
