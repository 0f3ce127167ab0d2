import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { GUARANTEES } from "../../scripts/attackSuite.js";
import { DEFAULT_GRAPH_DATA_LIMITS } from "../../src/graph/GraphDataLimits.js";
import { PROBE_PATHS } from "../../src/http/installProbes.js";
import { reloadWorkerHeapMiB } from "../../src/knowledge/reloadKnowledgeBase.js";
import { readConfig } from "../../src/process/config.js";
import { LIMIT_VARIABLES } from "../../src/process/serviceLimitVariables.js";
import { VARIABLES } from "../../src/process/variables.js";
import { validateManifest } from "../helpers/kubernetesSchema.js";
import type {
  Deployment,
  HorizontalPodAutoscaler,
  Ingress,
  Manifest,
  PodDisruptionBudget,
  Service,
} from "../helpers/kubernetesTypes.js";
import { ROOT } from "../helpers/paths.js";

const DEPLOY = path.join(ROOT, "deploy/kubernetes");

/** A YAML document as read: a manifest, or a kustomization's fields. */
type Doc = Manifest & Record<string, unknown>;

async function readYaml(file: string): Promise<Doc[]> {
  const docs = parseAllDocuments(await readFile(path.join(DEPLOY, file), "utf8"));
  return docs.map((d) => {
    expect(d.errors).toEqual([]);
    return d.toJS() as Doc;
  });
}

async function manifests(): Promise<Doc[]> {
  const [kustomization] = await readYaml("kustomization.yaml");
  const all = await Promise.all(((kustomization?.resources ?? []) as string[]).map(readYaml));
  return all.flat();
}

/** The one manifest of `kind`. */
function one(all: Manifest[], kind: string): Manifest {
  const found = all.filter((m) => m.kind === kind);
  expect(found).toHaveLength(1);
  return found[0] as Manifest;
}
const deploymentOf = (all: Manifest[]) => one(all, "Deployment") as Deployment;

