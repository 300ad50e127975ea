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

  function fail(error) {
    var root = document.getElementById("app") || document.body;
    var message = document.createElement("p");
    message.className = "loading error";
    message.setAttribute("role", "alert");
    message.textContent = "Claimscope could not start in this browser: " + (error && error.message ? error.message : error);
    root.replaceChildren(message);
  }

  function start() {
    // "Save as a page" writes a copy of this file with other articles in it: keep the page as
    // it was loaded, before the app changes it. Only the single file can be copied this way.
    if (inline) window.claimscopeSource = "<!DOCTYPE html>\n" + document.documentElement.outerHTML;
    try {
      var source = inline ? decodeBase64(inline.textContent.trim()) : script.dataset.wasm;
      wasm_bindgen({ module_or_path: source }).catch(fail);
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
