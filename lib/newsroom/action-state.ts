import type { RefusalReason } from "./refusal";

/** What a newsroom server action answers to its form (React's useActionState). */
export type ActionState<Data = never> = {
  status: "idle" | "success" | "error";
  message?: string;
  reason?: RefusalReason;
  fieldErrors?: Partial<Record<string, string[]>>;
  /** The submitted text, to put back into the form after a refusal so nothing typed is lost (never passwords). */
  values?: Record<string, string>;
  /** Shown once after success and never stored in the clear: a generated password. */
  secret?: string;
  /** What an action hands back to a client island (a saved version, search results). */
  data?: Data;
};

export const IDLE: ActionState = { status: "idle" };

export const SERVER_UNREACHABLE =
  "Server tidak dapat dihubungi atau sedang bermasalah, jadi perubahan belum tersimpan. Tulisan Anda tetap di sini; coba lagi sebentar lagi.";

/**
 * A server action as a client island calls it: a failed request (offline, server down, a server
 * error) answers an error state instead of throwing to the error page, which would take the unsaved
 * text with it.
 */
export function offlineSafe<Data>(
  action: (state: ActionState<Data>, data: FormData) => Promise<ActionState<Data>>,
): (state: ActionState<Data>, data: FormData) => Promise<ActionState<Data>> {
  return async (state, data) => {
    try {
      return await action(state, data);
    } catch {
      return { status: "error", message: SERVER_UNREACHABLE };
    }
  };
}
