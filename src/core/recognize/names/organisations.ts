// Organisations in current news that the 1996 Reuters training data never saw, or saw too
// rarely to type: technology companies and AI labs, companies in today's business pages,
// parties and bodies in today's politics. The rules pass (rules.ts) gives a span that is
// exactly one of these the type ORG ("Nvidia" read as a place, "Naver" as a person), and adds
// one the recogniser missed when it stands alone. Written as in text; matched as written, or in
// capitals on an all-caps line. Buildings that stand for a government ("White House",
// "Kremlin") are left out: CoNLL-2003 types them as places.

import { KNOWN_NAMES } from './knownNames';
import { PLACES } from './places';

const COMPANIES = `Nvidia|OpenAI|Anthropic|DeepMind|Google DeepMind|xAI|Mistral AI|DeepSeek|Cohere|
Hugging Face|Perplexity|Scale AI|Safe Superintelligence|Thinking Machines Lab|Inflection AI|Stability AI|
Midjourney|Character.AI|Moonshot AI|Zhipu AI|Alibaba|Baidu|Tencent|ByteDance|TikTok|Huawei|Xiaomi|
BYD|CATL|SMIC|Lenovo|Temu|Shein|Pinduoduo|JD.com|Microsoft|Alphabet|Google|Meta|Meta Platforms|Facebook|
Instagram|WhatsApp|YouTube|Netflix|Spotify|Uber|Lyft|Airbnb|Tesla|SpaceX|Starlink|Neuralink|
Palantir|Anduril|Oracle|Salesforce|Adobe|IBM|Intel|AMD|Qualcomm|Broadcom|Micron|Arm Holdings|TSMC|
ASML|Samsung|Samsung Electronics|SK Hynix|SK Group|Hyundai|Hyundai Motor|Hyundai Motor Group|Kia|
LG Electronics|Naver|Kakao|Coupang|Toyota|Honda|Nissan|SoftBank|Sony|Nintendo|Panasonic|Hitachi|
Mitsubishi|Mitsubishi Heavy Industries|Nippon Steel|Rakuten|Foxconn|Infosys|Reliance Industries|
Tata|Tata Motors|Tata Group|Adani|Adani Group|Nokia|Ericsson|Siemens|Volkswagen|BMW|Mercedes-Benz|
Stellantis|Renault|Airbus|Boeing|Lockheed Martin|Raytheon|RTX|Northrop Grumman|General Dynamics|
BAE Systems|Rheinmetall|Saab|Thales|Dassault|Leonardo|Shell|BP|ExxonMobil|Exxon Mobil|Chevron|
ConocoPhillips|TotalEnergies|Aramco|Saudi Aramco|Gazprom|Rosneft|Lukoil|Petrobras|Pemex|PDVSA|
Ecopetrol|Glencore|Rio Tinto|BHP|Vale|Maersk|Pfizer|Moderna|BioNTech|Novo Nordisk|Eli Lilly|
AstraZeneca|Johnson & Johnson|Merck|GSK|Sanofi|Roche|Novartis|Bayer|JPMorgan|JPMorgan Chase|
Goldman Sachs|Morgan Stanley|Citigroup|Citi|Wells Fargo|Bank of America|BlackRock|Blackstone|
Berkshire Hathaway|HSBC|Barclays|UBS|Credit Suisse|Deutsche Bank|BNP Paribas|Santander|Visa|
Mastercard|PayPal|Stripe|Coinbase|Binance|FTX|Fannie Mae|Freddie Mac|Citizen Lab|NSO Group|Walmart|Costco|Target Corp|Disney|Warner Bros. Discovery|
Paramount|Comcast|Nike|Starbucks|McDonald's|Coca-Cola|PepsiCo|Unilever|Nestle|Nestlé|
Procter & Gamble|Ikea|IKEA|Zara|Inditex|LVMH|Ryanair|Lufthansa|Emirates|Qatar Airways|
Delta Air Lines|United Airlines|American Airlines|Southwest Airlines|FedEx|UPS|Amazon.com|
Truth Social|Bluesky|Threads|Reddit|Snap|Pinterest|Zoom|Slack|Dropbox|Shopify|Canva|Telegram|
Signal|Wikipedia|GitHub|GitLab|Amazon|Apple|Air India|IndiGo|Air France|British Airways|KLM|Cathay Pacific|Singapore Airlines|Japan Airlines|Korean Air|Turkish Airlines|Amazon Web Services|AWS|Mercado Libre|Rappi|Nubank|Embraer|Grupo Bimbo|Cemex|Avianca|LATAM|Copa Airlines|
Weibo|WeChat|Douyin|Xiaohongshu|Bilibili|Kuaishou|Meituan|NetEase|Geely|Leapmotor|XPeng|Rivian|Nexperia|Wingtech|
Temasek|Mubadala|Lionsgate|Scholastic|Nickelodeon|Penguin Random House|HarperCollins|Simon & Schuster|Hachette|Gallimard|
Snapchat|LinkedIn|Twitch|Roblox|Epic Games|Duolingo|Venmo|Cash App|Robinhood|DoorDash|Instacart|eBay|Etsy|
Zillow|Cloudflare|CrowdStrike|Akamai|Fastly|Downdetector|Cisco|Dell|HP|Hewlett Packard Enterprise|
ServiceNow|Snowflake|Databricks|Atlassian|Twilio|Okta|Palo Alto Networks|Klarna|Revolut|Monzo|
Lloyds Bank|Lloyds Banking Group|NatWest|Nationwide|Grab|Gojek|Booking.com|Expedia|Tripadvisor|
Activision Blizzard|Electronic Arts|Ubisoft|Valve|Rockstar Games|Riot Games|Kaspersky|ESET|
Renfe|Red Eléctrica|Iberdrola|Endesa|Naturgy|Repsol|Telefónica|Telefonica|EDP|Galp|REN|El Al|
WBA|WBC|WBO|IBF|FOMC|Union Pacific|Norfolk Southern|Canadian National|Canadian Pacific|CPKC|
Kansas City Southern|BNSF|CSX|Amtrak|
Equinor|Centrica|OMV|EDF|Engie|E.ON|RWE|Uniper|Orsted|Ørsted|Vattenfall|Enel|Eni|Vestas|Siemens Energy|
National Grid|Octopus Energy|TEPCO|Tepco|KEPCO|Rosatom|Westinghouse|Naftogaz|Sinopec|PetroChina|CNOOC|
QatarEnergy|ADNOC|Woodside|Cheniere|COFCO|Cargill|Aeon|Tesco|Carrefour|Aldi|Lidl|Ahold Delhaize|Kroger|
Hapag-Lloyd|CMA CGM|COSCO|Cosco|easyJet|EasyJet|Wizz Air|Jeju Air|Qantas|Air Canada|Etihad|JetBlue|Aeroflot|
Lilly|Novavax|Tegna|Nexstar|Vanke|Country Garden|Evergrande|China Evergrande|Warner Bros.|Fuji TV|DBS|
Capcom|Square Enix|Bandai Namco|Sega|Konami|NetEase|Krafton|Nexon|Take-Two Interactive|Kickstarter|
Louis Vuitton|Dior|Christian Dior|Hermès|Hermes|Kering|Gucci|Chanel|Prada|Sephora|Fiat|Peugeot|Jeep|Citroën|
Maserati|Alfa Romeo|Asus|Gigabyte|Acer|Best Buy|Medef|mBank|Top Rank|Air France-KLM|SAS Group|SkyTeam|Star Alliance|
International Airlines Group|IAG|L'Oréal|L’Oréal|Forever 21|Couche-Tard|Alimentation Couche-Tard|Azul|
Monte dei Paschi|MPS|NHS England|C3S|Energy Transfer|Greenpeace USA|Greenpeace UK|Zeekr|Salton|Poland 2050|London Underground|London Overground|Indian Railways|Copernicus Climate Change Service|Harvard|Yale|Stanford|Princeton|MIT|
Blue Origin|Rocket Lab|United Launch Alliance|Arianespace|Roscosmos|ISRO|JAXA|Virgin Galactic|Axiom Space|
Firefly Aerospace|Intuitive Machines|Relativity Space|Sierra Space|Burberry|Michael Kors|Bottega Veneta|Balenciaga|Loewe|Givenchy|Fendi|Saint Laurent|Miu Miu|Maison Margiela|Moncler|Versace|Valentino|Celine|Rite Aid|
Walgreens|Walgreens Boots Alliance|Sycamore Partners|CVS Health|Kellanova|Shift4|CCTV|Swedish Academy|Nobel Foundation|
Norwegian Nobel Committee|Taipower|Kazatomprom|Orano|Cameco|ČEZ|CEZ|NuScale|Cloud9|Fnatic|Natus Vincere|Team Vitality|Team Liquid|
Team Spirit|Team Falcons|Hong Kong Exchanges and Clearing|Pacific Gas and Electric|HM Revenue and Customs|HMRC`;

