// Place names for the rules pass (rules.ts): countries and territories with their common short
// forms, capitals and large cities, US states, Caribbean and Latin American places news about
// the region names often, states and provinces of large countries, and regions. Written as in
// text; matched exactly (case as written, or all capitals in a dateline or headline). A list,
// not a model: rules.ts decides when a match is trusted (see AMBIGUOUS_PLACES).

const COUNTRIES = `Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|
Australia|Austria|Azerbaijan|Bahamas|The Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|
Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|
Cabo Verde|Cape Verde|Cambodia|Cameroon|Canada|Central African Republic|Chad|Chile|China|Colombia|
Comoros|Congo|Republic of Congo|Republic of the Congo|Democratic Republic of Congo|Democratic Republic of the Congo|DR Congo|DRC|Costa Rica|Ivory Coast|Côte d'Ivoire|Croatia|Cuba|Cyprus|Czechia|
Czech Republic|Denmark|Djibouti|Dominica|Dominican Republic|East Timor|Timor-Leste|Ecuador|Egypt|
El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Swaziland|Ethiopia|Fiji|Finland|France|Gabon|
Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|
Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|
Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|
Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Marshall Islands|Mauritania|Mauritius|Mexico|
Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal|
Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Macedonia|Norway|
Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|
Romania|Russia|Rwanda|Saint Kitts and Nevis|St Kitts and Nevis|Saint Lucia|St. Lucia|St Lucia|
Saint Vincent and the Grenadines|St. Vincent|Samoa|San Marino|Sao Tome and Principe|Saudi Arabia|
Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|
South Africa|South Korea|Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|
Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Trinidad|Tobago|Tunisia|Turkey|
Türkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|Uruguay|Uzbekistan|Vanuatu|Vatican|Vatican City|Venezuela|
Vietnam|Viet Nam|Yemen|Zambia|Zimbabwe|England|Scotland|Wales|Northern Ireland|Greenland|Puerto Rico|
Guam|Bermuda|Aruba|Curaçao|Curacao|Bonaire|Martinique|Guadeloupe|French Guiana|Cayman Islands|
Turks and Caicos|Turks and Caicos Islands|Anguilla|Montserrat|British Virgin Islands|US Virgin Islands|U.S. Virgin Islands|
Sint Maarten|Saint Martin|St. Martin|Hong Kong|Macau|Macao|Tibet|Western Sahara|Crimea|Donbas|
Abkhazia|Somaliland|Falkland Islands|Falklands|Gibraltar|New Caledonia|French Polynesia|Tahiti|Réunion|
Mayotte|Faroe Islands|Isle of Man|Jersey|Guernsey`;

