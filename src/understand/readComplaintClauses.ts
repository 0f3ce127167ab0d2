import { distanceTimings } from "./distanceTimings.js";
import type { Lexicon } from "./Lexicon.js";
import { onsetTimings } from "./onsetTimings.js";
import { type Clause, readClauses } from "./readClauses.js";
import type { QuantityReader } from "./readQuantities.js";
import type { Token } from "./types.js";
import { unsaidWordings } from "./unsaidWordings.js";

/**
 * The clauses of a complaint's tokens, as the reader matches them: split and framed
 * (readClauses; every clause made or copied there and after is of one fixed shape, see
 * clauseShape and clauseWith), with the wordings a clause leaves unsaid filled in
 * (unsaidWordings), a run's distance read as a run (distanceTimings) and a sudden onset read
 * as its timing (onsetTimings). Each pass is one walk over the clauses or tokens.
 */
export function readComplaintClauses(
  tokens: readonly Token[],
  lexicon: Lexicon,
  quantities: QuantityReader,
): Clause[] {
  const read = readClauses(tokens, lexicon, quantities);
  const said = distanceTimings(unsaidWordings(read, tokens, lexicon), tokens, lexicon);
  return onsetTimings(said, tokens, lexicon);
}
