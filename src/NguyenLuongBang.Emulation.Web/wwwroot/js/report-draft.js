// Keeps what a unit types in its report in this browser until the server has it, so a lost
// connection or an expired sign-in never costs the text. Offers it back when the page is opened
// again on the same saved version. Also: asks before leaving the page with unsaved text, marks each
// content area complete or not as the unit types, and shows what will be sent before submitting.
(function () {
    'use strict';
    var form = document.getElementById('report-form');
    if (!form || !window.localStorage) { return; }
    var stamp = form.querySelector('input[name="ConcurrencyStamp"]');
    var key = 'nlb-report-' + form.getAttribute('data-report-id');
    var fields = function () {
        return Array.prototype.filter.call(form.elements, function (e) {
            // The report's own fields; a proposal or a file being added comes back from the server when refused.
            return e.name && e.type !== 'hidden' && e.type !== 'submit' && e.type !== 'file'
                && (e.name.indexOf('Areas[') === 0 || e.name === 'Difficulties' || e.name === 'Recommendations');
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
    // The button that posts (event.submitter is missing on older browsers: the last one clicked).
    var lastClicked = null;
    form.addEventListener('click', function (event) {
        var button = event.target.closest('button[type="submit"]');
        if (button) { lastClicked = button; }
    });
    form.addEventListener('submit', function (event) {
        clearTimeout(timer);
        localStorage.setItem(key, JSON.stringify({ stamp: stamp.value, values: snapshot() }));
        submitting = true;
        // A file is sent only by "Tải lên": saving or adding a proposal does not carry it.
        var by = event.submitter || lastClicked;
        if (fileInput && !(by && by.hasAttribute('data-upload'))) { fileInput.disabled = true; }
    });

    // Enter in a proposal's box adds the proposal (the form's first button would only save the draft).
    var propose = form.querySelector('[data-propose]');
    var proposal = document.getElementById('commendation-form');
    if (propose && proposal) {
        proposal.addEventListener('keydown', function (event) {
            if (event.key === 'Enter' && event.target.tagName === 'INPUT') {
                event.preventDefault();
                propose.click();
            }
        });
    }

    // Leaving the page (a link, closing the tab) with text typed since it was loaded asks first; also a
    // proposal being typed. A page that came back with typed text the server does not hold (someone
    // else saved first, a box kept back, a refusal) counts as unsaved from the start, and keeps its copy.
    var everything = function () {
        return JSON.stringify(Array.prototype.map.call(form.elements, function (e) {
            return !e.name || e.type === 'hidden' || e.type === 'submit' || e.type === 'file' ? '' : e.type === 'checkbox' ? e.checked : e.value;
        }));
    };
    var unsaved = form.getAttribute('data-unsaved') === 'true';
    if (unsaved) { localStorage.setItem(key, JSON.stringify({ stamp: stamp.value, values: snapshot() })); }
    var loaded = unsaved ? null : everything();
    var submitting = false;
    var fileInput = form.querySelector('input[type="file"]');
    window.addEventListener('beforeunload', function (event) {
        if (submitting || everything() === loaded) { return; }
        event.preventDefault();
        event.returnValue = '';
    });
    window.addEventListener('pageshow', function () {
        submitting = false;
        if (fileInput) { fileInput.disabled = false; }
    });

    // Each area's tab says whether it is complete: its results, or "no activity" with the reason.
    var complete = function (number) {
        var narrative = document.getElementById('narrative-' + number);
        var none = document.getElementById('noactivity-' + number);
        var reason = document.getElementById('reason-' + number);
        if (!narrative) { return false; }
        return none && none.checked ? !!(reason && reason.value.trim()) : !!narrative.value.trim();
    };
    var tabs = document.querySelectorAll('[data-area-tab]');
    var counter = document.querySelector('[data-complete-count]');
    var markTabs = function () {
        var done = 0;
        Array.prototype.forEach.call(tabs, function (tab) {
            var ok = complete(tab.getAttribute('data-area-tab'));
            if (ok) { done++; }
            tab.setAttribute('data-complete', ok ? 'true' : 'false');
            var mark = tab.querySelector('.toc-mark');
            if (mark) { mark.className = 'bi toc-mark ' + (ok ? 'bi-check-circle-fill text-success' : 'bi-circle'); }
            var state = tab.querySelector('.toc-state');
            if (state) { state.textContent = ok ? '— đã điền' : '— chưa điền'; }
        });
        if (counter) { counter.textContent = String(done); }
    };
    form.addEventListener('input', markTabs);
    form.addEventListener('change', markTabs);

    // The error summary's links take the focus to the wrong box itself, not only the view.
    var summary = document.getElementById('form-error');
    if (summary) {
        summary.addEventListener('click', function (event) {
            var link = event.target.closest('a[href^="#"]');
            var target = link && document.getElementById(link.getAttribute('href').slice(1));
            if (!target) { return; }
            event.preventDefault();
            target.scrollIntoView({ block: 'center' });
            target.focus();
        });
    }

    // "Nộp báo cáo" first shows what will be sent, and asks once.
    var dialog = document.getElementById('submit-review');
    var opener = form.querySelector('[data-submit-review]');
    if (dialog && opener && typeof dialog.showModal === 'function') {
        opener.addEventListener('click', function (event) {
            event.preventDefault();
            var missing = 0;
            Array.prototype.forEach.call(dialog.querySelectorAll('[data-review-area]'), function (line) {
                var number = line.getAttribute('data-review-area');
                var none = document.getElementById('noactivity-' + number);
                var ok = complete(number);
                if (!ok) { missing++; }
                line.className = ok ? '' : 'text-danger fw-semibold';
                line.textContent = line.getAttribute('data-title') + ': '
                    + (!ok ? 'chưa điền' : none && none.checked ? 'không có hoạt động (có lý do)' : 'đã nhập kết quả');
            });
            var values = Array.prototype.filter.call(form.elements, function (e) { return /\.Value$/.test(e.name || ''); });
            var filled = values.filter(function (e) { return e.value.trim() !== ''; }).length;
            dialog.querySelector('[data-review-indicators]').textContent = 'Chỉ tiêu đã nhập số liệu: ' + filled + '/' + values.length + '.';
            dialog.querySelector('[data-review-missing]').hidden = missing === 0;
            // With something missing the report is not sent: the button saves the draft and the page lists what is missing.
            dialog.querySelector('[data-review-confirm]').textContent = missing > 0 ? 'Lưu nháp, xem phần còn thiếu' : 'Đồng ý, nộp ngay';
            dialog.showModal();
        });
        dialog.querySelector('[data-review-back]').addEventListener('click', function () { dialog.close(); });
    }
}());
