import type { Entity, EntityKind, KnowledgeGraph } from "../graph/index.js";
import { entityAt } from "../graph/index.js";
import type {
  ComplaintReader,
  Finding,
  ReadContext,
  Understanding,
  Whose,
} from "../understand/index.js";
import { askedAbout } from "./askedAbout.js";
import { isWarningSign } from "./isWarningSign.js";
import { matchAs } from "./matchAs.js";
import type { SignFeelings } from "./SignFeelings.js";
import type { TraceMatch, UnplacedFinding, WorkMeter } from "./types.js";
import type { UnplacedSigns } from "./UnplacedSigns.js";

/** Kinds an input may match: what a runner can report. */
export const EVIDENCE_KINDS: readonly EntityKind[] = ["SYMPTOM", "CAUSE", "CONDITION"];

/** What the first input is read in: no site, side or feeling said before it. */
const NO_CONTEXT: ReadContext = { site: null, side: null, felt: new Set() };

/** Kinds an input may name by id: the evidence kinds and mechanisms. */
const ID_KINDS: readonly EntityKind[] = [...EVIDENCE_KINDS, "MECHANISM"];

/** What the inputs of a trace were read as. */
export interface MatchedInputs {
  /**
   * What was reported, in input order; each entity once, with its first input (the
   * runner's own report of it when there is one).
   */
  readonly matched: TraceMatch[];
  /** What the runner denies ("no numbness"), each once; never one the runner also reports. */
  readonly absent: Entity[];
  /**
   * Whose body the report is about: SOMEONE_ELSE when every input read is only about
   * another person (their findings then stand for the body described), else RUNNER.
   */
  readonly about: Whose;
  /** Inputs in which nothing was understood. */
  readonly unmatched: string[];
  /**
   * Ids of conditions only asked about ("is it plantar fasciitis?", "what causes runner's
   * ankle"; see {@link askedAbout}), never also reported: ranked, but no complaint.
   */
  readonly asked: ReadonlySet<string>;
  /**
   * What was reported that the articles place nowhere it was said (a feeling at a site no
   * symptom reads it at), in input order, of the body the report is about only (`about`:
   * another person's beside the runner's report is left out, as the reader leaves it out
   * within one text); empty when read without {@link UnplacedSigns}.
   */
  readonly unplaced: UnplacedFinding[];
  /**
   * The matches of the whole leg's warning signs said in the words another sign of the same
   * list was read from (see SignFeelings.saidWith): reasons for triage, not asked again, but
   * no evidence of their own for the ranking (where they were said is the other sign's place).
   */
  readonly saidWith: ReadonlySet<TraceMatch>;
}

/**
 * Reads each input: an exact id of a symptom, cause, condition or mechanism, or free text
 * read by the complaint reader (src/understand), the inputs in order as parts of one
 * report, so a site named in one carries to the next ("my heel hurts", "worse in the
 * morning"). Reported findings become matches that say which words matched and whose body
 * they are about; denied ones become absent evidence. An input with no finding matching
 * an entity is unmatched, never guessed. A condition read from generic pain keeps the
 * symptom it counts as (see TraceMatch.countsAs); denied, that symptom is what is absent;
 * named later as surely, or given by id, the condition itself replaces the reading; its
 * name denied in any input ("not runner's ankle"), the reading is that symptom, as within
 * one input. With `signs`, a feeling read at a site no symptom reads it at is kept as
 * unplaced (see UnplacedSigns), so the answer still says it.
 */
