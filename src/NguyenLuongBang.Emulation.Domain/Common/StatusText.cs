using NguyenLuongBang.Emulation.Domain.Awards;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Consolidation;
using NguyenLuongBang.Emulation.Domain.Council;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Domain.Reports;

namespace NguyenLuongBang.Emulation.Domain.Common;

/// <summary>The Vietnamese words for every status and kind, used by messages and screens alike.</summary>
public static class StatusText
{
    public static string Of<T>(T value)
        where T : struct, Enum => value switch
        {
            ReportStatus s => s switch
            {
                ReportStatus.Draft => "Đang soạn",
                ReportStatus.Submitted => "Đã nộp",
                ReportStatus.Returned => "Trả lại để bổ sung",
                ReportStatus.Accepted => "Đã tiếp nhận",
                ReportStatus.Reopened => "Mở lại để bổ sung",
                _ => s.ToString(),
            },
            NominationStatus s => s switch
            {
                NominationStatus.Draft => "Dự kiến",
                NominationStatus.Posted => "Đang công khai",
                NominationStatus.InCouncil => "Trình Hội đồng",
                NominationStatus.CouncilPassed => "Hội đồng thông qua",
                NominationStatus.CouncilRejected => "Hội đồng không thông qua",
                NominationStatus.Approved => "Được khen thưởng",
                NominationStatus.Rejected => "Không phê duyệt",
                _ => s.ToString(),
            },
            CouncilSessionStatus s => s switch
            {
                CouncilSessionStatus.Open => "Đang họp",
                CouncilSessionStatus.Adjourned => "Đã hoãn",
                _ => "Đã kết thúc",
            },
            ConsolidatedReportStatus s => s switch
            {
                ConsolidatedReportStatus.Draft => "Dự thảo",
                ConsolidatedReportStatus.AwaitingSignature => "Chờ Chủ tịch ký",
                _ => "Đã ban hành",
            },
            VoteChoice s => s switch
            {
                VoteChoice.Agree => "Đồng ý",
                VoteChoice.Disagree => "Không đồng ý",
                _ => "Không tham gia (xung đột lợi ích)",
            },
            NomineeKind s => s switch
            {
                NomineeKind.Collective => "Tập thể",
                NomineeKind.Individual => "Cá nhân",
                _ => "Hộ gia đình",
            },
            Gender s => s == Gender.Female ? "Nữ" : "Nam",
            AwardForm s => s == AwardForm.CommuneCertificate
                ? "Giấy khen của Chủ tịch UBND xã"
                : "Đề nghị Bằng khen của Chủ tịch UBND thành phố",
            IndicatorKind s => s switch
            {
                IndicatorKind.Count => "Số lượng",
                IndicatorKind.Percent => "Tỷ lệ (%)",
                IndicatorKind.Money => "Số tiền",
                _ => "Có/Không",
            },
            Practices.PracticeKind s => s == Practices.PracticeKind.Model ? "Mô hình" : "Sáng kiến",
            IndicatorAggregation s => s switch
            {
                IndicatorAggregation.Flow => "Cộng theo năm (phát sinh trong năm)",
                IndicatorAggregation.Stock => "Số cuối kỳ (không cộng dồn các năm)",
                IndicatorAggregation.Rate => "Tỷ lệ bình quân (gia quyền theo tổng số, hoặc trung vị)",
                _ => "Đếm số đơn vị trả lời Có",
            },
            Registrations.RegistrationStatus s => s switch
            {
                Registrations.RegistrationStatus.Draft => "Đang soạn",
                Registrations.RegistrationStatus.Submitted => "Chờ xác nhận",
                Registrations.RegistrationStatus.Returned => "Trả lại để sửa",
                _ => "Đã xác nhận",
            },
            Registrations.TargetResult s => s switch
            {
                Registrations.TargetResult.Met => "Đạt",
                Registrations.TargetResult.NotMet => "Chưa đạt",
                _ => "Chưa có số liệu",
            },
            SignerTitle s => s == SignerTitle.Chairman ? "Chủ tịch" : "Phó Chủ tịch",
            _ => value.ToString(),
        };
}
