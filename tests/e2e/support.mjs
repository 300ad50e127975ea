// What every browser test file shares: where the build is, and how Chromium is started here
// (Debian's chromium, never a downloaded browser; no background connections, which this
// machine's closed network would refuse).
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../../", import.meta.url));
export const dist = join(root, "dist");
export const singleFile = new URL(`file://${join(dist, "claimscope.html")}`).href;
export const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/** The app's own `#app`, once it has taken over from the board pre-rendered at build time
 * (scripts/prerender.mjs), which is painted first but cannot be used: a test that means to
 * use the page waits for `${LIVE} …`. */
export const LIVE = "#app:not([data-prerendered])";

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css" };

/** Serves the hosted build (dist/) on 127.0.0.1 with no special headers: `{server, origin}`. */
export async function serveDist() {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, "http://x").pathname)).replace(/^\/+/, "") || "index.html";
    const file = join(dist, path);
    if (!file.startsWith(dist) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream" });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** How far the page can be scrolled sideways, and the element that sticks out furthest. */
export const sideways = (page) => page.evaluate(() => {
  const width = document.documentElement.clientWidth;
  let widest = null;
  for (const element of document.querySelectorAll("body *")) {
    const box = element.getBoundingClientRect();
    if (box.width > 0 && box.right > width + 1 && (!widest || box.right > widest.right)) {
      widest = { right: Math.round(box.right), what: `${element.tagName.toLowerCase()}.${element.className?.baseVal ?? element.className}` };
    }
  }
  return { overflow: document.documentElement.scrollWidth - width, widest };
});
