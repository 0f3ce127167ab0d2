/**
 * The Kubernetes kinds deploy/kubernetes uses, typed as the tests read them: the fields of
 * tests/helpers/kubernetesSchema.ts that the tests look at, every one optional that
 * Kubernetes leaves optional (a kustomize patch holds only part of a kind).
 */

/** A label map (metadata.labels, a selector's matchLabels). */
type Labels = Record<string, string>;
/** An HTTP probe, as the tests read it. */
export interface Probe {
  httpGet?: { path?: string; port: number | string };
  initialDelaySeconds?: number;
  periodSeconds?: number;
  failureThreshold?: number;
}
/** A container, as the tests read it. */
export interface Container {
  name: string;
  env?: { name: string; value?: string }[];
  ports?: { name?: string; containerPort: number }[];
  readinessProbe?: Probe;
  startupProbe?: Probe;
  livenessProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  volumeMounts?: { name: string; mountPath: string }[];
}
/** A manifest of any kind: what every kind has. */
export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata?: { name?: string; labels?: Labels };
}
/** apps/v1 Deployment, as the tests read it (a kustomize patch holds only some of it). */
export interface Deployment extends Manifest {
  spec?: {
    selector?: { matchLabels?: Labels };
    strategy?: { rollingUpdate?: { maxUnavailable?: number | string } };
    template?: {
      metadata?: { labels?: Labels };
      spec?: {
        containers: Container[];
        securityContext?: { runAsNonRoot?: boolean };
        terminationGracePeriodSeconds?: number;
        volumes?: { name: string; configMap?: { name?: string } }[];
      };
    };
  };
}
/** v1 Service, as the tests read it. */
export interface Service extends Manifest {
  spec?: { selector?: Labels; ports?: { name?: string; port: number }[] };
}
/** autoscaling/v2 HorizontalPodAutoscaler, as the tests read it. */
export interface HorizontalPodAutoscaler extends Manifest {
  spec?: {
    scaleTargetRef: { apiVersion?: string; kind: string; name: string };
    minReplicas?: number;
    metrics?: { type: string; resource?: { name: string } }[];
  };
}
/** policy/v1 PodDisruptionBudget, as the tests read it. */
export interface PodDisruptionBudget extends Manifest {
  spec?: { selector?: { matchLabels?: Labels } };
}
/** networking.k8s.io/v1 Ingress, as the tests read it. */
export interface Ingress extends Manifest {
  spec?: {
    rules?: {
      http?: {
        paths: {
          path?: string;
          pathType: string;
          backend: { service?: { name: string; port?: { name?: string; number?: number } } };
        }[];
      };
    }[];
  };
}
