import { availableParallelism } from "node:os";
import { z } from "zod";

// On/off switches an operator sets. A value we do not understand stops the start: `TRUST_PROXY=no`
// read as "on" (any non-empty string) would let every client choose its own address.

const ON = ["1", "true", "on"];
const OFF = ["0", "false", "off"];

const switchValue = z
  .string()
  .trim()
  .toLowerCase()
  .refine((value) => value === "" || ON.includes(value) || OFF.includes(value));

type Environment = Record<string, string | undefined>;

export class ConfigurationError extends Error {
  override name = "ConfigurationError";
}

function readSwitch(name: string, fallback: boolean, env: Environment): boolean {
  const raw = env[name];
  if (raw === undefined) return fallback;
  const parsed = switchValue.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigurationError(`${name}=${JSON.stringify(raw)} is not understood: use ${ON.join(", ")} to switch it on, or ${OFF.join(", ")} (or leave it unset) for off.`);
  }
  if (parsed.data === "") return fallback;
  return ON.includes(parsed.data);
}

/** TRUST_PROXY: a reverse proxy in front sets X-Forwarded-For / -Proto / -Host, and only it. Off unless set. */
export function trustProxy(env: Environment = process.env): boolean {
  return readSwitch("TRUST_PROXY", false, env);
}

/** DEMO_CONTENT: whether an empty database gets demo accounts and articles (on unless set to off). */
export function demoContent(env: Environment = process.env): boolean {
  return readSwitch("DEMO_CONTENT", true, env);
}

const MAX_SERVER_PROCESSES = 64;

/** WEB_CONCURRENCY: how many server processes `npm start` runs (default: one per core). */
export function serverProcesses(env: Environment = process.env, cores = availableParallelism()): number {
  const raw = env.WEB_CONCURRENCY?.trim();
  if (!raw) return Math.min(cores, MAX_SERVER_PROCESSES);
  const parsed = z.coerce.number().int().min(1).max(MAX_SERVER_PROCESSES).safeParse(raw);
  if (!parsed.success) throw new ConfigurationError(`WEB_CONCURRENCY=${JSON.stringify(raw)} is not understood: use a whole number from 1 to ${MAX_SERVER_PROCESSES}, or leave it unset for one per core.`);
  return parsed.data;
}
