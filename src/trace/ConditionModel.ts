import type { Entity, KnowledgeGraph } from "../graph/index.js";
import { type EdgeAt, edgesAt, runSteps } from "../graph/index.js";
import { conditionMatch } from "./conditionMatch.js";
import { feltDownChain } from "./downChain.js";
import { EvidenceLinks, type Link } from "./EvidenceLinks.js";
import { INTERVIEW } from "./interviewSettings.js";
import { NodeIndex } from "./NodeIndex.js";
import { CAUSE_EVIDENCE_WEIGHT } from "./rankConditions.js";
import type { ConditionMatch } from "./types.js";

/** What is known: entities reported (present) and denied (absent). */
export interface Known {
  readonly present: readonly Entity[];
  readonly absent: readonly Entity[];
  /**
   * Conditions only asked about ("is it plantar fasciitis?"): candidates the interview asks
   * about, never evidence of themselves (default none).
   */
  readonly asked?: readonly Entity[];
  /**
   * Signs said in the words another sign was read from ("can't put weight on my heel"), no
   * evidence of their own: the interview does not ask them again (default none).
   */
  readonly said?: readonly Entity[];
}

/**
 * How likely each condition is given what a runner reported and denied: naive Bayes over
 * the graph alone (no vignette, no answer key). P(symptom | condition) comes from the
 * PRESENTS_WITH edges ({@link INTERVIEW}: a "most common" edge, else expectedFindings / n
 * for a condition with n presentations, else the leak; a presentation felt further down the
 * kinetic chain than the condition acts, downChainLikelihood). The prior of a condition is
 * its number of presentations felt where it acts (at least 1): every presentation the
 * articles describe is equally likely to be the one a runner brings, so a condition the
 * articles describe richly is not penalised for splitting its likelihood over many
 * symptoms, and one whose effects the chain carries down the leg is not counted again for
 * each pain it causes lower down. Reported causes
 * and conditions count too (see {@link ConditionModel.likelihood}).
 */
export class ConditionModel {
  /** Per condition, P(symptom | condition) of each symptom it presents with, in the data's order (built once). */
  private readonly presents = new Map<string, Map<string, number>>();
  /** Per condition, its presentations felt where it acts (not down the chain; built once). */
  private readonly own = new Map<string, number>();
  /** Per condition, the conditions that can lead to it (LEADS_TO), by id (built once). */
  private readonly followed = new Map<string, Set<string>>();
  /**
   * Per symptom, the conditions it makes candidates: those presenting with it and those
   * acting where it is felt (built once: one list per symptom, each at most the conditions).
   */
  private readonly suspects = new Map<string, readonly Entity[]>();
  /**
   * Per cause or mechanism whose links EvidenceLinks keeps, the support it lends each
   * condition it drives at full weight, as supports() would lend it (read from
   * EvidenceLinks.driven once: one entry per kept pair, at most MAX_DRIVEN_PAIRS in all).
   */
  private readonly driven = new Map<string, ReadonlyMap<string, number>>();
  /** Whether {@link driven} holds every cause and mechanism of the graph (the usual case). */
  private allKept = true;

  /**
   * @param graph the knowledge graph, read once for the likelihoods and candidates
   * @param links what evidence points at (default: found from `graph` now)
   */
  constructor(
    private readonly graph: KnowledgeGraph,
    private readonly links: EvidenceLinks = runSteps(
      EvidenceLinks.build(graph, runSteps(NodeIndex.build(graph))),
    ),
  ) {
    for (const entity of links.nodes.entities) {
      if (entity.kind === "SYMPTOM") this.suspects.set(entity.id, this.suspectsOf(entity));
      if (entity.kind === "CAUSE" || entity.kind === "MECHANISM") {
        if (links.keepsDriven(entity)) this.driven.set(entity.id, this.supportOf(entity));
        else this.allKept = false;
      }
      if (entity.kind !== "CONDITION") continue;
      const edges = edgesAt(graph, entity.id, "OUTGOING", ["PRESENTS_WITH"]);
      const below = new Set(
        edges.filter((x) => feltDownChain(graph, entity.id, x.other.id)).map((x) => x.other.id),
      );
      const own = edges.length - below.size;
      this.own.set(entity.id, own);
      const each = Math.min(0.7, Math.max(0.2, INTERVIEW.expectedFindings / own));
      const likelihood = (x: EdgeAt) => {
        if (below.has(x.other.id)) return INTERVIEW.downChainLikelihood;
        return x.edge.common ? INTERVIEW.commonLikelihood : each;
      };
      this.presents.set(entity.id, new Map(edges.map((x) => [x.other.id, likelihood(x)])));
      for (const { other } of edgesAt(graph, entity.id, "OUTGOING", ["LEADS_TO"])) {
        const from = this.followed.get(other.id) ?? new Set<string>();
        from.add(entity.id);
        this.followed.set(other.id, from);
      }
    }
  }

