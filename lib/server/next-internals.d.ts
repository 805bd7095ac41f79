// Modules of Next's own that ship without types, used by action-body.ts to decode a server action's
// arguments exactly as Next does.

declare module "next/dist/compiled/busboy/index.js" {
  import type { Writable } from "node:stream";
  export default function createBusboy(config: { headers: Record<string, string>; defParamCharset?: string; limits?: { fieldSize?: number } }): Writable;
}
