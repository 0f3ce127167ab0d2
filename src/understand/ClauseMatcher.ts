import type { Entity, FindingProfile, Side, Vocabulary, VocabularySite } from "../graph/index.js";
import { bodyPartNamed, placedSigns } from "./bodyPartNamed.js";
import { type Candidate, conceptId, ids, sideOf, spanOf } from "./Candidate.js";
import { type ClauseContext, withoutSite } from "./ClauseContext.js";
import { confidenceOf, EVIDENCE_WEIGHT, findingBasis } from "./confidence.js";
import { entityless } from "./entityless.js";
import { feltElsewhere } from "./feltElsewhere.js";
import type { Lexicon } from "./Lexicon.js";
import { matchCauses } from "./matchCauses.js";
import { matchDeniedSites } from "./matchDeniedSites.js";
import { matchNamed } from "./matchNamed.js";
import { matchSymptoms } from "./matchSymptoms.js";
import { movedPart } from "./movedPart.js";
import { ProfileIndex } from "./ProfileIndex.js";
import type { Clause, ClauseMention } from "./readClauses.js";
import type { QuantityMention } from "./readQuantities.js";
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
    private readonly lexicon: Lexicon,
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

  /**
   * Findings of one clause, with entities where a profile or a name matches. A clause about
   * another person, beside the runner's own complaint, gives only the warning signs it
   * reports (red flags win whoever has them); one about an animal gives nothing.
   */
  match(clause: Clause, said: ClauseContext, tokens: readonly Token[], text: string): Finding[] {
    if (clause.animal) return [];
    // "my friend's leg is swollen": another's part no site is says where it is felt; no site
    // is carried in. Only another's (also when read as the runner's): the runner's own "my leg
    // is swollen and so is my heel" keeps the swelling for the heel said next (a red flag).
    const part =
      (clause.other || clause.whose === "SOMEONE_ELSE") &&
      bodyPartNamed(clause, tokens, this.lexicon);
    const context = part && !clause.mentions.some(isSite) ? { ...said, site: null } : said;
    if (clause.other) return this.warningSigns(clause, context, tokens, text);
    let named = false;
    const siteMentions: ClauseMention[] = [];
    const feelings: ClauseMention[] = [];
    // Whether every uncovered part named is a part of a covered site (the toes of the foot).
    let partOfCovered = true;
    let moved = false;
    for (const m of clause.mentions) {
      if (m.concept.type === "FEELING") feelings.push(m);
      if (m.concept.type !== "SITE") continue;
      // The part a movement moves names no place of what is felt, nor one no article covers.
      if (movedPart(m, clause, tokens, this.lexicon)) {
        moved = true;
        continue;
      }
      named = true;
      const site = this.index.siteOf(m);
      if (site?.covered === true) siteMentions.push(m);
      else if (site?.within == null || this.index.site(site.within)?.covered !== true)
        partOfCovered = false;
    }
    // Only about a body part the articles do not cover: no symptom is guessed, and no
    // condition unless named at a part of a covered site ("a bunion on my big toe"); what
    // the runner does may still be a cause.
    const elsewhere = named && siteMentions.length === 0 && !moved;
    const side = sideOf(clause.sides) ?? context.side;
    // A sign of the whole leg is read wherever it is said ("my toes hurt and I can't walk").
    const symptoms = elsewhere
      ? matchSymptoms(this.index, clause, [], withoutSite(context)).filter(
          (c) => c.profile?.anywhere === true,
        )
      : matchSymptoms(this.index, clause, siteMentions, context);
    const accepted = part && !named ? placedSigns(symptoms) : symptoms;
    for (const c of matchDeniedSites(this.index, clause, siteMentions, context)) accepted.push(c);
    for (const c of matchCauses(this.index, clause)) accepted.push(c);
    if (!elsewhere || partOfCovered)
      for (const c of matchNamed(this.index, clause))
        if (!elsewhere || c.entity.kind === "CONDITION") accepted.push(c);
    const findings: Finding[] = [];
    const used = new Set<ClauseMention | null>();
    const quantified = new Set<QuantityMention | null>();
    for (const c of accepted) {
      findings.push(this.finding(c, clause, side, tokens, text, accepted.length));
      used.add(c.site);
      quantified.add(c.quantity);
    }
    // A site named but matched by nothing is still a finding: what was understood.
    for (const s of siteMentions) {
      if (used.has(s)) continue;
      let from = s.from;
      let to = s.to;
      let present = feelings.length === 0;
      for (const f of feelings) {
        if (f.from < from) from = f.from;
        if (f.to > to) to = f.to;
        if (!f.negated) present = true;
      }
      const where = spanOf(from, to, tokens, text);
      findings.push(entityless(where, present, clause, side, this.index.siteOf(s), feelings));
    }
    // So is a sign a correction moved to a site no article reads it at ("my heel hurts, it is
    // numb, no wait, my ankle": a numb ankle; numbness is the heel's sign).
    const carried = context.site;
    if (clause.resited === true && !named && carried?.covered === true) {
      const unread = feelings.filter(
        (f) =>
          !f.negated &&
          !accepted.some((c) => c.keys.includes(f)) &&
          this.index.readElsewhere(conceptId(f), carried),
      );
      if (unread.length > 0)
        findings.push(this.unread(unread, carried, clause, side, tokens, text));
    } else {
      // A warning sign's feeling said beside what was read here ("my ankle hurts and is numb").
      const felt = feltElsewhere(
        this.index,
        clause,
        accepted,
        tokens,
        {
          named,
          sites: siteMentions,
          used,
          carried,
        },
        this.lexicon,
      );
      if (felt !== null)
        findings.push(this.unread(felt.feelings, felt.site, clause, side, tokens, text));
    }
    for (const q of clause.quantities) {
      if (quantified.has(q)) continue;
      const where = spanOf(q.from, q.to, tokens, text);
      findings.push({
        text: where.text,
        start: where.start,
        end: where.end,
        present: true,
        whose: clause.whose,
        side,
        site: null,
        feelings: [],
        timings: [],
        quantity: q.quantity,
        entity: null,
        confidence: null,
        weight: null,
        basis: null,
        countsAs: null,
      });
    }
    return findings;
  }

  /** What is felt at `site` that no profile reads there, as a finding with no entity. */
  private unread(
    feelings: readonly ClauseMention[],
    site: VocabularySite,
    clause: Clause,
    side: Side | null,
    tokens: readonly Token[],
    text: string,
  ): Finding {
    const where = spanOf(
      (feelings[0] as ClauseMention).from,
      (feelings[feelings.length - 1] as ClauseMention).to,
      tokens,
      text,
    );
    return entityless(
      where,
      feelings.some((f) => !f.negated),
      clause,
      side,
      site,
      feelings,
    );
  }

  /** The warning signs a clause about another person reports, as findings. */
  private warningSigns(
    clause: Clause,
    context: ClauseContext,
    tokens: readonly Token[],
    text: string,
  ): Finding[] {
    const sites: ClauseMention[] = [];
    for (const m of clause.mentions)
      if (m.concept.type === "SITE" && this.index.siteOf(m)?.covered === true) sites.push(m);
    const side = sideOf(clause.sides) ?? context.side;
    // "my friend's elbow is swollen": their place is said, at no site an article covers.
    const placed =
      sites.length === 0 &&
      (clause.mentions.some(isSite) || bodyPartNamed(clause, tokens, this.lexicon));
    const found = matchSymptoms(this.index, clause, sites, context);
    const signs = (placed ? placedSigns(found) : found).filter(
      (c) => c.present && c.entity.kind === "SYMPTOM" && c.entity.redFlag,
    );
    const findings: Finding[] = [];
    for (const c of signs) findings.push(this.finding(c, clause, side, tokens, text, signs.length));
    return findings;
  }

  /**
   * A candidate of `clause` as a finding: its words and offsets, whose it is, side, site,
   * rounded weight, how it was matched in a clause of `clauseMatches` matches, and the
   * confidence that looks up.
   */
  private finding(
    c: Candidate,
    clause: Clause,
    side: Side | null,
    tokens: readonly Token[],
    text: string,
    clauseMatches: number,
  ): Finding {
    // The words from the first to the last of its keys and site; a quantity's own words
    // when it rests on no word.
    let from = Number.POSITIVE_INFINITY;
    let to = 0;
    for (const k of c.keys) {
      if (k.from < from) from = k.from;
      if (k.to > to) to = k.to;
    }
    if (c.site !== null) {
      if (c.site.from < from) from = c.site.from;
      if (c.site.to > to) to = c.site.to;
    } else if (c.quantity !== null && c.keys.length === 0) {
      from = c.quantity.from;
      to = c.quantity.to;
    }
    const where = spanOf(from, to, tokens, text);
    // What is felt in a clause asking about it as a subject is only asked about ("what causes
    // heel pain", "how do I tell if ankle swelling is serious"), as a hedged name is; a red
    // flag or a see-a-doctor sign never is (red flags win).
    const e = c.entity;
    const asked =
      clause.asked === true &&
      c.present &&
      e.kind !== "CAUSE" &&
      c.basis.way !== "named" &&
      !(e.kind === "SYMPTOM" && (e.redFlag || e.seeDoctor));
    const basis = findingBasis(c.basis, clauseMatches, asked);
    const weight = asked ? c.weight - EVIDENCE_WEIGHT.hedged : c.weight;
    return {
      text: where.text,
      start: where.start,
      end: where.end,
      present: c.present,
      whose: clause.whose,
      // A side belongs to a place, or is said with the finding ("limping on my left"); a
      // mileage jump has none.
      side: c.siteValue === null && clause.sides.length === 0 ? null : side,
      site: c.siteValue,
      feelings: ids(c.keys, "FEELING"),
      timings: ids(c.keys, "TIMING"),
      quantity: c.quantity?.quantity ?? null,
      entity: c.entity,
      confidence: confidenceOf(basis, c.entity.id),
      weight: Math.round(weight * 100) / 100,
      basis,
      countsAs: this.index.countsAs(c.profile),
    };
  }
}

/** Whether a mention names a site. */
const isSite = (m: ClauseMention) => m.concept.type === "SITE";
