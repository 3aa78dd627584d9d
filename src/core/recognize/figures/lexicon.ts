// Word lists the figure recogniser reads. Kept apart from the scanning code so that a reader can
// check (and extend) what counts as a number word, a qualifier, a currency or an identifier
// label without reading the parser.

import type { Qualifier } from '../../model';

export const CARDINALS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40],
  ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Multipliers inside a spelled-out number ("two hundred", "a dozen", "three million"). */
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['dozen', 12], ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9],
  ['trillion', 1e12],
]);

const ORDINAL_UNITS: readonly [string, number][] = [
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6],
  ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12],
  ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16],
  ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19],
];
const ORDINAL_TENS: readonly [string, number][] = [
  ['twentieth', 20], ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50], ['sixtieth', 60],
  ['seventieth', 70], ['eightieth', 80], ['ninetieth', 90], ['hundredth', 100],
  ['thousandth', 1000], ['millionth', 1e6],
];
export const ORDINALS: ReadonlyMap<string, number> = new Map([...ORDINAL_UNITS, ...ORDINAL_TENS]);

/** Vague plurals: "dozens", "hundreds of", "tens of thousands". Value is the literal lower bound. */
export const VAGUE_PLURALS: ReadonlyMap<string, number> = new Map([
  ['tens', 10], ['dozens', 12], ['hundreds', 100], ['thousands', 1e3], ['millions', 1e6],
  ['billions', 1e9],
]);

/** Longest first, so that a regex alternation never stops at "seven" inside "seventeen". */
export function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

export const CARDINAL_ALT = alternation(CARDINALS.keys());
export const MULTIPLIER_ALT = alternation(MULTIPLIERS.keys());
export const ORDINAL_ALT =
  `(?:(?:${alternation(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'])})-)?` +
  `(?:${alternation(ORDINALS.keys())})`;
export const VAGUE_ALT = alternation(VAGUE_PLURALS.keys());

/** Qualifiers as written (lower case, single spaces) to their normalised form. */
export const QUALIFIERS: ReadonlyMap<string, Qualifier> = new Map<string, Qualifier>([
  ['at least', 'at least'], ['no fewer than', 'at least'], ['no less than', 'at least'],
  ['not less than', 'at least'], ['a minimum of', 'at least'],
  ['more than', 'more than'], ['greater than', 'more than'], ['over', 'more than'],
  ['upwards of', 'more than'], ['in excess of', 'more than'], ['just over', 'more than'],
  ['well over', 'more than'], ['slightly over', 'more than'], ['a little over', 'more than'],
  ['well above', 'more than'], ['above', 'more than'],
  ['at most', 'at most'], ['up to', 'at most'], ['as many as', 'at most'], ['as much as', 'at most'],
  ['no more than', 'at most'], ['not more than', 'at most'], ['a maximum of', 'at most'],
  ['fewer than', 'less than'], ['less than', 'less than'], ['under', 'less than'],
  ['just under', 'less than'], ['well under', 'less than'], ['slightly under', 'less than'],
  ['a little under', 'less than'], ['below', 'less than'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['just shy of', 'nearly'],
  ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['approximately', 'about'],
  ['approx.', 'about'], ['some', 'about'], ['an estimated', 'about'], ['estimated', 'about'],
  ['circa', 'about'], ['c.', 'about'],
]);

/** Currency symbols; "$" alone is read as US dollars (the usual reading in English news). */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₩', 'KRW'],
  ['₽', 'RUB'], ['₺', 'TRY'], ['₴', 'UAH'], ['₦', 'NGN'], ['₱', 'PHP'], ['₪', 'ILS'],
]);
export const CURRENCY_SYMBOL_CLASS = '$€£¥₹₩₽₺₴₦₱₪';

/** Letters written before "$" ("US$", "C$", "R$", "J$"). */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['US', 'USD'], ['U.S.', 'USD'], ['C', 'CAD'], ['CA', 'CAD'], ['CAN', 'CAD'], ['A', 'AUD'],
  ['AU', 'AUD'], ['NZ', 'NZD'], ['HK', 'HKD'], ['S', 'SGD'], ['R', 'BRL'], ['MX', 'MXN'],
  ['NT', 'TWD'], ['COL', 'COP'], ['J', 'JMD'], ['JA', 'JMD'], ['TT', 'TTD'], ['EC', 'XCD'],
  ['RD', 'DOP'], ['BZ', 'BZD'], ['BDS', 'BBD'], ['Bds', 'BBD'],
]);

