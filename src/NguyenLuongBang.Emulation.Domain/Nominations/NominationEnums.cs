namespace NguyenLuongBang.Emulation.Domain.Nominations;

public enum NomineeKind
{
    Collective,
    Individual,
    Household,
}

public enum Gender
{
    Female,
    Male,
}

/// <summary>What is proposed: a certificate the commune chairman awards, or a proposal upward to the city.</summary>
public enum AwardForm
{
    CommuneCertificate,
    CityCertificate,
}

public enum NominationStatus
{
    Draft,
    Posted,
    InCouncil,
    CouncilPassed,
    CouncilRejected,
    Approved,
    Rejected,
}
