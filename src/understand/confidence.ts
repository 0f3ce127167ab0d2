import { CONFIDENCE_TABLE } from "./confidenceTable.js";

/*
 * A finding carries two figures. Its weight (EVIDENCE_WEIGHT) is how strongly the trace
 * counts it: a modelling choice, fixed. Its confidence is measured: a one-sided 95% lower
 * bound (Wilson) of the share of matches made the same way (its bucket, {@link bucketOf})
 * that were right on the five held-out sets of labelled complaints
 * (tests/understand/heldout*.yaml, written blind), pooled, allowing for sampling and for
 * how much such shares swing from one writer's set to the next: a figure a new writer's set
 * should keep 19 times in 20, at every level, so that of matches at 0.9 or more at least 95%
 * are right (the contract). The figures are in confidenceTable.ts, written by
 * `npx tsx scripts/fitConfidence.ts --write` (scripts/confidenceFit.ts fits them and checks
 * each fit on the set it left out): refit after any change of the reader or graph-data. The
 * tuned set (complaints.yaml) is never fitted on. Measured 2026-12-02 (reader round 10c):
 * 99.5% of 221 matches at 0.9 or more right, in and out of sample; only a symptom resting on
 * two or more things said reaches 0.9 (0.96).
 */

/** The ways a finding is matched, each with its own weight. */
export type MatchWay = "named" | "factor" | "specific" | "general" | "siteless";

/** What may lower a match's weight below its way's figure. */
export interface MatchDoubts {
  /** The site was named earlier, not in the same clause. */
  readonly carriedSite?: boolean;
  /** A word was read through a typo. */
  readonly typo?: boolean;
  /** The runner only asks about or fears it ("is it plantar fasciitis?"). */
  readonly hedged?: boolean;
}

/** How a match was made, as far as its own words tell: what its confidence is looked up by. */
export interface MatchBasis extends MatchDoubts {
  readonly way: MatchWay;
  /** A cause read from a quantity past its threshold ("from 20 to 35 miles a week"). */
  readonly quantity?: boolean;
  /** How many feeling and timing mentions a symptom rests on ("stabbing" + "mornings": 2). */
  readonly mentions?: number;
  /** The site matched is one the symptom's profile lists itself, not only within one. */
  readonly exactSite?: boolean;
  /** Its feeling was said in the clause before ("my heel hurts. worse in the morning"). */
  readonly carriedFeeling?: boolean;
  /** The most it may be reported with, from graph-data (an indicator's own confidence). */
  readonly ceiling?: number;
}

/** How a finding was matched, with what its clause tells. */
export interface FindingBasis extends MatchBasis {
  /** Matches in its clause, itself included ("heel numb and swollen": 2). */
  readonly clauseMatches: number;
}

/**
 * How strongly the trace counts a finding as evidence, by way: the figures the condition
 * model, the root-cause ranking and the interview were built and tested with (named 0.97,
 * factor 0.95, specific 0.95, general 0.92, siteless 0.93, less 0.05 for a carried site,
 * 0.08 for a typo, 0.27 for a question). Kept apart from the confidence on purpose: a
 * finding's evidential weight is a modelling choice, its confidence a measured share, and
 * refitting the confidence changes no trace.
 */
export const EVIDENCE_WEIGHT = {
  named: 0.97,
  factor: 0.95,
  specific: 0.95,
  general: 0.92,
  siteless: 0.93,
  carriedSite: 0.05,
  typo: 0.08,
  hedged: 0.27,
} as const;

/** A match's evidential weight and how it was made (its confidence is looked up later). */
export interface MatchStrength {
  readonly weight: number;
  readonly basis: MatchBasis;
}

/** The weight of a match made `way`, lowered by each of its doubts, and its basis. */
export function strengthOf(way: MatchWay, doubts: Omit<MatchBasis, "way"> = {}): MatchStrength {
  const w = EVIDENCE_WEIGHT;
  return {
    weight:
      w[way] -
      (doubts.carriedSite === true ? w.carriedSite : 0) -
      (doubts.typo === true ? w.typo : 0) -
      (doubts.hedged === true ? w.hedged : 0),
    basis: matchBasis({ way, ...doubts }),
  };
}

