import { afterEach, describe, expect, it, vi } from "vitest";
import { LineBatch, type LineOutput } from "../../src/process/LineBatch.js";
import { runScript } from "../helpers/runScript.js";

/** An output that records every write it is handed. */
function recorder(): LineOutput & { writes: string[] } {
  const writes: string[] = [];
  return {
    writes,
    write: (data: string) => writes.push(data),
    flush: (done) => done(),
    flushSync: () => undefined,
  };
}

describe("LineBatch", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("hands lines over in one write once the buffer's bytes have gathered, in order", () => {
    const out = recorder();
    const batch = new LineBatch(out, 100, 60_000);
    const lines = Array.from({ length: 12 }, (_, i) => `{"line":${i},"pad":"${"x".repeat(20)}"}\n`);
    for (const line of lines) batch.write(line);
    expect(out.writes.length).toBeGreaterThan(0);
    expect(out.writes.length).toBeLessThan(lines.length);
    for (const write of out.writes) expect(Buffer.byteLength(write)).toBeGreaterThanOrEqual(100);
    batch.flush();
    expect(out.writes.join("")).toBe(lines.join(""));
  });

  it("writes what has gathered when the flush interval passes", () => {
    vi.useFakeTimers();
    const out = recorder();
    const batch = new LineBatch(out, 4096, 100);
    batch.write("one\n");
    expect(out.writes).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(out.writes).toEqual(["one\n"]);
  });

  it("calls a flush's callback once the output has written the gathered lines", () => {
    const out = recorder();
    const batch = new LineBatch(out, 4096, 60_000);
    batch.write("one\n");
    let called = false;
    batch.flush(() => {
      called = true;
    });
    expect(out.writes).toEqual(["one\n"]);
    expect(called).toBe(true);
  });

  it("counts bytes, not characters", () => {
    const out = recorder();
    const batch = new LineBatch(out, 8, 60_000);
    batch.write("ééé\n"); // 7 bytes
    expect(out.writes).toEqual([]);
    batch.write("é\n"); // 3 more
    expect(out.writes).toEqual(["ééé\né\n"]);
  });

  it.each(["exit", "end"])("loses no line when the process ends by %s", async (how) => {
    const run = await runScript("tests/fixtures/scripts/logLines.js", {
      env: { HOW: how, LINES: "50" },
    });
    expect(run.code).toBe(0);
    const numbers = run.output
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => (JSON.parse(l) as { i: number }).i);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });
});