const POLITICS = `Liberal Democratic Party|Komeito|Japan Innovation Party|Constitutional Democratic Party|
Democratic Party|Republican Party|GOP|Labour Party|Conservative Party|
Reform UK|Liberal Democrats|Scottish National Party|Sinn Fein|Sinn Féin|Christian Democratic Union|CDU|
CSU|SPD|Alternative for Germany|AfD|Die Linke|FDP|Free Democratic Party|BSW|Sahra Wagenknecht Alliance|
Social Democratic Party|Christian Social Union|National Rally|Renaissance|La France Insoumise|Vox|
Partido Popular|PSOE|Brothers of Italy|Fidesz|Law and Justice|Civic Platform|Civic Coalition|Likud|Hamas|
Hezbollah|Houthis|Taliban|Bharatiya Janata Party|BJP|Congress Party|Awami League|
Pheu Thai|People's Party|USAID|Jaish-e-Mohammed|Lashkar-e-Taiba|Tehreek-e-Taliban Pakistan|Islamic State|Boko Haram|Al-Shabaab|al-Shabaab|
al-Shabab|Al-Shabab|al-Qaeda|Al-Qaeda|al-Qaida|Al-Qaida|HTS|M23|Shin Bet|Mossad|Kurdistan Workers' Party|
Kurdistan Regional Government|New Zealand First|NZ First|Te Pāti Māori|Wagner Group|Rapid Support Forces|Hayat Tahrir al-Sham|Discord|Democratic Socialists of America|Greens|Australian Greens|Sanseito|Nippon Ishin no Kai|Democratic Party for the People|Democratic Party of Korea|People Power Party|Kuomintang|KMT|
Democratic Progressive Party|DPP|Centers for Disease Control and Prevention|Office of the United States Trade Representative|
Office of the U.S. Trade Representative|Smithsonian|Smithsonian Institution|Riksdag|Folketing|Storting|Stortinget|Eduskunta|Althing|Seimas|
Saeima|Riigikogu|Sejm|Lok Sabha|Rajya Sabha|Chinese Communist Party|Communist Party|Morena|PAN|PRI|
Pacto Historico|Pacto Histórico|Workers' Party|Liberal Party|Conservative Party of Canada|
New Democratic Party|ANC|Movement for Democratic Change|Tren de Aragua|Sinaloa Cartel|
Jalisco New Generation Cartel|Cartel de los Soles|MS-13|DOGE|Department of Government Efficiency|
Congress|Senate|House of Representatives|Supreme Court|Federal Reserve|
Fed|Treasury|State Department|Justice Department|Homeland Security|Department of Homeland Security|
Immigration and Customs Enforcement|Customs and Border Protection|Secret Service|National Guard|
Coast Guard|Space Force|Bundestag|Bundesrat|Bundeswehr|Knesset|Duma|Rada|Verkhovna Rada|Diet|
Fine Gael|Fianna Fáil|Fianna Fail|Aontú|People Before Profit|Dáil|Dáil Éireann|Seanad|Oireachtas|
Banco de México|Banxico|Legislative Yuan|Executive Yuan|Control Yuan|FIDE|OECD|OSCE|
Organisation for Economic Co-operation and Development|Organization for Economic Cooperation and Development|
Organization for Security and Co-operation in Europe|Organisation for Security and Co-operation in Europe|
Organization for Security and Cooperation in Europe|Organisation for Security and Cooperation in Europe|
Food and Drug Administration|Competition and Markets Authority|
Paris Saint-Germain|PSG|Inter Milan|AC Milan|Bayern Munich|Real Madrid|Atletico Madrid|Athletic Club|Borussia Dortmund|
European Commission|European Parliament|European Central Bank|ECB|
Council of Europe|African Union|ECOWAS|ASEAN|APEC|BRICS|G7|G20|OPEC|OPEC+|Mercosur|CARICOM|
Organization of American States|OAS|World Health Organization|World Bank|UNICEF|UNESCO|UNHCR|
UNRWA|World Food Programme|WFP|International Criminal Court|ICC|International Court of Justice|ICJ|
International Atomic Energy Agency|IAEA|Red Cross|Red Crescent|Doctors Without Borders|MSF|
Amnesty International|Human Rights Watch|Greenpeace|Bank of Japan|Bank of England|
People's Bank of China|Reserve Bank of India|Bank of Korea|Nasdaq|New York Stock Exchange|NYSE|
Dow Jones|Fox News|Fox Business|CNN|MSNBC|CBS|CBS News|NBC|NBC News|ABC News|BBC|Reuters|
Associated Press|Bloomberg|Politico|Axios|Al Jazeera|Nikkei|Yonhap|Xinhua|Kyodo|NHK|
New York Times|Washington Post|
Wall Street Journal|Financial Times|Guardian|Economist|Le Monde|Der Spiegel|El País|El Pais`;

