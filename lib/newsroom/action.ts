import "server-only";
import { refresh } from "next/cache";
import { z } from "zod";
import { getCurrentUser, isCrossSiteRequest } from "@/lib/auth/request";
import { can, type Permission } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/session";
import type { ActionState } from "./action-state";
import { NOT_ALLOWED, NOT_SIGNED_IN, Refusal } from "./refusal";

export const CROSS_SITE_REFUSED = "Permintaan dari situs lain ditolak.";
const CHECK_FIELDS = "Periksa kembali isian yang ditandai.";

/**
 * The answer to an action called with something other than a form, which only a hand-made request
 * sends: reading it as one would throw, and Next answers a thrown action with a 500.
 */
export function notAFormAnswer(): ActionState {
  console.warn("Server action called without form data: refused");
  return { status: "error", reason: "invalid", message: "Permintaan tidak valid." };
}

function echoedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData) {
    if (typeof value === "string" && !name.startsWith("$") && !/password/i.test(name)) values[name] = value;
  }
  return values;
}

/**
 * The one shape of every newsroom server action: refuse cross-site posts, load the session, check
 * the right, parse the form with zod, then run the service (which checks again, per object). A
 * service's `Refusal` becomes the form's message; nothing was changed. Anything else (including
 * `redirect`) propagates. `refreshPage: false` for reads (a search) that change nothing on the page.
 */
export function newsroomAction<Input, Data = never>(
  options: { permission?: Permission; input: z.ZodType<Input>; refreshPage?: boolean },
  run: (input: Input, user: StaffUser) => Promise<ActionState<Data>> | ActionState<Data>,
): (previous: ActionState<Data>, formData: FormData) => Promise<ActionState<Data>> {
  return async (_previous, formData) => {
    if (!(formData instanceof FormData)) return notAFormAnswer();
    const values = echoedValues(formData);
    let user: StaffUser | null = null;
    try {
      if (await isCrossSiteRequest()) throw new Refusal("forbidden", CROSS_SITE_REFUSED);
      user = await getCurrentUser();
      if (!user) throw new Refusal("unauthenticated", NOT_SIGNED_IN);
      if (options.permission && !can(user.role, options.permission)) throw new Refusal("forbidden", NOT_ALLOWED);
      const parsed = options.input.safeParse(Object.fromEntries(formData));
      if (!parsed.success) {
        return { status: "error", reason: "invalid", message: CHECK_FIELDS, fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
      }
      const result = await run(parsed.data, user);
      // The page behind the form shows what changed (status, lists, names).
      if (result.status === "success" && options.refreshPage !== false) refresh();
      return result;
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      if (error.reason === "forbidden" || error.reason === "unauthenticated") {
        console.warn(`Newsroom action refused (${error.reason}) for ${user ? `user ${user.id}` : "anonymous"}`);
      }
      const fieldErrors = error.field ? { [error.field]: [error.message] } : undefined;
      return { status: "error", reason: error.reason, message: error.message, fieldErrors, values };
    }
  };
}
