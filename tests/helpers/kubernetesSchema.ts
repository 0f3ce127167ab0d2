import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";

/**
 * The Kubernetes API's schema for the kinds deploy/kubernetes uses (Deployment, Service,
 * HorizontalPodAutoscaler, PodDisruptionBudget, Ingress), cut to the fields its manifests
 * set or the tests read, with Kubernetes' types, required fields, enums, int32/int64 bounds,
 * int-or-string and quantity syntax (the API reference, v1.30+). Stricter than the full
 * schema in one way: every object is closed, so a field it does not list (a typo, or a
 * field Kubernetes has that this file does not yet) is refused; add it here with its type
 * from the API reference. It replaced the `kubernetes-models` package (a fifth of
 * node_modules' files, for one test file).
 */

type Schema = Record<string, unknown>;

/** A closed object: only `properties`, `required` among them. */
const obj = (properties: Record<string, Schema>, required: readonly string[] = []): Schema => ({
  type: "object",
  properties,
  required,
  additionalProperties: false,
});
const str: Schema = { type: "string" };
const bool: Schema = { type: "boolean" };
const int32: Schema = { type: "integer", minimum: -(2 ** 31), maximum: 2 ** 31 - 1 };
const int64: Schema = {
  type: "integer",
  minimum: Number.MIN_SAFE_INTEGER,
  maximum: Number.MAX_SAFE_INTEGER,
};
const arrayOf = (items: Schema): Schema => ({ type: "array", items });
const mapOf = (values: Schema): Schema => ({ type: "object", additionalProperties: values });
const oneOf = (...values: readonly string[]): Schema => ({ type: "string", enum: values });
/** intstr.IntOrString: an int32 or a string (a port's name, a percentage). */
const intOrString: Schema = { oneOf: [int32, str] };
/**
 * resource.Quantity: a number, or `<signedNumber><suffix>` where the suffix is a binary SI
 * (Ki Mi Gi Ti Pi Ei), a decimal SI (m k M G T P E) or an exponent (e or E and a signed number).
 */
export const QUANTITY =
  /^[+-]?(?:\d+|\d+\.\d*|\.\d+)(?:[KMGTPE]i|[mkMGTPE]|[eE][+-]?(?:\d+|\d+\.\d*|\.\d+))?$/;
const quantity: Schema = {
  oneOf: [{ type: "number" }, { type: "string", pattern: QUANTITY.source }],
};
const protocol = oneOf("SCTP", "TCP", "UDP");

const objectMeta = obj({ name: str, labels: mapOf(str), annotations: mapOf(str) });
const labelSelector = obj({ matchLabels: mapOf(str) });
/** The fields every kind has; `apiVersion` and `kind` are this one's. */
const kind = (apiVersion: string, name: string, spec: Schema): Schema =>
  obj({ apiVersion: { const: apiVersion }, kind: { const: name }, metadata: objectMeta, spec }, [
    "apiVersion",
    "kind",
  ]);

const probe = obj({
  httpGet: obj({ path: str, port: intOrString, scheme: oneOf("HTTP", "HTTPS") }, ["port"]),
  initialDelaySeconds: int32,
  periodSeconds: int32,
  timeoutSeconds: int32,
  failureThreshold: int32,
  successThreshold: int32,
});

const container = obj(
  {
    name: str,
    image: str,
    imagePullPolicy: oneOf("Always", "IfNotPresent", "Never"),
    ports: arrayOf(obj({ name: str, containerPort: int32, protocol }, ["containerPort"])),
    env: arrayOf(obj({ name: str, value: str }, ["name"])),
    readinessProbe: probe,
    startupProbe: probe,
    livenessProbe: probe,
    resources: obj({ requests: mapOf(quantity), limits: mapOf(quantity) }),
    securityContext: obj({
      allowPrivilegeEscalation: bool,
      readOnlyRootFilesystem: bool,
      runAsNonRoot: bool,
      capabilities: obj({ add: arrayOf(str), drop: arrayOf(str) }),
    }),
    volumeMounts: arrayOf(
      obj({ name: str, mountPath: str, readOnly: bool }, ["name", "mountPath"]),
    ),
  },
  ["name"],
);

const podSpec = obj(
  {
    terminationGracePeriodSeconds: int64,
    automountServiceAccountToken: bool,
    securityContext: obj({
      runAsNonRoot: bool,
      runAsUser: int64,
      runAsGroup: int64,
      seccompProfile: obj({ type: oneOf("Localhost", "RuntimeDefault", "Unconfined") }, ["type"]),
    }),
    topologySpreadConstraints: arrayOf(
      obj(
        {
          maxSkew: int32,
          topologyKey: str,
          whenUnsatisfiable: oneOf("DoNotSchedule", "ScheduleAnyway"),
          labelSelector,
        },
        ["maxSkew", "topologyKey", "whenUnsatisfiable"],
      ),
    ),
    containers: arrayOf(container),
    volumes: arrayOf(obj({ name: str, configMap: obj({ name: str }) }, ["name"])),
  },
  ["containers"],
);

