import { clauseWith } from "./clauseShape.js";
import type { Clause } from "./readClauses.js";
import type { SiteParts } from "./SiteParts.js";
import type { Token } from "./types.js";

/**
 * The clauses with a part of a site said on its own after the runner's clause naming a site
 * ("on the inside", "at the back", "the inside of it"; see SiteParts.saysPartOnly) joined to
 * that clause, so the part names its site more closely with what is felt there: "my knee
 * hurts, on the inside" is the inside of the knee's pain, "Where does it hurt? -> knee, the
 * inside of it" the same. The part may be words no clause took (they read nothing) or a
 * clause of its own ("back" read as the body's back); its sides go with it. One pass over the
 * clauses; the array is copied only when one is joined.
 */
export function partsJoined(
  clauses: readonly Clause[],
  tokens: readonly Token[],
  parts: SiteParts,
): readonly Clause[] {
  let result: Clause[] | null = null;
  for (let i = 0; i < clauses.length; i++) {
    const at = i;
    const clause = clauses[i] as Clause;
    if (!clause.mentions.some((m) => m.concept.type === "SITE")) {
      result?.push(clause);
      continue;
    }
    const next = clauses[i + 1];
    const gapEnd = next?.from ?? tokens.length;
    let joined: Clause | null = null;
    // Words after it that no clause took ("..., on the inside").
    if (gapEnd > clause.to && parts.saysPartOnly(clause.to, gapEnd, tokens, []))
      joined = clauseWith(clause, { to: gapEnd });
    // A clause of its own that says only the part (", at the back").
    else if (
      next !== undefined &&
      next.whose === clause.whose &&
      next.other === clause.other &&
      parts.saysPartOnly(next.from, next.to, tokens, next.mentions)
    ) {
      joined = clauseWith(clause, { to: next.to, sides: [...clause.sides, ...next.sides] });
      i++;
    }
    if (joined === null) {
      result?.push(clause);
      continue;
    }
    result ??= clauses.slice(0, at);
    result.push(joined);
  }
  return result ?? clauses;
}
