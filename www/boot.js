// Starts the wasm app. The wasm-bindgen glue (no-modules target) defines `wasm_bindgen`.
// Hosted build: the wasm is a file beside the page (`data-wasm` on this script's tag).
// Single file (dist/claimscope.html): the wasm is inlined as LZMA-compressed base64 in a data
// block, because file:// pages may not fetch files. Compilation is always asynchronous: Chromium refuses to
// compile large modules synchronously on the main thread.
//
// Under the hosted build's Content-Security-Policy (default-src 'none'; no connect-src) the page
// may not fetch its wasm either: claimscope-web_bg.wasm.js, a script, carries it as base64 in
// `claimscopeWasm`. Only a build without that file falls back to fetching `data-wasm`.
//
// The JavaScript API: `claimscope.ready` resolves to `{analyze, mount}` once the wasm runs (see
// the README). Without an `#app` element (someone else's page), nothing is rendered until
// `mount` is called.
(function () {
  "use strict";
  var script = document.currentScript;

  // The built page carries the bundled articles' board pre-rendered (scripts/prerender.mjs),
  // shown until the app takes over. It runs here, in <head>, before the body is drawn:
  // `claimscope-js` shows the pre-render (without scripts the <noscript> summary is the page),
  // and `claimscope-no-prerender` hides it where the app will draw something else: an embed,
  // the set or corrections the reader kept from last time, another view in the fragment.
  var html = document.documentElement;
  html.classList.add("claimscope-js");
  if (drawsSomethingElse()) html.classList.add("claimscope-no-prerender");

  function drawsSomethingElse() {
    // The pre-rendered view writes its own fragment (the open document): reloading it is fine.
    var view = document.querySelector('meta[name="claimscope-view"]');
    var hash = location.hash.replace(/^#/, "");
    if (hash && !(view && view.content === hash)) return true;
    var embed = /(?:^|[?&])embed(?:=([^&]*))?(?:&|$)/.exec(location.search);
    if (embed && !/^(?:0|false|no)$/i.test(decodeURIComponent(embed[1] || ""))) return true;
    try {
      return localStorage.getItem("claimscope.corpus.bundled") !== null ||
        localStorage.getItem("claimscope.corpus.bundled:corrections") !== null;
    } catch (error) {
      return false;
    }
  }

  // The page as it was built, for "Save as a page": without the pre-rendered board, which
  // shows the bundled articles, not those the saved page will carry.
  function builtPage() {
    var copy = document.documentElement.cloneNode(true);
    copy.classList.remove("claimscope-js", "claimscope-no-prerender", "claimscope-painted");
    if (!copy.classList.length) copy.removeAttribute("class");
    var status = copy.querySelector("#claimscope-starting");
    if (status) status.remove();
    var view = copy.querySelector('meta[name="claimscope-view"]');
    if (view) view.remove();
    copy.querySelectorAll('link[rel="expect"], #claimscope-prerender-end').forEach(function (e) { e.remove(); });
    var app = copy.querySelector("#app[data-prerendered]");
    if (app) {
      ["data-prerendered", "aria-busy"].forEach(function (name) { app.removeAttribute(name); });
      var loading = app.querySelector(":scope > .loading");
      app.replaceChildren.apply(app, loading ? [loading] : []);
    }
    return "<!DOCTYPE html>\n" + copy.outerHTML;
  }

  // The single file's wasm block stands at the end of the body (after the pre-rendered board,
  // so that the board is painted first): looked up when the body is there, in `start`.
  var inline = null;
  var api = (window.claimscope = window.claimscope || {});
  var settle = {};
  api.ready = new Promise(function (resolve, reject) {
    settle.resolve = resolve;
    settle.reject = reject;
  });
  // A failure is shown on the page; a page that never asks for `ready` gets no console noise.
  api.ready.catch(function () {});

  function decodeBase64(text) {
    if (typeof Uint8Array.fromBase64 === "function") return Uint8Array.fromBase64(text);
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  // The single file's wasm is LZMA-compressed (scripts/single-file.mjs); the hosted build's
  // is not compressed by the page.
  function unpack(bytes) {
    if (!inline || inline.dataset.encoding !== "lzma") return bytes;
    return unlzma(bytes);
  }

  // LZMA packs the wasm a fifth smaller than deflate, and browsers have no LZMA of their own,
  // so this is the decoder (after the LZMA
  // specification's reference decoder, for the ".lzma" format with its size in the header).
  function unlzma(input) {
    var props = input[0], lc = props % 9, lp = ((props / 9) | 0) % 5, pb = (props / 45) | 0;
    var size = 0;
    for (var i = 12; i >= 5; i--) size = size * 256 + input[i];
    // The range coder's range and code live in a typed array: as variables shared with the
    // inner functions, numbers above 2^30 would be heap doubles in V8, allocated at every bit.
    var out = new Uint8Array(size), at = 0, pos = 14, rc = new Uint32Array([0xffffffff, 0]);
    for (i = 0; i < 4; i++) rc[1] = rc[1] * 256 + input[pos++];
    function probs(n) { return new Uint16Array(n).fill(1024); }
    function bit(p, i) {
      var v = p[i], bound = (rc[0] >>> 11) * v, b;
      if (rc[1] < bound) { rc[0] = bound; p[i] = v + ((2048 - v) >>> 5); b = 0; }
      else { rc[0] -= bound; rc[1] -= bound; p[i] = v - (v >>> 5); b = 1; }
      if (rc[0] < 16777216) { rc[0] <<= 8; rc[1] = (rc[1] << 8) | input[pos++]; }
      return b;
    }
    function tree(p, base, bits) {
      var m = 1;
      for (var i = 0; i < bits; i++) m = (m << 1) + bit(p, base + m);
      return m - (1 << bits);
    }
    function reverse(p, base, bits) {
      var m = 1, symbol = 0;
      for (var i = 0; i < bits; i++) { var b = bit(p, base + m); m = (m << 1) + b; symbol |= b << i; }
      return symbol;
    }
    function direct(bits) {
      var result = 0;
      while (bits--) {
        rc[0] >>>= 1;
        var b = rc[1] >= rc[0] ? 1 : 0;
        if (b) rc[1] -= rc[0];
        result = result * 2 + b;
        if (rc[0] < 16777216) { rc[0] <<= 8; rc[1] = (rc[1] << 8) | input[pos++]; }
      }
      return result;
    }
    function lengths() { return { choice: probs(2), low: probs(128), mid: probs(128), high: probs(256) }; }
    function length(l, posState) {
      if (!bit(l.choice, 0)) return tree(l.low, posState << 3, 3);
      if (!bit(l.choice, 1)) return 8 + tree(l.mid, posState << 3, 3);
      return 16 + tree(l.high, 0, 8);
    }
    var literal = probs(0x300 << (lc + lp)), isMatch = probs(192), isRep = probs(12),
      isRepG0 = probs(12), isRepG1 = probs(12), isRepG2 = probs(12), isRep0Long = probs(192),
      slot = probs(256), special = probs(115), align = probs(16), lens = lengths(), repLens = lengths();
    var state = 0, rep0 = 0, rep1 = 0, rep2 = 0, rep3 = 0, posMask = (1 << pb) - 1, litMask = (1 << lp) - 1;
    while (at < size) {
      var posState = at & posMask;
      if (!bit(isMatch, (state << 4) + posState)) {
        var base = 0x300 * (((at & litMask) << lc) + ((at ? out[at - 1] : 0) >>> (8 - lc))), symbol = 1;
        if (state >= 7) {
          var match = out[at - rep0 - 1];
          do {
            var matchBit = (match >>> 7) & 1;
            match <<= 1;
            var b = bit(literal, base + ((1 + matchBit) << 8) + symbol);
            symbol = (symbol << 1) | b;
            if (matchBit !== b) break;
          } while (symbol < 0x100);
        }
        while (symbol < 0x100) symbol = (symbol << 1) | bit(literal, base + symbol);
        out[at++] = symbol - 0x100;
        state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
        continue;
      }
      var len;
      if (bit(isRep, state)) {
        if (!bit(isRepG0, state)) {
          if (!bit(isRep0Long, (state << 4) + posState)) {
            state = state < 7 ? 9 : 11;
            out[at] = out[at - rep0 - 1];
            at++;
            continue;
          }
        } else {
          var distance;
          if (!bit(isRepG1, state)) distance = rep1;
          else {
            if (!bit(isRepG2, state)) distance = rep2;
            else { distance = rep3; rep3 = rep2; }
            rep2 = rep1;
          }
          rep1 = rep0;
          rep0 = distance;
        }
        len = length(repLens, posState);
        state = state < 7 ? 8 : 11;
      } else {
        rep3 = rep2; rep2 = rep1; rep1 = rep0;
        len = length(lens, posState);
        state = state < 7 ? 7 : 10;
        var posSlot = tree(slot, (len > 3 ? 3 : len) << 6, 6);
        if (posSlot < 4) rep0 = posSlot;
        else {
          var bits = (posSlot >>> 1) - 1;
          rep0 = (2 | (posSlot & 1)) * Math.pow(2, bits);
          if (posSlot < 14) rep0 += reverse(special, rep0 - posSlot, bits);
          else rep0 += direct(bits - 4) * 16 + reverse(align, 0, 4);
        }
        if (rep0 >= at) throw new Error("the page's code is damaged");
      }
      for (len += 2; len-- && at < size; at++) out[at] = out[at - rep0 - 1];
    }
    return out;
  }


  function fail(error) {
    settle.reject(error);
    var status = document.getElementById("claimscope-starting");
    if (status) status.remove();
    var root = document.getElementById("app");
    if (!root) return;
    ["data-prerendered", "aria-busy"].forEach(function (name) { root.removeAttribute(name); });
    var message = document.createElement("p");
    message.className = "loading error";
    message.setAttribute("role", "alert");
    message.textContent = "Claimscope could not start in this browser: " + (error && error.message ? error.message : error);
    root.replaceChildren(message);
  }

  // The page compiles the module itself and keeps it, so that the analysis worker can run
  // the same code without fetching or compiling anything.
  function compile(source) {
    if (typeof source !== "string") {
      return new Promise(function (resolve) { resolve(unpack(source)); }).then(WebAssembly.compile);
    }
    return fetch(source).then(function (response) {
      if (!response.ok) throw new Error("could not load " + source + " (" + response.status + ")");
      return response.arrayBuffer();
    }).then(function (bytes) {
      return WebAssembly.compile(bytes);
    });
  }

  // Starts the analysis worker (www/worker.js), or returns null where the page cannot: the
  // app then analyses large sets on this thread, a document at a time.
  window.claimscopeStartWorker = function () {
    var module = window.claimscopeModule;
    if (!module || typeof Worker !== "function") return null;
    try {
      var worker;
      if (inline) {
        // The single file carries the glue and the worker's code inline; a file:// page may
        // not load scripts from files, but it may start a worker from a blob of its own text.
        var glue = document.getElementById("claimscope-glue");
        var code = document.getElementById("claimscope-worker");
        if (!glue || !code) return null;
        var blob = new Blob([glue.textContent, "\n", code.textContent], { type: "text/javascript" });
        var url = URL.createObjectURL(blob);
        worker = new Worker(url);
        URL.revokeObjectURL(url);
        worker.postMessage({ module: module });
      } else {
        // The glue is the script Trunk names after the crate (not the wasm's own script).
        var glueScript = Array.prototype.find.call(document.scripts, function (tag) {
          return /claimscope-web[^/]*\.js$/.test(tag.src) && !/_bg\.wasm\.js$/.test(tag.src);
        });
        worker = new Worker(new URL("worker.js", script.src));
        worker.postMessage({ module: module, glue: glueScript && glueScript.src });
      }
      return worker;
    } catch (error) {
      return null;
    }
  };

  function wasmSource() {
    if (inline) return decodeBase64(inline.textContent.trim());
    if (typeof window.claimscopeWasm === "string") {
      var bytes = decodeBase64(window.claimscopeWasm);
      window.claimscopeWasm = undefined;
      return bytes;
    }
    return script.dataset.wasm;
  }

  // The single file carries the wasm-bindgen glue as text (scripts/single-file.mjs): it runs
  // here, after the first paint, not while the page is first drawn. The hosted build loads it
  // as a script of its own.
  function runGlue() {
    var glue = document.getElementById("claimscope-glue");
    if (typeof wasm_bindgen !== "undefined" || !glue || glue.type !== "text/plain") return;
    var code = document.createElement("script");
    code.textContent = glue.textContent;
    document.head.appendChild(code);
    code.remove();
  }

  function start() {
    inline = document.getElementById("claimscope-wasm");
    // "Save as a page" writes a copy of this file with other articles in it: keep the page as
    // it was loaded, before the app changes it. Only the single file can be copied this way.
    if (inline) window.claimscopeSource = builtPage();
    try {
      runGlue();
      compile(wasmSource()).then(function (module) {
        window.claimscopeModule = module;
        return wasm_bindgen({ module_or_path: module });
      }).then(function () {
        api.analyze = wasm_bindgen.analyze;
        api.mount = wasm_bindgen.mount;
        settle.resolve(api);
      }).catch(fail);
    } catch (error) {
      fail(error);
    }
  }

  // Decoding the single file's wasm holds the main thread for a few hundred milliseconds: it
  // waits until the browser has painted the page (the pre-rendered board), so the first paint
  // never waits for it. A hidden page gets no animation frames: it starts at once.
  // Then the pre-rendered board's parts that the first frame skipped are drawn as they come
  // near the viewport (style.css, `claimscope-painted`).
  function afterFirstPaint() {
    function painted() {
      html.classList.add("claimscope-painted");
      start();
    }
    if (typeof requestAnimationFrame !== "function" || document.visibilityState === "hidden") {
      setTimeout(painted, 0);
    } else {
      requestAnimationFrame(function () { setTimeout(painted, 0); });
    }
  }

  // The scripts stand in <head>: wait for the body, which the app and the saved copy need.
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", afterFirstPaint);
  } else {
    afterFirstPaint();
  }
})();
