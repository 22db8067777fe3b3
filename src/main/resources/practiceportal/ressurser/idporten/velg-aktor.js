// "Velg aktør": the ARIA menu pattern (arrow keys, roving tabindex) and the searchbox filter.
(function () {
  "use strict";
  var menu = document.getElementById("va-menu");
  if (!menu) return;
  var items = Array.prototype.slice.call(menu.querySelectorAll('[role="menuitem"]'));

  function visibleItems() {
    return items.filter(function (item) { return !item.hidden; });
  }

  function focusItem(item) {
    items.forEach(function (i) { i.tabIndex = -1; });
    if (item) { item.tabIndex = 0; item.focus(); }
  }

  function resetRovingTabindex() {
    var first = visibleItems()[0];
    items.forEach(function (i) { i.tabIndex = i === first ? 0 : -1; });
  }

  menu.addEventListener("keydown", function (event) {
    var visible = visibleItems();
    var index = visible.indexOf(document.activeElement);
    var next = null;
    if (event.key === "ArrowDown") next = visible[(index + 1) % visible.length];
    else if (event.key === "ArrowUp") next = visible[(index - 1 + visible.length) % visible.length];
    else if (event.key === "Home") next = visible[0];
    else if (event.key === "End") next = visible[visible.length - 1];
    if (next) { event.preventDefault(); focusItem(next); }
  });

  var search = document.getElementById("va-search");
  if (search) {
    search.addEventListener("input", function () {
      var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      items.forEach(function (item) {
        var text = item.textContent.toLowerCase();
        var digits = text.replace(/\D/g, "");
        item.hidden = !words.every(function (w) {
          return text.indexOf(w) >= 0 || (/^\d+$/.test(w) && digits.indexOf(w) >= 0);
        });
      });
      resetRovingTabindex();
    });
    search.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") { event.preventDefault(); focusItem(visibleItems()[0]); }
      if (event.key === "Enter") event.preventDefault();
    });
    search.focus();
  } else {
    focusItem(items[0]);
  }
  resetRovingTabindex();
})();
