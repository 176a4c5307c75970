// autocannon ships no types and @types/autocannon is not a dependency; this covers only
// the part of its Node API the benchmarks use (see node_modules/autocannon/README.md).
declare module "autocannon" {
  export interface Histogram {
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p97_5: number;
    p99: number;
  }

  export interface Options {
    url: string;
    connections?: number;
    /** Seconds. */
    duration?: number;
    pipelining?: number;
    /** Seconds. */
    timeout?: number;
    /** A run before the measured one whose figures are discarded. */
    warmup?: { connections?: number; duration?: number };
  }

  export interface Result {
    url: string;
    requests: Histogram;
    /** Milliseconds. */
    latency: Histogram;
    throughput: Histogram;
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    "2xx": number;
    connections: number;
  }

  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
