import "server-only";
import { z } from "zod";
import { getCurrentUser, isCrossSiteRequest } from "@/lib/auth/request";
import { can } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/session";
import { CROSS_SITE_REFUSED } from "@/lib/newsroom/action";
import { NOT_ALLOWED, NOT_SIGNED_IN, Refusal, type RefusalReason } from "@/lib/newsroom/refusal";
import { listMedia, mediaDetailsSchema, uploadMedia, type MediaItem } from "./library";
import { MAX_UPLOAD_BYTES, UPLOAD_MESSAGES } from "./limits";
import { parseMultipart } from "./multipart";
import { uploadRejectionReason } from "./process";
import { UPLOAD_RETRY_AFTER_SECONDS, uploadQueue } from "./upload-queue";

// @NOTE Uploads come to a route handler (app/api/media), not a server action: an action's body limit
// applies to every action, and proxy.ts (which matches /redaksi) buffers at most 10 MB of a body and
// passes the rest on cut short. Here the body is counted as it arrives and refused with a message
// past the limit. The checks are the action wrapper's: same-site, session, right, zod.

/** Room for the multipart boundaries and the text fields around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

export type UploadAnswer = { message: string; media?: MediaItem; fieldErrors?: Partial<Record<string, string[]>> };

const STATUS: Record<RefusalReason, number> = { unauthenticated: 401, forbidden: 403, "not-found": 404, conflict: 409, invalid: 400 };

function answer(status: number, body: UploadAnswer | { items: MediaItem[]; page: number; pageCount: number }, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

async function staffFor(request: Request): Promise<StaffUser> {
  if (request.method !== "GET" && (await isCrossSiteRequest())) throw new Refusal("forbidden", CROSS_SITE_REFUSED);
  const user = await getCurrentUser();
  if (!user) throw new Refusal("unauthenticated", NOT_SIGNED_IN);
  if (!can(user.role, "writeOwnDrafts")) throw new Refusal("forbidden", NOT_ALLOWED);
  return user;
}

class TooLarge extends Error {}

/**
 * The body in one buffer, read until it passes `limit` bytes (then refused without reading the rest).
 * With a declared length (browsers always send one for a form) the chunks are copied straight into a
 * buffer of that size; a body longer than declared is refused as malformed.
 */
async function readLimited(request: Request, limit: number): Promise<Buffer> {
  const declaredHeader = request.headers.get("content-length");
  const declared = declaredHeader === null ? null : Number(declaredHeader);
  if (declared !== null && !(Number.isSafeInteger(declared) && declared >= 0)) throw new Refusal("invalid", UPLOAD_MESSAGES.malformed);
  if (declared !== null && declared > limit) throw new TooLarge();
  if (!request.body) return Buffer.alloc(0);
  const target = declared === null ? null : Buffer.allocUnsafe(declared);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (total + value.length > (declared ?? limit)) {
      await reader.cancel();
      if (declared === null) throw new TooLarge();
      throw new Refusal("invalid", UPLOAD_MESSAGES.malformed);
    }
    if (target) target.set(value, total);
    else chunks.push(value);
    total += value.length;
  }
  return target ? target.subarray(0, total) : Buffer.concat(chunks, total);
}

/** POST /api/media: multipart `file`, `alt`, `caption`, `credit`. Answers JSON with a message for the form. */
export async function uploadMediaRequest(request: Request): Promise<Response> {
  let user: StaffUser;
  try {
    user = await staffFor(request);
  } catch (error) {
    return refusalAnswer(error, null);
  }
  return receiveUpload(user, request);
}

/** The upload of a staff member whose session and right were checked: queued, read, checked and stored. */
export async function receiveUpload(user: StaffUser, request: Request): Promise<Response> {
  const place = uploadQueue.tryEnter();
  if (!place) {
    console.warn(`Upload refused for user ${user.id}: ${uploadQueue.size} uploads in progress`);
    return answer(429, { message: UPLOAD_MESSAGES.busy }, { "Retry-After": String(UPLOAD_RETRY_AFTER_SECONDS) });
  }
  try {
    const contentType = request.headers.get("content-type") ?? "";
    if (!contentType.startsWith("multipart/form-data")) return answer(400, { message: UPLOAD_MESSAGES.notImage });
    const body = await readLimited(request, MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES);
    const form = parseMultipart(body, contentType);
    if (!form) return answer(400, { message: UPLOAD_MESSAGES.malformed });
    const details = mediaDetailsSchema.safeParse(Object.fromEntries(form.fields));
    const file = form.files.get("file");
    const fieldErrors = details.success ? {} : z.flattenError(details.error).fieldErrors;
    if (!file?.bytes.length) Object.assign(fieldErrors, { file: [UPLOAD_MESSAGES.empty] });
    if (!details.success || !file?.bytes.length) return answer(400, { message: "Periksa kembali isian yang ditandai.", fieldErrors });
    const media = await place.run(() => uploadMedia(user, details.data, file.bytes));
    console.info(`Media ${media.id} uploaded by user ${user.id} (${file.bytes.length} bytes, ${media.width}x${media.height})`);
    return answer(201, { message: "Gambar tersimpan di pustaka media.", media });
  } catch (error) {
    return refusalAnswer(error, user);
  } finally {
    place.leave();
  }
}

function refusalAnswer(error: unknown, user: StaffUser | null): Response {
  if (error instanceof TooLarge) {
    console.warn(`Upload refused for user ${user?.id}: body over ${MAX_UPLOAD_BYTES} bytes`);
    return answer(413, { message: UPLOAD_MESSAGES.tooLarge(), fieldErrors: { file: [UPLOAD_MESSAGES.tooLarge()] } });
  }
  if (!(error instanceof Refusal)) throw error;
  console.warn(`Upload refused for ${user ? `user ${user.id}` : "anonymous"} (${error.reason}): ${uploadRejectionReason(error) ?? error.message}`);
  return answer(STATUS[error.reason], { message: error.message, fieldErrors: error.field ? { [error.field]: [error.message] } : undefined });
}

const searchSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** GET /api/media?q=&page=: the library for the editor's pickers, newest first. */
export async function searchMediaRequest(request: Request): Promise<Response> {
  try {
    await staffFor(request);
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    return answer(STATUS[error.reason], { message: error.message });
  }
  const params = searchSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const list = listMedia({ text: params.q, page: params.page, pageSize: 12 });
  return answer(200, { items: list.items, page: list.page, pageCount: list.pageCount });
}
