import type { GraphDataProblem, ProblemCode } from "./GraphDataProblem.js";
import type { Entity, SourceDocument, SourceRef } from "./model.js";
import type { RawConcept } from "./rawTypes.js";
import type { ParsedFile } from "./readGraphFiles.js";
import {
  type FindingProfile,
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
  "bothSides",
  "reporting",
  "corrections",
  "siteDenials",
] as const;

/** Kinds a findings profile may describe: what a runner can report (a mechanism they see: "my knees cave in"). */
const PROFILE_KINDS: readonly Entity["kind"][] = ["SYMPTOM", "CAUSE", "CONDITION", "MECHANISM"];

/** The vocabulary and findings profiles merged from every file, with every problem found. */
export interface VocabularyResult {
  readonly vocabulary: Vocabulary;
  readonly findings: Map<string, FindingProfile>;
  readonly problems: GraphDataProblem[];
}

/**
 * Merges the vocabulary of every file and checks it with the findings profiles: ids
 * unique per list, `within` naming a site, `structure` a BODY_STRUCTURE, each profile
 * keyed by a symptom, cause or condition and naming only known sites, feelings, timings
 * and factors, and citing declared documents and sections. Returns every problem.
 */
export function validateVocabulary(
  files: readonly ParsedFile[],
  entities: ReadonlyMap<string, Entity>,
  documents: ReadonlyMap<string, SourceDocument>,
): VocabularyResult {
  const problems: GraphDataProblem[] = [];
  const report = (
    file: ParsedFile,
    at: readonly (string | number)[],
    entry: string | null,
    code: ProblemCode,
    message: string,
    fix: string,
  ) =>
    problems.push({
      code,
      severity: "error",
      file: file.file,
      line: file.lineOf(at),
      entry,
      message,
      fix,
    });

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
        `use one of: ${[...siteIds].join(", ")}`,
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
        "name the id of a body structure, or remove the field",
      );
    }
  }

  const known = {
    sites: siteIds,
    feelings: new Set(lists.feelings.map((c) => c.id)),
    timings: new Set(lists.timings.map((c) => c.id)),
    factors: new Set(lists.factors.map((c) => c.id)),
  };
  const findings = new Map<string, FindingProfile>();
  // Without any vocabulary (its file did not parse), every term would be reported unknown.
  const noVocabulary = Object.values(known).every((set) => set.size === 0);
  for (const f of files) {
    for (const [id, raw] of f.findings) {
      const at = ["findings", id];
      const entity = entities.get(id);
      if (entity === undefined || !PROFILE_KINDS.includes(entity.kind)) {
        report(
          f,
          at,
          id,
          "UNKNOWN_NODE",
          `findings are keyed by "${id}", which is not a symptom, cause, condition or mechanism`,
          "key the profile by the id of a SYMPTOM, CAUSE, CONDITION or MECHANISM node",
        );
        continue;
      }
      if (findings.has(id)) {
        report(
          f,
          at,
          id,
          "DUPLICATE_ID",
          `findings for "${id}" are given twice`,
          "merge the two profiles",
        );
        continue;
      }
      for (const key of [
        "sites",
        "notSites",
        "feelings",
        "timings",
        "with",
        "factors",
        "unless",
      ] as const) {
        const terms =
          key === "unless"
            ? known.factors
            : key === "notSites"
              ? known.sites
              : key === "with"
                ? known.timings
                : known[key];
        (raw[key] ?? []).forEach((term, i) => {
          if (!noVocabulary && !terms.has(term)) {
            report(
              f,
              [...at, key, i],
              id,
              "UNKNOWN_TERM",
              `${key} names "${term}", which the vocabulary does not define`,
              `use one of: ${[...terms].join(", ") || "(none defined)"}`,
            );
          }
        });
      }
      checkSources(raw.sources, documents, (i, message, fix) =>
        report(
          f,
          [...at, "sources", i],
          id,
          message.startsWith("cites document") ? "UNKNOWN_DOCUMENT" : "UNKNOWN_SECTION",
          message,
          fix,
        ),
      );
      findings.set(id, {
        entity: id,
        sites: raw.sites ?? [],
        notSites: raw.notSites ?? [],
        with: raw.with ?? [],
        feelings: raw.feelings ?? [],
        timings: raw.timings ?? [],
        factors: raw.factors ?? [],
        unless: raw.unless ?? [],
        anyOf: raw.anyOf ?? false,
        enough: raw.enough ?? [],
        indicators: (raw.indicators ?? []).map((x) => ({
          measure: x.measure,
          above: x.above,
          confidence: x.confidence ?? 0.95,
        })),
        general: raw.general ?? false,
        unplaced: raw.unplaced ?? false,
        sources: raw.sources,
        origin: { file: f.file, line: f.lineOf(at) },
      });
    }
  }

  return {
    vocabulary: {
      sites,
      ...lists,
      ...words,
      sides,
      numbers,
      quantities,
    },
    findings,
    problems,
  };
}

function checkSources(
  refs: readonly SourceRef[],
  documents: ReadonlyMap<string, SourceDocument>,
  report: (index: number, message: string, fix: string) => void,
): void {
  refs.forEach((ref, i) => {
    const doc = documents.get(ref.doc);
    if (doc === undefined) {
      report(
        i,
        `cites document "${ref.doc}", which is not declared`,
        `use one of: ${[...documents.keys()].join(", ")}`,
      );
    } else if (!doc.sections.includes(ref.section)) {
      report(
        i,
        `cites section "${ref.section}", which document "${doc.id}" does not list`,
        `use one of its sections: ${doc.sections.join(" | ")}`,
      );
    }
  });
}
