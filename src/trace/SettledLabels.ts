/**
 * Per node of one root-cause walk: the labels it kept (at most `perNode`, in the order
 * they settled), whether it is a start, and the order in which nodes first settled. Arrays
 * sized by the graph's nodes and reused from walk to walk: a walk's marks are told from
 * the last one's by a generation number, so starting a walk clears nothing.
 */
export class SettledLabels {
  private generation = 0;
  /** Node → the generation its count and start mark belong to. */
  private stamp = new Int32Array(0);
  private counts = new Int32Array(0);
  private starts = new Uint8Array(0);
  private kept = new Int32Array(0);
  private perNode = 0;
  /** Nodes in the order their first label settled (the first {@link nodes} entries). */
  order = new Int32Array(0);
  /** How many nodes settled a label. */
  nodes = 0;

  /** Starts a walk over `size` nodes keeping at most `perNode` labels each. */
  reset(size: number, perNode: number): void {
    if (this.stamp.length < size || this.generation === 0x7fffffff) {
      this.stamp = new Int32Array(size);
      this.counts = new Int32Array(size);
      this.starts = new Uint8Array(size);
      this.order = new Int32Array(size);
      this.generation = 0;
    }
    if (this.kept.length < size * perNode || this.perNode !== perNode)
      this.kept = new Int32Array(this.stamp.length * perNode);
    this.perNode = perNode;
    this.generation++;
    this.nodes = 0;
  }

  /** How many labels `node` kept so far. */
  count(node: number): number {
    return this.stamp[node] === this.generation ? (this.counts[node] as number) : 0;
  }

  /** Whether `node` was marked as a start of this walk. */
  isStart(node: number): boolean {
    return this.stamp[node] === this.generation && this.starts[node] === 1;
  }

  /** Marks `node` as a start. */
  markStart(node: number): void {
    this.touch(node);
    this.starts[node] = 1;
  }

  /** Keeps `label` at `node` (which has room: count < perNode). */
  keep(node: number, label: number): void {
    this.touch(node);
    const n = this.counts[node] as number;
    if (n === 0) this.order[this.nodes++] = node;
    this.kept[node * this.perNode + n] = label;
    this.counts[node] = n + 1;
  }

  /** The `i`th label `node` kept. */
  label(node: number, i: number): number {
    return this.kept[node * this.perNode + i] as number;
  }

  private touch(node: number): void {
    if (this.stamp[node] === this.generation) return;
    this.stamp[node] = this.generation;
    this.counts[node] = 0;
    this.starts[node] = 0;
  }
}
