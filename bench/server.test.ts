import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { coreWaitSeconds, nodeProcesses } from "./server";

const linux = process.platform === "linux";
const started: ChildProcess[] = [];

/** A Node process spinning on the CPU, pinned to the first core when `pinned` (taskset). */
async function busyNode(pinned: boolean): Promise<ChildProcess> {
  const command = [process.execPath, "-e", "for (;;) {}"];
  const child = pinned ? spawn("taskset", ["-c", "0", ...command]) : spawn(command[0]!, command.slice(1));
  started.push(child);
  await once(child, "spawn");
  return child;
}

afterEach(() => {
  for (const child of started.splice(0)) child.kill("SIGKILL");
});

describe.runIf(linux)("the benchmark's reading of its site's processes", () => {
  it("finds the Node processes under a shell, the shell left out", async () => {
    const shell = spawn("sh", ["-c", `${process.execPath} -e "setTimeout(() => {}, 10000)"`]);
    started.push(shell);
    let found: number[] = [];
    for (let i = 0; i < 50 && found.length === 0; i++) {
      await sleep(50);
      found = nodeProcesses(shell.pid!);
    }
    expect(found).toHaveLength(1);
    expect(found[0]).not.toBe(shell.pid);
  });

  it("counts the time two processes sharing one core each waited for it", async () => {
    const [first, second] = [await busyNode(true), await busyNode(true)];
    const before = [coreWaitSeconds(first.pid!)!, coreWaitSeconds(second.pid!)!];
    await sleep(1000);
    const waited = [coreWaitSeconds(first.pid!)! - before[0]!, coreWaitSeconds(second.pid!)! - before[1]!];
    // One core for two: each runs about half the second and waits the other half.
    expect(waited[0]! + waited[1]!).toBeGreaterThan(0.5);
  });

  it("has no reading for a process that is gone", async () => {
    const child = await busyNode(false);
    child.kill("SIGKILL");
    await once(child, "exit");
    expect(coreWaitSeconds(child.pid!)).toBeNull();
  });
});
