import type { KnowledgeGraph } from "../graph/buildGraph.js";
import { edgesAt } from "../graph/edgesAt.js";
import { entityAt } from "../graph/entityAt.js";
import { graphEntities } from "../graph/graphEntities.js";
import type { Entity, SourceDocument, SourceRef, Symptom } from "../graph/model.js";
import { questionText, separatesWhy, warningSignWhy } from "./questionWords.js";
import type { WarningSignRules } from "./WarningSignRules.js";

/** Bounds and thresholds of an interview; each default here and nowhere else. */
export const INTERVIEW = {
  /** Most questions returned by one call (the client asks the first; the rest preview). */
  maxQuestions: 5,
  /** The answer is clear when the leading condition's probability reaches this. */
  clearAt: 0.85,
  /** A separating question must be expected to gain at least this many bits. */
  minGain: 0.05,
  /** P(symptom | condition) when the articles name it among the commonest presentations. */
  commonLikelihood: 0.9,
  /**
   * P(symptom | condition) when the articles link them otherwise: a runner reports about
   * this many of a condition's symptoms, so each of its n symptoms is reported with
   * probability expectedFindings / n, kept within 0.2..0.7.
   */
  expectedFindings: 2.5,
  /** P(symptom | condition) when the articles do not link them: symptoms have other reasons. */
  leak: 0.05,
  /**
   * Bits a warning sign of the body part reported is worth beyond what it separates. One
   * yes-or-no answer separates at most 1 bit, so at 1 every warning sign comes before every
   * other question (warning signs first, until answered); they are asked even when the
   * answer is otherwise clear.
   */
  warningSignBonus: 1,
} as const;

/** What to ask next: whether `about` is present. */
export interface Question {
  readonly about: Symptom;
  /** The question as a runner reads it. */
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
}

/** What is known: entities reported (present) and denied (absent). */
export interface Known {
  readonly present: readonly Entity[];
  readonly absent: readonly Entity[];
}

/** What every question of one call shares: the posterior, its entropy, the candidates likeliest first. */
interface Context {
  readonly posterior: ReadonlyMap<string, number>;
  readonly ids: readonly string[];
  readonly entropy: number;
  readonly ranked: readonly Entity[];
}

const bits = (p: number) => (p <= 0 ? 0 : -p * Math.log2(p));
const entropy = (ps: Iterable<number>) => [...ps].reduce((h, p) => h + bits(p), 0);

/**
 * Chooses the next questions of a stateless interview. The candidate conditions are those
 * presenting with, or acting where, anything reported; each starts equally likely and is
 * updated by every known symptom as in naive Bayes (P(symptom | condition) from the
 * graph's PRESENTS_WITH edges, {@link INTERVIEW}). Questions are ranked by expected
 * information gain over the candidates; a warning sign of the body part reported gains a
 * bonus ({@link INTERVIEW}.warningSignBonus), so it comes before any question that does not
 * separate clearly better, and it is asked until answered, even once the answer is clear;
 * one that no candidate presents with (numbness) comes first.
 * Separating questions stop when the leading condition is clear. Nothing known is asked,
 * and each question appears once.
 */
export class Interviewer {
  /**
   * @param rules which article's warning signs govern which body part
   * @param documents the source documents, for the warning-sign lists' words
   */
  /** Per condition, P(symptom | condition) of each symptom it presents with (built once). */
  private readonly presents = new Map<string, Map<string, number>>();
  /** Per document, the symptoms its warning-sign list names, by id (built once). */
  private readonly signsOf = new Map<string, Symptom[]>();

  constructor(
    private readonly graph: KnowledgeGraph,
    private readonly rules: WarningSignRules,
    private readonly documents: ReadonlyMap<string, SourceDocument> = new Map(),
  ) {
    for (const entity of graphEntities(graph)) {
      if (entity.kind === "SYMPTOM" && entity.warningSignOf !== null) {
        const list = this.signsOf.get(entity.warningSignOf) ?? [];
        list.push(entity);
        this.signsOf.set(entity.warningSignOf, list);
      }
      if (entity.kind !== "CONDITION") continue;
      const edges = edgesAt(graph, entity.id, "out", ["PRESENTS_WITH"]);
      const each = Math.min(0.7, Math.max(0.2, INTERVIEW.expectedFindings / edges.length));
      this.presents.set(
        entity.id,
        new Map(edges.map((x) => [x.other.id, x.edge.common ? INTERVIEW.commonLikelihood : each])),
      );
    }
    for (const list of this.signsOf.values()) list.sort((a, b) => a.id.localeCompare(b.id));
  }