  /**
   * Prior weight of a condition: its number of presentations, at least 1; those felt down
   * the chain (see feltDownChain) are the chain's and do not count.
   */
  prior(condition: Entity): number {
    return Math.max(1, this.own.get(condition.id) ?? 0);
  }

  /** P(symptom reported | condition). */
  symptomLikelihood(conditionId: string, symptomId: string): number {
    return this.presents.get(conditionId)?.get(symptomId) ?? INTERVIEW.leak;
  }

  /**
   * P(entity reported | condition): the condition itself 1 − leak; a symptom by its edge,
   * else the leak; another condition {@link INTERVIEW}.followsLikelihood when the articles
   * say it can lead to this one (LEADS_TO), else the leak; a cause or mechanism the leak
   * plus the rest in proportion to the support it lends the condition (0..0.5, see
   * supports(): direct and specific causes lend most).
   */
  likelihood(condition: Entity, e: Entity): number {
    return this.likelihoodWith(condition, e, null);
  }

  /**
   * Each candidate condition's probability given what is known (they sum to 1). Summed in
   * logarithms, so however much is known (every likelihood is at least the leak, never 0)
   * no weight underflows to 0.
   */
  posterior(candidates: readonly Entity[], known: Known): Map<string, number> {
    const weights = this.weights(candidates, known);
    return new Map(candidates.map((c, i) => [c.id, weights[i] as number]));
  }

  /**
   * The candidate conditions, by id: those presenting with a reported symptom, acting
   * where one is felt, driven by a reported cause or mechanism, or reported themselves.
   */
  candidates(present: readonly Entity[]): Entity[] {
    const found = new Map<string, Entity>();
    for (const e of present) {
      if (e.kind === "CONDITION") found.set(e.id, e);
      if (e.kind === "CAUSE" || e.kind === "MECHANISM")
        for (const { condition } of this.links.driven(e)) found.set(condition.id, condition);
      if (e.kind !== "SYMPTOM") continue;
      for (const c of this.suspects.get(e.id) ?? this.suspectsOf(e)) found.set(c.id, c);
    }
    const nodes = this.links.nodes;
    return [...found.values()].sort((a, b) => nodes.compareIds(a, b));
  }

  /**
   * The conditions `fits` found (those the evidence supports), scored by their
   * probability given what is known, the posterior over every candidate, best first,
   * ties by id: one ranking for the answer and for the questions that sharpen it.
   */
  rank(known: Known, fits: readonly ConditionMatch[]): ConditionMatch[] {
    const candidates = this.candidates(known.present);
    const at = new Map(candidates.map((c, i) => [c.id, i]));
    for (const f of fits)
      if (!at.has(f.condition.id)) at.set(f.condition.id, candidates.push(f.condition) - 1);
    const weights = this.weights(candidates, known);
    const nodes = this.links.nodes;
    return fits
      .map((f) =>
        conditionMatch(
          f.condition,
          weights[at.get(f.condition.id) as number] as number,
          f.matchedSymptoms,
        ),
      )
      .sort((a, b) => b.score - a.score || nodes.compareIds(a.condition, b.condition));
  }

