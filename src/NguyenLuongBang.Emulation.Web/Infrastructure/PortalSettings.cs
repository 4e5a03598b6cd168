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

    /// <summary>A server's DNS name (smtp.haiphong.gov.vn) or IPv4 address.</summary>
    HostName,

    /// <summary>A document's number and notation as Nghị định 30/2020 writes them: "45/KH-UBND".</summary>
    DocumentNumber,
}

/// <summary>
/// One setting the administrator can change: what it is, why, its default and its limits.
/// Label, explanation and default may name the commune: "{cấp}" becomes its kind (xã, phường),
/// "{tên}" its name with the kind, "{miền}" its short path without dashes (see <see cref="For"/>).
/// </summary>
/// <param name="Optional">May be left empty (the mail server, for one); every other setting is required and cannot be cleared.</param>
public sealed record SettingDefinition(string Key, string Group, string Label, string Explanation, SettingKind Kind, string Default, decimal Min = 0, decimal Max = decimal.MaxValue,
    bool Optional = false, int MaxLength = 200)
{
    /// <summary>This definition as <paramref name="commune"/> reads it: its own kind and name in the labels and examples.</summary>
    public SettingDefinition For(CommuneEntry commune)
    {
        ArgumentNullException.ThrowIfNull(commune);
        string Fill(string text) => text.Replace("{cấp}", Domain.Communes.Commune.KindName(commune.Kind), StringComparison.Ordinal)
            .Replace("{tên}", commune.DisplayName, StringComparison.Ordinal)
            .Replace("{miền}", commune.Slug.Replace("-", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        return this with { Label = Fill(Label), Explanation = Fill(Explanation), Default = Fill(Default) };
    }
}

/// <summary>A setting a page needed that is missing or unreadable in the database, and what the page did instead.</summary>
/// <param name="Notice">In Vietnamese: which setting, who sets it and where.</param>
public sealed record SettingProblem(string Key, string Notice);

/// <summary>
/// Administrator-changeable settings, read from the database once per request, so a change takes
/// effect on the next request without a restart. Each has a default used until it is set.
/// </summary>
public sealed partial class PortalSettings(AppDbContext db, TimeProvider clock, ReferenceCache cache, CommuneDirectory communes)
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
        new(BaseSalaryKey, "Khen thưởng", "Mức lương cơ sở (đồng)", "Tiền thưởng bằng hệ số nhân với mức lương cơ sở đang áp dụng.", SettingKind.Money, "2340000", 1_000_000, 100_000_000),
        new(IndividualMultipleKey, "Khen thưởng", "Hệ số tiền thưởng Giấy khen cá nhân", "Nhân với mức lương cơ sở.", SettingKind.Multiple, "0,3", 0, 10),
        new(CollectiveMultipleKey, "Khen thưởng", "Hệ số tiền thưởng Giấy khen tập thể", "Nhân với mức lương cơ sở.", SettingKind.Multiple, "0,6", 0, 10),
        new(CommunePlanNumberKey, "Căn cứ", "Số Kế hoạch phát động của UBND {cấp}", "Số và ký hiệu in trên Kế hoạch của UBND {tên}. Quyết định khen thưởng và báo cáo trích dẫn kế hoạch này; bắt buộc để ban hành.", SettingKind.DocumentNumber, ""),
        new(CommunePlanDateKey, "Căn cứ", "Ngày ban hành Kế hoạch của UBND {cấp}", "Ngày ký ban hành in trên Kế hoạch.", SettingKind.Date, "01/08/2025"),
        new(CommunePlanTitleKey, "Căn cứ", "Trích yếu Kế hoạch của UBND {cấp}", "Nội dung sau chữ \"về việc\".",
            SettingKind.Text, "phát động Phong trào thi đua trên địa bàn {cấp} giai đoạn 2025-2030", MaxLength: 300),
        new(CityPlanNumberKey, "Căn cứ", "Số Kế hoạch của UBND thành phố", "Kế hoạch của UBND thành phố Hải Phòng mà các xã, phường thực hiện; văn bản trích dẫn kế hoạch này.", SettingKind.DocumentNumber, "150/KH-UBND"),
        new(CityPlanDateKey, "Căn cứ", "Ngày Kế hoạch của UBND thành phố", "Ngày/tháng/năm.", SettingKind.Date, "16/06/2025"),
        .. Documents.CertificateBlankLayout.Fields.Select(field => new SettingDefinition(BlankPositionKey(field), "In Giấy khen trên phôi",
            $"Vị trí: {Documents.CertificateBlankLayout.Label(field)}", "Tâm dòng đầu của trường, tính bằng mm từ góc trên bên trái tờ A4 ngang: ngang; dọc (ví dụ 148,5; 88). In trang thử để căn chỉnh.",
            SettingKind.Position, FormatPosition(Documents.CertificateBlankLayout.Defaults[field]))),
        new(IdleMinutesKey, "Bảo mật", "Thời gian không thao tác trước khi đăng xuất (phút)", "Phiên làm việc kết thúc sau chừng ấy phút không thao tác; 2 phút trước đó trang báo để người dùng ở lại.", SettingKind.WholeNumber, "30", 5, 480),
        new(SmtpHostKey, "Thư điện tử", "Máy chủ gửi thư (SMTP)", "Để trống: thư nằm lại ở Hộp thư đi. Mật khẩu SMTP đặt trong cấu hình máy chủ (Smtp__Password), không lưu ở đây.", SettingKind.HostName, "", Optional: true),
        new(SmtpPortKey, "Thư điện tử", "Cổng SMTP", "Thường là 587 (STARTTLS).", SettingKind.WholeNumber, "587", 1, 65535),
        new(SmtpFromKey, "Thư điện tử", "Địa chỉ gửi", "Địa chỉ thư điện tử, ví dụ thidua@{miền}.haiphong.gov.vn.", SettingKind.EmailAddress, "", Optional: true),
        new(SmtpUserKey, "Thư điện tử", "Tài khoản SMTP", "Để trống nếu máy chủ không cần đăng nhập.", SettingKind.Text, "", Optional: true, MaxLength: 100),
    ];

    private Dictionary<string, string>? _values;

    /// <summary>The commune <see cref="_values"/> were read for: a request that moves to another commune reads its own.</summary>
    private int _valuesCommune;

    private readonly Dictionary<string, SettingProblem> _problems = [];

    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    /// <summary>The keys this unit of work has read: which settings a page depends on (the settings sweep walks only those pages for a setting).</summary>
    public IReadOnlyCollection<string> KeysRead => _read;

    public static SettingDefinition? Find(string key) => Definitions.FirstOrDefault(d => d.Key == key);

    /// <summary>
    /// The settings this request needed and found missing or unreadable (a value stored before it was
    /// checked, or cleared in the database): the page went on with the default or a blank, and the
    /// layout names them, with who sets them.
    /// </summary>
    public IReadOnlyCollection<SettingProblem> Problems => _problems.Values;

    /// <summary>The definitions as the commune in scope reads them (its kind and name in labels, examples and defaults).</summary>
    public async Task<IReadOnlyList<SettingDefinition>> DefinitionsForAsync(IEnumerable<SettingDefinition> definitions)
    {
        var commune = await communes.FindAsync(db.CurrentCommuneId, CancellationToken.None);
        return definitions.Select(d => d.For(commune)).ToList();
    }

    public async Task<string> GetAsync(string key)
    {
        _read.Add(key);
        if (_values is null || _valuesCommune != db.CurrentCommuneId)
        {
            _valuesCommune = db.CurrentCommuneId;
            _values = await cache.GetAsync<Dictionary<string, string>>(ReferenceCache.Settings,
                () => db.Settings.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value));
        }

        if (_values.TryGetValue(key, out var value))
        {
            return value;
        }

        return Find(key) is { } definition ? (await LocalAsync(definition)).Default : string.Empty;
    }

    public async Task<bool> IsSetAsync(string key)
    {
        await GetAsync(key);
        return _values!.ContainsKey(key);
    }

    public async Task<long> MaxFileBytesAsync() => (long)await NumberAsync(MaxFileMegabytesKey) * 1024L * 1024L;

    public async Task<long> MaxReportBytesAsync() => (long)await NumberAsync(MaxReportMegabytesKey) * 1024L * 1024L;

    /// <summary>A date setting; while it is missing or unreadable, its default (and the page says so).</summary>
    public async Task<DateOnly> DateAsync(string key) => ParseDate(await UsableAsync(key))!.Value;

    /// <summary>A number setting; while it is missing, unreadable or out of range, its default (and the page says so).</summary>
    public async Task<decimal> NumberAsync(string key) => ParseNumber(await UsableAsync(key))!.Value;

    public async Task<Fraction> FractionAsync(string key) => ParseFraction(await UsableAsync(key))!.Value;

    /// <summary>The plans for a draft: null while any of them is not set or not readable (the draft leaves the citation blank and the page says which).</summary>
    public async Task<Documents.PlanCitations?> OptionalPlansAsync()
    {
        var complete = true;
        foreach (var key in PlanKeys)
        {
            complete &= await ValidAsync(key) is not null;
        }

        return complete ? await PlansAsync() : null;
    }

    /// <summary>A setting an issued document cannot do without: refused, naming it, while it is empty or unreadable.</summary>
    public async Task<string> RequiredAsync(string key)
    {
        var value = (await GetAsync(key)).Trim();
        var definition = await LocalAsync(Find(key)!);
        if (value.Length == 0)
        {
            throw new DomainException($"Chưa thể ban hành: chưa đặt \"{definition.Label}\" (Cài đặt → {definition.Group}).");
        }

        if (Check(definition, value) is { } reason)
        {
            throw new DomainException($"Chưa thể ban hành: \"{definition.Label}\" đang lưu giá trị không hợp lệ \"{value}\" ({reason}) — quản trị viên đặt lại ở Cài đặt → {definition.Group}.");
        }

        return value;
    }

    /// <summary>The commune whose documents these settings sign: its name and kind, from its row.</summary>
    public async Task<Documents.IssuingCommune> IssuerAsync(CancellationToken cancellationToken = default) =>
        (await communes.FindAsync(db.CurrentCommuneId, cancellationToken)).Issuer;

    /// <summary>The plans every issued document cites, with number and date: refused while one is missing or unreadable.</summary>
    public async Task<Documents.PlanCitations> PlansAsync() => new(
        await RequiredAsync(CommunePlanNumberKey), ParseDate(await RequiredAsync(CommunePlanDateKey))!.Value, await RequiredAsync(CommunePlanTitleKey),
        await RequiredAsync(CityPlanNumberKey), ParseDate(await RequiredAsync(CityPlanDateKey))!.Value);

    /// <summary>The city's plan a report cites; null while its number or date is missing or unreadable (the page says which).</summary>
    public async Task<(string Number, DateOnly Date)?> CityPlanAsync()
    {
        var number = await ValidAsync(CityPlanNumberKey);
        var date = await ValidAsync(CityPlanDateKey);
        return number is null || date is null ? null : (number, ParseDate(date)!.Value);
    }

    /// <summary>The city's plan an issued report cites: refused, naming the setting, while its number or date is missing or unreadable.</summary>
    public async Task<(string Number, DateOnly Date)?> RequiredCityPlanAsync() =>
        (await RequiredAsync(CityPlanNumberKey), ParseDate(await RequiredAsync(CityPlanDateKey))!.Value);

    public async Task<Documents.CertificateBlankLayout> BlankLayoutAsync()
    {
        var positions = new Dictionary<Documents.CertificateField, (double X, double Y)>();
        foreach (var field in Documents.CertificateBlankLayout.Fields)
        {
            if (ParsePosition(await UsableAsync(BlankPositionKey(field))) is { } at)
            {
                positions[field] = at;
            }
        }

        return new Documents.CertificateBlankLayout(positions);
    }

    private static readonly string[] PlanKeys = [CommunePlanNumberKey, CommunePlanDateKey, CommunePlanTitleKey, CityPlanNumberKey, CityPlanDateKey];

    /// <summary>The stored value when it passes the check it would have to pass to be saved; else null, noted for the page.</summary>
    private async Task<string?> ValidAsync(string key)
    {
        var value = (await GetAsync(key)).Trim();
        var definition = await LocalAsync(Find(key)!);
        var reason = Check(definition, value);
        if (reason is null)
        {
            return value;
        }

        if (!_problems.ContainsKey(key))
        {
            var commune = await communes.FindAsync(db.CurrentCommuneId, CancellationToken.None);
            var where = commune.Kind == Domain.Communes.CommuneKind.City
                ? "quản trị viên của thành phố đặt ở Tài khoản thành phố → Cài đặt"
                : $"quản trị viên của {commune.DisplayName} đặt ở Quản trị → Cài đặt → {definition.Group}";
            var state = value.Length == 0 ? "chưa được đặt" : "đang lưu giá trị không hợp lệ";
            var instead = definition.Default.Length == 0 || PlanKeys.Contains(key) ? "trang để trống phần cần đến nó" : $"trang tạm dùng giá trị mặc định {definition.Default}";
            _problems[key] = new SettingProblem(key, $"Cài đặt \"{definition.Label}\" {state}: {instead}. Để sửa, {where}.");
        }

        return null;
    }

    /// <summary>The stored value if valid, else the default (every setting read this way has a valid default).</summary>
    private async Task<string> UsableAsync(string key) => await ValidAsync(key) ?? (await LocalAsync(Find(key)!)).Default;

    private async Task<SettingDefinition> LocalAsync(SettingDefinition definition) =>
        definition.Default.Contains('{', StringComparison.Ordinal) || definition.Label.Contains('{', StringComparison.Ordinal)
            ? definition.For(await communes.FindAsync(db.CurrentCommuneId, CancellationToken.None))
            : definition;

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

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    /// <summary>A real calendar day typed as ngày/tháng/năm (15/12/2026) or ISO (2026-12-15), between 2000 and 2100.</summary>
    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 2000 and <= 2100 ? date : null;

    private static decimal? ParseNumber(string text) => VietnameseNumber.TryParse(text, out var value) ? value : null;

    /// <summary>The value as it is stored: a date always as dd/MM/yyyy, whatever form was typed.</summary>
    public static string Normalize(SettingDefinition definition, string text)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Kind == SettingKind.Date && ParseDate(text) is { } date ? date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : text;
    }

    /// <summary>What the setting takes, stated on the form beside it.</summary>
    public static string Rule(SettingDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var rule = definition.Kind switch
        {
            SettingKind.WholeNumber => $"Số nguyên từ {VietnameseNumber.Format(definition.Min)} đến {VietnameseNumber.Format(definition.Max)}.",
            SettingKind.Money => $"Số tiền tròn đồng, từ {VietnameseNumber.Format(definition.Min)} đến {VietnameseNumber.Format(definition.Max)} đ; chỉ gồm chữ số, có thể dùng dấu chấm ngăn cách hàng nghìn.",
            SettingKind.Multiple => $"Số từ {VietnameseNumber.Format(definition.Min)} đến {VietnameseNumber.Format(definition.Max)}, phần thập phân sau dấu phẩy.",
            SettingKind.Fraction => "Phân số từ 0 đến 1, dạng tử/mẫu.",
            SettingKind.Date => "Ngày có thật, dạng ngày/tháng/năm (hoặc năm-tháng-ngày).",
            SettingKind.Position => "Hai số (mm) cách nhau bởi dấu chấm phẩy: ngang từ 0 đến 297; dọc từ 0 đến 210.",
            SettingKind.EmailAddress => "Một địa chỉ thư điện tử.",
            SettingKind.HostName => "Tên miền (có dấu chấm, chữ không dấu) hoặc địa chỉ IPv4.",
            SettingKind.DocumentNumber => $"Số và ký hiệu theo Nghị định 30/2020/NĐ-CP: số từ 1 đến {MaxDocumentNumber}, dấu /, ký hiệu viết hoa nối bằng dấu gạch ngang (như KH-UBND).",
            _ => $"Tối đa {definition.MaxLength} ký tự.",
        };
        return definition.Optional ? $"{rule} Có thể để trống." : $"{rule} Bắt buộc.";
    }

    private const int MaxDocumentNumber = 99999;

    /// <summary>Null when the text suits the setting, else the reason in Vietnamese.</summary>
    public static string? Check(SettingDefinition definition, string? text)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var value = text?.Trim() ?? string.Empty;
        if (value.Length == 0)
        {
            return definition.Optional ? null : "Không được để trống: đây là cài đặt bắt buộc.";
        }

        if (value.Length > definition.MaxLength)
        {
            return $"Dài quá {definition.MaxLength} ký tự.";
        }

        switch (definition.Kind)
        {
            case SettingKind.Date:
                return ParseDate(value) is null ? "Ngày không có thật hoặc sai dạng: nhập ngày/tháng/năm, ví dụ 15/12/2026 (năm từ 2000 đến 2100)." : null;
            case SettingKind.Fraction:
                return ParseFraction(value) is null ? "Nhập phân số từ 0 đến 1, ví dụ 2/3 hoặc 70/100." : null;
            case SettingKind.Text:
                return null;
            case SettingKind.EmailAddress:
                return EmailAddresses.IsValid(value) ? null : "Địa chỉ thư điện tử không hợp lệ (ví dụ thidua@xa.haiphong.gov.vn).";
            case SettingKind.HostName:
                return HostNames.IsValid(value) ? null : "Tên máy chủ không hợp lệ: nhập tên miền như smtp.haiphong.gov.vn (chữ không dấu, số, dấu gạch ngang, các phần cách nhau bởi dấu chấm) hoặc địa chỉ IPv4 như 10.0.0.5.";
            case SettingKind.Position:
                return ParsePosition(value) is null ? "Nhập hai số (mm) cách nhau bởi dấu chấm phẩy: ngang từ 0 đến 297; dọc từ 0 đến 210, ví dụ 148,5; 88." : null;
            case SettingKind.DocumentNumber:
                return DocumentNumberShape().Match(value) is { Success: true } match
                       && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= MaxDocumentNumber
                    ? null
                    : $"Số, ký hiệu văn bản không đúng Nghị định 30: nhập số từ 1 đến {MaxDocumentNumber}, dấu / và ký hiệu viết hoa, ví dụ 12/KH-UBND.";
            case SettingKind.Money:
            case SettingKind.WholeNumber:
                // Whole numbers only: digits, dots between thousands; never a sign, a comma or a decimal part.
                if (!WholeNumberShape().IsMatch(value) || !decimal.TryParse(value.Replace(".", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var whole))
                {
                    return definition.Kind == SettingKind.Money
                        ? "Số tiền phải là số tròn đồng, chỉ gồm chữ số (có thể có dấu chấm ngăn cách hàng nghìn), ví dụ 2.340.000."
                        : "Phải là số nguyên, chỉ gồm chữ số.";
                }

                return InRange(definition, whole);
            default:
                return !VietnameseNumber.TryParse(value, out var multiple) ? "Phải là số (ví dụ 10 hoặc 0,3)." : InRange(definition, multiple);
        }
    }

    private static string? InRange(SettingDefinition definition, decimal number) =>
        number < definition.Min || number > definition.Max
            ? $"Phải từ {VietnameseNumber.Format(definition.Min)} đến {VietnameseNumber.Format(definition.Max)}."
            : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"^([0-9]{1,3}(\.[0-9]{3})+|[0-9]{1,28})$")]
    private static partial System.Text.RegularExpressions.Regex WholeNumberShape();

    // NĐ 30/2020: number, optionally the year of a normative document, then the notation: letters (Đ too) and digits in dash-joined parts, beginning with a letter ("TTr-VHXH").
    [System.Text.RegularExpressions.GeneratedRegex(@"^([0-9]{1,5})(?:/[0-9]{4})?/[A-ZĐ][A-Za-zĐđ0-9]*(?:-[A-ZĐ0-9][A-Za-zĐđ0-9]*){0,4}$")]
    private static partial System.Text.RegularExpressions.Regex DocumentNumberShape();

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
