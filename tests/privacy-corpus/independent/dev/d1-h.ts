import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd1-102',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-d1',
    text: `[[ORGANISATIE|Ziekenhuis Sint Servaas]] – Hematologie, afd. 7 Oost
[[ADRES|Servaasweg 12]], [[POSTCODE|6211 AB]] [[PLAATS|Maastricht]] – tel. [[TELEFOON|043-3870000]]

Aan: huisarts [[PERSOON|H.J.G. Lemmens]], [[ORGANISATIE|Huisartsenpraktijk Heer]], [[PLAATS|Maastricht]]
Datum: [[DATUM|27 januari 2025]]

Betreft: dhr. [[PERSOON|J.M.H. (Jean) Vroemen]], geb. [[DATUM|03-12-1934]]
Pat.nr. [[ID|2206614]], BSN (volgens verwijzing) [[ID|264813596]]
[[ADRES|Akersteenweg 51 bis]], [[POSTCODE|6227 AB]] [[PLAATS|Maastricht]]

Geachte collega [[PERSOON|Lemmens]],

Uw patiënt, een [[LEEFTIJD|90]]-jarige man, werd van [[DATUM|20-01]] tot [[DATUM|27-01]] opgenomen met hypercalciëmie (Ca 3,4 mmol/l) en acute nierinsufficiëntie. Het BSN op uw verwijzing bleek niet te kloppen; graag controleren in uw systeem.

Diagnostiek: M-proteïne IgG-kappa 38 g/l, beenmergpunctie 40% plasmacellen, skeletonderzoek met lytische laesies in schedel en bekken. Conclusie: multipel myeloom (M. Kahler), ISS stadium III.

Behandeling: hydratie, zoledroninezuur, dexamethason. Calcium genormaliseerd, kreatinine van 210 naar 135. Na uitvoerig gesprek met dhr. en zijn dochters ([[PERSOON|Mariëtte]] en [[PERSOON|Anne-Marie]]) is gekozen voor een milde behandeling: daratumumab-lenalidomide-dexamethason wordt niet gegeven; wel dexamethason 20 mg wekelijks en bisfosfonaat maandelijks. Hij wil zo lang mogelijk thuis blijven bij zijn vrouw, die zelf bekend is met M. Alzheimer.

Medicatie bij ontslag: dexamethason 20 mg 1x per week (maandag), zoledroninezuur maandelijks via dagbehandeling, valaciclovir 500 mg 2dd, pantoprazol 40 mg, oxycodon 5 mg zo nodig.
Controle: polikliniek hematologie over 2 weken (dr. [[PERSOON|Habets]]).

Met vriendelijke groet,
[[PERSOON|M. Ploumen]], arts-assistent interne geneeskunde`,
  },
  {
    id: 'd1-103',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-d1',
    text: `Spoedverwijzing psychiatrie – telefonisch afgestemd met dienstdoend psychiater [[PERSOON|Hamers]] op [[DATUM|17-7-2024]]
Patiënt: mw. [[PERSOON|Lisanne Wubbels]], geb. [[DATUM|04-08-1983]], [[ADRES|Het Want 33]], [[POSTCODE|8224 CP]] [[PLAATS|Lelystad]]
Na de bevalling ([[DATUM|2 juli]]) toenemend somber, schuldgevoelens, slaapt niet. Vandaag uitspraken over "beter af zonder mij". Partner ([[PERSOON|Rutger]], [[TELEFOON|06-13927766]]) is thuis. Graag beoordeling vandaag.
[[PERSOON|E.J. Koudijs]], huisarts, [[ORGANISATIE|Gezondheidscentrum Atolwijk]]`,
  },
  {
    id: 'd1-104',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-d1',
    knownNames: ['Daan (D.) Meulenbelt'],
    text: `[[DATUM|11-10-2024]] C, met moeder
S: [[PERSOON|Daan]] (12) heeft sinds 2 mnd pijn onder de knie re, vooral na voetbal en springen. Geen trauma. Moeder ([[PERSOON|Ilse]]) vraagt of hij moet stoppen met voetballen.
O: drukpijn en zwelling tuberositas tibiae re. Knie zelf zonder afwijkingen, geen hydrops, stabiel. Groeispurt (10 cm dit jaar).
E: ziekte van Osgood-Schlatter re.
P: uitleg, belasting doseren op geleide van pijn, koelen, geen verbod op sport. Fysio (oefentherapie) z.n. Ctrl bij toename of nachtpijn. /[[PERSOON|AvdL]]`,
  },
  {
    id: 'd1-105',
    genre: 'mdo',
    setting: 'wijk',
    author: 'auteur-d1',
    knownNames: ['Mw. M. (Maria) dos Santos'],
    text: `Casusoverleg sociaal wijkteam [[PLAATS|Schiedam-Oost]] – [[DATUM|4 december 2024]]
Casus: mw. [[PERSOON|Maria dos Santos]], 79, woont alleen aan de [[ADRES|Nieuwe Haven 182a]]

Aanwezig: [[PERSOON|Liesbeth Mooij]] (wijkverpleegkundige, [[ORGANISATIE|Thuiszorg Waterweg]]), [[PERSOON|Raoul Pinas]] (maatschappelijk werker), [[PERSOON|Samira Bouali]] (Wmo-consulent), huisarts [[PERSOON|K. den Hartog]] (telefonisch), [[PERSOON|José]] (buurvrouw, op uitnodiging mw.)
Notulen: [[PERSOON|LM]]

Signalen
Mw. verwaarloost zichzelf en de woning: ongeopende post, bedorven eten, kat die niet verzorgd wordt. Buurvrouw [[PERSOON|José]] brengt twee keer per week eten. Mw. spreekt Portugees (Kaapverdisch Creools) en beperkt Nederlands; zoon [[PERSOON|Nelson]] woont in Portugal en belt soms.
[[PERSOON|Den Hartog]]: geen bekende dementie, MMSE nooit afgenomen. Wel DM2, slecht gereguleerd (HbA1c 78).

Afspraken
1. Huisbezoek huisarts + wijkverpleging met tolk, cognitieve screening – [[PERSOON|KdH]]/[[PERSOON|LM]], voor [[DATUM|13/12]]
2. Post en financiën in kaart, eventueel budgetbeheer – [[PERSOON|Raoul]]
3. Wmo-aanvraag huishoudelijke hulp – [[PERSOON|SB]]
4. Contact met zoon [[PERSOON|Nelson dos Santos]] (WhatsApp, +351) – [[PERSOON|Raoul]]
5. Evaluatie [[DATUM|8 januari]].`,
  },
  {
    id: 'd1-106',
    genre: 'email',
    setting: 'ZKH',
    author: 'auteur-d1',
    text: `Van: [[PERSOON|Thijs van Beek]] <[[EMAIL|t.vanbeek@streekziekenhuisbetuwe.nl]]>
Aan: [[ORGANISATIE|Huisartsenpraktijk Zetten]] <[[EMAIL|info@huisartszetten.nl]]>
Datum: [[DATUM|28-03-2025]] 17:22
Onderwerp: uitslag na SEH-bezoek – mw. [[PERSOON|A. Hoogstraten]]

Geachte collega,

Mw. [[PERSOON|Anna Hoogstraten]] (geb. [[DATUM|16-09-1962]]) bezocht op [[DATUM|26 maart]] onze SEH met pijn op de borst. Troponine en ECG waren niet afwijkend; zij is met de diagnose atypische thoracale pijn naar huis gegaan. De bloedkweek die wegens koorts werd afgenomen, is vandaag positief: Staphylococcus aureus. Wij hebben mw. gebeld en zij komt vanavond terug voor opname en echo van het hart.

Ter informatie. Bij vragen ben ik bereikbaar via de centrale, [[TELEFOON|0488-457000]], pieper [[ID|3109]].

Met collegiale groet,
[[PERSOON|T. van Beek]], arts SEH
BIG [[ID|69052847301]]
[[ORGANISATIE|Streekziekenhuis Betuwe]]`,
  },
  {
    id: 'd1-107',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-d1',
    knownNames: ['Dhr. R. (Roelof) Bakker'],
    text: `Rapportage afd. Zuid – dhr. [[PERSOON|Bakker]]

di [[DATUM|19-11]] 08:15 Dhr. heeft ziekte van Huntington, vanochtend veel onwillekeurige bewegingen, ontbijt gemorst. Met verzwaarde lepel gaat het beter. Gewicht 64 kg. De bakker heeft de gevraagde zachte broodjes geleverd, die eet hij beter. /[[PERSOON|rt]]
di [[DATUM|19-11]] 14:00 Bezoek van zijn zus [[PERSOON|Gerda Bakker]] en haar man [[PERSOON|Hans de Bakker]]. Ze willen graag dat dhr. vaker naar buiten gaat in de rolstoel. Doorgegeven aan de EVV ([[PERSOON|Chiara]]). /[[PERSOON|rt]]
wo [[DATUM|20-11]] 03:00 Uit bed gevallen (valmatras lag ernaast, geen letsel). Hoog-laagbed stond niet op de laagste stand. MIC ingevuld. /[[PERSOON|nvdb]]
wo [[DATUM|20-11]] 11:30 SO dr. [[PERSOON|Gültekin]] beoordeeld: geen letsel. Tetrabenazine blijft gelijk. Afspraak logopedie voor slikonderzoek op [[DATUM|25/11]]. /[[PERSOON|ch]]`,
  },
  {
    id: 'd1-108',
    genre: 'overdracht',
    setting: 'GGZ',
    author: 'auteur-d1',
    text: `Nachtoverdracht HIC, [[ORGANISATIE|Kliniek De Gouw]] – [[DATUM|31/8]] 07:00

Kamer 1 – [[PERSOON|Benjamin Asante]]: S rustig geslapen. B dag 6 separeer-vrij. A goed gegeten gisteravond, medicatie ingenomen. R vandaag verlof onder begeleiding (1 uur) met zijn moeder, mits rustig.
Kamer 2 – mevr. [[PERSOON|Tiemens]]: S om 02:30 wakker, angstig, hoorde stemmen. B psychose, dag 2. A lorazepam 1 mg gegeven om 02:45, daarna geslapen. R psychiater ([[PERSOON|Drost]]) graag vandaag zien.
Kamer 4 – [[PERSOON|Rob Pronk]]: S weigert te eten. B anorexia, zorgmachtiging. A gewicht 43,2 kg (gisteren 43,5). R gewichtsprotocol, sondevoeding bespreken in de ochtend.

Nacht: [[PERSOON|Gerrie]] en [[PERSOON|Dave]] /[[PERSOON|GdJ]]`,
  },
  {
    id: 'd1-109',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-d1',
    knownNames: ['Mw. I. (Iryna) Kovalenko'],
    text: `Crisisbeoordeling – [[DATUM|15 september 2024]], 22:10
Locatie: gemeentelijke opvang voor Oekraïense ontheemden, [[ADRES|Industrieweg 9]], [[PLAATS|Emmeloord]]
Crisisteam: [[PERSOON|R. Dekker-Smit]] (SPV), psychiater [[PERSOON|A. Nauta]] (telefonisch). Tolk Oekraïens via telefoon.

Aanleiding
Coördinator van de opvang, dhr. [[PERSOON|Vos]], belt: mw. [[PERSOON|Kovalenko]] (46) staat al een uur op de gang te schreeuwen, zegt dat haar zoon in het leger is omgekomen. Ze heeft vanmiddag het bericht gekregen.

Bevindingen
Mw. is ontroostbaar, roept zijn naam ([[PERSOON|Dmytro]]). Ze is helder, georiënteerd. Acute rouwreactie, geen psychotische kenmerken. Ze wil niet meer leven "zonder hem", maar heeft een dochter ([[PERSOON|Sofiia]], 14) hier in de opvang voor wie ze wil zorgen. Geen plan. Medegebruikers van de opvang, mw. [[PERSOON|Hanna]] en mw. [[PERSOON|Olena Bondarenko]], blijven bij haar.

Conclusie
Acute stressreactie bij traumatisch verlies. Geen acuut gevaar dat opname vereist.

Beleid
- oxazepam 10 mg eenmalig, 2 tabletten meegegeven aan [[PERSOON|Olena Bondarenko]] ter beheer
- dochter wordt vannacht opgevangen door [[PERSOON|Hanna]]
- morgen huisarts van de opvang (dr. [[PERSOON|M. de Wolff]], [[ORGANISATIE|Gezondheidscentrum Noordoostpolder]]) inschakelen, verwijzing naar traumazorg
- crisisdienst belt morgen 10:00 met dhr. [[PERSOON|Vos]], [[TELEFOON|0527-689421]]

[[PERSOON|R. Dekker-Smit]], SPV`,
  },
  {
    id: 'd1-110',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d1',
    knownNames: ['Mw. M. (Mieke) Brandsma'],
    text: `[[DATUM|20/2]] [[PERSOON|mieke]] heeft vandaag haar eerste zwemles gehad in het zwembad in [[PLAATS|Drachten]]. Ze vond het eng maar is er toch in gegaan. Volgende week weer. - [[PERSOON|sd]]`,
  },
  {
    id: 'd1-111',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-d1',
    knownNames: ['Mw. E. (Emine) Aydoğan'],
    text: `[[DATUM|02-06-2025]] C
S: moe sinds maanden, koud, haar valt uit, obstipatie. Zus heeft Hashimoto. Gebruikt geen medicatie.
O: droge huid, pols 58, RR 124/78. Geen struma palpabel. Lab [[DATUM|28/5]]: TSH 24, fT4 7, anti-TPO sterk verhoogd.
E: hypothyreoïdie (M. Hashimoto).
P: levothyroxine (Thyrax Duotab) 50 mcg, opbouw volgens NHG. Lab TSH/fT4 over 6 wk. Voorlichting, folder meegegeven. Dochter [[PERSOON|esra]] tolkte, beter volgende keer telefonische tolk. /[[PERSOON|jvw]]`,
  },
  {
    id: 'd1-112',
    genre: 'mdo',
    setting: 'GHZ',
    author: 'auteur-d1',
    knownNames: ['Dhr. K. (Kees) Groenendijk'],
    text: `MDO [[DATUM|11-06-2024]] – [[ORGANISATIE|Woonzorglocatie De Lindehof]], groep Oranje
Cliënt: [[PERSOON|Kees Groenendijk]] (58, ernstige VB, epilepsie)

Aanwezig
- [[PERSOON|M. de Ruijter]], AVG
- [[PERSOON|H. Brands]], gedragsdeskundige
- [[PERSOON|Wendy]], PB
- [[PERSOON|Johan Groenendijk]], broer en curator
- [[PERSOON|F. Yıldırım]], fysiotherapeut
- notulen: [[PERSOON|RB]]

Gezondheid ([[PERSOON|MdR]])
Aanvallen: 4 in mei (vorig jaar gemiddeld 1 per maand). Levetiracetam verhoogd op [[DATUM|15-5]]. Sindsdien 1 aanval. Valhelm wordt goed verdragen. Slikproblemen nemen toe: logopedie adviseert gemalen voeding.

Mobiliteit ([[PERSOON|FY]])
Loopt steeds minder, gebruikt vaker de rolstoel. Advies: dagelijks korte loopoefening met twee begeleiders, tillift voor de douche.

Gedrag ([[PERSOON|HB]])
[[PERSOON|Kees]] lijkt somberder sinds de verhuizing van huisgenoot [[PERSOON|Gerard]]. Huilt soms. Broer herkent dit: "Hij mist mensen, net als toen onze moeder overleed." Voorstel: fotoboek en bezoek aan [[PERSOON|Gerard]] op zijn nieuwe woonplek [[ORGANISATIE|De Horsterhof]].

Acties
1. gemalen voeding, afstemmen met keuken – [[PERSOON|Wendy]]
2. tillift aanvragen – [[PERSOON|FY]], voor [[DATUM|1 juli]]
3. bezoek aan [[PERSOON|Gerard]] plannen – [[PERSOON|Wendy]] met broer
4. evaluatie aanvallen in MDO [[DATUM|10 september]] – [[PERSOON|MdR]]`,
  },
  {
    id: 'd1-113',
    genre: 'email',
    setting: 'wijk',
    author: 'auteur-d1',
    text: `Van: [[PERSOON|Fatma Korkmaz]] <[[EMAIL|f.korkmaz@wijkzorgnoordwest.nl]]>
Aan: dr. [[PERSOON|Berends]] <[[EMAIL|h.berends@praktijkdeeik.nl]]>
Onderwerp: dhr. [[PERSOON|Wolters]], [[ADRES|Eikenlaan 44]] – katheter

Dag dokter [[PERSOON|Berends]],

Dhr. [[PERSOON|Wolters]] heeft sinds vanochtend geen urineproductie in de zak, buik gespannen. Katheter gespoeld, geen resultaat. Ik heb de katheter vervangen (CH 16), direct 700 ml troebele urine. Urine ingeleverd bij de prikpost. Temp 37,9 °C. Hij voelt zich verder goed.
Wilt u de uitslag van de kweek in de gaten houden? Volgende wissel staat gepland op [[DATUM|2 oktober]].

Groet,
[[PERSOON|Fatma Korkmaz]]
Wijkverpleegkundige niveau 5 – [[ORGANISATIE|Wijkzorg Noordwest]]
[[TELEFOON|06-44087215]]`,
  },
  {
    id: 'd1-114',
    genre: 'rapportage',
    setting: 'wijk',
    author: 'auteur-d1',
    knownNames: ['Mw. L. (Leentje) van der Veen'],
    text: `Zorgleefplan – rapportage huisbezoeken

Ma [[DATUM|7-4]] 08:30 – ochtendzorg
Mw. was al op. Ze heeft zelf gedoucht op de douchestoel, ik heb geholpen met afdrogen en aankleden. Medicatie: 8 uur-zakje uit de baxter. Mw. vertelde dat ze volgende maand [[LEEFTIJD|97]] wordt en graag nog naar de kerk in [[PLAATS|Katwijk aan Zee]] wil, waar ze is getrouwd. Kleinzoon [[PERSOON|Jeroen van der Veen]] gaat dat regelen. - [[PERSOON|sv]]

Ma [[DATUM|7-4]] 17:00 – medicatie
Avondmedicatie gegeven. Koelkast bijna leeg, boodschappenbriefje voor de buurman (dhr. [[PERSOON|Berg]]) op tafel gelegd. Hij brengt het morgen. Berg wasgoed in de badkamer, wasmachine aangezet. - [[PERSOON|sv]]

Di [[DATUM|8-4]] 08:25
Mw. was verward, wist niet welke dag het was en had de voordeur open laten staan. Temp 37,2, geen hoesten. Dochter [[PERSOON|Leny]] gebeld ([[TELEFOON|071-4083366]]), zij komt vanmiddag. Signaal doorgegeven aan casemanager [[PERSOON|Groen]] en huisarts [[PERSOON|Kuyt]]. - [[PERSOON|J.v.d.M.]]`,
  },
  {
    id: 'd1-115',
    genre: 'overdracht',
    setting: 'VVT',
    author: 'auteur-d1',
    knownNames: ['Dhr. E. (Evert) Jansen'],
    text: `Overdracht verpleeghuis → ziekenhuis (SBAR), [[DATUM|2025-01-09]]
Van: [[ORGANISATIE|Zorgcentrum De Bolder]], afd. 2 West, [[ADRES|Bolderweg 1]], [[POSTCODE|3861 HZ]] [[PLAATS|Nijkerk]]
Aan: SEH [[ORGANISATIE|Ziekenhuis Eemland]]

S: dhr. [[PERSOON|E. Jansen]], geb. [[DATUM|14-03-1938]], BSN [[BSN|174926030]], wordt ingestuurd met bloed bij het ophoesten (ca. een eetlepel, 3x vandaag).
B: Longembolie in 2023, Xarelto 20 mg. COPD. Vasculaire dementie. Dochter [[PERSOON|Gerda Jansen]] is eerste contactpersoon ([[TELEFOON|06-21904376]]). Wilsverklaring: wel ziekenhuisopname, niet reanimeren (NR-verklaring [[DATUM|1 februari 2024]]).
A: Sat 93%, AF 20, RR 142/86, pols 92, temp 37,9 °C. Dhr. is rustig, niet benauwd.
R: Graag beoordeling. Xarelto vanochtend om 8 uur ingenomen. Medicatieoverzicht en wilsverklaring gaan mee in de envelop.

Overdracht door [[PERSOON|Petra Hazeleger]], verpleegkundige, tel. afdeling [[TELEFOON|033-2476510]] toestel [[ID|207]].`,
  },
];
