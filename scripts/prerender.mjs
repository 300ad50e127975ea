// The pre-rendered board (#20), used by scripts/single-file.mjs: the page's first paint must not
// wait for the wasm (decoding, compiling and the first analysis take most of a second), so the
// built pages carry the bundled articles' board as HTML, drawn by the app itself at build time.
//
// How: the finished pages are opened in headless Chromium (Debian's chromium, driven by
// playwright-core, both installed for the e2e tests), the app runs as a reader's browser would
// run it (fresh profile, no stored set, no URL fragment, 1280 px wide), and the `#app`
// element's HTML is copied into the page. So the pre-render is the same analysis and the same
// view code, byte for byte, as what the app draws when it takes over; the e2e test
// `tests/e2e/prerender.test.mjs` compares the two.
//
// Until the app takes over, every control in the copy is `inert` (it cannot be clicked,
// focused or typed in; the text, headings and landmarks stay readable) and `#app` is
// `aria-busy`, and a status line outside it says that the controls start in a moment.
// `www/boot.js` hides it where the app will draw something else (an embed, a kept set, a
// shared view in the URL fragment) and when scripts do not run (the `<noscript>` summary is
// the page then); `claimscope::ui::start` removes the marks as it draws the live board in the
// same task, so the browser never paints anything in between.
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";

const OPEN = "<!--claimscope-prerender-->";
const CLOSE = "<!--/claimscope-prerender-->";
const STATUS = `<p id="claimscope-starting" class="starting" role="status">Starting: the buttons and filters work in a moment…</p>`;
const APP_OPEN = /<div id=(?:"app"|app)(?:\s[^>]*)?>/;
// The browser draws nothing until the parser has read the whole pre-rendered board: a page this
// large is parsed in slices, and a frame drawn between two of them shows half-parsed cards
// (buttons without their words) that then grow: a layout shift. The link blocks rendering
// until the marker after `#app` is parsed (Chromium 124+; other browsers ignore it).
const RENDER_BLOCK = '<link rel="expect" href="#claimscope-prerender-end" blocking="render">';
const END_MARK = '<span id="claimscope-prerender-end" hidden></span>';
const VIEW = /<meta name="claimscope-view" content="[^"]*">/g;
/** What a reader could click, type in or tab to. */
export const CONTROLS = "a[href], button, select, input, textarea, summary, [tabindex], [contenteditable]";

/** The page without a pre-rendered board (as Trunk wrote it), whether or not it had one. */
export function withoutPrerender(html) {
  const start = html.indexOf(OPEN);
  const end = html.indexOf(CLOSE);
  if (start >= 0 && end > start) html = html.slice(0, start) + html.slice(end + CLOSE.length);
  return html
    .replace(VIEW, "")
    .replaceAll(RENDER_BLOCK, "")
    .replaceAll(END_MARK, "")
    .replace(/<p id="claimscope-starting"[^>]*>[^<]*<\/p>/g, "")
    .replace(APP_OPEN, '<div id="app">');
}

/** The page with `board` (`{html, view}`: the `#app` element's HTML as the app drew it, and
 * the URL fragment it wrote for that view) pre-rendered. The fragment goes first in the head, so
 * that boot.js knows that a reload of the same view may show the pre-render. */
export function withPrerender(html, board) {
  html = withoutPrerender(html);
  if (!APP_OPEN.test(html)) throw new Error("no <div id=app> in the page");
  const view = board.view.replace(/[&"<>]/g, (c) => ({ "&": "&amp;", '"': "&quot;", "<": "&lt;", ">": "&gt;" })[c]);
  // After the charset (Trunk's minifier leaves out the optional <head> tag).
  const charset = /<meta charset=[^>]*>/;
  if (!charset.test(html)) throw new Error("no <meta charset> in the page");
  html = html.replace(charset, (tag) => `${tag}<meta name="claimscope-view" content="${view}">${RENDER_BLOCK}`);
  const app = /(<div id="app" data-prerendered aria-busy="true">[\s\S]*?<\/p>)(\s*<\/div>)/;
  html = html.replace(APP_OPEN, () => `${STATUS}<div id="app" data-prerendered aria-busy="true">`);
  if (!app.test(html)) throw new Error("no loading line closing <div id=app> in the page");
  // After the loading line, which stays for the pages that hide the pre-render.
  return html.replace(app, (_, opening, close) => `${opening}${OPEN}${board.html}${CLOSE}${close}${END_MARK}`);
}

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css" };

/** The `#app` HTML the app draws in each of `pages`, with the fragment it writes (`{html, view}`) (`{name: "file" | "http"}`, files in `dir`),
 * or null (with the reason printed) where Chromium or playwright-core is missing. */
export async function drawBoards(dir, pages) {
  dir = resolve(dir);
  let chromium;
  try {
    ({ chromium } = await import("playwright-core"));
  } catch {
    console.warn("single-file: playwright-core is missing (npm install): the pages are built without the pre-rendered board");
    return null;
  }
  const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
  if (!existsSync(executablePath)) {
    console.warn(`single-file: no Chromium at ${executablePath} (set CHROMIUM): the pages are built without the pre-rendered board`);
    return null;
  }
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, "http://x").pathname)).replace(/^\/+/, "") || "index.html";
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream" });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const boards = {};
    for (const [name, how] of Object.entries(pages)) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const errors = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(how === "file" ? `file://${join(dir, name)}` : `${origin}/${name}`);
      await page.waitForFunction(() => window.claimscope && document.querySelector("#app:not([data-prerendered]) .board"), null, { timeout: 120000 });
      await page.evaluate(() => window.claimscope.ready);
      // Effects that run after the first drawing (the reader's parts, the history entry).
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
      if (errors.length) throw new Error(`${name}: ${errors.join("; ")}`);
      boards[name] = await page.evaluate((controls) => {
        const app = document.getElementById("app");
        // Each control is inert until the app takes over; the text, headings and landmarks
        // stay readable, by eye and by screen reader.
        for (const control of app.querySelectorAll(controls)) control.setAttribute("inert", "");
        return { html: app.innerHTML, view: location.hash.replace(/^#/, "") };
      }, CONTROLS);
      await context.close();
    }
    return boards;
  } finally {
    await browser.close();
    server.close();
  }
}
