// Loaded without defer in <head>, before the page paints: applies the reader's remembered display choices
// (larger text, high contrast) so the page never flashes in the other mode. portal.js adds the switches.
(function () {
    "use strict";
    var root = document.documentElement;
    // Script runs: the CSS gives the script-only controls (reading aids, slide-show buttons) their room from the
    // first paint, so showing them later (deferred portal.js) moves nothing (no layout shift).
    root.classList.add("js");
    function get(key) { try { return localStorage.getItem(key); } catch (e) { return null; } }
    if (get("dundian-font-size") === "large") root.classList.add("text-large");
    var contrast = get("dundian-contrast");
    // No choice made yet: follow the system's "increase contrast" setting.
    if (contrast === "high" || (contrast === null && window.matchMedia && window.matchMedia("(prefers-contrast: more)").matches)) {
        root.classList.add("high-contrast");
    }
})();
