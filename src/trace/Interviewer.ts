import type {
  Entity,
  KnowledgeGraph,
  Relation,
  SourceDocument,
  SourceRef,
  Symptom,
} from "../graph/index.js";
import { type EdgeAt, edgesAt, graphEntities } from "../graph/index.js";
import type { ConditionModel, Known } from "./ConditionModel.js";
import type { FitLimits } from "./FitLimits.js";
import { INTERVIEW } from "./interviewSettings.js";
import { askable, offerable } from "./questionTexts.js";
import {
  checklistText,
  checklistWhy,
  questionText,
  separatesWhy,
  warningSignWhy,
} from "./questionWords.js";
import type { WarningSignRules } from "./WarningSignRules.js";

/**
 * Warning signs asked together as ticks: a client that knows checklists shows `text` and one
 * tick per option, and answers every option ({ id, present: ticked }); a client that does
 * not answers `about` alone, and the options left are asked again.
 */
export interface Checklist {
  /** The checklist as a runner reads it ("Do you have any of these ...?"). */
  readonly text: string;
  /** What a tick would change, in one sentence. */
  readonly why: string;
  /** The list's signs not yet answered, the question's `about` first. */
  readonly options: readonly Symptom[];
}

/** What to ask next: whether `about` is present (a warning sign's with its list's checklist). */
export interface Question {
  readonly about: Symptom;
  /** The question as a runner reads it, about `about` alone. */
  readonly text: string;
  /** What the answer would change, in one sentence. */
  readonly why: string;
  /** Why it is asked: a warning sign of the body part reported, or it separates the leading conditions. */
  readonly reason: "WARNING_SIGN" | "SEPARATES";
  /** Expected information gain over the candidate conditions, in bits. */
  readonly gain: number;
  /** For SEPARATES: the candidate conditions the articles link to it, likeliest first. */
  readonly conditions: readonly Entity[];
  /** Where the articles say so: the warning-sign list's section, or the edges' sources. */
  readonly sources: readonly SourceRef[];
  /** For WARNING_SIGN: the list's unanswered signs asked together; null for SEPARATES. */
  readonly checklist: Checklist | null;
}

/** What every question of one call shares: the posterior, its entropy, the candidates likeliest first. */
interface Context {
  readonly posterior: ReadonlyMap<string, number>;
  readonly ids: readonly string[];
  /** The posterior of each of `ids`, in their order. */
  readonly weights: readonly number[];
  readonly entropy: number;
  readonly ranked: readonly Entity[];
}

const PRESENTS_WITH: readonly Relation[] = ["PRESENTS_WITH"];

const bits = (p: number) => (p <= 0 ? 0 : -p * Math.log2(p));
const entropy = (ps: Iterable<number>) => [...ps].reduce((h, p) => h + bits(p), 0);
/** Gains are compared at this many bits (finer is floating-point noise), so equal gains keep the data's order. */
const GAIN_STEP = 1e-9;
const gainKey = (gain: number) => Math.round(gain / GAIN_STEP);

/**
 * Chooses the next questions of a stateless interview over the {@link ConditionModel}'s
 * posterior. First, for each body part whose warning-sign list governs where the runner
 * hurts (an urgent list first), one checklist of the list's signs not yet answered or said
 * (asked until answered, even once the answer is clear). Then yes-or-no questions about the candidates' symptoms,
 * ranked by expected information gain over the candidates; equal gains keep the order of
 * the data (the likeliest condition's presentations first, as graph-data lists them).
 * Separating questions stop when the leading condition is clear. Nothing known is asked,
 * and each symptom appears once.
 */
export class Interviewer {
  /** Per document, the symptoms its warning-sign list names, by id (built once). */
  private readonly signsOf = new Map<string, Symptom[]>();
  /** Per condition, its PRESENTS_WITH edges; per symptom, those into it (built once, in the graph's order). */
  private readonly presents = new Map<string, readonly EdgeAt[]>();
  private readonly presentedBy = new Map<string, readonly EdgeAt[]>();

