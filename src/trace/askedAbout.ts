import type { Finding } from "../understand/index.js";

/**
 * Words that, earlier in the same sentence as a condition's name, ask about the condition as
 * a topic rather than report it ("what causes runner's ankle", "how do I prevent achilles
 * tendinitis", "just asking how to prevent plantar fasciitis").
 */
const TOPIC_WORDS =
  /\b(?:what|whats|how|why|prevent|preventing|avoid|avoiding|asking|wondering|curious)\b/;

/** Words right before a name that make it the speaker's own ("my plantar fasciitis"). */
const OWNED_BEFORE = /\b(?:my|have|has|had|got|with)\s+$/;

/** Where the sentence holding offset `at` of `text` starts. */
function sentenceStart(text: string, at: number): number {
  let from = 0;
  for (let i = 0; i < at; i++) if (".;!?\n".includes(text.charAt(i))) from = i + 1;
  return from;
}

/**
 * Whether a present finding of `input` is a condition only asked about, not reported: one
 * the reader marks hedged ("is it plantar fasciitis?"), or a condition named after a topic
 * question's words in its sentence and not said to be the speaker's own ("what causes
 * runner's ankle", but not "how do I treat my plantar fasciitis"). A condition read from
 * generic pain (countsAs) reports that pain, so it is never only asked about. Linear in the
 * words before the finding.
 */
export function askedAbout(input: string, f: Finding): boolean {
  if (!f.present || f.entity?.kind !== "CONDITION" || f.countsAs !== null) return false;
  if (f.basis?.hedged === true) return true;
  const before = input.slice(sentenceStart(input, f.start), f.start).toLowerCase();
  const folded = before.replace(/['’]/g, "");
  return TOPIC_WORDS.test(folded) && !OWNED_BEFORE.test(folded);
}
