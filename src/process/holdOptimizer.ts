import { setFlagsFromString } from "node:v8";

/**
 * Node options that already say how V8 optimizes (`--no-opt`, `--turbofan`, `--jitless`,
 * `--max-opt=N`, in V8's other spellings too: `--no_turbofan`, `--noopt`,
 * …): an operator's choice, which {@link holdOptimizer} leaves alone.
 */
const OPTIMIZER_OPTION = /(?:^|\s)--(?:no[-_]?)?(?:opt|turbofan|jitless|max[-_]opt)(?:[\s=]|$)/;

/**
 * Turns V8's optimizing compiler (TurboFan) off until the returned function is called, for
 * a process that is starting: main.ts calls it before its first statement (its static imports,
 * the logger's and the configuration's, have run by then; the server's are imported after) and
 * releases it once the role serves.
 *
 * Why: a start runs much code briefly (the YAML parser over graph-data, module bodies,
 * index building) that V8 finds hot and optimizes on its background threads, yet never
 * runs again once served. Measured on the bundled graph-data (session 33, 4 starts each,
 * alternated, 2 shared cores): TurboFan's threads spent ~1.5 s CPU of a ~3.7 s start,
 * and holding them off cut the start to ~2.4 s with the main thread's CPU unchanged
 * (~2.1 s): the code it would have sped up had mostly run by the time it was ready. On a
 * much larger graph-data the parse runs longer unoptimized: on a generated 4 000-entry graph
 * the main thread took ~18% more CPU held (total CPU still lower in 4 of 5 pairs; review
 * of session 33, a loaded machine).
 * Released, V8 optimizes what requests make hot as before (the bench's rows are measured
 * after thousands of requests).
 *
 * Does nothing, and its release nothing, when node's options (`process.execArgv` or
 * NODE_OPTIONS) name the optimizer: releasing would override the operator's flag.
 */
export function holdOptimizer(): () => void {
  const options = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].join(" ");
  if (OPTIMIZER_OPTION.test(options)) return () => {};
  setFlagsFromString("--no-turbofan");
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    setFlagsFromString("--turbofan");
  };
}
