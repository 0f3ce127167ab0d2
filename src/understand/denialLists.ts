import type { Item } from "./clauseItems.js";
import type { Lexicon } from "./Lexicon.js";
import type { Token } from "./types.js";

/** Most words before a site looked past ("in my", "on the left"). */
export const SITE_LEAD_REACH = 3;

/** Words that lead to a site: "in my heel", "at the back". */
const SITE_LEADS: ReadonlySet<string> = new Set(["in", "on", "at", "around", "my", "the", "both"]);

const isSiteLead = (item: Item | undefined) =>
  item?.kind === "word" && SITE_LEADS.has(item.t.folded);

const isSiteMention = (item: Item | undefined) =>
  item?.kind === "mention" && item.m.concept.type === "SITE";

/**
 * Whether a denial's list goes on past the comma at item `k` ("no numbness, tingling,
 * swelling"): the next item is a feeling or timing, and after it comes a mark, a list word,
 * the end or a site (the list may end with its site: "no swelling, redness, numbness in my
 * heel", at most {@link SITE_LEAD_REACH} leading words like "in my" looked past). A cue
 * denying things (`things`: "no", "without") lists things, so a word saying how a part is
 * ("no heel pain, numb") is said, not denied. Looks at most SITE_LEAD_REACH + 2 items ahead.
 */
export function listGoesOn(
  items: readonly Item[],
  k: number,
  tokens: readonly Token[],
  lexicon: Lexicon,
  things: boolean,
): boolean {
  const next = items[k + 1];
  if (next?.kind !== "mention") return false;
  const type = next.m.concept.type;
  if (type !== "FEELING" && type !== "TIMING") return false;
  const first = tokens[next.m.from];
  if (things && first !== undefined && lexicon.frames.states.has(first.folded)) return false;
  let at = k + 2;
  while (at < k + 2 + SITE_LEAD_REACH && isSiteLead(items[at])) at++;
  const after = at > k + 2 && !isSiteMention(items[at]) ? items[k + 2] : items[at];
  return (
    after === undefined ||
    after.kind === "punctuation" ||
    (after.kind === "mention" && after.m.concept.type === "LIST") ||
    isSiteMention(after)
  );
}
