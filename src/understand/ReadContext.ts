import type { Side, VocabularySite } from "../graph/index.js";

/** What earlier parts of the same report named: the site, the side, what was felt. */
export interface ReadContext {
  readonly site: VocabularySite | null;
  readonly side: Side | null;
  readonly felt: ReadonlySet<string>;
  /** When the last part said it was felt (optional: none when left out). */
  readonly timed?: ReadonlySet<string>;
}

/** The context of a complaint read on its own: nothing named before it. */
export const NO_CONTEXT: ReadContext = { site: null, side: null, felt: new Set() };
