import type { MeasurementKind } from './measurement';

/**
 * The words carers use for measurements, as regex sources (matched case-insensitively, without
 * capturing groups). Data only: extractMeasurements compiles it once.
 */

export interface Cue {
  kind: MeasurementKind;
  pattern: string;
  /** Up to four words may stand between cue and value ("bloeddruk liggend re arm 135/85"). */
  free?: boolean;
  /** Ambiguous on its own: kept only with a unit, a decimal value, or next to another measurement. */
  weak?: boolean;
  /** Too ambiguous without a unit ("in", "uit", "drinkt"). */
  needsUnit?: boolean;
  /** An abbreviation that counts only in capitals ("P", "T", "AF"); otherwise weak, or dropped. */
  upper?: 'weak' | 'drop';
  /** A plain word ("pijn"): its value must end the phrase ("pijn li heup bij lopen 5,"; not "pijn aan 3 tenen"). */
  endsPhrase?: boolean;
  /** Words that, shortly before the cue, make it another thing's ("drain opbrengst 50 ml"); a regex source. */
  notAfter?: string;
}

export const cues: Cue[] = [
  // bloeddruk: the sys/dia value is distinctive, so every cue may stand a few words off.
  // Long words are often typed with a letter dropped or doubled ("bloedruk", "temparatuur", "satturatie").
  { kind: 'bloeddruk', pattern: 'bloedd?ruk(?:meting|waarde)?', free: true },
  { kind: 'bloeddruk', pattern: 'bloeddr\\.', free: true },
  { kind: 'bloeddruk', pattern: 'tensie(?:s|meting)?', free: true },
  { kind: 'bloeddruk', pattern: 'rr(?:[- ]?meting)?', free: true },
  { kind: 'bloeddruk', pattern: 'bd', free: true },
  { kind: 'bloeddruk', pattern: 'n?ibp', free: true },
  { kind: 'bloeddruk', pattern: 'bp', free: true },
  { kind: 'bloeddruk', pattern: 'blood pressure', free: true },

  { kind: 'hartfrequentie', pattern: 'hart[- ]?freq(?:uentie|\\.)?', free: true },
  { kind: 'hartfrequentie', pattern: 'hartslag', free: true },
  { kind: 'hartfrequentie', pattern: 'pols(?:frequentie|slag)?', free: true },
  { kind: 'hartfrequentie', pattern: 'heart rate', free: true },
  { kind: 'hartfrequentie', pattern: 'pulse', free: true },
  { kind: 'hartfrequentie', pattern: 'hf', upper: 'weak' },
  { kind: 'hartfrequentie', pattern: 'hr', upper: 'drop' },
  { kind: 'hartfrequentie', pattern: 'p', upper: 'weak' },

  { kind: 'temperatuur', pattern: '(?:lichaams|oor)?temp[ae]?r[ae]?tuu?r', free: true },
  { kind: 'temperatuur', pattern: 'temperature', free: true },
  { kind: 'temperatuur', pattern: '(?:oor)?temp\\.?|tmp', free: true },
  { kind: 'temperatuur', pattern: 'koorts', free: true },
  { kind: 'temperatuur', pattern: 'verhoging' },
  { kind: 'temperatuur', pattern: 'tympanisch|rectaal|oraal|axillair|ax\\.?|oor', weak: true },
  { kind: 'temperatuur', pattern: 't', upper: 'weak' },

  { kind: 'saturatie', pattern: '(?:zuurstof|o[2₂][- ]?)?satt?urr?atie', free: true },
  { kind: 'saturatie', pattern: '(?:o[2₂][- ]?)?sats?\\.?', free: true },
  { kind: 'saturatie', pattern: 's[pa][o0][2₂]', free: true },
  { kind: 'saturatie', pattern: 'saturation', free: true },

  { kind: 'ademfrequentie', pattern: 'adem(?:h\\.|halings)?[- ]?freq(?:uentie|\\.)?', free: true },
  { kind: 'ademfrequentie', pattern: 'ademhaling(?:en)?', free: true },
  { kind: 'ademfrequentie', pattern: 'ah[- ]?freq(?:uentie|\\.)?', free: true },
  { kind: 'ademfrequentie', pattern: 'respiratory rate', free: true },
  { kind: 'ademfrequentie', pattern: 'resp(?:iratie|\\.)?(?:[- ]?freq(?:uentie|\\.)?)?' },
  { kind: 'ademfrequentie', pattern: 'af', upper: 'drop' },
  { kind: 'ademfrequentie', pattern: 'rf', upper: 'drop', weak: true },
  { kind: 'ademfrequentie', pattern: 'ah', upper: 'drop', weak: true },

  { kind: 'gewicht', pattern: '(?:lichaams)?gewicht', free: true },
  { kind: 'gewicht', pattern: 'gew\\.?', free: true },
  { kind: 'gewicht', pattern: 'weegt|woog|gewogen|weging|weegschaal|weeg(?:moment|dag)', free: true },
  { kind: 'gewicht', pattern: 'weight', free: true },

  { kind: 'lengte', pattern: '(?:lichaams)?lengte', free: true },
  { kind: 'lengte', pattern: 'height', free: true },

  { kind: 'pijnscore', pattern: 'pijn[- ]?(?:score|cijfer)', free: true },
  { kind: 'pijnscore', pattern: 'pain[- ]?score', free: true },
  { kind: 'pijnscore', pattern: 'nrs(?:[- ]?score)?', free: true },
  { kind: 'pijnscore', pattern: 'vas(?:[- ]?score)?', free: true },
  { kind: 'pijnscore', pattern: 'pijn', free: true, endsPhrase: true },

  { kind: 'glucose', pattern: '(?:bloed)?glucose(?:waarden?|meting(?:en)?|controles?|spiegel)?', free: true },
  { kind: 'glucose', pattern: 'bloedsuiker(?:waarde|s)?', free: true },
  { kind: 'glucose', pattern: 'gluc(?:o|\\.)?', free: true },
  { kind: 'glucose', pattern: 'dextro(?:stix)?', free: true },
  { kind: 'glucose', pattern: '(?:glucose)?dagcurve', free: true },
  { kind: 'glucose', pattern: 'hgt', free: true },
  { kind: 'glucose', pattern: 'bg|bs', upper: 'weak', weak: true, free: true },
  // How a glucose is taken: a finger prick, a sensor or a scan of it. Weak: a glucose has a decimal.
  { kind: 'glucose', pattern: 'vingerprik|prik|geprikt|sensor(?:waarde)?|gescand|libre|[cf]gm', weak: true, free: true },
  { kind: 'glucose', pattern: 'hypo|hyper', weak: true, free: true },
  { kind: 'glucose', pattern: 'suikers?|nuchtere?', weak: true, free: true },

  { kind: 'vochtinname', pattern: 'vocht[- ]?(?:inname|intake)', free: true },
  { kind: 'vochtinname', pattern: 'intake', free: true },
  { kind: 'vochtinname', pattern: 'fluid intake', free: true },
  { kind: 'vochtinname', pattern: 'vocht', free: true },
  { kind: 'vochtinname', pattern: 'gedronken|ingenomen|drinkt|drinken|inname|vochtlijst|drinklijst', free: true, needsUnit: true },
  { kind: 'vochtinname', pattern: 'in', needsUnit: true },

  { kind: 'uitscheiding', pattern: 'uitscheiding', free: true },
  { kind: 'uitscheiding', pattern: '(?:uur)?diurese', free: true },
  { kind: 'uitscheiding', pattern: 'urine(?:[- ]?productie)?', free: true },
  { kind: 'uitscheiding', pattern: 'urine output|output', free: true },
  // A bag is named by what it hangs on or when it is worn: "nachtzak", "beenzak", "katheterzak".
  { kind: 'uitscheiding', pattern: 'cad(?:[- ]?zak)?|(?:katheter|urine|nacht|dag|been|opvang)[- ]?zak|zak', free: true, needsUnit: true },
  // What a catheterisation yields; a drain's or a tube's yield is no urine (see Cue.notAfter).
  {
    kind: 'uitscheiding',
    pattern: 'opbrengst',
    free: true,
    needsUnit: true,
    notAfter: 'drain|redon|sonde|hevel|wond|maag|ileo|colo|stoma|braaksel|spoel|pleura|ascites|punctie',
  },
  { kind: 'uitscheiding', pattern: '(?:uit)?geplast|mictie|opgevangen', free: true, needsUnit: true },
  { kind: 'uitscheiding', pattern: 'up', upper: 'drop', free: true, needsUnit: true },
  { kind: 'uitscheiding', pattern: 'uit', needsUnit: true },

  { kind: 'bmi', pattern: 'bmi', free: true },
  { kind: 'bmi', pattern: 'quetelet(?:[- ]?index)?', free: true },
];

