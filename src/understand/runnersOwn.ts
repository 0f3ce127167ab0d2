import type { Lexicon } from "./Lexicon.js";
import type { ClauseMention } from "./readClauses.js";
import type { Token } from "./types.js";

/** Whether the runner calls the name their own ("how do I treat my plantar fasciitis?"). */
export function owned(m: ClauseMention, tokens: readonly Token[], lexicon: Lexicon): boolean {
  const before = tokens[m.from - 1];
  return before !== undefined && lexicon.frames.firstPerson.has(before.stem);
}

/** How many side words or fillers may stand between "my" and a site ("my left heel"). */
const OWNER_REACH = 3;

/** Whether the runner calls a site their own: "my" before it, past side words and fillers. */
export function runnersOwn(m: ClauseMention, tokens: readonly Token[], lexicon: Lexicon): boolean {
  for (let i = m.from - 1; i >= 0 && i >= m.from - 1 - OWNER_REACH; i--) {
    const t = tokens[i] as Token;
    if (lexicon.frames.firstPerson.has(t.stem)) return true;
    if (!lexicon.sideWords.has(t.stem) && !lexicon.fillers.has(t.stem)) return false;
  }
  return false;
}
