import { afterEach, describe, expect, it, vi } from "vitest";
import { SITE_LOOKUPS, sitesNamed } from "../../src/web/sitesNamed.js";
import { LOOKUP_MS } from "../../src/web/withinLookup.js";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("sitesNamed", () => {
  it("asks nothing when nothing was left out", async () => {
    const fetch = vi.fn();
    vi.stubGlobal("fetch", fetch);
    expect(await sitesNamed([])).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });

  it("never holds the trace past its bound when the service does not answer, and aborts the requests", async () => {
    vi.useFakeTimers();
    const signals: (AbortSignal | null | undefined)[] = [];
    vi.stubGlobal("fetch", (_url: string, init?: RequestInit) => {
      signals.push(init?.signal);
      return new Promise(() => {});
    });
    const texts = Array.from({ length: 20 }, (_, i) => `complaint ${i}`);
    let settled = false;
    const named = sitesNamed(texts).then((site) => {
      settled = true;
      return site;
    });
    await vi.advanceTimersByTimeAsync(LOOKUP_MS - 1);
    expect(settled).toBe(false);
    expect(signals.map((x) => x?.aborted)).toEqual(Array(SITE_LOOKUPS).fill(false));
    await vi.advanceTimersByTimeAsync(1);
    expect(await named).toBeUndefined();
    // Past the bound the stalled requests are cancelled, not left holding their sockets.
    expect(signals.map((x) => x?.aborted)).toEqual(Array(SITE_LOOKUPS).fill(true));
  });

  it("says it could not ask (undefined) when the service fails", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("network down");
    });
    expect(await sitesNamed(["my elbow"])).toBeUndefined();
  });
});
