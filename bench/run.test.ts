import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// The benchmark and the command line run outside Next, under plain Node, where a module marked
// "server-only" throws as soon as it is imported: nothing they import may lead to one.
describe("tools that run outside Next", () => {
  for (const [name, args] of [
    ["npm run bench", ["--import", "tsx", "bench/run.ts", "--help"]],
    ["the db CLI", ["--import", "tsx", "lib/cli/main.ts", "--help"]],
  ] as const) {
    it(`${name} loads its modules`, () => {
      const run = spawnSync(process.execPath, args, { encoding: "utf8", env: { ...process.env, DATABASE_PATH: ":memory:" } });
      expect(run.stderr).not.toContain("server-only");
      expect(run.stdout + run.stderr).toContain("Usage");
    });
  }
});