/**
 * Organisations whose names are also ordinary words, places or people's names ("Target",
 * "Delta", "Tata", "Fed"): retyped when a recogniser already read them as a name, never added.
 */
export const AMBIGUOUS_ORGANISATIONS: ReadonlySet<string> = new Set(`Valentino|Celine|Oracle|Visa|Shell|Signal|Threads|Snap|
Zoom|Slack|Vale|Leonardo|Renaissance|Treasury|Discord|Fed|Diet|Rada|
Emirates|Guardian|Economist|Amazon|Grab|Nationwide|Kia|Tata|Adani|Merck|Saab|Vox|PAN|PRI|Morena|Canva|Citi|Honda|Dassault|Telegram|LATAM|Santander|
Supreme Court|Coast Guard|Secret Service|National Guard|Communist Party|
Democratic Party|Liberal Party|People's Party|Workers' Party|Greens|Space Force|Homeland Security`.split('|').map((s) => s.trim()));

function entries(...lists: string[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const list of lists) {
    for (const entry of list.split('|')) {
      const name = entry.trim();
      if (name !== '') set.add(name);
    }
  }
  return set;
}

/** Every organisation, as written. */
export const ORGANISATIONS: ReadonlySet<string> = entries(COMPANIES, POLITICS);

/** The same in capitals, for all-caps headlines. */
export const ORGANISATIONS_UPPER: ReadonlyMap<string, string> = new Map([...ORGANISATIONS].map((o) => [o.toUpperCase(), o]));

