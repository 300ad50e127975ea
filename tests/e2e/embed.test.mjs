// The newsroom embed, in real headless Chromium: the hosted build served on 127.0.0.1 under its
// Content-Security-Policy (scripts/static-server.mjs), inside host pages served from another
// origin — one using pym.js from npm, one with the README's copy-paste snippet. The iframe's
// height must follow the board; nothing a foreign frame sends may change the embed; the
// JavaScript API example must analyse and render; a reader without JavaScript gets the CLI's
// comparisons as static text.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import { root, dist, CHROMIUM_ARGS, LIVE } from "./support.mjs";
import { serve, CSP } from "../../scripts/static-server.mjs";

const shots = join(root, "target", "e2e");
const require = createRequire(import.meta.url);
const cli = join(root, "target", "release", "claimscope");

let browser;
let expected;
let app; // the hosted build, with the CSP header
let host; // a newsroom's pages, another origin, no CSP
let foreign; // a third origin: someone else's frame on the newsroom's page
let appOrigin;
let hostOrigin;
let foreignOrigin;
let hostDir;

before(async () => {
  for (const file of ["index.html", "claimscope-web.js", "claimscope-web_bg.wasm.js", "boot.js", "embed-example.html", "api-example.html"]) {
    assert.ok(existsSync(join(dist, file)), `dist/${file} is missing: run \`trunk build --release\` first`);
  }
  expected = JSON.parse(execFileSync(cli, ["extract"], { encoding: "utf8", maxBuffer: 64 << 20 }));
  mkdirSync(shots, { recursive: true });
  hostDir = mkdtempSync(join(tmpdir(), "claimscope-host-"));
  copyFileSync(require.resolve("pym.js/dist/pym.v1.min.js"), join(hostDir, "pym.v1.min.js"));
  app = await serve(dist);
  host = await serve(hostDir, { csp: false });
  foreign = await serve(hostDir, { csp: false });
  appOrigin = `http://127.0.0.1:${app.address().port}`;
  hostOrigin = `http://127.0.0.1:${host.address().port}`;
  foreignOrigin = `http://127.0.0.1:${foreign.address().port}`;
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  for (const server of [app, host, foreign]) server?.close();
});

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check()` returns a truthy value, and returns it; fails with `what` after a while. */
async function until(check, what) {
  let last;
  for (let i = 0; i < 150; i++) {
    last = await check();
    if (last) return last;
    await sleep(100);
  }
  assert.fail(`${what} (last: ${JSON.stringify(last)})`);
}

/** A page that records script errors and Content-Security-Policy violations. */
async function openPage(url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  const response = await page.goto(url);
  return { page, context, errors, response };
}

/** The embed's frame, once its board is drawn. */
async function embedFrame(page, selector = "iframe") {
  const handle = await page.waitForSelector(selector);
  const frame = await handle.contentFrame();
  await frame.waitForSelector("li.comparison", { timeout: 15000 });
  return { handle, frame };
}

/** The iframe's height on the host page, and its content's height inside it. */
async function heights(handle, frame) {
  const iframe = await handle.evaluate((el) => el.getBoundingClientRect().height);
  const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  return { iframe, content };
}

/** Waits until the iframe is as tall as its content (±5 px), and returns both heights. */
async function followsContent(handle, frame, what) {
  return until(async () => {
    const h = await heights(handle, frame);
    return Math.abs(h.iframe - h.content) <= 5 && h.content > 100 ? h : null;
  }, `the iframe's height follows its content ${what}`);
}

