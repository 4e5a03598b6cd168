using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Settings;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.Web.Infrastructure;

public enum SettingKind
{
    WholeNumber,
    Multiple,
    Money,
    Fraction,
    Date,
    Text,

    /// <summary>A point on a page in millimetres: "148,5; 88" (across; down).</summary>
    Position,

    /// <summary>An e-mail address, checked as every address in the portal is (may be left empty).</summary>
    EmailAddress,

    /// <summary>A server's DNS name or IP address (may be left empty).</summary>
    HostName,
}

/// <summary>One setting the administrator can change: what it is, why, its default and its limits.</summary>
public sealed record SettingDefinition(string Key, string Group, string Label, string Explanation, SettingKind Kind, string Default, decimal Min = 0, decimal Max = decimal.MaxValue);

/// <summary>
/// Administrator-changeable settings, read from the database once per request, so a change takes
/// effect on the next request without a restart. Each has a default used until it is set.
/// </summary>
public sealed class PortalSettings(AppDbContext db, TimeProvider clock, ReferenceCache cache, CommuneDirectory communes)
{
    public const string MaxFileMegabytesKey = "Uploads.MaxFileMegabytes";
    public const string MaxReportMegabytesKey = "Uploads.MaxReportMegabytes";
    public const string QuorumKey = "Council.Quorum";
    public const string PassThresholdKey = "Council.PassThreshold";
    public const string PostingDaysKey = "Nominations.PostingDays";
    public const string BaseSalaryKey = "Awards.BaseSalary";
    public const string IndividualMultipleKey = "Awards.IndividualMultiple";
    public const string CollectiveMultipleKey = "Awards.CollectiveMultiple";
    public const string MaxNomineesPerUnitKey = "Nominations.MaxPerUnit";
    public const string IdleMinutesKey = "Security.IdleMinutes";
    public const string SmtpHostKey = "Smtp.Host";
    public const string SmtpPortKey = "Smtp.Port";
    public const string SmtpFromKey = "Smtp.From";
    public const string SmtpUserKey = "Smtp.User";
    public const string CommunePlanNumberKey = "Plans.Commune.Number";
    public const string CommunePlanDateKey = "Plans.Commune.Date";
    public const string CommunePlanTitleKey = "Plans.Commune.Title";
    public const string CityPlanNumberKey = "Plans.City.Number";
    public const string CityPlanDateKey = "Plans.City.Date";

    public static string BlankPositionKey(Documents.CertificateField field) => $"Certificates.Blank.{field}";

    public static string DeadlineKey(int year) => $"Reports.Deadline.{year}";

    public static string LockDateKey(int year) => $"Reports.LockDate.{year}";

