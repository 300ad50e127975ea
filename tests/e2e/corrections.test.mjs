// The reader in control (#21), in real headless Chromium: on a pasted set, merge, move, split,
// take out, rename, dismiss and start a card; join two speakers; undo; and the corrections
// travel with reload, a copied link, a saved page and the downloads.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { dist, singleFile, CHROMIUM_ARGS, sideways, LIVE } from "./support.mjs";

let browser;

before(async () => {
  assert.ok(existsSync(join(dist, "claimscope.html")), "run `trunk build --release` first");
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
});

const ARTICLES = [
  { title: "Tunnel costs", outlet: "The Courier", text: "Tunnel costs\n\nThe city said the new rail tunnel under the river will cost $4.5 billion. Mayor Jane Roe said the rail tunnel will carry 80,000 passengers a day." },
  { title: "Rail tunnel", outlet: "The Ledger", text: "Rail tunnel\n\nThe rail tunnel under the river will cost about $6 billion, engineers said. The rail tunnel would carry 50,000 passengers a day and employ 300 workers, Roe said." },
  { title: "School levy", outlet: "The Gazette", text: "School levy\n\nA survey found that 47% of voters in Ohio back the proposed school levy, which would raise $2 million." },
  { title: "Bridge costs", outlet: "The Courier", text: "Bridge costs\n\nThe new bridge over the bay will cost $900 million, the county said on Monday." },
  { title: "Bay bridge", outlet: "The Ledger", text: "Bay bridge\n\nThe bridge over the bay will cost about $1.1 billion, officials said on Monday." },
];

async function paste(page, doc) {
  if ((await page.locator(".library details").getAttribute("open")) === null) {
    await page.locator(".library summary").click();
  }
  await page.locator(".paste input[name=title]").fill(doc.title);
  await page.locator(".paste input[name=outlet]").fill(doc.outlet);
  await page.locator(".paste textarea").fill(doc.text);
  await page.locator(".paste button[type=submit]").click();
  await page.waitForFunction((t) => document.querySelector("#reader-title")?.textContent === t, doc.title);
}

/** A page on the bundled articles plus the five above. */
async function pastedSet(context) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(singleFile);
  await page.waitForSelector(`${LIVE} li.comparison`);
  for (const doc of ARTICLES) await paste(page, doc);
  return { page, errors };
}

const card = (page, label) => page.locator("li.comparison", { has: page.locator("h3", { hasText: label }) });
const values = (locator) => locator.locator(".member-value").allTextContents();

async function tools(cardLocator) {
  await cardLocator.getByRole("button", { name: "Correct this card" }).click();
  return cardLocator.locator(".card-tools-panel");
}

