import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { fixtureKb } from "../helpers/knowledge.js";
import { inProcess } from "../helpers/servers.js";

let run: Awaited<ReturnType<typeof inProcess>>["run"];
let allIds: string[];
beforeAll(async () => {
  const kb = await fixtureKb();
  ({ run } = await inProcess(kb));
  allIds = [...kb.data.entities.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
});

interface Page {
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: { cursor: string; node: { id: string } }[];
}

const PAGE = `query($first: Int, $after: String, $last: Int, $before: String) {
  entities(first: $first, after: $after, last: $last, before: $before) {
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id } }
  }
}`;

async function page(variables: Record<string, unknown>): Promise<Page> {
  const body = await run(PAGE, variables);
  expect(body.errors).toBeUndefined();
  return body.data?.entities as Page;
}

describe("Relay identity", () => {
  it("node(id) refetches every entity as a Node, with its type", async () => {
    for (const id of allIds) {
      const body = await run(
        "query($id: ID!) { node(id: $id) { __typename id ... on Entity { kind } } }",
        { id },
      );
      const node = body.data?.node as { __typename: string; id: string; kind: string };
      expect(node.id).toBe(id);
      expect(node.__typename).not.toBe("Node");
    }
  });

  it("nodes(ids) answers in the order asked, null for an unknown id", async () => {
    const ids = [allIds[2], "no-such-id", allIds[0]];
    const body = await run("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", { ids });
    expect(body.data?.nodes).toEqual([{ id: allIds[2] }, null, { id: allIds[0] }]);
  });

  it("node of an unknown id is null, not an error", async () => {
    expect(await run('{ node(id: "nope") { id } }')).toEqual({ data: { node: null } });
  });
});

describe("Relay pagination", () => {
  it("pages forward and backward over every entity exactly once, in id order", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 7 }), async (size) => {
        const forward: string[] = [];
        let after: string | null = null;
        for (;;) {
          const p: Page = await page({ first: size, after });
          forward.push(...p.edges.map((e) => e.node.id));
          expect(p.pageInfo.hasPreviousPage).toBe(after !== null);
          expect(p.pageInfo.startCursor).toBe(p.edges[0]?.cursor ?? null);
          if (!p.pageInfo.hasNextPage) break;
          after = p.pageInfo.endCursor;
        }
        expect(forward).toEqual(allIds);
        const backward: string[] = [];
        let before: string | null = null;
        for (;;) {
          const p: Page = await page({ last: size, before });
          backward.unshift(...p.edges.map((e) => e.node.id));
          expect(p.pageInfo.hasNextPage).toBe(before !== null);
          if (!p.pageInfo.hasPreviousPage) break;
          before = p.pageInfo.startCursor;
        }
        expect(backward).toEqual(allIds);
      }),
      { numRuns: 7 },
    );
  });

  it("after and before together give the entities between them", async () => {
    const start = await page({ first: 1 });
    const far = await page({ first: 4 });
    const between = await page({
      after: start.pageInfo.endCursor,
      before: far.pageInfo.endCursor,
    });
    expect(between.edges.map((e) => e.node.id)).toEqual(allIds.slice(1, 3));
    expect(between.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  });
});
