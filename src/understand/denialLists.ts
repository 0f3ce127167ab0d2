import type { Item } from "./clauseItems.js";
import type { Lexicon } from "./Lexicon.js";
import type { Token } from "./types.js";

/** Most words before a site looked past ("in my", "on the left"). */
export const SITE_LEAD_REACH = 3;

/** Whether the item is a word leading to a site (vocabulary `siteLeads`: "in my heel"). */
const isSiteLead = (item: Item | undefined, lexicon: Lexicon) =>
  item?.kind === "word" && lexicon.frames.siteLeads.has(item.t.folded);

const isSiteMention = (item: Item | undefined) =>
  item?.kind === "mention" && item.m.concept.type === "SITE";

/**
 * Whether a denial's list goes on past the comma at item `k` ("no numbness, tingling,
 * swelling"): the next item is a feeling or timing, and after it comes a mark, a list word,
 * the end or a site (the list may end with its site: "no swelling, redness, numbness in my
 * heel", at most {@link SITE_LEAD_REACH} leading words like "in my" looked past). A cue
 * denying things (`things`: "no", "without") lists things, so a word saying how a part is
 * ("no heel pain, numb") is said, not denied, unless the list plainly goes on past it (see
 * statesListed). Looks at most SITE_LEAD_REACH + 2 items ahead (STATE_LIST_REACH for states).
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
  if (
    things &&
    first !== undefined &&
    lexicon.frames.states.has(first.folded) &&
    !statesListed(items, k + 1, tokens, lexicon)
  )
    return false;
  let at = k + 2;
  while (at < k + 2 + SITE_LEAD_REACH && isSiteLead(items[at], lexicon)) at++;
  const after = at > k + 2 && !isSiteMention(items[at]) ? items[k + 2] : items[at];
  return (
    after === undefined ||
    after.kind === "punctuation" ||
    (after.kind === "mention" &&
      (after.m.concept.type === "LIST" ||
        lexicon.frames.denialCarriers.has(tokens[after.m.from]?.folded ?? ""))) ||
    isSiteMention(after)
  );
}

/** Most feelings after a state word looked along for how its list ends. */
export const STATE_LIST_REACH = 4;

const isFeeling = (item: Item | undefined) =>
  item?.kind === "mention" &&
  (item.m.concept.type === "FEELING" || item.m.concept.type === "TIMING");

/**
 * Whether the state word at item `at`, after a denial's comma, is still one of the denied
 * things: the list goes on past it to "or"/"nor" ("no swelling, numb or tingly bits") or
 * to "nothing like that" ("no heel pain, swollen, numb, nothing like that"), through at
 * most {@link STATE_LIST_REACH} further feelings listed with commas. A list ending on a
 * state word ("no heel pain, numb", "no heel pain, swollen, numb") says how the part is.
 */
function statesListed(
  items: readonly Item[],
  at: number,
  tokens: readonly Token[],
  lexicon: Lexicon,
): boolean {
  const carriers = lexicon.frames.denialCarriers;
  for (let n = 0; n <= STATE_LIST_REACH; n++) {
    const after = items[at + 1];
    // "nor" is read as a negation as well as a list word.
    if (after?.kind === "mention" && carriers.has(tokens[after.m.from]?.folded ?? "")) return true;
    if (after?.kind !== "punctuation") return false;
    const next = items[at + 2];
    if (next?.kind === "mention" && tokens[next.m.from]?.folded === "nothing") {
      const like = items[at + 3];
      return like?.kind === "word" && like.t.folded === "like";
    }
    if (!isFeeling(next)) return false;
    at += 2;
  }
  return false;
}
