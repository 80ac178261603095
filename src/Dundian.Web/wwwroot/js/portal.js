// Progressive enhancement only: every page works without this file.
// Article tools: a larger font for older readers (remembered on this device) and a print button.
(function () {
    "use strict";
    var tools = document.querySelector("[data-article-tools]");
    var body = document.getElementById("article-body");
    if (!tools || !body) return;

    var key = "dundian-font-size";
    var buttons = tools.querySelectorAll("[data-font-size]");

    function apply(size) {
        body.classList.toggle("is-large", size === "large");
        buttons.forEach(function (b) { b.setAttribute("aria-pressed", String(b.getAttribute("data-font-size") === size)); });
    }

    function stored() {
        try { return localStorage.getItem(key) || "normal"; } catch (e) { return "normal"; }
    }

    buttons.forEach(function (b) {
        b.addEventListener("click", function () {
            var size = b.getAttribute("data-font-size");
            try { localStorage.setItem(key, size); } catch (e) { /* private mode: just not remembered */ }
            apply(size);
        });
    });
    var print = tools.querySelector("[data-print]");
    if (print) print.addEventListener("click", function () { window.print(); });

    apply(stored());
    tools.hidden = false;
})();
