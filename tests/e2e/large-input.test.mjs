// Large input in real headless Chromium: a 20 MB article is analysed in a worker with a
// progress bar while the page stays usable, from file:// and from the hosted build; where no
// worker can start, the page reads a document at a time and still shows its progress. Long
// tasks on the main thread are printed (figures, not assertions: see scripts/bench.sh).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { dist, singleFile, CHROMIUM_ARGS, serveDist, LIVE } from "./support.mjs";
import { newsText } from "./news-text.mjs";

let browser;
let work;

before(async () => {
  assert.ok(existsSync(join(dist, "claimscope.html")), "run `trunk build --release` first");
  work = mkdtempSync(join(tmpdir(), "claimscope-large-"));
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
});

/** Records main-thread long tasks from the start of the page. */
async function watchLongTasks(context) {
  await context.addInitScript(() => {
    window.__longTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
        }
      }).observe({ type: "longtask", buffered: true });
    } catch (_) { /* an old browser: no figures */ }
  });
}

async function addFile(page, path) {
  if ((await page.locator(".library details").getAttribute("open")) === null) {
    await page.locator(".library summary").click();
  }
  await page.locator(".drop input[type=file]").setInputFiles(path);
}

/** Adds a large file, checks the page answers while it is analysed, waits for the result. */
async function addLargeAndStayResponsive(page, path, title) {
  const before = await page.evaluate(() => performance.now());
  await addFile(page, path);
  const progress = page.locator(".analysing progress");
  await progress.waitFor({ state: "visible", timeout: 30000 });
  assert.match(await page.locator(".analysing").textContent(), /Analysing in the background/);
  // The page answers while the analysis runs: the board's search filters. The page itself
  // notes when the filter answered and when the progress bar went away, so the order is
  // exact however fast either is.
  await page.evaluate(() => {
    window.__filtered = null;
    window.__analysed = null;
    const observer = new MutationObserver(() => {
      const now = performance.now();
      if (window.__filtered === null && /^0 of/.test(document.querySelector(".filter-count")?.textContent ?? "")) window.__filtered = now;
      if (window.__analysed === null && !document.querySelector(".analysing")) window.__analysed = now;
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const search = page.locator(".filters input[type=search]");
  await search.fill("zzzz-no-such-word");
  await page.waitForFunction(() => window.__filtered !== null);
  await page.waitForFunction(() => window.__analysed !== null, null, { timeout: 240000 });
  const { filtered, analysed } = await page.evaluate(() => ({ filtered: window.__filtered, analysed: window.__analysed }));
  assert.ok(filtered < analysed, `the filter answered (${filtered.toFixed(0)} ms) before the analysis ended (${analysed.toFixed(0)} ms)`);
  await search.fill("");
  await page.locator(".analysing").waitFor({ state: "detached", timeout: 240000 });
  await page.waitForFunction((t) => document.querySelector("#reader-title")?.textContent === t, title, { timeout: 30000 });
  const tasks = await page.evaluate((since) => window.__longTasks.filter((t) => t.start >= since), before);
  const longest = tasks.reduce((max, t) => Math.max(max, t.duration), 0);
  console.log(`  long tasks after adding ${title}: ${tasks.length}, longest ${longest.toFixed(0)} ms`);
}

test("a 20 MB article from file:// is analysed in the background with a progress bar", async () => {
  const text = newsText(20 * 1024 * 1024, 1, "Regional economy in figures");
  const path = join(work, "regional-economy.txt");
  writeFileSync(path, text);
  const context = await browser.newContext();
  await watchLongTasks(context);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(singleFile);
  await page.waitForSelector(`${LIVE} .document-text mark.quantity`, { timeout: 15000 });
  const sources = Number((await page.locator(".summary").textContent()).match(/^(\d+) sources/)[1]);

  await addLargeAndStayResponsive(page, path, "Regional economy in figures");
  assert.match(await page.locator(".summary").textContent(), new RegExp(`^${sources + 1} sources`));
  // Too large to keep in the browser's storage: said, and the document is still shown.
  assert.match(await page.locator(".notices").textContent(), /not kept/);
  // The reader shows it a part at a time, with its highlights: this dense text is cut by its
  // number of highlights (about 300 a part, src/ui/parts.rs), not by length alone.
  const pager = page.locator(".reader .pager").first();
  assert.match(await pager.textContent(), /Part 1 of \d{3,}/);
  const firstPart = await page.locator(".document-text mark.quantity").allTextContents();
  assert.ok(firstPart.length > 100, `${firstPart.length} quantities in part 1`);
  const highlights = await page.locator(".document-text mark, .document-text .speaker-mention, .document-text .cue").count();
  assert.ok(highlights <= 450, `${highlights} highlights drawn in part 1`);
  await pager.getByRole("button", { name: "Next part →" }).click();
  await page.waitForFunction(() => /Part 2 of/.test(document.querySelector(".reader .pager")?.textContent ?? ""));
  assert.ok((await page.locator(".document-text mark.quantity").count()) > 100);
  assert.ok((await page.locator(".document-text .speaker-mention").count()) > 10);
  // The board draws a screenful of its many comparisons, more on request, and at most 12
  // rows in a card however many values it gathers.
  const cards = await page.locator(".board > li").count();
  assert.ok(cards <= 20, `${cards} cards drawn at once`);
  const rows = await page.locator(".board > li").evaluateAll((lis) => Math.max(...lis.map((li) => li.querySelectorAll(".members > li").length)));
  assert.ok(rows <= 12, `${rows} rows in one card`);
  assert.ok(await page.locator(".board").evaluate((b) => b.querySelectorAll("*").length) < 5000);
  assert.deepEqual(errors, []);
  await context.close();
});

test("where no worker can start, large sets are read a document at a time with progress", async () => {
  const paths = [1, 2, 3].map((i) => {
    const path = join(work, `district-${i}.txt`);
    writeFileSync(path, newsText(200 * 1024, i + 10, `District report ${i}`));
    return path;
  });
  const context = await browser.newContext();
  await context.addInitScript(() => { delete window.Worker; });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(singleFile);
  await page.waitForSelector(`${LIVE} .document-text mark.quantity`, { timeout: 15000 });
  await addFile(page, paths);
  await page.locator(".analysing progress").waitFor({ state: "visible", timeout: 30000 });
  await page.locator(".analysing").waitFor({ state: "detached", timeout: 120000 });
  await page.waitForFunction(() => document.querySelector("#reader-title")?.textContent === "District report 1");
  const titles = await page.locator(".document-title").allTextContents();
  assert.deepEqual(titles.slice(-3), ["District report 1", "District report 2", "District report 3"]);
  assert.ok((await page.locator(".document-text mark.quantity").count()) > 100);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the hosted build analyses a large article in its worker, beside the page", async () => {
  const { server, origin } = await serveDist();
  const path = join(work, "harbour-report.txt");
  writeFileSync(path, newsText(5 * 1024 * 1024, 7, "Harbour works report"));
  const context = await browser.newContext();
  await watchLongTasks(context);
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(String(e)));
  try {
    await page.goto(`${origin}/index.html`);
    await page.waitForSelector(`${LIVE} .document-text mark.quantity`, { timeout: 15000 });
    await addLargeAndStayResponsive(page, path, "Harbour works report");
    assert.ok(requests.some((url) => url.endsWith("/worker.js")), "the worker came from beside the page");
    assert.ok(requests.every((url) => url.startsWith(origin)), `only the page's own files: ${requests}`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    server.close();
  }
});
