/* mentordocs web form: progressive enhancement only. Everything essential works without this
   file (the server renders rows, messages and the error summary); with it the form adds rows
   in place, checks while you type, keeps a draft in this browser and copies the Min Plan text.
   Loaded from a static file because the Content-Security-Policy forbids inline scripts. */
(function () {
  "use strict";

  var DRAFT_KEY = "mentordocs:draft:v1";
  // The CPR number stays out of the draft: browsers on shared municipal PCs outlive a session.
  var DRAFT_SKIP = { csrf_token: true, action: true, "citizen.cpr": true };
  var CHECK_DELAY_MS = 700;
  // The caseworker's own details, remembered across cases in this browser. Only these four
  // fields: never anything about the citizen. "Ryd kladde" leaves them, as they are not the case.
  var CASEWORKER_KEY = "mentordocs:caseworker:v1";
  var CASEWORKER_FIELDS = ["caseworker.name", "caseworker.title", "caseworker.phone", "caseworker.email"];

  var DATE_SUFFIX = /-(month|year)$/;

  function fieldId(path) { return "f-" + path.replace(/[._]/g, "-"); }
  function $(selector, root) { return (root || document).querySelector(selector); }
  function $all(selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); }

  /* ---- Error summary: focus on load, links move focus to the field ---------------------- */
  function setUpSummary() {
    var summary = $("[data-error-summary]");
    if (summary) { summary.focus(); }
    $all(".error-summary a[data-target], .warning-summary a[data-target]").forEach(function (link) {
      link.addEventListener("click", function (event) {
        var input = document.getElementById(link.getAttribute("data-target"));
        if (!input) { return; }
        event.preventDefault();
        var container = input.closest(".field") || input;
        revealField(container);
        container.scrollIntoView({ block: "start" });
        input.focus({ preventScroll: true });
      });
    });
  }

  /* ---- Repeatable rows --------------------------------------------------------------- */
  function renumber(list) {
    var path = list.getAttribute("data-list");
    var label = (list.querySelector("legend") || {}).textContent || "";
    label = label.replace("(valgfri)", "").trim();
    var rows = $all("[data-row]", list);
    rows.forEach(function (row, index) {
      var id = fieldId(path + "." + index);
      var rowLabel = $(".row-label", row);
      var messages = $(".messages", row);
      var remove = $("[data-remove-row]", row);
      var describedBy = id + "-msg" + (index === 0 ? " " + fieldId(path) + "-msg" : "");
      // A date row has three inputs (dag, måned, år): "-month" and "-year" follow the row's id.
      $all("input", row).forEach(function (input) {
        var part = input.getAttribute("data-date-part");
        var suffix = part && part !== "-day" ? part : "";
        input.id = id + suffix;
        input.setAttribute("aria-describedby", describedBy);
        var partLabel = input.parentNode.querySelector("label");
        if (partLabel && part) { partLabel.setAttribute("for", id + suffix); }
      });
      messages.id = id + "-msg";
      var dateRow = row.querySelector(".date-row");
      if (dateRow) { dateRow.setAttribute("aria-describedby", id + "-msg"); }
      if (rowLabel.tagName === "LABEL") { rowLabel.setAttribute("for", id); }
      rowLabel.innerHTML = "";
      var hidden = document.createElement("span");
      hidden.className = "visually-hidden";
      hidden.textContent = label + ", ";
      rowLabel.appendChild(hidden);
      rowLabel.appendChild(document.createTextNode("linje " + (index + 1)));
      remove.value = "remove:" + path + ":" + index;
      remove.hidden = rows.length === 1;  // a lone row has nothing to remove
      var removeHidden = $(".visually-hidden", remove);
      if (removeHidden) { removeHidden.textContent = " " + label.toLowerCase() + ", linje " + (index + 1); }
    });
  }

  function addRow(list) {
    var rows = $all("[data-row]", list);
    var last = rows[rows.length - 1];
    var row = last.cloneNode(true);
    var input = $("input", row);
    $all("input", row).forEach(function (each) {
      each.value = "";
      each.removeAttribute("aria-invalid");
      each.removeAttribute("autofocus");
    });
    $(".messages", row).innerHTML = "";
    row.classList.remove("list__row--error");
    last.parentNode.appendChild(row);
    renumber(list);
    return input;
  }

  function removeRow(list, row) {
    var rows = $all("[data-row]", list);
    if (rows.length <= 1) {
      $all("input", row).forEach(function (input) { input.value = ""; });
    } else {
      row.parentNode.removeChild(row);
    }
    renumber(list);
    var first = $("[data-row] input", list);
    if (first) { first.focus(); }
  }

  function ensureRows(list, count) {
    while ($all("[data-row]", list).length < count) { addRow(list); }
  }

  function setUpRows(form) {
    form.addEventListener("click", function (event) {
      var add = event.target.closest("[data-add-row]");
      var remove = event.target.closest("[data-remove-row]");
      if (add) {
        event.preventDefault();
        addRow(add.closest("[data-list]")).focus();
        saveDraft(form);
      } else if (remove) {
        event.preventDefault();
        removeRow(remove.closest("[data-list]"), remove.closest("[data-row]"));
        saveDraft(form);
        scheduleCheck(form);
      }
    });
  }

  /* ---- Fields that only apply to some answers --------------------------------------- */
  function currentValue(form, name) {
    var checked = form.querySelector('input[type="radio"][name="' + name + '"]:checked');
    if (checked) { return checked.value; }
    var element = form.elements[name];
    return element && element.value !== undefined ? element.value : "";
  }

  function revealField(field) {
    if (field && field.hasAttribute("data-show-when")) { field.hidden = false; }
    var folded = field && field.closest("details[data-folded]");
    if (folded) { folded.open = true; }
  }

  function updateConditional(form) {
    $all("[data-show-when]", form).forEach(function (field) {
      var control = field.getAttribute("data-show-when");
      var allowed = field.getAttribute("data-show-values").split(" ");
      var hasContent = $all("input, textarea, select", field).some(function (input) {
        return input.type !== "radio" && input.value.trim() !== "";
      });
      var hasMessage = $(".message", field) !== null;
      field.hidden = !(allowed.indexOf(currentValue(form, control)) >= 0 || hasContent || hasMessage);
    });
  }

  /* ---- Draft in this browser ------------------------------------------------------------ */
  function collect(form) {
    var values = {};
    new FormData(form).forEach(function (value, name) {
      if (DRAFT_SKIP[name] || typeof value !== "string") { return; }
      (values[name] = values[name] || []).push(value);
    });
    return values;
  }

  var saveTimer = null;
  function saveDraft(form) {
    window.clearTimeout(saveTimer);
    saveTimer = window.setTimeout(function () {
      try {
        window.localStorage.setItem(DRAFT_KEY, JSON.stringify({ saved: new Date().toISOString(), values: collect(form) }));
        setDraftStatus("Kladden er gemt i denne browser.");
      } catch (error) {
        setDraftStatus("Kladden kunne ikke gemmes i browseren; gem sagen som fil.");
      }
    }, 300);
  }

  function setDraftStatus(text) {
    var status = document.getElementById("draft-status");
    if (status) { status.textContent = text; }
  }

  function restoreDraft(form) {
    var raw;
    try { raw = window.localStorage.getItem(DRAFT_KEY); } catch (error) { return false; }
    if (!raw) { return false; }
    var draft;
    try { draft = JSON.parse(raw); } catch (error) { return false; }
    var values = draft && draft.values;
    if (!values || typeof values !== "object") { return false; }
    Object.keys(values).forEach(function (name) {
      var items = values[name];
      if (!Array.isArray(items)) { return; }
      // A list of dates posts three names per row: "x", "x-month" and "x-year".
      var list = form.querySelector('[data-list="' + CSS.escape(name.replace(DATE_SUFFIX, "")) + '"]');
      if (list) {
        ensureRows(list, items.length);
        $all('[data-row] input[name="' + CSS.escape(name) + '"]', list).forEach(function (input, index) {
          input.value = items[index] || "";
        });
        return;
      }
      $all('[name="' + CSS.escape(name) + '"]', form).forEach(function (element) {
        if (element.type === "radio") { element.checked = element.value === items[0]; }
        else { element.value = items[0]; }
      });
    });
    var when = draft.saved ? new Date(draft.saved) : null;
    setDraftStatus("Kladden fra " + (when ? when.toLocaleString("da-DK") : "din browser") +
      " er gendannet. CPR-nummeret gemmes ikke i kladden.");
    return true;
  }

  function setUpClearDraft() {
    var clear = $("[data-clear-draft]");
    if (!clear) { return; }
    clear.addEventListener("submit", function () {
      try { window.localStorage.removeItem(DRAFT_KEY); } catch (error) { /* nothing to clear */ }
    });
  }

  /* ---- The caseworker's own details ----------------------------------------------------- */
  function rememberCaseworker(form) {
    var details = {};
    CASEWORKER_FIELDS.forEach(function (name) {
      var input = form.elements[name];
      if (input && input.value.trim()) { details[name] = input.value.trim(); }
    });
    try { window.localStorage.setItem(CASEWORKER_KEY, JSON.stringify(details)); } catch (error) { /* not kept */ }
  }

  function fillCaseworker(form) {
    var details;
    try { details = JSON.parse(window.localStorage.getItem(CASEWORKER_KEY) || "{}"); } catch (error) { return; }
    if (!details || typeof details !== "object") { return; }
    CASEWORKER_FIELDS.forEach(function (name) {
      var input = form.elements[name];
      if (input && !input.value && typeof details[name] === "string") { input.value = details[name]; }
    });
  }

  /* ---- Live check while typing -------------------------------------------------------- */
  var touched = {};
  var checkTimer = null;
  var checkSeq = 0;

  function listRoot(path) { return path.replace(/(\.\d+)+$/, ""); }

  function isTouched(path) {
    var root = listRoot(path);
    if (touched[path] || touched[root]) { return true; }
    if ((root === "support.end" || root === "support.start") && (touched["support.start"] || touched["support.end"])) { return true; }
    return Object.keys(touched).some(function (name) { return name.indexOf(root + ".") === 0; });
  }

  function scheduleCheck(form) {
    window.clearTimeout(checkTimer);
    checkTimer = window.setTimeout(function () { runCheck(form); }, CHECK_DELAY_MS);
  }

  function messageContainers(form, name) {
    var ids = [fieldId(name) + "-msg"];
    var list = form.querySelector('[data-list="' + CSS.escape(name) + '"]');
    if (list) { $all("[data-row] .messages", list).forEach(function (box) { ids.push(box.id); }); }
    return ids.map(function (id) { return document.getElementById(id); }).filter(Boolean);
  }

  function renderMessage(issue) {
    var p = document.createElement("p");
    p.className = "message message--" + issue.severity;
    var kind = document.createElement("strong");
    kind.className = "message__kind";
    kind.textContent = issue.severity === "error" ? "Fejl:" : "Advarsel:";
    p.appendChild(kind);
    p.appendChild(document.createTextNode(" " + issue.message));
    return p;
  }

  function applyCheck(form, result) {
    Object.keys(touched).forEach(function (name) {
      messageContainers(form, name).forEach(function (box) { box.innerHTML = ""; });
    });
    ["support.start", "support.end"].forEach(function (name) {
      if (isTouched(name)) { messageContainers(form, name).forEach(function (box) { box.innerHTML = ""; }); }
    });
    var shownErrors = 0, shownWarnings = 0;
    result.errors.concat(result.warnings).forEach(function (issue) {
      if (!isTouched(issue.path)) { return; }
      var box = document.getElementById(fieldId(issue.path) + "-msg");
      if (!box) { return; }
      box.appendChild(renderMessage(issue));
      if (issue.severity === "error") { shownErrors += 1; } else { shownWarnings += 1; }
    });
    $all("[data-path]", form).forEach(function (field) {
      var errors = $all(".message--error", field).length;
      var warnings = $all(".message--warning", field).length;
      field.classList.toggle("field--error", errors > 0);
      field.classList.toggle("field--warning", errors === 0 && warnings > 0);
      $all("input, textarea, select", field).forEach(function (input) {
        var own = input.getAttribute("aria-describedby") || "";
        var invalid = own.split(" ").some(function (id) {
          var box = document.getElementById(id);
          return box && box.querySelector(".message--error");
        });
        if (invalid) { input.setAttribute("aria-invalid", "true"); } else { input.removeAttribute("aria-invalid"); }
      });
    });
    var status = document.getElementById("live-status");
    if (status) {
      status.textContent = shownErrors || shownWarnings
        ? "Tjekket undervejs: " + shownErrors + " fejl og " + shownWarnings + " advarsler i de felter, du har udfyldt."
        : "Tjekket undervejs: ingen fejl i de felter, du har udfyldt.";
    }
  }

  function runCheck(form) {
    var seq = ++checkSeq;
    var body = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (name !== "action" && typeof value === "string") { body.append(name, value); }
    });
    var token = form.elements.csrf_token ? form.elements.csrf_token.value : "";
    window.fetch(form.getAttribute("data-check-url"), {
      method: "POST", body: body, credentials: "same-origin",
      headers: { "X-CSRFToken": token, "Accept": "application/json" }
    }).then(function (response) {
      if (!response.ok) { throw new Error("check failed: " + response.status); }
      return response.json();
    }).then(function (result) {
      if (seq === checkSeq) { applyCheck(form, result); }
    }).catch(function () {
      var status = document.getElementById("live-status");
      if (status) { status.textContent = "Det løbende tjek svarer ikke lige nu; brug knappen Tjek sagen."; }
    });
  }

  function setUpLiveCheck(form) {
    function onEdit(event) {
      var name = event.target && event.target.name;
      if (!name || name === "csrf_token") { return; }
      name = name.replace(DATE_SUFFIX, "");  // a date's month and year belong to the date
      touched[name] = true;
      if (CASEWORKER_FIELDS.indexOf(name) >= 0) { rememberCaseworker(form); }
      updateConditional(form);
      saveDraft(form);
      scheduleCheck(form);
    }
    form.addEventListener("input", onEdit);
    form.addEventListener("change", onEdit);
  }

  /* ---- Dates: a whole date in the day field is split into dag, måned, år ---------------- */
  // The same readings as mentordocs.web.form.parse_date_text: "1.3.2026", "1/3-2026",
  // "01-03-2026", "1. 3. 2026" and ISO "2026-03-01".
  var DANISH_DATE = /^(\d{1,2})\s*[.\/-]\s*(\d{1,2})\s*[.\/-]\s*(\d{4})$/;
  var ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

  function parseWholeDate(text) {
    var compact = (text || "").trim(), match, day, month, year;
    if ((match = DANISH_DATE.exec(compact))) {
      day = +match[1]; month = +match[2]; year = +match[3];
    } else if ((match = ISO_DATE.exec(compact))) {
      year = +match[1]; month = +match[2]; day = +match[3];
    } else {
      return null;
    }
    var date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
      return null;
    }
    return [String(day), String(month), String(year)];
  }

  function splitInto(dayInput, parts) {
    var group = dayInput.closest("[data-date-input]");
    var inputs = $all("input", group);
    inputs.forEach(function (input, index) { input.value = parts[index]; });
    inputs[2].dispatchEvent(new Event("input", { bubbles: true }));
  }

  function setUpDates(form) {
    form.addEventListener("paste", function (event) {
      var input = event.target;
      if (!input.matches || !input.matches("[data-date-input] input")) { return; }
      var text = (event.clipboardData || window.clipboardData).getData("text");
      var parts = parseWholeDate(text);
      if (!parts) { return; }
      event.preventDefault();
      var first = $("input", input.closest("[data-date-input]"));
      splitInto(first, parts);
      $all("input", input.closest("[data-date-input]"))[2].focus();
    });
    // A whole date typed into the day field is split when the caseworker leaves the field.
    form.addEventListener("change", function (event) {
      var input = event.target;
      if (!input.matches || !input.matches('[data-date-part="-day"]')) { return; }
      var parts = parseWholeDate(input.value);
      var others = $all("input", input.closest("[data-date-input]")).slice(1);
      if (parts && others.every(function (other) { return !other.value.trim(); })) { splitInto(input, parts); }
    });
  }

  /* ---- Copy the Min Plan text ----------------------------------------------------------- */
  function setUpCopy() {
    $all("[data-copy]").forEach(function (button) {
      var source = document.getElementById(button.getAttribute("data-copy"));
      var status = $("[data-copy-status]");
      button.hidden = false;
      button.addEventListener("click", function () {
        function done() { if (status) { status.textContent = "Teksten er kopieret."; } }
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(source.value).then(done, function () {
            source.select(); document.execCommand("copy"); done();
          });
        } else {
          source.select(); document.execCommand("copy"); done();
        }
      });
    });
  }

  function init() {
    setUpSummary();
    setUpCopy();
    setUpClearDraft();
    var form = document.getElementById("case-form");
    if (!form) { return; }
    if (form.getAttribute("data-fresh") === "true") {
      if (restoreDraft(form)) { $all("[data-list]", form).forEach(renumber); }
      fillCaseworker(form);
    } else {
      saveDraft(form);  // a checked or loaded case becomes the draft
    }
    updateConditional(form);
    setUpRows(form);
    setUpDates(form);
    setUpLiveCheck(form);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
}());