/** Units per kind, longest spelling first. The factor turns the written unit into the zib unit. */
export interface UnitSpelling {
  pattern: string;
  factor?: number;
}

const perMinute: UnitSpelling[] = [
  { pattern: '(?:(?:x|sl(?:agen|\\.)?|p|teugen|ademhalingen|keer)[\\t\\p{Zs}]*)?(?:\\/|per)[\\t\\p{Zs}]*(?:min(?:uut)?|m)' },
  { pattern: 'bpm|spm|apm' },
];

const volume: UnitSpelling[] = [
  { pattern: 'ml|cc' },
  { pattern: 'dl', factor: 100 },
  { pattern: 'cl', factor: 10 },
  { pattern: 'l|ltr|liter', factor: 1000 },
];

export const unitSpellings: Record<MeasurementKind, UnitSpelling[]> = {
  bloeddruk: [{ pattern: 'mm[\\t\\p{Zs}]*hg|mm\\/hg|mm\\[hg\\]' }],
  hartfrequentie: perMinute,
  ademfrequentie: perMinute,
  temperatuur: [{ pattern: '°[\\t\\p{Zs}]*c|℃|graden(?:[\\t\\p{Zs}]*(?:celsius|c))?|gr\\.|gr|celsius|°|c' }],
  saturatie: [{ pattern: '%|procent' }],
  gewicht: [{ pattern: 'kg|kilo(?:gram|\'s)?' }, { pattern: 'g|gr|gram', factor: 0.001 }],
  lengte: [{ pattern: 'cm' }, { pattern: 'm|mtr|meter', factor: 100 }],
  // A VAS is a line of 100 mm: "VAS 55 mm".
  pijnscore: [{ pattern: 'mm' }],
  glucose: [{ pattern: 'mmol(?:[\\t\\p{Zs}]*\\/[\\t\\p{Zs}]*l)?' }],
  vochtinname: volume,
  uitscheiding: volume,
  bmi: [{ pattern: 'kg\\/m(?:2|²|\\^2)' }],
};

