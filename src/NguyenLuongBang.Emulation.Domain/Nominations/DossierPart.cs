namespace NguyenLuongBang.Emulation.Domain.Nominations;

/// <summary>One part of a Bằng khen dossier and whether it is there.</summary>
public sealed record DossierPart(string Name, bool Done);
