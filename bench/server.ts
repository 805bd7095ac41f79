import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, readdirSync, readFileSync } from "node:fs";
import { connect } from "node:net";
import { delimiter, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

// The server under test is whatever the project's `start` script runs (read from package.json,
// so the benchmark follows when it changes), in its own process group so that stopping it also
// stops what it spawned (tsx runs the server in a child node process).

const ROOT = process.cwd();

export function packageScript(name: string): string {
  const pkg = JSON.parse(readFileSync(resolve(ROOT, "package.json"), "utf8")) as { scripts?: Record<string, string> };
  const script = pkg.scripts?.[name];
  if (!script) throw new Error(`package.json has no "${name}" script`);
  return script;
}

/** The environment npm gives a script: node_modules/.bin first on PATH. */
function scriptEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, PATH: [resolve(ROOT, "node_modules/.bin"), process.env.PATH].join(delimiter), ...extra };
}

/** Runs a package.json script in the foreground, its output shown; rejects when it fails. */
export function runScript(name: string, env: Record<string, string>): Promise<void> {
  const child = spawn("sh", ["-c", packageScript(name)], { cwd: ROOT, env: scriptEnv(env), stdio: "inherit" });
  return new Promise((done, fail) => {
    child.on("error", fail);
    child.on("exit", (code, signal) => (code === 0 ? done() : fail(new Error(`npm run ${name} failed (${signal ?? `exit ${code}`})`))));
  });
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      done(true);
    });
    socket.once("error", () => done(false));
  });
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A process and all its descendants, from /proc (Linux only; just the root elsewhere). */
export function processTree(rootPid: number): number[] {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return [rootPid];
  }
  const children = new Map<number, number[]>();
  for (const entry of entries) {
    const ppid = procStat(Number(entry))?.[1];
    if (ppid !== undefined) children.set(Number(ppid), [...(children.get(Number(ppid)) ?? []), Number(entry)]);
  }
  const tree: number[] = [];
  const pending = [rootPid];
  while (pending.length) {
    const pid = pending.pop()!;
    tree.push(pid);
    pending.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** The fields of /proc/<pid>/stat after the command name (state, ppid, …), or null when the process is gone. */
export function procStat(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

// Linux's clock ticks (USER_HZ), the unit of utime/stime in /proc/<pid>/stat.
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) used so far by a process and its descendants (0 off Linux). */
export function processTreeCpuSeconds(rootPid: number): number {
  let ticks = 0;
  for (const pid of processTree(rootPid)) {
    const fields = procStat(pid);
    // After the command name: utime and stime are the 12th and 13th fields.
    if (fields) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / TICKS_PER_SECOND;
}

/**
 * Seconds the threads of a process have spent ready to run with every core taken (the run-queue
 * wait in /proc/<pid>/task/<tid>/schedstat, summed over its threads), or null off Linux.
 */
export function coreWaitSeconds(pid: number): number | null {
  let threads: string[];
  try {
    threads = readdirSync(`/proc/${pid}/task`);
  } catch {
    return null;
  }
  let nanoseconds = 0;
  for (const thread of threads) {
    try {
      nanoseconds += Number(readFileSync(`/proc/${pid}/task/${thread}/schedstat`, "utf8").split(" ")[1]);
    } catch {
      // The thread ended.
    }
  }
  return nanoseconds / 1e9;
}

/** The Node processes of a process tree, the root's side first: `npm start`'s primary (the front), then its server processes. */
export function nodeProcesses(rootPid: number): number[] {
  return processTree(rootPid).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "node";
    } catch {
      return false;
    }
  });
}

/** Resident memory of a process and all its descendants (0 off Linux). */
export function processTreeRss(rootPid: number): number {
  let total = 0;
  for (const pid of processTree(rootPid)) {
    try {
      const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (match) total += Number(match[1]) * 1024;
    } catch {
      // Gone already.
    }
  }
  return total;
}

export type Server = {
  origin: string;
  pid: number;
  command: string;
  /** Status of the first answer of `/` that ended the wait (200 unless the home page is broken). */
  homeStatus: number;
  /** How the server process ended ("SIGKILL", "exit 1"), or null while it runs. */
  exitStatus(): string | null;
  rss(): number;
  stop(): Promise<void>;
};

export async function startServer({ port, env, logPath, readyTimeoutMs = 180_000 }: { port: number; env: Record<string, string>; logPath: string; readyTimeoutMs?: number }): Promise<Server> {
  if (await portAnswers(port)) throw new Error(`Port ${port} is already in use; pick another with --port`);
  const command = packageScript("start");
  const log = createWriteStream(logPath);
  const child: ChildProcess = spawn("sh", ["-c", command], {
    cwd: ROOT,
    env: scriptEnv({ ...env, PORT: String(port), NODE_ENV: "production" }),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const pid = child.pid!;
  let exited: string | null = null;
  child.on("exit", (code, signal) => (exited = signal ?? `exit ${code}`));

  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // Already gone.
    }
  };
  // Last resort when the benchmark itself dies without running its cleanup.
  const onExit = () => killGroup("SIGKILL");
  process.on("exit", onExit);

  const stop = async () => {
    process.off("exit", onExit);
    killGroup("SIGTERM");
    for (let waited = 0; groupAlive(pid) && waited < 10_000; waited += 100) await sleep(100);
    if (groupAlive(pid)) killGroup("SIGKILL");
    log.end();
  };

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  let lastStatus = 0;
  try {
    while (Date.now() < deadline) {
      if (exited) throw new Error(`The server stopped (${exited}) before answering; see ${logPath}`);
      try {
        const response = await fetch(`${origin}/`, { signal: AbortSignal.timeout(30_000) });
        await response.arrayBuffer();
        lastStatus = response.status;
        if (response.ok) break;
      } catch {
        // Not listening yet.
      }
      await sleep(250);
    }
    if (lastStatus === 0) throw new Error(`The server did not answer on ${origin} within ${readyTimeoutMs / 1000}s; see ${logPath}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, pid, command, homeStatus: lastStatus, exitStatus: () => exited, rss: () => processTreeRss(pid), stop };
}
