import type { Vocabulary, VocabularySite } from "../graph/index.js";
import { conceptShape } from "./Concept.js";
import { clauseWith } from "./clauseShape.js";
import type { Lexicon } from "./Lexicon.js";
import { PhraseSet } from "./PhraseSet.js";
import { MAX_SITE_CHAIN } from "./ProfileIndex.js";
import type { Clause, ClauseMention } from "./readClauses.js";
import { tokenizeComplaint } from "./tokenizeComplaint.js";
import type { Token } from "./types.js";

/** Words skipped between a lead and its part ("on the outside", "at my back"). */
const PART_SKIPS = 2;

/** A site's words a part is composed with: the first, its plain names. */
const COMPOSED_WORDS = 2;

/**
 * Parts of a site said after it ("ankle hurts on the outside", "heel sore at the back"):
 * a lead word, then a part the vocabulary lists (graph-data vocabulary: siteParts,
 * partLeads). The part names the part of the clause's site, or of the site carried from
 * before, that the vocabulary has a site for ("outside of ankle" is the outside of the
 * ankle; "back of heel" the back of the heel). Built once per vocabulary: each part is
 * composed with each site's words and looked up in the lexicon, so no site is named here.
 */
export class SiteParts {
  private readonly parts: PhraseSet;
  private readonly leads: ReadonlySet<string>;
  /** Part (its stems joined by spaces) to site id to the id of that part of the site. */
  private readonly table = new Map<string, Map<string, string>>();

  constructor(
    vocabulary: Vocabulary,
    private readonly lexicon: Lexicon,
  ) {
    const n = vocabulary.numbers;
    this.parts = new PhraseSet(vocabulary.siteParts, n);
    this.leads = new Set(
      vocabulary.partLeads.flatMap((w) => tokenizeComplaint(w, n).map((t) => t.stem)),
    );
    const byId = new Map(vocabulary.sites.map((s) => [s.id, s]));
    const within = (id: string, outer: string) => {
      let s = byId.get(id);
      for (let steps = 0; s !== undefined && steps < MAX_SITE_CHAIN; steps++) {
        if (s.within === outer) return true;
        s = byId.get(s.within ?? "");
      }
      return false;
    };
    for (const part of vocabulary.siteParts) {
      const key = tokenizeComplaint(part, n)
        .map((t) => t.stem)
        .join(" ");
      const bySite = new Map<string, string>();
      for (const site of vocabulary.sites) {
        if (!site.covered) continue;
        const found = this.compose(part, site, n, (id) => within(id, site.id));
        if (found !== null) bySite.set(site.id, found);
      }
      if (bySite.size > 0) this.table.set(key, bySite);
    }
  }

  /**
   * The id of `part` of `site` as the lexicon reads "part of word", "part word" or "word
   * part", for the site's first {@link COMPOSED_WORDS} words (its plain names: "ankle",
   * "ankles"), so building stays a few milliseconds.
   */
  private compose(
    part: string,
    site: VocabularySite,
    numbers: ReadonlyMap<string, number>,
    inside: (id: string) => boolean,
  ): string | null {
    for (const word of site.words.slice(0, COMPOSED_WORDS))
      for (const phrase of [`${part} of ${word}`, `${part} ${word}`, `${word} ${part}`]) {
        const tokens = tokenizeComplaint(phrase, numbers);
        const m = this.lexicon.longestAt(tokens, 0);
        if (m?.concept.type === "SITE" && m.to === tokens.length && inside(m.concept.id))
          return m.concept.id;
      }
    return null;
  }

