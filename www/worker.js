// Claimscope's analysis worker: runs the whole analysis off the page's main thread, so that
// the page stays responsive while a large set of documents is read.
//
// The wasm-bindgen glue (no-modules target, which defines `wasm_bindgen`) comes first: in the
// hosted build the page sends its address and the worker imports it; in the single file the
// page prepends the glue's text to this file's text in a blob. The page also sends the wasm
// module it compiled, so the worker never fetches or compiles anything itself.
//
// Messages in:  {glue?, module}            once, first
//               {job, documents}           documents in the stored form (claimscope-corpus/1)
// Messages out: {job, progress, read, of}  while reading
//               {job, records, json}       a piece of the quantities or claims, or the regions (JSON array)
//               {job, analysis}            the rest of the claims/1 JSON text, last
//               {job, error}
"use strict";
var ready = null;

self.onmessage = function (event) {
  var message = event.data || {};
  if (message.module) {
    if (message.glue && typeof wasm_bindgen === "undefined") importScripts(message.glue);
    ready = wasm_bindgen({ module_or_path: message.module });
    return;
  }
  if (typeof message.job !== "number" || typeof message.documents !== "string" || !ready) return;
  var job = message.job;
  ready
    .then(function () {
      var analysis = wasm_bindgen.analyze_in_worker(message.documents, function (done, read, of) {
        self.postMessage({ job: job, progress: done, read: read, of: of });
      }, function (kind, json) {
        self.postMessage({ job: job, records: kind, json: json });
      });
      self.postMessage({ job: job, analysis: analysis });
    })
    .catch(function (error) {
      self.postMessage({ job: job, error: String(error && error.message ? error.message : error) });
    });
};
