import type { FrameWords } from "./FrameWords.js";
import type { Token } from "./types.js";

/**
 * Whether a feeling phrase from token `from` to `to` says growth (a `growths` word: "has got
 * bigger", "is growing") with no lump named before it since token `start`, its clause's
 * start (a `lumps` word: "the bump on my heel has grown"): then it is no swelling ("my heel
 * pain is getting bigger"). At most one look per token of the clause.
 */
export function growsNoLump(
  tokens: readonly Token[],
  from: number,
  to: number,
  start: number,
  words: FrameWords,
): boolean {
  let grows = false;
  for (let i = from; i < to; i++) if (words.growths.has((tokens[i] as Token).folded)) grows = true;
  if (!grows) return false;
  for (let i = start; i < from; i++) if (words.lumps.has((tokens[i] as Token).folded)) return false;
  return true;
}
