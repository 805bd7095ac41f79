import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";

// @node-rs/argon2 defaults to argon2id (m=19456 KiB, t=2, p=1: the OWASP baseline).
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

const MIN_LENGTH = 10;
const MAX_LENGTH = 200;

/** A password someone chooses: long enough to resist guessing, short enough to hash cheaply. */
export const newPasswordSchema = z
  .string()
  .min(MIN_LENGTH, { error: `Kata sandi minimal ${MIN_LENGTH} karakter.` })
  .max(MAX_LENGTH, { error: `Kata sandi maksimal ${MAX_LENGTH} karakter.` });

/** What is wrong with a password an operator set in the environment (for the log), or null: the same rules as anyone's. */
export function configuredPasswordProblem(variable: string, password: string): string | null {
  return newPasswordSchema.safeParse(password).success ? null : `${variable} must be ${MIN_LENGTH} to ${MAX_LENGTH} characters long`;
}

/** A password the newsroom hands out (new accounts, resets): 16 random URL-safe characters. */
export function generatePassword(): string {
  return randomBytes(12).toString("base64url");
}
