import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FORWARDED_MAX_CHARS,
  forwardedClient,
  MAX_PROXY_HOPS,
} from "../../src/http/clientAddress.js";

const PROXY = "10.0.0.9";

/** An IPv4 or IPv6 address, as proxies write them. */
const address = fc.oneof(fc.ipV4(), fc.ipV6());

describe("the client behind TRUST_PROXY proxies (X-Forwarded-For)", () => {
  it("reads nothing when off: the connection's peer, whatever the client sent", () => {
    expect(forwardedClient(PROXY, "6.6.6.6", 0)).toBe(PROXY);
    expect(forwardedClient(PROXY, undefined, 1)).toBe(PROXY);
  });

  it("takes the entry the outermost trusted proxy wrote, never what the client sent before it", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 6 }),
        address,
        fc.array(address, { maxLength: MAX_PROXY_HOPS - 1 }),
        (forged, client, inner) => {
          // Each proxy appends who connected to it: the client, then each inner proxy.
          const header = [...forged, client, ...inner].join(", ");
          expect(forwardedClient(PROXY, header, inner.length + 1)).toBe(client);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("with fewer entries than hops, takes the farthest one", () => {
    expect(forwardedClient(PROXY, "1.2.3.4", 3)).toBe("1.2.3.4");
    expect(forwardedClient(PROXY, "1.2.3.4, 5.6.7.8", 3)).toBe("1.2.3.4");
  });

  it("falls back to the peer when an entry read is not a bare IP address", () => {
    for (const header of ["1.2.3.4:5678", "unknown", "", "1.2.3.4,", "evil, "])
      expect(forwardedClient(PROXY, header, 1), header).toBe(PROXY);
    // A bad entry hidden behind the one read is never looked at.
    expect(forwardedClient(PROXY, "evil, 1.2.3.4", 1)).toBe("1.2.3.4");
  });

  it("reads at most the header's last FORWARDED_MAX_CHARS characters and MAX_PROXY_HOPS entries", () => {
    const padding = `${"9".repeat(20_000)}, `;
    // The entry read fits in the bound: taken; one that begins before it: the peer.
    expect(forwardedClient(PROXY, `${padding}1.2.3.4`, 1)).toBe("1.2.3.4");
    const longEntry = `1.2.3.4${" ".repeat(FORWARDED_MAX_CHARS)}`;
    expect(forwardedClient(PROXY, longEntry, 1)).toBe(PROXY);
    const many = Array.from({ length: 50 }, (_, i) => `10.0.${i}.1`).join(",");
    expect(forwardedClient(PROXY, many, 50)).toBe(`10.0.${50 - MAX_PROXY_HOPS}.1`);
  });

  it("joins a header sent on several lines, as node does", () => {
    expect(forwardedClient(PROXY, ["6.6.6.6", "1.2.3.4"], 1)).toBe("1.2.3.4");
  });
});
