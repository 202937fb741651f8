import { type Cut, PENALTY } from './breaks';

/** Weight budget, in scale units, of part `index` (1-based) of a thread of `count` parts. */
export type Budget = (index: number, count: number) => number;

// How much unequal parts cost against the cut penalties (see PENALTY in breaks.ts): a part
// a fifth of the limit away from an equal share costs about as much as a sentence end instead
// of a paragraph break.
const BALANCE = 8;

/**
 * Chooses where to cut: first the fewest parts that hold the draft, then, among the splits into
 * that many parts, the cheapest: the penalties of its cuts plus, for each part, the squared
 * distance of its weight from an equal share (in units of `limitWeight`). One exception: when
 * that split cuts between two words, and one part more would cut only at paragraphs, lines,
 * sentence ends and clause marks, that one is taken (a long paste would otherwise be cut
 * mid-clause to save one post). Returns indices into `cuts`, from 0 to the last, or null when
 * nothing fits (only possible when `banned` rules out the cuts a part needs). Linear in the
 * number of cuts times the cuts that fit in one part.
 */
export function planCuts(
  cuts: readonly Cut[],
  prefix: Int32Array,
  budget: Budget,
  limitWeight: number,
  banned: Uint8Array,
): number[] | null {
  const count = fewestParts(cuts, prefix, budget, banned);
  if (count === null) return null;
  const plan = cheapest(cuts, prefix, (i) => budget(i, count), count, limitWeight, banned);
  if (plan === null || plan.every((c) => (cuts[c] as Cut).penalty <= PENALTY.clause)) return plan;
  const coarse = banned.map((ban, c) => (ban || (cuts[c] as Cut).penalty > PENALTY.clause ? 1 : 0));
  const coarseCount = fewestParts(cuts, prefix, budget, coarse);
  if (coarseCount !== count + 1) return plan;
  return cheapest(cuts, prefix, (i) => budget(i, coarseCount), coarseCount, limitWeight, coarse) ?? plan;
}

/**
 * The fewest parts, found greedily (each part as long as it can be: no split has more text in
 * its first k parts). The budget depends on the count through the numbering's width, so the
 * count is guessed again until it agrees with itself.
 */
function fewestParts(
  cuts: readonly Cut[],
  prefix: Int32Array,
  budget: Budget,
  banned: Uint8Array,
): number | null {
  let guess = 2;
  for (let round = 0; round < 8; round++) {
    const count = greedy(cuts, prefix, (i) => budget(i, guess), banned);
    if (count === null || count === guess) return count;
    guess = Math.max(count, guess);
  }
  return guess;
}

function greedy(
  cuts: readonly Cut[],
  prefix: Int32Array,
  budgetOf: (index: number) => number,
  banned: Uint8Array,
): number | null {
  const last = cuts.length - 1;
  let at = 0;
  let parts = 0;
  while (at < last) {
    parts++;
    const room = budgetOf(parts);
    const from = prefix[(cuts[at] as Cut).gapEnd] as number;
    let best = -1;
    for (let j = at + 1; j <= last; j++) {
      if ((prefix[(cuts[j] as Cut).gapStart] as number) - from > room) break;
      if (!banned[j]) best = j;
    }
    if (best < 0) return null;
    at = best;
  }
  return parts;
}

/**
 * Dynamic programme over the cuts, keyed lexicographically on (parts, cost). Keeping only the
 * fewest-parts way to reach each cut loses nothing: a later part's budget never shrinks when
 * its index does (from the second part on), so a shorter prefix never blocks the rest.
 */
function cheapest(
  cuts: readonly Cut[],
  prefix: Int32Array,
  budgetOf: (index: number) => number,
  count: number,
  limitWeight: number,
  banned: Uint8Array,
): number[] | null {
  const last = cuts.length - 1;
  // The inner loop reads flat arrays only: weight before each cut's gap and after it, and its penalty.
  const atGapStart = new Int32Array(cuts.length);
  const atGapEnd = new Int32Array(cuts.length);
  const penalty = new Float64Array(cuts.length);
  cuts.forEach((cut, k) => {
    atGapStart[k] = prefix[cut.gapStart] as number;
    atGapEnd[k] = prefix[cut.gapEnd] as number;
    penalty[k] = cut.penalty;
  });
  // Budgets by part index; no path that can still finish has more than `count` parts.
  const room = new Int32Array(count + 1);
  for (let i = 1; i <= count; i++) room[i] = budgetOf(i);
  let widest = 0;
  for (let i = 1; i <= Math.min(count, 2); i++) widest = Math.max(widest, room[i] as number);
  const share = ((atGapStart[last] as number) - (atGapEnd[0] as number)) / count;
  const scale = BALANCE / (limitWeight * limitWeight);
  const parts = new Int32Array(cuts.length).fill(count + 1);
  const cost = new Float64Array(cuts.length);
  const from = new Int32Array(cuts.length).fill(-1);
  parts[0] = 0;
  // Predecessors are scanned from the farthest that fits. The fewest parts to reach a cut never
  // falls as the cut moves on, so once a predecessor needs more parts than the best so far,
  // all nearer ones do too (banned and unreachable cuts, marked count + 1, are skipped).
  let first = 0;
  for (let j = 1; j <= last; j++) {
    const end = atGapStart[j] as number;
    while (end - (atGapEnd[first] as number) > widest) first++;
    if (banned[j]) continue;
    const cutPenalty = penalty[j] as number;
    let bestParts = count + 1;
    let bestCost = 0;
    let bestFrom = -1;
    for (let i = first; i < j; i++) {
      const next = (parts[i] as number) + 1;
      if (next > count) continue;
      if (next > bestParts) break;
      const weight = end - (atGapEnd[i] as number);
      if (weight > (room[next] as number)) continue;
      const off = weight - share;
      const total = (cost[i] as number) + scale * off * off + cutPenalty;
      if (next < bestParts || total < bestCost) {
        bestParts = next;
        bestCost = total;
        bestFrom = i;
      }
    }
    parts[j] = bestParts;
    cost[j] = bestCost;
    from[j] = bestFrom;
  }
  if (from[last] === -1) return null;
  const path: number[] = [];
  for (let j = last; j >= 0; j = from[j] as number) path.push(j);
  return path.reverse();
}
