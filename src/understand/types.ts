import type { Entity, Measure, Side, VocabularySite } from "../graph/index.js";
import type { FindingBasis } from "./confidence.js";

/** One word of a complaint: where it is, folded and stemmed. */
export interface Token {
  /** Folded (lower case, no diacritics, no apostrophes). */
  readonly folded: string;
  /** Stem of the folded word: what phrases are matched on. */
  readonly stem: string;
  /** Character offsets into the complaint, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The value of a number word or numeral, else null. */
  readonly number: number | null;
  /** Punctuation that ends a clause (. , ; ! ?, a line break, a ":" before a space, a "+" between spaces). */
  readonly punctuation: boolean;
  /** The word was written as a possessive ("friend's"). */
  readonly possessive: boolean;
  /** The word was read as a known word one typo away. */
  readonly typo: boolean;
}

/** A measure read from a complaint ("from 20 to 35 miles a week": mileage-rise 75). */
export interface Quantity {
  readonly measure: Measure;
  readonly value: number;
}

/**
 * Whose body a finding is about: the runner's, or someone else's ("my friend's heel is
 * numb"). An animal's body is never read.
 */
export type Whose = "RUNNER" | "SOMEONE_ELSE";

/** One thing the reader understood in a complaint. */
export interface Finding {
  /** The words it rests on, as written. */
  readonly text: string;
  /** Character offsets of those words in the complaint, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** False when the runner denies it ("no swelling"). */
  readonly present: boolean;
  /**
   * Whose body it is about, as the words say: SOMEONE_ELSE for another person's ("her heel").
   * Beside the runner's own complaint only another person's warning signs are read; a
   * complaint only about another person is read whole, as if the runner said it (`about`).
   */
  readonly whose: Whose;
  /** The side, when said. */
  readonly side: Side | null;
  /** The body site, when one was named (or carried over from earlier words). */
  readonly site: VocabularySite | null;
  /** Ids of what is felt (pain, swelling, ...). */
  readonly feelings: readonly string[];
  /** Ids of when it is felt (morning, after runs, ...). */
  readonly timings: readonly string[];
  /** A quantity read from the words, if any. */
  readonly quantity: Quantity | null;
  /** The symptom, cause or condition it matches, or null. */
  readonly entity: Entity | null;
  /**
   * How likely the match is right, 0..1 (null when nothing is matched): the share of matches
   * made the same way that were right on the held-out labelled complaints, below 0.9 unless
   * a new set should keep it there (src/understand/confidence.ts, CONFIDENCE_TABLE).
   */
  readonly confidence: number | null;
  /**
   * How strongly the trace counts the match as evidence, 0..1 (null when nothing is
   * matched): EVIDENCE_WEIGHT, a modelling figure kept apart from the confidence.
   */
  readonly weight: number | null;
  /** How it was matched (null when nothing is matched): what its confidence is looked up by. */
  readonly basis: FindingBasis | null;
  /**
   * For a condition read from its site's generic pain ("my ankle aches": runners-ankle, the
   * article's "ankle pain after running"), the symptom that pain is (ankle-pain-sides): the
   * words say no more than the pain, so the trace weighs the finding as that symptom, not
   * as a condition the runner named. Null for every other finding ("runner's ankle" named).
   */
  readonly countsAs: Entity | null;
}

/** What was read from one complaint. */
export interface Understanding {
  readonly text: string;
  readonly findings: readonly Finding[];
  /**
   * Whose body the reading answers about: SOMEONE_ELSE when the complaint speaks only of
   * another person (its findings then stand for the body described), else RUNNER.
   */
  readonly about: Whose;
  /** The last site named, for reading the next part of the same report. */
  readonly lastSite: VocabularySite | null;
  /** The last side named. */
  readonly lastSide: Side | null;
  /** Feelings of the last clause, so "better with rest" after "my heel hurts" is felt too. */
  readonly lastFelt: ReadonlySet<string>;
  /** Timings of the last clause, so "better with rest" after "worse the longer I run" is timed too. */
  readonly lastTimed: ReadonlySet<string>;
  /**
   * Whether the text has a word by which the runner speaks of themself (the vocabulary's
   * firstPerson: I, my, mine): a next input naming nobody after another person's goes on
   * about them only when this is false.
   */
  readonly namesRunner: boolean;
}
