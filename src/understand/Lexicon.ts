import type { Entity, Side, Vocabulary } from "../graph/index.js";
import { type Concept, conceptShape, type Mention } from "./Concept.js";
import { FrameWords } from "./FrameWords.js";
import { longestPhrase, type TrieNode } from "./longestPhrase.js";
import { OWNED, ownedSiteWord } from "./ownedSiteWord.js";
import { PhraseSet } from "./PhraseSet.js";
import { readsAsFindings } from "./readsAsFindings.js";
import { Speller } from "./Speller.js";
import { sameConcept } from "./sameConcept.js";
import { tokenizeComplaint } from "./tokenizeComplaint.js";
import type { Token } from "./types.js";

export type { Concept, Mention } from "./Concept.js";

export { CORRECTION_MEMO_SIZE, MIN_TYPO_LENGTH } from "./Speller.js";

/**
 * The phrase index of a vocabulary: a trie over word stems, so reading a complaint is one
 * walk per position, longest phrase first, with fillers skipped inside phrases. Words one
 * typo away from a known word (of {@link MIN_TYPO_LENGTH} letters or more) are found through
 * a deletion index, never by scanning the word list.
 */
export class Lexicon {
  private readonly root: TrieNode = { next: new Map(), concept: null };
  /** Stems of filler words. */
  readonly fillers: ReadonlySet<string>;
  /** Stems that follow a side word to make it a side. */
  readonly sideNouns: ReadonlySet<string>;
  /** Stems that make a clause about someone else. */
  readonly others: ReadonlySet<string>;
  /** The stems of `others` that are animals: what is said of them is never read. */
  readonly animals: ReadonlySet<string>;
  /** The ids of the causes a runner can name ("flat feet", "hills"): a name of one is no sign. */
  readonly causes: ReadonlySet<string>;
  /** Stems after which a person named only reports. */
  readonly reporting: ReadonlySet<string>;
  /** Folded words naming a site on both sides ("heels"). */
  readonly bothSides: ReadonlySet<string>;
  /** The side each one-word side word names ("left"). */
  readonly sideWords: ReadonlyMap<string, Side>;
  /** Stems of the negation cues that can deny a site itself. */
  readonly siteDenials: ReadonlySet<string>;
  /** Ids of sites the articles do not cover. */
  readonly uncovered: ReadonlySet<string>;
  /** Words framing a clause: whose body, past or present, asked or reported. */
  readonly frames: FrameWords;
  /** The vocabulary's `clarifiers`: corrections that, with nothing known after them, take nothing back. */
  readonly clarifiers: PhraseSet;
  /** Ids of the generic feelings (pain): a site's general feeling. */
  private readonly genericFeelings: ReadonlySet<string>;
  private readonly knownStems = new Set<string>();
  private readonly speller = new Speller(this.knownStems);
  /** Stems of site words read only after an owner word (vocabulary `ownedOnly`). */
  private readonly ownedOnly: ReadonlySet<string>;
  /**
   * One-word phrases whose stem another concept's word took first, by their folded form:
   * "snapped" is a tear though "snap" (its stem) is popping.
   */
  private readonly exact = new Map<string, Concept>();
  /**
   * Stems a one-word site or feeling name was cut down to without being written so itself
   * ("shoulder" to "should", "spine" to "spin", "hopping" to "hop"): the bare word is
   * another word, read as the name only when the vocabulary lists it too ("kill" beside
   * "killing"). A word that only shares the stem ("shoulders", "kills") is still read.
   */
  private readonly cutStems = new Set<string>();
  /** Every one-word site or feeling name, folded: what undoes a cut stem. */
  private readonly bodyNames = new Set<string>();

