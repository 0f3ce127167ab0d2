/**
 * Runs one attack of {@link ATTACKS} in its own process, so the load generator's CPU is
 * not the victim's: `tsx scripts/attackRunner.ts <attack index> <port>`. Stops on
 * SIGTERM and prints its tally as one JSON line.
 */
import { ATTACKS } from "./attacks.js";

const attack = ATTACKS[Number(process.argv[2])];
const port = Number(process.argv[3]);
if (attack === undefined || !Number.isInteger(port)) {
  console.error("usage: attackRunner.ts <attack index> <port>");
  process.exit(2);
}
const running = attack.start(port);
// A bound of its own, in case the suite that started it is gone.
const deadline = setTimeout(() => process.kill(process.pid, "SIGTERM"), 120_000);
process.once("SIGTERM", () => {
  clearTimeout(deadline);
  void running.stop().then(() => {
    process.stdout.write(`${JSON.stringify(running.tally)}\n`, () => process.exit(0));
  });
});
process.stdout.write("started\n");
