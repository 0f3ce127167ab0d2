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
  | { readonly type: "SIDE"; readonly side: Side }
  | { readonly type: "NEGATION" | "BREAK" | "LIST" | "CORRECTION" };

/** A phrase found in a complaint: tokens `from` to `to` (exclusive) mean `concept`. */
export interface Mention {
  readonly concept: Concept;
  readonly from: number;
  readonly to: number;
  /** One of its words was read through a typo. */
  readonly typo: boolean;
}
