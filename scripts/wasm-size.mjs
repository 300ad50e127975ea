// Where the page's wasm bytes go, cargo-bloat style (printed, never asserted):
//
//   node scripts/wasm-size.mjs [WASM] [--top N]
//
// WASM defaults to the app as cargo built it for Trunk
// (target/wasm32-unknown-unknown/wasm-release/claimscope-web.wasm): that file still has its
// function names, which wasm-bindgen and wasm-opt later strip. The figures are the share of each
// crate (and the largest functions) in that file's code section, and the size of its data
// section (string constants and tables); the shipped file is smaller after wasm-opt, but in
// about the same proportions.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const args = process.argv.slice(2);
const topAt = args.indexOf("--top");
const top = topAt >= 0 ? Number(args[topAt + 1]) : 15;
const file = args.find((a, i) => !a.startsWith("--") && i !== topAt + 1)
  ?? join(root, "target", "wasm32-unknown-unknown", "wasm-release", "claimscope-web.wasm");
if (!existsSync(file)) {
  console.log(`(no ${file}: run trunk build --release first)`);
  process.exit(0);
}
const bytes = readFileSync(file);

/** A cursor over the module's bytes (LEB128 integers, names). */
function reader(start, end) {
  let at = start;
  return {
    get at() { return at; },
    set at(v) { at = v; },
    end,
    u32() {
      let result = 0, shift = 0, byte;
      do {
        byte = bytes[at++];
        result += (byte & 0x7f) * 2 ** shift;
        shift += 7;
      } while (byte & 0x80);
      return result;
    },
    name() {
      const length = this.u32();
      const text = bytes.toString("utf8", at, at + length);
      at += length;
      return text;
    },
  };
}

// Sections: id, size; imported functions come before defined ones in the function index space.
const sections = [];
let importedFunctions = 0;
const bodies = []; // sizes of defined functions' bodies, in order
const names = new Map(); // function index -> name
const top8 = reader(8, bytes.length);
while (top8.at < bytes.length) {
  const id = bytes[top8.at++];
  const size = top8.u32();
  const start = top8.at;
  const section = { id, size, name: null };
  const r = reader(start, start + size);
  if (id === 0) {
    section.name = r.name();
    if (section.name === "name") {
      while (r.at < r.end) {
        const kind = bytes[r.at++];
        const length = r.u32();
        const next = r.at + length;
        if (kind === 1) {
          for (let count = r.u32(); count > 0; count--) names.set(r.u32(), r.name());
        }
        r.at = next;
      }
    }
  } else if (id === 2) {
    for (let count = r.u32(); count > 0; count--) {
      r.name();
      r.name();
      const kind = bytes[r.at++];
      if (kind === 0) { importedFunctions++; r.u32(); }
      else if (kind === 1) { r.at++; const flags = r.u32(); r.u32(); if (flags & 1) r.u32(); }
      else if (kind === 2) { const flags = r.u32(); r.u32(); if (flags & 1) r.u32(); }
      else if (kind === 3) { r.at += 2; }
      else if (kind === 4) { r.at++; r.u32(); }
    }
  } else if (id === 10) {
    for (let count = r.u32(); count > 0; count--) {
      const length = r.u32();
      bodies.push(length);
      r.at += length;
    }
  }
  sections.push(section);
  top8.at = start + size;
}

/** A Rust symbol's readable path: legacy `_ZN…E` mangling in full; for v0 (`_R…`, which the
 * standard library uses) the crate and the identifiers in order; other names are kept. */
function demangle(symbol) {
  if (symbol.startsWith("_R")) {
    const idents = [];
    const crate = symbol.match(/C(?:s[0-9A-Za-z]*_)?(\d+)/);
    if (!crate) return symbol;
    let at = crate.index + crate[0].length - crate[1].length;
    const pattern = /(\d+)_?/y;
    for (;;) {
      pattern.lastIndex = at;
      const n = pattern.exec(symbol);
      if (!n || at >= symbol.length) break;
      const ident = symbol.slice(pattern.lastIndex, pattern.lastIndex + Number(n[1]));
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(ident)) break;
      idents.push(ident);
      at = pattern.lastIndex + Number(n[1]);
      // Skip the namespace tags and disambiguators between identifiers.
      while (at < symbol.length && !/\d/.test(symbol[at])) at++;
      if (/^s[0-9A-Za-z]*_/.test(symbol.slice(at - 1))) at = symbol.indexOf("_", at) + 1;
    }
    return idents.length ? idents.join("::") : symbol;
  }
  const m = symbol.match(/^_?_ZN(.*)E$/);
  if (!m) return symbol;
  const parts = [];
  let rest = m[1];
  while (rest.length) {
    const n = rest.match(/^(\d+)/);
    if (!n) break;
    const length = Number(n[1]);
    parts.push(rest.slice(n[1].length, n[1].length + length));
    rest = rest.slice(n[1].length + length);
  }
  if (parts.length && /^h[0-9a-f]{16}$/.test(parts[parts.length - 1])) parts.pop();
  const escapes = { LT: "<", GT: ">", RF: "&", BP: "*", C: ",", SP: "@" };
  return parts.map((p) => p.replace(/^_\$/, "$")).join("::")
    .replace(/\$(LT|GT|RF|BP|C|SP)\$/g, (_, e) => escapes[e])
    .replace(/\$u([0-9a-f]{2})\$/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\.\./g, "::");
}

/** The crate a function belongs to: the first path segment, inside any `<…>` of an impl. */
function crateOf(name) {
  if (/^[a-z_][a-z0-9_]*$/.test(name) && name !== "main") return name; // a v0 symbol's crate
  let path = name.replace(/^[<&\s]+/, "").replace(/^(mut |dyn )/, "");
  // `<T as Trait>::f` for a type without a path (T, u64, [T]): the trait's crate.
  const as = name.match(/^<[^:<>]* as ([A-Za-z_][A-Za-z0-9_]*)::/);
  if (as) path = `${as[1]}::`;
  const first = path.match(/^([A-Za-z_][A-Za-z0-9_]*)::/);
  return first ? first[1] : "(no crate: exports, wasm-bindgen's generated code)";
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const codeTotal = bodies.reduce((a, b) => a + b, 0);
const byCrate = new Map();
const functions = bodies.map((size, i) => {
  const name = demangle(names.get(importedFunctions + i) ?? `function ${importedFunctions + i}`);
  const crate = crateOf(name);
  byCrate.set(crate, (byCrate.get(crate) ?? 0) + size);
  return { name, size };
});

console.log(`${file}: ${kib(bytes.length)} (before wasm-bindgen and wasm-opt)`);
const sectionNames = { 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global", 7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "data count" };
for (const s of sections.filter((s) => s.size > 4096).sort((a, b) => b.size - a.size)) {
  console.log(`  section ${s.id === 0 ? `custom "${s.name}"` : sectionNames[s.id]}: ${kib(s.size)}`);
}
console.log(`code by crate (${bodies.length} functions, ${kib(codeTotal)}):`);
for (const [crate, size] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`  ${(100 * size / codeTotal).toFixed(1).padStart(5)}%  ${kib(size).padStart(10)}  ${crate}`);
}
console.log(`largest functions:`);
for (const f of functions.sort((a, b) => b.size - a.size).slice(0, top)) {
  console.log(`  ${kib(f.size).padStart(10)}  ${f.name.length > 110 ? `${f.name.slice(0, 107)}…` : f.name}`);
}
