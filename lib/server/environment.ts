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
