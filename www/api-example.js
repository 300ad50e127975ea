// The JavaScript API example (README, "JavaScript API"): analyse two small documents, list what
// was found, and mount the board for them.
claimscope.ready.then(function (api) {
  var documents = [
    {
      id: "courier",
      title: "Harbour tunnel to cost $4.2 billion",
      outlet: "The Courier",
      date: "2024-03-01",
      text: "Harbour tunnel to cost $4.2 billion\n\nThe harbour tunnel will cost $4.2 billion, the transport minister said on Tuesday. Engineers expect it to open in about three years.",
    },
    {
      id: "herald",
      title: "Tunnel bill climbs",
      outlet: "The Herald",
      date: "2024-03-02",
      text: "Tunnel bill climbs\n\nThe harbour tunnel will cost more than $6 billion, according to the city's auditor. The tunnel is expected to open in five years.",
    },
  ];
  var claims = api.analyze(documents);
  // To look at in the browser's console (and for the tests).
  window.claimscopeExample = { documents: documents, claims: claims };

  var list = document.getElementById("quantities");
  claims.quantities.forEach(function (q) {
    var item = document.createElement("li");
    item.className = "quantity";
    item.textContent = q.doc + ": " + q.text + " (" + q.unit + ")";
    list.appendChild(item);
  });
  document.getElementById("comparisons").textContent =
    claims.comparisons.length + " comparison(s): " +
    claims.comparisons.map(function (c) { return c.verdict + " — " + c.label; }).join("; ");

  api.mount(document.getElementById("board"), { documents: documents });
});
