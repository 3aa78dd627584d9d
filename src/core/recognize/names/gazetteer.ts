// Small hand-written word classes that generalise beyond the 1996 training news: titles that
// announce a person, suffixes that close an organisation, words that announce a place, and
// calendar words that are capitalised but never names. They become features (the model learns
// how much to trust them), never rules.

/** Word classes, as small integers mixed into feature hashes. 0 is "none". */
export enum WordClass {
  None = 0,
  Title = 1, // President, Sen., Minister -> a following PER
  OrgSuffix = 2, // Inc, Corp, Ministry, Agency -> closes an ORG
  PlaceCue = 3, // in, from, near -> a following LOC
  Calendar = 4, // Tuesday, November -> not a name
  Nationality = 5, // Colombian, Venezuelan -> MISC alone, or before a title
  OrgHead = 6, // University, Bank, Council -> heads an ORG phrase
  Geo = 7, // Sea, River, Island, Province -> part of a LOC
  Function = 8, // the, of, and -> lower-case in Title Case headlines
}

const CLASSES: ReadonlyArray<readonly [WordClass, string]> = [
  [WordClass.Title, `president vice-president premier prime minister secretary sen. senator rep.
    representative gov. governor mayor gen. general lt. col. colonel maj. major capt. captain
    adm. admiral sgt. sergeant dr. doctor prof. professor mr. mrs. ms. miss sir lady lord dame
    king queen prince princess sheikh emir ayatollah pope cardinal bishop archbishop rev. father
    judge justice chancellor chairman chairwoman chair ceo director commissioner ambassador
    spokesman spokeswoman spokesperson attorney envoy chief coach manager striker midfielder
    defender goalkeeper pitcher quarterback chancellor deputy councillor councilman councilwoman
    congressman congresswoman lawmaker leader founder president-elect officer inspector
    superintendent detective sheriff dictator tsar czar marshal commander`],
  [WordClass.OrgSuffix, `inc inc. corp corp. co co. ltd ltd. llc plc ag sa nv gmbh bhd group
    holdings ministry agency department dept. party council commission committee association
    union federation institute foundation bank corporation company authority administration
    office bureau service services organisation organization court parliament congress senate
    assembly university college club fund forces army navy police airlines airways motors`],
  [WordClass.PlaceCue, `in from near at to across into outside inside throughout via toward
    towards off`],
  [WordClass.Calendar, `monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december jan. feb. mar. apr.
    jun. jul. aug. sep. sept. oct. nov. dec. mon. tue. tues. wed. thu. thur. thurs. fri.
    today yesterday tomorrow christmas easter`],
  [WordClass.Nationality, `american colombian venezuelan mexican brazilian argentine argentinian
    chilean peruvian cuban canadian british english scottish irish welsh french german italian
    spanish portuguese dutch belgian swiss austrian swedish norwegian danish finnish polish
    russian ukrainian belarusian czech slovak hungarian romanian bulgarian serbian croatian
    greek turkish israeli palestinian lebanese syrian iraqi iranian saudi egyptian libyan
    algerian moroccan tunisian nigerian kenyan ethiopian somali sudanese south african chinese
    japanese korean indian pakistani afghan bangladeshi indonesian malaysian thai vietnamese
    filipino australian european asian african arab muslim christian jewish catholic
    caribbean latin haitian dominican`],
  [WordClass.OrgHead, `university bank council court ministry department agency party institute
    school hospital museum church airport station times post journal news television radio
    network exchange reserve guard command`],
  [WordClass.Geo, `sea river island islands province state county city republic kingdom gulf
    bay ocean mountains mountain lake valley strait coast peninsula desert region district
    street avenue square`],
  [WordClass.Function, `the a an of and or but in on at to for by with from as into over under
    about after before against between during without per than vs. vs via de la del der van
    von`],
];

const table = new Map<string, WordClass>();
for (const [cls, words] of CLASSES) {
  for (const w of words.split(/\s+/)) {
    // A word in two lists keeps the first (titles before org heads before places).
    if (w !== '' && !table.has(w)) table.set(w, cls);
  }
}

/** The class of a lower-cased token, WordClass.None if it is in no list. */
export function wordClassOf(lowerWord: string): WordClass {
  return table.get(lowerWord) ?? WordClass.None;
}
