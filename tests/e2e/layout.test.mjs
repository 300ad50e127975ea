// The page on a phone and in a newsroom's column, and the embed of a newsroom's own set, in
// real headless Chromium: no sideways scrolling, readable axes, a compact embed whose height
// fits an article, and an embed that shows the articles the newsroom put on the board.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, existsSync, readFileSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { root, dist, singleFile, CHROMIUM_ARGS, sideways, LIVE } from "./support.mjs";

const shots = join(root, "target", "e2e");
let browser;
let expected;

before(async () => {
  assert.ok(existsSync(join(dist, "claimscope.html")), "run `trunk build --release` first");
  const cli = join(root, "target", "release", "claimscope");
  expected = JSON.parse(execFileSync(cli, ["extract"], { encoding: "utf8", maxBuffer: 64 << 20 }));
  mkdirSync(shots, { recursive: true });
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
});

async function open(url, viewport, ready = `${LIVE} li.comparison`, options = {}) {
  const context = await browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector(ready, { timeout: 15000 });
  return { context, page, errors };
}

test("no sideways scrolling at 360 and 390 px, in the page and in the embed, with every panel open", async () => {
  for (const width of [360, 390]) {
    for (const url of [singleFile, `${singleFile}?embed`]) {
      const embed = url.endsWith("?embed");
      const { context, page, errors } = await open(url, { width, height: 800 });
      if (!embed) {
        for (const summary of await page.locator("summary").all()) await summary.click();
        await page.locator("button.embed-toggle").click();
        // The longest title in the source filter.
        await page.locator(".filters select.filter-document").selectOption(expected.documents[0].id);
        await page.locator(".filters select.filter-document").selectOption("");
      } else {
        for (const toggle of await page.locator(".fold-toggle").all()) await toggle.click();
      }
      const { overflow, widest } = await sideways(page);
      assert.ok(overflow <= 0, `${url} at ${width}px scrolls ${overflow}px sideways (${JSON.stringify(widest)})`);
      // A value's explanation stays on the screen.
      if (!embed) {
        const mark = page.locator(".document-text mark.quantity").last();
        await mark.focus();
        const tip = await page.locator(".document-text mark.quantity:focus + .tip").boundingBox();
        assert.ok(tip.x >= 0 && tip.x + tip.width <= width, `the tooltip is on screen (${tip.x}–${tip.x + tip.width})`);
      }
      await page.screenshot({ path: join(shots, `${embed ? "embed" : "page"}-${width}.png`), fullPage: false });
      assert.deepEqual(errors, []);
      await context.close();
    }
  }
});

test("axis ticks are round numbers that never run together, and verdicts differ by word, shape and colour", async () => {
  for (const width of [390, 1280]) {
    const { context, page } = await open(singleFile, { width, height: 900 });
    for (const card of await page.locator("li.comparison").all()) {
      const ticks = card.locator(".plot-axis .tick");
      const labels = await ticks.allTextContents();
      for (const label of labels) assert.match(label, /^-?[\d,]+(\.\d{1,3})?( (million|billion|trillion))?$/, label);
      const boxes = [];
      for (const tick of await ticks.all()) if (await tick.isVisible()) boxes.push(await tick.boundingBox());
      assert.ok(boxes.length >= 2, "at least two labels show");
      for (let i = 1; i < boxes.length; i++) {
        assert.ok(boxes[i].x >= boxes[i - 1].x + boxes[i - 1].width + 2, `${width}px: "${labels.join("|")}" run together`);
      }
      // The unit is a line of its own, under the axis, not beside the first tick.
      const unit = await card.locator(".axis-unit").boundingBox();
      assert.ok(unit.y >= boxes[0].y + boxes[0].height - 1, "the unit sits under the ticks");
    }
    const colours = await page.evaluate(() => ["agree", "diverge"].map((v) => {
      const badge = document.querySelector(`.verdict.${v}`);
      return badge && { background: getComputedStyle(badge).backgroundColor, shape: badge.querySelector("svg circle, svg polygon")?.tagName };
    }));
    assert.deepEqual(colours.map((c) => c?.shape), ["circle", "polygon"]);
    assert.notEqual(colours[0].background, colours[1].background);
    await context.close();
  }
});

