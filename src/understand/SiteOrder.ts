import type { Entity, FindingProfile, VocabularySite } from "../graph/index.js";
import type { Lexicon } from "./Lexicon.js";
import { type Order, orderedFinding } from "./orderedFinding.js";
import { type Mark, orderMarks } from "./orderMarks.js";
import { SENTENCE_ENDS } from "./sentenceEnds.js";
import type { Finding, Token, Whose } from "./types.js";

/** A sign read from the order two sites' pains came in (a findings profile's `cameBefore`). */
interface OrderSign {
  readonly entity: Entity;
  /** Sites whose pain came first (the profile's `sites`), and those whose pain came later. */
  readonly first: ReadonlySet<string>;
  readonly later: ReadonlySet<string>;
}

/**
 * Signs that are one site's pain said to have come before another's ("my hip hurt first,
 * then my ankle", "my hip started aching weeks before my ankle did": the articles' hip pain
 * before ankle pain), read from the order words among the sites named (graph-data
 * vocabulary: `firstWords`, `beforeWords`, `laterWords`, `startWords` with `startLinks`;
 * words inside a phrase, "first thing", are none). A first word speaks of the site named
 * last before it in its sentence, else of the one it is answered with ("Which started first?
 * -> hip"), and puts it ahead; a later word puts behind the site right after it, fillers
 * between ("later my ankle started"), else the one named last before it ("the hip only
 * joined in later"); a start word with its link puts ahead the next site of its sentence
 * ("it started at the hip"); a before word puts the site named last before it ahead of one
 * named right after it, only fillers between ("before my left ankle"). Counting only what
 * follows the last correction ("ankle first? no wait, hip first"), the sign is reported when
 * some word puts its first site ahead and none behind, and both sites' pains are reported
 * (the later one's may be said by the before word alone); it is denied when words put its
 * first site only behind and both pains are reported ("ankle first, then the hip"). Built
 * once per data version; one pass over the complaint's tokens per reading, and only when a
 * profile has `cameBefore`.
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
      marks ??= orderMarks(tokens, text, this.lexicon, this.siteOf);
      const found = this.order(marks, tokens, s);
      if (found === null) continue;
      // Said the other way round, both pains must be reported: the sign is then denied.
      const felt = found.ahead
        ? found.before || said(s.later, true) !== undefined
        : said(s.first, true) !== undefined && said(s.later, true) !== undefined;
      if (!felt) continue;
      out ??= [...findings];
      out.splice(out.indexOf(firstOne) + 1, 0, orderedFinding(firstOne, s.entity, found, text));
    }
    return out ?? findings;
  }

  /**
   * The order the marks give the sign's two sites, counting only what follows the last
   * correction: a first word puts the site it speaks of ahead, a later word behind, a start
   * word ahead the site its link leads to, and a before word the site said before it ahead of
   * the one right after it. Null when no word orders them, or words order them both ways.
   */
  private order(marks: readonly Mark[], tokens: readonly Token[], s: OrderSign): Order | null {
    const isFirst = (site: VocabularySite) => this.inFamily(site, s.first);
    const ours = (site: VocabularySite) => isFirst(site) || this.inFamily(site, s.later);
    let ahead: Order | null = null;
    let behind: Order | null = null;
    let last: (Mark & { kind: "site" }) | null = null;
    for (let k = 0; k < marks.length; k++) {
      const mark = marks[k] as Mark;
      if (mark.kind === "correction") {
        ahead = null;
        behind = null;
        last = null;
        continue;
      }
      if (mark.kind === "site") {
        if (ours(mark.site)) last = mark;
        continue;
      }
      const next = marks[k + 1];
      const following = next?.kind === "site" && ours(next.site) ? next : null;
      // "a month later my knee started ...": a later word speaks of the site after it, even
      // one no sign orders, never then of the one before it.
      const laterOther =
        mark.kind === "later" &&
        following === null &&
        next?.kind === "site" &&
        this.between(tokens, mark.at, next.at, "words");
      const owner = laterOther ? null : this.owner(mark, last, following, tokens, isFirst);
      // "no hip trouble before the ankle pain started": a site denied is put nowhere.
      if (owner === null || this.denied(tokens, owner.at)) continue;
      // A later word puts the site it speaks of behind; every other word puts it ahead.
      const first = (mark.kind !== "later") === isFirst(owner.site);
      const [from, to] = owner.at < mark.at ? [owner.at, mark.at] : [mark.at, owner.at];
      const found: Order = {
        ahead: first,
        span: [(tokens[from] as Token).start, (tokens[to] as Token).end],
        before: mark.kind === "before" || mark.kind === "arrow" || mark.kind === "logged",
      };
      // A before word anywhere says the later site's pain too ("first the hip, then the ankle").
      if (first) ahead = ahead === null || (found.before && !ahead.before) ? found : ahead;
      else behind ??= found;
    }
    if (ahead !== null && behind !== null) return null;
    return ahead ?? behind;
  }

  /** The site an order word at `mark` speaks of: the site named `last` before it, or the one `following` it; null when neither. */
  private owner(
    mark: Mark,
    last: (Mark & { kind: "site" }) | null,
    following: (Mark & { kind: "site" }) | null,
    tokens: readonly Token[],
    isFirst: (site: VocabularySite) => boolean,
  ): (Mark & { kind: "site" }) | null {
    switch (mark.kind) {
      case "first":
        // Of the site said before it in its sentence ("hip first, ankle second"), else the
        // one it is answered with ("Which started first? -> hip").
        if (last !== null && this.speaksOf(tokens, last.at, mark.at)) return last;
        return following !== null && this.between(tokens, mark.at, following.at, "fillers")
          ? following
          : null;
      case "later":
        // "later my ankle started", else "the hip only joined in later".
        if (following !== null && this.between(tokens, mark.at, following.at, "words"))
          return following;
        return last !== null && this.speaksOf(tokens, last.at, mark.at) ? last : null;
      case "start":
        // "it started at the hip": the site its link leads to, in the same sentence.
        return following !== null && this.speaksOf(tokens, mark.at, following.at)
          ? following
          : null;
      case "logged":
        // "Mon: hip tight. Wed: knee sore. Sat: ankle aching": the entry's site came later.
        return last !== null && following !== null && isFirst(last.site) !== isFirst(following.site)
          ? last
          : null;
      case "before":
      case "arrow":
        // "then my ankle" (fillers between); "hips → sore knees" (any words of its clause).
        return last !== null &&
          following !== null &&
          isFirst(last.site) !== isFirst(following.site) &&
          this.between(
            tokens,
            mark.at,
            following.at,
            mark.kind === "arrow" ? "clause" : "fillers",
          ) &&
          this.speaksOf(tokens, last.at, mark.at)
          ? last
          : null;
      default:
        return null;
    }
  }

  /** Whether a negation stands right before the site at token `at`, fillers between ("no hip trouble"). */
  private denied(tokens: readonly Token[], at: number): boolean {
    for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
      const t = tokens[i] as Token;
      if (this.lexicon.conceptOf(t.stem)?.type === "NEGATION") return true;
      if (t.punctuation || !this.lexicon.fillers.has(t.stem)) return false;
    }
    return false;
  }

  /**
   * Whether only what `allowed` names lies between tokens `from` and `to`: punctuation
   * (`marks`), fillers and punctuation (`fillers`), fillers alone (`words`), or any words
   * but no punctuation (`clause`).
   */
  private between(
    tokens: readonly Token[],
    from: number,
    to: number,
    allowed: "marks" | "fillers" | "words" | "clause",
  ): boolean {
    for (let i = from + 1; i < to; i++) {
      const t = tokens[i] as Token;
      if (allowed === "clause") {
        if (t.punctuation) return false;
        continue;
      }
      if (
        t.punctuation
          ? allowed === "words"
          : allowed === "marks" || !this.lexicon.fillers.has(t.stem)
      )
        return false;
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
