import type { Entity } from "../graph/index.js";
import { complaintElsewhere } from "./complaintElsewhere.js";
import { leadingConditions } from "./leadingConditions.js";
import { firstFound, picked, withSigns } from "./reasonLists.js";
import { forThem, runnerReports, theirUrgentAdvice } from "./theirSigns.js";
import { sharesWords, triageGrounds, unplacedGrounds } from "./triageGrounds.js";
import type { ConditionMatch, TraceMatch, Triage, TriageGround, UnplacedFinding } from "./types.js";
import type { WarningSignRules } from "./WarningSignRules.js";

/**
 * Ids of the advice entries whose answers give each level's advice, unless a reported
 * warning sign's list names its own (see {@link triage}). When graph-data lacks one, a
 * neutral sentence without medical content stands in.
 */
export const TRIAGE_ADVICE_IDS = {
  URGENT: "see-a-doctor-right-away",
  SEE_DOCTOR: "when-to-see-a-doctor",
  SELF_CARE: "self-care-first",
  /** Says nothing medical, so it needs no advice entry: the sentence below stands. */
  UNKNOWN: null,
} as const;

/**
 * Ids of the advice entries that give SELF_CARE's advice for one article's complaints, in
 * order of precedence: the first of them ABOUT the best-ranked leading condition the
 * runner's report supports gives the advice (the heel article's home care for plantar
 * fasciitis, not the ankle's or the Achilles'), so a heel complaint hears what the heel
 * article says. With none ABOUT any such condition, {@link TRIAGE_ADVICE_IDS}.SELF_CARE's.
 */
export const SELF_CARE_ADVICE_IDS = [
  "self-care-heel",
  "self-care-achilles",
  "self-care-ankle",
  "self-care-hips",
] as const;

/**
 * Ids of the advice entries whose answers give SEE_DOCTOR's advice for one article's
 * complaints, in order of precedence, chosen as {@link SELF_CARE_ADVICE_IDS} are (the best-
 * ranked supported condition's, then the first doctor reason's): an ankle sent to a doctor
 * hears where the ankle article points past home care, not the heel's and Achilles' weeks
 * of home care. With none ABOUT any, {@link TRIAGE_ADVICE_IDS}.SEE_DOCTOR's.
 */
export const SEE_DOCTOR_ADVICE_IDS = ["see-a-doctor-ankle"] as const;

const FALLBACK_ADVICE = {
  UNKNOWN:
    "We could not place this: rephrase it in your own words (where it hurts, what it feels " +
    "like, when), and see a doctor if it is severe.",
  URGENT: "A warning sign was reported: see a doctor right away.",
  SEE_DOCTOR: "See a doctor or physical therapist about this.",
  SELF_CARE: "Start with rest and home care, and see a doctor if it does not improve.",
} as const;

/** No condition asked about. */
const NONE_ASKED: ReadonlySet<string> = new Set();

/** Nothing reported that the articles place nowhere. */
const NONE_UNPLACED: readonly UnplacedFinding[] = [];

/** What else triage reads beside the matches (each default: none). */
export interface TriageExtras {
  /**
   * Ids of conditions only asked about: a report of nothing else is no complaint, so
   * UNKNOWN, though they are still ranked; beside a complaint, one the articles send to a
   * doctor keeps the level at SEE_DOCTOR as asked about, never as evidence.
   */
  readonly asked?: ReadonlySet<string>;
  /**
   * What was reported that the articles place nowhere it was said: one whose feelings are an
   * urgent sign elsewhere (a numb ankle) makes the level SEE_DOCTOR at least beside anything
   * else understood; alone it leaves the answer UNKNOWN (nothing placed).
   */
  readonly unplaced?: readonly UnplacedFinding[];
  /**
   * The id of the advice entry that gives SELF_CARE's advice for a condition, or null (see
   * {@link SELF_CARE_ADVICE_IDS}). Default: none, so SELF_CARE always gives
   * {@link TRIAGE_ADVICE_IDS}.SELF_CARE's.
   */
  readonly selfCare?: (conditionId: string) => string | null;
  /**
   * The id of the advice entry that gives SEE_DOCTOR's advice for a condition or symptom,
   * or null (see {@link SEE_DOCTOR_ADVICE_IDS}). Default: none, so SEE_DOCTOR gives a
   * warning-sign list's advice or {@link TRIAGE_ADVICE_IDS}.SEE_DOCTOR's.
   */
  readonly doctorCare?: (id: string) => string | null;
}

