import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h3-b13',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-h3b',
    knownNames: ['Dhr. R.A. (Rignald) Cijntje'],
    text: `Crisisbeoordeling i.h.k.v. Wvggz - aanvraag crisismaatregel
Datum/tijd: [[DATUM|30-12-2024]], 02:10 uur
Plaats: politiebureau [[PLAATS|Utrecht]], [[ADRES|Kanaalweg 107]], ophoudkamer
Beoordelend psychiater: dr. [[PERSOON|H. Ait Lhadj]] - BIG [[ID|49120387601]]
spv: [[PERSOON|C. Rademaker]]

Personalia
dhr. [[PERSOON|Rignald Cijntje]], geb. [[DATUM|17-05-1991]], BSN [[BSN|917688375]]
woonachtig [[ADRES|Zamenhofdreef 180 bis]], [[POSTCODE|3562 JV]] [[PLAATS|Utrecht]] ([[PLAATS|Overvecht]])
Huisarts: [[PERSOON|R. Spaargaren]], [[ORGANISATIE|Gezondheidscentrum De Dreef]]
Eerder bekend bij [[ORGANISATIE|GGZ Vechtstroom]], FACT [[PLAATS|Utrecht-Noord]], uit zorg sinds [[DATUM|14 augustus 2023]]

Aanleiding
Aangehouden om 23:30 na melding van omstanders: dhr. stond op de middenberm van de Waterlinieweg en riep dat hij "door God gestuurd" was. Bij aanhouding verzet, agent licht gewond. Geen middelengebruik aantoonbaar (speekseltest negatief).

Heteroanamnese
Broer [[PERSOON|Shurwen]] telefonisch ([[TELEFOON|06-22917463]]): sinds ongeveer 3 weken slaapt [[PERSOON|R.]] nauwelijks, heeft zijn baan opgezegd, preekt op straat. Eerdere psychose in 2019 met opname in [[ORGANISATIE|Kliniek Eemgaarde]]. Stopt dan steeds met medicatie.

Psychiatrisch onderzoek
Helder bewustzijn. Motorisch onrustig, staat steeds op. Spraakdrang, gedachtevlucht. Grootheidswanen met religieuze inhoud, hoort de stem van God die hem opdrachten geeft. Ontkent suïcidaliteit. Geen ziekte-inzicht: "ik ben niet ziek, ik ben uitverkoren".

Conclusie
Manische episode met psychotische kenmerken, bipolaire I stoornis. Ernstig nadeel: levensgevaar (verkeer), ernstige verwaarlozing, gevaar voor anderen. Geen vrijwillige opname mogelijk, dhr. weigert.

Beleid
- medische verklaring opgesteld, crisismaatregel aangevraagd bij burgemeester (gemeente [[PLAATS|Utrecht]])
- toegestane verplichte zorg: opname, medicatie, insluiten
- plaatsing HIC [[ORGANISATIE|De Vechthorst]], vervoer met zorgambulance om 04:00
- broer geïnformeerd, hij brengt morgen kleding
- patiëntvertrouwenspersoon wordt ingelicht door de kliniek

[[PERSOON|HAL]] / [[PERSOON|cr]]`,
  },
  {
    id: 'h3-b14',
    genre: 'begeleiding',
    setting: 'GGZ',
    author: 'auteur-h3b',
    knownNames: ['Mw. R. (Sunita) Ramdin'],
    text: `hb + depot. [[PERSOON|Sunita]] deed na 1x bellen open, woning netjes, geurde naar wierook. Xeplion 150 mg li deltoid, geen bijwerkingen, wel klaagt ze over gewichtstoename (+4 kg sinds zomer). Besproken: samen met diëtist van de poli, verwijzing gaat via dr. [[PERSOON|Baldew]]. Ze heeft weer contact met haar dochter [[PERSOON|Priya]] (woont in [[PLAATS|Almere]]), dat doet haar zichtbaar goed. Stemming wisselend, geen achterdocht meer richting buren. Gaat sinds [[DATUM|6 oktober]] 2 ochtenden naar het inloophuis aan de [[ADRES|Vaartweg 34]].
Volgend depot [[DATUM|3-11]], 10.30.
[[PERSOON|fk]]`,
  },
  {
    id: 'h3-b15',
    genre: 'rapportage',
    setting: 'GHZ',
    author: 'auteur-h3b',
    knownNames: ['Dhr. T. (Tygo) Wouters'],
    text: `[[DATUM|03-06]] 17.30 [[PERSOON|Tygo]] heeft in de middag uit de koelkast van groep 2 gegeten (3 boterhammen, een bakje kwark). [[PERSOON|Marjolein]] van groep 2 belde. Koelkast stond niet op slot, slot zat er wel op maar was niet dichtgedaan. [[PERSOON|Tygo]] reageerde boos toen hij werd aangesproken, sloeg met de deur. Na 15 min zelf bijgekomen op zijn kamer. Besproken in de avond wat er gebeurd was. Hij zei: "ik heb gewoon altijd honger". Gewicht morgen wegen. - [[PERSOON|yvdb]]

[[DATUM|04-06]] 08.00 Gewogen: 96,4 kg (vorige week 95,1). Afspraken rondom eten (Prader-Willi protocol) nogmaals doorgenomen in team. Graag ALLE koelkasten en de voorraadkast op slot na gebruik!! - [[PERSOON|yvdb]]

[[DATUM|04-06]] 14.15 Moeder ([[PERSOON|Ans Wouters]]) op bezoek geweest, bracht een zak drop mee. Dit besproken met moeder, ze begreep het, drop meegenomen. [[PERSOON|Tygo]] was teleurgesteld maar bleef rustig. - [[PERSOON|Sem]]

[[DATUM|05-06]] 21.00 Rustige dag. Werk bij de kringloop [[ORGANISATIE|Het Goede Spul]] in [[PLAATS|Oisterwijk]] ging goed volgens jobcoach [[PERSOON|Peggy]]. Avondeten 1 portie, zonder discussie. - [[PERSOON|Marieke B.]]

[[DATUM|06-06]] 10.00 Diëtist [[PERSOON|Nicole Hermans]] komt [[DATUM|18 juni]] om 11.00 voor evaluatie eetplan. Graag zorgen dat iemand van het team aanwezig is. - [[PERSOON|yvdb]]`,
  },
  {
    id: 'h3-b16',
    genre: 'mdo',
    setting: 'GGZ',
    author: 'auteur-h3b',
    knownNames: ['Mw. F. (Fatima) Bouzid'],
    text: `Behandelplanbespreking [[DATUM|12 september]]
Aanwezig: mw. [[PERSOON|Bouzid]], haar man [[PERSOON|Abdelkader]], psychiater [[PERSOON|M. de Ruiter]], casemanager/spv [[PERSOON|E. Akkermans]], psycholoog [[PERSOON|Sofie Verbruggen]], tolk Arabisch (telefonisch, tolknummer [[ID|4471309]])

1. Beloop afgelopen periode
Mw. is sinds [[DATUM|15 april]] in zorg bij FACT [[PLAATS|Den Bosch]] na opname in [[ORGANISATIE|Ziekenhuis De Lingeborgh]], afd. psychiatrie (PAAZ). Diagnose: PTSS, depressieve stoornis, eenmalige episode ernstig. Nachtmerries verminderd sinds start prazosine. Ze komt weer buiten, haalt de kinderen ([[PERSOON|Nour]] 8 en [[PERSOON|Ilyas]] 11) van school.

2. Wensen mw.
"Ik wil weer slapen en niet meer bang zijn als er een vliegtuig overkomt." Ze wil ook taalles, gaat via het wijkteam van [[PLAATS|Rosmalen]].

3. Behandeling
- EMDR bij [[PERSOON|Sofie]], start [[DATUM|26-09]], 8 sessies
- medicatie ongewijzigd: sertraline 100 mg, prazosine 2 mg
- casemanager blijft betrokken 1x per 2 weken, ook voor praktische zaken (brief gemeente, schoolarts)

4. Signaleringsplan
Bijgewerkt. Vroege signalen: niet meer koken, overdag in bed, wil niet dat man weggaat. Man weet wie hij moet bellen (crisiskaart in keukenla).

5. Afspraken
Evaluatie na EMDR, rond [[DATUM|28 november]] -> planner [[PERSOON|Jolanda]] maakt afspraak.

Mw. en man gaan akkoord met plan. Akkoord vastgelegd door [[PERSOON|EA]].`,
  },
  {
    id: 'h3-b17',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-h3b',
    text: `Melding crisisdienst - politie
[[DATUM|17/8]] 15:42 binnengekomen via meldkamer, agent [[PERSOON|De Bruin]] (noodhulp), terugbellen via mobiel collega: [[TELEFOON|06-11248390]]

Situatie: man, ongeveer 50 jr, op perron 18 van station [[PLAATS|Utrecht]] Centraal, verward, praat Pools en gebrekkig Engels. Heeft geen ID bij zich. Zegt dat hij [[PERSOON|Paweł]] heet. Is nat, heeft in de singel gelegen? Geen verwondingen zichtbaar. Ruikt naar alcohol.

Advies: eerst medische beoordeling via ambulance (intox, onderkoeling), daarna zo nodig crisisdienst opnieuw. Agent akkoord.

17:10 update: navraag: man is via ambulance naar SEH [[ORGANISATIE|Ziekenhuis Vechtzicht]]. Alcoholpromillage 2,8. Identiteit achterhaald via uitzendbureau: [[PERSOON|Paweł Wiśniewski]], geb. [[DATUM|22-11-1973]], woont in een arbeidersunit in [[PLAATS|De Meern]]. SEH-arts [[PERSOON|Bakker]] belt ons terug als hij nuchter is.

21:35 SEH-arts belt: nuchter, helder, geen psychiatrische stoornis te vinden, geen suïcidaliteit. Wil terug naar zijn unit. Crisisdienst niet meer nodig. Melding afgesloten.

[[PERSOON|jh]]`,
  },
  {
    id: 'h3-b18',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-h3b',
    knownNames: ['Dhr. D. (Dylan) van Rijswijk'],
    text: `Ambulante begeleiding - dinsdag [[DATUM|14 januari]]
Bij [[PERSOON|Dylan]] thuis, [[ADRES|Burgemeester Jansenlaan 6 rd]], [[PLAATS|Papendrecht]]. Duur 1,5 uur.

Post doorgenomen: aanmaning van zorgverzekeraar (eigen risico, 385 euro). [[PERSOON|Dylan]] had de brief niet geopend "omdat het toch slecht nieuws is". Samen betalingsregeling aangevraagd via de website. Polisnummer genoteerd in het dossier (bij financiën), niet hier.

Boodschappenlijst gemaakt voor de week. Hij wil graag zelf leren koken, nu vooral magnetronmaaltijden. Volgende keer samen pasta maken.

[[PERSOON|Dylan]] vertelde dat zijn "vriend" [[PERSOON|Kevin]] (die hij via gamen kent) vorige week 2 nachten heeft geslapen en 50 euro heeft geleend. [[PERSOON|Dylan]] vindt het moeilijk om nee te zeggen. Besproken wat een echte vriend is. Ik maak me hier zorgen over (financieel misbruik?), overleg met gedragsdeskundige [[PERSOON|Ellen Quist]] en met moeder (mw. [[PERSOON|Van Rijswijk]]) - met toestemming van [[PERSOON|Dylan]].

[[PERSOON|Dylan]] is 19, LVB, sinds [[DATUM|1 november]] zelfstandig in deze woning, begeleiding 2x per week vanuit het ambulante team van [[ORGANISATIE|Stichting Merwedezorg]].

Volgende afspraak: vrijdag [[DATUM|17/1]] 15.00.
[[PERSOON|Bram]] (pb)`,
  },
  {
    id: 'h3-b19',
    genre: 'email',
    setting: 'GGZ',
    author: 'auteur-h3b',
    text: `Van: [[PERSOON|P. Terpstra]], psychiater
Aan: [[ORGANISATIE|Apotheek De Zwaan]], t.a.v. apotheker mw. [[PERSOON|Yılmaz]] ([[EMAIL|info@apotheekdezwaan-houten.nl]])
cc: spv [[PERSOON|Gert Haverkamp]] ([[EMAIL|g.haverkamp@ggzvechtstroom.nl]])
Datum: [[DATUM|2 juni 2025]]
Onderwerp: clozapine dhr. [[PERSOON|Van Gorkum]], geb. [[DATUM|11-11-1965]]

Geachte collega,

Dhr. [[PERSOON|J. van Gorkum]] ([[ADRES|Het Kant 22]], [[PLAATS|Houten]]) gebruikt clozapine 400 mg per dag. De bloedcontrole (leukocyten/neutrofielen) van [[DATUM|28 mei]] was normaal, zie bijlage. Volgende controle over 4 weken via het prikpunt in [[PLAATS|Houten]].

Per [[DATUM|9 juni]] verlagen we de dosering naar 350 mg (ivm sufheid en speekselvloed). Het nieuwe recept staat klaar in het LSP. Kunt u de baxterrol vanaf die datum aanpassen?

Bij vragen ben ik bereikbaar via de receptenlijn [[TELEFOON|030-2297713]], toestel [[ID|2214]].

Met collegiale groet,
dr. [[PERSOON|P. Terpstra]], psychiater
AGB-code [[ID|03058812]]
[[ORGANISATIE|GGZ Vechtstroom]], FACT [[PLAATS|Houten]]/[[PLAATS|Nieuwegein]]`,
  },
  {
    id: 'h3-b20',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-h3b',
    text: `Verwijsbrief via ZorgDomein
Van: [[ORGANISATIE|Huisartsenpraktijk Het Wilhelminapark]], [[ADRES|Stationsstraat 41a]], [[POSTCODE|5611 CE]] [[PLAATS|Eindhoven]]
Huisarts: drs. [[PERSOON|A.M. Kuipers-Janssen]], AGB [[ID|01074422]]
Naar: [[ORGANISATIE|GGZ Kempen en Peel]], specialistische GGZ, afd. stemmingsstoornissen

Patiënt: mevr. [[PERSOON|Ayşe Demir]]
Geb.datum: [[DATUM|09-04-1979]]
BSN: [[BSN|104606587]]
Adres: [[ADRES|Hugo van der Goeslaan 12]], [[POSTCODE|5613 lr]] [[PLAATS|Eindhoven]]
Tel: [[TELEFOON|040-2874516]] / [[TELEFOON|06 31 40 72 95]]
Verzekeraar: polisnr. [[ID|100384726]]

Reden van verwijzing:
Graag diagnostiek en behandeling bij recidiverende depressie, nu derde episode, onvoldoende respons op 2 antidepressiva (citalopram 40 mg 8 wk, daarna venlafaxine tot 225 mg sinds [[DATUM|3 februari]]). Begeleiding door POH-GGZ [[PERSOON|Marleen]] sinds vorig najaar, 10 gesprekken, helpt onvoldoende.

Anamnese:
45-jarige vrouw, gescheiden, 2 kinderen (16 en 13). Werkt als doktersassistente (nu ziek sinds [[DATUM|12-12-2024]]). Somber, anhedonie, slaapt 4 uur per nacht, 6 kg afgevallen. Passieve doodsgedachten, geen plannen, beschermend: kinderen. Moeder had ook depressies. Geen middelengebruik.

Medicatie: venlafaxine 225 mg 1dd, levothyroxine 50 mcg (hypothyreoïdie, TSH [[DATUM|4 maart]] normaal).

Vraag: welke vervolgstap? Is er plaats voor ECT of andere behandeling? Patiënte spreekt goed Nederlands, geen tolk nodig.

Met vriendelijke groet,
[[PERSOON|A.M. Kuipers-Janssen]], huisarts`,
  },
  {
    id: 'h3-b21',
    genre: 'rapportage',
    setting: 'GGZ',
    author: 'auteur-h3b',
    knownNames: ['Dhr. S. (Sjoerd) Hoekstra'],
    text: `[[DATUM|2025-03-03]] tel. contact
[[PERSOON|Sjoerd]] belt zelf, is bij zijn moeder in [[PLAATS|Drachten]] en komt woensdag [[DATUM|5/3]] terug. Klinkt goed. Afspraak verzet naar vrijdag. /[[PERSOON|wd]]

[[DATUM|2025-03-07]] huisbezoek [[ADRES|Kerkewijk 90-II]], [[PLAATS|Veenendaal]]
Met spv [[PERSOON|Wietske Dijkstra]] en ervaringsdeskundige [[PERSOON|Tom]]. [[PERSOON|Sjoerd]] vertelt over de begrafenis van zijn opa in [[PLAATS|Boornbergum]]. Rouw, verdriet passend. Geen alcohol gedronken bij familie, daar is hij trots op (6 wk droog). Wel veel gerookt. Nachtrust matig. Vraagt of hij weer kan beginnen bij de fietsenwerkplaats. [[PERSOON|Tom]] neemt contact op met [[PERSOON|Henk]] van het werkproject. /[[PERSOON|wd]]

[[DATUM|2025-03-11]] mail ontvangen van bewindvoerder mr. [[PERSOON|L. Schipper]]: leefgeld wordt per [[DATUM|15-03]] verhoogd naar 75 euro per week. [[PERSOON|Sjoerd]] geïnformeerd via sms. /[[PERSOON|wd]]

[[DATUM|2025-03-14]] [[PERSOON|Sjoerd]] niet thuis bij afgesproken hb. Buurvrouw zegt dat hij 's ochtends met de fiets weg ging. Tel. niet opgenomen. Briefje achtergelaten. Bij geen contact maandag: bellen moeder ([[PERSOON|Sietske Hoekstra-Visser]], [[TELEFOON|0512-341867]]). /[[PERSOON|tvdh]]

[[DATUM|2025-03-15]] [[PERSOON|Sjoerd]] belt terug, zat bij de werkplaats, was de afspraak vergeten. Nieuwe afspraak di [[DATUM|18 mrt]]. /[[PERSOON|wd]]`,
  },
  {
    id: 'h3-b22',
    genre: 'crisis',
    setting: 'GHZ',
    author: 'auteur-h3b',
    knownNames: ['Dhr. N. (Noah) Hendriks'],
    text: `Acute opvang / crisisplaatsing
Datum aanmelding: za [[DATUM|22 februari]], 11:20
Aanmelder: [[PERSOON|E. Kramer]], jeugd- en gezinswerker wijkteam [[PLAATS|Bergen op Zoom]], [[TELEFOON|06-47201938]]

[[PERSOON|Noah]] (23 jr, autisme + LVB, IQ rond 65) woont bij zijn vader in [[PLAATS|Bergen op Zoom]]. Vader (dhr. [[PERSOON|Hendriks]]) is vannacht met een hartinfarct opgenomen in het ziekenhuis. Moeder is overleden (2020). Er is geen ander familielid dat de zorg kan overnemen: zus [[PERSOON|Lisa]] woont in [[PLAATS|Groningen]] en kan pas maandag komen. [[PERSOON|Noah]] is nu bij de buurvrouw (mw. [[PERSOON|Van Loon]], [[ADRES|Meeuwenlaan 4]]), hij is erg onrustig, wiegt en slaat zichzelf tegen het hoofd.

Afweging: crisisbed logeerhuis [[ORGANISATIE|De Vuurtoren]] ([[ORGANISATIE|Stichting Zeeland-Brabant Zorg]]) is vrij tot woensdag. Onbekende omgeving is moeilijk voor hem, maar thuis blijven kan niet zonder toezicht.

Afspraken:
- [[PERSOON|Roel]] (begeleider logeerhuis) haalt [[PERSOON|Noah]] om 13:00 op bij de buurvrouw, samen met [[PERSOON|E. Kramer]] die hij kent
- buurvrouw pakt tas in: zijn eigen kussen, koptelefoon, de rode iPad, medicatie (melatonine, risperidon 0,5 mg)
- dagplanning met pictogrammen meegeven
- maandag overleg met zus [[PERSOON|Lisa Hendriks]] ([[TELEFOON|06-28845501]]) over vervolg
- CIZ spoedaanvraag Wlz indien verblijf langer dan een week nodig is

Crisiscoördinator: [[PERSOON|Jolien van Aert]]`,
  },
  {
    id: 'h3-b23',
    genre: 'begeleiding',
    setting: 'GGZ',
    author: 'auteur-h3b',
    knownNames: ['Mw. L. (Lieke) Smulders'],
    text: `Gesprek persoonlijk plan - [[PERSOON|Lieke]], [[DATUM|8 mei]]
Locatie: [[ORGANISATIE|Beschermd Wonen De Boog]], [[ADRES|Ringbaan-Oost 211]], [[PLAATS|Tilburg]], haar appartement (nr. 14)

[[PERSOON|Lieke]] woont hier nu 10 maanden. Ze wil toe naar een eigen woning met ambulante begeleiding ("doorstroom"), graag in [[PLAATS|Dongen]] waar haar vriend woont. Ze is ingeschreven bij de woningcorporatie via de urgentieregeling van de gemeente.

Wat gaat goed:
- medicatie zelf beheren (weekdoos) sinds begin maart, geen fouten
- werkt 16 uur bij de bakker in de wijk (via IPS, begeleider [[PERSOON|Koen]])
- geen zelfbeschadiging meer sinds november

Wat is nog lastig:
- schoonmaken, vooral badkamer
- geld: ze geeft veel uit aan kleding. Samen met bewindvoerder [[PERSOON|Ilse van Gestel]] een budgetplan gemaakt.
- spanning bij ruzie met vriend [[PERSOON|Dennis]]. Dan terugval in oude patronen (niet eten, niet slapen).

Afspraken:
- [[PERSOON|Lieke]] oefent 4 weken met een schoonmaakschema, woonbegeleider [[PERSOON|Anouk]] checkt op vrijdag
- gesprek met haar behandelaar FACT (dr. [[PERSOON|Vroemen]]) over doorstroom, [[DATUM|3 juni]]
- [[PERSOON|Lieke]] wil een gesprek met haar moeder erbij. Moeder woont in [[PLAATS|Helmond]], nummer: [[TELEFOON|0492-551903]]

[[PERSOON|A. Mutsaers]], woonbegeleider`,
  },
  {
    id: 'h3-b24',
    genre: 'mdo',
    setting: 'GHZ',
    author: 'auteur-h3b',
    text: `Teamoverleg groep Kastanje, [[ORGANISATIE|Woonvorm Veldzicht]], [[PLAATS|Heeswijk-Dinther]]
donderdag [[DATUM|6 maart]], 13.30-15.00
Aanwezig: [[PERSOON|Joke]] (tl), [[PERSOON|Ruben]], [[PERSOON|Chantal]], [[PERSOON|Mirjam]], [[PERSOON|Gerard]] (nacht), [[PERSOON|Lisette Bakx]] (gedragsdeskundige), [[PERSOON|Marjan]] (AVG, laatste half uur)
Afwezig: [[PERSOON|Ilona]] (ziek)

Cliëntbesprekingen
[[PERSOON|Henk]] - gaat de laatste weken minder naar buiten, wil niet meer naar de zorgboerderij. [[PERSOON|Marjan]] wil hem zien: urineweginfectie? pijn? Afspraak volgende week di. [[PERSOON|Ruben]] belt broer (contactpersoon).

[[PERSOON|Sanne]] - verjaardag [[DATUM|15 maart]], wordt 30! Feest in de huiskamer, ouders + oma komen. [[PERSOON|Chantal]] regelt taart (glutenvrij).

[[PERSOON|Bertje]] ([[PERSOON|Albert van Hoof]]) - veel nachtelijk roepen. [[PERSOON|Gerard]] houdt 2 weken een nachtlijst bij. [[PERSOON|Lisette]] kijkt daarna naar de gegevens. Fam. [[PERSOON|Van Hoof]] heeft klacht ingediend over zoekgeraakte kleding, [[PERSOON|Joke]] handelt af.

[[PERSOON|Meryem]] - verhuist per [[DATUM|1 april]] naar [[ORGANISATIE|De Kempkens]] in [[PLAATS|Veghel]], dichter bij haar zus. Overdracht door [[PERSOON|Mirjam]].

Algemeen
- Nieuwe bewoner vanaf april op kamer 6: dhr. [[PERSOON|Kerkhof]], 61, komt uit [[ORGANISATIE|Huize Sint Elisabeth]]. Kennismaking [[DATUM|24/3]].
- BHV herhaling [[DATUM|27 maart]] voor [[PERSOON|Ruben]] en [[PERSOON|Chantal]].
- Roosterwensen mei inleveren bij [[PERSOON|Joke]] vóór [[DATUM|20 maart]].

notulist [[PERSOON|MvdS]]`,
  },
];
