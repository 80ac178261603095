// Back-office enhancements (external file: the CSP allows no inline script). Everything works without it.
// Searchable pickers (Pages/Shared/_Picker.cshtml): shows the filter box above each select and hides the options that
// do not contain the typed text. Without this script the select works as it is.
(function () {
    document.querySelectorAll('input.picker-filter[data-filter-for]').forEach(function (box) {
        var select = document.getElementById(box.getAttribute('data-filter-for'));
        if (!select) return;
        box.hidden = false;
        box.addEventListener('input', function () {
            var q = box.value.trim();
            var first = null;
            Array.prototype.forEach.call(select.options, function (o) {
                var text = o.getAttribute('data-search');
                var show = !q || text === null || text.indexOf(q) >= 0;
                o.hidden = !show;
                if (show && first === null && o.value !== '' && q) first = o;
            });
            if (first && select.selectedOptions.length && select.selectedOptions[0].hidden) select.value = first.value;
            else if (first && !select.value) select.value = first.value;
        });
    });
})();

// Phone cards: each cell of a staff table carries its column's heading (data-label), which the phone styles show
// beside the value when the table becomes a list of cards. Cells that already have a label keep it.
(function () {
    document.querySelectorAll('table.data').forEach(function (table) {
        var heads = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent.trim(); });
        if (heads.length === 0) return;
        table.querySelectorAll('tbody tr, tfoot tr').forEach(function (tr) {
            Array.prototype.forEach.call(tr.children, function (cell, i) {
                if (!cell.hasAttribute('data-label') && heads[i]) cell.setAttribute('data-label', heads[i]);
            });
        });
    });
})();
