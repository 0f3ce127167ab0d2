import type {
  Condition,
  Edge,
  Entity,
  Symptom,
  Treatment,
  VocabularySite,
} from "../graph/index.js";
import type { Whose } from "../understand/index.js";
import type { Question } from "./Interviewer.js";
import type { StepDirection } from "./stepDirection.js";

/** How an input string was matched. */
export type MatchMethod = "ID" | "TEXT";

/** The words of an input a match rests on, with their character offsets (end exclusive). */
export interface MatchedWords {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** An input string and the entity it matched. */
export interface TraceMatch {
  readonly input: string;
  readonly entity: Entity;
  readonly method: MatchMethod;
  /** How likely the match is right, 0..1 (src/understand's confidenceOf); 1 for an id. */
  readonly confidence: number;
  /** How strongly it counts as evidence, 0..1 (src/understand's EVIDENCE_WEIGHT); 1 for an id. */
  readonly weight: number;
  /** The words it rests on; null for an id. */
  readonly words: MatchedWords | null;
  /**
   * Whose body it was read of (an id or an answer is the runner's). Another person's beside
   * the runner's own report raises triage only (red flags win); it ranks nothing.
   */
  readonly whose: Whose;
  /**
   * For a condition read from its site's generic pain (src/understand's Finding.countsAs:
   * "my ankle aches" is runners-ankle), the symptom that pain is: the trace weighs, walks
   * from and governs the match as that symptom, so the interview still asks and separates
   * rather than taking the condition as certain. Null otherwise (an id, a named condition).
   */
  readonly countsAs: Entity | null;
}

/** A condition that fits the evidence. */
export interface ConditionMatch {
  /**
   * 0..1: rankConditions' support (noisy-or of the evidence's weights), then, in a trace,
   * the condition's probability given everything known (ConditionModel.rank).
   */
  readonly score: number;
  readonly condition: Condition;
  /** The matched entities that support it, strongest first. */
  readonly matchedSymptoms: readonly Entity[];
}

/** A condition as a trace answers it: its match, and whether it is a site's general pain. */
export interface TracedCondition extends ConditionMatch {
  /**
   * Whether the condition is a site's general pain after running (runners-ankle: the
   * condition a findings profile reads from generic pain, see FindingProfile.countsAs): the
   * complaint said again, not a diagnosis, so a client says there is not enough to tell yet
   * rather than calling it the likeliest condition.
   */
  readonly general: boolean;
}

/** One hop of a causal path along a real edge. */
export interface PathStep {
  readonly from: Entity;
  readonly to: Entity;
  readonly edge: Edge;
  /** FORWARD when the hop follows the edge as stored (from its source to its target). */
  readonly direction: StepDirection;
}

/** A path from a matched entity up to a root cause. */
export interface CausalPath {
  readonly score: number;
  readonly steps: readonly PathStep[];
}

/** A root cause with its best paths. */
export interface RootCause {
  readonly score: number;
  readonly cause: Entity;
  readonly paths: readonly CausalPath[];
}

/** A treatment in the plan and what it addresses. */
export interface PlanItem {
  readonly treatment: Treatment;
  readonly addresses: readonly Entity[];
}

/** Triage levels, least urgent first; UNKNOWN when nothing reported was understood. */
export type TriageLevel = "UNKNOWN" | "SELF_CARE" | "SEE_DOCTOR" | "URGENT";

/**
 * What one of triage's reasons rests on: the input it was read from, the words, and the
 * runner's answer to it, so a runner who was misread knows what to rephrase.
 */
export interface TriageGround {
  /** The reason (one of {@link Triage}.reasons). */
  readonly reason: Entity;
  /** The input it was read from, as given (for a yes in evidence, the answer's id). */
  readonly input: string;
  /** The words of the input it rests on; null for an id or a yes. */
  readonly words: MatchedWords | null;
  /** Whose body the words speak of (RUNNER for an id or an answer). */
  readonly whose: Whose;
  /**
   * The runner's answer to it in evidence, null when none: a warning sign the words
   * report stands against a no (red flags win), so the ground says so.
   */
  readonly answer: boolean | null;
  /**
   * True when the reason is a condition the runner only asked about ("is it an Achilles
   * rupture?"): no evidence of it, but one the articles send to a doctor, so it keeps the
   * level at SEE_DOCTOR beside a complaint (see triage).
   */
  readonly asked: boolean;
  /**
   * True when the reason is the body part where a feeling was read that the articles name
   * as an urgent sign only elsewhere ({@link Triage}.unplaced: "my knee is swollen"): no
   * sign was reported there, and the explanation is the unplaced finding's.
   */
  readonly unplaced: boolean;
  /** One sentence: what it rests on, and (for words) to rephrase them if misread. */
  readonly explanation: string;
}

/**
 * Something the runner reported that the articles place nowhere it was said: a feeling
 * read at a site where no symptom reads it ("my heel hurts, it is numb, no wait, my
 * ankle": numbness at the ankle, which the heel article names only at the heel). It
 * supports no condition; triage reads it (see {@link Triage}.unplaced).
 */
export interface UnplacedFinding {
  /** The input it was read from, as given. */
  readonly input: string;
  /** The words of the input it rests on. */
  readonly words: MatchedWords;
  /** Whose body the words speak of. */
  readonly whose: Whose;
  /** Where it was felt, as the complaint names it; null when no site was named. */
  readonly site: VocabularySite | null;
  /**
   * The body structure of that site (or of the part it lies within), which triage names as
   * its reason when the level rests on this finding; null when the graph has none for it.
   */
  readonly place: Entity | null;
  /** Ids of what is felt, from the vocabulary (numbness, swelling, ...). */
  readonly feelings: readonly string[];
  /** The articles' warning signs naming one of those feelings at another site. */
  readonly signsElsewhere: readonly Symptom[];
  /** Whether one of those signs calls for a doctor right away where the articles place it. */
  readonly urgentElsewhere: boolean;
  /** One sentence: what was read, where the articles name it, and what that means here. */
  readonly explanation: string;
}

/** How urgent it is, and why. */
export interface Triage {
  readonly level: TriageLevel;
  /**
   * What set the level (for a level resting on {@link unplaced}, the body parts where those
   * feelings were read), then (below URGENT) the runner's warning signs whose list gives the
   * advice (the ankle article's "stop running and rest"); empty for SELF_CARE without one.
   */
  readonly reasons: readonly Entity[];
  /**
   * What to do: the governing list's or the level's advice entry; when the level rests only
   * on {@link unplaced} (no entity to be a reason), the first one's explanation, then the
   * list's advice if one applies, so a client reading only the level, reasons and advice
   * sees why.
   */
  readonly advice: string;
  /**
   * What each reason read from the runner's report rests on, in the order of `reasons`
   * (a condition reached through symptoms has none: its evidence is on its ConditionMatch).
   */
  readonly grounds: readonly TriageGround[];
  /**
   * The findings the articles place nowhere they were said whose feelings are an urgent
   * warning sign elsewhere (a numb ankle: numbness is the heel's see-a-doctor-right-away
   * sign): the articles say nothing of them there, so beside anything else understood the
   * level is SEE_DOCTOR at least, never self-care; alone they leave it UNKNOWN. Empty when
   * there is none.
   */
  readonly unplaced: readonly UnplacedFinding[];
}

/** The whole answer of a trace. */
export interface TraceResult {
  readonly matched: readonly TraceMatch[];
  /** What was taken as denied ("no numbness"), each once. */
  readonly absent: readonly Entity[];
  readonly unmatched: readonly string[];
  /**
   * What was reported that the articles place nowhere it was said, in input order, of the
   * body the answer is about (another person's beside the runner's report is left out).
   */
  readonly unplaced: readonly UnplacedFinding[];
  readonly conditions: readonly TracedCondition[];
  readonly rootCauses: readonly RootCause[];
  readonly treatments: readonly PlanItem[];
  readonly triage: Triage;
  /** What to ask next, best first (see Interviewer). */
  readonly questions: readonly Question[];
  readonly disclaimer: string;
}

/**
 * Told of work as a trace does it: `"search"` for each free-text input read, `"step"` for
 * steps of the root-cause walk (in batches). It may throw to stop the work.
 */
export type WorkMeter = (kind: "search" | "step", count: number) => void;