/** Units and counters that show a number is something else: a dose, a duration, a count, an age. */
export const foreignUnits =
  'mg|mcg|µg|ug|microgram|milligram|gram|gr|g|kg|kilo|ie|eh|eenhe(?:id|den)|e|ml|cc|ltr|liter|l|dd|x|keer|maal|' +
  'jaar|jr|jarige?|uur|u|minuten|minuut|min|sec(?:onden)?|dagen|dag|d|weken|week|wk|maanden|maand|mnd|' +
  'tabletten|tablet|tabl?|capsules?|caps|stuks?|st|cm|mm|meter|m|%|procent|mmol|mmhg|graden|°|kcal|' +
  'zakjes?|ampul(?:len)?|druppels?|pufs?|bekers?|glazen|glas|kopjes?|koppen|pakjes?|flesjes?|porties?|' +
  'plassen|kamer|nr|punten|stappen|meters';

/** Words in front of a cue that make the number a threshold or a goal, not a reading. */
export const conditionalWords = new Set([
  'bij', 'als', 'indien', 'wanneer', 'zodra', 'tenzij', 'max', 'maximaal', 'maximum', 'min', 'minimaal',
  'minimum', 'streef', 'streefwaarde', 'streven', 'doel', 'norm', 'gewenst', 'gewenste', 'beoogd', 'beoogde',
  'advies',
]);

