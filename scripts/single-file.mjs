// Trunk post-build hook: writes claimscope.html, the whole app in one file that works when
// opened from file:// (double-click, USB stick, e-mail attachment) with no server.
//
// file:// pages cannot fetch their .wasm nor load module scripts (the origin is `null`), so the
// stylesheet and the wasm-bindgen glue are inlined, and the wasm goes into a non-executing
// data block as deflate-compressed base64 that boot.js inflates and compiles asynchronously.
//
// Run by Trunk with TRUNK_STAGING_DIR set; can also be run as
// `node scripts/single-file.mjs DIST_DIR` on a finished build.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync, gzipSync } from "node:zlib";

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

let html = read("index.html").toString("utf8");
let replaced = { css: 0, glue: 0, boot: 0 };

html = html.replace(/<link\b[^>]*>/g, (tag) => {
  if (attr(tag, "rel") !== "stylesheet") return tag;
  replaced.css++;
  return `<style>${inlineSafe(read(attr(tag, "href")).toString("utf8"))}</style>`;
});

html = html.replace(/<script\b[^>]*><\/script>/g, (tag) => {
  const src = attr(tag, "src");
  if (!src) return tag;
  const wasm = attr(tag, "data-wasm");
  const code = inlineSafe(read(src).toString("utf8"));
  if (wasm) {
    replaced.boot++;
    // Compressed before it is written as base64: base64 hides the bytes' patterns from the
    // gzip of the page as served or mailed, so packing first makes the file about half as
    // large. boot.js inflates it with the browser's DecompressionStream.
    const base64 = deflateRawSync(read(wasm), { level: 9 }).toString("base64");
    // The analysis worker's code, started from a blob by boot.js (claimscopeStartWorker).
    const worker = inlineSafe(read("worker.js").toString("utf8"));
    return `<script type="application/octet-stream" id="claimscope-wasm" data-encoding="deflate-raw">${base64}</script><script type="text/plain" id="claimscope-worker">${worker}</script><script>${code}</script>`;
  }
  replaced.glue++;
  return `<script id="claimscope-glue">${code}</script>`;
});

if (replaced.css !== 1 || replaced.glue !== 1 || replaced.boot !== 1) {
  console.error(`single-file: expected one stylesheet, one glue script and one boot script, got ${JSON.stringify(replaced)}`);
  process.exit(1);
}
// Whatever still points at a file would be a request the single file cannot make.
const leftover = html.match(/<(?:script|link|img|iframe)\b[^>]*\s(?:src|href)=["']?(?!data:)[^"'#\s>]/);
if (leftover) {
  console.error(`single-file: a reference to another file is left: ${leftover[0]}`);
  process.exit(1);
}

writeFileSync(join(dir, "claimscope.html"), html);
const raw = Buffer.byteLength(html);
const gzipped = gzipSync(html, { level: 9 }).length;
console.log(`single-file: claimscope.html ${(raw / 1024).toFixed(0)} KiB, ${(gzipped / 1024).toFixed(0)} KiB gzipped`);
