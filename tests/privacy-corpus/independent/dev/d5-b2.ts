import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd5-b13',
    genre: 'verwijzing',
    setting: 'GHZ',
    author: 'auteur-d5b',
    text: `[[ORGANISATIE|Stichting Kreekrug]] – Team Behandeling
[[ADRES|Nieuwe Haven 3]], [[POSTCODE|4301 DH]] [[PLAATS|Zierikzee]]

Aan: polikliniek Neurologie, [[ORGANISATIE|Adriaanhof Ziekenhuis]]
t.a.v. dr. [[PERSOON|E. Huijsman]], neuroloog

[[PLAATS|Zierikzee]], [[DATUM|13 januari 2025]]

Betreft: [[PERSOON|Kodde, A.J.]] (roepnaam [[PERSOON|Ariën]]), geb. [[DATUM|09-04-1980]]
Woonlocatie [[ORGANISATIE|Het Zeepaardje]], [[ADRES|Zuidwellestraat 14]], [[POSTCODE|4301CZ]] [[PLAATS|Zierikzee]]
BSN [[BSN|500 321 206]]

Geachte collega [[PERSOON|Huijsman]],

Graag verwijs ik bovengenoemde client, bij u bekend sinds 2011, ivm toename van aanvallen.

Vg: ernstige verstandelijke beperking bij syndroom van Lennox-Gastaut, scoliose, PEG-sonde sinds 2020, recidiverende aspiratiepneumonieen.

Medicatie: levetiracetam (Keppra) 1500 mg 2dd, clobazam (Frisium) 10 mg 2dd, rufinamide 400 mg 2dd, omeprazol 20 mg, macrogol.

Anamnese (via PB'er [[PERSOON|Jolanda Meulmeester]] en moeder): sinds half december dagelijks 3-6 korte valaanvallen (atonisch), daarnaast 2x tonisch-clonisch > 5 min ([[DATUM|28-12]] en [[DATUM|6 januari]]), beide keren midazolam buccaal nodig. Aanvalsregistratie bijgevoegd. Valhelm wordt niet consequent gedragen. Slaapt slechter, is minder alert op de dagbesteding ([[ORGANISATIE|Dagcentrum De Schelp]]).
Lab [[DATUM|8/1]]: Na 134, leverfuncties normaal, spiegels niet bepaald.

Vraagstelling: beoordeling aanvalsbeeld en medicatie. Is een (slaap)EEG zinvol? Graag ook uw advies over ketogeen dieet via de PEG.

Wettelijk vertegenwoordiger: moeder mw. [[PERSOON|G. Kodde-Boogaard]] (mentor), [[TELEFOON|0111-418257]]. Client komt met begeleiding en rolstoelvervoer.

Met collegiale groet,

drs. [[PERSOON|M.P. Lievense]], arts verstandelijk gehandicapten
AGB [[ID|01052938]] | [[EMAIL|m.lievense@kreekrug.nl]]`,
  },
  {
    id: 'd5-b14',
    genre: 'soep',
    setting: 'ZKH',
    author: 'auteur-d5b',
    knownNames: ['Dhr. C.J.M. (Kees) Mutsaers'],
    text: `Visite longziekten [[DATUM|19-01-2025]] – [[ORGANISATIE|Baronie Gasthuis]], afd. C3, k. 14

S: Pt. voelt zich minder benauwd dan gisteren. Hoest groen slijm op, minder dan bij opname. Slaapt in de stoel ivm orthopnoe. Eet weinig, "alles smaakt naar ijzer".

O: RR 132/78, P 96 reg, AH 22/min, sat 91% bij 2 L O2 via neusbril, T 37,8 °C. Crepitaties li basaal, verlengd exspirium, geen oedeem.
Lab: CRP 142 -> 88, leuco 13,4, Hb 8,2, Na 131, kreat 104.
X-thorax [[DATUM|17/1]]: consolidatie LOK, geen pleuravocht.

E: CAP li onder bij COPD GOLD 3 (FEV1 42%), klinisch en biochemisch verbeterend. CURB-65 bij opname 2. Milde hyponatriemie, waarschijnlijk SIADH ikv pneumonie.

P:
- amoxicilline/clavulaanzuur iv -> po per [[DATUM|20-1]], totaal 7 dgn
- O2 afbouwen, streefsat 88-92%
- prednisolon 30 mg, dag 4 van 5
- fysio: mobiliseren, dietist ivm SNAQ 3 -> Nutridrink 2dd
- Na controle morgen, vochtbeperking 1,5 L
- ontslag waarschijnlijk [[DATUM|22/01]]; dochter [[PERSOON|Wendy]] bellen (pt. woont alleen in [[PLAATS|Zundert]]), transferbureau vragen thuiszorg aan te vragen bij [[ORGANISATIE|Thuiszorg Grenskwartier]]

Besproken met supervisor longarts dr. [[PERSOON|B. Raaijmakers]].
ANIOS [[PERSOON|T. Sinke]]`,
  },
  {
    id: 'd5-b15',
    genre: 'mdo',
    setting: 'GHZ',
    author: 'auteur-d5b',
    knownNames: ['Mw. K. (Khadija) Benali'],
    text: `MDO [[DATUM|3 april 2025]] – woonvorm [[ORGANISATIE|De Wielewaal]] ([[ORGANISATIE|Stichting Havenlicht]]), [[PLAATS|Pendrecht]]

Aanwezig: [[PERSOON|Khadija]], moeder mw. [[PERSOON|Z. El Khatib]], gedragsdeskundige [[PERSOON|Marloes Brekelmans]], PB'er [[PERSOON|Giovanni Rosaria]], jobcoach [[PERSOON|Ilham]] ([[ORGANISATIE|Kringloop De Tweede Ronde]]). AVG dr. [[PERSOON|Sprangers]] telefonisch bij punt 4.

1. Terugblik
[[PERSOON|Khadija]] (24) woont sinds [[DATUM|15-09-2023]] op de groep. LVB (TIQ 62) en ASS. Daarvoor thuis bij moeder en op [[ORGANISATIE|Praktijkschool De Oeverloper]].

2. Gedrag
Spanning rond het avondeten en als er invallers zijn. In maart 4 incidenten (schelden, deur dichtgooien), geen fysieke agressie. Signaleringsplan is aangepast: vaste plek aan tafel, koptelefoon mag.

3. Werk
3 dagen kringloopwinkel in [[PLAATS|Carnisse]], kassa en kleding sorteren. [[PERSOON|Ilham]]: zeer nauwkeurig, wil graag een dag erbij. Reist nu met begeleiding met de metro, wil dit zelf leren.

4. Gezondheid
Heftige menstruatieklachten, AVG verwijst naar gynaecoloog [[ORGANISATIE|Maasoever Ziekenhuis]]. Melatonine 3 mg werkt goed. Tijdens ramadan wil ze vasten; afspraak AVG over tijden van de pil en melatonine.

5. Financien / vertegenwoordiging
Moeder is bewindvoerder en mentor. Geen problemen.

Afspraken
- [[PERSOON|Giovanni]] maakt reisschema metro + oefent 4 weken mee, daarna evalueren
- [[PERSOON|Ilham]] vraagt bij de winkel naar 4e werkdag
- [[PERSOON|Marloes]] observeert 2 avonden in april
- volgend MDO in oktober

Notulen: [[PERSOON|GR]]`,
  },
  {
    id: 'd5-b16',
    genre: 'email',
    setting: 'GGZ',
    author: 'auteur-d5b',
    text: `Van: [[PERSOON|Maaike Hermans]] <[[EMAIL|m.hermans@ggzdommelstroom.nl]]>
Aan: [[EMAIL|info@bewindvoeringdemeander.nl]]
Cc: [[EMAIL|t.vanerp@ggzdommelstroom.nl]]
Datum: donderdag [[DATUM|6 maart 2025]] 14:07
Onderwerp: RE: leefgeld dhr. [[PERSOON|Kaya]]

Beste mevrouw [[PERSOON|Van der Heijden]],

Dank voor uw mail van [[DATUM|4/3]]. Met toestemming van dhr. [[PERSOON|Yusuf Kaya]] (geb. [[DATUM|22-7-1988]], bij u dossiernr. [[ID|BW230417]]) reageer ik.

Dhr. is bij ons in behandeling bij FACT [[PLAATS|Rosmalen]]. Vanuit de behandeling steunen wij zijn verzoek om het leefgeld per week in plaats van per maand uit te keren. Bij een groot bedrag ineens gaat het mis (impulsief, gokken online). Met weekgeld van 75 euro lukte het in januari wel.

Verder: dhr. verhuist per [[DATUM|1 april]] naar [[ADRES|Kruisstraat 56 bis]], [[POSTCODE|5211 dt]] [[PLAATS|'s-Hertogenbosch]] (huurcontract [[ORGANISATIE|Woonstichting Vestingwal]] is getekend). Hij werkt nog 24 uur bij [[ORGANISATIE|Bakkerij Verhagen]] in [[PLAATS|Rosmalen]], salaris komt op de beheerrekening.

Kunt u de verhuiskosten (ca. 400 euro) uit de reservering voldoen? Mijn collega [[PERSOON|Tim van Erp]] (SPV) helpt bij de verhuizing.

Met vriendelijke groet,

[[PERSOON|Maaike Hermans]]
GZ-psycholoog | FACT [[PLAATS|Rosmalen]]
[[ORGANISATIE|GGZ Dommelstroom]]
[[TELEFOON|073 - 612 98 40]] | [[URL|www.ggzdommelstroom.nl]]

-----Oorspronkelijk bericht-----
Van: [[PERSOON|E. van der Heijden]]
Verzonden: [[DATUM|4 maart 2025]]
Onderwerp: leefgeld dhr. [[PERSOON|Kaya]]

Geachte mw. [[PERSOON|Hermans]], dhr. [[PERSOON|Kaya]] vraagt om weekgeld. Kunt u aangeven of dit vanuit de behandeling wenselijk is? Mvg, [[PERSOON|Els van der Heijden]], [[ORGANISATIE|Bewindvoering De Meander]]`,
  },
  {
    id: 'd5-b17',
    genre: 'overdracht',
    setting: 'ZKH',
    author: 'auteur-d5b',
    knownNames: ['Mw. J.C. (Jo) Wondergem-Joosse'],
    text: `Overdracht avond -> nacht, vr [[DATUM|14/2]] 22:45
afd. Orthopedie B1, kamer 12 bed 2 – [[ORGANISATIE|Sint Willibrord Gasthuis]]

S: Mw. [[PERSOON|Wondergem]], [[LEEFTIJD|96]] jr, dag 2 na DHS re ivm heupfractuur (OK [[DATUM|12-02-2025]]). Onrustig sinds ca 20:00, plukt aan infuus, roept om haar man (overleden).

B: Woont zelfstandig in [[PLAATS|Wemeldinge]], thuiszorg [[ORGANISATIE|Zorgteam Bevelanden]] 2x/dag. Vg: hartfalen, DM2, lichte cognitieve stoornis. Zoon [[PERSOON|Cor]] is mantelzorger, [[TELEFOON|0113-694402]]. NR-beleid, besproken op [[DATUM|12/2]] met dr. [[PERSOON|Verbakel]].

A: DOS 5 -> delier waarschijnlijk. RR 108/64, P 102, sat 93% zonder O2, T 38,0. Urine 150 ml sinds 16:00, blaasscan 480 ml. Pijn NRS 6 bij bewegen, oxycodon 5 mg om 18:00 gehad.

R:
- arts-assistent chirurgie [[PERSOON|Yılmaz]] gebeld 22:30: eenmalig katheteriseren, haloperidol 0,5 mg z.n. (max 2x), urinesediment + kweek, lab morgen vroeg (CRP, leuco, Na, kreat)
- delierpreventie: bril en gehoorapparaat in, klok zichtbaar, zoon mag blijven
- valrisico hoog: bed laag, sensormat
- geen fixatie, eerst alternatieven
- glucose 22:00 was 11,2, geen extra insuline

gegeven: [[PERSOON|Esther]] ([[PERSOON|ED]]) – ontvangen: [[PERSOON|RvdB]]`,
  },
  {
    id: 'd5-b18',
    genre: 'rapportage',
    setting: 'wijk',
    author: 'auteur-d5b',
    knownNames: ['Dhr. F.R. (Frits) Soeters'],
    text: `Rapportage wijkverpleging – [[ADRES|Kastanjesingel 31 a]], [[PLAATS|Hillegersberg]]

[[DATUM|2024-06-03]] 08:10
ADL ochtend, douchen met hulp. Dhr. vertelt weer over zijn tijd als schipper op de Rijn. Huid stuit intact, iets rood, Cavilon aangebracht. Medicatie uit baxter gegeven. /[[PERSOON|AK]]

[[DATUM|2024-06-03]] 17:30
Dhr. had warme maaltijd nog niet op (bezorgd door de maaltijdservice). Zegt geen trek. Buurvrouw mw. [[PERSOON|de Bruijn]] (nr. 29) komt vanavond even kijken. /[[PERSOON|Priscilla]]

[[DATUM|2024-06-04]] 08:20
Vandaag is dhr. [[LEEFTIJD|94]] geworden! Kaart van [[ORGANISATIE|Wijkcentrum De Rotte]] op tafel. Slecht geslapen, 2x naar toilet 's nachts, broek nat. Urine ruikt sterk. Temp 37,6. Dhr. iets verward, weet niet welke dag het is. Urine opgevangen, HA gebeld. /[[PERSOON|AK]]

[[DATUM|2024-06-04]] 11:45
Terugbelafspraak met praktijkondersteuner [[PERSOON|Nicole]] van [[ORGANISATIE|Huisartsenpraktijk Bergse Plas]]. Urine opgehaald door POH, stick: nitriet +, leuco ++. HA schrijft nitrofurantoine 50 mg 4dd 5 dagen voor, gaat naar [[ORGANISATIE|Apotheek Straatweg]]; dochter [[PERSOON|Ingrid Soeters]] haalt het op ([[TELEFOON|06-53 90 21 47]]). /[[PERSOON|Nicole]] via [[PERSOON|AK]]

[[DATUM|2024-06-04]] 21:15
Avondronde. Eerste dosis ingenomen. Drinkt 1200 ml volgens lijst. Rustiger, herkent mij. Alarmknop om pols gecontroleerd. /[[PERSOON|sv]]

[[DATUM|2024-06-05]] 08:05
Beter geslapen, droog. Temp 37,1. Boodschappen via Albert Heijn-bezorging komen vanmiddag, dochter heeft besteld. /[[PERSOON|AK]]`,
  },
  {
    id: 'd5-b19',
    genre: 'crisis',
    setting: 'GHZ',
    author: 'auteur-d5b',
    knownNames: ['Dhr. F. (Filmon) Kidane'],
    text: `Crisis / incident – woonlocatie [[ORGANISATIE|Het Baken]] ([[ORGANISATIE|Stichting Duinzicht Zorg]]), [[PLAATS|Mariahoeve]]
zaterdag [[DATUM|19 april]] – vervolgnotitie

Verloop
19:40 [[PERSOON|Filmon]] komt terug van stad, ruikt naar alcohol, gespannen. Wil geld van begeleiding, dat kan niet (leefgeld is op).
19:55 Schopt tegen deur van kantoor, slaat ruit van de keukendeur in. Pakt een scherf en houdt die richting PB'er [[PERSOON|Sevda]]. Andere bewoners naar boven gestuurd door [[PERSOON|Bas]].
20:02 112 gebeld. [[PERSOON|Sevda]] blijft op afstand praten, [[PERSOON|Filmon]] gooit scherf weg en gaat op de grond zitten huilen.
20:10 Politie ter plaatse, geen aanhouding. Hand li bloedt, snijwond 2 cm, gehecht op de huisartsenpost.
21:30 Terug, Temesta (lorazepam) 1 mg z.n. gegeven na overleg met arts VG dr. [[PERSOON|Akkaya]]. Slaapt om 22:15.

Achtergrond
22 jaar, LVB, ernstige traumatisering (vlucht via Libie), toenemend alcoholgebruik. Mentor via [[ORGANISATIE|Mentorschap Haaglanden]], mw. [[PERSOON|Wijngaarde]]. Oom [[PERSOON|Mebrahtu]] in [[PLAATS|Leidschendam]] is belangrijkste familie.

Afspraken
- crisisdienst [[ORGANISATIE|GGZ Hofstad]] maandag consult ivm trauma/alcohol
- Wzd-functionaris drs. [[PERSOON|K. Latumahina]] beoordeelt of tijdelijke maatregel (alcoholcontrole) nodig is
- [[PERSOON|Ricardo]] (medebewoner) is erg geschrokken, nagesprek met PB'er
- MIC-melding gedaan, nazorg voor [[PERSOON|Sevda]] via teamleider
- glazenmaker maandag gebeld

[[PERSOON|bvdw]] / [[PERSOON|sk]]`,
  },
  {
    id: 'd5-b20',
    genre: 'begeleiding',
    setting: 'wijk',
    author: 'auteur-d5b',
    knownNames: ['Mw. M. (Małgorzata) Nowak'],
    text: `Evaluatie begeleidingsplan ambulante begeleiding (Wmo) – [[DATUM|12 mei]]
Client: [[PERSOON|Małgorzata Nowak]] (roepnaam [[PERSOON|Gosia]]), [[ADRES|Paul Krugerstraat 9 rd]], [[POSTCODE|4383 gk]] [[PLAATS|Vlissingen]]
Begeleider: [[PERSOON|Linda Verhulst]], [[ORGANISATIE|Wijkteam Plus Zeeuwse Kust]]
Indicatie gemeente [[PLAATS|Vlissingen]] t/m [[DATUM|31-12-2025]], 3 uur p/w

Doel 1: administratie op orde
Post wordt nu wekelijks samen geopend. Huurachterstand bij [[ORGANISATIE|Woonstichting Walcherse Kust]] is met betalingsregeling opgelost (nog 4 termijnen). Toeslagen lopen. Deels behaald.

Doel 2: opvoeding en rust in huis
Zoontje [[PERSOON|Kuba]] (5) heeft driftbuien, school ([[ORGANISATIE|Basisschool De Wingerd]], [[PLAATS|Souburg]]) heeft gesprek gehad met [[PERSOON|Gosia]], juf [[PERSOON|Annemiek]] is positief over haar inzet. [[PERSOON|Zuzanna]] (8) gaat goed. Via CJG oudercursus aangeboden, [[PERSOON|Gosia]] twijfelt ivm taal.

Doel 3: werk
Werkt 20 uur bij [[ORGANISATIE|Visverwerking Zeebanket]] in [[PLAATS|Arnemuiden]], vroege diensten. Oppas: buurvrouw [[PERSOON|Anja]]. Wil Nederlandse les op niveau A2, start taalcafe bibliotheek in september.

Doel 4: sociaal netwerk
Weinig contacten. Ex-partner [[PERSOON|Tomasz]] woont in [[PLAATS|Middelburg]], omgang met kinderen om het weekend, loopt wisselend. Contact met Poolse kerkgemeenschap ([[ORGANISATIE|Parochie Heilige Adalbertus]]) geeft steun.

Conclusie: voortzetten, afschalen naar 2 uur p/w vanaf [[DATUM|1/9]] als administratie stabiel blijft.
Akkoord client: ja (mondeling)
Tel. client [[TELEFOON|06 81 44 20 39]]

[[PERSOON|L. Verhulst]]`,
  },
  {
    id: 'd5-b21',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-d5b',
    text: `[[ORGANISATIE|Dommeldal Ziekenhuis]] | Cardiologie
[[ADRES|Hoogstraat 800]], [[POSTCODE|5615 PA]] [[PLAATS|Eindhoven]] | [[TELEFOON|040 - 888 21 00]]

Aan: [[ORGANISATIE|Huisartsen De Kapelhof]], t.a.v. mw. dr. [[PERSOON|I. Ramakers]]

[[PLAATS|Eindhoven]], [[DATUM|27-09-2024]]

Inzake: [[PERSOON|Aarts, J.H.M.]], geb. [[DATUM|3 maart 1933]]
[[ADRES|Dorpsstraat 102A]], [[POSTCODE|5591 ba]] [[PLAATS|Heeze]]
BSN [[BSN|527548753]] | Patnr [[ID|1248836]]

Waarde collega,

Wij zagen uw [[LEEFTIJD|91]]-jarige patient, die van [[DATUM|22 september]] tot [[DATUM|27 september]] was opgenomen op de CCU en afdeling cardiologie.

Reden van opname: pijn op de borst in rust sinds 2 uur, ingestuurd door de huisartsenpost.

Diagnose: NSTEMI; AV-blok 2e graad Mobitz type I (Wenckebach), asymptomatisch.

Beloop: troponine-T 88 -> 412 ng/l. Echo: LVEF 45%, hypokinesie inferior. Gezien leeftijd, kwetsbaarheid en de wens van patient (en echtgenote) afgezien van CAG; conservatief beleid. Geen recidief klachten. Wenckebach-periodiciteit 's nachts, geen pauzes > 3 sec, geen pacemakerindicatie.

Medicatie bij ontslag:
- acetylsalicylzuur 80 mg 1dd
- clopidogrel (Plavix) 75 mg 1dd, 12 maanden
- atorvastatine 40 mg 1dd
- pantoprazol 40 mg 1dd
- metoprolol gestopt ivm AV-blok

Beleid: poli cardiologie over 6 weken. Bij recidief klachten nitrospray, bij aanhouden 112. NR-beleid besproken op [[DATUM|23/9]], vastgelegd.

Met vriendelijke groet,

dr. [[PERSOON|W.J. Schellekens]], cardioloog, BIG [[ID|49017725301]]
[[PERSOON|L. Claassen]], verpleegkundig specialist`,
  },
  {
    id: 'd5-b22',
    genre: 'verwijzing',
    setting: 'GGZ',
    author: 'auteur-d5b',
    text: `Verwijsbrief specialistische GGZ – eetstoornissen

Van: [[PERSOON|A. Pattiasina]], GZ-psycholoog, [[ORGANISATIE|Praktijk Kompas]] (generalistische basis GGZ), AGB [[ID|94061732]]
Aan: intake, [[ORGANISATIE|Centrum Eetstoornissen Westerhout]]
Datum: [[DATUM|10 februari 2025]]

Betreft: [[PERSOON|Noor Kartosen]], geb. [[DATUM|14/08/2007]]
[[ADRES|Laan van Hoornwijck 77]], [[POSTCODE|2497 AH]] [[PLAATS|Ypenburg]]
BSN [[BSN|557.922.124]]
Huisarts: dr. [[PERSOON|Tesfaye]], [[ORGANISATIE|Gezondheidscentrum Ypenhof]]

Geachte collega,

Ik verwijs [[PERSOON|Noor]] (17) met het vermoeden van anorexia nervosa, restrictief type.
Sinds ca. 9 maanden ernstige restrictie (< 800 kcal), dagelijks 2 uur sporten, sinds oktober amenorroe. Gewicht 43,1 kg bij 1,65 m (BMI 15,8), 9 kg verlies in een half jaar. EDE-Q globaal 4,6. Bij HA op [[DATUM|3-2]] pols 48/min, RR 92/58, K 3,4. Geen braken of laxantia gerapporteerd.

Sinds november 8 gesprekken bij mij (CGT-E), onvoldoende effect; gewicht daalt verder. Geen suicidaliteit, wel somberheid en perfectionisme. Verzuim op school ([[ORGANISATIE|Scholengemeenschap Het Duinhof]], 6 vwo), mentor dhr. [[PERSOON|Zwartjes]] is op de hoogte.

Gezien bradycardie en snelle daling vraag ik een spoedintake, evt. somatische beoordeling door de kinderarts.

Ouders zijn betrokken en akkoord: moeder mw. [[PERSOON|Shanti Kartosen-Ramsaran]], [[TELEFOON|06-20 57 81 36]].

Met collegiale groet,
[[PERSOON|Anouk Pattiasina]]
GZ-psycholoog, BIG [[ID|19061835925]]
[[EMAIL|a.pattiasina@praktijkkompas.nl]]`,
  },
  {
    id: 'd5-b23',
    genre: 'soep',
    setting: 'GHZ',
    author: 'auteur-d5b',
    knownNames: ['Mw. E. (Esmee) van Kessel'],
    text: `Consult AVG [[DATUM|11-06]], woonlocatie [[ORGANISATIE|De Zonnewijzer]], [[PLAATS|Boxtel]]

S: Via PB'er [[PERSOON|Danique]]: [[PERSOON|Esmee]] heeft sinds 2 wk rode pijnlijke huid in liezen en onder de buik, krabt veel. Afgelopen weken 3x snoep gekocht bij de Action op weg van dagbesteding ([[ORGANISATIE|Zorgboerderij 't Hoefijzer]]), koelkast staat wel op slot. Slaapt goed, snurkt hard volgens nachtdienst. [[PERSOON|Esmee]] zelf: "het jeukt en ik ben niet dik".

O: Gewicht 88,4 kg (was 84,0 in maart), BMI 36. RR 138/86. Liezen bdz en buikplooi: vuurrode, vochtige, scherp begrensde laesies met satellietlaesies. Geen koorts. Glucose nuchter 6,4.

E: Intertrigo met candida-infectie bij obesitas, syndroom van Prader-Willi. Gewichtstoename door extra voedsel buiten de woning. Verdenking OSAS (snurken, overdag in slaap vallen).

P:
- miconazolcreme 2dd tot 2 wk na genezing, plooien droog houden, katoenen doekje ertussen
- afspraak met dagbesteding: begeleiding loopt mee naar bus, geen geld mee
- HbA1c en lipiden bij volgende lab
- verwijzing slaaponderzoek, overleg met ouders (mentor: vader dhr. [[PERSOON|J. van Kessel]])
- diëtiste [[PERSOON|Roos]] inplannen
- evaluatie over 3 wk

/[[PERSOON|J.v.d.M.]], AVG`,
  },
  {
    id: 'd5-b24',
    genre: 'mdo',
    setting: 'ZKH',
    author: 'auteur-d5b',
    knownNames: ['Mw. C. (Corrie) Verhulst-Goedhart'],
    text: `MDO Tumorwerkgroep mamma + geriatrie – [[DATUM|17-06-2025]]
[[ORGANISATIE|Sint Willibrord Gasthuis]], locatie [[PLAATS|Vlissingen]]

Aanwezig: dr. [[PERSOON|L. Boogaard]] (chirurg), dr. [[PERSOON|H. Dekker]] (int.-oncoloog), dr. [[PERSOON|Kamiński]] (radiotherapeut, video), [[PERSOON|F. Sewdien]] (klinisch geriater), VS mammacare [[PERSOON|Tineke]], radioloog, patholoog.

Patient: mw. [[PERSOON|Verhulst-Goedhart]], [[LEEFTIJD|92]] jr.
Woont in [[ORGANISATIE|Woonzorgcentrum Ter Reede]] in [[PLAATS|Westkapelle]], huisarts [[ORGANISATIE|Huisartsenpraktijk Dishoek]].

Bevindingen
- mammografie/echo [[DATUM|5-6]]: tumor re bovenbuitenkwadrant 2,6 cm, okselechografie geen verdachte klieren
- histologie: invasief carcinoom NST, graad 2, ER 100%, PR 60%, HER2 neg
- stadium cT2N0M0

Geriatrisch assessment ([[DATUM|12 juni]])
G8 11/17, Katz-ADL 2, MMSE 24/30, loopt met rollator, valincident 2x dit jaar. Hartfalen NYHA II. Mw. is helder over haar wensen: "geen grote operatie, ik wil in mijn eigen kamer blijven".

Bespreking
Operatie (lumpectomie + SWK) technisch mogelijk, maar gezien kwetsbaarheid, delierrisico en wens pt. wordt primair endocriene therapie geadviseerd. Radiotherapie niet zinvol zonder OK.

Besluit
- letrozol 2,5 mg 1dd, echo-controle na 3 en 6 mnd
- DEXA niet zinvol, wel calcium/vit D
- [[PERSOON|Tineke]] belt dochter mw. [[PERSOON|A. Verhulst]] ([[PLAATS|Middelburg]]) voor gesprek met [[PERSOON|Boogaard]] op [[DATUM|24 juni]]
- brief naar HA en specialist ouderengeneeskunde [[ORGANISATIE|Ter Reede]]

Verslag: [[PERSOON|HD]]`,
  },
];