/**
 * Words that compare or bound a number ("onder 130/80", "bij 38,5", "tussen 60 en 90"). Between cue and
 * value they block only when they stand right before the value; further off they qualify the moment
 * ("glucose zelf geprikt onder begeleiding: 6,1", "pijn bij lopen 5").
 */
export const comparatorWords = new Set([
  'bij', 'boven', 'onder', 'beneden', 'hoger', 'lager', 'dan', 'tot', 'vanaf', 'tussen', 'meer', 'minder',
]);

/** Verbs of a change: "tot" after them is where the change ended ("pols liep op tot 120"), not a bound. */
export const changeVerbs = new Set([
  'op', 'opgelopen', 'gestegen', 'gedaald', 'gezakt', 'teruggelopen', 'teruggezakt', 'liep', 'zakte', 'steeg', 'daalde',
]);

/** Words between cue and value that make the number something other than a reading, wherever they stand. */
export const blockingGapWords = new Set([
  ...[...conditionalWords].filter((w) => !comparatorWords.has(w)),
  'streefwaarde', 'doelwaarde', 'grens', 'grenswaarde', 'beperkt', 'beperking', 'niet', 'geen', 'wond', 'wondje',
  'decubitus', 'verschil',
]);

/** Negations among the blocking words; in a bracketed aside they qualify the measuring, not the value. */
export const negations = new Set(['niet', 'geen']);

/** A word in a gap that names another measure of the body: "buikomvang 94 cm", "residu 80 ml" (after a mictie). */
export const otherMeasureWord = /omvang|omtrek|residu|retentie/;

/** Shifts written in capitals: when a value was read, not another label ("diurese ND 380 ml, VD 520 ml"). */
export const shiftWords = new Set(['nd', 'vd', 'ad', 'ld', 'dd', 'od']);

/** Compounds that name a goal or limit ("streefsat", "RR-doel", "alarmgrens", "normwaarde"; not "normaal"). */
export const goalWord = /streef|doel|grens|^norm(?:waarde)?n?$/;

/**
 * Clause context that makes a reading not this client's, now. Matched case-insensitively on the clause
 * before the value (see readingContext.ts); the last marker in the clause wins.
 */
