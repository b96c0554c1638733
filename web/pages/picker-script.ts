/**
 * Progressive enhancement for `<select multiple data-picker>`: without JavaScript the plain
 * select works; with it the select is hidden (it still carries the form value) and a filter box,
 * a checkbox per option, a live "N selected" count and a removable chip per choice stand in. Keyboard: type to filter, Enter
 * toggles the first match, Down/Up move between the visible checkboxes, Space toggles.
 * Inline and dependency-free: pages load nothing from elsewhere.
 */
export const PICKER_SCRIPT = `(function () {
  try {
    var tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (tz) {
      document.getElementById("timeZone").value = tz;
      var shown = document.getElementById("tz-name");
      if (shown) shown.textContent = tz;
    }
  } catch (_) {}
  var lang = document.documentElement.lang || "en";
  var rules = window.Intl && Intl.PluralRules ? new Intl.PluralRules(lang) : null;
  function fold(s) {
    return s.toLocaleLowerCase().normalize("NFD").replace(/[\\u0300-\\u036f]/g, "");
  }
  document.documentElement.classList.add("js");
  Array.prototype.forEach.call(document.querySelectorAll("select[data-picker]"), function (select) {
    var id = select.id;
    var data = select.dataset;
    var label = document.getElementById(id + "-label");
    var filter = document.createElement("input");
    filter.type = "search";
    filter.id = id + "-filter";
    filter.className = "picker-filter";
    filter.placeholder = data.filterPlaceholder;
    filter.autocomplete = "off";
    filter.setAttribute("aria-controls", id + "-list");
    if (select.getAttribute("aria-describedby")) filter.setAttribute("aria-describedby", select.getAttribute("aria-describedby") + " " + id + "-count");
    else filter.setAttribute("aria-describedby", id + "-count");
    if (select.getAttribute("aria-invalid")) filter.setAttribute("aria-invalid", "true");
    var count = document.createElement("p");
    count.id = id + "-count";
    count.className = "picker-count";
    count.setAttribute("aria-live", "polite");
    var list = document.createElement("div");
    list.id = id + "-list";
    list.className = "picker-list";
    list.setAttribute("role", "group");
    list.setAttribute("aria-labelledby", id + "-label");
    var none = document.createElement("p");
    none.className = "picker-none muted";
    none.textContent = data.none;
    none.hidden = true;
    var chips = document.createElement("ul");
    chips.className = "picker-chips";
    chips.setAttribute("aria-label", label ? label.textContent : id);
    var items = Array.prototype.map.call(select.options, function (option) {
      var row = document.createElement("div");
      row.className = "choice";
      var box = document.createElement("input");
      box.type = "checkbox";
      box.id = id + "-" + option.value;
      box.value = option.value;
      box.checked = option.selected;
      var text = document.createElement("label");
      text.htmlFor = box.id;
      text.textContent = option.textContent;
      box.addEventListener("change", function () {
        option.selected = box.checked;
        update();
      });
      row.appendChild(box);
      row.appendChild(text);
      list.appendChild(row);
      return { box: box, row: row, name: option.textContent, key: fold(option.textContent + " " + option.value) };
    });
    function visible() {
      return items.filter(function (i) { return !i.row.hidden; });
    }
    function update() {
      var n = items.filter(function (i) { return i.box.checked; }).length;
      var form = (rules && data["count" + rules.select(n).replace(/^./, function (c) { return c.toUpperCase(); })]) || data.countOther;
      count.textContent = form.replace("{count}", n.toLocaleString(lang));
      // Chips name what is chosen even when the filter hides it; each one removes its choice.
      chips.textContent = "";
      items.forEach(function (i) {
        if (!i.box.checked) return;
        var chip = document.createElement("button");
        chip.type = "button";
        chip.className = "chip";
        chip.textContent = i.name + " \u00d7";
        chip.setAttribute("aria-label", data.remove.replace("{name}", i.name));
        chip.addEventListener("click", function () {
          i.box.checked = false;
          i.box.dispatchEvent(new Event("change"));
          filter.focus();
        });
        var li = document.createElement("li");
        li.appendChild(chip);
        chips.appendChild(li);
      });
      chips.hidden = n === 0;
    }
    filter.addEventListener("input", function () {
      var q = fold(filter.value.trim());
      items.forEach(function (i) { i.row.hidden = q !== "" && i.key.indexOf(q) < 0; });
      none.hidden = visible().length > 0;
      list.hidden = !none.hidden;
    });
    filter.addEventListener("keydown", function (event) {
      var first = visible()[0];
      if (event.key === "Enter") {
        // Enter in the filter picks the first match instead of submitting the form.
        event.preventDefault();
        if (first) first.box.click();
      } else if (event.key === "ArrowDown" && first) {
        event.preventDefault();
        first.box.focus();
      }
    });
    list.addEventListener("keydown", function (event) {
      if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
      event.preventDefault();
      var shown = visible();
      var at = shown.findIndex(function (i) { return i.box === document.activeElement; });
      var next = shown[at + (event.key === "ArrowDown" ? 1 : -1)];
      if (next) next.box.focus();
      else if (event.key === "ArrowUp") filter.focus();
    });
    if (label) label.htmlFor = filter.id;
    select.removeAttribute("required");
    select.hidden = true;
    select.tabIndex = -1;
    var box = document.createElement("div");
    box.className = "picker";
    box.appendChild(filter);
    box.appendChild(count);
    box.appendChild(chips);
    box.appendChild(list);
    box.appendChild(none);
    select.parentNode.insertBefore(box, select.nextSibling);
    update();
  });
})();`;
