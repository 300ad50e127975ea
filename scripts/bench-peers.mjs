// Claimscope's speed beside its peers, in one run on the same text (printed, never asserted):
//
//   node scripts/bench-peers.mjs [--quick] [--no-native] [--no-browser] [--criterion-output=FILE]
//
// The sets, each read as separate documents, every system given the same ones:
//   - local-news: 1,082 distinct local reports (../shared/benchmarks/local-news, 2.1 MB), the
//     figure the goals are set on;
//   - PolNeAR dev (84 political articles) and news-dev (10 article openings), also distinct;
//   - the bundled articles repeated to about 2 MB (and 20 MB without --quick): the favourable
//     case, since repeated text runs 2–3× faster per byte than distinct news.
// On each, this measures:
//   - native: the whole analysis, from criterion (`cargo bench --bench extract`), and the CLI's
//     peak memory on the largest set (`/usr/bin/time`);
//   - wasm: the page's own build (dist/claimscope-web_bg.wasm, run through the function the
//     page's worker calls) in Node and in headless Chromium, with the wasm heap it grew to;
//   - peers, in Node: compromise (parse, then its numbers and people) and wink-nlp with its
//     English lite model (parse, then its entities: numbers, money, percentages, dates,
//     durations), one document at a time.
// Every rate is in MB/s (10^6 bytes of text per second of wall-clock time), best of a few
// runs after a warm-up run; the ratios compare each of Claimscope's figures with each peer's.
// `--quick` measures local-news and the 2 MB repeated set only. The shared benchmarks are
// found at $CLAIMSCOPE_SHARED or ../shared beside the checkout; a set that is missing is
// left out with a note.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const root = fileURLToPath(new URL("../", import.meta.url));
const shared = process.env.CLAIMSCOPE_SHARED ?? join(root, "..", "shared");
const flags = new Set(process.argv.slice(2));
const quick = flags.has("--quick");
const MB = 1e6;

/** The seeds repeated until the set holds at least `bytes` bytes, one document per copy. */
function repeated(seeds, bytes, name) {
  const documents = [];
  let total = 0;
  for (let round = 0; total < bytes; round++) {
    for (const seed of seeds) {
      if (total >= bytes) break;
      documents.push({ id: `${seed.id}-${round}`, title: seed.id, outlet: null, date: null, url: null, text: seed.text });
      total += Buffer.byteLength(seed.text);
    }
  }
  return { name, documents, bytes: total };
}

/** Every `.txt` file of `folder`, sorted by name, one document each; null when the folder is missing. */
function folderSet(name, folder) {
  if (!existsSync(folder)) {
    console.error(`(${name}: ${folder} not found; left out)`);
    return null;
  }
  const documents = readdirSync(folder)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => {
      const text = readFileSync(join(folder, file), "utf8");
      return { id: file.replace(/\.txt$/, ""), title: file, outlet: null, date: null, url: null, text };
    });
  return { name, documents, bytes: documents.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0), folder };
}

const seeds = readdirSync(join(root, "seeds"))
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => ({ id: name.replace(/\.txt$/, ""), text: readFileSync(join(root, "seeds", name), "utf8") }));
// The names match criterion's benchmark names (`analysis/<name>`) in benches/extract.rs.
const sets = [
  folderSet("local-news", join(shared, "benchmarks", "local-news")),
  ...(quick ? [] : [
    folderSet("polnear-dev", join(shared, "benchmarks", "polnear", "dev", "text")),
    folderSet("news-dev", join(shared, "benchmarks", "news-dev")),
  ]),
  repeated(seeds, 2 << 20, "seeds repeated to 2 MB"),
  ...(quick ? [] : [repeated(seeds, 20 << 20, "seeds repeated to 20 MB")]),
].filter(Boolean);
const label = (set) => set.name;
const runsFor = (set) => (set.bytes < 5e6 ? 3 : 1);