/** First words of organisations, as written and in capitals: only runs starting with one are looked up. */
export const ORGANISATION_FIRST_WORDS: ReadonlySet<string> = new Set([...ORGANISATIONS].flatMap((o) => {
  const first = o.split(/\s+/)[0] ?? '';
  return [first, first.toUpperCase()];
}));

/** The longest organisation in words. */
export const MAX_ORGANISATION_WORDS = Math.max(...[...ORGANISATIONS].map((o) => o.split(/\s+/).length));

let prefixes_: ReadonlySet<string> | null = null;

/**
 * Every prefix (by characters) of an organisation as written or in capitals: a run of words
 * that is no such prefix cannot grow into one, so a lookup may stop there.
 */
export function organisationPrefixes(): ReadonlySet<string> {
  if (prefixes_ === null) {
    const set = new Set<string>();
    for (const key of [...ORGANISATIONS, ...ORGANISATIONS_UPPER.keys()]) for (let k = 1; k <= key.length; k++) set.add(key.slice(0, k));
    prefixes_ = set;
  }
  return prefixes_;
}

/**
 * Last words of a company's full name, in lower case: legal forms ("Newmont Mining Corp",
 * "Bre-X Minerals Ltd") and trades ("Firefly Aerospace", "Delta Air Lines"). The words before
 * them name the company too ("Firefly"): rules.ts retypes such short forms, aliases.ts groups them.
 */
