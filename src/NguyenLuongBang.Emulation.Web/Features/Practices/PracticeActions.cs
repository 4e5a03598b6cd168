using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Practices;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Practices;

/// <summary>A practice added, published, withdrawn: each one unit of work, the last two under the practice's lock so a repeat finds it done.</summary>
public sealed class PracticeActions(AppDbContext db, RecordChanges changes, TimeProvider clock)
{
    private const string Entity = "Mô hình, sáng kiến";

    /// <summary>Adds the practice as typed (its form already checked), as a draft.</summary>
    public Task<ChangeOutcome> CreateAsync(PracticeForm form, Actor by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        return changes.RunAsync("practices", _ =>
        {
            var practice = new GoodPractice(form.Kind, form.Title!, form.Summary!, form.UnitId, form.Year, by, clock.GetUtcNow());
            db.GoodPractices.Add(practice);
            return Task.FromResult<Change?>(new Change("Thêm mô hình, sáng kiến", Entity, null, practice.Title,
                $"Đã thêm \"{practice.Title}\". Bấm Công bố để đưa lên trang vinh danh.") { Subject = practice });
        }, cancellationToken);
    }

    public Task<ChangeOutcome> PublishAsync(int id, Actor by, CancellationToken cancellationToken) =>
        changes.ApplyAsync(LockKey(id), ct => db.GoodPractices.SingleOrDefaultAsync(p => p.Id == id, ct), practice =>
        {
            if (practice.IsPublic)
            {
                return Change.Already($"\"{practice.Title}\" đang được công bố.");
            }

            practice.Publish(by, clock.GetUtcNow());
            return new Change("Công bố mô hình, sáng kiến", Entity, Key(id), practice.Title, $"Công bố mô hình, sáng kiến: {practice.Title}.");
        }, cancellationToken);

    public Task<ChangeOutcome> WithdrawAsync(int id, string? reason, Actor by, CancellationToken cancellationToken) =>
        changes.ApplyAsync(LockKey(id), ct => db.GoodPractices.SingleOrDefaultAsync(p => p.Id == id, ct), practice =>
        {
            if (practice.Status == PracticeStatus.Withdrawn)
            {
                return Change.Already($"\"{practice.Title}\" đã được rút khỏi trang vinh danh.");
            }

            practice.Withdraw(reason ?? string.Empty, by, clock.GetUtcNow());
            return new Change("Rút mô hình, sáng kiến khỏi trang vinh danh", Entity, Key(id), $"{practice.Title}: {practice.WithdrawnReason}",
                $"Rút mô hình, sáng kiến khỏi trang vinh danh: {practice.Title}.");
        }, cancellationToken);

    private static string LockKey(int id) => FormattableString.Invariant($"practice:{id}");

    private static string Key(int id) => id.ToString(PortalSetup.Vietnamese);
}
