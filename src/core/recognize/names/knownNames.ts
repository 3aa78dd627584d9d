// The few aliases news copy uses so often that every article should agree on one entity for
// them, whatever the article itself spells out: "U.S." and "the United States" are one place,
// and `LOC:United States` is the same id in every source, which the cross-source index relies
// on. Kept deliberately small and unambiguous:
// - "America" is not here: it is also the continent(s), and "Americas" summits are common.
// - "WHO" and "ICE" are not here: in an all-caps headline they are ordinary words.
// - Agencies an article usually defines itself (DEA, FBI...) are found from the text instead.
// - The US combatant commands are here because their short forms (SOUTHCOM, CENTCOM) are not
//   initials, so no acronym rule can find them; "Southern Command" alone is not (other
//   countries' militaries have one).
import type { EntityType } from '../../model';

export interface KnownName {
  /** The name every article's cluster gets ("United States"). */
  readonly canonical: string;
  /** The type the entity always has, whatever a recogniser tagged a mention as. */
  readonly type: EntityType;
  /** Forms as written; matched case-, accent- and punctuation-insensitively ("U.S." = "US"). */
  readonly aliases: readonly string[];
}

export const KNOWN_NAMES: readonly KnownName[] = [
  { canonical: 'United States', type: 'LOC', aliases: ['U.S.', 'US', 'USA', 'U.S.A.', 'United States', 'United States of America'] },
  { canonical: 'United Kingdom', type: 'LOC', aliases: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom', 'United Kingdom of Great Britain and Northern Ireland'] },
  { canonical: 'United Arab Emirates', type: 'LOC', aliases: ['UAE', 'U.A.E.', 'United Arab Emirates'] },
  { canonical: 'Democratic Republic of the Congo', type: 'LOC', aliases: ['DRC', 'DR Congo', 'Democratic Republic of Congo', 'Democratic Republic of the Congo'] },
  { canonical: 'Soviet Union', type: 'LOC', aliases: ['USSR', 'U.S.S.R.', 'Soviet Union'] },
  { canonical: 'United Nations', type: 'ORG', aliases: ['UN', 'U.N.', 'United Nations'] },
  { canonical: 'European Union', type: 'ORG', aliases: ['EU', 'E.U.', 'European Union'] },
  { canonical: 'NATO', type: 'ORG', aliases: ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation'] },
  { canonical: 'International Monetary Fund', type: 'ORG', aliases: ['IMF', 'International Monetary Fund'] },
  { canonical: 'World Trade Organization', type: 'ORG', aliases: ['WTO', 'World Trade Organization', 'World Trade Organisation'] },
  { canonical: 'Israel Defense Forces', type: 'ORG', aliases: ['IDF', 'Israel Defense Forces', 'Israeli Defense Forces'] },
  { canonical: 'Federal Bureau of Investigation', type: 'ORG', aliases: ['FBI', 'Federal Bureau of Investigation'] },
  { canonical: 'Central Intelligence Agency', type: 'ORG', aliases: ['CIA', 'Central Intelligence Agency'] },
  { canonical: 'U.S. Southern Command', type: 'ORG', aliases: ['SOUTHCOM', 'U.S. Southern Command', 'United States Southern Command'] },
  { canonical: 'U.S. Central Command', type: 'ORG', aliases: ['CENTCOM', 'U.S. Central Command', 'United States Central Command'] },
  { canonical: 'U.S. Northern Command', type: 'ORG', aliases: ['NORTHCOM', 'U.S. Northern Command', 'United States Northern Command'] },
  { canonical: 'U.S. European Command', type: 'ORG', aliases: ['EUCOM', 'U.S. European Command', 'United States European Command'] },
  { canonical: 'U.S. Africa Command', type: 'ORG', aliases: ['AFRICOM', 'U.S. Africa Command', 'United States Africa Command'] },
  { canonical: 'U.S. Indo-Pacific Command', type: 'ORG', aliases: ['INDOPACOM', 'U.S. Indo-Pacific Command', 'United States Indo-Pacific Command'] },
];
