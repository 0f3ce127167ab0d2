import { WarningSignsOperation, type WarningSignsQuery } from "./generated/operations.js";
import { gql } from "./graphql.js";
import { withinLookup } from "./withinLookup.js";

type Node = NonNullable<WarningSignsQuery["entities"]>["edges"][number]["node"];

/** One article's list of warning signs, as the service gives it. */
export interface WarningSignList {
  /** What the list means, in the service's words (its advice's name: "… see a doctor right away"). */
  readonly meaning: string;
  /** Whether a sign on it means a doctor right away (listed first: red flags win). */
  readonly urgent: boolean;
  /** The signs' names, in the graph's order. */
  readonly signs: readonly string[];
  /** Where the article says so. */
  readonly source: { readonly title: string; readonly section: string };
}

/**
 * The warning-sign lists among the graph's symptoms (the WarningSigns query's nodes), each
 * with its signs, the urgent lists first (the heel's: a doctor right away), then the
 * others (the ankle's: stop running and rest), each in the graph's order.
 */
export function warningSignLists(nodes: readonly Node[]): WarningSignList[] {
  const lists = new Map<string, WarningSignList & { signs: string[] }>();
  for (const n of nodes) {
    if (!("warningSignList" in n) || !n.warningSignList) continue;
    const { advice, urgent, source } = n.warningSignList;
    const list = lists.get(advice.id) ?? { meaning: advice.name, urgent, signs: [], source };
    list.signs.push(n.name);
    lists.set(advice.id, list);
  }
  const all = [...lists.values()];
  return [...all.filter((l) => l.urgent), ...all.filter((l) => !l.urgent)];
}

/**
 * Pages of symptoms read at most (100 each): 2,000 symptoms, twenty times today's graph, so
 * a graph grown past one page still gives every sign, and a service that never ends its
 * pages cannot keep the page asking.
 */
export const WARNING_SIGN_PAGES = 20;

/**
 * The symptoms of every page of the WarningSigns query, up to {@link WARNING_SIGN_PAGES}
 * requests; rejects as the first failed page does (an aborted `signal` among them).
 */
async function symptomPages(signal: AbortSignal): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null = null;
  for (let page = 0; page < WARNING_SIGN_PAGES; page++) {
    const { entities }: WarningSignsQuery = await gql(WarningSignsOperation, { after }, signal);
    if (entities === null || entities === undefined) break;
    for (const e of entities.edges) nodes.push(e.node);
    if (!entities.pageInfo.hasNextPage || !entities.pageInfo.endCursor) break;
    after = entities.pageInfo.endCursor;
  }
  return nodes;
}

let loaded: Promise<readonly WarningSignList[]> | null = null;

/**
 * The articles' warning-sign lists, asked for once per page load (one promise kept), within
 * withinLookup's bound; null when the service could not be asked or did not answer in
 * time, and then asked again next time: it never holds a trace up.
 */
export function loadWarningSigns(): Promise<readonly WarningSignList[] | null> {
  loaded ??= withinLookup((signal) => symptomPages(signal), null).then((lists) => {
    if (lists === null) {
      loaded = null;
      return [];
    }
    return warningSignLists(lists);
  });
  return loaded.then((lists) => (lists.length === 0 ? null : lists));
}
