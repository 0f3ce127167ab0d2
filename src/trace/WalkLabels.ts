import { SettledLabels } from "./SettledLabels.js";

/** Labels kept between walks: a walk that made more gives its arrays back to the collector. */
export const RETAINED_LABELS = 1 << 16;

/** First capacity, in labels. */
const INITIAL_LABELS = 1 << 10;

/**
 * The labels of one root-cause walk, as parallel typed arrays (a label is a number: the
 * order it was made in, so earlier labels win ties), with a max-heap of the labels not yet
 * settled, best weight first, ties by the earlier label. Reused by the walks of one engine
 * (see {@link WalkLabels.take}), so a walk allocates no object per label; arrays grow by
 * doubling, and a walk that grew them past {@link RETAINED_LABELS} does not keep them. A
 * walk makes at most its starts plus, per label it settles (at most its maxSettled), one
 * label per move of the label's node.
 */
export class WalkLabels {
  /** Label → the node number it reached. */
  node = new Int32Array(INITIAL_LABELS);
  /** Label → the weight it carries. */
  weight = new Float64Array(INITIAL_LABELS);
  /** Label → hops from its start. */
  depth = new Int32Array(INITIAL_LABELS);
  /** Label → the label it extends, -1 for a start. */
  parent = new Int32Array(INITIAL_LABELS);
  /** Label → the move that made it, -1 for a start. */
  move = new Int32Array(INITIAL_LABELS);
  /** Label → 1 when a hop on its path is causal. */
  causal = new Uint8Array(INITIAL_LABELS);
  /** How many labels were made. */
  count = 0;
  private heap = new Int32Array(INITIAL_LABELS);
  /** Labels waiting in the heap. */
  waiting = 0;
  /** What each node kept, reused with the labels. */
  readonly settled = new SettledLabels();
  private busy = false;

  /**
   * Labels to walk with, empty: these when no walk holds them, else new ones (a meter that
   * traces again while a walk runs). Give them back with {@link release}.
   */
  take(): WalkLabels {
    const labels = this.busy ? new WalkLabels() : this;
    labels.busy = true;
    labels.count = 0;
    labels.waiting = 0;
    return labels;
  }

  /** Ends a walk; arrays grown past {@link RETAINED_LABELS} are dropped. */
  release(): void {
    this.busy = false;
    if (this.node.length > RETAINED_LABELS) this.resize(INITIAL_LABELS);
  }

  /** Makes a label and puts it in the heap. */
  push(node: number, weight: number, depth: number, parent: number, move: number, causal: number) {
    if (this.count === this.node.length) this.resize(this.count * 2);
    const label = this.count++;
    this.node[label] = node;
    this.weight[label] = weight;
    this.depth[label] = depth;
    this.parent[label] = parent;
    this.move[label] = move;
    this.causal[label] = causal;
    const heap = this.heap;
    let i = this.waiting++;
    while (i > 0) {
      const up = (i - 1) >> 1;
      const p = heap[up] as number;
      if (!this.before(label, p)) break;
      heap[i] = p;
      i = up;
    }
    heap[i] = label;
  }

  /** Takes the best waiting label out of the heap (there must be one). */
  pop(): number {
    const heap = this.heap;
    const top = heap[0] as number;
    const n = --this.waiting;
    if (n === 0) return top;
    const last = heap[n] as number;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const child = r < n && this.before(heap[r] as number, heap[l] as number) ? r : l;
      const c = heap[child] as number;
      if (!this.before(c, last)) break;
      heap[i] = c;
      i = child;
    }
    heap[i] = last;
    return top;
  }

  /** Whether label `a` leaves the heap before `b`: more weight, or as much and made earlier. */
  private before(a: number, b: number): boolean {
    const wa = this.weight[a] as number;
    const wb = this.weight[b] as number;
    return wa > wb || (wa === wb && a < b);
  }

  private resize(size: number): void {
    const grow = <T extends Int32Array | Float64Array | Uint8Array>(from: T, to: T): T => {
      to.set(from.subarray(0, Math.min(this.count, size)));
      return to;
    };
    this.node = grow(this.node, new Int32Array(size));
    this.weight = grow(this.weight, new Float64Array(size));
    this.depth = grow(this.depth, new Int32Array(size));
    this.parent = grow(this.parent, new Int32Array(size));
    this.move = grow(this.move, new Int32Array(size));
    this.causal = grow(this.causal, new Uint8Array(size));
    const heap = new Int32Array(size);
    heap.set(this.heap.subarray(0, Math.min(this.waiting, size)));
    this.heap = heap;
  }
}
