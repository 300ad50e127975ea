// A small static server for the hosted build (dist/), on 127.0.0.1, that sends the
// Content-Security-Policy the hosted build is made to run under. Used by scripts/serve.sh and
// by the browser tests; no dependencies.
//
//   node scripts/static-server.mjs [DIR] [PORT]      (defaults: dist, 8080)
import { createServer } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** The policy: the page's own scripts and styles, wasm compilation, images from itself or
 * data: URLs, and nothing else — no fetch, no inline script or style, no eval. */
export const CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

/** The example article (www/embed-example.html) is a newsroom's page, not the app: the same
 * policy, plus the right to frame the board from this origin. */
const HOST_PAGES = new Set(["embed-example.html"]);
const HOST_CSP = `${CSP}; frame-src 'self'`;

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/** Serves `dir` on 127.0.0.1 (port 0: any free port); resolves to the http.Server. With
 * `csp: false` no policy is sent (a newsroom's own page, in the tests). */
export function serve(dir, { port = 0, csp = CSP } = {}) {
  const base = resolve(dir);
  const server = createServer((request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    let file = resolve(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(404).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const headers = { "content-type": TYPES[extname(file)] || "application/octet-stream", "cache-control": "no-cache" };
    if (csp) headers["content-security-policy"] = HOST_PAGES.has(basename(file)) ? HOST_CSP : csp;
    response.writeHead(200, headers);
    response.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(port, "127.0.0.1", () => done(server)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] || "dist";
  const server = await serve(dir, { port: Number(process.argv[3] || 8080) });
  console.log(`Serving ${dir} at http://127.0.0.1:${server.address().port}/ (Content-Security-Policy: ${CSP})`);
}
