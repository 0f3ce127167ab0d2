import type { GraphData } from "../src/graph/index.js";
import { prng } from "./syntheticGraph.js";

/**
 * Never-seen runner texts for cold requests: search queries and complaints put together
 * from graph-data's vocabulary (sites, feelings, timings, factors) and the entities' names
 * and aliases, by a seeded PRNG. Each call returns a text this generator has not returned
 * before, so no response cache, memo or repeated input can answer it; the words come from
 * the small vocabulary runners use, as real traffic's do.
 */
export interface ColdText {
  /** A search query as runners type one (a few words, sometimes a question or a typo). */
  query(): string;
  /** A complaint as runners write one, for trace's `symptoms` (at most 200 characters). */
  complaint(): string;
  /** How many distinct texts were handed out so far. */
  readonly issued: number;
}

/** Longest complaint: trace reads at most 200 characters per input (LIMITS.traceInputLength). */
const COMPLAINT_LENGTH = 200;
/** Draws before a text that keeps colliding is lengthened by one more clause. */
const RETRIES = 20;

/** Words a runner puts around the vocabulary's. */
const OPENERS = [
  "",
  "",
  "my",
  "why does my",
  "what causes",
  "how to fix",
  "help",
  "is it bad if my",
];
const PAIN = ["hurts", "is sore", "aches", "pain", "is killing me", "feels off", "pain in"];

/**
 * A generator of distinct texts over `data`'s vocabulary and entities, reproducible from
 * `seed`. Memory grows with the texts issued (one set entry each): a bench run issues
 * some hundred thousand, a few MiB.
 */
export function coldText(data: GraphData, seed = 1): ColdText {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const words = (list: readonly { readonly words: readonly string[] }[]) =>
    list.flatMap((c) => c.words);
  const v = data.vocabulary;
  const sites = words(v.sites.filter((s) => s.covered));
  const feelings = words(v.feelings.filter((f) => f.denies.length === 0));
  const timings = words(v.timings);
  const factors = words(v.factors);
  const names = [...data.entities.values()].flatMap((e) => [e.name, ...e.aliases]);
  const lower = (s: string) => s.toLowerCase();

  /** One letter dropped or doubled in a word of five letters or more: a runner's typo. */
  const typo = (text: string): string => {
    const parts = text.split(" ");
    const i = parts.findIndex((w) => w.length >= 5);
    const w = parts[i];
    if (w === undefined) return text;
    const at = 1 + Math.floor(rand() * (w.length - 2));
    parts[i] = rand() < 0.5 ? w.slice(0, at) + w.slice(at + 1) : w.slice(0, at) + w.slice(at - 1);
    return parts.join(" ");
  };

  const queryForms: (() => string)[] = [
    () => `${pick(sites)} ${pick(feelings)}`,
    () => `${pick(feelings)} ${pick(sites)} ${pick(timings)}`,
    () => `${pick(OPENERS)} ${pick(sites)} ${pick(PAIN)} ${pick(timings)}`,
    () => `${lower(pick(names))} ${pick(timings)}`,
    () => `${lower(pick(names))} ${pick(factors)}`,
    () => `${pick(OPENERS)} ${lower(pick(names))}`,
    () => `${pick(sites)} ${pick(feelings)} ${pick(factors)}`,
  ];
  const clause = () =>
    pick([
      () => `${pick(feelings)} ${pick(PAIN)} ${pick(sites)}`,
      () => `my ${pick(sites)} ${pick(PAIN)} ${pick(timings)}`,
      () => `${pick(feelings)} in my ${pick(sites)}`,
      () => pick(factors),
      () => pick(timings),
    ])();

  const seen = new Set<string>();
  /** The first text `draw` makes that was not issued before; a clause more after collisions. */
  const fresh = (draw: () => string, more: (text: string) => string, max: number) => {
    for (let attempt = 0; attempt < RETRIES * RETRIES; attempt++) {
      let text = draw();
      for (let extra = RETRIES; attempt >= extra; extra += RETRIES) text = more(text);
      text = text.replace(/\s+/g, " ").trim().slice(0, max).trim();
      if (text.length > 0 && !seen.has(text)) {
        seen.add(text);
        return text;
      }
    }
    throw new Error(
      `coldText: no new text after ${RETRIES * RETRIES} draws: the vocabulary is too small`,
    );
  };
  return {
    query: () =>
      fresh(
        () => {
          const q = pick(queryForms)();
          return rand() < 0.1 ? typo(q) : q;
        },
        (q) => `${q} ${pick(timings)}`,
        COMPLAINT_LENGTH,
      ),
    complaint: () =>
      fresh(
        () => [clause(), ...(rand() < 0.6 ? [clause()] : [])].join(rand() < 0.5 ? ", " : " and "),
        (c) => `${c}, ${clause()}`,
        COMPLAINT_LENGTH,
      ),
    get issued() {
      return seen.size;
    },
  };
}

/**
 * Never-seen request bodies of the contract operation `operation` (its text `query`), as
 * the bench's cold rows send them: a Search of one query, or a Trace of one complaint or two
 * in turn, limit 10, each drawn from `text`.
 */
export function coldRequests(text: ColdText, operation: string, query: string): () => string {
  let traces = 0;
  return () =>
    JSON.stringify({
      query,
      variables:
        operation === "Search"
          ? { query: text.query(), limit: 10 }
          : {
              symptoms: [text.complaint(), ...(++traces % 2 === 0 ? [text.complaint()] : [])],
              limit: 10,
            },
      operationName: operation,
    });
}
