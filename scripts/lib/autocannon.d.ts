// autocannon ships no type declarations, and its community ones are not a
// dependency: these cover only what scripts/lib/http-bench-load.mjs uses, so
// `npm run typecheck` can check the HTTP benchmark.
declare module 'autocannon' {
  namespace autocannon {
    /** One entry of `requests`: sent in turn, cycled per connection. */
    interface Request {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string;
      /** Rewrites the request just before it is sent; a falsy result restarts the sequence. */
      setupRequest?: (request: Request, context: Record<string, unknown>) => Request;
      onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>) => void;
    }

    interface Options {
      url: string;
      requests?: Request[];
      connections?: number;
      /** Seconds. */
      duration?: number;
      amount?: number;
      overallRate?: number;
      /** Seconds. */
      timeout?: number;
      ignoreCoordinatedOmission?: boolean;
      skipAggregateResult?: boolean;
    }

    interface Histogram {
      average: number;
      mean: number;
      stddev: number;
      min: number;
      max: number;
      total: number;
      p50: number;
      p90: number;
      p99: number;
    }

    interface Counts {
      errors: number;
      timeouts: number;
      mismatches: number;
      non2xx: number;
      resets: number;
      statusCodeStats: Record<string, { count: number }>;
      /** Seconds. */
      duration: number;
      start: Date;
      finish: Date;
    }

    /** A run's figures, as autocannon resolves them by default or aggregateResult() merges them. */
    interface Result extends Counts {
      url: string;
      connections: number;
      latency: Histogram;
      requests: Histogram & { sent: number };
      throughput: Histogram;
    }

    /** What a run resolves to with `skipAggregateResult`: histograms still encoded, for aggregateResult(). */
    interface RawResult extends Counts {
      latencies: string;
      requests: string;
      throughput: string;
      totalCompletedRequests: number;
      totalRequests: number;
      totalBytes: number;
      samples: number;
    }

    function aggregateResult(results: RawResult[], options: { url: string; connections: number }): Result;
  }

  function autocannon(options: autocannon.Options & { skipAggregateResult: true }): Promise<autocannon.RawResult>;
  function autocannon(options: autocannon.Options): Promise<autocannon.Result>;

  export = autocannon;
}
