import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h4-a01',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h4a',
    knownNames: ['Dhr. H.J. (Henk) van Wijngaarden'],
    text: `S: sinds 4 dgn hoesten, sinds gisteren groen slijm en koorts tot 38,6. Kortademig bij traplopen, dat heeft hij normaal niet. Echtgenote [[PERSOON|Riet]] belt mee via de speaker, maakt zich zorgen want vorig jaar ([[DATUM|11-02]]) opgenomen geweest met pneumonie in [[ORGANISATIE|Ziekenhuis Eemvallei]]. Geen pijn op de borst. Eet matig, drinkt wel 1,5 L. Gestopt met roken in 2009.
O: matig ziek, niet dyspnoisch in rust. T 38,2 °C. RR 138/84, pols 96 reg, sat 94% ka, AF 22/min. Auscultatie: crepitaties re basaal, verder VAG. CRP 87.
E: R81 pneumonie re onderkwab. CRB-65: 1 (lft). Geen opname-indicatie op dit moment.
P: amoxicilline 500 mg 3dd1 gedurende 7 dgn, recept naar [[ORGANISATIE|Apotheek De Hooge Bongerd]]. Paracetamol max 4x1g. Uitleg alarmsymptomen (toename benauwdheid, sufheid, niet kunnen drinken) -> dan buiten kantoortijd huisartsenpost bellen. Tel controle over 48 uur, afspraak do [[DATUM|14 maart]] bij mij of bij dr. [[PERSOON|Oudshoorn]]. [[PERSOON|Riet]] heeft het nummer van de spoedlijn: [[TELEFOON|033-4617720]].
/[[PERSOON|mvdb]]`,
  },
  {
    id: 'h4-a02',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h4a',
    knownNames: ['Mw. F. (Fatma) Yıldırım-Koç'],
    text: `Kwartaalcontrole DM2 (POH-S)
S: Mw. komt met dochter [[PERSOON|Elif]], die vertaalt. Voelt zich "moe, altijd moe". Tijdens de ramadan 2x het gevoel van een hypo gehad (zweten, trillen, hartkloppingen), niet gemeten, toen snel dadels gegeten. 's Nachts tintelingen in beide voeten, li > re. Beweegt weinig, loopt 2x per week met buurvrouw mw. [[PERSOON|Aydın]] naar de markt in [[PLAATS|Kanaleneiland]]. Medicatie trouw volgens [[PERSOON|Elif]], zij zet de weekdoos klaar.
O: gewicht 84,2 kg (vorige keer 85,0), BMI 32. RR li 148/88, re 144/86. Voetonderzoek: monofilament li hallux 1 van 3 niet gevoeld, re normaal, pulsaties ADP/ATP bdz goed palpabel, geen ulcera, wel eelt MTP1 li. Simm's classificatie 1.
Lab ([[DATUM|2/4]]): HbA1c 61 mmol/mol (was 54), eGFR 58, LDL 2,9, alb/kreat ratio 4,1.
E: DM2 matig gereguleerd, hypo's waarschijnlijk ikv vasten + gliclazide. Beginnende perifere neuropathie li. RR boven streefwaarde.
P: overleg huisarts [[PERSOON|Tromp]]:
- gliclazide 80 mg 2dd -> 1dd 's ochtends, metformine 1000 mg 2dd ongewijzigd
- start amlodipine 5 mg 1dd
- verwijzing diëtist [[PERSOON|Nadia Boukhari]] ([[ORGANISATIE|Diëtistenpraktijk Vallei & Voeding]]), mw. wil liefst iemand die ook Turks of Arabisch kent, [[PERSOON|Elif]] gaat mee
- funduscontrole gepland [[DATUM|22-5]] bij [[ORGANISATIE|Oogzorg Leidsche Rijn]]
- folder hypo's meegegeven, [[PERSOON|Elif]] kijkt ook op [[URL|www.thuisarts.nl/diabetes-type-2]]
- podotherapeut: nu nog niet, bij volgende controle opnieuw beoordelen
Controle over 3 mnd, eerder bij hypo's. Glucosemeter meegegeven + uitleg.
[[PERSOON|Ingrid]] (POH-S)`,
  },
  {
    id: 'h4-a03',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h4a',
    knownNames: ['Mw. A.M. (Annie) Bosman-ter Horst'],
    text: `Visite thuis, [[ADRES|Stationsstraat 41-B]], op verzoek wijkverpleging.
S: Wijkvpk [[PERSOON|Sanne Kleinhout]] ([[ORGANISATIE|Thuiszorg Veluwezoom]]) belde vanochtend: mw. is vannacht naast haar bed gevallen, lag ca 2 uur op de grond voordat ze de alarmknop vond. Neef [[PERSOON|Gerrit]] kwam als eerste. Mw. zelf: "ik ben gewoon uitgegleden, dokter, niks aan de hand". Geen hoofdtrauma voor zover bekend, niet bewusteloos geweest. Pijn li pols, heup niet. Sinds een paar dagen vaker naar het toilet, 's nachts 4-5x, branderig.
O: [[LEEFTIJD|96]]-jarige vrouw, helder, iets traag in antwoorden. T 37,4. RR liggend 112/64, staand 96/58 en dan duizelig. Li pols: zwelling en drukpijn distale radius, geen duidelijke standsafwijking, sensibiliteit en motoriek vingers intact. Heupen vrij beweeglijk, geen stuwingspijn. Urinestick: nitriet +, leuco ++.
E: val bij orthostatische hypotensie, waarschijnlijk ook UWI. Verdenking distale radiusfractuur li.
P: besproken met mw. en neef: wil niet naar de SEH "als het niet hoeft". Afgesproken:
- morgen foto li pols via [[ORGANISATIE|Radiologie Noord-Veluwe]] loc. [[PLAATS|Harderwijk]], tot die tijd spalk + mitella
- nitrofurantoïne 100 mg 2dd 5 dgn
- furosemide 40 mg -> 20 mg, RR en gewicht laten volgen door wijkverpleging
- wijkverpleging 2x daags, ergo ivm valpreventie en sensormat
[[PERSOON|Gerrit]] ([[TELEFOON|06-41877203]]) regelt vervoer naar [[PLAATS|Harderwijk]]. Evaluatie vr [[DATUM|7-6]], eerder bij verwardheid of koorts.
/[[PERSOON|JH]]`,
  },
  {
    id: 'h4-a04',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-h4a',
    text: `ZorgDomein verwijzing - Cardiologie
Aan: polikliniek cardiologie, [[ORGANISATIE|Rijnoever Ziekenhuis]] locatie [[PLAATS|Tiel]]
Verwijsnummer: [[ID|40918273]]
Urgentie: binnen 2 weken

Patiënt: [[PERSOON|Ramdin, S.K.]] (roepnaam [[PERSOON|Sunil]]), man, geb. [[DATUM|03-09-1961]]
BSN: [[BSN|2202.69.634]]
Adres: [[ADRES|Hoveniersweg 118]], [[POSTCODE|4001 EK]] [[PLAATS|Tiel]]
Tel: [[TELEFOON|0344-612987]] / mobiel [[TELEFOON|06-18273645]]
Polisnummer: [[ID|883014527]]

Verwijzer: [[PERSOON|A.C. Mulderij]], huisarts, AGB [[ID|01054388]]

Geachte collega,

Graag verwijs ik bovengenoemde patiënt naar u voor analyse en beleid bij nieuw ontdekt paroxysmaal atriumfibrilleren.

Anamnese: sinds ca 3 weken aanvallen van snelle onregelmatige hartkloppingen, duur 1-6 uur, met lichte kortademigheid. Geen syncope, geen pijn op de borst. Op [[DATUM|12 april]] ECG in de praktijk tijdens een aanval: AF met ventrikelfrequentie 124/min, geen ischemie. Spontaan geconverteerd, controle-ECG [[DATUM|15-4]] sinusritme 72/min.
CHA2DS2-VASc 2 (HT, DM). Gestart met apixaban 5 mg 2dd en metoprolol 50 mg 1dd. Lab: TSH 1,8, Hb 9,1, eGFR 74.

Voorgeschiedenis: hypertensie (2015), DM2 (2018, oraal), 2020 lumbago.
Medicatie: metformine 500 mg 2dd, perindopril 4 mg 1dd, apixaban 5 mg 2dd, metoprolol 50 mg 1dd.
Allergieën: geen bekend.

Bijzonderheden: patiënt werkt in ploegendienst bij een transportbedrijf, voorkeur voor een afspraak in de ochtend. Broer [[PERSOON|Ravi]] kreeg op zijn 52e een herseninfarct, patiënt is daar erg ongerust over.

Vraagstelling: bevestigt u de diagnose en wilt u het beleid t.a.v. ritme/frequentiecontrole en antistolling beoordelen? Echo cor geïndiceerd?

Met collegiale groet,

[[PERSOON|Anne Mulderij]]
huisarts
[[ORGANISATIE|Huisartsenpraktijk De Waalkant]]
[[ADRES|Waalkade 7]], [[POSTCODE|4001 LB]] [[PLAATS|Tiel]]
T [[TELEFOON|0344-630410]] (terugbellijn collega's)`,
  },
  {
    id: 'h4-a05',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-h4a',
    text: `Aan: [[ORGANISATIE|Psyzorg Utrecht Centrum]], team generalistische basis-GGZ
Via ZorgDomein, [[DATUM|23-01-2024]]

Betreft: mw. [[PERSOON|Lotte Verhagen]], geb. [[DATUM|19-11-2001]]
[[ADRES|Kanaalstraat 206 bis]], [[POSTCODE|3531 cj]] [[PLAATS|Utrecht]]
tel. [[TELEFOON|06 23 45 61 09]]
BSN [[BSN|471415200]]

Beste collega's,

Hierbij verwijs ik mw. [[PERSOON|Verhagen]], 22 jaar, hbo-student verpleegkunde, naar de basis-GGZ.

Klachten: sinds de zomer toenemend somber, slaapt slecht (inslapen > 1 uur), concentratieproblemen, 2 tentamens niet gehaald. Daarnaast paniekaanvallen, vooral in de trein en in de collegezaal, waardoor ze stage heeft moeten onderbreken. Passieve doodsgedachten ("soms zou ik willen dat ik niet wakker word"), geen plannen, geen eerdere pogingen. Geen middelengebruik behalve af en toe alcohol in het weekend.

Bij de POH-GGZ, [[PERSOON|Yvonne de Graaf-Smit]], 6 gesprekken gehad (psycho-educatie, ademhaling, activatie), onvoldoende effect. PHQ-9 bij start 17, nu 19. GAD-7 15.

Context: woont op kamers, moeder [[PERSOON|Marjolein Verhagen]] woont in [[PLAATS|Lelystad]], vader niet in beeld. Goed contact met vriendin [[PERSOON|Demi]]. Geen psychiatrische voorgeschiedenis, wel oma van moederszijde "depressies".

Medicatie: geen. Zij wil liever eerst geen antidepressivum, dat hebben we besproken.

Vraag: diagnostiek en behandeling depressieve stoornis met paniekklachten. Mw. is bereikbaar op mobiel, liefst na 16:00.

Vriendelijke groet,
[[PERSOON|K. Bennani]], huisarts
[[ORGANISATIE|Gezondheidscentrum Lombok]]
[[ADRES|Kanaalstraat 14]], [[POSTCODE|3531 CC]] [[PLAATS|Utrecht]]
[[TELEFOON|030-2942217]] | [[EMAIL|k.bennani@gclombok.nl]]`,
  },
  {
    id: 'h4-a06',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-h4a',
    text: `Verwijzing Geriatrie (poli geheugen)
[[ORGANISATIE|Polderhart MC]], [[PLAATS|Lelystad]]
Datum: [[DATUM|4 oktober]]

Naam: [[PERSOON|Bouma, W.]] ([[PERSOON|Wytze]]), geb. [[DATUM|17-06-1932]], [[LEEFTIJD|91]] jaar
[[ADRES|Wisentweg 14-c]]
[[POSTCODE|8253 BD]] [[PLAATS|Dronten]]
BSN [[BSN|268866582]]
Contactpersoon: dochter [[PERSOON|Tjitske Bouma]], [[TELEFOON|06-53017724]] (wil graag aanwezig zijn bij afspraken)

Geachte collega,

Graag uw beoordeling van dhr. [[PERSOON|Bouma]], een [[LEEFTIJD|91]]-jarige man met sinds ca een jaar toenemende vergeetachtigheid. Hij woont zelfstandig met zijn echtgenote [[PERSOON|Hiltje]] ([[LEEFTIJD|90]]), die zelf ook kwetsbaar is (CVA 2021). Dochter merkt dat hij afspraken vergeet, twee keer de weg kwijt is geraakt met de fiets richting [[PLAATS|Swifterbant]], en dat de administratie een chaos is (aanmaningen). Hij bagatelliseert: "ik ben gewoon oud".

Onderzoek POH-ouderen [[PERSOON|Marieke Jongbloed]] ([[DATUM|26-09]]): MMSE 21/30 (oriëntatie in tijd -4, recall -3), kloktekentest afwijkend, GDS-15: 3. Geen aanwijzingen voor delier. Lab: Hb, TSH, B12, foliumzuur, glucose, nierfunctie onafwijkend.

Voorgeschiedenis: 2008 TURP, 2016 staaroperatie bdz, hypertensie, lichte slechthorendheid (hoortoestel re).
Medicatie: hydrochloorthiazide 12,5 mg, simvastatine 40 mg, oxybutynine 5 mg 2dd (!) — dit laatste heb ik inmiddels afgebouwd ivm anticholinerge last.

Vraag: diagnostiek cognitieve stoornis, evt. dementie? Advies m.b.t. rijvaardigheid (rijdt nog auto, kort stukje naar de Jumbo) en toekomstige zorg. Casemanager dementie is nog niet betrokken.

Met vriendelijke groet,
[[PERSOON|R. Huizinga]], huisarts
[[ORGANISATIE|Huisartsenpraktijk Het Ruim]], [[PLAATS|Dronten]]
AGB [[ID|01087762]]`,
  },
  {
    id: 'h4-a07',
    genre: 'email',
    setting: 'HA',
    author: 'auteur-h4a',
    text: `Van: [[PERSOON|Jeroen Stam]] <[[EMAIL|j.stam@apotheekdehoogebongerd.nl]]>
Verzonden: dinsdag [[DATUM|7 mei]] 16:12
Aan: [[PERSOON|Marloes van den Berg]]
Onderwerp: RE: FMR mw. [[PERSOON|Kowalczyk]]

Hoi [[PERSOON|Marloes]],

Dank voor je snelle reactie. Dan zetten we het zo in:
- omeprazol 40 -> 20 mg, over 4 wkn evalueren
- temazepam stoppen lukt volgens jou niet in 1 keer, dus 10 mg -> 5 mg, ik zet het zo op de baxterrol vanaf [[DATUM|16/5]]
- calcium/vit D erbij
Dochter [[PERSOON|Agnieszka]] haalt de rol altijd op vrijdag, ik leg het haar dan ook uit. Patnr bij ons [[ID|1120987]], voor als je iemand van de balie belt.

Groet, [[PERSOON|Jeroen]]
[[PERSOON|J. Stam]], apotheker
[[ORGANISATIE|Apotheek De Hooge Bongerd]] | [[TELEFOON|033-4650982]]

-----Oorspronkelijk bericht-----
Van: [[PERSOON|Marloes van den Berg]] <[[EMAIL|m.vandenberg@hadriehoek.nl]]>
Verzonden: dinsdag [[DATUM|7 mei]] 09:03
Aan: [[EMAIL|j.stam@apotheekdehoogebongerd.nl]]
Onderwerp: FMR mw. [[PERSOON|Kowalczyk]]

Beste [[PERSOON|Jeroen]],

Nav ons FMR-overleg van vorige week over mw. [[PERSOON|Halina Kowalczyk]] (geb [[DATUM|02-02-1936]]):
Ik ga akkoord met afbouw PPI, ze heeft geen maagklachten meer en de indicatie (NSAID) is al lang weg. Temazepam gebruikt ze sinds haar man overleed, ze is er erg aan gehecht, dus liever geleidelijk. Haar valrisico is hoog, vorige maand nog gevallen in de badkamer, dus calcium/vit D graag erbij.
Ik bel mw. zelf, mijn Pools is slecht dus ik doe het als [[PERSOON|Agnieszka]] er is.

Groetjes,
[[PERSOON|Marloes]]
--
[[PERSOON|M. van den Berg]], huisarts
[[ORGANISATIE|Huisartsenpraktijk De Driehoek]], [[PLAATS|Leusden]]
[[TELEFOON|033-4945120]]`,
  },
  {
    id: 'h4-a08',
    genre: 'email',
    setting: 'HA',
    author: 'auteur-h4a',
    text: `Aan: wijkteam [[ORGANISATIE|Wijkzorg Almere Haven]] <[[EMAIL|planning.haven@wijkzorgalmere.nl]]>
Cc: [[EMAIL|r.kasanpawiro@hadestrand.nl]]
Onderwerp: insulineschema dhr. [[PERSOON|Pinas]] vanaf maandag

Hallo allemaal,

Vanaf ma [[DATUM|3 juni]] verandert het insulineschema van dhr. [[PERSOON|E. Pinas]] ([[ADRES|Sluiskade 62-3]], [[POSTCODE|1353 CT]] [[PLAATS|Almere]]). Na overleg met dr. [[PERSOON|Kasanpawiro]] gaan we van 2x daags mix naar basaal:
- insuline glargine 22 E om 22:00 (jullie avondronde)
- Novorapid vervalt
- glucose 's ochtends nuchter prikken en noteren in het schriftje, streef 5-8
- bij waarde < 4: dextro, herprikken, en even bellen

Zijn vriendin mw. [[PERSOON|Jozefa Martina]] is er meestal 's avonds, zij weet ervan. Ik kom zelf op [[DATUM|11 juni]] langs voor de eerste evaluatie. Kunnen jullie in het ECD de glucosewaarden invullen, dan kijk ik mee?

Bedankt!

Groet,
[[PERSOON|Fenna Wiersma]]
POH-somatiek
[[ORGANISATIE|Huisartsenpraktijk De Strand]], [[PLAATS|Almere Haven]]
[[TELEFOON|036-5311478]] toestel [[ID|23]] (ma, di, do)`,
  },
  {
    id: 'h4-a09',
    genre: 'rapportage',
    setting: 'HA',
    author: 'auteur-h4a',
    knownNames: ['Dhr. M. (Mohammed) El Amrani'],
    text: `Consult POH-GGZ, gesprek 3 van 6
Dhr. komt op tijd, ziet er verzorgd uit maar vermoeid. Slaapt nog steeds slecht, gemiddeld 4-5 uur, piekert 's nachts over werk en geld. Sinds [[DATUM|14 februari]] ziek thuis van zijn werk als heftruckchauffeur. Bedrijfsarts [[PERSOON|Veenstra]] heeft hem gezien, advies: eerst rust, dan opbouw. Dhr. voelt zich schuldig tov collega's en zijn vrouw [[PERSOON|Naima]], die nu extra uren draait bij de thuiszorg.
4DKL: distress 24, depressie 4, angst 3, somatisatie 12. Geen suïcidale gedachten ("nee, dat mag niet, ik heb drie kinderen").
Slaapdagboek meegenomen, deels ingevuld. Besproken: vaste opstaattijd, niet overdag slapen, piekerkwartier om 19:00. Hij wil weer gaan wandelen met zijn broer [[PERSOON|Youssef]] in het park bij de Vecht, afgesproken 3x per week 30 min.
Schulden: wil hulp bij brieven. Met toestemming aangemeld bij [[ORGANISATIE|Buurtteam Zuilen]], contactpersoon [[PERSOON|Lisa Jansma]].
Plan: volgende afspraak [[DATUM|2 juni]] 10:30. Evt. terugkoppeling met huisarts [[PERSOON|Brouwer]] als slaap niet verbetert.
[[PERSOON|YdG]]`,
  },
  {
    id: 'h4-a10',
    genre: 'rapportage',
    setting: 'wijk',
    author: 'auteur-h4a',
    knownNames: ['Mw. J. (Jo) Lemmens-Houben'],
    text: `Huisbezoek POH-ouderen, [[DATUM|18-10]]
Mw. [[PERSOON|Lemmens]] ([[LEEFTIJD|93]]) woont alleen in een aanleunwoning bij [[ORGANISATIE|Zorgcentrum Meijhorst]], [[PLAATS|Nijmegen-Dukenburg]]. Oorspronkelijk uit [[PLAATS|Kerkrade]], "ik ben nooit echt Nijmeegs geworden, jong". Zoon [[PERSOON|Sjef]] woont in [[PLAATS|Venlo]] en komt 1x per 2 wkn, dochter [[PERSOON|Mia Lemmens]] is overleden in 2019.
Aanleiding: signaal van de thuiszorg ([[ORGANISATIE|Thuiszorg Rijk van Nijmegen]]) dat mw. afvalt en maaltijden laat staan.
Gezien: mw. zit in de stoel bij het raam, helder, praat graag over vroeger. Koelkast bijna leeg, 2 ongeopende maaltijden van de maaltijdservice. Zegt geen trek te hebben, "alles smaakt naar karton". Gebit: prothese zit los, pijnlijk bij kauwen.
Gewicht 49,1 kg (was 53 in het voorjaar), SNAQ 65+ hoog risico. Stemming: mist haar dochter, soms "klaar met het leven", maar geen actieve doodswens. Valt niet.
Afspraken:
- tandprothetist: zoon belt [[ORGANISATIE|Tandprothetiek Lent]] voor afspraak
- drinkvoeding 2dd via apotheek, recept door huisarts [[PERSOON|Derksen]]
- wegen 1x per week door thuiszorg, noteren
- aanmelden bij de huiskamer in het zorgcentrum op di/do, mw. wil het "eens proberen"
- gesprek over levenseinde inplannen met dr. [[PERSOON|Derksen]], mw. staat daar open voor
Zoon gebeld ([[TELEFOON|077-3512864]]) en op de hoogte gebracht.
Volgend huisbezoek over 4 wkn.
— [[PERSOON|Esra Öztürk]], POH-ouderen`,
  },
  {
    id: 'h4-a11',
    genre: 'overdracht',
    setting: 'HA',
    author: 'auteur-h4a',
    text: `OVERDRACHT PALLIATIEVE PATIËNT — [[ORGANISATIE|Huisartsenpost Gelderse Vallei-Oost]]
Geldig: vr [[DATUM|24 mei]] 17:00 t/m ma [[DATUM|27 mei]] 08:00

Patiënt: dhr. [[PERSOON|G.J. van Ravenhorst]], geb. [[DATUM|30-08-1949]]
BSN [[BSN|869554554]]
[[ADRES|Kerkweg 3a]], [[POSTCODE|3771 jm]] [[PLAATS|Barneveld]]
Eigen huisarts: [[PERSOON|T. de Kruijf]], [[ORGANISATIE|Huisartsenpraktijk Barneveld-Centrum]]

Diagnose: gemetastaseerd pancreascarcinoom (lever, peritoneum), geen oncologische behandeling meer. Levensverwachting dagen tot 1-2 wkn.
Beleid: NR-beleid vastgelegd [[DATUM|20-04]], geen ziekenhuisopname, geen SEH. Euthanasieverklaring aanwezig, nu geen actief verzoek. SCEN-arts is niet ingeschakeld.
Medicatie: morfine sc pomp 30 mg/24 u via [[ORGANISATIE|Zorgbrug Veluwe]] (dienstdoende vpk [[TELEFOON|0342-409988]]), bolus 5 mg max 1x per uur. Midazolam 5 mg sc zo nodig bij onrust, ligt in huis. Haloperidol 1 mg bij misselijkheid.
Verwachte problemen: pijn, onrust, mogelijk terminaal delier, ileus.
Palliatieve sedatie: besproken met pt en echtgenote, zij willen dit als het niet meer gaat. Ik ([[PERSOON|TdK]]) ben zaterdag bereikbaar voor overleg: [[TELEFOON|06-20874113]].
Echtgenote: mw. [[PERSOON|Gerda van Ravenhorst]], [[TELEFOON|0342-418570]]. Zoon [[PERSOON|Bart]] komt zaterdag uit [[PLAATS|Groningen]].
Sleutel in kluisje naast de voordeur, code via wijkverpleging.

[[PERSOON|TdK]], [[DATUM|24-05-2024]] 15:40`,
  },
  {
    id: 'h4-a12',
    genre: 'mdo',
    setting: 'wijk',
    author: 'auteur-h4a',
    text: `MDO kwetsbare ouderen — [[PLAATS|Zeewolde]]
Datum: [[DATUM|16 april]], 13:00-14:30, [[ORGANISATIE|Gezondheidscentrum De Wulp]]
Aanwezig: [[PERSOON|P. Vermeulen]] (huisarts, vz), [[PERSOON|Hanneke Smeding]] (POH-ouderen, notulen), [[PERSOON|Karin Bos]] (wijkvpk [[ORGANISATIE|Zorggroep Flevoland Thuis]]), [[PERSOON|Abdelkader Ziani]] (specialist ouderengeneeskunde, [[ORGANISATIE|De Kampanje]]), [[PERSOON|Monique]] (casemanager dementie), [[PERSOON|J. Tuinstra]] (apotheker)
Afwezig: fysio

1. Mw. [[PERSOON|T. Hoekstra-Dijkstra]] ([[LEEFTIJD|92]]), [[ADRES|Kotter 19]]
Sinds [[DATUM|2 april]] terug uit het ziekenhuis na heupfractuur. Revalidatie thuis gaat moeizaam, angst om te vallen. Dochter uit [[PLAATS|Harderwijk]] is overbelast.
Afspraak: [[PERSOON|Karin]] vraagt extra ADL-uren aan; SO denkt mee over Wlz-indicatie en respijtzorg. Apotheker: tramadol en oxazepam combi -> valrisico, [[PERSOON|PV]] bekijkt afbouw oxazepam.

2. Dhr. [[PERSOON|Nguyen]] (84)
Alzheimer, casemanager betrokken. Echtgenote mw. [[PERSOON|Nguyen-Tran]] spreekt weinig Nederlands, kleinzoon [[PERSOON|Minh]] tolkt. Nachtelijke onrust neemt toe, dwaalt door het huis. Dagbesteding 2x per week bij [[ORGANISATIE|De Zilvermeeuw]] bevalt goed.
Afspraak: [[PERSOON|Monique]] plant gesprek met familie over logeeropvang; SO bij volgende MDO.

3. Mw. [[PERSOON|Pinas]] (79)
Hartfalen NYHA III, 3x op de huisartsenpost geweest in maart. Wil absoluut niet meer naar het ziekenhuis.
Afspraak: [[PERSOON|PV]] voert ACP-gesprek, wijkvpk weegt dagelijks, bij >2 kg toename in 3 dgn bellen.

4. Rondvraag: [[PERSOON|Hanneke]] met zwangerschapsverlof per [[DATUM|1 juli]], vervanging door [[PERSOON|Roos Schuurman]].

Volgend MDO: [[DATUM|18 juni]], zelfde tijd. Notulen: [[PERSOON|hs]]`,
  },
];
