// Browser figures for scripts/bench.sh (printed, never asserted): time to first render of the
// single file from file:// and time until the app is interactive, and main-thread long tasks
// while a large article is analysed.
//
//   node scripts/bench-browser.mjs [MEGABYTES]     (default 5)
import { mkdtempSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { newsText } from "../tests/e2e/news-text.mjs";
import { CHROMIUM_ARGS } from "../tests/e2e/support.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const page_ = join(root, "dist", "claimscope.html");
if (!existsSync(page_)) {
  console.log("(no dist/claimscope.html: run trunk build --release first)");
  process.exit(0);
}
const url = new URL(`file://${page_}`).href;
const megabytes = Number(process.argv[2] ?? 5);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });

// First render and take-over, five cold loads each. First render: the first contentful paint,
// provided a card of the board was in the page by then (the board pre-rendered at build time,
// scripts/prerender.mjs); interactive: the first frame after the app has taken over (its own
// `#app`, with the board's cards, the wasm decoded, compiled and the articles analysed).
const loads = [];
for (let i = 0; i < 5; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    window.__paint = new Promise((resolve) => {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.name === "first-contentful-paint") resolve({ at: entry.startTime, cards: document.querySelectorAll("li.comparison").length });
        }
      }).observe({ type: "paint", buffered: true });
    });
    window.__interactive = new Promise((resolve) => {
      new MutationObserver((_, observer) => {
        if (document.querySelector("#app:not([data-prerendered]) li.comparison")) {
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now()));
        }
      }).observe(document, { childList: true, subtree: true, attributes: true });
    });
  });
  const page = await context.newPage();
  await page.goto(url);
  const paint = await page.evaluate(() => window.__paint);
  const interactive = await page.evaluate(() => window.__interactive);
  loads.push({ paint: paint.at, cards: paint.cards, interactive });
  await context.close();
}
const figures = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `median ${sorted[2].toFixed(0)} ms, min ${sorted[0].toFixed(0)} ms, max ${sorted[4].toFixed(0)} ms`;
};
const withCards = loads.filter((l) => l.cards > 0).length;
console.log(`first render from file:// (first contentful paint; the board's cards in the page at that paint in ${withCards} of 5 loads), 5 loads: ${figures(loads.map((l) => l.paint))}`);
console.log(`interactive from file:// (the app has taken over the board), 5 loads: ${figures(loads.map((l) => l.interactive))}`);

// A large article added by file: long tasks on the main thread until its analysis is shown.
const work = mkdtempSync(join(tmpdir(), "claimscope-bench-"));
const file = join(work, "large.txt");
writeFileSync(file, newsText(megabytes * 1024 * 1024, 3, "Large report"));
const context = await browser.newContext();
await context.addInitScript(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
});
const page = await context.newPage();
await page.goto(url);
await page.waitForSelector("#app:not([data-prerendered]) .document-text mark.quantity");
await page.locator(".library summary").click();
const start = await page.evaluate(() => performance.now());
await page.locator(".drop input[type=file]").setInputFiles(file);
await page.waitForFunction(() => document.querySelector("#reader-title")?.textContent === "Large report", null, { timeout: 600000 });
const end = await page.evaluate(() => performance.now());
const tasks = await page.evaluate((since) => window.__longTasks.filter((t) => t.start >= since), start);
const longest = tasks.reduce((m, t) => Math.max(m, t.duration), 0);
console.log(`${megabytes} MB article added from file://: shown after ${((end - start) / 1000).toFixed(1)} s (${(megabytes / ((end - start) / 1000)).toFixed(1)} MB/s in the page's worker); main-thread long tasks: ${tasks.length}, longest ${longest.toFixed(0)} ms (goal: none over 100 ms)`);
const memory = await page.evaluate(() => performance.memory ? performance.memory.usedJSHeapSize : null);
if (memory) console.log(`page JS heap after: ${(memory / 1048576).toFixed(0)} MiB`);
await browser.close();
