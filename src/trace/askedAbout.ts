import type { Finding } from "../understand/index.js";

/**
 * Whether a present finding is a condition only asked about, not reported: one the reader
 * marks hedged, whether a question or fear of having it ("is it plantar fasciitis?") or a
 * subject asked about and not the speaker's own ("what causes runner's ankle", but not "how
 * do I treat my plantar fasciitis"): the words are the vocabulary's hedges and topics, read
 * by src/understand. A condition read from generic pain (countsAs) reports that pain, so it
 * is never only asked about.
 */
export function askedAbout(f: Finding): boolean {
  return (
    f.present && f.entity?.kind === "CONDITION" && f.countsAs === null && f.basis?.hedged === true
  );
}
