import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h4-b01',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h4b',
    text: `VERPLEEGKUNDIGE ONTSLAGBRIEF
[[ORGANISATIE|Ziekenhuis Maasdal]] - locatie [[PLAATS|Venlo]]
Afd. Traumatologie/Geriatrie, 5 Oost
Transferpunt: [[TELEFOON|077 - 320 45 00]] toestel [[ID|4417]]

Aan: verpleeghuis [[ORGANISATIE|De Kloosterhof]], afd. Somatiek 1, t.a.v. EVV-er
Cc: huisarts

Patiënt: mw. [[PERSOON|W.M.J. (Wilhelmina) Peeters-van Kessel]]
Geb.datum: [[DATUM|03-11-1931]] ([[LEEFTIJD|93]] jr)
BSN: [[BSN|869934673]]      Pat.nr.: [[ID|7204518]]
Adres: [[ADRES|Kloosterstraat 41]], [[POSTCODE|5932 AB]] [[PLAATS|Tegelen]]
Opname: [[DATUM|14-02]]     Ontslag: [[DATUM|27-02]]
Huisarts: [[PERSOON|W. Janssen]], [[ORGANISATIE|Huisartsenpraktijk De Munt]], [[PLAATS|Tegelen]], tel. [[TELEFOON|077-3731122]]
1e contactpersoon: dochter [[PERSOON|Marianne Thijssen-Peeters]], [[TELEFOON|06-41873320]]
2e contactpersoon: zoon [[PERSOON|Jos]] (woont in [[PLAATS|Zwolle]]), [[TELEFOON|06 29 11 84 07]]

Reden opname
Val thuis in de keuken op [[DATUM|14 februari]], mediale collumfractuur li. Op [[DATUM|15-02]] kop-halsprothese geplaatst door dr. [[PERSOON|Hoebers]], orthopeed.

Voorgeschiedenis
Atriumfibrilleren, DM type 2, ziekte van Parkinson sinds 2016, glaucoom, lichte cognitieve stoornis (MMSE 22/30 in 2022).

Beloop
Postop. delier dag 2 t/m 4 (DOS max 7), behandeld met haloperidol 0,5 mg 2dd, gestopt per [[DATUM|21-02]]. Sindsdien helder, wel snel vermoeid en 's middags wat verward. Hb bij ontslag 6,4. Geen koorts meer, laatste temp. 37,2.

Verpleegkundige aandachtspunten
- Mobiliteit: loopt met rollator onder begeleiding van 1, transfers met hulp van 1. Barthel 9/20. Fysio adviseert dagelijks oefenen, antiluxatie-instructies meegegeven (geen lage stoel!).
- Wond: li heup droog en rustig, Aquacel Surgical verschonen bij lekkage. Agraven verwijderen op [[DATUM|1 maart]].
- Uitscheiding: overdag continent, 's nachts Tena Slip Plus. Laatste defecatie [[DATUM|26-02]], movicolon 1dd.
- Voeding: gewone consistentie, eet matig, drinkt 2x per dag Nutridrink. Gewicht 58 kg.
- Medicatie: Parkinson-medicatie stipt op tijd geven (8-12-16-20 uur)! Zie bijgevoegd medicatieoverzicht.
- Communicatie: slechthorend, hoorapparaat re. Wil graag [[PERSOON|Mien]] genoemd worden, dus niet mevrouw [[PERSOON|Peeters]].

Beleid
NR-beleid, geen IC/beademing, besproken op [[DATUM|16-02]] met pt. en dochter.

Afspraken
Controle poli orthopedie over 6 weken met X-heup, oproep volgt per post.

Met vriendelijke groet,

[[PERSOON|Ellen Verstappen]]
transferverpleegkundige
[[EMAIL|transferpunt@maasdal-zkh.nl]]`,
  },
  {
    id: 'h4-b02',
    genre: 'overdracht',
    setting: 'ZKH',
    author: 'auteur-h4b',
    text: `Verpleegkundige overdracht naar hospice

Van: [[ORGANISATIE|Dommelstroom Ziekenhuis]] [[PLAATS|Eindhoven]], afd. Longziekten C4
Naar: [[ORGANISATIE|Hospice De Populier]], [[ADRES|Populierenlaan 2]], [[POSTCODE|5581 GE]] [[PLAATS|Waalre]]
Datum overplaatsing: vr [[DATUM|8 maart]], vervoer ambulance 14.00 uur (liggend)

Dhr. [[PERSOON|A.C. (Toon) van de Ven]], geb. [[DATUM|22-07-1938]], BSN [[BSN|222563357]]
Woonadres: [[ADRES|Heuvelstraat 17a]], [[POSTCODE|5591 BL]] [[PLAATS|Heeze]]
Huisarts: [[PERSOON|M. Schellekens]], [[ORGANISATIE|Gezondheidscentrum Heeze-Leende]]
Contactpersoon: echtgenote [[PERSOON|Riek van de Ven]] (86), [[TELEFOON|040-2261907]]; dochter [[PERSOON|Ans]] [[TELEFOON|06-53019982]]

Diagnose: NSCLC stadium IV met hersen- en botmeta's, geen tumorgerichte behandeling meer (besluit [[DATUM|28 februari]] met longarts dr. [[PERSOON|Yilmaz]]).
Beleid: palliatief, NR, geen ziekenhuisopname meer. Verklaring niet-reanimeren aanwezig.

Symptomen
- Dyspnoe: O2 2 l/min via neusbril, zo nodig ventilator. Morfine sc-pomp 20 mg/24u, bolus 2,5 mg max 1x per uur. Laatste ophoging [[DATUM|6-3]].
- Pijn: rug en li heup, NRS 3-4 met pomp.
- Onrust: 's avonds, midazolam 2,5 mg sc zn, gisteren 1x nodig gehad.
- Eten: paar happen vla, drinken met rietje. Mondzorg 4x/dag.
- Uitscheiding: CAD sinds [[DATUM|4/3]], ch 14, urine geconcentreerd.
- Huid: decubitus cat. 1 stuit, wisselligging 3-uurs, antidecubitusmatras.

Psychosociaal: [[PERSOON|Toon]] is helder en weet goed hoe het ervoor staat. Wil graag nog zijn kleinzoon [[PERSOON|Daan]] zien die vanuit [[PLAATS|Groningen]] komt. Echtgenote is mantelzorger geweest, is op, en heeft zelf hartfalen. Pastor [[PERSOON|Van Gorp]] is al bij hem geweest.

Overdracht telefonisch gegeven aan [[PERSOON|Sandra]] (vpk hospice) om 11.15 uur. Pomp gaat mee, reservecassette ook.

Afd. C4: [[TELEFOON|040 888 5140]]
m.vr.gr. [[PERSOON|Ilse Bouwmans]], vpk C4 / [[PERSOON|ib]]`,
  },
  {
    id: 'h4-b03',
    genre: 'email',
    setting: 'ZKH',
    author: 'auteur-h4b',
    text: `Van: [[PERSOON|Fenna Hoekstra]] <[[EMAIL|f.hoekstra@zorgbemiddeling-ml.nl]]>
Verzonden: dinsdag [[DATUM|4 juni 2024]] 09:12
Aan: Transferbureau [[ORGANISATIE|Ziekenhuis Maasdal]]
Onderwerp: RE: plaatsing dhr. [[PERSOON|Beckers]] - Wlz-bed

Goedemorgen [[PERSOON|Ellen]],

Goed nieuws, er komt per [[DATUM|donderdag 6 juni]] een kamer vrij op locatie [[ORGANISATIE|Hof van Horne]] in [[PLAATS|Weert]] (pg-afdeling, 2e verdieping). Ze kunnen hem donderdag vanaf 13.00 uur ontvangen. Wil jij de overdracht mailen naar [[EMAIL|intake.hofvanhorne@zorgkringweert.nl]]? De contactpersoon daar is [[PERSOON|Ria Kuppens]], [[TELEFOON|0495-587310]].

Kun je ook even checken of het indicatiebesluit er al is? Ik zie in het portaal nog "in behandeling".

Groet,
[[PERSOON|Fenna]]

[[PERSOON|Fenna Hoekstra]] | zorgbemiddelaar
[[ORGANISATIE|Zorgbemiddeling Midden-Limburg]]
[[TELEFOON|0475-390 122]] (ma t/m do)

-----Oorspronkelijk bericht-----
Van: Transferbureau [[ORGANISATIE|Ziekenhuis Maasdal]] <[[EMAIL|transferpunt@maasdal-zkh.nl]]>
Verzonden: maandag [[DATUM|3 juni 2024]] 16:40
Aan: [[PERSOON|Hoekstra, F.]]
Onderwerp: plaatsing dhr. [[PERSOON|Beckers]] - Wlz-bed

Hoi [[PERSOON|Fenna]],

Dhr. [[PERSOON|J.H. Beckers]] ([[LEEFTIJD|91]]), geb. [[DATUM|17-09-1932]], ligt nu 16 dagen bij ons op de afd. Geriatrie en is medisch uitbehandeld. Vaatdementie, niet meer veilig thuis in [[PLAATS|Stramproy]] (is 2x 's nachts op straat aangetroffen). Wlz-indicatie VV 5 is aangevraagd bij het CIZ op [[DATUM|22/5]]. Voorkeur familie: [[PLAATS|Weert]] of [[PLAATS|Nederweert]], want zoon woont aan de [[ADRES|Molenstraat 9]] in [[PLAATS|Nederweert]].

BSN [[BSN|791400542]], zoon [[PERSOON|Harrie Beckers]] [[TELEFOON|06-10442785]].

Alvast bedankt!
[[PERSOON|Ellen Verstappen]]
Transferpunt, toestel [[ID|4417]]`,
  },
  {
    id: 'h4-b04',
    genre: 'verwijzing',
    setting: 'ZKH',
    author: 'auteur-h4b',
    text: `AANVRAAG GERIATRISCHE REVALIDATIEZORG (GRZ)

Verwijzend ziekenhuis: [[ORGANISATIE|Ziekenhuis Hart van Brabant]], [[PLAATS|Tilburg]]
Afdeling: Orthopedie B2, kamer 214
Aanvrager: [[PERSOON|Nadia el Khatib]], transferverpleegkundige, [[TELEFOON|013-5394200]] tst. [[ID|6031]]
Behandelend arts: dr. [[PERSOON|P.F. Smulders]], orthopedisch chirurg, AGB [[ID|03019284]]
Datum aanvraag: [[DATUM|12-01-2025]]

Gewenste instelling: GRZ [[ORGANISATIE|De Hazelaar]] ([[ORGANISATIE|Zorggroep Midden-Brabant]]), 2e keus [[ORGANISATIE|Revalidatiecentrum Leijdal]] [[PLAATS|Goirle]]

Cliëntgegevens
Naam: mw. [[PERSOON|C.A.M. de Beer-Vromans]]
Roepnaam: [[PERSOON|Corry]]
Geb.: [[DATUM|09-05-1941]]
BSN: [[BSN|492542454]]
Adres: [[ADRES|Ringbaan-West 233 A02]], [[POSTCODE|5037 pd]] [[PLAATS|Tilburg]]
Verzekerd: polisnr. [[ID|209384471]]
Contact: zus [[PERSOON|Mia Vromans]], [[TELEFOON|0416-342781]] ([[PLAATS|Waalwijk]])

Medische gegevens
TKP re op [[DATUM|8 januari]] i.v.m. gonartrose. Postop wondlekkage, verder ongecompliceerd. Belasten volgens pijn. Tromboseprofylaxe fraxiparine t/m [[DATUM|5-2]].
VG: COPD GOLD 2, obesitas (BMI 36), hypertensie.

Functioneren
Voor opname zelfstandig met stok, woont alleen op 3-hoog met lift. Nu transfers met hulp van 1, loopt 10 m met looprek, trap nog niet geoefend. Kan zelf bovenlichaam wassen. Katz-ADL 4.
Cognitie intact. Gemotiveerd, wil terug naar huis.

Reden GRZ: belastbaarheid onvoldoende voor thuis, geen mantelzorg ter plaatse, leerbaar.
Verwachte ontslagdatum ziekenhuis: [[DATUM|14/1]]

Ondertekening: [[PERSOON|N. el Khatib]]`,
  },
  {
    id: 'h4-b05',
    genre: 'mdo',
    setting: 'ZKH',
    author: 'auteur-h4b',
    knownNames: ['Dhr. H.J.M. (Harrie) Verhoeven'],
    text: `MDO Geriatrie - [[DATUM|wo 20 november]]
Aanwezig: dr. [[PERSOON|Claessens]] (klinisch geriater), [[PERSOON|Sevda Aydın]] (aios), [[PERSOON|Bram Leenders]] (fysio), [[PERSOON|Tineke]] (ergo), [[PERSOON|M. Hendrikx]] (MW), [[PERSOON|Joyce van Rooij]] (vpk), [[PERSOON|EV]] (transfer)

Pt. [[LEEFTIJD|94]] jr, opgenomen [[DATUM|11-11]] via SEH na val met langdurig liggen (ca 10 uur, gevonden door buurvrouw mw. [[PERSOON|Gielen]]). Rhabdomyolyse, inmiddels CK dalend. Woont alleen in [[PLAATS|Helden]], thuiszorg [[ORGANISATIE|Zorgpunt Peel en Maas]] 2x per dag.

Medisch: nierfunctie herstellend (kreat 132 -> 98). Orthostatische hypotensie, tamsulosine gestopt. Delier niet aanwezig. MoCA 19.
Fysio: transfers met 1, loopt met rollator 20 m, valangst hoog. Advies GRZ of ELV laag.
Ergo: thuissituatie niet veilig: drempels, slaapkamer boven, geen traplift. Pt. wil wel terug.
MW: zoon [[PERSOON|Frans]] in [[PLAATS|Kessel]] en dochter [[PERSOON|Petra Verhoeven]] in [[PLAATS|Breda]]. Familie vindt thuis niet meer verantwoord. [[PERSOON|Harrie]] zelf: "ik ga niet naar het gesticht". Gesprek gepland met familie [[DATUM|22/11]] 15.00 uur.

Conclusie
- ELV laagcomplex aanvragen, voorkeur [[ORGANISATIE|Huize Sint Jozef]] in [[PLAATS|Kessel]] (dicht bij zoon).
- Ondertussen Wlz-aanvraag voorbereiden i.o.m. pt.
- Ontslag streefdatum [[DATUM|25-11]].
- Valpreventie: heupbeschermers, alarmering.

Actie: [[PERSOON|EV]] aanvraag ELV via Zorgbemiddeling, [[PERSOON|MH]] gesprek familie, aios brief HA (dr. [[PERSOON|Van Kempen]]).
verslag: [[PERSOON|jvr]]`,
  },
  {
    id: 'h4-b06',
    genre: 'rapportage',
    setting: 'ZKH',
    author: 'auteur-h4b',
    knownNames: ['Mw. S. (Sien) Wouters-Moonen'],
    text: `[[DATUM|18-04]] 07:10 N
Onrustige nacht, 3x gebeld, wilde naar huis "naar [[PERSOON|Sjef]]" (echtgenoot, overleden 2019). Geruststelling hielp matig. Urine in luier, verschoond 02:00 en 05:30. Temp. 37,9 °C. Arts niet gebeld, dagdienst volgt. - [[PERSOON|kvdl]]

[[DATUM|18-04]] 11:45 D
Visite dr. [[PERSOON|Arts]]: urinekweek afnemen, start nitrofurantoïne. Dochter [[PERSOON|Anja]] gebeld en op de hoogte gebracht, komt vanmiddag. Mw. heeft ontbijt half op, lunch goed. Mobiliseert met rollator naar toilet met 1. /[[PERSOON|RvdB]]

[[DATUM|18-04]] 16:20 D
Gesprek met dochter [[PERSOON|Anja Wouters]] en transfer-vpk [[PERSOON|Ellen]]: thuis in [[PLAATS|Beek]] gaat niet meer, wachtlijst [[ORGANISATIE|Zorgcentrum Franciscus]] ([[PLAATS|Geleen]]) staat al. Dochter tel. [[TELEFOON|06-28734411]] liever na 17 uur. /[[PERSOON|RvdB]]

[[DATUM|19-04]] 03:00 N
Slaapt goed, rustiger dan gisternacht. Vochtbalans aangevuld. - [[PERSOON|kvdl]]`,
  },
  {
    id: 'h4-b07',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h4b',
    text: `[[ORGANISATIE|Ziekenhuis Mergelheuvel]]
Afdeling Cardiologie 3A
[[ADRES|Henri Dunantstraat 5]], [[POSTCODE|6419 PC]] [[PLAATS|Heerlen]]

Verpleegkundige overdracht thuiszorg / ontslag

Aan: [[ORGANISATIE|Thuiszorg Parkstad]], team [[PLAATS|Hoensbroek]]
Datum: [[DATUM|2 oktober]]

Betreft: dhr. [[PERSOON|Mehmet Kaya]], geb. [[DATUM|11-03-1946]]
Adres: [[ADRES|Akerstraat-Noord 118-2]], [[POSTCODE|6431HM]] [[PLAATS|Hoensbroek]]
BSN: [[BSN|273557439]]
Contact: zoon [[PERSOON|Emre Kaya]] [[TELEFOON|06-14590327]] (spreekt Nederlands, vader beperkt, tolk via telefoon bij belangrijke gesprekken)

Opname [[DATUM|24-09]] t/m [[DATUM|02-10]] wegens gedecompenseerd hartfalen (LVEF 30%). Gewicht bij opname 94 kg, bij ontslag 86,5 kg.

Gevraagde zorg
1. Dagelijks wegen 's ochtends na plassen, noteren op lijst. Bij stijging > 2 kg in 3 dagen contact met hartfalenverpleegkundige [[PERSOON|Ingrid Lemmens]], [[TELEFOON|045-5767 222]].
2. Medicatie uitzetten in baxter (via [[ORGANISATIE|Apotheek Schandelen]]), toezicht op inname. Vooral furosemide wordt graag "vergeten" omdat dhr. dan veel moet plassen als hij naar de moskee gaat.
3. Steunkousen aan/uit, klasse 2.
4. Vochtbeperking 1,5 l: samen met echtgenote mw. [[PERSOON|Kaya-Demir]] doorgesproken, zij kookt.

Dhr. is diabeet (DM2), zelf insuline spuiten lukt, controle glucose 2x/dag.
Afspraak poli hartfalen [[DATUM|16 oktober]] 10.40 uur, bij [[PERSOON|Lemmens]].

Vriendelijke groet,
[[PERSOON|Kim Habets]], verpleegkundige 3A
[[TELEFOON|045 576 6300]]`,
  },
  {
    id: 'h4-b08',
    genre: 'overdracht',
    setting: 'ZKH',
    author: 'auteur-h4b',
    text: `VERPLEEGKUNDIGE OVERDRACHT - REVALIDATIE
Van: [[ORGANISATIE|Sint Janshof Gasthuis]] [[PLAATS|'s-Hertogenbosch]], Neurologie/Stroke unit
Naar: [[ORGANISATIE|Revalidatiecentrum De Dommel]], [[PLAATS|Boxtel]], afd. CVA-revalidatie

Patiënt: dhr. [[PERSOON|Abdelkader Bouzidi]]
Geb.: [[DATUM|30-06-1952]]
BSN: [[BSN|309299822]]
Adres: [[ADRES|Graafseweg 304]], [[POSTCODE|5213 AN]] [[PLAATS|'s-Hertogenbosch]]
Familie: echtgenote [[PERSOON|Fatima Bouzidi-Amrani]] [[TELEFOON|073-6143398]]; dochter [[PERSOON|Samira]] [[TELEFOON|06-34471109]], is eerste aanspreekpunt.

Diagnose: herseninfarct li a. cerebri media gebied op [[DATUM|03-08-2024]], IVT gegeven. NIHSS bij opname 11, nu 5.
Restverschijnselen: paralyse re arm, parese re been, afasie (vooral expressief), neglect niet aanwezig.

Overdracht per patroon
- Communicatie: begrijpt eenvoudige zinnen, spreekt in losse woorden. Moedertaal Tarifit, Nederlands redelijk. Gebruik ja/nee-vragen en pictogrammen.
- Slikken: logopedie [[PERSOON|L. Raaijmakers]]: gemalen voeding, dik vloeibaar (niveau 3). Niet zelfstandig drinken.
- Mobiliteit: transfer bed-stoel met hulp van 2 / tillift, rolstoel met armsteun re.
- ADL: volledig geholpen bij wassen onderlichaam, bovenlichaam gedeeltelijk zelf.
- Uitscheiding: incontinent urine, urinaal overdag lukt soms. Obstipatie, laxans.
- Stemming: huilerig, emotioneel labiel. Doet zijn gebed in bed, wil graag richting Mekka liggen.
- Huid: intact, wel risico (Braden 13).

Medicatie: clopidogrel 75 mg, atorvastatine 40 mg, metoprolol, macrogol. Zie medicatieoverdracht.
Rookt niet. Halal eten.

Overgeplaatst op [[DATUM|15 augustus]] per ziekenauto.
Verpleegkundige: [[PERSOON|J. (Joost) van der Heijden]], [[EMAIL|j.vanderheijden@sintjanshof.nl]]`,
  },
  {
    id: 'h4-b09',
    genre: 'overdracht',
    setting: 'wijk',
    author: 'auteur-h4b',
    knownNames: ['Mw. G. (Gerda) Kuijpers-van Houtum'],
    text: `Overdracht wijkverpleging [[DATUM|za 11-5]], avonddienst -> nacht
Mw. belde 21.10 uur via alarmering, gevallen naast bed, geen letsel, kon met hulp van [[PERSOON|Gerrit]] (buurman, [[ADRES|Kapelweg 3]]) zelf weer opstaan. Vitale waarden goed. Tensie 128/74, pols 80. Huisartsenpost niet gebeld.
Morgen graag nog even kijken naar li knie, licht rood.
Dochter [[PERSOON|Mariëlle]] geappt, zij belt team [[PLAATS|Sint-Oedenrode]] morgen ([[TELEFOON|0413 47 22 90]]).
Sleutelkluis code verandert [[DATUM|13 mei]], nieuwe code staat in het zorgleefplan.
gr [[PERSOON|anouk]] ([[ORGANISATIE|Zorg Dichtbij Meierij]])`,
  },
  {
    id: 'h4-b10',
    genre: 'email',
    setting: 'HA',
    author: 'auteur-h4b',
    text: `Aan: [[EMAIL|assistentes@huisartsenbrunssum-noord.nl]]
Van: [[EMAIL|transferbureau@mergelheuvel.nl]]
Datum: [[DATUM|7-1-2025]]
Onderwerp: ontslag mw. [[PERSOON|Lemmens]] vandaag

Beste collega's van [[ORGANISATIE|Huisartsenpraktijk Brunssum-Noord]],

Ter info: mw. [[PERSOON|M.H. Lemmens]] ([[LEEFTIJD|96]]), [[ADRES|Schiffelerstraat 71]], [[PLAATS|Brunssum]], gaat vanmiddag met ontslag na opname wegens pneumonie. Ze gaat voor 2 weken naar ELV-bed bij [[ORGANISATIE|De Egthe]] in [[PLAATS|Schinveld]], daarna terug naar huis met uitbreiding thuiszorg. Specialist ouderengeneeskunde daar neemt medische zorg over.

Ontslagbrief van de internist (dr. [[PERSOON|Nijsten]]) volgt via Zorgdomein.

Met collegiale groet,
[[PERSOON|Lotte Schiffelers]]
Transferbureau, bereikbaar op [[TELEFOON|045-5766 018]]`,
  },
  {
    id: 'h4-b11',
    genre: 'verwijzing',
    setting: 'ZKH',
    author: 'auteur-h4b',
    text: `Aanmelding hospicezorg

Aan: [[ORGANISATIE|Hospice Zonnewende]], [[ADRES|Burg. Van Sonsbeeckstraat 12]], [[POSTCODE|5401 CK]] [[PLAATS|Uden]]
Via e-mail: [[EMAIL|aanmelden@hospicezonnewende.nl]]
Datum: [[DATUM|29 juli 2024]]

Hierbij meld ik aan: mw. [[PERSOON|Hermina Sabajo-Lieuw]] ([[PERSOON|Mien Sabajo]]), 78 jaar, geboren [[DATUM|2 december 1945]] in Suriname.
Woonachtig: [[ADRES|Lavendelstraat 8]], [[POSTCODE|5406 VD]] [[PLAATS|Uden]]
BSN: [[BSN|319807228]]
Ziekenhuis: [[ORGANISATIE|Ziekenhuis Aa en Maas]] (afd. Oncologie 4B), pat.nr. [[ID|2091774]]

Diagnose: gemetastaseerd pancreascarcinoom, levensverwachting < 3 mnd, inschatting oncoloog dr. [[PERSOON|R. Dekkers]] eerder weken.
Wens mw.: niet thuis sterven (kleine woning, zoon werkt), niet in het ziekenhuis. Gesprek hierover gevoerd [[DATUM|26/7]] met mw., zoon [[PERSOON|Roy Sabajo]] en kleindochter [[PERSOON|Chanel]].
Zorgbehoefte: hulp bij ADL, pijnbestrijding met oxycodon, misselijkheid. Zit nog een paar uur per dag in stoel. Godsdienst: evangelische broedergemeente, dominee komt bezoeken.
Verklaring huisarts ([[PERSOON|H.A.M. Verkuijlen]], [[ORGANISATIE|Huisartsenpraktijk Kristallaan]]) voor hospice-indicatie is aangevraagd.

Contact zoon: [[TELEFOON|06-87140236]]

Met vriendelijke groet,
[[PERSOON|Desiree Biemans]]
transferverpleegkundige
[[TELEFOON|0413-40 40 40]], toestel [[ID|2283]]`,
  },
  {
    id: 'h4-b12',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h4b',
    text: `Korte verpleegkundige ontslagbrief - dagbehandeling
Dhr. [[PERSOON|P. (Piet) Hoogland]], geb. [[DATUM|19-08-1929]], [[LEEFTIJD|95]] jaar, [[PLAATS|Baarle-Nassau]]
Ingreep [[DATUM|10-09]]: cataract OD, ongecompliceerd.
Naar huis met zoon [[PERSOON|Kees]]. Oogdruppels 4dd volgens schema, oogkap 's nachts 1 week. Niet bukken, niet tillen.
[[ORGANISATIE|Thuiszorg Grensland]] komt morgen voor druppelen (geregeld met [[PERSOON|Joke]], [[TELEFOON|013-5074411]]).
Controle poli Oogheelkunde over 1 week.
[[PERSOON|MvE]], vpk dagbehandeling`,
  },
];
