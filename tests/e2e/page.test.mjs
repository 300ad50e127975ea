// The page as a reader meets it, in real headless Chromium (Debian's package, driven by
// playwright-core): the single file opened from file://, and the hosted build on localhost.
// Expected documents and quantities come from the native CLI on the same corpus, so the test
// also proves that the browser computes what the CLI computes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import { root, dist, singleFile, CHROMIUM_ARGS, serveDist, LIVE } from "./support.mjs";

const shots = join(root, "target", "e2e");
const require = createRequire(import.meta.url);

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
async function openPage(url, viewport = { width: 1280, height: 900 }, ready = `${LIVE} .document-text mark.quantity`) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.goto(url);
  await page.waitForSelector(ready, { timeout: 15000 });
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
    const marked = await page.locator(".document-text mark.quantity:not(.implicit)").allTextContents();
    assert.deepEqual(marked, quantitiesOf(doc.id).map((q) => q.text), `highlights of ${doc.id}`);
    assert.equal(await page.locator("button.document").nth(index).getAttribute("aria-current"), "true");
  }

  const summary = await page.locator(".summary").textContent();
  assert.equal(
    summary,
    `5 sources · ${expected.claims.length} claims · ${expected.quantities.length} quantities · ${expected.speakers.length} named speakers · ${expected.comparisons.length} comparisons (${expected.comparisons.filter((c) => c.verdict === "diverge").length} diverge, ${expected.comparisons.filter((c) => c.verdict === "agree").length} agree)`,
  );

  assert.deepEqual(requests, [singleFile], "no request other than the page itself");
  assert.deepEqual(errors, []);
  await page.locator("button.document").nth(2).click();
  await page.screenshot({ path: join(shots, "claimscope.png"), fullPage: false });
  await context.close();
});

/** The CLI's comparisons in the board's order: divergences first. */
function boardOrder() {
  return [...expected.comparisons].sort((a, b) => (a.verdict === "diverge" ? 0 : 1) - (b.verdict === "diverge" ? 0 : 1));
}

const leadCard = () => expected.comparisons.find((c) => c.unit === "year" && c.members.length >= 4);

test("the board shows the CLI's comparisons, divergences first, each with a range plot, its verdict in words and why", async () => {
  const { page, context } = await openPage(singleFile);
  assert.ok(expected.comparisons.length >= 1, "the bundled corpus has comparisons");
  const cards = page.locator("li.comparison");
  assert.equal(await cards.count(), expected.comparisons.length);
  for (const [index, comparison] of boardOrder().entries()) {
    const card = cards.nth(index);
    const verdict = comparison.verdict === "agree" ? "Agree" : "Diverge";
    assert.equal(await card.locator("h3").textContent(), `${verdict} ${comparison.label}`);
    // "Why?" in plain words: every named source by outlet or title, and no matcher's jargon.
    const why = await card.locator(".why").textContent();
    assert.match(why, /^Why\? /);
    assert.ok(!/clauses share|cosine/.test(why), why);
    const named = expected.documents.find((d) => d.id === comparison.members[0].doc);
    assert.ok(why.includes(named.outlet ?? named.title.slice(0, 20)), `${why} names ${named.outlet ?? named.title}`);
    const rows = card.locator("button.plot-row");
    assert.equal(await rows.count(), comparison.members.length);
    assert.equal(await card.locator("svg.bar-plot").count(), comparison.members.length);
    assert.equal(await card.locator(".dependence").count(), comparison.independent ? 0 : 1);
  }

  // The US lead: a divergence, with every source that states it, each on the plot.
  const lead = leadCard();
  assert.equal(lead.verdict, "diverge");
  const leadIndex = boardOrder().indexOf(lead);
  const rowTexts = await cards.nth(leadIndex).locator(".member-text").allTextContents();
  for (const member of lead.members) {
    assert.ok(rowTexts.some((t) => t.startsWith(member.value) && t.includes(member.speaker ?? "the article itself")), `${member.value} in ${rowTexts}`);
  }
  assert.equal(await cards.nth(leadIndex).locator("svg .bar.implicit").count(), lead.members.filter((m) => m.implicit).length);
  assert.ok((await cards.nth(leadIndex).locator(".plot-axis .tick").count()) >= 2, "an axis with values");
  await cards.nth(leadIndex).screenshot({ path: join(shots, "lead-card-1280.png") });

  // Shared text: one entry per pair of documents, the passages side by side once opened.
  const reuse = page.locator(".reuse > li");
  assert.equal(await reuse.count(), expected.reuse.length);
  assert.ok(expected.reuse.length >= 1);
  await reuse.first().locator("summary").click();
  const first = expected.reuse[0].passages[0];
  const textOf = (span) => Buffer.from(sourceTexts[span.doc]).subarray(span.start, span.end).toString("utf8");
  const quotes = await reuse.first().locator(".passage-pair").first().locator("blockquote").allTextContents();
  assert.deepEqual(quotes, [textOf(first.a), textOf(first.b)]);
  assert.equal(await page.locator(".credits > li").count(), expected.attribution_divergences.length);
  const flagged = expected.speakers.filter((s) => (s.possibly_same_as ?? []).length > 0).length / 2;
  assert.equal(await page.locator(".names > li").count(), flagged);
  await context.close();
});

