import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h4-b25',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h4b',
    text: `[[ORGANISATIE|Ziekenhuis De Baronie]] [[PLAATS|Breda]]
Afd. Vaatchirurgie / Orthopedie, 6 Zuid

VERPLEEGKUNDIGE ONTSLAGBRIEF - overplaatsing GRZ
Datum: [[DATUM|2024-10-15]]

Ontvangende organisatie: [[ORGANISATIE|Revalidatiecentrum Mastbos]], afdeling Geriatrische Revalidatie, [[ADRES|Mastbosstraat 110]], [[POSTCODE|4813 gd]] [[PLAATS|Breda]]

Patiënt: dhr. [[PERSOON|Rakeshkumar (Rakesh) Sewnath]]
Geboortedatum: [[DATUM|07-02-1950]]
BSN: [[BSN|926994220]]   Patiëntnummer: [[ID|6650183]]
Woonadres: [[ADRES|Lunetstraat 212]], [[POSTCODE|4822 XN]] [[PLAATS|Breda]]
Huisarts: [[PERSOON|Tjon-A-Fat, L.]], [[ORGANISATIE|Huisartsenpraktijk Haagse Beemden]], tel [[TELEFOON|076-5412290]]
Contactpersonen: echtgenote [[PERSOON|Sunita Sewnath-Kanhai]] [[TELEFOON|06-19284475]]; zoon [[PERSOON|Vikash]] [[TELEFOON|06 48 00 71 32]] (in [[PLAATS|Den Haag]])

Reden opname / beloop
Opname [[DATUM|29-09]] met kritieke ischemie re voet. [[DATUM|1 oktober]] PTA, onvoldoende effect. [[DATUM|4 oktober]] transfemorale amputatie re door dr. [[PERSOON|Van der Made]]. Postoperatief wondinfectie, behandeld met flucloxacilline iv, nu oraal t/m [[DATUM|22/10]].
Voorgeschiedenis: DM2 (insuline), CVA 2019 zonder restverschijnselen, nierinsufficiëntie (eGFR 38), hypertensie.

Verpleegkundige overdracht
- Stomp: wond bijna gesloten, distaal klein gebied met fibrine, gaasje met Flaminal Hydro 1x per 2 dagen. Hechtingen verwijderd [[DATUM|14-10]]. Stompzwachtel volgens schema fysio.
- Fantoompijn: vooral 's avonds, pregabaline gestart. Pijnscore 3-5.
- Mobiliteit: transfers bed-rolstoel met glijplank en hulp van 1. Balanstraining gestart. Vraag voor prothese volgt via revalidatiearts.
- Glucose: 4x daags, insulineschema zie bijlage. Hypo gehad [[DATUM|10-10]] (3,1) na te weinig eten.
- Voeding: vegetarisch, eet graag eigen meegebracht eten van echtgenote (roti, dal). Diabetesdieet lastig, diëtiste heeft advies meegegeven.
- Psyche: somber over het verlies van zijn been, zegt "ik ben geen complete man meer". Gesprek met geestelijk verzorger (pandit) op zijn verzoek geregeld. Graag aandacht!
- Uitscheiding: zelfstandig urinaal, ontlasting ok.

Beleid: volledig beleid.
Vervoer: [[DATUM|16 oktober]] 10.00 uur, rolstoeltaxi.

Met collegiale groet,
[[PERSOON|Femke Oomen]], transferverpleegkundige
[[ORGANISATIE|Ziekenhuis De Baronie]], Transferpunt
[[TELEFOON|076-525 1000]] | [[EMAIL|f.oomen@debaronie-zkh.nl]]`,
  },
  {
    id: 'h4-b26',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h4b',
    text: `Ontslag naar verpleeghuis - korte brief

[[ORGANISATIE|Dommelstroom Ziekenhuis]], afd. Interne C1, [[DATUM|11-12]]
Aan: verpleeghuis [[ORGANISATIE|Den Dries]] te [[PLAATS|Valkenswaard]], t.a.v. [[PERSOON|Anita Maas]] (EVV)

Mw. [[PERSOON|B. Dekkers-van Gerwen]], [[LEEFTIJD|99]] jr, geb. [[DATUM|1-1-1925]], kamer 3 bij jullie.
Opname [[DATUM|5/12]] - [[DATUM|11/12]]: aspiratiepneumonie. Groen slijm opgehoest tot [[DATUM|8 december]], nu minder. Amoxicilline t/m [[DATUM|15-12]].
Logopedie: vanaf nu dik vloeibaar, nectar-dik. Rechtop in bed eten!
NR-beleid en niet meer insturen, afgesproken [[DATUM|9-12]] met zoon [[PERSOON|Gerard Dekkers]] en SO dr. [[PERSOON|Meulendijks]] (telefonisch).
Verder zoals voor opname.

groet, [[PERSOON|ilse]] (vpk C1) [[TELEFOON|040-8885131]]`,
  },
  {
    id: 'h4-b27',
    genre: 'overdracht',
    setting: 'ZKH',
    author: 'auteur-h4b',
    text: `Overdracht palliatieve thuiszorg

Van: [[ORGANISATIE|Academisch Ziekenhuis Maasvallei]], afd. Cardiologie B5, transferverpleegkundige [[PERSOON|Linda Jeukens]]
Aan: [[ORGANISATIE|Thuiszorg Heuvelland]], team [[PLAATS|Eijsden]]-[[PLAATS|Mheer]], [[TELEFOON|+31 (0)43 409 11 00]]
Eerdere (poliklinische) overdrachten: [[DATUM|13 en 29 juli]]. Dit is de overdracht na opname van [[DATUM|2 augustus]] t/m [[DATUM|9 augustus]].

Cliënt: dhr. [[PERSOON|Jean Lardinois]], [[LEEFTIJD|93]] jaar
Geb.: [[DATUM|24-04-1931]]
Adres: [[ADRES|Dorpstraat 6]], [[POSTCODE|6261NK]] [[PLAATS|Mheer]]
BSN [[BSN|651220257]]
Echtgenote: mw. [[PERSOON|Jeanne Lardinois-Pinckers]], [[LEEFTIJD|91]] jaar, woont in hetzelfde huis, is zelf ook kwetsbaar (macula-degeneratie, loopt met stok).
Contact: dochter [[PERSOON|Hélène]], woont in België, [[TELEFOON|06-41227786]]; zoon [[PERSOON|Marcel]] in [[PLAATS|Margraten]], [[TELEFOON|043-4581220]]

Diagnose: eindstadium hartfalen bij ernstige aortastenose, TAVI afgewezen (leeftijd, kwetsbaarheid). Levensverwachting weken tot enkele maanden.
Beleid: palliatief. NR, geen ICD. Huisarts [[PERSOON|A. Mesters]] ([[ORGANISATIE|Huisartsenpraktijk Eijsden]]) neemt regie over en is gisteren telefonisch geïnformeerd.

Zorgvraag
- ochtendzorg: hulp bij wassen/aankleden, dhr. wil zelf scheren
- avondzorg: steunkousen uit, medicatie, in bed helpen
- zn bij benauwdheid: furosemide extra volgens schema (HA)
- signaleren overbelasting echtgenote! Zoon heeft gevraagd naar respijtzorg / logeren bij [[ORGANISATIE|Huize Sint Gerlach]] in [[PLAATS|Gronsveld]].
- hulpmiddelen: hoog-laagbed besteld via de uitleenwinkel, wordt [[DATUM|maandag 12 augustus]] geleverd.

Dhr. spreekt het liefst Mestreechs / plat, verstaat Nederlands goed.

Met vriendelijke groet,
[[PERSOON|L. Jeukens]]
[[EMAIL|transfer.cardiologie@azmaasvallei.nl]]`,
  },
  {
    id: 'h4-b28',
    genre: 'overdracht',
    setting: 'ZKH',
    author: 'auteur-h4b',
    knownNames: ['Mw. A. (Annie) van Dongen'],
    text: `Overdracht late -> nachtdienst [[DATUM|30/3]]
Mw. [[PERSOON|van dongen]] ([[LEEFTIJD|97]]) vanmiddag teruggekomen van SEH [[ORGANISATIE|St. Catharinagasthuis]] [[PLAATS|Oosterhout]] met gipsspalk li pols. Pijn ok met paracetamol. Kleindochter [[PERSOON|Kelly]] blijft vannacht slapen op de kamer (toestemming [[PERSOON|Joop]] teamleider). Bij onrust eerst [[PERSOON|Kelly]] laten praten, werkt het best. Infuus eruit, drinkt zelf.
Morgen overplaatsing naar [[ORGANISATIE|Zorgcentrum Vrijthof]] [[PLAATS|Dongen]], papieren klaar bij de balie. - [[PERSOON|hb]]`,
  },
  {
    id: 'h4-b29',
    genre: 'email',
    setting: 'ZKH',
    author: 'auteur-h4b',
    text: `Van: [[PERSOON|Rosalie Kicken]] <[[EMAIL|r.kicken@zorgloket-westelijkemijnstreek.nl]]>
Aan: [[PERSOON|Dohmen, Hanneke]]
Onderwerp: RE: RE: ELV aanvraag dhr. [[PERSOON|Vleugels]] ([[DATUM|14-5]])

Hoi [[PERSOON|Hanneke]],

Ik heb alle locaties in de regio gebeld maar het is echt vol. [[ORGANISATIE|De Baenje]] in [[PLAATS|Stein]] heeft een wachtlijst van 5, [[ORGANISATIE|Zorgcentrum Glana]] in [[PLAATS|Geleen]] neemt geen zuurstof, en [[ORGANISATIE|Kortverblijf Urmond]] kan pas [[DATUM|zondag 19 mei]]. Ik heb hem voorlopig op die plek gezet.

Alternatief: buiten de regio, bijv. [[ORGANISATIE|Huize Maasveld]] in [[PLAATS|Maasbracht]], die hebben morgen een bed. Familie moet dan wel verder rijden. Wil jij dit met de dochter (mw. [[PERSOON|Vleugels-Schoenmakers]]?) bespreken?

Groetjes, [[PERSOON|Rosalie]]
Zorgloket, [[TELEFOON|+31 (0)46 477 90 12]]

> Op di [[DATUM|14 mei 2024]] om 08:55 schreef [[PERSOON|Dohmen, Hanneke]]:
> Dhr. [[PERSOON|P.J. Vleugels]], [[LEEFTIJD|90]] jr, [[PLAATS|Elsloo]], COPD met thuiszuurstof, moet vandaag/morgen uit het ziekenhuis. Thuis geen optie, echtgenote is in april opgenomen in het verpleeghuis. Kun je ELV hoogcomplex zoeken, liefst dichtbij?
> [[PERSOON|Hanneke]]`,
  },
  {
    id: 'h4-b30',
    genre: 'email',
    setting: 'ZKH',
    author: 'auteur-h4b',
    text: `Doorgestuurd door [[PERSOON|Femke Oomen]] aan afdeling 6 Zuid: "even lezen voor de overdracht morgen, gr [[PERSOON|F.]]"

Van: [[EMAIL|marjan.vermeulen1964@kpnmail.nl]]
Verzonden: zondag [[DATUM|20 oktober]] 22:41
Aan: [[EMAIL|transferpunt@debaronie-zkh.nl]]
Onderwerp: mijn moeder mw. [[PERSOON|Vermeulen]] kamer 618

Beste mevrouw [[PERSOON|Oomen]],

Ik ben de dochter van [[PERSOON|Cornelia (Cor) Vermeulen-Aarts]], [[LEEFTIJD|97]] jaar. Ik heb vanmiddag met de arts gesproken, dokter [[PERSOON|Bosmans]] geloof ik. Hij zei dat mijn moeder waarschijnlijk donderdag weg mag maar dat ze niet terug kan naar haar flat aan de [[ADRES|Nieuwe Boschstraat 14-c]] in [[PLAATS|Breda]]. Dat wisten wij eigenlijk al lang, mijn broer [[PERSOON|Henk]] en ik maken ons al een jaar zorgen.

Wij hebben haar in maart al ingeschreven bij [[ORGANISATIE|Huize Wilhelmina]]? Ik weet de naam niet precies, het is in [[PLAATS|Teteringen]], bij de kerk. Kunt u kijken of zij daar terecht kan? Mijn moeder is katholiek en heeft daar vroeger bij de bakker op de hoek gewerkt, ze kent het dorp.

Ik ben de hele week bereikbaar op [[TELEFOON|06-12708833]], behalve woensdagochtend.

Met vriendelijke groet,
[[PERSOON|Marjan Vermeulen]]`,
  },
  {
    id: 'h4-b31',
    genre: 'verwijzing',
    setting: 'ZKH',
    author: 'auteur-h4b',
    text: `Spoedaanvraag Wlz-opname (crisis) via zorgkantoor

Ingediend door: [[PERSOON|Nadia el Khatib]], transferverpleegkundige [[ORGANISATIE|Ziekenhuis Hart van Brabant]], locatie [[PLAATS|Waalwijk]]
Datum/tijd: [[DATUM|vrijdag 7 maart]], 11:20
Teruggebeld worden op: [[TELEFOON|0416 - 68 30 00]], toestel [[ID|3190]]

Cliënt: dhr. [[PERSOON|Cornelis van Wijk]], roepnaam "[[PERSOON|Kees]]", 88 jaar
Geb.: [[DATUM|12-06-1936]]
BSN: [[BSN|9935.63.272]]
Adres: [[ADRES|Grotestraat 201 a]], [[POSTCODE|5141 JT]] [[PLAATS|Waalwijk]]
Wlz-indicatie: VV 5 afgegeven [[DATUM|03-03]]

Situatie: dhr. is alzheimerpatiënt (ziekte van Alzheimer sinds 2020), tot nu thuis verzorgd door echtgenote mw. [[PERSOON|Truus van Wijk-Hendriks]]. Zij is op [[DATUM|4 maart]] zelf opgenomen met een CVA en ligt bij ons op de stroke unit. Dhr. is sindsdien als sociale opname op de afd. Geriatrie, maar is onrustig, zwerft de afdeling af en is 1x buiten bij de bushalte gevonden. Afdeling is niet geschikt, gesloten setting nodig.

Voorkeur: pg-afdeling in [[PLAATS|Waalwijk]], [[PLAATS|Sprang-Capelle]] of [[PLAATS|Kaatsheuvel]] (dichtbij echtgenote als zij naar revalidatie gaat). Locaties waar hij al op wachtlijst staat: [[ORGANISATIE|De Hoogstraat Zorg]] en [[ORGANISATIE|Verpleeghuis Loonsche Hof]].

Contact: dochter [[PERSOON|Ingrid Smits-van Wijk]], [[TELEFOON|06-73392018]], [[EMAIL|ingrid.smits@ziggo-mail.nl]]
Casemanager dementie: [[PERSOON|Peter Mutsaers]], [[ORGANISATIE|Dementiezorg Langstraat]]

Paraaf: [[PERSOON|NeK]]`,
  },
  {
    id: 'h4-b32',
    genre: 'verwijzing',
    setting: 'ZKH',
    author: 'auteur-h4b',
    text: `Verwijzing casemanagement dementie + dagbesteding

Aan: [[ORGANISATIE|Dementienetwerk Noord-Limburg]], t.a.v. intake casemanagement
[[EMAIL|intake@dementienetwerk-nl.nl]]
Van: [[PERSOON|Ellen Verstappen]], transferpunt [[ORGANISATIE|Ziekenhuis Maasdal]], [[PLAATS|Venlo]]
Datum: [[DATUM|3 april]]

Betreft: mw. [[PERSOON|Hubertina (Bertje) Vervoort-Hanssen]], geb. [[DATUM|28-10-1939]]
Adres: [[ADRES|Sint Urbanusweg 5]], [[POSTCODE|5961 ad]] [[PLAATS|Horst]]
BSN: [[BSN|839705232]]

Mw. is [[DATUM|27-03]] t/m [[DATUM|03-04]] opgenomen geweest wegens dehydratie en een delier bij een urineweginfectie. Tijdens opname is duidelijk geworden dat er al langer sprake is van geheugenproblemen. Klinisch geriater dr. [[PERSOON|O. Kessels]] stelde de diagnose ziekte van Alzheimer, beginnend stadium (MMSE 21). Brief volgt aan huisarts [[PERSOON|Verhaegh]] ([[ORGANISATIE|Huisartsenpraktijk De Horst]]).

Thuis: woont met echtgenoot [[PERSOON|Sjra]] (86), die doof is en weinig overzicht heeft. Mw. kookte altijd, maar de laatste maanden at het echtpaar vooral brood. Kinderen: [[PERSOON|Ton]] ([[PLAATS|America]]), [[PERSOON|Wilma]] ([[PLAATS|Sevenum]]), zijn bezorgd.

Vraag: casemanagement starten, en beoordelen of dagbesteding 2 dagen per week bij [[ORGANISATIE|Ontmoetingscentrum De Schakel]] in [[PLAATS|Horst]] mogelijk is. Thuiszorg [[ORGANISATIE|Zorgpunt Peel en Maas]] start per [[DATUM|4/4]] met medicatie aanreiken 2x daags.

Contactpersoon: dochter [[PERSOON|Wilma Vervoort]], [[TELEFOON|077-4672318]]

Met vriendelijke groet,
[[PERSOON|Ellen Verstappen]], transferverpleegkundige, [[TELEFOON|077 - 320 45 00]] tst. [[ID|4417]]`,
  },
  {
    id: 'h4-b33',
    genre: 'mdo',
    setting: 'ZKH',
    author: 'auteur-h4b',
    text: `Transferoverleg afdeling Geriatrie / Interne - [[DATUM|dinsdag 9 januari]], 13.00-13.45 uur
Aanwezig: [[PERSOON|Wytze Sijbesma]] (transfer), [[PERSOON|Ingrid Raaijmakers]] (afd.vpk 2 West), dr. [[PERSOON|Hoeks]] (geriater), [[PERSOON|Noor]] (MW), [[PERSOON|Bas Klomp]] (fysio)

1. Kamer 201 - dhr. [[PERSOON|Swinkels]] ([[LEEFTIJD|92]], [[PLAATS|Asten]]). Wacht op GRZ, [[ORGANISATIE|Revalidatiecentrum Peelhof]] heeft [[DATUM|12-1]] plek. Familie akkoord. Actie: overdracht schrijven [[PERSOON|IR]].
2. Kamer 204 - mw. [[PERSOON|Habraken]] (79, [[PLAATS|Mierlo]]). Terug naar huis met thuiszorg [[ORGANISATIE|Zorgteam Geldrop-Mierlo]], 3x daags. Dochter wil eigenlijk ELV. MW gaat in gesprek. Actie: [[PERSOON|Noor]].
3. Kamer 209 - dhr. [[PERSOON|Aslan]] (71, [[PLAATS|Helmond-Noord]]). Medisch nog niet klaar, nierfunctie. Geen actie transfer.
4. Kamer 212 - mw. [[PERSOON|T. van Bakel]] ([[LEEFTIJD|100]]!, [[PLAATS|Lierop]]). [[ORGANISATIE|Hospice De Vonder]] heeft plek per morgen. Hospice-verklaring HA ontvangen. Actie: [[PERSOON|WS]] bevestigen, ambulance regelen voor [[DATUM|10/1]] ochtend.
5. Kamer 215 - dhr. [[PERSOON|de Groot]] (84, woont in [[PLAATS|Someren-Eind]]). Wlz aangevraagd [[DATUM|2 januari]], CIZ heeft nog geen besluit. Logeerbed via [[ORGANISATIE|Zorgbureau Oost-Brabant]] gevraagd. Actie: [[PERSOON|WS]] bellen CIZ.

Volgend overleg: [[DATUM|do 11-1]].
notulen [[PERSOON|ws]]`,
  },
  {
    id: 'h4-b34',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-h4b',
    knownNames: ['Mw. E.M. (Elvira) Rosalia'],
    text: `Multidisciplinair overleg GRZ - evaluatie week 3
Datum: [[DATUM|17-07]]
Locatie: [[ORGANISATIE|Revalidatiecentrum De Dommel]], afd. Geriatrische Revalidatie

Aanwezig: [[PERSOON|S. Kerkhofs]] (SO), [[PERSOON|Marieke]] (fysiotherapeut), [[PERSOON|Dilara Aslan]] (ergotherapeut), [[PERSOON|Peggy]] (EVV), mw. zelf en haar zus [[PERSOON|Sheila Rosalia]] (per telefoon vanuit [[PLAATS|Almere]])

Achtergrond: mw. is 76 jaar, woont alleen op een portiekflat (2-hoog, geen lift) aan de [[ADRES|Lidwinastraat 44]] in [[PLAATS|Boxtel]]. Opgenomen na een enkelfractuur li met ORIF in [[ORGANISATIE|Sint Janshof Gasthuis]] op [[DATUM|22 juni]].

Voortgang
- Fysio: mag sinds [[DATUM|15/7]] volledig belasten. Loopt 50 m met rollator, trap 6 treden met leuning en begeleiding. Doel: 2 trappen zelfstandig.
- Ergo: keukentraining gaat goed. Douchestoel en toiletverhoger thuis nodig, aanvraag Wmo gemeente loopt.
- EVV: mw. doet goed mee, is sociaal, danst soms op de gang op muziek van thuis (tumba). Nachtrust slecht door pijn, paracetamol voor de nacht helpt.
- SO: DM goed, HbA1c 52. Tromboseprofylaxe stoppen per [[DATUM|22-07]].
- Mw.: "ik wil voor de verjaardag van mijn kleinzoon [[PERSOON|Jurmen]] thuis zijn", dat is [[DATUM|9 augustus]].

Afspraken
1. Streefdatum ontslag [[DATUM|6 augustus]].
2. Huisbezoek ergo met zus [[PERSOON|Sheila]] op [[DATUM|24/7]].
3. Thuiszorg aanvragen bij [[ORGANISATIE|Wijkzorg Boxtel]] vanaf ontslag, 2x per week douchen.
4. Volgend MDO [[DATUM|31-07]].

Opgesteld door [[PERSOON|Peggy van Beurden]], EVV`,
  },
  {
    id: 'h4-b35',
    genre: 'rapportage',
    setting: 'ZKH',
    author: 'auteur-h4b',
    knownNames: ['Mw. J.C. (Jo) Hermans-Frijns'],
    text: `Rapportage afdeling Longziekten, kamer 3.14 bed 2

[[DATUM|12 feb.]] 07:30 (N) - S: mw. ([[LEEFTIJD|99]]) "ik heb goed geslapen, maar het slijm zit zo vast". O: sat 91% met 2 l O2, groen slijm opgehoest, temp. 38,1 °C. A: koorts, mogelijk toename infectie. P: arts ingelicht om 06:45, kweek sputum afgenomen. - [[PERSOON|Ruud]]

[[DATUM|12 feb.]] 10:15 (D) - Visite dr. [[PERSOON|Smeets]]/[[PERSOON|Janssen]] (aios). Antibiotica iv gewijzigd. Mw. vertelt over haar tijd bij de bakker in [[PLAATS|Nuth]] en zingt een liedje. Helder, wel moe. /[[PERSOON|mjs]]

[[DATUM|12 feb.]] 15:40 (D) - Bezoek van dochter [[PERSOON|Lies]] en schoonzoon [[PERSOON|Jo Kleijnen]] (let op: ook [[PERSOON|Jo]], net als mw. zelf). Vragen over beleid: besproken dat mw. NR-beleid heeft d.d. [[DATUM|03-02-2023]] en dat opname IC niet aan de orde is. Familie akkoord, wil wel "alles doen wat zinvol is". Graag gesprek met arts morgen, afgesproken [[DATUM|13/2]] 11 uur. /[[PERSOON|mjs]]

[[DATUM|13 feb.]] 02:10 (N) - Onrustig, trekt aan zuurstofbril. Herorienteerd, rustiger na warme melk. - [[PERSOON|Ruud]]`,
  },
  {
    id: 'h4-b36',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-h4b',
    knownNames: ['Dhr. W. (Willem) Smeets'],
    text: `[[ORGANISATIE|Bijna Thuis Huis De Vlindertuin]] - rapportage

[[DATUM|vr 4-4]] 09:00 - Dhr. ([[LEEFTIJD|104]]) slaapt veel, ademhaling rustig. Mondverzorging gedaan. Kleinzoon [[PERSOON|Tom Smeets]] gebeld, komt met zijn vrouw uit [[PLAATS|Stein]] rond de middag. - [[PERSOON|Karin Wijnen]] (vpk)

[[DATUM|vr 4-4]] 13:30 - Familie aanwezig. Pastoor [[PERSOON|Wetzels]] is geweest. Dhr. reageert op stem van kleinzoon, knijpt in hand. Geen tekenen van pijn, geen extra morfine nodig. /[[PERSOON|kw]]

[[DATUM|vr 4-4]] 22:15 - Ademhaling wat onregelmatiger, pauzes tot 15 sec. Familie geïnformeerd, [[PERSOON|Tom]] blijft slapen in de familiekamer. Huisarts dienstdoend ([[ORGANISATIE|Huisartsenpost Westelijke Mijnstreek]]) is op de hoogte, alleen ter informatie. /[[PERSOON|ROv]]

[[DATUM|za 5-4]] 04:50 - Dhr. rustig overleden in bijzijn van [[PERSOON|Tom]]. Schouwarts gebeld. Uitvaartverzorger komt om 9 uur, familie heeft kleding klaargelegd. - [[PERSOON|ROv]]`,
  },
];
