using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Awards;

/// <summary>
/// The reviewer's writes on a Bằng khen proposal's dossier — the report saved, completed, the
/// city's decision recorded — each under the proposal's lock: a save from a page showing something
/// else than what is stored (its stamp differs) is refused, never written over someone's work.
/// </summary>
public sealed class DossierActions(AppDbContext db, RecordChanges changes, TimeProvider clock)
{
    /// <summary>Saves the report as typed; refused when it is no longer editable or someone saved in between.</summary>
    /// <param name="stamp">The stamp of the report the page showed (<see cref="DossierChanges.Stamp"/>).</param>
    public Task<ChangeOutcome> SaveAsync(ReviewRound round, int id, AchievementParts typed, string? stamp, Actor by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(typed);
        return changes.ApplyAsync(LockKey(id), ct => DossierChanges.LoadAsync(db, round, id, ct), nomination =>
        {
            if (nomination.CanWriteDossier && nomination.Dossier?.Holds(typed.Overview, typed.Achievements, typed.Honours, typed.CertifierName, typed.CertifierTitle) == true)
            {
                return Change.Already($"Báo cáo thành tích của {nomination.NomineeName} đã được lưu.");
            }

            if (DossierChanges.Stamp(nomination) != NullIfEmpty(stamp))
            {
                throw new DomainException(nomination.Dossier is { } saved
                    ? $"Báo cáo thành tích vừa được {saved.UpdatedByName} lưu lúc {VietnamTime.ToLocal(saved.UpdatedAt):HH:mm dd/MM/yyyy}. Nội dung bạn nhập vẫn còn dưới đây; mở lại trang ở thẻ khác để so sánh rồi lưu lại."
                    : "Trang đã cũ so với báo cáo đã lưu. Nội dung bạn nhập vẫn còn dưới đây; bấm Lưu lần nữa để ghi.");
            }

            return DossierChanges.Write(nomination, typed, by, clock.GetUtcNow());
        }, cancellationToken);
    }

    /// <summary>Marks the report final; a second click finds it done.</summary>
    public Task<ChangeOutcome> CompleteAsync(ReviewRound round, int id, string? stamp, Actor by, CancellationToken cancellationToken) =>
        changes.ApplyAsync(LockKey(id), ct => DossierChanges.LoadAsync(db, round, id, ct), nomination =>
        {
            if (nomination.Dossier?.IsComplete == true)
            {
                return Change.Already($"Báo cáo thành tích của {nomination.NomineeName} đã được hoàn thiện.");
            }

            if (DossierChanges.Stamp(nomination) != NullIfEmpty(stamp))
            {
                throw new DomainException("Báo cáo thành tích vừa được sửa sau khi bạn mở trang; xem lại nội dung mới rồi mới hoàn thiện.");
            }

            return DossierChanges.Complete(nomination, by, clock.GetUtcNow());
        }, cancellationToken);

    /// <summary>The city's decision as it came back: awarded or not, its number and date; recorded once.</summary>
    public Task<ChangeOutcome> RecordCityDecisionAsync(ReviewRound round, int id, bool? awarded, string? number, DateOnly? decidedOn, Actor by, CancellationToken cancellationToken) =>
        changes.ApplyAsync(LockKey(id), ct => DossierChanges.LoadAsync(db, round, id, ct),
            nomination => CityDecisions.Record(nomination, awarded, number, decidedOn, by, clock.GetUtcNow()), cancellationToken);

    private static string LockKey(int id) => FormattableString.Invariant($"nomination:{id}");

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
