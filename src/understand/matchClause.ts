import type { Entity, FindingProfile, Side, Vocabulary, VocabularySite } from "../graph/index.js";
import { type Candidate, candidateOf, claimed, conceptId, ids, sideOf, span } from "./Candidate.js";
import { CONFIDENCE } from "./confidence.js";
import type { Clause, ClauseMention } from "./readClauses.js";
import type { Finding, Token } from "./types.js";

/** Where a clause stands in its complaint: what was named before it. */
export interface ClauseContext {
  readonly site: VocabularySite | null;
  readonly side: Side | null;
  /** Feelings the clause before reported, so "worse in the morning" after it is felt too. */
  readonly felt: ReadonlySet<string>;
  /** Timings the clause before reported ("came on suddenly, and it's bruising"). */
  readonly timed: ReadonlySet<string>;
  /** Sites where something specific was already found: "and it hurts" there adds nothing. */
  readonly explained: ReadonlySet<string>;
}

/**
 * Matches findings profiles against one clause. A symptom matches when the clause's site
 * is the profile's site or within it and a listed feeling (and timing) is reported; the
 * most specific symptoms win, a site's general symptom only when nothing specific matched,
 * and a red flag whenever it matches. A cause matches a reported factor or a quantity past
 * its threshold; a quantity at or below it, or an `unless` factor, rules it out.
 */
export class ClauseMatcher {
  private readonly sites: Map<string, VocabularySite>;
  /** Each site with the sites it is within, itself first. */
  private readonly chains = new Map<string, string[]>();
  /** Profiles by each feeling and timing they list: a clause tries only those it can match. */
  private readonly byTerm = new Map<string, FindingProfile[]>();
  private readonly byFactor = new Map<string, FindingProfile[]>();
  private readonly withIndicators: FindingProfile[] = [];

  constructor(
    vocabulary: Vocabulary,
    profiles: ReadonlyMap<string, FindingProfile>,
    private readonly entities: ReadonlyMap<string, Entity>,
  ) {
    this.sites = new Map(vocabulary.sites.map((s) => [s.id, s]));
    for (const s of vocabulary.sites) {
      const chain: string[] = [];
      for (let at: VocabularySite | undefined = s; at !== undefined && chain.length < 16; ) {
        chain.push(at.id);
        at = at.within === null ? undefined : this.sites.get(at.within);
      }
      this.chains.set(s.id, chain);
    }
    for (const p of profiles.values()) {
      for (const term of new Set([...p.feelings, ...p.timings]))
        this.byTerm.set(term, [...(this.byTerm.get(term) ?? []), p]);
      for (const f of p.factors) this.byFactor.set(f, [...(this.byFactor.get(f) ?? []), p]);
      if (p.indicators.length > 0) this.withIndicators.push(p);
    }
  }

  /** Whether `site` is one of `sites`, within one, or has one within it. */
  sameFamily(site: VocabularySite | null, sites: ReadonlySet<string>): boolean {
    if (site === null || sites.size === 0) return false;
    const chain = this.chains.get(site.id) ?? [];
    if (chain.some((id) => sites.has(id))) return true;
    return [...sites].some((id) => this.chains.get(id)?.includes(site.id) === true);
  }

  /** The site of a site id. */
  site(id: string): VocabularySite | null {
    return this.sites.get(id) ?? null;
  }

