/* The article page's 复制 button: copies the reference (GB/T 7714, cite.py) as plain text. Made by this
   script after the reference (a button that does nothing without it is not in the page's HTML); from
   disk (file://) too, where the clipboard API may be refused: then the reference is selected and copied
   the old way, or left selected for the reader to copy. */
(function () {
  "use strict";
  var ref = document.querySelector(".citation .ref");
  if (!ref) return;
  var button = document.createElement("button");
  button.className = "copy";
  button.textContent = "复制";
  ref.after(" ", button);
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
  button.addEventListener("click", function () {
    var text = ref.textContent;
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, fallback);
    } else {
      fallback();
    }
  });
})();
