// First render of two builds of the single file, loaded alternately in the same minutes (this
// machine's speed varies by half from minute to minute, so a before/after needs both sides
// measured together). Each load is a fresh Chromium context from file://, 1280 × 900, as in
// scripts/bench-browser.mjs: the first contentful paint, and whether the board's cards were in
// the page at that paint. Printed, never asserted.
//
//   node scripts/first-render-ab.mjs BEFORE.html AFTER.html [MORE.html…] [--loads N]   (default 11)
//
// Keep a copy of dist/claimscope.html before a change (e.g. /tmp/before.html), build, then
// compare it with the new dist/claimscope.html.
import { resolve } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "../tests/e2e/support.mjs";

const args = process.argv.slice(2);
const loadsAt = args.indexOf("--loads");
const loads = loadsAt >= 0 ? Number(args.splice(loadsAt, 2)[1]) : 11;
if (args.length < 2) {
  console.error("usage: node scripts/first-render-ab.mjs BEFORE.html AFTER.html [MORE.html…] [--loads N]");
  process.exit(2);
}
const pages = Object.fromEntries(args.map((file, i) => [i === 0 ? "before" : args.length === 2 ? "after" : `after ${i}`, resolve(file)]));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const times = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
const withCards = Object.fromEntries(Object.keys(pages).map((name) => [name, 0]));
for (let i = 0; i < loads; i++) {
  for (const [name, file] of Object.entries(pages)) {
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
    await page.goto(`file://${file}`);
    const paint = await page.evaluate(() => window.__paint);
    times[name].push(paint.at);
    if (paint.cards > 0) withCards[name]++;
    await context.close();
  }
}
await browser.close();
for (const name of Object.keys(pages)) {
  const sorted = [...times[name]].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(`${name}: first render median ${median.toFixed(0)} ms (${sorted[0].toFixed(0)}–${sorted[sorted.length - 1].toFixed(0)}), cards at the first paint in ${withCards[name]} of ${loads} loads — ${pages[name]}`);
}
