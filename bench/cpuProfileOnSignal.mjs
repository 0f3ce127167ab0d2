// Preloaded by bench/profileHot.ts (NODE_OPTIONS=--import, where Node 20 refuses --cpu-prof):
// the first SIGUSR2 starts V8's sampling profiler on the main thread (every 100 µs), the
// second stops it and writes the profile to CPU_PROFILE_OUT, then answers on stderr.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";

const session = new Session();
session.connect();
/**
 * @param {string} method
 * @param {object} [params]
 * @returns {Promise<any>}
 */
const post = (method, params) =>
  new Promise((resolve, reject) =>
    session.post(method, params, (err, result) => (err ? reject(err) : resolve(result))),
  );
let running = false;
process.on("SIGUSR2", async () => {
  if (!running) {
    running = true;
    await post("Profiler.enable");
    await post("Profiler.setSamplingInterval", { interval: 100 });
    await post("Profiler.start");
    process.stderr.write("cpu profile started\n");
    return;
  }
  const { profile } = await post("Profiler.stop");
  writeFileSync(process.env.CPU_PROFILE_OUT ?? "/tmp/hot.cpuprofile", JSON.stringify(profile));
  process.stderr.write("cpu profile written\n");
});
