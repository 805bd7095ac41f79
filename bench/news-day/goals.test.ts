import { describe, expect, it } from "vitest";
import { evaluateNewsDayGoals, type PhaseResult } from "./goals";
import { load, phase, server } from "./test-phases";

const verdicts = (quiet: PhaseResult, writers: PhaseResult, quietAgain: PhaseResult = { ...quiet, name: "quiet-again" }) =>
  evaluateNewsDayGoals(quiet, writers, quietAgain).map((goal) => goal.pass);

describe("evaluateNewsDayGoals", () => {
  const cached = { fresh: 900, stale: 30, expired: 30, hard: 300, cold: 40 };

  it("passes a run whose writers phase keeps 90 % of the throughput, 1.5x the p99, every answer and 95 % cached articles", () => {
    expect(verdicts(phase("quiet", load(1000, 40), server(cached)), phase("writers", load(900, 60), server(cached)))).toEqual([true, true, true, true]);
  });

  it("fails each target on its own", () => {
    const quiet = phase("quiet", load(1000, 40), server(cached));
    expect(verdicts(quiet, phase("writers", load(899, 40), server(cached)))).toEqual([false, true, true, true]);
    expect(verdicts(quiet, phase("writers", load(1000, 60.1), server(cached)))).toEqual([true, false, true, true]);
    expect(verdicts(phase("quiet", load(1000, 40, 1), server(cached)), phase("writers", load(1000, 40), server(cached)))).toEqual([true, true, false, true]);
    expect(verdicts(quiet, phase("writers", load(1000, 40), server(cached)), phase("quiet-again", load(1000, 40, 1), server(cached)))).toEqual([true, true, false, true]);
    expect(verdicts(quiet, phase("writers", load(1000, 40), server({ fresh: 900, stale: 29, expired: 20, hard: 0, cold: 51 })))).toEqual([true, true, true, false]);
  });

  it("compares with the mean of the quiet phases before and after the writers", () => {
    const writers = phase("writers", load(900, 60), server(cached));
    const [throughput, p99] = evaluateNewsDayGoals(phase("quiet", load(1100, 50), server(cached)), writers, phase("quiet-again", load(900, 30), server(cached)));
    expect(throughput).toMatchObject({ pass: true, actual: "90.0% (900 vs 1000 req/s; before 81.8%, after 100.0%)" });
    expect(p99).toMatchObject({ pass: true, actual: "1.50x (60.0 vs 40.0 ms; before 50.0, after 30.0)" });
    expect(verdicts(phase("quiet", load(1100, 40), server(cached)), phase("writers", load(899, 40), server(cached)), phase("quiet-again", load(900, 40), server(cached)))[0]).toBe(false);
  });

  it("leaves the cache target unjudged when the page cache reports no counters", () => {
    const goals = evaluateNewsDayGoals(phase("quiet", load(1000, 40), server(null)), phase("writers", load(1000, 40), server(null)), phase("quiet-again", load(1000, 40), server(null)));
    expect(goals[3]).toMatchObject({ pass: null, actual: "n/a: the page cache reports no counters" });
  });
});