/** Letters written before a currency symbol, by symbol ("CN¥" is yuan, "¥" alone is yen). */
export const SYMBOL_PREFIXES: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['$', DOLLAR_PREFIXES],
  ['¥', new Map([['CN', 'CNY'], ['RMB', 'CNY'], ['JP', 'JPY']])],
]);

export const ISO_CURRENCIES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'CHF', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'INR', 'PKR',
  'BRL', 'MXN', 'COP', 'ARS', 'CLP', 'PEN', 'VES', 'UYU', 'BOB', 'PYG', 'DOP', 'CUP', 'RUB',
  'UAH', 'TRY', 'ILS', 'EGP', 'ZAR', 'NGN', 'KES', 'KRW', 'PHP', 'IDR', 'THB', 'SEK', 'NOK',
  'DKK', 'PLN', 'CZK', 'HUF', 'SAR', 'AED', 'QAR', 'IRR', 'JMD', 'TTD', 'XCD', 'HTG', 'TWD',
  'BBD', 'BZD', 'BSD', 'GYD',
]);

/** Currency names after a number; `null` when the name alone does not say which country's. */
export const CURRENCY_NAMES: ReadonlyMap<string, string | null> = new Map<string, string | null>([
  ['dollar', 'USD'], ['euro', 'EUR'], ['sterling', 'GBP'], ['pounds sterling', 'GBP'],
  ['pound sterling', 'GBP'], ['yen', 'JPY'], ['yuan', 'CNY'], ['renminbi', 'CNY'],
  ['rupee', null], ['peso', null], ['real', 'BRL'], ['reais', 'BRL'], ['bolivar', 'VES'],
  ['bolívar', 'VES'], ['bolivares', 'VES'], ['bolívares', 'VES'], ['rouble', 'RUB'],
  ['ruble', 'RUB'], ['lira', 'TRY'], ['hryvnia', 'UAH'], ['franc', null], ['shekel', 'ILS'],
  ['rand', 'ZAR'], ['naira', 'NGN'], ['won', 'KRW'], ['gourde', 'HTG'],
]);

/** "Colombian pesos", "Canadian dollars": the adjective decides the currency. */
export const CURRENCY_ADJECTIVES: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['dollar', new Map([
    ['us', 'USD'], ['u.s.', 'USD'], ['american', 'USD'], ['canadian', 'CAD'],
    ['australian', 'AUD'], ['new zealand', 'NZD'], ['hong kong', 'HKD'], ['singapore', 'SGD'],
    ['taiwan', 'TWD'], ['jamaican', 'JMD'], ['eastern caribbean', 'XCD'], ['barbadian', 'BBD'],
    ['bahamian', 'BSD'], ['guyanese', 'GYD'], ['belize', 'BZD'],
  ])],
  ['peso', new Map([
    ['colombian', 'COP'], ['mexican', 'MXN'], ['argentine', 'ARS'], ['argentinian', 'ARS'],
    ['chilean', 'CLP'], ['philippine', 'PHP'], ['cuban', 'CUP'], ['dominican', 'DOP'],
    ['uruguayan', 'UYU'],
  ])],
  ['rupee', new Map([['indian', 'INR'], ['pakistani', 'PKR']])],
  ['franc', new Map([['swiss', 'CHF']])],
]);

/** Words that end a counted noun phrase: function words and the commonest verbs. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'from', 'by', 'for', 'with', 'without', 'and',
  'or', 'but', 'nor', 'as', 'than', 'that', 'which', 'who', 'whom', 'whose', 'this', 'these',
  'those', 'there', 'here', 'were', 'was', 'is', 'are', 'be', 'been', 'being', 'has', 'have',
  'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'shall', 'did', 'do',
  'does', 'said', 'says', 'say', 'told', 'according', 'since', 'during', 'after', 'before',
  'until', 'while', 'when', 'where', 'into', 'onto', 'over', 'under', 'across', 'near', 'per',
  'each', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'it', 'they', 'he', 'she', 'we',
  'you', 'them', 'him', 'us', 'not', 'no', 'also', 'so', 'if', 'then', 'last', 'next', 'ago',
  'earlier', 'later', 'yet', 'still', 'already', 'including', 'among', 'amid', 'against',
  'toward', 'towards', 'about', 'around', 'between', 'through', 'throughout', 'via', 'off',
  'out', 'up', 'down', 'away', 'back', 'alone', 'only', 'just', 'even', 'too', 'all', 'both',
  'either', 'neither', 'whether', 'because', 'though', 'although', 'despite', 'reportedly',
  'now', 'today', 'yesterday', 'tomorrow', 'tonight', 'again', 'aboard', 'onboard', 'inside',
  'outside', 'overall', 'total', 'apiece', 'each', 'altogether', 'percent', 'pct',
  'got', 'get', 'went', 'came', 'made', 'took', 'left', 'saw', 'died', 'remain', 'remained',
]);

/** Words that may open a counted phrase but are not part of what is counted ("11 more boats"). */
export const LEADING_SKIP: ReadonlySet<string> = new Set([
  'such', 'more', 'other', 'others', 'further', 'extra', 'additional', 'fewer', 'less', 'another',
]);

