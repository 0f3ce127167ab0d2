import type { Side, VocabularySite } from "../graph/index.js";

/** Where a clause stands in its complaint: what was named before it. */
export interface ClauseContext {
  readonly site: VocabularySite | null;
  readonly side: Side | null;
  /** Feelings the clause before reported, so "worse in the morning" after it is felt too. */
  readonly felt: ReadonlySet<string>;
  /** Timings the clause before reported ("came on suddenly, and it's bruising"). */
  readonly timed: ReadonlySet<string>;
  /**
   * The sudden onset of the clause before when that is all it said ("it hit me at mile 3,
   * sharp pain in my heel"): a sited clause takes it too (pairedTimings.ts, leadingOnset).
   */
  readonly lead?: ReadonlySet<string>;
  /** Timings of the next clause when it names no site ("..., rest makes it better"). */
  readonly next?: ReadonlySet<string>;
  /** Sites where something specific was already found: "and it hurts" there adds nothing. */
  readonly explained: ReadonlySet<string>;
}

/**
 * `context` with no site named before, as one literal in ComplaintReader's order: a spread's
 * copy would be an object of a shape of its own, and the matcher's steps met it rarely
 * enough for V8 to drop their optimised code each time (see clauseShape).
 */
export function withoutSite(context: ClauseContext): ClauseContext {
  // Every field named: one added to ClauseContext and left out here is a type error.
  const shaped: { [K in keyof Required<ClauseContext>]: ClauseContext[K] } = {
    site: null,
    side: context.side,
    felt: context.felt,
    timed: context.timed,
    lead: context.lead,
    next: context.next,
    explained: context.explained,
  };
  return shaped;
}
