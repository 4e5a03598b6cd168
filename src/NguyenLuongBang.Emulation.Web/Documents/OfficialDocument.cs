namespace NguyenLuongBang.Emulation.Web.Documents;

/// <summary>
/// An official document in the layout of Nghị định 30/2020/NĐ-CP, as plain data: built by a query,
/// checked by tests, drawn by a renderer (the only code that touches the PDF or Word library).
/// </summary>
public sealed record OfficialDocument(
    IReadOnlyList<string> IssuerLines,
    string NumberLine,
    string PlaceDateLine,
    string TypeTitle,
    IReadOnlyList<string> Summary,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<DocumentBlock> Body,
    IReadOnlyList<string> Distribution,
    IReadOnlyList<string> SignerAuthority,
    string SignerName,
    IReadOnlyList<DocumentAnnex> Annexes,
    Signature? LeftSignature = null,
    bool Draft = false)
{
    /// <summary>The code and address for the public check, printed with a QR code at the foot of the signature page (issued documents).</summary>
    public DocumentVerification? Verification { get; init; }

    /// <summary>What the form prints under the signer's position, in italic: "(Ký, đóng dấu)", "(Ký, ghi rõ họ và tên)".</summary>
    public string? SignerNote { get; init; }

    /// <summary>
    /// A third signature, in the right column under the signer's, with "Nơi nhận" on its left: the
    /// achievement report's "XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG" under the person and the head who
    /// certifies them (Nghị định 152/2025, the individual's form).
    /// </summary>
    public Signature? LowerSignature { get; init; }

    /// <summary>
    /// "Nơi nhận" stands under the signatures when the left column of the first row holds a second
    /// signature; otherwise beside the signer, as NĐ 30 draws it.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool DistributionBelow => LeftSignature is not null && Distribution.Count > 0;

    /// <summary>Every piece of text in reading order, for tests and search.</summary>
    public IEnumerable<string> AllText()
    {
        foreach (var text in IssuerLines.Append(NumberLine).Append(PlaceDateLine).Append(TypeTitle).Concat(Summary).Concat(Recipients))
        {
            yield return text;
        }

        var left = LeftSignature?.Texts() ?? [];
        var signer = SignerNote is null ? SignerAuthority.Append(SignerName) : SignerAuthority.Append(SignerNote).Append(SignerName);
        foreach (var text in Body.SelectMany(b => b.Texts()).Concat(Distribution).Concat(left).Concat(signer).Concat(LowerSignature?.Texts() ?? []))
        {
            yield return text;
        }

        foreach (var annex in Annexes)
        {
            foreach (var text in new[] { annex.Label, annex.Title, annex.Note }.Concat(annex.Body.SelectMany(b => b.Texts())))
            {
                yield return text;
            }
        }
    }
}

[System.Text.Json.Serialization.JsonPolymorphic(TypeDiscriminatorPropertyName = "block")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(Heading), "heading")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(Paragraph), "paragraph")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(Centered), "centered")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(Table), "table")]
public abstract record DocumentBlock
{
    public abstract IEnumerable<string> Texts();
}

/// <summary>"I. TIÊU ĐỀ" (level 1, bold caps) or "1. Tiêu đề" (level 2, bold).</summary>
public sealed record Heading(int Level, string Text) : DocumentBlock
{
    public override IEnumerable<string> Texts() => [Text];
}

/// <summary>
/// A justified body paragraph with a first-line indent; italic for legal bases; an optional bold
/// lead-in on the same line ("Điều 1.").
/// </summary>
public sealed record Paragraph(string Text, bool Italic = false, string? Lead = null) : DocumentBlock
{
    public override IEnumerable<string> Texts() => Lead is null ? [Text] : [Lead + " " + Text];
}

/// <summary>A bold line centred across the page: "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …", "QUYẾT ĐỊNH:".</summary>
public sealed record Centered(string Text) : DocumentBlock
{
    public override IEnumerable<string> Texts() => [Text];
}

