// A teacher's or a newsroom's own articles, in real headless Chromium: paste and open files,
// keep them across reloads, refuse what is not an article, never run what is in it, export
// CSV and claims/1 JSON, save a page that carries them, remove and reset.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { root, dist, singleFile, CHROMIUM_ARGS, serveDist, LIVE } from "./support.mjs";

const shots = join(root, "target", "e2e");

let browser;
let bundled;

before(async () => {
  assert.ok(existsSync(join(dist, "claimscope.html")), "run `trunk build --release` first");
  const cli = join(root, "target", "release", "claimscope");
  bundled = JSON.parse(execFileSync(cli, ["extract"], { encoding: "utf8", maxBuffer: 64 << 20 }));
  mkdirSync(shots, { recursive: true });
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
});

/** A page with its own browser storage (a user profile), recording requests and errors. */
async function open(context, url) {
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector(`${LIVE} .document-text mark.quantity`, { timeout: 15000 });
  return { page, requests, errors };
}

const PASTED = {
  title: "Harbour tunnel overruns",
  outlet: "The Courier",
  date: "2024-03-01",
  text: "Harbour tunnel overruns\n\nThe harbour tunnel will cost $4.2 billion, Jane Roe said on Tuesday. Engineers expect it to open in about three years.",
};

async function paste(page, doc) {
  if ((await page.locator(".library details").getAttribute("open")) === null) {
    await page.locator(".library summary").click();
  }
  await page.locator(".paste input[name=title]").fill(doc.title);
  await page.locator(".paste input[name=outlet]").fill(doc.outlet);
  await page.locator(".paste input[name=date]").fill(doc.date);
  await page.locator(".paste textarea").fill(doc.text);
  await page.locator(".paste button[type=submit]").click();
}

const titles = (page) => page.locator(".document-title").allTextContents();

test("a pasted article is analysed with the others and is still there after a reload", async () => {
  const context = await browser.newContext();
  const { page, requests, errors } = await open(context, singleFile);
  await paste(page, PASTED);
  await page.waitForFunction((t) => document.querySelector("#reader-title")?.textContent === t, PASTED.title);
  assert.deepEqual(await titles(page), [...bundled.documents.map((d) => d.title), PASTED.title]);
  const marked = await page.locator(".document-text mark.quantity:not(.implicit)").allTextContents();
  assert.deepEqual(marked, ["$4.2 billion", "three years"]);
  assert.ok((await page.locator(".summary").textContent()).startsWith(`${bundled.documents.length + 1} sources`));
  assert.equal(await page.locator(".document-text .speaker-mention").first().textContent(), "Jane Roe");
  assert.equal(await page.locator(".paste textarea").inputValue(), "", "the form is cleared once added");

  await page.reload();
  await page.waitForSelector(`${LIVE} .document-text mark.quantity`);
  assert.deepEqual((await titles(page)).at(-1), PASTED.title);
  assert.match(await page.locator(".notices").textContent(), /from last time are back/);
  assert.ok(requests.every((url) => url === singleFile), `only the page itself: ${requests}`);
  assert.deepEqual(errors, []);

  // Remove it, then reset: back to the page's own articles, and nothing kept.
  await page.getByRole("button", { name: `Remove “${bundled.documents[0].title}”` }).click();
  assert.equal((await titles(page)).length, bundled.documents.length);
  // A removal can be undone, once, while it is the last thing done.
  await page.locator(".notices button.undo").click();
  assert.equal((await titles(page)).length, bundled.documents.length + 1);
  assert.equal(await page.locator(".notices button.undo").count(), 0);
  await page.getByRole("button", { name: `Remove “${bundled.documents[0].title}”` }).click();
  assert.equal((await titles(page)).length, bundled.documents.length);
  await page.locator(".library summary").click();
  await page.locator("button.reset").click();
  assert.deepEqual(await titles(page), bundled.documents.map((d) => d.title));
  await page.reload();
  await page.waitForSelector(`${LIVE} .document-text mark.quantity`);
  assert.deepEqual(await titles(page), bundled.documents.map((d) => d.title));
  await context.close();
});

test("a refused paste says why and keeps the text", async () => {
  const context = await browser.newContext();
  const { page } = await open(context, singleFile);
  // The refusal is said under the form, where the reader is looking.
  await paste(page, { ...PASTED, date: "03/04/2024" });
  assert.match(await page.locator(".paste .paste-error").textContent(), /Jan 28, 2025/);
  assert.equal(await page.locator(".paste textarea").inputValue(), PASTED.text);
  await paste(page, { ...PASTED, date: "", text: "   \n  " });
  assert.match(await page.locator(".paste .paste-error").textContent(), /empty/);
  assert.equal((await titles(page)).length, bundled.documents.length);
  await context.close();
});