/** Best wall-clock seconds of `runs` calls of `work`, after one warm-up call when `runs` > 1. */
function best(runs, work) {
  if (runs > 1) work();
  let seconds = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    work();
    seconds = Math.min(seconds, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return seconds;
}

const rows = []; // {system, where, rates: {label: MB/s}, memory}
const rate = (set, seconds) => set.bytes / MB / seconds;

// --- native (criterion) ---------------------------------------------------------------------
if (!flags.has("--no-native")) {
  // scripts/bench.sh has run criterion already and passes its output; alone, run it here.
  const from = process.argv.find((a) => a.startsWith("--criterion-output="));
  let criterion;
  if (from) {
    criterion = readFileSync(from.slice("--criterion-output=".length), "utf8");
  } else {
    console.error("native: cargo bench --bench extract (criterion) …");
    const filter = quick ? "analysis/(local-news|seeds repeated to 2 MB)" : "analysis/";
    const out = spawnSync("cargo", ["bench", "--quiet", "--bench", "extract", "--", filter], { cwd: root, encoding: "utf8" });
    criterion = out.stdout + out.stderr;
  }
  const rates = {};
  // criterion prints "analysis/<name>" then "thrpt: [low mid high]" in KiB/MiB/GiB per second.
  let current = null;
  for (const line of criterion.split("\n")) {
    const name = line.match(/^analysis\/(.+?)\s*$/) ?? line.match(/^analysis\/(.+?)\s{2,}time:/);
    if (name) current = sets.find((set) => set.name === name[1].trim()) ?? null;
    const thrpt = line.match(/thrpt:\s*\[[^\]]*?\s([\d.]+) (KiB|MiB|GiB)\/s\s+[\d.]+ \w+\/s\]/);
    if (thrpt && current) {
      const unit = { KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3 }[thrpt[2]];
      rates[label(current)] = (Number(thrpt[1]) * unit) / MB;
      current = null;
    }
  }
  if (Object.keys(rates).length === 0) console.error(`(no criterion figures found in:)\n${criterion}`);
  let memory = null;
  const cli = join(root, "target", "release", "claimscope");
  const largest = sets.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  if (existsSync(cli) && existsSync("/usr/bin/time")) {
    const folder = mkdtempSync(join(tmpdir(), "claimscope-peers-"));
    for (const d of largest.documents) writeFileSync(join(folder, `${d.id}.txt`), d.text);
    // Memory is measured on the largest set; its name says which.
    const timed = spawnSync("/usr/bin/time", ["-f", "%M", cli, "extract", folder], { encoding: "utf8", maxBuffer: 1 << 30 });
    const kib = Number(timed.stderr.trim().split("\n").pop());
    if (kib) memory = `${(kib / 1024).toFixed(0)} MiB peak RSS (CLI, ${label(largest)})`;
    rmSync(folder, { recursive: true });
  }
  rows.push({ system: "Claimscope", where: "native (criterion)", rates, memory });
}

// --- wasm in Node -----------------------------------------------------------------------------
const glue = join(root, "dist", "claimscope-web.js");
const wasm = join(root, "dist", "claimscope-web_bg.wasm");
const haveWasm = existsSync(glue) && existsSync(wasm);
if (haveWasm) {
  console.error("wasm in Node …");
  // The hosted build's glue (wasm-bindgen's no-modules target) defines `wasm_bindgen`; the
  // module's start function mounts the app only where there is a window, so Node may load it.
  const bindgen = vm.runInThisContext(`${readFileSync(glue, "utf8")};wasm_bindgen`);
  const exports = bindgen.initSync({ module: readFileSync(wasm) });
  const rates = {};
  for (const set of sets) {
    const stored = JSON.stringify({ format: "claimscope-corpus/1", documents: set.documents });
    const seconds = best(runsFor(set), () => bindgen.analyze_in_worker(stored, () => {}, () => {}));
    rates[label(set)] = rate(set, seconds);
  }
  const heap = exports.memory.buffer.byteLength;
  rows.push({ system: "Claimscope", where: "wasm in Node", rates, memory: `${(heap / 1048576).toFixed(0)} MiB wasm heap` });
} else {
  console.error("(no dist/claimscope-web_bg.wasm: run trunk build --release for the wasm figures)");
}