test("clicking a plot row opens its sentence in the reader, scrolled to and focusing the highlighted value", async () => {
  const { page, context } = await openPage(singleFile);
  const lead = leadCard();
  const card = page.locator("li.comparison").nth(boardOrder().indexOf(lead));
  for (const member of lead.members) {
    const title = expected.documents.find((d) => d.id === member.doc).title;
    const target = member.quantity ?? `implicit-${member.claim}`;
    await card.locator("button.plot-row").nth(lead.members.indexOf(member)).click();
    await page.waitForFunction((t) => document.querySelector("#reader-title")?.textContent === t, title);
    const mark = page.locator(`mark#${target}`);
    await page.waitForFunction((id) => document.activeElement?.id === id, target);
    assert.ok(await mark.isVisible());
    const box = await mark.boundingBox();
    const viewport = page.viewportSize();
    assert.ok(box.y >= 0 && box.y + box.height <= viewport.height, `${target} is in view (${box.y})`);
    assert.equal(await page.locator(`#tip-${target}`).isVisible(), true, "its tooltip shows");
    const tip = await page.locator(`#tip-${target}`).textContent();
    assert.ok(tip.includes(`Compared in “${lead.label}”: the sources diverge`), tip);
  }
  await context.close();
});

test("the board filters by verdict and by search, and a keyboard alone goes from the board to the reader", async () => {
  const { page, context } = await openPage(singleFile);
  const agreeing = expected.comparisons.filter((c) => c.verdict === "agree").length;
  await page.locator(".filters select.filter-verdict").selectOption("agree");
  assert.equal(await page.locator("li.comparison").count(), agreeing);
  await page.locator(".filters select.filter-verdict").selectOption("all");
  const lead = leadCard();
  const speaker = lead.members.find((m) => m.speaker).speaker;
  await page.locator(".filters input[type=search]").fill(speaker);
  const matching = expected.comparisons.filter((c) => c.members.some((m) => m.speaker === speaker) || c.why.includes(speaker));
  assert.equal(await page.locator("li.comparison").count(), matching.length);
  await page.locator(".filters input[type=search]").fill("");

  // By source and by unit.
  const [firstDoc] = expected.documents;
  await page.locator(".filters select.filter-document").selectOption(firstDoc.id);
  const inFirst = expected.comparisons.filter((c) => c.members.some((m) => m.doc === firstDoc.id)).length;
  assert.equal(await page.locator("li.comparison").count(), inFirst);
  await page.locator(".filters select.filter-document").selectOption("");
  await page.locator(".filters select.filter-unit").selectOption("year");
  assert.equal(await page.locator("li.comparison").count(), expected.comparisons.filter((c) => c.unit === "year").length);
  await page.locator(".filters select.filter-unit").selectOption("");
  assert.equal(await page.locator("li.comparison").count(), expected.comparisons.length);

  // Two sources side by side.
  const second = expected.documents[1];
  await page.locator(".beside-picker select").selectOption(second.id);
  assert.equal(await page.locator("#beside-title").textContent(), second.title);
  assert.equal(await page.locator("article.reader").count(), 2);
  await page.locator(".beside-picker select").selectOption("");
  assert.equal(await page.locator("article.reader").count(), 1);

  // Keyboard only: Tab to the first plot row, Enter, and the reader's value has the focus.
  await page.locator("body").focus();
  let focused = "";
  for (let i = 0; i < 40 && !focused.includes("plot-row"); i++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement?.className ?? "");
  }
  assert.ok(focused.includes("plot-row"), "a plot row is reachable with Tab");
  await page.keyboard.press("Enter");
  const first = boardOrder()[0].members[0];
  const target = first.quantity ?? `implicit-${first.claim}`;
  await page.waitForFunction((id) => document.activeElement?.id === id, target);
  // Tab goes on through the reader's highlights.
  await page.keyboard.press("Tab");
  const next = await page.evaluate(() => document.activeElement?.closest(".document-text") !== null);
  assert.ok(next, "the next Tab stays in the reader");
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(shots, `board-${width}.png`) });
  }
  // Printed, the board and the reader stay; the controls go.
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".filters").isVisible(), false);
  assert.equal(await page.locator("li.comparison").first().isVisible(), true);
  assert.equal(await page.locator(".document-text").isVisible(), true);
  await page.screenshot({ path: join(shots, "print-1280.png"), fullPage: true });
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
  const flags = await page.locator(".speakers .speaker-flag").count();
  assert.equal(flags, expected.speakers.reduce((n, s) => n + (s.possibly_same_as ?? []).length, 0));

  // A quantity in a sentence the CLI attributes: its tooltip names the same speaker.
  const claimsById = new Map(expected.claims.map((c) => [c.id, c]));
  // A document with both an attributed quantity and one in the text's own voice.
  const ownVoiceOf = (doc) => expected.quantities.find((q) => q.doc === doc && !claimsById.get(q.claim)?.speaker);
  const attributed = expected.quantities.find((q) => claimsById.get(q.claim)?.speaker && claimsById.get(q.claim)?.cue !== ":" && ownVoiceOf(q.doc));
  assert.ok(attributed, "some document has an attributed quantity and one in its own voice");
  const claim = claimsById.get(attributed.claim);
  const doc = expected.documents.find((d) => d.id === attributed.doc);
  await page.getByRole("button", { name: new RegExp(`^${escapeRegExp(doc.title)}`) }).click();
  await page.locator(`mark#${attributed.id}`).focus();
  const tip = await page.locator(`#tip-${attributed.id}`).textContent();
  assert.ok(tip.includes(`Said by ${claim.speaker}`), tip);

  // The names the text uses for sources are marked, and a sentence in the text's own voice says so.
  const mentions = await page.locator(".document-text .speaker-mention").count();
  assert.ok(mentions > 0);
  const ownVoice = ownVoiceOf(attributed.doc);
  await page.locator(`mark#${ownVoice.id}`).focus();
  assert.ok((await page.locator(`#tip-${ownVoice.id}`).textContent()).includes("own voice"));
  // The words that attribute each claim are marked too, and each is a cue the CLI reports.
  const cues = await page.locator(".document-text .cue").allTextContents();
  const docCues = new Set(expected.claims.filter((c) => c.doc === attributed.doc && c.speaker).map((c) => c.cue));
  assert.ok(cues.length > 0, "cue words are highlighted");
  for (const cue of cues) assert.ok(docCues.has(cue), `${cue} is a cue of this document`);
  // Every quantity tooltip says why it was read so.
  assert.ok(tip.includes("Why: "), tip);
  await page.screenshot({ path: join(shots, "speakers.png"), fullPage: false });
  await context.close();
});

