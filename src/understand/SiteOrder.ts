import type { Entity, FindingProfile, VocabularySite } from "../graph/index.js";
import { confidenceOf, findingBasis, strengthOf } from "./confidence.js";
import type { Lexicon } from "./Lexicon.js";
import type { Finding, Token, Whose } from "./types.js";

/** A sign read from the order two sites' pains came in (a findings profile's `cameBefore`). */
interface OrderSign {
  readonly entity: Entity;
  /** Sites whose pain came first (the profile's `sites`), and those whose pain came later. */
  readonly first: ReadonlySet<string>;
  readonly later: ReadonlySet<string>;
}

/** What the order is read from: a site named, an order word, or a correction. */
type Mark =
  | { readonly kind: "site"; readonly site: VocabularySite; readonly at: number }
  | { readonly kind: "first" | "before"; readonly at: number }
  | { readonly kind: "correction"; readonly at: number };

/** Mentions an order sign rests on: the two sites and the order word. */
const ORDER_MENTIONS = 3;

/** Marks that end a sentence: an order word speaks of the sites of its own sentence. */
const SENTENCE_ENDS: ReadonlySet<string> = new Set([".", "!", "?", ";"]);

/**
 * Signs that are one site's pain said to have come before another's ("my hip hurt first,
 * then my ankle", "my hip started aching weeks before my ankle did": the articles' hip pain
 * before ankle pain), read from the order words among the sites named (graph-data
 * vocabulary: `firstWords`, `beforeWords`; words inside a phrase, "first thing", are none).
 * A first word speaks of the site named last before it in its sentence, or of the one it is
 * answered with ("Which started first? -> hip"); a before word puts the site named last
 * before it ahead of one named right after it, only fillers between ("before my left
 * ankle"). The sign is read when both sites' pains are reported and some order word puts
 * its first site ahead and none behind, counting only what follows the last correction
 * ("ankle first? no wait, hip first"). Built once per data version; one pass over the
 * complaint's tokens per reading, and only when a profile has `cameBefore`.
 */
export class SiteOrder {
  private readonly signs: OrderSign[] = [];

  /**
   * @param inFamily whether a site is one of `sites`, within one, or has one within it
   * @param siteOf the vocabulary's site of an id
   */
  constructor(
    profiles: ReadonlyMap<string, FindingProfile>,
    entities: ReadonlyMap<string, Entity>,
    private readonly lexicon: Lexicon,
    private readonly inFamily: (site: VocabularySite | null, sites: ReadonlySet<string>) => boolean,
    private readonly siteOf: (id: string) => VocabularySite | null,
  ) {
    for (const p of profiles.values()) {
      const entity = entities.get(p.entity);
      if (p.cameBefore.length > 0 && entity !== undefined)
        this.signs.push({ entity, first: new Set(p.sites), later: new Set(p.cameBefore) });
    }
  }

  /**
   * `findings` with each order sign the words report (of the body the reading is `about`)
   * added after the finding of its first site; the same array when none is.
   */
  read(
    findings: readonly Finding[],
    tokens: readonly Token[],
    text: string,
    about: Whose,
  ): readonly Finding[] {
    let out: Finding[] | null = null;
    let marks: readonly Mark[] | null = null;
    for (const s of this.signs) {
      // Both sites said (the order words say the first hurt: "the hip went first"); the
      // other's pain or sign reported, unless a before word said it followed ("... before my
      // ankle did"): "my hip hurt first but my ankle is fine" reports no ankle pain.
      const said = (sites: ReadonlySet<string>, felt: boolean) =>
        findings.find(
          (f) =>
            f.present &&
            f.whose === about &&
            (!felt || f.entity !== null || f.feelings.length > 0) &&
            this.inFamily(f.site, sites),
        );
      const firstOne = said(s.first, false);
      if (firstOne === undefined || said(s.later, false) === undefined) continue;
      marks ??= this.marks(tokens);
      const found = this.ahead(marks, tokens, s);
      if (found === null || (!found.before && said(s.later, true) === undefined)) continue;
      const span = found.span;
      out ??= [...findings];
      out.splice(out.indexOf(firstOne) + 1, 0, ordered(firstOne, s.entity, span, text));
    }
    return out ?? findings;
  }

  /** The sites, order words and corrections of a complaint, in order. */
  private marks(tokens: readonly Token[]): Mark[] {
    const marks: Mark[] = [];
    const words = this.lexicon.frames;
    for (let i = 0; i < tokens.length; i++) {
      const m = this.lexicon.longestAt(tokens, i);
      if (m !== null) {
        const c = m.concept;
        const site = c.type === "SITE" ? this.siteOf(c.id) : null;
        if (site !== null) marks.push({ kind: "site", site, at: i });
        else if (c.type === "CORRECTION") marks.push({ kind: "correction", at: i });
        i = Math.max(i, m.to - 1);
        continue;
      }
      const folded = (tokens[i] as Token).folded;
      if (words.firstWords.has(folded)) marks.push({ kind: "first", at: i });
      else if (words.beforeWords.has(folded)) marks.push({ kind: "before", at: i });
    }
    return marks;
  }