    public static IReadOnlyList<SettingDefinition> Definitions { get; } =
    [
        .. Enumerable.Range(ReviewRound.FirstYear, ReviewRound.FinalYear - ReviewRound.FirstYear + 1).SelectMany(year => new[]
        {
            new SettingDefinition(DeadlineKey(year), "Hạn báo cáo", $"Hạn nộp báo cáo năm {year}", "Báo cáo nộp sau 23:59 ngày này được ghi nhận là nộp muộn (Kế hoạch: trước ngày 15/12).", SettingKind.Date, $"15/12/{year}"),
            new SettingDefinition(LockDateKey(year), "Hạn báo cáo", $"Ngày khóa báo cáo năm {year}", "Sau 23:59 ngày này đơn vị không sửa, nộp được nữa, trừ khi chuyên viên mở khóa cho đơn vị.", SettingKind.Date, $"30/12/{year}"),
        }),
        new(MaxFileMegabytesKey, "Tệp tải lên", "Dung lượng tối đa mỗi tệp (MB)", "Áp dụng cho tệp minh chứng và kế hoạch phát động.", SettingKind.WholeNumber, "10", 1, 50),
        new(MaxReportMegabytesKey, "Tệp tải lên", "Tổng dung lượng minh chứng mỗi báo cáo (MB)", "Tổng các tệp minh chứng của một báo cáo năm.", SettingKind.WholeNumber, "50", 5, 500),
        new(QuorumKey, "Hội đồng", "Số thành viên dự họp tối thiểu", "Tỷ lệ trên tổng số thành viên Hội đồng, dạng phân số (ví dụ 2/3). Phiên họp không đủ thì không biểu quyết.", SettingKind.Fraction, "2/3"),
        new(PassThresholdKey, "Hội đồng", "Tỷ lệ đồng ý để thông qua", "Trên tổng số thành viên Hội đồng (trừ người không tham gia do xung đột lợi ích), dạng phân số (ví dụ 70/100).", SettingKind.Fraction, "70/100"),
        new(PostingDaysKey, "Khen thưởng", "Số ngày công khai danh sách đề nghị", "Thời gian niêm yết công khai trước khi trình Hội đồng.", SettingKind.WholeNumber, "7", 1, 60),
        new(MaxNomineesPerUnitKey, "Khen thưởng", "Số đề nghị tối đa mỗi đơn vị trong một đợt", "Vượt số này, danh sách kiểm tra điều kiện hiện cảnh báo.", SettingKind.WholeNumber, "3", 1, 100),
        new(BaseSalaryKey, "Khen thưởng", "Mức lương cơ sở (đồng)", "Tiền thưởng bằng hệ số nhân với mức lương cơ sở đang áp dụng.", SettingKind.Money, "2340000", 1, 1_000_000_000),
        new(IndividualMultipleKey, "Khen thưởng", "Hệ số tiền thưởng Giấy khen cá nhân", "Nhân với mức lương cơ sở.", SettingKind.Multiple, "0,3", 0, 10),
        new(CollectiveMultipleKey, "Khen thưởng", "Hệ số tiền thưởng Giấy khen tập thể", "Nhân với mức lương cơ sở.", SettingKind.Multiple, "0,6", 0, 10),
        new(CommunePlanNumberKey, "Căn cứ", "Số Kế hoạch phát động của UBND xã", "Ví dụ 45/KH-UBND. Quyết định khen thưởng và báo cáo trích dẫn kế hoạch này; bắt buộc để ban hành.", SettingKind.Text, ""),
        new(CommunePlanDateKey, "Căn cứ", "Ngày ban hành Kế hoạch của UBND xã", "Ngày/tháng/năm.", SettingKind.Date, "01/08/2025"),
        new(CommunePlanTitleKey, "Căn cứ", "Trích yếu Kế hoạch của UBND xã", "Nội dung sau chữ \"về việc\".",
            SettingKind.Text, "phát động Phong trào thi đua trên địa bàn xã giai đoạn 2025-2030"),
        new(CityPlanNumberKey, "Căn cứ", "Số Kế hoạch của UBND thành phố", "Kế hoạch của thành phố mà xã thực hiện.", SettingKind.Text, "150/KH-UBND"),
        new(CityPlanDateKey, "Căn cứ", "Ngày Kế hoạch của UBND thành phố", "Ngày/tháng/năm.", SettingKind.Date, "16/06/2025"),
        .. Documents.CertificateBlankLayout.Fields.Select(field => new SettingDefinition(BlankPositionKey(field), "In Giấy khen trên phôi",
            $"Vị trí: {Documents.CertificateBlankLayout.Label(field)}", "Tâm dòng đầu của trường, tính bằng mm từ góc trên bên trái tờ A4 ngang: ngang; dọc (ví dụ 148,5; 88). In trang thử để căn chỉnh.",
            SettingKind.Position, FormatPosition(Documents.CertificateBlankLayout.Defaults[field]))),
        new(IdleMinutesKey, "Bảo mật", "Thời gian không thao tác trước khi đăng xuất (phút)", "Phiên làm việc kết thúc sau chừng ấy phút không thao tác; 2 phút trước đó trang báo để người dùng ở lại.", SettingKind.WholeNumber, "30", 5, 480),
        new(SmtpHostKey, "Thư điện tử", "Máy chủ gửi thư (SMTP)", "Để trống: thư nằm lại ở Hộp thư đi. Mật khẩu SMTP đặt trong cấu hình máy chủ (Smtp__Password), không lưu ở đây.", SettingKind.HostName, ""),
        new(SmtpPortKey, "Thư điện tử", "Cổng SMTP", "Thường là 587 (STARTTLS).", SettingKind.WholeNumber, "587", 1, 65535),
        new(SmtpFromKey, "Thư điện tử", "Địa chỉ gửi", "Ví dụ: thidua@nguyenluongbang.haiphong.gov.vn", SettingKind.EmailAddress, ""),
        new(SmtpUserKey, "Thư điện tử", "Tài khoản SMTP", "Để trống nếu máy chủ không cần đăng nhập.", SettingKind.Text, ""),
    ];