  /** Findings of one clause, with entities where a profile or a name matches. */
  match(clause: Clause, context: ClauseContext, tokens: readonly Token[], text: string): Finding[] {
    const named = clause.mentions.filter((m) => m.concept.type === "SITE");
    const siteMentions = named.filter((m) => this.siteOf(m)?.covered === true);
    // About someone else: nothing. Only about a body part the articles do not cover: no
    // symptom or condition is guessed (what the runner does may still be a cause).
    if (clause.other) return [];
    const elsewhere = named.length > 0 && siteMentions.length === 0;
    const side = sideOf(clause.sides) ?? context.side;
    const accepted = [
      ...(elsewhere ? [] : this.symptoms(clause, siteMentions, context)),
      ...this.deniedSites(clause, siteMentions, context),
      ...this.causes(clause),
      ...(elsewhere ? [] : this.named(clause)),
    ];
    const said = clause.sides.length > 0;
    const findings = accepted.map((c) => this.finding(c, side, said, tokens, text));
    // A site named but matched by nothing is still a finding: what was understood.
    const used = new Set(accepted.map((c) => c.site));
    for (const s of siteMentions) {
      if (used.has(s)) continue;
      const feelings = clause.mentions.filter((m) => m.concept.type === "FEELING");
      const keys = [s, ...feelings];
      findings.push({
        ...span(keys, tokens, text),
        present: feelings.length === 0 || feelings.some((f) => !f.negated),
        side,
        site: this.siteOf(s),
        feelings: ids(feelings, "FEELING"),
        timings: ids(clause.mentions, "TIMING"),
        quantity: null,
        entity: null,
        confidence: null,
      });
    }
    const quantified = new Set(accepted.map((c) => c.quantity));
    for (const q of clause.quantities) {
      if (quantified.has(q)) continue;
      findings.push({
        ...span([q], tokens, text),
        present: true,
        side,
        site: null,
        feelings: [],
        timings: [],
        quantity: q.quantity,
        entity: null,
        confidence: null,
      });
    }
    return findings;
  }

  private siteOf(m: ClauseMention | null): VocabularySite | null {
    return m !== null && m.concept.type === "SITE" ? (this.sites.get(m.concept.id) ?? null) : null;
  }

