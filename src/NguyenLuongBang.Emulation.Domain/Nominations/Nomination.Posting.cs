using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Nominations;

// The public posting: the list published for its period, objections recorded by hand or sent online and resolved, discipline noted before the council.
public sealed partial class Nomination
{
    /// <summary>Whether the public may still send feedback on the nominee online (posted, posting period running).</summary>
    public bool AcceptsPublicFeedback(DateTimeOffset now) => Status == NominationStatus.Posted && PostedUntil is { } until && now < until;

    /// <summary>Publishes the nominee on the public list for <paramref name="postingDays"/> days.</summary>
    public void Post(int postingDays, Actor by, DateTimeOffset now) => Post(postingDays, by, now, null);

    /// <summary>
    /// Publishes the nominee as the reviewer does it, with the checklist in view: a nominee with a
    /// failing line ("Không đạt") is posted only when the reviewer confirms it, and the history says so.
    /// </summary>
    public void Post(int postingDays, Actor by, DateTimeOffset now, IReadOnlyList<EligibilityLine> eligibility, bool confirmedDespiteFailing)
    {
        ArgumentNullException.ThrowIfNull(eligibility);
        var failing = string.Join("; ", eligibility.Where(l => l.Outcome == CheckOutcome.Fail).Select(l => $"{l.Rule}: {l.Reason}"));
        if (failing.Length > 0 && !confirmedDespiteFailing)
        {
            throw new DomainException($"Chưa công khai \"{NomineeName}\": có điều kiện không đạt ({failing}). Nếu vẫn công khai, đánh dấu ô xác nhận \"{PostDespiteFailingLabel}\" rồi bấm lại.");
        }

        Post(postingDays, by, now, failing.Length > 0 ? "vẫn công khai dù không đạt: " + failing : null);
    }

    /// <summary>The confirmation the reviewer ticks to post a nominee whose checklist fails.</summary>
    public const string PostDespiteFailingLabel = "Tôi vẫn đăng công khai đề nghị này dù có điều kiện không đạt";

    private void Post(int postingDays, Actor by, DateTimeOffset now, string? confirmation)
    {
        Guard.Allowed(CanPost, Status, "công khai danh sách");
        if (postingDays < 1)
        {
            throw new DomainException("Thời gian công khai phải ít nhất 1 ngày.");
        }

        PostedAt = now;
        PostedUntil = now.AddDays(postingDays);
        Move(NominationStatus.Posted, by, now, $"Công khai {postingDays} ngày" + (confirmation is null ? string.Empty : "; " + confirmation));
    }

    public void RecordDiscipline(bool underDiscipline, string? note, Actor by, DateTimeOffset now)
    {
        Guard.Allowed(CanRecordDiscipline, Status, "ghi nhận kỷ luật");
        UnderDiscipline = underDiscipline;
        DisciplineNote = underDiscipline ? Guard.Required(note, "Nội dung kỷ luật, điều tra, khiếu nại", 1000) : null;
        _history.Add(new NominationStatusChange(Status, Status, by, now, underDiscipline ? "Ghi nhận: " + DisciplineNote : "Bỏ ghi nhận kỷ luật"));
    }

    public void Override(string reason, Actor by, DateTimeOffset now)
    {
        Guard.Allowed(CanRecordDiscipline, Status, "ghi lý do vẫn trình Hội đồng");
        OverrideReason = Guard.Required(reason, "Lý do vẫn trình Hội đồng", 1000);
        _history.Add(new NominationStatusChange(Status, Status, by, now, "Vẫn trình Hội đồng: " + OverrideReason));
    }

    /// <summary>Whether the public posting has ended, so that the council may take the nominee.</summary>
    public bool PostingEnded(DateTimeOffset now) => PostedUntil is { } until && now >= until;

    /// <summary>Feedback sent by anyone through the public posting page: an objection like those recorded by hand, with a reference number for the sender.</summary>
    public NominationObjection ReceiveFeedback(string? senderName, string? contact, string? content, string reference, Guid formToken, DateTimeOffset now)
    {
        if (!AcceptsPublicFeedback(now))
        {
            throw new DomainException("Thời gian công khai của đề nghị này đã kết thúc; không nhận thêm ý kiến trực tuyến.");
        }

        var objection = NominationObjection.Online(senderName, contact, content, reference, formToken, now);
        _objections.Add(objection);
        _history.Add(new NominationStatusChange(Status, Status, NominationObjection.PublicSender, now, $"Ý kiến phản ánh trực tuyến số {objection.Reference}"));
        return objection;
    }

    /// <summary>Records an objection received while the list is posted (or before the council decides).</summary>
    public NominationObjection RecordObjection(string fromWhom, string content, DateOnly receivedOn, Actor by, DateTimeOffset now)
    {
        Guard.Allowed(CanRecordObjection, Status, "ghi nhận ý kiến phản ánh");
        if (receivedOn > DateOnly.FromDateTime(VietnamTime.ToLocal(now).DateTime))
        {
            throw new DomainException("Ngày nhận ý kiến phản ánh không được sau ngày hôm nay.");
        }

        var objection = new NominationObjection(fromWhom, content, receivedOn, by, now);
        _objections.Add(objection);
        _history.Add(new NominationStatusChange(Status, Status, by, now, $"Ý kiến phản ánh của {objection.FromWhom}: {objection.Content}"));
        return objection;
    }

    public void ResolveObjection(int objectionId, string resolution, Actor by, DateTimeOffset now)
    {
        Guard.Allowed(CanRecordObjection, Status, "giải quyết ý kiến phản ánh");
        var objection = _objections.SingleOrDefault(o => o.Id == objectionId)
            ?? throw new DomainException("Không tìm thấy ý kiến phản ánh.");
        objection.Resolve(resolution, by, now);
        _history.Add(new NominationStatusChange(Status, Status, by, now, "Giải quyết phản ánh: " + objection.Resolution));
    }
}
