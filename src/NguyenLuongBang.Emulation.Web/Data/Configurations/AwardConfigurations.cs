using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NguyenLuongBang.Emulation.Domain.Auditing;
using NguyenLuongBang.Emulation.Domain.Awards;
using NguyenLuongBang.Emulation.Domain.Consolidation;
using NguyenLuongBang.Emulation.Domain.Council;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Domain.Units;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Data.Configurations;

internal sealed class NominationConfiguration : IEntityTypeConfiguration<Nomination>
{
    public void Configure(EntityTypeBuilder<Nomination> builder)
    {
        builder.HasIndex(n => new { n.RoundKind, n.RoundYear, n.Status });
        builder.Ignore(n => n.Round);
        builder.Property(n => n.NomineeName).HasMaxLength(200);
        builder.Property(n => n.Position).HasMaxLength(200);
        builder.Property(n => n.Achievement).HasMaxLength(4000);
        builder.Property(n => n.CouncilSummary).HasMaxLength(500);
        builder.Property(n => n.ChairmanComment).HasMaxLength(2000);
        builder.Property(n => n.DisciplineNote).HasMaxLength(1000);
        builder.Property(n => n.OverrideReason).HasMaxLength(1000);
        builder.Property(n => n.SearchName).HasMaxLength(200);
        builder.HasIndex(n => n.SearchName);
        builder.HasOne<Unit>().WithMany().HasForeignKey(n => n.UnitId);
        builder.HasOne<ProposedCommendation>().WithMany().HasForeignKey(n => n.ProposedCommendationId);

        // A unit's proposal becomes at most one nomination per round, however many times it is clicked.
        builder.HasIndex(n => new { n.ProposedCommendationId, n.RoundKind, n.RoundYear }).IsUnique().HasFilter("[ProposedCommendationId] IS NOT NULL");
        builder.HasMany(n => n.History).WithOne().HasForeignKey(h => h.NominationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(n => n.Objections).WithOne().HasForeignKey(o => o.NominationId).OnDelete(DeleteBehavior.Cascade);

        // The way to the city is a part of the nomination kept in its own row, under the columns it always had.
        builder.OwnsOne(n => n.City, city =>
        {
            city.Property(c => c.SubmissionNumber).HasColumnName("ForwardedToCityNumber").HasMaxLength(CityForwarding.NumberLength);
            city.Property(c => c.SentOn).HasColumnName("ForwardedToCityOn");
            city.Property(c => c.Awarded).HasColumnName("CityAwarded");
            city.Property(c => c.DecisionNumber).HasColumnName("CityDecisionNumber").HasMaxLength(CityForwarding.NumberLength);
            city.Property(c => c.DecidedOn).HasColumnName("CityDecisionOn");
            city.Ignore(c => c.CanRecordDecision);
        });
        builder.Ignore(n => n.HasOpenObjections);
        builder.Ignore(n => n.DossierComplete);
        builder.HasOne(n => n.Dossier).WithOne().HasForeignKey<AchievementReport>(d => d.NominationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NominationObjectionConfiguration : IEntityTypeConfiguration<NominationObjection>
{
    public void Configure(EntityTypeBuilder<NominationObjection> builder)
    {
        builder.ToTable("NominationObjections");
        builder.Property(o => o.FromWhom).HasMaxLength(200);
        builder.Property(o => o.Content).HasMaxLength(2000);
        builder.Property(o => o.Resolution).HasMaxLength(2000);
        builder.Property(o => o.RecordedByName).HasMaxLength(100);
        builder.Property(o => o.ResolvedByName).HasMaxLength(100);
        builder.Property(o => o.Contact).HasMaxLength(200);
        builder.Property(o => o.Reference).HasMaxLength(20);
        builder.HasIndex(o => o.Reference).IsUnique().HasFilter("[Reference] IS NOT NULL");

        // The same feedback form sent twice (a double click, a retry) is received once.
        builder.HasIndex(o => o.FormToken).IsUnique().HasFilter("[FormToken] IS NOT NULL");
    }
}

internal sealed class AchievementReportConfiguration : IEntityTypeConfiguration<AchievementReport>
{
    public void Configure(EntityTypeBuilder<AchievementReport> builder)
    {
        builder.ToTable("AchievementReports");
        builder.HasIndex(d => d.NominationId).IsUnique();
        builder.Property(d => d.Overview).HasMaxLength(AchievementReport.OverviewLength);
        builder.Property(d => d.Achievements).HasMaxLength(AchievementReport.AchievementsLength);
        builder.Property(d => d.Honours).HasMaxLength(AchievementReport.HonoursLength);
        builder.Property(d => d.CertifierName).HasMaxLength(100);
        builder.Property(d => d.CertifierTitle).HasMaxLength(200);
        builder.Property(d => d.UpdatedByName).HasMaxLength(100);
        builder.Property(d => d.CompletedByName).HasMaxLength(100);
        builder.Ignore(d => d.HasAllParts);
        builder.Ignore(d => d.CanComplete);
        builder.Ignore(d => d.IsComplete);
    }
}

internal sealed class NominationStatusChangeConfiguration : IEntityTypeConfiguration<NominationStatusChange>
{
    public void Configure(EntityTypeBuilder<NominationStatusChange> builder)
    {
        builder.ToTable("NominationStatusChanges");
        builder.Property(h => h.ActorUserId).HasMaxLength(450);
        builder.Property(h => h.Comment).HasMaxLength(2000);
    }
}

internal sealed class CouncilSessionConfiguration : IEntityTypeConfiguration<CouncilSession>
{
    public void Configure(EntityTypeBuilder<CouncilSession> builder)
    {
        builder.Property(s => s.Place).HasMaxLength(200);
        builder.Property(s => s.MinutesNumber).HasMaxLength(50);
        builder.Property(s => s.ChairUserId).HasMaxLength(450);
        builder.Property(s => s.ChairName).HasMaxLength(100);
        builder.Property(s => s.SecretaryUserId).HasMaxLength(450);
        builder.Property(s => s.SecretaryName).HasMaxLength(100);
        builder.HasOne(s => s.MinutesDocument).WithMany().HasForeignKey(s => s.MinutesDocumentId);
        builder.HasIndex(s => s.MinutesDocumentId).IsUnique();
        builder.Ignore(s => s.CanCorrectAttendance);
        builder.Ignore(s => s.CanAdjourn);
        builder.HasMany(s => s.History).WithOne().HasForeignKey(h => h.CouncilSessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(s => s.CanClose);
        builder.Ignore(s => s.Quorum);
        builder.Ignore(s => s.PassThreshold);
        builder.Ignore(s => s.HasQuorum);
        builder.HasMany(s => s.Agenda).WithOne().HasForeignKey(a => a.CouncilSessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Votes).WithOne().HasForeignKey(v => v.CouncilSessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Present).WithOne().HasForeignKey(p => p.CouncilSessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CouncilAgendaItemConfiguration : IEntityTypeConfiguration<CouncilAgendaItem>
{
    public void Configure(EntityTypeBuilder<CouncilAgendaItem> builder)
    {
        builder.ToTable("CouncilAgendaItems");
        builder.HasIndex(a => new { a.CouncilSessionId, a.NominationId }).IsUnique();
        builder.HasOne<Nomination>().WithMany().HasForeignKey(a => a.NominationId);
        builder.Ignore(a => a.Summary);
    }
}

internal sealed class CouncilVoteConfiguration : IEntityTypeConfiguration<CouncilVote>
{
    public void Configure(EntityTypeBuilder<CouncilVote> builder)
    {
        builder.ToTable("CouncilVotes");
        // The database, too, refuses a second vote by the same member on the same nominee.
        builder.HasIndex(v => new { v.CouncilSessionId, v.MemberUserId, v.NominationId }).IsUnique();
        builder.Property(v => v.MemberUserId).HasMaxLength(450);
        builder.HasOne<Nomination>().WithMany().HasForeignKey(v => v.NominationId);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(v => v.MemberUserId);
    }
}

internal sealed class CouncilAttendanceConfiguration : IEntityTypeConfiguration<CouncilAttendance>
{
    public void Configure(EntityTypeBuilder<CouncilAttendance> builder)
    {
        builder.ToTable("CouncilAttendances");
        builder.HasIndex(a => new { a.CouncilSessionId, a.MemberUserId }).IsUnique();
        builder.Property(a => a.MemberUserId).HasMaxLength(450);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.MemberUserId);
    }
}

internal sealed class AwardDecisionConfiguration : IEntityTypeConfiguration<AwardDecision>
{
    public void Configure(EntityTypeBuilder<AwardDecision> builder)
    {
        // Numbers restart every year: the register's own index (and the issued document's) keeps them unique.
        builder.HasIndex(d => d.Number);
        builder.Ignore(d => d.Round);
        builder.Ignore(d => d.TotalAmount);
        builder.Property(d => d.Number).HasMaxLength(50);
        builder.Property(d => d.SignerName).HasMaxLength(100);
        builder.Property(d => d.ProposalNumber).HasMaxLength(50);
        builder.Property(d => d.CorrectsNumber).HasMaxLength(50);
        builder.Property(d => d.CorrectionReason).HasMaxLength(1000);
        builder.Property(d => d.BaseSalary).HasPrecision(18, 0);
        builder.HasOne<AwardDecision>().WithMany().HasForeignKey(d => d.CorrectsDecisionId);

        // A decision is replaced at most once: a second correction of the same decision is refused by the database too.
        builder.HasIndex(d => d.CorrectsDecisionId).IsUnique().HasFilter("[CorrectsDecisionId] IS NOT NULL");
        builder.HasMany(d => d.Lines).WithOne().HasForeignKey(l => l.AwardDecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(d => d.Document).WithMany().HasForeignKey(d => d.DocumentId);
        builder.HasIndex(d => d.DocumentId).IsUnique();
    }
}

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> builder)
    {
        // The table keeps the name it had when a tờ trình was called an "award submission".
        builder.ToTable("AwardSubmissions");
        builder.HasIndex(s => s.Number);
        builder.HasIndex(s => new { s.RoundKind, s.RoundYear, s.Target });
        builder.Ignore(s => s.Round);
        builder.Property(s => s.Number).HasMaxLength(50);
        builder.Property(s => s.SignerName).HasMaxLength(100);
        builder.HasOne(s => s.Document).WithMany().HasForeignKey(s => s.DocumentId);
        builder.HasIndex(s => s.DocumentId).IsUnique();
    }
}

internal sealed class GoodPracticeConfiguration : IEntityTypeConfiguration<Domain.Practices.GoodPractice>
{
    public void Configure(EntityTypeBuilder<Domain.Practices.GoodPractice> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(300);
        builder.Property(p => p.Summary).HasMaxLength(4000);
        builder.Property(p => p.CreatedByName).HasMaxLength(100);
        builder.Property(p => p.PublishedByName).HasMaxLength(100);
        builder.Property(p => p.WithdrawnReason).HasMaxLength(1100);
        builder.Ignore(p => p.IsPublic);
        builder.Ignore(p => p.Status);
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId);
        builder.HasMany(p => p.History).WithOne().HasForeignKey(h => h.GoodPracticeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AwardLineConfiguration : IEntityTypeConfiguration<AwardLine>
{
    public void Configure(EntityTypeBuilder<AwardLine> builder)
    {
        builder.ToTable("AwardLines");
        builder.HasOne<Nomination>().WithMany().HasForeignKey(l => l.NominationId);
        builder.Property(l => l.NomineeName).HasMaxLength(200);
        builder.Property(l => l.PositionAndUnit).HasMaxLength(400);
        builder.Property(l => l.Achievement).HasMaxLength(4000);
        builder.Property(l => l.Multiple).HasPrecision(6, 2);
        builder.Property(l => l.Amount).HasPrecision(18, 0);
        builder.HasOne(l => l.CertificateDocument).WithMany().HasForeignKey(l => l.CertificateDocumentId);
        builder.HasIndex(l => l.CertificateDocumentId).IsUnique();
    }
}

internal sealed class ConsolidatedReportConfiguration : IEntityTypeConfiguration<ConsolidatedReport>
{
    public void Configure(EntityTypeBuilder<ConsolidatedReport> builder)
    {
        builder.HasCommuneIndex(nameof(ConsolidatedReport.RoundKind), nameof(ConsolidatedReport.RoundYear)).IsUnique();
        builder.Ignore(r => r.Round);
        builder.Property(r => r.Number).HasMaxLength(50);
        foreach (var text in new[] { nameof(ConsolidatedReport.Direction), nameof(ConsolidatedReport.Strengths), nameof(ConsolidatedReport.Limitations), nameof(ConsolidatedReport.TasksAhead), nameof(ConsolidatedReport.Recommendations) })
        {
            builder.Property(text).HasMaxLength(ConsolidatedReport.SectionMaxLength);
        }

        builder.Ignore(r => r.CanEdit);
        builder.Ignore(r => r.CanSign);
        builder.HasOne(r => r.Document).WithMany().HasForeignKey(r => r.DocumentId);
        builder.HasIndex(r => r.DocumentId).IsUnique();
        builder.HasMany(r => r.History).WithOne().HasForeignKey(h => h.ConsolidatedReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.AreaTexts).WithOne().HasForeignKey(t => t.ConsolidatedReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ConsolidatedAreaTextConfiguration : IEntityTypeConfiguration<ConsolidatedAreaText>
{
    public void Configure(EntityTypeBuilder<ConsolidatedAreaText> builder)
    {
        builder.ToTable("ConsolidatedAreaTexts");
        builder.Property(t => t.Text).HasMaxLength(ConsolidatedReport.SectionMaxLength);
        builder.HasIndex(t => new { t.ConsolidatedReportId, t.AreaNumber }).IsUnique();
    }
}

internal sealed class CouncilSessionStatusChangeConfiguration : IEntityTypeConfiguration<CouncilSessionStatusChange>
{
    public void Configure(EntityTypeBuilder<CouncilSessionStatusChange> builder)
    {
        builder.ToTable("CouncilSessionStatusChanges");
        builder.Property(h => h.ActorUserId).HasMaxLength(450);
        builder.Property(h => h.Comment).HasMaxLength(2000);
    }
}

internal sealed class GoodPracticeStatusChangeConfiguration : IEntityTypeConfiguration<Domain.Practices.GoodPracticeStatusChange>
{
    public void Configure(EntityTypeBuilder<Domain.Practices.GoodPracticeStatusChange> builder)
    {
        builder.ToTable("GoodPracticeStatusChanges");
        builder.Property(h => h.ActorUserId).HasMaxLength(450);
        builder.Property(h => h.Comment).HasMaxLength(2000);
    }
}

internal sealed class ConsolidatedReportStatusChangeConfiguration : IEntityTypeConfiguration<ConsolidatedReportStatusChange>
{
    public void Configure(EntityTypeBuilder<ConsolidatedReportStatusChange> builder)
    {
        builder.ToTable("ConsolidatedReportStatusChanges");
        builder.Property(h => h.ActorUserId).HasMaxLength(450);
        builder.Property(h => h.Comment).HasMaxLength(2000);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.Action).HasMaxLength(100);
        builder.Property(a => a.EntityType).HasMaxLength(100);
        builder.Property(a => a.EntityId).HasMaxLength(100);
        builder.Property(a => a.Details).HasMaxLength(4000);
        builder.Property(a => a.IpAddress).HasMaxLength(64);
        builder.Property(a => a.Hash).HasMaxLength(64);
        builder.Property(a => a.PreviousHash).HasMaxLength(64);
    }
}

internal sealed class AuditWitnessConfiguration : IEntityTypeConfiguration<AuditWitness>
{
    public void Configure(EntityTypeBuilder<AuditWitness> builder)
    {
        builder.Property(w => w.Subject).HasMaxLength(260);
        builder.Property(w => w.Hash).HasMaxLength(64);
        builder.HasIndex(w => w.Position);
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.FullName).HasMaxLength(100);
        builder.Property(u => u.Position).HasMaxLength(100);
        builder.Property(u => u.SigningOffice).HasConversion<string>().HasMaxLength(30);
        builder.HasOne(u => u.Unit).WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
