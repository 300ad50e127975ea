// A link per card (#19): "Copy link" on a card gives a URL that names the card by its values'
// places (document and span), and opening it scrolls to that card and focuses it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { dist, singleFile, CHROMIUM_ARGS, LIVE } from "./support.mjs";

let browser;

before(async () => {
  assert.ok(existsSync(join(dist, "claimscope.html")), "dist/claimscope.html is missing: run `trunk build --release` first");
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
});

/** A page whose clipboard records what is written to it, or refuses when `refuse`. */
async function open(url, { refuse = false, viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.newContext({ viewport });
  await context.addInitScript((refuse) => {
    window.__copied = [];
    const clipboard = {
      writeText: (text) => (refuse ? Promise.reject(new Error("denied")) : (window.__copied.push(text), Promise.resolve())),
    };
    Object.defineProperty(Navigator.prototype, "clipboard", { get: () => clipboard, configurable: true });
  }, refuse);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(url);
  await page.waitForSelector(`${LIVE} li.comparison`, { timeout: 15000 });
  return { context, page, errors };
}

test("Copy link on a card gives a link that opens the page at that card, focused", async () => {
  const first = await open(singleFile);
  const cards = first.page.locator("li.comparison");
  assert.ok((await cards.count()) >= 5);
  // The last card drawn: the farthest down the board.
  const card = cards.last();
  const heading = await card.locator("h3").textContent();
  await card.locator("button.card-link").click();
  await card.locator(".card-link-status", { hasText: "Link copied" }).waitFor();
  const [link] = await first.page.evaluate(() => window.__copied);
  assert.match(link, /^file:\/\/.*claimscope\.html#card=[^&]+$/);
  assert.deepEqual(first.errors, []);
  await first.context.close();

  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    const second = await open(link, { viewport });
    await second.page.waitForFunction(() => document.activeElement?.matches("li.comparison"));
    const focused = await second.page.evaluate(() => {
      const card = document.activeElement;
      const box = card.getBoundingClientRect();
      return { heading: card.querySelector("h3").textContent, top: box.top, selected: card.classList.contains("selected"), scrolled: window.scrollY };
    });
    assert.equal(focused.heading, heading, `the linked card is focused at ${viewport.width} px`);
    assert.ok(focused.top > -1 && focused.top < viewport.height / 2, `in sight: ${JSON.stringify(focused)}`);
    assert.ok(focused.scrolled > 0, "the page scrolled to it");
    assert.equal(focused.selected, true, "and marked");
    // The link is used once: the address now names the marked card, not the link.
    assert.doesNotMatch(await second.page.evaluate(() => location.hash), /card=/);
    assert.deepEqual(second.errors, []);
    await second.context.close();
  }
});

test("where the browser will not copy, the card shows its link to copy by hand", async () => {
  const { context, page } = await open(singleFile, { refuse: true });
  const card = page.locator("li.comparison").first();
  await card.locator("button.card-link").click();
  const field = card.locator(".card-link-status input");
  await field.waitFor();
  assert.match(await field.inputValue(), /#card=/);
  await context.close();
});
