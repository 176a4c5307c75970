/**
 * The residual network of one circulation, built once per table and reused for every
 * target: each range query is one or two capacity-limited max-flow runs whose changes are
 * undone afterwards, so all queries start from the same feasible point (which `reach` is
 * measured from). Everything lives in typed arrays and the inner loops allocate nothing.
 *
 * Arc layout. Edge e (tail → head) is the pair of arcs 2e (tail → head, residual
 * upper − f) and 2e+1 (head → tail, residual f − lower), so the flow is never stored: it is
 * lower + residual[2e+1]. After the real edges come, per real node v, a spare pair v → SINK
 * and a spare pair SOURCE → v. They let a run have many sources or sinks at once (the
 * feasibility phase, a sum over several edges) without rebuilding anything; they are listed
 * in adjacency only while active, so ordinary runs never scan them.
 */
export class ResidualGraph {
  /** Extra node whose active arcs make a super source. */
  readonly source: number;
  /** Extra node whose active arcs make a super sink. */
  readonly sink: number;
  readonly head: Int32Array;
  readonly residual: Float64Array;

  private readonly edgeCount: number;
  private readonly realNodes: number;
  private readonly adjStart: Int32Array;
  private readonly adjEnd: Int32Array;
  private readonly realEnd: Int32Array;
  private readonly adjArcs: Int32Array;

  private readonly level: Int32Array;
  private readonly cursor: Int32Array;
  private readonly queue: Int32Array;
  private readonly path: Int32Array;
  private labelled = 0;

  // Undo log of one session: the pairs changed since begin(), with their residuals then.
  private readonly stamp: Int32Array;
  private readonly touched: Int32Array;
  private readonly saved: Float64Array;
  private session = 0;
  private touchedCount = 0;
  private readonly fedNodes: Int32Array;
  private fedCount = 0;

  constructor(nodeCount: number, tail: Int32Array, head: Int32Array) {
    const edges = tail.length;
    const nodes = nodeCount + 2;
    const pairs = edges + 2 * nodeCount;
    this.edgeCount = edges;
    this.realNodes = nodeCount;
    this.source = nodeCount;
    this.sink = nodeCount + 1;
    this.head = new Int32Array(2 * pairs);
    this.residual = new Float64Array(2 * pairs);

    for (let e = 0; e < edges; e++) {
      this.head[2 * e] = head[e]!;
      this.head[2 * e + 1] = tail[e]!;
    }
    for (let v = 0; v < nodeCount; v++) {
      const toSink = edges + v;
      this.head[2 * toSink] = this.sink;
      this.head[2 * toSink + 1] = v;
      const fromSource = edges + nodeCount + v;
      this.head[2 * fromSource] = v;
      this.head[2 * fromSource + 1] = this.source;
    }

    const degree = new Int32Array(nodeCount);
    for (let e = 0; e < edges; e++) {
      degree[tail[e]!]!++;
      degree[head[e]!]!++;
    }
    this.adjStart = new Int32Array(nodes);
    this.adjEnd = new Int32Array(nodes);
    this.realEnd = new Int32Array(nodes);
    let offset = 0;
    for (let v = 0; v < nodeCount; v++) {
      this.adjStart[v] = offset;
      offset += degree[v]! + 1;
    }
    this.adjStart[this.source] = offset;
    offset += nodeCount;
    this.adjStart[this.sink] = offset;
    this.adjArcs = new Int32Array(offset);

    // Later edges first. Callers number edges so that later ones lie deeper (cells of child
    // areas follow their parents'), and a BFS that tries a node's children before its parent
    // meets the short cycles inside one wijk before it fans out over the whole gemeente.
    const fill = this.adjStart.slice(0, nodeCount);
    for (let e = edges - 1; e >= 0; e--) {
      this.adjArcs[fill[tail[e]!]!++] = 2 * e;
      this.adjArcs[fill[head[e]!]!++] = 2 * e + 1;
    }
    for (let v = 0; v < nodeCount; v++) {
      this.realEnd[v] = fill[v]!;
      this.adjArcs[fill[v]!] = 2 * (edges + v);
    }
    this.realEnd[this.source] = this.adjStart[this.source]!;
    this.realEnd[this.sink] = this.adjStart[this.sink]!;
    this.adjEnd.set(this.realEnd);

    this.level = new Int32Array(nodes).fill(-1);
    this.cursor = new Int32Array(nodes);
    this.queue = new Int32Array(nodes);
    this.path = new Int32Array(nodes);
    this.stamp = new Int32Array(pairs);
    this.touched = new Int32Array(pairs);
    this.saved = new Float64Array(2 * pairs);
    this.fedNodes = new Int32Array(nodeCount);
  }

  /** Sets edge e's residuals outside any session (initialisation). */
  initEdge(edge: number, forward: number, backward: number): void {
    this.residual[2 * edge] = forward;
    this.residual[2 * edge + 1] = backward;
  }

  /** Starts recording changes; revert() undoes them, commit() keeps them. */
  begin(): void {
    this.session++;
    if (this.session === 0x7fffffff) {
      this.stamp.fill(0);
      this.session = 1;
    }
    this.touchedCount = 0;
  }

  /** Removes edge e from the residual network for this session. */
  closeEdge(edge: number): void {
    this.touch(edge);
    this.residual[2 * edge] = 0;
    this.residual[2 * edge + 1] = 0;
  }

