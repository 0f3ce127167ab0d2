import { type KnowledgeBase, loadKnowledgeBase } from "../../src/knowledge/index.js";
import { FIXTURE_GRAPH, REAL_GRAPH } from "./paths.js";

const cache = new Map<string, Promise<KnowledgeBase>>();

/** A knowledge base loaded once per test file and folder. */
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
