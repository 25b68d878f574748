import { describe, expect, it } from 'vitest';
import { extractMeasurements } from '../extractMeasurements';

/**
 * The failure classes a third independent author's reports showed (dev batch md3), each as a table: what
 * the carer wrote and the readings a careful colleague copies ("kind=value", in text order). Phrasings are
 * our own, not the corpus's; the traps of each class are in its table too.
 */
const failureClasses: Record<string, [string, string[]][]> = {
  'a long cue word typed with a letter dropped or doubled': [
    ['Bloedruk zittend 138/84', ['bloeddruk=138/84']],
    ['tempratuur 37,9', ['temperatuur=37.9']],
    ['Temparatuur gemeten: 38,4 graden', ['temperatuur=38.4']],
    ['satturatie 93% zonder extra zuurstof', ['saturatie=93']],
    ['Saturatie 96%', ['saturatie=96']],
    // Still no cue: a word that only starts like one.
    ['Temperament van dhr. wisselend, 3 keer boos geworden', []],
  ],
  "another person's reading: a moment of now does not make it the client's": [
    ['Zijn broer, die vanmiddag bij de HA was, had een RR van 165/95.', []],
    ['Buurman is zelf ook ziek, zijn temp was vanochtend 38,8.', []],
    ['Schoonzoon aanwezig, hij wilde ook gewogen worden: 92 kg.', []],
    // Back to the client: a word for the client, or a new sentence.
    ['Zoon had vanmorgen zelf 150/90, bij dhr. zelf RR 128/80.', ['bloeddruk=128/80']],
    ['Dochter heeft boodschappen gedaan. Vandaag RR 132/78.', ['bloeddruk=132/78']],
    ['Dochter belde, zij heeft mw. vanochtend gewogen: 61 kg.', ['gewicht=61']],
  ],
  'not of now, told by another place, a hand-over, an aside before the value or a goal weight': [
    ['Overgeplaatst van de longafdeling, saturatie daar 91%.', []],
    ['Volgens ontslagbrief: gewicht bij ontslag 58 kg.', []],
    ['Ontslaggewicht 72,5 kg', []],
    ['Op de SEH RR 95/60, op de afdeling RR 118/72', ['bloeddruk=118/72']],
    ['Gewicht (vorige maand) 81 kg, vandaag niet gewogen', []],
    ['Temp (gisteravond gemeten) 38,2', []],
    ['HD: droog gewicht 64 kg, voor de dialyse 66,3 kg', ['gewicht=66.3']],
    ['Ideaal gewicht volgens diëtist 70 kg', []],
    // Of now: an aside about how, or one with values of its own; "daar" that is no label.
    ['RR (zittend, li arm) 142/86', ['bloeddruk=142/86']],
    ['Gewicht (met kleding) 77 kg', ['gewicht=77']],
    ['Temp (vorige week 37,0) nu 38,4', ['temperatuur=38.4']],
    ['Daarna RR 128/80', ['bloeddruk=128/80']],
    ['Pijn nu 3, vanochtend 6', ['pijnscore=3']],
    ['Temp nu 37,4 (vannacht 38,6)', ['temperatuur=37.4']],
    ['Sat vannacht 91%, nu 95%', ['saturatie=95']],
    ['Nachtdienst: vannacht temp 38,2', ['temperatuur=38.2']],
    ['Temp vanochtend 37,9', ['temperatuur=37.9']],
    ['Om 14:00 RR 150/90, na rust opnieuw gemeten, toen 138/84', ['bloeddruk=150/90', 'bloeddruk=138/84']],
  ],
  'a flowsheet lined up with spaces': [
    [
      'Controles:\nuur   RR      pols  T\n08:00 132/80  84    37,8\n12:00 -       90    38,3',
      ['bloeddruk=132/80', 'hartfrequentie=84', 'temperatuur=37.8', 'hartfrequentie=90', 'temperatuur=38.3'],
    ],
    ['RR     sat\n118/64 95', ['bloeddruk=118/64', 'saturatie=95']],
    // A line of prose is no header; a row that does not fit ends the sheet.
    ['Pols en sat gemeten\n88 96', []],
    ['tijd  P   sat\n10:00 76  97\nMw. slaapt 2 uur', ['hartfrequentie=76', 'saturatie=97']],
  ],
  'value first, label after': [
    [
      'Avondronde: 96% sat, 18 AF, 37,3 temp, 80 pols, 126/76 RR.',
      ['saturatie=96', 'ademfrequentie=18', 'temperatuur=37.3', 'hartfrequentie=80', 'bloeddruk=126/76'],
    ],
    ['Gemeten: 71 kg gewicht', ['gewicht=71']],
    ['Controle 14u, 92% saturatie met 2 l O2', ['saturatie=92']],
    // The label reads forward when a number follows it; a number that does not open an item is not its value.
    ['Temp 37,1, pols 76', ['temperatuur=37.1', 'hartfrequentie=76']],
    ['Mw. kreeg om 10.00 2 tabletten, temp gemeten', []],
    ['Zij heeft 80 pols gemeten', []],
    ['Bij 38,5 temp paracetamol geven', []],
    ['Glucose 3,4, 2 dextro gegeven', ['glucose=3.4']],
    ['Nuchter: 6,9 glucose', ['glucose=6.9']],
  ],
  'urine output: bags by their name, a catheterisation yield, a span of hours, an aside after a short label': [
    ['Beenzak geleegd: 450 ml donker', ['uitscheiding=450']],
    ['Nachtzak vanmorgen 900 ml', ['uitscheiding=900']],
    ['Eenmalig katheteriseren, opbrengst 350 ml', ['uitscheiding=350']],
    ['Diurese 07-15u 650 ml', ['uitscheiding=650']],
    ['urineproductie 22:00-06:00 480 ml', ['uitscheiding=480']],
    ['Vochtbalans: in 1300 ml, uit (katheter) 900 ml', ['vochtinname=1300', 'uitscheiding=900']],
    ['P (li pols) 66, T 36,8', ['hartfrequentie=66', 'temperatuur=36.8']],
    // A drain's yield, a scanned bladder and what goes out are never urine or intake.
    ['Drain opbrengst 40 ml sereus', []],
    ['Redon: opbrengst 120 ml', []],
    ['Vocht: uit 1100 ml', ['uitscheiding=1100']],
    ['in (max) 1500 ml', []],
  ],
  'fluid intake named by a drink list or drinking': [
    ['Drinklijst: 6 glazen à 200 ml = 1200 ml', ['vochtinname=1200']],
    ['Goed drinken vandaag, samen 1400 ml', ['vochtinname=1400']],
    ['Drinklijst vandaag:\n10u water 200 ml\n14u thee 150 ml\nTotaal 350 ml', ['vochtinname=350']],
    // An advice to drink is a goal.
    ['Advies: minstens 1500 ml drinken', []],
    ['Moet 2 liter per dag drinken', []],
  ],
  'a posture or side between a short abbreviation and its value; a slash before a time': [
    ['RR zittend 140/85, P zittend 72, staand 90', ['bloeddruk=140/85', 'hartfrequentie=72', 'hartfrequentie=90']],
    ['T 37,0, P in rust 64', ['temperatuur=37.0', 'hartfrequentie=64']],
    ['AF rust 16/min', ['ademfrequentie=16']],
    ['BG 6,4 / 12u 9,9 / 17:30 8,0', ['glucose=6.4', 'glucose=9.9', 'glucose=8.0']],
    // Still no reading: a capital P of a plan, a score out of ten.
    ['P: liggend 2 uur rust houden', []],
    ['NRS 4 / 10', ['pijnscore=4']],
  ],
  'pain told on a spelled-out scale': [
    ['Dhr. geeft zijn pijn een 6 op een schaal van 0 tot 10', ['pijnscore=6']],
    ['pijn in de rug een 3 op een schaal van 1-10, na medicatie minder', ['pijnscore=3']],
    ['Pijncijfer 5', ['pijnscore=5']],
    // A scale without a score, or a count of places that hurt.
    ['Uitleg gegeven over pijn op een schaal van 0 tot 10', []],
    ['pijn aan 2 tenen op een schaal van 0 tot 10 niet te zeggen', []],
  ],
  'a long aside between label and value': [
    ['Gewogen (op de stoelweegschaal, zonder schoenen en vest): 67,4 kg', ['gewicht=67.4']],
    ['Temp (oor, li en re gemeten, hoogste genoteerd) 38,3', ['temperatuur=38.3']],
    // A goal in the aside still blocks.
    ['Gewicht (streefgewicht van de diëtist, zie zorgplan) 70 kg', []],
  ],
  'an oxygen flow written with the gas first': [
    ['Sat 88%, na 10 min O2 3 l weer 94%', ['saturatie=88', 'saturatie=94']],
    ['sat met zuurstof 2 liter 95%', ['saturatie=95']],
    // The flow is never the saturation.
    ['Sat: O2 2 l/min gestart', []],
  ],
  'a cue word without a value, and the sentence after it that gives the values': [
    ['Weging 2x per dag i.o.m. arts. Om 08u 81,2 kg, om 20u 82,0 kg.', ['gewicht=81.2', 'gewicht=82.0']],
    ['Gewicht gecontroleerd op verzoek van diëtist. Na het ontbijt 59,8 kg.', ['gewicht=59.8']],
    ['Temperatuur opgenomen ivm rillingen. Om 15u 38,7 graden, om 17u 37,9 graden.', ['temperatuur=38.7', 'temperatuur=37.9']],
    // Without the kind's unit, without a lead that says when, or when the cue is not of now, nothing is read.
    ['Weging 1x per week. Om 08u 2 tabletten gegeven.', []],
    ['Gewicht besproken met dochter. Dochter 64 kg.', []],
    ['Morgen weging. Om 08u 70 kg verwacht.', []],
  ],
};

describe('extractMeasurements: failure classes of the round-3 dev batch', () => {
  for (const [name, cases] of Object.entries(failureClasses)) {
    describe(name, () => {
      it.each(cases)('%s', (text, expected) => {
        const found = extractMeasurements(text);
        expect(found.map((m) => `${m.kind}=${m.value}`)).toEqual(expected);
        for (const m of found) expect(text.slice(m.start, m.end)).toMatch(/\d/);
      });
    });
  }
});
