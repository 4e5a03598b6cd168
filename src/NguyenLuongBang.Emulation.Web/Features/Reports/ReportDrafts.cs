using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Web.Features.Reports;

/// <summary>A save of the typed report: the editor's result, and the fields kept back because they were wrong.</summary>
public sealed record DraftSaved(SaveResult Result, IReadOnlyList<ValidationFailure> Errors)
{
    /// <summary>Nothing of the report was posted (a part's form posted alone): nothing to save, the part's action goes on.</summary>
    public static DraftSaved NothingPosted { get; } = new(new SaveResult(SaveOutcome.Saved), []);

    public bool Whole => Result.Outcome is SaveOutcome.Saved or SaveOutcome.Submitted && Errors.Count == 0;

    public void AddTo(ModelStateDictionary modelState)
    {
        foreach (var error in Errors)
        {
            modelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }
    }
}

/// <summary>
/// Saves what the unit typed in its report, for every action of the report page (save, submit, add a
/// proposal, upload or remove evidence): the valid fields are saved even when one is wrong — that one
/// keeps its stored value and comes back marked with what was typed — so no action of the page ever
/// costs the text typed before it.
/// </summary>
public sealed class ReportDrafts(ReportQueries queries, ReportEditor editor, IValidator<ReportForm> validator)
{
    /// <summary>"Lưu nháp" or "Nộp báo cáo": saves (and submits) what was typed.</summary>
    public Task<DraftSaved> SaveAsync(int id, ReportForm typed, bool submit, Actor by, CancellationToken cancellationToken) =>
        SaveAsync(id, typed, submit, onlyChanged: false, by, cancellationToken);

    /// <summary>Before another action of the page: saves what was typed when it differs from what is stored.</summary>
    public Task<DraftSaved> SaveChangesAsync(int id, ReportForm typed, Actor by, CancellationToken cancellationToken) =>
        SaveAsync(id, typed, submit: false, onlyChanged: true, by, cancellationToken);

    private async Task<DraftSaved> SaveAsync(int id, ReportForm typed, bool submit, bool onlyChanged, Actor by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(typed);
        if (typed.ConcurrencyStamp == Guid.Empty && typed.Areas.Count == 0)
        {
            return DraftSaved.NothingPosted;
        }

        var validation = await validator.ValidateAsync(typed, cancellationToken);
        var invalid = validation.Errors.Select(e => e.PropertyName).ToHashSet(StringComparer.Ordinal);
        if (invalid.Contains(nameof(ReportForm.Areas)))
        {
            // Not a box that can be kept back but the form itself (more areas than the plan has): nothing is saved.
            return new DraftSaved(new SaveResult(SaveOutcome.Refused, "Biểu mẫu không hợp lệ."), validation.Errors);
        }

        var stored = ReportForm.From(await queries.ViewAsync(id, cancellationToken));
        var saving = invalid.Count == 0 ? typed : typed.Keeping(stored, invalid);
        if (onlyChanged && saving.Says(stored))
        {
            // Nothing changed (a proposal added, a file removed, with the report as it was): no save, no new stamp.
            return new DraftSaved(new SaveResult(SaveOutcome.Saved), validation.Errors);
        }

        return new DraftSaved(await editor.SaveAsync(id, saving, submit && invalid.Count == 0, by, cancellationToken), validation.Errors);
    }
}

/// <summary>The report page shown again after an action of it, with what was typed.</summary>
internal static class ReportPage
{
    public const string ViewPath = "~/Features/Reports/Edit.cshtml";

    /// <summary>Set when the page shows typed text the server does not hold: the page's script then asks before leaving and keeps a copy.</summary>
    public const string Unsaved = "Unsaved";

    /// <summary>
    /// The page to show when the typed draft was not saved whole — some fields wrong (the rest saved),
    /// someone else saved first, or the report refused the change — or null when it was and the action may go on.
    /// </summary>
    public static async Task<IActionResult?> UnlessSavedAsync(this Controller controller, int id, ReportForm typed, DraftSaved saved, ReportQueries queries,
        CancellationToken cancellationToken, Func<ReportEditPage, ReportEditPage>? with = null)
    {
        with ??= page => page;
        switch (saved.Result.Outcome)
        {
            case SaveOutcome.Conflict:
                saved.AddTo(controller.ModelState);
                controller.ViewData[Unsaved] = true;
                var current = await queries.ViewAsync(id, cancellationToken);
                controller.ModelState.Remove(nameof(ReportForm.ConcurrencyStamp));
                typed.ConcurrencyStamp = current.ConcurrencyStamp;
                controller.ViewData["Error"] = saved.Result.Message;
                controller.Response.StatusCode = StatusCodes.Status409Conflict;
                return controller.View(ViewPath, with(new ReportEditPage(current, typed) { Conflict = saved.Result.Conflict }));
            case SaveOutcome.Refused:
                controller.ViewData[Unsaved] = true;
                controller.ViewData["Error"] = "Chưa lưu được: " + saved.Result.Message;
                return controller.View(ViewPath, with(new ReportEditPage(await queries.ViewAsync(id, cancellationToken), typed)));
        }

        if (saved.Errors.Count == 0)
        {
            return null;
        }

        return await controller.WithKeptBackAsync(id, typed, saved, queries, cancellationToken, with);
    }

    /// <summary>The page after a save that kept some fields back: each marked where it is, the summary linking to it, the form carrying the new stamp.</summary>
    public static async Task<IActionResult> WithKeptBackAsync(this Controller controller, int id, ReportForm typed, DraftSaved saved, ReportQueries queries,
        CancellationToken cancellationToken, Func<ReportEditPage, ReportEditPage>? with = null)
    {
        saved.AddTo(controller.ModelState);
        controller.ViewData[Unsaved] = true;
        var current = await queries.ViewAsync(id, cancellationToken);
        controller.ModelState.Remove(nameof(ReportForm.ConcurrencyStamp));
        typed.ConcurrencyStamp = current.ConcurrencyStamp;
        var fields = saved.Errors.Select(e => e.PropertyName).Distinct(StringComparer.Ordinal).Count();
        controller.ViewData["Error"] = $"Đã lưu các phần hợp lệ của báo cáo. Còn {fields} ô chưa lưu được: vui lòng sửa các ô được đánh dấu (bấm vào từng dòng dưới đây để đến ô đó). Nội dung bạn nhập ở các ô này vẫn được giữ nguyên.";
        return controller.View(ViewPath, (with ?? (page => page))(new ReportEditPage(current, typed)));
    }
}
