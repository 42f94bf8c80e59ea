/* Part of search.js (theme.search_script joins the parts): what every part shares, the script's
 * own address, the public object unionnewsSearch and the constants. */

var self = document.currentScript;
var ROOT = self && self.src ? self.src.replace(/static\/search\.js(?:[?#].*)?$/, "") : "";
var S = window.unionnewsSearch = window.unionnewsSearch || {};
var HEAD = 2, META = 1, BODY = 0, CAP = 15;
var PAGE = 10, FIRST = 4;
var VERIFY_ALL = 30;  // verify every candidate of a long query when there are at most this many
var CHEAP = ["paper", "kind"], LISTED = ["column", "people", "places", "tags"];
var FILTERS = CHEAP.concat(LISTED);
