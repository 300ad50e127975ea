// The page as a reader meets it, in real headless Chromium (Debian's package, driven by
// playwright-core): the single file opened from file://, and the hosted build on localhost.
// Expected documents and quantities come from the native CLI on the same corpus, so the test
// also proves that the browser computes what the CLI computes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { mkdirSync, readFileSync, existsSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dist = join(root, "dist");
const shots = join(root, "target", "e2e");
const singleFile = new URL(`file://${join(dist, "claimscope.html")}`).href;
const require = createRequire(import.meta.url);

const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

let browser;
let expected;
let sourceTexts;

before(async () => {
  for (const file of ["claimscope.html", "index.html", "boot.js"]) {
    assert.ok(existsSync(join(dist, file)), `dist/${file} is missing: run \`trunk build --release\` first`);
  }
  const cli = join(root, "target", "release", "claimscope");
  expected = JSON.parse(execFileSync(cli, ["extract"], { encoding: "utf8", maxBuffer: 64 << 20 }));
  const withText = JSON.parse(execFileSync(cli, ["extract", "--with-text"], { encoding: "utf8", maxBuffer: 64 << 20 }));
  sourceTexts = Object.fromEntries(withText.documents.map((d) => [d.id, d.text]));
  mkdirSync(shots, { recursive: true });
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
});

/** A page that records every request and every script error. */
async function openPage(url, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.goto(url);
  await page.waitForSelector(".document-text mark.quantity", { timeout: 15000 });
  return { page, context, requests, errors };
}

function quantitiesOf(docId) {
  return expected.quantities.filter((q) => q.doc === docId);
}

test("the single file opened from file:// shows the five documents with their highlighted quantities", async () => {
  const { page, context, requests, errors } = await openPage(singleFile);

  const titles = await page.locator(".document-title").allTextContents();
  assert.deepEqual(titles, expected.documents.map((d) => d.title));

  for (const [index, doc] of expected.documents.entries()) {
    await page.locator("button.document").nth(index).click();
    await page.waitForFunction((title) => document.querySelector("#reader-title")?.textContent === title, doc.title);
    const marked = await page.locator(".document-text mark.quantity").allTextContents();
    assert.deepEqual(marked, quantitiesOf(doc.id).map((q) => q.text), `highlights of ${doc.id}`);
    assert.equal(await page.locator("button.document").nth(index).getAttribute("aria-current"), "true");
  }

  const summary = await page.locator(".summary").textContent();
  assert.equal(
    summary,
    `5 sources · ${expected.claims.length} claims · ${expected.quantities.length} quantities · ${expected.speakers.length} named speakers · ${expected.comparisons.length} comparisons`,
  );

  assert.deepEqual(requests, [singleFile], "no request other than the page itself");
  assert.deepEqual(errors, []);
  await page.locator("button.document").nth(2).click();
  await page.screenshot({ path: join(shots, "claimscope.png"), fullPage: false });
  await context.close();
});

test("the page shows the same comparisons as the CLI, each with its verdict in words and why", async () => {
  const { page, context } = await openPage(singleFile);
  assert.ok(expected.comparisons.length >= 1, "the bundled corpus has comparisons");
  const cards = page.locator("li.comparison");
  assert.equal(await cards.count(), expected.comparisons.length);
  for (const [index, comparison] of expected.comparisons.entries()) {
    const card = cards.nth(index);
    const verdict = comparison.verdict === "agree" ? "Agree" : "Diverge";
    assert.equal(await card.locator("h3").textContent(), `${verdict} ${comparison.label}`);
    assert.equal(await card.locator(".why").textContent(), comparison.why);
    assert.equal(await card.locator(".members > li").count(), comparison.members.length);
  }
  // "Read in …" opens the member's document in the reader.
  const lead = expected.comparisons.find((c) => c.members.length >= 4);
  const member = lead.members[lead.members.length - 1];
  const title = expected.documents.find((d) => d.id === member.doc).title;
  await cards.nth(expected.comparisons.indexOf(lead)).locator(".members > li").last().getByRole("button").click();
  await page.waitForFunction((t) => document.querySelector("#reader-title")?.textContent === t, title);

  // Shared text: one entry per pair of documents, the passages side by side once opened.
  const reuse = page.locator(".reuse > li");
  assert.equal(await reuse.count(), expected.reuse.length);
  assert.ok(expected.reuse.length >= 1);
  await reuse.first().locator("summary").click();
  const first = expected.reuse[0].passages[0];
  const textOf = (span) => {
    const doc = expected.documents.find((d) => d.id === span.doc);
    return Buffer.from(sourceTexts[doc.id]).subarray(span.start, span.end).toString("utf8");
  };
  const quotes = await reuse.first().locator(".passage-pair").first().locator("blockquote").allTextContents();
  assert.deepEqual(quotes, [textOf(first.a), textOf(first.b)]);
  assert.equal(await page.locator(".credits > li").count(), expected.attribution_divergences.length);
  const flagged = expected.speakers.filter((s) => (s.possibly_same_as ?? []).length > 0).length / 2;
  assert.equal(await page.locator(".names > li").count(), flagged);
  await context.close();
});

