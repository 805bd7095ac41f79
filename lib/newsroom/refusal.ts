export type RefusalReason = "unauthenticated" | "forbidden" | "not-found" | "conflict" | "invalid";

/** A request refused with a message for the person who made it (Indonesian); nothing was changed. */
export class Refusal extends Error {
  constructor(
    readonly reason: RefusalReason,
    message: string,
    /** The form field the message is about, when there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = "Refusal";
  }
}

export const NOT_SIGNED_IN = "Sesi Anda sudah berakhir. Silakan masuk lagi.";
export const NOT_ALLOWED = "Anda tidak berhak melakukan tindakan ini.";
