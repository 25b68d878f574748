import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h1-001',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h1',
    knownNames: ['Dhr. C.J. (Kees) Hoogendoorn'],
    text: `S/ sinds 4 dgn hoest, groen slijm, koorts tot 38,6. Geen pijn op de borst. Rookt nog ca 15 sig/dg. Echtg belde vanochtend ongerust, kon pas na 11u komen.
O/ nt ziek ogend, spreekt hele zinnen. T 38,1 °C. RR 138/84, p 92 reg, AF 22, sat 94% ka. Ausc: crepitaties re basaal, verder VAG.
E/ pneumonie re onderkwab. CRB-65: 1.
P/ amoxicilline 500mg 3dd1 x 7d. Pcm zn. Alarmsymptomen besproken met pt en echtg. Contr di [[DATUM|14/2]], eerder bij benauwdheid of sufheid -> HAP. Zn tel overleg via assistente [[PERSOON|Ilse]].
/[[PERSOON|MvdB]]`,
  },
  {
    id: 'h1-002',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-h1',
    knownNames: ['Dhr. Y. (Youssef) El Idrissi'],
    text: `Crisisdienst - beoordeling thuissituatie
Datum: [[DATUM|3 november]], 01:40 - 03:10

Aanmelding via politie na melding van buren: dhr. zou met een mes op het balkon hebben gestaan en geroepen dat "ze" hem komen halen. Bekend bij FACT-team Zuid van [[ORGANISATIE|GGZ Duinrand]], regiebehandelaar [[PERSOON|Marloes Verhagen]] (SPV).

Aanwezig: ondergetekende ([[PERSOON|J. Hazelhoff]], SPV crisisdienst), psychiater i.o. [[PERSOON|T. Sarmo]], broer [[PERSOON|Karim El Idrissi]], twee agenten.

Anamnese (broer en patiënt): [[PERSOON|Youssef]] is sinds ca. 3 weken gestopt met zijn clozapine ("die maakt me dood"). Slaapt nauwelijks, eet weinig, heeft de ramen afgeplakt met aluminiumfolie. Broer woont in [[PLAATS|Rijswijk]] en komt dagelijks langs sinds moeder op [[DATUM|12 oktober]] voor enkele maanden naar Marokko is vertrokken. Geen middelengebruik volgens broer, dhr. zelf zegt "alleen een jointje soms".

Psychiatrisch onderzoek: helder bewustzijn, georiënteerd. Wantrouwend, staat steeds op om uit het raam te kijken. Paranoïde wanen gericht op de buurman van drie hoog, die hem "via de meterkast" zou bestralen. Hoort stemmen die zeggen dat hij zich moet verdedigen; ontkent niet dat die hem opdrachten geven. Stemming prikkelbaar. Geen ziektebesef, geen ziekte-inzicht. Suïcidale gedachten ontkend; gevaar voor anderen duidelijk aanwezig.

Conclusie: acute psychotische decompensatie bij bekende schizofrenie, na staken medicatie.
Ernstig nadeel (gevaar voor anderen, maatschappelijke teloorgang) niet af te wenden met vrijwillige zorg; dhr. weigert opname en medicatie.

Beleid:
- Crisismaatregel aangevraagd bij burgemeester, verleend om 03:05.
- Opname HIC [[ORGANISATIE|De Kustlijn]], afdeling Meeuw. Vervoer met politie en ambulance.
- Broer is contactpersoon, tel. [[TELEFOON|06-28471935]].
- Adres patiënt: [[ADRES|Van Speijkstraat 41-2]], [[POSTCODE|2518 EX]] [[PLAATS|Den Haag]]. Sleutel bij broer.
- Info per mail naar huisarts [[PERSOON|Wiersma]] en FACT ([[PERSOON|Verhagen]]).

[[PERSOON|JH]] / [[PERSOON|TS]]`,
  },
  {
    id: 'h1-003',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-h1',
    knownNames: ['Mw. S. (Sanne) Dijkstra'],
    text: `Begeleidingsverslag week 7 - woonvorm [[ORGANISATIE|De Hazelaar]]

[[PERSOON|Sanne]] had een wisselende week. Maandag ging ze zoals altijd met de taxi naar dagbesteding [[ORGANISATIE|Het Ambacht]] in [[PLAATS|Drachten]], maar om 13.00 uur stond ze alweer op de stoep omdat ze "ruzie had met [[PERSOON|Dennis]]". Navraag bij de begeleider daar ([[PERSOON|Femke]]): [[PERSOON|Dennis]] had haar puzzel afgepakt. Is met een gesprekje opgelost, ze wil er dinsdag gewoon weer heen.

Dinsdag en woensdag rustig. Ze heeft met [[PERSOON|Gerrit]] (pb'er) boodschappen gedaan bij de Jumbo op de Markt en zelf gepind, dat ging goed. Ze koos zelf voor volkorenbrood in plaats van wit, trots op zichzelf.

Donderdag bezoek van moeder, mw. [[PERSOON|Dijkstra-Bosma]]. Moeder blijft zich zorgen maken over het gewicht (nu 84 kg). Afspraak gemaakt met diëtist [[PERSOON|L. Hoekstra]] op [[DATUM|27 februari]], moeder gaat mee.

Vrijdagavond huilbui na telefoontje met haar vriend [[PERSOON|Jelle]]. Ze wilde eerst niet praten, later op de avond wel even met [[PERSOON|marieke]] van de nachtdienst. Ze zegt dat [[PERSOON|Jelle]] "het uit wil maken", maar dat is nog niet duidelijk. Volgende week samen bespreken.

Epilepsie: geen aanvallen gezien deze week. Depakine op tijd ingenomen, aftekenlijst compleet.

[[PERSOON|GdH]]`,
  },
  {
    id: 'h1-004',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h1',
    text: `[[ORGANISATIE|Ziekenhuis Oostervaart]]
Afdeling Interne Geneeskunde / Geriatrie
[[ADRES|Oostervaartweg 100]], [[POSTCODE|8232 AB]] [[PLAATS|Lelystad]]

Aan: de heer [[PERSOON|P.J. Terpstra]], huisarts
[[ORGANISATIE|Gezondheidscentrum De Kogge]]
[[ADRES|Botter 12-14]], [[POSTCODE|8243 KK]] [[PLAATS|Lelystad]]

[[PLAATS|Lelystad]], [[DATUM|11 maart 2024]]

Betreft: mw. [[PERSOON|A.M. Kooistra-de Jong]], geb. [[DATUM|14-09-1931]]
BSN [[BSN|274190357]], patiëntnummer [[ID|8803412]]
Opname: [[DATUM|2 maart 2024]] t/m [[DATUM|11 maart 2024]]

Geachte collega [[PERSOON|Terpstra]],

Bovengenoemde [[LEEFTIJD|92]]-jarige patiënte werd via de SEH opgenomen in verband met sinds een week toenemende dyspnoe d'effort, orthopnoe en oedeem van beide benen.

Voorgeschiedenis
- M. Kahler (2016), sindsdien in remissie, poli hematologie
- atriumfibrilleren, DM type 2 (tabletten), cataract ODS
- valincident 2022 zonder fractuur

Lichamelijk onderzoek bij opname
Dyspnoeïsch bij spreken, RR 162/88, pols 112 irregulair, sat 89% kamerlucht, temp 36,8. Crepitaties beiderzijds basaal, pitting oedeem tot de knieën.

Aanvullend onderzoek
NT-proBNP 4120 ng/l, Hb 6,4 mmol/l, kreatinine 118 umol/l, eGFR 36. X-thorax: pleuravocht beiderzijds, cardiomegalie. Echo cor: LVEF circa 40%.

Beloop
Behandeld met furosemide intraveneus met goed effect, gewichtsverlies 4,5 kg. Frequentiecontrole met metoprolol. Tijdens opname kortdurend delirant in de nachten van [[DATUM|4]] en [[DATUM|5 maart]], met haloperidol laag gedoseerd en niet-medicamenteuze maatregelen hersteld. Fysiotherapie dagelijks; Barthel bij ontslag 14/20 (bij opname 8/20).
Beleid rondom het levenseinde besproken met patiënte en dochter [[PERSOON|Grietje]] op [[DATUM|5 maart]]: NR-beleid, geen IC-opname, wel heropname bij behandelbare oorzaak.

Conclusie
1. Decompensatio cordis bij HFmrEF en snel atriumfibrilleren
2. Delier, hersteld
3. Anemie, waarschijnlijk chronische ziekte

Ontslag naar [[ORGANISATIE|Zorgcentrum Het Baken]] voor kortdurende geriatrische revalidatie, daarna terug naar huis ([[ADRES|Zuiderzeelaan 55 A]], [[PLAATS|Lelystad]]).

Medicatie bij ontslag
- furosemide 40 mg 2dd1 (ochtend en middag)
- apixaban (Eliquis) 2,5 mg 2dd1
- metoprolol retard 50 mg 1dd1
- metformine 500 mg 2dd1
- paracetamol 1 g max 3dd zo nodig
Gestopt: hydrochloorthiazide.

Controle
Poli cardiologie over 6 weken bij dr. [[PERSOON|Özdemir]]. Graag gewicht en nierfunctie na 1 week controleren via het verpleeghuis.

Met collegiale groet,

drs. [[PERSOON|L. van Wijngaarden]], internist ouderengeneeskunde
[[PERSOON|S. Mahabier]], arts-assistent
Telefoon polikliniek [[TELEFOON|0320-271400]]`,
  },
  {
    id: 'h1-005',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-h1',
    text: `VERWIJSBRIEF

Van: [[PERSOON|M.C. Brouwer]], huisarts
[[ORGANISATIE|Huisartsenpraktijk Vinkenhof]], [[ADRES|Vinkenlaan 3]], [[POSTCODE|3722 ar]] [[PLAATS|Bilthoven]]
AGB-code: [[ID|01052347]]

Aan: [[ORGANISATIE|Psychiatrisch Centrum De Boog]], t.a.v. intake eetstoornissen

Datum: [[DATUM|19 februari 2024]]

Betreft: [[PERSOON|Lotte Verweij]], geb. [[DATUM|03-07-2001]]
[[ADRES|Soestdijkseweg Noord 212 bis]], [[PLAATS|Bilthoven]]
Tel. [[TELEFOON|06 19 48 27 30]]

Geachte collega,

Graag verwijs ik bovengenoemde 22-jarige studente naar uw centrum voor diagnostiek en behandeling van een vermoedelijke eetstoornis (anorexia nervosa, restrictief type).

[[PERSOON|Lotte]] is sinds [[DATUM|8 januari]] vijf keer bij onze POH-GGZ ([[PERSOON|Anouk]]) geweest, aanvankelijk vanwege somberheid en stress rond haar studie. Gaandeweg werd duidelijk dat zij sinds de zomer ruim 9 kg is afgevallen, dagelijks meerdere uren hardloopt en maaltijden overslaat. Zij is sinds vier maanden amenorroïsch.

Bij onderzoek op [[DATUM|16-02]]: gewicht 47,1 kg, lengte 1,71 m, BMI 16,1. RR 96/58, pols 48 regulair. Lanugo op de onderarmen. Lab: kalium 3,3 mmol/l, verder geen afwijkingen. ECG: sinusbradycardie, QTc 440 ms.

[[PERSOON|Lotte]] is ambivalent over behandeling, maar gaat akkoord met deze verwijzing. Haar moeder ([[PERSOON|Karin Verweij]]) is op de hoogte en wil graag betrokken worden.

Medicatie: geen. Allergieën: geen bekend.

Vraagstelling: diagnostiek en behandeling. Gezien de somatische parameters graag een spoedige intake. Tot die tijd zie ik haar wekelijks voor gewicht, pols en elektrolyten.

Met vriendelijke groet,

[[PERSOON|Marjolein Brouwer]], huisarts`,
  },
  {
    id: 'h1-006',
    genre: 'mdo',
    setting: 'GHZ',
    author: 'auteur-h1',
    text: `Verslag MDO [[ORGANISATIE|Stichting Esdoorn]], locatie [[ORGANISATIE|Klaverweide]]
Datum: [[DATUM|18-04]], 14:00-15:15
Cliënt: [[PERSOON|Bart Smeenk]] ("[[PERSOON|Bartje]]"), cliëntnummer [[ID|5520193]]

Aanwezig: [[PERSOON|R. Kuipers]] (AVG-arts), [[PERSOON|N. Bakkal]] (gedragsdeskundige), [[PERSOON|Wendy Smit]] (persoonlijk begeleider), dhr. [[PERSOON|H. Smeenk]] (vader, curator), [[PERSOON|Iris]] (fysiotherapeut, tot 14:30)
Afwezig met kennisgeving: dr. [[PERSOON|Ameziane]] (psychiater)
Notulen: [[PERSOON|PvL]]

1. Opening en vorige actiepunten
Signaleringsplan is nog niet aangepast (loopt door). Aanvraag rolstoel via Wlz is rond.

2. Gedrag
[[PERSOON|Wendy]] vertelt dat [[PERSOON|Bartje]] sinds maart vaker slaat en knijpt, vooral bij overdrachtsmomenten en rond het avondeten. Hij zoekt dan [[PERSOON|Wendy]] of [[PERSOON|Ricky]] (collega) op. [[PERSOON|Bakkal]] ziet een verband met de verbouwing van de woonkamer: veel geluid en wisselend personeel. Voorstel: vaste begeleider bij het avondeten, eten in de kleine kamer, picto's voor de dagplanning.

3. Medisch
Obstipatie onder controle met Movicolon 2dd1 sachet. Logopedie heeft slikadvies gegeven (gemalen voeding, dranken licht verdikt). Gewicht 58,4 kg, stabiel. [[PERSOON|Kuipers]] wil een pijnobservatie (REPOS) laten doen voordat aan gedragsmedicatie wordt gedacht; vader is het daar erg mee eens.

4. Fysiotherapie
[[PERSOON|Iris]]: looppatroon achteruit, valt vaker achterover. Advies: rolstoel voor lange afstanden, korte stukken lopen met begeleiding blijven oefenen.

5. Rondvraag
Vader vraagt of [[PERSOON|Bartje]] met zijn verjaardag ([[DATUM|2 juni]]) een dag naar huis in [[PLAATS|Ede]] kan. Akkoord, [[PERSOON|Wendy]] regelt vervoer.

Actiepunten
- [[PERSOON|WS]]: signaleringsplan aanpassen vóór [[DATUM|1 mei]]
- [[PERSOON|NB]]: observatie avondeten, terugkoppeling volgend MDO
- [[PERSOON|RK]]: REPOS uitzetten bij het team, evaluatie na 2 weken
- [[PERSOON|PvL]]: verslag naar vader sturen

Volgend MDO: do [[DATUM|17 oktober]], 14:00`,
  },
  {
    id: 'h1-007',
    genre: 'email',
    setting: 'wijk',
    author: 'auteur-h1',
    text: `Van: [[EMAIL|r.hendriks@thuiszorgdeamstel.nl]]
Aan: [[EMAIL|poh@molenwijkpraktijk.nl]]
Verzonden: woensdag [[DATUM|6 maart 2024]] 10:42
Onderwerp: dhr. [[PERSOON|Kramer]], [[ADRES|Molenwijk 114]]

Beste [[PERSOON|Saskia]],

Gisteren ben ik weer bij dhr. [[PERSOON|Kramer]] geweest voor het ulcus aan zijn linker onderbeen. De wond is in twee weken niet kleiner geworden (nu 4 x 3 cm), wondbed beslag, randen rood en warm. Hij zegt zelf dat hij er 's nachts van wakker ligt. We verbinden nu met Aquacel Ag en Mepilex, zwachtelen lukt niet meer omdat hij het niet verdraagt.

Daarnaast maak ik me zorgen over hoe het thuis gaat. Hij vertelde dat zijn dochter [[PERSOON|Ellen]] niet meer komt sinds de ruzie rond de kerst, de koelkast was zo goed als leeg en hij had die dag alleen een beschuit gegeten.

Zou je hem willen inplannen bij dr. [[PERSOON|De Graaf]] voor beoordeling van de wond (en eventueel een verwijzing naar de vaatchirurg)? En misschien kan hij ook op het lijstje voor het ouderenspreekuur. Hij is telefonisch slecht bereikbaar, ik ben er weer op vrijdag rond 9 uur.

Alvast dank!

Met vriendelijke groet,

[[PERSOON|Rianne Hendriks]]
Wijkverpleegkundige
[[ORGANISATIE|Thuiszorg De Amstel]] | team [[PLAATS|Amstelveen]] Zuid
T [[TELEFOON|020-6471193]] (ma, di, do) | intern [[ID|2214]]
[[URL|www.thuiszorgdeamstel.nl]]

Dit bericht kan vertrouwelijke informatie bevatten en is uitsluitend bestemd voor de geadresseerde. Bent u niet de geadresseerde, verwijder dit bericht dan en informeer de afzender.`,
  },
  {
    id: 'h1-008',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-h1',
    knownNames: ['Mw. W. (Wil) van den Broek-Aarts'],
    text: `ma [[DATUM|4/3]] 07:30 Mw. goed geslapen. Zelf gewassen aan de wastafel, hulp bij rug en benen. Ontbijt 1 boterham met kaas en thee. Steunkousen aan. /[[PERSOON|AK]]
[[DATUM|4/3]] 14:00 Bezoek van zoon [[PERSOON|Frans]], samen in de tuin gezeten. Mw. vertelde trots dat ze [[LEEFTIJD|96]] is en "nog lang niet dood". /[[PERSOON|yb]]
[[DATUM|4/3]] 22:15 Onrustig, roept om haar moeder. Gerustgesteld, warme melk. Om 22:40 oxazepam 10 mg zn gegeven, 23:15 slaapt. /[[PERSOON|N.O.]]
di [[DATUM|5/3]] 08:00 Decubitus stuit categorie 2, Mepilex Border vervangen, wond schoon. Mw. voelt warm aan, T 37,9 °C. Drinkt matig. /[[PERSOON|AK]]
[[DATUM|5/3]] 11:10 Huisarts dr. [[PERSOON|Pranoto]] geweest i.v.m. temperatuur en verwardheid. Urine: nitriet pos. Start nitrofurantoïne 2dd 100 mg, 5 dagen. Dochter [[PERSOON|Anneke]] gebeld ([[TELEFOON|0413-248817]]), komt morgen langs. Vochtlijst gestart. /[[PERSOON|AK]]
[[DATUM|5/3]] 17:30 Avondeten half op. Heeft 900 ml gedronken vandaag. Mw. zit graag bij het raam aan de westkant, daar heeft ze de zon. /[[PERSOON|yb]]
[[DATUM|5/3]] nacht: rustig, 2x verschoond (Tena Slip), 1x drinken aangeboden. /[[PERSOON|MdB]]`,
  },
  {
    id: 'h1-009',
    genre: 'overdracht',
    setting: 'ZKH',
    author: 'auteur-h1',
    knownNames: ['Dhr. H. (Henk) Rozendaal'],
    text: `SBAR overdracht nacht -> dag, 5 Noord (chirurgie), kamer 512 bed 2

S: Dhr. [[PERSOON|Rozendaal]], 78 jaar, dag 2 na hemicolectomie rechts. Sinds ca. 04:00 toenemend onrustig, plukt aan het infuus en wil naar huis.
B: VG COPD GOLD 3, hypertensie. Alcoholgebruik 4-6 E/dag volgens echtgenote [[PERSOON|Tineke]], dat stond niet in de anamnese. Laatste gebruik voor opname op [[DATUM|22/9]].
A: DOS-score 5. T 38,3, RR 158/92, pols 108, sat 91% met 2 l O2. Tremor handen, zweterig. Wond droog, drain 40 ml sereus. Ik denk aan delier, mogelijk mede door onttrekking.
R: Arts-assistent [[PERSOON|Van Dijk]] (sein [[ID|6621]]) om 05:10 gebeld, heeft haloperidol 0,5 mg eenmalig voorgeschreven (05:30 gegeven) en komt bij de visite terug op CIWA en thiamine. Graag vandaag: DOS per dienst, CIWA scoren, echtgenote bellen na 08:00 ([[TELEFOON|06-51209384]]), zij weet nog van niets.

Overgedragen door [[PERSOON|Fleur]] (nacht) aan [[PERSOON|Jasper]] (dag)`,
  },
  {
    id: 'h1-010',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h1',
    knownNames: ['Mw. E. Kaya-Yıldız'],
    text: `S/ slaapt slecht sinds overlijden echtg ([[DATUM|2 jan]]). Huilt veel, eet wel. Zoon [[PERSOON|Emre]] tolkt. Geen doodsgedachten.
O/ verdrietig, goed contact, huilt tijdens gesprek.
E/ rouw, geen aanw depressie
P/ steunend gesprek, folder rouw (Turks) meegegeven. Geen slaapmiddel. Terug over 3 wk, evt POH-GGZ. /[[PERSOON|hk]]`,
  },
  {
    id: 'h1-011',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-h1',
    knownNames: ['Mw. D. (Daniëlle) Pattipeilohy'],
    text: `03:20 mw. drukt steeds op de bel, wil "naar huis, naar [[PLAATS|Tiel]]". Erg agitatief, schopt tegen de deur van de comfortkamer, scheldt. Mw. verblijft op grond van een zorgmachtiging (verplichte zorg: opname, medicatie, insluiten). Lorazepam 2,5 mg oraal aangeboden, geweigerd.
03:35 overleg met dienstdoend psychiater [[PERSOON|Brinkman]] (tst [[ID|3390]]): akkoord met lorazepam 2 mg i.m. conform zorgmachtiging.
03:45 i.m. gegeven met 4 collega's, mw. verzette zich, geen letsel. Registratie verplichte zorg ingevuld, nabespreking morgen met mw.
04:30 slaapt. Vriend [[PERSOON|Ricardo]] belde om 02:00 al, wil teruggebeld worden na 9 uur. - [[PERSOON|lb]]`,
  },
  {
    id: 'h1-012',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-h1',
    knownNames: ['Dhr. M. (Mohammed) Benali'],
    text: `Dagbesteding vrijdag [[DATUM|22 maart]]

[[PERSOON|Mo]] was vandaag op tijd, de taxi was er al om 08:45. Hij ging meteen naar de houtwerkplaats van [[ORGANISATIE|Zorgboerderij De Klaver]] en wilde verder met het vogelhuisje. Het is voor zijn zus [[PERSOON|Fatima]], die op [[DATUM|15 juni]] gaat trouwen in [[PLAATS|Oud-Beijerland]]. Hij heeft het dak vastgezet en wil het groen verven "want dat vindt zij mooi".

Het is ramadan, [[PERSOON|Mo]] vast. Hij at dus niet mee bij de lunch, maar zat wel aan tafel. Rond 14:00 was hij moe en wat kortaf tegen [[PERSOON|Stefan]], die op zijn plek ging zitten. Na een pauze in de stal met de geiten was het over.

Afspraak: de komende weken de zware klussen (hooi, kruiwagen) in de ochtend plannen.

[[PERSOON|Joost]] / [[PERSOON|JvE]]`,
  },
  {
    id: 'h1-013',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-h1',
    text: `MDO psychogeriatrie - [[ORGANISATIE|Zorgcentrum Meerzicht]], locatie [[ORGANISATIE|Sonnevanck]], afd. Wilg
Datum: [[DATUM|14 mei 2024]]
Cliënt: dhr. [[PERSOON|G. Postma]] ("[[PERSOON|Geert]]"), [[LEEFTIJD|91]] jaar, cliëntnr. [[ID|20230417]]

Aanwezig:
[[PERSOON|A. Visser]] - specialist ouderengeneeskunde ([[PERSOON|AV]])
[[PERSOON|M. Çelik]] - psycholoog ([[PERSOON|MÇ]])
[[PERSOON|K. de Boer]] - EVV, voorzitter en notulist ([[PERSOON|KdB]])
[[PERSOON|B. Nijboer]] - ergotherapeut
mw. [[PERSOON|T. Postma]] - dochter, eerste contactpersoon

1. Gedrag
Dhr. dwaalt 's nachts over de gang en gaat de kamers van medebewoners binnen. Mw. [[PERSOON|Hilbrands]] (kamer 6) is hierdoor meerdere keren erg geschrokken. Overdag is dhr. rustig, zit graag bij de vogelkooi.
[[PERSOON|Çelik]]: het dwalen lijkt doelgericht, dhr. zoekt "de koeien". Hij was veehouder bij [[PLAATS|Warffum]]. Advies: 's avonds een vast ritueel, laarzen bij de deur laten staan, zinvolle bezigheid in de vroege avond.

2. Vallen
Sinds [[DATUM|1 april]] 3x gevallen, geen letsel. Sensormat ligt er, werkt. Volgens de Wzd is dit onvrijwillige zorg als dhr. zich ertegen verzet; dat doet hij nu niet. Dochter stemt in.

3. Medisch
Ziekte van Alzheimer, MMSE 14/30 (februari). Risperidon 0,5 mg sinds januari. [[PERSOON|Visser]] wil afbouwen nu het gedrag overdag rustig is. Gewicht 61 kg, stabiel.

4. Wensen dochter
[[PERSOON|Tjitske]] wil graag dat haar vader vaker naar buiten kan. Zij komt op dinsdag en zaterdag.

Afspraken:
- [[PERSOON|AV]]: risperidon afbouwen naar 0,25 mg, evaluatie over 4 weken
- [[PERSOON|MÇ]]: avondprogramma uitwerken met team
- [[PERSOON|KdB]]: zorgleefplan aanpassen, dochter mailen ([[EMAIL|tjitske.postma@ziggo.nl]])
- Ergotherapie ([[PERSOON|BN]]): rolstoel buitengebruik aanvragen

Volgend MDO: over 3 maanden.`,
  },
];