  /**
   * The clause with each part said after a lead, or pointed at ("the back of it"), read as
   * the part of its site: the clause's own covered site named before the part, else `carried`. The part's words (and the
   * site's mention, which the part now names more closely) become one site mention.
   * Returns the clause itself when it says no part.
   */
  refine(clause: Clause, carried: VocabularySite | null, tokens: readonly Token[]): Clause {
    let mentions: ClauseMention[] | null = null;
    for (let at = clause.from; at < clause.to; at++) {
      let from = at;
      let to: number;
      // The words the part's mention takes in: the part, or "the back of it" whole.
      let end: number;
      if (this.leads.has((tokens[at] as Token).stem)) {
        from = at + 1;
        while (from < at + 1 + PART_SKIPS && this.skippable(tokens[from])) from++;
        to = this.parts.endAt(tokens, from, clause.to);
        // "on the outside of my ankle" names its site itself.
        if (to < 0 || tokens[to]?.stem === "of") continue;
        end = to;
      } else {
        // "the back of it is swollen": the part of the site "it" points at.
        to = this.parts.endAt(tokens, at, clause.to);
        const pointer = tokens[to + 1];
        if (to < 0 || to + 1 >= clause.to || tokens[to]?.stem !== "of") continue;
        if (pointer === undefined || !this.lexicon.frames.pointers.has(pointer.stem)) continue;
        end = to + 2;
      }
      const bySite = this.table.get(stemsOf(tokens, from, to));
      if (bySite === undefined) continue;
      const list: ClauseMention[] = mentions ?? [...clause.mentions];
      // A part that starts a covered site's own words ("underneath feet") is that site.
      if (list.some((m) => this.coveredSiteAt(m, from, end))) continue;
      const base = siteBefore(list, from, bySite);
      const refined = bySite.get(
        base?.concept.type === "SITE" ? base.concept.id : (carried?.id ?? ""),
      );
      if (refined === undefined) continue;
      mentions = list.filter((m) => m !== base && (m.to <= from || m.from >= end));
      mentions.push({
        concept: conceptShape({ type: "SITE", id: refined }),
        from,
        to: end,
        typo: false,
        negated: base?.negated ?? false,
      });
      mentions.sort((a, b) => a.from - b.from);
    }
    if (mentions === null) return clause;
    return clauseWith(clause, { mentions });
  }

  /**
   * Whether tokens `from` to `to` say only a part, marks around it: a lead and the part ("on
   * the inside", "at the back"), or the part of what "it" points at ("the inside of it"), with
   * words `skippable` between; `mentions` read there are sides, or the part's own words read
   * as a site ("back"). See partsJoined.
   */
  saysPartOnly(
    from: number,
    to: number,
    tokens: readonly Token[],
    mentions: readonly ClauseMention[],
  ): boolean {
    let at = from;
    while (at < to && (tokens[at] as Token).punctuation) at++;
    if (at < to && this.leads.has((tokens[at] as Token).stem)) at++;
    while (at < to && this.skippable(tokens[at])) at++;
    const start = at;
    const part = this.parts.endAt(tokens, at, to);
    if (part < 0) return false;
    // "the inside of it": the part of what the pointer speaks of.
    const end =
      tokens[part]?.stem === "of" && this.lexicon.frames.pointers.has(tokens[part + 1]?.stem ?? "")
        ? part + 2
        : part;
    for (let k = end; k < to; k++) if (!(tokens[k] as Token).punctuation) return false;
    return mentions.every(
      (m) =>
        m.concept.type === "SIDE" || (m.concept.type === "SITE" && m.from >= start && m.to <= end),
    );
  }

  /** Whether `m` is a covered site's mention taking in words from `from` to `to`. */
  private coveredSiteAt(m: ClauseMention, from: number, to: number): boolean {
    return (
      m.concept.type === "SITE" &&
      !this.lexicon.uncovered.has(m.concept.id) &&
      m.from < to &&
      m.to > from
    );
  }

  /** Whether a word between a lead and a part is passed over ("the", "my"; never a side). */
  private skippable(t: Token | undefined): boolean {
    return (
      t !== undefined &&
      !t.punctuation &&
      this.lexicon.fillers.has(t.stem) &&
      !this.lexicon.sideWords.has(t.stem)
    );
  }
}

/** The stems of tokens `from` to `to`, joined by spaces. */
function stemsOf(tokens: readonly Token[], from: number, to: number): string {
  const stems: string[] = [];
  for (let i = from; i < to; i++) stems.push((tokens[i] as Token).stem);
  return stems.join(" ");
}

/** The last site mention before token `at` that the part has a site of, if any. */
function siteBefore(
  mentions: readonly ClauseMention[],
  at: number,
  bySite: ReadonlyMap<string, string>,
): ClauseMention | null {
  let found: ClauseMention | null = null;
  for (const m of mentions)
    if (m.from < at && m.concept.type === "SITE" && bySite.has(m.concept.id)) found = m;
  return found;
}
