import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h3-c13',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h3c',
    text: `[[ORGANISATIE|Rijnoever Ziekenhuis]] · Klinische Geriatrie
Postbus 9060, [[POSTCODE|6800 GB]] [[PLAATS|Arnhem]] · [[URL|www.rijnoeverziekenhuis.nl/geriatrie]]

Aan: [[PERSOON|J. Wolters]], specialist ouderengeneeskunde
[[ORGANISATIE|Woonzorgcentrum Huize Rozendaal]]
[[ADRES|Beekhuizenseweg 7]]
[[POSTCODE|6891 DK]] [[PLAATS|Rozendaal]]

kopie: huisarts n.v.t. (SO is behandelaar)

[[PLAATS|Arnhem]], [[DATUM|30 januari 2025]]

Betreft: mevrouw [[PERSOON|W. Roelofs]] ([[PERSOON|Mien]]), geboren [[DATUM|2 oktober 1923]]
BSN [[BSN|1299.25.597]] · ZIS-nr [[ID|5518823]]
Opname [[DATUM|24-01-2025]] – [[DATUM|30-01-2025]]

Geachte collega [[PERSOON|Wolters]],

Dank voor uw verwijzing van deze [[LEEFTIJD|101]]-jarige dame, die wij opnamen met toenemende dyspneu en oedeem.

Conclusie
1. Decompensatio cordis, HFpEF, uitgelokt door snel AF (ventrikelfrequentie 140)
2. Prerenale nierfunctiestoornis, herstellend
3. Bekende vasculaire dementie, verblijf Wlz-locatie; geen delier deze opname

Beloop
Behandeld met furosemide iv, daarna oraal. Frequentiecontrole met metoprolol; digoxine niet nodig gebleken. Antistolling: na gesprek met mevrouw en haar nicht [[PERSOON|Gerda Willemsen]] (eerste contactpersoon) besloten af te zien van DOAC gezien hoge leeftijd, valrisico en haar eigen wens ("ik ben [[LEEFTIJD|101]], laat maar"). Gewicht van 58,4 naar 54,9 kg. Kreat 142 -> 108.
Mevrouw was wat in de war de eerste nacht, verder helder in haar eigen wereld; zingt graag.

Medicatie bij ontslag
furosemide 40 mg 1dd (was 20 mg); metoprolol retard 50 mg 1dd (nieuw); paracetamol 1 g 3dd; lactulose 15 ml 1dd. Gestopt: amlodipine (RR laag-normaal).

Adviezen
- wegen 2x/wk, bij >1,5 kg toename in 3 dgn furosemide tijdelijk 2dd
- lab kreat/K over 1 wk
- beleid: geen heropname tenzij voor comfort noodzakelijk; NR bestond al, bevestigd ([[DATUM|25-1]])

Met vriendelijke groet,

[[PERSOON|R.A. Hiddink]], internist ouderengeneeskunde
[[PERSOON|E. Kolkman]], arts (ANIOS)
bereikbaar via [[TELEFOON|088-0591 420]]`,
  },
  {
    id: 'h3-c14',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-h3c',
    text: `Verzoek consultatie specialist ouderengeneeskunde (thuis)
aan: [[ORGANISATIE|Zorggroep Noorderbroek]], team ouderengeneeskunde eerstelijn, [[PLAATS|Venlo]]
van: [[PERSOON|G. Meuwissen]], huisarts, [[ORGANISATIE|Huisartsenpraktijk Tegelen-Centrum]], [[ADRES|Kerkstraat 41]], [[POSTCODE|5932 AH]] [[PLAATS|Tegelen]], tel [[TELEFOON|077-3261400]]
datum: [[DATUM|11-10-2024]]

Patiënt: dhr. [[PERSOON|G.H. Jeurissen]] ([[PERSOON|Sjra]]), °[[DATUM|05-05-1938]]
[[ADRES|Maasstraat 17-A]], [[POSTCODE|5931 NE]] [[PLAATS|Tegelen]]
BSN [[BSN|246344751]]
echtgenote mw. [[PERSOON|Nelly Jeurissen-Peters]], [[TELEFOON|077-3735218]]

Beste collega,

Graag jullie meedenken bij dhr. [[PERSOON|Jeurissen]], 86 jr, met ziekte van Parkinson (sinds 2012) en sinds het voorjaar toenemende problemen: visuele hallucinaties ('kinderen in de tuin'), 's nachts onrustig, 3x gevallen in 2 mnd, gewichtsverlies 6 kg. Echtgenote (83) is overbelast, slaapt nauwelijks.

Vraagstelling
1. Parkinsondementie / Lewy body? Advies medicatie (hij gebruikt levodopa 5dd, rasagiline en oxybutynine voor urge — die laatste vind ik zelf verdacht).
2. Advies t.a.v. passende zorg en eventueel Wlz-aanvraag, echtpaar wil liefst thuis blijven.
3. Gesprek proactieve zorgplanning; hij heeft eerder gezegd geen sondevoeding te willen.

Neuroloog (dr. [[PERSOON|Pelzer]], [[ORGANISATIE|Maasland Ziekenhuis]]) ziet hem 1x/jaar, laatst in [[DATUM|maart]]; ik heb hem gisteren op de hoogte gebracht.

Huidige zorg: wijkverpleging ochtendzorg via [[ORGANISATIE|Wijkzorg Maas-Oost]], 7x/wk. Casemanager nog niet.

Medicatieoverzicht en laatste lab (Hb 7,6, Na 136, kreat 96) als bijlage.

Met vriendelijke groet,
[[PERSOON|Guido Meuwissen]], huisarts`,
  },
  {
    id: 'h3-c15',
    genre: 'soep',
    setting: 'ZKH',
    author: 'auteur-h3c',
    knownNames: ['Dhr. H. (Hüseyin) Demir'],
    text: `Poli geriatrie – controle [[DATUM|13-05]], met dochter [[PERSOON|Zeynep]] (tolk niet nodig)
S: sinds vorige controle 1x gevallen (thuis, 's nachts naar toilet), geen letsel. Duizelig bij opstaan. Eetlust goed. Stemming "gaat wel". Medicatie: gliclazide door HA verlaagd. Hypo's? 2x 's ochtends vroeg, 3,4 gemeten door dochter.
O: RR liggend 148/78, staand na 1 min 118/70, na 3 min 122/72, geen klachten tijdens meting. Gewicht 71 kg (=). TUG 16 sec met stok. Chair stand 5x niet gelukt zonder armen. Geheugen: MoCA 21/30 (vorige 22).
Lab: HbA1c 49, kreat 121, eGFR 48, Na 137, vit D 31.
E: 1. orthostatische hypotensie (tamsulosine + doxazosine), bijdragend aan valrisico. 2. DM2 met hypo's -> te strak voor leeftijd/kwetsbaarheid. 3. MCI, stabiel.
P: doxazosine stop (overleg uroloog niet nodig, alleen HT-indicatie). Gliclazide stop, HbA1c streef 54-64. Vit D 800 IE. Fysio valpreventie (In Balans) via [[ORGANISATIE|Fysiotherapie Reeshof]]. Nachtlampje, urinaal bij bed. Controle 3 mnd, brief HA dr. [[PERSOON|Van Kessel]].
- [[PERSOON|KvdV]] / aios [[PERSOON|Smits]]`,
  },
  {
    id: 'h3-c16',
    genre: 'email',
    setting: 'ZKH',
    author: 'auteur-h3c',
    text: `Van: [[EMAIL|poli.ouderengeneeskunde@zeeuwsgasthuis.nl]]
Aan: [[EMAIL|info@huisartsenwalcheren-west.nl]]
Datum: [[DATUM|4 juli 2024]] 11:08
Onderwerp: medicatie mw. [[PERSOON|Jobse]] – verschil overzicht

Geachte collega [[PERSOON|Flipse]],

Bij het medicatiegesprek voor opname van uw patiënte mw. [[PERSOON|A. Jobse-Wattel]] (geb. [[DATUM|14-3-1940]], [[ADRES|Noordweg 228]], [[PLAATS|Koudekerke]]) vonden wij een verschil tussen het overzicht van [[ORGANISATIE|Apotheek De Vlissingse Poort]] en wat mevrouw thuis in de baxter heeft:

- acenocoumarol staat nog in het AIS, terwijl apixaban 2dd 2,5 mg volgens ons per [[DATUM|12 april]] is gestart door de cardioloog. Mevrouw heeft beide in huis; wij weten niet zeker of ze beide gebruikt. INR van vanmorgen 3,4.
- temazepam 20 mg staat niet op uw overzicht maar wordt wel verstrekt (voorschrijver dr. [[PERSOON|Huibregtse]], waarneming?).

Wilt u ons laten weten wat het actuele beleid is? Wij hebben acenocoumarol voor nu gestopt en de trombosedienst ([[ORGANISATIE|Trombosedienst Zeeland-Noord]]) geïnformeerd.

Bij vragen ben ik bereikbaar via [[TELEFOON|0118-425 980]], toestel [[ID|5981]].

Met collegiale groet,
dr. [[PERSOON|M. (Mariëlle) Goedegebuure]]
internist ouderengeneeskunde, [[ORGANISATIE|Zeeuws Gasthuis]] [[PLAATS|Vlissingen]]

---
Reactie [[DATUM|4 juli 2024]] 14:51, van [[PERSOON|L. Flipse]]:
Dank! Acenocoumarol had gestopt moeten zijn, is een fout in ons HIS, gecorrigeerd. Temazepam is van de waarnemer ([[PERSOON|Huibregtse]]) tijdens mijn vakantie, bedoeld als 10 tabl. Graag niet doorzetten. Ik bel de apotheek. gr [[PERSOON|Lieke]]`,
  },
  {
    id: 'h3-c17',
    genre: 'mdo',
    setting: 'ZKH',
    author: 'auteur-h3c',
    knownNames: ['Mw. T. (Tsjitske) de Boer-Wiersma'],
    text: `MDO afdeling Geriatrie (A3), wo [[DATUM|19 juni]]
Aanwezig: [[PERSOON|Haitsma]] (klinisch geriater), [[PERSOON|M. Tjeerdsma]] (aios), [[PERSOON|Femke]] (vpk), [[PERSOON|Ruben ter Horst]] (fysio), [[PERSOON|Yvonne]] (ergo), [[PERSOON|S. El Amrani]] (transferverpleegkundige), dr. [[PERSOON|Hylkema]] (psycholoog, tel. aangesloten)

Probleem/situatie
89-jarige vrouw, opgenomen [[DATUM|12/6]] na val met commotio + verwardheid. Woont sinds 2022 in bij dochter [[PERSOON|Wytske]] en schoonzoon in [[PLAATS|Harderwijk]] ([[ADRES|Stationslaan 83]]), daarvoor zelfstandig in [[PLAATS|Sneek]]. Spreekt Fries met dochter; in de war vooral als er Nederlands tegen haar gesproken wordt?

Medisch: CT-cerebrum geen bloeding. Delier ten gevolge van obstipatie/urineretentie (740 ml) + nieuw gestart oxybutynine. Oxy gestopt, CAD eruit op [[DATUM|17-6]], mictie spontaan met residu 90 ml. Delier nagenoeg over. Bekende Alzheimer-dementie, beginnend.
Psycholoog: cognitieve screening nog niet zinvol, over 6 wk poliklinisch (evt in het Fries — vraag [[PERSOON|Hylkema]] zelf Friestalig).
Fysio: loopt met rollator, onzeker, Tinetti 14. Valrisico hoog.
Ergo: dochter geeft aan het niet langer alleen aan te kunnen, werkt nachtdiensten.
Transfer: opties GRZ vs tijdelijk ELV vs direct Wlz. Dochter wil graag "iets in Friesland", bij voorkeur [[ORGANISATIE|Sylvester Hûs]] in [[PLAATS|Joure]] — daar woont ook een zus van mw.

Besluit
- geen GRZ-indicatie (geen duidelijke revalidatiedoelen/leerbaarheid beperkt)
- ELV hoog-complex aanvragen in regio, parallel Wlz-aanvraag bij CIZ
- gesprek met dochter en zoon [[PERSOON|Gerben]] do [[DATUM|20-6]] 15.00 u, door [[PERSOON|Haitsma]]

verslag: [[PERSOON|MT]]`,
  },
  {
    id: 'h3-c18',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h3c',
    text: `[[ORGANISATIE|Ziekenhuis Parkstad-Zuid]] – Neurologie / consult geriatrie
[[ADRES|Henri Dunantstraat 90]], [[POSTCODE|6419 PC]] [[PLAATS|Heerlen]]

Aan: specialist ouderengeneeskunde, [[ORGANISATIE|Verpleeghuis Oranjehof]], [[PLAATS|Schaesberg]]
t.a.v. mw. [[PERSOON|A. Dassen]]
cc huisarts: dr. [[PERSOON|Notermans]], [[PLAATS|Landgraaf]]

Datum: [[DATUM|3-9-2024]]

Ontslagbrief betreffende:
dhr. [[PERSOON|M. Bouzid]], geb. [[DATUM|01-01-1941]]
BSN [[BSN|319 377 337]]
woonadres tot opname: [[ADRES|Pastoor Kuppensstraat 12]], [[POSTCODE|6372 AZ]] [[PLAATS|Landgraaf]]
opname [[DATUM|18-08-2024]] – [[DATUM|03-09-2024]]

Geachte collega,

Wij dragen de zorg aan u over voor dhr. [[PERSOON|Bouzid]], 83 jaar, die werd opgenomen met een groot herseninfarct in het stroomgebied van de a. cerebri media li.

Diagnose: ischemisch CVA li (NIHSS 16 bij opname), e.c.i. cardio-embolisch bij nieuw ontdekt AF.
Restverschijnselen: rechtszijdige hemiplegie, globale afasie, dysfagie (sondevoeding via neusmaagsonde gestart, na overleg met familie PEG NIET geplaatst, zie hieronder).
Overige VG: DM2, HT, 2015 TURP.

Beloop
Geen trombolyse (laat binnen, onbekend tijdstip). Dag 5 apixaban gestart. Logopedie: slikvermogen gering verbeterd, nu dik vloeibaar/gemalen in kleine hoeveelheden met risico op aspiratie. Familiegesprek op [[DATUM|28/8]] met echtgenote mw. [[PERSOON|Fatima Bouzid]], zonen [[PERSOON|Hamid]] en [[PERSOON|Rachid]], dochter [[PERSOON|Naima]], imam dhr. [[PERSOON|Benali]] op verzoek familie aanwezig. Afgesproken: geen PEG, sonde blijft voorlopig (familie wil dit nog niet loslaten), evaluatie over 4 wk in verpleeghuis. Geen reanimatie, geen IC. Heropname alleen bij goed behandelbare oorzaak.

Ontslagmedicatie: apixaban 5 mg 2dd; metformine 500 mg 2dd via sonde (fijngemalen, niet de retard!); atorvastatine 40 mg; paracetamol zetpil 1 g 3dd zn; sondevoeding Nutrison 1500 ml/24 u.

Met collegiale groet,

dr. [[PERSOON|K. Claessens]], neuroloog
[[PERSOON|L. Smeets]], internist ouderengeneeskunde (medebehandelaar)
secr. [[TELEFOON|045 – 576 22 10]]`,
  },
  {
    id: 'h3-c19',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-h3c',
    text: `[[ORGANISATIE|Huisartsenpraktijk Brandevoort]]
[[ADRES|Plaza Brandevoort 8]] · [[POSTCODE|5708 ZZ]] [[PLAATS|Helmond]]
T [[TELEFOON|0492-663 018]] · E [[EMAIL|assistentes@hapbrandevoort.nl]]

Aan: [[ORGANISATIE|GGZ Peelland]], team Ouderenpsychiatrie
t.a.v. aanmelding / triage
[[PLAATS|Helmond]], [[DATUM|21 augustus 2024]]

Betreft: mw. [[PERSOON|H.M. Hendrikx]] ([[PERSOON|Leny]]), geb. [[DATUM|08-11-1942]]
BSN [[BSN|308632655]]
[[ADRES|Mierloseweg 305]], [[POSTCODE|5707 AN]] [[PLAATS|Helmond]]

Geachte collega,

Hierbij verwijs ik mw. [[PERSOON|Hendrikx]] (81) met een depressie die onvoldoende reageert op behandeling in de eerste lijn.

Sinds overlijden van haar man ([[DATUM|december 2023]]) somber, trekt zich terug, eet slecht (-7 kg), slaapt 4 uur. Geen psychotische kenmerken. Doodsgedachten passief ("ik hoef niet meer zo nodig"), geen plannen, geen eerdere pogingen. PHQ-9: 19.
Behandeling: sinds [[DATUM|april]] sertraline, opgehoogd tot 100 mg. Gesprekken POH-GGZ ([[PERSOON|Bianca]]) 6x, weinig effect. Rouwgroep afgehouden.
Somatisch: TSH nl, Hb 8,0, Na 134 (op sertraline), geen aanwijzingen voor maligniteit bij LO; cognitie subjectief minder, MMSE 26/30 (niet uitgebreid getest).
VG: hypothyreoïdie, 2017 CABG, artrose.
Sociaal: woont alleen in eengezinswoning, dochter [[PERSOON|Ingrid]] in [[PLAATS|Deurne]] komt 2x/wk, zoon woont in Zwitserland? — niet geregeld contact. Veel steun aan buurvrouw mw. [[PERSOON|Swinkels]].

Vraag: diagnostiek en behandeladvies (ophogen/switch, evt nortriptyline, ECT?) en of ambulante begeleiding vanuit jullie mogelijk is.

Met vriendelijke groet,
dr. [[PERSOON|S. van Bakel]], huisarts
AGB [[ID|01059923]]`,
  },
  {
    id: 'h3-c20',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h3c',
    knownNames: ['Dhr. M.J. (Maurice) Vandenbroucke'],
    text: `Visite [[ORGANISATIE|Woonzorgcentrum Ter Schorre]], k. 14 – [[DATUM|27 feb]]
S: vz-ende ([[PERSOON|Joyce]]) meldt rode warme li onderbeen sinds gisteren, dhr klaagt over pijn. Eet/drinkt redelijk.
O: [[LEEFTIJD|92]] jr, alert, T 38,1, P 92, RR 128/70. Li onderbeen erytheem ca. 12x8 cm, warm, scherp begrensd, kloofje tussen teen 4-5. Geen crepitaties, geen blaren. Kuit soepel. Re been gb.
E: erysipelas li (S76) uitgaande van intertrigo/mycose
P: flucloxacilline 500 mg 4dd x 10 dgn (slikken lukt, vpk geeft), miconazol crème tussen tenen, been hoog. Contour erytheem afgetekend met stift. Controle ma, eerder bij koorts >39 / uitbreiding. Zoon [[PERSOON|Patrick]] ([[PLAATS|Sas van Gent]]) telefonisch ingelicht.
[[PERSOON|jdj]]`,
  },
  {
    id: 'h3-c21',
    genre: 'overdracht',
    setting: 'ZKH',
    author: 'auteur-h3c',
    knownNames: ['Mw. S. (Shanti) Soekhoe-Biharie'],
    text: `Weekendoverdracht arts-assistent interne, vr [[DATUM|8/11]] -> dienst za/zo

Mw. [[PERSOON|Soekhoe]], 74 jr, k. 6.14, dag 4 opname.
Probleem: diabetische ketoacidose bij nieuw ontdekte DM... nee, bekende DM2 op insuline, uitgelokt door gastro-enteritis. Nu hersteld, insuline sc volgens schema dietiste/DM-vpk. Glucose 6-14.
Aandachtspunten weekend:
- K 3,4 vanochtend, suppletie po gestart, za herhalen
- mw. heeft sterke wens zondag naar huis ivm Diwali-familiebezoek; als glucose stabiel en eet goed: akkoord ontslag zo, brief staat klaar in concept (dr. [[PERSOON|van den Heuvel]] supervisor, heeft akkoord gegeven)
- echtgenoot dhr. [[PERSOON|Rajesh Soekhoe]] haalt op, tel [[TELEFOON|06-10553891]]
- thuis: wijkverpleging [[ORGANISATIE|Wijkteam Groote Wielen]] inlichten voor insulinetoedienen de eerste dagen (overdracht al verstuurd vr... zie pvz)
- code: volledig beleid

Thuisadres ter controle bij ontslag: [[ADRES|Graafseweg 121 bus 3]], [[POSTCODE|5213 AC]] [[PLAATS|'s-Hertogenbosch]]

[[PERSOON|AvS]] / pieper [[ID|7702]]`,
  },
  {
    id: 'h3-c22',
    genre: 'email',
    setting: 'HA',
    author: 'auteur-h3c',
    text: `Van: [[PERSOON|Brinkhorst, E.]] [[EMAIL|e.brinkhorst@huisartsendewaterstraat.nl]]
Aan: dr. [[PERSOON|Lammers]] (geriatrie)
Onderwerp: vraag lab dhr. [[PERSOON|Eggink]]

Beste [[PERSOON|Bart]],

Even via de mail omdat ik je niet te pakken krijg, hoop dat dat ok is. Dhr. [[PERSOON|Eggink]] (geb. [[DATUM|19-7-1935]], [[ADRES|Spittaalstraat 52]] [[PLAATS|Zutphen]]), die jij in [[DATUM|mei]] zag op de poli, heeft nu Hb 6,1 (was 7,4) en ferritine 9. Geen melaena volgens hem, wel moe. Gebruikt ascal en omeprazol.

Scopie nog zinvol? Hij is 88... nee, net 89 geworden. Hij is cognitief goed, fietst nog naar de markt. Zelf neig ik naar MDL-verwijzing, maar jij kent hem beter. IJzer iv of oraal vind ik ook lastig met zijn nierfunctie (eGFR 34).

Groet,
[[PERSOON|Esther Brinkhorst]]
huisarts, [[ORGANISATIE|Huisartsen De Waterstraat]], [[PLAATS|Zutphen]]
[[TELEFOON|0575-514 772]]

> Op [[DATUM|16 okt.]] schreef [[PERSOON|B. Lammers]]:
> Hoi [[PERSOON|Esther]], prima. Eens: graag naar MDL (evt. via mij regelen, dan plannen we het bij de gecombineerde poli). Start ferrofumaraat 200 mg om de dag, dat wordt beter verdragen. Ascal kan bij hem stoppen, primaire preventie. Hb over 4 wk. Groet, [[PERSOON|Bart]]
> [[PERSOON|Bart Lammers]] | internist ouderengeneeskunde | [[ORGANISATIE|Ziekenhuis Berkelstroom]]`,
  },
  {
    id: 'h3-c23',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-h3c',
    text: `ZorgDomein – verwijzing Valpolikliniek
Naar: [[ORGANISATIE|Markiezaat Ziekenhuis]] [[PLAATS|Breda]], poli geriatrie
Verwijzer: [[PERSOON|T. Bogers]], huisarts, [[ORGANISATIE|Praktijk Princenhage]], AGB [[ID|01022871]]
Datum: [[DATUM|2025-03-12]]

Patiënt: mw. [[PERSOON|A.C. van Dongen-Schellekens]], geb. [[DATUM|1930-06-22]]
BSN [[BSN|366100749]]
Adres: [[ADRES|Haagweg 411]], [[POSTCODE|4814 GH]] [[PLAATS|Breda]]

Reden verwijzing
[[LEEFTIJD|94]]-jarige, zelfstandig wonend, 4 valpartijen in half jaar, laatste [[DATUM|2 maart]] met polsfractuur re (gips SEH). Valt vooral 's avonds, "benen zakken weg". Geen wegrakingen volgens haar, maar niet zeker (woont alleen).

Bekend: AF op edoxaban, HT, hartfalen (EF 45%), osteoporose (sinds 2019 alendronaat, inmiddels gestopt), maculadegeneratie, slechthorend bdz.
Med: edoxaban 30 mg, bisoprolol 2,5 mg, furosemide 40 mg, spironolacton 25 mg, oxazepam 10 mg a.n., calcium/vit D.

Bevindingen: RR zittend 132/74, staand 110/66 met duizeligheid. Pols 58 reg. Loopt met stok, breed gangspoor. Romberg onzeker. Tinetti niet gedaan.

Vraagstelling: valanalyse, medicatiereview (oxazepam, diuretica, bradycardie?), evt osteoporosebeleid herstarten?
Overige: nichtje mw. [[PERSOON|Petra Oomen]] is contactpersoon, [[TELEFOON|06-22416099]]; mw. wil zelf graag thuis blijven in [[PLAATS|Princenhage]]. Vervoer: regiotaxi.

m.vr.gr. [[PERSOON|Bogers]]`,
  },
  {
    id: 'h3-c24',
    genre: 'ontslagbrief',
    setting: 'VVT',
    author: 'auteur-h3c',
    text: `[[ORGANISATIE|Revalidatiecentrum Maasveld]] — GRZ
[[ADRES|Rijksweg Zuid 220]], [[POSTCODE|6134 AD]] [[PLAATS|Sittard]]

Aan: huisarts [[PERSOON|M. Wijnen]], [[ORGANISATIE|Huisartsenpraktijk Born]], [[PLAATS|Born]]

[[DATUM|17 april 2025]]

Ontslagbrief dhr. [[PERSOON|T. Lewandowski]], geb. [[DATUM|29-02-1956]]
[[ADRES|Holtumerweg 8a]], [[POSTCODE|6121 RM]] [[PLAATS|Born]]
BSN [[ID|261267372]] (let op: BSN uit verwijzing ZKH klopt niet, opgevraagd bij patiënt)
GRZ-opname [[DATUM|20-03]] t/m [[DATUM|17-04]]

Beste collega,

Dhr. [[PERSOON|Lewandowski]] (69) revalideerde bij ons na een TKP re ([[DATUM|14-03]], [[ORGANISATIE|Ziekenhuis Westelijke Mijnstreek]]), gecompliceerd door een postoperatief delier bij alcoholonttrekking.

Beloop kort:
- onttrekking behandeld volgens protocol (chloordiazepoxide, thiamine), per [[DATUM|27/3]] afgebouwd. Wernicke-encefalopathie niet aanwezig. Dhr. is gemotiveerd om te stoppen, contact gelegd met verslavingszorg (afspraak [[DATUM|2 mei]]).
- knie: flexie 95°, extensie -5°, loopt zonder hulpmiddel binnen, met 1 kruk buiten. Zelfstandig trap.
- lever: gamma-GT 312 -> 140, echo lever: steatose.
- stemming wisselend, dochter [[PERSOON|Katarzyna]] woont in [[PLAATS|Geleen]], belt dagelijks.

Medicatie: thiamine 100 mg 1dd (3 mnd), paracetamol 1 g 3dd zn, nadroparine gestopt [[DATUM|11-04]], foliumzuur 0,5 mg.
Afspraken: fysio eerstelijns 2x/wk, controle orthopedie [[DATUM|5 mei]]. Graag leverenzymen over 3 mnd.

Met vriendelijke groet,
[[PERSOON|B. Muijtjens]], specialist ouderengeneeskunde
[[TELEFOON|046-4377 500]]`,
  },
];