const CAPITALS_AND_CITIES = `Kabul|Tirana|Algiers|Luanda|Buenos Aires|Yerevan|Canberra|Sydney|Melbourne|
Vienna|Baku|Nassau|Manama|Dhaka|Bridgetown|Minsk|Brussels|Antwerp|Belmopan|Belize City|Thimphu|La Paz|
Sucre|Santa Cruz|Sarajevo|Gaborone|Brasília|Brasilia|Rio de Janeiro|São Paulo|Sao Paulo|Belém|Belem|
Manaus|Salvador|Recife|Sofia|Ouagadougou|Phnom Penh|Yaoundé|Ottawa|Toronto|Montreal|Vancouver|
N'Djamena|Santiago|Beijing|Shanghai|Guangzhou|Shenzhen|Wuhan|Bogotá|Bogota|Medellín|Medellin|Cali|
Cartagena|Barranquilla|Santa Marta|Cúcuta|Cucuta|Buenaventura|Kinshasa|Brazzaville|San José|Zagreb|
Havana|Santiago de Cuba|Holguín|Holguin|Camagüey|Guantánamo|Guantanamo|Nicosia|Prague|Copenhagen|
Santo Domingo|Punta Cana|Quito|Guayaquil|Cairo|Alexandria|San Salvador|Asmara|Tallinn|Addis Ababa|
Helsinki|Paris|Marseille|Lyon|Libreville|Tbilisi|Berlin|Munich|Hamburg|Frankfurt|Accra|Athens|
Guatemala City|Conakry|Georgetown|Port-au-Prince|Cap-Haïtien|Cap-Haitien|Les Cayes|Jacmel|Jérémie|
Gonaïves|Petit-Goâve|Léogâne|Tegucigalpa|San Pedro Sula|Budapest|Reykjavik|New Delhi|Delhi|Mumbai|
Kolkata|Chennai|Bangalore|Bengaluru|Jakarta|Tehran|Baghdad|Mosul|Basra|Erbil|Dublin|Jerusalem|
Tel Aviv|Haifa|Rome|Milan|Naples|Kingston|Montego Bay|Negril|Ocho Rios|Spanish Town|Mandeville|
Tokyo|Osaka|Amman|Astana|Almaty|Nairobi|Mombasa|Pristina|Kuwait City|Bishkek|Vientiane|Riga|Beirut|
Monrovia|Tripoli|Benghazi|Vilnius|Antananarivo|Lilongwe|Kuala Lumpur|Bamako|Valletta|Nouakchott|
Mexico City|Guadalajara|Monterrey|Tijuana|Ciudad Juárez|Culiacán|Culiacan|Acapulco|Cancún|Cancun|
Chisinau|Ulaanbaatar|Podgorica|Rabat|Casablanca|Maputo|Naypyidaw|Yangon|Windhoek|Kathmandu|
Amsterdam|Rotterdam|The Hague|Wellington|Auckland|Managua|Niamey|Abuja|Lagos|Pyongyang|Skopje|Oslo|
Muscat|Islamabad|Karachi|Lahore|Ramallah|Panama City|Port Moresby|Asunción|Asuncion|Lima|Manila|
Warsaw|Lisbon|Doha|Bucharest|Moscow|St. Petersburg|Kigali|Riyadh|Jeddah|Dakar|Belgrade|Freetown|
Bratislava|Ljubljana|Mogadishu|Pretoria|Johannesburg|Cape Town|Durban|Seoul|Busan|Juba|Madrid|
Barcelona|Colombo|Khartoum|Paramaribo|Stockholm|Bern|Geneva|Zurich|Damascus|Aleppo|Homs|Idlib|Taipei|
Dushanbe|Dodoma|Dar es Salaam|Bangkok|Lomé|Port of Spain|Tunis|Ankara|Istanbul|Ashgabat|Kampala|
Kyiv|Kiev|Kharkiv|Odesa|Odessa|Lviv|Mariupol|Dnipro|Zaporizhzhia|Kherson|Abu Dhabi|Dubai|London|
Manchester|Birmingham|Edinburgh|Glasgow|Cardiff|Belfast|Washington|New York|New York City|Los Angeles|
Chicago|Houston|Miami|San Francisco|Boston|Philadelphia|Atlanta|Dallas|Seattle|Denver|Detroit|
New Orleans|Las Vegas|San Diego|San Antonio|Phoenix|Baltimore|Tampa|Orlando|Biloxi|Key West|
Montevideo|Tashkent|Caracas|Maracaibo|Valencia|Barquisimeto|Maracay|Ciudad Guayana|Hanoi|
Ho Chi Minh City|Sanaa|Aden|Lusaka|Harare|Gaza City|Rafah|Khan Younis|Hebron|Nablus|Jenin|Tyre|Sidon|
Tallahassee|Sacramento|Austin|Albany|Honolulu|Anchorage|San Juan|Bridgetown|Castries|
Roseau|St. John's|Basseterre|Kingstown|Willemstad|Oranjestad|Hamilton|Belmopan|Cayenne`;

// More large cities and city districts that current news names (the recogniser, trained on
// 1996 sports pages, often reads a city as its team: "a lawmaker from Queens").
const MORE_CITIES = `Brooklyn|Queens|Manhattan|Bronx|Staten Island|San Jose|Jacksonville|Indianapolis|Fort Worth|
El Paso|Nashville|Memphis|Louisville|Milwaukee|Oklahoma City|Kansas City|Omaha|Minneapolis|St. Louis|
Pittsburgh|Cincinnati|Cleveland|Raleigh|Salt Lake City|Oakland|Fresno|Tucson|Albuquerque|Newark|
Jersey City|Hartford|Santa Monica|Pasadena|Long Beach|Anaheim|Palo Alto|Mountain View|Cupertino|
Santa Clara|Redmond|Kerrville|Uvalde|Calgary|Edmonton|Winnipeg|Quebec City|Mississauga|Brisbane|Perth|
Hobart|Gold Coast|Leeds|Sheffield|Bristol|Nottingham|Toulouse|Bordeaux|Lille|Strasbourg|Cologne|
Stuttgart|Düsseldorf|Dusseldorf|Dortmund|Leipzig|Dresden|Turin|Venice|Genoa|Palermo|Bologna|Seville|
Bilbao|Málaga|Malaga|Porto|Kraków|Krakow|Gdańsk|Gdansk|Wrocław|Wroclaw|Gothenburg|Salzburg|
Thessaloniki|Izmir|İzmir|Novosibirsk|Yekaterinburg|Kazan|Sochi|Kursk|Belgorod|Ahmedabad|Hyderabad|Pune|
Jaipur|Lucknow|Surat|Srinagar|Amritsar|Chandigarh|Peshawar|Quetta|Rawalpindi|Chittagong|Kandahar|Herat|
Isfahan|Tabriz|Mashhad|Shiraz|Najaf|Karbala|Kirkuk|Fallujah|Ramadi|Tikrit|Latakia|Raqqa|Eilat|
Nagasaki|Hiroshima|Kyoto|Yokohama|Nagoya|Sapporo|Fukuoka|Kobe|Incheon|Daegu|Gwangju|Gyeongju|Chengdu|
Chongqing|Tianjin|Nanjing|Hangzhou|Xi'an|Harbin|Lhasa|Urumqi|Kunming|Xiamen|Kaohsiung|Cebu|Davao|
Surabaya|Bandung|Medan|Penang|Phuket|Chiang Mai|Mandalay|Da Nang|Haiphong|Kano|Ibadan|Port Harcourt|
Maiduguri|Goma|Bukavu|Lubumbashi|Kisangani|Bangui|Timbuktu|Marrakesh|Marrakech|Tangier|Oran|Misrata|
Sirte|Port Sudan|El Fasher|Omdurman|Mekelle|Entebbe|Arusha|Zanzibar|Bulawayo|Soweto|Rosario|Mendoza|
Valparaíso|Valparaiso|Arequipa|Cusco|Puebla|Porto Alegre|Curitiba|Belo Horizonte|Fortaleza`;

