import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h4-c13',
    genre: 'verwijzing',
    setting: 'GHZ',
    author: 'auteur-h4c',
    text: `Aan: [[ORGANISATIE|Kunstatelier De Groene Vinger]]
t.a.v. mw. [[PERSOON|S. Rustenburg]], coördinator dagbesteding
[[ADRES|Middenweg 412]]
[[POSTCODE|1704 BK]] [[PLAATS|Heerhugowaard]]

Datum: [[DATUM|8 januari 2025]]
Onderwerp: aanmelding dagbesteding [[PERSOON|Jermaine Martina]]

Beste mevrouw [[PERSOON|Rustenburg]],

Graag meld ik [[PERSOON|Jermaine Martina]] bij u aan voor dagbesteding, bij voorkeur 3 dagen per week (ma, wo, vr). We hebben op [[DATUM|12 december]] samen een kijkochtend gehad en [[PERSOON|Jermaine]] was daarna erg enthousiast, hij heeft thuis al twee schilderijen gemaakt van 'het atelier met de grote ramen'.

Gegevens
Naam: [[PERSOON|J.D. Martina]]
Geb.datum: [[DATUM|02-05-1997]]
Cliëntnummer: [[ID|30018457]]
Woonadres: woonvorm [[ORGANISATIE|De Windhoek]], [[ADRES|Zuidtangent 23-B]], [[POSTCODE|1703 RT]] [[PLAATS|Heerhugowaard]]
Indicatie: Wlz, VG 05
Contactpersoon familie: moeder mw. [[PERSOON|R. Martina-Isenia]], [[TELEFOON|06-18 27 44 90]]

Achtergrond
[[PERSOON|Jermaine]] (27) heeft een licht verstandelijke beperking en autisme. Hij werkte tot vorig jaar bij een groenvoorziening via [[ORGANISATIE|Werkbedrijf Noord-Holland Noord]], daar is hij gestopt omdat het tempo te hoog lag en hij thuis veel boos werd. Hij heeft structuur nodig: vaste tijden, vaste plek, liefst een vaste begeleider. Veranderingen vooraf aankondigen, liefst een dag van tevoren en met de planner op zijn telefoon. Hij praat makkelijk en kan daardoor overschat worden.

Aandachtspunten
- geen fel licht / TL, draagt vaak een pet binnen, graag toestaan
- pauzes liefst alleen (hij eet zijn brood graag buiten of in een rustige hoek)
- bij spanning loopt hij weg; laat hem gaan, hij komt na 10-15 min terug
- allergie: noten

Vervoer regelen wij vanuit de woonvorm, de eerste weken fietst een begeleider mee.

Met vriendelijke groet,

[[PERSOON|Tamara Koomen]]
persoonlijk begeleider [[ORGANISATIE|De Windhoek]]
[[ORGANISATIE|Stichting Polderhart]]
[[TELEFOON|072-576 18 30]] / [[TELEFOON|06-44 19 02 73]]
[[EMAIL|t.koomen@polderhart.nl]]`,
  },
  {
    id: 'h4-c14',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-h4c',
    knownNames: ['B. (Bilal) Benali'],
    text: `Verslag logeerweekend [[DATUM|21-23 februari]]
Logeerhuis [[ORGANISATIE|De Strúswein]], [[PLAATS|Dokkum]]

[[PERSOON|Bilal]] (17) werd vrijdag om 16:30 gebracht door moeder [[PERSOON|Hanane]] en zusje [[PERSOON|Amira]]. Afscheid ging dit keer zonder huilen, hij liep meteen naar de bank om naar zijn filmpjes te kijken. Moeder gaf aan dat hij deze week slecht slaapt door de toetsweek op school.

Vrijdag: rustig, samen pizza gebakken met [[PERSOON|Joris]] en [[PERSOON|Milan]] (andere logés). [[PERSOON|Bilal]] wilde niet douchen, niet doorgezet. 22:30 in bed.
Zaterdag: naar het zwembad in [[PLAATS|Damwâld]] met [[PERSOON|Fenna]] (begeleider). Daar ging hij heel goed, durfde van de kleine duikplank. 's Middags een conflict met [[PERSOON|Milan]] over de Playstation: [[PERSOON|Bilal]] gooide de controller. Time-out op zijn kamer van 10 min (afspraak uit plan), daarna zelf sorry gezegd.
Zondag: vroeg wakker (05:45), gamen pas na het ontbijt. Om 14:00 opgehaald door vader dhr. [[PERSOON|Benali]].

Doelen (uit ondersteuningsplan)
1. zelf zijn tas inpakken: gelukt met lijstje, tandenborstel vergeten -> lijstje aanvullen
2. omgaan met boosheid: 1x time-out nodig, daarna goed herpakt
3. persoonlijke verzorging: douchen blijft lastig, moeder ervaart thuis hetzelfde. Voorstel: volgende keer douchen op vaste tijd na het zwemmen (dan is hij toch al nat).

Overig
Moeder vroeg of er in de zomervakantie een extra week logeren mogelijk is; doorgezet naar planner [[PERSOON|Trijntje]]. Vervolggesprek met ouders samen met ambulant begeleider [[PERSOON|Koen Hoekstra]] op do [[DATUM|13 maart]] om 15:00.

[[PERSOON|fvdb]]`,
  },
  {
    id: 'h4-c15',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-h4c',
    knownNames: ['Mw. L. (Lisa) Stam'],
    text: `Crisisverslag vermissing [[PERSOON|Lisa Stam]] – zaterdag [[DATUM|5 juli]]
Locatie: [[ORGANISATIE|Huize Spaarnezicht]], [[ADRES|Spaarndamseweg 77]], [[PLAATS|Haarlem]]

19:00 [[PERSOON|Lisa]] niet terug van afspraak met vriendin (zou om 18:00 terug zijn voor eten en medicatie).
19:30 Gebeld naar haar mobiel, gaat over, niet opgenomen. Appjes niet gelezen.
20:15 Moeder mw. [[PERSOON|Carla Stam]] gebeld ([[TELEFOON|023-531 77 04]]), [[PERSOON|Lisa]] is daar niet geweest. Moeder erg ongerust, wil zelf in de auto gaan zoeken. Gevraagd om thuis te blijven voor als ze daar naartoe gaat.
20:30 Vriendin [[PERSOON|Demi]] (nummer uit telefoonlijst [[PERSOON|Lisa]]) gebeld: ze zijn om 16:00 uit elkaar gegaan bij het station, [[PERSOON|Lisa]] zei dat ze 'naar zee' wilde.
20:40 Overleg achterwacht [[PERSOON|Rob Zeeman]]. Besloten: volgens vermissingsprotocol politie inlichten, gezien suïcidepoging in het voorjaar en de uitspraak 'naar zee'.
20:55 Politie gebeld via 0900-nummer, signalement doorgegeven (lang blond haar, groene regenjas, witte sneakers, zwarte rugzak). Foto gemaild.
21:10 Crisisdienst [[ORGANISATIE|GGZ Spaarneland]] ingelicht, behandelaar dr. [[PERSOON|M. de Wit]] heeft dienst niet, wel de dienstdoende vpk [[PERSOON|Sanne]].
23:45 Politie belt: [[PERSOON|Lisa]] aangetroffen op de boulevard in [[PLAATS|Zandvoort]], onderkoeld, zat op een bankje. Aanspreekbaar, geen letsel, geen inname van middelen volgens haar zelf.
00:30 Crisisdienst ziet haar op het politiebureau. Beoordeling: geen aanleiding voor opname, terug naar woonvorm met extra toezicht.
01:15 Terug op [[ORGANISATIE|Spaarnezicht]], gebracht door politie. Warme douche, thee, medicatie van 18:00 alsnog gegeven na overleg.
02:10 In bed, deur op een kier op haar verzoek. Elk half uur controle.

Moeder om 00:05 en 01:20 bijgepraat.
Maandag: evaluatie met behandelaar, [[PERSOON|Lisa]], PB [[PERSOON|Nathalie Blokker]].

[[PERSOON|gvb]] / [[PERSOON|rz]]`,
  },
  {
    id: 'h4-c16',
    genre: 'rapportage',
    setting: 'GHZ',
    author: 'auteur-h4c',
    knownNames: ['Dhr. P. (Piet) Traas'],
    text: `[[DATUM|03-06]] [[PERSOON|Piet]] vandaag jarig (66). Zus [[PERSOON|Adrie]] en zwager [[PERSOON|Kees Bimmel]] op bezoek met taart, 's middags met de hele groep op het terras gezeten. Wel veel suiker gehad, bloedsuiker om 17:00 14,2 -> insuline volgens schema. Erg genoten. /[[PERSOON|mvdw]]`,
  },
  {
    id: 'h4-c17',
    genre: 'mdo',
    setting: 'GGZ',
    author: 'auteur-h4c',
    knownNames: ['Dhr. W.J. (Wim) Lievense'],
    text: `MDO-verslag dhr. [[PERSOON|W.J. Lievense]]
[[ORGANISATIE|Beschermd Wonen Walchers Erf]], [[PLAATS|Middelburg]]
Datum: [[DATUM|22-10-2024]]

Aanwezig
- [[PERSOON|Wim Lievense]] (cliënt, deels)
- [[PERSOON|Marieke Joosse]], woonbegeleider/PB
- drs. [[PERSOON|F. Moens]], GZ-psycholoog
- [[PERSOON|A. de Jonge]], specialist ouderengeneeskunde (consult)
- [[PERSOON|Ria Wisse]], dochter
Notulen: [[PERSOON|MJ]]

Aanleiding
Dhr. [[PERSOON|Lievense]] (64) woont sinds [[DATUM|mei 2022]] bij ons na een lange periode van alcoholmisbruik. Diagnose syndroom van Korsakov gesteld in 2021 in [[ORGANISATIE|Oosterschelde Gasthuis]]. Hij drinkt sinds de verhuizing niet meer, maar het geheugen gaat verder achteruit. Vragen van het team: is beschermd wonen nog de juiste plek, en hoe vangen we de nachtelijke onrust op?

Bespreking
- Geheugen: hij weet vaak niet meer of hij gegeten heeft, vult gaten in met verhalen (confabuleren). Neemt medicatie alleen met begeleiding in. Afgelopen maand 3x verdwaald op weg naar de markt, 1x door een voorbijganger teruggebracht.
- Nacht: loopt rond, zoekt zijn vrouw (overleden 2019). Valt dan vaak niet meer in slaap.
- Mw. [[PERSOON|de Jonge]]: beeld past bij progressie, geen aanwijzingen voor nieuwe somatische oorzaak. Thiamine continueren. Ze adviseert een Wlz-aanvraag, GGZ-wonen of een Korsakov-afdeling.
- Dochter [[PERSOON|Ria]] vindt het moeilijk ("hij heeft het hier eindelijk naar zijn zin") maar ziet ook dat hij 's nachts bang is.
- Drs. [[PERSOON|Moens]]: vanuit beschermd wonen (Wmo) kunnen we de nachtzorg niet bieden die hij nodig heeft.

Besluiten
1. Wlz-aanvraag bij het CIZ, met steun van de specialist ouderengeneeskunde – [[PERSOON|Marieke]]
2. Oriënterend bezoek aan [[ORGANISATIE|Korsakovcentrum De Schelpenhoek]] in [[PLAATS|Vlissingen]] met dochter – [[PERSOON|Marieke]] + [[PERSOON|Ria]]
3. Tot verhuizing: bewegingssensor op de kamer (toestemming dhr. en dochter), extra ronde nachtdienst
4. Evaluatie na CIZ-besluit, uiterlijk [[DATUM|15 januari]]

[[PERSOON|mj]]`,
  },
  {
    id: 'h4-c18',
    genre: 'email',
    setting: 'GHZ',
    author: 'auteur-h4c',
    text: `Van: [[PERSOON|Lianne Pothoven]]
Verzonden: vrijdag [[DATUM|14 maart 2025]] 09:03
Aan: [[PERSOON|Harm Ubbink]]
Onderwerp: FW: busvervoer [[PERSOON|Priya]] + incident woensdag

Hoi [[PERSOON|Harm]],

Zie hieronder de mail van [[PERSOON|Gerrit]] van de dagbesteding. Kun jij als teamleider contact opnemen met de vervoerder? Dit is de tweede keer in een maand. [[PERSOON|Priya]] was woensdagavond erg van slag, heeft slecht geslapen en wilde donderdag niet in de bus. Ik heb haar zelf gebracht.
Ouders weten ervan, vader heeft al een boze mail naar de gemeente [[PLAATS|Appingedam]] gestuurd (Wmo-vervoer).

gr [[PERSOON|Lianne]]
PB woonvorm [[ORGANISATIE|De Dijkwacht]], [[PLAATS|Appingedam]]

________________________________
Van: [[PERSOON|Gerrit Hummel]] <[[EMAIL|g.hummel@damsterhuis.nl]]>
Verzonden: woensdag [[DATUM|12 maart 2025]] 17:41
Aan: [[PERSOON|Lianne Pothoven]]
Onderwerp: busvervoer [[PERSOON|Priya]] + incident woensdag

Hallo [[PERSOON|Lianne]],

Even een berichtje over vandaag. De bus van 15:30 was er pas om 16:25. Tijdens het wachten raakte [[PERSOON|Priya]] in paniek en begon ze te gillen. Een andere deelnemer, [[PERSOON|Wessel]], kon daar niet tegen en duwde haar, ze is tegen de deurpost gevallen. Ze heeft een schaafplek op de elleboog, verder niets. Ik heb het afgehandeld met [[PERSOON|Wessel]] en zijn begeleider, en het gemeld in het systeem.
Daarna zat ze in de bus naast [[PERSOON|Wessel]] omdat er geen andere plek was. Dat had de chauffeur niet moeten doen. Ik heb de vervoerder ([[TELEFOON|0596-62 14 80]]) gebeld maar kreeg alleen een bandje.

Als jullie vragen hebben bel gerust, ik ben er ma t/m do.

groet, [[PERSOON|gerrit]]

[[PERSOON|Gerrit Hummel]]
coördinator
[[ORGANISATIE|Dagbesteding Het Damsterhuis]]
[[ADRES|Farmsumerweg 31]], [[POSTCODE|9902 AB]] [[PLAATS|Appingedam]]
[[TELEFOON|0596 - 62 77 35]]`,
  },
  {
    id: 'h4-c19',
    genre: 'begeleiding',
    setting: 'GGZ',
    author: 'auteur-h4c',
    knownNames: ['Dhr. Y. (Yonas) Tesfay'],
    text: `Begeleidingsgesprek [[DATUM|4 april]], met tolk (Tigrinya, telefonisch, mw. [[PERSOON|Haile]])

[[PERSOON|Yonas]] is nu 8 maanden bij ons in [[ORGANISATIE|De Ommelanden Woongroep]] aan de [[ADRES|Friesestraatweg 188]]. Hij slaapt nog steeds slecht, nachtmerries over de reis door Libië en de boot. Sinds [[DATUM|10 maart]] heeft hij traumabehandeling bij [[ORGANISATIE|Traumacentrum Noord]] (EMDR, psycholoog dhr. [[PERSOON|B. Meijer]]). Hij zegt dat de sessies zwaar zijn, daarna is hij 2 dagen 'leeg'. Hij wil wel doorgaan.

Wonen/uitstroom
Hij krijgt per [[DATUM|1 juni]] een woning in [[PLAATS|Vinkhuizen]] via de gemeente. Dat vindt hij spannend, hij wil dicht bij de Eritrese kerk blijven waar hij elke zondag heen gaat. De flat is aan de [[ADRES|Zonnelaan 402]]. Hij vraagt of ik mee kan naar de sleuteloverdracht.

Werk/taal
Taalles 3 ochtenden bij het ROC gaat goed, hij is trots op zijn A2-certificaat. Wil graag in de bouw werken zoals in Eritrea.

Gezondheid
Rugpijn, huisarts [[PERSOON|J. Lubbers]] heeft fysio voorgeschreven. Medicatie: mirtazapine 15 mg a.n.

Afspraken
- ik ga mee naar de sleuteloverdracht (datum volgt)
- ambulante begeleiding na verhuizing aanvragen, ik vraag het aan bij het Wmo-loket
- volgend gesprek over 2 weken, weer met tolk

[[PERSOON|Kimberley Statia]], woonbegeleider`,
  },
  {
    id: 'h4-c20',
    genre: 'crisis',
    setting: 'GHZ',
    author: 'auteur-h4c',
    knownNames: ['Mw. E. (Esmee) Dekker'],
    text: `Crisisnotitie epilepsie [[DATUM|27-08]]
[[ORGANISATIE|Woonhuis De Zeevang]], [[PLAATS|Schagen]]

06:55 [[PERSOON|Esmee]] in bed aangetroffen met tonisch-clonische aanval, duur bij binnenkomst onbekend. [[PERSOON|Dewi]] (nachtdienst) bleef bij haar, [[PERSOON|Melvin]] haalde de noodmedicatie.
07:00 Aanval houdt aan. Buccolam 10 mg buccaal gegeven volgens epilepsieprotocol.
07:05 Aanval nog niet over -> 112 gebeld.
07:09 Aanval stopt, [[PERSOON|Esmee]] in stabiele zijligging. Snurkende ademhaling, kleur bleek, urine-incontinent.
07:16 Ambulance ter plaatse. Saturatie 91%, zuurstof gegeven. Besloten mee te nemen ter observatie naar [[ORGANISATIE|Ziekenhuis Noorderdijk]] in [[PLAATS|Den Helder]], omdat de aanval langer dan 10 minuten duurde.
07:30 [[PERSOON|Melvin]] rijdt mee met de ambulance (met overdrachtsmap en medicatielijst).
07:35 Moeder mw. [[PERSOON|Ria Dekker]] gebeld op [[TELEFOON|06-12 90 87 64]], zij rijdt direct naar het ziekenhuis.
08:10 AVG dr. [[PERSOON|N. Kaan]] op de hoogte gebracht via de bereikbaarheidsdienst. Vraagt om aanvalsregistratie bij te werken en de ontslagbrief door te sturen.
11:45 [[PERSOON|Melvin]] belt: [[PERSOON|Esmee]] mag vanmiddag terug. Bloedwaarden goed, spiegel levetiracetam nog in afwachting. Neuroloog wil haar over 6 weken zien.
15:20 Terug op de groep, slaperig, wil alleen maar liggen. Moeder blijft tot het avondeten.

Aandachtspunten: vannacht extra controles elk uur, epilepsiealarm aan. Laatste grote aanval was [[DATUM|3 mei]].

[[PERSOON|dw]] / [[PERSOON|mb]]`,
  },
  {
    id: 'h4-c21',
    genre: 'verwijzing',
    setting: 'GGZ',
    author: 'auteur-h4c',
    text: `[[PLAATS|Delfzijl]], [[DATUM|3 september 2024]]

Aan: [[ORGANISATIE|Huisartsenpraktijk Marsum-Oost]]
t.a.v. dr. [[PERSOON|P. Zwiers]]
[[ADRES|Oude Schans 14]]
[[POSTCODE|9934 CA]] [[PLAATS|Delfzijl]]

Betreft: mw. [[PERSOON|C.A. (Chantal) Brouwer]], geb. [[DATUM|19-11-1990]], BSN [[BSN|162626277]]
Verzoek om verwijzing naar diëtist en internist

Geachte dokter [[PERSOON|Zwiers]],

Met toestemming van mw. [[PERSOON|Brouwer]] schrijf ik u over haar lichamelijke gezondheid. Mw. woont sinds 2020 in onze beschermd-wonenlocatie [[ORGANISATIE|Eemshaven Wonen]] aan de [[ADRES|Eemskanaalweg 3-5]] en gebruikt al jaren olanzapine (nu 15 mg), voorgeschreven door haar psychiater bij [[ORGANISATIE|GGZ Ommeland]].

Het afgelopen jaar is zij 14 kg aangekomen (nu 103 kg). Ze heeft veel dorst, plast vaak en is overdag erg moe. Bij de jaarlijkse somatische screening ([[DATUM|juli 2024]]) was de nuchtere glucose 7,4 mmol/l. Voor zover wij weten is daar nog geen vervolg op gekomen.

Mw. [[PERSOON|Brouwer]] wil graag iets aan haar gewicht doen, maar vindt het moeilijk om zelf te koken en eet veel kant-en-klaar. Wij kunnen haar daarin ondersteunen als er een duidelijk advies ligt.

Ons verzoek:
- beoordeling van het glucose en eventueel verdere diagnostiek
- verwijzing naar een diëtist met ervaring met antipsychotica-gebruikers
- zo nodig afstemming met de psychiater over de medicatie

Mw. komt graag met mij samen op het spreekuur. Ik ben bereikbaar op [[TELEFOON|0596-61 03 55]] of via [[EMAIL|woonbegeleiding@eemshavenwonen.nl]].

Met vriendelijke groet,

[[PERSOON|Marjolein Tammeling]]
persoonlijk woonbegeleider`,
  },
  {
    id: 'h4-c22',
    genre: 'rapportage',
    setting: 'GGZ',
    author: 'auteur-h4c',
    knownNames: ['Mw. C. (Chantal) Geschiere'],
    text: `ma [[DATUM|13 januari]] – dagdienst
[[PERSOON|Chantal]] ligt nog in bed om 11 uur, voelt zich grieperig. Hoest, groen slijm, temperatuur 37,9 °C. Wil niks eten, wel thee. Huisarts niet gebeld, eerst afwachten. Afgesproken om 15 uur weer te kijken. /[[PERSOON|jvh]]

15:10 temp 38,4. Paracetamol 1000 mg gegeven (zn). Moeder [[PERSOON|Tineke]] belde, maakt zich zorgen, gezegd dat we het in de gaten houden. /[[PERSOON|jvh]]

ma [[DATUM|13 januari]] – avond
Iets beter, beetje soep gegeten. Zelf avondmedicatie gepakt uit de baxter, gecontroleerd. /[[PERSOON|ARo]]

di [[DATUM|14-1]]
Nacht onrustig geslapen, veel gehoest. Huisartsenpraktijk gebeld om 08:05, assistente [[PERSOON|Lotte]] plant haar in om 10:40 bij dr. [[PERSOON|Bakker]]. Ik ga mee. /[[PERSOON|ARo]]

di [[DATUM|14-1]] 11:30
Bij huisarts geweest: longen klinken schoon volgens dr., geen antibiotica, rust en paracetamol. Bij benauwdheid of koorts boven 39 opnieuw bellen. [[PERSOON|Chantal]] opgelucht, wil vanmiddag haar afspraak bij [[ORGANISATIE|Herstelwerkplaats De Sluis]] in [[PLAATS|Zierikzee]] afzeggen. Zelf gebeld, goed gedaan. /[[PERSOON|ARo]]`,
  },
  {
    id: 'h4-c23',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-h4c',
    knownNames: ['Dhr. G. (Gerben) Postma'],
    text: `Begeleidingsverslag – contact met vader

[[PERSOON|Gerben]] (68) heeft altijd een sterke band met zijn vader dhr. [[PERSOON|Klaas Postma]], die inmiddels [[LEEFTIJD|94]] is en sinds vorig jaar in [[ORGANISATIE|Verpleeghuis Het Haventerras]] in [[PLAATS|Harlingen]] woont. Tot [[DATUM|november 2024]] fietste [[PERSOON|Gerben]] elke zondag zelf van [[ORGANISATIE|Wenjen Hâlsteed]] naar zijn vader. Sinds hij in het donker bijna door een auto geschept werd op de Zuiderhaven doen we dat met de rolstoeltaxi of brengt een begeleider hem.

De laatste bezoeken zijn moeilijk. Vader herkent [[PERSOON|Gerben]] niet altijd meer en noemt hem soms '[[PERSOON|Jan]]' (de naam van zijn overleden broer). [[PERSOON|Gerben]] raakt daar van in de war, hij zegt dan "heit is myn namme fergetten". Na het bezoek is hij stil en wil hij niet eten.

Samen met [[PERSOON|Gerben]] een fotoboekje gemaakt met foto's van hem en heit, met namen erbij. Dat neemt hij mee. Contact gehad met EVV-er in het verpleeghuis, mw. [[PERSOON|Annet Bouwma]] ([[TELEFOON|0517-49 26 10]]): zij laat het boekje in de kamer liggen en leest het met vader.

Ook besproken met zus [[PERSOON|Sjoukje de Haan-Postma]] hoe we [[PERSOON|Gerben]] kunnen voorbereiden op het overlijden van heit. Zij wil graag dat [[PERSOON|Gerben]] erbij kan zijn als het zover is. We maken een afsprakenlijst (wie belt wie, wie rijdt) en hangen die in het dossier.

Afspraken
- bezoek voortaan 's ochtends, vader is dan helderder
- na bezoek altijd even nagesprek met vaste begeleider ([[PERSOON|Durk]] of ik)
- geestelijk verzorger ds. [[PERSOON|E. Kooistra]] vragen of zij een keer met [[PERSOON|Gerben]] wil praten over rouw en afscheid

[[PERSOON|Lysbeth Dijkstra]], PB`,
  },
  {
    id: 'h4-c24',
    genre: 'mdo',
    setting: 'GHZ',
    author: 'auteur-h4c',
    knownNames: ['Mw. N. (Naomi) Groot'],
    text: `Evaluatie-MDO di [[DATUM|11 februari]]
Cliënt: [[PERSOON|Groot, N.]] – cliëntnr. [[ID|5520917]]
Locatie: [[ORGANISATIE|Stichting Waterlandhuis]], woonvorm [[ORGANISATIE|De Beemster Kade]], [[ADRES|Kwadijkerpad 8 zwart]], [[POSTCODE|1441 DV]] [[PLAATS|Purmerend]]

Aanwezig: [[PERSOON|Groot, N.]] (cliënt); [[PERSOON|Groot-Ruiter, M.]] (moeder, curator); [[PERSOON|Schouten, T. van]] (PB); [[PERSOON|Öztürk, E.]] (orthopedagoog); [[PERSOON|Kowalski, P.]] (coördinerend begeleider dagbesteding [[ORGANISATIE|De Wasserette]])
Afwezig: AVG [[PERSOON|Rijkers]] (schriftelijke input)

Doelen vorige periode
1. Zelfstandig reizen naar dagbesteding met de bus – behaald. [[PERSOON|Naomi]] reist sinds [[DATUM|januari 2025]] zelf, met de OV-app en een noodkaartje.
2. Minder telefoongebruik 's nachts – deels. Telefoon gaat om 23:00 naar het kantoortje, maar ze vraagt hem geregeld terug. Moeder wil dat het strenger, [[PERSOON|Naomi]] wil het 'zelf leren'.
3. Contact met vriendinnen buiten de groep – behaald, gaat naar de meidenavond in het buurthuis.

Input AVG ([[PERSOON|Rijkers]])
Gewicht licht gestegen. Menstruatieklachten, pil via huisarts. Geen bijzonderheden verder.

Bespreking
[[PERSOON|Erdem]] (orthopedagoog) benoemt dat [[PERSOON|Naomi]] (22) goed groeit in zelfstandigheid, maar dat het risico op misbruik via sociale media reëel blijft: ze accepteert snel onbekende volgers. Moeder schrikt hiervan. Afgesproken dat [[PERSOON|Tim]] (PB) met [[PERSOON|Naomi]] de training 'Veilig online' gaat doen.
[[PERSOON|Paweł]] vertelt dat [[PERSOON|Naomi]] op de dagbesteding de was vouwt en ook de kassa doet. Ze wil meer uren; kan vanaf maart.

Nieuwe doelen
1. Veilig online – training + samen haar accounts doorlopen
2. 4e dag dagbesteding
3. Zelf geld beheren (weekgeld) – in overleg met curator

Volgende evaluatie: augustus, datum volgt
notulen [[PERSOON|TvS]]`,
  },
];
