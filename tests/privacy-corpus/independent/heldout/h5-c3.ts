import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h5-c25',
    genre: 'crisis',
    setting: 'wijk',
    author: 'auteur-h5c',
    knownNames: ['Mw. S. (Sita) Jagesar-Ramcharan'],
    text: `Crisisnotitie wijkverpleging - maandag [[DATUM|26-02-2024]]
Locatie: [[ADRES|Erasmusweg 1080]], [[POSTCODE|2532 cx]] [[PLAATS|Den Haag]] ([[PLAATS|Moerwijk]])

Bij ochtendbezoek 08:45 deed mw. pas na lang bellen open. Mw. (84) zat in nachtkleding, had niet gegeten, koelkast leeg. Blauwe plekken beide bovenarmen (vingerafdrukken?) en schaafwond li wang. Mw. zegt eerst "gevallen", later huilend dat zoon [[PERSOON|Ravi]] "boos was om het geld". Zoon woont sinds kerst bij haar in, volgens buurvrouw (mw. [[PERSOON|Kromodimedjo]], nr. 1078) komt hij 's nachts laat thuis en is er vaak geschreeuw. Pinpas van mw. ligt niet in huis.

Zoon was niet aanwezig. Mw. wil niet dat we de politie bellen, "hij is mijn kind".

Acties:
- 09:10 overleg met teamleider [[PERSOON|Marieke Zuidgeest]] en aandachtsfunctionaris huiselijk geweld ([[PERSOON|Priya]]).
- 09:30 HA gebeld ([[ORGANISATIE|Gezondheidscentrum Moerwijk-Zuid]], dr. [[PERSOON|Ferwerda]]), komt 11:00 op visite.
- Advies gevraagd bij Veilig Thuis Haaglanden, melding gedaan volgens meldcode, registratienr. [[ID|7702413]].
- Mw. kan niet alleen blijven. Dochter [[PERSOON|Anita Jagesar]] ([[PLAATS|Rijswijk]], [[TELEFOON|06-39 58 12 04]]) komt haar vandaag halen, mw. logeert voorlopig bij haar.
- HA vraagt crisisopname aan via de spoedlijn, plek mogelijk bij [[ORGANISATIE|Woonzorgcentrum Het Uiterjoon]] vanaf morgen.
- Foto's van letsel gemaakt met toestemming mw., opgeslagen in dossier.

Mw. is helder, oriëntatie goed, geen aanwijzingen voor delier. Vitale waarden: RR 146/88, p 92, T 36,8.

Vervolg: dagelijks bezoek houden, dochter houdt ons op de hoogte. Geen info aan zoon geven.

[[PERSOON|Joyce]] ([[PERSOON|JvR]]), wijkverpleegkundige [[ORGANISATIE|Haagse Zorgkring]]`,
  },
  {
    id: 'h5-c26',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-h5c',
    knownNames: ['Dhr. S. (Sem) de Bruijn'],
    text: `Evaluatie begeleidingsplan - ambulante begeleiding
[[ORGANISATIE|Stichting Heuvelrug Begeleiding]], team [[PLAATS|Veenendaal]]
Datum: [[DATUM|6 november 2023]]
Aanwezig: [[PERSOON|Sem]], moeder, [[PERSOON|Rianne]] (begeleider), [[PERSOON|T. Wouda]] (jobcoach [[ORGANISATIE|Werkwijs Jobcoaching]])

[[PERSOON|Sem]] (20, ASS, licht verstandelijke beperking) woont sinds maart in een studio aan de [[ADRES|Kerkewijk 201-12]] in [[PLAATS|Veenendaal]], begeleiding 4 u/w.

Doel 1 Zelfstandig wonen
Gaat beter. Doet zelf de was (op vaste dag, zaterdag). Koken lukt 3x p/w, andere dagen haalt hij een kant-en-klaarmaaltijd bij de Albert Heijn. Afwas stapelt nog op. Weekplanner op de koelkast werkt goed.

Doel 2 Werk
[[PERSOON|Sem]] werkt sinds [[DATUM|1 sept]] 16 u/w bij [[ORGANISATIE|Fietsenmakerij Van Ginkel]] in [[PLAATS|Rhenen]]. Baas ([[PERSOON|Henk van Ginkel]]) tevreden, "hij kan beter banden plakken dan ik". Moeite met klanten aan de balie, nu afgesproken dat hij alleen in de werkplaats werkt. Jobcoach bouwt af naar 1x per 2 wk.

Doel 3 Vrije tijd / sociaal
Veel gamen, 's nachts tot 3 uur. Daardoor 2x te laat op werk. Afspraak: pc uit om 0:30. [[PERSOON|Sem]] vindt dit "kinderachtig" maar gaat akkoord voor 4 weken. Lid geworden van [[ORGANISATIE|Modelspoorclub De Wissel]], gaat elke donderdagavond.

Financien: loopt via bewindvoerder (mw. [[PERSOON|Brinkman]], [[ORGANISATIE|Bewindvoering Het Heuvelland]]). [[PERSOON|Sem]] wil meer zakgeld, bespreekt hij zelf met haar.

Moeder ([[PERSOON|Ingrid de Bruijn]]) blij met de ontwikkeling, wel zorgen over het nachtritme.

Afspraken: evaluatie slaap [[DATUM|4-12]]; nieuwe evaluatie plan mei 2024.

[[PERSOON|Rianne]] / [[PERSOON|RvdP]]`,
  },
  {
    id: 'h5-c27',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h5c',
    text: `[[ORGANISATIE|Noorderhaven Ziekenhuis]]
Interne Geneeskunde / Ouderengeneeskunde
[[ADRES|Huisduinerweg 300]], [[POSTCODE|1782 GZ]] [[PLAATS|Den Helder]]

Aan: specialist ouderengeneeskunde, [[ORGANISATIE|Verpleeghuis De Zeemanshof]], [[PLAATS|Den Helder]]
cc: huisarts [[PERSOON|W. Kroon]], [[ORGANISATIE|Huisartsenpraktijk Julianadorp]]

Datum: [[DATUM|29 november 2023]]
Betreft: mw. [[PERSOON|Zijlstra-Bos, D.]], geb. [[DATUM|19-04-1928]]
BSN [[BSN|167868433]]

Geachte collega,

Hierbij de ontslagbrief van mw. [[PERSOON|Zijlstra]], een vrouw van [[LEEFTIJD|vijfennegentig]], die van [[DATUM|18 t/m 28 november]] bij ons was opgenomen.

Opnamereden: verwardheid en koorts, van huis ([[ADRES|Middenweg 88-A]], [[PLAATS|Julianadorp]]) met ambulance ingestuurd.
Diagnosen:
1. Pneumonie li onderkwab (S. pneumoniae in sputum)
2. Hyperactief delier
3. Hyponatriëmie (Na 124), bij gebruik hydrochloorthiazide
Voorgeschiedenis: vasculaire dementie, M. Paget van het bekken, CVA (2017), glaucoom.

Beloop: behandeld met amoxicilline iv, later oraal. Delier reageerde op niet-medicamenteuze maatregelen en kortdurend haloperidol 0,5 mg. Natrium na staken HCT en vochtbeperking 134. Katz-ADL bij ontslag 5, mobiliteit met rollator onder begeleiding. Terugkeer naar huis niet verantwoord; in overleg met dochter ([[PERSOON|Marga Zijlstra]]) en casemanager ([[ORGANISATIE|Zorgnetwerk Kop van Noord-Holland]]) crisisplaatsing bij u.

Medicatie bij ontslag: amoxicilline 750 mg 3dd t/m [[DATUM|1 dec]], Xalatan oogdruppels 1dd bdz, paracetamol 1g 3dd, hydrochloorthiazide gestaakt.
Beleid: niet reanimeren, geen IC (besproken [[DATUM|20-11-2023]] met pt. en dochter).
Controle: Na over 1 week, graag via uw eigen lab.

Met vriendelijke groet,

[[PERSOON|H. Tjoa]], internist ouderengeneeskunde
[[PERSOON|S. de Vries]], ANIOS
[[TELEFOON|0223 69 60 00]]`,
  },
  {
    id: 'h5-c28',
    genre: 'verwijzing',
    setting: 'wijk',
    author: 'auteur-h5c',
    text: `Aanmelding casemanagement dementie
Aan: [[ORGANISATIE|Dementienetwerk De Bevelanden]], t.a.v. intake
Van: [[PERSOON|Lieke Damen]], wijkverpleegkundige, [[ORGANISATIE|Thuiszorg De Oosterschelde]], team [[PLAATS|Heinkenszand]]
Datum: [[DATUM|14/03/2024]]

Client: mw. [[PERSOON|Cornelia (Cor) Verhage-Dregmans]], geb. [[DATUM|7 oktober 1939]]
Adres: [[ADRES|Kerkweg 12 a]], [[POSTCODE|4451AB]] [[PLAATS|Heinkenszand]]
Huisarts: [[PERSOON|J.P. Wisse]], [[ORGANISATIE|Huisartsenpraktijk 't Zand]]
Diagnose: ziekte van Alzheimer, gesteld [[DATUM|6 febr. 2024]] door geheugenpoli (MMSE 21).

Reden aanmelding:
Mw. woont met echtgenoot (dhr. [[PERSOON|Verhage]], 86) in een eengezinswoning. Wij komen 1x p/d voor medicatie en 2x p/w voor douchen. Dhr. doet het huishouden maar raakt overbelast: hij is vergeetachtig zelf en heeft COPD. Mw. raakt 's middags onrustig, loopt naar buiten "om de koeien te melken". Zoon ([[PERSOON|Adrie]]) woont in [[PLAATS|Kapelle]] en komt in het weekend, dochter woont in Canada.
Mw. kerkt bij de [[ORGANISATIE|Gereformeerde Kerk Heinkenszand]], ouderling (dhr. [[PERSOON|de Koster]]) komt wekelijks op bezoek, dat geeft veel steun.

Vraag: casemanagement voor begeleiding van het echtpaar, info over dagbesteding (ze zijn gericht op [[ORGANISATIE|Dagcentrum De Poel]] in [[PLAATS|Goes]]), en verkenning van Wlz-indicatie en logeeropvang.

Contact: zoon [[PERSOON|Adrie Verhage]], [[TELEFOON|06-22 81 40 37]]; echtpaar zelf [[TELEFOON|0113 56 24 19]] (bel na 10:00).

Met vriendelijke groet,
[[PERSOON|Lieke Damen]]
[[EMAIL|l.damen@thuiszorgoosterschelde.nl]]`,
  },
  {
    id: 'h5-c29',
    genre: 'soep',
    setting: 'GGZ',
    author: 'auteur-h5c',
    knownNames: ['Dhr. K. (Kamil) Nowak'],
    text: `Poli volwassenen ADHD - [[ORGANISATIE|Kairosgroep GGZ]], locatie [[PLAATS|Haarlem-Schalkwijk]]
Consult [[DATUM|5 juni 2024]], psychiater dr. [[PERSOON|R. Mulder]]
Clientnr [[ID|55120946]]

S: Dhr. (31) komt voor medicatiecontrole, 6 wk na start methylfenidaat (Concerta 36 mg). Merkt dat hij beter kan focussen op werk (heftruckchauffeur / planner bij [[ORGANISATIE|Distributiecentrum Polderpoort]] in [[PLAATS|Hoofddorp]]). Eetlust minder, 's middags hoofdpijn. Slaapt later in. Drinkt 4-5 blikjes energy per dag, "minder dan vroeger". Partner ([[PERSOON|Joanna]]) vindt hem rustiger. Spreekt Nederlands goed, soms Engelse woorden.
Blowt niet meer sinds januari (zegt hij).

O: Rustig, goed contact, geen psychotische kenmerken. RR 138/90 (vorige keer 124/78), pols 92. Gewicht 71,2 kg (-2,4 kg). Geen tics.

E: ADHD, gecombineerd beeld. Goed effect methylfenidaat, bijwerkingen eetlust, hoofdpijn, verhoogde RR. Cafeine speelt waarschijnlijk mee.

P:
- Concerta 36 mg handhaven, niet ophogen.
- Energydrank afbouwen, max 1 per dag. Uitleg gegeven.
- RR over 4 wk opnieuw, via POH van eigen HA ([[ORGANISATIE|Huisartsenpraktijk Molenwijk]]) of hier.
- Psycho-educatie groep start [[DATUM|2 september]] (dinsdagavond), dhr. wil graag.
- Recept naar [[ORGANISATIE|Apotheek Schalkwijk]] (opiumwet, origineel recept).
- Volgende consult [[DATUM|10-07]], 16:30.

[[PERSOON|RM]]`,
  },
  {
    id: 'h5-c30',
    genre: 'mdo',
    setting: 'ZKH',
    author: 'auteur-h5c',
    knownNames: ['Dhr. A. (Abdelkader) Benali'],
    text: `MDO stroke unit - [[ORGANISATIE|Lingebocht Ziekenhuis]] [[PLAATS|Gorinchem]]
do [[DATUM|8 februari]] 13:00
Aanwezig: neuroloog dr. [[PERSOON|P. Zevenbergen]], VS [[PERSOON|Anja]], fysio [[PERSOON|Koen]], ergo [[PERSOON|M. Oosterhout]], logopedist [[PERSOON|Hatice]], transferverpleegkundige [[PERSOON|L. van Dam]]

Pt.: dhr. [[PERSOON|Benali]], 64 jr, kamer 3, opname [[DATUM|2/2]] ivm herseninfarct li (a. cerebri media), IVT gehad.
NIHSS opname 9, nu 5. Paresen re arm > been, afasie (vooral woordvinding). Slikscreening: gemalen voeding en verdikte dranken.
Fysio: staan met hulp 1, lopen 10 m met looprek en begeleiding. Berg Balance Scale 24.
Ergo: ADL grotendeels afhankelijk, Barthel 9/20.
Logo: begrip redelijk, uiting moeizaam, frustreert hem. Arabisch en Nederlands, familie zegt dat het Arabisch beter gaat.
VS: RR goed ingesteld, LDL 3,8 -> statine gestart. AF niet aangetoond, Holter 7 dagen aangevraagd.

Sociaal: woont met echtgenote ([[PERSOON|Fatima]]) op 2-hoog in [[PLAATS|Sliedrecht]]. Werkt als lasser bij [[ORGANISATIE|Jachtwerf Boven-Lek]]. Zoon [[PERSOON|Youssef Benali]] contactpersoon.
Wens pt. en familie: zo snel mogelijk naar huis.

Conclusie: indicatie voor klinische revalidatie. Aanmelding [[ORGANISATIE|Revalidatiecentrum Het Duinlicht]], locatie [[PLAATS|Dordrecht]]. Indien wachttijd > 1 wk: overbrugging GRZ [[ORGANISATIE|Zorgcentrum Merwezicht]].

Acties: [[PERSOON|LvD]] aanmelding RC vandaag; [[PERSOON|Anja]] gesprek familie morgen 11:00; herhaal MDO [[DATUM|15/2]].`,
  },
  {
    id: 'h5-c31',
    genre: 'email',
    setting: 'GGZ',
    author: 'auteur-h5c',
    text: `Van: [[PERSOON|Stefan Ooms]] <[[EMAIL|s.ooms@ggzdeltaweide.nl]]>
Aan: [[PERSOON|Wijnands, C.]] <[[EMAIL|c.wijnands@vlaardingsehaven.nl]]>
Verzonden: dinsdag [[DATUM|5 maart 2024]] 14:27
Onderwerp: RE: woning dhr. [[PERSOON|Amezian]], [[ADRES|Van Hogendorplaan 640]]

Beste [[PERSOON|Carla]],

Dank voor je bericht. Ik begrijp dat de situatie in de woning van dhr. [[PERSOON|Amezian]] zorgelijk is en dat buren klagen over stank. Dhr. is bij ons in behandeling; zonder zijn toestemming kan ik inhoudelijk weinig zeggen. Ik heb hem gisteren gesproken en hij geeft toestemming voor overleg over de woning.

Voorstel: gezamenlijk huisbezoek met jou, mij en wijkteam [[PLAATS|Westwijk]] ([[PERSOON|Naima Tahiri]]) op do [[DATUM|14 maart]] om 10:00. Dhr. weet ervan en is akkoord, als er niemand "met een container" komt. Ik wil vragen om de ontruimingsprocedure aan te houden tot na dat bezoek. Hij staat open voor hulp bij opruimen via [[ORGANISATIE|Stichting Schoon Schip Vlaardingen]].

Groet,
[[PERSOON|Stefan Ooms]]
SPV, FACT [[PLAATS|Vlaardingen]]
[[ORGANISATIE|GGZ Deltaweide]]
[[TELEFOON|010-4 35 66 90]]

-----
Op ma [[DATUM|4 mrt 2024]] om 09:12 schreef [[PERSOON|Wijnands, C.]]:
> Hoi [[PERSOON|Stefan]],
> Wij krijgen veel klachten over de woning van dhr. [[PERSOON|R. Amezian]] (huurnr. [[ID|201144871]]). Bij inspectie bleek de woning ernstig vervuild, ongedierte aanwezig. Als er niets verandert starten we een procedure. Is dhr. bij jullie bekend? Ik hoor graag of we iets samen kunnen doen.
> Met vriendelijke groet,
> [[PERSOON|Carla Wijnands]], wijkconsulent [[ORGANISATIE|Woonstichting De Vlaardingse Haven]]`,
  },
  {
    id: 'h5-c32',
    genre: 'overdracht',
    setting: 'GGZ',
    author: 'auteur-h5c',
    knownNames: ['Mw. N. (Noor) van den Broek-Aydın'],
    text: `Overdracht dag -> avond, [[ORGANISATIE|Kliniek Heidestein]] afd. Intensieve Zorg, [[PLAATS|Den Dolder]]
[[DATUM|21 augustus]], 15:00

S: mw. [[PERSOON|van den Broek]] (kamer 6), 3e dag van opname onder zorgmachtiging (Wvggz). Vandaag 2x ernstig ontremd, schreeuwen op de gang, ramen bonken. Om 11:20 afzondering in EBK na slaan naar [[PERSOON|Jorien]] (PB'er), daar ca. 45 min.
B: bipolaire stoornis, manisch met psychotische kenmerken. Thuis gestopt met lithium. Vorige opname 2022 [[ORGANISATIE|Lindeboog GGZ]] [[PLAATS|Utrecht]].
A: Nu rustiger na Haldol 5 mg + Temesta 2,5 mg (om 11:30). Heeft gegeten, drinkt weinig (ca 700 ml). Slaapt niet, wakker sinds 04:00. Geen zicht op suicidaliteit, wel grootheidsideeen ("ik ben eigenaar van de kliniek"). Lithiumspiegel morgen 08:00 (nuchter). Vitale waarden: RR 142/90, p 104, T 37,2.
R:
- Om 18:00 opnieuw beoordelen of ze op de afdeling kan eten, anders op kamer.
- Psychiater dr. [[PERSOON|Hakimi]] komt om 17:00, bereikbaar via sein [[ID|7734]].
- Echtgenoot dhr. [[PERSOON|Luuk van den Broek]] belt vanavond, mag beperkt info (toestemming in dossier). Moeder (mw. [[PERSOON|Aydın]]) niet, geen toestemming.
- Zoontje ([[PERSOON|Milan]], 4) bij oma in [[PLAATS|Maarssen]].
- Bezoek vandaag niet, volgens besluit van behandelaar.

[[PERSOON|Jorien]] / [[PERSOON|JtH]] -> avond: [[PERSOON|Bas]], [[PERSOON|Mirjam]]`,
  },
  {
    id: 'h5-c33',
    genre: 'rapportage',
    setting: 'HA',
    author: 'auteur-h5c',
    knownNames: ['Mw. J. (Jopie) van Kessel'],
    text: `Rapportage POH ouderen - [[ORGANISATIE|Huisartsenpraktijk De Veenhoeve]], [[PLAATS|Mijdrecht]]

[[DATUM|11-03-2024]] huisbezoek ([[PERSOON|AH]])
Mw. is [[LEEFTIJD|97]], woont zelfstandig in [[PLAATS|Wilnis]], [[ADRES|Dorpsstraat 45 A]]. Nicht ([[PERSOON|Tineke de Haan]]) aanwezig. Mw. zegt "het gaat best", wel moe. Valt niet. Loopt met stok binnenshuis. TUG 19 sec. Eet warme maaltijd van de maaltijdservice, rest broodjes. Gewicht 58 kg (sept 61). Medicatierol van [[ORGANISATIE|Apotheek De Ronde Venen]], klopt niet helemaal: furosemide staat 2x op de rol. Apotheek gebeld, aangepast.
Thuiszorg: [[ORGANISATIE|Zorgkring Veenweide]], 1x p/w douchen. Mw. wil niet meer.
Bij inschrijving formulier staat BSN [[ID|287341956]] - klopt niet met ons systeem, navragen.
Plan: bespreken met HA, bloed (Hb, nierfunctie, Na/K) prikken thuis.

[[DATUM|13/3]] tel. ([[PERSOON|AH]])
Nicht belt terug: juiste BSN doorgegeven, [[BSN|611148936]], aangepast in HIS. Lab afgesproken [[DATUM|18 maart]] thuis.

[[DATUM|20-3]] ([[PERSOON|AH]])
Lab: Hb 7,2, eGFR 38, Na 133, K 5,3. Besproken met HA dr. [[PERSOON|Van Eijk]]: furosemide halveren, spironolacton gestaakt. Ctrl K over 1 week.
Nicht gevraagd voor gesprek over wensen levenseinde. Mw. heeft al een wilsverklaring ("al jaren, bij de notaris in [[PLAATS|Vinkeveen]]").

[[DATUM|27 maart]] ([[PERSOON|AH]])
K 4,8. Mw. voelt zich beter, ze is "weer de oude". Afspraak gesprek levenseinde met HA [[DATUM|4 april]] 15:00, nicht erbij.
Volgend huisbezoek POH over 3 mnd.`,
  },
  {
    id: 'h5-c34',
    genre: 'email',
    setting: 'HA',
    author: 'auteur-h5c',
    text: `Van: [[EMAIL|marijke.boone73@hotmail.com]]
Aan: [[EMAIL|econsult@huisartsenscheldekust.nl]]
Datum: [[DATUM|22-08-2024]] 21:48
Onderwerp: uitslag bloed + vraag

Goedenavond,

Ik heb vorige week bloed laten prikken (op verzoek van dr. [[PERSOON|Luijk]]) maar heb nog geen uitslag gehad. Kunt u die mailen? Ik ben nog steeds zo moe en mijn haar valt uit.
Ook een vraag voor mijn zoon [[PERSOON|Daan]] (14): hij heeft een sportkeuring nodig voor de voetbal ([[ORGANISATIE|VV Hulsterloo]]) en voor school ([[ORGANISATIE|Het Vossenpad College]], sportklas). Moet daar een afspraak voor?

Groetjes, [[PERSOON|Marijke Boone]]
geb. [[DATUM|03-05-1973]]

---

Van: [[EMAIL|econsult@huisartsenscheldekust.nl]]
Aan: [[EMAIL|marijke.boone73@hotmail.com]]
Datum: [[DATUM|23-08-2024]] 11:05
Onderwerp: RE: uitslag bloed + vraag

Beste mevrouw [[PERSOON|Boone]],

Uw uitslagen zijn binnen. Hb 7,9 en ferritine 9, dat is laag: u heeft ijzertekort. TSH en glucose zijn normaal. Vitamine B12 en D ook goed.
Advies: ferrofumaraat 200 mg 1x per dag, innemen met sinaasappelsap, niet met thee of koffie. Het recept staat klaar bij [[ORGANISATIE|Apotheek Hulst Centrum]]. Over 3 maanden opnieuw bloed prikken. Komt u bij heftig bloedverlies tijdens de menstruatie graag even langs, dan kijken we verder.

Voor de sportkeuring van [[PERSOON|Daan]]: dat doen wij niet, die kunt u laten doen bij een sportarts (bijv. via de KNVB of de sportmedische afdeling van het ziekenhuis).

Met vriendelijke groet,
[[PERSOON|Sanne Luijk]], huisarts
[[ORGANISATIE|Huisartsenpraktijk Scheldekust]]
[[ADRES|Steenstraat 17-19]], [[POSTCODE|4561 AS]] [[PLAATS|Hulst]] | [[TELEFOON|0114-31 20 55]]
Dit e-consult komt in uw dossier.`,
  },
  {
    id: 'h5-c35',
    genre: 'overdracht',
    setting: 'wijk',
    author: 'auteur-h5c',
    knownNames: ['Mw. T. (Trijntje) Groot-Kok'],
    text: `Overdracht avondzorg -> nachtzorg, [[ORGANISATIE|Zorgcollectief IJsselmeerkust]]
za [[DATUM|30 dec.]]

Mw. [[PERSOON|Groot]] ([[LEEFTIJD|99]] jr), [[ADRES|Westerstraat 210-zw]], [[POSTCODE|1601 an]] [[PLAATS|Enkhuizen]]
Sleutelkluis: code in planning, niet op papier.

Vanavond (21:15): mw. was erg benauwd, sat 89%, AF 26. Geen koorts. Enkels fors oedeem, groter dan vanochtend. Dochter [[PERSOON|Aaltje]] ("Aal") was aanwezig.
HAP [[PLAATS|Hoorn]] gebeld 21:30, arts (dr. [[PERSOON|Van Dongen]]) kwam 22:05: decompensatio cordis, furosemide 40 mg extra gegeven (iv), morgen via eigen HA ophogen. Beleid: thuis blijven, geen opname, dit past bij wat mw. wil (NR-verklaring [[DATUM|15-06-2023]] in de map).
Katheter loopt, urine donker, ca. 150 ml in zak om 22:30.
Pijn li heup NRS 3, paracetamol 1000 mg gegeven 22:15.

Nacht:
- Rond 01:00 en 04:00 langsgaan (afgesproken met planning, [[PERSOON|Gea]]).
- Zakje legen, sat meten. Bij sat < 85 of veel onrust: HAP bellen, [[TELEFOON|0900 - 112 33 44]].
- Mw. slaapt in de stoel in de kamer, wil niet in bed.
- Dochter blijft slapen in de logeerkamer, haar mobiel: [[TELEFOON|06 48 29 10 63]].

Zondag: eigen HA (praktijk [[ORGANISATIE|Het Westerhaven]]) is niet bereikbaar, dan via HAP. Overdracht ochtend naar [[PERSOON|Femke]] van team [[PLAATS|Bovenkarspel]].

[[PERSOON|Margreet]] / [[PERSOON|MdG]]`,
  },
  {
    id: 'h5-c36',
    genre: 'rapportage',
    setting: 'GGZ',
    author: 'auteur-h5c',
    knownNames: ['Dhr. R. (Ronnie) Cijsouw'],
    text: `Rapportage beschermd wonen [[ORGANISATIE|Het Zeekraalhuis]] - [[ORGANISATIE|Stichting Kustbaken Verslavingszorg]], [[PLAATS|Vlissingen]]

[[DATUM|02-10-2023]] 10:30
[[PERSOON|Ronnie]] vanochtend op tijd bij de methadonverstrekking (45 mg), urinecontrole afgegeven. Stemming vlak. Zegt dat hij gisteren "een paar biertjes" had bij zijn broer [[PERSOON|Danny]] in [[PLAATS|Oost-Souburg]]. Afgesproken dat hij dit zelf bespreekt met zijn casemanager.
- [[PERSOON|Esra]]

[[DATUM|02-10-2023]] 16:45
Bezoek van moeder, mw. [[PERSOON|Cijsouw-Dieleman]]. [[PERSOON|Ronnie]] wilde geld van haar, ze weigerde. Daarna boos op zijn kamer, deur dichtgesmeten. Na 20 min weer beneden, excuses. 
- [[PERSOON|rd]]

[[DATUM|03-10-2023]] 09:00
Uitslag urine: positief op cocaine, negatief op opiaten buiten methadon. Besproken met [[PERSOON|ronnie]], hij ontkent eerst, later "1 lijntje". Melding aan casemanager [[PERSOON|H. Maas]].
Thiamine wordt dagelijks gegeven ivm alcoholgebruik in verleden (Wernicke-encefalopathie voorkomen), psychiater wil over 2 mnd neuropsychologisch onderzoek ivm vermoeden beginnend Korsakov.
Werk: dhr. heeft vandaag afgezegd bij de dagbesteding ([[ORGANISATIE|Houtwerkplaats De Spaander]]), "geen zin". Werkbegeleider [[PERSOON|Kees]] belt morgen.
- [[PERSOON|Esra]] / [[PERSOON|EY]]

[[DATUM|4 okt]] 14:00
Gesprek casemanager, dhr. en PB'er. Afspraak: 4 weken extra urinecontroles (ma en do). Bij positieve uitslag gesprek over gevolgen voor zijn plek. Hij wil graag blijven. Zakgeld via [[ORGANISATIE|Bewindvoering Scheldestad]] wordt in 2 delen per week uitgekeerd. Hij heeft nieuwe jas gekocht bij de Zeeman.
Dhr. vraagt of hij met kerst naar zijn dochter ([[PERSOON|Kelly]], [[PLAATS|Terneuzen]]) mag. Bespreken in MDO.
- [[PERSOON|HM]]`,
  },
];