  /** The next questions, best first, at most `limit`. */
  questions(known: Known, limit: number = INTERVIEW.maxQuestions): Question[] {
    const knownIds = new Set([...known.present, ...known.absent].map((e) => e.id));
    const candidates = this.candidates(known.present);
    const posterior = this.posterior(candidates, known);
    const context: Context = {
      posterior,
      ids: [...posterior.keys()],
      entropy: entropy(posterior.values()),
      ranked: [...posterior]
        .sort((a, b) => b[1] - a[1])
        .flatMap(([id]) => entityAt(this.graph, id) ?? []),
    };
    const warning = this.warningSigns(known.present)
      .filter((s) => !knownIds.has(s.id))
      .map((s) => this.question(s, "WARNING_SIGN", context));
    const leading = Math.max(0, ...posterior.values());
    const separating =
      leading >= INTERVIEW.clearAt || candidates.length < 2
        ? []
        : this.symptomsOf(candidates)
            .filter((s) => !knownIds.has(s.id) && !warning.some((w) => w.about.id === s.id))
            .map((s) => this.question(s, "SEPARATES", context))
            .filter((q) => q.gain >= INTERVIEW.minGain);
    // A warning sign no candidate explains (numbness) separates nothing, so no gain would
    // ever bring it up: it goes first.
    const value = (q: Question) =>
      q.reason !== "WARNING_SIGN"
        ? q.gain
        : q.conditions.length === 0
          ? Number.POSITIVE_INFINITY
          : q.gain + INTERVIEW.warningSignBonus;
    return [...warning, ...separating]
      .sort((a, b) => value(b) - value(a) || a.about.id.localeCompare(b.about.id))
      .slice(0, limit);
  }

  /** Each candidate condition's probability given what is known (they sum to 1). */
  posterior(candidates: readonly Entity[], known: Known): Map<string, number> {
    const weights = new Map<string, number>();
    for (const c of candidates) {
      let w = 1;
      for (const e of known.present) w *= this.likelihood(c, e);
      for (const e of known.absent) w *= 1 - this.likelihood(c, e);
      weights.set(c.id, w);
    }
    const total = [...weights.values()].reduce((a, b) => a + b, 0);
    for (const [id, w] of weights) weights.set(id, total > 0 ? w / total : 0);
    return weights;
  }

  /** Conditions presenting with a reported symptom, acting where one is felt, or reported themselves, by id. */
  candidates(present: readonly Entity[]): Entity[] {
    const found = new Map<string, Entity>();
    for (const e of present) {
      if (e.kind === "CONDITION") found.set(e.id, e);
      if (e.kind !== "SYMPTOM") continue;
      for (const { other } of edgesAt(this.graph, e.id, "in", ["PRESENTS_WITH"]))
        found.set(other.id, other);
      for (const site of this.sitesOf(e)) {
        for (const { other } of edgesAt(this.graph, site, "in", ["AFFECTS"]))
          if (other.kind === "CONDITION") found.set(other.id, other);
      }
    }
    return [...found.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  /** Where a symptom is felt: its structures and their parts (the ankle's ligaments within the ankle). */
  private sitesOf(symptom: Entity): string[] {
    const sites = edgesAt(this.graph, symptom.id, "out", ["FELT_IN"]).map((x) => x.other.id);
    for (const site of [...sites])
      for (const part of edgesAt(this.graph, site, "in", ["PART_OF"])) sites.push(part.other.id);
    return sites;
  }

  /** P(entity reported | condition): the condition itself 1, a symptom by its edge, else the leak. */
  private likelihood(condition: Entity, e: Entity): number {
    if (e.id === condition.id) return 1 - INTERVIEW.leak;
    if (e.kind !== "SYMPTOM") return 0.5;
    return this.presents.get(condition.id)?.get(e.id) ?? INTERVIEW.leak;
  }

  /** Warning signs governing where the reported symptoms and conditions are, by id. */
  private warningSigns(present: readonly Entity[]): Symptom[] {
    const sites = [...new Set(present.flatMap((e) => [...this.rules.placeOf(e)]))].sort();
    return sites.flatMap((doc) => this.signsOf.get(doc) ?? []);
  }

  /** Symptoms the candidates present with, by id. */
  private symptomsOf(candidates: readonly Entity[]): Symptom[] {
    const found = new Map<string, Symptom>();
    for (const c of candidates) {
      for (const { other } of edgesAt(this.graph, c.id, "out", ["PRESENTS_WITH"]))
        if (other.kind === "SYMPTOM") found.set(other.id, other);
    }
    return [...found.values()];
  }

  private question(s: Symptom, reason: Question["reason"], context: Context): Question {
    const { posterior, ids } = context;
    const yes = ids.map((id) => (posterior.get(id) ?? 0) * this.likelihoodById(id, s));
    const no = ids.map((id, i) => (posterior.get(id) ?? 0) - (yes[i] ?? 0));
    const pYes = yes.reduce((a, b) => a + b, 0);
    const pNo = 1 - pYes;
    const after = (ws: number[], p: number) => (p > 0 ? entropy(ws.map((w) => w / p)) : 0);
    const gain = context.entropy - pYes * after(yes, pYes) - pNo * after(no, pNo);
    const linked = edgesAt(this.graph, s.id, "in", ["PRESENTS_WITH"]).filter((x) =>
      posterior.has(x.other.id),
    );
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
      gain: Math.max(0, gain),
      conditions,
      sources,
    };
  }

  private likelihoodById(conditionId: string, s: Symptom): number {
    return this.presents.get(conditionId)?.get(s.id) ?? INTERVIEW.leak;
  }
}
