// Counts a view of the article page and shows the new count. The page comes from the output cache, so the server
// cannot count the page request itself; without this script the page shows the stored count and the view is not
// counted. The article id comes from a data- attribute (the CSP forbids inline script).
(function () {
    "use strict";
    var views = document.querySelector("[data-article-views]");
    if (!views || !window.fetch) return;
    var id = views.getAttribute("data-article-views");
    if (!/^\d+$/.test(id)) return;
    fetch("/article/" + id + "/view", { method: "POST", credentials: "same-origin", cache: "no-store" })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) {
            if (data && typeof data.views === "number") views.textContent = String(data.views);
        })
        .catch(function () { /* offline or rate-limited: the stored count stays */ });
})();
