// A multipart/form-data body read in place: each part's content is a view into the body, so an
// uploaded file is never copied (Request.formData() copies it into a Blob, and arrayBuffer() again).

export type MultipartFile = { filename: string; bytes: Buffer };
export type MultipartForm = { fields: Map<string, string>; files: Map<string, MultipartFile> };

const CRLF = Buffer.from("\r\n");
const HEADER_END = Buffer.from("\r\n\r\n");

function boundaryOf(contentType: string): string | null {
  const match = /^multipart\/form-data\s*;(?:.*;)?\s*boundary=(?:"([^"]{1,70})"|([^\s;"]{1,70}))/i.exec(contentType);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

function dispositionParam(headers: string, name: "name" | "filename"): string | null {
  const disposition = /^content-disposition:\s*form-data(.*)$/im.exec(headers)?.[1];
  if (disposition === undefined) return null;
  return new RegExp(`;\\s*${name}="([^"]*)"`, "i").exec(disposition)?.[1] ?? null;
}

/** The fields and files of the body, or null when it is not well-formed multipart/form-data (the first part of a repeated name wins). */
export function parseMultipart(body: Buffer, contentType: string): MultipartForm | null {
  const boundary = boundaryOf(contentType);
  if (!boundary) return null;
  const delimiter = Buffer.from(`--${boundary}`);
  const nextDelimiter = Buffer.from(`\r\n--${boundary}`);
  const form: MultipartForm = { fields: new Map(), files: new Map() };

  let position = body.indexOf(delimiter);
  if (position === -1) return null;
  position += delimiter.length;
  for (;;) {
    if (body[position] === 0x2d && body[position + 1] === 0x2d) return form; // "--": the closing delimiter
    if (body.indexOf(CRLF, position) !== position) return null;
    const headerStart = position + CRLF.length;
    const headerEnd = body.indexOf(HEADER_END, headerStart);
    if (headerEnd === -1) return null;
    const contentStart = headerEnd + HEADER_END.length;
    const contentEnd = body.indexOf(nextDelimiter, contentStart);
    if (contentEnd === -1) return null;

    const headers = body.toString("utf8", headerStart, headerEnd);
    const name = dispositionParam(headers, "name");
    if (name === null) return null;
    const filename = dispositionParam(headers, "filename");
    const content = body.subarray(contentStart, contentEnd);
    if (filename !== null) {
      if (!form.files.has(name)) form.files.set(name, { filename, bytes: content });
    } else if (!form.fields.has(name)) {
      form.fields.set(name, content.toString("utf8"));
    }
    position = contentEnd + nextDelimiter.length;
  }
}
