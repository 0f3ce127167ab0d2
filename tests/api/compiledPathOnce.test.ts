import { describe, expect, it } from "vitest";
import { DEFAULT_SERVICE_LIMITS } from "../../src/graphql/serviceLimits.js";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { exchange, type RawRequest, sendBoth, useBothPaths } from "../helpers/bothPaths.js";
import { contractOperations } from "../helpers/contract.js";
import { realKb } from "../helpers/knowledge.js";

/** Calls of the knowledge base's trace and search, by both servers. */
const calls = { trace: 0, search: 0 };

/** The real knowledge base, counting its trace and search calls. */
async function countingKb(): Promise<KnowledgeBase> {
  const kb = await realKb();
  return new Proxy(kb, {
    get(target, property) {
      if (property === "trace" || property === "search") {
        return (...args: Parameters<KnowledgeBase["trace"]>) => {
          calls[property] += 1;
          return property === "trace"
            ? target.trace(...args)
            : target.search(...(args as unknown as Parameters<KnowledgeBase["search"]>));
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

// A work budget smaller than one trace input (300 units) or four search terms (120).
const paths = useBothPaths(countingKb, {
  production: true,
  limits: { ...DEFAULT_SERVICE_LIMITS, workBudget: 100 },
});

const text = (name: string) => contractOperations.find((o) => o.name === name)?.query ?? "";
const post = (body: unknown): RawRequest => ({
  headers: { "content-type": "application/json", "x-request-id": "once-test" },
  body: JSON.stringify(body),
});

describe("a request that errs on the compiled path", () => {
  const cases = [
    [
      "a trace over its work budget",
      "trace",
      post({ query: text("Trace"), variables: { symptoms: ["my heel hurts"], limit: 5 } }),
    ],
    [
      "a search over its work budget",
      "search",
      post({ query: text("Search"), variables: { query: "heel arch calf shin", limit: 5 } }),
    ],
  ] as const;
  for (const [name, kind, request] of cases) {
    it(`${name}: answered as Apollo answers it, its work done once`, async () => {
      const { fast, slow, compiled } = await sendBoth(paths, request);
      expect(fast).toEqual(slow);
      expect(compiled).toBe(0);
      expect(JSON.parse(fast.body).errors[0].extensions.code).toBe("WORK_BUDGET_EXCEEDED");
      const before = calls[kind];
      const again = await exchange(paths.fast.url, request);
      expect(again).toEqual(fast);
      // Once on the compiled path; Apollo writes out that result instead of running it again.
      expect(calls[kind] - before).toBe(1);
    });
  }
});