  /**
   * `warningFeelings`: ids of the feelings of a warning sign, which a typo makes only through
   * a doubled letter or a swap (as negations and scope words: see Speller.ts).
   */
  constructor(
    readonly vocabulary: Vocabulary,
    mentionable: Iterable<Entity>,
    private readonly warningFeelings: ReadonlySet<string> = new Set(),
  ) {
    const stems = (words: readonly string[]) =>
      words.flatMap((w) => tokenizeComplaint(w, vocabulary.numbers).map((t) => t.stem));
    this.fillers = new Set(stems(vocabulary.fillers));
    this.genericFeelings = new Set(vocabulary.feelings.filter((f) => f.generic).map((f) => f.id));
    this.sideNouns = new Set(stems(vocabulary.sideNouns));
    this.others = new Set(stems(vocabulary.others));
    this.animals = new Set(stems(vocabulary.animals));
    this.reporting = new Set(stems(vocabulary.reporting));
    this.siteDenials = new Set(stems(vocabulary.siteDenials));
    this.ownedOnly = new Set(stems(vocabulary.ownedOnly));
    this.uncovered = new Set(vocabulary.sites.filter((s) => !s.covered).map((s) => s.id));
    this.frames = new FrameWords(vocabulary);
    this.clarifiers = new PhraseSet(vocabulary.clarifiers, vocabulary.numbers);
    this.bothSides = new Set(
      vocabulary.bothSides.flatMap((w) =>
        tokenizeComplaint(w, vocabulary.numbers).map((t) => t.folded),
      ),
    );
    this.sideWords = new Map(
      (["LEFT", "RIGHT", "BOTH"] as const).flatMap((side) =>
        vocabulary.sides[side]
          .filter((w) => !/\s/.test(w))
          .flatMap((w) => stems([w]).map((s) => [s, side] as const)),
      ),
    );
    const add = (words: readonly string[], concept: Concept) => {
      for (const w of words) this.add(w, concept);
    };
    add(vocabulary.corrections, { type: "CORRECTION" });
    add(vocabulary.negations, { type: "NEGATION" });
    add(vocabulary.scopeBreaks, { type: "BREAK" });
    add(vocabulary.listWords, { type: "LIST" });
    for (const side of ["LEFT", "RIGHT", "BOTH"] as const)
      add(vocabulary.sides[side], { type: "SIDE", side });
    for (const s of vocabulary.sites) add(s.words, { type: "SITE", id: s.id });
    for (const c of vocabulary.feelings)
      add(c.words, { type: "FEELING", id: c.id, denies: c.denies });
    for (const c of vocabulary.timings)
      add(c.words, { type: "TIMING", id: c.id, denies: c.denies });
    for (const c of vocabulary.factors)
      for (const w of c.words)
        this.add(w, { type: "FACTOR", id: c.id, site: null, denies: c.denies });
    this.placeFactors();
    // The word lists read outside phrases ("brother", "has", "which") are known words too, so
    // never read as another word one typo away ("brother" is not "bother").
    for (const list of Object.values(vocabulary))
      if (Array.isArray(list) && list.every((w) => typeof w === "string"))
        for (const stem of stems(list)) this.knownStems.add(stem);
    this.causes = new Set([...mentionable].filter((e) => e.kind === "CAUSE").map((e) => e.id));
    const names = [...mentionable].flatMap((e) => [e.name, ...e.aliases].map((n) => ({ e, n })));
    // A name that reads as sites, feelings and timings ("ankle pain") is read as those words.
    const plain = names.filter(({ n }) => !readsAsFindings(this, n));
    for (const { e, n } of plain) this.add(n, { type: "MENTION", id: e.id, site: this.siteIn(n) });
  }

  /** Whether a concept's words are read through a doubled letter or a swap only. */
  private guarded(concept: Concept): boolean {
    if (["NEGATION", "BREAK", "CORRECTION"].includes(concept.type)) return true;
    return this.warningFeeling(concept);
  }

  /** Whether a concept is a feeling of a warning sign (numbness, swelling, redness, warmth). */
  warningFeeling(concept: Concept): boolean {
    return concept.type === "FEELING" && this.warningFeelings.has(concept.id);
  }

  /**
   * Whether a concept is a warning sign's own feeling, not the generic one (pain: "these
   * shoes are killing me" is pain whatever it is said of): what saidOfThings.ts looks at.
   */
  signFeeling(concept: Concept): boolean {
    return (
      concept.type === "FEELING" &&
      this.warningFeelings.has(concept.id) &&
      !this.genericFeelings.has(concept.id)
    );
  }

  /** Gives each factor phrase the site it names ("whacked my heel"), once sites are known. */
  private placeFactors(): void {
    const walk = (node: TrieNode, words: string[]) => {
      const c = node.concept;
      if (c?.type === "FACTOR")
        node.concept = conceptShape({ ...c, site: this.siteIn(words.join(" ")) });
      for (const [stem, next] of node.next) walk(next, [...words, stem]);
    };
    walk(this.root, []);
  }

  /** The first covered site named in `phrase`, if any ("run on my toes" places nothing). */
  private siteIn(phrase: string): string | null {
    const tokens = tokenizeComplaint(phrase, this.vocabulary.numbers);
    for (let i = 0; i < tokens.length; i++) {
      const m = this.phraseAt(tokens, i, tokens.length, false);
      if (m?.concept.type === "SITE" && !this.uncovered.has(m.concept.id)) return m.concept.id;
    }
    return null;
  }

