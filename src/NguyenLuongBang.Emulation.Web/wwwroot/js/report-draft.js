// Keeps what a unit types in its report in this browser until the server has it, so a lost
// connection or an expired sign-in never costs the text. Offers it back when the page is opened
// again on the same saved version.
(function () {
    'use strict';
    var form = document.getElementById('report-form');
    if (!form || !window.localStorage) { return; }
    var stamp = form.querySelector('input[name="ConcurrencyStamp"]');
    var key = 'nlb-report-' + form.getAttribute('data-report-id');
    var fields = function () {
        return Array.prototype.filter.call(form.elements, function (e) {
            return e.name && e.type !== 'hidden' && e.type !== 'submit';
        });
    };
    var snapshot = function () {
        var values = {};
        fields().forEach(function (e) { values[e.name + '|' + e.id] = e.type === 'checkbox' ? e.checked : e.value; });
        return values;
    };
    var saved = null;
    try { saved = JSON.parse(localStorage.getItem(key) || 'null'); } catch (ignored) { saved = null; }
    if (saved && saved.stamp !== stamp.value) { localStorage.removeItem(key); saved = null; }
    if (saved && saved.stamp === stamp.value && JSON.stringify(saved.values) !== JSON.stringify(snapshot())) {
        var banner = document.createElement('div');
        banner.className = 'alert alert-info d-flex flex-wrap gap-2 align-items-center';
        banner.setAttribute('role', 'status');
        banner.textContent = 'Có nội dung bạn đã nhập nhưng chưa lưu trên máy này. ';
        var restore = document.createElement('button');
        restore.type = 'button';
        restore.className = 'btn btn-sm btn-primary';
        restore.textContent = 'Khôi phục nội dung chưa lưu';
        restore.addEventListener('click', function () {
            fields().forEach(function (e) {
                var value = saved.values[e.name + '|' + e.id];
                if (value === undefined) { return; }
                if (e.type === 'checkbox') { e.checked = value; } else { e.value = value; }
            });
            banner.remove();
        });
        banner.appendChild(restore);
        form.parentNode.insertBefore(banner, form);
    }
    var timer = null;
    form.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
            localStorage.setItem(key, JSON.stringify({ stamp: stamp.value, values: snapshot() }));
        }, 400);
    });
    // On posting, keep the latest text: if the post fails (no connection, sign-in expired) the stamp
    // is unchanged and the text is offered back; once the server saved it, the stamp changes.
    form.addEventListener('submit', function () {
        clearTimeout(timer);
        localStorage.setItem(key, JSON.stringify({ stamp: stamp.value, values: snapshot() }));
    });
}());
