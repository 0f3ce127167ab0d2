import { readdirSync, readFileSync } from "node:fs";

/** Linux's clock ticks per second (USER_HZ, 100 on every Linux build Node supports). */
const TICKS_PER_SECOND = 100;

/** CPU µs a process has used so far: its main thread, and all its other threads together. */
export interface ThreadCpu {
  readonly main: number;
  readonly others: number;
}

/**
 * Each thread's user and system CPU time of process `pid`, summed, main thread (the one
 * whose id is the process's) apart, read from /proc/<pid>/task/<tid>/stat (Linux only;
 * a resolution of 10 ms per thread: read it over windows of seconds). A thread that ends
 * while the threads are read is left out.
 */
export function threadCpu(pid: number): ThreadCpu {
  let main = 0;
  let others = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
    } catch {
      continue;
    }
    // Fields after the command name (which may hold spaces and parentheses): utime is the
    // 14th field of the line and stime the 15th, so the 12th and 13th after the name.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const us = ((Number(fields[11]) + Number(fields[12])) * 1_000_000) / TICKS_PER_SECOND;
    if (Number(tid) === pid) main += us;
    else others += us;
  }
  return { main, others };
}
