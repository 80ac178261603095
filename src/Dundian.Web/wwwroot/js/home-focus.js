// 焦点图 (Pages/Shared/_HomeFocus.cshtml): one slide at a time with previous / next / per-slide buttons and a pause
// button. It moves on by itself only while not paused, not hovered, not focused, the page is visible, and the reader has
// not asked for reduced motion (then it starts paused). WCAG 2.2.2: the reader can always stop it.
(function () {
    "use strict";
    var INTERVAL = 6000;
    document.querySelectorAll("[data-focus]").forEach(function (root) {
        var slides = Array.prototype.slice.call(root.querySelectorAll("[data-focus-slide]"));
        var controls = root.querySelector("[data-focus-controls]");
        if (slides.length < 2 || !controls) return;
        var dots = Array.prototype.slice.call(root.querySelectorAll("[data-focus-go]"));
        var pause = root.querySelector("[data-focus-pause]");
        var reduced = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
        var current = 0, paused = reduced, hovering = false, focused = false, timer = null;

        root.classList.add("focus-enhanced");
        controls.hidden = false;

        function show(index) {
            current = (index + slides.length) % slides.length;
            slides.forEach(function (s, i) { s.hidden = i !== current; });
            dots.forEach(function (d, i) {
                if (i === current) d.setAttribute("aria-current", "true"); else d.removeAttribute("aria-current");
            });
        }
        function schedule() {
            if (timer) { clearInterval(timer); timer = null; }
            if (!paused && !hovering && !focused) timer = setInterval(function () {
                if (!document.hidden) show(current + 1);
            }, INTERVAL);
        }
        function setPaused(value) {
            paused = value;
            pause.setAttribute("aria-pressed", value ? "true" : "false");
            pause.textContent = value ? "播放" : "暂停";
            schedule();
        }

        root.querySelector("[data-focus-prev]").addEventListener("click", function () { show(current - 1); });
        root.querySelector("[data-focus-next]").addEventListener("click", function () { show(current + 1); });
        dots.forEach(function (d) {
            d.addEventListener("click", function () { show(parseInt(d.getAttribute("data-focus-go"), 10)); });
        });
        pause.addEventListener("click", function () { setPaused(!paused); });
        root.addEventListener("mouseenter", function () { hovering = true; schedule(); });
        root.addEventListener("mouseleave", function () { hovering = false; schedule(); });
        root.addEventListener("focusin", function () { focused = true; schedule(); });
        root.addEventListener("focusout", function (e) {
            if (!root.contains(e.relatedTarget)) { focused = false; schedule(); }
        });
        root.addEventListener("keydown", function (e) {
            if (e.key === "ArrowLeft") { show(current - 1); e.preventDefault(); }
            else if (e.key === "ArrowRight") { show(current + 1); e.preventDefault(); }
        });
        show(0);
        setPaused(paused);
    });
})();
