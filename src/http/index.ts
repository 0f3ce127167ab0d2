export { createHttpServer } from "./createHttpServer.js";
export { HTTP_DEFAULTS, type HttpServerOptions } from "./HttpServerOptions.js";
export { Readiness } from "./Readiness.js";
export {
  DEFAULT_RESPONSE_CACHE_BYTES,
  ResponseCache,
  type ResponseCacheOptions,
} from "./ResponseCache.js";