    private Dictionary<string, string>? _values;

    /// <summary>The commune <see cref="_values"/> were read for: a request that moves to another commune reads its own.</summary>
    private int _valuesCommune;

    public static SettingDefinition? Find(string key) => Definitions.FirstOrDefault(d => d.Key == key);

    public async Task<string> GetAsync(string key)
    {
        if (_values is null || _valuesCommune != db.CurrentCommuneId)
        {
            _valuesCommune = db.CurrentCommuneId;
            _values = await cache.GetAsync<Dictionary<string, string>>(ReferenceCache.Settings,
                () => db.Settings.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value));
        }

        return _values.TryGetValue(key, out var value) ? value : Find(key)?.Default ?? string.Empty;
    }

    public async Task<bool> IsSetAsync(string key)
    {
        await GetAsync(key);
        return _values!.ContainsKey(key);
    }

    public async Task<long> MaxFileBytesAsync() => (long)await NumberAsync(MaxFileMegabytesKey) * 1024L * 1024L;

    public async Task<long> MaxReportBytesAsync() => (long)await NumberAsync(MaxReportMegabytesKey) * 1024L * 1024L;

    public async Task<DateOnly> DateAsync(string key) =>
        DateOnly.ParseExact(await GetAsync(key), "dd/MM/yyyy", CultureInfo.InvariantCulture);

    public async Task<decimal> NumberAsync(string key) =>
        VietnameseNumber.TryParse(await GetAsync(key), out var value) ? value : decimal.Parse(Find(key)!.Default.Replace(',', '.'), CultureInfo.InvariantCulture);

    public async Task<Fraction> FractionAsync(string key) => ParseFraction(await GetAsync(key)) ?? ParseFraction(Find(key)!.Default)!.Value;

    /// <summary>A text setting's value, or null while it is empty (a draft then leaves it blank).</summary>
    public async Task<string?> OptionalAsync(string key)
    {
        var value = (await GetAsync(key)).Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>The plans for a draft: null while the commune's plan number is not set.</summary>
    public async Task<Documents.PlanCitations?> OptionalPlansAsync() =>
        await OptionalAsync(CommunePlanNumberKey) is null ? null : await PlansAsync();

    /// <summary>A setting an issued document cannot do without: refused, naming it, while it is empty.</summary>
    public async Task<string> RequiredAsync(string key)
    {
        var value = (await GetAsync(key)).Trim();
        if (value.Length == 0)
        {
            var definition = Find(key)!;
            throw new DomainException($"Chưa thể ban hành: chưa đặt \"{definition.Label}\" (Cài đặt → {definition.Group}).");
        }

        return value;
    }

    /// <summary>The commune whose documents these settings sign: its name and kind, from its row.</summary>
    public async Task<Documents.IssuingCommune> IssuerAsync(CancellationToken cancellationToken = default) =>
        (await communes.FindAsync(db.CurrentCommuneId, cancellationToken)).Issuer;

    /// <summary>The plans every issued document cites, with number and date.</summary>
    public async Task<Documents.PlanCitations> PlansAsync() => new(
        await RequiredAsync(CommunePlanNumberKey), await DateAsync(CommunePlanDateKey), await GetAsync(CommunePlanTitleKey),
        await RequiredAsync(CityPlanNumberKey), await DateAsync(CityPlanDateKey));

    public async Task<Documents.CertificateBlankLayout> BlankLayoutAsync()
    {
        var positions = new Dictionary<Documents.CertificateField, (double X, double Y)>();
        foreach (var field in Documents.CertificateBlankLayout.Fields)
        {
            if (ParsePosition(await GetAsync(BlankPositionKey(field))) is { } at)
            {
                positions[field] = at;
            }
        }

        return new Documents.CertificateBlankLayout(positions);
    }

    private static string FormatPosition((double X, double Y) at) =>
        string.Create(PortalSetup.Vietnamese, $"{at.X:0.#}; {at.Y:0.#}");

    private static (double X, double Y)? ParsePosition(string text)
    {
        var parts = text.Split(';', StringSplitOptions.TrimEntries);
        return parts.Length == 2 && VietnameseNumber.TryParse(parts[0], out var x) && VietnameseNumber.TryParse(parts[1], out var y)
               && x is >= 0 and <= 297 && y is >= 0 and <= 210
            ? ((double)x, (double)y)
            : null;
    }

    /// <summary>Null when the text suits the setting, else the reason in Vietnamese.</summary>
    public static string? Check(SettingDefinition definition, string? text)
    {
        var value = text?.Trim() ?? string.Empty;
        switch (definition.Kind)
        {
            case SettingKind.Date:
                return DateOnly.TryParseExact(value, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                    ? null : "Ngày phải có dạng ngày/tháng/năm, ví dụ 15/12/2026.";
            case SettingKind.Fraction:
                return ParseFraction(value) is null ? "Nhập phân số từ 0 đến 1, ví dụ 2/3 hoặc 70/100." : null;
            case SettingKind.Text:
                return value.Length > 200 ? "Dài quá 200 ký tự." : null;
            case SettingKind.EmailAddress:
                return value.Length == 0 || EmailAddresses.IsValid(value) ? null : "Địa chỉ thư điện tử không hợp lệ (ví dụ thidua@nguyenluongbang.haiphong.gov.vn).";
            case SettingKind.HostName:
                return value.Length == 0 || (value.Length <= 253 && Uri.CheckHostName(value) is UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6)
                    ? null : "Tên máy chủ không hợp lệ (ví dụ smtp.haiphong.gov.vn hoặc 10.0.0.5).";
            case SettingKind.Position:
                return ParsePosition(value) is null ? "Nhập hai số (mm) cách nhau bởi dấu chấm phẩy: ngang từ 0 đến 297; dọc từ 0 đến 210, ví dụ 148,5; 88." : null;
            default:
                if (!VietnameseNumber.TryParse(value, out var number))
                {
                    return "Phải là số (ví dụ 10 hoặc 0,3).";
                }

                if (definition.Kind == SettingKind.WholeNumber && number != decimal.Truncate(number))
                {
                    return "Phải là số nguyên.";
                }

                return number < definition.Min || number > definition.Max
                    ? $"Phải từ {VietnameseNumber.Format(definition.Min)} đến {VietnameseNumber.Format(definition.Max)}."
                    : null;
        }
    }

    /// <summary>Sets a value (checked by the caller) and returns the old one, for the audit row.</summary>
    public async Task<string> SetAsync(string key, string value, Actor by)
    {
        var old = await GetAsync(key);
        var setting = await db.Settings.SingleOrDefaultAsync(s => s.Key == key);
        if (setting is null)
        {
            db.Settings.Add(new PortalSetting(key, value, by, clock.GetUtcNow()));
        }
        else
        {
            setting.Change(value, by, clock.GetUtcNow());
        }

        Refresh();
        return old;
    }

    /// <summary>Forget the values read so far (here and in the shared cache): after a change is saved.</summary>
    public void Refresh()
    {
        _values = null;
        cache.Invalidate(ReferenceCache.Settings);
    }

    private static Fraction? ParseFraction(string text)
    {
        var parts = text.Split('/', StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var numerator)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var denominator)
            && denominator is > 0 and <= 1000 && numerator <= denominator)
        {
            return new Fraction(numerator, denominator);
        }

        return null;
    }
}
