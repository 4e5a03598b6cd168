using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Nominations;

/// <summary>A row of a nomination's history: a move between statuses, or a note (objection, dossier, city) kept at the same status.</summary>
public sealed class NominationStatusChange : StatusChange<NominationStatus>
{
    private NominationStatusChange() { }

    internal NominationStatusChange(NominationStatus? from, NominationStatus to, Actor by, DateTimeOffset at, string? comment)
        : base(from, to, by, at, comment) { }

    public int NominationId { get; private set; }
}
