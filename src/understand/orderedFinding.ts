import type { Entity } from "../graph/index.js";
import { confidenceOf, findingBasis, strengthOf } from "./confidence.js";
import type { Finding } from "./types.js";

/** The order the words give a sign's two sites: its first site's pain ahead or behind. */
export interface Order {
  readonly ahead: boolean;
  /** Characters from the site the order word speaks of to the word. */
  readonly span: readonly [number, number];
  /** Whether a before word said it ("... before my ankle did"). */
  readonly before: boolean;
}

/** Mentions an order sign rests on: the two sites and the order word. */
const ORDER_MENTIONS = 3;

/**
 * The order sign `entity` read where `f` (its first site's finding) was, resting on the
 * order's span: a specific reading of the two sites' mentions and the order word, with the
 * doubts of `f`'s own reading (a carried site, a typo, a hedge); reported when the order puts
 * the first site ahead, denied when behind ("ankle first, then the hip").
 */
export function orderedFinding(f: Finding, entity: Entity, order: Order, text: string): Finding {
  const [start, end] = order.span;
  const { weight, basis } = strengthOf("specific", {
    mentions: ORDER_MENTIONS,
    carriedSite: f.basis?.carriedSite,
    typo: f.basis?.typo,
    hedged: f.basis?.hedged,
  });
  const found = findingBasis(basis, f.basis?.clauseMatches ?? 1, false);
  return {
    text: text.slice(start, end),
    start,
    end,
    present: order.ahead,
    whose: f.whose,
    side: f.side,
    site: f.site,
    feelings: f.feelings,
    timings: f.timings,
    quantity: null,
    entity,
    confidence: confidenceOf(found, entity.id),
    weight,
    basis: found,
    countsAs: null,
  };
}
