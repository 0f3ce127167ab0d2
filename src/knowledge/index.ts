export { buildKnowledgeBase, type KnowledgeBase, loadKnowledgeBase } from "./KnowledgeBase.js";
export { KnowledgeBaseHolder } from "./KnowledgeBaseHolder.js";
export {
  RELOAD_DEFAULTS,
  type ReloadOptions,
  type ReloadReport,
  reloadKnowledgeBase,
} from "./reloadKnowledgeBase.js";
