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

/** A password someone chooses: long enough to resist guessing, short enough to hash cheaply. */
export const newPasswordSchema = z
  .string()
  .min(10, { error: "Kata sandi minimal 10 karakter." })
  .max(200, { error: "Kata sandi maksimal 200 karakter." });

/** A password the newsroom hands out (new accounts, resets): 16 random URL-safe characters. */
export function generatePassword(): string {
  return randomBytes(12).toString("base64url");
}
