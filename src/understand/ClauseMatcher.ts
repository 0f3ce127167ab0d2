import type { Entity, FindingProfile, Side, Vocabulary, VocabularySite } from "../graph/index.js";
import { type Candidate, ids, sideOf, span } from "./Candidate.js";
import type { ClauseContext } from "./ClauseContext.js";
import { matchCauses } from "./matchCauses.js";
import { matchDeniedSites } from "./matchDeniedSites.js";
import { matchNamed } from "./matchNamed.js";
import { matchSymptoms } from "./matchSymptoms.js";
import { ProfileIndex } from "./ProfileIndex.js";
import type { Clause } from "./readClauses.js";
import type { Finding, Token } from "./types.js";

/**
 * Matches findings profiles against one clause. A symptom matches when the clause's site
 * is the profile's site or within it and a listed feeling (and timing) is reported; the
 * most specific symptoms win, a site's general symptom only when nothing specific matched,
 * and a red flag whenever it matches. A cause matches a reported factor or a quantity past
 * its threshold; a quantity at or below it, or an `unless` factor, rules it out.
 */
export class ClauseMatcher {
  private readonly index: ProfileIndex;

  constructor(
    vocabulary: Vocabulary,
    profiles: ReadonlyMap<string, FindingProfile>,
    entities: ReadonlyMap<string, Entity>,
  ) {
    this.index = new ProfileIndex(vocabulary, profiles, entities);
  }

  /** Whether `site` is one of `sites`, within one, or has one within it. */
  sameFamily(site: VocabularySite | null, sites: ReadonlySet<string>): boolean {
    return this.index.sameFamily(site, sites);
  }

  /** The site of a site id. */
  site(id: string): VocabularySite | null {
    return this.index.site(id);
  }

  /** Findings of one clause, with entities where a profile or a name matches. */
  match(clause: Clause, context: ClauseContext, tokens: readonly Token[], text: string): Finding[] {
    const named = clause.mentions.filter((m) => m.concept.type === "SITE");
    const siteMentions = named.filter((m) => this.index.siteOf(m)?.covered === true);
    // About someone else: nothing. Only about a body part the articles do not cover: no
    // symptom or condition is guessed (what the runner does may still be a cause).
    if (clause.other) return [];
    const elsewhere = named.length > 0 && siteMentions.length === 0;
    const side = sideOf(clause.sides) ?? context.side;
    const accepted = [
      ...(elsewhere ? [] : matchSymptoms(this.index, clause, siteMentions, context)),
      ...matchDeniedSites(this.index, clause, siteMentions, context),
      ...matchCauses(this.index, clause),
      ...(elsewhere ? [] : matchNamed(this.index, clause)),
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
        site: this.index.siteOf(s),
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

  /** A candidate as a finding: its words and offsets, side, site and rounded confidence. */
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
