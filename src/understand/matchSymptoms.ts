import type { FindingProfile, VocabularySite } from "../graph/index.js";
import type { Candidate } from "./Candidate.js";
import type { ClauseContext } from "./ClauseContext.js";
import { chooseSymptoms } from "./chooseSymptoms.js";
import { strengthOf } from "./confidence.js";
import type { ProfileEntry, ProfileIndex } from "./ProfileIndex.js";
import { pairedWith } from "./pairedTimings.js";
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

/** What a clause says that profiles are matched on, worked out once per clause. */
interface ClauseTerms {
  /** Its feeling and timing mentions, in order. */
  readonly terms: readonly ClauseMention[];
  /** A feeling is said; a timing is said. */
  readonly feels: boolean;
  readonly times: boolean;
  /** It names a covered site. */
  readonly sited: boolean;
  readonly context: ClauseContext;
  /** Feelings that deny no site's general pain (ProfileIndex.wholeLegFeelings). */
  readonly wholeLeg: ReadonlySet<string>;
}

/** Every profile the clause's feelings and timings match, at each site it may be read at. */
function symptomCandidates(
  index: ProfileIndex,
  clause: Clause,
  siteMentions: readonly ClauseMention[],
  context: ClauseContext,
): Candidate[] {
  const candidates: Candidate[] = [];
  const options: SiteOption[] = [];
  for (const m of siteMentions) options.push({ mention: m, site: index.siteOf(m) });
  if (options.length === 0) options.push({ mention: null, site: context.site });
  // What is felt and when, once per clause.
  const terms: ClauseMention[] = [];
  let feels = false;
  let times = false;
  const entries = new Set<ProfileEntry>();
  for (const m of clause.mentions) {
    const c = m.concept;
    if (c.type !== "FEELING" && c.type !== "TIMING") continue;
    terms.push(m);
    if (c.type === "FEELING") feels = true;
    else times = true;
    for (const e of index.withTerm(c.id)) entries.add(e);
  }
  const said: ClauseTerms = {
    terms,
    feels,
    times,
    sited: siteMentions.length > 0,
    context,
    wholeLeg: index.wholeLegFeelings,
  };
  for (const e of entries) {
    const p = e.profile;
    const choices = p.sites.length > 0 || p.unplaced ? options : NOWHERE;
    for (const at of choices) {
      // A sign said without a place ("it is swollen") is read as said only where no site
      // is known; where one is, it is that site's sign, if the site is among its own.
      let unplaced = p.unplaced && at.site === null;
      const depth = p.sites.length > 0 && !unplaced ? index.depth(p, at.site) : 0;
      // A sign of the whole leg said at a site with no sign of its own for it ("a pop in my
      // achilles and can't walk") is read as said without a place.
      if (p.anywhere && depth === 0 && !unplaced && !ownSign(index, e, terms, at.site))
        unplaced = true;
      if (!unplaced && (p.sites.length > 0 ? depth === 0 : p.unplaced)) continue;
      const option = unplaced ? (NOWHERE[0] as SiteOption) : at;
      const c =
        candidateAt(e, option, unplaced, depth, said, true) ??
        candidateAt(e, option, unplaced, depth, said, false);
      if (c !== null) candidates.push(c);
    }
  }
  return candidates;
}

/**
 * Whether another profile reads one of the feelings said (`terms`) that `e` lists at `site`
 * itself, from that feeling alone ("can't put weight on my ankle" is the ankle's sign): then
 * `e` is not read there. A profile that needs a timing too (the heel's sudden pain) is no
 * such sign: "can't put weight on my heel" said with no onset is the whole leg's sign.
 */
function ownSign(
  index: ProfileIndex,
  e: ProfileEntry,
  terms: readonly ClauseMention[],
  site: VocabularySite | null,
): boolean {
  for (const m of terms) {
    if (m.concept.type !== "FEELING" || !e.profile.feelings.includes(m.concept.id)) continue;
    for (const other of index.withTerm(m.concept.id))
      if (
        other !== e &&
        readAlone(other.profile, m.concept.id) &&
        index.depth(other.profile, site) > 0
      )
        return true;
  }
  return false;
}

/**
 * Whether `feeling` said alone matches profile `p` as a sign of its own (no timing needed,
 * or it is enough); a site's general pain is none (a heel that cannot take weight hurts,
 * and is still the whole leg's sign).
 */
function readAlone(p: FindingProfile, feeling: string): boolean {
  return !p.general && (p.timings.length === 0 || p.anyOf || p.enough.includes(feeling));
}

/** The one place a profile without sites (and not a sign said without one) is read at. */
const NOWHERE: readonly SiteOption[] = [{ mention: null, site: null }];