/// <summary>A second signature in the closing, on the left in place of "Nơi nhận" (minutes: the secretary).</summary>
/// <param name="Note">Printed in italic under the position, as the form has it: "(Ký, đóng dấu)".</param>
public sealed record Signature(IReadOnlyList<string> Authority, string Name, string? Note = null)
{
    /// <summary>Position, note and name, in the order they are printed.</summary>
    public IEnumerable<string> Texts() => Note is null ? Authority.Append(Name) : Authority.Append(Note).Append(Name);
}

/// <summary>A Giấy khen, drawn on its own A4 landscape page (or its variable fields onto a pre-printed blank).</summary>
/// <param name="Honorific">"Ông" or "Bà" before a person's name; none for a collective or a household.</param>
/// <param name="Authority">Who awards it, above "TẶNG": "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …" of the issuing commune.</param>
public sealed record Certificate(
    string Authority,
    string AwardeeName,
    string? PositionAndUnit,
    string Achievement,
    string DecisionLine,
    string PlaceDateLine,
    IReadOnlyList<string> SignerAuthority,
    string SignerName,
    string RegisterNumber,
    string? Honorific = null)
{
    /// <summary>The code and address for the public check, printed with a QR code in the frame (issued certificates).</summary>
    public DocumentVerification? Verification { get; init; }

    /// <summary>What the alignment test page prints in each field.</summary>
    public static Certificate Sample { get; } = new("CHỦ TỊCH ỦY BAN NHÂN DÂN", "Nguyễn Văn A", "Chức vụ, đơn vị", "Đã có thành tích xuất sắc trong …", "Quyết định số 01/QĐ-UBND ngày 01/01/2026",
        "Địa danh, ngày 01 tháng 01 năm 2026", ["CHỦ TỊCH"], "Họ và tên người ký", "01/GK-UBND", "Ông");

    public string FieldText(CertificateField field) => field switch
    {
        CertificateField.Awardee => Honorific is null ? AwardeeName : $"{Honorific} {AwardeeName}",
        CertificateField.PositionAndUnit => PositionAndUnit ?? string.Empty,
        CertificateField.Achievement => Achievement,
        CertificateField.Decision => DecisionLine,
        CertificateField.PlaceDate => PlaceDateLine,
        CertificateField.Signer => SignerName,
        _ => "Số vào sổ: " + RegisterNumber,
    };

    public IEnumerable<string> AllText() =>
        new[] { HeaderLayout.NationalName, HeaderLayout.Motto, Authority, "TẶNG", "GIẤY KHEN", FieldText(CertificateField.Awardee), PositionAndUnit ?? string.Empty, Achievement, DecisionLine, PlaceDateLine }
            .Concat(SignerAuthority).Append(SignerName).Append(FieldText(CertificateField.RegisterNumber));
}

/// <summary>The variable fields of a Giấy khen: what is printed onto a pre-printed blank.</summary>
public enum CertificateField
{
    Awardee,
    PositionAndUnit,
    Achievement,
    Decision,
    PlaceDate,
    Signer,
    RegisterNumber,
}

/// <summary>
/// Where each variable field goes on the commune's pre-printed blank: the centre of the field's
/// first line, in millimetres from the top-left corner of an A4 landscape sheet. Set by the
/// administrator (settings), checked with a one-page alignment print.
/// </summary>
public sealed record CertificateBlankLayout(IReadOnlyDictionary<CertificateField, (double X, double Y)> Positions)
{
    public static IReadOnlyList<CertificateField> Fields { get; } = Enum.GetValues<CertificateField>();

    /// <summary>Positions that suit the portal's own frame, a starting point for a real blank.</summary>
    public static IReadOnlyDictionary<CertificateField, (double X, double Y)> Defaults { get; } = new Dictionary<CertificateField, (double X, double Y)>
    {
        [CertificateField.Awardee] = (148.5, 88),
        [CertificateField.PositionAndUnit] = (148.5, 100),
        [CertificateField.Achievement] = (148.5, 110),
        [CertificateField.Decision] = (82.5, 156),
        [CertificateField.RegisterNumber] = (82.5, 163),
        [CertificateField.PlaceDate] = (214.5, 142),
        [CertificateField.Signer] = (214.5, 185),
    };

