import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd6-a13',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-d6a',
    text: `[[ORGANISATIE|Huisartsenpraktijk Bakker & Schuitemaker]]
[[ADRES|Nieuwstraat 9]], [[POSTCODE|1671 BD]] [[PLAATS|Medemblik]]

Aan: polikliniek Cardiologie, [[ORGANISATIE|Ziekenhuis Hoornse Kogge]]
Datum: [[DATUM|13.05.2024]]

Betreft: dhr. [[PERSOON|Cornelis (Kees) Dekker]], geb. [[DATUM|19-01-1934]]
[[ADRES|Kerkweg 17]], [[POSTCODE|1679 GH]] [[PLAATS|Opperdoes]], tel. [[TELEFOON|0227-543218]]
Zilveren Kruis, polisnr. [[ID|183922047]]

Collega,

Graag uw beoordeling van deze [[LEEFTIJD|90]]-jarige, vitale man die met zijn echtgenote zelfstandig woont.

Vraagstelling: syncope eci? Pacemakerindicatie?

Anamnese: 2x wegraking in 3 wk, kortdurend, zonder prodromen, 1x op de fiets onderweg naar de Jumbo. Geen tongbeet, geen incontinentie. Sinds een half jaar toenemend moe.
VG: hypertensie, TIA 2017, staar bdz geopereerd, jicht.
Medicatie: amlodipine 10 mg, acetylsalicylzuur 80 mg, allopurinol 100 mg; metoprolol 50 mg (sinds [[DATUM|feb. 2024]]) door mij gestopt op [[DATUM|10/5]].
LO: RR 152/70 zittend, 138/68 staand, pols 44 regulair. ECG (bijgevoegd): sinusbradycardie 44/min, AV-blok 1e graad, RBTB. Lab: Hb 8,4, Na 139, K 4,6, TSH nl.

Pt. en echtgenote [[PERSOON|Grietje]] willen behandeling als dat zinvol is; pt. wil "nog jaren mee". Rijdt geen auto meer. Graag op korte termijn (binnen 2 wk). Bij nieuwe wegraking heb ik geadviseerd 112 te bellen.

Met vriendelijke groet,

[[PERSOON|M. Schuitemaker]], huisarts, AGB [[ID|01089347]]
[[ORGANISATIE|Huisartsenpraktijk Bakker & Schuitemaker]]
[[EMAIL|praktijk@bakkerschuitemaker-medemblik.nl]]`,
  },
  {
    id: 'd6-a14',
    genre: 'soep',
    setting: 'VVT',
    author: 'auteur-d6a',
    knownNames: ['Mw. H. (Hiltje) van der Wal'],
    text: `SO-consult [[ORGANISATIE|Zorgcentrum De Tjongerwei]], [[PLAATS|Heerenveen]], afd. Somatiek 1
[[DATUM|2025-01-28]] – [[PERSOON|F. Zijlstra]], SO

S: Op verzoek EVV [[PERSOON|Marrit]] ivm pijn re knie en minder mobiel sinds 3 dgn. Mw. ([[LEEFTIJD|96]]) zegt "het is de ouderdom, dokter". Geen val gezien of gemeld. Slaapt onrustig.
O: Alert, iets suf. Re knie warm, gezwollen, hydrops +, pijnlijk bij flexie > 60 gr. Huid niet rood. T 37,8. RR 128/70, pols 84.
Bekend: artrose, chondrocalcinose op X-knie 2022, CKD 3b (eGFR 34).
Lab [[DATUM|27/1]]: CRP 64, leuco 10,9, urinezuur 0,38.
E: Artritis re knie, waarschijnlijk pseudojicht (CPPD), septische artritis minder waarschijnlijk maar niet uitgesloten.
P:
- overleg reumatoloog [[ORGANISATIE|Ziekenhuis Heideburg]]: punctie knie morgen op de poli, vervoer door zoon [[PERSOON|Bauke]] ([[TELEFOON|06-38827419]])
- paracetamol 1 g 3dd, koud pack; geen NSAID's ivm nierfunctie
- ev. prednisolon na punctie
- fysio: bed-stoel mobilisatie, valpreventie
- mw. wil wel poli, geen opname (conform behandelafspraken [[DATUM|11-03-2024]]); familie geïnformeerd
Evaluatie vrijdag [[DATUM|31 jan]].
/[[PERSOON|FZ]]`,
  },
  {
    id: 'd6-a15',
    genre: 'mdo',
    setting: 'GGZ',
    author: 'auteur-d6a',
    knownNames: ['Dhr. K. (Karim) Al-Khatib'],
    text: `FACT-bespreking – [[ORGANISATIE|GGZ Noorderamstel]], FACT [[PLAATS|Slotervaart]]
Datum: woensdag [[DATUM|16 oktober 2024]]
Aanwezig: psychiater [[PERSOON|E. Sewdien]], casemanager [[PERSOON|Bart Vos]], ervaringsdeskundige [[PERSOON|Kim]], GZ-psycholoog [[PERSOON|N. Lewandowska]], IPS-trajectbegeleider [[PERSOON|Roel]], notulen [[PERSOON|AvO]]

Client: dhr. [[PERSOON|Al-Khatib]] (38), Syrische achtergrond, sinds 2016 in NL. Schizofrenie en PTSS. Woont zelfstandig, [[ADRES|Pieter Calandlaan 540-2]].

1. Depot: paliperidon 150 mg/4 wk, laatste [[DATUM|02-10]], volgende [[DATUM|30-10]]. Gewichtstoename 6 kg in half jaar, BMI 31. Psychiater: metabole screening, overwegen aripiprazol-depot. Cl. wil zelf "minder dik worden".
2. PTSS: nachtmerries 4x/wk. GZ-psycholoog stelt EMDR voor, cl. twijfelt nog. Broer [[PERSOON|Samir]] moedigt aan.
3. Werk: via IPS 2 ochtenden stage bij [[ORGANISATIE|Drukkerij Van Tijen]], loopt goed, werkgever tevreden.
4. Financiën: schulden ca. 4000 euro, aanmelding schuldhulpverlening via gemeente [[PLAATS|Amsterdam]] loopt. Uitkering ongewijzigd.
5. Risico: geen signalen van terugval. Huisbezoek 1x/2 wk blijft. Opschalen naar bed-op-recept niet nodig.

Acties:
- [[PERSOON|BV]] plant EMDR-kennismaking i.o.m. cl.
- psychiater: lab + ECG, bespreekt depotwissel op [[DATUM|30 okt]]
- [[PERSOON|Roel]] evalueert stage met werkgever
Volgende bespreking over 3 mnd.`,
  },
  {
    id: 'd6-a16',
    genre: 'email',
    setting: 'GGZ',
    author: 'auteur-d6a',
    text: `Van: [[EMAIL|m.hadderingh@ggzhunzeland.nl]]
Aan: [[EMAIL|vinkhuizen@wijkteamsstad050.nl]]
Verzonden: [[DATUM|17-04-2025]] 16:48
Onderwerp: RE: zorgen om mevr. [[PERSOON|Ramdin]] (toestemming aanwezig)

Beste [[PERSOON|Jorien]],

Dank voor je mail van gisteren. Met toestemming van mw. [[PERSOON|Ramdin]] (getekend [[DATUM|9-4]]) deel ik het volgende.

Mw. is bij ons in behandeling bij team Angst & Stemming voor een depressieve stoornis. Ze is de laatste 2 afspraken niet verschenen en neemt de telefoon niet op. Jij schrijft dat de buurvrouw (mw. [[PERSOON|Dijkema]]) haar al een week niet heeft gezien en dat de brievenbus vol zit. Dat baart ons ook zorgen.

Voorstel:
- morgen (vrijdag [[DATUM|18/4]]) gezamenlijk huisbezoek om 10:00, [[ADRES|Siersteenlaan 188]]
- wordt er niet opengedaan, dan [[ORGANISATIE|Woonstichting Het Stadsdak]] bellen voor de sleutel, zo nodig politie erbij
- zoon [[PERSOON|Ravi]] woont in [[PLAATS|Almere]] ([[TELEFOON|06-44190287]]), ik bel hem vanavond nog

Wil je even bevestigen of 10:00 lukt? Bellen kan ook op [[TELEFOON|050-3196611]] (direct).

Hartelijke groet,

[[PERSOON|Marieke Hadderingh]]
GZ-psycholoog / regiebehandelaar
[[ORGANISATIE|GGZ Hunzeland]], [[PLAATS|Groningen]]

-----Oorspronkelijk bericht-----
Van: [[PERSOON|Jorien Kuipers]]
Verzonden: woensdag [[DATUM|16 april 2025]] 11:02
Onderwerp: zorgen om mevr. [[PERSOON|Ramdin]]

Hoi [[PERSOON|Marieke]], buurvrouw belde ons, mw. al een week niet gezien, gordijnen dicht. Weet jij meer? Gr. [[PERSOON|Jorien]] (wijkteam [[PLAATS|Vinkhuizen]])`,
  },
  {
    id: 'd6-a17',
    genre: 'overdracht',
    setting: 'VVT',
    author: 'auteur-d6a',
    knownNames: ['Dhr. W. (Wiebe) Hylkema'],
    text: `Verpleegkundige overdracht bij overplaatsing
Van: [[ORGANISATIE|Zorgcentrum Almenum]], locatie [[ORGANISATIE|De Skipperstún]], [[PLAATS|Harlingen]], kamer 08
Naar: SEH [[ORGANISATIE|Sint Bonifatius Gasthuis]] ([[ORGANISATIE|SBG]]), [[PLAATS|Leeuwarden]]
Datum/tijd: [[DATUM|21-06-2024]] 06:20

Cliënt: dhr. [[PERSOON|W. Hylkema]], geb. [[DATUM|02-12-1931]] ([[LEEFTIJD|92]] jr), BSN [[BSN|786.579.754]], clientnr. [[ID|40031]]
Contactpersoon 1: dochter [[PERSOON|Geeske Hylkema]], [[TELEFOON|06-12093385]]; 2: schoonzoon [[PERSOON|Hendrik Wouda]]
SO: dr. [[PERSOON|M. Bergsma]]

Reden: 's nachts (04:50) gevallen op kamer, pijn li heup, been verkort en in exorotatie. Vermoedelijk heupfractuur.

VG: vasculaire dementie, AF (Eliquis 2,5 mg 2dd, laatste dosis gisteren 20:00!), hartfalen, slechthorend.
Wilsverklaring: NR (besproken [[DATUM|3 mei 2023]]), wel ziekenhuisopname/operatie bij fractuur.
Communicatie: spreekt Fries, begrijpt NL minder bij pijn of onrust. Eerder delirant geweest (2022).
ADL: loopt normaal met rollator onder toezicht, helpt mee bij wassen, incontinent urine (Tena Slip M).
Voeding: normale consistentie, dranken niet ingedikt.
Huid: decubitus cat. 1 hiel re, Mepilex Heel.
Vitale waarden 05:15: RR 158/92, P 96 irr, T 36,6, sat 94%, NRS 8. Paracetamol 1000 mg gegeven om 05:20.
Meegegeven: medicatieoverzicht [[ORGANISATIE|Apotheek Zuiderhaven]], kopie wilsverklaring, hoortoestel re, bril.

Overdracht door [[PERSOON|Anouk Visser]], vpk nachtdienst, tel. afdeling [[TELEFOON|0517-412390]]`,
  },
  {
    id: 'd6-a18',
    genre: 'rapportage',
    setting: 'GGZ',
    author: 'auteur-d6a',
    knownNames: ['Mw. M. (Monique) Tjon A Fong'],
    text: `Rapportage beschermd wonen [[ORGANISATIE|De Brede Weid]], [[PLAATS|Assendelft]]

[[DATUM|12/02]] 09:40 – [[PERSOON|Monique]] op tijd op, medicatie onder toezicht ingenomen (quetiapine, Depakine). Klaagt over hoofdpijn, paracetamol 500 mg gegeven. Naar dagbesteding [[ORGANISATIE|Atelier 't Schuurtje]] in [[PLAATS|Westzaan]]. - [[PERSOON|mvd]]

[[DATUM|12/02]] 17:15 – Terug van atelier. Begeleider daar ([[PERSOON|Aafke]]) belde: M. was prikkelbaar, ruzie met medecliënt. Hier ook kortaf, wilde niet mee-eten, at op kamer 3. Geen agressie. - [[PERSOON|TdW]]

[[DATUM|13/02]] 00:30 – Nacht: mw. loopt op de gang, kan niet slapen, "mijn moeder praat tegen me". Gesprek 20 min. Zn lorazepam 1 mg om 00:45 na overleg met dienstdoend arts dr. [[PERSOON|Kromodimedjo]]. Om 01:30 slapend. - [[PERSOON|J. Nowak]]

[[DATUM|13/02]] 10:20 – Uitgeslapen, niet naar atlier. Signaleringsplan erbij gepakt: slecht slapen + stem moeder = fase 2 (oranje). Volgens plan casemanager [[PERSOON|Ilse Hoogland]] ([[ORGANISATIE|GGZ Zaanvliet]]) gebeld, komt morgen. Mw. belt zelf met zus, [[PERSOON|rosita]] komt vanavond. - [[PERSOON|mvd]]

[[DATUM|13-2]] 16:00 – Rustiger. Met PB'er [[PERSOON|Maaike]] boodschappen gedaan bij de Albert Heijn, wilde zelf koken (bami). Afgesproken vroeg naar bed. Hoofdpijn weg. Zus geweest, gezellig. - [[PERSOON|mvd]]`,
  },
  {
    id: 'd6-a19',
    genre: 'crisis',
    setting: 'ZKH',
    author: 'auteur-d6a',
    knownNames: ['Mw. J. (Jildou) Postma'],
    text: `SEH [[ORGANISATIE|Sint Bonifatius Gasthuis]] – psychiatrisch consult (spoed)
zo [[DATUM|6 april 2025]] 03:10
Aanvrager: SEH-arts [[PERSOON|B. de Graaf]]
Consulent: dr. [[PERSOON|H. Tuinstra]], psychiater dienst [[ORGANISATIE|GGZ Mieden]]

Reden: 19-jarige vrouw, per ambulance binnengebracht na inname van ca. 20 tabl. paracetamol 500 mg + alcohol rond 22:30. Gevonden door huisgenote [[PERSOON|Noor]] in studentenhuis, [[ADRES|Nieuwestad 91-3]], [[POSTCODE|8911 CR]] [[PLAATS|Leeuwarden]].
Somatisch: paracetamolspiegel 4 u na inname boven de behandellijn, NAC gestart 00:15. Leverwaarden nl. Opname interne, afd. A2.

Psychiatrisch onderzoek: helder, georiënteerd, huilerig. Aanleiding: relatiebreuk en studievertraging (2e jaar verpleegkunde, [[ORGANISATIE|Hogeschool Middelsee]]). Noemt het "impulsief", heeft spijt, wil leven. Eerder krassen onderarmen, in 2023 behandeld bij [[ORGANISATIE|Jeugd-GGZ De Sylage]]. Geen psychotische verschijnselen, geen manie. Ontkent actuele suïcidale gedachten, geen plan. Moeder, mw. [[PERSOON|A. Postma-Brouwer]], is onderweg vanuit [[PLAATS|Burgum]].

Conclusie: impulsieve suïcidepoging bij emotieregulatieproblemen; acuut risico thans laag tot matig. Beschermend: familie, toekomstplannen, hulpvraag.

Beleid:
- somatische opname, geen psychiatrische opname nodig
- geen Wvggz-maatregel
- morgen herbeoordeling consultatieve psychiatrie
- veiligheidsplan met mw. en moeder
- na ontslag via HA naar GGZ; studentenpsycholoog inlichten met toestemming
Bereikbaar via dienst psychiatrie [[TELEFOON|058 - 284 60 00]]
/[[PERSOON|HT]]`,
  },
  {
    id: 'd6-a20',
    genre: 'begeleiding',
    setting: 'HA',
    author: 'auteur-d6a',
    knownNames: ['Dhr. L. (Lei) Houben'],
    text: `POH-GGZ contact 4 – [[ORGANISATIE|Huisartsen Veendam-West]]
[[DATUM|24-09-2024]] – POH-GGZ [[PERSOON|E. Wubs]]

Dhr. [[PERSOON|Houben]], 67 jr, oorspronkelijk uit [[PLAATS|Kerkrade]], sinds pensioen in [[PLAATS|Veendam]]. Verwezen door HA dr. [[PERSOON|Smeets]] ivm rouw na overlijden van echtgenote [[PERSOON|Mia]] afgelopen voorjaar.

Sinds vorig contact: slaapt iets beter (5-6 u), loopt dagelijks een rondje. Gaat weer naar het koor ([[ORGANISATIE|Veenkoloniaal Mannenkoor]]). Eet vaak kant-en-klaar. Dochter [[PERSOON|Anja]] komt 1x/wk uit [[PLAATS|Maastricht]].

Besproken:
- rouwtaken (Worden), m.n. het aanpassen aan een leven zonder haar
- schuldgevoel: "had ik eerder moeten zien dat ze ziek was"
- PHQ-9: 12 (vorige keer 17)
- alcohol: 2-3 glazen wijn per avond, bespreekbaar gemaakt; eigen doel max 1 glas, niet elke dag
- geen suicidale gedachten, wel "soms geen zin meer in de dag"

Afspraken:
- dhr. schrijft een brief aan [[PERSOON|Mia]] (opdracht), neemt die mee
- volgende keer [[DATUM|8 oktober]] 10:30
- informatie rouwgroep van [[ORGANISATIE|Stichting Lichtpunt Veenkoloniën]] meegegeven
- bij toename somberheid of alcohol: terug naar HA
/[[PERSOON|EW]]`,
  },
  {
    id: 'd6-a21',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-d6a',
    text: `[[ORGANISATIE|Ziekenhuis Hoornse Kogge]] – vakgroep Orthopedie

Aan: specialist ouderengeneeskunde, afd. GRZ, [[ORGANISATIE|Zorgcentrum Lindehoeve]], [[ADRES|Middenweg 150]], [[POSTCODE|1619 BP]] [[PLAATS|Andijk]]
Kopie: huisarts [[PERSOON|Groot, T. de]], [[PLAATS|Wervershoof]]

[[PLAATS|Hoorn]], [[DATUM|3 juni 2024]]
Betreft: mw. [[PERSOON|L.M. Soetanto-Kramer]], geb. [[DATUM|17 september 1939]], pat.nr. [[ID|3309841]], BSN [[BSN|432319487]]

Geachte collega,

Mw. (84) werd opgenomen op [[DATUM|27-05]] na een val thuis met een mediale collumfractuur re. Op [[DATUM|28-05-2024]] hemi-artroplastiek re heup.

Beloop: postoperatief ongecompliceerd, kortdurend delirant in nacht 1-2, daarna herstellend. Hb postop 6,4 mmol/l, 1 EC gegeven. Wond droog; agrafes verwijderen op [[DATUM|11/6]] (dag 14). Mobilisatie: met looprek 10 m onder begeleiding, volledig belasten toegestaan.
Tromboseprofylaxe: nadroparine 2850 IE tot [[DATUM|25 juni]].
Pijn: paracetamol 1 g 4dd, oxycodon 5 mg zn max 3dd.

VG: osteoporose (onbehandeld), hypothyreoïdie, cataract.
Advies: start osteoporosebehandeling na DEXA (poli [[DATUM|15 juli]]); vit D en calcium gestart. Valanalyse tijdens revalidatie.

Sociaal: weduwe, woont alleen in [[PLAATS|Wervershoof]]. Zoon [[PERSOON|Rudy Soetanto]] ([[TELEFOON|06-51773902]]) is 1e contactpersoon. Doel: terug naar huis na revalidatie.

Controle: poli orthopedie over 6 wk bij dr. [[PERSOON|Dubbeldam]], X-heup vooraf.

Met vriendelijke groet,

[[PERSOON|K. Dubbeldam]], orthopedisch chirurg
[[PERSOON|S. van 't Hof]], physician assistant
tel. secretariaat [[TELEFOON|0229-257300]]`,
  },
  {
    id: 'd6-a22',
    genre: 'verwijzing',
    setting: 'GGZ',
    author: 'auteur-d6a',
    text: `Verwijsbrief

Van: [[ORGANISATIE|GGZ Mieden]], team Basis-GGZ [[PLAATS|Joure]]
Aan: [[ORGANISATIE|Verslavingskliniek De Feanster]], afdeling intake, [[ADRES|Feanwei 3]], [[POSTCODE|9244 XE]] [[PLAATS|Beetsterzwaag]]
Datum: [[DATUM|16-10-2024]]

Betreft: dhr. [[PERSOON|Tomasz Zieliński]], geb. [[DATUM|05.03.1986]]
[[ADRES|Midstraat 62a]], [[POSTCODE|8501 AP]] [[PLAATS|Joure]], [[TELEFOON|+31 6 2840 1176]]
BSN (volgens aanmelding) [[ID|285119463]]

Geachte collega's,

Graag verwijs ik dhr. voor klinische detox en aansluitend behandeling van alcoholafhankelijkheid.

Dhr. (38) heeft de Poolse nationaliteit, woont sinds 2012 in NL en werkt via een uitzendbureau bij [[ORGANISATIE|Vleesverwerking Haskerland]]. Woont met 3 collega's; partner en dochter wonen in Polen.
Alcohol: 15-20 E/dag (wodka, bier), sinds 2 jaar dagelijks, ochtenddrinken. AUDIT 31. Tweemaal onthoudingsinsult ([[DATUM|juni 2023]] en [[DATUM|12-08-2024]], beide SEH [[ORGANISATIE|Ziekenhuis Heideburg]]). Poliklinische detox via HA mislukt.
Psychisch: somber, veel schaamte, geen psychose; passieve doodsgedachten zonder plan.
Somatisch: gamma-GT 412, ALAT 88, MCV 104.
Motivatie: hoog, werkgever dreigt met ontslag; leidinggevende dhr. [[PERSOON|De Jong]] steunt opname.
Taal: Pools, redelijk Engels, weinig Nederlands; tolk gewenst bij intake.

Medicatie: thiamine 100 mg 1dd, omeprazol 20 mg 1dd, oxazepam 10 mg zn (!).

Met vriendelijke groet,

[[PERSOON|Doutzen Rinsma]], verpleegkundig specialist GGZ, BIG [[ID|79055123416]]
[[ORGANISATIE|GGZ Mieden]], [[PLAATS|Joure]]
[[EMAIL|d.rinsma@ggzmieden.nl]] – [[TELEFOON|0513 48 22 10]]`,
  },
  {
    id: 'd6-a23',
    genre: 'soep',
    setting: 'ZKH',
    author: 'auteur-d6a',
    knownNames: ['Dhr. P.J.M. (Piet) Vencken'],
    text: `Consult klinische geriatrie – [[ORGANISATIE|IJgasthuis]], afd. Longziekten 5B
vr [[DATUM|10 jan. 2025]]
Aanvrager: longarts dr. [[PERSOON|Ramlal]]. Vraag: delier? beleid?

S: dhr. [[PERSOON|Vencken]], [[LEEFTIJD|97]] jr, opgenomen [[DATUM|7/1]] met pneumonie. Volgens verpleging sinds gisteravond onrustig, plukt aan infuus, wil "naar huis, naar de [[PLAATS|Watergraafsmeer]]". Hetero-anamnese nicht [[PERSOON|Wilma Vencken]] (tel.): thuis licht vergeetachtig, woont zelfstandig [[ADRES|Middenweg 401-hs]], thuiszorg 2x/dag ([[ORGANISATIE|Thuiszorg Amstelrand]]), nooit eerder delirant.
O: wisselend alert, aandacht gestoord (maanden terug niet), gedesorienteerd in tijd. 4AT 9. Geen focale neurologie. Bladderscan 650 ml. Obstipatie 4 dgn. PAINAD 3.
Medicatie o.a.: oxazepam 10 mg a.n. (thuis), codeïne (hoestprikkel).
E: delier, multifactorieel: pneumonie, urineretentie, obstipatie, sederende medicatie.
P:
1. verblijfskatheter, herbeoordelen na 48 u
2. Movicolon 2dd, klysma als er vandaag geen defecatie is
3. stop codeïne; oxazepam afbouwen, niet abrupt
4. haloperidol 0,5 mg max 2dd, alleen bij angst of gevaar
5. bril en gehoorapparaat op, familie laten komen, klok/kalender, mobiliseren
6. NR-verklaring aanwezig ([[DATUM|2022-06-14]], via HA [[PERSOON|De Wit]]); besproken met nicht, geen IC.
Geriatrie volgt mee.
[[PERSOON|A.F. Jeurissen]], klinisch geriater, sein [[ID|3318]]`,
  },
  {
    id: 'd6-a24',
    genre: 'mdo',
    setting: 'HA',
    author: 'auteur-d6a',
    knownNames: ['Mw. J. (Jantje) Bolhuis'],
    text: `MDO Ouderenzorg – [[ORGANISATIE|Praktijk Aan 't Damsterdiep]], [[PLAATS|Appingedam]]
Datum: [[DATUM|11 maart 2025]]
Deelnemers: HA [[PERSOON|J. Mulder]], POH-ouderen [[PERSOON|Gea Wiersma]], wijkverpleegkundige [[PERSOON|Sanne Jager]] ([[ORGANISATIE|Thuiszorg Fivelboezem]]), casemanager dementie [[PERSOON|Hennie Prins]], SO [[PERSOON|K. Haaijer]] (consultatief, [[ORGANISATIE|Zorgcentrum Het Olderloug]])

Casus: mw. [[PERSOON|Bolhuis]], [[LEEFTIJD|90]] jr, woont alleen in [[PLAATS|Tjamsweer]]. Dementie (dx [[DATUM|nov. 2023]]), DM2 met insuline.
Probleem: toenemende zelfverwaarlozing, insulinegebruik onbetrouwbaar (hypo's op [[DATUM|28/2]] en [[DATUM|5/3]]), laat thuiszorg soms niet binnen. 's Nachts onrustig, buurman [[PERSOON|Dolf]] belt vaak.

Besproken:
- zorgzwaarte: Wlz-indicatie lijkt passend, casemanager vraagt aan bij CIZ
- insuline: omzetten naar 1x daags langwerkend (Toujeo), toegediend door thuiszorg; streefwaarden 8-15, geen strakke regulatie meer
- veiligheid: gasfornuis laten afsluiten, warme maaltijd laten bezorgen
- familie: zoon [[PERSOON|Jakob]] in [[PLAATS|Delfzijl]] wil geen opname, "moeder wil thuis blijven"; dochter [[PERSOON|Alie]] (Canada) telefonisch akkoord met Wlz-aanvraag
- voorkeur bij opname: [[ORGANISATIE|Het Olderloug]]
- ACP: geen ziekenhuisopname bij pneumonie, wel bij fractuur; vastgelegd in HIS

Acties:
- [[PERSOON|HP]]: Wlz-aanvraag
- [[PERSOON|SJ]]: insulineschema thuiszorg
- HA: huisbezoek over 2 wk
Volgend MDO: [[DATUM|6 mei]]`,
  },
];