  private symptoms(
    clause: Clause,
    siteMentions: readonly ClauseMention[],
    context: ClauseContext,
  ): Candidate[] {
    const candidates: Candidate[] = [];
    const options: { mention: ClauseMention | null; site: VocabularySite | null }[] =
      siteMentions.length > 0
        ? siteMentions.map((m) => ({ mention: m, site: this.siteOf(m) }))
        : [{ mention: null, site: context.site }];
    // What is felt and when, once per clause.
    const terms = clause.mentions.filter(
      (m) => m.concept.type === "FEELING" || m.concept.type === "TIMING",
    );
    const feels = terms.some((m) => m.concept.type === "FEELING");
    const times = terms.some((m) => m.concept.type === "TIMING");
    const profiles = new Set<FindingProfile>();
    for (const m of terms)
      if ("id" in m.concept) for (const p of this.byTerm.get(m.concept.id) ?? []) profiles.add(p);
    for (const p of profiles) {
      const entity = this.entities.get(p.entity);
      if (entity === undefined) continue;
      const choices = p.sites.length > 0 || p.unplaced ? options : [{ mention: null, site: null }];
      for (const option of choices) {
        // A sign said without a place ("it is swollen") is read as said only where no site
        // is known; where one is, it is that site's sign, if the site is among its own.
        const unplaced = p.unplaced && option.site === null;
        let depth = 0;
        if (!unplaced && p.sites.length > 0) {
          const chain = option.site === null ? [] : (this.chains.get(option.site.id) ?? []);
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
              (p.timings.length === 0 ||
                enough ||
                keys.some((k) => k.concept.type === "TIMING"))) ||
              (p.feelings.length === 1 && keys.some((k) => k.concept.type === "FEELING")));
          const anyOf = p.anyOf || enough || definingDenied;
          const ok =
            keys.length > 0 &&
            (p.with.length === 0 || also.length > 0 || !present) &&
            (anyOf || ((p.feelings.length === 0 || felt) && (p.timings.length === 0 || timed)));
          if (!ok) continue;
          const generic = keys.every(
            (k) => k.concept.type === "FEELING" && k.concept.id === "pain",
          );
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
    candidates.sort((a, b) => b.score - a.score || a.entity.id.localeCompare(b.entity.id));
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
            this.sameFamily(c.siteValue, new Set([a.siteValue.id])),
        ) ||
          this.sameFamily(c.siteValue, context.explained));
      if (blocked || !(general || redFlag || fresh)) continue;
      accepted.push(c);
      for (const k of claims) covered.add(k);
    }
    return accepted;
  }

  /**
   * "my arch aches, not the heel": a clause that only denies a site denies there what the
   * complaint reports elsewhere (the feelings of the clause before it; else generic pain),
   * for each profile at that site defined by feelings alone.
   */
  private deniedSites(
    clause: Clause,
    siteMentions: readonly ClauseMention[],
    context: ClauseContext,
  ): Candidate[] {
    const denied = siteMentions.filter((m) => m.negated);
    const own = clause.mentions.some(
      (m) => m.concept.type === "FEELING" || m.concept.type === "TIMING",
    );
    if (denied.length === 0 || own) return [];
    const felt = context.felt.size > 0 ? context.felt : new Set(["pain"]);
    const found: Candidate[] = [];
    for (const m of denied) {
      const site = this.siteOf(m);
      const chain = site === null ? [] : (this.chains.get(site.id) ?? []);
      for (const term of felt) {
        for (const p of this.byTerm.get(term) ?? []) {
          const at = chain.findIndex((id) => p.sites.includes(id));
          const entity = this.entities.get(p.entity);
          const timed = p.timings.length > 0 && !p.anyOf;
          if (at < 0 || timed || entity === undefined || !p.feelings.includes(term)) continue;
          if (chain.slice(0, at).some((id) => p.notSites.includes(id))) continue;
          if (found.some((c) => c.entity.id === entity.id)) continue;
          const confidence = CONFIDENCE.specific - CONFIDENCE.carriedSite;
          found.push({
            ...candidateOf(entity, p, [m], null, confidence),
            present: false,
            site: m,
            siteValue: site,
          });
        }
      }
    }
    return found;
  }

  private causes(clause: Clause): Candidate[] {
    const present = new Set(
      clause.mentions
        .filter((m) => m.concept.type === "FACTOR" && !m.negated)
        .map((m) => conceptId(m)),
    );
    const ruledOut = new Set<string>();
    const found: Candidate[] = [];
    for (const p of this.withIndicators) {
      const entity = this.entities.get(p.entity);
      for (const q of clause.quantities) {
        const relevant = p.indicators.filter((x) => x.measure === q.quantity.measure);
        if (relevant.length === 0 || entity === undefined) continue;
        const hit = relevant.find((x) => q.quantity.value > x.above);
        if (hit === undefined) {
          ruledOut.add(p.entity);
          continue;
        }
        found.push(candidateOf(entity, p, [], q, hit.confidence));
      }
    }
    for (const m of clause.mentions) {
      if (m.concept.type !== "FACTOR") continue;
      for (const p of this.byFactor.get(m.concept.id) ?? []) {
        const entity = this.entities.get(p.entity);
        if (entity === undefined || ruledOut.has(p.entity) || p.unless.some((u) => present.has(u)))
          continue;
        if (found.some((c) => c.entity.id === p.entity && c.present === !m.negated)) continue;
        const c = candidateOf(
          entity,
          p,
          [m],
          null,
          CONFIDENCE.factor - (m.typo ? CONFIDENCE.typo : 0),
        );
        const site = m.concept.type === "FACTOR" ? m.concept.site : null;
        found.push({
          ...c,
          present: !m.negated,
          siteValue: site === null ? null : this.site(site),
        });
      }
    }
    return found;
  }

  private named(clause: Clause): Candidate[] {
    return clause.mentions.flatMap((m) => {
      if (m.concept.type !== "MENTION") return [];
      const entity = this.entities.get(m.concept.id);
      if (entity === undefined) return [];
      const c = candidateOf(
        entity,
        null,
        [m],
        null,
        CONFIDENCE.named - (m.typo ? CONFIDENCE.typo : 0),
      );
      const site = m.concept.site === null ? null : (this.sites.get(m.concept.site) ?? null);
      return [{ ...c, present: !m.negated, siteValue: site }];
    });
  }

  private finding(
    c: Candidate,
    side: Side | null,
    said: boolean,
    tokens: readonly Token[],
    text: string,
  ): Finding {
    const words = [...c.keys, ...(c.site === null ? [] : [c.site])];
    const where =
      c.quantity !== null && words.length === 0
        ? span([{ from: c.quantity.from, to: c.quantity.to }], tokens, text)
        : span(words, tokens, text);
    return {
      ...where,
      present: c.present,
      // A side belongs to a place, or is said with the finding ("limping on my left"); a
      // mileage jump has none.
      side: c.siteValue === null && !said ? null : side,
      site: c.siteValue,
      feelings: ids(c.keys, "FEELING"),
      timings: ids(c.keys, "TIMING"),
      quantity: c.quantity?.quantity ?? null,
      entity: c.entity,
      confidence: Math.round(c.confidence * 100) / 100,
    };
  }
}
