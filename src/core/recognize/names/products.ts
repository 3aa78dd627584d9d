// Products in current news that the 1996 training data never saw: AI models and assistants,
// chips, phones and platforms. CoNLL-2003 types products as MISC; the recogniser, having never
// seen them, calls them companies, places or people ("Grok" a place, "Claude Sonnet" a person).
// The rules pass (rules.ts) makes a listed product MISC with its version ("Gemini 3", "Claude
// Sonnet 4.5"). Names that are also people's names or words ("Claude", "Gemini", "Windows")
// count only with a version or model word after them.

/** Products, one word each, as written. */
export const PRODUCTS: ReadonlySet<string> = new Set(`ChatGPT GPT-2 GPT-3 GPT-3.5 GPT-4 GPT-4o GPT-4.1 GPT-4.5 GPT-5 GPT-5.1 Gemini Claude Llama Grok
  Copilot Sora Midjourney DALL-E Qwen Kimi Ernie iPhone iPad MacBook Android Windows Azure Blackwell
  Hopper Rubin H100 H200 H20 Cybertruck Starship Autopilot PlayStation Xbox Sonnet Opus Haiku
  iPhones iPads MacBooks Cybertrucks Dreamliner Dreamliners Galaxy Pixel Falcon Raptor Steam SteamOS Switch
  Linux Snapdragon Hulu Chrome GeForce Radeon RTX RDNA DLSS FSR Artemis Apollo Soyuz Hayabusa Hayabusa2 OSIRIS-REx`.split(/\s+/).filter((w) => w !== ''));

/** Products that are also names or words: MISC only before a version ("Gemini 3", "Claude Opus"). */
export const AMBIGUOUS_PRODUCTS: ReadonlySet<string> = new Set(['Galaxy', 'Pixel', 'Gemini', 'Claude', 'Llama', 'Windows', 'Hopper', 'Rubin', 'Ernie', 'Kimi', 'Autopilot', 'Starship', 'Sonnet', 'Opus', 'Haiku',
  'Falcon', 'Raptor', 'Steam', 'Switch', 'Chrome', 'Artemis', 'Apollo']);

/**
 * Nouns after a product that make it one without a version: "Starship rocket", "33 Raptor
 * engines", "Falcon rockets". Once an article names a product so (or by
 * its maker's possessive, "SpaceX's Starship"), every mention of it counts.
 */
export const PRODUCT_NOUNS: ReadonlySet<string> = new Set(`rocket rockets booster boosters ship ships spacecraft engine engines
  satellite satellites chip chips processor processors gpu gpus model models phone phones
  smartphone smartphones handset handsets vehicle vehicles truck trucks jet jets aircraft console
  consoles`.split(/\s+/).filter((w) => w !== ''));

/** A version or model word after a product: "3", "4.5", "o3", "Pro", "Sonnet", "Series X", "Z Fold7", "Deck", "Artemis II". */
export const VERSION = /^(?:\d+(?:\.\d+)*[a-z]?|o\d|I{2,3}|IV|VI{0,3}|Pro|Ultra|Flash|Sonnet|Opus|Haiku|Max|Mini|Nano|Plus|Turbo|Air|Maverick|Scout|XL|Fold\d*|Flip\d*|Series|[XSZ]|Watch|Buds|Deck|Machine|Controller|Frame|RTX|RX|XTX?|Ti)$/;