test("dismiss, rename and undo; the corrections survive a reload and go into the downloads and a saved page", async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const { page, errors } = await pastedSet(context);
  const cost = card(page, "Cost of the rail tunnel");
  assert.deepEqual(await values(cost), ["4.5 billion USD", "about 6 billion USD"]);

  // Dismiss, by keyboard: the button is reachable and named.
  await cost.getByRole("button", { name: "Correct this card" }).focus();
  await page.keyboard.press("Enter");
  await cost.getByRole("button", { name: "Not a comparison" }).focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => ![...document.querySelectorAll("li.comparison h3")].some((h) => h.textContent.includes("Cost of the rail tunnel")));
  assert.match(await page.locator(".corrections-status").textContent(), /1 correction by you/);
  // Undo restores the machine's card.
  await page.getByRole("button", { name: "Undo the last correction" }).click();
  await cost.waitFor();
  assert.equal(await cost.locator(".by-reader").count(), 0);

  // Rename the riders' card.
  const riders = card(page, "rail tunnel will carry 80,000 passengers");
  const panel = await tools(riders);
  await panel.locator(".rename-input").fill("Daily riders");
  await panel.getByRole("button", { name: "Rename" }).click();
  const renamed = card(page, "Daily riders");
  await renamed.waitFor();
  assert.equal(await renamed.locator(".by-reader").textContent(), "grouped by you");
  assert.match(page.url(), /fix=/);

  // Reload: the same board (from the link and from storage).
  await page.reload();
  await renamed.waitFor();
  await page.goto(singleFile);
  await renamed.waitFor({ timeout: 15000 });

  // Downloads carry them.
  await page.locator(".library summary").click();
  const [jsonDownload] = await Promise.all([page.waitForEvent("download"), page.locator("button.export-json").click()]);
  const json = JSON.parse(readFileSync(await jsonDownload.path(), "utf8"));
  assert.equal(json.corrections.length, 1);
  assert.equal(json.corrections[0].kind, "label");
  const relabelled = json.comparisons.find((c) => c.label === "Daily riders");
  assert.equal(relabelled.by, "reader");
  const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.locator("button.export-csv").click()]);
  const csv = readFileSync(await csvDownload.path(), "utf8");
  assert.ok(csv.split("\r\n").some((row) => row.includes("Daily riders") && row.endsWith(",reader")), "a CSV row marks the reader's card");

  // A saved page opens on the corrected board, in a browser that never saw it.
  const [saved] = await Promise.all([page.waitForEvent("download"), page.locator("button.save-page").click()]);
  const file = join(mkdtempSync(join(tmpdir(), "claimscope-saved-")), saved.suggestedFilename());
  await saved.saveAs(file);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(new URL(`file://${file}`).href);
  await card(other, "Daily riders").waitFor({ timeout: 15000 });
  await fresh.close();

  // Undo all: the machine's board again.
  await page.getByRole("button", { name: "Undo all: the machine's board" }).click();
  await riders.waitFor();
  assert.equal(await page.locator(".corrections-status").count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("merge, move, split, take out and start a card on a pasted set; a speaker merge renames every row", async () => {
  const context = await browser.newContext();
  const { page, errors } = await pastedSet(context);
  // With the levy's value in it the card names no cost any more: its label is its clause's words.
  const cost = card(page, /Cost of the rail tunnel|rail tunnel under the river will cost/);

  // Move the levy's $2 million into the tunnel's cost.
  let panel = await tools(cost);
  const levy = await panel.locator("select.move-in option", { hasText: "$2 million — The Gazette" }).getAttribute("value");
  await panel.locator("select.move-in").selectOption(levy);
  await panel.getByRole("button", { name: "Move into this card" }).click();
  await page.waitForFunction(() => [...document.querySelectorAll("li.comparison")].some((c) => c.querySelectorAll(".member-value").length === 3 && c.textContent.includes("2 million USD")));
  assert.deepEqual(await values(cost), ["4.5 billion USD", "about 6 billion USD", "2 million USD"]);
  assert.equal(await cost.locator(".by-reader").count(), 1);

  // Take it out again.
  panel = await tools(cost);
  await panel.getByRole("checkbox", { name: /^2 million USD/ }).check();
  await panel.getByRole("button", { name: "Take the ticked values out" }).click();
  await page.waitForFunction(() => ![...document.querySelectorAll("li.comparison .member-value")].some((v) => v.textContent === "2 million USD"));
  assert.deepEqual(await values(cost), ["4.5 billion USD", "about 6 billion USD"]);

  // Merge the tunnel's cost with the bridge's.
  panel = await tools(cost);
  const bridge = await panel.locator("select.merge-with option", { hasText: "bridge over the bay will cost" }).getAttribute("value");
  await panel.locator("select.merge-with").selectOption(bridge);
  await panel.getByRole("button", { name: "Merge" }).click();
  await page.waitForFunction(() => [...document.querySelectorAll("li.comparison")].some((c) => c.querySelectorAll(".member-value").length === 4));
  const merged = page.locator("li.comparison", { has: page.locator(".member-value", { hasText: "900 million USD" }) });
  assert.deepEqual((await values(merged)).sort(), ["4.5 billion USD", "900 million USD", "about 1.1 billion USD", "about 6 billion USD"].sort());

  // Split the bridge's two values off into a card of their own.
  panel = await tools(merged);
  await panel.getByRole("checkbox", { name: /^900 million USD/ }).check();
  await panel.getByRole("checkbox", { name: /^about 1\.1 billion USD/ }).check();
  await panel.getByRole("button", { name: "Split the ticked values into a card of their own" }).click();
  await page.waitForFunction(() => [...document.querySelectorAll("li.comparison")].some((c) => c.querySelectorAll(".member-value").length === 2 && c.textContent.includes("900 million USD")));
  assert.deepEqual(await values(cost), ["4.5 billion USD", "about 6 billion USD"]);

  // Start a card from two values no card holds together.
  await page.getByRole("button", { name: "Start a comparison…" }).click();
  const options = page.locator("#start-values option");
  const pick = [];
  for (const text of ["$2 million — The Gazette", "$900 million — The Courier"]) {
    pick.push(await options.filter({ hasText: text }).getAttribute("value"));
  }
  await page.locator("#start-values").selectOption(pick);
  await page.getByRole("button", { name: "Compare the chosen values" }).click();
  const started = card(page, "Values you grouped");
  await started.waitFor();
  assert.deepEqual(await values(started), ["2 million USD", "900 million USD"]);
  assert.equal(await started.locator(".by-reader").textContent(), "grouped by you");
  assert.match(await page.locator(".corrections-status").textContent(), /5 corrections by you/);

  // "Roe" is Jane Roe: every row names her.
  await page.locator("select.same-as-joined").selectOption("Roe");
  await page.locator("select.same-as-kept").selectOption("Jane Roe");
  await page.getByRole("button", { name: "Join the two speakers" }).click();
  const riders = card(page, "rail tunnel will carry 80,000 passengers");
  await page.waitForFunction(() => ![...document.querySelectorAll(".speaker-name")].some((s) => s.textContent === "Roe"));
  const who = await riders.locator(".member-who").allTextContents();
  assert.equal(who.length, 2);
  assert.ok(who.every((w) => w.includes("Jane Roe")), who.join(" | "));

  // Undo, step by step: the speaker merge first.
  await page.getByRole("button", { name: "Undo the last correction" }).click();
  await page.waitForFunction(() => [...document.querySelectorAll(".speaker-name")].some((s) => s.textContent === "Roe"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("a copied link shows the corrected board in another browser", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(singleFile);
  const first = page.locator("li.comparison").first();
  await first.waitFor();
  const label = await first.locator("h3").textContent();
  const panel = await tools(first);
  await panel.getByRole("button", { name: "Not a comparison" }).click();
  await page.locator(".corrections-status").waitFor();
  const link = page.url();
  await context.close();

  const other = await browser.newContext();
  const shared = await other.newPage();
  await shared.goto(link);
  await shared.locator(".corrections-status").waitFor({ timeout: 15000 });
  const labels = await shared.locator("li.comparison h3").allTextContents();
  assert.ok(!labels.includes(label), `${label} is dismissed`);
  await other.close();
});

test("the correction tools pass axe-core and stay on a 390 px screen", async () => {
  const { createRequire } = await import("node:module");
  const require = createRequire(import.meta.url);
  const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  await page.goto(singleFile);
  const first = page.locator("li.comparison").first();
  await first.waitFor();
  // A reader's card (the mark), then every tool open: a card's, the starting list.
  let panel = await tools(first);
  await panel.locator(".rename-input").fill("A label of the reader's own choosing, long enough to wrap on a phone");
  await panel.getByRole("button", { name: "Rename" }).click();
  await page.locator(".by-reader").waitFor();
  panel = await tools(page.locator("li.comparison").first());
  await page.getByRole("button", { name: "Start a comparison…" }).click();
  await page.locator("#start-values").waitFor();
  const { overflow, widest } = await sideways(page);
  assert.ok(overflow <= 0, `scrolls ${overflow}px sideways (${JSON.stringify(widest)})`);
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations);
  assert.deepEqual(violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.html})`), []);
  await context.close();
});

test("a correction survives removing an unrelated article, and is noted when its values go", async () => {
  const context = await browser.newContext();
  const { page, errors } = await pastedSet(context);
  const bridge = card(page, "bridge over the bay will cost");
  const panel = await tools(bridge);
  await panel.getByRole("button", { name: "Not a comparison" }).click();
  await bridge.waitFor({ state: "detached" });
  // Another article goes: every id after it shifts, the dismissal holds.
  await page.getByRole("button", { name: "Remove “School levy”" }).click();
  await page.waitForFunction(() => ![...document.querySelectorAll(".document-title")].some((t) => t.textContent === "School levy"));
  assert.equal(await bridge.count(), 0);
  assert.equal(await page.locator(".correction-note").count(), 0);
  // One of the card's own articles goes: the correction is kept but not applied, and says so.
  await page.getByRole("button", { name: "Remove “Bay bridge”" }).click();
  await page.locator(".correction-note").waitFor();
  assert.match(await page.locator(".correction-note").textContent(), /Your correction \(dismissing a comparison\) was not applied: its (values are no longer in the articles|comparison is no longer on the board)\./);
  assert.deepEqual(errors, []);
  await context.close();
});
