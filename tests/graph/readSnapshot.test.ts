import { execFile } from "node:child_process";
import { chmod, cp, mkdtemp, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { checkGraphData, DEFAULT_GRAPH_DATA_LIMITS } from "../../src/graph/index.js";
import { graphWith } from "../helpers/graphWith.js";
import { compiled } from "../helpers/paths.js";

const run = promisify(execFile);

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/**
 * Two files that a curator edits together: each names its node after the edit it belongs
 * to ("Edit 1"), so a load that mixes two edits shows it. Same size at every edit, so
 * only the bytes tell the edits apart.
 */
const pair = (edit: number) => ({
  "zz-a.yaml": `nodes:\n  - { id: pair-a, kind: CAUSE, name: Edit ${edit} a, summary: One of a pair., sources: [{ doc: doc, section: Heel }] }\nedges:\n  - { from: pair-a, relation: CAUSES, to: heel-ache, explanation: It drives the heel ache., sources: [{ doc: doc, section: Heel }] }\n`,
  "zz-b.yaml": `nodes:\n  - { id: pair-b, kind: CAUSE, name: Edit ${edit} b, summary: One of a pair., sources: [{ doc: doc, section: Heel }] }\nedges:\n  - { from: pair-b, relation: CAUSES, to: heel-ache, explanation: It drives the heel ache., sources: [{ doc: doc, section: Heel }] }\n`,
});

async function folderWithPair() {
  const { dir, cleanup } = await graphWith(pair(1));
  cleanups.push(cleanup);
  const edit = async (n: number) => {
    for (const [name, content] of Object.entries(pair(n)))
      await writeFile(path.join(dir, name), content);
  };
  return { dir, edit };
}

const names = (data: Awaited<ReturnType<typeof checkGraphData>>["data"]) =>
  [data?.entities.get("pair-a")?.name, data?.entities.get("pair-b")?.name].join(" / ");

describe("a consistent snapshot of the folder", () => {
  it.each(["zz-a.yaml", "edges.yaml", "zz-b.yaml"])(
    "never mixes two edits: both files edited just after %s was read load as the new edit",
    async (readFirst) => {
      const { dir, edit } = await folderWithPair();
      let edits = 0;
      const { data } = await checkGraphData(dir, {
        afterRead: async (file) => {
          if (file === readFirst && edits === 0) await edit(++edits + 1);
        },
      });
      expect(edits).toBe(1);
      expect(names(data)).toBe("Edit 2 a / Edit 2 b");
      // The version is that of the folder as it now is on disk.
      expect(data?.version).toBe((await checkGraphData(dir)).data?.version);
    },
  );

  it("gives up with CHANGED_WHILE_READING when the folder changes at every attempt", async () => {
    const { dir, edit } = await folderWithPair();
    let edits = 0;
    const { data, problems } = await checkGraphData(dir, {
      afterRead: async (file) => {
        if (file === "zz-a.yaml") await edit(++edits + 1);
      },
    });
    expect(data).toBeNull();
    expect(edits).toBe(DEFAULT_GRAPH_DATA_LIMITS.readAttempts);
    expect(problems).toEqual([
      expect.objectContaining({ code: "CHANGED_WHILE_READING", severity: "error", line: 1 }),
    ]);
  });

  it("notices a file added or removed while the folder is read", async () => {
    const { dir } = await folderWithPair();
    let added = false;
    const { data } = await checkGraphData(dir, {
      afterRead: async () => {
        if (added) return;
        added = true;
        await writeFile(path.join(dir, "zz-c.yaml"), "synonyms:\n  - [heel ache, sore heel]\n");
      },
    });
    expect(data?.synonyms).toContainEqual(["heel ache", "sore heel"]);
  });
});

describe("a graph-data path that is not a readable folder", () => {
  it("is a NO_DATA problem with a fix, not a thrown file-system error", async () => {
    const { dir, cleanup } = await graphWith({});
    cleanups.push(cleanup);
    await writeFile(path.join(dir, "plain-file"), "not a folder");
    for (const bad of [path.join(dir, "missing"), path.join(dir, "plain-file")]) {
      const { data, problems } = await checkGraphData(bad, { limits: DEFAULT_GRAPH_DATA_LIMITS });
      expect(data).toBeNull();
      expect(problems).toEqual([
        expect.objectContaining({ code: "NO_DATA", severity: "error", file: ".", line: 1 }),
      ]);
      expect(problems[0]?.fix.length).toBeGreaterThan(0);
    }
  });
});

describe("a folder mounted from a Kubernetes ConfigMap", () => {
  /** The kubelet's layout: files in a hidden timestamped folder, reached by links. */
  async function configMapMount(files: Record<string, string>) {
    const { dir: source, cleanup } = await graphWith(files);
    const mount = await mkdtemp(path.join(tmpdir(), "kg-configmap-"));
    cleanups.push(cleanup, () => rm(mount, { recursive: true, force: true }));
    const stamped = "..2026_12_01_17_00_00.123456789";
    await cp(source, path.join(mount, stamped), { recursive: true });
    await symlink(stamped, path.join(mount, "..data"));
    for (const name of await readdir(source))
      await symlink(path.join("..data", name), path.join(mount, name));
    return { source, mount };
  }

  it("reads as the folder it was made from: same data version, same file names in problems", async () => {
    const sound = await configMapMount({});
    const check = (dir: string) => checkGraphData(dir, { limits: DEFAULT_GRAPH_DATA_LIMITS });
    const fromSource = await check(sound.source);
    const fromMount = await check(sound.mount);
    expect(fromMount.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(fromMount.data?.version).toBe(fromSource.data?.version);
    expect(fromMount.data?.entities.size).toBe(fromSource.data?.entities.size);

    const broken = await configMapMount({ "broken.yaml": "nodes:\n  - id: x\n   kind: [\n" });
    const { problems } = await checkGraphData(broken.mount, { limits: DEFAULT_GRAPH_DATA_LIMITS });
    expect(problems.map((p) => p.file)).toContain("broken.yaml");
    expect(problems.every((p) => !p.file.startsWith("."))).toBe(true);
  });
});

describe("a graph-data file the service may not read", () => {
  /** Whether a user without rights to `dir` can still read it: only root, in practice. */
  const readsEverything = process.getuid?.() === 0;

  it("is FILE_UNREADABLE naming the file, not a folder that kept changing", async () => {
    const { dir, cleanup } = await graphWith({ "secret.yaml": "nodes: []\n" });
    cleanups.push(cleanup);
    await chmod(path.join(dir, "secret.yaml"), 0o000);
    // Root reads whatever the mode says: check as nobody then, with the compiled loader.
    const problems = readsEverything
      ? await problemsAsNobody(dir)
      : (await checkGraphData(dir, { limits: DEFAULT_GRAPH_DATA_LIMITS })).problems;
    expect(problems).toEqual([
      expect.objectContaining({ code: "FILE_UNREADABLE", file: "secret.yaml", severity: "error" }),
    ]);
  });
});

/** The problems of checking `dir` in a process running as the unprivileged user nobody. */
async function problemsAsNobody(dir: string): Promise<{ code: string; file: string }[]> {
  await chmod(dir, 0o755);
  for (const name of await readdir(dir)) {
    if (name !== "secret.yaml") await chmod(path.join(dir, name), 0o644);
  }
  const loader = pathToFileURL(compiled("graph/index")).href;
  const script = `const g = await import(${JSON.stringify(loader)}); const r = await g.checkGraphData(${JSON.stringify(dir)}, { limits: g.DEFAULT_GRAPH_DATA_LIMITS }); console.log(JSON.stringify(r.problems));`;
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], {
    uid: 65534,
    gid: 65534,
  });
  return JSON.parse(stdout) as { code: string; file: string }[];
}
