import cluster, { type Worker } from "node:cluster";
import { applyInvalidations } from "@/lib/cache/invalidation";
import { isMessage, PROCESS_ROLE_ENV } from "@/lib/cluster";
import { recordView } from "@/lib/views";

// The primary of `npm start` (lib/cluster.ts): forks the server processes, each on a socket of its
// own, forks again one that dies, relays cache invalidations between them and records their readers'
// views. It tells the front (front.ts) which processes are serving.

/** Set by the primary on each server process it forks: the Unix socket it listens on. */
export const SOCKET_PATH_ENV = "PORTAL_SOCKET_PATH";
const RESTART_DELAY_MS = 1000;
const STOP_TIMEOUT_MS = 5000;

type Supervision = {
  socketPathOf: (index: number) => string;
  /** A server process listens on this socket. */
  onServing: (socketPath: string) => void;
  /** The server process on this socket exited. */
  onGone: (socketPath: string) => void;
  /** The primary is stopping (SIGINT, SIGTERM). */
  onStop: () => void;
};

type Fork = { role: string; socketPath: string };

export function superviseServerProcesses(count: number, { socketPathOf, onServing, onGone, onStop }: Supervision): void {
  const forks = new Map<Worker, Fork>();
  let stopping = false;

  const fork = ({ role, socketPath }: Fork) => forks.set(cluster.fork({ [PROCESS_ROLE_ENV]: role, [SOCKET_PATH_ENV]: socketPath }), { role, socketPath });
  for (let i = 0; i < count; i++) fork({ role: i === 0 ? "lead" : "follower", socketPath: socketPathOf(i) });

  cluster.on("exit", (worker, code, signal) => {
    const forked = forks.get(worker);
    forks.delete(worker);
    if (forked) onGone(forked.socketPath);
    if (stopping) {
      if (forks.size === 0) process.exit(0);
      return;
    }
    if (!forked) return;
    console.error(`Server process ${worker.process.pid} (${forked.role}) exited (${signal ?? `code ${code}`}); starting another`);
    setTimeout(() => fork(forked), RESTART_DELAY_MS).unref();
  });

  cluster.on("message", (from, message: unknown) => {
    if (!isMessage(message)) return;
    if (message.type === "portal:serving" && forks.get(from)?.socketPath === message.socketPath) onServing(message.socketPath);
    if (message.type === "portal:view") recordView(message.articleId, message.client, message.at);
    if (message.type === "portal:invalidated") {
      applyAnnounced();
      for (const worker of forks.keys()) if (worker !== from && worker.isConnected()) worker.send(message);
    }
  });

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      stopping = true;
      onStop();
      for (const worker of forks.keys()) worker.process.kill(signal);
      setTimeout(() => process.exit(0), STOP_TIMEOUT_MS).unref();
    });
  }
}

/** The front's kept pages follow an invalidation as soon as a server process announces it, not at the next poll. */
function applyAnnounced(): void {
  try {
    applyInvalidations();
  } catch (error) {
    console.error("Applying announced cache invalidations failed:", error);
  }
}
