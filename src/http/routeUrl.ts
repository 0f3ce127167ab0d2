import type { FastifyInstance, FastifyRequest } from "fastify";

declare module "fastify" {
  interface FastifyRequest {
    /** What {@link routeUrl} read from Fastify for this request; null before the first read. */
    routeUrlRead: string | null;
  }
}

/**
 * Gives every request of `app` the slot {@link routeUrl} keeps its answer in (decorated,
 * so every request object has the same shape). Call before any hook that reads it.
 */
export function installRouteUrl(app: FastifyInstance): void {
  app.decorateRequest("routeUrlRead", null);
}

/**
 * The pattern of the route a request reached (`request.routeOptions.url`: "/graphql" for
 * `/%67raphql?x=1` too), or "" for none (a 404), read from Fastify once per request:
 * Fastify builds a new routeOptions object of a dozen fields at every read, and the host
 * check, the response cache and the metrics each need the route.
 */
export function routeUrl(request: FastifyRequest): string {
  const read = request.routeUrlRead;
  if (typeof read === "string") return read;
  const url = request.routeOptions.url ?? "";
  request.routeUrlRead = url;
  return url;
}
