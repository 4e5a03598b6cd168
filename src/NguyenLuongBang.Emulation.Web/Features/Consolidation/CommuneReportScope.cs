using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Features.Consolidation;

/// <summary>
/// A commune's consolidated report to the city: written by Phòng Văn hóa - Xã hội (reviewer),
/// signed by the chairman of the People's Committee or a vice-chairman for him, numbered in the
/// committee's register (…/BC-UBND), for a year or a review round.
/// </summary>
public sealed class CommuneReportScope(ConsolidationQuery query, Signatories signatories) : IReportScope<ConsolidationData>
{
    private static readonly SignOffWording Words = new(
        SubmitHeading: "Trình Chủ tịch ký",
        SubmitNote: "Báo cáo chỉ có số và ngày khi Chủ tịch (hoặc Phó Chủ tịch ký thay) phê duyệt.",
        NotAcceptedNote: "Còn {0} lượt báo cáo đơn vị chưa được tiếp nhận: ",
        AwaitingSigner: "Đã trình ký: chờ Chủ tịch hoặc Phó Chủ tịch ký ban hành hoặc trả lại.",
        AwaitingOtherSigner: "Bạn đã trình ký báo cáo này: Chủ tịch hoặc Phó Chủ tịch khác ký ban hành hoặc trả lại.",
        ReturnButton: "Trả lại Phòng Văn hóa - Xã hội",
        AwaitingStatus: StatusText.Of(Domain.Consolidation.ConsolidatedReportStatus.AwaitingSignature),
        Saved: "Đã lưu phần đánh giá của báo cáo tổng hợp.",
        Submitted: "Đã trình Chủ tịch ký báo cáo tổng hợp.",
        SentBack: "Đã trả lại báo cáo cho Phòng Văn hóa - Xã hội.");

    public string Register => DocumentNumbers.CommuneCommittee;

    public string RegisterTitle(ReviewRound round) => $"Báo cáo kết quả Phong trào thi đua {round.Period}";

    public string FilePrefix => "bao-cao";

    public string DraftFileName(ReviewRound round, string extension) => ConsolidationExcel.FileName(round, extension);

    public string SubmitPolicy => Policies.Review;

    public string SignPolicy => Policies.Approve;

    public SignOffWording Wording => Words;

    public Task<Signatory> SignerAsync(Actor by, CancellationToken cancellationToken) => signatories.CommitteeAsync(by, cancellationToken);

    public Task<string> SignsAsAsync(Actor by, CancellationToken cancellationToken) =>
        Task.FromResult("Bạn ký với chức vụ quản trị hệ thống đã giao cho tài khoản của bạn (TM. ỦY BAN NHÂN DÂN — CHỦ TỊCH, hoặc KT. CHỦ TỊCH — PHÓ CHỦ TỊCH nếu bạn là Phó Chủ tịch được giao ký thay), với họ tên của bạn; ngày ký là hôm nay.");

    public async Task<OfficialDocument> ComposeAsync(ReviewRound round, Signatory? signer, (string Number, DateOnly Date)? issue, CancellationToken cancellationToken) =>
        ConsolidatedReportDocument.Compose(await query.LoadAsync(round, signer, issue, cancellationToken));

    public async Task<int> NotAcceptedAsync(ReviewRound round, CancellationToken cancellationToken) =>
        NotAccepted(await LoadAsync(round, cancellationToken));

    public Task<ConsolidationData> LoadAsync(ReviewRound round, CancellationToken cancellationToken) => query.LoadAsync(round, cancellationToken);

    public int NotAccepted(ConsolidationData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Units.Count(u => u.Status != StatusText.Of(ReportStatus.Accepted));
    }

    public Dictionary<int, string?> AreaTexts(ConsolidationData data, ReviewRound round)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Areas.ToDictionary(a => a.Number, a => (string?)a.Synthesis(round));
    }

    public object RouteValues(ReviewRound round) => new { round = round.Code };

    public string PagePath(ReviewRound round) => $"Consolidation/{round.Code}";
}
