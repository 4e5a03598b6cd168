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
    Signature? LeftSignature = null)
{
    /// <summary>Every piece of text in reading order, for tests and search.</summary>
    public IEnumerable<string> AllText()
    {
        foreach (var text in IssuerLines.Append(NumberLine).Append(PlaceDateLine).Append(TypeTitle).Concat(Summary).Concat(Recipients))
        {
            yield return text;
        }

        var left = LeftSignature is null ? [] : LeftSignature.Authority.Append(LeftSignature.Name);
        foreach (var text in Body.SelectMany(b => b.Texts()).Concat(Distribution).Concat(left).Concat(SignerAuthority).Append(SignerName))
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
public sealed record Signature(IReadOnlyList<string> Authority, string Name);

/// <summary>A Giấy khen, drawn on its own A4 landscape page.</summary>
public sealed record Certificate(
    string AwardeeName,
    string? PositionAndUnit,
    string Achievement,
    string DecisionLine,
    string PlaceDateLine,
    IReadOnlyList<string> SignerAuthority,
    string SignerName,
    string RegisterNumber)
{
    public IEnumerable<string> AllText() =>
        new[] { "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", Certificates.Authority, "TẶNG", "GIẤY KHEN", AwardeeName, PositionAndUnit ?? string.Empty, Achievement, DecisionLine, PlaceDateLine }
            .Concat(SignerAuthority).Append(SignerName).Append("Số vào sổ: " + RegisterNumber);
}

public static class Certificates
{
    public const string Authority = "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ NGUYỄN LƯƠNG BẰNG";
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