/** No condition has self-care (or doctor) advice of its own. */
const NO_SELF_CARE = (): null => null;

/**
 * URGENT when a matched warning sign is on an urgent list where the runner reported it
 * (the heel article's see-a-doctor-right-away list, for the heel; see
 * {@link WarningSignRules}), or is a red flag on no list (red flags always win; a denied
 * sign is not reported, so it never raises triage); UNKNOWN when nothing reported was
 * understood, or only causes beside a complaint placed nowhere (never SELF_CARE); SEE_DOCTOR when a leading condition supported by a
 * reported symptom or condition is one the articles send to a doctor, or a matched symptom
 * says so (pain that has not eased), or, beside a complaint, the runner asks about a
 * condition the articles send to a doctor ("is it an Achilles rupture? my heel hurts": no
 * evidence of it, and the interview cannot rule it out, so a doctor's view; its ground says
 * it was asked about), or a feeling that is an urgent sign elsewhere was reported where the
 * articles say nothing of it, beside anything else understood (a numb ankle with heel pain:
 * see {@link TriageExtras}.unplaced); SELF_CARE otherwise. At SEE_DOCTOR the advice is the
 * doctor text of the best-ranked supported condition's article, else of the first reason
 * ({@link SEE_DOCTOR_ADVICE_IDS}: the ankle's, where its article points past home care).
 * Otherwise the advice is the governing list's own (the ankle article's "stop running and
 * rest") when a warning sign was reported, else (SELF_CARE) the home care of the
 * best-ranked supported condition's article ({@link SELF_CARE_ADVICE_IDS}), else the
 * level's; below URGENT, the runner's signs that
 * advice rests on follow the level's reasons (SELF_CARE's only reasons), each grounded in
 * its words, so the answer says why it advises stopping.
 * @param fits the conditions ranked by support alone (rankConditions); their leading ones
 *   count as leading too, so ranking by probability never lowers the level.
 * @param own the matches of the body the answer is about (default: all of `matched`):
 *   another person's warning sign beside the runner's report raises triage to URGENT (each
 *   body's signs placed by its own report), but only the runner's own symptoms send them
 *   to a doctor, give a list's advice, or keep the answer from UNKNOWN.
 * @param answers the runner's answers by id (default none): each reason's grounds (the
 *   words it rests on, see {@link triageGrounds}) carry the answer given to it.
 * @param extras the conditions only asked about and what the articles place nowhere (see
 *   {@link TriageExtras}).
 */