test("a compact embed: the newsroom's cards, title and intro in a frame the height of a few cards", async () => {
  const options = "&cards=2&title=Where%20the%20figures%20differ&intro=Two%20claims%20to%20check";
  for (const width of [592, 390]) {
    const { context, page } = await open(`${singleFile}?embed${options}`, { width, height: 800 });
    assert.equal(await page.locator("li.comparison").count(), 2);
    assert.equal(await page.locator("h1").textContent(), "Where the figures differ");
    assert.equal(await page.locator(".compact-intro").textContent(), "Two claims to check");
    const all = page.locator("a.show-all-link");
    assert.match(await all.textContent(), new RegExp(`Show all ${expected.comparisons.length} comparisons`));
    assert.equal(await all.getAttribute("target"), "_blank");
    assert.ok(!(await all.getAttribute("href")).includes("cards="), "the full view shows everything");
    assert.equal(await page.locator(".reuse, .credits, .names").count(), 0, "shared text and credits stay in the full view");
    const height = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
    // Two cards, one of four sources: under 1,000 px in a 592 px column (the whole board with
    // its lists was 2,419 px there).
    assert.ok(height < (width < 400 ? 1400 : 1000), `${width}px column: the embed is ${height}px high`);
    assert.equal(await page.locator(".filters").count(), 0, "the newsroom's cards need no filters");
    await page.screenshot({ path: join(shots, `embed-compact-${width}.png`), fullPage: true });
    await context.close();
  }
});

test("the embed of a pasted set shows that set: the Embed dialog gives the page with these articles and a snippet pointing at it", async () => {
  const { context, page } = await open(singleFile, { width: 1280, height: 900 }, `${LIVE} .document-text mark.quantity`, { acceptDownloads: true });
  await page.locator(".library summary").click();
  const articles = [
    { title: "Tunnel to cost $4.2 billion", outlet: "The Courier", date: "2024-03-01", text: "Tunnel to cost $4.2 billion\n\nThe harbour tunnel will cost $4.2 billion, the minister said on Monday." },
    { title: "Tunnel bill climbs", outlet: "The Herald", date: "2024-03-02", text: "Tunnel bill climbs\n\nThe harbour tunnel will cost more than $6 billion, the auditor said on Tuesday." },
  ];
  for (const a of articles) {
    for (const field of ["title", "outlet", "date"]) await page.locator(`.paste input[name=${field}]`).fill(a[field]);
    await page.locator(".paste textarea").fill(a.text);
    await page.locator(".paste button[type=submit]").click();
    await page.waitForFunction((t) => document.querySelector("#reader-title")?.textContent === t, a.title);
  }
  await page.locator("button.embed-toggle").click();
  assert.match(await page.locator(".embed-own").textContent(), /your own 7 articles/);
  await page.locator(".embed-address").fill("https://news.example/graphics/tunnel/claimscope-embed.html");
  await page.locator(".embed-cards").fill("3");
  const code = await page.locator("textarea.embed-snippet").inputValue();
  assert.ok(code.includes('src="https://news.example/graphics/tunnel/claimscope-embed.html?embed&amp;cards=3"'), code);
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("button.embed-download").click()]);
  assert.equal(download.suggestedFilename(), "claimscope-embed.html");
  const saved = join(shots, "claimscope-embed.html");
  copyFileSync(await download.path(), saved);
  await context.close();

  // The uploaded file, embedded: its board is the newsroom's set, not the bundled one.
  const embed = await open(`file://${saved}?embed`, { width: 592, height: 800 });
  const summary = await embed.page.locator(".compact-summary").textContent();
  assert.match(summary, /^7 sources/);
  const rows = await embed.page.locator(".member-who").allTextContents();
  assert.ok(rows.some((r) => r.includes("The Courier")) && rows.some((r) => r.includes("The Herald")), rows.join(" | "));
  assert.ok(readFileSync(saved, "utf8").includes("Tunnel bill climbs"));
  await embed.context.close();
});
