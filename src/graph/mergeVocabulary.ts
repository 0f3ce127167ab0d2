import type { Suggest } from "./didYouMean.js";
import { reportInto } from "./entryProblem.js";
import type { GraphDataProblem } from "./GraphDataProblem.js";
import type { Entity } from "./model.js";
import type { ParsedFile } from "./ParsedFile.js";
import type { RawConcept } from "./rawTypes.js";
import {
  type QuantityRule,
  SIDES,
  type Side,
  type Vocabulary,
  type VocabularyConcept,
  type VocabularySite,
} from "./vocabulary.js";

/** The vocabulary's plain word lists. */
const WORD_LISTS = [
  "negations",
  "scopeBreaks",
  "listWords",
  "fillers",
  "sideNouns",
  "others",
  "animals",
  "bothSides",
  "reporting",
  "siteParts",
  "partLeads",
  "products",
  "choices",
  "corrections",
  "clarifiers",
  "siteDenials",
  "thingDenials",
  "states",
  "pointers",
  "pastVerbs",
  "pastTimes",
  "pastLeads",
  "resolved",
  "unhappened",
  "resolvedToday",
  "resolvedAtEnd",
  "otherwise",
  "goingAway",
  "echoes",
  "partly",
  "degreeWords",
  "amountWords",
  "purposeLeads",
  "spans",
  "distances",
  "lumps",
  "growths",
  "firstWords",
  "beforeWords",
  "laterWords",
  "startWords",
  "startLinks",
  "movements",
  "sharedComparatives",
  "comparisons",
  "sequenceWords",
  "mindThings",
  "orderPhrases",
  "speakers",
  "logLabels",
  "trailingSides",
  "siteCauses",
  "overDenials",
  "spreading",
  "regained",
  "remaining",
  "ongoing",
  "owners",
  "firstPerson",
  "alsoMine",
  "sitesToo",
  "hedges",
  "topics",
  "having",
  "asides",
  "returning",
  "questionLeads",
  "questionVerbs",
  "questionSubjects",
  "likeness",
  "verbalNegations",
  "negationAdverbs",
  "answerWords",
  "shoesWanted",
  "shoesWorn",
  "standsFor",
  "onsets",
  "givesOut",
  "goesHow",
  "goesLeads",
  "bodyWords",
  "earlierTimes",
  "signThings",
  "becoming",
  "flushes",
  "selves",
  "runnerObjects",
  "siteLeads",
  "denialCarriers",
  "affirming",
  "runnerLeads",
  "runnerToo",
  "askedTimes",
  "audiences",
  "yearLeads",
  "conditionals",
  "questionOpeners",
  "questionAuxiliaries",
  "realWords",
  "ownedOnly",
] as const;

/**
 * The vocabulary of every file merged into one: sites, feelings, timings and factors with
 * ids unique per list, the word lists, sides, number words and quantity rules. Each
 * problem is pushed onto `problems`: an id given twice, a quantity pattern with no
 * readable value, a `within` naming no site, a `structure` naming no BODY_STRUCTURE (with
 * the closest names from `suggest`).
 */