    public (double X, double Y) Position(CertificateField field) => Positions.TryGetValue(field, out var at) ? at : Defaults[field];

    public static string Label(CertificateField field) => field switch
    {
        CertificateField.Awardee => "Họ tên / tên tập thể",
        CertificateField.PositionAndUnit => "Chức vụ, đơn vị",
        CertificateField.Achievement => "Thành tích",
        CertificateField.Decision => "Số, ngày quyết định",
        CertificateField.PlaceDate => "Địa danh, ngày tháng",
        CertificateField.Signer => "Họ tên người ký",
        _ => "Số vào sổ",
    };

    /// <summary>Size (pt), bold, italic: the same on the portal's own certificate and on a blank.</summary>
    public static (double Size, bool Bold, bool Italic) Style(CertificateField field) => field switch
    {
        CertificateField.Awardee => (26, true, false),
        CertificateField.PositionAndUnit => (16, false, false),
        CertificateField.Achievement => (16, false, true),
        CertificateField.PlaceDate => (14, false, true),
        CertificateField.Signer => (14, true, false),
        _ => (13, false, false),
    };

    /// <summary>How wide a field may run before it wraps (mm).</summary>
    public static double Width(CertificateField field) => field switch
    {
        CertificateField.Awardee or CertificateField.PositionAndUnit => 240,
        CertificateField.Achievement => 210,
        _ => 115,
    };
}

public enum CellAlign
{
    Left,
    Center,
    Right,
}

public sealed record TableColumn(string Header, double Width, CellAlign Align = CellAlign.Left);

/// <summary>A table with thin borders and its header repeated on every page it spans.</summary>
public sealed record Table(IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : DocumentBlock
{
    public override IEnumerable<string> Texts() => Columns.Select(c => c.Header).Concat(Rows.SelectMany(r => r));
}

/// <summary>"Phụ lục I" on a new page, numbered on its own.</summary>
public sealed record DocumentAnnex(string Label, string Title, string Note, IReadOnlyList<DocumentBlock> Body);

/// <summary>The plans documents cite ("Căn cứ Kế hoạch số … ngày …"), from the settings.</summary>
public sealed record PlanCitations(string CommunePlanNumber, DateOnly CommunePlanDate, string CommunePlanTitle, string CityPlanNumber, DateOnly CityPlanDate)
{
    /// <summary>"Kế hoạch số 45/KH-UBND ngày 25/08/2025 của Ủy ban nhân dân xã …", the issuing commune's own plan.</summary>
    public string CommunePlan(IssuingCommune commune) => $"Kế hoạch số {CommunePlanNumber} ngày {CommunePlanDate:dd/MM/yyyy} của {commune.Committee}";

    /// <summary>The citation of a draft while the commune's plan is not in the settings: number and date left blank.</summary>
    public static string BlankCommunePlan(IssuingCommune commune) => $"Kế hoạch số      /KH-UBND ngày      của {commune.Committee}";

    public string CityPlan => CityPlanOf(CityPlanNumber, CityPlanDate);

    /// <summary>The citation of a draft while the city's plan is not in the settings: number and date left blank.</summary>
    public const string BlankCityPlan = "Kế hoạch số      /KH-UBND ngày      của Ủy ban nhân dân thành phố Hải Phòng";

    /// <summary>"Kế hoạch số 150/KH-UBND ngày 16/06/2025 của Ủy ban nhân dân thành phố Hải Phòng".</summary>
    public static string CityPlanOf(string number, DateOnly date) => $"Kế hoạch số {number} ngày {date:dd/MM/yyyy} của Ủy ban nhân dân thành phố Hải Phòng";
}
