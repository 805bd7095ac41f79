import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { serverProcessExecArgv } from "./server-processes";

// Keeps 200 000 objects alive at a time while it allocates, which makes V8 grow the young generation
// as far as it may; prints the largest size it reached.
const GROW_YOUNG_GENERATION = `
  const v8 = require("node:v8");
  let kept = [], largest = 0;
  for (let i = 0; i < 3e6; i++) {
    kept.push({ i });
    if (kept.length > 200000) kept = [];
    if (i % 10000 === 0) largest = Math.max(largest, v8.getHeapSpaceStatistics().find((space) => space.space_name === "new_space").space_size);
  }
  console.log(largest);
`;

function largestYoungGeneration(execArgv: string[]): number {
  const run = spawnSync(process.execPath, [...execArgv, "-e", GROW_YOUNG_GENERATION], { encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } });
  expect(run.stderr).toBe("");
  return Number(run.stdout);
}

describe("the server processes' Node arguments", () => {
  it("keep the primary's and add a young generation small enough for the shared processor cache", () => {
    expect(serverProcessExecArgv(["--enable-source-maps"])).toEqual(["--enable-source-maps", "--max-semi-space-size=2"]);
  });

  it("leave the young generation to the operator who chose one, in the arguments or NODE_OPTIONS, either spelling", () => {
    expect(serverProcessExecArgv(["--max-semi-space-size=32"])).toEqual(["--max-semi-space-size=32"]);
    expect(serverProcessExecArgv([], "--max-old-space-size=4096  --max_semi_space_size=8")).toEqual([]);
  });

  it("are arguments Node starts with, and hold its young generation to 2 x 2 MB where V8's default grows to 2 x 16 MB", () => {
    expect(largestYoungGeneration([])).toBeGreaterThan(4 * 1024 * 1024);
    expect(largestYoungGeneration(serverProcessExecArgv([]))).toBeLessThanOrEqual(4 * 1024 * 1024);
  });
});
