import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h5-a13',
    genre: 'verwijzing',
    setting: 'wijk',
    author: 'auteur-h5a',
    knownNames: ['Mw. A. (Aaltje) Feenstra-Tjalma'],
    text: `VERWIJZING ergotherapie / casemanagement dementie
Datum verwijzing: [[DATUM|7 okt 2024]]
Verwijzer: [[PERSOON|Ilona Wiersma]], wijkverpleegkundige [[ORGANISATIE|Zorgteam Snits & Omstreken]], tel. [[TELEFOON|06-30 81 72 44]]
Aan: [[ORGANISATIE|Ergotherapiepraktijk Het Harnas]] en casemanager dementie [[PERSOON|Marleen Wouda]]

Cliënt: mw. [[PERSOON|A. Feenstra-Tjalma]], geb. [[DATUM|24-9-1932]] ([[LEEFTIJD|92]] jaar)
[[ADRES|Oosterdijk 52-1]], [[POSTCODE|8601 BV]] [[PLAATS|Sneek]], tel. [[TELEFOON|0515 41 27 09]]
HA: [[PERSOON|T. Rosaria]]

Reden verwijzing
Mw. woont alleen sinds overlijden echtgenoot (2023). Afgelopen 6 weken 3x gevallen, 1x 's nachts op weg naar toilet, lag toen tot de ochtend op de grond. Drempels in de gang, losse kleedjes, badkamer met opstapje. Mw. wil per se thuis blijven ("hier ben ik geboren, hier ga ik dood"), familie noemt haar "[[PERSOON|Aal]]" en ziet het met zorg aan.

Medisch
- vasculaire dementie, MMSE 19 (d.d. [[DATUM|3-9]])
- M. Menière, duizeligheid wisselend
- artrose beide knieën, osteoporose (alendroninezuur)
- visus matig, bril

Huidige zorg
Wijkverpleging 2x daags (ochtendzorg, medicatie), alarmering aanwezig maar draagt knop niet altijd. Zoon [[PERSOON|Hessel]] woont in [[PLAATS|Heeg]] en komt 2x per week, boodschappen via de Jumbo-bezorgservice.

Vraag aan ergotherapie
Huisbezoek voor valpreventie en woningaanpassing. Aanvraag Wmo (traplift/drempels) bij gemeente [[PLAATS|Súdwest-Fryslân]] is in voorbereiding.

Vraag aan casemanager
Ondersteuning mw. en zoon, toekomstperspectief, evt. dagbesteding.

Met vriendelijke groet,
[[PERSOON|I. Wiersma]]`,
  },
  {
    id: 'h5-a14',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h5a',
    knownNames: ['Dhr. T. Ghebremedhin'],
    text: `Consult [[DATUM|16-02-2024]] – spreekuur [[ORGANISATIE|Gezondheidscentrum De Dollard]]
Tolk telefonisch (Tigrinya), tolk [[PERSOON|Mehari]]. Neef [[PERSOON|Yonas Tekle]] ook aanwezig.

S: sinds 2 wk hoesten, sinds enkele dagen koorts en nachtzweten, moet bed verschonen. Gewicht afgenomen, broek zit losser (schat 4 kg). Geen hemoptoë. Rookt niet. Werkt in ploegendienst bij [[ORGANISATIE|Vleeswarenfabriek Dollardvlees]], collega's ook verkouden. Kwam in 2019 via Ethiopië en Libië naar NL, woont sinds 2021 met neef in [[PLAATS|Winschoten]]. Geen bekende contacten met tbc.

O: matig ziek. Temp 38,1 °C. RR 118/72, pols 96 reg, AH 22, sat 95%. Auscultatie: crepitaties re basaal, verder VAG. Gewicht 58 kg, lengte 1,76 m, BMI 18,7. Geen lymfeklieren palpabel. CRP 86.

E: pneumonie re onderkwab, DD tbc gezien herkomst, nachtzweten en gewichtsverlies.

P:
- amoxicilline 750 mg 3dd 7 dagen
- X-thorax vandaag, aanvraag meegegeven
- sputum 3x ochtendsputum inleveren bij het lab
- Mantoux/IGRA via GGD tbc-bestrijding, assistente belt voor afspraak
- uitleg via tolk over hoesthygiëne; advies niet naar werk tot uitslag X-thorax
- controle ma [[DATUM|19/2]], eerder bij benauwdheid of hoge koorts
- werkgever: ziekmelding door pt. zelf, neef helpt

Neef telefoon: [[TELEFOON|06 8412 0937]]
Pt.nr. [[ID|100447192]]
/[[PERSOON|EvdM]]`,
  },
  {
    id: 'h5-a15',
    genre: 'mdo',
    setting: 'GHZ',
    author: 'auteur-h5a',
    knownNames: ['Mw. R. (Rania) Al-Hamwi'],
    text: `Multidisciplinair overleg – [[ORGANISATIE|Stichting Esch en Veen]]
Woonvorm [[ORGANISATIE|De Boshoek]], [[PLAATS|Emmen]]
[[DATUM|20 juni 2024]], 13:30–14:30

Aanwezig: AVG dr. [[PERSOON|P. Girigorie]], gedragsdeskundige [[PERSOON|Lotte Schuiling]], PB'er [[PERSOON|Demi]], vader [[PERSOON|Khaled Al-Hamwi]], moeder [[PERSOON|Huda Al-Hamwi]] (tolk Arabisch: dhr. [[PERSOON|Haddad]])

[[PERSOON|Rania]] (19) heeft het syndroom van Down, woont sinds [[DATUM|1 februari]] op de groep. ZZP VG-05, Wlz-indicatie CIZ tot 2026.

Wonen en dagbesteding
[[PERSOON|Rania]] went steeds beter. Ze gaat 4 dagen naar [[ORGANISATIE|Dagcentrum Het Ambacht]] in [[PLAATS|Emmer-Compascuum]], werkt graag in de keuken. Op vrijdag gaat ze naar huis in [[PLAATS|Bargeres]]. Ouders merken dat ze op zondag moeite heeft met teruggaan.

Communicatie
Thuis Arabisch, op de groep Nederlands met ondersteunende gebaren. Gedragsdeskundige adviseert pictogrammen in beide talen. Moeder maakt foto's van familie voor op haar kamer.

Gezondheid
- hypothyreoïdie, levothyroxine 75 mcg, TSH [[DATUM|3-6]] normaal
- OSAS, CPAP wordt slecht verdragen
- gewicht 71 kg, BMI 30
- jaarlijkse screening volgens DSDS (dementie bij Down) start vanaf 30 jaar, nu nog niet
- audiologisch onderzoek aangevraagd

Afspraken
1. PB'er maakt dagprogramma met pictogrammen (voor [[DATUM|15/7]])
2. AVG belt KNO over CPAP-alternatief
3. zondagavond: vader brengt [[PERSOON|Rania]], PB'er vangt op
4. evaluatie in MDO december

Verslag: [[PERSOON|L. Schuiling]]`,
  },
  {
    id: 'h5-a16',
    genre: 'email',
    setting: 'GHZ',
    author: 'auteur-h5a',
    text: `Van: [[PERSOON|Marieke Pranger]] <[[EMAIL|m.pranger@zorgkringdz.nl]]>
Aan: [[EMAIL|t.statia@mentorbureaulindestroom.nl]]
Datum: [[DATUM|12-03-2024]] 11:07
Onderwerp: toestemming tandheelkundige behandeling dhr. [[PERSOON|G. Kroeze]] (cl.nr. [[ID|20190447]])

Beste mevrouw [[PERSOON|Statia]],

Ik mail u als EVV van dhr. [[PERSOON|Gerrit Kroeze]], voor wie u mentor bent.

[[PERSOON|Gerrit]] heeft al een paar weken pijn in zijn mond. Hij eet slecht, slaat met zijn hand tegen zijn wang en is 's nachts onrustig. Tandarts [[PERSOON|Van der Veen]] van [[ORGANISATIE|Tandartsenpraktijk De Kies]] heeft hem vorige week gezien, maar onderzoek was lastig. Zij vermoedt twee kiezen met een ontsteking en adviseert behandeling onder narcose in het ziekenhuis, bij de afdeling bijzondere tandheelkunde.

Hiervoor is uw toestemming nodig als mentor. Er is een voorlopige datum: do [[DATUM|21 maart]], opname 07:30, hij mag vanaf 00:00 niet meer eten. Wij zorgen voor vervoer en een begeleider die hij goed kent ([[PERSOON|Hans]]).

Zijn zus [[PERSOON|Hillie]] is op de hoogte en staat achter de behandeling.

Wilt u mij laten weten of u akkoord gaat? Het formulier van het ziekenhuis stuur ik als bijlage mee. U kunt mij ook bellen.

Met vriendelijke groet,

[[PERSOON|Marieke Pranger]]
EVV woonlocatie [[ORGANISATIE|De Korenbloem]]
[[ORGANISATIE|Stichting Zorgkring Drenthe-Zuid]]
[[ADRES|Wolfsbosstraat 30]], [[POSTCODE|7902 ta]] [[PLAATS|Hoogeveen]]
T [[TELEFOON|0528 - 27 63 10]] | M [[TELEFOON|+31 6 4123 8876]]
Bereikbaar ma, di en do`,
  },
  {
    id: 'h5-a17',
    genre: 'overdracht',
    setting: 'ZKH',
    author: 'auteur-h5a',
    knownNames: ['Dhr. A. (Albert) Huizinga'],
    text: `SBAR-overdracht dienst → avonddienst, [[DATUM|21-03-2024]] 15:15
[[ORGANISATIE|Ziekenhuis Stadspark]], afd. C3 Interne, kamer 12 bed 3

S: dhr. opgenomen via SEH vannacht met hyperkaliëmie en verslechterde nierfunctie. Nu suf maar wekbaar, EMV 14.

B: 88 jr, uit [[PLAATS|Ten Boer]]. DM2 (insuline), hartfalen, CNI st. 4. Thuis spironolacton en ramipril, sinds [[DATUM|10/3]] ibuprofen van de Kruidvat tegen rugpijn. Woont met echtgenote [[PERSOON|Trijntje]], thuiszorg via [[ORGANISATIE|Thuiszorg Ommelandstroom]].

A:
- lab 06:00: K 6,4 → 13:00: K 5,6. Na 128, kreat 212 (was 140), ureum 28
- glucose-insuline infuus gestopt om 10:00, glucose 4-uurs, laatste 8,9
- Novorapid volgens schema, Levemir 18 E om 22:00
- RR 104/58, pols 62, sat 94% met 2 l O2, temp 36,9
- diurese 40 ml/u, blaaskatheter sinds 03:00
- ECG 12:00 spitse T-toppen verdwenen
- NR-beleid besproken met pt. en echtgenote, vastgelegd [[DATUM|21-3]]

R:
- kalium controle 19:00, bij K > 6,0 arts-assistent [[PERSOON|Benali]] bellen, sein [[ID|4417]]
- vochtbalans bijhouden, gewicht morgen 06:00
- echtgenote komt 18:30 met zoon [[PERSOON|Jaap]], zij willen arts spreken
- ibuprofen staat als CI in dossier, apotheek [[ORGANISATIE|Apotheek Ten Boer-Centrum]] gebeld door zaalarts

Overgedragen door [[PERSOON|S. Çelik]] aan [[PERSOON|Marloes]]
Patiëntnr. [[ID|8812034]]`,
  },
  {
    id: 'h5-a18',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-h5a',
    knownNames: ['Mw. G. (Grietje) Halbesma-Wiersma'],
    text: `[[DATUM|04-03]] 07:30 – Mw. al wakker, hoest veel, geeft groen slijm op. Temp 37,8. Ontbijt half gegeten. Na overleg met SO [[PERSOON|Latumahina]] sputum afgenomen. – [[PERSOON|dh]]

[[DATUM|04-03]] 14:10 – Mw. heeft ’s middags geslapen. Drinkt slecht, 600 ml tot nu toe. Dochter [[PERSOON|Hiltsje]] gebeld, komt vanavond. – [[PERSOON|AT]]

[[DATUM|5 mrt]] 08:00 – SO geweest: luchtweginfectie, start amoxicilline/clavulaanzuur 500/125 3dd, apotheek [[ORGANISATIE|Apotheek De Wielewaal]] levert om 11:00. – [[PERSOON|dh]]

[[DATUM|5 mrt]] 20:45 – Mw. is vandaag [[LEEFTIJD|96]] geworden! Ondanks verkoudheid taart gegeten met de familie in de huiskamer van [[ORGANISATIE|Woonzorgcentrum De Harne Toer]]. Kleindochter [[PERSOON|Tjitske]] heeft foto's gemaakt. Dominee [[PERSOON|Hofstra]] van de [[ORGANISATIE|Pelgrimskerk]] kwam ook even langs, mw. genoot. Ook de koster had een kaart gestuurd. – [[PERSOON|JvdK]]

[[DATUM|6-3-2024]] 03:15 – Nachtronde: mw. wakker, benauwd, sat 91%, rechtop gezet, daarna rustiger. Extra kussen. – [[PERSOON|Roelof]]

[[DATUM|6-3-2024]] 10:00 – Overleg SO: sat controle 3x daags, bij < 90% bellen. Mw. wil geen ziekenhuis, zoals afgesproken in ACP-gesprek ([[DATUM|14 januari]]). – [[PERSOON|AT]]

[[DATUM|7 maart]] – Mw. knapt op. Temp 37,1. Eet weer beter, krentenbol bij de koffie. Wil graag naar de markt in [[PLAATS|Franeker]] zaterdag met [[PERSOON|Hiltsje]]. – [[PERSOON|dh]]`,
  },
  {
    id: 'h5-a19',
    genre: 'crisis',
    setting: 'GHZ',
    author: 'auteur-h5a',
    knownNames: ['Dhr. D. (Dylan) Martina'],
    text: `INCIDENT / CRISIS – zo [[DATUM|17-03-2024]]
Locatie: woonvorm [[ORGANISATIE|Het Baken]], [[PLAATS|Kloosterveen]]
Melder: [[PERSOON|Mark Hadders]], begeleider

Wat gebeurde er?
Om 19:40 kwam [[PERSOON|Dylan]] thuis na weekend bij zijn moeder in [[PLAATS|Emmen]]. Hij was geagiteerd, schold op huisgenoten en sloeg met vuist de ruit van de keukendeur in. Bij aanspreken pakte hij een stoel en dreigde daarmee naar [[PERSOON|Mark]]. [[PERSOON|Mark]] heeft afstand genomen, huisgenoten naar hun kamer, collega [[PERSOON|Esther]] van woning [[ORGANISATIE|De Kompaan]] opgeroepen.
20:05 politie gebeld (112), twee agenten ter plaatse om 20:15. [[PERSOON|Dylan]] legde stoel neer, ging op de bank zitten huilen.

Letsel: snijwond re hand (ca. 2 cm), schoongemaakt, steristrips. Geen letsel bij personeel.

Medicatie z.n.: lorazepam 1 mg om 20:30 gegeven volgens signaleringsplan fase rood. Om 21:15 rustig.

Aanleiding volgens [[PERSOON|Dylan]]: vriendin [[PERSOON|Kimberley]] heeft het uitgemaakt via WhatsApp. "Iedereen laat me vallen."

Acties
- dienstdoende gedragsdeskundige [[PERSOON|S. Latuperisa]] gebeld 20:40, advies: vannacht extra wakende nacht, morgen evaluatie
- moeder mw. [[PERSOON|Martina]] geïnformeerd ([[TELEFOON|0591-63 20 18]])
- ruit dichtgemaakt met plaat, melding aan woningdienst
- MIC-melding gedaan, nr. [[ID|2024031702]]
- werk: morgen afmelden bij [[ORGANISATIE|Fietsenwerkplaats Op Weg]], begeleider daar is [[PERSOON|Gijs]]

Besproken maandag [[DATUM|18-3]] met gedragsdeskundige en PB'er; consult CCE wordt overwogen als dit vaker gebeurt.

/[[PERSOON|MH]]`,
  },
  {
    id: 'h5-a20',
    genre: 'begeleiding',
    setting: 'wijk',
    author: 'auteur-h5a',
    knownNames: ['Mw. J. (Joanna) Zielińska'],
    text: `Begeleidingsverslag Wmo – sociaal wijkteam [[PLAATS|Heechterp]]
Datum: [[DATUM|3 oktober 2024]], huisbezoek
Begeleider: [[PERSOON|Femke Koopmans]]

Mw. is moe. Werkt 32 uur per week als orderpicker bij [[ORGANISATIE|Frieso Logistiek]] in [[PLAATS|Leeuwarden-Oost]], wisselende diensten. Sinds de scheiding van [[PERSOON|Paweł]] staat ze er alleen voor met [[PERSOON|Zosia]] (7) en [[PERSOON|Kuba]] (4). [[PERSOON|Paweł]] is terug in Polen en betaalt geen alimentatie.

Financiën
Toeslagen: brief van de Belastingdienst over terugbetaling kinderopvangtoeslag. Samen de brief doorgenomen met vertaalapp. Aanmelding schuldhulp gemeente [[PLAATS|Leeuwarden]] gedaan, intake [[DATUM|17/10]]. Huur [[ORGANISATIE|Woonstichting Elfstedenhof]] loopt via automatische incasso, geen achterstand.

Kinderen
[[PERSOON|Zosia]] zit in groep 4 van [[ORGANISATIE|CBS De Kompasroas]]. Juf [[PERSOON|Ingrid]] zegt dat ze stil is en vaak moe. [[PERSOON|Kuba]] gaat 2 dagen naar de opvang, mw. zoekt opvang voor de late diensten. Buurvrouw [[PERSOON|Hatice]] past soms op.

Taal
Mw. volgt NT2-les bij [[ORGANISATIE|Taalhuis Aldlân]] op dinsdagavond, vindt het moeilijk vol te houden.

Doelen
1. overzicht in post en geld (wekelijks samen)
2. kinderopvang regelen voor avonden
3. mw. ervaart meer rust (max 1 avond per week werken)

Afspraken
- [[PERSOON|F.K.]] belt school voor gesprek over [[PERSOON|Zosia]]
- mw. vraagt rooster aan bij werkgever
- volgende afspraak do [[DATUM|10 okt.]] 09:00, [[ADRES|Valeriusstraat 18-b]]

/[[PERSOON|FK]]`,
  },
  {
    id: 'h5-a21',
    genre: 'ontslagbrief',
    setting: 'GGZ',
    author: 'auteur-h5a',
    text: `[[ORGANISATIE|GGZ Drentse Aa]] – Kliniek Acute Psychiatrie
[[ADRES|Dennenweg 5]], [[POSTCODE|9404 LA]] [[PLAATS|Assen]]

Aan: huisarts [[PERSOON|R. Sewdien]], [[ORGANISATIE|Huisartsenpraktijk Sewdien]], [[PLAATS|Hoogeveen]]
Cc: FACT [[PLAATS|Hoogeveen]], t.a.v. casemanager [[PERSOON|B. Tiesing]]

[[PLAATS|Assen]], [[DATUM|20 februari 2024]]

Betreft: dhr. [[PERSOON|Pattiasina, J.]], geb. [[DATUM|14-07-1979]], BSN [[BSN|777.155.904]]
[[ADRES|Schutstraat 61 A]], [[POSTCODE|7901EE]] [[PLAATS|Hoogeveen]]

Geachte collega,

Hierbij informeren wij u over het ontslag van uw patiënt na een klinische opname van [[DATUM|3 januari 2024]] tot heden.

Reden van opname: manische episode met psychotische kenmerken bij bekende bipolaire I-stoornis, na eigen staken van lithium in november. Opname in het kader van een crisismaatregel, later omgezet in zorgmachtiging.

Beloop: herstart lithium, spiegel laatst 0,8 mmol/l ([[DATUM|15-02]]). Tijdelijk olanzapine 10 mg, afgebouwd naar 5 mg. Slaap hersteld, stemming euthym sinds week 5. Ziekte-inzicht toegenomen. Verloven naar zus [[PERSOON|Maria Pattiasina]] in [[PLAATS|Beilen]] verliepen goed.

Diagnose (DSM-5): bipolaire I-stoornis, huidige episode manisch, ernstig, met psychotische kenmerken, in remissie.

Medicatie bij ontslag:
- lithiumcarbonaat 800 mg a.n.
- olanzapine 5 mg a.n., evaluatie FACT na 6 weken
- lithiumspiegel, nierfunctie en TSH over 3 maanden via HA

Nazorg: eerste afspraak FACT op [[DATUM|27-2]] bij casemanager [[PERSOON|Tiesing]]; psychiater FACT dr. [[PERSOON|A. Doelwijt]]. Signaleringsplan is met pt. en zus opgesteld. Werkgever ([[ORGANISATIE|Installatiebedrijf Zwiers & Zn.]]) is met toestemming geïnformeerd over geleidelijke werkhervatting.

Met vriendelijke groet,

drs. [[PERSOON|F. el Khatib]], psychiater, BIG [[ID|39065512001]]
[[PERSOON|L. Tekle]], verpleegkundig specialist GGZ`,
  },
  {
    id: 'h5-a22',
    genre: 'verwijzing',
    setting: 'VVT',
    author: 'auteur-h5a',
    text: `VERWIJZING SEH – SBAR
Van: specialist ouderengeneeskunde [[PERSOON|M. Jongen]], [[ORGANISATIE|Woonzorgcentrum Lindestate]], [[PLAATS|Wolvega]]
AGB [[ID|03087712]], bereikbaar via [[TELEFOON|0561-69 81 00]], toestel [[ID|312]]
Aan: dienstdoend chirurg SEH, [[ORGANISATIE|Streekziekenhuis Zuidoost-Friesland]]
Datum/tijd: [[DATUM|9 augustus 2024]], 16:50

Patiënt: mw. [[PERSOON|Jonker-Mulder, A.]], geb. [[DATUM|02-02-1931]], BSN [[BSN|305332429]]

S: mw. is vanmiddag rond 14:30 gevallen in de badkamer, kan niet meer staan. Re been verkort en in exorotatie. Verdenking collumfractuur re.

B: mw. is [[LEEFTIJD|drieënnegentig]] jaar, woont sinds 2022 op een somatische afdeling. Voorgeschiedenis: AF, hartfalen NYHA II, CVA 2019 zonder restverschijnselen, lichte cognitieve stoornis. Medicatie: acenocoumarol (INR [[DATUM|5-8]]: 2,8), metoprolol 50 mg, furosemide 40 mg, paracetamol. Allergie: geen bekend.
Behandelbeleid: NR, wel opname/operatie bij fractuur ter comfort, besproken met mw. en dochter.

A: pijnlijk, NRS 8. RR 156/90, pols 88 irr, sat 95%. Alert, georiënteerd in persoon. Oxycodon 5 mg om 15:10. Geen hoofdletsel.

R: graag beoordeling en zo nodig operatieve behandeling. Antistolling: INR bepalen, evt. couperen. Na ingreep graag terug naar ons (bed blijft vrij, afd. Noord). Mw. spreekt Fries, verstaat Nederlands goed. Dochter [[PERSOON|Klaske Jonker]] ([[TELEFOON|06-19 77 30 52]]) gaat mee in de ambulance.

Overdrachtsformulier verpleging en medicatieoverzicht van [[ORGANISATIE|Apotheek Wolvega-Zuid]] bijgevoegd.

[[PERSOON|M. Jongen]], SO`,
  },
  {
    id: 'h5-a23',
    genre: 'soep',
    setting: 'GHZ',
    author: 'auteur-h5a',
    knownNames: ['Dhr. Y. (Ype) de Haan'],
    text: `AVG-consult [[DATUM|14-11-2024]], woning [[ORGANISATIE|It Hûs oan 'e Dyk]], [[PLAATS|Harlingen]]
Aanwezig: PB'er [[PERSOON|Sietske]], dhr. zelf

S: begeleiding meldt dat [[PERSOON|Ype]] sinds de zomer 6 kg is aangekomen. Hij zoekt eten in de kasten van huisgenoten en heeft bij de Lidl koekjes gekocht van zijn zakgeld. Hij is vaker boos als de keuken op slot is. Slaapt slecht, snurkt volgens nachtdienst. Zit graag op het bankje bij de haven en kijkt naar de boten aan de kim.

O: gewicht 102,4 kg, lengte 1,62 m, BMI 39. RR 148/92, pols 80. Huid: intertrigo in liezen. Geen oedeem. Lab [[DATUM|7/11]]: HbA1c 58 mmol/mol, glucose nuchter 8,4, LDL 3,6, TSH normaal.

E:
- syndroom van Prader-Willi met toename hyperfagie en gewicht
- DM2 (nieuw), HbA1c 58
- verdenking OSAS
- intertrigo

P:
- start metformine 500 mg 1dd, na 2 wk 2dd
- diëtist [[PERSOON|Sietske Bosma]] (extern, [[ORGANISATIE|Diëtistenpraktijk Westergoa]]) opnieuw inschakelen
- afsluiten keuken blijft, staat als vrijheidsbeperkende maatregel in het zorgplan volgens Wzd, evaluatie met Wzd-functionaris in december
- verwijzing longarts voor slaaponderzoek
- miconazolcrème 2dd liezen
- beweegmaatje: wandelen met [[PERSOON|Gerben]] (vrijwilliger) op za

Controle over 6 weken. Ouders geïnformeerd door PB'er.
/[[PERSOON|JdJ]], AVG`,
  },
  {
    id: 'h5-a24',
    genre: 'mdo',
    setting: 'wijk',
    author: 'auteur-h5a',
    knownNames: ['Dhr. K. (Klaas) Eising'],
    text: `Wijk-MDO ouderen [[PLAATS|Hoogezand]] – [[DATUM|27 mei 2024]]
Aanwezig: HA [[PERSOON|G.H. Smit]], POH-ouderen [[PERSOON|Linda Hoving]], wijkverpleegkundige [[PERSOON|Sharon Pinas]] ([[ORGANISATIE|Thuiszorg Ommelandstroom]]), casemanager dementie [[PERSOON|Arjen Mulder]], sociaal team [[PLAATS|Sappemeer]] ([[PERSOON|Nathalie]])

Casus dhr. [[PERSOON|K. Eising]], [[LEEFTIJD|93]]-jarige man, woont met echtgenote (87, ziekte van Parkinson) in seniorenwoning.

Stand van zaken
- toenemende vergeetachtigheid, diagnose ziekte van Alzheimer [[DATUM|12-01-2024]] via geheugenpoli
- echtgenote valt vaker, is mantelzorger en zorgvrager tegelijk
- dochter [[PERSOON|Janny]] woont in [[PLAATS|Veendam]], werkt fulltime, ervaart hoge belasting (EDIZ 7)
- boodschappen via Albert Heijn bezorging, warme maaltijd 5x/wk van tafeltje-dekje

Besproken
Casemanager: dhr. zit veel stil, apathisch. Voorstel dagbesteding 2 dagen bij [[ORGANISATIE|Ontmoetingscentrum De Kalkwijk]]; dhr. twijfelt, was vroeger smid en wil "niet tussen de oude mensjes zitten". Idee: werkplaats van het ontmoetingscentrum.
Wijkvpk: ochtendzorg echtgenote 7x/wk, medicatierol dhr. via apotheek. Twee keer medicatie vergeten in mei.
HA: RR dhr. goed, nierfunctie stabiel. Overweegt bij echtgenote verwijzing naar neuroloog ivm toename Parkinson-symptomen.
Sociaal team: Wmo-aanvraag huishoudelijke hulp gemeente [[PLAATS|Midden-Groningen]] loopt. Respijtzorg mogelijk in [[ORGANISATIE|Zorghotel Het Zuiderdiep]].

Afspraken
1. casemanager regelt proefdag dagbesteding voor [[DATUM|10-06]]
2. wijkvpk start medicatie-dispenser met alarm
3. POH belt dochter over respijtzorg
4. HA: verwijzing neuroloog echtgenote

Evaluatie in MDO [[DATUM|26 augustus]].
Verslag: [[PERSOON|LH]]`,
  },
];
