import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { waitUntilAnswering } from "./page-weight";

// The yardstick for the server's throughput: nginx (Debian's `nginx-light`) serving the same gzipped
// bytes of a page from a file, one worker process, in the same run. The ratio between the two means
// something on a noisy machine where a req/s figure alone does not.

const CANDIDATES = ["/usr/sbin/nginx", "/usr/bin/nginx"];

export function nginxPath(): string | null {
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export type Nginx = { url: string; stop(): void };

/** Starts nginx on `port`, answering every request with `gzipped` as a gzip-encoded HTML page. */
export async function serveWithNginx(binary: string, gzipped: Buffer, port: number): Promise<Nginx> {
  const dir = mkdtempSync(join(tmpdir(), "bench-nginx-"));
  // nginx started as root serves from worker processes that run as nobody.
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, "root"));
  mkdirSync(join(dir, "temp"));
  writeFileSync(join(dir, "root", "page.html.gz"), gzipped);
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `${kind}_temp_path ${dir}/temp;`).join(" ");
  writeFileSync(
    join(dir, "nginx.conf"),
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  ${temp}
  server {
    listen 127.0.0.1:${port};
    location / {
      root ${dir}/root;
      default_type "text/html; charset=utf-8";
      add_header Content-Encoding gzip;
      add_header Vary Accept-Encoding;
      try_files /page.html.gz =404;
    }
  }
}
`,
  );
  const child = spawn(binary, ["-c", join(dir, "nginx.conf"), "-e", join(dir, "error.log")], { stdio: "ignore" });
  const stop = () => {
    child.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}/`;
  await waitUntilAnswering(url, "nginx", stop);
  return { url, stop };
}
