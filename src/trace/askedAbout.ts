import type { Finding } from "../understand/index.js";

/**
 * Whether a present finding is only asked about, not reported: one the reader marks hedged.
 * A condition: a question or fear of having it ("is it plantar fasciitis?") or a subject
 * asked about and not the speaker's own ("what causes runner's ankle", but not "how do I
 * treat my plantar fasciitis"). What is felt, asked about as a subject naming no one's body
 * ("what causes heel pain": the site's pain, or the condition it counts as), never a warning
 * sign: the reader does not hedge those (red flags win). The words are the vocabulary's
 * hedges and topics, read by src/understand.
 */
export function askedAbout(f: Finding): boolean {
  const kind = f.entity?.kind;
  return f.present && (kind === "CONDITION" || kind === "SYMPTOM") && f.basis?.hedged === true;
}
