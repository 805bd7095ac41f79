import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, actionBodyKind, receiveActionRequest, undecodableActionBody } from "./action-body";

const ACTION_ID = "60d30c08197033b0a71ef184aed60495a4f983e682";
const BOUNDARY = "----formdata-test";
const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`;

function multipart(fields: [string, string][]): string {
  return `${fields.map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("")}--${BOUNDARY}--\r\n`;
}

/** What React's client sends for `action(previousState, formData)`. */
const CALL_ROWS = multipart([
  ["1_email", "editor@rinewsportal.example"],
  ["1_password", "rahasia"],
  ["0", '[{"status":"idle"},"$K1"]'],
]);
/** What a form posted with JavaScript off sends for an action with bound arguments (useActionState). */
const FORM_WITH_BOUND_ARGUMENTS = multipart([
  ["$ACTION_REF_1", ""],
  ["$ACTION_1:0", `{"id":"${ACTION_ID}","bound":"$@1"}`],
  ["$ACTION_1:1", '[{"status":"idle"}]'],
  ["$ACTION_KEY", "k1"],
  ["email", "editor@rinewsportal.example"],
]);
const FORM_WITH_ACTION_ID = multipart([[`$ACTION_ID_${ACTION_ID}`, ""], ["email", "x"]]);

const bytes = (text: string) => Buffer.from(text);

describe("which requests Next decodes as server actions", () => {
  const post = (headers: Record<string, string>, url = "/redaksi/masuk") => actionBodyKind({ method: "POST", url, headers });

  it("a call with Next-Action is decoded as multipart rows or as one JSON text; any other content type is not an action's", () => {
    expect(post({ "next-action": ACTION_ID, "content-type": MULTIPART })).toBe("reply-rows");
    expect(post({ "next-action": ACTION_ID, "content-type": "text/plain;charset=UTF-8" })).toBe("reply-text");
    for (const type of ["application/json", "application/x-www-form-urlencoded", "application/octet-stream", "Multipart/Form-Data; boundary=x"]) {
      expect(post({ "next-action": ACTION_ID, "content-type": type }), type).toBe("unsupported");
    }
    expect(post({ "next-action": ACTION_ID })).toBe("unsupported");
  });

  it("a multipart post without Next-Action may be a form posted with JavaScript off; other posts, reads and route handlers are left alone", () => {
    expect(post({ "content-type": MULTIPART })).toBe("form");
    expect(post({ "content-type": "application/x-www-form-urlencoded" })).toBeNull();
    expect(post({ "content-type": MULTIPART }, "/api/media")).toBeNull();
    expect(post({ "next-action": ACTION_ID, "content-type": "text/plain" }, "/api/media")).toBeNull();
    expect(actionBodyKind({ method: "GET", url: "/", headers: { "next-action": ACTION_ID } })).toBeNull();
  });
});

describe("bodies Next could not decode", () => {
  it("what React's client and a JavaScript-off form send decodes", async () => {
    expect(await undecodableActionBody("reply-rows", MULTIPART, bytes(CALL_ROWS))).toBeNull();
    expect(await undecodableActionBody("reply-text", "text/plain;charset=UTF-8", bytes("[]"))).toBeNull();
    expect(await undecodableActionBody("form", MULTIPART, bytes(FORM_WITH_BOUND_ARGUMENTS))).toBeNull();
    expect(await undecodableActionBody("form", MULTIPART, bytes(FORM_WITH_ACTION_ID))).toBeNull();
  });

  it("a truncated or unframed multipart body does not", async () => {
    for (const kind of ["reply-rows", "form"] as const) {
      for (const [type, body] of [[MULTIPART, FORM_WITH_BOUND_ARGUMENTS.slice(0, 150)], [MULTIPART, "[]"], ["multipart/form-data", CALL_ROWS]] as const) {
        expect(await undecodableActionBody(kind, type, bytes(body)), `${kind}: ${body.slice(0, 40)}`).toMatch(/^arguments do not decode: /);
      }
    }
  });

  it("arguments that are not JSON do not, in a text body, a call's rows or a form's bound arguments", async () => {
    expect(await undecodableActionBody("reply-text", "text/plain", bytes("not json{"))).toMatch(/^arguments do not decode: /);
    expect(await undecodableActionBody("reply-text", "text/plain", Buffer.from([0xff, 0xfe]))).toMatch(/^arguments do not decode: /);
    expect(await undecodableActionBody("reply-rows", MULTIPART, bytes(multipart([["0", "[{bad"]])))).toMatch(/^arguments do not decode: /);
    expect(await undecodableActionBody("reply-rows", MULTIPART, bytes(multipart([["1_email", "x"]])))).toBe("arguments do not decode: Connection closed.");
    const badBound = FORM_WITH_BOUND_ARGUMENTS.replace('[{"status":"idle"}]', "[{garbage");
    expect(await undecodableActionBody("form", MULTIPART, bytes(badBound))).toMatch(/^arguments do not decode: /);
  });

  it("valid JSON rows that refer to rows the body does not carry, or hold values React cannot build, do not", async () => {
    const unbuildable = ['["$5"]', '["$5:a"]', '["$Q5"]', '["$B5"]', '["$A5"]', '["$nzz"]', '["$h5"]'];
    for (const row of unbuildable) {
      expect(await undecodableActionBody("reply-text", "text/plain", bytes(row)), row).toMatch(/^arguments do not decode: /);
      expect(await undecodableActionBody("reply-rows", MULTIPART, bytes(multipart([["0", row]]))), row).toMatch(/^arguments do not decode: /);
      const bound = FORM_WITH_BOUND_ARGUMENTS.replace('[{"status":"idle"}]', row);
      expect(await undecodableActionBody("form", MULTIPART, bytes(bound)), row).toMatch(/^arguments do not decode: /);
    }
    // A row that arrives after the row referring to it is fine, as React's client sends it.
    expect(await undecodableActionBody("reply-rows", MULTIPART, bytes(multipart([["1", '{"a":1}'], ["0", '["$1"]']])))).toBeNull();
    const missingBound = FORM_WITH_BOUND_ARGUMENTS.replace('"bound":"$@1"', '"bound":"$@7"');
    expect(await undecodableActionBody("form", MULTIPART, bytes(missingBound))).toMatch(/^arguments do not decode: /);
    // Each reference's rows are its own: a second, broken reference is found among good ones.
    const reference = (n: number, bound: string): [string, string][] => [[`$ACTION_REF_${n}`, ""], [`$ACTION_${n}:0`, `{"id":"${ACTION_ID}","bound":"$@1"}`], [`$ACTION_${n}:1`, bound]];
    expect(await undecodableActionBody("form", MULTIPART, bytes(multipart([...reference(1, "[1]"), ...reference(2, "[2]")])))).toBeNull();
    expect(await undecodableActionBody("form", MULTIPART, bytes(multipart([...reference(1, "[1]"), ...reference(2, '["$5"]')])))).toMatch(/^arguments do not decode: /);
  });
});

describe("the action body layer in front of Next", () => {
  let server: Server;
  let origin: string;
  const handedToNext: { url?: string; body: string }[] = [];

  beforeAll(async () => {
    server = createServer(async (req, res) => {
      const request = await receiveActionRequest(req, res);
      if (!request) return;
      let body = "";
      for await (const chunk of request) body += chunk;
      handedToNext.push({ url: request.url, body });
      res.end("next");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const send = (body: BodyInit, headers: Record<string, string>) => fetch(`${origin}/redaksi/masuk?next=%2Fredaksi`, { method: "POST", body, headers, duplex: "half" } as RequestInit);

  it("hands a body that decodes to Next byte for byte, and anything that is not an action untouched", async () => {
    for (const [body, headers] of [
      [CALL_ROWS, { "next-action": ACTION_ID, "content-type": MULTIPART }],
      [FORM_WITH_BOUND_ARGUMENTS, { "content-type": MULTIPART }],
      ["email=a", { "content-type": "application/x-www-form-urlencoded" }],
    ] as const) {
      handedToNext.length = 0;
      const response = await send(body, headers);
      expect(await response.text()).toBe("next");
      expect(handedToNext).toEqual([{ url: "/redaksi/masuk?next=%2Fredaksi", body }]);
    }
  });

  it("answers a body Next could not decode with a 4xx and a short message, and Next never sees it", async () => {
    handedToNext.length = 0;
    const cases = [
      { body: CALL_ROWS.slice(0, 120), headers: { "next-action": ACTION_ID, "content-type": MULTIPART }, status: 400, message: "Permintaan tidak valid." },
      { body: "<<garbage>>", headers: { "next-action": ACTION_ID, "content-type": "text/plain;charset=UTF-8" }, status: 400, message: "Permintaan tidak valid." },
      { body: "[]", headers: { "next-action": ACTION_ID, "content-type": "application/json" }, status: 415, message: "Jenis isi permintaan tidak didukung." },
      { body: "x".repeat(ACTION_BODY_LIMIT_BYTES + 1), headers: { "next-action": ACTION_ID, "content-type": "text/plain" }, status: 413, message: "Isi permintaan terlalu besar." },
    ];
    for (const { body, headers, status, message } of cases) {
      const response = await send(body, headers);
      expect(response.status, message).toBe(status);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.text()).toBe(`${status} ${message}\n`);
    }
    expect(handedToNext).toEqual([]);
  });

  it("counts a body sent without a length as it arrives, and refuses it past the limit", async () => {
    const chunk = new Uint8Array(256 * 1024).fill(0x78);
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.length;
        if (sent > 4 * ACTION_BODY_LIMIT_BYTES) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const response = await send(endless, { "next-action": ACTION_ID, "content-type": "text/plain" });
    expect(response.status).toBe(413);
    expect(handedToNext).toEqual([]);
  });
});
