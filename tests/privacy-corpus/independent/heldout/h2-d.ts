import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h2-037',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-h2',
    knownNames: ['Dhr. F. (Frits) Oldenhof'],
    text: `Maandverslag februari - [[PERSOON|Frits Oldenhof]]
Woonvorm [[ORGANISATIE|Het Wold]], [[ADRES|Wolderweg 3-b]], [[PLAATS|Zwolle]]
Persoonlijk begeleider: [[PERSOON|Marjolein Kuipers]]
Verstuurd aan: broer [[PERSOON|Henk Oldenhof]] en schoonzus [[PERSOON|Alie]]

Beste [[PERSOON|Henk]] en [[PERSOON|Alie]],

Hierbij weer het verslag van de afgelopen maand.

Algemeen
[[PERSOON|Frits]] is deze maand 58 geworden. Het feest op [[DATUM|9 februari]] was voor hem een hoogtepunt: hij heeft het nog dagelijks over de taart met de tractor erop. Jullie weten dat hij met het syndroom van Down en zijn leeftijd meer risico heeft op dementie. We zien dat hij vaker dingen kwijt is en soms niet meer weet welke dag het is. De AVG, dr. [[PERSOON|Scholte]], heeft [[DATUM|20/2]] de DSVG-vragenlijst met ons ingevuld; de uitkomst bespreekt zij met jullie op [[DATUM|13 maart]].

Wonen
Hij slaapt onrustiger. Twee nachten stond hij om 04:00 aangekleed in de keuken, "klaar voor het werk". De nachtdienst ([[PERSOON|Gerrit-Jan]]) heeft hem rustig teruggebracht. We hebben een nachtlampje in de gang gezet. Zijn kamergenoot op de gang, [[PERSOON|Wim]], wordt er soms wakker van.

Dagbesteding
[[PERSOON|Frits]] gaat nog vier dagen naar [[ORGANISATIE|De Groene Schuur]]. De begeleiders daar ([[PERSOON|Anouk]] en [[PERSOON|Reinier]]) merken dat hij sneller moe is. Vanaf maart gaat hij op woensdag niet meer; die dag blijft hij thuis en doen we een rustig programma (boodschappen bij de Plus op de [[PLAATS|Wipstrik]], koffie bij de buurvrouw).

Gezondheid
Gewicht 71 kg, stabiel. Hij heeft een nieuwe bril nodig, afspraak bij de opticien op [[DATUM|4-3]]. Gehoor lijkt minder; in overleg met de AVG volgt een verwijzing naar het audiologisch centrum.

Vragen aan jullie
Willen jullie een paar oude foto's meenemen (van de boerderij in [[PLAATS|Dalfsen]], van jullie ouders)? Dan maken we een levensboek, dat helpt hem als hij in de war is.

Hartelijke groet,
[[PERSOON|Marjolein]]
persoonlijk begeleider, [[TELEFOON|06-21430987]] (bereikbaar ma t/m do)`,
  },
  {
    id: 'h2-039',
    genre: 'email',
    setting: 'wijk',
    author: 'auteur-h2',
    text: `Van: [[EMAIL|r.hamstra@gemeente-oldambt-wmo.nl]]
Verzonden: vrijdag [[DATUM|14 februari 2025]] 10:27
Aan: [[PERSOON|Wubbolts, J.]]
Onderwerp: RE: traplift/ woningaanpassing mw. [[PERSOON|Bakker-Sikkema]], [[ADRES|Molenstraat 18]] [[PLAATS|Winschoten]]

Goedemorgen mevrouw [[PERSOON|Wubbolts]],

De aanvraag is binnen. Ik kom op dinsdag [[DATUM|25 februari]] om 10:00 op huisbezoek, samen met de ergotherapeut van de gemeente. Kan een van de kinderen aanwezig zijn? Mevrouw [[PERSOON|Bakker]] gaf telefonisch aan dat haar zoon [[PERSOON|Ubbo]] mee wil kijken.

Ik heb de woning nog als huurwoning van de corporatie in het systeem staan; klopt dat? Dan moet de verhuurder ook akkoord geven.

Met vriendelijke groet,

[[PERSOON|R. Hamstra]]
Wmo-consulent
T [[TELEFOON|0597 - 48 20 00]]

---

Van: [[PERSOON|Jolanda Wubbolts]]
Verzonden: donderdag [[DATUM|13 februari 2025]] 16:02
Aan: Wmo-loket
Onderwerp: traplift/ woningaanpassing mw. [[PERSOON|Bakker-Sikkema]]

Geachte heer, mevrouw,

Namens mw. [[PERSOON|G. Bakker-Sikkema]] (geb. [[DATUM|22-10-1938]], [[ADRES|Molenstraat 18]], [[POSTCODE|9671 GV]] [[PLAATS|Winschoten]]) vraag ik een beoordeling aan voor een traplift. Mw. woont alleen, heeft sinds een val in december een heupprothese en kan de trap naar badkamer en slaapkamer niet meer veilig op. Ze slaapt nu beneden in de stoel. Wij komen 2x per dag voor ADL.

Met vriendelijke groet,
[[PERSOON|Jolanda Wubbolts]]
wijkverpleegkundige niveau 5, [[ORGANISATIE|Thuiszorg Oldambt-Ommelanden]]
[[EMAIL|j.wubbolts@thuiszorgoldambt.nl]] | [[TELEFOON|06 - 48 11 27 63]]`,
  },
  {
    id: 'h2-040',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h2',
    text: `[[ORGANISATIE|Sint Lucas Ziekenhuis Rotterdam-Zuid]]
Afdeling Geriatrie (5 Zuid)

Ontslagbrief

Aan de specialist ouderengeneeskunde van [[ORGANISATIE|Zorgcentrum Het Zuiderhuis]], [[PLAATS|Barendrecht]]
cc: huisarts [[PERSOON|F. El Hadioui]], [[ORGANISATIE|Gezondheidscentrum Carnisselande]]

Naam: mevrouw [[PERSOON|M.J. Dekker-van Leeuwen]]
Geboortedatum: [[DATUM|17 mei 1929]]   Leeftijd: [[LEEFTIJD|95]]
BSN: [[BSN|379 310 648]]   Patiëntnummer: [[ID|2210389]]
Opnameduur: [[DATUM|13-02]] t/m [[DATUM|21-02-2025]]

Geachte collega,

Mevrouw woonde tot deze opname zelfstandig met thuiszorg en verhuist nu naar uw locatie. Zij werd door de ambulance binnengebracht na een val, met verwardheid die sinds twee dagen bestond.

Diagnosen
1. Delirium op basis van urineweginfectie (E. coli, gevoelig voor nitrofurantoïne)
2. Onderliggend: vermoeden van dementie, niet eerder gediagnosticeerd (MMSE tijdens opname 17/30, niet betrouwbaar bij delier)
3. Hyponatriëmie (Na 126) bij hydrochloorthiazide, gestaakt
4. Bekend: M. Paget van het bekken, artrose, cataract beiderzijds

Beloop: behandeld met nitrofurantoïne 5 dagen en vochtbeleid. Delier (DOS max 9) gedurende 4 dagen, 2x haloperidol 0,5 mg gekregen. Bij ontslag DOS 2, rustig, wel gedesoriënteerd in tijd. Na werd 134. Mobiliteit: loopt met rollator en toezicht, valrisico hoog.

Gesprek met dochter [[PERSOON|Ria Dekker]] en zoon [[PERSOON|Kees]] op [[DATUM|19/2]]: terugkeer naar huis ([[ADRES|Smitshoek 45 c]], [[PLAATS|Barendrecht]]) is niet veilig. Spoedplaatsing Wlz via het transferbureau geregeld. Behandelbeleid: NR, geen IC-opname, wel ziekenhuisopname bij goed te behandelen aandoeningen.

Medicatie bij ontslag
- paracetamol 1 g 3dd1
- amlodipine 5 mg 1dd1 (nieuw, i.p.v. hydrochloorthiazide)
- macrogol 1dd1 sachet
- Ocuvite (eigen)
Gestopt: hydrochloorthiazide, temazepam.

Advies: diagnostiek naar dementie na herstel delier, natrium na 1 week controleren.

Met vriendelijke groet,
drs. [[PERSOON|W. Ouwehand]], aios klinische geriatrie
dr. [[PERSOON|S. Chandoe]], klinisch geriater
Bereikbaar via [[TELEFOON|010-2907700]], sein [[ID|3392]]`,
  },
  {
    id: 'h2-041',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-h2',
    text: `VERWIJZING FYSIOTHERAPIE
Verwijzer: [[PERSOON|M.A. Koops]], huisarts - [[ORGANISATIE|Huisartsenpraktijk Vinkhuizen]], [[PLAATS|Groningen]] - AGB [[ID|01071188]]
Datum: [[DATUM|2025-03-04]]
Aan: [[ORGANISATIE|Fysiotherapie Het Anker]], [[ADRES|Siersteenlaan 412 A]], [[POSTCODE|9743 ES]] [[PLAATS|Groningen]]

Patiënt: [[PERSOON|Huizinga, T.]] (m), geb. [[DATUM|23.11.1979]]
Telefoon: [[TELEFOON|06 12 86 43 09]]   BSN: [[ID|473195204]]

Diagnose: lumbosacraal radiculair syndroom L5 rechts, sinds [[DATUM|10 februari]]. Geen rode vlaggen. Lasègue rechts positief bij 50 graden, geen krachtsverlies.
Verzoek: oefentherapie en advies over werkhervatting (stratenmaker, nu ziek thuis).
Bijzonderheden: DM type 1, pompdrager.`,
  },
  {
    id: 'h2-042',
    genre: 'overdracht',
    setting: 'wijk',
    author: 'auteur-h2',
    knownNames: ['Dhr. B. (Berend) Lanting'],
    text: `SBAR aan huisarts (telefonisch, [[DATUM|17-02]] 12:40)

S - Dhr. [[PERSOON|Lanting]], [[ADRES|Zuiderhaven 6 bis]], [[PLAATS|Harlingen]]. Bij de ochtendronde trof ik hem aan met een rood, warm, gezwollen rechteronderbeen, pijn 6/10. Temp 38,2 °C. Hij zegt zelf "het is niks, zuster".
B - DM2 met neuropathie, hartfalen, gebruikt acenocoumarol (trombosedienst, laatste INR 2,8 op [[DATUM|12/2]]). Drie weken geleden een wondje aan de scheen na een val in de schuur.
A - Ik denk aan een erysipelas, maar kan een trombose niet uitsluiten. Dhr. woont alleen, zoon [[PERSOON|Sjoerd]] woont in [[PLAATS|Franeker]].
R - Ik vraag een visite vandaag. Wondje is verbonden met Flaminal en een gaasje, been hoog gelegd. Ik kom om 17:00 terug.

Afspraak met huisarts dr. [[PERSOON|Visser]]: komt om 15:30. Zoon telefonisch op de hoogte gebracht ([[TELEFOON|0517-395028]]). /[[PERSOON|MdJ]]`,
  },
  {
    id: 'h2-043',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-h2',
    text: `Crisisdienst [[ORGANISATIE|GGZ Hunzeland]] - beoordeling politiebureau
[[DATUM|28 januari]], 14:10

Melding via politie: man aangetroffen op het perron van het hoofdstation in [[PLAATS|Groningen]], liep tussen de sporen, reageerde niet op aanspreken (E33-melding). Treinverkeer 20 minuten stilgelegd. Meegenomen naar het bureau. Identiteit eerst onbekend (NN), later via paspoort in zijn rugzak vastgesteld: dhr. [[PERSOON|Aleksander Nowicki]], geb. [[DATUM|03-03-1990]], Poolse nationaliteit, ingeschreven op [[ADRES|Oosterhamrikkade 101-3]], [[POSTCODE|9714bm]] [[PLAATS|Groningen]]. BSN volgens de BRP: [[BSN|934331777]].

Gesprek met tolk (telefonisch, tolknummer [[ID|2184471]]): dhr. zegt dat hij "de stem van zijn broer" hoorde die zei dat hij naar huis moest lopen, naar Polen. Hij is zichtbaar angstig, ongeordend, slaapt al dagen in zijn auto. Geen alcohol (blaastest 0,0), urine niet afgenomen.

Werkgever (uitzendbureau, contactpersoon [[PERSOON|Marta]]) gebeld: dhr. werkt sinds een jaar in een distributiecentrum in [[PLAATS|Hoogezand]], de laatste week niet verschenen.

Conclusie: acute psychose, eerste episode, met gevaar voor zichzelf (spoorlopen). Geen ziektebesef, weigert opname. Crisismaatregel aangevraagd en toegekend om 16:50. Opname [[ORGANISATIE|Kliniek Hunzeland]], HIC.

[[PERSOON|E. Smeenge]], arts crisisdienst | [[PERSOON|K. Oldenburger]], SPV`,
  },
  {
    id: 'h2-044',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h2',
    knownNames: ['Dhr. R. Kartosen'],
    text: `[[DATUM|11/3]] CVRM-ctrl POH /[[PERSOON|LB]]
S/ gn klachten. Medicatie trouw, soms vergeten in de ramadan-periode (vorig jr). Rookt niet. Beweegt: fietst naar werk.
O/ RR 148/92 li, 144/90 re, P 72 reg. Gew 91 kg, BMI 29,4. Lab: LDL 3,1, eGFR 78, HbA1c 46.
E/ hypertensie, onvoldoende gereguleerd. SCORE2 10-jrsrisico 9%.
P/ overleg HA dr. [[PERSOON|De Wit]]: amlodipine 5 mg erbij. Thuismeting 1 wk, dan TC. Ctrl 3 mnd.`,
  },
  {
    id: 'h2-045',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-h2',
    knownNames: ['Mw. H. (Hermien) Ter Haar-Roelink'],
    text: `Rapportage GRZ, afd. Revalidatie 1 - [[ORGANISATIE|Zorgcentrum De Kruisberg]], [[PLAATS|Doetinchem]]

di [[DATUM|25/2]] 07:45 - Mw. heeft goed geslapen. Zelf met rollator naar de badkamer, wassen bovenlichaam zelfstandig, onderlichaam met hulp (knie li nog stijf). Pijnscore 3. Ontbijt in de huiskamer. /[[PERSOON|SB]]
di [[DATUM|25/2]] 11:00 - Fysio ([[PERSOON|Ruud]]): 2x 40 meter met rollator, trap 6 treden met leuning. Flexie knie 85°. Doel voor ontslag: 12 treden (trap thuis). - [[PERSOON|RvO]]
di [[DATUM|25/2]] 16:20 - Bezoek echtgenoot dhr. [[PERSOON|Ter Haar]] en kleindochter [[PERSOON|Esmee]]. Dhr. vraagt wanneer mw. naar huis mag; verwezen naar het familiegesprek. Mw. was na het bezoek moe, wilde vroeg naar bed. /[[PERSOON|Y.E.]]
wo [[DATUM|26/2]] 03:10 - Bel: mw. had pijn in de knie, paracetamol extra gegeven volgens zo-nodigafspraak (laatste 20:00). Om 04:00 slapend aangetroffen. /nachtdienst [[PERSOON|HK]]
wo [[DATUM|26/2]] 14:00 - Familiegesprek met SO dr. [[PERSOON|Gülen]], EVV [[PERSOON|Saskia Bruggink]], dhr. [[PERSOON|Ter Haar]] en dochter [[PERSOON|Wilma]]. Voorlopige ontslagdatum [[DATUM|12 maart]]. Barthel nu 16/20 (bij opname 9). Thuiszorg ([[ORGANISATIE|Zorgthuis Achterhoek]]) wordt aangevraagd voor hulp bij douchen. Mw. reageerde opgelucht: "Dan kan ik mijn eigen vogels weer voeren." /[[PERSOON|SB]]`,
  },
  {
    id: 'h2-046',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-h2',
    knownNames: ['Mw. S. (Sanne) de Lange'],
    text: `wk 9
ma: [[PERSOON|sanne]] ziek thuis (verkouden, 37,6). Moeder heeft 's ochtends gebeld. - [[PERSOON|pk]]
di: weer op de groep. In de winkel geholpen met vakken vullen, samen met [[PERSOON|ahmed]] en Ome [[PERSOON|Jan]] (vrijwilliger). Zoals altijd veel gepraat over haar vriendje [[PERSOON|Kevin]] van de andere groep. /[[PERSOON|JH]]
wo: rustig, tekening gemaakt voor oma die in het ziekenhuis ligt. Vroeg of ze morgen oma mag bellen. - [[PERSOON|pk]]
do: uitstapje naar de kinderboerderij. [[PERSOON|Sanne]] wilde niet in het busje achterin, mocht voorin naast [[PERSOON|Karel]] (chauffeur). Daarna top. /[[PERSOON|JH]]
vr: teamoverleg - afgesproken dat we [[PERSOON|Sanne]] vanaf nu vooraf vertellen waar ze zit in het busje (pictogram). [[PERSOON|pk]]`,
  },
  {
    id: 'h2-047',
    genre: 'mdo',
    setting: 'ZKH',
    author: 'auteur-h2',
    text: `Transmuraal MDO palliatieve zorg - [[ORGANISATIE|Ziekenhuis Berkelland]], wo [[DATUM|19 maart]]
Voorzitter: [[PERSOON|C.M. Hogenkamp]] (internist-oncoloog, [[PERSOON|CH]]). Notulen: [[PERSOON|Femke Arink]] (verpleegkundig specialist palliatieve zorg, [[PERSOON|FA]]).
Verder aanwezig: [[PERSOON|Pelgrom, R.]] (huisarts, [[PERSOON|RP]]), [[PERSOON|Marit Wansink]] (wijkverpleging, [[PERSOON|MW]]), ds. [[PERSOON|J. van Lohuizen]] (geestelijk verzorger), [[PERSOON|L. Nijkamp]] (diëtist).

1. Dhr. [[PERSOON|G. Hulshof]], 74, mesothelioom, 3e lijn chemo gestopt op eigen verzoek.
Thuis met echtgenote in [[PLAATS|Lochem]]. Toenemende dyspneu, ascites niet aanwezig. Morfine retard 2dd30 mg. [[PERSOON|RP]] vraagt naar de mogelijkheden van een pleurodrain thuis (PleurX).
Besluit: PleurX-plaatsing poliklinisch ([[DATUM|25/3]]), [[PERSOON|MW]] instrueert echtgenote.

2. Mw. [[PERSOON|Erkens-Meulenbelt]], 68, ovariumcarcinoom, ileus bij peritonitis carcinomatosa.
Opgenomen op 3 Noord. Wens: sterven in [[ORGANISATIE|Hospice De Herberg]] in [[PLAATS|Zutphen]]; daar is vanaf [[DATUM|21 maart]] plek. Sondevoeding gestaakt, maaghevel blijft.
Besluit: overplaatsing vrijdag, transferverpleegkundige [[PERSOON|Thea]] regelt vervoer. Zoon [[PERSOON|Tim]] wordt gebeld door [[PERSOON|FA]].

Actiepunten
- PleurX aanvragen - [[PERSOON|CH]], [[DATUM|20/3]]
- instructie echtgenote dhr. [[PERSOON|Hulshof]] - [[PERSOON|MW]]
- overdracht hospice - [[PERSOON|FA]], [[DATUM|21/3]]
Volgend MDO [[DATUM|2 april]].`,
  },
  {
    id: 'h2-048',
    genre: 'email',
    setting: 'GGZ',
    author: 'auteur-h2',
    text: `Van: [[PERSOON|Esther Veldkamp]] <[[EMAIL|e.veldkamp@psychologenpraktijkdevecht.nl]]>
Aan: [[PERSOON|Jansen, P.]] <[[EMAIL|p.jansen@wijkteamhardenberg.nl]]>
Onderwerp: Terugkoppeling intake - [[PERSOON|Lisa K.]]
Datum: [[DATUM|05-03-2025]]

Hoi [[PERSOON|Petra]],

Kort bericht na de intake van gisteren met [[PERSOON|Lisa]] (16) en haar moeder. Met toestemming van beiden deel ik het volgende: er is sprake van angstklachten en schoolvermijding sinds de verhuizing van [[PLAATS|Coevorden]] naar [[PLAATS|Hardenberg]]. Geen aanwijzingen voor een eetstoornis. We starten volgende week met CGT, wekelijks, 10 sessies.

Zou jij het contact met de school (mentor dhr. [[PERSOON|Lubbinge]]) willen blijven onderhouden? Moeder geeft aan dat ze het fijn vindt als er één aanspreekpunt is.

Groet,
[[PERSOON|Esther]]

[[PERSOON|E. Veldkamp]], GZ-psycholoog, BIG [[ID|29123456725]]
[[ORGANISATIE|Psychologenpraktijk De Vecht]] | [[ADRES|Stationsstraat 28-1]], [[POSTCODE|7772 CH]] [[PLAATS|Hardenberg]]
[[TELEFOON|0523 - 27 19 40]] | [[URL|https://www.psychologenpraktijkdevecht.nl]]`,
  },
];
