// The pre-rendered board (#20, scripts/prerender.mjs): the built pages carry the bundled
// articles' board as HTML, painted before the wasm has run, and the app takes over with the
// same DOM: no flash, no layout shift, no duplicate ids, axe-clean, and nothing in the
// pre-render that can be used before the app runs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { dist, singleFile, CHROMIUM_ARGS } from "./support.mjs";
import { serve } from "../../scripts/static-server.mjs";
import { CONTROLS } from "../../scripts/prerender.mjs";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

let browser;
let app;
let appOrigin;

before(async () => {
  for (const file of ["claimscope.html", "index.html", "boot.js"]) {
    assert.ok(existsSync(join(dist, file)), `dist/${file} is missing: run \`trunk build --release\` first`);
  }
  app = await serve(dist);
  appOrigin = `http://127.0.0.1:${app.address().port}`;
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  app?.close();
});

/** A page whose wasm is held back until `release()`: `WebAssembly.compile` waits for it (the
 * single file and the hosted build both compile through it), and so does the download of the
 * hosted build's wasm script. Layout shifts, paints, script
 * errors and CSP violations are recorded from the start. */
async function heldPage(url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.addInitScript(() => {
    window.__shifts = [];
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const moved = entry.sources.map((s) => `${s.node?.nodeName}.${s.node?.className} ${JSON.stringify(s.previousRect)} -> ${JSON.stringify(s.currentRect)}`);
        window.__shifts.push({ value: entry.value, at: entry.startTime, moved });
      }
    }).observe({ type: "layout-shift", buffered: true });
    const compile = WebAssembly.compile.bind(WebAssembly);
    let release;
    const gate = new Promise((resolve) => (release = resolve));
    window.__releaseWasm = release;
    window.__compiled = false;
    WebAssembly.compile = (bytes) => gate.then(() => compile(bytes)).then((module) => ((window.__compiled = true), module));
  });
  // The hosted build's wasm arrives in a script of its own: held back too, so that the board
  // must be painted while it downloads.
  let releaseCarrier;
  const carrier = new Promise((resolve) => (releaseCarrier = resolve));
  await page.route("**/*_bg.wasm.js", async (route) => {
    await carrier;
    await route.continue();
  });
  await page.goto(url, { waitUntil: "commit" });
  const release = async () => {
    releaseCarrier();
    await page.evaluate(() => window.__releaseWasm());
  };
  return { page, context, errors, release };
}

/** `#app`'s HTML without the pre-render's own parts (its loading line and markers). */
const boardHtml = (page) =>
  page.evaluate(() => {
    const copy = document.getElementById("app").cloneNode(true);
    copy.querySelector(":scope > .loading")?.remove();
    copy.querySelectorAll("[inert]").forEach((e) => e.removeAttribute("inert"));
    const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
    const comments = [];
    while (walker.nextNode()) comments.push(walker.currentNode);
    comments.forEach((c) => c.remove());
    return copy.innerHTML;
  });

