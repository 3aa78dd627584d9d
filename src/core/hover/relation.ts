// How one source's figure stands to another's. Each figure is read as the range of true values
// its words allow ("at least 80" is [80, ∞), "about 80" is 72..88, "20 to 25" is [20, 25]);
// ranges that meet are compatible, else one is higher. Only equal numbers with equal wording
// are the same. The verdicts of issue 6 (agrees / conflicts / evolving) build on this.

import type { Figure } from '../model';
import type { FigureRelation } from './model';

/** The values a figure's words allow. */
export interface Bounds {
  readonly low: number;
  readonly high: number;
  /** Open ends: "more than 80" excludes 80. */
  readonly lowOpen: boolean;
  readonly highOpen: boolean;
}

/** Rough words ("about", "nearly") allow this fraction either way. */
const ROUGHLY = 0.1;

/** The range of true values a figure allows. */
export function boundsOf(f: Pick<Figure, 'value' | 'valueMax' | 'qualifier'>): Bounds {
  const low = f.value;
  const high = f.valueMax ?? f.value;
  switch (f.qualifier) {
    case 'at least': return { low, high: Infinity, lowOpen: false, highOpen: false };
    case 'more than': return { low: high, high: Infinity, lowOpen: true, highOpen: false };
    case 'at most': return { low: -Infinity, high, lowOpen: false, highOpen: false };
    case 'less than': return { low: -Infinity, high: low, lowOpen: false, highOpen: true };
    case 'about': return { low: low * (1 - ROUGHLY), high: high * (1 + ROUGHLY), lowOpen: false, highOpen: false };
    case 'nearly': return { low: low * (1 - ROUGHLY), high, lowOpen: false, highOpen: true };
    case null: return { low, high, lowOpen: false, highOpen: false };
  }
}

/** The relation of `other` to `here`: 'higher' means the other source says more. */
export function figureRelation(
  here: Pick<Figure, 'value' | 'valueMax' | 'qualifier'>,
  other: Pick<Figure, 'value' | 'valueMax' | 'qualifier'>,
): FigureRelation {
  if (here.value === other.value && (here.valueMax ?? here.value) === (other.valueMax ?? other.value)
    && here.qualifier === other.qualifier) return 'same';
  const a = boundsOf(here);
  const b = boundsOf(other);
  if (below(b, a)) return 'lower';
  if (below(a, b)) return 'higher';
  return 'compatible';
}

/** True when every value `x` allows is under every value `y` allows. */
export function below(x: Bounds, y: Bounds): boolean {
  return x.high < y.low || (x.high === y.low && (x.highOpen || y.lowOpen));
}
