/* The article page's 复制 button: copies the reference (GB/T 7714, cite.py) as plain text. Shown only
   when this script runs; from disk (file://) too, where the clipboard API may be refused: then the
   reference is selected and copied the old way, or left selected for the reader to copy. */
(function () {
  "use strict";
  var button = document.querySelector(".citation .copy");
  var ref = document.querySelector(".citation .ref");
  if (!button || !ref) return;
  function done(ok) {
    button.textContent = ok ? "已复制" : "已选中，请按 Ctrl+C 复制";
    setTimeout(function () { button.textContent = "复制"; }, 3000);
  }
  function fallback() {
    var range = document.createRange();
    range.selectNodeContents(ref);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    done(ok);
  }
  button.hidden = false;
  button.addEventListener("click", function () {
    var text = ref.textContent;
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, fallback);
    } else {
      fallback();
    }
  });
})();
