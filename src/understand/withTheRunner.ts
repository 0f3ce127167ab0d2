import type { Lexicon } from "./Lexicon.js";
import type { Token } from "./types.js";

/**
 * Whether the person named at token `at` is named together with the runner: "my wife and
 * I", "my buddy and me", "me and my wife" (a list word between them, "my" allowed before
 * the person). What such a clause says is the runner's too.
 */
export function withTheRunner(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const first = (i: number) => lexicon.frames.firstPerson.has(tokens[i]?.stem ?? "");
  const list = (i: number) =>
    i >= 0 && lexicon.longestAt(tokens, i, i + 1)?.concept.type === "LIST";
  if (list(at + 1) && first(at + 2)) return true;
  const before = first(at - 1) ? at - 2 : at - 1;
  return list(before) && first(before - 1);
}
