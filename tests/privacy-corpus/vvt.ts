import type { CorpusSource } from './parse';

/** Hand-written VVT and wijkverpleging reports. All people and places are fictional. */
export const vvtDocs: CorpusSource[] = [
  {
    id: 'vvt-01',
    genre: 'rapportage',
    setting: 'VVT',
    knownNames: ['Mw. A.J. de Vries-Bakker'],
    text: `S: Mw. geeft aan dat ze vannacht slecht geslapen heeft, "ik lag de hele nacht te piekeren over [[PERSOON|Henk]]".
O: RR 142/88, pols 76, temp 37,1 °C. Mw. at haar ontbijt half op. Metoprolol 50 mg om 8.00 uur gegeven.
E: Stemming somber, mogelijk rond de sterfdag van haar man op [[DATUM|14 maart]].
P: Dochter [[PERSOON|Ingrid]] wordt gebeld, EVV [[PERSOON|Sanne Kuipers]] bespreekt dit in het MDO van [[DATUM|19-03-2024]].
[[PERSOON|S. Kuipers]], EVV`,
  },
  {
    id: 'vvt-02',
    genre: 'rapportage',
    setting: 'VVT',
    text: `[[PERSOON|Ans]] heeft goed gegeten en is na de lunch gaan rusten. Om 14:30 kwam haar zoon [[PERSOON|Peter]] op bezoek, samen koffie gedronken in de huiskamer. Geen bijzonderheden. Paracetamol 1 g 4dd continueren.`,
  },
  {
    id: 'vvt-03',
    genre: 'rapportage',
    setting: 'VVT',
    knownNames: ['Jansen, Hendrik'],
    text: `Dhr. [[PERSOON|Jansen]] was vanochtend verward, wist niet waar hij was. [[PERSOON|Jansen]]s dochter heeft gisteren ([[DATUM|03-04-2024]]) gemeld dat hij thuis ook steeds vaker de weg kwijt is. Dhr. herkende zr. [[PERSOON|Willemsen]] niet. Glasgow coma score niet afgenomen, wel MMSE gepland. Huisarts dr. [[PERSOON|Brouwer]] op de hoogte.`,
  },
  {
    id: 'vvt-04',
    genre: 'rapportage',
    setting: 'wijk',
    text: `Wondzorg bij mw. [[PERSOON|Scholten]] thuis, [[ADRES|Kerkstraat 12a]] te [[PLAATS|Zwolle]]. Decubitus categorie 2 op de stuit, 3 x 2 cm, wond schoon. Verband gewisseld, volgende wissel do [[DATUM|18-4]]. Mw. vraagt of de wijkverpleging ook haar steunkousen kan aantrekken. Overleg met [[PERSOON|Bram]] (wijkverpleegkundige) volgt.`,
  },
  {
    id: 'vvt-05',
    genre: 'rapportage',
    setting: 'VVT',
    knownNames: ['Mw. W. (Wilhelmina) Oosterhuis'],
    text: `Mevrouw heeft vandaag een goede dag. Ze vertelde over haar jeugd in [[PLAATS|Hoogeveen]] en haar broer [[PERSOON|Klaas]] die bij de marine zat. Mw. [[PERSOON|Oosterhuis]] deed mee met het zingen in de activiteitenruimte. Sat 96%, geen zuurstof nodig. Gewicht 61,4 kg (vorige week 61,9 kg).`,
  },
  {
    id: 'vvt-06',
    genre: 'rapportage',
    setting: 'VVT',
    text: `Nachtdienst: om 02.15 uur belde mw. van kamer 12. Zij had pijn in haar rechterheup, NRS 7. Oxycodon 5 mg zo nodig gegeven na overleg met de dienstdoende arts dr. [[PERSOON|Ramdin]]. Om 03.00 uur NRS 4, mw. sliep daarna. Graag dagdienst pijn opnieuw meten. [[PERSOON|Yvonne]] (nachtdienst)`,
  },
  {
    id: 'vvt-07',
    genre: 'rapportage',
    setting: 'VVT',
    knownNames: ['Dhr. G.H. ter Horst'],
    text: `Dhr. [[PERSOON|ter Horst]] is [[LEEFTIJD|94]] jaar geworden! Er was taart en de familie was er, ook zijn kleinzoon [[PERSOON|Daan]] uit [[PLAATS|Enschede]]. Dhr. genoot zichtbaar. Wel kortademig na het traplopen, sat 91%. Morgen saturatie opnieuw controleren.`,
  },
  {
    id: 'vvt-08',
    genre: 'rapportage',
    setting: 'wijk',
    text: `S: "Het gaat wel, maar mijn benen zijn dik." O: enkeloedeem beiderzijds, gewicht 84 kg, RR 150/90. Furosemide 40 mg ochtend ingenomen. E: oedeem toegenomen sinds [[DATUM|2 mei]]. P: huisarts [[PERSOON|Van Leeuwen]] gebeld op [[TELEFOON|038-4567321]], terugbelverzoek staat uit.`,
  },
  {
    id: 'vvt-09',
    genre: 'rapportage',
    setting: 'VVT',
    text: `Mw. [[PERSOON|Roos]] heeft vandaag geweigerd te douchen. Zij zei dat zuster [[PERSOON|Fatima]] "te ruw" was. Gesprek gehad, mw. kalmeerde. Later samen met collega [[PERSOON|Kees]] gedoucht, dat ging goed. Barthel index blijft 12.`,
  },
  {
    id: 'vvt-10',
    genre: 'rapportage',
    setting: 'VVT',
    knownNames: ['Mevr. C. (Corrie) van den Heuvel'],
    text: `[[PERSOON|Corrie]] was onrustig in de middag en liep steeds naar de deur. Mw. [[PERSOON|van den Heuvel]] zegt dat ze naar huis moet om voor de kinderen te koken. Afgeleid met foto's, dat hielp. Mw. [[PERSOON|van den Heuvel]]s zoon [[PERSOON|Gerard]] komt zaterdag [[DATUM|20 april]] om 11.00 uur.`,
  },
  {
    id: 'vvt-11',
    genre: 'rapportage',
    setting: 'wijk',
    text: `Insuline toegediend, Novorapid 8 E en Lantus 16 E om 22.00 uur. Glucose 11,2 mmol/l. Mw. [[PERSOON|El Amrani]] vraagt of het Ramadan-schema besproken kan worden met de diabetesverpleegkundige [[PERSOON|Marloes de Wit]]. Afspraak gemaakt voor vr [[DATUM|12/4]].`,
  },
  {
    id: 'vvt-12',
    genre: 'rapportage',
    setting: 'VVT',
    text: `[[DATUM|12-03-2024]] 07:45 - Dhr. is uit bed gegleden naast het bed, geen letsel zichtbaar. Heupen en polsen nagekeken, geen pijn bij bewegen. Valincident gemeld. Familie (mevrouw [[PERSOON|Hoekstra]], dochter) telefonisch geïnformeerd via [[TELEFOON|06-12345678]]. [[PERSOON|Lotte]], VIG`,
  },
  {
    id: 'vvt-13',
    genre: 'rapportage',
    setting: 'VVT',
    text: `Mw. heeft de ziekte van Parkinson en de tremor was vandaag erger. Madopar 125 mg om 7.00, 11.00, 15.00 en 19.00 uur. Fysiotherapeut [[PERSOON|Tom Verhoeven]] adviseert de rollator ook binnen te gebruiken. Mw. wil dat liever niet, "dan ben ik net een oud wijf". Gesprek voortzetten.`,
  },
  {
    id: 'vvt-14',
    genre: 'rapportage',
    setting: 'VVT',
    knownNames: ['Dhr. B. Visser'],
    text: `Dhr. [[PERSOON|Visser]] had vanochtend een temperatuur van 38,4 °C, urine troebel en sterk ruikend. Urinestick nitriet positief. Arts [[PERSOON|De Graaf]] heeft nitrofurantoïne 50 mg 4dd voorgeschreven voor 5 dagen. Dhr. [[PERSOON|Visser]] drinkt weinig, vochtlijst gestart. Zijn vrouw [[PERSOON|Mies]] is ingelicht.`,
  },
  {
    id: 'vvt-15',
    genre: 'rapportage',
    setting: 'wijk',
    text: `Eerste bezoek bij dhr. [[PERSOON|Pieter Brinkman]] ([[LEEFTIJD|91]]), wonend [[ADRES|Dorpsweg 3-5]], [[POSTCODE|7722 KL]] [[PLAATS|Dalfsen]]. Hij woont alleen sinds het overlijden van zijn vrouw in [[DATUM|januari 2023]]. Mantelzorger is neef [[PERSOON|Erik Brinkman]], bereikbaar op [[TELEFOON|06 - 48 37 22 19]]. Indicatie: persoonlijke verzorging 7 uur per week.`,
  },
  {
    id: 'vvt-16',
    genre: 'rapportage',
    setting: 'VVT',
    text: `Mw. at slecht vandaag, slechts 2 happen van de warme maaltijd. Drinkt wel goed, 1500 ml. Gewicht gedaald naar 52 kg. Diëtist [[PERSOON|Mirjam]] is gevraagd langs te komen. Vanavond om 18.30 uur drinkvoeding Nutridrink aangeboden.`,
  },
  {
    id: 'vvt-17',
    genre: 'rapportage',
    setting: 'VVT',
    knownNames: ['Mevrouw Gerritsen'],
    text: `Ochtendzorg: mw. [[PERSOON|Gerritsen]] heeft zich zelf gewassen aan de wastafel, alleen hulp bij de rug en steunkousen. Vanmiddag bezoek van haar vriendin [[PERSOON|Truus]] van de kerk. [[PERSOON|Gerritsen]] vertelde trots over haar achterkleinkind.`,
  },
  {
    id: 'vvt-18',
    genre: 'rapportage',
    setting: 'VVT',
    text: `Dhr. [[PERSOON|A.B. Kok]] is vandaag verhuisd naar afdeling [[ORGANISATIE|De Hooiberg]], kamer 4. De bakker kwam vanochtend brood brengen en dhr. wilde meteen een krentenbol. Overdracht aan [[PERSOON|Wim]] van de avonddienst.`,
  },
  {
    id: 'vvt-19',
    genre: 'rapportage',
    setting: 'VVT',
    text: `MDO [[DATUM|8 februari 2024]]. Aanwezig: SO dr. [[PERSOON|M. Yilmaz]], EVV [[PERSOON|Joke Smit]], psycholoog [[PERSOON|Bas van Dijk]], fysiotherapeut. Besproken: valrisico hoog (Tinetti 14), onrust in de avond. Afspraken: sensor mat, haloperidol afbouwen. Evaluatie over 6 weken, [[DATUM|21-03-2024]].`,
  },
  {
    id: 'vvt-20',
    genre: 'rapportage',
    setting: 'wijk',
    text: `Mw. belde om 10:05 in paniek: de alarmknop deed het niet. Ter plaatse geweest, batterij vervangen. Mw. woont [[ADRES|Lange Voorhout 10]] in [[PLAATS|Den Haag]], 3 hoog zonder lift. Gesproken met haar schoonzoon [[PERSOON|Ahmed]] over een verhuizing naar een gelijkvloerse woning.`,
  },
  {
    id: 'vvt-21',
    genre: 'rapportage',
    setting: 'VVT',
    text: `Mw. [[PERSOON|de Jong]] zat vanmiddag in de tuin bij de vijver. Ze zei dat de haan van de kinderboerderij haar wakker hield. Vandaag wel goed gegeten. Laxeermiddel Movicolon 1 sachet 1dd gegeven, defecatie ok.`,
  },
  {
    id: 'vvt-22',
    genre: 'rapportage',
    setting: 'VVT',
    knownNames: ['Dhr. J. (Johannes) Mulder'],
    text: `[[PERSOON|Johannes]] heeft de hele dag op bed gelegen. Dhr. [[PERSOON|Mulder]] wil niet eten en zegt dat hij "klaar is met leven". Met zijn zoon [[PERSOON|Marco Mulder]] besproken, die wil een gesprek met de SO. Wilsverklaring: niet reanimeren, vastgelegd [[DATUM|2022-11-03]]. Mondzorg gedaan.`,
  },
  {
    id: 'vvt-23',
    genre: 'rapportage',
    setting: 'wijk',
    text: `Stomazorg: huid rondom stoma rood. Stomaverpleegkundige [[PERSOON|Inge Hakkert]] van [[ORGANISATIE|Thuiszorg West-Brabant]] komt [[DATUM|15 mrt '24]] langs. Tot die tijd Cavilon gebruiken. Materiaal besteld bij [[ORGANISATIE|Apotheek De Brink]], levering dinsdag.`,
  },
  {
    id: 'vvt-24',
    genre: 'rapportage',
    setting: 'VVT',
    text: `Mw. is vanmiddag met de taxi naar [[ORGANISATIE|Ziekenhuis Rijnstate]] vervoerd voor een controle bij de cardioloog. Begeleid door haar dochter [[PERSOON|Marianne]]. Terug om 16.15 uur. Uitslag: pacemaker functioneert goed, volgende controle [[DATUM|maart 2025]].`,
  },
  {
    id: 'vvt-25',
    genre: 'rapportage',
    setting: 'VVT',
    text: `[[PERSOON|Greet]] heeft de hele avond zitten huilen. Ze mist haar man [[PERSOON|Bert]] die in [[ORGANISATIE|Verpleeghuis Het Gasthuis]] woont. Afgesproken dat we een videobel-moment regelen. Temazepam 10 mg a.n. gegeven om 22.00 uur.`,
  },
  {
    id: 'vvt-26',
    genre: 'rapportage',
    setting: 'wijk',
    text: `Dhr. [[PERSOON|Kuijpers]] gezien i.v.m. medicatierol. Baxterrol klopt niet met het medicatieoverzicht van de apotheek: simvastatine 40 mg ontbreekt. Contact opgenomen met [[ORGANISATIE|Apotheek Vermeulen]] in [[PLAATS|Boxtel]]; zij leveren morgen na. Dhr. neemt tot die tijd zijn eigen voorraad.`,
  },
  {
    id: 'vvt-27',
    genre: 'rapportage',
    setting: 'VVT',
    knownNames: ['Mw. H. Bosman'],
    text: `S: mw. [[PERSOON|bosman]] zegt dat ze "vreselijke buikpijn" heeft. O: buik gespannen, geen defecatie sinds ma [[DATUM|4-3]]. Temp 37,8. E: obstipatie? P: arts [[PERSOON|J. de Boer]] gevraagd te beoordelen, klysma in overleg. Mw. [[PERSOON|Bosman]]s dochter wil op de hoogte gehouden worden.`,
  },
  {
    id: 'vvt-28',
    genre: 'rapportage',
    setting: 'VVT',
    text: `Avonddienst zo [[DATUM|7 april]]: dhr. was geagiteerd na het bezoek van zijn broer [[PERSOON|Gerrit]]. Hij sloeg met zijn stok naar een medebewoner. Incident gemeld. Lorazepam 1 mg zn niet nodig geweest. [[PERSOON|Noor]] en [[PERSOON|Jeroen]] (avonddienst)`,
  },
  {
    id: 'vvt-29',
    genre: 'rapportage',
    setting: 'VVT',
    text: `Mevr. [[PERSOON|Wolters-Kamphuis]] ([[LEEFTIJD|96]]) heeft vannacht 3x gebeld voor de po. Urine-incontinentie neemt toe. Continentieverpleegkundige ingeschakeld via [[EMAIL|continentie@zorggroepdelinde.nl]]. Mw. draagt nu Tena Lady maxi.`,
  },
  {
    id: 'vvt-30',
    genre: 'rapportage',
    setting: 'wijk',
    text: `Mw. [[PERSOON|Nijhuis]] verblijft sinds [[DATUM|12 januari]] tijdelijk bij haar zus in [[PLAATS|Almelo]], adres [[ADRES|Wierdensestraat 118]]. Zorg daar overgedragen aan [[ORGANISATIE|Zorggroep Sint Maarten]]. Terugkeer verwacht rond [[DATUM|1 februari]].`,
  },
];
