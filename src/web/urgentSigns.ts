import {
  type TraceQuery,
  UrgentSignsOperation,
  type UrgentSignsQuery,
} from "./generated/operations.js";
import { gql } from "./graphql.js";
import type { Interview } from "./interviewState.js";

// The trace as traceAnswer.ts names it, without its DOM code (so unit tests can import this).
type Trace = NonNullable<TraceQuery["trace"]>;

type Question = Trace["questions"][number];
type Node = NonNullable<UrgentSignsQuery["entities"]>["edges"][number]["node"];

/** A warning sign that means a doctor right away, with the article section that says so. */
export interface UrgentSign {
  readonly id: string;
  readonly name: string;
  readonly source: { readonly title: string; readonly section: string } | null;
}

/**
 * The urgent warning signs among the graph's symptoms (the UrgentSigns query's nodes): a
 * sign on a warning-sign list that means a doctor right away, or a red flag; in the
 * graph's order.
 */
export function urgentSigns(nodes: readonly Node[]): UrgentSign[] {
  return nodes.flatMap((n) => {
    if (!("redFlag" in n)) return [];
    const list = n.warningSignList;
    if (!(n.redFlag || list?.urgent)) return [];
    return [{ id: n.id, name: n.name, source: list?.source ?? null }];
  });
}

let loaded: Promise<readonly UrgentSign[]> | null = null;
/** The signs once loaded (null before, or after a failure): see {@link knownUrgentSigns}. */
let known: readonly UrgentSign[] | null = null;

/**
 * Pages of symptoms read at most (100 each): 2,000 symptoms, twenty times today's graph, so
 * a graph grown past one page still gives every sign, and a service that never ends its
 * pages cannot keep the page asking.
 */
export const URGENT_SIGN_PAGES = 20;

/**
 * The symptoms of every page of the UrgentSigns query, up to {@link URGENT_SIGN_PAGES}
 * requests; rejects as the first failed page does (an aborted `signal` among them).
 */
export async function symptomPages(signal?: AbortSignal): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null = null;
  for (let page = 0; page < URGENT_SIGN_PAGES; page++) {
    const { entities }: UrgentSignsQuery = await gql(UrgentSignsOperation, { after }, signal);
    if (entities === null || entities === undefined) break;
    for (const e of entities.edges) nodes.push(e.node);
    if (!entities.pageInfo.hasNextPage || !entities.pageInfo.endCursor) break;
    after = entities.pageInfo.endCursor;
  }
  return nodes;
}

/**
 * The graph's urgent warning signs, asked for once per page (one promise kept; every page of
 * symptoms, up to {@link URGENT_SIGN_PAGES}). A failure gives none and is asked again next
 * time: it never holds a trace up. `signal` (the first asker's) cancels the requests, as
 * withinLookup does past its bound: an abort is a failure, so asked again next time.
 */
export function loadUrgentSigns(signal?: AbortSignal): Promise<readonly UrgentSign[]> {
  loaded ??= symptomPages(signal).then(
    (nodes) => {
      known = urgentSigns(nodes);
      return known;
    },
    () => {
      loaded = null;
      return [];
    },
  );
  return loaded;
}

/**
 * The urgent warning signs if this page has loaded them already ({@link loadUrgentSigns}),
 * else null: a trace after the first that needs them is shown whole at once, with no
 * checklist to wait for.
 */
export function knownUrgentSigns(): readonly UrgentSign[] | null {
  return known;
}

/**
 * Whether a trace is one the page asks the urgent warning signs for: nothing understood
 * (UNKNOWN), no condition, and no question from the service.
 */
export function asksUrgentSigns(t: Trace): boolean {
  return t.triage.level === "UNKNOWN" && t.conditions.length === 0 && t.questions.length === 0;
}

/**
 * When nothing the runner said was understood (UNKNOWN: no condition, no question from the
 * service), the urgent warning signs not yet answered as a checklist question, asked on the
 * page like the service's own: a red flag the words did not reach ("I heard a pop and cannot
 * walk") is then one tick from its banner. Null otherwise, or when every sign is answered.
 */
export function unknownChecklist(
  t: Trace,
  signs: readonly UrgentSign[],
  interview: Interview,
): Question | null {
  if (!asksUrgentSigns(t)) return null;
  const answered = new Set(interview.evidence.map((e) => e.id));
  const options = signs.filter((s) => !answered.has(s.id)).map(({ id, name }) => ({ id, name }));
  const first = options[0];
  if (first === undefined) return null;
  const text = "Whatever it is, do you have any of these?";
  const why =
    "We could not place what you said, so first the articles' warning signs: if you have any, see a doctor right away.";
  const sources = [
    ...new Map(
      signs.flatMap((s) => (s.source ? [[`${s.source.title}§${s.source.section}`, s.source]] : [])),
    ).values(),
  ].map(({ title, section }) => ({ title, section }));
  return {
    text,
    why,
    reason: "WARNING_SIGN",
    about: first,
    sources,
    checklist: { text, why, options },
  };
}
