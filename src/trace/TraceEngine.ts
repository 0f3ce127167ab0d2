import type {
  Entity,
  FindingProfile,
  KnowledgeGraph,
  SourceDocument,
  Steps,
} from "../graph/index.js";
import { edgesAt, entityAt } from "../graph/index.js";
import type { ComplaintReader } from "../understand/index.js";
import { answeredNotYes } from "./answeredNotYes.js";
import { bodyDescribed } from "./bodyDescribed.js";
import { ConditionModel } from "./ConditionModel.js";
import { complaintElsewhere } from "./complaintElsewhere.js";
import { DISCLAIMER } from "./disclaimer.js";
import { EvidenceLinks } from "./EvidenceLinks.js";
import { FitLimits } from "./FitLimits.js";
import { findRootCauses, type WalkStart } from "./findRootCauses.js";
import { Interviewer, type Question } from "./Interviewer.js";
import { INTERVIEW } from "./interviewSettings.js";
import { leadingConditions } from "./leadingConditions.js";
import { matchInputs } from "./matchInputs.js";
import { NodeIndex } from "./NodeIndex.js";
import { rankConditions, type Support, supports } from "./rankConditions.js";
import { SignFeelings } from "./SignFeelings.js";
import type { TraceOptions } from "./TraceOptions.js";
import { TreatmentIndex } from "./TreatmentIndex.js";
import { TRACE_DEFAULTS } from "./traceDefaults.js";
import { SEE_DOCTOR_ADVICE_IDS, SELF_CARE_ADVICE_IDS, triage } from "./triage.js";
import type { PlanItem, RootCause, TraceMatch, TraceResult, WorkMeter } from "./types.js";
import { UnplacedSigns } from "./UnplacedSigns.js";
import { UpwardGraph } from "./UpwardGraph.js";
import { WalkLabels } from "./WalkLabels.js";
import { WalkMemo } from "./WalkMemo.js";
import { WarningSignRules } from "./WarningSignRules.js";
import { shownAs, weighedAs } from "./weighedAs.js";
import { withEvidence } from "./withEvidence.js";

/**
 * The conditions a site's generic pain is read as (runners-ankle, "ankle pain after
 * running"): those whose findings profile counts as a symptom (FindingProfile.countsAs).
 * The walk passes through them but never gives one as a root cause, and a trace marks
 * one among its conditions (TracedCondition.general): it is the complaint said again, not
 * where it starts nor a diagnosis. One entry per such profile.
 */
function generalConditions(profiles: ReadonlyMap<string, FindingProfile>): ReadonlySet<string> {
  return new Set([...profiles].filter(([, p]) => p.countsAs !== null).map(([id]) => id));
}

/** The answers of a trace given none. */
const NO_ANSWERS: ReadonlyMap<string, boolean> = new Map();

/**
 * Traces a runner's report up the kinetic chain: reads each input into findings (reported
 * and denied), ranks the conditions the evidence supports, lowered by what is denied,
 * walks up to the root causes, and adds triage and a treatment plan. Deterministic: the
 * same inputs give the same result.
 */
export class TraceEngine {
  private constructor(
    private readonly graph: KnowledgeGraph,
    private readonly reader: ComplaintReader,
    private readonly up: UpwardGraph,
    private readonly links: EvidenceLinks,
    private readonly treatments: TreatmentIndex,
    private readonly warningSigns: WarningSignRules,
    private readonly model: ConditionModel,
    private readonly interviewer: Interviewer,
    private readonly unplaced: UnplacedSigns,
    private readonly feelings: SignFeelings,
    private readonly limits: FitLimits,
    private readonly general: ReadonlySet<string>,
  ) {}

