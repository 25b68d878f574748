import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h5-a25',
    genre: 'email',
    setting: 'VVT',
    author: 'auteur-h5a',
    text: `Van: [[PERSOON|Hanneke Vroemen]] <[[EMAIL|h.vroemen@nolderhof.nl]]>
Aan: [[PERSOON|Rob Meijer]]
Datum: [[DATUM|4 september 2024]] 10:12
Onderwerp: RE: kwijtgeraakte hoortoestellen en wasgoed moeder

Beste heer [[PERSOON|Meijer]],

Dank voor uw mail. Het spijt me oprecht dat de hoortoestellen van uw moeder al een week kwijt zijn en dat er opnieuw kleding zoek is.

Wat we hebben gedaan:
- kamer 23 en de huiskamer zijn doorzocht, ook de wasmand en het linnenhok. Helaas niets gevonden.
- ik heb contact gehad met [[ORGANISATIE|Wasserij De Blauwe Knoop]]; zij zoeken in hun depot naar de twee vesten en de nachtpon. Kleding wordt voortaan op naam gelabeld.
- de EVV, [[PERSOON|Joke Lemmens]], heeft bij Beter Horen een afspraak gemaakt voor nieuwe toestellen op di [[DATUM|10 september]] om 14:00. De kosten nemen wij voor onze rekening.

Uw moeder is [[LEEFTIJD|95]] en zonder toestellen hoort zij bijna niets; het team merkt dat ze zich daardoor terugtrekt. We zijn daarom extra alert en gebruiken tijdelijk een whiteboard.

Ik stel voor dat we binnenkort samen met [[PERSOON|Joke]] om tafel gaan. U bent van harte welkom, ook uw zus mevrouw [[PERSOON|Crombach-Meijer]].

Met vriendelijke groet,

[[PERSOON|Hanneke Vroemen]]
Locatiemanager [[ORGANISATIE|Zorgcentrum Nolderhof]]
[[ADRES|Heerestraat 77]], [[POSTCODE|9301 AK]] [[PLAATS|Roden]]
[[TELEFOON|050 501 83 40]] | [[URL|https://www.nolderhof.nl/contact]]

-----
Op [[DATUM|2 sep. 2024]] om 21:14 schreef [[PERSOON|Rob Meijer]] <[[EMAIL|robmeijer61@kpnmail.nl]]>:
> Geachte mevrouw [[PERSOON|Vroemen]], mijn moeder mw. [[PERSOON|Meijer-Lemmens]] is sinds vorige week haar hoortoestellen kwijt. Niemand weet ervan. Ook mist ze weer kleding. Dit is de derde keer. Graag een reactie. [[PERSOON|Rob Meijer]]`,
  },
  {
    id: 'h5-a26',
    genre: 'overdracht',
    setting: 'wijk',
    author: 'auteur-h5a',
    text: `Overdracht ochtend → avond, route 3 [[PLAATS|Appingedam]]/[[PLAATS|Delfzijl-Noord]]
wo [[DATUM|6/11]] – [[ORGANISATIE|Wijkzorg Fivelboog]]

- mw. [[PERSOON|Smit]] ([[LEEFTIJD|97]]), [[ADRES|Dijkstraat 4]]: slecht geslapen, hoest. Temp 37,6. Dochter gevraagd HA [[PERSOON|Mulder]] te bellen. Avond: temp opnieuw meten, drinklijst!
- dhr. [[PERSOON|Oosterhuis]]: glucose 07:30 14,2, insuline volgens schema gegeven (Novorapid 8 E). Hypo-kit bijgevuld. Avond: controle voor eten.
- mw. [[PERSOON|Kaya]]: stomazakje gelekt, huid rood rond stoma. Cavilon gebruikt. Dochter [[PERSOON|Elif]] vertaalt, tel. [[TELEFOON|06-58 23 41 19]]. Stomaverpleegkundige [[PERSOON|Ilse]] komt do.
- dhr. [[PERSOON|de boer]] ([[ADRES|Opwierderweg 12-203]], 2e etage, lift kapot!): steunkousen aan, benen gezwollen. Gewicht +1,5 kg t.o.v. vorige week. Avond: kousen uit, gewicht morgen vroeg.
- [[PERSOON|truus]] (mw. [[PERSOON|Doornbos]]): was in de war, zocht haar man (overleden 2019). Medicatie zelf uit rol gehaald, telling klopt. Avond: medicatie aanreiken, niet laten liggen.
- dhr. [[PERSOON|Bouwman]]: geen bijzonderheden. Wil zaterdag met zoon naar de Etos voor scheerspullen.

Nieuw: mw. [[PERSOON|Tesfay]], [[ADRES|Zeesluis 9 II]], [[POSTCODE|9934 EJ]] [[PLAATS|Delfzijl]], start morgen wondzorg na ok (zie dossier). Sleutel via kluisje.

Route morgen loopt [[PERSOON|Annemiek]], [[PERSOON|Jorien]] heeft vrij.
Vragen: teamtelefoon [[TELEFOON|0596 - 61 02 88]]
/[[PERSOON|dd]]`,
  },
  {
    id: 'h5-a27',
    genre: 'rapportage',
    setting: 'wijk',
    author: 'auteur-h5a',
    knownNames: ['Dhr. H. (Harm) Bruins'],
    text: `vr [[DATUM|22-11]] 09:15 – Dhr. veel geslapen. Pomp morfine 20 mg/24u loopt goed, 2 bolussen vannacht door echtgenote gegeven. Mondzorg, wisselligging. Echtgenote [[PERSOON|Aukje]] moe maar rustig. Pastor [[PERSOON|Wessels]] van de [[ORGANISATIE|Protestantse Gemeente Westerbork]] komt vanmiddag. – [[PERSOON|ST]]

vr [[DATUM|22-11]] 16:40 – Tweede bezoek. Dhr. reageert nauwelijks nog op aanspreken, fronst bij verzorgen. Extra bolus gegeven. Ademhaling onregelmatig met pauzes, mogelijk begin Cheyne-Stokes. Uitleg gegeven aan echtgenote en dochter [[PERSOON|Mirjam]]. HA dr. [[PERSOON|Kuipers]] gebeld, komt morgen langs. VPTZ-vrijwilliger waakt vannacht. – [[PERSOON|ST]]

za [[DATUM|23 november]] 10:00 – HA geweest. Midazolam toegevoegd aan pomp (palliatieve sedatie niet nodig volgens HA, wel comfort). Familie is aanwezig, kleinzoon [[PERSOON|Daan]] is uit [[PLAATS|Groningen]] gekomen. Overwogen nog overplaatsing naar [[ORGANISATIE|Hospice Het Veenlicht]] in [[PLAATS|Beilen]], echtgenote wil dat hij thuis blijft. – [[PERSOON|Karin]]

za [[DATUM|23 november]] 21:30 – Dhr. comfortabel, geen tekenen van onrust. Reutelen licht, scopolamine pleister geplakt. Familie geïnstrueerd over bolus. – [[PERSOON|Karin]]

zo [[DATUM|24-11-2024]] 06:20 – Telefoon van dochter: dhr. is om 04:10 rustig overleden. Om 06:50 bij familie geweest, pomp gestopt, laatste verzorging samen met dochter gedaan. HA komt voor schouw. Contact met [[ORGANISATIE|Uitvaartverzorging Hadders]] door familie. – [[PERSOON|ST]]

zo [[DATUM|24-11-2024]] – Dossier afsluiten na nazorggesprek (gepland [[DATUM|9/12]]). Hulpmiddelen (bed, tillift) ophalen via uitleen, aangevraagd. – [[PERSOON|ST]]`,
  },
  {
    id: 'h5-a28',
    genre: 'crisis',
    setting: 'VVT',
    author: 'auteur-h5a',
    knownNames: ['Mw. F. (Fenna) Boersma-van der Meer'],
    text: `Acute situatie nachtdienst – [[ORGANISATIE|Zorgcentrum Wiemerstate]], [[PLAATS|Sneek]], afd. 3 West
[[DATUM|14-12-2024]], 02:35

Situatie: mw. gevonden op de grond naast bed, kamer 318, bloedende hoofdwond achterhoofd (ca. 3 cm). Bedhek stond omlaag, sensormat lag naast het bed.
Achtergrond: mw. is [[LEEFTIJD|90]] jr, gebruikt acenocoumarol (AF), osteoporose. Geen NR-beleid vastgelegd; wens t.a.v. ziekenhuisopname onbekend.
Beoordeling: aanspreekbaar maar suf, GCS E3M6V4 (normaal 15). Pupillen isocoor. RR 168/94, pols 104 irr, sat 94%. Braakt 1x om 02:50. Li arm pijnlijk bij bewegen.
Actie:
- 02:45 SO-dienst gebeld, dr. [[PERSOON|Wijnstra]]: advies direct 112 ivm antistolling + suf
- 02:52 ambulance besteld, wond afgedrukt met gaas
- zoon [[PERSOON|Sybren Boersma]] gebeld ([[TELEFOON|06-22 71 40 38]]), neemt niet op, ingesproken. Dochter [[PERSOON|Geartsje]] wel bereikt, gaat naar de SEH
- 03:10 ambulance vertrokken naar SEH [[ORGANISATIE|Ziekenhuis Noordster]] met overdrachtsformulier, medicatieoverzicht en INR van [[DATUM|11-12]] (3,1)

Na afloop: collega's van afd. 2 Oost ([[PERSOON|Marrit]]) en 3 West samen teruggekeken. MIC-melding gedaan. Overdracht aan dagdienst en EVV [[PERSOON|Wietske de Vries]]: graag morgen met familie wilsverklaring/behandelbeleid bespreken.

05:40 – dochter belt vanuit SEH: CT-hersenen geen bloeding, wond gehecht, polsfractuur li. Mw. blijft ter observatie, gips morgen.

[[PERSOON|Jeroen Yilmaz]], verpleegkundige nacht
/[[PERSOON|JY]]`,
  },
  {
    id: 'h5-a29',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-h5a',
    knownNames: ['Dhr. B. (Burak) Şahin'],
    text: `Evaluatie begeleidingsplan – halfjaar
Cliënt: [[PERSOON|Burak Şahin]], wooncentrum [[ORGANISATIE|De Skelp]], [[PLAATS|Joure]]
Datum: [[DATUM|21 maart 2024]]
Aanwezig: [[PERSOON|Burak]], moeder [[PERSOON|Ayşe Şahin]], zus [[PERSOON|Melek]], PB'er [[PERSOON|Tjeerd Hoekstra]], jobcoach [[PERSOON|Nina Vos]]

Doel 1 – werk
[[PERSOON|Burak]] werkt 4 ochtenden bij [[ORGANISATIE|Groenbedrijf Haskerland]], onderhoud plantsoenen. Jobcoach: hij is betrouwbaar en snel, maar raakt gefrustreerd als collega's grappen maken die hij niet snapt. [[PERSOON|Burak]] zelf: "Ik wil een echt contract." Besproken wat beschut werk is en wat loonkostensubsidie via het UWV inhoudt.
Beoordeling: doel grotendeels behaald.

Doel 2 – zelfstandig wonen
[[PERSOON|Burak]] kookt 2x per week zelf, boodschappen bij de Lidl met lijstje. Was doet hij nog met hulp. Hij wil over een jaar naar een appartement met ambulante begeleiding in [[PLAATS|Heerenveen]], dichter bij familie.
Beoordeling: deels behaald.

Doel 3 – vrije tijd
Sinds januari keeper bij het G-team van [[ORGANISATIE|VV De Skûtsjes]]. Hij gaat vrijdag met zijn broer naar de moskee in [[PLAATS|Heerenveen]]. Moeder is blij dat hij meer contact heeft met de familie.

Gezondheid
LVB, ADHD. Methylfenidaat 20 mg 2dd via [[ORGANISATIE|Apotheek De Haskerpoort]]. Gewicht stabiel. Eerste tandartscontrole sinds 2021 gepland [[DATUM|8-4]].

Nieuwe afspraken
1. oefenen met was draaien (PB'er, 1x/wk)
2. jobcoach bespreekt met werkgever mogelijkheid proefcontract per [[DATUM|1 september]]
3. aanmelding wachtlijst ambulant wonen in overleg met mentor

Volgende evaluatie: september.
[[PERSOON|T. Hoekstra]], PB'er`,
  },
  {
    id: 'h5-a30',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h5a',
    text: `[[ORGANISATIE|Ziekenhuis Emmerdennen]] – Cardiologie
Polikliniek: [[TELEFOON|0591-681130]]

Aan: huisarts [[PERSOON|Ç. Aydın]], [[ORGANISATIE|Huisartsenpraktijk Emmerhout]], [[PLAATS|Emmen]]

[[PLAATS|Emmen]], [[DATUM|11.06.2024]]

Betreft: dhr. [[PERSOON|Soeripto, W.]], geb. [[DATUM|30-01-1933]]
BSN [[BSN|691618458]] | ZIS-nr. [[ID|2205873]]
[[ADRES|Hondsrugweg 140-A]], [[POSTCODE|7824 PA]] [[PLAATS|Emmen]]

Geachte collega,

Uw [[LEEFTIJD|91]]-jarige patiënt was van [[DATUM|4 juni]] t/m [[DATUM|11 juni 2024]] opgenomen op onze afdeling wegens collaps bij totaal AV-blok.

Voorgeschiedenis: hypertensie, paroxysmaal AF, CNI (eGFR 38), TIA 2017, M. Bechterew.

Beloop: op de SEH frequentie 32/min, tijdelijke pacing via v. jugularis. Op [[DATUM|5/6]] implantatie DDD-pacemaker (Biotronik) door dr. [[PERSOON|Van Beek]]. Wondcontrole rustig, pacemakercontrole normaal. Troponine licht verhoogd (42 ng/l), passend bij collaps, geen ischemie op ECG. Dhr. was kort delirant op dag 2, opgeklaard. Mobiliseert met rollator.

Medicatie bij ontslag:
- apixaban 2,5 mg 2dd (gewijzigd: was Marcoumar)
- metoprolol 25 mg 1dd
- amlodipine 5 mg 1dd
- paracetamol z.n.

Beleid:
- wondcontrole via de praktijk na 10 dagen
- pacemakercontrole poli over 6 weken
- geen autorijden 2 weken (dhr. rijdt al niet meer)
- wijkverpleging van [[ORGANISATIE|Thuiszorg Hondsrug]] 1x daags voor ondersteuning bij douchen, eerste week

Dhr. woont met zijn echtgenote mw. [[PERSOON|Soeripto-Tan]]; kleinzoon [[PERSOON|Rizal]] is contactpersoon, tel. [[TELEFOON|06 43 18 99 27]].

Met vriendelijke groet,

[[PERSOON|H.A. Koster]], cardioloog, BIG [[ID|59031188401]]
[[PERSOON|D. Kromodimedjo]], ANIOS cardiologie`,
  },
  {
    id: 'h5-a31',
    genre: 'verwijzing',
    setting: 'GGZ',
    author: 'auteur-h5a',
    text: `[[ORGANISATIE|Huisartsenpraktijk Leek-Oost]]
[[ADRES|Tolberterstraat 39]], [[POSTCODE|9351 bh]] [[PLAATS|Leek]] | T [[TELEFOON|0594-51 22 80]] | AGB [[ID|01098245]]

Aan: [[ORGANISATIE|Praktijk voor Psychologie Nienoord]], t.a.v. GZ-psycholoog mw. drs. [[PERSOON|E. Halbertsma]]
Datum: [[DATUM|29-01-2024]]

Betreft: mw. [[PERSOON|I. El Amrani]], geb. [[DATUM|05-05-2004]], [[ADRES|Lindelaan 3]], [[PLAATS|Tolbert]]
BSN [[BSN|856194451]]

Geachte collega,

Graag verwijs ik bovengenoemde 19-jarige patiënte naar de generalistische basis-GGZ met een vermoeden van paniekstoornis.

Klachten: sinds de zomer paniekaanvallen (hartkloppingen, benauwd, tintelingen), 3-4x per week, vooral in de bus en in de klas. Vermijdt sinds november het openbaar vervoer, gaat nog maar 2 dagen naar haar opleiding (MBO verpleegkunde, [[ORGANISATIE|Lauwerscollege]]). Haar bijbaan bij [[ORGANISATIE|Bakkerij Tiesinga]] in [[PLAATS|Zevenhuizen]] houdt ze wel vol. Slaapt slecht, piekert over school en familie.

Behandeling tot nu toe: 6 gesprekken met POH-GGZ [[PERSOON|Roel Kalsbeek]] (psycho-educatie, ademhalingsoefeningen, exposure-opdrachten). Licht effect. PHQ-9: 14, GAD-7: 16.

Somatisch: lichamelijk onderzoek, ECG en TSH zonder afwijkingen. Geen middelengebruik. Geen suïcidale gedachten.

Sociaal: woont bij ouders en twee broers. Moeder spreekt weinig Nederlands; mw. wil niet dat ouders over de verwijzing worden geïnformeerd. Mentor op school, mw. [[PERSOON|Jansen]], is wel op de hoogte.

Vraag: diagnostiek en kortdurende behandeling (CGT). Mw. heeft voorkeur voor een vrouwelijke behandelaar en een afspraak na 15:00.

Met vriendelijke groet,

[[PERSOON|J.A. Bakker]], huisarts`,
  },
  {
    id: 'h5-a32',
    genre: 'soep',
    setting: 'VVT',
    author: 'auteur-h5a',
    knownNames: ['Mw. J. (Jantje) Wolters-Kamping'],
    text: `Visite SO – di [[DATUM|3 sept]]
Locatie [[ORGANISATIE|De Rijtuigenhof]], [[PLAATS|Hoogeveen]], kamer 4

S: EVV [[PERSOON|Femke]] meldt dat mw. minder eet en drinkt sinds ca. 1 week, ligt veel in bed. Mw. zelf: "ik ben zo moe, ik wil naar mijn [[PERSOON|Albert]]" (echtgenoot, overleden 2011, was visser op de Noordzee). Geen pijn aangegeven behalve bij verzorgen stuit.

O: mw. [[LEEFTIJD|98]] jaar, cachectisch, gewicht 41,3 kg (was 44,0 in juni). Alert, herkent mij. RR 102/60, pols 84, temp 36,6. Mond droog. Sacrum: decubitus cat. 2, 2 x 1,5 cm, rood wondbed. Braden 12, Norton 9. Buik soepel, defecatie 2 dagen geleden. Lab niet afgenomen (conform wens).

E: afnemende intake en toenemende vermoeidheid passend bij laatste levensfase, geen aanwijzing voor acute oorzaak. Decubitus cat. 2 sacraal.

P:
- comfortbeleid, geen ziekenhuisopname (NR-verklaring d.d. [[DATUM|19-04-2023]] bevestigd)
- eten/drinken naar wens, niets forceren; mondzorg 4x daags
- Mepilex Border Sacrum, wisselligging 3-uurs, AD-matras aangevraagd
- paracetamol 500 mg 3dd vast
- morfine 2,5 mg s.c. z.n. bij pijn of benauwdheid
- gesprek met dochter [[PERSOON|Gerda Wolters]] morgen 11:00, zij wordt gebeld door EVV
- verwachte levensduur weken; pastoraal werker [[PERSOON|Schuurman]] inlichten op verzoek mw.

/SO [[PERSOON|A. Benali]]`,
  },
  {
    id: 'h5-a33',
    genre: 'mdo',
    setting: 'GHZ',
    author: 'auteur-h5a',
    knownNames: ['Dhr. R. (Ricardo) Kromodimedjo'],
    text: `MDO woonvorm [[ORGANISATIE|De Zwaluwhoeve]], [[PLAATS|Selwerd]]
[[DATUM|9-10-2024]], 10:00

Aanwezig
- [[PERSOON|Ricardo]] (eerste 15 min)
- AVG [[PERSOON|R. Isenia]]
- orthopedagoog [[PERSOON|Tessa Nijboer]]
- PB'er [[PERSOON|Koen]]
- mentor dhr. [[PERSOON|Girigorie]] (mentor sinds 2022)
- broer [[PERSOON|Sergio Kromodimedjo]]

Achtergrond
[[PERSOON|Ricardo]], 31 jr, lichte VB met autisme (eerder: syndroom van Asperger), woont sinds 2019 in de woonvorm.

Besproken
1. Werk: [[PERSOON|Ricardo]] werkt 3 dagen bij [[ORGANISATIE|Fietsenstalling De Spaak]] bij het station. Hij doet het goed, maar rommelt na werk in de stad tot laat. Hij wil meer uren. Orthopedagoog: eerst vaste structuur na werktijd.
2. Medicatie: risperidon 1 mg a.n. sinds 2020. AVG stelt afbouw voor (gewicht +8 kg, prolactine verhoogd). [[PERSOON|Ricardo]] en broer akkoord, mentor ook. Afbouwschema in 8 weken, signaleringsplan bijgewerkt.
3. Wzd: geen onvrijwillige zorg meer sinds [[DATUM|1-4]]. Afspraak over telefoon 's nachts is vrijwillig (ligt in het kantoor), [[PERSOON|Ricardo]] geeft dit zelf aan.
4. Wonen: [[PERSOON|Ricardo]] wil naar een studio in [[PLAATS|Paddepoel]] met ambulante begeleiding. Mentor ziet dat nog niet zitten. Besluit: oefentraject in de trainingsstudio van [[ORGANISATIE|Woonstichting Stadsmaat]] vanaf januari.
5. Familie: broer haalt hem om de week op voor zondag bij moeder in [[PLAATS|Lewenborg]].

Afspraken
- AVG start afbouw risperidon per [[DATUM|14 okt]]
- PB'er maakt weekschema na werk
- mentor en orthopedagoog overleggen voor [[DATUM|1 december]] over trainingsstudio

Verslag: [[PERSOON|TN]]`,
  },
  {
    id: 'h5-a34',
    genre: 'email',
    setting: 'wijk',
    author: 'auteur-h5a',
    text: `Van: [[EMAIL|wijkteam.beijum@stadszorggroningen.nl]]
Aan: [[EMAIL|baxter@apotheekelzenhof.nl]]
Datum: [[DATUM|2024-10-14]] 13:48
Onderwerp: medicatierol mw. [[PERSOON|Aydın]] – apixaban/acenocoumarol dubbel?

Goedemiddag,

Bij mw. [[PERSOON|F. Aydın]] (geb. [[DATUM|8 april 1947]]), [[ADRES|Kastanjeplein 12-c]], [[POSTCODE|9736 GS]] [[PLAATS|Groningen]], zagen wij vanochtend dat er in de nieuwe baxterrol vanaf [[DATUM|14-10]] zowel apixaban 5 mg 2dd als acenocoumarol zit. Volgens ons is de acenocoumarol gestopt na de opname in [[ORGANISATIE|Ziekenhuis Stadspark]] (ontslagbrief [[DATUM|9/10]]). Mw. heeft vanochtend geen van beide ingenomen, wij hebben de zakjes apart gelegd.

Kunnen jullie dit nakijken en contact opnemen met HA [[PERSOON|Vos]] ([[ORGANISATIE|Huisartsenpraktijk Beijum]])? Ook de trombosedienst heeft haar nog op de lijst staan.

In jullie systeem staat bij haar BSN [[ID|600648108]]; op haar zorgpas staat een ander nummer. Mogelijk een typefout.

Alvast bedankt. Bij vragen graag bellen met de teamtelefoon.

Met vriendelijke groet,

[[PERSOON|Nikki de Wit]]
Verpleegkundige, team [[PLAATS|Beijum]]
[[ORGANISATIE|Stadszorg Groningen]]
[[TELEFOON|06-11 93 57 20]]

---
Reactie [[DATUM|14-10-2024]] 15:02, [[PERSOON|Bas Hermans]], apothekersassistent:
Dank, klopt. Acenocoumarol is per abuis niet gestopt. Nieuwe rol wordt morgen voor 10:00 bezorgd, HA is ingelicht. BSN was een typefout en is aangepast.`,
  },
  {
    id: 'h5-a35',
    genre: 'overdracht',
    setting: 'GHZ',
    author: 'auteur-h5a',
    text: `Overdracht avond → slaapdienst [[ORGANISATIE|Woonhuis De Vestingtuin]], [[PLAATS|Coevorden]]
zaterdag [[DATUM|18 mei]] – 23:00

[[PERSOON|Henkie]] (kamer 1): sondevoeding Nutrison om 22:00 aangesloten, loopt tot 06:00 (84 ml/u). Onrustig na bezoek van zus, heeft lang gehuild. Knuffel en muziek aan. Omdraaien om 02:00.

[[PERSOON|Marloes]] (kamer 2): vanavond 1 absence, verder goed. Bij insult > 5 min diazepam rectiole 10 mg (staat in kluis) en bereikbaarheidsdienst bellen, nummer [[TELEFOON|0524-59 33 00]].

[[PERSOON|Mo]] (kamer 3, [[PERSOON|Mohammed El Idrissi]]): katheter gewisseld door wijkverpleging, urine helder. Moeder belt morgen om 10:00, zij wil weten of hij naar de bruiloft in [[PLAATS|Emmen]] kan op [[DATUM|25-5]]. Doorgeven aan PB'er [[PERSOON|Jessica]].

[[PERSOON|Jolanda]] (kamer 4): verkouden, temp 37,9 °C. Paracetamol 500 mg om 21:00 gegeven. Niet naar dagbesteding [[ORGANISATIE|De Klompenmakerij]] maandag als koorts stijgt; afmelden bij [[PERSOON|Arie]].

[[PERSOON|jan-peter]] (kamer 5): logeert tot zondag, ouders halen hem om 16:00. Eet glutenvrij!

Algemeen: de koelkast in de keuken sluit slecht, melding gedaan bij facilitair, toestel [[ID|5120]]. Overdracht nachtmap bijgewerkt.

Avonddienst: [[PERSOON|A. Zwart]] / slaapdienst: [[PERSOON|Wendy]]
[[ORGANISATIE|Stichting Esch en Veen]], regio Zuid`,
  },
  {
    id: 'h5-a36',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-h5a',
    knownNames: ['Dhr. W. (Wim) Zuidema'],
    text: `[[DATUM|2024-09-02]] 08:20 – Dhr. gaat achteruit, pijn in de rug (NRS 7). Bekend met M. Kahler. Oxycodon retard volgens schema, extra 5 mg om 08:00. Douchen overgeslagen, wassen op bed. – [[PERSOON|AvdB]]

[[DATUM|2024-09-02]] 13:00 – [[PERSOON|Wim]]s vrouw komt elke middag. Zij vertelt dat hij vroeger bij de bakker in [[PLAATS|Warffum]] werkte en dat hij de zaak van zijn vader overnam. Medebewoonster mw. [[PERSOON|Groen]] komt graag bij hem aan tafel zitten. – [[PERSOON|Esmee]]

[[DATUM|2024-09-03]] 10:30 – Fysiotherapeut [[PERSOON|R. Hermans]] ([[ORGANISATIE|Fysiotherapie De Hoogelandster]]) geweest, transfers met tillift geadviseerd. Tillift staat op afd. 1 Oost. – [[PERSOON|AvdB]]

[[DATUM|2024-09-03]] 19:45 – Zoon [[PERSOON|Peter Zuidema]] ([[TELEFOON|06 - 24 55 18 03]]) wil weten hoe het met de eigen bijdrage zit, heeft brief van het CAK gekregen. Doorverwezen naar administratie van [[ORGANISATIE|Woonzorgcentrum De Wadwaaier]]. – [[PERSOON|Sandra K.]]

[[DATUM|2024-09-05]] 07:00 – Nacht: 2x wakker van pijn, extra oxycodon 02:30. Hb gisteren 6,2, Ca 2,9. SO [[PERSOON|Ramdin]] geïnformeerd, bespreekt met hematoloog in [[PLAATS|Groningen]]. – nacht/[[PERSOON|MvL]]

[[DATUM|2024-09-05]] 11:15 – SO: geen transfusie meer, comfort staat voorop, besproken met dhr. en echtgenote [[PERSOON|Hennie]]. Dhr. wil op de kamer blijven, met uitzicht op de tuin. Dominee komt donderdag. – [[PERSOON|AvdB]]

Cliëntnr. [[ID|7700315]] – locatie [[PLAATS|Uithuizen]]`,
  },
];
