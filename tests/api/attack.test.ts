import { describe, expect, it } from "vitest";
import { attackTable, GUARANTEES, runAttackSuite } from "../../scripts/attackSuite.js";
import { startProcess } from "../../scripts/service.js";

describe("the attack suite, short form (npm run attack runs it longer)", () => {
  it("keeps the service alive, under 512 MiB, and the victim served, under every attack", async () => {
    // src/main.ts under tsx: building dist/ here could race with the test that builds it.
    const service = await startProcess("src/main.ts", {}, { echo: false });
    try {
      const rows = await runAttackSuite(service.url, service.child.pid ?? 0, 1.2);
      console.log(attackTable(rows));
      expect(rows.map((r) => r.attack)).toHaveLength(6);
      for (const row of rows) {
        expect(row.alive, row.attack).toBe(true);
        expect(row.maxRssMiB, row.attack).toBeLessThan(GUARANTEES.maxRssMiB);
        expect(row.success, row.attack).toBeGreaterThanOrEqual(GUARANTEES.minSuccess);
        expect(row.p99, row.attack).toBeLessThan(GUARANTEES.maxP99Ms);
      }
    } finally {
      await service.stop();
    }
  }, 40_000);
});
