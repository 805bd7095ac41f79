import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { procStat } from "./server";

// The benchmark shares two cores with whatever else runs on the machine (builds, test suites):
// measure that, and optionally wait for it to pass, right before each page's load. /proc/stat
// gives the whole machine's busy time; the benchmark's and its server's own share is subtracted.

const IDLE_BELOW = 0.1;
const SAMPLE_MS = 2000;

function cpuTimes(): { idle: number; total: number } {
  // user nice system idle iowait irq softirq steal; guest time is already counted in user.
  const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
  return { idle: fields[3]! + (fields[4] ?? 0), total: fields.reduce((sum, n) => sum + n, 0) };
}

/** CPU time (clock ticks) these processes have used. */
function processTicks(pids: number[]): number {
  return pids.reduce((sum, pid) => {
    const fields = procStat(pid);
    // utime and stime: fields 14 and 15 of /proc/<pid>/stat, counted from the state field (3).
    return fields ? sum + Number(fields[11]) + Number(fields[12]) : sum;
  }, 0);
}

/**
 * Share of all cores that other work kept busy over `ms`: everything but the processes listed by
 * `ours` (the benchmark and its server). Null off Linux.
 */
export async function otherCpuBusy(ours: () => number[], ms = SAMPLE_MS): Promise<number | null> {
  try {
    const before = { ...cpuTimes(), ours: processTicks(ours()) };
    await sleep(ms);
    const after = { ...cpuTimes(), ours: processTicks(ours()) };
    const total = after.total - before.total || 1;
    const busy = total - (after.idle - before.idle) - (after.ours - before.ours);
    return Math.max(0, busy / total);
  } catch {
    return null;
  }
}

/** Waits up to `maxSeconds` for other work to drop below 10% of the CPU; returns the last reading. */
export async function waitForIdleCpu(ours: () => number[], maxSeconds: number): Promise<number | null> {
  const deadline = Date.now() + maxSeconds * 1000;
  let busy = await otherCpuBusy(ours);
  while (busy !== null && busy >= IDLE_BELOW && Date.now() < deadline) busy = await otherCpuBusy(ours);
  return busy;
}