const deployment = kind(
  "apps/v1",
  "Deployment",
  obj(
    {
      replicas: int32,
      revisionHistoryLimit: int32,
      selector: labelSelector,
      strategy: obj({
        type: oneOf("Recreate", "RollingUpdate"),
        rollingUpdate: obj({ maxSurge: intOrString, maxUnavailable: intOrString }),
      }),
      template: obj({ metadata: objectMeta, spec: podSpec }),
    },
    ["selector", "template"],
  ),
);

const service = kind(
  "v1",
  "Service",
  obj({
    type: oneOf("ClusterIP", "ExternalName", "LoadBalancer", "NodePort"),
    selector: mapOf(str),
    ports: arrayOf(obj({ name: str, port: int32, targetPort: intOrString, protocol }, ["port"])),
  }),
);

const scalingRules = obj({ stabilizationWindowSeconds: int32 });
const horizontalPodAutoscaler = kind(
  "autoscaling/v2",
  "HorizontalPodAutoscaler",
  obj(
    {
      scaleTargetRef: obj({ apiVersion: str, kind: str, name: str }, ["kind", "name"]),
      minReplicas: int32,
      maxReplicas: int32,
      metrics: arrayOf(
        obj(
          {
            type: oneOf("ContainerResource", "External", "Object", "Pods", "Resource"),
            resource: obj(
              {
                name: str,
                target: obj(
                  {
                    type: oneOf("AverageValue", "Utilization", "Value"),
                    averageUtilization: int32,
                  },
                  ["type"],
                ),
              },
              ["name", "target"],
            ),
          },
          ["type"],
        ),
      ),
      behavior: obj({ scaleUp: scalingRules, scaleDown: scalingRules }),
    },
    ["maxReplicas", "scaleTargetRef"],
  ),
);

const podDisruptionBudget = kind(
  "policy/v1",
  "PodDisruptionBudget",
  obj({ maxUnavailable: intOrString, minAvailable: intOrString, selector: labelSelector }),
);

const ingressPath = obj(
  {
    path: str,
    pathType: oneOf("Exact", "ImplementationSpecific", "Prefix"),
    backend: obj({
      service: obj({ name: str, port: obj({ name: str, number: int32 }) }, ["name"]),
    }),
  },
  ["backend", "pathType"],
);
const ingress = kind(
  "networking.k8s.io/v1",
  "Ingress",
  obj({
    ingressClassName: str,
    rules: arrayOf(obj({ host: str, http: obj({ paths: arrayOf(ingressPath) }, ["paths"]) })),
  }),
);

/** The schema of each kind, by `<apiVersion> <kind>`. */
export const KUBERNETES_SCHEMAS: Readonly<Record<string, Schema>> = {
  "apps/v1 Deployment": deployment,
  "v1 Service": service,
  "autoscaling/v2 HorizontalPodAutoscaler": horizontalPodAutoscaler,
  "policy/v1 PodDisruptionBudget": podDisruptionBudget,
  "networking.k8s.io/v1 Ingress": ingress,
};

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validators = new Map(
  Object.entries(KUBERNETES_SCHEMAS).map(([name, schema]) => [name, ajv.compile(schema)]),
);

const describe = (e: ErrorObject) =>
  `${e.instancePath || "/"} ${e.message ?? e.keyword}${
    e.keyword === "additionalProperties" ? ` (${String(e.params.additionalProperty)})` : ""
  }`;

/**
 * Checks `manifest` against its kind's schema ({@link KUBERNETES_SCHEMAS}); throws an Error
 * naming the kind and every problem with its path (`/spec/replicas must be integer`), or for
 * a kind the schema does not hold.
 */
export function validateManifest(manifest: unknown): void {
  const { apiVersion, kind: name } = (manifest ?? {}) as { apiVersion?: unknown; kind?: unknown };
  const key = `${String(apiVersion)} ${String(name)}`;
  const validate = validators.get(key);
  if (validate === undefined) {
    throw new Error(`${key}: not a kind tests/helpers/kubernetesSchema.ts holds: add its schema`);
  }
  if (!validate(manifest)) {
    throw new Error(`${key}: ${(validate.errors ?? []).map(describe).join(", ")}`);
  }
}