test("the page has no axe-core accessibility violations, wide and on a phone", async () => {
  const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 740 }]) {
    const { page, context } = await openPage(singleFile, viewport);
    // Everything open: the own-articles form, the shared passages, a second reader.
    await page.locator(".library summary").click();
    for (const summary of await page.locator(".reuse summary").all()) await summary.click();
    await page.locator(".beside-picker select").selectOption(expected.documents[1].id);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => (await window.axe.run(document)).violations);
    const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes, e.g. ${v.nodes[0]?.html})`);
    assert.deepEqual(summary, [], `at ${viewport.width}px`);
    await context.close();
  }
});

test("the hosted build on localhost loads only its own files", async () => {
  const { server, origin } = await serveDist();
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

test("the view lives in the URL fragment: a shared link reopens it, a damaged one is ignored", async () => {
  const { page, context } = await openPage(singleFile);
  const lead = leadCard();
  const member = lead.members.find((m) => m.doc !== expected.documents[0].id) ?? lead.members[0];
  await page.locator(".filters select.filter-verdict").selectOption("diverge");
  await page.locator("li.comparison").first().locator("button.plot-row").nth(lead.members.indexOf(member)).click();
  const title = expected.documents.find((d) => d.id === member.doc).title;
  await page.waitForFunction((t) => document.querySelector("#reader-title")?.textContent === t, title);
  const hash = await page.evaluate(() => location.hash);
  assert.ok(hash.includes(`doc=${member.doc}`) && hash.includes(`comparison=${lead.id}`) && hash.includes("verdict=diverge"), hash);
  await context.close();

  // Someone opens the link.
  const shared = await openPage(`${singleFile}${hash}`);
  assert.equal(await shared.page.locator("#reader-title").textContent(), title);
  assert.equal(await shared.page.locator(".filters select.filter-verdict").inputValue(), "diverge");
  assert.equal(await shared.page.locator(`li.comparison#${lead.id}`).getAttribute("aria-current"), "true");
  assert.deepEqual(shared.errors, []);
  await shared.context.close();

  const damaged = await openPage(`${singleFile}#doc=%zz&q=%&verdict=<script>&comparison=a b`);
  assert.equal(await damaged.page.locator("#reader-title").textContent(), expected.documents[0].title);
  assert.equal(await damaged.page.locator("li.comparison").count(), expected.comparisons.length);
  assert.deepEqual(damaged.errors, []);
  await damaged.context.close();
});

