import { describe, expect, it } from "vitest";
import { LINGER } from "../../src/http/lingeringClose.js";
import { fixtureKb } from "../helpers/knowledge.js";
import { postOversized } from "../helpers/oversized.js";
import { useHttpServer } from "../helpers/servers.js";

describe("an oversized body sent without Expect: 100-continue", () => {
  const server = useHttpServer(fixtureKb);

  it("gets its 413 and the connection closes cleanly once the client has sent it all", async () => {
    const bytes = 1_000_000;
    const outcome = await postOversized(server.url, bytes);
    expect(outcome.head).toMatch(/^HTTP\/1\.1 413 /);
    expect(outcome.head.toLowerCase()).toContain("connection: close");
    // Without the lingering close, the client's writes fail (EPIPE or ECONNRESET) mid-body.
    expect(outcome.ended).toBe("end");
    expect(outcome.sent).toBe(bytes);
  });

  it("is cut once the server has dropped more than the lingering bound", async () => {
    // As fast as the connection takes it, so far more than the bound: the server checks
    // what it dropped every 20 ms, and a loopback carries megabytes in that time. Cut
    // past the bound (or past LINGER.maxMs, whichever first), long before all of it.
    const bytes = 64 * LINGER.maxBytes;
    const outcome = await postOversized(server.url, bytes);
    expect(outcome.head).toMatch(/^HTTP\/1\.1 413 /);
    console.log(`cut after ${outcome.sent} bytes sent (${outcome.ended})`);
    expect(outcome.sent).toBeLessThan(bytes);
  });
});
