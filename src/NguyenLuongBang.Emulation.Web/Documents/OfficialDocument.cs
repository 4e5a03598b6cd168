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
    IReadOnlyList<DocumentAnnex> Annexes)
{
    /// <summary>Every piece of text in reading order, for tests and search.</summary>
    public IEnumerable<string> AllText()
    {
        foreach (var text in IssuerLines.Append(NumberLine).Append(PlaceDateLine).Append(TypeTitle).Concat(Summary).Concat(Recipients))
        {
            yield return text;
        }

        foreach (var text in Body.SelectMany(b => b.Texts()).Concat(Distribution).Concat(SignerAuthority).Append(SignerName))
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

/// <summary>A justified body paragraph with a first-line indent; italic for legal bases.</summary>
public sealed record Paragraph(string Text, bool Italic = false) : DocumentBlock
{
    public override IEnumerable<string> Texts() => [Text];
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
