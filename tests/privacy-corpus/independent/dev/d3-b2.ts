import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd3-b13',
    genre: 'ontslagbrief',
    setting: 'GGZ',
    author: 'auteur-d3b',
    text: `[[ORGANISATIE|GGZ Oosterschelde]] – Kliniek Ouderenpsychiatrie [[ORGANISATIE|Het Noordhout]]
[[ADRES|Koudekerkseweg 88]], [[POSTCODE|4335 SM]] [[PLAATS|Middelburg]]

Aan: mw. [[PERSOON|A. Padmos]], huisarts, [[ORGANISATIE|Huisartsenpraktijk Havenpark]], [[PLAATS|Zierikzee]]
Kopie: [[ORGANISATIE|Zorgstroom Thuiszorg Schouwen]], wijkteam [[PLAATS|Zierikzee]]

[[DATUM|11 december 2023]]

Betreft: dhr. [[PERSOON|C. (Cor) Lokerse]], geb. [[DATUM|04-06-1932]], [[LEEFTIJD|91]] jr
[[ADRES|Poortstraat 31]], [[POSTCODE|4301 CR]] [[PLAATS|Zierikzee]]
Cliëntnr. [[ID|4409817]] – opname [[DATUM|19 september]] t/m [[DATUM|8 december 2023]]

Geachte mevrouw [[PERSOON|Padmos]],

Uw patiënt werd opgenomen met een ernstige depressieve episode met psychotische kenmerken (nihilistische wanen: "mijn darmen zijn verrot, ik ben al dood"), sterk verminderde intake en gewichtsverlies van 7 kg in 2 maanden. Hij had zich sinds het overlijden van zijn vrouw [[PERSOON|Janna]] (voorjaar) teruggetrokken.

Beloop
Nortriptyline werd gestart en op geleide van de spiegel ingesteld (spiegel [[DATUM|17-10]]: 96 µg/l), met onvoldoende effect na 4 weken. Na overleg met dhr. en zijn zoon [[PERSOON|Adrie]] is gekozen voor ECT (uitgevoerd in het [[ORGANISATIE|Scheldezoom Ziekenhuis]], 14 behandelingen, RUL). Vanaf de 6e behandeling duidelijke verbetering: eet weer zelfstandig, wanen verdwenen, wil weer naar zijn volkstuin. Cognitief na de ECT kortdurend wat geheugenproblemen, MMSE bij ontslag 27/30. Gewicht stijgend (+3 kg).

Diagnose
Depressieve stoornis, eenmalige episode, ernstig, met stemmingscongruente psychotische kenmerken, in remissie na ECT.

Medicatie bij ontslag
- nortriptyline 75 mg a.n. (spiegel controle over 4 wk)
- lithiumcarbonaat 200 mg a.n. (ter preventie van terugval, spiegel streef 0,4-0,6)
- paracetamol 500 mg zn

Nazorg
Onderhouds-ECT niet geïndiceerd geacht. Poliklinische nazorg door ons ambulant ouderenteam [[PLAATS|Goes]], SPV [[PERSOON|M. Koole]], eerste afspraak thuis [[DATUM|14 december]]. Zoon [[PERSOON|Adrie Lokerse]] ([[TELEFOON|06-51730942]]) is contactpersoon. Thuiszorg 1x daags medicatie-uitgifte. Maaltijdvoorziening is aangevraagd.

Met collegiale groet,

dr. [[PERSOON|J.W. Kodde]], ouderenpsychiater
[[PERSOON|N. Bakkali]], basisarts`,
  },
  {
    id: 'd3-b14',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-d3b',
    text: `Verwijzing – [[ORGANISATIE|Gezondheidscentrum Holendrecht]], [[PLAATS|Amsterdam-Zuidoost]]
[[ADRES|Hoogoord 14]], [[POSTCODE|1102 CH]] [[PLAATS|Amsterdam]] | [[TELEFOON|020-697 1234]]

Aan: Vroege Interventie Psychose, [[ORGANISATIE|Amstelhoeve GGZ]], locatie [[ORGANISATIE|Zuidoost Poort]]
Datum: [[DATUM|5-6-2024]]
Spoed: ja, graag binnen 1 week

Pt: [[PERSOON|Jurgen Isenia]], m, geb. [[DATUM|21-01-2005]]
Adres: [[ADRES|Kikkenstein 2216]], [[POSTCODE|1104 RH]] [[PLAATS|Amsterdam]] (bij moeder)
BSN [[BSN|550885870]]
Mobiel: [[TELEFOON|+31 6 3921 0448]] / moeder mw. [[PERSOON|Cijntje]]: [[TELEFOON|06-44320917]]

Geachte collega,

Graag uw beoordeling van deze 19-jarige jongeman die ik vandaag samen met zijn moeder zag. Sinds ca. 3 maanden trekt hij zich terug op zijn kamer, is gestopt met zijn opleiding (MBO ICT, [[PLAATS|Diemen]]) en slaapt overdag. Moeder hoort hem 's nachts praten "tegen iemand die er niet is". Hij zelf vertelt aarzelend dat hij via de tv berichten krijgt die voor hem bedoeld zijn, en dat buren ("die van nummer 2218") hem volgen. Blowt dagelijks sinds zijn 15e, laatste maanden meer. Geen agressie, geen suïcidale uitingen, wel angstig.
Familie: oom van moederszijde bekend met schizofrenie (behandeld op Curaçao).

Lich. onderzoek zonder bijzonderheden. Tox niet gedaan. Geen medicatie.

Ik heb geen antipsychoticum gestart in afwachting van uw beoordeling. [[PERSOON|Jurgen]] is bereid tot een gesprek, mits moeder mee mag.

Met vriendelijke groet,
[[PERSOON|S. Pinas]], huisarts
AGB [[ID|01077215]]`,
  },
  {
    id: 'd3-b15',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-d3b',
    knownNames: ['Mw. L.M. (Linda) Schermerhorn'],
    text: `Crisisbeoordeling SEH [[ORGANISATIE|Ziekenhuis Amstelrand]], [[PLAATS|Amsterdam-Noord]] – vr [[DATUM|19 juli]] 16:30
Aanvrager: SEH-arts dr. [[PERSOON|B. Nieuwenhuis]]
Beoordelaar: [[PERSOON|R. Rahimi]] (psychiater), [[PERSOON|T. de Jong]] (SPV)

Identificatie: mw. [[PERSOON|L.M. Schermerhorn]], geb. [[DATUM|2-4-1987]]. BSN volgens verwijzer [[ID|234567891]] (klopt niet, navragen bij balie). Woont [[ADRES|Buikslotermeerplein 301 C]].

Reden: door politie gebracht na onrust in de supermarkt in [[PLAATS|Buikslotermeer]], schreeuwde dat zij "de koningin van Noord" is en dat het geld van haar is. Bekend bipolaire stoornis I, laatste manie 2020 (toen opname [[ORGANISATIE|Kliniek De Wending]]). Zou lithium sinds voorjaar zelf gestopt zijn ("ik heb het niet meer nodig"). Slaapt volgens vriendin [[PERSOON|Sandra]] al een week amper 2-3 uur.

Beeld: hyperalert, logorroe, gedachtevlucht, grootheidsideeën, ontremd (kleedt zich deels uit op de SEH). Geen ziekte-inzicht. Geen aanwijzingen voor intoxicatie (tox neg.), somatisch geen afwijkingen. Lichamelijk gevaar: uitputting, financieel (heeft vandaag volgens vriendin €3000 uitgegeven), maatschappelijke teloorgang, agressie naar beveiliging.

Conclusie: manische episode met ernstig nadeel; vrijwillige opname geweigerd.
Beleid: medische verklaring t.b.v. crisismaatregel opgesteld, burgemeester via OvJ/crisis-telefoon [[TELEFOON|020-5551860]] geïnformeerd 17:45, CM afgegeven 18:20. Opname HIC [[ORGANISATIE|Kliniek De Wending]], vervoer door ambulance. Vriendin en moeder (mw. [[PERSOON|Schermerhorn-Dekker]], [[PLAATS|Purmerend]]) geïnformeerd. Advocaat wordt door de rechtbank toegewezen.

[[PERSOON|RR]] / [[PERSOON|tdj]]`,
  },
  {
    id: 'd3-b16',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-d3b',
    knownNames: ['Mw. A. Demir'],
    text: `[[DATUM|14/2]] spreekuur 20 min, met dochter [[PERSOON|Elif]] als tolk
S: Mw. [[PERSOON|Demir]] (63) komt voor hartkloppingen, benauwd gevoel op de borst, tintelingen in handen. Vooral 's avonds, duurt 10-20 min. Sinds de aardbeving in het dorp van haar familie (februari vorig jaar) slecht slapen, piekert veel, "mijn hoofd staat nooit stil". Broer overleden. Geen pijn op de borst bij inspanning, trap naar 3-hoog lukt goed ([[ADRES|Kleiweg 201-C]]).
O: RR 132/84, p 78 reg. Cor/pulm gb. ECG: SR, geen afwijkingen. TSH [[DATUM|9 feb]] normaal, Hb 8,2. GAD-7: 15.
E: gegeneraliseerde angst / rouw, paniekaanvallen. Geen aanwijzingen cardiaal.
P: Uitleg gegeven, dochter vertaalt. Verwijzing POH-GGZ ([[PERSOON|Mohamed Ouali]], spreekt Turks niet, wel via tolkentelefoon). Oxazepam niet voorgeschreven. Info over ademhaling meegegeven (Turkstalige folder). Mocht het niet verbeteren: SSRI bespreken of verwijzing naar cultuursensitieve GGZ ([[ORGANISATIE|Stichting Köprü]], [[PLAATS|Hillegersberg]]). Terugkomen over 4 wk.
[[PERSOON|evd]]`,
  },
  {
    id: 'd3-b17',
    genre: 'email',
    setting: 'GGZ',
    author: 'auteur-d3b',
    text: `Van: [[PERSOON|Verstraete, Ilona]] <[[EMAIL|ilona.verstraete@wijkteamterneuzen.nl]]>
Verzonden: maandag [[DATUM|13 mei 2024]] 14:05
Aan: [[EMAIL|aanmelding@ggzoosterschelde.nl]]; [[PERSOON|Hamelink, M.]]
Onderwerp: RE: zorgen om mevrouw [[PERSOON|De Bruijckere]] [[ADRES|Axelsestraat 54]]

Beste collega's,

Helaas, ook vandaag weer niet opengedaan. De buurvrouw (mw. [[PERSOON|Verhage]]) zegt dat er 's nachts geroepen wordt en dat er een vieze lucht uit de brievenbus komt. De woningcorporatie heeft een laatste waarschuwing gegeven. Ik denk echt dat het tijd is voor een BOPZ... sorry, Wvggz-melding/verkennend onderzoek. Wie kan met mij op huisbezoek? Ik kan woensdag of donderdag.

Groet,
[[PERSOON|Ilona Verstraete]]
maatschappelijk werker, Wijkteam [[PLAATS|Terneuzen]]
[[TELEFOON|06-22918374]]

-----
Van: [[PERSOON|Hamelink, M.]] <[[EMAIL|m.hamelink@huisartsenzeeuwsvlaanderen.nl]]>
Verzonden: vrijdag [[DATUM|10 mei 2024]] 09:47
Aan: [[PERSOON|Verstraete, Ilona]]
Onderwerp: RE: zorgen om mevrouw [[PERSOON|De Bruijckere]] [[ADRES|Axelsestraat 54]]

Hoi [[PERSOON|Ilona]],

Mw. [[PERSOON|De Bruijckere]] (geb. [[DATUM|17-03-1958]]) is bij ons ingeschreven maar ik heb haar sinds 2021 niet gezien. Toen bekend met een waanstoornis (achterdocht t.o.v. de buren, ziet "stralen" vanuit de zendmast), zorgmijdend, geen medicatie. Eerder contact met FACT [[PLAATS|Terneuzen]], toen na 3 maanden uitgeschreven wegens niet verschijnen.
Ik ben bereid mee te gaan, maar het lijkt me beter als de GGZ er ook bij is. Melding via het meldpunt lijkt mij ook terecht.

Met vriendelijke groet,
[[PERSOON|Marieke Hamelink]], huisarts
[[ORGANISATIE|Huisartsen Zeeuws-Vlaanderen]], locatie [[ORGANISATIE|Zeldenrust]]
[[TELEFOON|0115-612 300]]

-----
Van: [[PERSOON|Verstraete, Ilona]]
Verzonden: donderdag [[DATUM|9 mei 2024]] 16:20
Onderwerp: zorgen om mevrouw [[PERSOON|De Bruijckere]] [[ADRES|Axelsestraat 54]]

Goedemiddag dokter [[PERSOON|Hamelink]], ik maak me zorgen om uw patiënte mw. [[PERSOON|J. De Bruijckere]] in [[PLAATS|Terneuzen]]. Zij is 3x niet thuis/doet niet open. Kunt u mij iets vertellen over haar achtergrond (voor zover mag)? Met dank, [[PERSOON|Ilona]]`,
  },
  {
    id: 'd3-b18',
    genre: 'mdo',
    setting: 'GGZ',
    author: 'auteur-d3b',
    knownNames: ['Dhr. S. (Sjoerd) Hoekstra'],
    text: `MDO Kliniek Langdurige Zorg, [[ORGANISATIE|Kennemerzand Psychiatrie]] locatie [[ORGANISATIE|Duinhof]] ([[PLAATS|Heiloo]]), [[DATUM|3 oktober]]
Aanwezig: [[PERSOON|Ton van Rijn]] (psychiater), [[PERSOON|Sjra Hermans]] (verpleegkundig specialist), [[PERSOON|Fatima Bouchtaoui]] (PB), [[PERSOON|Eveline Knol]] (SPH), [[PERSOON|Sjoerd Hoekstra]] zelf (laatste 15 min), mentor dhr. [[PERSOON|W. Brouwer]]

Cliënt: [[PERSOON|S. Hoekstra]], 54 jr, schizofrenie, sinds 2015 opgenomen, RM/ZM.

Stand van zaken (PB [[PERSOON|Fatima]]): [[PERSOON|Sjoerd]] heeft de afgelopen 6 weken zijn vrijheden goed gebruikt: zelfstandig naar de dagbesteding in het dorp, 1x per week met de bus naar zijn broer [[PERSOON|Jelle]] in [[PLAATS|Castricum]]. Eén incident op [[DATUM|21/9]]: dreigende houding naar medepatiënt na ruzie om sigaretten, zonder fysiek geweld.
Somatiek ([[PERSOON|Sjra]]): BMI 33, HbA1c 58, gestart met metformine. Rookt 30 sig/dag. Clozapine 450 mg, spiegel [[DATUM|12-09]] 0,52. Obstipatie onder controle.
Psychiater: positieve symptomen stabiel aanwezig (stemmen op de achtergrond, minder dwingend). Wens van [[PERSOON|Sjoerd]]: "een eigen huisje met een schuur". Realistisch traject: beschermd wonen.

[[PERSOON|Sjoerd]] (aanwezig): wil graag naar [[ORGANISATIE|Beschermd Wonen De Wieke]] in [[PLAATS|Alkmaar]], waar een oud-medepatiënt woont. Wil wel doorgaan met clozapine "als de dokter dat zegt". Mentor steunt dit.

Besluiten:
- aanmelding [[ORGANISATIE|De Wieke]] – [[PERSOON|EK]], deadline [[DATUM|17-10]]
- leefstijl: start stoppen-met-roken traject, diëtist – [[PERSOON|SH]]
- zorgmachtiging verloopt [[DATUM|2 januari]], verlenging aanvragen – [[PERSOON|TvR]]
- volgend MDO over 6 wk

Notulist: [[PERSOON|ek]]`,
  },
  {
    id: 'd3-b19',
    genre: 'ontslagbrief',
    setting: 'GGZ',
    author: 'auteur-d3b',
    text: `[[ORGANISATIE|Kennemerzand Psychiatrie]] – Centrum Eetstoornissen [[PLAATS|Alkmaar]]

Aan: dhr. [[PERSOON|P.J. Dekker]], huisarts, [[ORGANISATIE|Huisartsenpraktijk De Mare]], [[ADRES|Bergerweg 4]], [[POSTCODE|1815 AC]] [[PLAATS|Alkmaar]]
[[DATUM|28-08-2024]]

Afsluitbrief ambulante behandeling
Betreft: mw. [[PERSOON|N. (Noor) van Diepen]], geb. [[DATUM|13-11-2001]], [[ADRES|Hertog Aalbrechtweg 19-2]], [[POSTCODE|1823 DL]] [[PLAATS|Alkmaar]]
Behandelperiode: [[DATUM|oktober 2022]] – [[DATUM|augustus 2024]]

Geachte collega,

Wij sluiten de behandeling van mw. [[PERSOON|Van Diepen]] af. Zij werd door u verwezen met anorexia nervosa, restrictief type (BMI bij aanmelding 15,1). Zij volgde 8 maanden deeltijdbehandeling en daarna individuele CGT-E bij mw. [[PERSOON|I. Wiśniewska]], GZ-psycholoog, en gezinsgesprekken met ouders en zus [[PERSOON|Fleur]].

Bij afsluiting is het gewicht 2 maanden stabiel (BMI 19,8), menstruatie is teruggekeerd, eetpatroon regelmatig met 3 maaltijden en 3 tussendoortjes. Zij studeert weer (pabo in [[PLAATS|Heerhugowaard]]). Lichte restsymptomen: onrust na feestdagen en bij stress rond tentamens.

Terugvalpreventieplan is met haar opgesteld en meegegeven. Advies: weeg 1x per 3 maanden bij u of de POH, bij BMI < 18 of terugkeer van compensatiegedrag graag opnieuw aanmelden (direct bij ons, zonder wachttijd t/m [[DATUM|1 maart 2025]]). Botdichtheidsmeting [[DATUM|juni 2023]] liet osteopenie zien, herhaling over 2 jaar.

Medicatie: geen.

Met vriendelijke groet,
[[PERSOON|I. Wiśniewska]], GZ-psycholoog, regiebehandelaar
dr. [[PERSOON|M. Meijer]], psychiater`,
  },
  {
    id: 'd3-b20',
    genre: 'verwijzing',
    setting: 'GGZ',
    author: 'auteur-d3b',
    text: `[[PLAATS|Rotterdam]], [[DATUM|2 februari 2024]]

Aan: [[ORGANISATIE|Woonzorgcentrum De Vlasbloem]], Korsakovcentrum, t.a.v. mw. [[PERSOON|E. Sarmo]], specialist ouderengeneeskunde
[[ADRES|Slinge 1200]], [[POSTCODE|3086 EZ]] [[PLAATS|Rotterdam]]

Betreft: dhr. [[PERSOON|A.F. (Ton) Mooijman]], geb. [[DATUM|22-08-1961]], BSN [[BSN|335255152]]
Verblijfadres: [[ORGANISATIE|Maasoever GGZ]], afd. Dubbele Diagnose, [[ADRES|Wolphaertsbocht 97]], [[PLAATS|Charlois]]
Wlz-indicatie: VV05 (CIZ-besluit [[DATUM|24-01-2024]])

Geachte mevrouw [[PERSOON|Sarmo]],

Graag meld ik dhr. [[PERSOON|Mooijman]] bij u aan voor plaatsing op uw afdeling voor mensen met het syndroom van Korsakov.

Dhr. is een 62-jarige man met een langdurige alcoholverslaving (sinds zijn 20e, laatste jaren 2 flessen sterke drank per dag), die in september via de SEH werd opgenomen met een Wernicke-encefalopathie. Na thiaminesuppletie herstelde de oogmotoriek, maar er resteert een ernstige anterograde amnesie met confabulaties. NPO [[DATUM|12-12-2023]]: ernstige geheugenstoornis, executieve stoornissen, inzicht beperkt. MoCA 16/30. Sinds opname abstinent.

Hij heeft geen woning meer (ontruimd, [[PLAATS|Pendrecht]]), geen partner. Een neef, dhr. [[PERSOON|R. Mooijman]] ([[TELEFOON|06-19283745]]), is curator sinds [[DATUM|11-12-2023]]. Dhr. is vriendelijk en volgzaam, maar loopt weg als hij zich verveelt (2x door politie teruggebracht van het metrostation).

Medicatie: thiamine 100 mg 1 dd, foliumzuur 0,5 mg, vit B co, omeprazol 20 mg, levetiracetam 500 mg 2 dd (onttrekkingsinsult 2022).

Met collegiale groet,

[[PERSOON|R. Ramdin]], psychiater, [[ORGANISATIE|Maasoever GGZ]]
BIG [[ID|39061234501]]
[[EMAIL|r.ramdin@maasoeverggz.nl]]`,
  },
  {
    id: 'd3-b21',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-d3b',
    knownNames: ['Dhr. D. (Dirk) Eelman'],
    text: `Crisis ouderen – huisbezoek [[PLAATS|Den Burg]], zo [[DATUM|28 april]] 11:00, samen met waarnemend HA [[PERSOON|K. Duinker]]
Adres: [[ADRES|Parkstraat 6]], [[POSTCODE|1791 CG]] [[PLAATS|Den Burg]] ([[PLAATS|Texel]])

Aanleiding: dhr. [[PERSOON|Eelman]], [[LEEFTIJD|94]] jaar, belde zelf de huisartsenpost met de mededeling "dat hij het zat is en de pillen klaar heeft liggen". Weduwnaar sinds januari, woont alleen, dochter [[PERSOON|Grietje]] in [[PLAATS|Oosterend]], zoon in [[PLAATS|Den Helder]]. Thuiszorg 2x per week ([[ORGANISATIE|Zorg op Texel]]).

Bevindingen: helder, georiënteerd, goed gehoor met toestel. Op tafel een bakje met ca. 40 tabletten temazepam en metoprolol, "gespaard". Stemming somber, rouw, veel eenzaamheid ("alle vrienden zijn dood, ik ben de laatste van de kotter"). Geen psychotische kenmerken. Doodswens consistent, ook eerder besproken met HA; hij heeft in 2023 een schriftelijke wilsverklaring opgesteld. Geen acute intentie vandaag ("ik wacht tot mijn verjaardag, dan is [[PERSOON|Grietje]] er").

Conclusie: ernstige rouw met depressieve klachten en doodswens bij een hoogbejaarde man. Geen acuut gevaar in engere zin na afspraken, wel hoog risico.

Beleid:
- tabletten in overleg meegenomen naar de apotheek
- dochter komt vandaag, blijft 2 nachten
- eigen HA (dr. [[PERSOON|Bruin]]) maandag bellen: start behandeling, gesprek over doodswens (levenseindevraag los van depressie beoordelen)
- vervolgcontact ambulant ouderenteam [[PLAATS|Den Helder]] dinsdag
- crisisnummer dochter: [[TELEFOON|06-47182930]]

[[PERSOON|J. Kamphuis]], SPV crisisdienst`,
  },
  {
    id: 'd3-b22',
    genre: 'soep',
    setting: 'GGZ',
    author: 'auteur-d3b',
    knownNames: ['Dhr. R. (Rignald) Martina'],
    text: `[[DATUM|07-03]] depotpoli [[PLAATS|Spijkenisse]]
S: [[PERSOON|Rignald]] "gaat goed", slaapt goed, werkt bij de moestuin. Geen stemmen. Klaagt over stijve kaken 's ochtends.
O: Rustig, licht tremor handen, geen acathisie. Injectie haloperidoldecanoaat 100 mg li bil, geen bijzonderheden.
E: stabiel, lichte EPS.
P: biperideen niet starten, volgende keer AIMS. Volgende depot [[DATUM|4 april]]. - [[PERSOON|fb]]`,
  },
  {
    id: 'd3-b23',
    genre: 'email',
    setting: 'GGZ',
    author: 'auteur-d3b',
    text: `Van: drs. [[PERSOON|C. van Waes]] <[[EMAIL|c.vanwaes@ggzoosterschelde.nl]]>
Verzonden: dinsdag [[DATUM|17 september 2024]] 17:52
Aan: [[PERSOON|Monique de Kind]] <[[EMAIL|mdekind1968@zeelandnet.nl]]>
Onderwerp: RE: vraag over mijn vader

Beste mevrouw [[PERSOON|De Kind]],

Dank voor uw bericht. Ik begrijp uw zorgen. Uw vader heeft mij toestemming gegeven om met u te overleggen, dus ik kan u het volgende vertellen: de verwardheid van de afgelopen dagen past bij een bijwerking van de nieuwe medicatie (oxybutynine, van de uroloog). Ik heb uw vader geadviseerd hiermee te stoppen en heb dit ook aan zijn huisarts, dokter [[PERSOON|Lansu]] in [[PLAATS|Hulst]], doorgegeven.

Mocht hij over 3-4 dagen niet helderder zijn, belt u dan met het secretariaat ([[TELEFOON|0114-372 800]]) voor een extra afspraak. Buiten kantoortijd kunt u de huisartsenpost bellen.

Met vriendelijke groet,

drs. [[PERSOON|Coby van Waes]]
ouderenpsychiater | [[ORGANISATIE|GGZ Oosterschelde]] – team Zeeuws-Vlaanderen
ma/di/do

Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijdert u het dan.

> Op [[DATUM|16 sep. 2024]], om 21:14 heeft [[PERSOON|Monique de Kind]] het volgende geschreven:
> Geachte dokter [[PERSOON|van Waes]],
> Mijn vader, [[PERSOON|Frans de Kind]] (geb. [[DATUM|3-3-1938]]), is sinds een paar dagen erg in de war. Hij dacht gisteren dat het oorlog was en wilde de kippen in [[PLAATS|Kloosterzande]] gaan halen, maar hij woont al 10 jaar in [[PLAATS|Hulst]] ([[ADRES|Steenstraat 40b]]). Hij is afgelopen week bij de uroloog in het [[ORGANISATIE|Sint Willibrord Gasthuis]] geweest. Moet ik me zorgen maken? Ik woon zelf in [[PLAATS|Breda]] en kan niet elke dag gaan.
> Met vriendelijke groet, [[PERSOON|Monique de Kind]]
> [[TELEFOON|06-29384756]]`,
  },
  {
    id: 'd3-b24',
    genre: 'mdo',
    setting: 'HA',
    author: 'auteur-d3b',
    knownNames: ['Mw. T. (Trijntje) Schilder-Boon'],
    text: `MDO kwetsbare ouderen, [[ORGANISATIE|Huisartsenpraktijk Waterland]], [[PLAATS|Monnickendam]] – [[DATUM|23-01]]
Aanwezig: dr. [[PERSOON|H. Jonker]] (HA), [[PERSOON|Anneke Tol]] (POH-ouderen), [[PERSOON|Marion]] (wijkverpleging, [[ORGANISATIE|Zorgpunt Waterland]]), [[PERSOON|R. Kok]] (casemanager dementie), ondergetekende (consulent GGZ, op uitnodiging)

Mw. [[PERSOON|Schilder-Boon]], [[LEEFTIJD|90]] jr, [[ADRES|Noordeinde 83]], woont alleen sinds overlijden man. Alzheimer-dementie (diagnose 2022, geheugenpoli [[ORGANISATIE|Ziekenhuis Waterland Oost]]), MMSE 19.
Probleem: toenemende achterdocht, beschuldigt de thuiszorg van diefstal (portemonnee, sieraden), belt 's nachts de buren. Weigert sinds 2 weken de avondzorg. Zoon [[PERSOON|Piet]] (woont in [[PLAATS|Volendam]]) is overbelast.

Besproken:
- [[PERSOON|Marion]]: sieraden later steeds teruggevonden (in de koektrommel). Huis verder schoon, eet ontbijt zelf.
- casemanager: zoon wil graag een Wlz-aanvraag, mw. zelf nog niet ("ik ga hier pas weg in een kist").
- consulent: wanen passen bij dementie, geen aanwijzingen delier (urine schoon [[DATUM|18/1]]). Antipsychoticum pas bij veel lijdensdruk/gevaar; nu eerst bejegening (niet tegenspreken, vaste gezichten). Evt. risperidon 0,25 mg bij escalatie, na overleg.
- HA: gesprek over toekomst en wilsbekwaamheid voor verhuizing plannen met zoon.

Afspraken: [[PERSOON|AT]] huisbezoek samen met zoon [[DATUM|30 jan]]; [[PERSOON|RK]] start CIZ-aanvraag voorbereiden; vaste avondploeg (max 3 gezichten) – [[PERSOON|Marion]]; evaluatie [[DATUM|20 februari]].

verslag: [[PERSOON|A. Tol]]`,
  },
];