test("forgiving input: dates as articles write them, a header, an address, no duplicate, details editable", async () => {
  const context = await browser.newContext();
  const { page } = await open(context, singleFile);
  await paste(page, { ...PASTED, date: "Jan 28, 2025" });
  await page.waitForFunction((t) => document.querySelector("#reader-title")?.textContent === t, PASTED.title);
  assert.match(await page.locator(".reader-meta").first().textContent(), /2025-01-28/);
  // The same text again is refused, plainly; the set is unchanged.
  await paste(page, { ...PASTED, title: "Again" });
  assert.match(await page.locator(".paste .paste-error").textContent(), /already here, as “Harbour tunnel overruns”/);
  assert.equal((await titles(page)).length, bundled.documents.length + 1);
  // A pasted text's own header gives its title, address and date.
  await page.locator(".paste textarea").fill("SOURCE: https://news.example/dam\nTITLE: Dam bill climbs\nDate: 2 March 2024\n\nThe dam will cost $6 billion, the auditor said.");
  await page.locator(".paste input[name=title]").fill("");
  await page.locator(".paste input[name=outlet]").fill("");
  await page.locator(".paste input[name=date]").fill("");
  await page.locator(".paste button[type=submit]").click();
  await page.waitForFunction(() => document.querySelector("#reader-title")?.textContent === "Dam bill climbs");
  assert.equal(await page.locator(".paste-error").count(), 0, "the stale refusal is gone");
  // Its details can be changed afterwards.
  await page.getByText("Edit", { exact: true }).last().click();
  const form = page.getByRole("form", { name: "Details of “Dam bill climbs”" });
  await form.locator("input[name=outlet]").fill("The Herald");
  await form.locator("input[name=date]").fill("March 3, 2024");
  await form.getByRole("button", { name: "Save details" }).click();
  await page.waitForFunction(() => /The Herald · 2024-03-03/.test(document.querySelector(".reader-meta")?.textContent ?? ""));
  // The notices say what the last action did, not everything since the page opened.
  const notices = await page.locator(".notices p").allTextContents();
  assert.deepEqual(notices, ["Saved the details of “Dam bill climbs”."]);
  await context.close();
});

