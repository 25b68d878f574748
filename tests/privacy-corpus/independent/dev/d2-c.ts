import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd2-c01',
    genre: 'mdo',
    setting: 'GHZ',
    author: 'auteur-d2',
    knownNames: ['Dhr. G. (Gerrie) Terpstra'],
    text: `MDO – [[ORGANISATIE|Stichting De Wingerd]], woonlocatie [[ORGANISATIE|De Waterhoef]] ([[PLAATS|Heerenveen]])
Datum: do [[DATUM|11 januari 2024]], 14.00-15.30 uur
Cliënt: [[PERSOON|Gerard Terpstra]] ("[[PERSOON|Gerrie]]"), 58 jaar, cliëntnummer [[ID|77120459]]

Aanwezig
- AVG: [[PERSOON|J. Veenstra-de Haan]]
- gedragsdeskundige (orthopedagoog): [[PERSOON|Margriet Bosma]]
- persoonlijk begeleider: [[PERSOON|Sietske]]
- fysiotherapeut: [[PERSOON|Arjen de Vries]]
- logopedist: [[PERSOON|Nynke Zijlstra]]
- diëtist: [[PERSOON|R. Kuipers]]
- coördinator dagbesteding [[ORGANISATIE|De Hoeve]]: [[PERSOON|Bauke]]
- broer en curator: dhr. [[PERSOON|S. Terpstra]] ([[PERSOON|Sjoerd]]), met zijn vrouw [[PERSOON|Akke]]
Notulen: [[PERSOON|MB]]

1. Aanleiding
[[PERSOON|Gerrie]] woont sinds 1998 op [[ORGANISATIE|De Waterhoef]]. Sinds ongeveer een half jaar ziet het team een duidelijke verandering: hij vergeet de weg naar zijn eigen kamer, raakt de draad kwijt bij vaste klusjes (tafel dekken), is vaker incontinent en verslikt zich bij het drinken. Hij is 3x gevallen sinds november. De DSQIID-score is gestegen van 6 (nulmeting 2021) naar 19 nu.

2. Medisch (AVG)
Syndroom van Down. Het beeld past bij dementie van het Alzheimertype, wat bij mensen met Down op deze leeftijd vaak voorkomt. Daarnaast hypothyreoïdie (goed ingesteld, TSH [[DATUM|4 december]] normaal) en sinds kort epilepsie: eerste insult op [[DATUM|28-10-2023]], daarna nog 2x myoclonieën in de ochtend. Levetiracetam gestart, 250 mg 2dd, sindsdien geen insulten. Gehoor: hoortoestellen li en re, worden goed gedragen. Ogen: cataract beiderzijds, verwijzing naar [[ORGANISATIE|Oogzorg Tjongerdal]], maar OK onder narcose is een grote ingreep; AVG wil dit eerst met de curator bespreken.
Pijn: [[PERSOON|Gerrie]] kan pijn moeilijk aangeven. Team gebruikt de REPOS-lijst; scores de laatste weken laag.

3. Gedrag (gedragsdeskundige)
[[PERSOON|Margriet]]: in de avond meer onrust en angst. Hij loopt dan rond, trekt aan deuren en zegt "naar mem" (moeder). Op de groep van 8 bewoners is het dan vaak druk door de tv en de vaatwasser. Advies: na het avondeten een rustig moment op zijn kamer met vaste begeleider, muziek van vroeger (hij is dol op Friese liedjes), levensboek maken samen met familie. Minder keuzes aanbieden, korte zinnen, steeds dezelfde volgorde bij de avondzorg. Niet met hem in discussie over moeder.

4. Mobiliteit (fysio)
[[PERSOON|Arjen]]: breed gangpatroon, kleine pasjes, verminderde balans. Valincidenten steeds in de avond of 's nachts op weg naar het toilet. Een rollator weigert hij ("is voor ouwe mensen"). Advies: nachtverlichting met bewegingssensor, toiletstoel naast bed proberen, schoenen met stevige zool ook binnen, en een rolstoel voor lange afstanden (uitjes, dagbesteding). Oefenen 1x per week op de woning.

5. Slikken (logopedist)
[[PERSOON|Nynke]] heeft op [[DATUM|19/12]] een slikobservatie gedaan: verslikt zich bij dun vloeibaar, hoest na het drinken van thee. Eten met een zachte structuur gaat goed. Advies: dranken licht indikken (Thick & Easy, niveau 1), rechtop zitten bij het eten, kleine slokjes, niet praten tijdens het slikken. Mondzorg na iedere maaltijd ivm risico op aspiratiepneumonie.

6. Voeding (diëtist)
Gewicht van 61 kg (juni) naar 57,4 kg nu. BMI 23. Advies: tussendoortjes verrijken, 2x per dag een toetje met extra eiwit, wekelijks wegen op maandag. [[PERSOON|Kuipers]] komt over 6 weken terug.

7. Dagbesteding
[[PERSOON|Bauke]]: [[PERSOON|Gerrie]] gaat nog 4 dagen naar [[ORGANISATIE|De Hoeve]]. Hij valt er vaak in slaap, doet niet meer mee met het houtwerk en raakt in paniek in de bus. Voorstel: terug naar 2 dagen, en de andere dagen een ochtendprogramma op de woning. Op de dagbesteding blijft hij bij dezelfde groep en dezelfde begeleider ([[PERSOON|Wytske]]).

8. Familie
[[PERSOON|Sjoerd]] schrikt van de achteruitgang, maar herkent het: "bij thuis ging het ook zo met tante". Moeder is [[LEEFTIJD|91]] en woont in [[ORGANISATIE|Zorgcentrum De Meerstinzen]] in [[PLAATS|Joure]]. Zij weet nog niet hoe het met [[PERSOON|Gerrie]] gaat. [[PERSOON|Sjoerd]] en [[PERSOON|Akke]] halen [[PERSOON|Gerrie]] om de zondag op om bij haar op bezoek te gaan. Die bezoeken maken hem blij maar de dag erna is hij erg moe. Familie wil dat [[PERSOON|Gerrie]] zo lang mogelijk op [[ORGANISATIE|De Waterhoef]] blijft wonen, "dat is zijn thuis".

9. Wonen en nachtzorg
De woning heeft 's nachts een slaapdienst en uitluistersysteem. Bij toename van nachtelijke onrust of vallen is dat mogelijk niet voldoende. Binnen [[ORGANISATIE|De Wingerd]] is er de locatie [[ORGANISATIE|De Lindehof]] in [[PLAATS|Drachten]], speciaal voor ouderen met een VB en dementie, met wakende nacht. [[PERSOON|Sietske]] vraagt na of er plek is, zonder dat er al een besluit ligt. Curator wil eerst samen gaan kijken.

10. Toekomst en beleid
Kort gesproken over advance care planning. AVG legt uit wat er in de komende jaren kan gebeuren. [[PERSOON|Sjoerd]] wil nadenken over reanimatie en ziekenhuisopnames, en dit eerst met zijn moeder bespreken. Vervolggesprek AVG en curator op [[DATUM|8 februari]].

Afspraken
- dagbesteding terug naar 2 dagen per [[DATUM|1 februari]], ochtendprogramma op de woning uitwerken ([[PERSOON|Sietske]] / [[PERSOON|Bauke]])
- nachtlampje met sensor en toiletstoel aanvragen ([[PERSOON|AdV]])
- dranken indikken niveau 1, instructie aan team ([[PERSOON|NZ]])
- levensboek met familie starten ([[PERSOON|Sietske]] / [[PERSOON|Akke]])
- gedragsadviezen avond in werkplan ([[PERSOON|MB]])
- informeren naar plek [[ORGANISATIE|De Lindehof]], rondleiding met curator plannen ([[PERSOON|Sietske]])
- gesprek ACP [[DATUM|8-2]] ([[PERSOON|JVdH]])
Volgend MDO over 3 maanden, uiterlijk [[DATUM|11 april]].`,
  },
  {
    id: 'd2-c02',
    genre: 'mdo',
    setting: 'ZKH',
    author: 'auteur-d2',
    knownNames: ['Dhr. A. Bouzid'],
    text: `Multidisciplinair ontslagoverleg – [[ORGANISATIE|Maasveld Ziekenhuis]], afd. Interne Geneeskunde 5 Noord
Datum: [[DATUM|2023-10-17]]
Patiënt: dhr. [[PERSOON|A. Bouzid]], 81 jr, patiëntnr. [[ID|5520871]]
Opname: [[DATUM|9/10]] via SEH, urosepsis met delier

Aanwezig: arts-assistent [[PERSOON|L. Verbeek]], supervisor internist ouderengeneeskunde dr. [[PERSOON|H. Tan]], verpleegkundige [[PERSOON|Esra]], transferverpleegkundige [[PERSOON|Monique de Jong]], fysiotherapeut [[PERSOON|Pieter]], medisch maatschappelijk werker [[PERSOON|Khadija Amrani]]. Zoon [[PERSOON|Youssef Bouzid]] aanwezig, tolk Marokkaans-Arabisch telefonisch voor het deel met patiënt.

Medisch
Urosepsis (E. coli), goed hersteld op antibiotica, iv gestopt [[DATUM|14/10]], nu ciprofloxacine oraal t/m [[DATUM|23-10]]. Delier opgeklaard, DOS laatste 2 dagen < 3. Wel blijvende cognitieve klachten volgens zoon ("al een jaar vergeetachtig"), screening in het ziekenhuis niet betrouwbaar. Advies: cognitief onderzoek poliklinisch of via de huisarts na herstel. DM2, insuline 2x daags, spuit zelf niet meer betrouwbaar.

Functioneren
Fysio: loopt 20 m met rollator en 1 begeleider, trap niet mogelijk. Voor opname liep hij zelfstandig met een stok. Verwachting: herstel mogelijk met intensieve oefentherapie in enkele weken.

Thuissituatie
Dhr. woont met zijn vrouw (78, slechtziend) op 3-hoog zonder lift aan de [[ADRES|Hillevliet 212-C]] in [[PLAATS|Rotterdam-Zuid]]. Zoon [[PERSOON|Youssef]] woont in [[PLAATS|Barendrecht]], een andere zoon ([[PERSOON|Karim]]) in [[PLAATS|Schiedam]]; zij doen samen de boodschappen en gaan om beurten mee naar afspraken. Eerder geen thuiszorg. Huisarts: [[ORGANISATIE|Gezondheidscentrum Hillesluis]], dr. [[PERSOON|Veerman]].
Maatschappelijk werk ([[PERSOON|Khadija]]): mevrouw kan de zorg niet overnemen. Familie wil liever niet naar een verpleeghuis ("dat doen wij niet bij ons"), maar staat open voor een tijdelijke opname als het doel terug naar huis is. Woningcorporatie ([[ORGANISATIE|Woonstichting Maashaven]]) is al eerder benaderd voor een benedenwoning, urgentie loopt.

Besluit
- ontslag naar eerstelijnsverblijf met herstelgerichte zorg: aanvraag bij [[ORGANISATIE|Zorghotel De Maaskade]], verwachte opname [[DATUM|20 oktober]] ([[PERSOON|MdJ]])
- insuline door verpleging ELV, daarna thuiszorg via [[ORGANISATIE|Thuiszorg Zuidplein]] ([[PERSOON|MdJ]])
- medicatieoverdracht en ontslagbrief naar huisarts en ELV-arts ([[PERSOON|LV]])
- ondersteuning urgentieaanvraag woning met brief van de arts ([[PERSOON|KA]])
- zoon is contactpersoon: [[TELEFOON|06-18254472]]

Patiënt zelf (via tolk): wil naar huis, maar begrijpt dat hij eerst sterker moet worden. Akkoord met ELV "als het niet te lang is".
/[[PERSOON|Esra]] vpk`,
  },
  {
    id: 'd2-c03',
    genre: 'mdo',
    setting: 'wijk',
    author: 'auteur-d2',
    knownNames: ['Mw. N. Pinas'],
    text: `Casusoverleg sociaal wijkteam [[PLAATS|Leiden-Noord]]
[[DATUM|7 maart 2024]]
Betreft: gezin [[PERSOON|Pinas]], [[ADRES|Van der Werfstraat 9]], [[POSTCODE|2315 HC]] [[PLAATS|Leiden]]
Moeder mw. [[PERSOON|N. Pinas]] ([[PERSOON|Naomi]]), 33 jaar; kinderen [[PERSOON|Jaylen]] (7) en [[PERSOON|Amara]] (4)

Aanwezig: wijkverpleegkundige [[PERSOON|Saskia Brouwer]] ([[ORGANISATIE|Thuiszorg Zijlwaard]]), maatschappelijk werker [[PERSOON|Tim Hendriks]], jeugdverpleegkundige [[PERSOON|Ilona]] (consultatiebureau), schuldhulpmaatje [[PERSOON|Ger van Leeuwen]], consulent [[ORGANISATIE|Woonstichting De Sleutels]] [[PERSOON|Fatma]], intern begeleider [[ORGANISATIE|Basisschool De Regenboog]] mevr. [[PERSOON|Kok]]. [[PERSOON|Naomi]] zelf was bij het eerste deel.

Situatie
[[PERSOON|Naomi]] heeft diabetes type 1 met wisselende waarden; 2x in een maand hypo met ambulance ([[DATUM|3/2]] en [[DATUM|24/2]]). Wijkverpleging komt sinds [[DATUM|26-2]] dagelijks voor controle van de sensorwaarden en insuline-instructie. Ze werkt 20 uur per week als caissière, is nu ziek. Vader van de kinderen is uit beeld.
Er is een huurachterstand van 4 maanden; de woonstichting wil een betalingsregeling, ontruiming is voorlopig van de baan als er vóór [[DATUM|1 april]] een afspraak ligt. [[PERSOON|Ger]] helpt met de post en de aanvraag schuldhulpverlening bij de gemeente [[PLAATS|Leiden]].
School: [[PERSOON|Jaylen]] komt vaak te laat en zonder ontbijt, juf maakt zich zorgen. [[PERSOON|Amara]] zit nog niet op de peuteropvang, heeft een taalachterstand volgens het consultatiebureau.

Visie moeder
"Ik wil het zelf doen maar het lukt me niet alles tegelijk." Ze wil graag hulp bij de ochtenden en bij het geld. Haar zus ([[PERSOON|Shanti]]) kan soms de kinderen naar school brengen.

Afspraken
- wijkverpleging blijft dagelijks tot waarden stabiel, overleg met diabetesverpleegkundige van [[ORGANISATIE|Medisch Centrum Zijlpoort]] ([[PERSOON|SB]])
- betalingsregeling woonstichting vóór [[DATUM|1 april]] ([[PERSOON|Ger]] / [[PERSOON|Fatma]])
- aanmelding peuteropvang [[ORGANISATIE|Peuterspeelzaal Het Duikelaartje]] voor [[PERSOON|Amara]] ([[PERSOON|Ilona]])
- ontbijt op school: [[PERSOON|Jaylen]] mag aanschuiven bij de ontbijtclub (mevr. [[PERSOON|Kok]])
- maatschappelijk werk wordt regiehouder ([[PERSOON|TH]]), volgende casusoverleg [[DATUM|4 april]]
Toestemming moeder voor dit overleg is vastgelegd.`,
  },
  {
    id: 'd2-c04',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d2',
    knownNames: ['F. (Femke) Sminia'],
    text: `Dagrapportage dagbesteding – [[ORGANISATIE|Dagcentrum De Stroom]]
Deelnemer: [[PERSOON|Femke Sminia]]

di [[DATUM|20-02-2024]]
[[PERSOON|Femke]] kwam vrolijk binnen met de taxi, vertelde meteen over haar nieuwe jas van oma. Ochtend in het creatief atelier: verder gewerkt aan het mozaïek voor de tuin. Ze werkt geconcentreerd zolang ze naast [[PERSOON|Joëlle]] mag zitten. Om 10.30 verschoond, ging goed. Middag wandeling door het park met [[PERSOON|Henk-Jan]] (stagiair), ze wilde de eendjes voeren. /[[PERSOON|MvS]]

wo [[DATUM|21-02-2024]]
Was stil vandaag, at weinig bij de lunch (halve boterham). Wees op haar buik. Temp 37,4. Ouders gebeld; vader ([[PERSOON|Wiebe Sminia]]) zegt dat ze vannacht slecht geslapen heeft en obstipatie heeft, al 3 dagen geen ontlasting. Extra water aangeboden, ze dronk 2 bekers. Doorgegeven aan de woning, daar geeft begeleiding vanavond de Movicolon. /[[PERSOON|MvS]]

do [[DATUM|22-2]]
Niet aanwezig, afgemeld door woning [[ORGANISATIE|Het Zonnehuis]] ivm huisartsbezoek.

vr [[DATUM|23-2]]
Weer aanwezig, veel beter. Ze heeft gezongen in de muziekgroep van [[PERSOON|Ria]] en wilde steeds hetzelfde liedje (Kortjakje). Gebaren: 'meer' en 'klaar' worden goed gebruikt, nieuw gebaar 'pauze' geoefend. Om 15.15 met de taxi naar huis. Rooster volgende week: ma, di en vr. - [[PERSOON|Jos]]`,
  },
  {
    id: 'd2-c05',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d2',
    knownNames: ['Dhr. R. (Rick) van den Bosch'],
    text: `Evaluatie ondersteuningsplan – [[PERSOON|Rick van den Bosch]]
Periode: [[DATUM|1 september 2023]] – [[DATUM|29 februari 2024]]
Woonvorm: [[ORGANISATIE|De Akkerwinde]], [[ADRES|Akkerweg 44]], [[PLAATS|Nijkerk]]
Persoonlijk begeleider: [[PERSOON|Ilse Hoogland]]
Gedragsdeskundige: [[PERSOON|Berg, K. van den]]

Wonen
Doel: [[PERSOON|Rick]] houdt zelf zijn studio schoon met een weekschema. Behaald voor 70%: stofzuigen en afwassen gaan zelfstandig, de badkamer schoonmaken lukt alleen met begeleiding. Koken: [[PERSOON|Rick]] kookt 2x per week zelf een eenvoudige maaltijd (pasta, nasi). Op andere dagen eet hij mee op de groep.

Werk
[[PERSOON|Rick]] werkt sinds [[DATUM|1 oktober]] 3 dagen per week bij [[ORGANISATIE|Hoveniersbedrijf Groen & Zo]] in [[PLAATS|Hoevelaken]]. Hij werkt graag in het groen en is trots op zijn werkkleding. Leidinggevende dhr. [[PERSOON|Mol]] is tevreden, wel moet [[PERSOON|Rick]] beter leren melden als hij iets niet begrijpt. Eén keer verkeerde planten weggehaald omdat hij de opdracht niet snapte en niets durfde te vragen. Jobcoach [[PERSOON|Stefan]] komt 1x per maand langs.

Financiën
Beschermingsbewind via [[ORGANISATIE|Bewindkantoor Het Kompas]], bewindvoerder mw. [[PERSOON|Yıldız]]. [[PERSOON|Rick]] krijgt € 50 leefgeld per week, op vrijdag. Hij houdt het meestal vol tot dinsdag, daarna is het op. Plan: leefgeld in 2 delen, di en vr.

Relaties en netwerk
[[PERSOON|Rick]] heeft sinds de zomer een vriendin, [[PERSOON|Melissa]], die woont bij [[ORGANISATIE|Zorgboerderij De Klaver]] in [[PLAATS|Putten]]. Ze zien elkaar in het weekend. Seksuele voorlichting gegeven met de methode 'Lang leve de liefde' aangepast. Contact met moeder ([[PERSOON|Tonny]]) is wisselend; met zijn opa ([[LEEFTIJD|95]]) belt hij elke zondag.

Gezondheid
Gewicht stabiel. Rookt 10 sigaretten per dag, wil minderen. Tandarts 2x per jaar, volgende keer [[DATUM|14 maart]].

Conclusie en nieuwe doelen
Goede periode. Nieuwe doelen: vragen stellen op het werk (oefenen met rollenspel), leefgeld verdelen, badkamer met picto-schema.
Besproken met [[PERSOON|Rick]] en moeder op [[DATUM|28-02-2024]], akkoord.
[[PERSOON|I. Hoogland]]`,
  },
  {
    id: 'd2-c06',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d2',
    knownNames: ['Mw. S. (Sharon) Kuiper'],
    text: `Rapportage ambulante woonbegeleiding – [[PERSOON|Sharon Kuiper]], [[PLAATS|Purmerend]]

[[DATUM|12 juni]]
Huisbezoek. [[PERSOON|Sharon]] (24, LVB) is [[DATUM|29 mei]] bevallen van een zoon, [[PERSOON|Luca]]. Kraamzorg van [[ORGANISATIE|Kraamzorg De Wieg]] is gisteren gestopt. Vriend [[PERSOON|Mike]] werkt overdag, moeder van [[PERSOON|Sharon]] ([[PERSOON|Anita]]) komt elke middag. Flesvoeding: samen de hoeveelheden opgeschreven op een kaart op de koelkast (7 x 90 ml). [[PERSOON|Sharon]] vindt het lastig om bij te houden wanneer de laatste fles was; afgesproken dat ze het in de app noteert. Huis netjes. Ze is moe maar trots.

[[DATUM|14 juni]]
Telefonisch contact met jeugdverpleegkundige van het consultatiebureau ([[PERSOON|Joke Visser]]). [[PERSOON|Luca]] is goed aangekomen. Zorg: [[PERSOON|Sharon]] en [[PERSOON|Mike]] hadden ruzie gisteravond, buren hebben aangebeld. Volgens [[PERSOON|Sharon]] "gewoon schreeuwen, niet meer". Met haar besproken wat ze kan doen als het escaleert, nummer van haar moeder en van mij staan in haar telefoon. Wordt besproken in het teamoverleg.

[[DATUM|19-06]]
Samen met [[PERSOON|Sharon]] naar het consultatiebureau. Ze stelde zelf vragen over krampjes, goed! [[PERSOON|Luca]] 4120 gram. Daarna koffie gedronken; ze vertelde dat [[PERSOON|Mike]] sorry heeft gezegd en dat ze samen naar een cursus voor jonge ouders willen bij [[ORGANISATIE|Buurtcentrum De Kolk]]. Aanmelding samen gedaan.
Volgende afspraak: ma [[DATUM|24 juni]] 10.00 uur.
[[PERSOON|Y. Dijkman]], ambulant begeleider [[ORGANISATIE|Stichting Ankerpunt]]`,
  },
  {
    id: 'd2-c07',
    genre: 'overdracht',
    setting: 'GGZ',
    author: 'auteur-d2',
    knownNames: ['Mw. J. Koning'],
    text: `Verpleegkundige overdracht bij ontslag
Van: [[ORGANISATIE|GGZ De Vaart]], afdeling Acute Opname
Naar: FACT-team [[PLAATS|Zaandam-Oost]], casemanager [[PERSOON|Ronald Prins]]
Datum ontslag: [[DATUM|22-11-2023]]

Cliënt: mw. [[PERSOON|Jessica Koning]], 29 jaar
Geboortedatum: [[DATUM|08-06-1994]]
Dossiernr.: [[ID|604417]]
BSN: [[BSN|625293514]]
Adres: [[ADRES|Peperstraat 71-II]], [[POSTCODE|1502 AL]] [[PLAATS|Zaandam]]
Telefoon cliënt: [[TELEFOON|06 38 71 02 45]]

Opname
Opgenomen [[DATUM|3 november]] met een crisismaatregel, manische episode bij bipolaire stoornis type 1. Na 6 dagen omgezet naar vrijwillig verblijf. Aanleiding: sinds 2 weken niet geslapen, grote uitgaven (ruim € 4000), ontremd gedrag op het werk ([[ORGANISATIE|Bakkerij Wolters]]), politie ingeschakeld door buren na lawaai 's nachts.

Beloop
Lithium herstart, spiegel [[DATUM|20/11]] 0,8 mmol/l. Quetiapine 300 mg a.n., wordt in 4 weken afgebouwd naar 100 mg. Slaapt nu 7-8 uur. Stemming licht verhoogd, goed corrigeerbaar. Ziekte-inzicht redelijk: zij benoemt zelf dat het stoppen met lithium in augustus "een slecht idee was".

Aandachtspunten
- lithiumspiegel over 1 week via huisarts ([[ORGANISATIE|Huisartsenpraktijk Rosmolen]], dr. [[PERSOON|Wijnberg]])
- schulden: aanmelding schuldhulp nog niet gedaan, zij schaamt zich
- werk: leidinggevende [[PERSOON|Frits Wolters]] is op de hoogte en wil een gesprek
- partner [[PERSOON|Daan]] is steun, maar was ook erg geschrokken en vraagt psycho-educatie
- signaleringsplan bijgewerkt op [[DATUM|21-11]], kopie mee naar huis

Contactpersoon: [[PERSOON|Daan Meijer]] (partner), [[TELEFOON|06-29118406]]
Overdragend verpleegkundige: [[PERSOON|T. Ruigrok]], [[EMAIL|t.ruigrok@ggzdevaart.nl]], [[TELEFOON|075 - 681 20 00]] toestel [[ID|6132]]`,
  },
  {
    id: 'd2-c08',
    genre: 'overdracht',
    setting: 'VVT',
    author: 'auteur-d2',
    text: `Overdracht nacht -> vroege dienst, kleinschalig wonen [[ORGANISATIE|De Hofstee]], huis 3
zo [[DATUM|14-1]]

- mw. [[PERSOON|v.d. Berg]]: goed geslapen, 1x verschoond om 03.30. Morgen (ma [[DATUM|15/1]]) komt pedicure.
- dhr. [[PERSOON|Hendriks, A.]]: was om 02.00 aangekleed in de huiskamer, wilde naar zijn werk bij de spoorwegen. Meegegaan, koffie gedronken, om 03.15 weer naar bed. Geen zn-medicatie nodig.
- mw. [[PERSOON|Tjong]]: hoesten, veel slijm, sat 92% bij meting om 05.00. Verzoek arts te bellen in de ochtend (SO [[PERSOON|Faber]] dienst). Temp 38,2.
- mw. [[PERSOON|van der linden]] ([[LEEFTIJD|97]]): rustige nacht. Vochtlijst: 900 ml gisteren, te weinig. Let op.
- dhr. [[PERSOON|Ouwehand]]: nieuwe morfinepomp loopt, 10 mg/24 uur, geen extra bolus. Comfortabel, ademhaling rustig, af en toe pauzes. Dochter [[PERSOON|Marjolein]] heeft vannacht op de kamer geslapen (logeerbed), graag ontbijt voor haar.
- mw. [[PERSOON|de Groot]] en mw. [[PERSOON|Pool]]: bijzonderheden geen.

Algemeen: voordeur sloot niet goed, storing doorgegeven aan de technische dienst. Medicatiekar: oxazepam bijna op, bestellen.
[[PERSOON|Rachida]] (nacht)`,
  },
  {
    id: 'd2-c09',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-d2',
    knownNames: ['Mw. C. (Corry) Brands-Wessels'],
    text: `Zorgrapportage – mw. [[PERSOON|C. Brands-Wessels]], [[LEEFTIJD|93]] jr, [[ORGANISATIE|Verpleeghuis Sint Josephshof]], afd. Anjer, kamer 8

[[DATUM|09-05-2024]] 07.50 – vroege dienst
Mw. was al wakker, vroeg waar haar zus was. Uitgelegd dat [[PERSOON|Dien]] vanmiddag komt. Gewassen aan de wastafel, zelf gezicht gedaan. Tilliftransfer naar de rolstoel. Ontbijt: pap en halve beschuit. Medicatie ingenomen met yoghurt. /[[PERSOON|HvdW]]

[[DATUM|09-05-2024]] 14.20 – vroege dienst
Zus [[PERSOON|Dien Wessels]] ([[LEEFTIJD|90]]) op bezoek geweest met de regiotaxi vanuit [[PLAATS|Hengelo]]. Samen foto's gekeken. Mw. was heel blij, zei "zo oud zijn we nog nooit geweest". Decubitus stuit (cat. 2) verzorgd volgens wondplan: reinigen, Askina Foam. Wondbed roze, iets kleiner dan vorige week. /[[PERSOON|HvdW]]

[[DATUM|09-05-2024]] 21.10 – late dienst
Onrustig na het avondeten, riep om haar moeder. Pijn? PAINAD 3. Paracetamol zn gegeven om 20.30, daarna rustiger. Wisselligging om 21.00 (links). - [[PERSOON|Koen]]

[[DATUM|10 mei]] 06.30 – nacht
Om 02.00 en 05.00 gewisseld. Sliep grotendeels. Luier nat, verschoond. Geen bijzonderheden. [[PERSOON|N.O.]]

[[DATUM|10 mei]] 11.00 – vroege dienst
Fysiotherapeut [[PERSOON|Ellen]] langs geweest ivm contractuur rechterknie, nieuwe spalk voor de nacht aangemeten. Dochter ([[PERSOON|Trudy Brands]]) belde, vraagt of het bezoek van de pastor van de [[ORGANISATIE|Parochie Heilige Lambertus]] weer kan worden opgepakt. Doorgegeven aan geestelijk verzorger [[PERSOON|Marga]]. /[[PERSOON|HvdW]]`,
  },
  {
    id: 'd2-c10',
    genre: 'verwijzing',
    setting: 'GGZ',
    author: 'auteur-d2',
    text: `Verwijsbrief basis-GGZ

Aan: [[ORGANISATIE|Psychologenpraktijk Het Open Venster]]
t.a.v. drs. [[PERSOON|E. Lindeboom]], GZ-psycholoog
[[ADRES|Lange Nieuwstraat 103]]
[[POSTCODE|3512 PG]] [[PLAATS|Utrecht]]

Van: [[PERSOON|A. Yilmaz]], huisarts, [[ORGANISATIE|Huisartsenpraktijk Lombok-West]], [[PLAATS|Utrecht]]
AGB-code verwijzer: [[ID|01098877]]
Datum: [[DATUM|5 feb. '24]]

Betreft: dhr. [[PERSOON|T.J. Smulders]] ([[PERSOON|Thomas]]), geb. [[DATUM|30-10-1991]]
BSN: [[BSN|563 980 849]]
[[ADRES|Kanaalstraat 150-bis]], [[POSTCODE|3531 CL]] [[PLAATS|Utrecht]], tel. [[TELEFOON|06 - 1774 3308]]
Verzekerd bij: zorgverzekeraar, polisnr. [[ID|883104275C]]

Geachte collega,

Hierbij verwijs ik dhr. [[PERSOON|Smulders]], 32 jaar, met het vermoeden van een paniekstoornis met agorafobie.

Sinds de zomer heeft hij paniekaanvallen, aanvankelijk in de trein, nu ook in de supermarkt en op zijn werk ([[ORGANISATIE|Softwarebedrijf Codewerk]]). Hij vermijdt het openbaar vervoer en werkt nu alleen nog thuis. Geen suïcidale gedachten. Alcohol 2-3 eenheden in het weekend, geen drugs. Somatisch is er geen verklaring gevonden: ECG en lab (TSH, glucose, Hb) op [[DATUM|12-01-2024]] normaal.

De POH-GGZ ([[PERSOON|Lisa]]) heeft 5 gesprekken gevoerd met psycho-educatie en ademhalingsoefeningen, met onvoldoende effect. PHQ-9: 8, GAD-7: 16. Hij wil geen medicatie en heeft een duidelijke hulpvraag: "weer met de trein naar [[PLAATS|Amersfoort]] naar mijn ouders kunnen".

Ik verzoek u om diagnostiek en behandeling (generalistische basis-GGZ). Hij heeft geen voorkeur voor een specifieke dag; 's ochtends vroeg lukt het hem het minst.

Met vriendelijke groet,
[[PERSOON|A. Yilmaz]], huisarts
[[ORGANISATIE|Huisartsenpraktijk Lombok-West]]
[[TELEFOON|030 - 244 61 90]]
[[EMAIL|assistentie@huisartsenlombokwest.nl]] | [[URL|www.huisartsenlombokwest.nl]]`,
  },
];
