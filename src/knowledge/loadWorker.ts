/**
 * The worker thread a reload runs in (see reloadKnowledgeBase): reads, parses and
 * validates the graph-data folder, the slow part of a load, away from the thread that
 * serves requests, and posts back either every problem or the validated data, encoded for
 * a cheap transfer. Exits once it has posted. On Linux, where a priority is per thread, it
 * runs at a lower CPU priority (nice 10), so that on a busy machine the serving thread gets the
 * cores first (elsewhere the call would lower the whole process: not made).
 */
import { constants, setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { checkGraphData } from "../graph/index.js";
import { encodeGraphData } from "./graphDataTransfer.js";
import type { LoadReply, LoadRequest } from "./loadMessages.js";

if (process.platform === "linux") {
  try {
    setPriority(constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // Not allowed here: the load runs at normal priority, which is only slower for others.
  }
}
const { dir, limits } = workerData as LoadRequest;
const post = (reply: LoadReply, transfer: ArrayBuffer[] = []) =>
  parentPort?.postMessage(reply, transfer);

try {
  const { data, problems } = await checkGraphData(dir, { limits });
  if (data === null) {
    post({ kind: "problems", problems });
  } else {
    const { encoded, transfer } = encodeGraphData(data);
    post({ kind: "data", data: encoded }, transfer);
  }
} catch (err) {
  post({ kind: "failed", message: err instanceof Error ? err.message : String(err) });
}