/**
 * `basis` as an object of the one shape every basis has, match's and finding's alike: every
 * field of {@link FindingBasis} in one order, those not set undefined (so its JSON is as
 * before; a match's own basis has no `clauseMatches` yet). Each way of matching wrote its
 * own fields, so bases were of half a dozen shapes, read by every finding's confidence
 * look-up, and V8 dropped code whenever a rare one came by (see clauseShape).
 */
function shapedBasis<C extends number | undefined>(
  basis: MatchBasis,
  hedged: boolean | undefined,
  clauseMatches: C,
): MatchBasis & { readonly clauseMatches: C } {
  // Every field named: one added to MatchBasis and left out here is a type error.
  const shaped: { [K in keyof Required<MatchBasis>]: MatchBasis[K] } & {
    readonly clauseMatches: C;
  } = {
    way: basis.way,
    carriedSite: basis.carriedSite,
    typo: basis.typo,
    hedged,
    quantity: basis.quantity,
    mentions: basis.mentions,
    exactSite: basis.exactSite,
    carriedFeeling: basis.carriedFeeling,
    ceiling: basis.ceiling,
    clauseMatches,
  };
  return shaped;
}

/** A match's basis, of the one shape (see {@link shapedBasis}). */
function matchBasis(basis: MatchBasis): MatchBasis {
  return shapedBasis(basis, basis.hedged, undefined);
}

/**
 * A finding's basis, of the one shape (see {@link shapedBasis}): its match's, hedged when
 * `asked` ("what causes heel pain"), in a clause of `clauseMatches` matches.
 */
export function findingBasis(
  basis: MatchBasis,
  clauseMatches: number,
  asked: boolean,
): FindingBasis {
  return shapedBasis(basis, asked ? true : basis.hedged, clauseMatches);
}

/**
 * The strength of a cause read from a quantity past an indicator's threshold ("25 to 40
 * miles a week"): the indicator's own figure (graph-data, default 0.95, as plain as a
 * reported factor) as the weight and as the most its confidence may be.
 */
export function quantityStrength(indicator: number): MatchStrength {
  return {
    weight: indicator,
    basis: matchBasis({ way: "factor", quantity: true, ceiling: indicator }),
  };
}

/**
 * The bucket a finding's confidence is looked up in, from the broadest to the finest: its
 * way, then what separated right from wrong matches of that way on the held-out sets
 * (scripts/fitConfidence.ts measures each feature): a name asked about or reported, and
 * alone in its clause or not; a factor or a symptom needing no site alone in its clause or
 * not; a specific symptom resting on two or more mentions or on one, and then on one
 * "clean" (its site named in its clause and listed by the symptom, alone in its clause, no
 * typo, its feeling not carried) or not; a site's general symptom by which one it is. What is
 * felt only asked about as a subject ("what causes heel pain") is a name asked about.
 */
export function bucketOf(basis: FindingBasis, entityId: string): readonly string[] {
  const alone = basis.clauseMatches <= 1 ? "alone" : "shared";
  if (basis.quantity === true) return ["quantity"];
  // A name, or what is felt, only asked about ("is it plantar fasciitis?", "what causes heel
  // pain"): a question, not a report.
  if (basis.hedged === true) return ["named", "asked", alone];
  switch (basis.way) {
    case "named":
      return ["named", "reported", alone];
    case "factor":
    case "siteless":
      return [basis.way, alone];
    case "general":
      return ["general", entityId];
    case "specific": {
      if ((basis.mentions ?? 1) >= 2) return ["specific", "two or more mentions"];
      const clean =
        basis.carriedSite !== true &&
        basis.exactSite === true &&
        basis.clauseMatches <= 1 &&
        basis.carriedFeeling !== true &&
        basis.typo !== true;
      return ["specific", "one mention", clean ? "clean" : "doubtful"];
    }
  }
}

