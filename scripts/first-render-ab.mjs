// First render of two builds of the single file, loaded alternately in the same minutes, in
// turn forwards and backwards (this
// machine's speed varies by half from minute to minute, so a before/after needs both sides
// measured together). Each load is a fresh Chromium context from file://, 1280 × 900, as in
// scripts/bench-browser.mjs: the first contentful paint, and whether the board's cards were in
// the page at that paint. Printed, never asserted.
//
//   node scripts/first-render-ab.mjs BEFORE.html AFTER.html [MORE.html…] [--loads N] [--trace]
//
// Keep a copy of dist/claimscope.html before a change (e.g. /tmp/before.html), build, then
// compare it with the new dist/claimscope.html.
//
// `--trace` records a Chromium trace of each load and prints, per build, medians of what the
// page's main thread did before the first paint, in CPU time (the trace's thread time, which
// other processes' load hardly moves, unlike the wall-clock paint time), and the number of
// synchronous font round trips to the browser process (one per font size and weight drawn).
import { resolve } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "../tests/e2e/support.mjs";

const args = process.argv.slice(2);
const loadsAt = args.indexOf("--loads");
const loads = loadsAt >= 0 ? Number(args.splice(loadsAt, 2)[1]) : 11;
const traceAt = args.indexOf("--trace");
const trace = traceAt >= 0 && args.splice(traceAt, 1).length > 0;
if (args.length < 2) {
  console.error("usage: node scripts/first-render-ab.mjs BEFORE.html AFTER.html [MORE.html…] [--loads N] [--trace]");
  process.exit(2);
}
const pages = Object.fromEntries(args.map((file, i) => [i === 0 ? "before" : args.length === 2 ? "after" : `after ${i}`, resolve(file)]));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const times = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
const withCards = Object.fromEntries(Object.keys(pages).map((name) => [name, 0]));
/** Main-thread trace events summed before the first paint, by name (CPU ms), per build. */
const PHASES = {
  "navigation commit": "RenderFrameImpl::CommitNavigation",
  "HTML parsing": "ParseHTML",
  scripts: "EvaluateScript",
  style: "UpdateLayoutTree",
  layout: "Layout",
  paint: "Paint",
};
const phases = Object.fromEntries(Object.keys(pages).map((name) => [name, {}]));

/** CPU milliseconds of each phase on the page's main thread before the first contentful
 * paint, and the font round trips in that time, from one load's trace events. */
function phasesOf(events) {
  const parse = events.find((e) => e.name === "ParseHTML");
  const paint = parse && events.find((e) => e.name === "firstContentfulPaint" && e.pid === parse.pid);
  if (!paint) return null;
  const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === "X" && e.ts < paint.ts);
  const cpu = (name) => main.filter((e) => e.name === name).reduce((sum, e) => sum + (e.tdur ?? e.dur) / 1000, 0);
  const result = Object.fromEntries(Object.entries(PHASES).map(([label, name]) => [label, cpu(name)]));
  result["font round trips"] = main.filter((e) => e.name === "WebSandboxSupportLinux::GetWebFontRenderStyleForStrike" || e.name === "FontDataService::MatchFamilyName").length;
  result["raster (CPU, all threads)"] = events
    .filter((e) => e.pid === parse.pid && e.name === "RasterTask" && e.ph === "X" && e.ts < paint.ts)
    .reduce((sum, e) => sum + (e.tdur ?? e.dur) / 1000, 0);
  return result;
}

for (let i = 0; i < loads; i++) {
  // In turn forwards and backwards (ABBA…): a load right after another one is faster or
  // slower than a first (caches, the other processes' rhythm), so a fixed order favours a side.
  const order = i % 2 === 0 ? Object.entries(pages) : Object.entries(pages).reverse();
  for (const [name, file] of order) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => {
      window.__paint = new Promise((resolve) => {
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (entry.name === "first-contentful-paint") resolve({ at: entry.startTime, cards: document.querySelectorAll("li.comparison").length });
          }
        }).observe({ type: "paint", buffered: true });
      });
    });
    const page = await context.newPage();
    if (trace) {
      await browser.startTracing(page, { categories: ["devtools.timeline", "blink", "loading", "disabled-by-default-devtools.timeline", "cc", "fonts", "navigation", "toplevel"] });
    }
    await page.goto(`file://${file}`);
    const paint = await page.evaluate(() => window.__paint);
    times[name].push(paint.at);
    if (paint.cards > 0) withCards[name]++;
    if (trace) {
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
      const load = phasesOf(JSON.parse((await browser.stopTracing()).toString()).traceEvents);
      for (const [label, value] of Object.entries(load ?? {})) (phases[name][label] ??= []).push(value);
    }
    await context.close();
  }
}
await browser.close();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const name of Object.keys(pages)) {
  const sorted = [...times[name]].sort((a, b) => a - b);
  console.log(`${name}: first render median ${median(sorted).toFixed(0)} ms (${sorted[0].toFixed(0)}–${sorted[sorted.length - 1].toFixed(0)}), cards at the first paint in ${withCards[name]} of ${loads} loads — ${pages[name]}`);
  if (trace) {
    const parts = Object.entries(phases[name]).map(([label, values]) => `${label} ${median(values).toFixed(label === "font round trips" ? 0 : 1)}`);
    console.log(`  before the first paint (medians; CPU ms on the main thread unless said): ${parts.join(", ")}`);
  }
}
