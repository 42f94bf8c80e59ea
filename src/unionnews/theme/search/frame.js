/* unionnews search: exact-substring Chinese full-text search with no server.
 *
 * Index parts are classic scripts under search/ that call unionnewsSearch.part(name, data),
 * so this works from file:// and under any sub-path (no fetch, no modules, no WASM).
 * File formats: src/unionnews/search/ (codec.py for entries, layout.py for files).
 * The index is cut into segments of consecutive articles (manifest.segments); every list
 * is looked up in each segment and the pieces joined (doc ids are global, oldest first).
 * Display records (headline, date, text for the snippet) come manifest.recordsPerFile to a
 * file, compressed against one dictionary, and are loaded only for results on screen; each
 * file, and the dictionary, is loaded once.
 * Text is only ever inserted with textContent / createTextNode: nothing from an article or
 * a query becomes markup.
 */
(function () {
  "use strict";

  // parts
})();