const US_STATES = `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|
Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|
Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|
North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|
South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|District of Columbia`;

// Parishes, provinces, states and departments that Caribbean and Latin American news names.
const REGIONAL = `Andalusia|Catalonia|Galicia|Castile and León|Castilla y León|Castilla-La Mancha|Extremadura|Asturias|
Basque Country|Navarre|Cantabria|Westmoreland|St. Elizabeth|Saint Elizabeth|St. Catherine|St. Andrew|St. James|
St. Ann|St. Mary|St. Thomas|Hanover|Trelawny|Manchester|Clarendon|Portland|Sud-Est|Grand'Anse|
Nippes|Artibonite|Ouest|Granma|Las Tunas|Pinar del Río|Matanzas|Cienfuegos|Zulia|Táchira|Tachira|
Apure|Sucre|Falcón|Bolívar|Miranda|Carabobo|Antioquia|Chocó|Choco|Nariño|Narino|Cauca|La Guajira|
Magdalena|Putumayo|Catatumbo|Sinaloa|Chihuahua|Sonora|Jalisco|Michoacán|Michoacan|Guerrero|Oaxaca|
Chiapas|Tamaulipas|Veracruz|Yucatán|Yucatan|Quintana Roo|Baja California|Darién|Darien|Amazonas|
Pará|Para|Rio Grande do Sul|Patagonia|Galápagos|Galapagos|Hispaniola|Tierra del Fuego`;

// States, provinces and regions of large countries that world news names without their country.
const PROVINCES = `New South Wales|Queensland|Tasmania|Western Australia|South Australia|Northern Territory|
Australian Capital Territory|Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|
New Brunswick|Newfoundland|Newfoundland and Labrador|Prince Edward Island|Yukon|Nunavut|Northwest Territories|
Uttar Pradesh|Maharashtra|Bihar|West Bengal|Tamil Nadu|Kerala|Karnataka|Gujarat|Rajasthan|Madhya Pradesh|
Andhra Pradesh|Telangana|Odisha|Assam|Jharkhand|Haryana|Uttarakhand|Himachal Pradesh|Manipur|Khyber Pakhtunkhwa|
Balochistan|Sindh|Bavaria|Saxony|Thuringia|Hesse|Brandenburg|North Rhine-Westphalia|Lower Saxony|
Baden-Württemberg|Schleswig-Holstein|Saxony-Anhalt|Mecklenburg-Vorpommern|Rhineland-Palatinate|Guangdong|
Sichuan|Yunnan|Hubei|Henan|Zhejiang|Jiangsu|Fujian|Shandong|Hebei|Heilongjiang|Liaoning|Hainan|Guangxi|
Inner Mongolia|Lombardy|Tuscany|Sicily|Sardinia|Piedmont|Veneto|Calabria|Campania|Apulia|Emilia-Romagna|
Brittany|Normandy|Provence|Corsica|Alsace|Flanders|Wallonia|Yorkshire|Cornwall`;