export const COMPANY_ENDINGS: ReadonlySet<string> = new Set(`corp corp. corporation inc inc. ltd ltd. plc co co. llc sa s.a.
  ag nv n.v. gmbh bhd spa s.p.a. holdings aerospace airlines airways motors pharmaceuticals technologies
  industries therapeutics biosciences semiconductor ai sciences resources materials mining minerals records entertainment
  studios productions pictures promotions investments energy`.split(/\s+/).filter((w) => w !== ''));

/**
 * Names whose "'s" is their own, not a possessive: a cricket ground and businesses named after
 * their founders ("at Lord's", "Moody's cut its rating"). rules.ts keeps the "'s" in their
 * spans, and aliases.ts does not strip it when it cleans a span. Apostrophes written straight.
 */
export const GENITIVE_NAMES: ReadonlyMap<string, 'LOC' | 'ORG'> = new Map([
  ...["Lord's", "St Mary's", "St. Mary's", "Rupert's Land", "Martha's Vineyard", "Land's End"].map((name) => [name, 'LOC'] as const),
  ...[
    "McDonald's", "Macy's", "Sotheby's", "Christie's", "Moody's", "Kellogg's", "Wendy's", "Sainsbury's", "Lloyd's",
    "Domino's", "Denny's", "Dillard's", "Kohl's", "Arby's", "Hardee's", "Trader Joe's", "Ben & Jerry's", "Hudson's Bay",
    "Peet's", "Reese's", "Lowe's", "Dick's",
  ].map((name) => [name, 'ORG'] as const),
]);

/** Last words of parties whose name goes on in brackets: "Janata Dal (United)", "Lok Janshakti Party (Ram Vilas)". */
const PARTY_LAST_WORDS = new Set('Party Dal Congress Front League Alliance Movement'.split(' '));

/**
 * Whether a party's name goes on in brackets: one to three words in Title Case after a party's
 * last word ("Janata Dal" + "United"), not its initials ("Partido Popular (PP)") nor a place
 * ("the Labour Party (Britain)"). rules.ts joins them; aliases.ts keeps them when it cleans.
 */
export function partyBracket(name: string, inside: string): boolean {
  const last = name.slice(name.search(/\S+$/));
  return PARTY_LAST_WORDS.has(last) && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}$/u.test(inside) && !PLACES.has(inside) && !KNOWN_PLACE_FORMS.has(inside);
}

/** The forms of the places every article shares ("Britain", "United States"), which PLACES leaves to knownNames.ts. */
const KNOWN_PLACE_FORMS = new Set(KNOWN_NAMES.filter((known) => known.type === 'LOC').flatMap((known) => known.aliases));
