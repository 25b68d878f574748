import { describe, expect, it } from 'vitest';
import { extractMeasurements } from '../extractMeasurements';

/**
 * The failure classes a second independent author's reports showed (round 2 of issue 14, dev batch md2),
 * each as a table: what the carer wrote and the readings a careful colleague copies ("kind=value", in
 * text order). Phrasings are our own, not the corpus's; the traps of each class are in its table too.
 */
const failureClasses: Record<string, [string, string[]][]> = {
  'glucose told by how it was taken: a finger prick, a sensor, a scan': [
    ['Vingerprik 4,6, mw. had net gegeten', ['glucose=4.6']],
    ['vingerprik gedaan samen met dhr: 9,3', ['glucose=9.3']],
    ['Na de lunch geprikt: 11,8', ['glucose=11.8']],
    ['Sensorwaarde 6,4 met pijl omhoog', ['glucose=6.4']],
    ['sensor gaf 3,2 aan, dextro gegeven', ['glucose=3.2']],
    ['Libre gescand om 14:10: 8,7', ['glucose=8.7']],
    ['CGM 12,1 bij binnenkomst', ['glucose=12.1']],
    ['Glucosecontrole: 9,1', ['glucose=9.1']],
    ['Glucosemeting 12,3', ['glucose=12.3']],
    ['nuchtere waarde 7,2', ['glucose=7.2']],
    ['suikers 8,9 na de lunch', ['glucose=8.9']],
    ['Gluco 8,1', ['glucose=8.1']],
    ['hypo van 2,8, 2 dextro gegeven', ['glucose=2.8']],
    ['Prik: 5,6', ['glucose=5.6']],
    // A dose, a time or a device setting after the same words is not a glucose.
    ['Nuchter sinds 24:00. Cefazoline 2 g mee', []],
    ['Suiker in de thee, 2 klontjes', []],
    ['Clexane 40 mg sc geprikt', []],
    ['Sensor vervangen, 2 tabletten paracetamol gegeven', []],
  ],
  'a cue with a hyphenated suffix': [
    ['BG-waarde 7,8', ['glucose=7.8']],
    ['BS-curve: 6,1 / 9,8 / 7,2', ['glucose=6.1', 'glucose=9.8', 'glucose=7.2']],
    ['Sat-meting 95%', ['saturatie=95']],
    ['RR-controle 134/82', ['bloeddruk=134/82']],
    ['BG-waarden vandaag 5,4 en 7,7', ['glucose=5.4', 'glucose=7.7']],
    ['dextro-meting 5,5', ['glucose=5.5']],
    ['BG-metingen: 6,0 en 8,1', ['glucose=6.0', 'glucose=8.1']],
  ],
  'filler between label and value: ordinals, counts, flows, articles, slashed words': [
    ['Diurese: 1e zak 400 ml', ['uitscheiding=400']],
    ['Diurese: 1e zak 400 ml, 2e zak 350 ml', ['uitscheiding=400', 'uitscheiding=350']],
    ['Uitgeplast 2x gemeten in de po: 200 ml en 150 ml', ['uitscheiding=200', 'uitscheiding=150']],
    ['Sat 90%, met 2 liter 94%', ['saturatie=90', 'saturatie=94']],
    ['Sat zonder zuurstof 87%, met 3 l/min via neusbril 93%', ['saturatie=87', 'saturatie=93']],
    ['sat bij 2L O2 95%', ['saturatie=95']],
    ['NRS in rust 1, bij hoesten/zuchten 5', ['pijnscore=1', 'pijnscore=5']],
    ['NRS: rust 3 / beweging 6', ['pijnscore=3', 'pijnscore=6']],
    ['RR 120/80 / pols 72', ['bloeddruk=120/80', 'hartfrequentie=72']],
    ['NRS 3 / 10', ['pijnscore=3']],
    ['Pijn: in rust 2, bij lopen 4, bij opstaan uit de stoel 7', ['pijnscore=2', 'pijnscore=4', 'pijnscore=7']],
    ['Sat in rust 97%, na een rondje over de afdeling 90%', ['saturatie=97', 'saturatie=90']],
    ['BS-curve: 07:30 8,2 / 11:30 10,4 / 17:30 9,0', ['glucose=8.2', 'glucose=10.4', 'glucose=9.0']],
    ['Sensor (Libre) afgelezen voor het ontbijt: 10,9', ['glucose=10.9']],
    ['weegmoment (in ochtendjas, na toilet): 58,3 kg', ['gewicht=58.3']],
    // An ordinal or a flow is never the value itself.
    ['Uurdiurese: 3e uur 45 ml', ['uitscheiding=45']],
    ['sat met 2 l/min', []],
  ],
  'readings listed under a header line that names them': [
    ['Dagcurve 3-6:\n07:30 nuchter 7,1\n11:30 10,2\n17:00 8,4', ['glucose=7.1', 'glucose=10.2', 'glucose=8.4']],
    ['Glucose vandaag:\n- 08:00: 6,0\n- 12:00: 9,9 (na gebak)\nArts gebeld.', ['glucose=6.0', 'glucose=9.9']],
    ['Dagcurve:\n07:30 6,1\n11:30 9,4\nlunch goed gegeten', ['glucose=6.1', 'glucose=9.4']],
    ['Pols per uur:\n• 10.00 88\n• 11.00 92', ['hartfrequentie=88', 'hartfrequentie=92']],
    // A header that is not of now heads no readings of now; a list ends at a line without a value.
    ['BG gisteren:\n- 08:00 5,9\n- 12:00 8,8', []],
    ['Streefwaarden glucose:\n- nuchter 5,0\n- na maaltijd 10,0', []],
    ['Dagcurve:\n07:30 6,1\nInsuline 8 E gegeven\nKamer 12 gedaan', ['glucose=6.1']],
    // The list ends at the dose, but a timed line after it still follows up the curve (next class).
    ['Dagcurve:\n07:30 6,1\nInsuline 8 E gegeven\n11:30 9,4', ['glucose=6.1', 'glucose=9.4']],
  ],
  'a sentence without a label that follows up the reading before it': [
    ['Vingerprik 3,1! Limonade gegeven. Na 15 min 4,4. Na 30 min 5,9.', ['glucose=3.1', 'glucose=4.4', 'glucose=5.9']],
    [
      'Glucose 4,0 voor de lunch. Boterham gegeven en 6 E Novorapid gezet. Een half uur later nog eens gemeten: 6,6.',
      ['glucose=4.0', 'glucose=6.6'],
    ],
    ['Temp 38,6. Paracetamol 1 g gegeven. Na een uur 37,9.', ['temperatuur=38.6', 'temperatuur=37.9']],
    ['Pols 104 na de trap. Na 5 min rust 84.', ['hartfrequentie=104', 'hartfrequentie=84']],
    ['Pijn "een 6" bij zitten. Bij lopen erger, een 8.', ['pijnscore=6', 'pijnscore=8']],
    ['Sensor 12,7 ↑. Om 10 uur 15,1. 11:30 weer gezakt: 11,2.', ['glucose=12.7', 'glucose=15.1', 'glucose=11.2']],
    // The nearest reading that the value looks like: a decimal after a pulse is the temperature.
    ['Temp 38,4, pols 96. Na een uur 37,7.', ['temperatuur=38.4', 'hartfrequentie=96', 'temperatuur=37.7']],
    // Not a follow-up: a dose, an earlier moment, a count, no lead that says so, a new paragraph.
    ['BG 6,2. Om 12:00 2 tabletten paracetamol.', ['glucose=6.2']],
    ['Temp 37,2. Gisteren om 18:00 38,9.', ['temperatuur=37.2']],
    ['Pols 76. Na het eten 3 boterhammen op.', ['hartfrequentie=76']],
    ['Glucose 7,2. Kamer 14 schoongemaakt, 3,5 uur bezig.', ['glucose=7.2']],
    ['Temp 38,1. Na overleg met arts 2 dd 1 g paracetamol.', ['temperatuur=38.1']],
    ['BG 8,4.\n\nNa 30 min 6,1', ['glucose=8.4']],
  ],
  'what stands between the values of a list: asides, shifts, other measures': [
    ['glucose (vingerprik, niet nuchter) 9,6', ['glucose=9.6']],
    ['Temp (oor, geen koorts gevoeld) 37,1', ['temperatuur=37.1']],
    ['diurese ND 420 ml, VD 380 ml, AD 550 ml', ['uitscheiding=420', 'uitscheiding=380', 'uitscheiding=550']],
    // A goal in an aside still blocks; another measure of the body is not the reading.
    ['glucose (streef 8) 9,6', []],
    ['lengte 1,81 m, buikomvang 102 cm', ['lengte=181']],
    ['gewicht 74 kg, heupomtrek 98 cm', ['gewicht=74']],
    ['UP 300 ml. Blaasscan na mictie: residu 120 ml', ['uitscheiding=300']],
    ['pols 80, EMV 14', ['hartfrequentie=80']],
  ],
  'a glucose told by its unit alone': [
    ['Dhr. liet de meter zien: 7,7 mmol/l', ['glucose=7.7']],
    ['Controle na het eten 9,1 mmol', ['glucose=9.1']],
    ['samen afgelezen, 5,6 mmol/L', ['glucose=5.6']],
    // Lab values share the unit; HbA1c has its own.
    ['Kalium 3,9 mmol/l', []],
    ['ketonen zelf gemeten: 0,6 mmol/l', []],
    ['Lithiumspiegel 0,7 mmol/l', []],
    ['HbA1c 58 mmol/mol', []],
  ],
  'fluid balance: bags, shared units, sums and habits': [
    ['Katheterzak geleegd, inhoud van de zak 700 ml', ['uitscheiding=700']],
    ['Uurdiurese: 20u 45 ml, 21u 50 ml', ['uitscheiding=45', 'uitscheiding=50']],
    ['Balans: in 1400 / uit 1250 ml', ['vochtinname=1400', 'uitscheiding=1250']],
    ['Vochtbalans in 1,6 / uit 1,2 l', ['vochtinname=1600', 'uitscheiding=1200']],
    ['Uitgeplast: 300 en 250 ml', ['uitscheiding=300', 'uitscheiding=250']],
    ['Urostoma: zak 3x geleegd, samen ca 1500 ml', ['uitscheiding=1500']],
    ['Alles opgevangen: 200, 250 en 300 ml, totaal 750 ml', ['uitscheiding=750']],
    ['Intake oraal 800 ml, sonde 500 ml, opgeteld 1300 ml', ['vochtinname=1300']],
    ['Gewogen in rolstoel 96 kg, rolstoel weegt 18 kg -> mw. 78 kg', ['gewicht=78']],
    // A habit is not a measuring; "samen met" names a person.
    ['Drinkt naar eigen zeggen meestal 2 liter', []],
    ['Mw. drinkt altijd wel 1,5 liter', []],
    ['Samen met dochter gewogen: 66 kg', ['gewicht=66']],
    ['BG 3,1 → 20 gram glucose gegeven', ['glucose=3.1']],
  ],
  'not of now, told by an abbreviation, a weekday, a compound or the words after the value': [
    ['Thuismetingen afgelopen week gem. 151/92. RR vandaag 144/88', ['bloeddruk=144/88']],
    ['Gisteren temp. 38,9, vandaag 37,1', ['temperatuur=37.1']],
    ['Dhr. heeft een lijstje bij zich: ma 150/90, di 148/88, wo 152/94.', []],
    ['Gewicht 3250 g, geboortegewicht was 3400 g', ['gewicht=3.25']],
    ['Opnamegewicht was 82 kg. Gewicht vandaag 80,5 kg.', ['gewicht=80.5']],
    ['Baby temp 36,8. Moeder: RR 125/80.', ['temperatuur=36.8']],
    ['Haar man wilde ook even gemeten worden: RR 170/95', []],
    ['Lengte 1,74 m is bij opname gemeten.', []],
    ['Gewicht in dossier 80 kg (bij opname 2 weken geleden)', []],
    ['Gewicht 71 kg (gisteren gewogen)', []],
    ['Gewicht vorige week 70 kg, opnieuw gewogen: 68,5 kg', ['gewicht=68.5']],
    ['Temp gedaald van 39,0 gisteravond naar 37,7 vanochtend', ['temperatuur=37.7']],
    // Still of now: an aside about another value, a moment of today, a comma before the history.
    ['T 37,4 (gisteren 38,6)', ['temperatuur=37.4']],
    ['Temp 37,9 (vanochtend gemeten)', ['temperatuur=37.9']],
    ['Pols 72 is vanochtend gemeten', ['hartfrequentie=72']],
    ['RR 130/80, was vorige week ook zo', ['bloeddruk=130/80']],
    ['Temp 37,2. 38,1 om 14 uur', ['temperatuur=37.2']],
  ],
};

describe('extractMeasurements: failure classes of the round-2 dev batch', () => {
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