function hostPage(name, body) {
  writeFileSync(join(hostDir, name), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newsroom's article</title><link rel="icon" href="data:,"></head><body>${body}</body></html>`);
  return `${hostOrigin}/${name}`;
}

const pymHost = (id) => `
  <h1>How far ahead is the US in AI?</h1>
  <p>Five sources, four answers. The board below compares them.</p>
  <div id="${id}"></div>
  <p>The article goes on below the embed.</p>
  <script src="pym.v1.min.js"></script>
  <script>
    window.pymParent = new pym.Parent("${id}", "${appOrigin}/index.html?embed", { title: "Claimscope: where the sources agree or diverge" });
    window.received = [];
    window.addEventListener("message", function (event) {
      window.received.push({
        fromEmbed: event.source === window.pymParent.iframe.contentWindow,
        data: typeof event.data === "string" ? event.data : JSON.stringify(event.data),
      });
    });
  </script>`;

test("a host page using pym.js from npm embeds the board, and the iframe's height follows it after load and when a comparison is expanded or folded", async () => {
  const { page, context, errors } = await openPage(hostPage("pym.html", pymHost("claimscope-board")));
  const { handle, frame } = await embedFrame(page, "#claimscope-board iframe");

  // Embed mode: the board first and compact, no page chrome, a link to the full view.
  assert.equal(await handle.getAttribute("title"), "Claimscope: where the sources agree or diverge");
  assert.equal(await handle.getAttribute("scrolling"), "no");
  assert.equal(await frame.locator("li.comparison").count(), expected.comparisons.length);
  assert.equal(await frame.locator(".masthead, .library, .sidebar, .reader-pane").count(), 0, "no page chrome");
  const link = frame.locator("a.full-view");
  assert.equal(await link.getAttribute("target"), "_blank");
  const full = new URL(await link.getAttribute("href"));
  assert.equal(full.origin + full.pathname, `${appOrigin}/index.html`);
  assert.ok(![...full.searchParams.keys()].some((k) => ["embed", "childId", "initialWidth"].includes(k)), full.href);
  const firstCard = await frame.evaluate(() => document.querySelector("li.comparison").getBoundingClientRect().top);
  assert.ok(firstCard < 300, `the board comes first (${firstCard} px down)`);

  // The height, in pym.js's format, with the childId pym gave.
  const loaded = await followsContent(handle, frame, "after load");
  const pymHeights = await page.evaluate(() => window.received.filter((m) => m.fromEmbed && m.data.startsWith("pymxPYMxclaimscope-boardxPYMxheightxPYMx")).map((m) => m.data));
  assert.ok(pymHeights.length >= 1, "pym.js height messages");
  assert.ok(await page.evaluate(() => window.received.some((m) => m.fromEmbed && JSON.parse(m.data.startsWith("{") ? m.data : "{}").type === "embed-size")), "embed-size messages too");

  // Expand a comparison: the frame grows with it; fold it: the frame shrinks back.
  const card = frame.locator("li.comparison").first();
  await card.locator("button.fold-toggle").click();
  assert.equal(await card.locator("button.fold-toggle").getAttribute("aria-expanded"), "true");
  assert.ok(await card.locator(".fold .sentences li").count() >= 2, "each source's sentence");
  const expanded = await until(async () => {
    const h = await heights(handle, frame);
    return h.content > loaded.content + 20 && Math.abs(h.iframe - h.content) <= 5 ? h : null;
  }, "the iframe grows with the expanded comparison");
  await page.screenshot({ path: join(shots, "embed-pym-expanded.png"), fullPage: true });
  await card.locator("button.fold-toggle").click();
  const folded = await until(async () => {
    const h = await heights(handle, frame);
    return h.content < expanded.content - 20 && Math.abs(h.iframe - h.content) <= 5 ? h : null;
  }, "the iframe shrinks when the comparison folds");
  assert.ok(Math.abs(folded.iframe - loaded.iframe) <= 5, `back to ${loaded.iframe} (${folded.iframe})`);

  // A plot row opens its card too.
  await card.locator("button.plot-row").first().click();
  assert.equal(await card.locator("button.fold-toggle").getAttribute("aria-expanded"), "true");
  await followsContent(handle, frame, "after a row opened its card");

  // A narrower column: pym sends the new width, the board reflows, the height follows.
  await page.setViewportSize({ width: 400, height: 800 });
  await until(async () => {
    const h = await heights(handle, frame);
    return h.content > expanded.content && Math.abs(h.iframe - h.content) <= 5 ? h : null;
  }, "the iframe's height follows a narrower column");
  await page.screenshot({ path: join(shots, "embed-pym-400.png"), fullPage: true });
  assert.equal(page.url(), `${hostOrigin}/pym.html`, "the host page never navigates");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a message from a foreign frame, or a malformed one, changes nothing; the parent's well-formed width message is answered", async () => {
  writeFileSync(join(hostDir, "foreign.html"), `<!doctype html><title>an ad</title><link rel="icon" href="data:,"><p>an ad</p>`);
  const body = `${pymHost("board")}<iframe id="foreign" title="an ad" src="${foreignOrigin}/foreign.html"></iframe>`;
  const { page, context, errors } = await openPage(hostPage("foreign-host.html", body));
  const { handle, frame } = await embedFrame(page, "#board iframe");
  await followsContent(handle, frame, "after load");
  const foreignFrame = await (await page.waitForSelector("#foreign")).contentFrame();
  await foreignFrame.waitForLoadState();
  assert.ok(await page.evaluate(() => window.frames[0] === window.pymParent.iframe.contentWindow), "the embed is frames[0]");

  const snapshot = async () => ({
    height: (await heights(handle, frame)).iframe,
    embedUrl: frame.url(),
    hostUrl: page.url(),
    board: await frame.locator(".compact").innerHTML(),
    fromEmbed: await page.evaluate(() => window.received.filter((m) => m.fromEmbed).length),
  });
  // Count what reaches the embed, after its own listener has run (listeners run in order).
  await frame.evaluate(() => {
    window.__seen = 0;
    window.addEventListener("message", () => window.__seen++);
  });
  const before = await snapshot();
  const id = "board";
  const hostile = [
    `pymxPYMx${id}xPYMxwidthxPYMx320`, // well-formed, but not from the parent
    `pymxPYMx${id}xPYMxnavigateToxPYMxhttps://example.org/`,
    `pymxPYMx${id}xPYMxheightxPYMx10`,
    `pymxPYMx${id}xPYMxscrollToChildPosxPYMx0`,
    JSON.stringify({ type: "embed-size", height: 5 }),
    { type: "embed-size", height: 5 },
    { type: "open", comparison: expected.comparisons[0].id },
    "<img src=x onerror=alert(1)>",
    42,
    null,
  ];
  await foreignFrame.evaluate((messages) => {
    for (const message of messages) window.parent.frames[0].postMessage(message, "*");
  }, hostile);
  // From the real parent, nothing malformed is read either.
  const malformed = [
    `pymxPYMx${id}xPYMxwidthxPYMxwide`,
    `pymxPYMx${id}xPYMxwidthxPYMx-5`,
    `pymxPYMxotherxPYMxwidthxPYMx500`,
    `pymxPYMx${id}xPYMxnavigateToxPYMxjavascript:alert(1)`,
    { type: "width", width: 500 },
  ];
  await page.evaluate((messages) => {
    for (const message of messages) window.pymParent.iframe.contentWindow.postMessage(message, "*");
  }, malformed);
  const total = hostile.length + malformed.length;
  await until(() => frame.evaluate((n) => window.__seen >= n, total), "every message reached the embed");
  assert.deepEqual(await snapshot(), before, "nothing changed");
  assert.deepEqual(errors, []);

  // The parent's well-formed width message is answered with the height (pym format).
  await page.evaluate(() => window.pymParent.sendMessage("width", "640"));
  const answer = await until(
    () => page.evaluate((n) => window.received.filter((m) => m.fromEmbed).slice(n).map((m) => m.data), before.fromEmbed).then((a) => a.length ? a : null),
    "the embed answers the parent's width message",
  );
  assert.ok(answer.some((m) => /^pymxPYMxboardxPYMxheightxPYMx\d+$/.test(m)), answer.join(" | "));
  assert.equal(page.url(), before.hostUrl);
  await context.close();
});

/** The snippet of the README's "Embedding" section, for an embed at `src`. */
function readmeSnippet(src) {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const match = readme.match(/<!-- embed-snippet -->\s*```html\n([\s\S]*?)```/);
  assert.ok(match, "the README has the embed snippet");
  return match[1].trim().replaceAll("https://news.example/claimscope/?embed", src);
}

test("the README's snippet, pasted into a plain HTML page, sizes the iframe; the Embed button gives the same code", async () => {
  // The Embed button on the full page.
  const full = await openPage(`${appOrigin}/`);
  await full.page.waitForSelector(`${LIVE} .document-text mark.quantity`, { timeout: 15000 });
  await full.page.locator("button.embed-toggle").click();
  assert.equal(await full.page.locator("button.embed-toggle").getAttribute("aria-expanded"), "true");
  const code = await full.page.locator("textarea.embed-snippet").inputValue();
  assert.equal(code, readmeSnippet(`${appOrigin}/?embed`), "the button's code is the README's");
  assert.deepEqual(await full.page.evaluate(() => window.__violations), []);
  await full.context.close();

  const { page, context, errors } = await openPage(hostPage("snippet.html", `<h1>A story</h1><p>Before the embed.</p>\n${readmeSnippet(`${appOrigin}/?embed`)}\n<p>After the embed.</p>`));
  const { handle, frame } = await embedFrame(page);
  assert.equal(await handle.getAttribute("width"), "100%");
  const loaded = await followsContent(handle, frame, "after load");
  assert.notEqual(Math.round(loaded.iframe), 600, "sized by the messages, not its initial height");
  const card = frame.locator("li.comparison").first();
  await card.locator("button.fold-toggle").click();
  await until(async () => {
    const h = await heights(handle, frame);
    return h.content > loaded.content + 20 && Math.abs(h.iframe - h.content) <= 5;
  }, "the snippet's iframe grows with an expanded comparison");
  assert.deepEqual(errors, []);
  await context.close();
});

test("under the hosted build's Content-Security-Policy every page loads and works with no violation, and no glue evaluates code", async () => {
  const { page, context, errors, response } = await openPage(`${appOrigin}/index.html`);
  assert.equal(response.headers()["content-security-policy"], CSP);
  await page.waitForSelector(`${LIVE} .document-text mark.quantity`, { timeout: 15000 });
  // Work the page: a plot row to the reader, a filter, the Embed code, a second reader.
  await page.locator("li.comparison button.plot-row").first().click();
  await page.waitForFunction(() => document.activeElement?.tagName === "MARK");
  await page.locator(".filters select.filter-verdict").selectOption("diverge");
  await page.locator("button.embed-toggle").click();
  await page.locator(".beside-picker select").selectOption(expected.documents[1].id);
  assert.ok((await page.locator(".plot-axis .tick").count()) >= 2, "the axes draw without inline styles");
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  // The policy is really enforced: an injected inline script does not run, and is reported.
  const ran = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__inline = true";
    document.head.append(script);
    return window.__inline === true;
  });
  assert.equal(ran, false);
  await until(() => page.evaluate(() => window.__violations.length > 0), "the injected script is reported");
  assert.deepEqual(errors.filter((e) => !e.includes("Content Security Policy")), []);
  await context.close();

  // Embed mode, the host example and the API example, under the same policy.
  for (const [path, ready] of [["index.html?embed", "li.comparison"], ["embed-example.html", "iframe"], ["api-example.html", "#board li.comparison, #board .comparisons"]]) {
    const loaded = await openPage(`${appOrigin}/${path}`);
    await loaded.page.waitForSelector(ready, { timeout: 15000 });
    if (path === "index.html?embed") {
      // The compact board, a card open, passes axe-core (evaluated by the driver, not injected:
      // the policy would refuse an inline script).
      await loaded.page.locator("button.fold-toggle").first().click();
      await loaded.page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
      const violations = await loaded.page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes[0]?.html}`));
      assert.deepEqual(violations, [], "axe-core in embed mode");
    }
    if (path === "embed-example.html") {
      const { handle, frame } = await embedFrame(loaded.page, "iframe.claimscope");
      await followsContent(handle, frame, "on the example page");
      assert.deepEqual(await frame.evaluate(() => window.__violations), [], "in the example's frame");
      await loaded.page.screenshot({ path: join(shots, "embed-example.png"), fullPage: true });
    }
    assert.deepEqual(await loaded.page.evaluate(() => window.__violations), [], path);
    assert.deepEqual(loaded.errors, [], path);
    await loaded.context.close();
  }

  // What the browser runs: no eval, no new Function.
  for (const file of ["claimscope-web.js", "boot.js", "embed-resize.js", "api-example.js"]) {
    const source = readFileSync(join(dist, file), "utf8");
    // (The glue's debug formatter writes the text `Function(name)` in a template string.)
    assert.doesNotMatch(source, /\beval\s*\(|new\s+Function\b|(^|[^`\w.])Function\s*\(/, file);
  }
});