export function matchInputs(
  graph: KnowledgeGraph,
  reader: ComplaintReader,
  inputs: readonly string[],
  meter?: WorkMeter,
  signs?: UnplacedSigns,
  feelings?: SignFeelings,
): MatchedInputs {
  const matched: TraceMatch[] = [];
  const unplaced: UnplacedFinding[] = [];
  const denied = new Map<string, Entity>();
  /** Conditions denied by name, as "whose id" ("not runner's ankle"). */
  const deniedNames = new Set<string>();
  const unmatched: string[] = [];
  const saidWith = new Set<TraceMatch>();
  /** Conditions asked about, and those reported too (said), by id. */
  const askedIds = new Set<string>();
  const said = new Set<string>();
  /** Where each entity reported so far is in `matched`. */
  const seen = new Map<string, number>();
  /** Entities whose match in `matched` is of a condition only asked about, by id. */
  const onlyAsked = new Set<string>();
  // A condition only asked about gives way to the same condition reported, in either order
  // ("what causes runner's ankle?", "my ankle hurts": the pain, not the name, is the report).
  const add = (m: TraceMatch, asked = false) => {
    const at = seen.get(m.entity.id);
    if (at === undefined) {
      seen.set(m.entity.id, matched.length);
      matched.push(m);
      if (asked) onlyAsked.add(m.entity.id);
    } else if (onlyAsked.has(m.entity.id) ? !asked : replaces(m, matched[at] as TraceMatch)) {
      matched[at] = m;
      if (!asked) onlyAsked.delete(m.entity.id);
    }
  };
  /** `s` said in the words `match` was read from: a reason for triage, not asked or ranked. */
  const alsoSaid = (match: TraceMatch, s: Entity) => {
    const also = matchAs(match, s);
    saidWith.add(also);
    add(also);
  };
  let about: Whose | null = null;
  let context: ReadContext = NO_CONTEXT;
  /** Whose body the last input that read anything was about: carried like its site. */
  let lastWhose: Whose | null = null;
  for (const input of inputs) {
    const id = input.trim();
    const entity = entityAt(graph, id);
    if (entity !== null && ID_KINDS.includes(entity.kind)) {
      add(idMatch(input, entity));
      said.add(entity.id);
      about = "RUNNER";
      lastWhose = "RUNNER";
      continue;
    }
    meter?.("search", 1);
    let read = reader.read(input, context);
    if (read.about === "SOMEONE_ELSE" && about === "RUNNER" && context !== NO_CONTEXT) {
      // Another person's report does not take the runner's site, side or feeling from an
      // earlier input ("my ankle hurts", "my sister is limping"): read it on its own.
      meter?.("search", 1);
      read = reader.read(input, NO_CONTEXT);
    }
    context = {
      site: read.lastSite,
      side: read.lastSide,
      felt: read.lastFelt,
      timed: read.lastTimed,
    };
    // An input that names nobody after another person's ("my wife's heel hurts", "it is
    // numb") goes on about them, as a next clause naming no one does within one text.
    if (lastWhose === "SOMEONE_ELSE" && read.about === "RUNNER" && !read.namesRunner)
      read = theirs(read);
    const before = unplaced.length;
    if (signs !== undefined)
      for (const f of read.findings) {
        const u = f.entity === null ? signs.of(f, input) : null;
        if (u !== null) unplaced.push(u);
      }
    const found = read.findings.filter((f) => f.entity !== null);
    if (found.length === 0) unmatched.push(input);
    // An input read of nothing says nothing of whose body ("what should she do?"); one of a
    // feeling the articles place nowhere it was said ("my wife's ankle is numb") does.
    if (found.length > 0 || unplaced.length > before) {
      lastWhose = read.about;
      if (about !== "RUNNER") about = read.about;
    }
    for (const f of found) {
      const e = f.entity as Entity;
      if (!f.present) {
        // "no swelling" denies no red or warm heel: the sign joining them is not denied.
        if (feelings?.partlyDenied(e, f.feelings) === true) continue;
        // Generic pain denied is that pain denied, as it would be weighed reported.
        const d = f.countsAs ?? e;
        denied.set(d.id, d);
        if (f.countsAs === null) deniedNames.add(`${f.whose} ${e.id}`);
        continue;
      }
      const asked = askedAbout(f);
      // Generic pain only asked about ("what causes ankle pain") is weighed as that pain.
      for (const x of [e, f.countsAs]) if (x !== null) (asked ? askedIds : said).add(x.id);
      const match: TraceMatch = {
        input,
        entity: e,
        method: "TEXT",
        confidence: f.confidence ?? 0,
        weight: f.weight ?? 0,
        words: { text: f.text, start: f.start, end: f.end },
        whose: f.whose,
        countsAs: f.countsAs,
      };
      add(match, asked);
      // "I'm limping because of my ankle": the limp is the ankle's own sign, read in the same
      // words; the whole leg's limp is kept for triage but ranks nothing of another part.
      if (feelings?.isWholeLeg(e) === true && f.site === null && overlapsSign(f, found))
        saidWith.add(match);
      // "can't put weight on my heel": not bearing weight was said too, in the same words.
      // "my ankle suddenly hurt and swelled up": the swelling was said, as part of the sign.
      if (!asked && feelings !== undefined) {
        for (const s of feelings.saidWith(e, f.feelings)) alsoSaid(match, s);
        for (const s of feelings.takenIn(e)) alsoSaid(match, s);
      }
    }
  }
  // A condition read from generic pain whose name the same person denies in another input
  // ("my ankle hurts", "not runner's ankle") is that pain, as within one input.
  if (deniedNames.size > 0) {
    const as = (m: TraceMatch) =>
      m.countsAs !== null && deniedNames.has(`${m.whose} ${m.entity.id}`) ? m.countsAs : null;
    // Once each: the pain may have been matched as itself too.
    const ids = new Set(matched.map((m) => m.entity.id));
    const tidied = matched.flatMap((m) => {
      const pain = as(m);
      if (pain === null) return [m];
      if (ids.has(pain.id)) return [];
      ids.add(pain.id);
      return [matchAs(m, pain)];
    });
    matched.splice(0, matched.length, ...tidied);
  }
  // Never absent what the runner reports, as itself or as the pain a reading counts as.
  const reported = new Set<string>();
  for (const m of matched)
    if (m.whose === "RUNNER") for (const e of [m.entity, m.countsAs]) if (e) reported.add(e.id);
  const absent = [...denied.values()].filter((e) => !reported.has(e.id));
  const whose = about ?? "RUNNER";
  // Beside the runner's report another person's findings count only as warning signs, as
  // within one text (the reader's rule), whichever input each came in.
  const kept =
    whose === "RUNNER"
      ? matched.filter((m) => m.whose === "RUNNER" || isWarningSign(m.entity))
      : matched;
  const asked = new Set([...askedIds].filter((id) => !said.has(id)));
  // Only the body the answer is about: another person's unplaced feeling beside the runner's
  // report is no warning sign, so it is left out, as within one text (the reader's rule).
  const own = unplaced.every((u) => u.whose === whose)
    ? unplaced
    : unplaced.filter((u) => u.whose === whose);
  return { matched: kept, absent, unmatched, about: whose, asked, unplaced: own, saidWith };
}

