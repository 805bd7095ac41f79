import cluster from "node:cluster";

// `npm start` (lib/server/start.ts): a primary, which renders nothing (it is the front, lib/server/
// front.ts), forks the server processes (WEB_CONCURRENCY) and keeps what there must be one of. The first
// server process is the lead: it alone runs the scheduler and creates the admin account from the
// environment. Article views go to the primary, the one writer of counts (lib/views/index.ts), and a
// cache invalidation made by one server process is announced to the others at once
// (lib/cache/invalidation.ts), ahead of their poll of the database.

/** Set by the primary on each server process it forks. */
export const PROCESS_ROLE_ENV = "PORTAL_PROCESS_ROLE";

export type ClusterMessage =
  | { type: "portal:view"; articleId: number; client: { address: string; userAgent: string | null }; at: number }
  | { type: "portal:invalidated" }
  /** A server process listens on this socket (lib/server/server-processes.ts). */
  | { type: "portal:serving"; socketPath: string };

/** Whether this process runs the site's one-of-a-kind jobs: the lead server process (or a server outside `npm start`: `next dev`). */
export function runsSingletonJobs(env: Record<string, string | undefined> = process.env): boolean {
  return env[PROCESS_ROLE_ENV] !== "follower";
}

/** Whether this is one of several server processes, with a primary to talk to. */
export function isServerProcessOfCluster(): boolean {
  return cluster.isWorker && typeof process.send === "function";
}

export function tellPrimary(message: ClusterMessage): void {
  process.send?.(message);
}

/** In a server process of a cluster: calls `handle` with each message of this type from the primary. */
export function onMessageFromPrimary<T extends ClusterMessage["type"]>(type: T, handle: (message: Extract<ClusterMessage, { type: T }>) => void): void {
  process.on("message", (message: unknown) => {
    if (isMessage(message) && message.type === type) handle(message as Extract<ClusterMessage, { type: T }>);
  });
}

export function isMessage(message: unknown): message is ClusterMessage {
  return typeof message === "object" && message !== null && typeof (message as { type?: unknown }).type === "string" && (message as { type: string }).type.startsWith("portal:");
}