  /**
   * @param graph the knowledge graph, for the symptoms, their links and their sources
   * @param model the posterior over conditions the questions sharpen
   * @param rules which article's warning signs govern which body part
   * @param documents the source documents, for the warning-sign lists' words
   * @param limits each condition's defining sign (default none: a leading condition is
   *   clear by its probability alone)
   */
  constructor(
    private readonly graph: KnowledgeGraph,
    private readonly model: ConditionModel,
    private readonly rules: WarningSignRules,
    private readonly documents: ReadonlyMap<string, SourceDocument> = new Map(),
    private readonly limits: FitLimits | null = null,
  ) {
    for (const entity of graphEntities(graph)) {
      if (entity.kind === "CONDITION")
        this.presents.set(entity.id, edgesAt(graph, entity.id, "OUTGOING", PRESENTS_WITH));
      if (entity.kind !== "SYMPTOM") continue;
      this.presentedBy.set(entity.id, edgesAt(graph, entity.id, "INCOMING", PRESENTS_WITH));
      if (entity.warningSignOf === null) continue;
      const list = this.signsOf.get(entity.warningSignOf) ?? [];
      list.push(entity);
      this.signsOf.set(entity.warningSignOf, list);
    }
    for (const list of this.signsOf.values()) list.sort((a, b) => a.id.localeCompare(b.id));
  }

  /** The next questions, best first, at most `limit`. */
  questions(known: Known, limit: number = INTERVIEW.maxQuestions): Question[] {
    const knownIds = new Set(
      [...known.present, ...known.absent, ...(known.said ?? [])].map((e) => e.id),
    );
    const candidates = this.model.candidates([...known.present, ...(known.asked ?? [])]);
    const posterior = this.model.posterior(candidates, known);
    const context: Context = {
      posterior,
      ids: [...posterior.keys()],
      weights: [...posterior.values()],
      entropy: entropy(posterior.values()),
      ranked: [...candidates].sort(
        (a, b) => (posterior.get(b.id) ?? 0) - (posterior.get(a.id) ?? 0),
      ),
    };
    const checklists = this.checklists(known.present, known.absent, knownIds, context);
    const listed = new Set(checklists.flatMap((q) => q.checklist?.options.map((o) => o.id) ?? []));
    const leader = context.ranked[0];
    const leading = leader === undefined ? 0 : (posterior.get(leader.id) ?? 0);
    // A leader whose defining sign was denied is not clear, however likely: ask on.
    const clear =
      leading >= INTERVIEW.clearAt &&
      !(leader !== undefined && this.limits?.definingDenied(leader.id, known));
    const separating =
      clear || candidates.length < 2
        ? []
        : this.symptomsOf(context.ranked)
            // A sign left off its checklist is asked by the sign that covers it there.
            .filter((s) => !knownIds.has(s.id) && !listed.has(s.id) && s.checklist)
            // A question whose words take another symptom as given waits for it to be reported.
            .filter((s) => askable(s, known.present, known.absent))
            .map((s) => ({ s, gain: this.gain(s, context) }))
            .filter((q) => q.gain >= INTERVIEW.minGain)
            .sort((a, b) => gainKey(b.gain) - gainKey(a.gain))
            // Only those returned are worded (their conditions, sources, why).
            .slice(0, Math.max(0, limit - checklists.length))
            .map((q) => this.question(q.s, q.gain, "SEPARATES", context));
    return [...checklists, ...separating].slice(0, limit);
  }

  /**
   * One checklist question per warning-sign list governing where the runner hurts (where the
   * candidate conditions act, when nothing reported has a place), urgent lists first, with
   * the list's unanswered checklist signs as options, less those whose words take as part
   * of them a sign the runner said no to (`absent`: see offerable). Its `about` (what a client that knows no
   * checklist asks) is the sign no candidate explains (numbness) first, then the sign whose
   * answer separates most.
   */
  private checklists(
    present: readonly Entity[],
    absent: readonly Entity[],
    knownIds: ReadonlySet<string>,
    context: Context,
  ): Question[] {
    const questions: Question[] = [];
    const placeOf = (e: Entity) => [...this.rules.placeOf(e)];
    let docs = [...new Set(present.flatMap(placeOf))];
    // Nothing reported has a place (only a cause: "twisted my ankle"): the lists governing
    // where the candidate conditions act are asked, so a sprain read from a cause alone
    // still asks the ankle's signs before any advice.
    if (docs.length === 0) docs = [...new Set(context.ranked.flatMap(placeOf))];
    // An urgent list first (red flags win): a client showing one question at a time asks the
    // heel's see-a-doctor signs before the ankle's stop-and-rest ones; then by document id.
    const urgent = (doc: string) => (this.documents.get(doc)?.warningSigns?.urgent ? 0 : 1);
    docs.sort((a, b) => urgent(a) - urgent(b) || (a < b ? -1 : a > b ? 1 : 0));
    for (const doc of docs) {
      // Ranked by gain and whether a candidate explains it; only the first is worded.
      const signs = (this.signsOf.get(doc) ?? [])
        .filter((s) => s.checklist && !knownIds.has(s.id) && offerable(s, absent))
        .map((s) => ({
          about: s,
          gain: this.gain(s, context),
          linked: this.linked(s, context.posterior).length,
        }));
      const value = (q: (typeof signs)[number]) =>
        q.linked === 0 ? Number.POSITIVE_INFINITY : q.gain;
      signs.sort((a, b) => value(b) - value(a) || a.about.id.localeCompare(b.about.id));
      const first = signs[0];
      if (first === undefined) continue;
      const list = this.documents.get(doc)?.warningSigns ?? null;
      questions.push({
        ...this.question(first.about, first.gain, "WARNING_SIGN", context),
        checklist: {
          text: checklistText(list),
          why: checklistWhy(list),
          options: signs.map((q) => q.about),
        },
      });
    }
    return questions;
  }