/** `read` as another person's: every finding and the reading about them. */
function theirs(read: Understanding): Understanding {
  return {
    ...read,
    about: "SOMEONE_ELSE",
    findings: read.findings.map((f) =>
      f.whose === "RUNNER" ? { ...f, whose: "SOMEONE_ELSE" } : f,
    ),
  };
}

/**
 * Whether `m` takes the place of `old`, a match of the same entity: the runner's own report
 * of a sign another person has too is what counts; a condition named (or given by id) at
 * least as surely wins over the same read from generic pain: surely by its weight, not its
 * confidence, so refitting the confidence changes no trace.
 */
function replaces(m: TraceMatch, old: TraceMatch): boolean {
  if (m.whose !== old.whose) return m.whose === "RUNNER";
  return old.countsAs !== null && m.countsAs === null && m.weight >= old.weight;
}

/** The match of an input that is an entity's id: the runner's, certain, weighed as itself. */
export function idMatch(input: string, entity: Entity): TraceMatch {
  return {
    input,
    entity,
    method: "ID",
    confidence: 1,
    weight: 1,
    words: null,
    whose: "RUNNER",
    countsAs: null,
  };
}

/**
 * Whether another present finding of a sign shares words with `f` ("limping" read as the
 * ankle's own sign, ankle-too-painful-to-walk, and as the whole leg's limp). A site's general
 * pain is no such sign ("can't put weight on my heel": the heel hurts, and the leg's sign
 * still ranks). One look per finding of the input.
 */
function overlapsSign(f: Finding, found: readonly Finding[]): boolean {
  return found.some(
    (g) =>
      g !== f &&
      g.present &&
      g.entity?.kind === "SYMPTOM" &&
      g.basis?.way !== "general" &&
      g.entity.id !== f.entity?.id &&
      g.start < f.end &&
      f.start < g.end,
  );
}