export function mergeVocabulary(
  files: readonly ParsedFile[],
  entities: ReadonlyMap<string, Entity>,
  problems: GraphDataProblem[],
  suggest: Suggest,
): Vocabulary {
  const report = reportInto(problems);

  const sites: VocabularySite[] = [];
  const lists = { feelings: [], timings: [], factors: [] } as Record<
    "feelings" | "timings" | "factors",
    VocabularyConcept[]
  >;
  const words = Object.fromEntries(WORD_LISTS.map((k) => [k, [] as string[]])) as Record<
    (typeof WORD_LISTS)[number],
    string[]
  >;
  const sides: Record<Side, string[]> = { LEFT: [], RIGHT: [], BOTH: [] };
  const numbers = new Map<string, number>();
  const quantities: QuantityRule[] = [];

  for (const f of files) {
    const v = f.vocabulary;
    if (v === null) continue;
    const seen = (list: readonly { id: string }[], id: string) => list.some((c) => c.id === id);
    (v.sites ?? []).forEach((s, i) => {
      const origin = { file: f.file, line: f.lineOf(["vocabulary", "sites", i]) };
      if (seen(sites, s.id)) {
        report(
          f,
          ["vocabulary", "sites", i],
          s.id,
          "DUPLICATE_ID",
          `site "${s.id}" is defined twice`,
          "merge the two sites' words",
        );
        return;
      }
      sites.push({
        id: s.id,
        name: s.name,
        within: s.within ?? null,
        structure: s.structure ?? null,
        covered: s.covered ?? true,
        words: s.words,
        origin,
      });
    });
    for (const key of ["feelings", "timings", "factors"] as const) {
      (v[key] ?? []).forEach((c: RawConcept, i) => {
        const origin = { file: f.file, line: f.lineOf(["vocabulary", key, i]) };
        if (seen(lists[key], c.id)) {
          report(
            f,
            ["vocabulary", key, i],
            c.id,
            "DUPLICATE_ID",
            `${key} entry "${c.id}" is defined twice`,
            "merge the two entries' words",
          );
          return;
        }
        lists[key].push({
          id: c.id,
          name: c.name ?? c.id.replace(/-/g, " "),
          generic: c.generic ?? false,
          denies: c.denies ?? [],
          words: c.words,
          origin,
        });
      });
    }
    for (const key of WORD_LISTS) words[key].push(...(v[key] ?? []));
    for (const side of SIDES) sides[side].push(...(v.sides?.[side] ?? []));
    for (const [word, value] of Object.entries(v.numbers ?? {})) numbers.set(word, value);
    (v.quantities ?? []).forEach((q, i) => {
      quantities.push({
        measure: q.measure,
        patterns: q.patterns.map((p) => ({
          pattern: p.pattern,
          value: p.value ?? null,
          scale: p.scale ?? 1,
        })),
        context: q.context,
        lookBack: q.lookBack ?? [],
        against: q.against ?? [],
        origin: { file: f.file, line: f.lineOf(["vocabulary", "quantities", i]) },
      });
      q.patterns.forEach((p, j) => {
        const slots: string[] = p.pattern.match(/\{[a-z]+\}/g) ?? [];
        const bad = slots.filter((s) => !["{n}", "{a}", "{b}"].includes(s));
        const pair = slots.includes("{a}") === slots.includes("{b}");
        if (bad.length > 0 || !pair || (slots.length === 0 && p.value === undefined)) {
          report(
            f,
            ["vocabulary", "quantities", i, "patterns", j],
            q.measure,
            "SCHEMA",
            `pattern "${p.pattern}" has no readable value`,
            "use {n} for a number, {a} and {b} for a from-to pair, or give value: for a pattern without slots",
          );
        }
      });
    });
  }

  const siteIds = new Set(sites.map((s) => s.id));
  const siteById = new Map(sites.map((s) => [s.id, s]));
  for (const s of sites) {
    const file = files.find((f) => f.file === s.origin.file);
    if (file === undefined) continue;
    const index = (file.vocabulary?.sites ?? []).findIndex((r) => r.id === s.id);
    if (s.within !== null && !siteIds.has(s.within)) {
      report(
        file,
        ["vocabulary", "sites", index, "within"],
        s.id,
        "UNKNOWN_TERM",
        `within: "${s.within}" names no site`,
        `use one of: ${[...siteIds].join(", ")}${suggest(s.within, siteIds)}`,
      );
    }
    if (withinCycle(s.id, siteById)) {
      report(
        file,
        ["vocabulary", "sites", index, "within"],
        s.id,
        "CYCLE",
        `site "${s.id}" is within itself through its within: chain`,
        "make each site within a larger one, ending at a site with no within",
      );
    }
    const structure = s.structure === null ? undefined : entities.get(s.structure);
    if (s.structure !== null && structure?.kind !== "BODY_STRUCTURE") {
      report(
        file,
        ["vocabulary", "sites", index, "structure"],
        s.id,
        "UNKNOWN_NODE",
        `structure: "${s.structure}" is not a BODY_STRUCTURE node`,
        `name the id of a body structure, or remove the field${suggest(
          s.structure ?? "",
          [...entities.values()].filter((e) => e.kind === "BODY_STRUCTURE").map((e) => e.id),
        )}`,
      );
    }
  }

  return { sites, ...lists, ...words, sides, numbers, quantities };
}

/** Whether walking `within` up from site `id` comes back to it (at most one step per site). */
function withinCycle(
  id: string,
  byId: ReadonlyMap<string, { readonly within: string | null }>,
): boolean {
  let at = byId.get(id)?.within ?? null;
  for (let steps = 0; at !== null && steps < byId.size; steps++) {
    if (at === id) return true;
    at = byId.get(at)?.within ?? null;
  }
  return false;
}