/** The candidate of profile `e` at `option`, reported (`present`) or denied, if it matches. */
function candidateAt(
  e: ProfileEntry,
  option: SiteOption,
  unplaced: boolean,
  depth: number,
  said: ClauseTerms,
  present: boolean,
): Candidate | null {
  const p = e.profile;
  const { terms, context } = said;
  const keys: ClauseMention[] = [];
  let keyFeeling = false;
  let keyTiming = false;
  let enough = false;
  // Only generic pain is said ("it hurts"): a match on it is the least specific.
  let generic = true;
  for (const m of terms) {
    const c = m.concept;
    if (m.negated === present || (c.type !== "FEELING" && c.type !== "TIMING")) continue;
    const feeling = c.type === "FEELING";
    if (!(feeling ? p.feelings : p.timings).includes(c.id)) continue;
    if (!present && p.general && said.wholeLeg.has(c.id)) continue;
    keys.push(m);
    if (feeling) keyFeeling = true;
    else keyTiming = true;
    if (p.enough.includes(c.id)) enough = true;
    if (!feeling || c.id !== "pain") generic = false;
  }
  if (keys.length === 0) return null;
  const carried = present && !said.feels && p.feelings.some((f) => context.felt.has(f));
  const felt = carried || keyFeeling;
  // Its timing said by the clause before, which said nothing else: it counts as said here.
  const led =
    present && !keyTiming && !said.times && p.timings.some((t) => context.lead?.has(t) === true);
  const timed =
    keyTiming ||
    led ||
    // A sign felt nowhere in particular takes the time said before a site too ("when I
    // stretch my calf, my achilles burns").
    (present &&
      (!said.sited || p.sites.length === 0) &&
      !said.times &&
      p.timings.some((t) => context.timed.has(t)));
  const also: ClauseMention[] = [];
  if (p.with.length > 0)
    for (const m of terms)
      if (!m.negated && m.concept.type === "TIMING" && p.with.includes(m.concept.id)) also.push(m);
  if (p.with.length > 0 && also.length === 0 && present)
    also.push(...pairedWith(p.with, terms, context.timed, said.sited));
  const redFlag = e.entity.kind === "SYMPTOM" && e.entity.redFlag;
  // A red flag is denied by any of its defining features denied ("no numbness", "not
  // sudden", "can walk on it"); generic pain denied does not deny a sudden injury.
  // Likewise a symptom named by one feeling ("not stiff" denies the stiff Achilles at
  // the start of a run).
  const definingDenied =
    !present &&
    ((redFlag && (p.timings.length === 0 || enough || keyTiming)) ||
      (p.feelings.length === 1 && keyFeeling));
  const anyOf = p.anyOf || enough || definingDenied;
  // Its timing said with a co-timing of its own says what is felt ("heel settles with rest
  // but flares up again after long runs": the pain that returns after long runs).
  const implied = present && keyTiming && also.some((m) => !keys.includes(m));
  const ok =
    (p.with.length === 0 || also.length > 0 || !present || carriedWith(p.with, said)) &&
    (anyOf || ((p.feelings.length === 0 || felt || implied) && (p.timings.length === 0 || timed)));
  if (!ok) return null;
  // The co-timing is part of what the match rests on ("settles with rest").
  const used = present && also.length > 0 ? [...keys] : keys;
  if (present) for (const m of also) if (!keys.includes(m)) used.push(m);
  let score = depth + (p.general ? -2 : 0) + (generic ? 0 : 1) + (led ? 2 : 0);
  let typo = option.mention?.typo === true;
  for (const k of used) {
    score += k.concept.type === "TIMING" ? 2 : 1;
    if (k.typo) typo = true;
  }
  const siteless = p.sites.length === 0 || unplaced;
  const strength = strengthOf(siteless ? "siteless" : p.general ? "general" : "specific", {
    carriedSite: !siteless && option.mention === null,
    typo,
    mentions: used.length,
    exactSite: depth === 3,
    carriedFeeling: carried && !keyFeeling,
  });
  return {
    entity: e.entity,
    profile: p,
    present,
    site: option.mention,
    siteValue: option.site,
    keys: used,
    quantity: null,
    score,
    exact: depth === 3,
    weight: strength.weight,
    basis: strength.basis,
  };
}

/**
 * Whether a co-timing a profile needs (`with`) was said in the clause before, when this one
 * names no site ("heel hurts more the longer I run", then "better with rest").
 */
function carriedWith(needed: readonly string[], said: ClauseTerms): boolean {
  const { timed, next } = said.context;
  return needed.some((t) => (!said.sited && timed.has(t)) || next?.has(t) === true);
}