test("focusing a highlighted quantity with the keyboard shows its normalised value", async () => {
  const { page, context } = await openPage(singleFile);
  const doc = expected.documents.find((d) => quantitiesOf(d.id).some((q) => q.low !== q.high && q.unit === "year"));
  assert.ok(doc, "the corpus has a range of years");
  await page.getByRole("button", { name: new RegExp(`^${escapeRegExp(doc.title)}`) }).click();
  const range = quantitiesOf(doc.id).find((q) => q.low !== q.high && q.unit === "year");

  const mark = page.locator(`mark#${range.id}`);
  const tip = page.locator(`#tip-${range.id}`);
  assert.equal(await tip.isVisible(), false, "hidden until asked for");
  await mark.focus();
  assert.equal(await tip.isVisible(), true, "shown on keyboard focus");
  assert.ok((await tip.textContent()).startsWith(`${range.low}–${range.high} years`));
  assert.equal(await mark.getAttribute("aria-describedby"), `tip-${range.id}`);
  await page.keyboard.press("Tab");
  assert.equal(await tip.isVisible(), false);
  await mark.hover();
  assert.equal(await tip.isVisible(), true, "shown on hover");
  await page.screenshot({ path: join(shots, "tooltip.png") });
  await context.close();
});

test("the reader says who said each highlighted claim, and lists the speakers", async () => {
  const { page, context } = await openPage(singleFile);
  const names = await page.locator(".speakers .speaker-name").allTextContents();
  assert.deepEqual(names, expected.speakers.map((s) => s.name));
  assert.ok(names.length >= 3, "the seeds quote several named people");

  // A quantity in a sentence the CLI attributes: its tooltip names the same speaker.
  const claimsById = new Map(expected.claims.map((c) => [c.id, c]));
  const attributed = expected.quantities.find((q) => claimsById.get(q.claim)?.speaker && claimsById.get(q.claim)?.cue !== ":");
  assert.ok(attributed, "some quantity is in an attributed sentence");
  const claim = claimsById.get(attributed.claim);
  const doc = expected.documents.find((d) => d.id === attributed.doc);
  await page.getByRole("button", { name: new RegExp(`^${escapeRegExp(doc.title)}`) }).click();
  await page.locator(`mark#${attributed.id}`).focus();
  const tip = await page.locator(`#tip-${attributed.id}`).textContent();
  assert.ok(tip.includes(`Said by ${claim.speaker}`), tip);

  // The names the text uses for sources are marked, and a sentence in the text's own voice says so.
  const mentions = await page.locator(".document-text .speaker-mention").count();
  assert.ok(mentions > 0);
  const ownVoice = expected.quantities.find((q) => q.doc === attributed.doc && !claimsById.get(q.claim)?.speaker);
  if (ownVoice) {
    await page.locator(`mark#${ownVoice.id}`).focus();
    assert.ok((await page.locator(`#tip-${ownVoice.id}`).textContent()).includes("own voice"));
  }
  await page.screenshot({ path: join(shots, "speakers.png"), fullPage: false });
  await context.close();
});

test("the page has no axe-core accessibility violations, wide and on a phone", async () => {
  const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 740 }]) {
    const { page, context } = await openPage(singleFile, viewport);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => (await window.axe.run(document)).violations);
    const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes, e.g. ${v.nodes[0]?.html})`);
    assert.deepEqual(summary, [], `at ${viewport.width}px`);
    await context.close();
  }
});

test("the hosted build on localhost loads only its own files", async () => {
  const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css" };
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, "http://x").pathname)).replace(/^\/+/, "") || "index.html";
    const file = join(dist, path);
    if (!file.startsWith(dist) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": types[extname(file)] || "application/octet-stream" });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  try {
    const { page, context, requests, errors } = await openPage(`${origin}/index.html`);
    const titles = await page.locator(".document-title").allTextContents();
    assert.equal(titles.length, expected.documents.length);
    assert.ok(requests.every((url) => url.startsWith(`${origin}/`)), `foreign requests: ${requests}`);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    server.close();
  }
});

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
