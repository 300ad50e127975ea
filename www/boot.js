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
      wasm_bindgen({ module_or_path: wasmSource() }).then(function () {
        api.analyze = wasm_bindgen.analyze;
        api.mount = wasm_bindgen.mount;
        settle.resolve(api);
      }, fail);
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
