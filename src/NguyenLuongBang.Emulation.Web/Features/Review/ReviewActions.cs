using FluentValidation;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Features.Notifications;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Review;

public sealed class ReturnForm
{
    public string? GeneralComment { get; set; }

    /// <summary>Comment per content area id; only commented areas need changing.</summary>
    public Dictionary<int, string?> AreaComments { get; set; } = [];
}

public sealed class ReturnFormValidator : AbstractValidator<ReturnForm>
{
    public ReturnFormValidator()
    {
        RuleFor(f => f.GeneralComment).MaximumLength(4000).WithMessage("Nhận xét chung dài quá {MaxLength} ký tự.");
        RuleFor(f => f).Must(f => !string.IsNullOrWhiteSpace(f.GeneralComment) || f.AreaComments.Values.Any(c => !string.IsNullOrWhiteSpace(c)))
            .WithName("GeneralComment").WithMessage("Trả lại báo cáo cần có ít nhất một nhận xét (chung hoặc ở từng nội dung).");
        RuleForEach(f => f.AreaComments).Must(c => (c.Value?.Length ?? 0) <= 4000).WithMessage("Nhận xét dài quá 4000 ký tự.");
    }
}

/// <summary>
/// The reviewer's decisions on a report: return with comments, accept, reopen, unlock for one unit.
/// Each is one unit of work under a lock on the report: a double click or simultaneous posts
/// decide once, tell the unit once, and the repeat is told it was already done.
/// </summary>
public sealed class ReviewActions(AppDbContext db, RecordChanges changes, Notifier notifier, ReportChecks checks, TimeProvider clock)
{
    /// <param name="refusal">Why the form cannot be taken (its checks failed): said once the report is found, so another commune's id is only ever not found.</param>
    public Task<ChangeOutcome> ReturnAsync(int id, ReturnForm form, string? refusal, Actor by, CancellationToken cancellationToken) =>
        DecideAsync(id, ReportStatus.Returned, "Báo cáo đã được trả lại cho đơn vị.", report =>
        {
            if (refusal is not null)
            {
                throw new DomainException(refusal);
            }

            var comments = form.AreaComments
                .Where(c => !string.IsNullOrWhiteSpace(c.Value))
                .ToDictionary(c => c.Key, c => c.Value!.Normalize(System.Text.NormalizationForm.FormC).Trim());
            report.Return(by, clock.GetUtcNow(), form.GeneralComment?.Normalize(System.Text.NormalizationForm.FormC), comments);
            return ("Trả lại báo cáo", $"Báo cáo năm {report.Year} của đơn vị được Phòng Văn hóa - Xã hội trả lại để bổ sung ({comments.Count} nội dung có nhận xét).",
                $"/Reports/Edit/{id}", "Đã trả lại báo cáo cho đơn vị kèm nhận xét.");
        }, cancellationToken);

    /// <summary>Accepts; when the report has points to check, only with the reviewer's note, which its history keeps.</summary>
    public Task<ChangeOutcome> AcceptAsync(int id, string? note, Actor by, CancellationToken cancellationToken) =>
        DecideAsync(id, ReportStatus.Accepted, "Báo cáo đã được tiếp nhận.", async report =>
        {
            // Counted again here, not taken from the page: the figures are the ones being accepted.
            var type = await db.Units.Where(u => u.Id == report.UnitId).Select(u => u.UnitType!.Code).SingleAsync(cancellationToken);
            var points = report.CanReview ? (await checks.FindAsync(report, type, cancellationToken)).Count : 0;
            report.Accept(by, clock.GetUtcNow(), note?.Normalize(System.Text.NormalizationForm.FormC), points);
            return ("Tiếp nhận báo cáo", $"Báo cáo năm {report.Year} của đơn vị đã được Phòng Văn hóa - Xã hội tiếp nhận.", $"/Reports/Details/{id}",
                points > 0 ? $"Đã tiếp nhận báo cáo, kèm ghi chú về {points} điểm cần kiểm tra." : "Đã tiếp nhận báo cáo.");
        }, cancellationToken);

    public Task<ChangeOutcome> ReopenAsync(int id, string? reason, Actor by, CancellationToken cancellationToken) =>
        DecideAsync(id, ReportStatus.Reopened, "Báo cáo đã được mở lại cho đơn vị bổ sung.", report =>
        {
            report.Reopen(by, clock.GetUtcNow(), reason ?? string.Empty);
            return ("Mở lại báo cáo", $"Báo cáo năm {report.Year} của đơn vị được mở lại để bổ sung: {reason}", $"/Reports/Edit/{id}", "Đã mở lại báo cáo để đơn vị bổ sung.");
        }, cancellationToken);

    /// <summary>Lets one unit change and submit its report for <paramref name="days"/> days after the lock.</summary>
    public async Task<ChangeOutcome> UnlockAsync(int id, int days, string? reason, Actor by, CancellationToken cancellationToken)
    {
        return await changes.ApplyAsync($"report:{id}", ct => db.AnnualReports.SingleOrDefaultAsync(r => r.Id == id, ct), async report =>
        {
            if (days is < 1 or > 60)
            {
                throw new DomainException("Số ngày mở khóa phải từ 1 đến 60.");
            }

            var now = clock.GetUtcNow();
            db.LockExceptions.Add(new LockException(report.UnitId, report.Year, VietnamTime.EndOfDay(VietnamTime.Today(clock).AddDays(days)), reason ?? string.Empty, by, now));
            await notifier.NotifyUnitAsync(report.UnitId, $"Báo cáo năm {report.Year} được mở khóa {days} ngày để đơn vị hoàn thiện và nộp: {reason}", $"/Reports/Edit/{id}", cancellationToken: cancellationToken);
            return new Change("Mở khóa báo cáo cho đơn vị", "Báo cáo năm", id.ToString(PortalSetup.Vietnamese), $"{days} ngày: {reason}", $"Đã mở khóa báo cáo cho đơn vị trong {days} ngày.");
        }, cancellationToken);
    }

    /// <summary>One decision, once: if the report already stands where it would go, nothing more is done or said to the unit.</summary>
    private Task<ChangeOutcome> DecideAsync(int id, ReportStatus target, string already, Func<AnnualReport, (string Action, string Note, string Url, string Message)> decide, CancellationToken cancellationToken) =>
        DecideAsync(id, target, already, report => Task.FromResult(decide(report)), cancellationToken);

    private Task<ChangeOutcome> DecideAsync(int id, ReportStatus target, string already, Func<AnnualReport, Task<(string Action, string Note, string Url, string Message)>> decide, CancellationToken cancellationToken) =>
        changes.ApplyAsync($"report:{id}", ct => db.AnnualReports.Include(r => r.Sections).ThenInclude(s => s.IndicatorValues).SingleOrDefaultAsync(r => r.Id == id, ct), async report =>
        {
            if (report.Status == target)
            {
                return Change.Already(already);
            }

            var (action, note, url, message) = await decide(report);
            await notifier.NotifyUnitAsync(report.UnitId, note, url, cancellationToken: cancellationToken);
            // An acceptance's note stands in the audit row as in the report's history.
            var details = target == ReportStatus.Accepted && report.History.Last().Comment is { } accepted ? $"Năm {report.Year}; {accepted}" : $"Năm {report.Year}";
            return new Change(action, "Báo cáo năm", id.ToString(PortalSetup.Vietnamese), details, message);
        }, cancellationToken);
}