export const notNowMarkers = {
  /**
   * Earlier than the report's moment: "eergisteren temp 38,9", "vorige week 72 kg", "bij opname 69 kg", and told by
   * another place or hand-over: "bij ontslag 61 kg", "op de IC 110/60" (the ward the client came from), or a part of
   * the day set against a value of now: "pijn nu 6, vannacht 4".
   */
  historical:
    /(?<!\p{L})(?:(?:eer)?gister(?:en|avond|middag|ochtend|nacht)?|vorige?[\t\p{Zs}]+(?:week|maand|keer|controle|meting|dienst|consult|bezoek|jaar|weging)|afgelopen[\t\p{Zs}]+(?:week|maand|dagen|weken|maanden|jaar)|geleden|bij[\t\p{Zs}]+(?:opname|ontslag)|eerder(?:e)?|voorheen|destijds|thuismeting(?:en)?|(?:geboorte|opname|ontslag|uitgangs|start)(?:gewicht|lengte|waarde)|op[\t\p{Zs}]+de[\t\p{Zs}]+(?:ic|seh|ok|eerste[\t\p{Zs}]+hulp|verkoever(?:kamer)?|recovery)|(?<=(?<!\p{L})nu(?!\p{L})[^\n;]*\d[^\n;]*)(?:vannacht|vanochtend|vanmorgen|vanmiddag))(?!\p{L})/giu,
  /** A habit, not a measuring: "drinkt meestal wel 3 liter", "suiker is altijd wel 20". */
  habitual: /(?<!\p{L})(?:meestal|gewoonlijk|doorgaans|altijd|vaak|normaal[\t\p{Zs}]+gesproken)(?!\p{L})/giu,
  /** Later than the report's moment: "morgen RR meten", "volgende week wegen", "over 2 uur temp". */
  planned:
    /(?<!\p{L})(?:morgen|overmorgen|straks|gepland|volgende?[\t\p{Zs}]+(?:week|keer|controle|dienst|meting|maand)|over[\t\p{Zs}]+\d+[\t\p{Zs}]*(?:min(?:uten)?|kwartier|uur|u|dagen|weken|wk))(?!\p{L})/giu,
  /**
   * A goal, limit or range for the rest of the clause: "RR-doel onder 130/80", "streef < 140/90", "wil naar 62 kg", and
   * the weight a dialysis or diet aims at ("droog gewicht 70 kg", "ideaalgewicht").
   */
  target:
    /(?<!\p{L})(?:(?=\p{L}*(?:streef|doel|grens))\p{L}+|norm(?:waarde)?n?|streven|advies|wil[\t\p{Zs}]+(?:graag[\t\p{Zs}]+)?naar|tussen|(?:droog|ideaal|ideale)[\t\p{Zs}]*gewicht)(?!\p{L})/giu,
  /** Back to this client, now: "nu", "vandaag", "vanochtend", "bij ons bezoek", "bij dhr. zelf", "hier". */
  current:
    /(?<!\p{L})(?:nu|vandaag|vanochtend|vanmorgen|vanmiddag|vanavond|hier|inmiddels|momenteel|thans|actueel|zojuist|bij[\t\p{Zs}]+(?:ons|mijn|het)[\t\p{Zs}]+bezoek|bij[\t\p{Zs}]+(?:aankomst|binnenkomst|terugkomst)|bij[\t\p{Zs}]+(?:dhr|mw|mevr|mevrouw|meneer|cli[eë]nte?|bewoner|pt|pati[eë]nt|hem|haar)\.?(?:[\t\p{Zs}]+zelf)?|(?:dhr|mw|mevr|mevrouw|meneer|cli[eë]nte?|bewoner|pt|pati[eë]nt|hij|zij)\.?[\t\p{Zs}]+zelf|(?:opnieuw|nogmaals|nog[\t\p{Zs}]+eens|weer)[\t\p{Zs}]+(?:gemeten|gewogen|geprikt|gescand|gecontroleerd)|herhaalmeting|hermeting|controlemeting|op[\t\p{Zs}]+de[\t\p{Zs}]+afdeling)(?!\p{L})/giu,
  /**
   * The words among `current` that name the client ("bij dhr. zelf", "hier", "bij ons bezoek"): only these take
   * a clause back from another person; a moment ("vandaag", "vanochtend") says when, not whose.
   */
  backToClient:
    /(?<!\p{L})(?:hier|bij[\t\p{Zs}]+(?:ons|mijn|het)[\t\p{Zs}]+bezoek|bij[\t\p{Zs}]+(?:dhr|mw|mevr|mevrouw|meneer|cli[eë]nte?|bewoner|pt|pati[eë]nt|hem|haar)\.?(?:[\t\p{Zs}]+zelf)?|(?:dhr|mw|mevr|mevrouw|meneer|cli[eë]nte?|bewoner|pt|pati[eë]nt|hij|zij)\.?[\t\p{Zs}]+zelf)(?!\p{L})/giu,
  /**
   * "there" as the label of a value: "RR daar 132/76" (in the hospital the client came from). Not "toen": "nogmaals
   * gemeten, toen 150/88" is the later reading.
   */
  thereLabel: /(?<!\p{L})(?:daar|aldaar)[\t\p{Zs}]*:?[\t\p{Zs}]*$/iu,
  /** A weekday as the label of a value: a diary of days ("lijstje meegenomen: ma 148/92, di 152/94"). */
  weekdayLabel:
    /(?<!\p{L})(?:ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\.?:?[\t\p{Zs}]*$/iu,
};

/**
 * Any word that one of the markers above, or a person below, needs: a clause without one is read as now
 * without running them (most clauses in a report have none).
 */
export const contextKeywords =
  /thuismeting|geboorte|uitgangs|start|meestal|gewoonlijk|doorgaans|altijd|vaak|normaal[\t\p{Zs}]+gespr|gister|vorig|afgelopen|geleden|opname|eerder|voorheen|destijds|morgen|straks|gepland|volgend|over[\t\p{Zs}]+\d|streef|doel|grens|norm|streven|advies|wil|tussen|droog|ideaal|ideale|ontslag|op[\t\p{Zs}]+de|daar|vannacht|vanochtend|vanmorgen|vanmiddag|partner|echtgeno|man|vrouw|zoon|dochter|vader|moeder|broer|zus|buur|kamergeno|mede|klein|schoon|vriend|bezoek|begeleider|collega|mantelzorg/iu;

/**
 * Another person in the clause: a relative, roommate or other client, or staff. Whether the reading after
 * it is theirs is decided in readingContext.ts from the words around it.
 */
export const otherPersons = {
  noun: /(?<!\p{L})(?:partner|echtgeno(?:ot|te)|man|vrouw|zoon|dochter|vader|moeder|broer|zus|zuster|buurvrouw|buurman|buren|kamergeno(?:ot|te)|medebewoner|medecli[eë]nt|medepati[eë]nt|kleindochter|kleinzoon|kleinkind|schoonzoon|schoondochter|vriend(?:in)?|bezoeker|begeleider|collega|mantelzorger)(?!\p{L})/giu,
  /** "door dochter gemeten", "volgens dochter", "met zoon besproken": the client's reading, reported or taken by them. */
  reporterBefore: /(?<!\p{L})(?:door|volgens|met|namens)[\t\p{Zs}]+(?:(?:de|het|zijn|haar|z'n)[\t\p{Zs}]+)?$/iu,
  /** "bij de buurvrouw gemeten": measured on them. */
  ownerBefore: /(?<!\p{L})bij[\t\p{Zs}]+(?:(?:de|het|zijn|haar|z'n)[\t\p{Zs}]+)?$/iu,
  /** "dochter heeft RR gemeten": taken by them, so still the client's (not "wilde gemeten worden": measured on them). */
  reporterAfter: /^(?:[\t\p{Zs}]+[^\s]+){0,5}?[\t\p{Zs}]+(?:gemeten|geprikt|gewogen|genoteerd|doorgegeven|opgeschreven|gemeld)(?!\p{L})(?![\t\p{Zs}]+worden)/iu,
  /**
   * The subject of what follows: "zoon, die …", "zus (ook cliënt) had", "haar man gisteren een RR had", "vader is zelf …",
   * "man liet zijn RR meten", and a pronoun that takes the person up after a comma ("partner erbij, hij wilde …").
   */
  ownerAfter: /^(?:[\t\p{Zs}]*\(|,?[\t\p{Zs}]+die(?!\p{L})|(?:[\t\p{Zs}]+[\p{L}.'’]+){0,2},[\t\p{Zs}]+(?:hij|zij|ze)[\t\p{Zs}]+(?:had|heeft|liet|wilde|wil|wou)(?!\p{L})|(?:[\t\p{Zs}]+[\p{L}\p{N}.'’]+){0,4}?[\t\p{Zs}]+(?:had|heeft|zelf|liet|wilde|wil|wou)(?!\p{L}))/iu,
};

/** Labels of other numbers that a continuation may not read past ("P 80, kamer 24", "sat 95, MEWS 2"). */
export const otherNumberLabels = new Set([
  'kamer', 'bed', 'nr', 'nummer', 'groep', 'dag', 'week', 'score', 'mews', 'ews', 'gcs', 'emv', 'braden', 'must',
  'snaq', 'crp', 'hb', 'inr', 'kalium', 'natrium', 'kreat', 'egfr', 'hba1c', 'leuko', 'bmi', 'lab', 'e', 'eh',
]);

/** Lab values that share a unit with a reading ("Kalium 3,9 mmol/l"): a unit alone does not make them one. */
export const labValueWords = new Set([
  'kalium', 'natrium', 'ketonen', 'keton', 'lactaat', 'ureum', 'cholesterol', 'ldl', 'hdl', 'triglyceriden',
  'calcium', 'magnesium', 'fosfaat', 'chloride', 'bicarbonaat', 'hco3', 'albumine', 'ijzer', 'lab', 'labuitslag',
  'lithium', 'k', 'kreatinine', 'spiegel',
]);

/** Systolic and diastolic written as two halves: "bovendruk 126, onderdruk 78", "systolisch 95, diastolisch 55". */
export const pressureHalves =
  /(?<![\p{L}\p{N}])(?:systolisch|systolische(?:[\t\p{Zs}]+(?:bloed)?druk)?|systole|sys\.?|bovendruk|bovenste)[\t\p{Zs}]*[:=]?[\t\p{Zs}]*(\d{2,3})(?:[\t\p{Zs}]*mm[\t\p{Zs}]*hg)?[\t\p{Zs}]*(?:[,;][\t\p{Zs}]*)?(?:en[\t\p{Zs}]+)?(?:diastolisch|diastolische(?:[\t\p{Zs}]+(?:bloed)?druk)?|diastole|dia\.?|onderdruk|onderste)[\t\p{Zs}]*[:=]?[\t\p{Zs}]*(\d{2,3})(?![\p{N}]|[.,]\d)(?:[\t\p{Zs}]*mm[\t\p{Zs}]*hg)?/giu;

/**
 * Words that close a sum or a subtraction and give its result: "… = 2200 ml", "dus 57,5 kg", "netto 63 kg",
 * "rolstoel 17 kg -> mw. 75,5 kg", and for fluids "totaal 1050 ml", "samen ca 1300 ml" (a weight "totaal
 * 91,4 kg" is the gross one, before the aids are taken off).
 */
export const resultWords = /(?:=|->|→|=>|(?<!\p{L})(?:dus|netto|totaal|opgeteld|samen(?![\t\p{Zs}]+met)))(?!\p{L})/giu;

/** Context before a lengte that means a wound or device is measured, not the person. */
export const woundContext = /wond|decubitus|ulcus|litteken|incisie|huidletsel|drain|katheter|sonde|blaar|smetplek/i;

/** Words after a weight that make it a change, not a weight. */
export const weightChange =
  /^[\t\p{Zs}]*(?:afgevallen|aangekomen|afgenomen|toegenomen|gestegen|gedaald|verloren|erbij|eraf|minder|meer|lichter|zwaarder|verlies|winst)(?!\p{L})/iu;

/** "2 L/min O2" after a volume: oxygen flow, not fluid. */
export const oxygenAfter = /^[\t\p{Zs}]*(?:\/[\t\p{Zs}]*(?:min|u|uur|h)(?!\p{L})|o2|zuurstof)/iu;

/** "T 38,5 of hoger": a threshold. */
export const thresholdAfter = /^[\t\p{Zs}]*(?:of|en)[\t\p{Zs}]+(?:hoger|lager|meer|minder|hoger|erboven|eronder)(?!\p{L})/iu;
