// Starts the wasm app. The wasm-bindgen glue (no-modules target) defines `wasm_bindgen`.
// Hosted build: the wasm is a file beside the page (`data-wasm` on this script's tag).
// Single file (dist/claimscope.html): the wasm is inlined as base64 in a data block, because
// file:// pages may not fetch files. Compilation is always asynchronous: Chromium refuses to
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
  var inline = document.getElementById("claimscope-wasm");
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

  // The single file's wasm is deflate-compressed (scripts/single-file.mjs).
  function inflate(bytes) {
    if (!inline || inline.dataset.encoding !== "deflate-raw") return Promise.resolve(bytes);
    if (typeof DecompressionStream !== "function") {
      return Promise.reject(new Error("this browser cannot unpack the page's code (it needs DecompressionStream; any browser from 2023 on has it)"));
    }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
    return new Response(stream).arrayBuffer();
  }

  function fail(error) {
    settle.reject(error);
    var root = document.getElementById("app");
    if (!root) return;
    var message = document.createElement("p");
    message.className = "loading error";
    message.setAttribute("role", "alert");
    message.textContent = "Claimscope could not start in this browser: " + (error && error.message ? error.message : error);
    root.replaceChildren(message);
  }

  // The page compiles the module itself and keeps it, so that the analysis worker can run
  // the same code without fetching or compiling anything.
  function compile(source) {
    if (typeof source !== "string") return inflate(source).then(WebAssembly.compile);
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

  function start() {
    // "Save as a page" writes a copy of this file with other articles in it: keep the page as
    // it was loaded, before the app changes it. Only the single file can be copied this way.
    if (inline) window.claimscopeSource = "<!DOCTYPE html>\n" + document.documentElement.outerHTML;
    try {
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

  // The scripts stand in <head>: wait for the body, which the app and the saved copy need.
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