  /**
   * Builds a trace engine over `graph` reading free text with `reader`, one node per step
   * (see Steps).
   * @param documents the source documents; their warning-sign lists say which article
   *   governs which body part's warning signs (none given: every red flag is urgent).
   * @param profiles what each symptom is in findings (graph-data findings.yaml), for the
   *   feelings the articles name as warning signs at some site (none given: a feeling read
   *   where no symptom reads it is said in the answer with no sign elsewhere).
   */
  static *build(
    graph: KnowledgeGraph,
    reader: ComplaintReader,
    documents: ReadonlyMap<string, SourceDocument> = new Map(),
    profiles: ReadonlyMap<string, FindingProfile> = new Map(),
  ): Steps<TraceEngine> {
    const nodes = yield* NodeIndex.build(graph);
    const up = yield* UpwardGraph.build(graph, nodes);
    const links = yield* EvidenceLinks.build(graph, nodes);
    const treatments = yield* TreatmentIndex.build(graph, nodes);
    const rules = yield* WarningSignRules.build(graph, documents);
    const model = new ConditionModel(graph, links);
    const limits = new FitLimits(graph, model);
    const interviewer = new Interviewer(graph, model, rules, documents, limits);
    const unplaced = new UnplacedSigns(graph, profiles, documents);
    const feelings = new SignFeelings(graph, profiles);
    return new TraceEngine(
      graph,
      reader,
      up,
      links,
      treatments,
      rules,
      model,
      interviewer,
      unplaced,
      feelings,
      limits,
      generalConditions(profiles),
    );
  }

  /** Traces `inputs` (entity ids or free text). */
  trace(inputs: readonly string[], options: TraceOptions = {}): TraceResult {
    const { limit = TRACE_DEFAULTS.limit, maxDepth = TRACE_DEFAULTS.maxDepth, meter } = options;
    const { evidence = [], questions = INTERVIEW.maxQuestions } = options;
    const read = matchInputs(this.graph, this.reader, inputs, meter, this.unplaced, this.feelings);
    const { matched, absent } = withEvidence(this.graph, read, evidence);
    const { unmatched } = read;
    const answers: ReadonlyMap<string, boolean> =
      evidence.length === 0 ? NO_ANSWERS : new Map(evidence.map((e) => [e.id, e.present]));
    // Another person's warning sign beside the runner's report raises triage, ranks nothing.
    const own = bodyDescribed(matched, read.about);
    const interviewer = this.interviewer;
    let asked: Question[] | null = null;
    // Evidence is what each match is weighed as: generic pain read as a condition is the pain.
    const all = weighedAs(matched);
    const ownWeighed = own === matched ? all : weighedAs(own);
    // A sign said in another sign's words is a reason and not asked again, but ranks nothing.
    const { saidWith } = read;
    const said = saidWith.size === 0 ? [] : ownWeighed.filter((m) => saidWith.has(m));
    const weighed = said.length === 0 ? ownWeighed : ownWeighed.filter((m) => !saidWith.has(m));
    const onlyAsked = answers.size === 0 ? read.asked : answeredNotYes(read.asked, answers);
    // A condition only asked about ("is it plantar fasciitis?") is ranked, but no evidence of
    // itself: the model weighs what was reported, and the interview asks the rest.
    const known = {
      present: weighed.map((m) => m.entity).filter((e) => !onlyAsked.has(e.id)),
      absent,
      asked:
        onlyAsked.size === 0 ? [] : weighed.map((m) => m.entity).filter((e) => onlyAsked.has(e.id)),
      said: said.map((m) => m.entity),
    };
    const lent = supports(this.links, weighed);
    const fits = shownAs(rankConditions(this.links, lent, absent), own);
    // A cause beside a complaint placed nowhere ranks nothing (its conditions are elsewhere);
    // a condition asked about is still ranked, as asked.
    const elsewhere = onlyAsked.size === 0 && complaintElsewhere(weighed, read.unplaced, onlyAsked);
    const conditions = elsewhere ? [] : this.model.rank(known, fits);
    const rootCauses = this.rankRootCauses(weighed, lent, maxDepth, limit, meter);
    const leading = leadingConditions(conditions).map((c) => c.condition);
    // The runner's own reported symptoms are targets too, after the leading conditions: where
    // an article ties a step to a problem (elevate an ankle too sore to walk on, compress a
    // swollen one), the plan gives it for that finding, not for every complaint of the site.
    const targets: Entity[] = [
      ...leading,
      ...weighed.map((m) => m.entity).filter((e) => e.kind === "SYMPTOM"),
      ...weighed.map((m) => m.entity).filter((e) => e.kind === "CAUSE"),
      ...rootCauses.map((r) => r.cause),
    ];
    return {
      matched,
      absent,
      unmatched,
      unplaced: read.unplaced,
      // The fit shown is limited where the evidence cannot settle it; triage and the plan
      // read the ranking itself (red flags win whatever the fit).
      conditions: this.limits.limit(conditions.slice(0, limit), known).map((c) => ({
        condition: c.condition,
        score: c.score,
        matchedSymptoms: c.matchedSymptoms,
        general: this.general.has(c.condition.id),
      })),
      rootCauses,
      treatments: this.treatments.plan([...new Set(targets)]),
      triage: triage(all, conditions, this.advice, this.warningSigns, fits, ownWeighed, answers, {
        asked: onlyAsked,
        unplaced: read.unplaced,
        selfCare: this.selfCare,
        doctorCare: this.doctorCare,
      }),
      // Chosen only when read (a client that selects no questions pays nothing), once.
      get questions() {
        asked ??= interviewer.questions(known, questions);
        return asked;
      },
      disclaimer: DISCLAIMER,
    };
  }

