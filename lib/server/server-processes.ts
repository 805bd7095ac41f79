import cluster, { type Worker } from "node:cluster";
import { isMessage, PROCESS_ROLE_ENV } from "@/lib/cluster";
import { recordView } from "@/lib/views";

// The primary of `npm start` with several server processes (lib/cluster.ts): forks them, forks
// again one that dies, relays cache invalidations between them and records their readers' views.

const RESTART_DELAY_MS = 1000;
const STOP_TIMEOUT_MS = 5000;

export function superviseServerProcesses(count: number): void {
  const roles = new Map<Worker, string>();
  let stopping = false;

  const fork = (role: string) => roles.set(cluster.fork({ [PROCESS_ROLE_ENV]: role }), role);
  for (let i = 0; i < count; i++) fork(i === 0 ? "lead" : "follower");

  cluster.on("exit", (worker, code, signal) => {
    const role = roles.get(worker) ?? "follower";
    roles.delete(worker);
    if (stopping) {
      if (roles.size === 0) process.exit(0);
      return;
    }
    console.error(`Server process ${worker.process.pid} (${role}) exited (${signal ?? `code ${code}`}); starting another`);
    setTimeout(() => fork(role), RESTART_DELAY_MS).unref();
  });

  cluster.on("message", (from, message: unknown) => {
    if (!isMessage(message)) return;
    if (message.type === "portal:view") recordView(message.articleId, message.client, message.at);
    if (message.type === "portal:invalidated") for (const worker of roles.keys()) if (worker !== from && worker.isConnected()) worker.send(message);
  });

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      stopping = true;
      for (const worker of roles.keys()) worker.process.kill(signal);
      setTimeout(() => process.exit(0), STOP_TIMEOUT_MS).unref();
    });
  }
}
