/**
 * `npm run attack`: compiles and starts the service (dist/main.js, as `npm start` runs it,
 * production, default limits) on 127.0.0.1 and runs every attack of issue 13 against it
 * for ATTACK_SECONDS each (default 10) while a well-behaved client sends cold searches
 * and traces. Prints the table; passes (exit 0) when, for every attack, the service stays
 * alive with RSS under 512 MiB and the victim keeps ≥ 99% success with p99 under 250 ms.
 * ATTACK_MAIN runs another compiled entry point instead (to measure an older build);
 * ATTACK_ONLY=n runs only the n-th attack (0-based) after the baseline.
 */

import { ALONE, attackTable, runAttackSuite } from "./attackSuite.js";
import { buildIfStale, SERVER_MAIN } from "./build.js";
import { startProcess } from "./service.js";

const seconds = Number(process.env.ATTACK_SECONDS ?? 10);
const main = process.env.ATTACK_MAIN ?? SERVER_MAIN;

if (process.env.ATTACK_MAIN === undefined) await buildIfStale();
const service = await startProcess(main, {}, { echo: false });
const pid = service.child.pid ?? 0;
try {
  console.log(`attacking ${main} (pid ${pid}) for ${seconds} s per attack`);
  const only = process.env.ATTACK_ONLY;
  const rows = await runAttackSuite(
    service.url,
    pid,
    { seconds },
    only === undefined ? ALONE : [[Number(only)]],
  );
  console.log(attackTable(rows));
  const ok = rows.length > 1 && rows.every((r) => r.pass);
  console.log(ok ? "PASS" : "FAIL");
  process.exitCode = ok ? 0 : 1;
} finally {
  await service.stop();
}