  private add(phrase: string, said: Concept): void {
    const concept = conceptShape(said);
    const tokens = tokenizeComplaint(phrase, this.vocabulary.numbers);
    // Fillers inside a phrase are skipped when reading, so they are left out of its path;
    // the first word is kept whatever it is ("only after" is not "after").
    // Only fillers between two other words are left out: "running on it" keeps its "it".
    const last = tokens.findLastIndex((t) => !this.fillers.has(t.stem));
    const stripped = tokens.filter((t, i) => i === 0 || i > last || !this.fillers.has(t.stem));
    // A phrase is never cut down to one word ("running on it" is not "running").
    const path = stripped.length >= Math.min(2, tokens.length) ? stripped : tokens;
    if (path.length === 0) return;
    // A one-word site or feeling name is a body or symptom word (read through a phone's slip).
    const body = path.length === 1 && (concept.type === "SITE" || concept.type === "FEELING");
    const owned = body && concept.type === "SITE" && this.ownedOnly.has((path[0] as Token).stem);
    let node = this.root;
    for (const t of path) {
      const key = owned ? OWNED + t.stem : t.stem;
      let next = node.next.get(key);
      if (next === undefined) {
        next = { next: new Map(), concept: null };
        node.next.set(key, next);
      }
      node = next;
      this.knownStems.add(t.stem);
      if (!owned) this.speller.add(t.folded, t.stem, body, this.guarded(concept));
    }
    const word = path.length === 1 ? (path[0] as Token).folded : null;
    if (body && word !== null) {
      this.bodyNames.add(word);
      const stem = (path[0] as Token).stem;
      if (stem !== word) this.cutStems.add(stem);
    }
    if (node.concept === null) node.concept = concept;
    else if (word !== null && !node.words?.has(word) && !sameConcept(node.concept, concept))
      this.exact.set(word, concept);
    if (word !== null) {
      node.words ??= new Set();
      node.words.add(word);
    }
  }

  /**
   * The tokens as the lexicon knows them, in place: each unknown word read as the known
   * word one typo away (Speller.ts: one look-up per unknown word of 5 to 20 letters), and
   * a site word read only after an owner word ("my hell") read as that site there.
   */
  correctAll(tokens: Token[]): void {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      tokens[i] = this.ownedOnly.has(t.stem)
        ? ownedSiteWord(this, tokens, i)
        : this.speller.correct(t);
    }
  }

  /** Whether `stem` is a body or feeling name's cut stem that no name is written as. */
  private bareCut(stem: string): boolean {
    return this.cutStems.has(stem) && !this.bodyNames.has(stem);
  }

  /** Whether a phrase of the lexicon starts with this stem. */
  starts(stem: string): boolean {
    return this.root.next.has(stem);
  }

  /** The concept of a one-word phrase, if any. */
  conceptOf(stem: string): Concept | null {
    return this.root.next.get(stem)?.concept ?? null;
  }

  /** The longest phrase starting at token `from` and ending by `until`, or null. */
  longestAt(tokens: readonly Token[], from: number, until = tokens.length): Mention | null {
    return this.phraseAt(tokens, from, until, true);
  }

  /**
   * {@link longestAt}; `bare` false reads a body word's cut stem written bare as the word
   * (the trie's own paths, which are stems: "twist my ankl").
   */
  private phraseAt(
    tokens: readonly Token[],
    from: number,
    until: number,
    bare: boolean,
  ): Mention | null {
    const first = tokens[from];
    // Most words start no phrase: one map lookup says so.
    const start =
      first === undefined || first.punctuation ? undefined : this.root.next.get(first.stem);
    if (start === undefined || first === undefined || from >= until) return null;
    // "should", "spin", "hop": a body word's stem written bare is another word.
    if (bare && first.folded === first.stem && !first.typo && this.bareCut(first.stem)) return null;
    const best = longestPhrase(tokens, from, until, start, this.fillers);
    // A one-word match whose word another idea's stem took keeps its own meaning.
    const own = best?.to === from + 1 ? this.exact.get(first.folded) : undefined;
    // Written out as a literal: a spread's copy would be a mention of a shape of its own.
    return own === undefined || best === null
      ? best
      : { concept: own, from: best.from, to: best.to, typo: best.typo };
  }
}
