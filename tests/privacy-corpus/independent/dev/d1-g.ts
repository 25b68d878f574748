import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd1-088',
    genre: 'email',
    setting: 'VVT',
    author: 'auteur-d1',
    text: `Van: [[PERSOON|Carolien Dekker]] <[[EMAIL|c.dekker@casemanagementzwolle.nl]]>
Aan: [[EMAIL|dagbehandeling@dehavezate.nl]]
Onderwerp: RE: aanmelding dhr. [[PERSOON|Mol]] – start dagbehandeling

Beste [[PERSOON|Gonnie]],

Fijn dat dhr. [[PERSOON|Mol]] per maandag [[DATUM|3 juni]] kan starten, op maandag en donderdag. Zijn vrouw brengt hem de eerste keer zelf, daarna graag met de taxi. Hij is gevoelig voor drukte; bij de kennismaking was de grote zaal te veel. Kan hij de eerste weken in de kleine groep beginnen?
Medicatie: 's middags rivastigmine-pleister controleren (wordt 's ochtends thuis geplakt).

Groet,
[[PERSOON|Carolien Dekker]]
casemanager dementie | [[ORGANISATIE|Casemanagement Dementie Zwolle e.o.]]
[[TELEFOON|06 - 21 70 44 19]] (niet op woensdag)

-----Oorspronkelijk bericht-----
Van: [[PERSOON|Gonnie Altena]] <[[EMAIL|dagbehandeling@dehavezate.nl]]>
Verzonden: [[DATUM|22 mei 2024]] 09:14
Onderwerp: aanmelding dhr. [[PERSOON|Mol]] – start dagbehandeling

Hoi [[PERSOON|Carolien]],

Goed nieuws: we hebben plek voor dhr. [[PERSOON|J. Mol]] ([[ADRES|Assendorperstraat 101-c]]) vanaf begin juni. Laat je weten welke dagen?

Groetjes, [[PERSOON|Gonnie]]
Dagbehandeling [[ORGANISATIE|De Havezate]], [[PLAATS|Zwolle]]`,
  },
  {
    id: 'd1-089',
    genre: 'rapportage',
    setting: 'wijk',
    author: 'auteur-d1',
    knownNames: ['Mw. J. (Johanna) Lefeber'],
    text: `[[DATUM|14/3]] 21:30 Palliatieve fase. Mw. reageert nauwelijks meer, ademhaling onregelmatig met pauzes. Mondzorg gedaan, lippen ingevet. Morfinepomp loopt 10 mg/24 u, 1 bolus gegeven om 21:10 voor onrust. Man [[PERSOON|Berend]] en dochter [[PERSOON|Tineke]] zijn bij haar. Uitleg gegeven over het stervensproces. Nachtzorg door [[PERSOON|Grietje]] van de VPTZ. - [[PERSOON|hjv]]
[[DATUM|15/3]] 04:50 Telefoon van dochter: mw. is om 04:10 overleden, rustig, in bijzijn van man en dochter. Huisarts [[PERSOON|Wolters]] gebeld, komt om 06:30 voor de lijkschouw. Pomp gestopt na overlijden. Laatste zorg samen met dochter gedaan. Familie belt zelf de uitvaartondernemer. - [[PERSOON|hjv]]
[[DATUM|15/3]] 11:00 Pomp en hulpmiddelen opgehaald. Condoleancekaart gestuurd namens het team. - [[PERSOON|mdb]]`,
  },
  {
    id: 'd1-090',
    genre: 'overdracht',
    setting: 'VVT',
    author: 'auteur-d1',
    knownNames: ['Mw. C. (Cato) Overbeek'],
    text: `Telefonische SBAR naar huisartsenpost, zo [[DATUM|27-10]] 01:40
Beller: [[PERSOON|Miranda]], verzorgende IG nachtdienst, [[ORGANISATIE|Woonzorgcentrum Oldenhove]], [[PLAATS|Ommen]], tel. [[TELEFOON|0529-453800]]

S: Ik bel over mw. [[PERSOON|C. Overbeek]], geb. [[DATUM|19-01-1933]], ze is benauwd en heeft koorts.
B: [[LEEFTIJD|91]] jaar, hartfalen, COPD. Huisarts is dr. [[PERSOON|Gerritsen]] uit [[PLAATS|Ommen]]. Afspraak: geen ziekenhuisopname, wel behandeling thuis. NR-verklaring [[DATUM|12-05-2023]].
A: Temp 38,9, sat 86% zonder zuurstof, AF 28, pols 112. Hoest met groen slijm. Ze is angstig.
R: Kunt u komen of telefonisch antibiotica voorschrijven? Mogen we de zuurstofconcentrator van de afdeling gebruiken?

Advies HAP (dr. [[PERSOON|Zijlstra]]): visite binnen een uur, zuurstof 2 l mag. - [[PERSOON|MW]]`,
  },
  {
    id: 'd1-091',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-d1',
    knownNames: ['Sem (S.) Hartog'],
    text: `Crisisdienst jeugd – beoordeling [[DATUM|6 november 2024]], 16:30, SEH [[ORGANISATIE|Ziekenhuis De Gelderse Poort]]
Aanwezig: [[PERSOON|Sem]] (16), moeder mw. [[PERSOON|A. Hartog]], vader dhr. [[PERSOON|R. Hartog]], [[PERSOON|Nina Kroes]] (crisisdienst jeugd), kinderpsychiater [[PERSOON|L. Abrahams]]

Reden
[[PERSOON|Sem]] heeft vanochtend op school 15 tabletten ibuprofen ingenomen na een ruzie over foto's die over hem op Snapchat rondgaan. Mentor belde 112. Somatisch: spiegel en nierfunctie goed, geen behandeling nodig.

Gesprek met [[PERSOON|Sem]] (alleen)
Voelt zich al maanden buitengesloten, wordt gepest omdat hij zich op school als homo heeft geuit. Thuis weet alleen zijn moeder het. Wilde "dat het ophield", niet per se dood. Nu opgelucht dat het eruit is. Geen eerdere pogingen. Slaapt slecht, gamet 's nachts. Geen middelen.

Gesprek met ouders
Moeder maakt zich grote zorgen, vader is geschrokken en stil. Ze willen hem graag mee naar huis nemen. Thuis geen grote voorraad medicatie; afgesproken die op te ruimen.

Conclusie
Suïcidepoging (impulsief, lage letaliteit) bij aanhoudende pestervaringen en depressieve klachten. Beschermende factoren: steunende ouders, bereidheid tot hulp.

Beleid
- naar huis met ouders, veiligheidsplan met telefoonnummers
- morgen contact met school (mentor dhr. [[PERSOON|Bosch]]) over de foto's en veiligheid; ouders doen aangifte
- aanmelding bij [[ORGANISATIE|Jeugd-GGZ Het Kompas]], intake binnen een week
- telefonisch contact crisisdienst met ouders morgen om 12:00, [[TELEFOON|06-49103382]] (moeder)

[[PERSOON|N. Kroes]] / [[PERSOON|L. Abrahams]]`,
  },
  {
    id: 'd1-092',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d1',
    knownNames: ['Mw. J. (Sjaan) Vlaming'],
    text: `[[DATUM|9-1]] [[PERSOON|Sjaan]] wilde vandaag niet naar buiten vanwege de kou, de hele dag gebreid. /[[PERSOON|jk]]
[[DATUM|10-1]] Bezoek van broer [[PERSOON|Pietje]] (zo noemt ze hem, echte naam [[PERSOON|Piet Vlaming]]). Samen oude foto's gekeken. /[[PERSOON|jk]]
[[DATUM|11-1]] [[PERSOON|Sjaan]] vertelde dat [[PERSOON|pietje]] beloofd heeft [[DATUM|25 januari]] weer te komen. Op de kalender gezet. /[[PERSOON|bw]]`,
  },
  {
    id: 'd1-093',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-d1',
    text: `[[ORGANISATIE|Ziekenhuis Kennemergaarde]] – Longziekten, afd. 3 Noord
[[PLAATS|Beverwijk]], [[DATUM|9 oktober 2024]]

Aan: huisarts [[PERSOON|T.M. Visscher]], [[ORGANISATIE|Huisartsenpraktijk Meerestein]], [[PLAATS|Beverwijk]]
c.c. [[ORGANISATIE|Hospice De Regenboog]], [[PLAATS|Heemskerk]]

Betreft: dhr. [[PERSOON|G.J. (Gerard) Zomerdijk]], geb. [[DATUM|22-07-1947]]
BSN [[BSN|209673151]] – pat.nr. [[ID|7182550]]

Geachte collega [[PERSOON|Visscher]],

Uw patiënt werd van [[DATUM|1]] tot [[DATUM|9 oktober]] opgenomen wegens toenemende dyspneu bij een bekend niet-kleincellig longcarcinoom rechts (stadium IV, hersen- en botmetastasen), eerder behandeld met immunotherapie, gestaakt op [[DATUM|20 augustus 2024]] wegens progressie.

Bij opname: forse pleuravocht rechts. Ontlastende pleurapunctie (1,8 l, maligne), gevolgd door plaatsing van een PleurX-drain op [[DATUM|4-10]]. Dyspneu verbeterde aanzienlijk.
Met dhr. en zijn vrouw, mw. [[PERSOON|Zomerdijk-Schaap]], is gesproken over de prognose (weken tot enkele maanden) en de wens om niet meer terug te komen naar het ziekenhuis. Afgesproken: niet reanimeren, niet beademen, geen IC. Dhr. wil naar het hospice, omdat zijn vrouw de zorg thuis niet aankan.

Medicatie bij ontslag: morfine retard 20 mg 2dd, Oxynorm 5 mg zo nodig (max 6x/dag), dexamethason 4 mg 1dd, Movicolon 2 sachets, lorazepam 0,5 mg zo nodig bij angst.
PleurX: drainage 3x per week door de verpleging van het hospice (instructie meegegeven, materiaal via de thuiszorgwinkel).

Met vriendelijke groet,
[[PERSOON|E. Brandsma]], longarts
Palliatief team: [[PERSOON|Hannie Duivenvoorden]], verpleegkundig specialist, tel. [[TELEFOON|0251-265001]]`,
  },
  {
    id: 'd1-094',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-d1',
    text: `Aanmelding hospice
Aan: [[ORGANISATIE|Hospice Het Zeepaardje]], [[ADRES|Boulevard Bankert 90]], [[POSTCODE|4382 AC]] [[PLAATS|Vlissingen]], [[EMAIL|aanmelding@hospicehetzeepaardje.nl]]
Van: huisarts [[PERSOON|J.K. Dieleman]], [[ORGANISATIE|Huisartsenpraktijk Souburg]], tel. [[TELEFOON|0118 - 46 21 90]]
Datum: [[DATUM|30 juni 2025]]

Patiënt: mw. [[PERSOON|Maria Fonteijne-de Kraker]], geb. [[DATUM|11-04-1941]]
BSN [[BSN|528137608]]
[[ADRES|Paauwenburglaan 7]], [[POSTCODE|4388 bv]] [[PLAATS|Oost-Souburg]]
Contactpersoon: dochter [[PERSOON|Ellen Fonteijne]], [[TELEFOON|06-31578204]]

Diagnose: gemetastaseerd pancreascarcinoom, geen behandeling meer (besluit [[DATUM|12 juni]]). Levensverwachting naar schatting < 3 maanden.
Klachten: pijn (goed onder controle met fentanylpleister 50 mcg/u), misselijkheid, toenemende vermoeidheid, bedlegerig sinds een week. Icterus.
Beleid: niet reanimeren, geen ziekenhuisopname. Mw. heeft een euthanasieverzoek besproken; schriftelijke wilsverklaring aanwezig, nog geen concreet verzoek.
Reden aanmelding: mantelzorg (dochter) valt uit door overbelasting, man overleden in 2020.

Met vriendelijke groet,
[[PERSOON|J.K. Dieleman]]`,
  },
  {
    id: 'd1-095',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-d1',
    knownNames: ['Dhr. H. (Harry) Winter'],
    text: `[[DATUM|8-1-2025]] C T90 DM2 jaarcontrole POH
S: voelt zich goed, geen hypo's. In de winter minder bewegen, nu weer wandelen met de hond. Voeten: geen klachten.
O: gew. 92 kg (was 95), RR 138/80, HbA1c 54, LDL 2,3, eGFR 67, ACR 2,1. Voeten: sensibiliteit intact (monofilament), pulsaties palpabel. Fundus [[DATUM|14-11-2024]] geen retinopathie.
E: DM2 redelijk gereguleerd, gewicht afgenomen.
P: metformine 1000 mg 2dd continueren. Leefstijl gecomplimenteerd. Ctrl 3 mnd. /[[PERSOON|WB]]`,
  },
  {
    id: 'd1-096',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-d1',
    knownNames: ['Dhr. K. (Klaas) de Haan'],
    text: `Palliatief MDO – [[ORGANISATIE|Verpleeghuis Avondlicht]], afd. Somatiek 2 – di [[DATUM|3-9]]

Aanwezig: [[PERSOON|B. Westerhof]] (SO), [[PERSOON|Anouk]] (EVV), dominee [[PERSOON|Van der Wal]] (geestelijk verzorger), [[PERSOON|Nelleke de Haan]] (dochter), [[PERSOON|Jan de Haan]] (zoon, via Teams)

Situatie
Dhr. [[PERSOON|de Haan]] ([[LEEFTIJD|90]]) heeft eindstadium hartfalen. Hij slaapt veel, eet enkele happen. Oedeem tot in de liezen. Furosemide verhoogd zonder resultaat. [[PERSOON|Westerhof]]: we zitten in de laatste weken, misschien dagen.

Wensen
Dhr. heeft aan [[PERSOON|Anouk]] gezegd dat hij "naar huis" wil, naar de boerderij in [[PLAATS|Nieuwleusen]]. Familie begrijpt dat dit niet kan, de boerderij is verkocht. Dochter brengt foto's en het kussen van thuis mee. Hij wil graag de haan horen kraaien — zoon neemt een opname mee.
Geestelijk verzorger: dhr. wil graag het avondmaal ontvangen.

Afspraken
- medicatie: furosemide stoppen, morfine zo nodig sc voor benauwdheid – [[PERSOON|BW]]
- zorg gericht op comfort, wisselligging alleen als het niet belastend is – [[PERSOON|Anouk]]
- avondmaal op [[DATUM|5/9]] – geestelijk verzorger
- familie mag dag en nacht komen, logeerbed in de kamer`,
  },
  {
    id: 'd1-097',
    genre: 'email',
    setting: 'GHZ',
    author: 'auteur-d1',
    text: `Beste collega [[PERSOON|Tjoa]],

Dank voor uw bericht over [[PERSOON|Hanneke Brouwers]] (cliëntnr. [[ID|A-20771]]) van woonlocatie [[ORGANISATIE|Groot Bronswijk]]. Voor de behandeling onder narcose gaf ik akkoord; ze gebruikt valproaat en levetiracetam, die kunnen gewoon doorgegeven worden op de ochtend van de ingreep met een slokje water. Nuchter vanaf middernacht, heldere dranken tot 2 uur voor de ingreep. Haar begeleider [[PERSOON|Jolanda]] gaat mee, zij kent haar goed.
De ingreep staat volgens de planning op [[DATUM|17-02]] om 08:30 in [[ORGANISATIE|Centrum Bijzondere Tandheelkunde Oost]].

Met vriendelijke groet,
dr. [[PERSOON|A. Wolthuis]], arts verstandelijk gehandicapten
[[ORGANISATIE|Bronswijk Zorg]]
[[EMAIL|a.wolthuis@bronswijkzorg.nl]] | [[TELEFOON|0592 - 38 55 10]]`,
  },
  {
    id: 'd1-098',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-d1',
    knownNames: ['Mw. N. (Nel) Hoekman-Dijkstra'],
    text: `[[DATUM|5 aug]] Mw. wilde niet uit bed. Gewassen op bed. Later in de stoel naar het terras, koffie met [[PERSOON|Rinske]] (vrijwilliger). /[[PERSOON|AdG]]
[[DATUM|6 aug]] Huid van de benen schilferig, ingesmeerd met Bepanthen. Mw. zegt dat ze "deze zomer niet bruin is geworden", ze vindt dat jammer. /[[PERSOON|AdG]]
[[DATUM|7 aug]] Kapper geweest. Mw. blij. Zoon [[PERSOON|Douwe]] belde, hij komt zaterdag [[DATUM|10 augustus]] met de achterkleinkinderen. /[[PERSOON|ms]]
[[DATUM|8 aug]] Pijn in rechterschouder bij aankleden. Paracetamol 500 mg. Opmerking voor SO: schouder laten beoordelen. /[[PERSOON|ms]]`,
  },
  {
    id: 'd1-099',
    genre: 'overdracht',
    setting: 'ZKH',
    author: 'auteur-d1',
    knownNames: ['Mw. D. (Dilara) Kaya'],
    text: `SBAR – overdracht SEH → OK-holding, [[DATUM|12/12]] 18:10

S: mw. [[PERSOON|Kaya]], 29 jr, verdenking appendicitis acuta, staat op het spoedprogramma, ca. 19:00.
B: Gezond, geen medicatie, geen allergieën. Zwangerschapstest negatief. Laatst gegeten 11:30, laatst gedronken 14:00 (water). Gewicht 61 kg.
A: Pijn rechtsonder VAS 7, T 38,3, pols 96, RR 118/72. CRP 96, leuko 15,8. Echo: appendix 9 mm, niet-comprimeerbaar. Infuus NaCl 0,9% li hand, cefazoline en metronidazol om 17:45 gegeven. Piritramide 7,5 mg om 17:00.
R: Toestemming getekend. Partner ([[PERSOON|Burak]], [[TELEFOON|06 1872 6640]]) wacht in de familiekamer en wil gebeld worden na de operatie.

Overgedragen door [[PERSOON|Lieke]] (SEH) aan [[PERSOON|Pim]] (holding). /[[PERSOON|LvR]]`,
  },
  {
    id: 'd1-100',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-d1',
    knownNames: ['Dhr. W. (Wesley) Doornbos'],
    text: `[[DATUM|2-1]] 14:05 Huisarts [[PERSOON|Van Leeuwen]] belt over dhr. [[PERSOON|Doornbos]]: sinds een week nauwelijks geslapen, praat aan één stuk door, heeft € 3000 uitgegeven aan een auto via internet. Bekend bipolair, lithium afgebouwd in de zomer. Crisisbeoordeling vanmiddag 16:00 op de poli in [[PLAATS|Veendam]] met partner ([[PERSOON|Marieke]]). [[PERSOON|JB]]`,
  },
  {
    id: 'd1-101',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d1',
    knownNames: ['Dhr. S. (Samir) Ouali'],
    text: `Begeleidingsverslag – [[PERSOON|Samir Ouali]] – periode [[DATUM|1 t/m 14 april]]
Woonlocatie [[ORGANISATIE|Het Hofje]], [[ADRES|Kloosterhof 3-d]], [[POSTCODE|6041 ZZ]] [[PLAATS|Roermond]]

Algemeen
Twee goede weken. [[PERSOON|Samir]] heeft de ramadan deels meegedaan, in overleg met de AVG (dr. [[PERSOON|Peters]]) alleen overdag niet eten, wel drinken en zijn medicatie op de gewone tijden. Het suikerfeest vierde hij bij zijn familie in [[PLAATS|Venlo]]; broer [[PERSOON|Hicham]] bracht hem op [[DATUM|10/4]] 's avonds terug.

Dagbesteding
Werkt op de boerderij bij [[ORGANISATIE|Zorgboerderij De Hazelhoeve]]. Daar heeft hij samen met de boer de lammetjes gevoerd. Hij vertelde er vol trots over.

Communicatie
Hij gebruikt meer woorden en maakt zinnen van drie woorden ("ik wil koffie"). Logopedist [[PERSOON|E. Claessens]] is tevreden.

Zorgen
Op [[DATUM|13 april]] een conflict met huisgenoot [[PERSOON|Ton]]: [[PERSOON|Samir]] gooide een kopje. Niemand gewond. Aanleiding: [[PERSOON|Ton]] zat op "zijn" stoel. Afgesproken: vaste plek aan tafel met zijn naamkaartje.

- [[PERSOON|Layla]], PB / paraaf [[PERSOON|LB]]`,
  },
];