/** Plurals that do not end in -s, and -s words that are not plurals of a counted noun. */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'crew', 'cattle',
  'feet', 'teeth', 'mice', 'geese', 'aircraft', 'fish', 'sheep', 'deer', 'offspring',
  'livestock', 'clergy', 'faithful', 'youth', 'infantry',
]);
export const NOT_PLURALS: ReadonlySet<string> = new Set([
  'this', 'was', 'has', 'is', 'its', 'his', 'hers', 'ours', 'yours', 'theirs', 'always',
  'perhaps', 'whereas', 'across', 'towards', 'afterwards', 'besides', 'thus', 'plus', 'minus',
  'versus', 'news', 'gas', 'lens', 'chaos', 'does', 'goes', 'says', 'as', 'us', 'yes',
  'sometimes', 'nevertheless', 'nonetheless', 'regardless', 'unless', 'less', 'whereabouts',
]);
/**
 * Measurement units written as abbreviations: a count of them is a measurement ("185 mph"),
 * kept with the unit as written, lower-case. Spelled-out units ("miles", "hectares") are
 * ordinary plural nouns.
 */
export const UNIT_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'km', 'kg', 'mi', 'lb', 'lbs', 'ft', 'mm', 'cm', 'ha', 'mph', 'kph', 'kmh', 'mw', 'gw', 'kwh',
  'mwh', 'bpd', 'sq', 'acres', 'tonnes', 'tons',
]);

/**
 * Units of measurement (normalised plurals and abbreviations): a count in them is a measurement
 * ("winds of 185 mph"), never re-measured by a noun before "of".
 */
export const MEASUREMENT_UNITS: ReadonlySet<string> = new Set([
  ...UNIT_ABBREVIATIONS, 'km/h', 'km/hr', 'mi/h', 'm/s', '°', '°c', '°f', '℃', '℉', 'miles',
  'kilometres', 'kilometers', 'metres', 'meters', 'centimetres', 'centimeters', 'millimetres',
  'millimeters', 'feet', 'inches', 'yards', 'tons', 'tonnes', 'barrels', 'acres', 'hectares',
  'degrees', 'knots', 'kilograms', 'grams', 'pounds', 'ounces', 'litres', 'liters', 'gallons',
  'megawatts', 'gigawatts', 'kilowatts',
]);

/**
 * People nouns (normalised plural units): a count of them killed or dying is a count of deaths
 * ("killed 80 people", "31 people were killed"). Any plural in -men also counts ("fishermen").
 */
export const PERSON_UNITS: ReadonlySet<string> = new Set([
  'people', 'persons', 'individuals', 'men', 'women', 'children', 'civilians', 'migrants',
  'members', 'passengers', 'soldiers', 'sailors', 'marines', 'troops', 'residents', 'villagers',
  'workers', 'students', 'journalists', 'officers', 'police', 'militants', 'fighters', 'rebels',
  'insurgents', 'guerrillas', 'protesters', 'protestors', 'demonstrators', 'refugees', 'victims',
  'tourists', 'pilots', 'nationals', 'citizens', 'inhabitants', 'miners', 'farmers', 'boys',
  'girls', 'babies', 'infants', 'adults', 'patients', 'prisoners', 'inmates', 'detainees',
  'suspects', 'crew', 'personnel', 'staff', 'guards', 'smugglers', 'traffickers', 'occupants',
  'teenagers', 'minors', 'pedestrians', 'worshippers', 'bystanders', 'doctors', 'nurses',
  'employees', 'volunteers', 'firefighters', 'contractors', 'peacekeepers', 'hostages',
  'relatives', 'sons', 'daughters', 'survivors', 'elderly', 'seafarers', 'divers', 'shoppers',
  'spectators', 'fans', 'pilgrims', 'motorists', 'drivers', 'commuters', 'parishioners',
  'guests', 'customers', 'voters', 'supporters',
]);