  /**
   * Walks up from the matched symptoms, conditions and mechanisms. A reported cause is
   * not walked up from (its own causes are not what the runner asked about): the walk
   * starts at the conditions it drives instead, so it is reached as a root cause with a
   * path from what it explains, and its score gains the match's weight.
   */
  private rankRootCauses(
    matched: readonly TraceMatch[],
    lent: readonly Support[],
    maxDepth: number,
    limit: number,
    meter: WorkMeter | undefined,
  ): RootCause[] {
    const starts = new Map<string, WalkStart>();
    const add = (entity: Entity, weight: number) => {
      if ((starts.get(entity.id)?.weight ?? -1) < weight) starts.set(entity.id, { entity, weight });
    };
    for (const m of matched) if (m.entity.kind !== "CAUSE") add(m.entity, m.weight);
    for (const s of lent) if (s.evidence.kind === "CAUSE") add(s.condition, s.weight);
    const reported = new Map<string, number>();
    for (const m of matched) if (m.entity.kind === "CAUSE") reported.set(m.entity.id, m.weight);
    const from = [...starts.values()];
    const key = WalkMemo.key(from, reported, maxDepth, limit);
    return this.walks.recall(key, meter, (counted) =>
      findRootCauses(this.up, this.labels, from, {
        maxDepth,
        limit,
        ...(reported.size > 0 ? { bonus: (id: string) => reported.get(id) ?? 0 } : {}),
        ...(this.general.size > 0 ? { throughOnly: this.general } : {}),
        meter: counted,
      }),
    );
  }

  /** Root causes of one condition, as `trace([id])` would find them. */
  rootCausesOf(condition: Entity, options: TraceOptions = {}) {
    const { limit = TRACE_DEFAULTS.limit, maxDepth = TRACE_DEFAULTS.maxDepth, meter } = options;
    return findRootCauses(this.up, this.labels, [{ entity: condition, weight: 1 }], {
      maxDepth,
      limit,
      ...(this.general.size > 0 ? { throughOnly: this.general } : {}),
      ...(meter ? { meter } : {}),
    });
  }

  /** The treatment plan for `targets`, most relevant first (see TreatmentIndex.plan). */
  plan(targets: readonly Entity[]): PlanItem[] {
    return this.treatments.plan(targets);
  }

  /** Recent root-cause walks (bounded: see WalkMemo). */
  private readonly walks = new WalkMemo();

  /** The root-cause walks' labels, reused from walk to walk (bounded: see WalkLabels). */
  private readonly labels = new WalkLabels();

  /** The answer of the ADVICE entry `id`, or null (triage's advice texts). */
  private readonly advice = (id: string): string | null => {
    const entity = entityAt(this.graph, id);
    return entity?.kind === "ADVICE" ? entity.answer : null;
  };

  /**
   * The first of SELF_CARE_ADVICE_IDS with an ABOUT edge to the condition `id`, or null
   * (triage's home care for a condition). Bounded by the edges into one node.
   */
  private readonly selfCare = (id: string): string | null =>
    this.firstAbout(SELF_CARE_ADVICE_IDS, id);

  /**
   * The first of SEE_DOCTOR_ADVICE_IDS with an ABOUT edge to the entity `id`, or null
   * (triage's doctor text for an article's complaint). Bounded by the edges into one node.
   */
  private readonly doctorCare = (id: string): string | null =>
    this.firstAbout(SEE_DOCTOR_ADVICE_IDS, id);

  /** The first of `ids` with an ABOUT edge to the entity `id`, or null. */
  private firstAbout(ids: readonly string[], id: string): string | null {
    const about = new Set(edgesAt(this.graph, id, "INCOMING", ["ABOUT"]).map((e) => e.other.id));
    return ids.find((a) => about.has(a)) ?? null;
  }
}
