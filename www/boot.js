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

  try {
    var source = inline ? decodeBase64(inline.textContent.trim()) : script.dataset.wasm;
    wasm_bindgen({ module_or_path: source }).catch(fail);
  } catch (error) {
    fail(error);
  }
})();