const REGIONS = `Earth|International Space Station|Tiangong|Arctic Circle|Gulf of America|Bennu|Apophis|Ryugu|Dimorphos|Didymos|Caribbean|Latin America|Central America|South America|North America|Americas|
Middle East|Near East|Far East|Indo-Pacific|Asia-Pacific|Gaza|Gaza Strip|West Bank|Golan Heights|Sinai|Levant|Gulf|Persian Gulf|
Red Sea|Mediterranean|Black Sea|English Channel|Baltic|Balkans|Caucasus|Central Asia|South Asia|Southeast Asia|
East Asia|Asia|Europe|Africa|Sahel|Horn of Africa|Sub-Saharan Africa|North Africa|West Africa|
East Africa|Scandinavia|Arctic|Antarctica|Antarctic|Pacific|Atlantic|Indian Ocean|Amazon|Andes|
Siberia|Kashmir|Kurdistan|Darfur|Donetsk|Luhansk|Xinjiang|Taiwan Strait|South China Sea|
Strait of Hormuz|Eastern Pacific|Western Hemisphere|Orinoco|Guajira|Yucatán Peninsula|
Gulf of Mexico|Gulf of America|Panama Canal|Capitol Hill|Wall Street|Downing Street|Line of Control|Line of Actual Control|Silicon Valley|Champs-Élysées|Times Square|Tiananmen Square|Red Square|Bay of Bengal|Oceania|Eurasia|Maghreb|Persian Gulf`;

/**
 * Places that are also first names, surnames, common words or teams ("Jordan Peterson", "Chad
 * Smith", "turkey", "Georgia" the person): trusted only with a place cue ("in Chad") or when
 * the recogniser already read them as a place.
 */
export const AMBIGUOUS_PLACES: ReadonlySet<string> = new Set(`Chad|Jordan|Georgia|Israel|Turkey|
Guinea|Chile|Niger|Mali|Victoria|Florence|Paris|Sydney|Austin|Houston|Hamilton|Kingston|Washington|
Jersey|Guernsey|Salvador|Santiago|Valencia|Sucre|Bolívar|Miranda|Magdalena|Guerrero|
Clarendon|Para|Pará|Cali|Lima|Phoenix|Orlando|Albany|Nice|Reading|Mobile|Tyre|
Sidon|Gulf|Pacific|Atlantic|Amazon|Baltic|Ouest|Sinai|Levant|Arctic|Darien|Darién|Asia|Africa|
Europe|Caribbean|Americas|Congo|Korea|Trinidad|Tobago|St. James|St. Mary|St. Thomas|St. Andrew|
St. Ann|St. Martin|Saint Martin|St. Vincent|Granma|Virginia|Carolina|Montana|Indiana|Tennessee|Kansas|Alberta`
  .split('|').map((p) => p.trim()).filter((p) => p !== ''));

function entries(...lists: string[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const list of lists) {
    for (const entry of list.split('|')) {
      const place = entry.trim();
      if (place !== '') set.add(place);
    }
  }
  return set;
}

/** Countries and territories, as written: the stems of their peoples' names ("Malawians"). */
export const COUNTRY_NAMES: ReadonlySet<string> = entries(COUNTRIES);

/** The states of the United States and the District of Columbia. */
export const US_STATE_NAMES: ReadonlySet<string> = entries(US_STATES);

/** Every place, as written. */
export const PLACES: ReadonlySet<string> = entries(COUNTRIES, CAPITALS_AND_CITIES, MORE_CITIES, US_STATES, REGIONAL, PROVINCES, REGIONS);

/** The same places in capitals ("BLACK RIVER, Jamaica" datelines, all-caps headlines). */
export const PLACES_UPPER: ReadonlyMap<string, string> = new Map([...PLACES].map((p) => [p.toUpperCase(), p]));

/** The longest place in words, so lookups try no longer runs. */
export const MAX_PLACE_WORDS = Math.max(...[...PLACES].map((p) => p.split(/\s+/).length));

/** First words of places, as written and in capitals: only runs starting with one are looked up. */
export const PLACE_FIRST_WORDS: ReadonlySet<string> = new Set([...PLACES].flatMap((p) => {
  const first = p.split(/\s+/)[0] ?? '';
  return [first, first.toUpperCase()];
}));

let placePrefixes_: ReadonlySet<string> | null = null;

/**
 * Every prefix (by characters) of a place as written or in capitals: a run of words that is no
 * such prefix cannot grow into a place, so a lookup may stop there.
 */
export function placePrefixes(): ReadonlySet<string> {
  if (placePrefixes_ === null) {
    const set = new Set<string>();
    for (const key of [...PLACES, ...PLACES_UPPER.keys()]) for (let k = 1; k <= key.length; k++) set.add(key.slice(0, k));
    placePrefixes_ = set;
  }
  return placePrefixes_;
}
