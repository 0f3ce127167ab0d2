import { describe, expect, it } from "vitest";
import { FairTurns } from "../../src/graphql/FairTurns.js";

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
