using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Nominations;

// The council's result and the chairman's approval.
public sealed partial class Nomination
{
    /// <param name="eligibility">The checklist now; a failing line blocks unless overridden with a reason.</param>
    public void SendToCouncil(Actor by, DateTimeOffset now, IReadOnlyList<EligibilityLine> eligibility)
    {
        Guard.Status(Status, "đưa ra Hội đồng", NominationStatus.Posted);
        if (!PostingEnded(now))
        {
            throw new DomainException($"{NomineeName}: đang công khai đến {VietnamTime.ToLocal(PostedUntil!.Value):HH:mm 'ngày' dd/MM/yyyy}; chỉ trình Hội đồng sau khi hết thời gian công khai.");
        }

        if (HasOpenObjections)
        {
            throw new DomainException("Còn ý kiến phản ánh trong thời gian công khai chưa được giải quyết.");
        }

        if (Eligibility.Blocks(eligibility) && OverrideReason is null)
        {
            throw new DomainException("Chưa đủ điều kiện trình Hội đồng: " + string.Join(" ", eligibility.Where(l => l.Outcome == CheckOutcome.Fail).Select(l => $"{l.Rule}: {l.Reason}")));
        }

        Move(NominationStatus.InCouncil, by, now, OverrideReason is null ? null : "Vẫn trình: " + OverrideReason);
    }

    public void RecordCouncilResult(bool passed, string summary, Actor by, DateTimeOffset now)
    {
        Guard.Status(Status, "ghi kết quả Hội đồng", NominationStatus.InCouncil);
        CouncilSummary = Guard.Required(summary, "Kết quả biểu quyết", 500);
        Move(passed ? NominationStatus.CouncilPassed : NominationStatus.CouncilRejected, by, now, CouncilSummary);
    }

    /// <summary>A session that could not decide (no quorum) hands the nominee back for another session.</summary>
    public void ReturnFromCouncil(Actor by, DateTimeOffset now, string reason)
    {
        Guard.Status(Status, "đưa ra khỏi phiên họp", NominationStatus.InCouncil);
        Move(NominationStatus.Posted, by, now, Guard.Required(reason, "Lý do", 500));
    }

    public void Approve(Actor by, DateTimeOffset now, string? comment)
    {
        Guard.Allowed(CanApprove, Status, "phê duyệt khen thưởng");
        ChairmanComment = Guard.MaxLength(comment, "Ý kiến", 2000);
        Move(NominationStatus.Approved, by, now, ChairmanComment);
    }

    public void Reject(Actor by, DateTimeOffset now, string comment)
    {
        Guard.Allowed(CanReject, Status, "không phê duyệt");
        ChairmanComment = Guard.Required(comment, "Lý do không phê duyệt", 2000);
        Move(NominationStatus.Rejected, by, now, ChairmanComment);
    }
}
