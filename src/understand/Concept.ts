import type { Side } from "../graph/index.js";

// What the lexicon reads a phrase as (re-exported by Lexicon.ts, which builds them).

/** What a phrase of the lexicon means. */
export type Concept =
  | { readonly type: "SITE"; readonly id: string }
  | {
      readonly type: "FACTOR" | "MENTION";
      readonly id: string;
      /** The site the name speaks of ("stress fracture in the heel"), if any. */
      readonly site: string | null;
      /** Factor ids this wording denies ("new shoes" denies worn shoes); none when absent. */
      readonly denies?: readonly string[];
      /** Set on a factor denied by such a wording: the wording's own id ("new-shoes"). */
      readonly saidAs?: string;
    }
  | {
      readonly type: "FEELING" | "TIMING";
      readonly id: string;
      /** Ids this wording denies ("can walk fine" denies limping). */
      readonly denies: readonly string[];
      /** Set on what such a wording denies: the wording's own id. */
      readonly saidAs?: string;
    }
  | { readonly type: "SIDE"; readonly side: Side; readonly id?: undefined }
  | { readonly type: "NEGATION" | "BREAK" | "LIST" | "CORRECTION"; readonly id?: undefined };

/**
 * Every field of every kind of concept, unset, in the order each kind writes its own: each
 * concept is this with its own fields set (see {@link conceptShape}).
 */
const UNSET = {
  type: undefined,
  id: undefined,
  side: undefined,
  site: undefined,
  denies: undefined,
  saidAs: undefined,
} as const;

/**
 * `concept` as an object of the one shape every concept has: the fields of every kind, in
 * one order, those of other kinds undefined (so its defined fields keep their order). Each
 * step of the reader reads `concept.type` of whatever a mention means, so with one shape
 * per kind (and more for the optional fields) V8 met up to ten hidden classes there, and
 * dropped its optimised code whenever a rare one first came by (see clauseShape). A concept
 * without an id has `id` undefined: read `concept.id`, never `"id" in concept`.
 */
export function conceptShape<C extends Concept>(concept: C): C {
  return { ...UNSET, ...concept };
}

/** A phrase found in a complaint: tokens `from` to `to` (exclusive) mean `concept`. */
export interface Mention {
  readonly concept: Concept;
  readonly from: number;
  readonly to: number;
  /** One of its words was read through a typo. */
  readonly typo: boolean;
}
