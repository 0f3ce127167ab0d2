import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ErrorCode } from "../../src/graphql/errors.js";
import { loadTrustedDocuments } from "../../src/graphql/index.js";
import { fixtureKb } from "../helpers/knowledge.js";
import { useAppsWith } from "../helpers/limitedServers.js";
import { REFUSED_REQUESTS } from "../helpers/refusedRequests.js";
import { overHttp } from "../helpers/servers.js";

// One bad request per way the API can refuse one (tests/helpers/refusedRequests.ts), each asserted for its status, its
// extensions.code and the form of its message: what went wrong, then ": " and how to fix it.
// Every code of src/graphql/errors.ts is either reached here or named in NOT_REACHED with why.

/**
 * What went wrong, then ": " and how to fix it in lower case, last. Quoted text and { }
 * examples are set aside first: a fix may show the JSON to send, colons and all.
 */
function saysWhatAndHow(message: string): boolean {
  let bare = message.replace(/"[^"]*"/g, "''");
  for (let before = ""; before !== bare; ) {
    before = bare;
    bare = bare.replace(/\{[^{}]*\}/g, "()");
  }
  return /^[^\s].*: [a-z][^:]*$/s.test(bare);
}

/** Codes no bad request reaches, and why (each is tested where named). */
const NOT_REACHED: Readonly<Record<string, string>> = {
  INTERNAL_SERVER_ERROR:
    "only a fault of the service's own, masked in production (tests/api/requestId.test.ts)",
  PERSISTED_QUERY_NOT_SUPPORTED: "automatic persisted queries are always on",
  NOT_BUILT: "depends on the install (dist/ lacking the page), not on the request",
};

const apps: FastifyInstance[] = [];
const urls = { plain: "", trusted: "" };
const appWith = useAppsWith();
beforeAll(async () => {
  for (const mode of ["off", "only"] as const) {
    const { app, url } = await overHttp(await fixtureKb(), {
      production: true,
      trustedDocuments: { documents: await loadTrustedDocuments(), mode },
    });
    apps.push(app);
    urls[mode === "off" ? "plain" : "trusted"] = url;
  }
});
afterAll(async () => {
  await Promise.all(apps.map((app) => app.close()));
});

describe("every way the API refuses a request", () => {
  it("reaches every code of the one list, or says why not", () => {
    const reached = new Set(REFUSED_REQUESTS.map((row) => row.code));
    const codes = Object.values(ErrorCode);
    expect(codes.filter((code) => !reached.has(code) && !(code in NOT_REACHED))).toEqual([]);
    expect(Object.keys(NOT_REACHED).filter((code) => reached.has(code))).toEqual([]);
  });

  it.each(REFUSED_REQUESTS)(
    "$name: $status $code, saying what went wrong and how to fix it",
    async (row) => {
      const url =
        row.server === "plain" || row.server === "trusted"
          ? urls[row.server]
          : (await appWith(row.server)).url;
      const res = await row.request(url);
      const error = res.body?.errors?.[0];
      expect(res.status, res.text.slice(0, 300)).toBe(row.status);
      expect(error?.extensions?.code, res.text.slice(0, 300)).toBe(row.code);
      const message = error?.message ?? "";
      expect(saysWhatAndHow(message), message).toBe(true);
    },
  );
});

describe("the message form", () => {
  it.each([
    ["limit: 99 is out of range: allowed 1..50", true],
    ['Body is not valid JSON: send it as a JSON object such as {"query": "..."}', true],
    ['Cannot spread fragment "A" within itself.', false],
    ["Maximum introspection depth exceeded", false],
    ['send a GraphQL request as JSON: {"query": "..."}', false],
    ["something failed: Retry", false],
  ])("%s reads as what and how: %s", (message, expected) => {
    expect(saysWhatAndHow(message)).toBe(expected);
  });
});