describe("deploy/kubernetes", () => {
  // Each kind is checked against its Kubernetes schema (no cluster): tests/helpers/kubernetesSchema.ts.
  it("holds a Deployment, Service, HPA and PDB, each valid against the Kubernetes schema", async () => {
    const all = await manifests();
    expect(all.map((m) => m.kind).sort()).toEqual([
      "Deployment",
      "HorizontalPodAutoscaler",
      "PodDisruptionBudget",
      "Service",
    ]);
    for (const m of all) expect(() => validateManifest(m)).not.toThrow();
  });

  it("the validation refuses a malformed manifest (so the check above can fail)", async () => {
    const deployment = deploymentOf(await manifests());
    const probe = deployment.spec?.template?.spec?.containers[0]?.readinessProbe?.httpGet;
    expect(probe).toBeDefined();
    Object.assign(probe ?? {}, { port: { name: "http" } });
    expect(() => validateManifest(deployment)).toThrow(/readinessProbe/);
    // A field Kubernetes does not have there (a typo), a memory that is no quantity.
    const [service] = await readYaml("service.yaml");
    expect(() => validateManifest({ ...service, spec: { replicas: 2 } })).toThrow(/replicas/);
    const { spec } = deploymentOf(await manifests());
    const resources = spec?.template?.spec?.containers[0]?.resources;
    Object.assign(resources?.limits ?? {}, { memory: "lots" });
    expect(() => validateManifest({ ...deployment, spec })).toThrow(/limits\/memory/);
  });

  it("probes /readyz for readiness and /livez for liveness on the container's port", async () => {
    const container = deploymentOf(await manifests()).spec?.template?.spec?.containers[0];
    expect(container?.readinessProbe?.httpGet).toEqual({ path: "/readyz", port: "http" });
    expect(container?.livenessProbe?.httpGet).toEqual({ path: "/livez", port: "http" });
    expect(container?.ports).toContainEqual(expect.objectContaining({ name: "http" }));
  });

  it("gives start-up (graph-data loading) minutes before liveness can restart the pod", async () => {
    const container = deploymentOf(await manifests()).spec?.template?.spec?.containers[0];
    const startup = container?.startupProbe;
    expect(startup?.httpGet).toEqual({ path: "/livez", port: "http" });
    const startupS = (startup?.periodSeconds ?? 10) * (startup?.failureThreshold ?? 3);
    expect(startupS).toBeGreaterThanOrEqual(120);
    // The startup probe stands in for an initial delay, which would only slow every start.
    expect(container?.livenessProbe?.initialDelaySeconds ?? 0).toBe(0);
  });

  it("gives the pod longer than the service's shutdown deadline, and a grace the readiness probe sees", async () => {
    const spec = deploymentOf(await manifests()).spec?.template?.spec;
    const container = spec?.containers[0];
    const env = Object.fromEntries((container?.env ?? []).map((e) => [e.name, e.value]));
    const grace = Number(env.SHUTDOWN_GRACE_MS);
    const deadline = Number(env.SHUTDOWN_DEADLINE_MS);
    const probe = container?.readinessProbe;
    // Unready is seen within periodSeconds × failureThreshold; the grace covers twice that.
    const unseenMs = (probe?.periodSeconds ?? 10) * (probe?.failureThreshold ?? 3) * 1000;
    expect(grace).toBeGreaterThanOrEqual(2 * unseenMs);
    expect(deadline).toBeGreaterThan(grace);
    expect((spec?.terminationGracePeriodSeconds ?? 30) * 1000).toBeGreaterThan(deadline);
    expect(env.WORKERS).toBe("1");
  });

  it("sets only variables the service reads, each to a value its configuration accepts", async () => {
    const container = deploymentOf(await manifests()).spec?.template?.spec?.containers[0];
    const env = Object.fromEntries((container?.env ?? []).map((e) => [e.name, e.value ?? ""]));
    const known = new Set([...Object.keys(VARIABLES), ...Object.keys(LIMIT_VARIABLES)]);
    expect(Object.keys(env).filter((name) => !known.has(name))).toEqual([]);
    expect(() => readConfig(env)).not.toThrow();
    expect(readConfig(env).production).toBe(true);
  });

  it("limits the pod's memory to at least the process's ceiling plus a reload's worker", async () => {
    const resources = deploymentOf(await manifests()).spec?.template?.spec?.containers[0]
      ?.resources;
    const mib = (quantity: unknown) => {
      const [, n, unit] = /^(\d+)(Mi|Gi)$/.exec(String(quantity)) ?? [];
      return Number(n) * (unit === "Gi" ? 1024 : 1);
    };
    // The worker's young generation, code and stack, and the new knowledge base (docs/operations.md, Kubernetes).
    const reloadExtraMiB = 128;
    expect(mib(resources?.limits?.memory)).toBeGreaterThanOrEqual(
      GUARANTEES.maxRssMiB + reloadWorkerHeapMiB(DEFAULT_GRAPH_DATA_LIMITS) + reloadExtraMiB,
    );
    expect(mib(resources?.requests?.memory)).toBeLessThanOrEqual(mib(resources?.limits?.memory));
  });

  it("runs as a non-root user and rolls out new pods before old ones stop", async () => {
    const deployment = deploymentOf(await manifests());
    expect(deployment.spec?.template?.spec?.securityContext?.runAsNonRoot).toBe(true);
    expect(deployment.spec?.strategy?.rollingUpdate?.maxUnavailable).toBe(0);
    expect(JSON.stringify(deployment)).not.toContain("SIGHUP");
  });

  it("points the Service, HPA and PDB at the Deployment's pods", async () => {
    const all = await manifests();
    const deployment = deploymentOf(all);
    const labels = deployment.spec?.template?.metadata?.labels;
    expect(labels).toBeDefined();
    expect(deployment.spec?.selector?.matchLabels).toEqual(labels);
    expect((one(all, "Service") as Service).spec?.selector).toEqual(labels);
    const pdb = one(all, "PodDisruptionBudget") as PodDisruptionBudget;
    expect(pdb.spec?.selector?.matchLabels).toEqual(labels);
    const hpa = one(all, "HorizontalPodAutoscaler") as HorizontalPodAutoscaler;
    expect(hpa.spec?.scaleTargetRef).toEqual({
      apiVersion: "apps/v1",
      kind: "Deployment",
      name: deployment.metadata?.name,
    });
    expect(hpa.spec?.metrics?.[0]?.resource?.name).toBe("cpu");
    expect(hpa.spec?.minReplicas).toBeGreaterThanOrEqual(2);
    expect(deployment.spec?.template?.spec?.containers[0]?.resources?.requests?.cpu).toBeDefined();
  });

  it("the ingress variant routes the explorer's files and /graphql only, trusting one proxy", async () => {
    const [kustomization] = await readYaml("ingress/kustomization.yaml");
    expect(kustomization?.resources).toEqual(["../", "ingress.yaml"]);
    const [manifest] = await readYaml("ingress/ingress.yaml");
    expect(() => validateManifest(manifest)).not.toThrow();
    const ingress = manifest as Ingress;
    const paths = ingress.spec?.rules?.flatMap((r) => r.http?.paths ?? []) ?? [];
    // Exact paths only: a prefix would expose /metrics and the probes too.
    expect(new Set(paths.map((p) => p.pathType))).toEqual(new Set(["Exact"]));
    const service = one(await manifests(), "Service") as Service;
    for (const p of paths) {
      expect(p.backend.service?.name).toBe(service.metadata?.name);
      expect(service.spec?.ports?.map((port) => port.name)).toContain(
        p.backend.service?.port?.name,
      );
    }
    const routed = paths.map((p) => p.path);
    const page = await readFile(path.join(ROOT, "src/web/index.html"), "utf8");
    const files = [...page.matchAll(/(?:src|href)="(\/[^"#]*)"/g)].map((m) => m[1]);
    expect(files.length).toBeGreaterThan(0);
    expect(routed).toEqual(expect.arrayContaining(["/", "/graphql", ...files]));
    for (const hidden of ["/metrics", "/health", ...PROBE_PATHS])
      expect(routed).not.toContain(hidden);
    const [patch] = await readYaml("ingress/trust-proxy.yaml");
    const env = (patch as Deployment).spec?.template?.spec?.containers[0]?.env ?? [];
    expect(env).toEqual([{ name: "TRUST_PROXY", value: "1" }]);
    expect(readConfig({ TRUST_PROXY: "1" }).limits.trustProxyHops).toBe(1);
  });

  it("the ConfigMap variant mounts every bundled graph-data file at GRAPH_DATA", async () => {
    const [kustomization] = await readYaml("graph-data-configmap/kustomization.yaml");
    const generator = (
      (kustomization?.configMapGenerator ?? []) as { name: string; files: string[] }[]
    )[0];
    const listed = (generator?.files ?? []).map((f) => path.basename(f));
    const bundled = (await readdir(path.join(ROOT, "graph-data"))).filter((f) =>
      f.endsWith(".yaml"),
    );
    expect(listed.sort()).toEqual(bundled.sort());
    const [patch] = await readYaml("graph-data-configmap/mount-graph-data.yaml");
    const spec = (patch as Deployment).spec?.template?.spec;
    const container = spec?.containers[0];
    expect(spec?.volumes?.[0]?.configMap?.name).toBe(generator?.name);
    expect(container?.volumeMounts?.[0]?.mountPath).toBe(
      container?.env?.find((e) => e.name === "GRAPH_DATA")?.value,
    );
  });
});
