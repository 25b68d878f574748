import type { CorpusSource } from '../../parse';

export const docs: CorpusSource[] = [
  {
    id: 'h2-025',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-h2',
    knownNames: ['Dhr. W. (Wytze) Postma'],
    text: `Crisisdienst [[ORGANISATIE|Kliniek De Wâldrâne]] - beoordeling thuis
wo [[DATUM|5 februari]]

Aanmelding 15:20 door huisarts [[PERSOON|S. Kingma]] ([[ORGANISATIE|Huisartsenpraktijk De Feart]], [[PLAATS|Drachten]]). Dhr. [[PERSOON|Postma, W.]], 81 jaar, eet en drinkt sinds ongeveer vijf dagen vrijwel niets, ligt op bed, zegt dat hij "al lang dood had moeten zijn". Echtgenote is op [[DATUM|2 november]] overleden.

Beoordeling om 17:00 samen met de huisarts bij dhr. thuis ([[ADRES|Lange West 88-a]], [[PLAATS|Drachten]]). Aanwezig: dochter [[PERSOON|Hylkje Postma]] en schoonzoon [[PERSOON|Jan-Willem]].

Bevindingen: vermagerde man, droge slijmvliezen, spreekt traag en zacht. Stemming ernstig somber, nihilistische gedachten ("mijn darmen zijn verrot, daarom hoef ik niet te eten"). Doodswens aanwezig, geen actief plan, wel weigert hij vocht. Geen tekenen van delier volgens de huisarts (CAM negatief). Geen alcohol.

Dochter vertelt dat vader na het overlijden van moeder ([[PERSOON|Sytske]]) steeds verder is weggezakt. Hij was altijd "een man van weinig woorden, maar nooit zo". Zij houdt het thuis niet meer vol. [[PERSOON|Wytze]] zelf kijkt weg als zijn dochter huilt.

Conclusie: ernstige depressieve episode met psychotische kenmerken, met somatisch gevaar door niet eten en drinken. Dhr. stemt na lang aandringen van dochter in met opname ("as jim dat wolle, dan mar").

Plan: vrijwillige opname ouderenpsychiatrie, afdeling Wâldsicht, vandaag nog. Dochter brengt hem. Lab bij opname (elektrolyten, nierfunctie). Zo nodig infuus via de somatische consulent. Huisarts [[PERSOON|Kingma]] ontvangt dit verslag.

[[PERSOON|Jelmer de Haan]], SPV
dr. [[PERSOON|T. Boersma]], psychiater`,
  },
  {
    id: 'h2-026',
    genre: 'begeleiding',
    setting: 'GHZ',
    author: 'auteur-h2',
    knownNames: ['M. (Mo) Azzouzi'],
    text: `Verslag logeerweekend [[ORGANISATIE|Logeerhuis De Kikkerpoel]], vr [[DATUM|21]] t/m zo [[DATUM|23 februari]]

vrijdag: [[PERSOON|mo]] om 16:15 gebracht door vader. Vader vertelde dat [[PERSOON|Mo]] deze week slecht heeft geslapen omdat zijn zusje ([[PERSOON|Noor]]) ziek was. Pictokaarten meegekregen, ook de nieuwe voor "zwemmen". Avondeten: alleen rijst en kip gegeten, groente geweigerd. Om 20:00 in bed, om 21:30 nog wakker met zijn tablet, die ingenomen volgens afspraak met ouders. - [[PERSOON|Ineke]]

zaterdag: 's ochtends naar het zwembad met [[PERSOON|Thijs]] en [[PERSOON|Liam]] (medelogés). [[PERSOON|Mo]] vond het spannend in de kleedkamer (handen op de oren, veel geluid), in het water zelf lachte hij de hele tijd. Middag rustig, treinbaan gebouwd. 's Avonds boos toen het licht uit moest, na 10 minuten zelf gekalmeerd met zijn verzwaringsdeken. /[[PERSOON|dvR]]

zondag: goede nacht. Om 14:00 opgehaald door moeder, mw. [[PERSOON|Azzouzi-Bennani]]. Overdracht gedaan, zwemmen als succes benoemd. Moeder vraagt of [[PERSOON|Mo]] in april een extra weekend kan komen; doorgegeven aan de planner [[PERSOON|Hanneke]] ([[EMAIL|planning.kikkerpoel@zorgvoorjeugdnoord.nl]]). /[[PERSOON|dvR]]`,
  },
  {
    id: 'h2-027',
    genre: 'ontslagbrief',
    setting: 'ZKH',
    author: 'auteur-h2',
    text: `[[ORGANISATIE|Ziekenhuis Vechtland]] | Neurologie | Stroke Unit, afdeling B3
[[ADRES|Dokter van Heesweg 2]], [[POSTCODE|7701 WE]] [[PLAATS|Dedemsvaart]] | [[URL|www.ziekenhuisvechtland.nl]]

[[PLAATS|Dedemsvaart]], [[DATUM|28 januari 2025]]

Aan: [[PERSOON|Jonker, M.E.]], huisarts, [[ORGANISATIE|Huisartsenpraktijk Balkbrug]]
Betreft: [[PERSOON|Linde, G.J. van der]], geb. [[DATUM|14-09-1957]], [[ADRES|Rollecate 19]], [[POSTCODE|7707ar]] [[PLAATS|Dedemsvaart]]
Patiëntnummer [[ID|5029164]]

Geachte collega,

Wij zagen uw patiënt van [[DATUM|21/1]] tot en met [[DATUM|28/1]] in verband met een herseninfarct in het stroomgebied van de arteria cerebri media links.

Presentatie: acute afasie en paralyse van de rechterarm, NIHSS 9 bij binnenkomst. Trombolyse gegeven 92 minuten na ontstaan (deur-tot-naald 24 min.). CTA zonder occlusie van een groot vat, dus geen trombectomie.

Beloop: snel herstel van de armfunctie, bij ontslag restafasie (woordvindproblemen). NIHSS bij ontslag 2, mRS 2. Slikscreening (GUSS) normaal. Tijdens telemetrie geen atriumfibrilleren; holter 7 dagen wordt poliklinisch verricht. LDL 3,9.

Diagnose: ischemisch CVA links (TOAST: grote vaten), risicofactoren hypertensie, roken, hypercholesterolemie.

Medicatie bij ontslag
- clopidogrel 75 mg 1dd1 (start [[DATUM|22/1]])
- atorvastatine 80 mg 1dd1
- perindopril 4 mg 1dd1
- nicotinepleister 21 mg/24 uur

Afspraken
- poliklinische logopedie via [[ORGANISATIE|Revalidatiecentrum De Vechtstroom]], aanmelding is gedaan;
- holter 7 dagen op [[DATUM|4 februari]];
- poli neurologie (verpleegkundig specialist [[PERSOON|Arjen Prakke]]) over 6 weken;
- rijverbod van minimaal 2 weken besproken; echtgenote [[PERSOON|Hennie]] rijdt voorlopig.

Met vriendelijke groet,

[[PERSOON|R. Dzhafarova]], neuroloog
BIG [[ID|09061234501]]
namens deze, [[PERSOON|K. Vos]], arts-assistent neurologie
[[EMAIL|neurologie@ziekenhuisvechtland.nl]]`,
  },
  {
    id: 'h2-028',
    genre: 'verwijzing',
    setting: 'VVT',
    author: 'auteur-h2',
    text: `[[ORGANISATIE|Verpleeghuis Crooswijkse Hof]]
[[ADRES|Boezemsingel 47]], [[POSTCODE|3034 SB]] [[PLAATS|Rotterdam]]

Aan: aanmeldteam [[ORGANISATIE|Expertisecentrum Korsakov De Stelling]]
[[PLAATS|Rotterdam]], [[DATUM|10-02-2025]]

Betreft: aanmelding voor langdurig verblijf
Dhr. [[PERSOON|Ricardo Fernandes Tavares]], geb. [[DATUM|08-07-1966]], BSN [[BSN|971195857]]
Laatst bekend woonadres [[ADRES|Pleinweg 211-C]], [[POSTCODE|3083 EB]] [[PLAATS|Rotterdam]]
Wettelijk vertegenwoordiger: mentor/curator dhr. [[PERSOON|P. Kalloe]], [[TELEFOON|010-4118352]]

Geachte collega,

Hierbij meld ik dhr. [[PERSOON|Fernandes Tavares]] aan voor een plaats op een van uw woongroepen voor mensen met het syndroom van Korsakov.

Dhr. verblijft sinds [[DATUM|12 september]] tijdelijk op onze afdeling (eerstelijnsverblijf, later Wlz-crisisbed), na een opname in het [[ORGANISATIE|Maaszicht Ziekenhuis]] met een Wernicke-encefalopathie. Hij had daarvoor jarenlang fors alcoholgebruik (volgens zus [[PERSOON|Fátima]] dagelijks een fles jenever) en is in de zomer zijn woning uitgezet.

Huidig beeld: ernstige inprentingsstoornis, confabuleert ("ik ben net terug uit [[PLAATS|Hoek van Holland]], daar werk ik bij de haven"), desoriëntatie in tijd. MoCA 14/30. Loopt zelfstandig, breed gangbeeld. ADL met aansporing en toezicht. Is 's avonds onrustig en wil dan "naar huis", twee keer de afdeling af gelopen en door de politie teruggebracht vanaf het Oostplein. Sinds zes maanden abstinent in deze setting.

Medicatie: thiamine 100 mg 2dd1, foliumzuur 0,5 mg 1dd1, vitamine B-complex forte 1dd1, quetiapine 25 mg a.n.

Er is een Wlz-indicatie VV5 afgegeven door het CIZ. Een onderzoek door de psycholoog (Rivermead, Tower of London) stuur ik mee.

Met vriendelijke groet,

[[PERSOON|J.C. Lont]], specialist ouderengeneeskunde
[[TELEFOON|010 - 242 91 00]] (receptie), toestel [[ID|318]]
[[EMAIL|jc.lont@crooswijksehof.nl]]`,
  },
  {
    id: 'h2-029',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h2',
    knownNames: ['T. (Tijn) Brouwer'],
    text: `[[DATUM|18/2]] spreekuur /[[PERSOON|jvdm]]
S/ [[PERSOON|Tijn]] (13) met moeder. Pijn onder li knie bij voetballen en traplopen, 2 mnd. Geen trauma. Speelt 3x/wk bij de club.
O/ zwelling en drukpijn tuberositas tibiae li, extensie tegen weerstand pijnlijk, geen hydrops, stabiel.
E/ M. Osgood-Schlatter li
P/ uitleg, belasting naar pijn doseren, ijs na sport, paracetamol zo nodig. Folder meegegeven. Moeder vraagt naar brief voor de trainer, gedaan. Bij nachtpijn of zwelling terug.`,
  },
  {
    id: 'h2-030',
    genre: 'mdo',
    setting: 'HA',
    author: 'auteur-h2',
    text: `MDO kwetsbare ouderen - [[ORGANISATIE|Huisartsenpraktijk De Marke]], [[PLAATS|Westerbork]]
[[DATUM|20 februari]], 12:30-13:30

Aanwezig: [[PERSOON|G.H. Brands]] (huisarts, [[PERSOON|GB]]), [[PERSOON|Mirjam Everts]] (POH-ouderen, [[PERSOON|ME]]), [[PERSOON|Anita Kloosterman]] (wijkverpleegkundige [[ORGANISATIE|Wijkzorg Drentsche Esch]], [[PERSOON|AK]]), [[PERSOON|Jeroen Hut]] (apotheker, [[ORGANISATIE|Apotheek Het Brinkhuis]]), [[PERSOON|Ellen Wiechers]] (casemanager dementie, [[PERSOON|EW]])

1. Mw. [[PERSOON|A. Scheper-Nijmeijer]], [[LEEFTIJD|90]]
Mantelzorger (zoon [[PERSOON|Harm]]) overbelast, EDIZ-score hoog. [[PERSOON|EW]] heeft dagbesteding in [[PLAATS|Beilen]] voorgesteld, mw. wil niet. Medicatiereview door apotheker: 11 middelen, voorstel statine en oxybutynine te stoppen.
Besluit: [[PERSOON|GB]] bespreekt stoppen met mw. en zoon; [[PERSOON|EW]] vraagt respijtzorg aan.

2. Dhr. [[PERSOON|Lammert Dolfing]], 86
Sinds ontslag uit het ziekenhuis ([[DATUM|3/2]], pneumonie) valangst, komt niet meer buiten. Wijkverpleging 2x per dag. Barthel 12. [[PERSOON|AK]]: dhr. zit 's avonds in het donker omdat hij de schakelaar niet goed kan bereiken.
Besluit: ergotherapeut inschakelen (woningaanpassing, Wmo-aanvraag), fysiotherapie valpreventie.

3. Echtpaar [[PERSOON|Van der Veen]] ([[LEEFTIJD|93]] en 88), [[ADRES|Hoofdstraat 2 bis]]
Dhr. dementie, mw. zorgt, maar is zelf net gediagnosticeerd met M. Waldenström. Kinderen wonen in [[PLAATS|Almere]] en in het buitenland.
Besluit: [[PERSOON|ME]] plant een huisbezoek samen met [[PERSOON|EW]] om toekomstscenario's te bespreken (Wlz-aanvraag).

Actiepunten
- stoppen statine/oxybutynine bespreken - [[PERSOON|GB]], [[DATUM|27-2]]
- respijtzorg - [[PERSOON|EW]]
- ergotherapie + Wmo dhr. [[PERSOON|Dolfing]] - [[PERSOON|AK]], [[DATUM|28-2]]
- huisbezoek fam. [[PERSOON|Van der Veen]] - [[PERSOON|ME]]/[[PERSOON|EW]], [[DATUM|7 maart]]
Volgende MDO [[DATUM|20 maart]].`,
  },
  {
    id: 'h2-031',
    genre: 'email',
    setting: 'GGZ',
    author: 'auteur-h2',
    text: `Onderwerp: Re: lithiumspiegel dhr. [[PERSOON|Van Dam]]
Van: [[PERSOON|Lieke Sijbesma]] <[[EMAIL|l.sijbesma@ggz-ijsseldelta.nl]]>
Aan: [[EMAIL|dokter.vanderploeg@zorgmail.nl]]
Datum: do [[DATUM|13-02-2025]] 08:03

Beste collega [[PERSOON|Van der Ploeg]],

Dank voor het doorsturen. Een spiegel van 1,3 mmol/l is bij dhr. [[PERSOON|Van Dam]] aan de hoge kant, zeker met de diarree die u noemt. Advies: lithium twee dagen overslaan, ruim drinken, en op maandag opnieuw een spiegel (12 uur na de laatste inname), plus kreatinine en TSH. Bij tremor of verwardheid graag dezelfde dag insturen.

Ik bel dhr. vandaag zelf nog. Zijn casemanager [[PERSOON|Wout]] is deze week met vakantie.

Met vriendelijke groet,
[[PERSOON|L. Sijbesma]], psychiater
[[ORGANISATIE|GGZ IJsseldelta]], polikliniek [[PLAATS|Kampen]]
[[TELEFOON|088 - 4512 300]]

Verstuurd vanaf mijn iPhone

> Op [[DATUM|12 feb. 2025]] om 17:44 heeft [[EMAIL|dokter.vanderploeg@zorgmail.nl]] het volgende geschreven:
> Geachte dr. [[PERSOON|Sijbesma]], bij dhr. [[PERSOON|H. van Dam]] (geb. [[DATUM|04-04-1961]]) vandaag Li 1,3. Hij heeft sinds 3 dagen buikgriep. Graag uw advies. Vr. gr. [[PERSOON|B. van der Ploeg]], huisarts`,
  },
  {
    id: 'h2-032',
    genre: 'rapportage',
    setting: 'VVT',
    author: 'auteur-h2',
    knownNames: ['Dhr. J. (Jaap) Mellema'],
    text: `[[DATUM|12/2]] 10:30 Dhr. vanochtend in de huiskamer van Zuid boos geworden op mw. [[PERSOON|Kuiper]] (medebewoner), die volgens hem "zijn vrouw" was en met een ander zat te praten. Heeft haar bij de pols gepakt. Afgeleid met koffie en de krant, mw. [[PERSOON|Kuiper]] niet gewond, wel geschrokken. MIC-melding gedaan, EVV [[PERSOON|Nadia]] geïnformeerd. /[[PERSOON|TdW]]

[[DATUM|12/2]] 15:00 Zoon [[PERSOON|Klaas Mellema]] op bezoek, incident besproken. Hij vertelt dat zijn vader en moeder 58 jaar getrouwd waren en dat moeder ook zo'n rood vest had. Zoon vraagt om meer afleiding in de middag. Voorstel: dhr. meenemen met de klusgroep van [[PERSOON|Gert]] (vrijwilliger). /[[PERSOON|TdW]]

[[DATUM|13/2]] nacht. Dhr. twee keer op de gang, zoekend naar "de stal". Rustig terug te begeleiden. Mw. [[PERSOON|kuiper]] heeft haar deur op slot gedaan, zij vraagt om een lampje aan te laten. /[[PERSOON|rvd]]

[[DATUM|13/2]] 14:30 Eerste keer mee met de klusgroep. Dhr. heeft een vogelhuisje geschuurd en was trots. "Net as vroeger op de boerderij in [[PLAATS|Bedum]]." Na afloop rustig, geen incidenten. /[[PERSOON|Nadia]]`,
  },
  {
    id: 'h2-033',
    genre: 'overdracht',
    setting: 'GGZ',
    author: 'auteur-h2',
    knownNames: ['Mw. R. (Roos) Westerhof'],
    text: `Overdracht avond naar nacht - kliniek Acute Psychiatrie, afdeling 2
[[DATUM|9 maart]] 23:00, van [[PERSOON|Bas]] naar [[PERSOON|Monique]]

S: Mw. [[PERSOON|Westerhof]] (kamer 6) heeft om 21:40 met een scherf van een kapotte mok in haar onderarm gekrast. Oppervlakkig, 4 krassen, niet gehecht, met steri-strips verzorgd.
B: Opgenomen sinds [[DATUM|2/3]] met een zorgmachtiging; emotieregulatiestoornis, eerder meerdere opnames. Gebruikt quetiapine 100 mg a.n. Er is een signaleringsplan met afspraken over kamerbewaking.
A: Na het krassen aanspreekbaar en rustig, zegt: "het was de spanning van het telefoontje met mijn ex." Geen suïcidale intenties geuit, maar spanning 7/10. Heeft om 22:15 de zo-nodig-medicatie (lorazepam 1 mg) genomen.
R: Controles elk half uur (registratie in het ECD), kamer is gecontroleerd op scherpe voorwerpen. Bij toename spanning of weigering van contact arts-assistent dr. [[PERSOON|Mahabier]] bellen via toestel [[ID|4410]]. Morgenochtend bespreken in de ochtendoverdracht met [[PERSOON|Roos]] en haar behandelaar [[PERSOON|J. Lugtenberg]].`,
  },
  {
    id: 'h2-034',
    genre: 'crisis',
    setting: 'GGZ',
    author: 'auteur-h2',
    text: `Telefonische triage crisislijn, [[DATUM|30-01]] 19:05. Mw. [[PERSOON|Henny Lansink]] ([[TELEFOON|0543-518820]]) belt over haar man [[PERSOON|Gerard]] (61), die sinds vanmiddag met de jachtgeweren in de schuur zit in [[PLAATS|Aalten]] en niet reageert. Mw. is de deur uit gegaan naar de buren (fam. [[PERSOON|Te Winkel]], [[ADRES|Dijkstraat 4]]). Direct politie ingeschakeld via 112 (19:09). Huisarts en crisisdienst (dienstdoend psychiater dr. [[PERSOON|Wegdam]]) op de hoogte. Terugbelafspraak met mw. om 20:00. /[[PERSOON|AnB]]`,
  },
  {
    id: 'h2-035',
    genre: 'rapportage',
    setting: 'wijk',
    author: 'auteur-h2',
    knownNames: ['Mw. G. Schepers'],
    text: `[[DATUM|04-03]] 11:10 steunkousen aan, ogen gedruppeld (Xalatan). Mw. had visite van de dominee, dhr. [[PERSOON|Smit]], en was daar blij mee. Volgende week komt de pedicure. - [[PERSOON|lt]]`,
  },
  {
    id: 'h2-036',
    genre: 'soep',
    setting: 'HA',
    author: 'auteur-h2',
    knownNames: ['Dhr. A.B. (Albert) Nijenhuis'],
    text: `[[DATUM|7-3]] visite thuis, [[ADRES|Kerkeweg 12-I]], [[PLAATS|Nijverdal]] /[[PERSOON|WEB]]
S/ pancreascarcinoom, palliatief. Toenemend misselijk, braakt 2-3x/dag, pijn goed onder controle met fentanylpleister 50 mcg/u. Eet nauwelijks. Wil thuis sterven, schriftelijke euthanasieverklaring aanwezig, vandaag opnieuw besproken. Echtgenote [[PERSOON|Janny]] en dochter [[PERSOON|Marleen]] aanwezig.
O/ cachectisch, icterisch, buik bol, geen peritoneale prikkeling. Geen fecale impactie bij RT.
E/ misselijkheid bij palliatieve fase, DD obstructie maag-uitgang
P/ haloperidol 1 mg 2dd sc via pomp; wijkverpleging [[ORGANISATIE|Thuiszorg Het Noaberhuus]] regelt pomp vanmiddag. Voor consultatie SCEN-arts dr. [[PERSOON|H. Oosterhof]] gebeld, afspraak [[DATUM|10 maart]]. Ik kom ma terug. Dochter krijgt mijn mobiele nummer [[TELEFOON|06-40271698]] voor buiten kantoortijd.`,
  },
];
