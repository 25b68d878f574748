import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'd1-074',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d1',
    knownNames: ['Dhr. R. (Ricky) Pattiwael'],
    text: `Maandverslag april – [[PERSOON|Rick]] (dhr. [[PERSOON|R. Pattiwael]])
Locatie: appartementen [[ORGANISATIE|De Kaai]], [[ADRES|Kaaistraat 19-7]], [[PLAATS|Vlissingen]]

Wonen
[[PERSOON|Rick]] houdt zijn appartement redelijk bij. De afwas staat soms drie dagen. We hebben een weekschema op de koelkast gehangen met plaatjes. Op [[DATUM|11 april]] kwam de huismeester langs vanwege geluidsoverlast (muziek na middernacht). [[PERSOON|Rick]] schrok ervan en heeft zelf excuses aangeboden bij de buren. De buurvrouw, mw. [[PERSOON|de Visser]], gaf aan dat het daarna goed ging.

Werk
Werkt 3 dagen bij de fietsenmaker in de binnenstad. Baas [[PERSOON|Ko]] is tevreden. [[PERSOON|Rick]] wil meer uren, maar raakt moe. Advies: eerst de zomer afwachten.

Gezondheid
Tandarts [[DATUM|17/4]]: gaatje, volgende afspraak [[DATUM|8 mei]]. Gebruikt geen medicatie. Heeft sinds kort een vriendin, [[PERSOON|Jamie]]; we hebben gesproken over veilige seks en anticonceptie. Hij vond dat gênant maar had wel veel vragen.

Familie
Oma ([[LEEFTIJD|90]]) woont in [[PLAATS|Middelburg]], hij fietst elke zondag naar haar toe. Zijn vader (dhr. [[PERSOON|J. Pattiwael]]) wil meer betrokken worden bij het zorgplan; hij belt graag op [[TELEFOON|0118-471203]].

Doelen volgende maand
1. afwas elke avond (schema)
2. muziek na 23 uur met koptelefoon
3. gesprek met vader erbij plannen, [[DATUM|14 mei]]

[[PERSOON|Femke Lous]], persoonlijk begeleider – /[[PERSOON|FL]]`,
  },
  {
    id: 'd1-075',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-d1',
    text: `[[ORGANISATIE|Ziekenhuis Amstelveld]], afdeling Maag-, Darm- en Leverziekten
[[PLAATS|Amstelveen]], [[DATUM|7 februari 2025]]

Aan: huisarts [[PERSOON|S. Ramautar]], [[ORGANISATIE|Huisartsenpraktijk Westwijk]]

Betreft: mw. [[PERSOON|Yasmina Chaouch]], geb. [[DATUM|29-04-1999]]
Patiëntnr. [[ID|50033911]]
[[ADRES|Poortwachter 228]], [[POSTCODE|1187 xt]] [[PLAATS|Amstelveen]]

Geachte collega [[PERSOON|Ramautar]],

Wij zagen uw patiënte, bekend met M. Crohn (ileocolitis, sinds 2017), van [[DATUM|31-01]] tot [[DATUM|07-02]] klinisch in verband met een opvlamming.

Bij opname 8-10x per dag diarree met bloed, buikpijn rechts onder en koorts 38,9. CRP 142, Hb 6,4, albumine 28. CT: actieve ileitis terminalis over 15 cm, geen abces. Feceskweek en C. difficile negatief.

Behandeling met methylprednisolon iv, daarna prednisolon oraal in afbouwschema (40 mg, elke week 5 mg minder). Op [[DATUM|5 februari]] eerste infusie infliximab (Remsima). Ontlasting verbeterde tot 3x per dag, zonder bloed. IJzerinfusie (Ferinject) gegeven.

Medicatie bij ontslag: prednisolon 40 mg 1dd afbouwend, azathioprine 100 mg 1dd (voortzetten), calcium/vitamine D, pantoprazol 40 mg zolang prednisolon.
Vervolg: infliximab week 2 en 6 op de dagbehandeling ([[DATUM|19 februari]] en [[DATUM|19 maart]]), poli MDL bij dr. [[PERSOON|Ahmadi]] over 4 weken.

Met vriendelijke groet,
[[PERSOON|P. Terwindt]], ANIOS MDL
namens dr. [[PERSOON|N. Ahmadi]], MDL-arts`,
  },
  {
    id: 'd1-076',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-d1',
    text: `Teledermatologie-consult / verwijzing – [[DATUM|21-08-2024]]
Verwijzer: [[PERSOON|K.H. Dijkman]], huisarts, [[ORGANISATIE|Huisartsenpraktijk Het Kanaal]], [[PLAATS|Hengelo]], AGB [[ID|01058812]]
Patiënt: dhr. [[PERSOON|Jan Brinkhuis]], geb. [[DATUM|30-06-1955]]

Vraagstelling: pigmentlaesie rug, 9 mm, asymmetrisch, verschillende kleuren, volgens partner de laatste maanden gegroeid. ABCDE: A+, B+, C+, D+, E+. Geen jeuk of bloeding.
Foto's (overzicht en dermatoscopisch) staan klaar op het portaal: [[URL|https://portaal.teledermtwente.nl/casus/88412]]

Graag beoordeling of verwijzing voor excisie met spoed.

[[PERSOON|Dijkman]]`,
  },
  {
    id: 'd1-077',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-d1',
    knownNames: ['Mw. P. (Priya) Jagessar'],
    text: `[[DATUM|14-11-2024]] C (met DA [[PERSOON|Nienke]] i.o.)
S: Keelpijn 5 dagen, slikken doet zeer, koorts. Hoest niet. Allergie: penicilline (urticaria, 2015).
O: Tonsillen bdz vergroot met beslag, halsklieren pijnlijk. T 38,4 °C. Centor 4.
E: tonsillitis acuta, bacterieel waarschijnlijk. Geen peritonsillair abces.
P: feneticilline niet ivm allergie. Azitromycine 500 mg 1dd 3 dgn. Pijnstilling paracetamol/ibuprofen. Terug bij niet kunnen slikken of toename eenzijdige pijn. /[[PERSOON|HL]]

[[DATUM|19-11-2024]] TC
S: pte belt, gaat veel beter, temp gisteren 37,9 °C. Vraagt of ze woensdag weer naar haar werk kan (kapsalon).
E/P: herstellend, werken kan. /[[PERSOON|HL]]`,
  },
  {
    id: 'd1-078',
    genre: 'mdo',
    setting: 'VVT',
    author: 'auteur-d1',
    knownNames: ['Dhr. A. (Arjen) Bleeker'],
    text: `Multidisciplinair overleg Korsakov-afdeling, [[ORGANISATIE|Zorgcentrum Slotervaart-Oost]] – [[DATUM|15 april 2024]]

Aanwezig: dr. [[PERSOON|C. Wielenga]] (SO), [[PERSOON|Gerdien Koolhaas]] (psycholoog), [[PERSOON|Mark de Smit]] (EVV), [[PERSOON|Hatice]] (verpleegkundige), dhr. [[PERSOON|Bleeker]] zelf bij punt 3, zijn mentor mw. [[PERSOON|P. Ravensbergen]]
Notulen: [[PERSOON|JH]]

1. Medisch ([[PERSOON|CW]])
Dhr. [[PERSOON|Bleeker]], 62, syndroom van Korsakov na Wernicke-encefalopathie in 2021. Abstinent sinds opname. Thiamine 100 mg. Leverfuncties genormaliseerd. Gewicht +6 kg. Valt soms door polyneuropathie (benen).

2. Gedrag en cognitie ([[PERSOON|GK]])
Confabuleert veel, vertelt bezoekers dat hij hier "als bewaker werkt". Hij pakt de structuur van de dagplanning goed op. Wil graag zelfstandig naar de supermarkt; [[PERSOON|Koolhaas]] adviseert eerst onder begeleiding met een vaste route.

3. Wensen van dhr.
Hij wil graag weer contact met zijn dochter [[PERSOON|Esmee]] (woont in [[PLAATS|Purmerend]]), die het contact in 2019 verbrak. Mentor gaat voorzichtig aftasten. Hij wil ook graag de vissen in de vijver voeren, dat mag.

4. Afspraken
- begeleide oefenroute naar de supermarkt, 2x per week – [[PERSOON|MdS]]
- contact met dochter aftasten via mentor – [[PERSOON|PR]], terugkoppeling [[DATUM|13-5]]
- fysiotherapie voor balans/valpreventie – [[PERSOON|CW]] vraagt aan
- volgende MDO [[DATUM|15 juli]]`,
  },
  {
    id: 'd1-079',
    genre: 'email',
    setting: 'ZKH',
    author: 'auteur-d1',
    text: `Van: Secretariaat Urologie <[[EMAIL|secretariaat.urologie@ziekenhuisdelinge.nl]]>
Aan: [[EMAIL|praktijk@huisartsendekrim.nl]]
Datum: [[DATUM|3 september 2024]]
Onderwerp: onbestelbare post – dhr. [[PERSOON|Hooijer]]

Geachte collega's,

Onze brief met de uitslag van de cystoscopie van dhr. [[PERSOON|L.A. Hooijer]] (geb. [[DATUM|09-02-1952]]) is retour gekomen. Bij ons staat als adres [[ADRES|Kanaalweg 48]], [[POSTCODE|7703 SZ]] [[PLAATS|Dedemsvaart]]. Hebben jullie een ander adres? Telefonisch ([[TELEFOON|0523-614882]]) is hij niet bereikbaar.

Alvast bedankt,

[[PERSOON|Marja Bruggink]]
medisch secretaresse urologie
[[ORGANISATIE|Ziekenhuis De Linge]], locatie [[PLAATS|Hardenberg]]
T [[TELEFOON|0523 - 27 63 50]], toestel [[ID|6350]]`,
  },
  {
    id: 'd1-080',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-d1',
    knownNames: ['Mw. F. (Fenna) Mulder'],
    text: `[[DATUM|2-8]] Vroege dienst: mw. heeft gedoucht met hulp, huid rood op de stuit (niet wegdrukbaar, cat. 1). Wisselligging + Aloe Vesta. Eet goed. Mw. vroeg naar [[PERSOON|Jaap]], haar kleinzoon; die komt zondag. /[[PERSOON|GK]]
[[DATUM|2-8]] Late dienst: na het eten misselijk, 1x gebraakt. Temp 37,9 °C. Geen buikpijn. Dienstdoend arts ([[PERSOON|Hamdan]]) gebeld: afwachten, morgen temp herhalen. paraaf: [[PERSOON|LMS]]
[[DATUM|3-8]] Nacht: rustig geslapen, niet meer gebraakt. paraaf: [[PERSOON|JvdB]]`,
  },
  {
    id: 'd1-081',
    genre: 'overdracht',
    setting: 'GGZ',
    author: 'auteur-d1',
    knownNames: ['Dhr. T. (Thomas) Ravelli'],
    text: `SBAR – overdracht ambulant team aan kliniek, di [[DATUM|11-6]]

S: Dhr. [[PERSOON|Ravelli]] (38) wordt vandaag vrijwillig opgenomen op de open afdeling van [[ORGANISATIE|Kliniek Heuvelrug]] in verband met een ernstige depressie met suïcidale gedachten zonder plan.
B: Recidiverende depressie, 3e episode. Sinds [[DATUM|4 maart]] ziektewet, sinds [[DATUM|20 mei]] venlafaxine 225 mg. Woont met vrouw [[PERSOON|Silvia]] en twee kinderen in [[PLAATS|Zeist]]. Geen middelen, wel veel koffie. Lichamelijk gezond.
A: Stemming verder gedaald, slaapt 3-4 uur, eet weinig (3 kg eraf in 2 weken). Vrouw kan de zorg niet meer dragen. Hij stemt in met opname "om even nergens voor verantwoordelijk te zijn".
R: Graag: spiegels venlafaxine, overweeg ophoging of switch. Suïcidaliteit dagelijks uitvragen. Gezinsgesprek plannen, vrouw bereikbaar op [[TELEFOON|06-17748210]]. Ambulant behandelaar blijft drs. [[PERSOON|Y. van Leeuwen]], zij komt op [[DATUM|18/6]] langs op de afdeling.

Overdracht door [[PERSOON|Martijn Groot]], verpleegkundig specialist`,
  },
  {
    id: 'd1-082',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-d1',
    knownNames: ['Mw. O. (Olga) Sidorenko'],
    text: `[[DATUM|21/3]] 11:15 Mw. [[PERSOON|Sidorenko]] meldt zich zonder afspraak aan de balie van de polikliniek, wil "nu iemand spreken". Zegt dat ze geen medicijnen meer heeft (lithium) en dat de apotheek in [[PLAATS|Zaandam]] ze niet wil meegeven. Gesprek met dienstdoend psychiater [[PERSOON|Kaptein]]: niet manisch, wel angstig. Recept uitgeschreven en doorgebeld naar [[ORGANISATIE|Apotheek Rosmolen]]. Lithiumspiegel laten prikken. Afspraak bij haar eigen behandelaar ([[PERSOON|Jolanda Kraan]]) op [[DATUM|25-3]]. /[[PERSOON|EvdS]]`,
  },
  {
    id: 'd1-083',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-d1',
    knownNames: ['Mw. T. (Tamara) van Doorn'],
    text: `Dagbesteding [[ORGANISATIE|Atelier De Kleurdoos]] – rapportage woensdag [[DATUM|6 november]]

[[PERSOON|Tamara]] kwam om 9.30 uur binnen met de taxi, vrolijk. Ze heeft verder gewerkt aan haar schilderij voor de expositie in de bibliotheek van [[PLAATS|Uden]]. Koffiepauze samen met [[PERSOON|Sevda]] en [[PERSOON|Marco]]. Na de lunch (eigen brood) werd ze moe en lag ze 20 minuten op de bank in de rustruimte. Epilepsie: geen aanval gezien.
Om 14.00 uur vertelde ze dat haar vriend [[PERSOON|Marco]] haar in de bus had geknepen. [[PERSOON|Marco]] ontkent. Ik heb dit gemeld bij de woonbegeleiding ([[PERSOON|Anja]] van [[ORGANISATIE|Woonlocatie Molenhoek]]) en bij de gedragsdeskundige. Morgen gesprek met beiden afzonderlijk.
Om 15.30 uur opgehaald.
- [[PERSOON|Rik]], begeleider dagbesteding`,
  },
  {
    id: 'd1-084',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-d1',
    text: `[[ORGANISATIE|Ziekenhuis Eemhorst]] – Geboortecentrum
[[DATUM|18-05-2024]]

Aan: verloskundige [[PERSOON|M. Schuitemaker]], [[ORGANISATIE|Verloskundigenpraktijk De Ooievaar]], [[PLAATS|Amersfoort]]
c.c. huisarts [[PERSOON|P. Nijland]], [[PLAATS|Leusden]]

Betreft: mw. [[PERSOON|Anouk Jonker-Vermaat]], geb. [[DATUM|02-10-1991]], G2P2
[[ADRES|Hamersveldseweg 63]], [[POSTCODE|3833 GM]] [[PLAATS|Leusden]]

Geachte collega,

Op [[DATUM|15 mei]] is bij mw. [[PERSOON|Jonker]] bij een amenorroeduur van 39+4 weken een secundaire sectio caesarea verricht wegens niet-vorderende ontsluiting bij 7 cm en foetale nood. Geboren: een dochter, [[PERSOON|Sophie]], 3620 gram, Apgar 7/9. Bloedverlies 650 ml.
Kraambed: ongecompliceerd. Borstvoeding komt goed op gang. Wond rustig, hechtingen oplosbaar. Hb postoperatief 6,8, gestart met ferrofumaraat.

Medicatie: ferrofumaraat 200 mg 2dd, fraxiparine 5700 IE 1dd tot [[DATUM|21 mei]], paracetamol en ibuprofen zo nodig.

Kraamzorg door [[ORGANISATIE|Kraamzorg De Eemvallei]], nacontrole 6 weken post partum bij u. Bij een volgende zwangerschap: advies bevallen in het ziekenhuis.

Met vriendelijke groet,
[[PERSOON|R. van der Kolk]], gynaecoloog`,
  },
  {
    id: 'd1-085',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-d1',
    text: `Aanvraag wijkverpleging / indicatiestelling
Aan: [[ORGANISATIE|Wijkzorg Kop van Noord-Holland]], team [[PLAATS|Schagen]]
Van: [[PERSOON|Lisette Kos]], POH ouderen, namens huisarts [[PERSOON|G. Zwaan]], [[ORGANISATIE|Praktijk De Molenhoek]]
Datum: [[DATUM|13-03-2025]]

Cliënt: mw. [[PERSOON|Hilda Kaan-Bakker]], geb. [[DATUM|04-02-1932]] ([[LEEFTIJD|93]])
[[ADRES|Loetje 12]], [[POSTCODE|1741 ch]] [[PLAATS|Schagen]]
Tel. [[TELEFOON|0224-295731]], mantelzorger zoon [[PERSOON|Piet Kaan]] [[TELEFOON|06-29184657]]

Vraag
Mw. woont alleen, is na een pneumonie erg verzwakt en valt sinds twee weken vaker. Wassen en aankleden lukt niet meer zelfstandig. Medicatie wordt vergeten (baxterrol). Graag indicatiestelling voor persoonlijke verzorging en medicatiebegeleiding, en beoordeling valrisico.
Zoon doet de boodschappen, zijn vrouw de was.

Medische gegevens: hartfalen (NYHA II), DM2, glaucoom. Medicatie volgens overzicht bijgevoegd.

Met vriendelijke groet,
[[PERSOON|L. Kos]]`,
  },
  {
    id: 'd1-086',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-d1',
    knownNames: ['Dhr. M. (Mustafa) Akkaya'],
    text: `[[DATUM|23/1]] C S: hoest 3 wk, niet ziek. Rookt. O: pulm schoon, sat 98%. E: postviraal hoesten. P: afwachten, rookstop besproken, X-thorax als > 6 wk. /[[PERSOON|rdb]]`,
  },
  {
    id: 'd1-087',
    genre: 'mdo',
    setting: 'GHZ',
    author: 'auteur-d1',
    knownNames: ['Mw. E. (Esther) Koopmans'],
    text: `MDO – [[DATUM|25 maart]] – groepswonen [[ORGANISATIE|De Waterlelie]], [[PLAATS|Heerenveen]]
Betreft: [[PERSOON|Esther Koopmans]]
Aanwezig: [[PERSOON|A. Hiemstra]] (AVG), [[PERSOON|T. de Vries]] (orthopedagoog), [[PERSOON|Geke]] (PB), [[PERSOON|Durk]] (begeleider nacht), mw. [[PERSOON|Koopmans]] (zus/wettelijk vertegenwoordiger)
Notulist: [[PERSOON|TdV]]

[[PERSOON|Esther]] (45, matige VB, syndroom van Down) is de laatste maanden vergeetachtig. Ze raakt de weg kwijt in huis en herkent [[PERSOON|Durk]] soms niet. [[PERSOON|Hiemstra]]: denken aan beginnende ziekte van Alzheimer (verhoogd risico bij Down). Eerst hypothyreoïdie, vitamine B12, gehoor en visus uitsluiten. DSQIID-lijst afnemen.
Zus vraagt of [[PERSOON|Esther]] op de groep kan blijven wonen. Ja, zolang het verantwoord is; aanpassingen zoals pictogrammen op deuren.

Acties
- lab en visus/gehoor – [[PERSOON|AH]]
- DSQIID – [[PERSOON|Geke]] en [[PERSOON|Durk]], voor [[DATUM|22/4]]
- pictogrammen – [[PERSOON|Geke]]
- vervolg-MDO [[DATUM|6 mei]]`,
  },
];
