export { createHttpServer, type HttpServerOptions } from "./createHttpServer.js";
export { Readiness } from "./Readiness.js";
export { ResponseCache, type ResponseCacheOptions } from "./ResponseCache.js";
