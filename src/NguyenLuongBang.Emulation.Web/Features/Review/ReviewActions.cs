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

/// <summary>The reviewer's decisions on a report: return with comments, accept, reopen, unlock for one unit.</summary>
public sealed class ReviewActions(AppDbContext db, Notifier notifier, AuditLog audit, TimeProvider clock)
{
    public async Task<string?> ReturnAsync(int id, ReturnForm form, Actor by, CancellationToken cancellationToken)
    {
        var report = await db.AnnualReports.Include(r => r.Sections).SingleAsync(r => r.Id == id, cancellationToken);
        var comments = form.AreaComments
            .Where(c => !string.IsNullOrWhiteSpace(c.Value))
            .ToDictionary(c => c.Key, c => c.Value!.Normalize(System.Text.NormalizationForm.FormC).Trim());
        return await DecideAsync(report, () => report.Return(by, clock.GetUtcNow(), form.GeneralComment?.Normalize(System.Text.NormalizationForm.FormC), comments),
            "Trả lại báo cáo", $"Báo cáo năm {report.Year} của đơn vị được Phòng Văn hóa - Xã hội trả lại để bổ sung ({comments.Count} nội dung có nhận xét).",
            $"/Reports/Edit/{id}", cancellationToken);
    }

    public async Task<string?> AcceptAsync(int id, Actor by, CancellationToken cancellationToken)
    {
        var report = await db.AnnualReports.Include(r => r.Sections).SingleAsync(r => r.Id == id, cancellationToken);
        return await DecideAsync(report, () => report.Accept(by, clock.GetUtcNow()), "Tiếp nhận báo cáo",
            $"Báo cáo năm {report.Year} của đơn vị đã được Phòng Văn hóa - Xã hội tiếp nhận.", $"/Reports/Details/{id}", cancellationToken);
    }

    public async Task<string?> ReopenAsync(int id, string? reason, Actor by, CancellationToken cancellationToken)
    {
        var report = await db.AnnualReports.SingleAsync(r => r.Id == id, cancellationToken);
        return await DecideAsync(report, () => report.Reopen(by, clock.GetUtcNow(), reason ?? string.Empty), "Mở lại báo cáo",
            $"Báo cáo năm {report.Year} của đơn vị được mở lại để bổ sung: {reason}", $"/Reports/Edit/{id}", cancellationToken);
    }

    /// <summary>Lets one unit change and submit its report for <paramref name="days"/> days after the lock.</summary>
    public async Task<string?> UnlockAsync(int id, int days, string? reason, Actor by, CancellationToken cancellationToken)
    {
        if (days is < 1 or > 60)
        {
            return "Số ngày mở khóa phải từ 1 đến 60.";
        }

        var report = await db.AnnualReports.AsNoTracking().Where(r => r.Id == id).Select(r => new { r.UnitId, r.Year }).SingleAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow();
            db.LockExceptions.Add(new LockException(report.UnitId, report.Year, VietnamTime.EndOfDay(VietnamTime.Today(clock).AddDays(days)), reason ?? string.Empty, by, now));
            await notifier.NotifyUnitAsync(report.UnitId, $"Báo cáo năm {report.Year} được mở khóa {days} ngày để đơn vị hoàn thiện và nộp: {reason}", $"/Reports/Edit/{id}", cancellationToken: cancellationToken);
            audit.Add("Mở khóa báo cáo cho đơn vị", "Báo cáo năm", id.ToString(PortalSetup.Vietnamese), $"{days} ngày: {reason}");
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DomainException refused)
        {
            return refused.Message;
        }
    }

    private async Task<string?> DecideAsync(AnnualReport report, Action decide, string action, string message, string url, CancellationToken cancellationToken)
    {
        try
        {
            decide();
        }
        catch (DomainException refused)
        {
            return refused.Message;
        }

        await notifier.NotifyUnitAsync(report.UnitId, message, url, cancellationToken: cancellationToken);
        audit.Add(action, "Báo cáo năm", report.Id.ToString(PortalSetup.Vietnamese), $"Năm {report.Year}");
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
