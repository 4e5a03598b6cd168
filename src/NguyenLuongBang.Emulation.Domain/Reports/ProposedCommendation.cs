using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;

namespace NguyenLuongBang.Emulation.Domain.Reports;

/// <summary>A collective or individual of the unit that the unit proposes for commendation in its report.</summary>
public sealed class ProposedCommendation
{
    private ProposedCommendation()
    {
        NomineeName = Achievement = string.Empty;
    }

    internal ProposedCommendation(NomineeKind kind, string nomineeName, Gender? gender, string? position, string achievement)
    {
        Kind = kind;
        NomineeName = Guard.Name(nomineeName, "Tên tập thể/cá nhân", 200);
        Gender = kind == NomineeKind.Individual
            ? gender ?? throw new DomainException("Cá nhân được đề nghị phải có giới tính.")
            : null;
        Position = Guard.MaxLength(position, "Chức vụ", 200);
        Achievement = Guard.Required(achievement, "Thành tích", 4000);
    }

    public int Id { get; private set; }

    public int AnnualReportId { get; private set; }

    public NomineeKind Kind { get; private set; }

    public string NomineeName { get; private set; }

    public Gender? Gender { get; private set; }

    public string? Position { get; private set; }

    public string Achievement { get; private set; }
}
