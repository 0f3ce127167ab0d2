import type { FastifyInstance, FastifyRequest } from "fastify";

/** A JSON body parser as Fastify calls it: the request, the body's text, a callback. */
export type JsonBodyParser = (
  request: FastifyRequest,
  text: string,
  done: (err: Error | null, body?: unknown) => void,
) => void;

/**
 * A 400 whose message says what went wrong and whose `hint` how to fix it: the error
 * handler (installHttpErrorHandlers) appends that hint instead of its generic one for 400.
 */
function badRequest(message: string, hint: string): Error & { statusCode: number; hint: string } {
  return Object.assign(new Error(message), { statusCode: 400, hint });
}

/**
 * Fastify's JSON body parser (prototype poisoning refused: a `__proto__` key, or a
 * `constructor` key holding `prototype`, anywhere in the body), with a refusal that says
 * which: Fastify answers both a syntax error and a poisoned key "Body is not valid JSON",
 * so a client that sent valid JSON with such a key (red-team round 10) was told to send
 * JSON. A body Fastify refuses is parsed once more by JSON.parse to tell them apart: at
 * most the 100 KiB body limit, on refused bodies only.
 */
export function jsonBodyParser(app: FastifyInstance): JsonBodyParser {
  const parse = app.getDefaultJsonParser("error", "error");
  return (request, text, done) => {
    parse(request, text, (err, body) => {
      if (err === null) {
        done(null, body);
        return;
      }
      try {
        JSON.parse(text);
      } catch {
        done(err);
        return;
      }
      done(
        badRequest(
          "the body is JSON but has a key named __proto__, or constructor holding prototype, which could change objects' prototypes and is refused",
          "rename that key",
        ),
      );
    });
  };
}

/** Installs {@link jsonBodyParser} for `application/json` bodies. */
export function installJsonBodyParser(app: FastifyInstance): void {
  const parser = jsonBodyParser(app);
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, text, done) =>
    parser(request, text as string, done),
  );
}
