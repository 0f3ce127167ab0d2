import { readdirSync, readFileSync } from "node:fs";

/** Linux's clock ticks per second (USER_HZ, 100 on every Linux build Node supports). */
const TICKS_PER_SECOND = 100;

/** CPU seconds in one /proc stat line: the task's own, and its waited-for children's. */
export interface ProcTimes {
  readonly user: number;
  readonly system: number;
  readonly childrenUser: number;
  readonly childrenSystem: number;
}

/**
 * The CPU times of a /proc/<pid>/stat or /proc/<pid>/task/<tid>/stat line, in seconds.
 * Fields are counted after the command name (which may hold spaces and parentheses, so the
 * last ")" ends it): utime, stime, cutime and cstime are the 12th to 15th after it.
 */
export function procTimes(stat: string): ProcTimes {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const at = (i: number) => Number(fields[i]) / TICKS_PER_SECOND;
  return { user: at(11), system: at(12), childrenUser: at(13), childrenSystem: at(14) };
}

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
    const { user, system } = procTimes(stat);
    const us = (user + system) * 1_000_000;
    if (Number(tid) === pid) main += us;
    else others += us;
  }
  return { main, others };
}
