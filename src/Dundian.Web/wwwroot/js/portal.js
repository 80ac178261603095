// Progressive enhancement only: every page works without this file.
// Display switches for older and low-vision readers — larger text and high contrast, remembered on this device
// (localStorage; display-prefs.js applies them before the page paints) — and the article's print button.
(function () {
    "use strict";
    var root = document.documentElement;
    var sizeKey = "dundian-font-size";
    var contrastKey = "dundian-contrast";

    function store(key, value) {
        try { localStorage.setItem(key, value); } catch (e) { /* private mode: just not remembered */ }
    }

    function applySize(size) {
        root.classList.toggle("text-large", size === "large");
        var body = document.getElementById("article-body");
        if (body) body.classList.toggle("is-large", size === "large");
        document.querySelectorAll("[data-font-size]").forEach(function (b) {
            b.setAttribute("aria-pressed", String(b.getAttribute("data-font-size") === size));
        });
    }

    function applyContrast(high) {
        root.classList.toggle("high-contrast", high);
        document.querySelectorAll("[data-contrast]").forEach(function (b) { b.setAttribute("aria-pressed", String(high)); });
    }

    document.querySelectorAll("[data-font-size]").forEach(function (b) {
        b.addEventListener("click", function () {
            var size = b.getAttribute("data-font-size");
            store(sizeKey, size);
            applySize(size);
        });
    });
    document.querySelectorAll("[data-contrast]").forEach(function (b) {
        b.addEventListener("click", function () {
            var high = !root.classList.contains("high-contrast");
            store(contrastKey, high ? "high" : "normal");
            applyContrast(high);
        });
    });
    var print = document.querySelector("[data-article-tools] [data-print]");
    if (print) print.addEventListener("click", function () { window.print(); });

    applySize(root.classList.contains("text-large") ? "large" : "normal");
    applyContrast(root.classList.contains("high-contrast"));
    document.querySelectorAll("[data-article-tools], [data-display-tools]").forEach(function (t) { t.hidden = false; });
})();
