import { MAX_COMPLAINTS } from "./complaintRoom.js";
import { firstSite, type NamedSite } from "./examples.js";
import { ReadingOperation, type ReadingQuery } from "./generated/operations.js";
import { gql } from "./graphql.js";

/** The reader's findings in one complaint, as the Reading query gives them. */
export type Findings = NonNullable<ReadingQuery["understand"]>["findings"];

/** What the page adds to a trace from the reader's own answers (see readComplaints). */
export interface Readings {
  /**
   * The site to name for the complaints left out (see firstSite): null when none names
   * one; undefined when the service could not be asked (the hint then says both ways).
   */
  readonly site: NamedSite | null | undefined;
  /** Words of the complaints weighed that were read as felt but match nothing (see notWeighed). */
  readonly unweighed: readonly string[];
}

/**
 * The words in `findings` read as something felt (a feeling the vocabulary knows) that
 * match nothing the articles have, said as present: the trace weighs them nowhere ("my
 * heel hurts, it is numb, no wait, my ankle": "numb" moved to the ankle, where no article
 * speaks of it), so the page says so rather than let them pass for weighed: not those a
 * match rests on too. Each once.
 */
export function notWeighed(findings: readonly Findings[]): string[] {
  const words = findings.flatMap((list) => {
    const matched = list.filter((f) => f.entity !== null);
    // Words a match also rests on were weighed ("feet are sore" inside "soles of my feet
    // are sore"): a wider reading of them that matched nothing is no word left out.
    // Nor is a second mention of what was matched ("ankle hurting" after "ankle pain").
    const overlaps = (f: Findings[number]) =>
      matched.some(
        (m) =>
          (m.start < f.end && f.start < m.end) ||
          (m.site?.siteId === f.site?.siteId && f.feelings.every((x) => m.feelings.includes(x))),
      );
    return list
      .filter((f) => f.present && f.entity === null && f.feelings.length > 0 && !overlaps(f))
      .map((f) => f.text);
  });
  return [...new Set(words)];
}

/** Readings kept for the complaints of this page, by text: each answer re-traces the same ones. */
const kept = new Map<string, Promise<Findings>>();

/** The reader's findings in `text`, asked once a page (at most MAX_COMPLAINTS kept). */
function findingsOf(text: string): Promise<Findings> {
  let found = kept.get(text);
  if (found === undefined) {
    // A new interview's complaints replace an old one's: never more kept than one trace sends.
    if (kept.size >= MAX_COMPLAINTS) kept.clear();
    found = gql(ReadingOperation, { text }).then(({ understand }) => understand.findings);
    // A failure is asked again next time, never kept.
    found.catch(() => kept.delete(text));
    kept.set(text, found);
  }
  return found;
}

/**
 * Asks the reader for each of `symptoms` now (at most the API's 20; those asked already
 * are not asked again), beside the trace rather than after it: readComplaints then finds
 * them kept. A failure here is readComplaints' to report.
 */
export function readAhead(symptoms: readonly string[]): void {
  for (const text of symptoms.slice(0, MAX_COMPLAINTS)) findingsOf(text).catch(() => undefined);
}

/**
 * What the service's reader makes of the complaints sent (`symptoms`, at most the API's
 * 20, each asked once a page), beside the trace: the site named in those it left out
 * (`unmatched`), so the page names the part it heard without a word list of its own, and
 * the words read in the others that match nothing. A failure gives what is known (site
 * undefined, no words): it never holds a trace up.
 */
export async function readComplaints(
  symptoms: readonly string[],
  unmatched: readonly string[],
): Promise<Readings> {
  const texts = [...new Set(symptoms)].slice(0, MAX_COMPLAINTS);
  const results = await Promise.allSettled(texts.map(findingsOf));
  const byText = new Map(texts.map((text, i) => [text, results[i]]));
  const of = (text: string): Findings | null => {
    const r = byText.get(text);
    return r?.status === "fulfilled" ? r.value : null;
  };
  const leftOut = unmatched.map(of);
  const site =
    unmatched.length === 0
      ? null
      : leftOut.every((f) => f !== null)
        ? firstSite(leftOut.map((findings) => ({ findings: findings ?? [] })))
        : undefined;
  const left = new Set(unmatched);
  const weighed = texts.flatMap((text) => {
    const f = left.has(text) ? null : of(text);
    return f === null ? [] : [f];
  });
  return { site, unweighed: notWeighed(weighed) };
}
