import { open, readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { GraphDataLimits } from "./GraphDataLimits.js";
import { mebibytes } from "./GraphDataLimits.js";
import type { GraphDataProblem } from "./GraphDataProblem.js";

/** One file's text, as read. */
export interface FileText {
  /** Path relative to the graph-data folder, with forward slashes. */
  readonly file: string;
  readonly text: string;
}

/** The files of a folder as they were at one moment, or the problems that stopped the read. */
export interface Snapshot {
  /** Every file's text, sorted by path; empty when `problems` is not. */
  readonly files: readonly FileText[];
  /** Limits exceeded, or files that kept changing while they were read. */
  readonly problems: readonly GraphDataProblem[];
}

/** Options of {@link readSnapshot}. */
export interface SnapshotOptions {
  readonly limits: GraphDataLimits;
  /**
   * Called after each file is read, before the folder is checked for changes: a seam for
   * tests to change files in the middle of a read (default: none).
   */
  readonly afterRead?: (file: string) => Promise<void> | void;
}

/**
 * Reads every `*.yaml` / `*.yml` file under `dir` once, then reads the folder again and
 * checks that it has not changed since (the same files with the same bytes), so that what
 * is returned existed on disk at one moment, never a mix of old and new files. Bytes are
 * compared rather than timestamps, which the kernel keeps to a few milliseconds: two saves
 * within one tick would look alike. A change means a new attempt, up to
 * `limits.readAttempts`, then a CHANGED_WHILE_READING problem. The file count and sizes
 * are checked before any file is read, and no file is read past the size limit, so an
 * oversized folder costs a listing and a stat per file. At most two reads of the folder
 * per attempt: within the limits, a few milliseconds.
 */
export async function readSnapshot(dir: string, options: SnapshotOptions): Promise<Snapshot> {
  const { limits } = options;
  let changed = ".";
  for (let attempt = 0; attempt < limits.readAttempts; attempt++) {
    const names = await listYamlFiles(dir).catch((err: unknown) => notAFolder(dir, err));
    if (!Array.isArray(names)) return { files: [], problems: [names] };
    if (names.length > limits.maxFiles) {
      const message = `the folder holds ${names.length} YAML files, over the limit of ${limits.maxFiles}`;
      const fix = "merge small files, or remove files that are not graph-data";
      return { files: [], problems: [problem(".", "DATA_TOO_LARGE", message, fix)] };
    }
    const sizes = await Promise.all(names.map((f) => sizeOf(path.join(dir, f))));
    const problems = sizeProblems(names, sizes, limits);
    if (problems.length > 0) return { files: [], problems };
    const files: FileText[] = [];
    const unreadable: GraphDataProblem[] = [];
    for (const file of names) {
      const text = await readBounded(path.join(dir, file), limits.maxFileBytes);
      if (text === UNREADABLE) {
        unreadable.push(unreadableProblem(file));
        continue;
      }
      if (text === null) break;
      files.push({ file, text });
      await options.afterRead?.(file);
    }
    if (unreadable.length > 0) return { files: [], problems: unreadable };
    const moved =
      files.length < names.length
        ? (names[files.length] ?? ".")
        : await firstChanged(dir, files, limits.maxFileBytes);
    if (moved === null) return { files, problems: [] };
    changed = moved;
  }
  return {
    files: [],
    problems: [
      problem(
        changed,
        "CHANGED_WHILE_READING",
        `the folder changed while it was read, ${limits.readAttempts} times in a row (last at this file)`,
        "finish editing (or copy the folder into place in one rename), then reload again",
      ),
    ],
  };
}

/** Errors of listing a folder that mean nothing readable is there: the operator's path is wrong. */
const NOT_A_FOLDER: Readonly<Record<string, string>> = {
  ENOENT: "no such folder",
  ENOTDIR: "not a folder",
  EACCES: "the folder cannot be read (permission denied)",
  EPERM: "the folder cannot be read (permission denied)",
  ELOOP: "the path loops through symbolic links",
};

/** The NO_DATA problem of a folder that cannot be listed; rethrows any other error. */
function notAFolder(dir: string, err: unknown): GraphDataProblem {
  const code = (err as NodeJS.ErrnoException).code ?? "";
  const what = NOT_A_FOLDER[code];
  if (what === undefined) throw err;
  return problem(
    ".",
    "NO_DATA",
    `${what}: ${dir}`,
    "point GRAPH_DATA (or the folder argument) at a graph-data folder the service may read",
  );
}

/**
 * Every `*.yaml` / `*.yml` file under `dir`, relative, sorted for a stable order. A
 * symbolic link to a file counts as that file; hidden entries (a name starting with a dot)
 * and whatever is under them do not. So a Kubernetes ConfigMap mount (`ankle.yaml` linked
 * to `..data/ankle.yaml`, the files themselves in a `..2026_12_01_…` folder) reads as the
 * plain names: the same files, problems and data version as the folder it was made from.
 */
async function listYamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  for (const e of entries) {
    if (!/\.ya?ml$/.test(e.name)) continue;
    const file = path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/");
    if (file.split("/").some((part) => part.startsWith("."))) continue;
    if (e.isFile() || (e.isSymbolicLink() && (await isFile(path.join(dir, file))))) {
      files.push(file);
    }
  }
  return files.sort();
}

