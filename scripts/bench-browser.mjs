// Browser figures for scripts/bench.sh (printed, never asserted): time to first render of the
// single file from file://, and main-thread long tasks while a large article is analysed.
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

// First render: from navigation start to the first highlighted quantity, five cold loads.
const firsts = [];
for (let i = 0; i < 5; i++) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector(".document-text mark.quantity")) {
        window.__firstRender = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__firstRender !== undefined, null, { timeout: 30000 });
  firsts.push(await page.evaluate(() => window.__firstRender));
  await context.close();
}
firsts.sort((a, b) => a - b);
console.log(`first render from file:// (navigation to first highlight), 5 loads: median ${firsts[2].toFixed(0)} ms, min ${firsts[0].toFixed(0)} ms, max ${firsts[4].toFixed(0)} ms`);

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
await page.waitForSelector(".document-text mark.quantity");
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
