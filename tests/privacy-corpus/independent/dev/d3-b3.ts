import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd3-b25',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-d3b',
    text: `[[ORGANISATIE|Ziekenhuis Waterland Oost]] – PAAZ (afd. Psychiatrie, 5 Noord)
[[ADRES|Waterlandlaan 250]], [[POSTCODE|1441 RN]] [[PLAATS|Purmerend]]

Aan: huisarts [[PERSOON|T.A. Kramer]], [[ORGANISATIE|Huisartsengroep Weidevenne]], [[PLAATS|Purmerend]]

Ontslagbrief
Patiënt: mw. [[PERSOON|Ayşe Koç]], geb. [[DATUM|09-10-1996]], pt-nr [[ID|30078562]]
Adres: [[ADRES|Zuiderzeestraat 18-A]], [[POSTCODE|1442 BL]] [[PLAATS|Purmerend]]
Opname: [[DATUM|12-08-2024]] – [[DATUM|23-08-2024]]
Behandelaar: drs. [[PERSOON|E.H. Schuitemaker]], psychiater

Geachte collega [[PERSOON|Kramer]],

Reden van opname: mevrouw werd via de SEH opgenomen na een intoxicatie met paracetamol (ca. 30 g) in het kader van een acute crisis na een conflict met haar ex-partner. N-acetylcysteïne volgens protocol via de interne (dr. [[PERSOON|Vos]]), leverfuncties genormaliseerd op [[DATUM|16/8]].

Psychiatrisch: bekend met een borderline persoonlijkheidsstoornis, in behandeling bij [[ORGANISATIE|GGZ Waterland Midden]] (regiebehandelaar mw. [[PERSOON|K. Appelman]]), eerder 2 pogingen (2019, 2022). Op de afdeling snel afname van suïcidale gedachten; zij nam actief deel aan het groepsprogramma. Gesprek met ex-partner niet gewenst. Haar moeder, mw. [[PERSOON|Koç-Yılmaz]], en broer [[PERSOON|Serkan]] waren bij het ontslaggesprek.

Conclusie: suïcidepoging met ernstig somatisch risico bij BPS; geen aanwijzingen voor depressieve stoornis.

Beleid/afspraken:
- crisiskaart geactualiseerd, kopie bij pt en ambulant team
- eerste afspraak mw. [[PERSOON|Appelman]] op [[DATUM|26 augustus]]
- medicatie: geen; pt wil geen grote verpakkingen paracetamol in huis, graag niet meer dan 10 tabletten voorschrijven
- lab-controle leverfuncties niet meer nodig

Met vriendelijke groet,
drs. [[PERSOON|E.H. Schuitemaker]], psychiater
[[PERSOON|M. van 't Hek]], ANIOS
Afdelingssecretariaat PAAZ [[TELEFOON|0299-457 990]], toestel [[ID|2276]]`,
  },
  {
    id: 'd3-b26',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-d3b',
    text: `[[ORGANISATIE|Huisartsenpraktijk De Oesterbank]]
[[ADRES|Burgemeester Sinkelaan 2]], [[POSTCODE|4401 AE]] [[PLAATS|Yerseke]]
T [[TELEFOON|0113-571 440]]

[[DATUM|3 juni 2024]]

Aan: consultatieteam ouderenpsychiatrie, [[ORGANISATIE|GGZ Oosterschelde]], [[PLAATS|Goes]]

Betr.: mw. [[PERSOON|K. Wisse-Nieuwenhuize]], geb. [[DATUM|15-04-1926]] ([[LEEFTIJD|98]] jr)
[[ADRES|Kerkplein 5]], [[PLAATS|Yerseke]]
BSN [[BSN|909736042]]

Geachte collega,

Graag een consult aan huis bij deze [[LEEFTIJD|98]]-jarige dame, die nog zelfstandig woont met dagelijks thuiszorg en een dochter ([[PERSOON|Adri]]) naast de deur. Zij is tot voor kort cognitief opvallend goed geweest, speelde nog wekelijks koersbal.

Sinds ca. 5 weken: angstig, belt de dochter soms 20x per dag, zegt dat er mannen in de tuin staan en dat het huis gaat overstromen ("net als in '53"). Slaapt slecht. Geen koorts, urine en bloed ([[DATUM|24-5]]) zonder afwijkingen behalve natrium 131. Ik heb citalopram (2021 gestart door mijn voorganger, dr. [[PERSOON|Van Iwaarden]]) gestopt vanwege het natrium, herhaling natrium volgt.

Medicatie: metoprolol 50 mg, furosemide 40 mg, paracetamol zn.
Zij is doof aan het rechteroor, spreek links.

Vraag: differentiaaldiagnose delier/late-onset psychose/angst bij beginnende dementie, en advies over medicatie. Mw. wil beslist niet naar het ziekenhuis.

Met vriendelijke groet,

[[PERSOON|L. de Jonge]], huisarts
[[EMAIL|l.dejonge@oesterbank-huisarts.nl]]`,
  },
  {
    id: 'd3-b27',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-d3b',
    knownNames: ['Mw. S.J. (Shurandy) Cijntje'],
    text: `Crisisdienst [[ORGANISATIE|Maasoever GGZ]], locatie Centrum – beoordeling [[DATUM|27-11]] 22:15 op het politiebureau [[PLAATS|Delfshaven]]

Aanmelding: wijkagent [[PERSOON|Bakker]] (bureau [[ADRES|Mathenesserlaan 28]]). Mw. [[PERSOON|Cijntje]] (22) had zich opgesloten in de badkamer van haar vriendin [[PERSOON|Chanel]], [[ADRES|Schiedamseweg 77c]], en sneed zich in de onderarmen. Wonden door ambulance verzorgd, 4 hechtingen niet nodig, steri-strips.

Voorgeschiedenis: PTSS na seksueel geweld (op Curaçao, 2017), automutilatie sinds haar 14e, in behandeling bij de poli Trauma (behandelaar [[PERSOON|Iris Boekhout]]), EMDR onderbroken in oktober. Geen eerdere opnames.

Aanleiding: vandaag bericht dat haar oom, de dader, naar [[PLAATS|Rotterdam]] komt voor een familiefeest. Herbelevingen, dissociatief ("ik zag mezelf vanaf het plafond").

Bij beoordeling: rustiger, goed contactbaar, huilerig. Snijden was om "weer iets te voelen", geen doodswens, wil leven, wil haar behandeling af. Vriendin biedt aan dat ze blijft slapen.

Conclusie: automutilatie bij herbelevingen PTSS, geen acute suïcidaliteit; geen indicatie voor opname.
Beleid: terug naar vriendin, signaleringsplan doorgenomen. Morgen 10:00 telefonisch contact crisisdienst (dhr. [[PERSOON|Oduber]]). Mail naar poli [[PERSOON|Boekhout]] voor snelle afspraak. Pt heeft crisisnummer.

[[PERSOON|N. Tahiri]], SPV / achterwacht dr. [[PERSOON|Bouwman]] akkoord 23:05`,
  },
  {
    id: 'd3-b28',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-d3b',
    knownNames: ['Dhr. T. (Thijs) Oosterbaan'],
    text: `do [[DATUM|10 okt]] spreekuur
S: [[PERSOON|Thijs]] (24), student aan de UvA, woont op kamers [[ADRES|Van Ostadestraat 133-3]] ([[PLAATS|De Pijp]]). Vraagt om methylfenidaat: "ik heb het zeker, mijn huisgenoot ook en die heeft het van zijn psychiater". Kan zich niet concentreren, tentamens 2x gezakt. Slaapt om 03:00, drinkt 6-8 blikjes energy per dag, blowt in het weekend. Geen diagnose ADHD in de jeugd, wel "druk op de basisschool" volgens moeder.
O: Onrustig, goed contact, spreekt snel. RR 142/90, p 96.
E: concentratieproblemen, ddx ADHD vs slaapstoornis/middelengebruik. Geen indicatie voor voorschrijven zonder diagnostiek.
P: Uitleg. Eerst slaap-hygiëne en stoppen energy/cannabis 4 wk, slaapdagboek. Info studentenpsycholoog. Bij persisteren verwijzen naar volwassenen-ADHD diagnostiek ([[ORGANISATIE|Psychologenpraktijk Ruysdael]] of [[ORGANISATIE|Amstelhoeve GGZ]], wachttijd ca. 5 mnd). Terug over 4-6 wk, RR herhalen.
[[PERSOON|m.kw]]`,
  },
  {
    id: 'd3-b29',
    genre: 'email',
    setting: 'GGZ',
    author: 'auteur-d3b',
    text: `Van: Bureau Opname & Plaatsing <[[EMAIL|opname@kennemerzand.nl]]>
Verzonden: woensdag [[DATUM|8 januari 2025]] 07:12
Aan: HIC [[PLAATS|Heerhugowaard]]; Crisisdienst Noord-Kennemerland; [[PERSOON|Brouwer, Anke]]
Onderwerp: beddenstand [[DATUM|08-01]]

Goedemorgen allen,

Beddenstand vanochtend 07:00:
- HIC [[PLAATS|Heerhugowaard]]: 0 vrij (1 verwacht ontslag vandaag, kamer 14)
- HIC [[PLAATS|Heiloo]] ([[ORGANISATIE|Duinhof]]): 1 vrij, separeer bezet
- Kortdurend [[PLAATS|Den Helder]]: 2 vrij
- Ouderenpsychiatrie: 0, wachtlijst 3

Gisteravond via crisisdienst aangemeld en geplaatst op Kortdurend [[PLAATS|Den Helder]]: dhr. [[PERSOON|W. (Wouter) Bijl]], vanuit SEH [[ORGANISATIE|Noordkaap Ziekenhuis]]. Dossiernr. [[ID|5539120]].

Let op: de aanmelding van mw. [[PERSOON|Tesfay]] (Eritrees, tolk Tigrinya nodig) staat nog open, [[PERSOON|Anke]] wil jij vandaag contact met de huisarts (dr. [[PERSOON|Molenaar]], [[PLAATS|Schagen]]) opnemen?

Met vriendelijke groet,
[[PERSOON|Gerda Wijnker]]
Bureau Opname & Plaatsing, [[ORGANISATIE|Kennemerzand Psychiatrie]]
bereikbaar 07:00-23:00 via [[TELEFOON|072-589 4000]], toestel [[ID|4417]]
paraaf dienst: [[PERSOON|GW]]/[[PERSOON|JvO]]`,
  },
  {
    id: 'd3-b30',
    genre: 'mdo',
    setting: 'GGZ',
    author: 'auteur-d3b',
    knownNames: ['Mw. N. (Naomi) van der Hooft'],
    text: `MDO FACT Jeugd & Jongvolwassenen [[PLAATS|Vlissingen]] – ma [[DATUM|11-11-2024]]
Aanwezig: dr. [[PERSOON|Kodde]] (kinder- en jeugdpsychiater), [[PERSOON|Yonas Tesfamariam]] (SPV), [[PERSOON|Sanne]] (ambulant begeleider [[ORGANISATIE|Stichting Zeeuwse Overstap]]), mevr. [[PERSOON|De Meulemeester]] (mentor school, tel.), [[PERSOON|Naomi]] + moeder [[PERSOON|Petra van der Hooft]]

Cliënt: [[PERSOON|Naomi van der Hooft]], 17 jr, [[ADRES|Walstraat 61a]], [[PLAATS|Vlissingen]]. 
Beeld: eerste psychose [[DATUM|mei 2024]], nu aripiprazol 10 mg. Positieve symptomen grotendeels weg. Negatieve klachten (vlak, weinig initiatief), school (havo 5, [[PLAATS|Middelburg]]) gaat moeizaam: 40% verzuim.

Bespreking:
- [[PERSOON|Naomi]]: "ik ben gewoon moe, niet lui". Wil graag examen doen, maar in 2 jaar.
- moeder: zorgen over gewicht (+8 kg), en over contact met vriend die blowt.
- mentor: gespreid examen mogelijk, aanvraag vóór [[DATUM|1 december]].
- SPV: slaapritme verbeterd. IPS nog niet aan de orde.
- [[PERSOON|Kodde]]: gewichtstoename meer dan verwacht op aripiprazol, lab (glucose, lipiden) aanvragen; dosis handhaven tot minimaal [[DATUM|mei 2025]] (1 jaar na remissie).

Afspraken:
1. aanvraag gespreid examen – mentor/[[PERSOON|YT]]
2. lab + leefstijlgroep aanmelden – dr. [[PERSOON|Kodde]]
3. psycho-educatie cannabis met [[PERSOON|Naomi]] en vriend (als hij wil) – [[PERSOON|Sanne]]
4. volgend MDO [[DATUM|13 januari]]

verslag [[PERSOON|yt]]`,
  },
  {
    id: 'd3-b31',
    genre: 'ontslagbrief',
    setting: 'GGZ',
    author: 'auteur-d3b',
    text: `[[ORGANISATIE|Maasoever GGZ]], HIC [[ORGANISATIE|De Zuiderhaven]]
[[ADRES|Dordtsestraatweg 455]], [[POSTCODE|3075 BM]] [[PLAATS|Rotterdam]]

[[DATUM|20-06-2024]]

Aan: dhr. [[PERSOON|B. Ouwehand]], huisarts, [[ORGANISATIE|Gezondheidscentrum Lombardijen]]
cc: [[ORGANISATIE|Leger des Heils]] ambulant, begeleider [[PERSOON|Marco Heijboer]]

Betreft: dhr. [[PERSOON|Yonas Tesfay Gebremedhin]], geb. [[DATUM|01-01-1995]], BSN [[BSN|652154633]]
Adres: [[ADRES|Spinozaweg 301 K-12]], [[POSTCODE|3076 EV]] [[PLAATS|Rotterdam]]
Opnameduur: [[DATUM|30 mei]] – [[DATUM|18 juni 2024]] (crisismaatregel, daarna vrijwillig)

Geachte collega,

Dhr. [[PERSOON|Tesfay Gebremedhin]] werd via politie en crisisdienst opgenomen nadat hij in de nacht op straat in [[PLAATS|Lombardijen]] verward en angstig rondliep en een raam had ingegooid, omdat hij "mannen met geweren" hoorde. Gesprekken vonden plaats met tolk Tigrinya (dhr. [[PERSOON|Berhane]], tolkennummer [[ID|2208741]]).

Dhr. kwam in 2015 via Libië en Italië naar Nederland, verloor onderweg zijn broer. In het AZC en later in [[PLAATS|Rotterdam]] nooit eerder psychiatrische hulp gehad. Op de afdeling bleek sprake van een PTSS met psychotische kenmerken (stemmen van de mensenhandelaren, nachtmerries, hypervigilantie) zonder formele denkstoornis. Geen middelengebruik (tox neg., ook khat ontkend).

Behandeling: quetiapine opgebouwd tot 200 mg a.n., prazosine 1 mg a.n. voor nachtmerries. Slaap duidelijk beter, stemmen minder. Hij keek uit naar contact met de Eritrese kerkgemeenschap; pastor [[PERSOON|Abraham]] heeft hem 2x bezocht.

Diagnose: posttraumatische stressstoornis met psychotische kenmerken; ddx kortdurende psychotische stoornis.

Afspraken:
- poli Transculturele Psychiatrie, intake [[DATUM|2 juli]] bij drs. [[PERSOON|H. Çelik]]
- begeleiding [[ORGANISATIE|Leger des Heils]] 2x per week
- quetiapine 200 mg a.n. en prazosine 1 mg a.n., herhaalrecepten via u graag
- ECG en lab (glucose, lipiden) over 3 mnd

Met collegiale groet,
[[PERSOON|L. Tjon Sie Fat]], psychiater
secretariaat HIC [[TELEFOON|010-4820 010]]`,
  },
  {
    id: 'd3-b32',
    genre: 'verwijzing',
    setting: 'GGZ',
    author: 'auteur-d3b',
    text: `Terugverwijzing naar huisarts

[[ORGANISATIE|Kennemerzand Psychiatrie]] – poli Volwassenen [[PLAATS|Bergen]]
[[DATUM|15 april 2024]]

Aan: mw. dr. [[PERSOON|F. Hoogland]], [[ORGANISATIE|Huisartsenpraktijk Bergen-Binnen]], [[PLAATS|Bergen]] (NH)

Betreft: dhr. [[PERSOON|L. (Leo) Kaptein]], geb. [[DATUM|27-06-1958]], [[ADRES|Breelaan 12]], [[POSTCODE|1861 GC]] [[PLAATS|Bergen]]
Dossiernr. [[ID|7741206]]

Geachte collega,

Hierbij verwijzen wij dhr. [[PERSOON|Kaptein]] naar u terug na behandeling van een recidiverende depressieve stoornis (2e episode, na pensionering als loodsenschipper in [[PLAATS|IJmuiden]]).

Hij kreeg van ons 16 sessies CGT en sertraline, opgehoogd tot 100 mg. HAM-D van 24 naar 6. Zijn vrouw [[PERSOON|Aafke]] ziet hem "weer de oude". Hij fietst weer met zijn vereniging naar [[PLAATS|Egmond aan Zee]] en [[PLAATS|Schoorl]].

Advies:
- sertraline 100 mg minimaal tot [[DATUM|januari 2025]] continueren (1 jaar na herstel bij 2e episode), daarna in overleg geleidelijk afbouwen over 4-6 weken
- terugvalpreventieplan is met dhr. en zijn vrouw besproken, zij hebben een kopie
- POH-GGZ kan ondersteunen bij afbouw

Bij terugval kunt u hem zonder wachttijd opnieuw aanmelden via ons consultatienummer [[TELEFOON|072-589 4190]].

Met vriendelijke groet,
[[PERSOON|J. Yildiz]], verpleegkundig specialist GGZ
[[PERSOON|A. de Boer-Snoek]], psychiater`,
  },
  {
    id: 'd3-b33',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-d3b',
    knownNames: ['Dhr. M. (Mo) El Ouali'],
    text: `IHT [[PLAATS|Osdorp]] – huisbezoek [[DATUM|3/9]] 14:00, [[ADRES|Tussen Meer 164-2]]
[[PERSOON|Mo]] wisselend in contact, vandaag wel medicatie genomen (olanzapine 15 mg, gecontroleerd). Moeder vertelt dat hij vannacht weer op het balkon tegen de "satellieten" riep, buren hebben geklaagd. Geen agressie. Slaap 4 uur. Afspraak: morgen 9:00 tweede bezoek met dr. [[PERSOON|Haddou]], evt. ophogen olanzapine. Moeder heeft crisisnummer. - [[PERSOON|KvdM]]`,
  },
  {
    id: 'd3-b34',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-d3b',
    knownNames: ['Dhr. J. (Jan) Minderhoud'],
    text: `[[DATUM|25-07]] huisbezoek POH-ouderen, [[ADRES|Weststraat 3]], [[PLAATS|Domburg]]
S: Dhr. [[PERSOON|Minderhoud]], [[LEEFTIJD|90]] jaar, vertelt dat het "best gaat". Echtgenote [[PERSOON|Leuntje]] ([[LEEFTIJD|92]]) zegt dat hij steeds meer vergeet: laat het gas aan, weet niet meer dat kleinzoon [[PERSOON|Bram]] zondag is geweest. 2x gevallen in de tuin (geen letsel). Eet goed, drinkt 1 glas jenever per avond. Stemming wisselend, "het is niet leuk meer om oud te worden".
O: Nette man, in pyjama om 11:00. Geoorienteerd in persoon en plaats, niet in tijd (dacht dat het mei was). Kloktekenen: wijzers verkeerd. RR 148/72. TUG 18 sec.
E: vermoeden dementie (ddx vasculair), valrisico verhoogd, mantelzorg (vrouw [[LEEFTIJD|92]]) kwetsbaar. GDS-15: 6.
P: Bespreken met HA dr. [[PERSOON|Van de Velde]] voor verwijzing geheugenpoli [[ORGANISATIE|Scheldezoom Ziekenhuis]] of consult ouderenpsychiatrie thuis. Valpreventie: fysio ([[PERSOON|Hendriks, A.]]) vragen voor huisbezoek. Gasfornuis -> inductie? Dochter [[PERSOON|Koos]] (in [[PLAATS|Westkapelle]]) bellen [[TELEFOON|06-12873465]]. Volgend bezoek [[DATUM|8 augustus]].
[[PERSOON|lmv]]`,
  },
  {
    id: 'd3-b35',
    genre: 'email',
    setting: 'HA',
    author: 'auteur-d3b',
    text: `Van: [[PERSOON|Kuijt, Bart]] <[[EMAIL|b.kuijt@huisartsenhetslot.nl]]>
Datum: di [[DATUM|5 maart 2024]] om 12:41
Aan: [[EMAIL|poli.ouderen@maasoeverggz.nl]]
Onderwerp: Fwd: uitslag Zorgdomein aanvraag dhr. [[PERSOON|Kraaijeveld]]

Beste collega's van de poli Ouderen,

Zie onderstaand. Ik heb dhr. [[PERSOON|Kraaijeveld]] vorige maand verwezen maar heb nog niets gehoord en de familie belt ons iedere dag. Kunnen jullie aangeven wanneer hij gezien wordt? Hij wordt thuis steeds onrustiger.

Hartelijke groet,
[[PERSOON|Bart Kuijt]], huisarts
[[ORGANISATIE|Huisartsenpraktijk Het Slot]]
[[ADRES|Slotplein 9]], [[POSTCODE|2902 HR]] [[PLAATS|Capelle aan den IJssel]]
[[TELEFOON|010-458 2211]] | spoedlijn voor zorgverleners [[TELEFOON|010-458 2299]]
[[URL|https://www.huisartsenhetslot.nl]]

---------- Doorgestuurd bericht ---------
Van: [[PERSOON|Kraaijeveld, Marja]] <[[EMAIL|marjakraaijeveld@hotmail.com]]>
Datum: ma [[DATUM|4 mrt 2024]] om 19:02
Onderwerp: mijn vader
Aan: [[EMAIL|info@huisartsenhetslot.nl]]

Dokter [[PERSOON|Kuijt]],

Mijn vader [[PERSOON|Gerrit Kraaijeveld]] ([[DATUM|02-02-1939]]) zou door u verwezen zijn naar de GGZ maar we horen niks. Vannacht is hij weer naar buiten gegaan in zijn ondergoed en stond hij bij de Lidl op de [[ADRES|Kerklaan 58]] te wachten "op de bus naar [[PLAATS|Ouderkerk]]". Mijn moeder kan het niet meer aan. Het patientnummer op de brief is [[ID|1203985]].

Kunt u ons helpen?
[[PERSOON|Marja]]
[[TELEFOON|06-50194837]]

Verzonden vanaf mijn iPhone`,
  },
  {
    id: 'd3-b36',
    genre: 'mdo',
    setting: 'GGZ',
    author: 'auteur-d3b',
    knownNames: ['Dhr. K.E. (Kevin) Ramsaroop'],
    text: `MDO verlenging zorgmachtiging – FACT [[PLAATS|Oudorp]], [[DATUM|14 oktober]]
Aanwezig: [[PERSOON|RRov]] (psychiater, regie), [[PERSOON|KZoe]] (SPV), [[PERSOON|J.v.d.M.]] (ervaringswerker), [[PERSOON|Lindsey Ramsaroop]] (zus, tel.), mr. [[PERSOON|P. Schouten]] (advocaat, info), [[PERSOON|Kevin]] zelf (eerste deel)

Cliënt: [[PERSOON|K.E. Ramsaroop]], 36 jr, [[ADRES|Rembrandtlaan 9-III]], [[POSTCODE|1827 BG]] [[PLAATS|Alkmaar]]. Schizofrenie, cannabisgebruik. ZM loopt af op [[DATUM|02-12-2024]].

1. Beloop afgelopen periode (SPV):
Depot zuclopentixol 2-wekelijks, 2x gemist ([[DATUM|5/8]] en [[DATUM|19/8]]), daarna thuis toegediend na overreding. Geen opnames, wel 1 incident met buurman ([[DATUM|29 aug]]), politie ingeschakeld, geen aangifte. Woning: vervuild, [[ORGANISATIE|Stichting Woonbegeleiding Noord]] weer betrokken.

2. Standpunt [[PERSOON|Kevin]]:
"Ik ben niet ziek, ik wil van die prik af." Wil wel blijven wonen waar hij woont, wil werk in de haven van [[PLAATS|Den Helder]] zoals zijn vader.

3. Familie (zus [[PERSOON|Lindsey]]):
Ziet bij verminderde depot snel achteruitgang, bang voor herhaling van 2021 (opname [[ORGANISATIE|Duinhof]] na brandstichting). Steunt verlenging.

4. Afweging psychiater:
Ernstig nadeel bij stoppen (zelfverwaarlozing, agressie, maatschappelijke teloorgang) nog steeds aannemelijk. Verplichte zorg beperken tot: toedienen medicatie, opnemen als sluitstuk. Insluiten/beperken bewegingsvrijheid niet meer nodig, wordt geschrapt.

Besluit: verzoek verlenging ZM 12 mnd, aanvraag via OvJ vóór [[DATUM|18-10]]. Zorgkaart en zorgplan update [[PERSOON|KZoe]]. Medische verklaring door dr. [[PERSOON|A. Öztürk]] ([[ORGANISATIE|GGZ Westfries Polder]]), afspraak [[DATUM|23/10]].

verslag: [[PERSOON|jvdm]]`,
  },
];
