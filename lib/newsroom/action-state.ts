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
