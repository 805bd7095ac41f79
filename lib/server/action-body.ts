import { IncomingMessage, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import createBusboy from "next/dist/compiled/busboy/index.js";
import { z } from "zod";
import { answerRefusal, type Refusal } from "./request-guard";

// @NOTE Next answers 500 to a server action whose body it cannot decode (a truncated multipart form,
// arguments that are not JSON or refer to rows the body does not carry, a body past its limit): its
// action handler sets 500 for any error it meets before the action runs, and offers no hook to
// answer otherwise. So every body Next would decode as an action is read here first, up to the same
// limit, and decoded by the same React decoder the same way; one that fails is refused with a 4xx,
// any other is handed to Next byte for byte. The decoder is given no server functions: no action of
// ours takes one as an argument, so a body that passes one is refused here.

/** Next's `serverActions.bodySizeLimit` (next.config.ts): the most an action's body may hold. */
export const ACTION_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

const REFUSED = {
  malformed: { status: 400, message: "Permintaan tidak valid." },
  tooLarge: { status: 413, message: "Isi permintaan terlalu besar." },
  unsupportedType: { status: 415, message: "Jenis isi permintaan tidak didukung." },
} satisfies Record<string, Refusal>;

/** A call's arguments as multipart rows or as one JSON text, a form posted without JavaScript, or a call in a content type React's client never sends. */
export type ActionBodyKind = "reply-rows" | "reply-text" | "form" | "unsupported";

/**
 * How Next will decode this request's body, or null when it will not decode it as an action. A
 * request with `Next-Action` is a client's call of an action: React sends its arguments as multipart
 * rows, or as one JSON text when no row needs more. A multipart POST without it may be a form posted
 * with JavaScript off (`$ACTION_ID_<id>`, or `$ACTION_REF_<n>` with bound arguments as JSON rows).
 * Route handlers (`/api/`, uploads with limits of their own) read their bodies themselves.
 */
export function actionBodyKind(req: Pick<IncomingMessage, "method" | "url" | "headers">): ActionBodyKind | null {
  if (req.method !== "POST" || req.url?.startsWith("/api/")) return null;
  // Next tells multipart by this exact prefix, case and all.
  const multipart = req.headers["content-type"]?.startsWith("multipart/form-data") ?? false;
  if (req.headers["next-action"] === undefined) return multipart ? "form" : null;
  if (multipart) return "reply-rows";
  return req.headers["content-type"]?.startsWith("text/plain") ? "reply-text" : "unsupported";
}

type ReplyDecoder = {
  decodeReply(body: string | FormData, serverFunctions: object, options: { temporaryReferences: unknown }): Promise<unknown>;
  decodeReplyFromBusboy(busboy: Writable, serverFunctions: object, options: { temporaryReferences: unknown }): Promise<unknown>;
  createTemporaryReferenceSet(): unknown;
};

const requireFromHere = createRequire(import.meta.url);

/** React's decoder of action arguments as Next's runtime bundles it, read when first needed (Next has set up what its runtime needs by then). */
function replyDecoder(): ReplyDecoder {
  requireFromHere("next/dist/server/node-environment-baseline.js");
  const runtime = requireFromHere("next/dist/server/route-modules/app-page/module.compiled.js") as { vendored?: { "react-rsc"?: Partial<Record<"ReactServerDOMTurbopackServer" | "ReactServerDOMWebpackServer", ReplyDecoder>> } };
  // The runtime a Turbopack build runs carries React's Turbopack server, a webpack build's the webpack one; their decoders of arguments are the same.
  const server = runtime.vendored?.["react-rsc"];
  const decoder = server?.ReactServerDOMTurbopackServer ?? server?.ReactServerDOMWebpackServer;
  if (typeof decoder?.decodeReply !== "function") throw new Error("React's reply decoder is not where Next's runtime kept it: check lib/server/action-body.ts against this Next version");
  return decoder;
}

const NO_SERVER_FUNCTIONS = {};

async function decodeCallRows(decoder: ReplyDecoder, contentType: string, body: Buffer): Promise<void> {
  const busboy = createBusboy({ defParamCharset: "utf8", headers: { "content-type": contentType }, limits: { fieldSize: ACTION_BODY_LIMIT_BYTES } });
  const decoded = decoder.decodeReplyFromBusboy(busboy, NO_SERVER_FUNCTIONS, { temporaryReferences: decoder.createTemporaryReferenceSet() });
  await Promise.all([pipeline(Readable.from([body]), busboy), decoded]);
}

const boundReference = z.object({ id: z.string(), bound: z.unknown() });
const BOUND_ROW = /^\$ACTION_(.+?):(.*)$/s;

/** A form's bound arguments, as React's decodeAction reads them: each `$ACTION_REF_<n>` names rows `$ACTION_<n>:<row>` holding `{ id, bound }`. */
async function decodeBoundArguments(decoder: ReplyDecoder, form: FormData): Promise<void> {
  // One pass sorts the rows by reference, so a form of thousands of references costs no more than its size.
  const rowsByReference = new Map<string, FormData>();
  for (const name of form.keys()) if (name.startsWith("$ACTION_REF_")) rowsByReference.set(name.slice("$ACTION_REF_".length), new FormData());
  for (const [name, value] of form) {
    const [, reference, row] = BOUND_ROW.exec(name) ?? [];
    if (reference !== undefined && row !== undefined) rowsByReference.get(reference)?.append(row, value);
  }
  for (const rows of rowsByReference.values()) {
    await boundReference.parse(await decoder.decodeReply(rows, NO_SERVER_FUNCTIONS, { temporaryReferences: undefined })).bound;
  }
}

/** Why Next could not decode this body as the action `kind` says, or null when it can. */
export async function undecodableActionBody(kind: Exclude<ActionBodyKind, "unsupported">, contentType: string, body: Buffer<ArrayBuffer>): Promise<string | null> {
  const decoder = replyDecoder();
  try {
    if (kind === "reply-text") await decoder.decodeReply(body.toString("utf8"), NO_SERVER_FUNCTIONS, { temporaryReferences: decoder.createTemporaryReferenceSet() });
    else if (kind === "reply-rows") await decodeCallRows(decoder, contentType, body);
    else await decodeBoundArguments(decoder, await new Request("http://localhost/", { method: "POST", headers: { "content-type": contentType }, body }).formData());
    return null;
  } catch (error) {
    return `arguments do not decode: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`;
  }
}

/** The body, or why it was not read whole: over `limit` bytes (the rest is left to flow away unread), or the client went away. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer<ArrayBuffer> | "too-large" | "aborted"> {
  if (Number(req.headers["content-length"]) > limit) return Promise.resolve("too-large");
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: Buffer<ArrayBuffer> | "too-large" | "aborted") => {
      req.off("data", onData).off("end", onEnd).off("error", onAborted).off("close", onAborted);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish("too-large");
      else chunks.push(chunk);
    };
    const onEnd = () => finish(Buffer.concat(chunks, size));
    const onAborted = () => finish("aborted");
    req.on("data", onData).on("end", onEnd).on("error", onAborted).on("close", onAborted);
  });
}

/** A request like `req` whose body is `body`, for Next to read after this layer has read the original. */
function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.headers = req.headers;
  copy.rawHeaders = req.rawHeaders;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  copy.complete = true;
  copy.push(body);
  copy.push(null);
  return copy;
}

