import { type Candidate, claimed } from "./Candidate.js";
import type { ClauseContext } from "./ClauseContext.js";
import type { ProfileIndex } from "./ProfileIndex.js";
import type { ClauseMention } from "./readClauses.js";

/**
 * The best candidates, in order: one per entity, each needing words no better match has
 * claimed, except a red flag (always) and a site's general symptom (only where nothing
 * specific matched, here or earlier in the complaint).
 */
export function chooseSymptoms(
  index: ProfileIndex,
  candidates: readonly Candidate[],
  context: ClauseContext,
): Candidate[] {
  const accepted: Candidate[] = [];
  const entities = new Set<string>();
  const covered = new Set<ClauseMention>();
  for (const c of candidates) {
    if (entities.has(c.entity.id)) continue;
    const redFlag = c.entity.kind === "SYMPTOM" && c.entity.redFlag;
    const general = c.profile?.general === true;
    const claims = claimed(c, redFlag);
    let fresh = false;
    for (const k of claims) if (!covered.has(k)) fresh = true;
    // A red flag of a larger site resting only on words a red flag of the part said exactly
    // took ("the back of my heel is swollen" is the back of the heel's swelling, not the
    // heel's too); with words of its own ("red and puffy") it is read as well.
    if (redFlag && !fresh && partSignTook(c, claims, accepted)) continue;
    // A site's general symptom only when no symptom at a site matched, here or (for a
    // site carried from before) earlier in the complaint.
    const blocked =
      general &&
      (outranked(index, c, accepted) || index.sameFamily(c.siteValue, context.explained));
    if (blocked || !(general || redFlag || fresh)) continue;
    accepted.push(c);
    entities.add(c.entity.id);
    for (const k of claims) covered.add(k);
  }
  return accepted;
}

/**
 * Whether a red flag listing the site `c` is read at exactly (a part of its own sites) has
 * taken every word `c` rests on, at that same place.
 */
function partSignTook(
  c: Candidate,
  claims: readonly ClauseMention[],
  accepted: readonly Candidate[],
): boolean {
  if (c.exact || c.siteValue === null) return false;
  return accepted.some(
    (a) =>
      a.exact &&
      a.entity.kind === "SYMPTOM" &&
      a.entity.redFlag === true &&
      a.present === c.present &&
      a.siteValue?.id === c.siteValue?.id &&
      claims.every((k) => a.keys.includes(k)),
  );
}

/**
 * Whether a site's general symptom `c` gives way to one already accepted: a specific match
 * at its site (reported, when `c` is), or one listing its site exactly where `c` only contains it ("near the heel"
 * is not the heel's general pain).
 */
function outranked(index: ProfileIndex, c: Candidate, accepted: readonly Candidate[]): boolean {
  for (const a of accepted) {
    // "my heel hurts and there's no swelling": a sign denied leaves the pain reported.
    if (c.present && !a.present) continue;
    if (
      (a.profile?.general !== true || (a.exact && !c.exact)) &&
      a.siteValue !== null &&
      index.related(c.siteValue, a.siteValue.id)
    )
      return true;
    // "achilles aches near the heel": the Achilles' pain lists "near the heel" itself, so it
    // is not the heel's general pain, whichever site the other was read at.
    if (!c.exact && c.siteValue !== null && a.profile?.sites.includes(c.siteValue.id)) return true;
    // "my heel burns when I stretch": a sign with no site of its own took every word the
    // pain rests on, so the pain is that sign, not the site's general pain besides.
    if (
      a.siteValue === null &&
      a.profile !== null &&
      !a.profile.general &&
      c.keys.length > 0 &&
      c.keys.every((k) => a.keys.includes(k))
    )
      return true;
  }
  return false;
}
