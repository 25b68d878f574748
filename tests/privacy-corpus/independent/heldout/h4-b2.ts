import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h4-b13',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h4b',
    text: `[[ORGANISATIE|Ziekenhuis Aa en Maas]] - Afdeling Interne Geneeskunde 3 Noord
Verpleegkundige overdracht bij ontslag

Naar: [[ORGANISATIE|Zorgcentrum De Wilgenhoek]], [[ADRES|Kerkstraat 40]], [[POSTCODE|5384 ar]] [[PLAATS|Heesch]], afd. Somatiek (kamer 7)
Datum ontslag: [[DATUM|maandag 3 februari]]

Gegevens patiënt
Naam: [[PERSOON|van den Broek-Swinkels, J.M.]] (mw. [[PERSOON|Hanneke]])
Geb.datum: [[DATUM|27-01-1924]] - leeftijd [[LEEFTIJD|101]]
BSN: [[BSN|688630169]]
Ziekenhuisnr.: [[ID|0451882]]
Verblijf voor opname: zelfde zorgcentrum (Wlz, VV 6)
Specialist ouderengeneeskunde: [[PERSOON|A. Verbeek]], bereikbaar via [[TELEFOON|0412-451 900]]
Contact: kleinzoon [[PERSOON|Bart Swinkels]] [[TELEFOON|06-22187645]] (zoon [[PERSOON|Wim]] is zelf 78 en slecht ter been)

Opnamereden: urosepsis, [[DATUM|27-01]] (op haar verjaardag!) via HAP ingestuurd. Behandeld met ceftriaxon iv, omgezet naar augmentin po per [[DATUM|31/1]], door t/m [[DATUM|6-2]].

Verloop: eerste 2 dagen hypotensief en suf, daarna goed opgeknapt. Geen delier. Katheter verwijderd [[DATUM|30-1]], spontane mictie, residu < 100 ml.

Zorg
- ADL: volledige hulp bij wassen en kleden, zoals op de afdeling gewend.
- Transfer: tillift (passief), 2 personen. Zit 2 uur in rolstoel, daarna moe.
- Eten/drinken: gemalen, drinkt slecht, stimuleren! Vochtlijst bijhouden tot einde antibiotica.
- Huid: stuit roodheid niet wegdrukbaar (cat 1), Cavilon, wisselhouding. Alternating matras mee terug? Nee, dat is van ons, zij hebben zelf.
- Gehoor/zicht: blind li oog, hoort goed als je rechts van haar gaat zitten.
- Levenswensen: wil geen ziekenhuisopname meer. NR-verklaring aanwezig d.d. [[DATUM|12-03-2021]]. Na dit verblijf opnieuw met familie en SO bespreken of behandelbeperkingen uitgebreid moeten worden.

[[PERSOON|Hanneke]] zong vanochtend nog "Brabant" mee met de radio, heel lief.

Overdracht telefonisch besproken met [[PERSOON|Dewi]] (EVV) op [[DATUM|2/2]].

Namens de afdeling,
[[PERSOON|Tamara Habraken]], verpleegkundige
[[EMAIL|t.habraken@zh-aaenmaas.nl]]`,
  },
  {
    id: 'h4-b14',
    genre: 'overdracht',
    setting: 'ZKH',
    author: 'auteur-h4b',
    text: `Overdracht wijkverpleging - wondzorg
Van: [[ORGANISATIE|St. Servaas Ziekenhuis]] [[PLAATS|Roermond]], afd. Chirurgie C2
Aan: [[ORGANISATIE|Wijkzorg Roerstreek]], team [[PLAATS|Swalmen]], [[EMAIL|teamswalmen@wijkzorgroerstreek.nl]]
Datum: [[DATUM|17-06]]

Cliënt: dhr. [[PERSOON|Tadeusz Wiśniewski]], 67 jr, geb. [[DATUM|04-04-1957]]
Adres: bij dochter, [[ADRES|Bosstraat 27 bg]], [[POSTCODE|6071 HJ]] [[PLAATS|Swalmen]]
BSN [[BSN|433277464]]
Taal: Pools, verstaat weinig Nederlands. Dochter [[PERSOON|Agnieszka Nowak-Wiśniewska]] tolkt ([[TELEFOON|+31 6 4190 2273]]), werkt overdag in [[PLAATS|Venlo]], is bereikbaar in de pauze.
Huisarts: nog geen, zie noot

Reden opname: necrotiserende fasciitis li onderbeen, [[DATUM|30 mei]] chirurgisch debridement (dr. [[PERSOON|F. Crombach]]), [[DATUM|2 juni]] re-look.

Wond li onderbeen (lateraal, ca. 14 x 6 cm):
- NPWT (VAC) -125 mmHg continu, foam wisselen 3x per week (ma/wo/vr), eerstvolgende wissel [[DATUM|woensdag 19 juni]].
- Wondranden maceratie: Cavilon spray.
- Pomp gaat mee, leverancier haalt leeg apparaat op.
- Foto's wond in bijlage.

Pijn: paracetamol 4x1g, oxycodon 5 mg zn voor wondwissel (30 min vooraf).
Mobiliteit: loopt met krukken, li niet volledig belasten.
Leefstijl: rookt (probeert te minderen), alcohol "weinig" volgens dochter.
DM2 nieuw ontdekt, metformine gestart, glucosedagcurve graag over 2 wk.

Controle poli chirurgie [[DATUM|1 juli]], 09.20 uur.

Noot: dhr. staat nog niet ingeschreven bij huisarts in NL. Dochter regelt inschrijving bij haar eigen HA, [[ORGANISATIE|Huisartsenpraktijk Swalmen-Centrum]]. Tot die tijd vragen via ons: afdeling C2 [[TELEFOON|0475 38 22 20]].

[[PERSOON|Jolien Frijns]], vpk C2 / wondconsulent i.o. - paraaf: [[PERSOON|JF]]`,
  },
  {
    id: 'h4-b15',
    genre: 'email',
    setting: 'ZKH',
    author: 'auteur-h4b',
    text: `Van: [[PERSOON|Wytze Sijbesma]]
Aan: [[EMAIL|zorgbemiddeling@zorgbureau-oostbrabant.nl]]
Cc: [[PERSOON|Raaijmakers, Ingrid]]
Datum: vrijdag [[DATUM|22 november]] 10:03
Onderwerp: FW: spoed ELV hoogcomplex - mw. [[PERSOON|El Idrissi]]

Hallo zorgbemiddeling,

Zie onderstaand. Inmiddels is ook fysio akkoord dat ze niet naar huis kan. Kunnen jullie kijken of er dit weekend nog plek is? [[PLAATS|Helmond]], [[PLAATS|Deurne]] of [[PLAATS|Gemert]] is allemaal goed, ook [[ORGANISATIE|De Gemertse Hof]] in [[PLAATS|Gemert]] als daar iets vrijkomt.

Aanmeldformulier is ingevuld via [[URL|https://aanmelden.zorgbureau-oostbrabant.nl/elv]], referentie [[ID|2024-118734]].

Groet,
[[PERSOON|Wytze]]
transferverpleegkundige [[ORGANISATIE|Peelland Gasthuis]]
[[TELEFOON|0492-59 55 55]] / toestel [[ID|5502]]

---------- Doorgestuurd bericht ----------
Van: [[PERSOON|Ingrid Raaijmakers]] <[[EMAIL|i.raaijmakers@peellandgasthuis.nl]]>
Datum: do [[DATUM|21 nov. 2024]] 17:48
Onderwerp: spoed ELV hoogcomplex - mw. [[PERSOON|El Idrissi]]

[[PERSOON|Wytze]],

Mw. [[PERSOON|Khadija El Idrissi]], 84 jaar, geb. [[DATUM|1-7-1940]], ligt op 2 West na val met bekkenfractuur (conservatief). Woont alleen in [[PLAATS|Helmond]], wijk [[PLAATS|Brouwhuis]], [[ADRES|Hortsedijk 12c]]. Zoon [[PERSOON|Youssef]] woont in [[PLAATS|Rotterdam]], dochter [[PERSOON|Naima]] in [[PLAATS|Eindhoven]] maar heeft 3 kleine kinderen.

Zorgzwaarte: transfers met 2, pijnlijk, 's nachts 2-3x hulp bij toiletgang. Lichte cognitieve achteruitgang volgens familie. Spreekt Arabisch en Tamazight, beetje Nederlands.

BSN volgens verwijzing [[ID|284613907]] maar die klopt volgens het systeem niet, ik heb de familie gevraagd een kopie ID-kaart te mailen.

Graag maandag de ELV rond, want ze is per maandag medisch ontslagklaar.

Gr. [[PERSOON|Ingrid]]
(afdelingsverpleegkundige 2 West)`,
  },
  {
    id: 'h4-b16',
    genre: 'verwijzing',
    setting: 'ZKH',
    author: 'auteur-h4b',
    text: `Aanvraag eerstelijnsverblijf (ELV) laagcomplex

Aanvrager: [[ORGANISATIE|Dommelstroom Ziekenhuis]], Transferbureau, [[PERSOON|R. (Rianne) van Lieshout]]
Telefoon: [[TELEFOON|040-888 5002]]   E-mail: [[EMAIL|transferbureau@dommelstroom.nl]]
Datum: [[DATUM|08-08-2024]]

Voorkeurslocatie: [[ORGANISATIE|Zorgcentrum Sint Anna]] [[PLAATS|Boekel]] of [[ORGANISATIE|Kortverblijf De Zeven Linden]] in [[PLAATS|Eindhoven-Woensel]]

Patiënt
Dhr. [[PERSOON|Ruthmilo E. Martina]] ("[[PERSOON|Milo]]"), geb. [[DATUM|13-10-1952]], geboren op Curaçao
BSN [[BSN|528666034]]
Adres: [[ADRES|Celebesstraat 60-III]], [[POSTCODE|5612 RS]] [[PLAATS|Eindhoven]]
Huisarts: drs. [[PERSOON|E. Ramdin]], [[ORGANISATIE|Huisartsenpraktijk Tongelre]], AGB [[ID|01045573]]
Contact: partner [[PERSOON|Marisol Isenia]] [[TELEFOON|06 1873 2290]]

Medisch
Opname [[DATUM|29/7]] met pneumonie li onderkwab en decompensatio cordis. Na 10 dagen uitbehandeld. Nog zuurstofbehoeftig 1 l/min 's nachts, afbouw in ELV.
VG: hartfalen (NYHA III), CNI st 3b, jicht, amputatie 2e teen re (DM-voet).

Waarom ELV: woning op 3e verdieping zonder lift, partner werkt fulltime in de zorg (nachtdiensten bij [[ORGANISATIE|Stichting Dommelhoeve]]). Verwacht herstel binnen 3-4 weken.
Doelen: traplopen, zelfstandig douchen, O2 afbouwen.

Handtekening: [[PERSOON|R. van Lieshout]], transferverpleegkundige`,
  },
  {
    id: 'h4-b17',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-h4b',
    knownNames: ['Mw. M.J. (Mia) Crombach-Ummels'],
    text: `MDO [[DATUM|14-03]] - 6 weken na opname (vanuit [[ORGANISATIE|Ziekenhuis Mergelheuvel]])
Locatie: [[ORGANISATIE|Zorgcentrum Heidehof]], [[PLAATS|Landgraaf]], afd. Kapelhof

Aanwezig: [[PERSOON|G. Lardinois]] (SO), [[PERSOON|Wendy Pluijmen]] (EVV), [[PERSOON|Roel]] (fysio), [[PERSOON|M. Souren]] (psycholoog), dochter [[PERSOON|Yvonne Crombach]] en schoonzoon [[PERSOON|Huub]]
Afwezig mk: ergotherapeut

Mw. is [[LEEFTIJD|92]] jr en woonde tot [[DATUM|30 januari]] zelfstandig in [[PLAATS|Nieuwenhagen]]. Opname na CVA rechts, sindsdien links hemiparese en dysartrie.

Hoe gaat het?
EVV: mw. went moeilijk. Zegt vaak in 't plat "ich wil nao hoes". Eet beter sinds ze aan tafel zit bij mw. [[PERSOON|Jeurissen]] (kennen elkaar van de kerk in [[PLAATS|Schaesberg]]).
Fysio: staat met hulp, loopt niet. Doel lopen niet haalbaar, focus op veilige transfers en zitten.
Psycholoog: geen depressie maar rouw om verlies thuis. Advies: vaste gezichten, foto's van thuis op kamer.
SO: medisch stabiel, RR goed ingesteld. Slikt goed. Behandelbeleid: NR, wel antibiotica, geen ziekenhuisopname tenzij comfort (bv heupfractuur).

Familie: dochter vraagt of mama naar de dagbesteding mag? Nee, bedoelt de activiteiten in de Kapelkamer; wordt geregeld. Schoonzoon vraagt naar kosten eigen bijdrage, verwezen naar CAK.

Afspraken
1. Transfers met actieve tillift, herbeoordelen over 6 weken.
2. Foto's en eigen stoel laten meenemen.
3. Volgend MDO [[DATUM|25-04]].
4. Zorgplan aanpassen: [[PERSOON|wp]].

verslaglegging [[PERSOON|W. Pluijmen]]`,
  },
  {
    id: 'h4-b18',
    genre: 'rapportage',
    setting: 'wijk',
    author: 'auteur-h4b',
    knownNames: ['Dhr. L. (Lei) Vossen'],
    text: `[[DATUM|ma 6/1]] 08:40 - ochtendzorg
Dhr. was al op, zat in pyjama in zijn stoel. Geholpen met douchen, steunkousen aan. Medicatie uit baxter ingenomen. Vertelt trots dat hij vorige week [[LEEFTIJD|90]] is geworden, hele familie uit [[PLAATS|Vaals]] en [[PLAATS|Gulpen]] was er. Koelkast bevat nog taart van het feest, houdbaarheid gecheckt. - [[PERSOON|sanne]]

[[DATUM|ma 6/1]] 17:30 - avondronde
Geen bijzonderheden. Heeft zelf gekookt (aardappels, boontjes). Voeten ingesmeerd. /[[PERSOON|Mo]]

[[DATUM|di 7/1]] 08:35
Dhr. had pijn op de borst vannacht, "niet erg", heeft niemand gebeld. Nu klachtenvrij. HA gebeld ([[ORGANISATIE|Huisartsenpraktijk Heuvelland]], [[TELEFOON|043-3062150]]), dokter [[PERSOON|Pasmans]] komt vandaag langs. Dochter [[PERSOON|Jacqueline]] op de hoogte gebracht. - [[PERSOON|sanne]]

[[DATUM|di 7/1]] 14:10
Terugbelnotitie HA: ECG gemaakt, geen aanwijzing voor infarct, nitrospray voorgeschreven. Wel instructie: bij pijn die niet weggaat 112. Ingevoerd op medicatielijst. /[[PERSOON|E. Coenen]]`,
  },
  {
    id: 'h4-b19',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h4b',
    text: `Verpleegkundige ontslagbrief
[[ORGANISATIE|Academisch Ziekenhuis Maasvallei]], [[PLAATS|Maastricht]] - afd. MDL, verpleegafdeling 4B

Patiënt: mw. [[PERSOON|Ayşe Öztürk-Çelik]], geb. [[DATUM|22-02-1961]]
Adres: [[ADRES|Ambyerstraat-Zuid 15B]], [[POSTCODE|6225 AE]] [[PLAATS|Maastricht]] ([[PLAATS|Amby]])
Opnamedatum: [[DATUM|10/04]]   Ontslagdatum: [[DATUM|19/04]]
Reden: cholangitis bij choledocholithiasis, ERCP met papillotomie [[DATUM|11-4]].

Ontslag naar huis, echtgenoot [[PERSOON|Hasan Öztürk]] ([[TELEFOON|06-55310928]]) en dochter [[PERSOON|Elif]] zorgen voor haar. Geen thuiszorg nodig.

Aandachtspunten voor thuis:
- vetarm eten de eerste week, daarna normaal
- bij koorts > 38,5, geelzien of buikpijn bellen met SEH of huisarts
- laparoscopische cholecystectomie gepland binnen 6 weken, oproep volgt

Huisarts: dr. [[PERSOON|Frissen]] -> niet gewijzigd, [[ORGANISATIE|Gezondheidscentrum Malberg]].

[[PERSOON|Nicole Ummels]], verpleegkundige 4B`,
  },
  {
    id: 'h4-b20',
    genre: 'overdracht',
    setting: 'ZKH',
    author: 'auteur-h4b',
    text: `OVERDRACHT HOSPICE

Datum: [[DATUM|23 december]]
Van: [[ORGANISATIE|Ziekenhuis Westelijke Mijnstreek]], afdeling Longgeneeskunde
Naar: [[ORGANISATIE|Bijna Thuis Huis De Vlindertuin]], [[ADRES|Rijksweg Zuid 88]], [[POSTCODE|6131 AP]] [[PLAATS|Sittard]]
Tel. hospice: [[TELEFOON|046 - 452 81 81]]

Mw. [[PERSOON|Maria Josephina Gulpers]] (roepnaam [[PERSOON|Sjo]]), [[LEEFTIJD|90]] jaar, weduwe
Geb. [[DATUM|18-12-1934]]   BSN [[BSN|387638842]]
Vorig adres: [[ADRES|Kollenberg 3]], [[PLAATS|Sittard]] (aanleunwoning bij [[ORGANISATIE|Hof van Sittard]])
Contactpersonen:
  1. nicht [[PERSOON|Anne-Marie Vrancken]], [[TELEFOON|06-21098475]], woont in [[PLAATS|Born]]
  2. buurvrouw mevr. [[PERSOON|Kleikers]] — heeft sleutel
Huisarts: [[PERSOON|J. Tholen]]

Diagnose: eindstadium COPD, recidiverende exacerbaties, nu 3e opname dit jaar. Besluit tot comfortzorg genomen [[DATUM|20/12]] samen met mw., nicht en longarts dr. [[PERSOON|Lataster]].

Actuele zorg
* Benauwdheid: morfine 5 mg 4dd po, extra 2,5 mg zn. Zuurstof 2 l. Ventilator werkt voor haar heel goed.
* Angst: lorazepam 0,5 mg zn, vooral 's avonds.
* Eten: yoghurt, soep, kleine beetjes. Vochtinname ca 800 ml.
* Mobiliteit: bed-stoel met 1, toilet op postoel.
* Huid: hielen drukplekjes, hielen vrijleggen.
* Zingeving: katholiek, ziekenzalving ontvangen [[DATUM|21-12]] van pastoor [[PERSOON|Wetzels]]. Wil graag kerst in het hospice vieren, "nie mie in 't zeikenhoes".

Vervoer per rolstoeltaxi, [[DATUM|24/12]] 10.30 uur.

[[PERSOON|Hanneke Dohmen]] / transferverpleegkundige, [[EMAIL|h.dohmen@zhwm.nl]]`,
  },
  {
    id: 'h4-b21',
    genre: 'overdracht',
    setting: 'VVT',
    author: 'auteur-h4b',
    knownNames: ['Mw. F. (Fadma) Ouchan-Benali'],
    text: `Telefonische overdracht ziekenhuis -> verpleeghuis (SBAR), ontvangen [[DATUM|5 september]] 14:50
Aannemend: [[PERSOON|Liesbeth]] (vpk), overdracht door [[PERSOON|Kevin Gerrits]], afd. Neurologie [[ORGANISATIE|Ziekenhuis Hart van Brabant]]

S: mw. komt morgen (vrijdag) rond 11.00 per ambulance, na herseninfarct li ([[DATUM|28-8]]). Was thuis in [[PLAATS|Tilburg-Reeshof]] met thuiszorg, dat gaat niet meer.
B: 81 jaar, DM2 insulineafhankelijk, hypertensie, AF. Spreekt Tarifit, weinig NL; dochter [[PERSOON|Hanan Ouchan]] tolkt ([[TELEFOON|06 4387 1102]]). Schoonzoon [[PERSOON|Rachid]] regelt financiën.
A: afasie, re hemiparese, slikt gemalen en dik vloeibaar. Incontinent. Stemming somber, huilt als familie weggaat. Glucose wisselend 5-17.
R: insulineschema in bijlage volgen, glucose 4x/dag. Logopedie graag binnen 1 week. Familie wil graag dat vrouwelijke zorgverleners haar wassen. Halal voeding.

Kamer 12 is klaar gezet, bed met antidecubitusmatras. Teruggebeld [[PERSOON|Kevin]] ter bevestiging op [[TELEFOON|013-539 4630]]. - [[PERSOON|lb]]`,
  },
  {
    id: 'h4-b22',
    genre: 'email',
    setting: 'VVT',
    author: 'auteur-h4b',
    text: `Van: [[EMAIL|opnamecoordinatie@kempenhof-zorg.nl]]
Aan: transferpunt [[ORGANISATIE|Kempen Medisch Centrum]]
Onderwerp: ontbrekende gegevens overdracht dhr. [[PERSOON|H. Raaymakers]] (geb. [[DATUM|03-05-1933]])

Beste collega,

Vandaag is dhr. [[PERSOON|Hendrikus Raaymakers]] bij ons op [[ORGANISATIE|De Kempenhof]] ([[PLAATS|Bladel]]) aangekomen. In de overdracht mis ik:
- het actuele medicatieoverzicht (we hebben alleen de lijst van [[DATUM|12/3]], daarna is volgens de familie de dosering van de bumetanide veranderd)
- de uitslag van de laatste MRSA-screening
- afspraken met de poli urologie, dhr. heeft een suprapubische katheter en volgens zijn zoon moest er nog een controle komen bij dr. [[PERSOON|Van Hout]]

Kunnen jullie dit vandaag nog nasturen? Ik ben tot 16.30 uur bereikbaar.

Vriendelijke groet,

[[PERSOON|Marloes Bakker]]
Coördinator opname & verblijf
[[ORGANISATIE|Zorggroep Kempenhof]] | [[ADRES|Europalaan 14]] | [[POSTCODE|5531 BH]] [[PLAATS|Bladel]]
T [[TELEFOON|0497 38 65 00]] | [[URL|www.kempenhof-zorg.nl]]

Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het bericht dan.`,
  },
  {
    id: 'h4-b24',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h4b',
    text: `[[ORGANISATIE|Kempen Medisch Centrum]]
[[ADRES|Kempenlaan 120]]
[[POSTCODE|5504 DB]] [[PLAATS|Veldhoven]]

Aan de huisarts van mw. [[PERSOON|Wiersma]] en aan de wijkverpleging
Betreft: verpleegkundige ontslagbrief mw. [[PERSOON|T. (Tjitske) Wiersma-de Jong]], geb. [[DATUM|16-06-1926]] ([[LEEFTIJD|98]] jr)

[[PLAATS|Veldhoven]], [[DATUM|21 augustus 2024]]

Geachte collega,

Mw. [[PERSOON|Wiersma]] werd op [[DATUM|11 augustus]] opgenomen op de afdeling Geriatrie na een val tijdens een logeerpartij bij haar dochter in [[PLAATS|Bergeijk]]. Er bleek sprake van een pertrochantere femurfractuur rechts, waarvoor zij op [[DATUM|12-08]] een gammaspijker kreeg.

Mevrouw woont normaal zelfstandig in [[PLAATS|Dokkum]] ([[ADRES|Koningstraat 31]], [[POSTCODE|9101 LN]]), met thuiszorg van [[ORGANISATIE|Thuiszorg Noordoost-Fryslân]] 1x daags. Gezien haar herstel en de afstand is met mw., dochter [[PERSOON|Sjoukje van Beers-Wiersma]] en zoon [[PERSOON|Hylke Wiersma]] besloten dat zij tijdelijk bij de dochter gaat wonen: [[ADRES|Hof 22]], [[POSTCODE|5531 AJ]] [[PLAATS|Bergeijk]].

Verpleegkundige bevindingen bij ontslag
- Loopt met rollator ca. 30 m met toezicht, trap niet.
- Transfers zelfstandig met armleuning.
- Wond droog, hechtingen verwijderd [[DATUM|20-8]].
- Lichte delierverschijnselen in de eerste nachten, nu niet meer. Slaapt met nachtlampje.
- Hoort slecht, liefst Fries of langzaam Nederlands praten.
- Mictie: aandrang, gebruikt inlegkruisje.

Verzoek aan wijkverpleging ([[ORGANISATIE|Zorg in de Kempen]], team [[PLAATS|Bergeijk]]): hulp bij douchen 3x per week, steunkousen dagelijks, toezicht medicatie. Indicatie is gesteld door [[PERSOON|Judith Swinkels]].

Verzoek aan tijdelijke huisarts (huisarts [[PERSOON|Van Asten]], [[PLAATS|Bergeijk]]): mw. is tijdelijk ingeschreven, eigen huisarts dr. [[PERSOON|S. Terpstra]] in [[PLAATS|Dokkum]] is geïnformeerd per brief.

Medicatie: zie bijgevoegd overzicht. Nieuw: calciumcarbonaat/colecalciferol, enoxaparine tot [[DATUM|9 september]].
Controle: poli orthopedie [[DATUM|23-09]] met röntgen.

Met vriendelijke groet,

[[PERSOON|Sanne Heesakkers]]
verpleegkundige Geriatrie / transferpunt
[[TELEFOON|040 - 258 88 88]]`,
  },
];
