// A card as an image for a social post (#19): "Save as image" under a card downloads a
// self-contained SVG of it (made in the page, no request) with the card's label, its verdict
// word and each source by outlet and date, never a document id; "PNG" the same drawn on a
// canvas.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { dist, singleFile, CHROMIUM_ARGS, LIVE, sideways } from "./support.mjs";

let browser;

before(async () => {
  assert.ok(existsSync(join(dist, "claimscope.html")), "dist/claimscope.html is missing: run `trunk build --release` first");
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
});

const xml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  test(`Save as image downloads the card as an SVG with its label, verdict and sources (${viewport.width} px)`, async () => {
    const context = await browser.newContext({ viewport, acceptDownloads: true });
    const page = await context.newPage();
    const errors = [];
    const requests = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    await page.goto(singleFile);
    await page.waitForSelector(`${LIVE} li.comparison`, { timeout: 15000 });
    page.on("request", (request) => requests.push(request.url()));

    const card = page.locator("li.comparison").first();
    const { label, verdict } = await card.evaluate((li) => {
      const heading = li.querySelector("h3");
      const verdict = heading.querySelector(".verdict").textContent.trim();
      const label = heading.childNodes[heading.childNodes.length - 1].textContent.trim();
      return { label, verdict };
    });
    assert.ok(label.length > 3, label);
    const [download] = await Promise.all([page.waitForEvent("download"), card.locator("button.card-image").click()]);
    assert.match(download.suggestedFilename(), /^claimscope-[a-z0-9-]+\.svg$/);
    const svg = readFileSync(await download.path(), "utf8");
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.ok(svg.includes(xml(label)), `the label "${label}" is in the image`);
    assert.ok(svg.includes(`>${verdict.toUpperCase()}</text>`), `the verdict ${verdict} is in the image`);
    // Sources by outlet or title and date, never the analysis's document ids.
    assert.doesNotMatch(svg, /\b\d{3}_[0-9a-f]{16}\b/);
    assert.doesNotMatch(svg, /href|url\(/, "the image refers to nothing outside itself");
    const rows = await card.locator(".member-who").allTextContents();
    const firstSource = rows[0].split(", ").slice(-2).join(", ").replace(/ \(.*$/, "");
    assert.ok(svg.includes(xml(firstSource)), `the first row's source "${firstSource}" is in the image`);

    // A valid image that a browser draws, at its own size.
    const drawn = await page.evaluate(async (text) => {
      const image = new Image();
      image.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(text);
      await image.decode();
      return { width: image.naturalWidth, height: image.naturalHeight };
    }, svg);
    assert.equal(drawn.width, 1000);
    assert.ok(drawn.height > 200, JSON.stringify(drawn));

    // The same image as a PNG, drawn on a canvas at twice the size.
    const [png] = await Promise.all([page.waitForEvent("download"), card.locator("button.card-image-png").click()]);
    assert.match(png.suggestedFilename(), /^claimscope-[a-z0-9-]+\.png$/);
    const bytes = readFileSync(await png.path());
    assert.equal(bytes.subarray(1, 4).toString("latin1"), "PNG");
    assert.equal(bytes.readUInt32BE(16), 2 * drawn.width, "PNG width");
    assert.equal(bytes.readUInt32BE(20), 2 * drawn.height, "PNG height");

    assert.deepEqual(requests.filter((url) => !url.startsWith("data:") && !url.startsWith("blob:")), [], "saving made no request");
    assert.equal((await sideways(page)).overflow, 0, "the card's buttons fit the screen");
    assert.deepEqual(errors, []);
    await context.close();
  });
}
