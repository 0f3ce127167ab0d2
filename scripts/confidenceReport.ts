import type { ConfidenceTable } from "../src/understand/index.js";
import { countByBucket, reliability, type Scored, type ScoredMatch } from "./confidenceFit.js";

/**
 * The printed parts of a confidence fit (scripts/fitConfidence.ts): how each feature
 * separates right from wrong matches, the fitted buckets, reliability tables, and the
 * table rendered as the TypeScript module the reader imports.
 */

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const pad = (s: string | number, n: number) => String(s).padStart(n);

/** Features measured on every match: what may separate right from wrong ones. */
export const FEATURES: Readonly<Record<string, (m: ScoredMatch) => string>> = {
  "way (quantity apart)": (m) => (m.basis.quantity === true ? "quantity" : m.basis.way),
  "entity kind": (m) => m.kind + (m.redFlag ? " (warning sign)" : ""),
  "reported or denied": (m) => (m.present ? "reported" : "denied"),
  "mentions it rests on": (m) => ((m.basis.mentions ?? 1) >= 2 ? "2+" : "1"),
  "site listed by the symptom": (m) => (m.basis.exactSite === true ? "exact" : "within/none"),
  "site said or carried": (m) => (m.basis.carriedSite === true ? "carried" : "said/none"),
  "feeling carried": (m) => (m.basis.carriedFeeling === true ? "carried" : "said"),
  "typo-read": (m) => (m.basis.typo === true ? "typo" : "no"),
  "name asked about": (m) => (m.basis.hedged === true ? "asked" : "no"),
  "matches in its clause": (m) =>
    m.basis.clauseMatches >= 3 ? "3+" : String(m.basis.clauseMatches),
  "whose body": (m) => m.whose,
  "complaint words": (m) =>
    m.complaintWords < 10 ? "<10" : m.complaintWords < 20 ? "10-19" : "20+",
  "matches in its complaint": (m) => (m.complaintMatches >= 4 ? "4+" : String(m.complaintMatches)),
};

/** Ways a feature is shown within, beside all matches. */
const WITHIN = ["specific", "general", "factor"] as const;

/** For each feature and value: matches and share right, overall and within the main ways. */
export function featureLines(matches: readonly ScoredMatch[]): string[] {
  const cell = (ms: readonly ScoredMatch[]) =>
    ms.length === 0
      ? `${pad("-", 4)} ${pad("", 6)}`
      : `${pad(ms.length, 4)} ${pad(pct(ms.filter((m) => m.right).length / ms.length), 6)}`;
  const lines = [
    `${"feature = value".padEnd(44)} ${"all".padStart(11)} ${WITHIN.map((w) => w.padStart(11)).join(" ")}`,
  ];
  for (const [name, of] of Object.entries(FEATURES)) {
    const values = [...new Set(matches.map(of))].sort();
    for (const v of values) {
      const these = matches.filter((m) => of(m) === v);
      const within = WITHIN.map((w) =>
        cell(these.filter((m) => m.basis.way === w && m.basis.quantity !== true)),
      );
      lines.push(`${`${name} = ${v}`.padEnd(44)} ${cell(these)} ${within.join(" ")}`);
    }
  }
  return lines;
}

/**
 * The fitted buckets: matches, right, shrunk share, the figure reported, and the share
 * right in each set of `matches` (in `sets` order; "-" for none), which shows how much it
 * swings from set to set.
 */
export function bucketLines(
  table: ConfidenceTable,
  matches: readonly ScoredMatch[],
  sets: readonly string[],
): string[] {
  const { counts } = countByBucket(matches);
  const lines = [
    `${"bucket".padEnd(44)} matches  right  share  lower  confidence  right by set (${sets.join(", ")})`,
  ];
  for (const [key, b] of Object.entries(table)) {
    const bySet = sets.map((s) => {
      const c = counts.get(key)?.get(s);
      return c === undefined ? "-" : `${Math.round((100 * c.right) / c.n)}%/${c.n}`;
    });
    lines.push(
      `${(key === "" ? "(all matches)" : key).padEnd(44)} ${pad(b.matches, 7)} ${pad(pct(b.right / Math.max(1, b.matches)), 6)} ${b.share.toFixed(3)}  ${b.lowerBound.toFixed(3)}  ${pad(b.confidence.toFixed(2), 10)}  ${bySet.join("  ")}`,
    );
  }
  return lines;
}

/** A reliability table: per bin, matches, mean confidence and share right. */
export function reliabilityLines(scored: readonly Scored[]): string[] {
  return [
    "  bin        matches  mean confidence  share right",
    ...reliability(scored).map(
      (b) =>
        `  ${b.from.toFixed(1)}-${b.to.toFixed(1)}  ${pad(b.matches, 9)}  ${pad(b.matches === 0 ? "-" : b.meanConfidence.toFixed(3), 15)}  ${pad(b.matches === 0 ? "-" : pct(b.shareRight), 11)}`,
    ),
  ];
}

/** A property name as Biome writes it: bare when it can be, else quoted. */
const property = (key: string) => (/^[A-Za-z_$][\w$]*$/u.test(key) ? key : JSON.stringify(key));

/** Math's constants: a figure within 0.001 of one reads to Biome as an approximation of it. */
const CONSTANTS = [
  Math.E,
  Math.LN2,
  Math.LN10,
  Math.LOG2E,
  Math.LOG10E,
  Math.PI,
  Math.SQRT1_2,
  Math.SQRT2,
];

/** A figure of the table as written: in thousandths ("693 / 1000") where it looks like a constant. */
const figure = (x: number) =>
  CONSTANTS.some((c) => Math.abs(x - c) < 0.001) ? `${Math.round(x * 1000)} / 1000` : `${x}`;

/**
 * The table as the module src/understand/confidenceTable.ts, with what it was fitted on,
 * laid out as Biome formats it (one field a line), so a refit diffs bucket by bucket.
 */
export function renderTable(table: ConfidenceTable, fittedOn: string): string {
  const rows = Object.entries(table).map(
    ([key, b]) =>
      `  ${property(key)}: {\n    matches: ${b.matches},\n    right: ${b.right},\n    share: ${figure(b.share)},\n    lowerBound: ${figure(b.lowerBound)},\n    confidence: ${figure(b.confidence)},\n  },`,
  );
  return `import type { ConfidenceTable } from "./confidence.js";

/**
 * The confidence of a finding by bucket (src/understand/confidence.ts's bucketOf), written
 * by \`npx tsx scripts/fitConfidence.ts --write\`, never by hand.
 * Fitted on ${fittedOn}.
 * Each bucket: its matches and how many were right, the share right shrunk toward its
 * parent's, and the figure reported (see scripts/confidenceFit.ts's fitTable).
 */
export const CONFIDENCE_TABLE: ConfidenceTable = {
${rows.join("\n")}
};
`;
}