/** Whether `file` (a link followed) is a regular file now. */
function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** Size of `file` in bytes, or -1 when it has gone (then the read finds it changed). */
function sizeOf(file: string): Promise<number> {
  return stat(file).then(
    (s) => s.size,
    () => -1,
  );
}

/** The first file that is gone, new, or holds other bytes than were read; null if none. */
async function firstChanged(
  dir: string,
  files: readonly FileText[],
  maxBytes: number,
): Promise<string | null> {
  const now = await listYamlFiles(dir);
  const added = now.find((f, i) => f !== files[i]?.file);
  if (added !== undefined || now.length !== files.length) return added ?? ".";
  for (const { file, text } of files) {
    if ((await readBounded(path.join(dir, file), maxBytes)) !== text) return file;
  }
  return null;
}

/** What {@link readBounded} answers for a file the process may not read. */
const UNREADABLE = Symbol("unreadable");

/** The problem of a file the process may not read: a permission to fix, not an edit to wait for. */
function unreadableProblem(file: string): GraphDataProblem {
  return problem(
    file,
    "FILE_UNREADABLE",
    "the service may not read this file (permission denied)",
    "let the user the service runs as read it (chmod a+r), or move it out of the folder",
  );
}

/**
 * The text of `file`; null when it is gone, or grows while it is read, or holds more
 * than `maxBytes` bytes; UNREADABLE when permissions forbid opening it. Reads at most
 * `maxBytes + 1` bytes.
 */
async function readBounded(
  file: string,
  maxBytes: number,
): Promise<string | null | typeof UNREADABLE> {
  const handle = await open(file, "r").catch((err: NodeJS.ErrnoException) =>
    err.code === "EACCES" || err.code === "EPERM" ? UNREADABLE : null,
  );
  if (handle === null || handle === UNREADABLE) return handle;
  try {
    const buffer = Buffer.alloc(Math.min(maxBytes, (await handle.stat()).size) + 1);
    let read = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, read, buffer.length - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
      // More bytes than it had a moment ago, or than the limit: it is being written.
      if (read === buffer.length) return null;
    }
    return buffer.toString("utf8", 0, read);
  } finally {
    await handle.close();
  }
}

function sizeProblems(
  names: readonly string[],
  sizes: readonly number[],
  limits: GraphDataLimits,
): GraphDataProblem[] {
  const problems: GraphDataProblem[] = [];
  let total = 0;
  for (const [i, file] of names.entries()) {
    const size = sizes[i] ?? 0;
    total += size;
    if (size > limits.maxFileBytes) {
      problems.push(
        problem(
          file,
          "FILE_TOO_LARGE",
          `the file is ${mebibytes(size)}, over the limit of ${mebibytes(limits.maxFileBytes)} per file`,
          "split it into several files",
        ),
      );
    }
  }
  if (total > limits.maxTotalBytes) {
    problems.push(
      problem(
        ".",
        "DATA_TOO_LARGE",
        `the YAML files hold ${mebibytes(total)} together, over the limit of ${mebibytes(limits.maxTotalBytes)}`,
        "remove data, or raise GRAPH_DATA_MAX_MB if the service has the memory for it",
      ),
    );
  }
  return problems;
}

function problem(
  file: string,
  code: GraphDataProblem["code"],
  message: string,
  fix: string,
): GraphDataProblem {
  return { code, severity: "error", file, line: 1, entry: null, message, fix };
}