function refuse(req: IncomingMessage, res: ServerResponse, refusal: Refusal, reason: string): null {
  console.warn(`Server action request refused (${refusal.status}, ${reason}): ${req.method} ${req.url?.slice(0, 200)}`);
  answerRefusal(req, res, refusal);
  // A body left unread flows away, so the client, still sending, reads the answer.
  req.resume();
  return null;
}

/**
 * The request to hand to Next: `req` itself when Next will not decode its body as an action, a
 * replay of a body that will decode, or null when this layer answered (or the client went away).
 */
export async function receiveActionRequest(req: IncomingMessage, res: ServerResponse): Promise<IncomingMessage | null> {
  const kind = actionBodyKind(req);
  if (!kind) return req;
  const contentType = req.headers["content-type"] ?? "";
  if (kind === "unsupported") return refuse(req, res, REFUSED.unsupportedType, `content type ${JSON.stringify(contentType.slice(0, 100))}`);
  const body = await readBody(req, ACTION_BODY_LIMIT_BYTES);
  if (body === "aborted") return null;
  if (body === "too-large") return refuse(req, res, REFUSED.tooLarge, `body over ${ACTION_BODY_LIMIT_BYTES} bytes`);
  const undecodable = await undecodableActionBody(kind, contentType, body);
  if (undecodable) return refuse(req, res, REFUSED.malformed, undecodable);
  return replay(req, body);
}
