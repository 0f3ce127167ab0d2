export type { Context, RequestOutcome } from "./context.js";
export { createApolloServer } from "./createApolloServer.js";
export { createHttpServer, type HttpServerOptions } from "./createHttpServer.js";
export { badUserInput, ErrorCode } from "./errors.js";
export { KnowledgeBaseHolder } from "./KnowledgeBaseHolder.js";
export { LIMITS } from "./limits.js";
export { loadTypeDefs } from "./loadTypeDefs.js";
export { Readiness } from "./Readiness.js";
export { ResponseCache, type ResponseCacheOptions } from "./ResponseCache.js";
