using System.Globalization;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Awards;

/// <summary>
/// The city's decision on a Bằng khen proposal (awarded or not, its number and date), recorded once:
/// by the commune's reviewer from the paper that came back, or by the city's Ban Thi đua - Khen
/// thưởng itself. Either way it lands on the commune's nomination, so the commune's award history
/// and honour board show it.
/// </summary>
public static class CityDecisions
{
    /// <summary>The change on the nomination; a repeat of the same decision is "already so"; a <see cref="DomainException"/> is the refusal.</summary>
    public static Change Record(Nomination nomination, bool? awarded, string? number, DateOnly? decidedOn, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(nomination);
        if (awarded is null || decidedOn is null)
        {
            throw new DomainException("Chọn kết quả (được tặng hay không) và nhập ngày quyết định của thành phố.");
        }

        if (nomination.City is { } sent && sent.Holds(awarded.Value, number, decidedOn.Value))
        {
            return Change.Already($"Đã ghi nhận Quyết định số {sent.DecisionNumber} của thành phố.");
        }

        nomination.RecordCityDecision(awarded.Value, number ?? string.Empty, decidedOn.Value, by, now);
        var recorded = nomination.City?.DecisionNumber;
        var result = awarded.Value ? "được tặng Bằng khen" : "không được tặng Bằng khen";
        return new Change("Ghi nhận quyết định khen thưởng của thành phố", "Đề nghị khen thưởng", nomination.Id.ToString(CultureInfo.InvariantCulture),
            $"{nomination.NomineeName}: {result} (Quyết định số {recorded} ngày {decidedOn:dd/MM/yyyy})",
            $"Đã ghi nhận: {nomination.NomineeName} {result} theo Quyết định số {recorded}.");
    }
}
