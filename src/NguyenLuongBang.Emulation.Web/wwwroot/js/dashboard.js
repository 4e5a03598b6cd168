// Draws each content area's indicators as a bar chart, this year beside last year. The same
// numbers are in the table under each chart, for screen readers and for printing.
(function () {
    'use strict';
    if (!window.Chart) { return; }
    document.querySelectorAll('canvas.indicator-chart').forEach(function (canvas) {
        var read = function (name) { return JSON.parse(canvas.getAttribute(name) || '[]'); };
        new window.Chart(canvas, {
            type: 'bar',
            data: {
                labels: read('data-labels'),
                datasets: [
                    { label: canvas.getAttribute('data-this-label'), data: read('data-this-year'), backgroundColor: '#0d6efd' },
                    { label: canvas.getAttribute('data-last-label'), data: read('data-last-year'), backgroundColor: '#adb5bd' }
                ]
            },
            options: { animation: false, responsive: true, plugins: { legend: { position: 'bottom' } }, scales: { y: { beginAtZero: true } } }
        });
    });
}());