/**
 * Plural demonyms ("Jamaicans", "Haitians"): counted as people, the demonym kept as `counted`.
 * A list, not a suffix rule, so that "Republicans" or "Christians" stay what they are;
 * only -s plurals ("300 Chinese workers" counts workers, not Chinese).
 */
export const DEMONYM_PLURALS: ReadonlySet<string> = new Set([
  'americans', 'jamaicans', 'haitians', 'venezuelans', 'colombians', 'cubans', 'mexicans',
  'dominicans', 'ecuadorians', 'peruvians', 'bolivians', 'chileans', 'argentines',
  'argentinians', 'brazilians', 'uruguayans', 'paraguayans', 'panamanians', 'nicaraguans',
  'hondurans', 'salvadorans', 'guatemalans', 'belizeans', 'trinidadians', 'barbadians',
  'bahamians', 'canadians', 'britons', 'germans', 'italians', 'spaniards', 'russians',
  'ukrainians', 'poles', 'israelis', 'palestinians', 'syrians', 'iraqis', 'iranians', 'afghans',
  'pakistanis', 'indians', 'bangladeshis', 'nepalis', 'filipinos', 'indonesians', 'koreans',
  'thais', 'australians', 'nigerians', 'ghanaians', 'kenyans', 'ethiopians', 'eritreans',
  'somalis', 'egyptians', 'libyans', 'tunisians', 'algerians', 'moroccans', 'yemenis', 'saudis',
  'turks', 'greeks', 'albanians', 'serbians', 'serbs', 'croats', 'europeans', 'africans',
  'asians', 'caribbeans',
]);

/** Nationality adjectives that may stand between a number and its noun ("the 21st US strike"). */
export const NATIONALITY_ADJECTIVES: ReadonlySet<string> = new Set([
  'us', 'u.s.', 'american', 'colombian', 'venezuelan', 'mexican', 'jamaican', 'haitian', 'cuban',
  'dominican', 'ecuadorian', 'peruvian', 'brazilian', 'canadian', 'british', 'uk', 'french',
  'german', 'spanish', 'dutch', 'russian', 'ukrainian', 'israeli', 'palestinian', 'iranian',
  'chinese', 'japanese', 'indian', 'pakistani', 'trinidadian', 'panamanian', 'guatemalan',
  'honduran', 'salvadoran', 'nicaraguan', 'chilean', 'argentine', 'bolivian', 'eu', 'nato', 'un',
]);

/** Singular nouns that name an event counted by "X of N ..." ("the deaths of 83 people"). */
export const MEASURE_NOUNS: ReadonlySet<string> = new Set([
  'death', 'killing', 'arrest', 'loss', 'evacuation', 'detention', 'displacement', 'injury',
  'murder', 'execution', 'disappearance', 'kidnapping', 'abduction', 'rescue', 'release',
  'deportation', 'expulsion',
]);
/** Plurals before "of N" that are containers, not what is measured ("groups of 12 soldiers"). */
export const NOT_MEASURES: ReadonlySet<string> = new Set([
  'groups', 'teams', 'lots', 'numbers', 'totals', 'kinds', 'types', 'sorts', 'dozens',
  'hundreds', 'thousands', 'millions', 'billions', 'tens', 'scores', 'pairs', 'sets', 'units',
  'batches', 'crowds', 'members', 'parts', 'sums', 'amounts', 'figures', 'counts', 'tolls',
  'rates', 'ages', 'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'series', 'tallies',
  'estimates', 'totals', 'bands', 'gangs', 'fleets', 'convoys', 'families', 'packs', 'rounds',
  'is', 'was', 'this', 'has', 'as', 'us', 'plus', 'thus',
]);