  /** The posterior of each of `candidates`, in their order (see {@link posterior}). */
  private weights(candidates: readonly Entity[], known: Known): Float64Array {
    const weights = new Float64Array(candidates.length);
    const unkept = this.unkept(known);
    let top = Number.NEGATIVE_INFINITY;
    candidates.forEach((c, i) => {
      let w = Math.log(this.prior(c));
      for (const e of known.present) w += Math.log(this.likelihoodWith(c, e, unkept));
      for (const e of known.absent) w += Math.log(1 - this.likelihoodWith(c, e, unkept));
      weights[i] = w;
      top = Math.max(top, w);
    });
    let total = 0;
    for (let i = 0; i < weights.length; i++) {
      weights[i] = Math.exp((weights[i] as number) - top);
      total += weights[i] as number;
    }
    for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as number) / total;
    return weights;
  }

  /** The conditions a symptom makes candidates, in the graph's order (see {@link suspects}). */
  private suspectsOf(symptom: Entity): Entity[] {
    const found = edgesAt(this.graph, symptom.id, "INCOMING", ["PRESENTS_WITH"]).map(
      (x) => x.other,
    );
    for (const site of this.sitesOf(symptom)) {
      for (const { other } of edgesAt(this.graph, site, "INCOMING", ["AFFECTS"]))
        if (other.kind === "CONDITION") found.push(other);
    }
    return found;
  }

  /** Where a symptom is felt: its structures and their parts (the ankle's ligaments within the ankle). */
  private sitesOf(symptom: Entity): string[] {
    const sites = edgesAt(this.graph, symptom.id, "OUTGOING", ["FELT_IN"]).map((x) => x.other.id);
    for (const site of [...sites])
      for (const part of edgesAt(this.graph, site, "INCOMING", ["PART_OF"]))
        sites.push(part.other.id);
    return sites;
  }

  /**
   * {@link likelihood}, the support of a cause or mechanism whose links EvidenceLinks does
   * not keep read from `unkept` (see {@link unkept}; null: found now).
   */
  private likelihoodWith(
    condition: Entity,
    e: Entity,
    unkept: ReadonlyMap<string, ReadonlyMap<string, number>> | null,
  ): number {
    if (e.id === condition.id) return 1 - INTERVIEW.leak;
    if (e.kind === "SYMPTOM") return this.symptomLikelihood(condition.id, e.id);
    if (e.kind === "CONDITION") {
      const follows = this.followed.get(condition.id)?.has(e.id) ?? false;
      return follows ? INTERVIEW.followsLikelihood : INTERVIEW.leak;
    }
    const lent = this.driven.get(e.id) ?? unkept?.get(e.id) ?? this.supportOf(e);
    const support = lent.get(condition.id) ?? 0;
    return INTERVIEW.leak + (1 - INTERVIEW.leak) * support;
  }

  /**
   * Per cause or mechanism known whose links EvidenceLinks does not keep (a graph's
   * causes past MAX_DRIVEN_PAIRS), {@link supportOf} it, found once per call rather than
   * once per candidate; null when there is none (always, when all are kept).
   */
  private unkept(known: Known): Map<string, ReadonlyMap<string, number>> | null {
    if (this.allKept) return null;
    let found: Map<string, ReadonlyMap<string, number>> | null = null;
    for (const list of [known.present, known.absent])
      for (const e of list) {
        if ((e.kind !== "CAUSE" && e.kind !== "MECHANISM") || this.driven.has(e.id)) continue;
        found ??= new Map();
        found.set(e.id, this.supportOf(e));
      }
    return found;
  }

  /**
   * Per condition a cause or mechanism drives (EvidenceLinks.driven), the support it lends
   * it at full weight, as supports() lends it (0..{@link CAUSE_EVIDENCE_WEIGHT});
   * nothing for another kind.
   */
  private supportOf(e: Entity): ReadonlyMap<string, number> {
    if (e.kind !== "CAUSE" && e.kind !== "MECHANISM") return NOTHING_LENT;
    const lent = (l: Link) => Math.min(1, CAUSE_EVIDENCE_WEIGHT * l.factor);
    return new Map(this.links.driven(e).map((l) => [l.condition.id, lent(l)]));
  }
}

/** What an entity that is no cause or mechanism lends: nothing. */
const NOTHING_LENT: ReadonlyMap<string, number> = new Map();