test("a jump from the board into the reader can be undone: Back and 'Back to the board' return to the card", async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    const { page, context } = await openPage(singleFile, viewport);
    const lead = leadCard();
    const member = lead.members.find((m) => m.doc !== expected.documents[0].id);
    const card = page.locator(`li.comparison#${lead.id}`);
    const historyBefore = await page.evaluate(() => history.length);
    await card.locator("button.plot-row").nth(lead.members.indexOf(member)).click();
    const title = expected.documents.find((d) => d.id === member.doc).title;
    await page.waitForFunction((t) => document.querySelector("#reader-title")?.textContent === t, title);
    assert.equal(await page.evaluate(() => history.length), historyBefore + 1, "the jump is a step in the history");
    const inView = async (locator) => {
      const box = await locator.boundingBox();
      return box && box.y < viewport.height && box.y + box.height > 0;
    };
    assert.equal(await inView(card.locator("h3")), false, `${viewport.width}px: the card is out of sight in the reader`);
    // The browser's Back: still this page, the first document again, the card in sight.
    await page.goBack();
    await page.waitForFunction((t) => document.querySelector("#reader-title")?.textContent === t, expected.documents[0].title);
    assert.ok(page.url().startsWith(singleFile), page.url());
    await page.waitForFunction((id) => {
      const box = document.querySelector(`li.comparison#${id} h3`)?.getBoundingClientRect();
      return box && box.top > -5 && box.top < innerHeight;
    }, lead.id);
    // The reader's own button does the same.
    await card.locator("button.plot-row").nth(lead.members.indexOf(member)).click();
    await page.waitForFunction((t) => document.querySelector("#reader-title")?.textContent === t, title);
    await page.getByRole("button", { name: "↑ Back to the board" }).click();
    await page.waitForFunction((t) => document.querySelector("#reader-title")?.textContent === t, expected.documents[0].title);
    await page.waitForFunction((id) => {
      const box = document.querySelector(`li.comparison#${id} h3`)?.getBoundingClientRect();
      return box && box.top > -5 && box.top < innerHeight;
    }, lead.id);
    // Filters typed on the board are not steps of their own.
    const length = await page.evaluate(() => history.length);
    await page.locator(".filters input[type=search]").fill("cost");
    await page.waitForFunction(() => location.hash.includes("q=cost"));
    assert.equal(await page.evaluate(() => history.length), length);
    await context.close();
  }
});

test("no internal document id is ever shown: board, speakers, reader, embed, CSV", async () => {
  const ids = expected.documents.map((d) => d.id);
  for (const url of [singleFile, `${singleFile}?embed`]) {
    const embed = url.endsWith("?embed");
    const { page, context } = await openPage(url, { width: 390, height: 844 }, embed ? `${LIVE} li.comparison` : undefined);
    if (embed) {
      for (const toggle of await page.locator(".fold-toggle").all()) await toggle.click();
    } else {
      for (const summary of await page.locator("summary").all()) await summary.click();
    }
    const text = await page.evaluate(() => document.body.innerText);
    for (const id of ids) assert.ok(!text.includes(id), `${url}: ${id} is shown`);
    await context.close();
  }
});

test("help in place: a first sentence for a student, a '?' per panel, a legend of the plot symbols, the reader's examples from its own text", async () => {
  const { page, context } = await openPage(singleFile);
  assert.match(await page.locator(".start-here").textContent(), /Diverge.*cannot all be right.*Agree.*fit together/);
  for (const name of ["this board", "the list of sources", "the list of speakers"]) {
    const help = page.locator("details.help", { has: page.getByLabel(`What is ${name}?`) });
    assert.equal(await help.locator(".help-text").isVisible(), false);
    await help.locator("summary").click();
    assert.ok((await help.locator(".help-text").textContent()).length > 40, name);
  }
  assert.match(await page.locator("details.help").first().textContent(), /Not independent/);
  await page.locator(".plot-legend summary").click();
  const legend = await page.locator(".plot-legend").textContent();
  for (const word of ["about", "more than", "nearly", "diamond"]) assert.ok(legend.includes(word), `${word} in ${legend}`);
  // The reader's legend shows this document's own words, not an invented name.
  const doc = expected.documents[0];
  const speaker = await page.locator(".legend .speaker-mention").textContent();
  const text = sourceTexts[doc.id];
  assert.ok(text.includes(speaker), `${speaker} is in the open document`);
  await context.close();
});