test("files: text and HTML are added, nothing in them runs, binaries are refused, Latin-1 is read with a warning", async () => {
  const context = await browser.newContext();
  const { page, requests, errors } = await open(context, singleFile);
  await page.locator(".library summary").click();
  const hostile = `<html><head><title>Rents in Leeds</title><script>window.__ran = "script"</script></head>
    <body><img src="x" onerror="window.__ran = 'onerror'"><a href="javascript:window.__ran='link'">click</a>
    <p>Rents in Leeds rose 4% in May, the council said.</p><style>p { color: red }</style></body></html>`;
  await page.locator(".drop input[type=file]").setInputFiles([
    { name: "bus-fares.txt", mimeType: "text/plain", buffer: Buffer.from("Bus fares\n\nBus fares will rise 7% in April.") },
    { name: "rents.html", mimeType: "text/html", buffer: Buffer.from(hostile) },
    { name: "photo.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) },
    { name: "fake.txt", mimeType: "text/plain", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) },
    { name: "latin1.txt", mimeType: "text/plain", buffer: Buffer.from([...Buffer.from("Caf"), 0xe9, ...Buffer.from(" prices rose 5%.")]) },
    { name: "blank.md", mimeType: "text/markdown", buffer: Buffer.from("   \n") },
  ]);
  // The files are read one after another and added together: wait for that, not for a time.
  await page.locator(".notices", { hasText: /Added 3 documents/ }).waitFor();
  const added = (await titles(page)).slice(bundled.documents.length);
  assert.deepEqual(added, ["Bus fares", "Rents in Leeds", "Café prices rose 5%."]);
  const notices = await page.locator(".notices").textContent();
  assert.match(notices, /photo\.png: only \.txt, \.md and \.html/);
  assert.match(notices, /fake\.txt: looks like a binary file/);
  assert.match(notices, /latin1\.txt is not UTF-8 text; it was read as Windows-1252/);
  assert.match(notices, /blank\.md: the file has no text/);
  // The HTML's own words are shown as text; its script, handler and link never ran.
  await page.getByRole("button", { name: /^Rents in Leeds/ }).click();
  // As read: the hidden explanations of the highlights ("May" is a date now) are not text.
  const text = await page.locator(".document-text").innerText();
  assert.ok(text.includes("Rents in Leeds rose") && text.includes("in May, the council said."), text);
  assert.ok(!text.includes("window.__ran"), text);
  assert.equal(await page.evaluate(() => window.__ran), undefined);
  assert.equal(await page.locator(".document-text img, .document-text a, .document-text script").count(), 0);
  assert.ok(requests.every((url) => url === singleFile), `only the page itself: ${requests}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("CSV and JSON downloads hold what the page shows; the JSON equals the CLI's claims/1", async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const { page } = await open(context, singleFile);
  await page.locator(".library summary").click();
  const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.locator("button.export-csv").click()]);
  const csv = readFileSync(await csvDownload.path(), "utf8");
  assert.equal(csvDownload.suggestedFilename(), "claimscope.csv");
  const rows = parseCsv(csv.replace(/^\u{feff}/u, ""));
  assert.deepEqual(rows[0], ["document", "sentence", "text", "low", "high", "unit", "approx", "change", "speaker", "cue", "comparison", "verdict", "title", "outlet", "date", "counted", "comparison_id", "grouped_by"]);
  assert.equal(rows.length - 1, bundled.quantities.length);
  const documents = new Map(bundled.documents.map((d) => [d.id, d]));
  for (const [i, q] of bundled.quantities.entries()) {
    const row = rows[i + 1];
    assert.deepEqual([row[0], row[2], row[5]], [q.doc, q.text, q.unit]);
    // A reader's names for the document, beside its id.
    const d = documents.get(q.doc);
    assert.deepEqual(row.slice(12, 16), [d.title, d.outlet ?? "", d.date ?? "", q.counted ?? ""]);
    const comparison = bundled.comparisons.find((c) => c.quantities.includes(q.id));
    assert.equal(row[16], comparison?.id ?? "");
  }

  const [jsonDownload] = await Promise.all([page.waitForEvent("download"), page.locator("button.export-json").click()]);
  const json = JSON.parse(readFileSync(await jsonDownload.path(), "utf8"));
  assert.equal(json.schema, "claims/1");
  for (const key of ["quantities", "claims", "speakers", "comparisons", "reuse", "attribution_divergences"]) {
    assert.deepEqual(json[key], bundled[key], key);
  }
  assert.deepEqual(json.documents.map(({ text, ...d }) => d), bundled.documents);
  await context.close();
});

test("a saved page opens from file:// with the added articles as its own", async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const { page } = await open(context, singleFile);
  await paste(page, PASTED);
  await page.waitForFunction((t) => document.querySelector("#reader-title")?.textContent === t, PASTED.title);
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("button.save-page").click()]);
  const dir = mkdtempSync(join(tmpdir(), "claimscope-"));
  const saved = join(dir, download.suggestedFilename());
  await download.saveAs(saved);
  assert.equal(download.suggestedFilename(), `claimscope-${bundled.documents.length + 1}-articles.html`);

  // A student's browser: a fresh profile, offline, the file opened from disk.
  const student = await browser.newContext({ offline: true });
  const url = new URL(`file://${saved}`).href;
  const { page: opened, requests, errors } = await open(student, url);
  assert.deepEqual(await titles(opened), [...bundled.documents.map((d) => d.title), PASTED.title]);
  await opened.locator(".library summary").click();
  assert.equal(await opened.locator("button.reset").count(), 0, "these are the page's own articles");
  assert.ok(requests.every((u) => u === url), `only the page itself: ${requests}`);
  assert.deepEqual(errors, []);
  await opened.screenshot({ path: join(shots, "saved-page.png") });
  await student.close();
  await context.close();
});

test("a page bundled by the CLI opens from file:// with the newsroom's articles", async () => {
  const dir = mkdtempSync(join(tmpdir(), "claimscope-bundle-"));
  const article = join(dir, "tram-costs.txt");
  writeFileSync(article, "Tram costs\n\nThe tram will cost $40 million, Jane Roe said.\n");
  const out = join(dir, "newsroom.html");
  execFileSync(join(root, "target", "release", "claimscope"), ["bundle", "--page", join(dist, "claimscope.html"), "-o", out, article]);
  const context = await browser.newContext({ offline: true });
  const url = new URL(`file://${out}`).href;
  const { page, requests, errors } = await open(context, url);
  assert.deepEqual(await titles(page), ["Tram costs"]);
  assert.deepEqual(await page.locator(".document-text mark.quantity").allTextContents(), ["$40 million"]);
  assert.ok(requests.every((u) => u === url));
  assert.deepEqual(errors, []);
  await context.close();
});

test("the hosted build keeps pasted articles across reloads too", async () => {
  const { server, origin } = await serveDist();
  const context = await browser.newContext();
  try {
    const { page } = await open(context, `${origin}/index.html`);
    await paste(page, PASTED);
    await page.reload();
    await page.waitForSelector(`${LIVE} .document-text mark.quantity`);
    assert.equal((await titles(page)).at(-1), PASTED.title);
    // The hosted copy cannot be saved as a page (its code lives beside it): it says so.
    await page.locator(".library summary").click();
    await page.locator("button.save-page").click();
    assert.match(await page.locator(".notices").textContent(), /Only the single-file page/);
  } finally {
    await context.close();
    server.close();
  }
});

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\r" && text[i + 1] === "\n") { row.push(field); rows.push(row); row = []; field = ""; i++; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}