const duplicateIds = (page) =>
  page.evaluate(() => {
    const seen = new Set();
    return [...document.querySelectorAll("[id]")].map((e) => e.id).filter((id) => seen.has(id) || !seen.add(id));
  });

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
for (const [where, url, options] of [
  ["the single file from file://", () => singleFile, {}],
  ["the hosted build under its CSP", () => `${appOrigin}/index.html`, {}],
  // The board was drawn 1280 px wide at build time: the same HTML must serve a phone.
  ["the single file on a 390 px phone", () => singleFile, PHONE],
]) {
  test(`${where}: the board is painted before the wasm runs, and the app takes over with the same DOM and no layout shift`, async () => {
    const { page, context, errors, release } = await heldPage(url(), options);
    await page.waitForSelector("#app[data-prerendered] li.comparison", { state: "visible" });
    // Painted with its cards while the wasm is still held back.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const before = await page.evaluate((controls) => ({
      compiled: window.__compiled,
      contentfulPaint: performance.getEntriesByName("first-contentful-paint").length,
      cards: document.querySelectorAll("#app li.comparison").length,
      cardHeight: document.querySelector("#app li.comparison").getBoundingClientRect().height,
      controls: document.querySelectorAll(`#app :is(${controls})`).length,
      live: [...document.querySelectorAll(`#app :is(${controls})`)].filter((c) => !c.inert).map((c) => c.outerHTML.slice(0, 80)),
      busy: document.getElementById("app").getAttribute("aria-busy"),
      status: document.getElementById("claimscope-starting")?.textContent,
    }), CONTROLS);
    assert.equal(before.compiled, false, "the wasm has not been compiled yet");
    assert.equal(before.contentfulPaint, 1, "the page has painted");
    assert.ok(before.cards >= 5 && before.cardHeight > 50, `the cards are drawn: ${JSON.stringify(before)}`);
    assert.ok(before.controls > 20);
    assert.deepEqual(before.live, [], "no pre-rendered control can be used before the app runs");
    assert.equal(before.busy, "true");
    assert.match(before.status, /Starting/);
    // Honest: a click or Tab does not reach a dead control.
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.getElementById("app").contains(document.activeElement)), false);
    assert.deepEqual(await duplicateIds(page), []);
    if (url().startsWith("file:")) {
      // axe-core on the page as first painted (the hosted build's CSP refuses its script).
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.length}`));
      assert.deepEqual(violations, []);
    }
    const prerendered = await boardHtml(page);
    const scrolled = await page.evaluate(() => {
      window.scrollTo(0, 400);
      return window.scrollY;
    });

    await release();
    await page.waitForSelector("#app:not([data-prerendered]) li.comparison");
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    assert.equal(await boardHtml(page), prerendered, "the app draws exactly the pre-rendered board");
    const after = await page.evaluate(() => ({
      shifts: window.__shifts,
      scrollY: window.scrollY,
      status: document.getElementById("claimscope-starting"),
      inert: document.querySelectorAll("#app [inert]").length,
      busy: document.getElementById("app").hasAttribute("aria-busy"),
      violations: window.__violations,
    }));
    assert.deepEqual(after.shifts, [], "no layout shift (CLS 0)");
    assert.equal(after.scrollY, scrolled, "the reader's place is kept");
    assert.equal(after.status, null);
    assert.equal(after.inert, 0);
    assert.equal(after.busy, false);
    assert.deepEqual(after.violations, []);
    assert.deepEqual(await duplicateIds(page), []);

    // The controls work once the app has taken over.
    const titles = await page.locator(".document-title").allTextContents();
    await page.locator("button.document").nth(1).click();
    await page.waitForFunction((title) => document.querySelector("#reader-title")?.textContent === title, titles[1]);
    const cards = await page.locator("li.comparison").count();
    await page.locator("select.filter-verdict").selectOption("diverge");
    await page.waitForFunction((n) => document.querySelectorAll("li.comparison").length < n, cards);
    assert.deepEqual(errors, []);

    // The app wrote the open document into the fragment; a reload of that view is the
    // pre-rendered one (the layout test reloads; the wasm is held again).
    await page.locator("button.document").first().click();
    await page.waitForFunction((title) => document.querySelector("#reader-title")?.textContent === title, titles[0]);
    await page.locator("select.filter-verdict").selectOption("all");
    await page.waitForFunction(() => !location.hash.includes("verdict"));
    await page.reload();
    await page.waitForSelector("#app[data-prerendered] li.comparison", { state: "visible" });
    await context.close();
  });
}

// Regression (CI, 5 December): a large page is parsed in slices, and under load Chromium drew
// frames between them, showing half-parsed cards whose buttons then grew (a layout shift). A
// CPU slowed sixfold makes such frames likely; the page must draw none of them.
test("no frame is drawn while the pre-rendered board is half parsed, even on a slow CPU", async () => {
  for (const url of [singleFile, `${appOrigin}/index.html`]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 6 });
    await page.addInitScript(() => {
      // What each frame found: no #app yet, #app still being parsed, or #app whole (an
      // element after it has been parsed).
      window.__frames = [];
      const frame = () => {
        const app = document.getElementById("app");
        window.__frames.push(!app ? "none" : app.nextElementSibling ? "whole" : "partial");
        if (!app?.nextElementSibling) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      window.__shifts = [];
      new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(url);
    await page.waitForFunction(() => window.__frames.at(-1) === "whole");
    const { frames, shifts } = await page.evaluate(() => ({ frames: window.__frames, shifts: window.__shifts }));
    assert.deepEqual(frames.filter((f) => f === "partial"), [], `${url}: frames ${frames.join(" ")}`);
    assert.deepEqual(shifts, [], `${url}: layout shifts`);
    await context.close();
  }
});

test("the pre-render is hidden where the app draws something else, and without scripts", async () => {
  // An embed draws the compact board: the full one must not flash first.
  const embed = await heldPage(`${appOrigin}/index.html?embed`);
  await embed.page.waitForSelector("#app .loading", { state: "visible" });
  assert.equal(await embed.page.locator("#app li.comparison").first().isVisible(), false);
  assert.equal(await embed.page.locator("#claimscope-starting").isVisible(), false);
  await embed.release();
  await embed.page.waitForSelector("#app:not([data-prerendered]) li.comparison", { state: "visible" });
  await embed.context.close();

  // A view shared by its fragment.
  const shared = await heldPage(`${singleFile}#board=diverge`);
  await shared.page.waitForSelector("#app .loading", { state: "visible" });
  assert.equal(await shared.page.locator("#app li.comparison").first().isVisible(), false);
  await shared.context.close();

  // A page with its own articles (`claimscope bundle` copies the built page, pre-render and
  // all, and adds them in a block in <head>).
  const work = mkdtempSync(join(tmpdir(), "claimscope-prerender-"));
  const bundled = join(work, "bundled.html");
  writeFileSync(bundled, readFileSync(join(dist, "claimscope.html"), "utf8").replace("</head>", '<script type="application/json" id="claimscope-corpus">{}</script></head>'));
  const own = await heldPage(`file://${bundled}`);
  await own.page.waitForSelector("#app .loading", { state: "visible" });
  assert.equal(await own.page.locator("#app li.comparison").first().isVisible(), false);
  assert.equal(await own.page.locator("#claimscope-starting").isVisible(), false);
  await own.context.close();

  // Without JavaScript, the <noscript> summary is the page.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(singleFile);
  assert.equal(await page.locator(".noscript-summary").isVisible(), true);
  assert.equal(await page.locator("#app").isVisible(), false);
  assert.equal(await page.locator("#claimscope-starting").isVisible(), false);
  await context.close();
});

test("a page saved from the single file does not carry the bundled articles' pre-render", async () => {
  const { page, context, release } = await heldPage(singleFile);
  await release();
  await page.waitForSelector("#app:not([data-prerendered]) li.comparison");
  const source = await page.evaluate(() => window.claimscopeSource);
  // (boot.js, inline in the page, names the marks: look for them as markup.)
  assert.doesNotMatch(source, /<div id="app"[^>]*data-prerendered|<p id="claimscope-starting"|<li class="comparison|<meta name="claimscope-view"|<link rel="expect"|id="claimscope-prerender-end"/);
  assert.match(source, /<html lang="en"><head>/);
  assert.match(source, /<div id="app"><p class="loading"/);
  await context.close();
});
