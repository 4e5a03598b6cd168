using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.City;
using NguyenLuongBang.Emulation.Web.Features.Consolidation;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Features.CityReport;

/// <summary>
/// The city's own consolidated report of a year across communes, by the Ban Thi đua - Khen thưởng:
/// written by any of its officers, signed by a leader of the Ban (role CityLeader) as the head or a
/// deputy for him, numbered in the city's register (…/BC-BTĐKT).
/// </summary>
public sealed class CityReportScope(CityQueries queries, Signatories signatories) : IReportScope<CityReportData>
{
    private static readonly SignOffWording Words = new(
        SubmitHeading: "Trình Trưởng ban ký",
        SubmitNote: "Báo cáo chỉ có số và ngày khi Trưởng ban (hoặc Phó Trưởng ban ký thay) phê duyệt; người trình không tự ký.",
        NotAcceptedNote: "Còn {0} báo cáo đơn vị trong thành phố chưa được tiếp nhận: ",
        AwaitingSigner: "Đã trình ký: chờ Trưởng ban hoặc Phó Trưởng ban ký ban hành hoặc trả lại.",
        AwaitingOtherSigner: "Bạn đã trình ký báo cáo này: Trưởng ban hoặc Phó Trưởng ban khác ký ban hành hoặc trả lại.",
        ReturnButton: "Trả lại để chỉnh sửa",
        AwaitingStatus: "Chờ Trưởng Ban ký",
        Saved: "Đã lưu phần đánh giá của báo cáo.",
        Submitted: "Đã trình ký báo cáo của thành phố.",
        SentBack: "Đã trả lại báo cáo để chỉnh sửa.");

    /// <summary>The years the city reports on: those of the movement.</summary>
    public static ReviewRound? Year(int year) => year is >= ReviewRound.FirstYear and <= ReviewRound.FinalYear ? ReviewRound.Annual(year) : null;

    public string Register => DocumentNumbers.CityBoard;

    public string RegisterTitle(ReviewRound round) => $"Báo cáo kết quả Phong trào thi đua năm {round.Year} trên địa bàn thành phố";

    public string FilePrefix => "bao-cao-thanh-pho";

    public string DraftFileName(ReviewRound round, string extension) => $"du-thao-bao-cao-thanh-pho-{round.Year}.{extension}";

    public string SubmitPolicy => Policies.City;

    public string SignPolicy => Policies.CitySign;

    public SignOffWording Wording => Words;

    public Task<Signatory> SignerAsync(Actor by, CancellationToken cancellationToken) => signatories.CityBoardAsync(by, cancellationToken);

    /// <summary>The office and name the signed-in leader signs with, from the city's accounts; or why they cannot sign.</summary>
    public async Task<string> SignsAsAsync(Actor by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        return await signatories.HeldByAsync(by.UserId, Signatory.CityOffices, cancellationToken) is { } signer
            ? $"Bạn ký: {string.Join(" / ", CityReportDocument.Authority(signer.Title))} — {signer.Name}; ngày ký là hôm nay."
            : "Tài khoản của bạn chưa được giao chức vụ Trưởng Ban hoặc Phó Trưởng Ban ký thay nên không ký được (quản trị của thành phố giao tại Tài khoản thành phố).";
    }

    public async Task<OfficialDocument> ComposeAsync(ReviewRound round, Signatory? signer, (string Number, DateOnly Date)? issue, CancellationToken cancellationToken) =>
        CityReportDocument.Compose(await queries.ReportAsync(round.Year, signer, issue, cancellationToken));

    /// <summary>Counted from the communes' overview alone: submitting needs no indicators or proposals.</summary>
    public async Task<int> NotAcceptedAsync(ReviewRound round, CancellationToken cancellationToken) =>
        (await queries.OverviewAsync(round.Year, cancellationToken)).Communes.Sum(c => c.Units - c.Accepted);

    public Task<CityReportData> LoadAsync(ReviewRound round, CancellationToken cancellationToken) => queries.ReportAsync(round.Year, null, null, cancellationToken);

    public int NotAccepted(CityReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.NotAccepted;
    }

    public Dictionary<int, string?> AreaTexts(CityReportData data, ReviewRound round) => [];

    public object RouteValues(ReviewRound round) => new { year = round.Year };

    public string PagePath(ReviewRound round) => $"Thanh-pho/Bao-cao-tong-hop/{round.Year}";
}
