// Starts the wasm app. The wasm-bindgen glue (no-modules target) defines `wasm_bindgen`.
// Hosted build: the wasm is a file beside the page (`data-wasm` on this script's tag).
// Single file (dist/claimscope.html): the wasm is inlined as base64 in a data block, because
// file:// pages may not fetch files. Compilation is always asynchronous: Chromium refuses to
// compile large modules synchronously on the main thread.
(function () {
  "use strict";
  var script = document.currentScript;
  var inline = document.getElementById("claimscope-wasm");

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
    var root = document.getElementById("app") || document.body;
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
        var glueScript = document.querySelector("script[src]:not([data-wasm])");
        worker = new Worker(new URL("worker.js", script.src));
        worker.postMessage({ module: module, glue: glueScript && glueScript.src });
      }
      return worker;
    } catch (error) {
      return null;
    }
  };

  function start() {
    // "Save as a page" writes a copy of this file with other articles in it: keep the page as
    // it was loaded, before the app changes it. Only the single file can be copied this way.
    if (inline) window.claimscopeSource = "<!DOCTYPE html>\n" + document.documentElement.outerHTML;
    try {
      var source = inline ? decodeBase64(inline.textContent.trim()) : script.dataset.wasm;
      compile(source).then(function (module) {
        window.claimscopeModule = module;
        return wasm_bindgen({ module_or_path: module });
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
