import type { GraphData } from "../../src/graph/index.js";
import { type KnowledgeBase, loadKnowledgeBase } from "../../src/knowledge/index.js";
import { FIXTURE_GRAPH, REAL_GRAPH } from "./paths.js";

const cache = new Map<string, Promise<KnowledgeBase>>();

/**
 * A knowledge base loaded once per folder and test worker (test files share a worker's
 * module cache: vitest.config.ts sets isolate false), so files do not read it again.
 */
export function knowledgeBase(dir: string): Promise<KnowledgeBase> {
  let kb = cache.get(dir);
  if (kb === undefined) {
    kb = loadKnowledgeBase(dir);
    cache.set(dir, kb);
  }
  return kb;
}

/** The fixture graph's knowledge base. */
export const fixtureKb = () => knowledgeBase(FIXTURE_GRAPH);

/** The bundled graph-data's knowledge base. */
export const realKb = () => knowledgeBase(REAL_GRAPH);

/**
 * The bundled graph-data as {@link realKb} loaded it (what `loadGraphData(REAL_GRAPH)`
 * returns), for tests that read the data rather than query it: the YAML is not read
 * and validated again.
 */
export const realGraphData = async (): Promise<GraphData> => (await realKb()).data;