  /** Symptoms the candidates present with: the likeliest candidate's first, each in the data's order, once. */
  private symptomsOf(ranked: readonly Entity[]): Symptom[] {
    const found = new Map<string, Symptom>();
    for (const c of ranked) {
      for (const { other } of this.presents.get(c.id) ??
        edgesAt(this.graph, c.id, "OUTGOING", PRESENTS_WITH))
        if (other.kind === "SYMPTOM" && !found.has(other.id)) found.set(other.id, other);
    }
    return [...found.values()];
  }

  /** The PRESENTS_WITH edges into `s` from a candidate condition, in the graph's order. */
  private linked(s: Symptom, posterior: ReadonlyMap<string, number>) {
    const into = this.presentedBy.get(s.id) ?? edgesAt(this.graph, s.id, "INCOMING", PRESENTS_WITH);
    return into.filter((x) => posterior.has(x.other.id));
  }

  /**
   * Expected information gain of asking about `s`, in bits (at least 0). Written as loops
   * over the candidates into a scratch array (no arrays per symptom: this runs once per
   * candidate symptom and checklist sign of every interview), each sum taken in the same
   * order as before, so every gain is the same to the last bit.
   */
  private gain(s: Symptom, context: Context): number {
    const { weights, ids } = context;
    const n = ids.length;
    if (this.scratch.length < n) this.scratch = new Float64Array(n);
    const yes = this.scratch;
    let pYes = 0;
    for (let i = 0; i < n; i++) {
      const y = (weights[i] as number) * this.model.symptomLikelihood(ids[i] as string, s.id);
      yes[i] = y;
      pYes += y;
    }
    const pNo = 1 - pYes;
    let afterYes = 0;
    let afterNo = 0;
    for (let i = 0; i < n; i++) {
      const y = yes[i] as number;
      if (pYes > 0) afterYes += bits(y / pYes);
      if (pNo > 0) afterNo += bits(((weights[i] as number) - y) / pNo);
    }
    return Math.max(0, context.entropy - pYes * afterYes - pNo * afterNo);
  }

  /** The yes-weights of {@link gain}, reused from call to call (as long as the most candidates). */
  private scratch = new Float64Array(0);

  /** The question about `s`, worded, with the `gain` its caller ranked it by (see {@link gain}). */
  private question(
    s: Symptom,
    gain: number,
    reason: Question["reason"],
    context: Context,
  ): Question {
    const { posterior } = context;
    const linked = this.linked(s, posterior);
    linked.sort((a, b) => (posterior.get(b.other.id) ?? 0) - (posterior.get(a.other.id) ?? 0));
    const sources =
      reason === "WARNING_SIGN"
        ? s.sources
        : [
            ...new Map(
              linked.flatMap((x) => x.edge.sources).map((r) => [`${r.doc}|${r.section}`, r]),
            ).values(),
          ];
    const conditions = linked.map((x) => x.other);
    const others = context.ranked.filter((c) => !conditions.some((x) => x.id === c.id));
    const why =
      reason === "WARNING_SIGN"
        ? warningSignWhy(s, this.documents)
        : separatesWhy(conditions, others);
    return {
      about: s,
      text: questionText(s),
      why,
      reason,
      gain,
      conditions,
      sources,
      checklist: null,
    };
  }
}
