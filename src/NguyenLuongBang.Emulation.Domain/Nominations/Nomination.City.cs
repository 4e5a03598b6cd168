using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Nominations;

// The way to the city: an approved Bằng khen proposal sent up with its dossier, and the city's
// decision recorded on its part (CityForwarding) when it comes back.
public sealed partial class Nomination
{
    /// <summary>The tờ trình that carried this proposal to the city and the city's decision: null until it is sent up.</summary>
    public CityForwarding? City { get; private set; }

    /// <summary>An approved proposal for the city's Bằng khen is sent upward with a tờ trình.</summary>
    public void ForwardToCity(string documentNumber, DateOnly sentOn, Actor by, DateTimeOffset now)
    {
        Guard.Status(Status, "trình thành phố", NominationStatus.Approved);
        if (AwardForm != AwardForm.CityCertificate)
        {
            throw new DomainException("Chỉ đề nghị Bằng khen của Chủ tịch UBND thành phố mới trình lên thành phố.");
        }

        if (City is { } sent)
        {
            throw new DomainException($"Đã trình thành phố tại Tờ trình số {sent.SubmissionNumber}.");
        }

        if (!DossierComplete)
        {
            throw new DomainException($"Hồ sơ đề nghị của {NomineeName} chưa đầy đủ: thiếu " + string.Join("; ", DossierParts().Where(p => !p.Done).Select(p => p.Name)) + ".");
        }

        City = new CityForwarding(documentNumber, sentOn);
        _history.Add(new NominationStatusChange(Status, Status, by, now, $"Trình UBND thành phố tại Tờ trình số {City.SubmissionNumber}"));
    }

    /// <summary>The city's decision on the proposal (Bằng khen awarded or not), as it came back.</summary>
    public void RecordCityDecision(bool awarded, string number, DateOnly decidedOn, Actor by, DateTimeOffset now)
    {
        var sent = City ?? throw new DomainException("Đề nghị chưa được trình thành phố.");
        _history.Add(new NominationStatusChange(Status, Status, by, now, sent.RecordDecision(awarded, number, decidedOn, now)));
    }
}
