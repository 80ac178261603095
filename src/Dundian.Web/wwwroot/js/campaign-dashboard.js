// Office dashboard chart: households visited and stationed days per research group, drawn with the vendored
// ECharts from the JSON API. The page only names the API address in data-src, because the CSP forbids inline script.
(function () {
    'use strict';
    var el = document.getElementById('chart-by-group');
    if (!el || !window.echarts) return;

    function figure(group, key) {
        var v = group.values.filter(function (x) { return x.key === key; })[0];
        return v ? Number(v.value) : 0;
    }

    fetch(el.getAttribute('data-src'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : Promise.reject(new Error('HTTP ' + r.status)); })
        .then(function (groups) {
            el.textContent = '';
            // On a phone the groups run down the screen (horizontal bars), so each name has a line of its own
            // instead of 45° labels overlapping under a squeezed axis; the chart grows with the number of groups.
            var narrow = el.clientWidth < 600;
            if (narrow) el.style.height = Math.max(320, groups.length * 34 + 90) + 'px';
            var chart = window.echarts.init(el);
            var names = groups.map(function (g) { return g.name; });
            var categoryAxis = narrow
                ? { type: 'category', data: names, inverse: true, axisLabel: { interval: 0, width: 110, overflow: 'truncate' } }
                : { type: 'category', data: names, axisLabel: { rotate: 45, interval: 0 } };
            var valueAxis = { type: 'value' };
            chart.setOption({
                // richText tooltips are drawn on the canvas: HTML tooltips carry style attributes the CSP would block.
                tooltip: { trigger: 'axis', renderMode: 'richText' },
                legend: { top: 4 },
                grid: narrow ? { left: 8, right: 16, top: 36, bottom: 8, containLabel: true } : { left: 48, right: 16, top: 40, bottom: 70 },
                xAxis: narrow ? valueAxis : categoryAxis,
                yAxis: narrow ? categoryAxis : valueAxis,
                series: [
                    { name: '走访农户(户)', type: 'bar', data: groups.map(function (g) { return figure(g, 'households-visited'); }), itemStyle: { color: '#b71c1c' } },
                    { name: '驻村天数(天)', type: 'bar', data: groups.map(function (g) { return figure(g, 'stationed-days'); }), itemStyle: { color: '#f9a825' } }
                ]
            });
            window.addEventListener('resize', function () { chart.resize(); });
            el.setAttribute('data-ready', 'true');
        })
        .catch(function () {
            el.setAttribute('data-ready', 'failed');
        });
}());
