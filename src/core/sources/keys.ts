// The keys under which the index files what sources share.

import type { DateMention, EntityType, Figure } from '../model';
import { nameKey } from '../recognize/names/aliases';

/** `${type}:${nameKey(canonical)}`: the same entity in every source that spells it alike. */
export function entityKey(type: EntityType, canonical: string): string {
  return `${type}:${nameKey(canonical)}`;
}

export function keyType(key: string): EntityType {
  return key.slice(0, key.indexOf(':')) as EntityType;
}

export function keyName(key: string): string {
  return key.slice(key.indexOf(':') + 1);
}

/** A figure's measure (its unit) for counts, money and percentages; null otherwise. */
export function figureMeasure(figure: Figure): string | null {
  return figure.kind !== 'ordinal' && figure.unit !== null && figure.unit !== '' ? figure.unit : null;
}

const DAY_OR_MONTH = /^\d{4}-\d{2}(?:-\d{2})?$/;

/** A date's value when it names a full day or a month; null for times, durations, weeks. */
export function dateKey(date: DateMention): string | null {
  return date.type === 'DATE' && DAY_OR_MONTH.test(date.value) ? date.value : null;
}
