import type { FindingProfile, VocabularySite } from "../graph/index.js";
import { type Candidate, claimed } from "./Candidate.js";
import type { ClauseContext } from "./ClauseContext.js";
import { CONFIDENCE } from "./confidence.js";
import type { ProfileIndex } from "./ProfileIndex.js";
import type { Clause, ClauseMention } from "./readClauses.js";

/** A place a symptom may be read at: a site named in the clause, or the one carried. */
interface SiteOption {
  readonly mention: ClauseMention | null;
  readonly site: VocabularySite | null;
}

/**
 * The symptoms one clause reports or denies. A symptom matches when the clause's site is
 * the profile's site or within it and a listed feeling (and timing) is said; the most
 * specific symptoms win, a site's general symptom only when nothing specific matched there,
 * and a red flag whenever it matches.
 * @param siteMentions the clause's mentions of sites the articles cover.
 */
export function matchSymptoms(
  index: ProfileIndex,
  clause: Clause,
  siteMentions: readonly ClauseMention[],
  context: ClauseContext,
): Candidate[] {
  const candidates = symptomCandidates(index, clause, siteMentions, context);
  candidates.sort((a, b) => b.score - a.score || a.entity.id.localeCompare(b.entity.id));
  return chooseSymptoms(index, candidates, context);
}

/** Every profile the clause's feelings and timings match, at each site it may be read at. */
function symptomCandidates(
  index: ProfileIndex,
  clause: Clause,
  siteMentions: readonly ClauseMention[],
  context: ClauseContext,
): Candidate[] {
  const candidates: Candidate[] = [];
  const options: SiteOption[] =
    siteMentions.length > 0
      ? siteMentions.map((m) => ({ mention: m, site: index.siteOf(m) }))
      : [{ mention: null, site: context.site }];
  // What is felt and when, once per clause.
  const terms = clause.mentions.filter(
    (m) => m.concept.type === "FEELING" || m.concept.type === "TIMING",
  );
  const feels = terms.some((m) => m.concept.type === "FEELING");
  const times = terms.some((m) => m.concept.type === "TIMING");
  const profiles = new Set<FindingProfile>();
  for (const m of terms)
    if ("id" in m.concept) for (const p of index.withTerm(m.concept.id)) profiles.add(p);
  for (const p of profiles) {
    const entity = index.entity(p.entity);
    if (entity === undefined) continue;
    const choices = p.sites.length > 0 || p.unplaced ? options : [{ mention: null, site: null }];
    for (const option of choices) {
      // A sign said without a place ("it is swollen") is read as said only where no site
      // is known; where one is, it is that site's sign, if the site is among its own.
      const unplaced = p.unplaced && option.site === null;
      let depth = 0;
      if (!unplaced && p.sites.length > 0) {
        const chain = index.chain(option.site);
        const at = chain.findIndex((id) => p.sites.includes(id));
        if (at < 0 || chain.slice(0, at).some((id) => p.notSites.includes(id))) continue;
        depth = at === 0 ? 3 : 2;
      } else if (!unplaced && p.unplaced) continue;
      for (const present of [true, false]) {
        const keys = terms.filter(
          (m) =>
            m.negated !== present &&
            ((m.concept.type === "FEELING" && p.feelings.includes(m.concept.id)) ||
              (m.concept.type === "TIMING" && p.timings.includes(m.concept.id))),
        );
        const carried = present && !feels && p.feelings.some((f) => context.felt.has(f));
        const felt = carried || keys.some((k) => k.concept.type === "FEELING");
        const timed =
          keys.some((k) => k.concept.type === "TIMING") ||
          (present &&
            siteMentions.length === 0 &&
            !times &&
            p.timings.some((t) => context.timed.has(t)));
        const also = terms.filter(
          (m) => !m.negated && m.concept.type === "TIMING" && p.with.includes(m.concept.id),
        );
        const redFlag = entity.kind === "SYMPTOM" && entity.redFlag;
        const enough = keys.some((k) => "id" in k.concept && p.enough.includes(k.concept.id));
        // A red flag is denied by any of its defining features denied ("no numbness", "not
        // sudden", "can walk on it"); generic pain denied does not deny a sudden injury.
        // Likewise a symptom named by one feeling ("not stiff" denies the stiff Achilles at
        // the start of a run).
        const definingDenied =
          !present &&
          ((redFlag &&
            (p.timings.length === 0 || enough || keys.some((k) => k.concept.type === "TIMING"))) ||
            (p.feelings.length === 1 && keys.some((k) => k.concept.type === "FEELING")));
        const anyOf = p.anyOf || enough || definingDenied;
        const ok =
          keys.length > 0 &&
          (p.with.length === 0 || also.length > 0 || !present) &&
          (anyOf || ((p.feelings.length === 0 || felt) && (p.timings.length === 0 || timed)));
        if (!ok) continue;
        const generic = keys.every((k) => k.concept.type === "FEELING" && k.concept.id === "pain");
        // The co-timing is part of what the match rests on ("settles with rest").
        const used = present ? [...keys, ...also.filter((m) => !keys.includes(m))] : keys;
        const score =
          depth +
          used.reduce((s, k) => s + (k.concept.type === "TIMING" ? 2 : 1), 0) +
          (p.general ? -2 : 0) +
          (generic ? 0 : 1);
        let confidence: number =
          p.sites.length === 0 || unplaced
            ? CONFIDENCE.siteless
            : p.general
              ? CONFIDENCE.general
              : CONFIDENCE.specific;
        if (p.sites.length > 0 && !unplaced && option.mention === null)
          confidence -= CONFIDENCE.carriedSite;
        if ([...used, option.mention].some((k) => k?.typo)) confidence -= CONFIDENCE.typo;
        candidates.push({
          entity,
          profile: p,
          present,
          site: option.mention,
          siteValue: option.site,
          keys: used,
          quantity: null,
          score,
          exact: depth === 3,
          confidence,
        });
        break;
      }
    }
  }
  return candidates;
}

/**
 * The best candidates, in order: one per entity, each needing words no better match has
 * claimed, except a red flag (always) and a site's general symptom (only where nothing
 * specific matched, here or earlier in the complaint).
 */
function chooseSymptoms(
  index: ProfileIndex,
  candidates: readonly Candidate[],
  context: ClauseContext,
): Candidate[] {
  const accepted: Candidate[] = [];
  const covered = new Set<ClauseMention>();
  for (const c of candidates) {
    if (accepted.some((a) => a.entity.id === c.entity.id)) continue;
    const redFlag = c.entity.kind === "SYMPTOM" && c.entity.redFlag;
    const general = c.profile?.general === true;
    const claims = claimed(c, redFlag);
    const fresh = claims.some((k) => !covered.has(k));
    // A site's general symptom only when no symptom at a site matched, here or (for a
    // site carried from before) earlier in the complaint.
    const blocked =
      general &&
      (accepted.some(
        (a) =>
          // A specific match at the site, or a general one listing it exactly where this
          // one only contains it ("near the heel" is not the heel's general pain).
          (a.profile?.general !== true || (a.exact === true && c.exact !== true)) &&
          a.siteValue !== null &&
          index.sameFamily(c.siteValue, new Set([a.siteValue.id])),
      ) ||
        index.sameFamily(c.siteValue, context.explained));
    if (blocked || !(general || redFlag || fresh)) continue;
    accepted.push(c);
    for (const k of claims) covered.add(k);
  }
  return accepted;
}
