import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h1-014',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h1',
    text: `[[ORGANISATIE|Sint Clemens Gasthuis]] - Cardiologie / 3 West
VOORLOPIGE ONTSLAGBRIEF

Patiënt: [[PERSOON|Wiśniewski, P.]] ([[PERSOON|Piotr]]), geb. [[DATUM|22.08.1967]], ptnr [[ID|4471902]]
Adres: [[ADRES|Hoogstraat 201 C]], [[POSTCODE|5611HP]] [[PLAATS|Eindhoven]]
Huisarts: [[PERSOON|H. Jacobs-Meulendijk]], [[ORGANISATIE|Huisartsenpraktijk Strijp-Noord]]
Opname [[DATUM|15/4]] - ontslag [[DATUM|19/4]]

Diagnose: STEMI inferior, PCI RCA (1x DES). Restlaesie RDA 50%, conservatief.

Beloop: Patiënt presenteerde zich via de ambulance met sinds 1,5 uur drukkende pijn op de borst. Spoed-CAG met PCI, deur-ballontijd 42 min. Beloop op CCU ongecompliceerd, geen ritmestoornissen op de monitor. Echo: LVEF 50%, hypokinesie inferior. Patiënt spreekt beperkt Nederlands; uitleg met telefonische tolk Pools en partner [[PERSOON|Agnieszka]] erbij.

Medicatie bij ontslag:
- ticagrelor (Brilique) 90 mg 2dd1, 12 maanden
- acetylsalicylzuur 80 mg 1dd1
- atorvastatine 80 mg 1dd1
- metoprolol 50 mg 1dd1
- pantoprazol 40 mg 1dd1
- nitrospray 0,4 mg zn

Leefstijl: gestopt met roken per opname, verwijzing hartrevalidatie verstuurd.
Werk: heftruckchauffeur, voorlopig 6 weken niet werken, in overleg met bedrijfsarts.

Controle: poli cardiologie [[DATUM|28 mei]] 09:15, dr. [[PERSOON|F. Boukhari]]. Lab (lipiden, ALAT) 1 week tevoren.

[[PERSOON|E. Lindeboom]], AIOS cardiologie, sein [[ID|4082]]
Supervisor: dr. [[PERSOON|M.T. Oosterhuis]], cardioloog`,
  },
  {
    id: 'h1-015',
    genre: 'verwijzing',
    setting: 'ZKH',
    author: 'auteur-h1',
    text: `[[ORGANISATIE|Medisch Centrum Lindenhove]]
Polikliniek Neurologie

Aan: [[ORGANISATIE|GGZ Noorderlicht]], afdeling Psychosomatiek
t.a.v. mw. drs. [[PERSOON|I. Kuijpers]], GZ-psycholoog
[[ADRES|Ganzenmarkt 7]], [[POSTCODE|9711 ep]] [[PLAATS|Groningen]]

[[PLAATS|Groningen]], [[DATUM|2 september 2024]]

Betreft: dhr. [[PERSOON|R. (Rutger) Veenstra]], geb. [[DATUM|17-11-1988]]
BSN [[BSN|198 304 626]]
[[ADRES|Oosterhamrikkade 88-a]], [[POSTCODE|9714 BK]] [[PLAATS|Groningen]]

Geachte mevrouw [[PERSOON|Kuijpers]],

Hierbij verwijs ik de heer [[PERSOON|Veenstra]] naar u met het verzoek om diagnostiek en behandeling van vermoedelijke functionele (dissociatieve) aanvallen.

Dhr. heeft sinds het voorjaar aanvallen waarbij hij wegzakt, met de ogen dicht, en schokkende bewegingen van armen en romp maakt, soms tot 20 minuten. De aanvallen ontstaan meestal op het werk (hij is teamleider in een distributiecentrum in [[PLAATS|Hoogezand]]) of na conflicten thuis. Hij is tweemaal per ambulance naar onze SEH gebracht.

Op [[DATUM|14 augustus]] werd tijdens een video-EEG een typische aanval vastgelegd zonder epileptiforme afwijkingen; MRI hersenen was normaal. De diagnose functionele aanvallen (PNES) heb ik met dhr. en zijn vriendin besproken. Hij herkent dat de aanvallen met spanning samenhangen, maar vindt het lastig te accepteren "dat het tussen de oren zit". Ik heb uitgelegd dat het een echte aandoening is met een goede kans op verbetering bij behandeling.

Voorgeschiedenis: commotio cerebri (2019), ziekte van Osgood-Schlatter in de jeugd. Geen psychiatrische voorgeschiedenis bekend. Drinkt in het weekend, geen drugs.
Medicatie: levetiracetam is na het video-EEG afgebouwd en gestopt.

Vraagstelling: psychodiagnostiek en behandeling. Dhr. is gemotiveerd om te starten. Ik zie hem nog eenmaal terug op de polikliniek over drie maanden.

Met vriendelijke groet,

dr. [[PERSOON|A.J. Hoekman]], neuroloog
BIG-nummer [[ID|79023814501]]
Secretariaat neurologie [[TELEFOON|050-3618200]], toestel [[ID|8204]]

Kopie: huisarts [[PERSOON|S. de Haan]], [[PLAATS|Groningen]]`,
  },
  {
    id: 'h1-016',
    genre: 'email',
    setting: 'GHZ',
    author: 'auteur-h1',
    text: `Van: [[PERSOON|Tessa Mulder]] <[[EMAIL|t.mulder@stichtingdewissel.nl]]>
Verzonden: maandag [[DATUM|9 september 2024]] 16:03
Aan: [[PERSOON|Noor Haddad]] <[[EMAIL|n.haddad@ggztweestroom.nl]]>
CC: [[EMAIL|team.kompas@stichtingdewissel.nl]]
Onderwerp: RE: medicatie [[PERSOON|Kevin]]

Hoi [[PERSOON|Noor]],

Dank voor je snelle reactie. [[PERSOON|Kevin]] krijgt sinds vrijdag de nieuwe dosering aripiprazol (Abilify) 10 mg. Tot nu toe zien we geen bijwerkingen, wel slaapt hij 's middags meer. Het piekeren lijkt iets minder, gisteren heeft hij voor het eerst in weken met de groep gegeten.

Zijn moeder belde vanochtend en vroeg of zij bij het gesprek met de psychiater op [[DATUM|23/9]] aanwezig mag zijn. [[PERSOON|Kevin]] vindt dat goed. Kun jij dat doorgeven?

Groet,
[[PERSOON|Tessa]]

[[PERSOON|Tessa Mulder]] | persoonlijk begeleider | locatie [[ORGANISATIE|Het Kompas]]
[[ORGANISATIE|Stichting De Wissel]] | [[ADRES|Kompasstraat 4]], [[POSTCODE|7541 CE]] [[PLAATS|Enschede]]
[[TELEFOON|053 - 480 22 10]] | [[URL|https://www.stichtingdewissel.nl/kompas]]
Werkdagen ma-di-do

-----Oorspronkelijk bericht-----
Van: [[PERSOON|Haddad, N.]]
Verzonden: [[DATUM|9-9-2024]] 11:20
Aan: [[PERSOON|Mulder, T.]]
Onderwerp: medicatie [[PERSOON|Kevin]]

Beste [[PERSOON|Tessa]],

Na overleg met psychiater [[PERSOON|Van Leeuwen]] wordt de aripiprazol van [[PERSOON|Kevin]] verhoogd van 5 naar 10 mg. Het recept staat klaar bij [[ORGANISATIE|Apotheek De Vlier]]. Willen jullie letten op onrust (acathisie) en slaap? Bij vragen ben ik bereikbaar op mijn mobiel.

Met vriendelijke groet,

[[PERSOON|N. Haddad]], verpleegkundig specialist GGZ
[[ORGANISATIE|GGZ Tweestroom]], FACT-team Oost
T: [[TELEFOON|088-3570410]] | M: [[TELEFOON|06-42 17 09 83]]

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Gebruik door anderen is niet toegestaan.`,
  },
  {
    id: 'h1-017',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h1',
    knownNames: ['Mw. J. (Jannie) Oosterveld'],
    text: `Tel (dochter [[PERSOON|Hilda]]): mw [[LEEFTIJD|93]]jr sinds gisteren verward, valt bijna, plast vaak. Eet/drinkt matig. -> visite.
S/ zie boven. Geen pijn, geen hoesten. Ontlasting normaal.
O/ visite 14u: suf maar wekbaar, niet georiënteerd in tijd. T 38,4, RR 105/60, p 104 reg. Urinestick: leuco ++, nitriet +. Buik soepel, geen slagpijn nieren. Geen nekstijfheid. Mond droog.
E/ delier obv gecompliceerde UWI, dd beginnende urosepsis
P/ augmentin 500/125 3dd1 7d, 1e dosis direct. Thuiszorg ([[ORGANISATIE|Zorgteam Vaartland]]) 2x/dg langs, vochtlijst, min 1,5 l. Bij achteruitgang of niet drinken -> overleg opname. Dochter belt mn morgen om 10u terug. Wilsverklaring in dossier (NR-verklaring [[DATUM|12-06-2019]]), geen ziekenhuisopname tenzij echt nodig.
/[[PERSOON|JT]]`,
  },
  {
    id: 'h1-018',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-h1',
    knownNames: ['Mw. L. de Wit'],
    text: `Crisisbeoordeling SEH [[ORGANISATIE|Ziekenhuis Spaarnehof]]
[[DATUM|27-01]], 21:30

Aanmelding: 19:50 via SEH-arts, na medische opvang. Mw. [[PERSOON|Lisa de Wit]], 24 jaar, heeft rond 16:00 ongeveer 30 tabletten paracetamol 500 mg en 6 tabletten oxazepam ingenomen. Paracetamolspiegel boven de lijn, acetylcysteïne loopt. Somatisch stabiel, opname MDL gepland voor het infuus.

Hetero-anamnese vriend [[PERSOON|Milan]] (woont samen met mw. aan de [[ADRES|Zijlweg 160 rd]], [[PLAATS|Haarlem]]): sinds de zomer somber, stopte in november met haar werk als doktersassistente. Vanmiddag ruzie, daarna vond hij haar op de bank met de lege strips. Zij had een briefje voor haar moeder geschreven. Moeder woont in [[PLAATS|Heemstede]], is onderweg.

Gesprek mw.: coöperatief, vlak affect, huilt. Zegt dat ze "gewoon wilde slapen en niet meer wakker worden". Spijt nu vooral "vanwege mama". Voelt zich al maanden een last. Eerdere poging 2017 (snijden), toen behandeld bij een jeugd-GGZ-instelling. Geen psychotische kenmerken. Geen middelengebruik behalve alcohol in het weekend.
Inschatting suïciderisico: hoog, momenteel afgenomen. Beschermende factoren: relatie, moeder, kat.

Conclusie: ernstige depressieve episode, suïcidepoging met intentie.
Beleid: geen Wvggz-maatregel nodig, mw. stemt in met vrijwillige vervolgzorg.
- Na ontslag MDL: IHT (intensieve thuisbehandeling) vanuit [[ORGANISATIE|GGZ Duinrand]], eerste contact binnen 24 uur.
- Veiligheidsplan opgesteld met mw. en [[PERSOON|Milan]], medicatie thuis door [[PERSOON|Milan]] beheerd.
- Consult psychiatrie tijdens opname aangevraagd bij dr. [[PERSOON|Özkan]], dienstdoend psychiater is op de hoogte.
- Overdracht huisarts [[PERSOON|Rijnders]] (HAP-bericht), telefoonnummer mw. [[TELEFOON|06-33810274]].

[[PERSOON|E. Vermeulen]], SPV crisisdienst`,
  },
  {
    id: 'h1-019',
    genre: 'rapportage',
    setting: 'wijk',
    author: 'auteur-h1',
    knownNames: ['Dhr. T. (Teun) van der Linden'],
    text: `[[DATUM|12-11]] 08:10 Ochtendzorg. Dhr. lag nog in bed, had niet gegeten. BG 11,2. NovoRapid 8E gegeven na ontbijt (beschuit + yoghurt). Steunkousen aan. /[[PERSOON|EvdS]]
[[DATUM|12-11]] 17:30 BG 7,4. Buurvrouw mevr. [[PERSOON|Gerritsen]] van nr. 14 brengt 3x per week warm eten. Dhr. zegt dat hij "best alleen kan". /[[PERSOON|IK]]
[[DATUM|13-11]] 08:05 Dhr. zat in pyjama op de bank, kachel uit, 16 graden in huis. Verward over dag en tijd. BG 18,6! Geen hypo-verschijnselen, wel dorst. Huisarts [[PERSOON|Schoonderwoerd]] gebeld, komt vanmiddag. Zoon [[PERSOON|peter van der linden]] ingelicht ([[TELEFOON|0317 42 19 88]]). /[[PERSOON|EvdS]]
[[DATUM|13-11]] 16:40 Huisarts is geweest, lab afgenomen. Insuline aangepast: Lantus 14E i.p.v. 12E. Sleutelkluis bij de voordeur van [[ADRES|Dreijenlaan 3-bis]], code staat in het dossier. /[[PERSOON|IK]]
[[DATUM|14 nov]] 08:00 BG 9,1. Beter aanspreekbaar, heeft zelf koffie gezet. Wil niet dat er "steeds iemand anders" komt; vaste ploeg proberen. /[[PERSOON|EvdS]]`,
  },
  {
    id: 'h1-020',
    genre: 'overdracht',
    setting: 'VVT',
    author: 'auteur-h1',
    text: `Overdracht avond -> nacht, afd. Zonnebloem, [[ORGANISATIE|De Wieken]]
zo [[DATUM|7/7]]

k.3 mw. [[PERSOON|Hofstede]] ([[LEEFTIJD|97]]): palliatief, benauwd, om 21:00 morfine 2,5 mg sc gegeven, daarna rustiger. Familie ([[PERSOON|Gerda]] en [[PERSOON|Wim]]) blijft slapen op de kamer. Bij overlijden [[PERSOON|Gerda]] bellen: [[TELEFOON|06-10293847]]. Dienstdoende SO weet ervan.
k.5 dhr. [[PERSOON|Ramdin]]: BG 4,1 om 21:30, dextro + boterham, 22:00 BG 6,8. Controle om 02:00 graag.
k.8 dhr. [[PERSOON|de Koning]]: sensor aan (Wzd, staat in zorgplan). Heeft vanavond koning gespeeld bij het klaverjassen, was goed gehumeurd.
k.11 mw. [[PERSOON|Bos]]: valrisico. Wilde na het eten "even naar het bos", is door [[PERSOON|Lies]] terug naar de huiskamer begeleid. Bedhek niet omhoog (niet afgesproken).
k.12 mw. [[PERSOON|Yılmaz]]: nieuwe opname vandaag, spreekt weinig Nederlands. Dochter [[PERSOON|Elif]] tolkt en komt morgen om 10:00. Nog geen medicatie van apotheek, noodvoorraad in de kar.

Overgedragen door [[PERSOON|Sanne K.]] aan [[PERSOON|Dewi]]`,
  },
  {
    id: 'h1-021',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-h1',
    knownNames: ['Dhr. R. (Rick) Brouwers'],
    text: `Verslag huisbezoek ambulante begeleiding, [[DATUM|21-02-2024]]

Bij [[PERSOON|Rick]] thuis geweest ([[ADRES|Pieter de Hoochstraat 17-hs]], [[PLAATS|Amsterdam]]). Hij deed na twee keer bellen open, had nog niet ontbeten. Er lag een flinke stapel post op de mat, waaronder twee aanmaningen van de energieleverancier en een brief van het CAK.

We hebben samen de post gesorteerd in drie bakjes (betalen / bewaren / weg). De aanmaningen doorgestuurd naar de bewindvoerder, mr. [[PERSOON|S. Goudsmit]], met een foto via de app. [[PERSOON|Rick]] zegt dat hij "het leefgeld op had" door een nieuwe telefoon. Besproken dat hij daarvoor een spaarpotje kan aanvragen.

Hij vertelde dat het weer aan is met [[PERSOON|Chantal]]. Zij slaapt een paar nachten per week bij hem. Hij is er blij mee, maar hij vindt het lastig als zij zijn spullen opruimt.

Werk: hij is nog steeds aan het werk bij de fietsenmaker op de hoek, 3 ochtenden. Ging goed, baas is tevreden.

Afspraken:
- volgende afspraak [[DATUM|28/2]], 10:00, boodschappenlijst maken voor de hele week
- [[PERSOON|Rick]] belt zelf de tandarts (kies links achter doet pijn)

[[PERSOON|Yara Mansour]] / [[PERSOON|YM]]`,
  },
  {
    id: 'h1-022',
    genre: 'mdo',
    setting: 'GGZ',
    author: 'auteur-h1',
    text: `MDO ACT-team West - woensdag [[DATUM|12 juni]]
Aanwezig: [[PERSOON|AvR]] (psychiater), [[PERSOON|GB]] (SPV), [[PERSOON|HT]] (ervaringsdeskundige), [[PERSOON|MK]] (IPS-trajectbegeleider), [[PERSOON|LdJ]] (verslavingsarts)
Notulen: [[PERSOON|EW]]

1. [[PERSOON|J. Mensah]] (cl.nr. [[ID|1029384]])
Depot (paliperidon) op [[DATUM|5/6]] gehad. Gebruikt weer cannabis, dagelijks. Woning: klachten van de buren over geluid. [[PERSOON|GB]] heeft contact met de woningcorporatie.
-> [[PERSOON|LdJ]] plant gesprek over minderen; [[PERSOON|GB]] huisbezoek met [[PERSOON|HT]] volgende week.

2. [[PERSOON|Sjoerd]] (cl.nr. [[ID|1031277]])
Stabiel. Wil graag werken, [[PERSOON|MK]] heeft een proefplaats bij een kringloopwinkel in [[PLAATS|Vlaardingen]] gevonden.
-> Start [[DATUM|1 juli]], evaluatie na 4 weken.

3. mw. [[PERSOON|D. Ramlal-Soekhoe]] (cl.nr. [[ID|0987112]])
Zorgmachtiging loopt tot [[DATUM|30 augustus]]. Verlenging nodig? [[PERSOON|AvR]]: ja, gezien twee decompensaties na zelf stoppen. Aanvraag via OvJ moet 4 weken voor einde binnen zijn.
-> [[PERSOON|AvR]] vraagt medische verklaring aan bij onafhankelijk psychiater; [[PERSOON|EW]] regelt afspraak.

4. Rondvraag
[[PERSOON|HT]] is [[DATUM|17]] t/m [[DATUM|28 juni]] met verlof.

Volgende MDO: [[DATUM|19 juni]]`,
  },
  {
    id: 'h1-023',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h1',
    knownNames: ['Dhr. S. (Stanley) Pinas'],
    text: `S/ kwam voor herh recept metformine, vertelt terloops pijn kuit li sinds 3 dgn, na lange vlucht (familiebezoek Suriname). Geen DOE, geen POB. Geen eerdere trombose.
O/ kuit li 2 cm dikker dan re, warm, drukpijnlijk. Wells 2. RR 134/82. Sat 98%.
E/ vd DVT li
P/ D-dimeer + echo vandaag, aanvraag naar [[ORGANISATIE|Ziekenhuis Oostervaart]]. Recept metformine 500 3dd1 herhaald. Uitslag tel doorgeven aan vrouw [[PERSOON|Marcia]], [[TELEFOON|+31 6 4821 0937]], hij is zelf slecht bereikbaar op het werk. /[[PERSOON|dvz]]`,
  },
  {
    id: 'h1-024',
    genre: 'email',
    setting: 'ZKH',
    author: 'auteur-h1',
    text: `Van: Transferbureau [[ORGANISATIE|Ziekenhuis Spaarnehof]] <[[EMAIL|transferbureau@spaarnehof.nl]]>
Aan: [[EMAIL|zorgbemiddeling@zorggroephooghwerf.nl]]
Onderwerp: overplaatsing mw. [[PERSOON|Van Rijn-Kuiper]] per donderdag [[DATUM|30/5]]

Goedemiddag,

Hierbij de gegevens voor de overplaatsing van mw. [[PERSOON|Van Rijn-Kuiper]] naar jullie GRZ-afdeling op locatie [[ORGANISATIE|Hooghwerf Duinzicht]].

Naam: [[PERSOON|C.A. van Rijn-Kuiper]]
Geb.datum: [[DATUM|03-03-1938]]
BSN: [[BSN|315.728.097]]
Adres: [[ADRES|Kleverlaan 240 zwart]], [[POSTCODE|2023 JK]] [[PLAATS|Haarlem]]
Contactpersoon: zoon [[PERSOON|Marcel van Rijn]], [[TELEFOON|06-20117384]]

Opname i.v.m. pertrochantere femurfractuur links na val thuis, [[DATUM|21 mei]] geopereerd (gammanagel). Mag volledig belasten. Wond rustig, hechtingen verwijderen op dag 14 ([[DATUM|4 juni]]). Fraxiparine tot 6 weken postoperatief. Licht cognitief gestoord, geen delier gehad.

Vervoer: liggend vervoer om 11:00 geregeld. Medicatieoverdracht en verpleegkundige overdracht gaan via het LSP mee.

Met vriendelijke groet,

[[PERSOON|Joyce Hermans]]
Transferverpleegkundige
[[ORGANISATIE|Ziekenhuis Spaarnehof]]
[[TELEFOON|023 - 890 4455]], toestel [[ID|5127]]

Dit bericht kan informatie bevatten die niet voor u bestemd is. Indien u niet de geadresseerde bent of dit bericht abusievelijk aan u is toegezonden, wordt u verzocht dat aan de afzender te melden en het bericht te verwijderen.`,
  },
  {
    id: 'h1-025',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-h1',
    text: `Verwijzing interne geneeskunde - [[ORGANISATIE|Ziekenhuis De Marren]]

Patiënt: dhr. [[PERSOON|H.A. Siemonsma]], geb. [[DATUM|5 april 1934]], [[LEEFTIJD|90]] jr
[[ADRES|Midstraat 23]], [[POSTCODE|8501 as]] [[PLAATS|Joure]]
Verwijzer: [[PERSOON|G.W. Smulders]], huisarts, [[ORGANISATIE|Praktijk De Skâns]], AGB [[ID|01087733]]

Vraagstelling: analyse ijzergebrekanemie, gewichtsverlies. Graag beoordeling of verdere diagnostiek (scopie) zinvol is gezien leeftijd en wensen patiënt.

Anamnese: dhr. is sinds een half jaar moe, kortademig bij traplopen. 6 kg afgevallen. Ontlasting soms zwart, geen bloed gezien. Geen buikpijn. Woont zelfstandig met hulp van dochter [[PERSOON|Sytske]] en thuiszorg 1x/dag.

Lab [[DATUM|9/10]]: Hb 5,9 mmol/l (was 8,1 vorig jaar), MCV 72, ferritine 6, kreat 96, CRP 4. FOB positief.

VG: CVA 2015 zonder restverschijnselen, AAA 4,2 cm (controle gestopt op eigen verzoek), hypertensie.
Medicatie: clopidogrel 75 mg, amlodipine 5 mg, omeprazol 20 mg (sinds [[DATUM|10-10]]), ferrofumaraat 200 mg 1dd.

Dhr. wil graag weten wat er aan de hand is, maar wil "geen grote operatie meer". Dochter gaat mee naar de afspraak, bereikbaar op [[TELEFOON|06-58 31 02 46]].

Met vriendelijke groet,
[[PERSOON|G.W. Smulders]]`,
  },
  {
    id: 'h1-026',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-h1',
    knownNames: ['Mw. A. (Amira) Haddou'],
    text: `Evaluatie crisismaatregel, HIC [[ORGANISATIE|De Kustlijn]], dag 3
Datum: [[DATUM|7 juli 2024]]

Mw. [[PERSOON|Haddou]] is op [[DATUM|4 juli 2024]] opgenomen met een crisismaatregel wegens een manische episode bij bipolaire stoornis. Zij was toen twee nachten niet thuis geweest, had haar bankrekening leeggehaald en was op straat in conflict geraakt met een tramconducteur.

Beloop: de eerste twee nachten nauwelijks geslapen, luidruchtig, sexueel ontremd op de gang. Verplichte zorg toegepast: medicatie (olanzapine) en beperking bewegingsvrijheid (afdeling gesloten). Sinds gisteren slaapt zij 5 uur per nacht. Lithium (Priadel) herstart, spiegel [[DATUM|6/7]] 0,4 mmol/l.

Gesprek vandaag met mw., moeder [[PERSOON|Naima]], PVP [[PERSOON|Jolanda Stam]] en ondergetekende. Mw. vindt de opname "belachelijk" en wil naar huis, naar haar kinderen. Moeder geeft aan dat de kinderen bij haar zijn en dat het goed met ze gaat. Mw. wil met haar advocaat, mr. [[PERSOON|B. Teunissen]], spreken over de zitting.

Beoordeling: ernstig nadeel blijft bestaan (financiële schade, maatschappelijke teloorgang, agressie uitlokken). Verzoekschrift zorgmachtiging is ingediend. Zitting rechtbank op [[DATUM|8 juli]] om 13:30 op de afdeling. Medische verklaring door onafhankelijk psychiater dr. [[PERSOON|Y. Ouali]] is op [[DATUM|5 juli]] opgemaakt.

Plan: olanzapine 15 mg continueren, lithiumspiegel herhalen op [[DATUM|10/7]]. Moeder krijgt contactgegevens van de familievertrouwenspersoon.

[[PERSOON|C.M. Groeneveld]], psychiater, regiebehandelaar`,
  },
];
