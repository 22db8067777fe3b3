// The practice portal only, never Altinn: faults that tests switch on to prove that a robot copes
// with a page that misbehaves. The server adds this script (and its settings) only while a fault
// or a change is switched on.
(function () {
  "use strict";

  var meta = document.querySelector('meta[name="ovelse-innstillinger"]');
  if (!meta) return;
  var settings = JSON.parse(meta.content);
  var coverMillis = settings.sentSpinnerMs || 0;
  var redrawMillis = settings.rerenderHverMs || 0;

  // "sentSpinnerMs": after every render a spinner on a pale cover lies over the whole page and
  // takes the clicks, as when Altinn 2 reloaded something late.
  var cover = null;
  var coverTimer = null;

  function coverThePage() {
    if (!cover) {
      cover = document.createElement("div");
      cover.className = "a-practiceCover";
      cover.innerHTML = '<span class="a-loader" role="status" aria-label="Laster innhold"></span>';
    }
    if (!cover.isConnected) document.body.appendChild(cover);
    clearTimeout(coverTimer);
    coverTimer = setTimeout(function () { cover.remove(); }, coverMillis);
  }

  if (coverMillis > 0) {
    coverThePage();
    document.addEventListener("a-rendered", coverThePage);
  }

  // "rerenderHverMs": the right-holder list is drawn anew with new elements and the same content,
  // so elements found earlier are gone from the page.
  if (redrawMillis > 0) {
    setInterval(function () {
      var list = document.getElementById("rightHolderList");
      if (!list || list.getAttribute("aria-busy") === "true") return;
      var fresh = Array.prototype.map.call(list.children, function (row) { return row.cloneNode(true); });
      list.replaceChildren.apply(list, fresh);
    }, redrawMillis);
  }
})();