  /** Lets the super source send up to `capacity` more into node v in this session. */
  feedFromSource(v: number, capacity: number): void {
    const pair = this.edgeCount + this.realNodes + v;
    if (this.stamp[pair] !== this.session) {
      this.touch(pair);
      this.residual[2 * pair] = capacity;
      this.residual[2 * pair + 1] = 0;
      this.adjArcs[this.adjEnd[this.source]!++] = 2 * pair;
    } else {
      this.residual[2 * pair]! += capacity;
    }
  }

  /** Lets node v send up to `capacity` more into the super sink in this session. */
  drainToSink(v: number, capacity: number): void {
    const pair = this.edgeCount + v;
    if (this.stamp[pair] !== this.session) {
      this.touch(pair);
      this.residual[2 * pair] = capacity;
      this.residual[2 * pair + 1] = 0;
      this.adjEnd[v] = this.realEnd[v]! + 1;
      this.fedNodes[this.fedCount++] = v;
    } else {
      this.residual[2 * pair]! += capacity;
    }
  }

  /** Undoes every change since begin(). */
  revert(): void {
    const residual = this.residual;
    for (let i = 0; i < this.touchedCount; i++) {
      const pair = this.touched[i]!;
      residual[2 * pair] = this.saved[2 * pair]!;
      residual[2 * pair + 1] = this.saved[2 * pair + 1]!;
    }
    this.touchedCount = 0;
    this.closeSpares();
  }

  /** Keeps the flow pushed through real edges since begin() and retires the spare arcs. */
  commit(): void {
    const residual = this.residual;
    for (let i = 0; i < this.touchedCount; i++) {
      const pair = this.touched[i]!;
      if (pair >= this.edgeCount) {
        residual[2 * pair] = 0;
        residual[2 * pair + 1] = 0;
      }
    }
    this.touchedCount = 0;
    this.closeSpares();
  }

  /**
   * Pushes up to `limit` units from s to t (Dinic: BFS levels, then blocking flow along
   * current arcs) and returns how much it pushed. The BFS stops as soon as it labels t,
   * because only shorter levels can lie on a shortest path; a target's partner is usually a
   * few arcs away, so most runs look at a small part of the graph.
   */
  maxFlow(s: number, t: number, limit: number): number {
    if (limit <= 0) return 0;
    const head = this.head;
    const residual = this.residual;
    const adjArcs = this.adjArcs;
    const adjEnd = this.adjEnd;
    const level = this.level;
    const cursor = this.cursor;
    const path = this.path;
    let total = 0;
    phases: while (this.labelFrom(s, t)) {
      for (;;) {
        let depth = 0;
        let v = s;
        while (v !== t) {
          const next = level[v]! + 1;
          const end = adjEnd[v]!;
          let p = cursor[v]!;
          while (p < end) {
            const arc = adjArcs[p]!;
            if (residual[arc]! > 0 && level[head[arc]!] === next) break;
            p++;
          }
          cursor[v] = p;
          if (p < end) {
            const arc = adjArcs[p]!;
            path[depth++] = arc;
            v = head[arc]!;
            continue;
          }
          if (depth === 0) break;
          // Dead end: no later path of this phase can use v either.
          level[v] = -1;
          depth--;
          v = head[path[depth]! ^ 1]!;
          cursor[v]!++;
        }
        if (v !== t) break;
        let amount = limit - total;
        for (let i = 0; i < depth; i++) {
          const room = residual[path[i]!]!;
          if (room < amount) amount = room;
        }
        for (let i = 0; i < depth; i++) {
          const arc = path[i]!;
          this.touch(arc >> 1);
          residual[arc]! -= amount;
          residual[arc ^ 1]! += amount;
        }
        total += amount;
        if (total >= limit) break phases;
      }
    }
    this.clearLabels();
    return total;
  }

  private labelFrom(s: number, t: number): boolean {
    this.clearLabels();
    const head = this.head;
    const residual = this.residual;
    const adjArcs = this.adjArcs;
    const adjStart = this.adjStart;
    const adjEnd = this.adjEnd;
    const level = this.level;
    const cursor = this.cursor;
    const queue = this.queue;
    let read = 0;
    let write = 0;
    queue[write++] = s;
    level[s] = 0;
    cursor[s] = adjStart[s]!;
    while (read < write) {
      const v = queue[read++]!;
      const next = level[v]! + 1;
      const end = adjEnd[v]!;
      for (let p = adjStart[v]!; p < end; p++) {
        const arc = adjArcs[p]!;
        if (residual[arc]! <= 0) continue;
        const w = head[arc]!;
        if (level[w]! >= 0) continue;
        level[w] = next;
        cursor[w] = adjStart[w]!;
        queue[write++] = w;
        if (w === t) {
          this.labelled = write;
          return true;
        }
      }
    }
    this.labelled = write;
    return false;
  }

  private clearLabels(): void {
    const level = this.level;
    const queue = this.queue;
    for (let i = 0; i < this.labelled; i++) level[queue[i]!] = -1;
    this.labelled = 0;
  }

  private touch(pair: number): void {
    if (this.stamp[pair] === this.session) return;
    this.stamp[pair] = this.session;
    this.touched[this.touchedCount++] = pair;
    this.saved[2 * pair] = this.residual[2 * pair]!;
    this.saved[2 * pair + 1] = this.residual[2 * pair + 1]!;
  }

  private closeSpares(): void {
    this.adjEnd[this.source] = this.adjStart[this.source]!;
    for (let i = 0; i < this.fedCount; i++) {
      const v = this.fedNodes[i]!;
      this.adjEnd[v] = this.realEnd[v]!;
    }
    this.fedCount = 0;
  }
}
