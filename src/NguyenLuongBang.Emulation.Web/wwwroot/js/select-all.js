// A "Chọn tất cả" box (data-select-all="name") ticks or clears every box of that name in its form,
// and shows itself ticked when they all are.
document.querySelectorAll('input[data-select-all]').forEach(function (all) {
    var boxes = function () { return all.form.querySelectorAll('input[type=checkbox][name="' + all.dataset.selectAll + '"]'); };
    all.addEventListener('change', function () {
        boxes().forEach(function (box) { box.checked = all.checked; });
    });
    all.form.addEventListener('change', function (e) {
        if (e.target !== all && e.target.name === all.dataset.selectAll) {
            var list = Array.prototype.slice.call(boxes());
            all.checked = list.length > 0 && list.every(function (box) { return box.checked; });
        }
    });
});
