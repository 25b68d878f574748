import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h1-053',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h1',
    knownNames: ['Dhr. A. (Arjen) de Vries'],
    text: `[[DATUM|14-03]] C
S/ moe, koud, aangekomen 4 kg in half jr, obstipatie. Vrouw zegt dat hij "traag" is geworden. Moeder had ziekte van Hashimoto.
O/ droge huid, pols 58. Schildklier nt palpabel vergroot.
E/ vd hypothyreoïdie
P/ lab TSH, FT4, anti-TPO, Hb, glucose. Tel uitslag.

[[DATUM|18-03]] T
Uitslag: TSH 38, FT4 7, anti-TPO sterk pos. Start levothyroxine 50 ug 1dd nuchter, ctrl lab over 6 wk. Uitleg gegeven, folder thuisarts. /[[PERSOON|mvs]]

[[DATUM|2-5]] C
S/ energieker, obstipatie weg. O/ gew -2 kg. Lab: TSH 6,1. E/ hypothyreoïdie, bijna ingesteld. P/ levothyroxine naar 75 ug. Herh lab 6 wk. /[[PERSOON|mvs]]`,
  },
  {
    id: 'h1-054',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-h1',
    knownNames: ['Mw. R. (Riek) Meijerink'],
    text: `[[DATUM|9 augustus]] 10:00 Mw. is vandaag jarig, ze wordt [[LEEFTIJD|101]]! Huiskamer versierd. Mw. had haar blauwe jurk aan en parels om, kapster [[PERSOON|Trees]] is extra langs geweest. /[[PERSOON|HS]]
[[DATUM|9 augustus]] 14:30 Bezoek van de burgemeester van [[PLAATS|Winterswijk]], mw. [[PERSOON|Olthof]], met bloemen. Ook kleinzoon [[PERSOON|Bennie]] uit [[PLAATS|Aalten]] met de achterkleinkinderen. Mw. genoot, maar was na een uur erg moe en wilde naar bed. /[[PERSOON|HS]]
[[DATUM|9 augustus]] 19:00 Slaapt. Taart half opgegeten, 1 glaasje advocaat gehad. Geen pijn. /[[PERSOON|EtB]]
[[DATUM|10/8]] 07:30 Goed geslapen. Mw. vertelde de hele ochtend over "de burgemeester die speciaal voor mij kwam". Dochter [[PERSOON|Gerrie]] gebeld, zij komt zondag de kaarten met mw. lezen. /[[PERSOON|J.W.]]`,
  },
  {
    id: 'h1-055',
    genre: 'verwijzing',
    setting: 'HA',
    author: 'auteur-h1',
    text: `ZD-verwijzing cardiologie, poli [[ORGANISATIE|Ziekenhuis Ringdijk]]
Urgentie: binnen 2 weken

Pt: [[PERSOON|Wojcik, M.]] ([[PERSOON|Marta]]), v, 58 jr, geb [[DATUM|09/02/1966]]
BSN [[BSN|2386 15 042]]
Adres: [[ADRES|Rietveldlaan 7 hs]], [[POSTCODE|3053XN]] [[PLAATS|Rotterdam]]
Tel: [[TELEFOON|010-4219876]]

Vraagstelling: analyse pob bij inspanning. Sinds 6 wk drukkende pijn retrosternaal bij traplopen en fietsen, verdwijnt in rust binnen 5 min. Geen klachten in rust. Geen syncope.
RF: roken (20 pj), hypercholesterolemie (LDL 4,6), vader MI op 52 jr. 
ECG in praktijk: SR 74/min, geen ischemie. RR 152/94.
Beleid tot nu: ascal 80, atorvastatine 40 gestart, nitrospray meegegeven. Alarminstructie besproken.

[[PERSOON|T. Bouzid]], huisarts, [[ORGANISATIE|Gezondheidscentrum Beverwaard]], AGB [[ID|01099214]]`,
  },
  {
    id: 'h1-056',
    genre: 'ontslagbrief',
    setting: 'VVT',
    author: 'auteur-h1',
    text: `[[ORGANISATIE|Zorggroep Hooghwerf]] - Geriatrische Revalidatie, locatie [[ORGANISATIE|Duinzicht]]
[[ADRES|Zeeweg 50]], [[POSTCODE|2051 EC]] [[PLAATS|Overveen]]

Aan: mw. [[PERSOON|A. Roelofs]], huisarts, [[ORGANISATIE|Huisartsenpraktijk Kleverpark]]
Cc: [[ORGANISATIE|Ziekenhuis Spaarnehof]], afd. orthopedie

[[PLAATS|Overveen]], [[DATUM|15 juli 2024]]

Betreft: mw. [[PERSOON|C.A. van Rijn-Kuiper]], geb. [[DATUM|03-03-1938]]
BSN [[BSN|162973457]]
Verblijf GRZ: [[DATUM|30 mei 2024]] - [[DATUM|12 juli 2024]]

Geachte collega [[PERSOON|Roelofs]],

Mw. [[PERSOON|van Rijn-Kuiper]] werd na een pertrochantere femurfractuur links (gammanagel op [[DATUM|21 mei]]) voor revalidatie bij ons opgenomen. Zij is op [[DATUM|12 juli]] naar huis ontslagen.

Revalidatieverloop
Bij opname transfers met hulp van 1, lopen 10 m met rollator en begeleiding. Doel: zelfstandig wonen op de [[ADRES|Kleverlaan 240 zwart]] met thuiszorg. Mw. heeft 3x per week fysiotherapie en 2x per week ergotherapie gehad. Bij ontslag loopt zij binnenshuis zelfstandig met rollator, trap met leuning en toezicht (5 treden). USER-score bij ontslag 62. De ergotherapeut heeft een huisbezoek gedaan: douchestoel, toiletverhoger en een extra trapleuning zijn geregeld.

Cognitie
MoCA 22/30. In de nachten van [[DATUM|2]] en [[DATUM|3 juni]] kortdurend verward, verder niet. Mw. kan haar medicatie niet goed zelf beheren; vanaf nu baxter via de apotheek en aanreiken door thuiszorg.

Medicatie bij ontslag
- paracetamol 1 g 3dd
- calcium/vitamine D 500 mg/800 IE 1dd
- alendroninezuur 70 mg 1x per week (gestart bij ons, DEXA T-score -3,1)
- metoprolol 25 mg 1dd
- macrogol 1 sachet 1dd zn
Fraxiparine is gestopt per [[DATUM|2 juli]].

Zorg thuis
[[ORGANISATIE|Thuiszorg Kennemerland Zuid]]: 2x per dag, eerste bezoek [[DATUM|12 juli]] om 17:00. Zoon [[PERSOON|Marcel]] is contactpersoon. Alarmering is aangesloten.

Controle
Poli orthopedie [[DATUM|6 augustus]] met röntgenfoto. Graag bij u: controle gewicht en valrisico over 6 weken.

Met vriendelijke groet,

[[PERSOON|E.J. Brandsma]], specialist ouderengeneeskunde
[[PERSOON|R. Lachhab]], basisarts`,
  },
  {
    id: 'h1-057',
    genre: 'mdo',
    setting: 'ZKH',
    author: 'auteur-h1',
    text: `Patiëntbespreking palliatief consultteam
[[ORGANISATIE|Sint Clemens Gasthuis]], wo [[DATUM|6-11]], 08:15

Aanwezig: dr. [[PERSOON|Brouwer-Tjon]] (internist-oncoloog), [[PERSOON|H. Wigboldus]] (verpleegkundig specialist palliatieve zorg), ds. [[PERSOON|Meijboom]] (geestelijk verzorger), [[PERSOON|Ferhat Demir]] (maatschappelijk werk), [[PERSOON|Ans]] (verpleegkundige afd. 4 Noord)

1. Dhr. [[PERSOON|K. Verbeek]], 71 jr, afd. 4 Noord, k. 12
Longcarcinoom met hersenmetastasen, progressie. Dhr. wil naar huis. Echtgenote [[PERSOON|Tiny]] twijfelt of zij het aankan; zij heeft zelf M. Bechterew en kan niet tillen.
- [[PERSOON|FD]]: gesprek met echtgenote en de kinderen, zorg thuis in kaart, evt. hospice [[ORGANISATIE|De Vlinder]] als alternatief.
- [[PERSOON|HW]]: pijnbeleid omzetten naar subcutane pomp voor thuis.

2. Mw. [[PERSOON|Zoutendijk]], 64 jr, afd. 3 West
Ovariumcarcinoom, ileus, conservatief beleid. Spreekt over euthanasie. Haar huisarts (dr. [[PERSOON|Sanders]], [[PLAATS|Nieuwegein]]) is op de hoogte en wil de gesprekken overnemen na ontslag.
- [[PERSOON|HW]]: overdracht huisarts vandaag per telefoon ([[TELEFOON|030-6031170]])
- Geestelijk verzorger gaat vanmiddag langs, mw. wil praten over haar zoon [[PERSOON|Robin]].

3. Dhr. [[PERSOON|Baldewsingh]], 80 jr, SEH-opname vannacht
Nog niet gezien. [[PERSOON|HW]] gaat om 11:00.

Volgende bespreking: vrijdag [[DATUM|8 november]].`,
  },
  {
    id: 'h1-058',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-h1',
    knownNames: ['Dhr. F. (Frank) IJzerman'],
    text: `Huisbezoek in het kader van de zorgmachtiging (verplichte zorg: toedienen medicatie ambulant), [[DATUM|28/8]]

Met collega [[PERSOON|Marco]] om 09:30 bij dhr. aan de [[ADRES|Kanaalweg 31 rood]], [[PLAATS|Meppel]]. Depot zuclopentixol was [[DATUM|14/8]] gepland maar dhr. deed toen niet open. Vandaag wel, na lang aanbellen; buurvrouw [[PERSOON|Jenny]] heeft geholpen door met hem te praten via de brievenbus.

Dhr. is vermagerd, huis vervuild, katten binnen (6). Spreekt over "de mensen van de gemeente die in zijn kelder wonen". Weigert het depot, wordt boos en gooit een stoel om.
Zorgmachtiging (geldig tot [[DATUM|15 januari]]) staat toedienen van medicatie toe en, als dat ambulant niet lukt, opname. Overleg met zorgverantwoordelijke drs. [[PERSOON|A. Hummel]], tel. bereikbaar via de dienstdoende lijn, toestel [[ID|5560]]. Besloten: opname conform zorgmachtiging, politie ondersteunt.

11:15 dhr. met politie en ambulance naar [[ORGANISATIE|GGZ Veenland]], afdeling Boei. Katten: dierenambulance gebeld, buurvrouw voert ze tot die tijd. Zus [[PERSOON|Hillie IJzerman]] telefonisch geïnformeerd ([[TELEFOON|0522 - 25 18 40]]).

Registratie verplichte zorg en melding aan de PVP gedaan.
[[PERSOON|Sanne de Wolf]], SPV`,
  },
  {
    id: 'h1-059',
    genre: 'email',
    setting: 'VVT',
    author: 'auteur-h1',
    text: `Van: [[PERSOON|Monique Verstegen]] <[[EMAIL|m.verstegen@zorggroephooghwerf.nl]]>
Aan: dr. [[PERSOON|E.J. Brandsma]]; [[PERSOON|Joyce Terlouw]]; [[PERSOON|L. Vos]]; [[PERSOON|Zarrouk, A.]]
CC: [[EMAIL|familie.debruin@gmail.com]]
Onderwerp: uitnodiging MDO mw. [[PERSOON|De Bruin]] - [[DATUM|4 maart]]

Beste allen,

Hierbij de uitnodiging voor het MDO van mw. [[PERSOON|I. de Bruin]] (kamer 214):

Datum: maandag [[DATUM|4 maart]]
Tijd: 13:30 - 14:15
Plaats: vergaderruimte De Duinroos, begane grond, of online via [[URL|https://vergaderen.zorggroephooghwerf.nl/mdo/eikenrode-214]]

Agenda
1. Terugblik vorige MDO ([[DATUM|3 december]])
2. Pijn en medicatie
3. Voeding en gewicht
4. Welbevinden, dagbesteding
5. Afspraken en rondvraag

Wilt u uw rapportage uiterlijk vrijdag [[DATUM|1 maart]] in het ECD zetten? De zoon van mw., dhr. [[PERSOON|M. de Bruin]], heeft laten weten aanwezig te zijn.

Met vriendelijke groet,

[[PERSOON|Monique Verstegen]]
Secretariaat Behandeldienst
[[ORGANISATIE|Zorggroep Hooghwerf]] | locatie [[ORGANISATIE|Eikenrode]]
[[ADRES|Eikenroodelaan 2-4]], [[POSTCODE|1213 VZ]] [[PLAATS|Hilversum]]
T: [[TELEFOON|035-6230900]] (toestel [[ID|311]]) | bereikbaar ma t/m do

Dit bericht kan vertrouwelijke informatie bevatten. Als u dit bericht per vergissing heeft ontvangen, verzoeken wij u dit te melden aan de afzender en het bericht te verwijderen.`,
  },
  {
    id: 'h1-060',
    genre: 'overdracht',
    setting: 'wijk',
    author: 'auteur-h1',
    knownNames: ['Dhr. P. (Piet) Hoekstra'],
    text: `Verpleegkundige overdracht wijkverpleging -> verpleeghuis (SBAR)

Van: [[PERSOON|Dirk-Jan Hoekstra]], wijkverpleegkundige, [[ORGANISATIE|Thuiszorg De Amstel]], [[TELEFOON|06-12 09 87 45]]
Aan: afdeling Regenboog, [[ORGANISATIE|Huize Zonnewende]]
Datum overplaatsing: [[DATUM|2 december]]

S: Dhr. [[PERSOON|Piet Hoekstra]] (geen familie van mij, wel dezelfde achternaam), [[LEEFTIJD|90]] jaar, verhuist van thuis ([[ADRES|Amsteldijk Noord 77]], [[PLAATS|Ouderkerk aan de Amstel]]) naar jullie afdeling. Hij heeft een Wlz-indicatie VV 6.
B: Vasculaire dementie, diabetes type 2 (insuline), hartfalen, blind links. Echtgenote [[PERSOON|Truus]] is in september overleden; sindsdien ging het thuis niet meer, ook niet met 4x zorg per dag en dagopvang.
A: Dhr. is vriendelijk, maar 's avonds angstig en zoekt zijn vrouw. Helpt als je rustig vertelt dat je bij hem blijft. BG wisselend (5-18), eet onregelmatig. Insuline: Lantus 16E om 08:00. Huid: smetplekken in de liezen, behandeld met zinkzalf. Valt niet, loopt met rollator.
R: Graag vaste zorgverleners de eerste weken, foto van [[PERSOON|Truus]] op zijn kamer. Dochter [[PERSOON|Ria Hoekstra]] ([[TELEFOON|0294-23 41 10]]) komt mee op de verhuisdag en heeft de medicatierol van de apotheek.

[[PERSOON|DJH]]`,
  },
  {
    id: 'h1-061',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-h1',
    knownNames: ['Mw. J. (Jessica) Veldhuis'],
    text: `Dagbesteding EMB, di [[DATUM|19-11]], zie ook het fotoverslag in het ECD

[[PERSOON|Jessie]] kwam met de bus om 09:15. Ze was alert, maakte veel geluidjes bij het zingen in de kring. In de snoezelruimte lag ze 30 minuten op het waterbed met de lichtslang, ze ontspande duidelijk (armen los, minder spasme).
Sondevoeding volgens schema (Nutrison 10:00 en 13:00), 100 ml water tussendoor. Geen braken.
Om 11:40 een korte absence (10 sec), daarna moe. Aanvalslijst bijgehouden.
Verschonen om 12:00 en 15:00, huid gaaf.
Middag: handmassage door [[PERSOON|Gülsen]], met lavendelolie, [[PERSOON|Jessie]] lachte.

Moeder [[PERSOON|Ingrid Veldhuis]] vroeg via het schriftje of de nieuwe rolstoelkussen goed zitten. Ja, geen drukplekken gezien.

[[PERSOON|GA]]`,
  },
  {
    id: 'h1-062',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-h1',
    knownNames: ['Dhr. L. (Leo) Baars'],
    text: `Nacht [[DATUM|23/24 jan]]: rustig geslapen, 1x naar toilet begeleid om 03:00. Geen bijzonderheden. /[[PERSOON|fk]]
Nacht [[DATUM|24/25 jan]]: om 02:40 op de grond naast bed aangetroffen, geen letsel zichtbaar, kon zelf met hulp opstaan. Valformulier ingevuld, SO (dr. [[PERSOON|Rahimi]]) om 08:00 ingelicht. /[[PERSOON|fk]]`,
  },
  {
    id: 'h1-063',
    genre: 'verwijzing',
    setting: 'ZKH',
    author: 'auteur-h1',
    text: `[[ORGANISATIE|Ziekenhuis Ringdijk]]
Centrum voor Ouderengeneeskunde

Aan: Ouderenpsychiatrie, [[ORGANISATIE|GGZ Maasoever]]
t.a.v. dr. [[PERSOON|F. Lamrini]]

Datum: [[DATUM|18 april]]
Betreft: mw. [[PERSOON|Sientje van der Ploeg-Hartog]], geb. [[DATUM|8-8-1932]], [[LEEFTIJD|91]] jaar
BSN: [[BSN|304816279]]
Adres: [[ADRES|Schiedamseweg 150c]], [[POSTCODE|3026 AJ]] [[PLAATS|Rotterdam]]

Geachte collega [[PERSOON|Lamrini]],

Graag vraag ik uw medebeoordeling bij mw. [[PERSOON|Van der Ploeg]], die ik zag op de geheugenpoli.

Mw. woont alleen, met thuiszorg 3x per dag. Zij is sinds ongeveer een jaar ervan overtuigd dat de benedenburen haar bestelen en 's nachts door de muur naar binnen komen. Zij heeft de politie meerdere keren gebeld en de sloten laten vervangen. Er zijn geen aanwijzingen dat er echt iets gebeurt (dochter [[PERSOON|Hetty]] heeft het uitgezocht). Geheugen is relatief goed bewaard: MoCA 24/30, ADL grotendeels zelfstandig. Gehoor is slecht, draagt niet graag haar hoortoestellen. CT-hersenen: matige atrofie en wittestofafwijkingen (Fazekas 2).

Mijn werkhypothese is een late-onset psychose (zeer laat beginnende schizofreniforme psychose) in combinatie met ernstige slechthorendheid, dd beginnende Lewy-body-dementie (echter geen parkinsonisme of fluctuaties gezien).

Vraagstelling: diagnostiek en advies over behandeling, eventueel laag gedoseerd antipsychoticum. Mw. is bereid tot een gesprek "als de buren dan eindelijk worden aangepakt".

Contact dochter: [[TELEFOON|06-24 68 13 57]].

Met collegiale groet,
[[PERSOON|M. Sahin]], klinisch geriater
tel. [[TELEFOON|010-291 33 00]] toestel [[ID|4418]]`,
  },
  {
    id: 'h1-064',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h1',
    text: `SEH-ontslagbericht - [[ORGANISATIE|Ziekenhuis Zaanoever]]
Pt: [[PERSOON|Jelmer Bosma]], 17 jr, geb. [[DATUM|04-06-2007]]
[[DATUM|23-09]], 23:48

Reden van komst: val van scooter, pols re.
Bevindingen: distale radiusfractuur re, niet verplaatst (X-pols). Geen andere letsels, GCS 15.
Beleid: onderarmgips, mitella. Gipscontrole poli traumachirurgie over 1 week. Paracetamol/ibuprofen zn.
Ouders (vader [[PERSOON|Rients Bosma]]) aanwezig, uitleg en folder gipsinstructies meegegeven.

Behandelend arts: [[PERSOON|S. Ben Ali]], SEH-arts KNMG`,
  },
  {
    id: 'h1-065',
    genre: 'mdo',
    setting: 'GHZ',
    author: 'auteur-h1',
    text: `MDO [[ORGANISATIE|De Hazelaar]] - [[DATUM|6 mei]]
Cliënt: [[PERSOON|Sanne Dijkstra]], cliëntnummer [[ID|5509871]], BSN [[BSN|251 387 604]]

Aanwezig: [[PERSOON|GdH]] (PB), [[PERSOON|M. Veenstra]] (AVG-arts), [[PERSOON|L. Hoekstra]] (diëtist), [[PERSOON|A. Pereira]] (orthopedagoog), moeder mw. [[PERSOON|Dijkstra-Bosma]] (wettelijk vertegenwoordiger)
Notulen: [[PERSOON|AP]]

Bespreking
- Gewicht: sinds [[DATUM|27 februari]] 3,5 kg afgevallen (nu 80,5 kg). [[PERSOON|Sanne]] kiest vaker zelf groente, kookt één avond per week mee met [[PERSOON|Gerrit]].
- Relatie: het is uit met [[PERSOON|Jelle]]. [[PERSOON|Sanne]] was er twee weken verdrietig over, nu beter. Moeder is opgelucht.
- Epilepsie: 1 aanval op [[DATUM|16 april]] (tonisch-clonisch, 2 min), na slecht slapen. Depakine spiegel normaal. Geen aanpassing.
- Dagbesteding: [[PERSOON|Sanne]] wil een dag extra naar [[ORGANISATIE|Het Ambacht]]. Mogelijk vanaf juni, [[PERSOON|GdH]] overlegt met de dagbesteding.

Acties
| actie | wie | datum |
| dieetplan evalueren | [[PERSOON|LH]] | [[DATUM|1 juli]] |
| slaaphygiëne bespreken met nachtdienst | [[PERSOON|GdH]] | [[DATUM|13/5]] |
| extra dag dagbesteding aanvragen | [[PERSOON|GdH]] | [[DATUM|20/5]] |
| ondersteuningsplan bijwerken en naar moeder sturen | [[PERSOON|AP]] | [[DATUM|31 mei]] |

Volgend MDO: november.`,
  },
];
