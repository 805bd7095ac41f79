import { describe, expect, it } from "vitest";
import { parseScriptSummary, parseWrk } from "./load";

// wrk 4.1.0 (Debian) output of a run where four requests took 3 s against --timeout 2s.
const WRK_OUTPUT = `Running 5s test @ http://127.0.0.1:3299
  1 threads and 4 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   708.69us    2.35ms  37.87ms   94.12%
    Req/Sec     0.92k     0.98k    2.33k    75.00%
  Latency Distribution
     50%  131.00us
     75%  386.00us
     90%    1.55ms
     99%    8.70ms
  531 requests in 5.06s, 65.22KB read
  Socket errors: connect 0, read 0, write 0, timeout 4
  Non-2xx or 3xx responses: 49
Requests/sec:    104.84
Transfer/sec:     12.88KB
`;

describe("parseWrk", () => {
  it("reads throughput, percentiles, non-2xx/3xx and the timeouts apart from the other socket errors", () => {
    expect(parseWrk(WRK_OUTPUT)).toEqual({
      requestsPerSec: 104.84,
      latencyP50Ms: 0.131,
      latencyP99Ms: 8.7,
      requests: 531,
      errors: 4,
      timeouts: 4,
      non2xx: 49,
    });
  });

  it("counts no timeouts when wrk prints no socket errors", () => {
    const clean = WRK_OUTPUT.replace(/^\s*Socket errors.*\n/m, "");
    expect(parseWrk(clean)).toMatchObject({ errors: 0, timeouts: 0 });
  });
});

describe("parseScriptSummary", () => {
  it("reads the line a generated script's done() prints among wrk's own output", () => {
    const line = `wrk-script-summary {"requests":531,"durationUs":5060000,"latencyP50Us":131,"latencyP99Us":8700,"non2xx3xx":49,"timeouts":4,"connectErrors":0,"readErrors":0,"writeErrors":0}`;
    expect(parseScriptSummary(`${WRK_OUTPUT}${line}\n`)).toEqual({
      requests: 531,
      durationUs: 5_060_000,
      latencyP50Us: 131,
      latencyP99Us: 8700,
      non2xx3xx: 49,
      timeouts: 4,
      connectErrors: 0,
      readErrors: 0,
      writeErrors: 0,
    });
  });

  it("says so when the script printed nothing", () => {
    expect(() => parseScriptSummary(WRK_OUTPUT)).toThrow(/no summary/);
  });
});