// --- wasm in headless Chromium ----------------------------------------------------------------
if (haveWasm && !flags.has("--no-browser") && existsSync("/usr/bin/chromium")) {
  console.error("wasm in headless Chromium …");
  const { chromium } = await import("playwright-core");
  const { CHROMIUM_ARGS } = await import("../tests/e2e/support.mjs");
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: [...CHROMIUM_ARGS] });
  const page = await browser.newPage();
  const blank = join(mkdtempSync(join(tmpdir(), "claimscope-peers-")), "bench.html");
  writeFileSync(blank, "<!doctype html><title>bench</title>");
  await page.goto(new URL(`file://${blank}`).href);
  // As in the page: the glue and the analysis run in a Web Worker started from a blob, given
  // the module the page compiled.
  await page.evaluate(({ glue, base64 }) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const body = `${glue}
      let exports = null;
      self.onmessage = ({ data }) => {
        if (data.module) { exports = wasm_bindgen.initSync({ module: data.module }); return; }
        const once = () => {
          const start = performance.now();
          wasm_bindgen.analyze_in_worker(data.stored, () => {}, () => {});
          return (performance.now() - start) / 1000;
        };
        once();
        let least = Infinity;
        for (let i = 0; i < data.runs; i++) least = Math.min(least, once());
        self.postMessage({ seconds: least, heap: exports.memory.buffer.byteLength });
      };`;
    window.__worker = new Worker(URL.createObjectURL(new Blob([body], { type: "text/javascript" })));
    window.__worker.postMessage({ module: new WebAssembly.Module(bytes) });
  }, { glue: readFileSync(glue, "utf8"), base64: readFileSync(wasm).toString("base64") });
  const rates = {};
  let heap = 0;
  for (const set of sets) {
    const stored = JSON.stringify({ format: "claimscope-corpus/1", documents: set.documents });
    const measured = await page.evaluate(({ stored, runs }) => new Promise((resolve) => {
      window.__worker.onmessage = ({ data }) => resolve(data);
      window.__worker.postMessage({ stored, runs });
    }), { stored, runs: runsFor(set) });
    rates[label(set)] = rate(set, measured.seconds);
    heap = measured.heap;
  }
  rows.push({ system: "Claimscope", where: "wasm in Chromium (a worker)", rates, memory: `${(heap / 1048576).toFixed(0)} MiB wasm heap` });
  await browser.close();
  rmSync(join(blank, ".."), { recursive: true });
}

// --- peers in Node ----------------------------------------------------------------------------
// Each peer reads the documents one at a time, as a reader's articles would be. The 20 MB set
// is measured once (the peers are slow enough for one run to take minutes).
async function peer(system, load, analyse) {
  console.error(`${system} in Node …`);
  const run = await load();
  const rates = {};
  for (const set of sets) {
    const work = () => {
      for (const d of set.documents) analyse(run, d.text);
    };
    rates[label(set)] = rate(set, best(set.bytes < 5e6 ? 2 : 1, work));
  }
  rows.push({ system, where: "Node", rates, memory: null });
}
await peer(
  "compromise 14",
  async () => (await import("compromise")).default,
  (nlp, text) => {
    const doc = nlp(text);
    doc.numbers().json();
    doc.people().json();
  },
);
await peer(
  "wink-nlp 2 (eng-lite-web)",
  async () => {
    const winkNLP = (await import("wink-nlp")).default;
    const model = (await import("wink-eng-lite-web-model")).default;
    return winkNLP(model);
  },
  (nlp, text) => {
    nlp.readDoc(text).entities().out(nlp.its.detail);
  },
);

// --- the table --------------------------------------------------------------------------------
const peers = rows.filter((r) => r.system !== "Claimscope");
const ours = rows.filter((r) => r.system === "Claimscope");
const columns = sets.map(label);
const cell = (v) => (v === undefined || Number.isNaN(v) ? "—" : v >= 10 ? v.toFixed(1) : v.toFixed(2));
console.log(`\nMB/s, best of runs after a warm-up; each set as separate documents (${sets.map((s) => `${s.name}: ${s.documents.length} documents, ${(s.bytes / MB).toFixed(2)} MB`).join("; ")})`);
console.log(`| system | where | ${columns.join(" | ")} | memory |`);
console.log(`|---|---|${columns.map(() => "---:").join("|")}|---|`);
for (const r of rows) console.log(`| ${r.system} | ${r.where} | ${columns.map((c) => cell(r.rates[c])).join(" | ")} | ${r.memory ?? ""} |`);
console.log("\nClaimscope's speed as a multiple of each peer's on each set (goal on local-news: ≥ 20× wink-nlp; native ≥ 20 MB/s, wasm ≥ 10 MB/s; the repeated seeds are the favourable case)");
console.log(`| Claimscope | peer | ${columns.join(" | ")} |`);
console.log(`|---|---|${columns.map(() => "---:").join("|")}|`);
for (const r of ours) {
  for (const p of peers) {
    console.log(`| ${r.where} | × ${p.system} | ${columns.map((c) => `${cell(r.rates[c] / p.rates[c])}×`).join(" | ")} |`);
  }
}
