// Altinn 2 in the practice portal: the profile accordion, the right-holder list and the
// delegation dialog whose pages slide in one after another. Vanilla JS, no framework.
(function () {
  "use strict";

  var csrfMeta = document.querySelector('meta[name="csrf-token"]');
  var csrfToken = csrfMeta ? csrfMeta.content : "";
  var LOADER = '<span class="a-loader" role="status" aria-label="Laster innhold"></span>';
  var LIST_LOADER = '<li class="a-loader" role="status" aria-label="Laster innhold"></li>';
  var SOMETHING_WENT_WRONG = "Noe gikk galt. Prøv igjen senere.";

  // ---------- Requests ----------

  function request(url, body) {
    var options = {
      method: body ? "POST" : "GET",
      credentials: "same-origin",
      headers: { "X-Requested-With": "fetch", "X-CSRF-Token": csrfToken }
    };
    if (body) {
      options.headers["Content-Type"] = "application/x-www-form-urlencoded;charset=UTF-8";
      options.body = body.toString();
    }
    return fetch(url, options).then(function (response) {
      if (response.status === 401) {
        window.location.reload();
        return new Promise(function () {});
      }
      return response.text().then(function (text) {
        return { status: response.status, ok: response.ok, text: text };
      });
    }, function () {
      return { status: 0, ok: false, text: SOMETHING_WENT_WRONG };
    }).then(function (response) {
      if (!body && serverTrouble(response.status)) {
        return failedReads.offer(function () { return request(url); });
      }
      return response;
    });
  }

  // The server or the network failed, not the request: asking again may well work.
  function serverTrouble(status) {
    return status === 0 || status === 502 || status === 503 || status === 504;
  }

  // A read that failed shows "Noe gikk galt. Prøv igjen senere." with "Prøv igjen", which asks
  // for exactly the same again. Whoever waits for the read just keeps waiting until it succeeds.
  var failedReads = (function () {
    var waiting = [];
    var alert = null;

    function host() {
      var backdrop = document.getElementById("a-modal-backdrop");
      if (backdrop && !backdrop.hidden) return document.getElementById("a-modal-content");
      return document.getElementById("a-main") || document.body;
    }

    function show() {
      if (!alert) {
        alert = document.createElement("div");
        alert.className = "a-message a-message-error a-retry";
        alert.setAttribute("role", "alert");
        var text = document.createElement("p");
        text.className = "a-retry-text";
        text.textContent = SOMETHING_WENT_WRONG;
        var button = document.createElement("button");
        button.type = "button";
        button.className = "a-btn a-btn-primary a-js-retry";
        button.textContent = "Prøv igjen";
        alert.appendChild(text);
        alert.appendChild(button);
      }
      var where = host();
      where.insertBefore(alert, where.firstChild);
    }

    function retry() {
      if (alert) alert.remove();
      waiting.splice(0).forEach(function (read) { read.run().then(read.resolve); });
    }

    document.addEventListener("click", function (event) {
      if (closest(event.target, ".a-js-retry")) retry();
    });

    return {
      offer: function (run) {
        return new Promise(function (resolve) {
          waiting.push({ run: run, resolve: resolve });
          show();
        });
      }
    };
  })();

  // Tells whoever listens (the practice portal's fault scripts) that new content is on screen.
  function rendered() {
    document.dispatchEvent(new CustomEvent("a-rendered"));
  }

  function pause(minMillis, maxMillis) {
    var millis = minMillis + Math.floor(Math.random() * (maxMillis - minMillis + 1));
    return new Promise(function (resolve) { setTimeout(resolve, millis); });
  }

  function closest(element, selector) {
    return element && element.closest ? element.closest(selector) : null;
  }

  // ---------- Profile accordion ----------

  function togglePanel(link) {
    var body = document.getElementById(link.getAttribute("aria-controls"));
    var expand = link.getAttribute("aria-expanded") !== "true";
    link.setAttribute("aria-expanded", String(expand));
    link.classList.toggle("a-open", expand);
    body.hidden = !expand;
    if (expand && body.dataset.src && !body.dataset.loaded) {
      loadPanel(body);
    }
  }

  function loadPanel(body) {
    body.dataset.loaded = "true";
    body.setAttribute("aria-busy", "true");
    body.innerHTML = '<div class="a-panelLoading">' + LOADER + "</div>";
    request(body.dataset.src).then(function (response) {
      body.innerHTML = response.ok ? response.text : errorHtml(response.text);
      body.removeAttribute("aria-busy");
      rendered();
      loadRightHolders();
    });
  }

  function loadRightHolders() {
    var list = document.getElementById("rightHolderList");
    if (!list) return;
    list.setAttribute("aria-busy", "true");
    list.innerHTML = LIST_LOADER;
    request(list.dataset.src).then(function (response) {
      list.innerHTML = response.ok ? response.text : "";
      list.removeAttribute("aria-busy");
      filterRightHolders();
      rendered();
    });
  }

  function filterRightHolders() {
    var input = document.querySelector(".a-js-rightHolderFilter");
    var list = document.getElementById("rightHolderList");
    if (!input || !list) return;
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    list.querySelectorAll(".a-rightHolder").forEach(function (row) {
      var text = (row.dataset.search || "").toLowerCase();
      row.hidden = !words.every(function (w) { return text.indexOf(w) >= 0; });
    });
  }

  function errorHtml(text) {
    var div = document.createElement("div");
    div.className = "a-message a-message-error";
    div.setAttribute("role", "alert");
    div.textContent = text || "Noe gikk galt. Prøv igjen.";
    return div.outerHTML;
  }

  function openRequestedPanel() {
    var panels = document.querySelector(".a-collapsePanels");
    if (!panels) return;
    var bodyId = panels.dataset.openPanel;
    if (!bodyId && window.location.hash === "#othersWithRightsHeader") {
      bodyId = "andremedrettigheter";
    }
    var link = bodyId && document.querySelector('.a-js-panelToggle[aria-controls="' + bodyId + '"]');
    if (link) {
      togglePanel(link);
      link.scrollIntoView({ block: "start" });
    }
  }

  document.addEventListener("click", function (event) {
    var panelLink = closest(event.target, ".a-js-panelToggle");
    if (panelLink) {
      event.preventDefault();
      togglePanel(panelLink);
      return;
    }
    var opener = closest(event.target, ".a-js-openModal");
    if (opener && !closest(opener, ".a-modal")) {
      modal.open(opener.dataset.url, opener);
    }
  });

  document.addEventListener("input", function (event) {
    if (event.target.classList.contains("a-js-rightHolderFilter")) filterRightHolders();
  });

  // ---------- The delegation dialog ----------

  var modal = (function () {
    var backdrop = document.getElementById("a-modal-backdrop");
    if (!backdrop) return { open: function () {} };
    var dialog = document.getElementById("a-modal");
    var pages = document.getElementById("a-modal-pages");
    var content = document.getElementById("a-modal-content");
    var title = document.getElementById("a-modal-title");
    var loading = document.getElementById("a-modal-loading");
    var prompt = document.getElementById("a-modal-prompt");
    var back = dialog.querySelector(".a-js-modalBack");
    var pageWrapper = document.getElementById("a-page");

    var history = [];
    var dirty = false;
    var changed = false;
    var opener = null;
    var onLeave = null;
    var searchSequence = 0;

    function current() {
      return pages.querySelector(".a-modal-page:not(.a-modal-page-leaving)");
    }

    function open(url, openedBy) {
      opener = openedBy;
      history = [];
      dirty = false;
      changed = false;
      pages.innerHTML = "";
      setReceipt(false);
      backdrop.hidden = false;
      pageWrapper.inert = true;
      document.body.classList.add("a-modal-isOpen");
      load(request(url), "none", false);
    }

    function close() {
      hidePrompt();
      backdrop.hidden = true;
      pageWrapper.inert = false;
      document.body.classList.remove("a-modal-isOpen");
      pages.innerHTML = "";
      setReceipt(false);
      if (changed) loadRightHolders();
      var focusTarget = opener && document.contains(opener) ? opener : document.getElementById("addNewRightHolder");
      if (focusTarget) focusTarget.focus();
    }

    function leave(action) {
      if (dirty) {
        onLeave = action;
        setBehindPrompt(true);
        prompt.hidden = false;
        prompt.querySelector(".a-js-promptStay").focus();
      } else {
        action();
      }
    }

    function hidePrompt() {
      prompt.hidden = true;
      setBehindPrompt(false);
      onLeave = null;
    }

    // While the prompt asks, nothing else in the dialog can be reached.
    function setBehindPrompt(inert) {
      Array.prototype.forEach.call(dialog.children, function (child) {
        if (child !== prompt) child.inert = inert;
      });
    }

    function goTo(url) {
      if (history.length && history[history.length - 1] === url) {
        goBack();
        return;
      }
      leave(function () { load(request(url), "forward", true); });
    }

    function goBack() {
      if (!history.length) return;
      leave(function () { load(request(history.pop()), "back", false); });
    }

    function post(url, body) {
      load(request(url, body), "forward", true);
    }

    // Altinn 2 fetched every dialog page; the short pause keeps that feel.
    function load(answer, direction, pushCurrent) {
      loading.hidden = false;
      Promise.all([answer, pause(100, 300)]).then(function (results) {
        var response = results[0];
        loading.hidden = true;
        if (response.status === 422) {
          replaceCurrent(response.text);
        } else if (!response.ok) {
          showError(response.text);
        } else {
          var page = current();
          if (pushCurrent && page && page.dataset.url) history.push(page.dataset.url);
          show(response.text, direction);
        }
      });
    }

    function parse(html) {
      var holder = document.createElement("div");
      holder.innerHTML = html;
      return holder.querySelector(".a-modal-page");
    }

    function show(html, direction) {
      var page = parse(html);
      var previous = current();
      title.textContent = page.dataset.title;
      var receipt = page.dataset.receipt === "true";
      setReceipt(receipt);
      if (receipt) {
        history = [];
        changed = true;
      }
      dirty = false;
      back.hidden = history.length === 0;
      if (!previous || direction === "none") {
        pages.appendChild(page);
        title.focus();
        rendered();
        return;
      }
      page.classList.add(direction === "back" ? "a-modal-page-fromLeft" : "a-modal-page-fromRight");
      pages.appendChild(page);
      previous.classList.add("a-modal-page-leaving");
      previous.setAttribute("aria-hidden", "true");
      previous.inert = true;
      page.getBoundingClientRect();
      page.classList.remove("a-modal-page-fromLeft", "a-modal-page-fromRight");
      previous.classList.add(direction === "back" ? "a-modal-page-toRight" : "a-modal-page-toLeft");
      var finished = false;
      var finish = function () {
        if (finished) return;
        finished = true;
        previous.style.display = "none";
        previous.remove();
      };
      page.addEventListener("transitionend", finish, { once: true });
      setTimeout(finish, 450);
      title.focus();
      rendered();
    }

    function replaceCurrent(html) {
      var page = parse(html);
      var previous = current();
      pages.replaceChild(page, previous);
      var firstInvalid = page.querySelector('[aria-invalid="true"]');
      if (firstInvalid) firstInvalid.focus();
    }

    function showError(text) {
      var page = current();
      if (!page) {
        pages.innerHTML = '<section class="a-modal-page">' + errorHtml(text) + "</section>";
        title.textContent = "Gi og fjerne rettigheter";
        return;
      }
      var old = page.querySelector(".a-modal-error");
      if (old) old.remove();
      var holder = document.createElement("div");
      holder.className = "a-modal-error";
      holder.innerHTML = errorHtml(text);
      page.insertBefore(holder, page.firstChild);
    }

    function setReceipt(receipt) {
      dialog.classList.toggle("a-modal-receipt", receipt);
      content.classList.toggle("a-modal-receiptContent", receipt);
      backdrop.classList.toggle("a-modal-backdrop-receipt", receipt);
    }

    // --- Add page: tabs and the organisation number as typed ---

    function selectTab(tab) {
      var list = closest(tab, '[role="tablist"]');
      list.querySelectorAll('[role="tab"]').forEach(function (other) {
        var selected = other === tab;
        other.setAttribute("aria-selected", String(selected));
        other.tabIndex = selected ? 0 : -1;
        document.getElementById(other.getAttribute("aria-controls")).hidden = !selected;
      });
      tab.focus();
    }

    function formatOrgnr(input) {
      var digits = input.value.replace(/\D/g, "").slice(0, 9);
      input.value = digits.replace(/^(\d{3})(\d{1,3})?(\d{1,3})?$/, function (all, a, b, c) {
        return [a, b, c].filter(Boolean).join(" ");
      });
    }

    // --- Service page: search, choose, unchoose ---

    function chosen(page) {
      if (!page.chosen) page.chosen = [];
      return page.chosen;
    }

    function search(page) {
      var query = page.querySelector("#delegation-request-service-search-input").value.trim();
      var results = page.querySelector("#delegation-request-available-services");
      if (!query) {
        results.innerHTML = "";
        return;
      }
      var sequence = ++searchSequence;
      results.setAttribute("aria-busy", "true");
      results.innerHTML = LIST_LOADER;
      request(page.dataset.searchUrl + "?q=" + encodeURIComponent(query)).then(function (response) {
        if (sequence !== searchSequence) return;
        results.innerHTML = response.ok ? response.text : "";
        results.removeAttribute("aria-busy");
        markChosen(page);
        rendered();
      });
    }

    function markChosen(page) {
      var codes = chosen(page).map(function (s) { return s.code; });
      page.querySelectorAll(".a-serviceResult").forEach(function (result) {
        var isChosen = codes.indexOf(result.dataset.code) >= 0;
        result.querySelector(".a-serviceResult-chosen").hidden = !isChosen;
        result.classList.toggle("a-selected", isChosen);
        result.querySelector(".a-js-chooseService").disabled = isChosen || result.dataset.already === "true";
      });
    }

    function renderChosen(page) {
      var list = page.querySelector("#delegation-request-chosen-services");
      var template = page.querySelector("#a-chosen-service-template");
      list.innerHTML = "";
      chosen(page).forEach(function (service) {
        var item = template.content.firstElementChild.cloneNode(true);
        item.dataset.code = service.code;
        item.querySelector(".a-chosenService-name").textContent = service.name;
        list.appendChild(item);
      });
      page.querySelector(".a-chosenServices").hidden = chosen(page).length === 0;
      page.querySelector("#SubmitServiceSelection").disabled = chosen(page).length === 0;
      dirty = chosen(page).length > 0;
      markChosen(page);
    }

    // --- Removal page ---

    function markRemoved(item, removed) {
      var button = item.querySelector(".a-js-toggleRemove");
      item.classList.toggle("a-removed", removed);
      button.textContent = removed ? "Angre" : button.dataset.label;
    }

    // "Fjern alle" is ticked exactly when every item of its section is marked.
    function syncRemoveAll(section) {
      var items = section.querySelectorAll(".a-removable");
      var marked = section.querySelectorAll(".a-removable.a-removed");
      section.querySelector(".a-js-removeAll").checked = items.length > 0 && marked.length === items.length;
    }

    function removalBody(page) {
      var body = new URLSearchParams();
      page.querySelectorAll(".a-removable.a-removed").forEach(function (item) {
        body.append(item.dataset.param, item.dataset.key);
      });
      return body;
    }

    // --- Events ---

    dialog.addEventListener("click", function (event) {
      var target = event.target;
      var page = current();
      var el;
      if (closest(target, ".a-js-modalClose")) { leave(close); return; }
      if (closest(target, ".a-js-modalBack")) { goBack(); return; }
      if (closest(target, ".a-js-promptLeave")) { var action = onLeave; hidePrompt(); dirty = false; if (action) action(); return; }
      if (closest(target, ".a-js-promptStay")) { hidePrompt(); return; }
      if ((el = closest(target, ".a-js-modalLink"))) {
        event.preventDefault();
        goTo(el.getAttribute("href") || el.dataset.url);
        return;
      }
      if ((el = closest(target, ".a-js-tab"))) { selectTab(el); return; }
      if ((el = closest(target, ".a-js-collapse"))) {
        event.preventDefault();
        var expand = el.getAttribute("aria-expanded") !== "true";
        el.setAttribute("aria-expanded", String(expand));
        document.getElementById(el.getAttribute("aria-controls")).hidden = !expand;
        return;
      }
      if ((el = closest(target, ".a-js-chooseService"))) {
        var result = closest(el, ".a-serviceResult");
        chosen(page).push({ code: result.dataset.code, name: result.dataset.name });
        renderChosen(page);
        return;
      }
      if ((el = closest(target, ".a-js-unchooseService"))) {
        var code = closest(el, ".a-chosenService").dataset.code;
        page.chosen = chosen(page).filter(function (s) { return s.code !== code; });
        renderChosen(page);
        return;
      }
      if (closest(target, ".a-js-submitServices")) {
        var body = new URLSearchParams();
        chosen(page).forEach(function (s) { body.append("tjeneste", s.code); });
        post(page.dataset.url, body);
        return;
      }
      if ((el = closest(target, ".a-js-toggleRemove"))) {
        var item = closest(el, ".a-removable");
        markRemoved(item, !item.classList.contains("a-removed"));
        syncRemoveAll(closest(item, ".a-js-removalSection"));
        dirty = page.querySelector(".a-removed") !== null;
        return;
      }
      if ((el = closest(target, ".a-js-submitRemoval"))) {
        var removal = removalBody(page);
        if (removal.toString()) {
          post(page.dataset.url, removal);
        } else {
          goTo(el.dataset.backUrl);
        }
        return;
      }
      if (closest(target, ".a-js-modalFinish")) { event.preventDefault(); close(); }
    });

    dialog.addEventListener("change", function (event) {
      var box = event.target;
      if (!box.classList.contains("a-js-removeAll")) return;
      closest(box, ".a-js-removalSection").querySelectorAll(".a-removable").forEach(function (i) { markRemoved(i, box.checked); });
      dirty = current().querySelector(".a-removed") !== null;
    });

    dialog.addEventListener("submit", function (event) {
      var form = event.target;
      event.preventDefault();
      if (form.classList.contains("a-js-serviceSearch")) {
        search(closest(form, ".a-modal-page"));
      } else if (form.classList.contains("a-js-modalForm")) {
        post(form.getAttribute("action"), new URLSearchParams(new FormData(form)));
      }
    });

    dialog.addEventListener("input", function (event) {
      if (event.target.classList.contains("a-js-orgnr")) formatOrgnr(event.target);
      if (closest(event.target, ".a-js-modalForm")) dirty = true;
    });

    dialog.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        event.preventDefault();
        if (!prompt.hidden) hidePrompt(); else leave(close);
        return;
      }
      var tab = closest(event.target, ".a-js-tab");
      if (tab && (event.key === "ArrowRight" || event.key === "ArrowLeft")) {
        var tabs = Array.prototype.slice.call(closest(tab, '[role="tablist"]').querySelectorAll('[role="tab"]'));
        var step = event.key === "ArrowRight" ? 1 : -1;
        selectTab(tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length]);
        event.preventDefault();
      }
    });

    return { open: open };
  })();

  openRequestedPanel();
})();
