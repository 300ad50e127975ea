// Trunk post-build hook: writes claimscope.html, the whole app in one file that works when
// opened from file:// (double-click, USB stick, e-mail attachment) with no server.
//
// file:// pages cannot fetch their .wasm nor load module scripts (the origin is `null`), so the
// stylesheet and the wasm-bindgen glue are inlined, and the wasm goes into a non-executing
// data block as LZMA-compressed base64 that boot.js decodes and compiles asynchronously.
//
// It also finishes the hosted build (dist/index.html):
// - `claimscope-web_bg.wasm.js` carries the wasm as base64 in a script, because the hosted
//   build runs under `Content-Security-Policy: default-src 'none'; script-src 'self'
//   'wasm-unsafe-eval'; …`, which lets the page run its own scripts but not fetch anything;
// - the `<noscript>` block gets a static summary of the bundled articles' comparisons,
//   computed by the native CLI (`claimscope extract`, built here if needed), so that a reader
//   without JavaScript still sees where the sources agree or diverge.
//
// Last, both pages get the bundled articles' board pre-rendered, as the app draws it in
// headless Chromium (scripts/prerender.mjs, #20), so that the first paint does not wait for the
// wasm.
//
// Run by Trunk with TRUNK_STAGING_DIR set; can also be run as
// `node scripts/single-file.mjs DIST_DIR` on a finished build.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { drawBoards, withPrerender, withoutPrerender } from "./prerender.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) {
  console.error("single-file: set TRUNK_STAGING_DIR or pass the dist directory");
  process.exit(2);
}
const read = (name) => readFileSync(join(dir, name.replace(/^\.?\//, "")));
// Trunk minifies the page, so attribute values may be quoted or bare.
const attr = (tag, name) => {
  const match = tag.match(new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`));
  return match ? match[1] ?? match[2] ?? match[3] : undefined;
};
// Inline text must not close its own element early.
const inlineSafe = (text) => text.replace(/<\/(script|style)/gi, "<\\/$1");

/** Text made safe in HTML. */
const escapeHtml = (text) =>
  String(text).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/** The comparisons of claims/1 as static HTML, in the board's order (divergences first). */
function noscriptSummary(claims) {
  const documents = new Map(claims.documents.map((d) => [d.id, d]));
  const source = (id) => {
    const d = documents.get(id);
    return d ? [d.outlet ?? d.title, d.date].filter(Boolean).join(", ") : id;
  };
  const who = (m) => (m.speaker ? (m.via ? `${m.speaker} (via ${m.via})` : m.speaker) : "the article itself");
  const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  const board = [...claims.comparisons].sort((a, b) => (a.verdict === "diverge" ? 0 : 1) - (b.verdict === "diverge" ? 0 : 1));
  const cards = board.map((c) => {
    const verdict = c.verdict === "diverge" ? "Diverge" : "Agree";
    const members = c.members.map((m) => {
      const when = m.qualifiers.length ? ` (${m.qualifiers.join(", ")})` : "";
      return `<li><strong>${escapeHtml(m.value)}</strong> — ${escapeHtml(`${who(m)}, ${source(m.doc)}${when}`)}</li>`;
    });
    const dependence = c.independent ? "" : "<p>Not independent: these sources share text or a speaker.</p>";
    return `<li><h3>${verdict}: ${escapeHtml(c.label)}</h3>${dependence}<ul>${members.join("")}</ul><p>Why? ${escapeHtml(c.why)}</p></li>`;
  });
  const sources = claims.documents.map((d) => `<li>${escapeHtml(d.title)}${d.outlet || d.date ? ` — ${escapeHtml(source(d.id))}` : ""}</li>`);
  return (
    `<noscript id="claimscope-noscript"><section class="noscript-summary" aria-labelledby="noscript-heading">` +
    `<h2 id="noscript-heading">Where the sources agree or diverge</h2>` +
    `<p>Claimscope compares articles in your browser and needs JavaScript to do so. Without it, here is what it finds in ` +
    `the ${plural(claims.documents.length, "article", "articles")} this page comes with (computed when the page was built): ` +
    `${plural(claims.comparisons.length, "comparison", "comparisons")}.</p>` +
    `<ul class="noscript-comparisons">${cards.join("")}</ul>` +
    `<h3>The articles</h3><ul class="noscript-documents">${sources.join("")}</ul>` +
    `</section></noscript>`
  );
}

/** claims/1 of the bundled articles, from the native CLI (built first if it is missing or stale). */
function bundledClaims() {
  execFileSync("cargo", ["build", "--release", "--quiet", "--bin", "claimscope"], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  const cli = join(process.env.CARGO_TARGET_DIR || join(root, "target"), "release", "claimscope");
  return JSON.parse(execFileSync(cli, ["extract"], { encoding: "utf8", maxBuffer: 64 << 20 }));
}

/** `bytes` in the .lzma format with its size in the header (boot.js's `unlzma` reads it),
 * from Python's lzma module: Node has no LZMA of its own. */
function lzma(bytes) {
  const script = [
    "import lzma, struct, sys",
    "data = sys.stdin.buffer.read()",
    "packed = lzma.compress(data, format=lzma.FORMAT_ALONE, filters=[{'id': lzma.FILTER_LZMA1, 'preset': 9 | lzma.PRESET_EXTREME, 'lc': 3, 'lp': 0, 'pb': 0, 'dict_size': 1 << 21}])",
    "sys.stdout.buffer.write(packed[:5] + struct.pack('<Q', len(data)) + packed[13:])",
  ].join("\n");
  return execFileSync("python3", ["-c", script], { input: bytes, maxBuffer: 64 << 20 });
}

// Without the pre-rendered board of an earlier run of this hook: it is drawn afresh below.
let html = withoutPrerender(read("index.html").toString("utf8"));
const noscripts = html.match(/<noscript\b[^>]*>[\s\S]*?<\/noscript>/g) ?? [];
if (noscripts.length !== 1) {
  console.error(`single-file: expected one <noscript> block in index.html, found ${noscripts.length}`);
  process.exit(1);
}
html = html.replace(noscripts[0], () => noscriptSummary(bundledClaims()));

// The hosted build: its wasm as a script too, and its page with the summary.
const wasmName = attr(html.match(/<script\b[^>]*\sdata-wasm=[^>]*>/)?.[0] ?? "", "data-wasm");
if (!wasmName) {
  console.error("single-file: no script with data-wasm in index.html");
  process.exit(1);
}
writeFileSync(join(dir, `${wasmName.replace(/^\.?\//, "")}.js`), `self.claimscopeWasm="${read(wasmName).toString("base64")}";\n`);
const hosted = html;
writeFileSync(join(dir, "index.html"), hosted);

let replaced = { css: 0, glue: 0, boot: 0, carrier: 0 };

html = html.replace(/<link\b[^>]*>/g, (tag) => {
  if (attr(tag, "rel") !== "stylesheet") return tag;
  replaced.css++;
  return `<style>${inlineSafe(read(attr(tag, "href")).toString("utf8"))}</style>`;
});

let dataBlocks = "";
let glueBlock = "";
html = html.replace(/<script\b[^>]*><\/script>/g, (tag) => {
  const src = attr(tag, "src");
  if (!src) return tag;
  // The single file carries the wasm in its data block (below), not in a script.
  if (src.endsWith(".wasm.js")) {
    replaced.carrier++;
    return "";
  }
  const wasm = attr(tag, "data-wasm");
  const code = inlineSafe(read(src).toString("utf8"));
  if (wasm) {
    replaced.boot++;
    // Compressed before it is written as base64: base64 hides the bytes' patterns from the
    // gzip of the page as served or mailed, so packing first makes the file about half as
    // large. LZMA packs the module a fifth smaller than deflate (about 355 KB against 460 KB);
    // browsers have no LZMA, so boot.js decodes it (a few hundred milliseconds for the
    // megabyte), which the pre-rendered board hides: the first paint does not wait for it.
    const packed = lzma(read(wasm));
    // The analysis worker's code, started from a blob by boot.js (claimscopeStartWorker).
    const worker = inlineSafe(read("worker.js").toString("utf8"));
    // The data blocks go at the end of the body: the parser reaches the pre-rendered board
    // (and the browser paints it) without reading half a megabyte of base64 first.
    dataBlocks = `<script type="application/octet-stream" id="claimscope-wasm" data-encoding="lzma">${packed.toString("base64")}</script><script type="text/plain" id="claimscope-worker">${worker}</script>`;
    return `<script>${code}</script>`;
  }
  replaced.glue++;
  // The glue stands at the end of the body as text, and boot.js runs it when it starts the wasm
  // (after the first paint): nothing needs it before, and compiling its 23 KB while the first
  // frame was drawn held the first paint (10–15 ms, first in <head>, then at the end).
  glueBlock = `<script type="text/plain" id="claimscope-glue">${code}</script>`;
  return "";
});

html = html.includes("</body>") ? html.replace("</body>", () => `${glueBlock}${dataBlocks}</body>`) : html + glueBlock + dataBlocks;

if (replaced.css !== 1 || replaced.glue !== 1 || replaced.boot !== 1 || replaced.carrier !== 1) {
  console.error(`single-file: expected one stylesheet, one glue script, one wasm script and one boot script, got ${JSON.stringify(replaced)}`);
  process.exit(1);
}
// Whatever still points at a file would be a request the single file cannot make.
const leftover = html.match(/<(?:script|link|img|iframe)\b[^>]*\s(?:src|href)=["']?(?!data:)[^"'#\s>]/);
if (leftover) {
  console.error(`single-file: a reference to another file is left: ${leftover[0]}`);
  process.exit(1);
}

writeFileSync(join(dir, "claimscope.html"), html);

// The board, drawn by the app in each finished page, goes into that page (scripts/prerender.mjs).
const boards = await drawBoards(dir, { "claimscope.html": "file", "index.html": "http" });
if (boards) {
  html = withPrerender(html, boards["claimscope.html"]);
  writeFileSync(join(dir, "claimscope.html"), html);
  writeFileSync(join(dir, "index.html"), withPrerender(hosted, boards["index.html"]));
  const same = boards["claimscope.html"].html === boards["index.html"].html ? "the same in both pages" : "differs between the pages";
  console.log(`single-file: pre-rendered board ${(boards["claimscope.html"].html.length / 1024).toFixed(0)} KiB (${same}), view #${boards["claimscope.html"].view}`);
}
const raw = Buffer.byteLength(html);
const gzipped = gzipSync(html, { level: 9 }).length;
console.log(`single-file: claimscope.html ${(raw / 1024).toFixed(0)} KiB, ${(gzipped / 1024).toFixed(0)} KiB gzipped`);
