/* Part of search.js (unionnews.theme.script joins the parts): what every part shares: the script's
 * own address, the public object unionnewsSearch, and the browser side's constants (the Python
 * side's come before this part, written by script.constants). */

var self = document.currentScript;
var ROOT = self && self.src ? self.src.replace(/static\/search\.js(?:[?#].*)?$/, "") : "";
var S = window.unionnewsSearch = window.unionnewsSearch || {};
var PAGE = 10, FIRST = 4;
var VERIFY_ALL = 30;  // verify every candidate of a long query when there are at most this many
var FILTERS = CHEAP.concat(LISTED);
