import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h4-a13',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h4a',
    knownNames: ['N. (Noah) Mensah'],
    text: `TC moeder ([[PERSOON|Abena Mensah]]) 08:20, daarna consult 10:40
S: [[PERSOON|Noah]] (3 jr) sinds gisteravond koorts tot 39,4, huilt veel en trekt aan li oor. Drinkt wel, 3 natte luiers vandaag. Geen huiduitslag, niet suf, reageert normaal volgens moeder. Broertje [[PERSOON|Kwame]] had vorige week ook oorpijn. Vaccinaties volgens RVP, geen voorgeschiedenis van belang.
O: alert kind, speelt in de wachtkamer met de blokken. T 38,9 rectaal. Geen nekstijfheid, CRT < 2 sec, geen petechiën. Li trommelvlies rood en bomberend, re wat dof, geen otorroe. Keel licht rood. Longen: VAG, geen bijgeluiden, geen intrekkingen.
E: H71 otitis media acuta li.
P: uitleg natuurlijk beloop, paracetamol zetpil 240 mg max 4x/dag, NaCl neusdruppels. Geen antibiotica nu (> 2 jr, geen risicofactoren). Terug of bellen bij koorts > 3 dgn, sufheid, slecht drinken of loopoor. Info meegegeven: [[URL|https://www.thuisarts.nl/oorontsteking-bij-kinderen]]
Moeder werkt nachtdiensten, terugbellen liefst na 14:00 op [[TELEFOON|06-44120937]].
/[[PERSOON|lh]]`,
  },
  {
    id: 'h4-a14',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h4a',
    knownNames: ['Mw. G. (Geertje) Kramer-Post'],
    text: `Visite, jaarlijkse medicatiereview + vraag dochter
S: dochter [[PERSOON|Aaltje Romkes-Kramer]] (76) vraagt of moeder "nog al die pillen moet". Mw. is op [[DATUM|9 januari]] [[LEEFTIJD|101]] geworden, woont sinds 2019 in bij [[PERSOON|Aaltje]] en schoonzoon [[PERSOON|Klaas]] aan de [[ADRES|Schoolstraat 8-a]]. Slaapt veel, eet "als een musje". Geen pijn. Luistert de kerkdienst via de kerkradio. Zegt zelf: "de Heere mag me halen, als Hij wil".
O: tengere, vriendelijke vrouw, slechthorend, goed aanspreekbaar. RR 128/70, pols 68 irregulair (bekend AF). Lichte enkeloedemen bdz. Gewicht 44 kg (vorig jaar 46).
E: [[LEEFTIJD|101]]-jarige kwetsbare vrouw, stabiel, polyfarmacie (9 middelen).
P: samen met mw. en dochter besloten:
- simvastatine gestopt
- acenocoumarol: nut/risico besproken, mw. wil stoppen, dochter akkoord. Na overleg met [[ORGANISATIE|Trombosedienst Noordoostpolder]] gestopt per [[DATUM|15-01]]
- calcium/vit D en furosemide 20 mg blijven
- NR-beleid en geen ziekenhuisopname nogmaals bevestigd, staat in dossier sinds [[DATUM|3-3-2021]]
[[ORGANISATIE|Apotheek Urk-Zuid]] krijgt nieuwe lijst. Bij achteruitgang inzet wijkverpleging [[ORGANISATIE|Thuiszorg Het Baken]]. [[PERSOON|Aaltje]] weet dat ze mij direct kan bellen.
/[[PERSOON|wdb]]`,
  },
  {
    id: 'h4-a15',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h4a',
    knownNames: ['Dhr. J.R. (Jurgen) Isenia'],
    text: `S: za [[DATUM|9-3]] bij zaalvoetbal li knie verdraaid, hoorde een "knak", kon niet verder. Knie binnen 2 uur dik. Teamgenoot [[PERSOON|Rodney]] heeft hem naar huis gebracht. Sindsdien loopt hij mank, knie zwikt bij trap aflopen. Werkt als pakketbezorger, nu ziek gemeld. Geen eerdere knieproblemen.
O: li knie: hydrops +, flexie 100°, extensie -5°. Lachman li positief met zacht eindpunt, re neg. McMurray neg bdz. Collaterale banden stabiel. Geen drukpijn fibulakop of patella.
E: L96 verdenking VKB-ruptuur li knie.
P: uitleg gegeven. Koelen, paracetamol, kort naproxen 500 mg 2dd met maagbescherming. Fysio bij [[ORGANISATIE|Fysio Batau-Noord]] voor begeleiding en spierkracht. Gezien jonge sporter met instabiliteit via ZorgDomein verwezen naar orthopedie [[ORGANISATIE|Ziekenhuis Lekdal]], loc. [[PLAATS|Nieuwegein]]. Werk: loopt via arbodienst. Controle na beoordeling orthopeed of eerder bij toename zwelling/koorts.
/[[PERSOON|KB]]`,
  },
  {
    id: 'h4-a16',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-h4a',
    text: `Verwijzing dermatologie (snelverwijzing verdachte pigmentlaesie)
Aan: polikliniek dermatologie, [[ORGANISATIE|Ziekenhuis Gelderse Poort]], locatie [[PLAATS|Arnhem-Zuid]]
Van: drs. [[PERSOON|M.F. Wolters]], huisarts, [[ORGANISATIE|Huisartsen Presikhaaf]], [[PLAATS|Arnhem]] — AGB [[ID|01061273]]

Betreft: [[PERSOON|Demir, A.]] (mw. [[PERSOON|Aylin Demir]]), geb. [[DATUM|21.07.1979]]
[[ADRES|Kastanjelaan 56-II]], [[POSTCODE|6828 gh]] [[PLAATS|Arnhem]]
BSN [[BSN|105794806]] · tel [[TELEFOON|026 - 442 18 90]]

Geachte collega,

Mw. [[PERSOON|Demir]] bezocht het spreekuur op [[DATUM|28 augustus]] met een moedervlek op de rug (re scapula) die volgens haar man de laatste maanden groter en donkerder is geworden. Af en toe jeuk, niet gebloed.

Bevindingen: pigmentlaesie 9 x 6 mm, asymmetrisch, onregelmatige begrenzing, meerdere kleuren (bruin, zwart, grijsblauw centraal). Dermatoscopie: atypisch netwerk, blauwwit sluier. 7-puntschecklist: 5. Verder geen afwijkende naevi gezien. Geen palpabele klieren in oksels of hals.
Voorgeschiedenis: hypothyreoïdie, 2 sectio's. Medicatie: levothyroxine 75 mcg.
Familieanamnese: tante van vaderskant melanoom (in Turkije behandeld, details onbekend).

Conclusie/vraag: verdenking melanoom. Graag beoordeling en excisie binnen 2 weken. Foto's zijn als bijlage in ZorgDomein toegevoegd.

Mw. spreekt goed Nederlands, werkt als onderwijsassistent en is overdag telefonisch bereikbaar.

Met collegiale groet,
[[PERSOON|Wolters]]`,
  },
  {
    id: 'h4-a17',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-h4a',
    text: `ZorgDomein – Maag-Darm-Leverziekten, diagnostiek (coloscopie)
Ontvanger: MDL-centrum [[ORGANISATIE|Ziekenhuis Veluwepoort]], [[PLAATS|Apeldoorn]]
Verwijzer: [[PERSOON|H.W. ten Brinke]], huisarts, [[ORGANISATIE|Huisartsenpraktijk Zevenhuizen]], [[PLAATS|Apeldoorn]], BIG [[ID|59023417801]]
Kenmerk: [[ID|2024553918]]

Patiënt
Naam: hr. [[PERSOON|P.A. (Piet) Schuurmans]]
Geboren: [[DATUM|12 juni 1952]]
Adres: [[ADRES|Loolaan 311]], [[POSTCODE|7314AG]] [[PLAATS|Apeldoorn]]
Telefoon: [[TELEFOON|055-5213376]]
BSN: [[BSN|828245988]]

Reden van verwijzing
Ijzergebreksanemie en veranderd defecatiepatroon sinds ca 2 mnd (afwisselend dunne ontlasting en obstipatie), gewichtsverlies 4 kg. Geen zichtbaar bloed. Deed in 2019 niet mee aan het bevolkingsonderzoek.
Lab [[DATUM|19-2]]: Hb 6,9 (was 8,6 in 2022), MCV 74, ferritine 6, CRP 12. FIT positief (312 ng/ml).
LO: buik soepel, geen palpabele massa, RT: geen afwijkingen, geen bloed aan handschoen.

Voorgeschiedenis: 2011 CABG, hypertensie, jicht.
Medicatie: acetylsalicylzuur 80 mg, metoprolol 100 mg, atorvastatine 40 mg, allopurinol 100 mg. Gestart ferrofumaraat 200 mg 1dd.
Let op: gebruikt ascal, geen DOAC. Hoort slecht re, graag rustig uitleggen.

Vraagstelling: coloscopie ivm verdenking colorectaal carcinoom, graag op korte termijn.
Echtgenote mw. [[PERSOON|Truus Schuurmans]] is aanwezig bij gesprekken.

m.vr.gr., [[PERSOON|Ten Brinke]]`,
  },
  {
    id: 'h4-a18',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-h4a',
    text: `Aanvraag spoed-ELV (eerstelijnsverblijf, hoog complex)
Aan: [[ORGANISATIE|Zorgcentrum Het Bolwerk]], afd. kortdurend verblijf, [[PLAATS|Woerden]]
Datum/tijd: zo [[DATUM|17-11]] 11:45
Aanvrager: [[PERSOON|S. Lagerwey]], waarnemend huisarts namens [[ORGANISATIE|Huisartsenpraktijk De Keizerstraat]], [[PLAATS|Woerden]], bereikbaar via [[TELEFOON|0348-412290]]

Cliënt: mw. [[PERSOON|C.W. (Corrie) van Eijk-de Groot]], [[LEEFTIJD|94]] jr, geb. [[DATUM|05-03-1930]]
[[ADRES|Rijnstraat 2 bis]], [[POSTCODE|3441 bk]] [[PLAATS|Woerden]]
BSN [[BSN|792902816]]

Situatie: echtgenoot en mantelzorger dhr. [[PERSOON|Henk van Eijk]] ([[LEEFTIJD|95]]) is vannacht opgenomen in het [[ORGANISATIE|Rijnwoude Ziekenhuis]] met een CVA. Mw. heeft een gevorderde dementie (Alzheimer, MMSE 14 in voorjaar) en kan niet alleen thuis blijven: desoriëntatie in tijd en plaats, kookt niet meer, gebruikt medicatie niet zelfstandig. Nu opgevangen door buurvrouw mw. [[PERSOON|Jannie Verkerk]], die dit tot vanavond 18:00 kan.
Kinderen: zoon [[PERSOON|Wim van Eijk]] woont in [[PLAATS|Emmen]] (2,5 uur rijden), [[TELEFOON|06-28190034]], is onderweg. Dochter overleden.
Katz-ADL: hulp bij wassen, aankleden en toiletgang, loopt met rollator. Incontinent voor urine (Tena). Geen delier, geen onbegrepen gedrag, wel 's avonds onrustig.
Medicatie: rivastigmine pleister 9,5 mg, paracetamol 1 g 3dd, macrogol 1dd, metoprolol 25 mg.
Wlz-indicatie is in aanvraag bij het CIZ, casemanager dementie: [[PERSOON|Ellen Vos]] ([[ORGANISATIE|Dementiezorg Groene Hart]]).

Verzoek: opname vandaag, liefst vóór 17:00. Zoon kan haar komen brengen.

[[PERSOON|S. Lagerwey]], (waarnemend) huisarts`,
  },
  {
    id: 'h4-a19',
    genre: 'email',
    setting: 'wijk',
    author: 'auteur-h4a',
    text: `Van: [[PERSOON|Joost Hermsen]] <[[EMAIL|j.hermsen@huisartsenrijnoord.nl]]>
Aan: [[PERSOON|Marjan Teunissen]] <[[EMAIL|m.teunissen@thuiszorgbinnenveld.nl]]>
Onderwerp: RE: decubitus stuit dhr. [[PERSOON|De Ruiter]] - graag beoordeling

Hoi [[PERSOON|Marjan]],

Ik kom morgen tussen de middag langs, rond 12:30. Neem [[PERSOON|Ilse]] (POH) mee ivm de voeding. Kun jij of een collega erbij zijn? Dan kijken we samen naar de wond en het matras.
Tot die tijd beleid zoals jij voorstelt prima.

Gr, [[PERSOON|Joost]]

> Van: [[PERSOON|Marjan Teunissen]]
> Verzonden: do [[DATUM|12-09]] 14:51
> Aan: [[EMAIL|assistentie@huisartsenrijnoord.nl]]
> Onderwerp: decubitus stuit dhr. [[PERSOON|De Ruiter]] - graag beoordeling
>
> Goedemiddag,
>
> Graag attentie voor dokter [[PERSOON|Hermsen]].
> Bij dhr. [[PERSOON|Arie de Ruiter]] ([[ADRES|Dijkstraat 88]], [[PLAATS|Wageningen]], geb. [[DATUM|14-4-1938]]) is de roodheid op de stuit in een week verslechterd naar decubitus categorie 3, ca 3 x 2 cm, deels gele necrose, randen rood, geen geur. Hij ligt sinds de val van [[DATUM|2 september]] veel op bed en eet slecht (SNAQ hoog).
> Wat we nu doen: wisselligging 3-uurs, Mepilex Border Sacrum 2x per week, wondbed reinigen met NaCl. Wisseldrukmatras aangevraagd bij de uitleen, wordt maandag geleverd.
> Vraag: wilt u de wond beoordelen, evt. pijnstilling aanpassen (hij geeft pijn 6 aan bij verschonen) en kijken naar voeding/drinkvoeding?
> Zijn vrouw mw. [[PERSOON|Wilma de Ruiter]] doet veel zelf, maar is moe.
>
> Met vriendelijke groet,
> [[PERSOON|Marjan Teunissen]]
> Wijkverpleegkundige niveau 5 | [[ORGANISATIE|Thuiszorg Binnenveld]], team [[PLAATS|Wageningen]]
> [[TELEFOON|0317-425577]] / [[TELEFOON|06-12094471]]`,
  },
  {
    id: 'h4-a20',
    genre: 'email',
    setting: 'HA',
    author: 'auteur-h4a',
    text: `Van: [[PERSOON|Hendriks-Aalbers, L.]] <[[EMAIL|l.hendriks@zhoudeijssel.nl]]>
Aan: [[PERSOON|Rob Geerdink]]
Datum: [[DATUM|21 november]]
Onderwerp: RE: RE: hyponatriëmie mw. [[PERSOON|Wassink]]

Beste [[PERSOON|Rob]],

Dank voor de aanvullende labwaarden. Met Na 124 en een urine-osmolaliteit van 480 past het bij SIADH, waarschijnlijk door de citalopram die in september is gestart. Ik zou citalopram stoppen (eventueel mirtazapine als alternatief, overleg met de POH-GGZ), vochtbeperking 1 L en over 1 week Na herhalen. Bij Na < 120 of klachten van sufheid/vallen graag direct insturen via de SEH.
Mocht ze niet verbeteren, dan zie ik haar graag op de poli. Je kunt me ook via de centrale bereiken, toestel [[ID|5312]], of via de pieper.

Met vriendelijke groet,
[[PERSOON|Lieke Hendriks-Aalbers]]
internist ouderengeneeskunde
[[ORGANISATIE|Ziekenhuis Oude IJssel]], [[PLAATS|Doetinchem]]

-----
Van: [[PERSOON|Rob Geerdink]] <[[EMAIL|r.geerdink@hagaanderen.nl]]>
Aan: [[EMAIL|l.hendriks@zhoudeijssel.nl]]
Onderwerp: RE: hyponatriëmie mw. [[PERSOON|Wassink]]

Hoi [[PERSOON|Lieke]],

Aanvulling op mijn mail van gisteren over mw. [[PERSOON|Everdina (Dien) Wassink]], geb. [[DATUM|08-10-1941]], [[PLAATS|Gaanderen]]: Na vandaag 124 (was 131 op [[DATUM|2/10]]), K 4,2, glucose 6,1, TSH normaal, cortisol ochtend 410. Urine-osm 480, urine-Na 52. Ze drinkt volgens haar dochter [[PERSOON|Gerda]] "wel 2,5 liter thee". Klinisch wat moe, niet verward, geen valincidenten.
Medicatie: citalopram 20 mg (sinds [[DATUM|12-09]]), hydrochloorthiazide gestopt in 2022, amlodipine 5 mg.

Wat is je advies? Poliverwijzing nodig of kunnen we het in de eerste lijn oplossen?

Groet,
[[PERSOON|Rob]]
[[PERSOON|R. Geerdink]], huisarts, [[ORGANISATIE|Huisartsenpraktijk Gaanderen]]
[[TELEFOON|0314-681125]]`,
  },
  {
    id: 'h4-a21',
    genre: 'rapportage',
    setting: 'HA',
    author: 'auteur-h4a',
    knownNames: ['Dhr. T. (Tesfay) Gebremedhin'],
    text: `Telefonisch contact POH-GGZ, met tolk Tigrinya via de tolkentelefoon (tolknummer [[ID|4407128]])
Dhr. belt zelf, op advies van zijn klantmanager [[PERSOON|Mariska Bruins]] van de gemeente [[PLAATS|Culemborg]]. Woont sinds een jaar in een eengezinswoning aan de [[ADRES|Lanckhorstlaan 9]], met zijn neef [[PERSOON|Filmon]].
Klachten: slaapt slecht, nachtmerries over de overtocht, schrikt van harde geluiden ("als een deur dichtslaat ben ik weer op de boot"). Overdag veel piekeren over zijn moeder en zussen die nog in een kamp in Ethiopië zitten. Concentratie slecht, taalles lukt daardoor niet, bang om inburgering niet te halen. Geen alcohol, geen drugs. Geen suïcidale gedachten, hij zegt dat hij "sterk moet blijven voor de familie". Lichamelijk: hoofdpijn, drukkend.
Screening: PCL-5 afgenomen met tolk, score 51, past bij PTSS.
Plan:
- psycho-educatie over traumaklachten en slaap gegeven, folder in het Tigrinya volgt via de post
- overleg huisarts [[PERSOON|de Bruijn]] over verwijzing naar [[ORGANISATIE|Centrum Veerkracht]] (specialistische traumazorg vluchtelingen), wachttijd ca 10 wkn
- overbrugging: 2 gesprekken POH-GGZ (fysiek, met tolk), eerste op [[DATUM|28-11]] 13:00
- neef [[PERSOON|Filmon]] mag mee, dhr. wil dat graag
[[PERSOON|Nienke Roelofs]], POH-GGZ`,
  },
  {
    id: 'h4-a22',
    genre: 'rapportage',
    setting: 'wijk',
    author: 'auteur-h4a',
    knownNames: ['Dhr. C. (Cor) Hakvoort'],
    text: `[[DATUM|03-02]] 10:15 Huisbezoek casemanager dementie. Dhr. alleen thuis, echtgenote [[PERSOON|Bep]] bij de kapper. Dhr. vriendelijk, weet niet meer wie ik ben, "u bent van de gemeente zeker". Keuken netjes, pillendoos van gisteren nog vol. Gasfornuis staat aan zonder pan erop -> uitgezet. /[[PERSOON|aw]]
[[DATUM|05-02]] 14:00 Tel. met [[PERSOON|Bep Hakvoort]]: ze schrok van het fornuis, wist het niet. Zij is erg moe, slaapt slecht omdat hij 's nachts de deur uit wil. Besproken: kookplaatbeveiliging, deursensor, en dagbesteding uitbreiden. Ze wil eerst met zoon [[PERSOON|Dennis]] overleggen. /[[PERSOON|aw]]
[[DATUM|10-02]] Wijkvpk [[PERSOON|Tom Zwaan]] ([[ORGANISATIE|Thuiszorg Eemland Oost]]) gebeld: medicatie voortaan via baxter + toediening 2x daags door wijkverpleging per [[DATUM|12-02]]. Akkoord huisarts [[PERSOON|van Rooijen]]. /[[PERSOON|aw]]
[[DATUM|14-02]] Overleg [[ORGANISATIE|Dagbesteding De Schakel]] in [[PLAATS|Veenendaal]]: vanaf maart 4 dagen i.p.v. 2. Vervoer via taxi. [[PERSOON|Bep]] blij maar ook verdrietig, "het voelt alsof ik hem wegbreng". Mantelzorgondersteuning aangeboden, zij denkt erover na. Zorgleefplan aangepast. /[[PERSOON|A. Wagenaar]], casemanager`,
  },
  {
    id: 'h4-a23',
    genre: 'overdracht',
    setting: 'HA',
    author: 'auteur-h4a',
    text: `Attentiebericht aan [[ORGANISATIE|HAP Flevokust]] — weekend [[DATUM|3-4 aug]]
Mw. [[PERSOON|S. Kasimzade]], geb. [[DATUM|14-05-1994]], [[ADRES|Cádizstraat 17]], [[PLAATS|Almere Poort]]. Bevallen op [[DATUM|28-7]], pre-eclampsie, RR vandaag 152/98 op labetalol 200 mg 3dd. Bij RR > 160/110, hoofdpijn, visusklachten of bovenbuikpijn: direct insturen naar verloskunde, niet afwachten. Verloskundige [[PERSOON|Lieke Dam]] ([[ORGANISATIE|Verloskundigenpraktijk De Duinvlinder]]) is op de hoogte.
[[PERSOON|mh]] / [[ORGANISATIE|Huisartsenpraktijk Poort-West]]`,
  },
  {
    id: 'h4-a24',
    genre: 'mdo',
    setting: 'wijk',
    author: 'auteur-h4a',
    text: `Verslag MDO ouderen [[PLAATS|Overvecht-Noord]]
woensdag [[DATUM|6 maart]] — in de vergaderruimte van [[ORGANISATIE|Gezondheidscentrum Overvecht-Noord]]

Aanwezig:
dr. [[PERSOON|E. Kaya]], huisarts
[[PERSOON|Rianne Timmer]], POH-ouderen (verslag)
[[PERSOON|Mourad]] (wijkverpleegkundige, [[ORGANISATIE|Zorgvoorelkaar Thuis]])
[[PERSOON|G. Kolk]], specialist ouderengeneeskunde [[ORGANISATIE|Zorggroep Vechtstede]]
[[PERSOON|Ilona]], [[ORGANISATIE|Buurtteam Overvecht]]
[[PERSOON|Sandra Reijnders]], [[ORGANISATIE|Apotheek Zamenhof]]

1. Dhr. [[PERSOON|R. Sewnath]] (88)
Woont alleen sinds overlijden vrouw, DM2 slecht ingesteld, mist afspraken. Eenzaam, gaat niet meer naar de hindoetempel. Dochter [[PERSOON|Anita]] woont in [[PLAATS|Den Haag]].
Acties: [[PERSOON|Ilona]] onderzoekt maatjesproject en vervoer; [[PERSOON|Mourad]] start medicatietoediening 1x daags; POH plant diabetesconsult thuis.

2. Mw. [[PERSOON|F. Benali-Amrani]] (71)
Mantelzorger van haar man (ziekte van Parkinson, vergevorderd). Zij heeft zelf rugklachten en valt af. Kinderen helpen, maar zoon [[PERSOON|Karim]] werkt in ploegen. Wil geen "vreemde mensen" in huis.
Acties: SO bezoekt dhr. voor medicatiereview; buurtteam bespreekt respijtzorg, liefst met Arabisch sprekende vrijwilliger; dr. [[PERSOON|Kaya]] ziet mw. zelf op het spreekuur.

3. Mw. [[PERSOON|de Wit]] ([[LEEFTIJD|97]]), [[ADRES|Zamenhofdreef 410]]
Signaal van buren: stank, veel spullen in huis, post stapelt zich op. Mw. wil geen hulp. Huisarts kent haar nauwelijks, laatste consult 2021.
Acties: [[PERSOON|EK]] en [[PERSOON|Rianne]] samen huisbezoek volgende week; bij zorgmijding advies vragen bij Veilig Thuis / GGD-team bemoeizorg.

Volgend MDO [[DATUM|3 april]]. Verslag naar alle deelnemers.
[[PERSOON|rt]]`,
  },
];
