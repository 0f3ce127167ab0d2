import {
  type Edge,
  EMPTY_VOCABULARY,
  type Entity,
  type EntityKind,
  edgeKey,
  type GraphData,
  type RawNode,
  type Relation,
  relationRule,
  TREATMENT_PHASES,
  toEntity,
} from "../src/graph/index.js";

/** Share of each kind in a synthetic graph, close to the bundled graph's mix. */
const MIX: readonly [EntityKind, number][] = [
  ["BODY_STRUCTURE", 0.15],
  ["CONDITION", 0.1],
  ["SYMPTOM", 0.2],
  ["CAUSE", 0.2],
  ["MECHANISM", 0.07],
  ["TREATMENT", 0.2],
  ["ADVICE", 0.08],
];

const SYLLABLES =
  "ka lo mi ne ru sa ti vo pe da gu fi ha jo ke lu ma no pi re so tu va we xi yo ze bri cla dro fen gar hul".split(
    " ",
  );

/** Words in a synthetic graph's vocabulary; real text has a few thousand distinct terms per 10k documents. */
const VOCABULARY = 20_000;

/** A small deterministic PRNG (mulberry32), so every run builds the same graph. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A synthetic graph of about `size` nodes with the bundled graph's model and shape:
 * kinetic chains of six structures, conditions with 2-4 symptoms (shared among a few
 * conditions), 2-4 causes, mechanism chains, treatments and advice. Words come from a
 * 20 000-word vocabulary drawn Zipf-like (rank r with weight 1/r, stop-word ranks left
 * out), so search sees common and rare terms as in real text. Deterministic for a seed.
 */
export function syntheticGraph(size: number, seed = 1): GraphData {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const vocabulary = Array.from({ length: VOCABULARY }, () =>
    Array.from({ length: 3 + Math.floor(rand() * 2) }, () => pick(SYLLABLES)).join(""),
  );
  // Zipf-like use of the vocabulary: rank r drawn with weight 1/r, like real text, from
  // rank 100 on (the most frequent words of real text are stop words, which search drops).
  const low = Math.log(100);
  const span = Math.log(VOCABULARY) - low;
  const word = () =>
    vocabulary[Math.min(VOCABULARY - 1, Math.floor(Math.exp(low + rand() * span)))] as string;
  const words = (n: number) => Array.from({ length: n }, word).join(" ");
  const ref = [{ doc: "doc", section: "S" }];
  const origin = { file: "synthetic.yaml", line: 1 };
  const entities = new Map<string, Entity>();
  const byKind = new Map<EntityKind, Entity[]>();
  for (const [kind, share] of MIX) {
    const list: Entity[] = [];
    for (let i = 0; i < Math.max(6, Math.round(size * share)); i++) {
      const id = `${kind.toLowerCase().replace("_", "-")}-${i}`;
      // Kind-specific fields are drawn after the common ones, in a fixed order per kind.
      const raw: RawNode = {
        id,
        kind,
        name: words(2),
        aliases: [words(2)],
        summary: `${words(12)}.`,
        sources: ref,
        ...(kind === "CONDITION" ? { seeDoctor: rand() < 0.1 } : {}),
        ...(kind === "SYMPTOM"
          ? { redFlag: rand() < 0.03, seeDoctor: rand() < 0.03, location: words(2) }
          : {}),
        ...(kind === "TREATMENT"
          ? { phase: pick(TREATMENT_PHASES), dosage: words(3), steps: [words(6), words(6)] }
          : {}),
        ...(kind === "ADVICE" ? { question: `${words(6)}?`, answer: words(20) } : {}),
      };
      const entity = toEntity(raw, origin);
      list.push(entity);
      entities.set(id, entity);
    }
    byKind.set(kind, list);
  }
  const of = (k: EntityKind) => byKind.get(k) ?? [];
  const edges = new Map<string, Edge>();
  const link = (from: Entity, relation: Relation, to: Entity) => {
    const rule = relationRule(relation);
    if (from.id === to.id || !rule.from.includes(from.kind) || !rule.to.includes(to.kind)) return;
    const key = edgeKey(from.id, relation, to.id);
    edges.set(key, {
      key,
      from: from.id,
      relation,
      to: to.id,
      explanation: `${words(8)}.`,
      common: false,
      sources: ref,
      origin,
    });
  };
  const structures = of("BODY_STRUCTURE");
  structures.forEach((s, i) => {
    if (i % 6 !== 0) link(structures[i - 1] as Entity, "UPSTREAM_OF", s);
    if (rand() < 0.2 && i % 6 !== 0) link(s, "PART_OF", structures[i - (i % 6)] as Entity);
  });
  const symptoms = of("SYMPTOM");
  const conditions = of("CONDITION");
  const causes = of("CAUSE");
  const mechanisms = of("MECHANISM");
  mechanisms.forEach((m, i) => {
    if (i % 4 !== 0) link(mechanisms[i - 1] as Entity, "CAUSES", m);
    link(pick(causes), "CAUSES", m);
  });
  conditions.forEach((c, i) => {
    const window = Math.floor((i / conditions.length) * symptoms.length);
    for (let k = 0; k < 1 + Math.floor(rand() * 2); k++) link(c, "AFFECTS", pick(structures));
    for (let k = 0; k < 2 + Math.floor(rand() * 3); k++) {
      link(
        c,
        "PRESENTS_WITH",
        symptoms[(window + Math.floor(rand() * 6)) % symptoms.length] as Entity,
      );
    }
    for (let k = 0; k < 2 + Math.floor(rand() * 3); k++) link(pick(causes), "CAUSES", c);
    if (rand() < 0.5) link(pick(mechanisms), "CAUSES", c);
    if (rand() < 0.1) link(c, "LEADS_TO", pick(conditions));
  });
  for (const s of symptoms) link(s, "FELT_IN", pick(structures));
  for (const t of of("TREATMENT")) {
    for (let k = 0; k < 1 + Math.floor(rand() * 3); k++) {
      link(t, rand() < 0.8 ? "TREATS" : "PREVENTS", pick(rand() < 0.6 ? conditions : causes));
    }
  }
  for (const a of of("ADVICE")) link(a, "ABOUT", pick([...conditions, ...symptoms]));
  return {
    documents: new Map([
      [
        "doc",
        {
          id: "doc",
          title: "Synthetic",
          file: "synthetic.txt",
          sections: ["S"],
          warningSigns: null,
        },
      ],
    ]),
    entities,
    edges: [...edges.values()],
    synonyms: [],
    vocabulary: EMPTY_VOCABULARY,
    findings: new Map(),
    version: `synthetic-${size}-${seed}`,
  };
}
