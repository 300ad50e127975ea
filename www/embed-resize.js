// Sizes the Claimscope iframe just before this script to the height the board reports
// (its `embed-size` messages), listening only to that iframe. The same code as the inline
// script of the "Embed" button's snippet (README, "Embedding"), as a file for pages whose
// Content-Security-Policy refuses inline scripts.
(function (iframe) {
  window.addEventListener("message", function (event) {
    if (event.source !== iframe.contentWindow) return;
    var data = event.data;
    if (typeof data === "string") { try { data = JSON.parse(data); } catch (e) { return; } }
    if (data && data.type === "embed-size" && data.height > 0 && data.height < 100000) {
      iframe.style.height = Math.ceil(data.height) + "px";
    }
  });
})(document.currentScript.previousElementSibling);
