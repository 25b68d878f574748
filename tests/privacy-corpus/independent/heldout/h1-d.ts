import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h1-040',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-h1',
    knownNames: ['Mw. R. Al-Hamwi'],
    text: `Ambulante crisisinterventie - huisbezoek
Datum: [[DATUM|20 maart]], 15:00-17:10
Adres: [[ADRES|Kloosterveen 118]], [[POSTCODE|9407 rb]] [[PLAATS|Assen]]
Aanwezig: mw. [[PERSOON|Rasha Al-Hamwi]], echtgenoot [[PERSOON|Omar Al-Hamwi]], tolk Arabisch [[PERSOON|Hussein]] (tolknummer [[ID|3018774]], telefonisch), [[PERSOON|M. Boelens]] (SPV crisisdienst), [[PERSOON|K. Yıldırım]] (psychiater)

Aanleiding
Huisarts [[PERSOON|Bruins]] meldde om 13:30 dat mw. vanochtend op de praktijk hevig in paniek was, zei dat "de soldaten weer in huis zijn" en dat zij haar kinderen en zichzelf niet meer kan beschermen. Echtgenoot heeft de kinderen ([[PERSOON|Lana]], 8 en [[PERSOON|Yusuf]], 5) bij de buren ondergebracht.

Voorgeschiedenis
Mw. (36) is in 2016 met haar gezin uit Syrië gevlucht, sinds 2019 status, woont sindsdien in [[PLAATS|Assen]]. Bekend met PTSS, in 2021 behandeld bij [[ORGANISATIE|Centrum Kompaan]] (EMDR), afgesloten met goed resultaat. Sinds januari weer meer klachten, na het bericht dat haar broer in [[PLAATS|Zwolle]] is overleden. Eerder nooit psychotisch geweest. Medicatie: sertraline 50 mg, zelf gestopt in februari.

Bevindingen
Mw. zit op de grond in de slaapkamer, gordijnen dicht. Schrikt bij elk geluid uit het trappenhuis. Oriëntatie in persoon goed, tijd wisselend. Zij beschrijft herbelevingen die zij niet meer van het heden kan onderscheiden: ruikt rook, hoort mannen op de trap. Geen aanwijzingen voor wanen buiten de herbelevingen. Slaapt sinds 5 nachten nauwelijks. Zij ontkent suïcideplannen, "God verbiedt het", maar zegt ook dat ze "wil verdwijnen". Geen gevaar voor de kinderen gezien; zij is bang om hen iets aan te doen zonder het te merken, wat we bespreken als angst, niet als intentie.

Echtgenoot is steunend, zelf ook uitgeput. Hij werkt in ploegendienst bij een bakkerij in [[PLAATS|Beilen]] en heeft zich voor de rest van de week ziek gemeld.

Conclusie
Exacerbatie PTSS met dissociatieve herbelevingen, ernstige slaapdeprivatie. Geen indicatie voor verplichte zorg; mw. en echtgenoot kiezen voor thuis blijven met intensieve begeleiding.

Plan
1. Herstart sertraline 50 mg; voor de nacht quetiapine 25 mg, voor 1 week voorgeschreven, echtgenoot beheert.
2. IHT dagelijks bezoek de komende 7 dagen, eerste bezoek morgen 10:00 ([[PERSOON|Boelens]]).
3. Kinderen: school is via echtgenoot ingelicht dat het thuis moeilijk is. Geen melding Veilig Thuis nodig, wel besproken met de huisarts; evaluatie over 1 week.
4. Aanmelding opnieuw bij [[ORGANISATIE|Centrum Kompaan]] voor traumabehandeling, intake gevraagd binnen 2 weken.
5. Crisiskaart opgesteld: crisisdienst [[TELEFOON|0592-33 44 00]], huisarts overdag.

Echtgenoot telefonisch: [[TELEFOON|06-29 38 47 56]].

[[PERSOON|MB]] / [[PERSOON|KY]]`,
  },
  {
    id: 'h1-041',
    genre: 'overdracht',
    setting: 'ZKH',
    author: 'auteur-h1',
    knownNames: ['Mw. C. (Corrie) de Groot-Visser'],
    text: `SBAR SEH -> afd. Traumatologie (6 Oost)

S: Mw. [[PERSOON|de Groot-Visser]], [[LEEFTIJD|91]] jaar, vanmiddag thuis gevallen, mediale collumfractuur rechts. Pijn VAS 8 bij bewegen, 3 in rust na 5 mg morfine iv.
B: Woont met thuiszorg in [[PLAATS|Gouda]]. Dementie (MMSE 19 in 2023), atriumfibrilleren, Marcoumar. INR bij binnenkomst 3,2, vitamine K 10 mg iv om 17:40 gegeven. Nuchter sinds 12:00.
A: RR 146/78, pols 88 irr, T 36,9. Lichte verwardheid, volgens zoon nieuw. DOS graag starten. Blaaskatheter ingebracht, 350 ml.
R: Orthopedie plant OK morgenochtend bij INR < 1,8; INR om 22:00 herhalen. Anesthesist heeft gezien. Zoon [[PERSOON|Arie]] belt morgen om 08:00, bereikbaar op [[TELEFOON|06-47 01 22 90]].
Mw. noemt zichzelf "[[PERSOON|Cor]]", reageert daar het best op.

SEH: [[PERSOON|Naomi]] / afdeling: [[PERSOON|Patrick]]`,
  },
  {
    id: 'h1-042',
    genre: 'rapportage',
    setting: 'wijk',
    author: 'auteur-h1',
    knownNames: ['Mw. H. (Hennie) Smit'],
    text: `[[DATUM|1 mei]] 09:15 Mw. slaapt veel, wekbaar. Mondzorg gedaan, lippen ingevet. Durogesic 25 mcg pleister vervangen (li bovenarm), oude verwijderd. Man [[PERSOON|Jan]] vraagt hoe lang het nog duurt; uitgelegd dat niemand dat precies weet. - [[PERSOON|rb]]
[[DATUM|1 mei]] 20:30 Ademhaling onregelmatig, pauzes van 10 sec. Mw. lijkt comfortabel. Dochter [[PERSOON|Wilma]] blijft vannacht. Huisarts [[PERSOON|Koster]] is telefonisch op de hoogte. - [[PERSOON|ws]]
[[DATUM|2 mei]] 07:50 Mw. is om 05:10 rustig overleden, in het bijzijn van man en dochter. Huisarts heeft om 06:30 de lijkschouw gedaan. Familie heeft afscheid genomen, uitvaartverzorger komt om 10:00. Materialen (Tena, bedhekbeschermers) worden morgen opgehaald. - [[PERSOON|rb]]`,
  },
  {
    id: 'h1-043',
    genre: 'email',
    setting: 'GGZ',
    author: 'auteur-h1',
    text: `Van: Secretariaat Ouderenpsychiatrie <[[EMAIL|secretariaat.ouderen@ggzmaasoever.nl]]>
Aan: [[EMAIL|assistente@huisartsenkralingen-west.nl]]
Datum: [[DATUM|14-10-2024]] 09:12
Onderwerp: intakeafspraak dhr. [[PERSOON|Verhoeven]] (geb. [[DATUM|02-02-1940]])

Geachte mevrouw, beste collega,

Naar aanleiding van uw verwijzing van [[DATUM|7 oktober]] hebben wij voor dhr. [[PERSOON|W.J. Verhoeven]] een intake ingepland:

Datum: dinsdag [[DATUM|29 oktober]], 10:30
Locatie: polikliniek Ouderenpsychiatrie, [[ADRES|Oudedijk 216]], [[PLAATS|Rotterdam]]
Behandelaar: drs. [[PERSOON|F. Lamrini]], klinisch geriater / ouderenpsychiater i.o.

Wilt u de patiënt en zijn dochter mw. [[PERSOON|Verhoeven]] hiervan op de hoogte brengen? De uitnodigingsbrief gaat vandaag per post. Wij ontvangen graag nog een actueel medicatieoverzicht.

Met vriendelijke groet,

[[PERSOON|Sandra Koppenol]]
Medisch secretaresse ouderenpsychiatrie
[[ORGANISATIE|GGZ Maasoever]]
Telefoon: [[TELEFOON|+31 (0)10 241 17 00]], keuze 3
Direct: toestel [[ID|1735]]

----------
Van: [[EMAIL|assistente@huisartsenkralingen-west.nl]]
Datum: [[DATUM|11-10-2024]]
Onderwerp: RE: verwijzing [[PERSOON|Verhoeven]]

Beste secretariaat,

Dhr. [[PERSOON|Verhoeven]] woont nog thuis aan de [[ADRES|Avenue Concordia 44 B]], [[POSTCODE|3062 LC]]. Telefonisch is hij beter bereikbaar via zijn dochter [[PERSOON|Ingrid]]: [[TELEFOON|06 - 5190 4477]].

Groet, [[PERSOON|Mirjam]] (doktersassistente)
[[ORGANISATIE|Huisartsen Kralingen-West]]`,
  },
  {
    id: 'h1-044',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-h1',
    knownNames: ['Dhr. D. (Damian) Kromowidjojo'],
    text: `Begeleiding kamertraining - [[ORGANISATIE|De Stapsteen]]
Week [[DATUM|13/5]] - [[DATUM|19/5]]

Maandag: [[PERSOON|Dami]] heeft zijn kamer opgeruimd en de was gedaan, zonder herinnering. Compliment gegeven. 
Dinsdag: niet op zijn werk (bakkerij) verschenen. Zei dat hij buikpijn had. Later bleek dat hij tot 04:00 had gegamed met [[PERSOON|Kenny]]. Gesprek over ritme en afspraken met de werkgever. Hij belt zelf zijn leidinggevende mw. [[PERSOON|Hoek]] morgen.
Woensdag: weekgeld (€ 60) opgehaald, gaf meteen € 25 uit aan een cadeau voor zijn vriendin [[PERSOON|Bibi]]. Samen het kasboekje bijgewerkt. Hij wil sparen voor een scooter; doel op papier gezet.
Donderdag: bezoek van zijn oma, mw. [[PERSOON|Kromowidjojo-Sarmo]], die hem eten bracht. Zij vindt dat hij "te veel buiten hangt". [[PERSOON|Dami]] werd boos en liep weg, kwam na een uur terug.
Vrijdag: evaluatiegesprek met gedragswetenschapper [[PERSOON|Rachida]]. Doel "zelfstandig opstaan" gaat beter (4 van 5 dagen wekker zelf). Doel geld: nog niet.

Volgende stap: gesprek met bewindvoering over een extra spaarrekening.

[[PERSOON|Mohan]] (PB) / [[PERSOON|MR]]`,
  },
  {
    id: 'h1-045',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-h1',
    text: `[[ORGANISATIE|Huisartsenpraktijk 't Hooge Land]]
[[ADRES|Hoge Dijk 9]], [[POSTCODE|1733  AB]] [[PLAATS|Nieuwe Niedorp]]
Tel. [[TELEFOON|0226-41 22 30]]

Aan: Geheugenpolikliniek, afdeling Geriatrie, [[ORGANISATIE|Gasthuis Kennemerduin]]

[[DATUM|25 november 2024]]

Betreft: mw. [[PERSOON|T. Wiersma-Zijlstra]] ([[PERSOON|Trijntje]]), geb. [[DATUM|28-12-1934]], 89 jaar
BSN: [[BSN|206941730]]

Geachte collega,

Graag verwijs ik mw. [[PERSOON|Wiersma-Zijlstra]] voor analyse van geheugenproblemen.

Sinds het overlijden van haar man, vorig voorjaar, merken haar kinderen dat zij steeds meer vergeet: afspraken, of zij al gegeten heeft, de pan op het vuur. In de zomer is zij de weg kwijtgeraakt toen zij met de fiets naar de markt in [[PLAATS|Schagen]] ging; een buurman heeft haar thuisgebracht. Zij zelf bagatelliseert: "ik ben gewoon oud".

Onderzoek in de praktijk door de POH-ouderen ([[PERSOON|Jorien]]) op [[DATUM|11/11]]: MMSE 21/30 (punten verloren op oriëntatie en recall), kloktekentest afwijkend. Geen aanwijzingen voor depressie (GDS-15: 3). Lab (TSH, B12, foliumzuur, glucose, Na) zonder afwijkingen. Geen focale neurologische uitval.

VG: hypertensie, artrose knieën, staaroperatie beiderzijds. Medicatie: amlodipine 5 mg, paracetamol zn.

Zoon [[PERSOON|Klaas]] gaat mee naar de afspraak: [[TELEFOON|06-13 57 24 68]].

Vraag: diagnostiek naar de aard van de cognitieve stoornis en advies over zorg en toekomst.

Met vriendelijke groet,
[[PERSOON|R. Dekker-Bruin]], huisarts`,
  },
  {
    id: 'h1-046',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h1',
    text: `VERPLEEGKUNDIG ONTSLAGBERICHT
[[ORGANISATIE|Ziekenhuis De Marren]], afdeling Chirurgie 2 Zuid
Aan: [[ORGANISATIE|Thuiszorg Friesland Noord]], team [[PLAATS|Dokkum]]

Patiënt: dhr. [[PERSOON|Gerrit Jan Klaassen]], geb. [[DATUM|19-06-1958]]
Adres: [[ADRES|Hoogstraat 4-I]], [[POSTCODE|9101 LJ]] [[PLAATS|Dokkum]]
BSN: [[BSN|147 052 968]]
Opnameperiode: [[DATUM|2 oktober]] - [[DATUM|12 oktober]]
Ingreep: [[DATUM|3 oktober]] laparoscopische sigmoïdresectie met eindstandig colostoma (Hartmann-procedure) wegens perforatie bij diverticulitis.

Stoma
Colostoma links onder, 32 mm, rood, vochtig, goed gevormd. Produceert gebonden ontlasting sinds dag 5. Materiaal: Coloplast SenSura Mio 1-delig, 30-35 mm, openbaar. Dhr. verzorgt het zakje zelf, plaatje wisselen lukt nog niet goed (handen beven). Graag de eerste week dagelijks ondersteunen bij het wisselen.
Stomaverpleegkundige: [[PERSOON|Anja Postma]], bereikbaar via de poli, toestel [[ID|7731]] of [[EMAIL|stomazorg@demarren.nl]].

Wond
Trocartwonden droog, hechtpleisters kunnen op [[DATUM|15/10]] eraf.

Overig
Fraxiparine 2850 IE 1dd sc tot en met [[DATUM|31 oktober]], echtgenote [[PERSOON|Aukje]] heeft geleerd te spuiten. Pijn: paracetamol 1 g 4dd. Mobiel zelfstandig.
Dhr. is soms somber over het stoma ("ik ben mijn oude lijf kwijt"). Graag hier aandacht voor.

Controle: poli chirurgie [[DATUM|24/10]] bij dr. [[PERSOON|Van der Wal]].

Ingevuld door: [[PERSOON|Lisanne Kooistra]], verpleegkundige, [[DATUM|12-10]]`,
  },
  {
    id: 'h1-047',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h1',
    knownNames: ['Mw. Z. (Zeynep) Aksoy'],
    text: `S/ wil pil herhalen, geen klachten. Rookt niet. Geen migraine m aura.
O/ RR 118/72.
E/ anticonceptie, geen CI
P/ Microgynon herh 1 jr. /ass. [[PERSOON|DK]]`,
  },
  {
    id: 'h1-048',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-h1',
    text: `Zorgleefplanbespreking / MDO
[[ORGANISATIE|Huize Avondrood]], afd. 2 Oost
[[DATUM|12 augustus]]

Cliënt: mw. [[PERSOON|E. Bakker-Huisman]] ("[[PERSOON|Lies]]"), [[LEEFTIJD|98]]
Aanwezig: [[PERSOON|G. Jansen]] (SO), [[PERSOON|Y. Boukhari]] (EVV), [[PERSOON|N. van Dam]] (geestelijk verzorger), dochter [[PERSOON|Hanneke Bakker]] en schoonzoon [[PERSOON|Ruud]]

Mw. gaat de laatste weken achteruit: eet nog een paar hapjes, slaapt het grootste deel van de dag. Zij zegt zelf: "Ik ben op, ik wil naar mijn [[PERSOON|Henk]]." Haar man is in 2019 overleden.
SO: geen behandelbare oorzaak gevonden, waarschijnlijk de terminale fase van haar ouderdom en hartfalen. Voorstel om te stoppen met de controles (bloeddruk, wegen) en alleen comfortmedicatie te geven. Familie is het daarmee eens.
Dochter vraagt of de bakker op de hoek nog een keer de krentenbollen kan brengen die mw. vroeger altijd haalde; [[PERSOON|Yasmina]] regelt dat.
Geestelijk verzorger komt dinsdag en vrijdag, mw. wil graag psalmen horen.

Afspraken:
- [[PERSOON|GJ]]: medicatie saneren, zo nodig morfine en midazolam voorschrijven
- [[PERSOON|YB]]: zorgleefplan aanpassen naar palliatieve fase, familie mag blijven slapen
- Familie: tel. [[TELEFOON|06-55 20 11 89]] ([[PERSOON|Hanneke]]), ook 's nachts bellen`,
  },
  {
    id: 'h1-049',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-h1',
    knownNames: ['Dhr. T. (Thijs) Scholten'],
    text: `SEH, 04:10. Verzoek van de politie om een "IBS" (dat heet nu een crisismaatregel, uitgelegd). Dhr. [[PERSOON|Scholten]] (29) is in [[PLAATS|Deventer]] op het spoor aangetroffen. Na gesprek: geen psychose, wel ernstig suïcidaal na relatiebreuk, en wil een opname. Vrijwillige opname geregeld op de open afdeling van [[ORGANISATIE|De Hoven]]. Geen Wvggz nodig. Moeder [[PERSOON|Annemiek]] gebeld. - [[PERSOON|R. Hulshof]], SPV`,
  },
  {
    id: 'h1-050',
    genre: 'overdracht',
    setting: 'GGZ',
    author: 'auteur-h1',
    text: `Dienstoverdracht klinische afdeling Vaart, vroege -> late dienst, [[DATUM|3 maart]]

- [[PERSOON|Jayden]] (k.4): goed geslapen, ochtendmedicatie ingenomen. Verlof vanmiddag 14-17 met zijn vader naar [[PLAATS|Apeldoorn]], toegestaan door [[PERSOON|IvO]].
- mw. [[PERSOON|Demirci]] (k.7): huilerig, zegt dat haar ex vanochtend voor de deur stond. Navraag bij receptie: niemand gezien. Observeren, signaleringsplan fase oranje. Zij heeft haar telefoon zelf ingeleverd.
- [[PERSOON|Pieter-Bas]] (k.9): weigerde clozapine om 08:00, om 10:30 alsnog genomen na gesprek met [[PERSOON|Sam]]. Clozapinebloedcontrole maandag.
- dhr. [[PERSOON|Oyelaran]] (k.11): nieuwe opname, voorlopige diagnose psychose NAO. Contacten familie via broer [[PERSOON|Femi]], tel. [[TELEFOON|06-38 45 92 11]]. Screening middelen nog afnemen.
- algemeen: brandalarm om 09:40 getest, iedereen was op de hoogte.

Vroege dienst: [[PERSOON|SvH]], [[PERSOON|Sam]] / late dienst: [[PERSOON|KL]], [[PERSOON|Ebru]]`,
  },
  {
    id: 'h1-051',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-h1',
    knownNames: ['L. (Luuk) van Dam'],
    text: `Logeerweekend [[DATUM|5-7 april]], logeerhuis [[ORGANISATIE|De Zonnepit]]

[[PERSOON|Luuk]] (11, ASS, verstandelijke beperking) werd vrijdag om 17:00 gebracht door zijn vader. Hij had zijn eigen kussen en de iPad mee. Eerste uur liep hij veel rondjes in de gang, na de picto's van het weekend werd hij rustiger.
Eten: wilde alleen pasta zonder saus en komkommer, dat is zoals thuis.
Nacht: vrijdag wakker van 02:00 tot 03:30, zat met koptelefoon op zijn bed. Zaterdag doorgeslapen.
Zaterdag: met [[PERSOON|Naomi]] en twee andere logés naar de kinderboerderij. [[PERSOON|Luuk]] wilde de kippen voeren en telde ze allemaal (14). 
Zondag: bij ophalen vertelde moeder ([[PERSOON|Petra van Dam]]) dat de school in [[PLAATS|Zeist]] een nieuwe juf heeft; dat verklaart mogelijk de onrust van de laatste weken.
Medicatie: melatonine 3 mg om 19:30, beide avonden gegeven.

Volgend logeerweekend: [[DATUM|10-12 mei]].
[[PERSOON|Naomi]] / [[PERSOON|TK]]`,
  },
  {
    id: 'h1-052',
    genre: 'email',
    setting: 'VVT',
    author: 'auteur-h1',
    text: `Onderwerp: overdracht mw. [[PERSOON|Lindeman]] naar [[ORGANISATIE|Hospice De Vlinder]]

Beste collega [[PERSOON|Hoogland]],

Zoals telefonisch besproken wordt mw. [[PERSOON|M.J. Lindeman]] (geb. [[DATUM|17 mei 1947]]) morgen, [[DATUM|21/11]], overgeplaatst van onze afdeling naar [[ORGANISATIE|Hospice De Vlinder]] in [[PLAATS|Bussum]]. Omdat het hospice geen eigen arts heeft, neemt u als huisarts de medische zorg weer over.

Kort samengevat: gemetastaseerd pancreascarcinoom, geen oncologische behandeling meer. Verwachte levensduur weken. Pijn goed onder controle met oxycodon 20 mg 2dd retard en 5 mg zn (gemiddeld 2x/dag). Misselijkheid: haloperidol 1 mg a.n. Euthanasiewens is uitgesproken en schriftelijk vastgelegd; mw. wil dit zelf met u bespreken. Haar partner [[PERSOON|Gonny]] is contactpersoon, [[TELEFOON|06-70 12 44 38]].

BSN ter controle: [[ID|274190358]] (dit nummer klopt volgens ons systeem niet, graag verifiëren bij mw.).

Medicatieoverzicht en de laatste brief sturen wij via het beveiligde kanaal. Voor vragen ben ik tot 17:00 bereikbaar.

Met vriendelijke groet,

[[PERSOON|Koen Bosman]], specialist ouderengeneeskunde
[[ORGANISATIE|Zorgcentrum Het Baken]], locatie [[ORGANISATIE|Gooiberg]]
T [[TELEFOON|035 - 691 20 00]] | toestel [[ID|271]]
[[EMAIL|k.bosman@hetbaken-zorg.nl]] | [[URL|www.hetbaken-zorg.nl/palliatief]]

Aan dit bericht kunnen geen rechten worden ontleend.`,
  },
];
