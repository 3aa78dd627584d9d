// Words that stand before a person's name in news copy but are not part of it. Alias grouping
// strips them from PER spans so that a mention is the name itself ("Defense Secretary Pete
// Hegseth" -> "Pete Hegseth"). Written as in text; aliases.ts normalises them (case, accents,
// dots), so "Lt. Gen.", "LT GEN" and "lt gen" are the same title. Longer titles win
// ("Secretary of State" before "Secretary"). This differs from the recogniser's gazetteer
// (features it may learn to trust): here a match removes text, so the lists are narrower.

/** Titles and honorifics, one per entry; multi-word entries match as a sequence. */
export const PERSON_TITLES: readonly string[] = [
  // Heads of state and government, ministers, officials
  'President', 'Vice President', 'Vice-President', 'President-elect', 'Pres.', 'Premier',
  'Prime Minister', 'Deputy Prime Minister', 'Minister', 'Foreign Minister', 'Defense Minister',
  'Defence Minister', 'Interior Minister', 'Finance Minister', 'Justice Minister', 'Chancellor',
  'Secretary', 'Secretary of State', 'Secretary of Defense', 'Secretary of War',
  'Secretary-General', 'Secretary General', 'Defense Secretary', 'War Secretary',
  'Homeland Security Secretary', 'Treasury Secretary', 'Press Secretary', 'Foreign Secretary',
  'Home Secretary', 'Attorney General', 'Deputy', 'Ambassador', 'Envoy', 'Special Envoy',
  'Supreme Leader', 'House Speaker', 'Speaker', 'Majority Leader', 'Minority Leader',
  'Senate Majority Leader', 'Senate Minority Leader',
  // Legislators and local officials
  'Sen.', 'Senator', 'Rep.', 'Representative', 'Congressman', 'Congresswoman', 'Gov.',
  'Governor', 'Lt. Gov.', 'Lieutenant Governor', 'Mayor', 'Councilman', 'Councilwoman',
  // Military and police
  'Gen.', 'General', 'Lt. Gen.', 'Lieutenant General', 'Maj. Gen.', 'Major General',
  'Brig. Gen.', 'Brigadier General', 'Adm.', 'Admiral', 'Rear Adm.', 'Rear Admiral',
  'Vice Adm.', 'Vice Admiral', 'Col.', 'Colonel', 'Lt. Col.', 'Lieutenant Colonel', 'Lt.',
  'Lieutenant', 'Maj.', 'Major', 'Capt.', 'Captain', 'Sgt.', 'Sergeant', 'Cpl.', 'Corporal',
  'Pvt.', 'Private', 'Commander', 'Cmdr.', 'Marshal', 'Field Marshal', 'Detective', 'Officer',
  'Sheriff', 'Inspector', 'Supt.', 'Superintendent',
  // Courts
  'Judge', 'Justice', 'Chief Justice', 'Prosecutor', 'Judges', 'Justices',
  // Business and institutions
  'CEO', 'Chief Executive', 'Chief Executive Officer', 'Executive', 'Chairman', 'Chairwoman', 'Chair',
  'Director', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Chief', 'Prof.', 'Professor',
  // Courtesy titles
  'Dr.', 'Mr.', 'Mrs.', 'Ms.', 'Mx.', 'Miss', 'Sir', 'Dame', 'Lord', 'Lady', 'Baroness', 'Baron', 'Viscount',
  'Countess', 'Marquess',
  // Ireland's head of government and deputy
  'Taoiseach', 'Tánaiste',
  // Royalty and religion
  'King', 'Queen', 'Prince', 'Princess', 'Crown Prince', 'Emir', 'Sheikh', 'Sultan',
  'Ayatollah', 'Pope', 'Cardinal', 'Archbishop', 'Bishop', 'Rev.', 'Reverend', 'Father',
];

/**
 * Titles that are also ordinary names ("King", "Prince", "Major", "Justice"): a PER span that
 * is only one of these is kept as a name rather than dropped as a bare title.
 */
export const NAME_LIKE_TITLES: readonly string[] = [
  'King', 'Queen', 'Prince', 'Princess', 'Major', 'Justice', 'Judge', 'Chief', 'Lord', 'Lady',
  'Father', 'Bishop', 'Cardinal', 'Pope', 'Marshal', 'Sheriff', 'Captain', 'General', 'Private',
  'Miss', 'Dame', 'Sir', 'Chair', 'Deputy', 'Officer', 'Colonel', 'Sergeant', 'Speaker',
];

/**
 * Roles that may follow an organisation or place written in the same span ("Tesla CEO Elon
 * Musk", "Harvard President Alan Garber"); only these are looked for after one or two
 * capitalised words, because "King" or "General" there is more often part of a name.
 */
export const ROLE_TITLES: readonly string[] = [
  'President', 'Vice President', 'CEO', 'Chief Executive', 'Chairman', 'Chairwoman', 'Director',
  'Secretary', 'Minister', 'Prime Minister', 'Foreign Minister', 'Defense Minister',
  'Ambassador', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Governor', 'Senator', 'Mayor',
  'Commander', 'Envoy', 'Special Envoy', 'Attorney General', 'Prosecutor',
];

/** Words that may come before a title without being part of the name ("former President"). */
export const TITLE_MODIFIERS: readonly string[] = [
  'former', 'then', 'ex', 'acting', 'interim', 'late', 'outgoing', 'incoming', 'current',
  'embattled', 'newly', 'elected', 'retired', 'disgraced', 'longtime', 'veteran', 'top', 'senior',
  'the', 'and', 'a', 'an',
];

/** Generational suffixes ignored when comparing names ("Martin Luther King Jr." ~ "King"). */
export const GENERATIONAL_SUFFIXES: readonly string[] = ['Jr.', 'Sr.', 'II', 'III', 'IV'];

/**
 * Abbreviations whose final dot belongs to the name ("Acme Inc.", "Sammy Davis Jr.", "Tampa,
 * Fla."): with the AP style's US state abbreviations that are no common word or name (not
 * "Miss.", "Wash.", "Ill.", "Ind.", "La.", "Pa.", "Del.").
 */
export const DOTTED_ABBREVIATIONS: readonly string[] = [
  'Inc', 'Corp', 'Co', 'Ltd', 'Jr', 'Sr', 'St', 'Bros', 'Mt', 'Ft', 'Dept', 'Univ', 'Assn',
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Fla', 'Ga', 'Kan', 'Ky', 'Md', 'Mass', 'Mich',
  'Minn', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Tenn', 'Tex', 'Va', 'Vt', 'Wis', 'Wyo',
  'Pa', 'Wash', 'Ill', 'Ind', 'Del', 'Nebr', 'Wisc',
];

/**
 * Names whose title word is their own (stage names): "Lady Gaga" is not Ms Gaga. Matched on
 * the whole span, case-, accent- and punctuation-insensitively.
 */
export const TITLED_NAMES: readonly string[] = [
  'Lady Gaga', 'Queen Latifah', 'Dr. Dre', 'Lady Bird', 'Miss Piggy', 'King Von', 'Sir Mix-a-Lot',
];

/**
 * Titles also written inside a name, between given name and surname ("Hassan Sheikh Mohamud"):
 * the word before one is a modifier only when it is a known nationality ("Qatari Sheikh").
 */
export const TITLES_INSIDE_NAMES: readonly string[] = ['Sheikh', 'Sheikha'];