export function triage(
  matched: readonly TraceMatch[],
  conditions: readonly ConditionMatch[],
  advice: (id: string) => string | null,
  rules: WarningSignRules,
  fits: readonly ConditionMatch[] = [],
  own: readonly TraceMatch[] = matched,
  answers: ReadonlyMap<string, boolean> = new Map(),
  {
    asked = NONE_ASKED,
    unplaced = NONE_UNPLACED,
    selfCare = NO_SELF_CARE,
    doctorCare = NO_SELF_CARE,
  }: TriageExtras = {},
): Triage {
  // Feelings the articles place only elsewhere, as a sign to see a doctor right away there.
  const raising = unplaced.length === 0 ? NONE_UNPLACED : unplaced.filter((u) => u.urgentElsewhere);
  // The whole answer is about another person: advice worded for the runner is said for them.
  const them = own.length > 0 && own.every((m) => m.whose !== "RUNNER") ? own[0] : undefined;
  const level = (
    name: Triage["level"],
    reasons: readonly Entity[],
    adviceText: ((id: string) => string | null) | string,
    adviceId?: string | null,
    before: readonly TriageGround[] = [],
  ) => {
    const t = leveled(
      name,
      reasons,
      adviceText,
      adviceId,
      [...before, ...triageGrounds(reasons, matched, answers, asked)],
      raising,
    );
    return them === undefined || name === "UNKNOWN" || typeof adviceText === "string"
      ? t
      : { ...t, advice: forThem(t.advice, them) };
  };
  // The advice for the runner's own complaint beside another person's urgent sign: what triage
  // says of the runner's report alone, or, with nothing of the runner's placed, what the
  // articles say of a feeling the runner reported that they place nowhere ("my wife's heel is
  // numb and my knee is swollen": have it looked at), the urgent-elsewhere one first.
  const runnersOwn = (): string | null => {
    if (own !== matched && own.length > 0)
      return triage(own, conditions, advice, rules, fits, own, answers, {
        asked,
        unplaced,
        selfCare,
        doctorCare,
      }).advice;
    const felt = unplaced.filter((u) => u.whose === "RUNNER");
    return (felt.find((u) => u.urgentElsewhere) ?? felt[0])?.explanation ?? null;
  };
  const symptoms = picked(own, (m) => (m.entity.kind === "SYMPTOM" ? m.entity : null));
  // Each body's signs are placed by that body's report: another person's sign with no place
  // of its own ("she can't put weight on her foot") is not read by the runner's ankle list.
  // ...and by the body part where a sign's own words were read when no symptom there names
  // them ("limping because of my heel": the heel's list governs the limp).
  const felt = unplaced.flatMap((u) =>
    u.place !== null && own.some((m) => sharesWords(m, u)) ? [u.place] : [],
  );
  const ownSigns = rules.govern(
    own.map((m) => m.entity),
    felt,
  );
  const others = own === matched ? [] : matched.filter((m) => m.whose !== "RUNNER");
  const signs = [...ownSigns, ...rules.govern(others.map((m) => m.entity))];
  const urgent = signs.filter((g) => g.list?.urgent ?? g.sign.redFlag);
  if (urgent.length > 0) {
    const reasons = urgent.map((g) => g.sign);
    // Red flags win whoever has them, but another person's are theirs to see a doctor
    // about: said so, and the runner's own complaint keeps its own advice.
    if (!urgent.some((g) => runnerReports(g.sign.id, matched))) {
      return level("URGENT", reasons, theirUrgentAdvice(urgent, matched, runnersOwn()));
    }
    return level("URGENT", reasons, advice, urgent[0]?.list?.advice);
  }
  // The list that gives the advice (the ankle article's "stop running and rest") and the
  // runner's signs it rests on: they are reasons at every level below URGENT, so the answer
  // says why it advises stopping.
  const adviceList = ownSigns.find((g) => g.list !== null)?.list;
  const listAdvice = adviceList?.advice;
  const adviceSigns = picked(ownSigns, (g) => (g.list === adviceList ? g.sign : null));
  // Nothing of the body the answer is about understood, or only conditions asked about
  // ("is it plantar fasciitis?") beside denials: no complaint, so say so, never SELF_CARE.
  // Said alone, a feeling the articles place only elsewhere leaves nothing placed: UNKNOWN,
  // its unplaced finding saying why (never SELF_CARE either way).
  if (own.every((m) => asked.has(m.entity.id))) return level("UNKNOWN", [], advice);
  // Only conditions the runner's own report points at (a symptom or the condition itself,
  // not a condition only asked about) send them to a doctor as evidence; one merely
  // reachable from a reported cause does not.
  const leading = [...leadingConditions(conditions), ...leadingConditions(fits)];
  const observed = [...new Map(leading.map((c) => [c.condition.id, c])).values()].filter((c) =>
    c.matchedSymptoms.some(
      (e) => (e.kind === "SYMPTOM" || e.kind === "CONDITION") && !asked.has(e.id),
    ),
  );
  // Beside a complaint, a condition asked about that the articles send to a doctor: no
  // evidence, but nothing the interview asks can rule it out, so a doctor's view.
  const feared =
    asked.size === 0
      ? []
      : own
          .map((m) => m.entity)
          .filter((e) => e.kind === "CONDITION" && e.seeDoctor && asked.has(e.id));
  const doctor: Entity[] = withSigns(
    [
      ...picked(observed, (c) => (c.condition.seeDoctor ? c.condition : null)),
      ...picked(symptoms, (s) => (s.seeDoctor ? s : null)),
    ],
    feared,
  );
  if (doctor.length > 0) {
    // The doctor text of the article of the best-ranked supported condition, else of the
    // first reason ("my ankle throbs at night": the ankle article's, not the heel's), before
    // the list's stop-and-rest: the level sends to a doctor, so its advice says why.
    const best = observed[0]?.condition;
    const ownDoctor =
      (best === undefined ? null : doctorCare(best.id)) ??
      firstFound(doctor, (e) => doctorCare(e.id));
    return level("SEE_DOCTOR", withSigns(doctor, adviceSigns), advice, ownDoctor ?? listAdvice);
  }
  // Only a feeling the articles place elsewhere: they say nothing of it here, so the advice
  // is the list's (if any), not the heel's when-to-see-a-doctor. No entity was reported there
  // to be a reason, so the advice begins with why (the first one's sentence, which says to
  // have it looked at; Triage.unplaced has them all): a client reading only level, reasons
  // and advice (the contract's Trace) still sees what the level rests on.
  // The body parts where they were felt are its reasons (a client reading only reasons sees
  // where), each grounded in the words, marked unplaced: no sign was reported there.
  if (raising.length > 0) {
    const why = (raising[0] as UnplacedFinding).explanation;
    const listText = listAdvice === undefined ? null : advice(listAdvice);
    const text = listText === null ? why : `${why} ${listText}`;
    const places = [
      ...new Map(raising.flatMap((u) => (u.place ? [[u.place.id, u.place]] : []))).values(),
    ];
    return level(
      "SEE_DOCTOR",
      withSigns(places, adviceSigns),
      text,
      undefined,
      unplacedGrounds(raising),
    );
  }
  // Only causes understood beside a complaint the articles place nowhere: say so.
  if (complaintElsewhere(own, unplaced, asked)) return level("UNKNOWN", [], advice);
  // Home care as the article of the best-ranked condition the report supports says it.
  const ownCare = firstFound(observed, (c) => selfCare(c.condition.id));
  return level("SELF_CARE", withSigns([], adviceSigns), advice, listAdvice ?? ownCare);
}

/**
 * The triage of `name` with its advice: `advice` itself when a string (worded by triage),
 * else the entry `adviceId` looked up in it, the level's entry, or the level's sentence.
 */
function leveled(
  name: Triage["level"],
  reasons: readonly Entity[],
  advice: ((id: string) => string | null) | string,
  adviceId: string | null | undefined,
  grounds: Triage["grounds"],
  unplaced: Triage["unplaced"],
): Triage {
  // Null: no advice entry fits, so the level's neutral sentence (undefined: the level's entry).
  const fallbackId = adviceId === null ? null : TRIAGE_ADVICE_IDS[name];
  const text = (id: string | null | undefined) =>
    id == null || typeof advice === "string" ? null : advice(id);
  return {
    level: name,
    reasons,
    advice:
      typeof advice === "string"
        ? advice
        : (text(adviceId) ?? text(fallbackId) ?? FALLBACK_ADVICE[name]),
    grounds,
    unplaced,
  };
}
