using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Nominations;

// The dossier of a Bằng khen proposal: whether the nomination may have one now, and the checklist's
// lines that depend on the nomination; the achievement report keeps its own rules.
public sealed partial class Nomination
{
    /// <summary>The achievement report (báo cáo thành tích) for a Bằng khen proposal to the city, once drafted.</summary>
    public AchievementReport? Dossier { get; private set; }

    /// <summary>Whether the achievement report for the city may be written or changed (a Bằng khen proposal not yet sent up, not declined).</summary>
    public bool CanWriteDossier => AwardForm == AwardForm.CityCertificate && City is null
        && Status is not (NominationStatus.Rejected or NominationStatus.CouncilRejected);

    /// <summary>
    /// The parts of the dossier the city requires for a Bằng khen (Nghị định 152/2025/NĐ-CP), each
    /// done or not: the nomination's own steps, then the achievement report's lines; the tờ trình
    /// itself is issued when the dossier is sent.
    /// </summary>
    public IReadOnlyList<DossierPart> DossierParts() =>
    [
        new("Kết quả công khai danh sách, ý kiến phản ánh đã được giải quyết", PostedUntil is not null && !HasOpenObjections),
        new("Biên bản họp Hội đồng Thi đua - Khen thưởng xã (kết quả biểu quyết)", CouncilSummary is not null),
        new("Chủ tịch UBND xã đã phê duyệt đề nghị", Status == NominationStatus.Approved),
        .. AchievementReport.Checklist(Dossier),
    ];

    public bool DossierComplete => DossierParts().All(p => p.Done);

    /// <summary>Writes (or rewrites) the achievement report; a change undoes its completion until it is completed again.</summary>
    public void WriteDossier(string? overview, string? achievements, string? honours, string? certifierName, string? certifierTitle, Actor by, DateTimeOffset now)
    {
        if (!CanWriteDossier)
        {
            throw new DomainException(City is { } sent
                ? $"Hồ sơ đã trình thành phố tại Tờ trình số {sent.SubmissionNumber}; không sửa được nữa."
                : "Chỉ đề nghị Bằng khen của Chủ tịch UBND thành phố (chưa bị từ chối) mới lập báo cáo thành tích.");
        }

        Dossier = AchievementReport.Write(Dossier, overview, achievements, honours, certifierName, certifierTitle, by, now);
    }

    /// <summary>Marks the achievement report final: all its parts written and certified.</summary>
    public void CompleteDossier(Actor by, DateTimeOffset now)
    {
        if (!CanWriteDossier || Dossier is null)
        {
            throw new DomainException("Chưa có báo cáo thành tích để hoàn thiện.");
        }

        Dossier.Complete(by, now);
        _history.Add(new NominationStatusChange(Status, Status, by, now, "Hoàn thiện báo cáo thành tích đề nghị Bằng khen"));
    }
}