  /**
   * The character span from the first site named to the order word that puts it ahead of
   * the other, and whether that word is a before word; null when none does, or one after the
   * last correction puts it behind.
   */
  private ahead(
    marks: readonly Mark[],
    tokens: readonly Token[],
    s: OrderSign,
  ): { readonly span: readonly [number, number]; readonly before: boolean } | null {
    const isFirst = (site: VocabularySite) => this.inFamily(site, s.first);
    const ours = (site: VocabularySite) => isFirst(site) || this.inFamily(site, s.later);
    let ahead: { readonly span: readonly [number, number]; readonly before: boolean } | null = null;
    let behind = false;
    let last: (Mark & { kind: "site" }) | null = null;
    for (let k = 0; k < marks.length; k++) {
      const mark = marks[k] as Mark;
      if (mark.kind === "correction") {
        ahead = null;
        behind = false;
        last = null;
        continue;
      }
      if (mark.kind === "site") {
        if (ours(mark.site)) last = mark;
        continue;
      }
      const next = marks[k + 1];
      const following = next?.kind === "site" && ours(next.site) ? next : null;
      let owner: (Mark & { kind: "site" }) | null = null;
      if (mark.kind === "first") {
        // Answered ("Which started first? -> hip"), else of the site said before it.
        if (following !== null && this.between(tokens, mark.at, following.at, "marks"))
          owner = following;
        else if (last !== null && this.speaksOf(tokens, last.at, mark.at)) owner = last;
      } else if (
        last !== null &&
        following !== null &&
        isFirst(last.site) !== isFirst(following.site) &&
        this.between(tokens, mark.at, following.at, "fillers") &&
        this.speaksOf(tokens, last.at, mark.at)
      )
        owner = last;
      if (owner === null) continue;
      if (!isFirst(owner.site)) behind = true;
      else
        ahead ??= {
          span: [(tokens[owner.at] as Token).start, (tokens[mark.at] as Token).end],
          before: mark.kind === "before",
        };
    }
    return behind ? null : ahead;
  }

  /** Whether only punctuation (`marks`), or fillers and punctuation, lie between tokens `from` and `to`. */
  private between(
    tokens: readonly Token[],
    from: number,
    to: number,
    allowed: "marks" | "fillers",
  ): boolean {
    for (let i = from + 1; i < to; i++) {
      const t = tokens[i] as Token;
      if (t.punctuation) continue;
      if (allowed === "marks" || !this.lexicon.fillers.has(t.stem)) return false;
    }
    return true;
  }

  /**
   * Whether an order word at token `to` speaks of the site at token `from`: no sentence ends
   * between them, or one does and the next sentence opens with a pointer ("My hip got tight.
   * It was like that for weeks before my ankle started"). One look per token between.
   */
  private speaksOf(tokens: readonly Token[], from: number, to: number): boolean {
    let ends = 0;
    let opener: Token | undefined;
    for (let i = from + 1; i < to; i++) {
      const t = tokens[i] as Token;
      if (t.punctuation && SENTENCE_ENDS.has(t.folded)) {
        ends++;
        opener = undefined;
      } else if (ends > 0 && opener === undefined && !t.punctuation) opener = t;
    }
    return (
      ends === 0 ||
      (ends === 1 && opener !== undefined && this.lexicon.frames.pointers.has(opener.stem))
    );
  }
}

/**
 * The order sign `entity` read where `f` (its first site's finding) was, resting on `span`:
 * a specific reading of the two sites' mentions and the order word, with the doubts of
 * `f`'s own reading (a carried site, a typo, a hedge).
 */
function ordered(
  f: Finding,
  entity: Entity,
  span: readonly [number, number],
  text: string,
): Finding {
  const [start, end] = span;
  const { weight, basis } = strengthOf("specific", {
    mentions: ORDER_MENTIONS,
    carriedSite: f.basis?.carriedSite,
    typo: f.basis?.typo,
    hedged: f.basis?.hedged,
  });
  const found = findingBasis(basis, f.basis?.clauseMatches ?? 1, false);
  return {
    text: text.slice(start, end),
    start,
    end,
    present: true,
    whose: f.whose,
    side: f.side,
    site: f.site,
    feelings: f.feelings,
    timings: f.timings,
    quantity: null,
    entity,
    confidence: confidenceOf(found, entity.id),
    weight,
    basis: found,
    countsAs: null,
  };
}
