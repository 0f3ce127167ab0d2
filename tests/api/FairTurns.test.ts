import { describe, expect, it } from "vitest";
import { CostGate } from "../../src/graphql/costGate.js";
import { FairTurns } from "../../src/graphql/FairTurns.js";
import { createApolloServer, loadTypeDefs } from "../../src/graphql/index.js";
import { DEFAULT_SERVICE_LIMITS } from "../../src/graphql/serviceLimits.js";
import { fixtureKb } from "../helpers/knowledge.js";
import { silentLogger } from "../helpers/servers.js";

describe("FairTurns", () => {
  it("lets one waiting request of each client run per turn, in arrival order", async () => {
    const turns = new FairTurns();
    const order: string[] = [];
    const wait = (client: string, name: string) =>
      turns.turn(client).then(() => {
        order.push(name);
      });
    const all = [wait("a", "a1"), wait("a", "a2"), wait("a", "a3"), wait("b", "b1")];
    // A request read between two turns runs before the busy client's later ones.
    setImmediate(() => {
      void wait("c", "c1");
    });
    await Promise.all(all);
    await new Promise((r) => setImmediate(r));
    expect(order.slice(0, 2)).toEqual(["a1", "b1"]);
    expect(order.indexOf("c1")).toBeLessThan(order.indexOf("a3"));
    expect(order.filter((n) => n.startsWith("a"))).toEqual(["a1", "a2", "a3"]);
    expect(turns.clientsWaiting).toBe(0);
  });
});

describe("documents not seen before", () => {
  it("are parsed and validated one per client per turn, so a client's flood of new documents waits behind another's", async () => {
    const server = createApolloServer({
      typeDefs: await loadTypeDefs(),
      log: silentLogger,
      production: true,
      costGate: new CostGate(DEFAULT_SERVICE_LIMITS),
    });
    await server.start();
    const kb = await fixtureKb();
    const order: string[] = [];
    const run = (client: string, name: string) =>
      server
        .executeOperation(
          // A new text each time: none is in the document store yet.
          { query: `{ stats { nodeCount } } # ${name}` },
          {
            contextValue: {
              kb,
              requestId: name,
              client,
              outcome: { operationName: null, errorCodes: [] },
            },
          },
        )
        .then(() => {
          order.push(name);
        });
    await Promise.all([run("a", "a1"), run("a", "a2"), run("a", "a3"), run("b", "b1")]);
    await server.stop();
    expect(order.indexOf("b1")).toBeLessThan(order.indexOf("a2"));
    expect(order.filter((n) => n.startsWith("a"))).toEqual(["a1", "a2", "a3"]);
  });
});
