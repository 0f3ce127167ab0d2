/**
 * Runs attacks of {@link ATTACKS} in a process of their own, so the load generator's CPU
 * is not the victim's: `tsx scripts/attackRunner.ts <port>`, then one command a line on
 * stdin, each answered with one line on stdout:
 * - `start <attack index>`: starts that attack against 127.0.0.1:<port>; answers `started`.
 * - `stop`: stops the running attack; answers its tally as one JSON line.
 * The process lasts the whole suite (one start, not one per attack) and exits when its
 * stdin ends, stopping any attack still running, so it never outlives the suite.
 */
import { createInterface } from "node:readline";
import { ATTACKS, type RunningAttack } from "./attacks.js";

/** An attack not stopped within this long stops itself (its tally kept), in case the suite is stuck. */
const ATTACK_BOUND_MS = 120_000;

const port = Number(process.argv[2]);
if (!Number.isInteger(port)) {
  console.error("usage: attackRunner.ts <port>, then `start <attack index>` and `stop` on stdin");
  process.exit(2);
}

let running: { attack: RunningAttack; bound: NodeJS.Timeout } | null = null;
/** Answers are written in command order: each command waits for the one before. */
let queue: Promise<void> = Promise.resolve();

const answer = (line: string) =>
  new Promise<void>((resolve) => process.stdout.write(`${line}\n`, () => resolve()));

/** Stops the running attack, if any, and resolves with its tally as JSON. */
async function stop(): Promise<string> {
  const current = running;
  running = null;
  if (current === null) return JSON.stringify({ sent: 0, answers: {} });
  clearTimeout(current.bound);
  await current.attack.stop();
  return JSON.stringify(current.attack.tally);
}

async function command(line: string): Promise<void> {
  const [verb, arg] = line.trim().split(/\s+/);
  if (verb === "start") {
    const attack = ATTACKS[Number(arg)];
    if (attack === undefined || running !== null) {
      await answer(`error: cannot start attack ${arg}`);
      return;
    }
    const started = attack.start(port);
    const bound = setTimeout(() => void started.stop().catch(() => undefined), ATTACK_BOUND_MS);
    running = { attack: started, bound };
    // Answered once it is at work, so the head start the suite gives it is all attack.
    await answer(
      await (started.ready ?? Promise.resolve()).then(
        () => "started",
        (err: unknown) => `error: attack ${arg} could not start: ${String(err)}`,
      ),
    );
  } else if (verb === "stop") {
    await answer(await stop());
  } else if (verb !== undefined && verb !== "") {
    await answer(`error: unknown command ${verb}`);
  }
}

const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  queue = queue.then(() =>
    command(line).catch((err: unknown) => answer(`error: ${line}: ${String(err)}`)),
  );
});
lines.on("close", () => {
  void queue
    .then(stop)
    .catch(() => undefined)
    .then(() => process.exit(0));
});