/** One bucket of a fitted confidence table: its matches on the sets fitted, and its figure. */
export interface BucketFigure {
  /** Matches in the bucket, and how many of them were right. */
  readonly matches: number;
  readonly right: number;
  /** The share right, shrunk toward the parent bucket's (see scripts/confidenceFit.ts). */
  readonly share: number;
  /** The share a new writer's set should keep 19 times in 20 (sampling and set swing). */
  readonly lowerBound: number;
  /** The figure reported: that lower bound rounded down (below 0.9 for a labelling convention). */
  readonly confidence: number;
}

/** Figures by bucket key ({@link bucketKey}); "" is all matches, the last fallback. */
export type ConfidenceTable = Readonly<Record<string, BucketFigure>>;

/** The key of a bucket path in a {@link ConfidenceTable}: its parts joined by "/". */
export function bucketKey(path: readonly string[]): string {
  return path.join("/");
}

/** A bucket of a {@link ConfidenceTable} as a tree node: its figure (none for a bucket the table lacks) and finer buckets by part. */
interface BucketNode {
  readonly figure: number | undefined;
  readonly finer: Map<string, BucketNode>;
}

/**
 * `table` as a tree of buckets by part (a key's parts split at "/"), so that a lookup walks
 * the parts bucketOf gives without joining a key per prefix and looking each up by name.
 */
function bucketTree(table: ConfidenceTable): BucketNode {
  const root: BucketNode = { figure: table[""]?.confidence, finer: new Map() };
  for (const key of Object.keys(table)) {
    if (key === "") continue;
    const parts = key.split("/");
    let at = root;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] as string;
      let next = at.finer.get(part);
      if (next === undefined) {
        next = { figure: table[bucketKey(parts.slice(0, i + 1))]?.confidence, finer: new Map() };
        at.finer.set(part, next);
      }
      at = next;
    }
  }
  return root;
}

/** The fitted table as a tree, built once: the reader asks for a confidence per finding. */
const FITTED_TREE = bucketTree(CONFIDENCE_TABLE);

/**
 * The confidence of a finding matched on `basis`: the figure of its finest bucket the
 * table has (a bucket never seen falls back to its parent, then to all matches), at most
 * the basis's ceiling. `table` defaults to the fitted {@link CONFIDENCE_TABLE}, looked up in
 * its tree (the same figures: tests/understand/confidence.test.ts compares every bucket);
 * the fitting script passes its own to score a fit on the set it left out, looked up by key.
 */
export function confidenceOf(
  basis: FindingBasis,
  entityId: string,
  table: ConfidenceTable = CONFIDENCE_TABLE,
): number {
  const path = bucketOf(basis, entityId);
  const figure = table === CONFIDENCE_TABLE ? treeFigure(path) : keyFigure(path, table);
  return Math.min(figure ?? keyFigure(path, table), basis.ceiling ?? 1);
}

/**
 * The finest figure of `path` in the fitted tree; null when a part holds "/" or is empty
 * (its key would not split back into it: the lookup by key answers then).
 */
function treeFigure(path: readonly string[]): number | null {
  let at = FITTED_TREE;
  let figure = at.figure ?? 0;
  for (const part of path) {
    if (part === "" || part.includes("/")) return null;
    const next = at.finer.get(part);
    if (next?.figure === undefined) break;
    figure = next.figure;
    at = next;
  }
  return figure;
}

/** The finest figure of `path` in `table`, looked up by each prefix's key. */
function keyFigure(path: readonly string[], table: ConfidenceTable): number {
  // From the broadest bucket down, keeping the finest found. Keys are bucketKey's: parts
  // joined by "/".
  let figure = table[""]?.confidence ?? 0;
  let key = "";
  for (const part of path) {
    key = key === "" ? part : `${key}/${part}`;
    const found = table[key];
    if (found === undefined) break;
    figure = found.confidence;
  }
  return figure;
}