test("the JavaScript API example analyses two documents as the CLI does and mounts their board", async () => {
  const { page, context, errors } = await openPage(`${appOrigin}/api-example.html`);
  await page.waitForSelector("#quantities li", { timeout: 15000 });
  const example = await page.evaluate(() => window.claimscopeExample);
  assert.equal(example.documents.length, 2);

  // The CLI on the same two texts (files named by the ids).
  const dir = mkdtempSync(join(tmpdir(), "claimscope-api-"));
  for (const d of example.documents) writeFileSync(join(dir, `${d.id}.txt`), d.text);
  const fromCli = JSON.parse(execFileSync(cli, ["extract", dir], { encoding: "utf8" }));
  assert.deepEqual(example.claims.quantities, fromCli.quantities);
  assert.deepEqual(example.claims.claims, fromCli.claims);
  assert.deepEqual(example.claims.comparisons.map((c) => [c.id, c.verdict, c.label, c.members.map((m) => m.value)]), fromCli.comparisons.map((c) => [c.id, c.verdict, c.label, c.members.map((m) => m.value)]));
  assert.ok(fromCli.comparisons.length >= 1, "the two reports compare one quantity");
  assert.deepEqual(example.claims.documents.map((d) => [d.id, d.outlet, d.date]), example.documents.map((d) => [d.id, d.outlet, d.date]));

  // Rendered: the list of quantities, and the board mount() drew.
  const listed = await page.locator("#quantities li").allTextContents();
  assert.deepEqual(listed, fromCli.quantities.map((q) => `${q.doc}: ${q.text} (${q.unit})`));
  assert.equal(await page.locator("#board li.comparison").count(), fromCli.comparisons.length);
  assert.equal(await page.locator("#board a.full-view").count(), 0, "a mounted board has no full view of its own");
  assert.equal(new URL(page.url()).hash, "", "mount() leaves the page's URL alone");

  // Plain objects, errors as exceptions, and destroy().
  const checks = await page.evaluate(async () => {
    const api = await window.claimscope.ready;
    const result = api.analyze([{ text: "Sales rose 5% in May." }]);
    let refused = "";
    try {
      api.analyze([{ id: "a", text: "x" }, { id: "a", text: "y" }]);
    } catch (error) {
      refused = error.message;
    }
    const element = document.createElement("div");
    document.body.append(element);
    const board = api.mount(element, {});
    // yew renders on its scheduler: wait for the board.
    for (let i = 0; i < 100 && !element.querySelector("li.comparison"); i++) await new Promise((r) => setTimeout(r, 50));
    const mounted = element.querySelectorAll("li.comparison").length;
    board.destroy();
    for (let i = 0; i < 100 && element.querySelector("li.comparison"); i++) await new Promise((r) => setTimeout(r, 50));
    return {
      plain: Object.getPrototypeOf(result) === Object.prototype && Array.isArray(result.quantities) && !(result.quantities[0] instanceof Map),
      quantity: result.quantities.map((q) => [q.text, q.low, q.unit]),
      refused,
      mounted,
      destroyed: element.querySelectorAll("li.comparison").length,
    };
  });
  assert.deepEqual(checks, {
    plain: true,
    quantity: [["5%", 5, "percent"], ["May", "--05-01", "date"]],
    refused: "two documents have the id “a”",
    mounted: expected.comparisons.length,
    destroyed: 0,
  });
  await page.screenshot({ path: join(shots, "api-example.png"), fullPage: true });
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("without JavaScript, the hosted page and the single file show the CLI's comparisons as text", async () => {
  const order = [...expected.comparisons].sort((a, b) => (a.verdict === "diverge" ? 0 : 1) - (b.verdict === "diverge" ? 0 : 1));
  for (const url of [`${appOrigin}/index.html`, new URL(`file://${join(dist, "claimscope.html")}`).href]) {
    const { page, context } = await openPage(url, { javaScriptEnabled: false });
    const headings = await page.locator(".noscript-summary .noscript-comparisons > li > h3").allTextContents();
    assert.deepEqual(headings, order.map((c) => `${c.verdict === "diverge" ? "Diverge" : "Agree"}: ${c.label}`), url);
    const values = await page.locator(".noscript-comparisons > li").first().locator("ul > li > strong").allTextContents();
    assert.deepEqual(values, order[0].members.map((m) => m.value));
    const why = await page.locator(".noscript-comparisons > li").first().locator("p").last().textContent();
    assert.equal(why, `Why? ${order[0].why}`);
    assert.deepEqual(await page.locator(".noscript-documents li").count(), expected.documents.length);
    if (url.startsWith("http")) await page.screenshot({ path: join(shots, "noscript.png"), fullPage: false });
    await context.close();
  }
});