/** Words after which a number is a label, not a quantity ("Article 5", "Flight 17"). */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  'article', 'articles', 'flight', 'resolution', 'section', 'chapter', 'highway', 'route',
  'room', 'page', 'paragraph', 'clause', 'version', 'update', 'phase', 'category', 'decree',
  'amendment', 'precinct', 'platform', 'gate', 'terminal', 'exit', 'no.', 'nos.', 'nr.',
  'item', 'episode', 'channel', 'ward', 'apartment', 'suite', 'order', 'law', 'bill',
  'proposition', 'prop.', 'vol.', 'volume', 'part', 'annex', 'schedule', 'rule', 'regulation',
  'directive', 'calle', 'carrera', 'avenida', 'level', 'stage', 'tier', 'grade', 'model',
  'pier', 'berth', 'runway', 'block', 'lot', 'sector', 'zone', 'district', 'brigade',
  'battalion', 'division', 'squadron', 'unit', 'appendix', 'figure', 'fig.', 'table', 'step',
  'track', 'lane', 'bus', 'line', 'interstate', 'road', 'street', 'avenue', 'box', 'docket',
  'case', 'file', 'seat', 'row', 'floor', 'ch.', 'sec.', 'art.', 'p.', 'pp.', 'v', 'v.', 'ver.',
]);
/**
 * A capitalised word before a number usually makes it a label ("Apollo 11", "UPDATE 1");
 * these capitalised words do not (sentence openers, qualifiers, prepositions).
 */
export const NOT_LABELS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'some', 'about', 'around', 'nearly', 'almost', 'over', 'under', 'more',
  'least', 'most', 'than', 'only', 'just', 'all', 'another', 'and', 'but', 'or', 'of', 'in',
  'on', 'at', 'by', 'with', 'for', 'to', 'from', 'since', 'after', 'before', 'during', 'killing',
  'approximately', 'roughly', 'estimated', 'up', 'as', 'fewer', 'less', 'close', 'between',
  'those', 'these', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'another', 'exactly',
  'precisely', 'until', 'within', 'across', 'among', 'amid', 'while', 'when', 'if', 'then',
  'now', 'still', 'also', 'yet', 'so', 'another', 'total', 'circa', 'many', 'upwards', 'excess',
  'above', 'below', 'nearly', 'well', 'slightly', 'another', 'had', 'has', 'have', 'were',
  'was', 'are', 'is', 'killed', 'left', 'saw', 'reported', 'counted', 'said', 'and', 'nor',
  'whereas', 'though', 'although', 'because', 'despite', 'some', 'every', 'each', 'per',
  'both', 'further', 'other', 'first', 'nearly', 'into', 'once', 'twice', 'against',
]);

/** Words after which a 4-digit number from 1900 to 2099 is a year even before a plural noun. */
export const YEAR_CONTEXT: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'during', 'throughout', 'early', 'late', 'mid', 'circa',
  'fiscal', 'fy', 'spring', 'summer', 'autumn', 'fall', 'winter', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'year', 'class', 'vintage',
]);

const SINGULAR_TO_PLURAL: ReadonlyMap<string, string> = new Map([
  ['person', 'people'], ['man', 'men'], ['woman', 'women'], ['child', 'children'],
  ['foot', 'feet'], ['tooth', 'teeth'], ['mouse', 'mice'], ['goose', 'geese'],
  ['life', 'lives'], ['wife', 'wives'], ['knife', 'knives'], ['half', 'halves'],
  ['leaf', 'leaves'], ['thief', 'thieves'], ['wolf', 'wolves'], ['shelf', 'shelves'],
  ['aircraft', 'aircraft'], ['police', 'police'], ['personnel', 'personnel'], ['staff', 'staff'],
  ['crew', 'crew'], ['sheep', 'sheep'], ['fish', 'fish'], ['deer', 'deer'], ['series', 'series'],
  ['species', 'species'], ['dead', 'deaths'], ['killed', 'deaths'], ['wounded', 'injuries'],
  ['injured', 'injuries'], ['time', 'times'], ['crisis', 'crises'], ['analysis', 'analyses'],
]);

/** The plural a counted noun is normalised to ("attack" -> "attacks", "person" -> "people"). */
export function pluralise(lower: string): string {
  const known = SINGULAR_TO_PLURAL.get(lower);
  if (known !== undefined) return known;
  if (isPluralWord(lower)) return lower;
  if (lower.endsWith('man') && lower.length > 4) return `${lower.slice(0, -3)}men`;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(lower)) return `${lower}es`;
  return `${lower}s`;
}

/** True for a lower-case word that reads as the plural of a counted noun. */
export function isPluralWord(lower: string): boolean {
  if (IRREGULAR_PLURALS.has(lower)) return true;
  if (NOT_PLURALS.has(lower)) return false;
  if (lower.length > 4 && lower.endsWith('men') && lower !== 'specimen' && lower !== 'abdomen') return true;
  if (lower.length < 3 || !lower.endsWith('s')) return false;
  // -ss (boss), -us (virus), -is (crisis), -ous (famous) are singular or not nouns at all.
  return !/(?:ss|us|is|'s|’s)$/.test(lower);
}
