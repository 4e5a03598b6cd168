using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Files;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Domain.Units;

namespace NguyenLuongBang.Emulation.Web.Data.Configurations;

internal sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> builder)
    {
        builder.HasIndex(r => new { r.UnitId, r.Year }).IsUnique();
        builder.HasIndex(r => new { r.Year, r.Status });
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId);
        builder.Property(r => r.Difficulties).HasMaxLength(ReportAreaSection.NarrativeMaxLength);
        builder.Property(r => r.Recommendations).HasMaxLength(ReportAreaSection.NarrativeMaxLength);
        builder.Property(r => r.ReturnComment).HasMaxLength(4000);
        builder.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        builder.Ignore(r => r.IsEditable);

        builder.HasMany(r => r.Sections).WithOne().HasForeignKey(s => s.AnnualReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.ProposedCommendations).WithOne().HasForeignKey(p => p.AnnualReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Attachments).WithOne().HasForeignKey(a => a.AnnualReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.History).WithOne().HasForeignKey(h => h.AnnualReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Versions).WithOne().HasForeignKey(v => v.AnnualReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReportAreaSectionConfiguration : IEntityTypeConfiguration<ReportAreaSection>
{
    public void Configure(EntityTypeBuilder<ReportAreaSection> builder)
    {
        builder.ToTable("ReportAreaSections");
        builder.HasIndex(s => new { s.AnnualReportId, s.ContentAreaId }).IsUnique();
        builder.HasOne<ContentArea>().WithMany().HasForeignKey(s => s.ContentAreaId);
        builder.Property(s => s.Narrative).HasMaxLength(ReportAreaSection.NarrativeMaxLength);
        builder.Property(s => s.NoActivityReason).HasMaxLength(2000);
        builder.Property(s => s.ReviewerComment).HasMaxLength(4000);
        builder.Ignore(s => s.IsComplete);
        builder.HasMany(s => s.IndicatorValues).WithOne().HasForeignKey(v => v.ReportAreaSectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> builder)
    {
        builder.ToTable("IndicatorValues");
        builder.HasIndex(v => new { v.ReportAreaSectionId, v.IndicatorId }).IsUnique();
        builder.HasOne<Indicator>().WithMany().HasForeignKey(v => v.IndicatorId);
        builder.Property(v => v.Value).HasPrecision(18, 2);
        builder.Property(v => v.Note).HasMaxLength(500);
    }
}

internal sealed class ProposedCommendationConfiguration : IEntityTypeConfiguration<ProposedCommendation>
{
    public void Configure(EntityTypeBuilder<ProposedCommendation> builder)
    {
        builder.ToTable("ProposedCommendations");
        builder.Property(p => p.NomineeName).HasMaxLength(200);
        builder.Property(p => p.Position).HasMaxLength(200);
        builder.Property(p => p.Achievement).HasMaxLength(4000);
    }
}

internal sealed class ReportAttachmentConfiguration : IEntityTypeConfiguration<ReportAttachment>
{
    public void Configure(EntityTypeBuilder<ReportAttachment> builder)
    {
        builder.ToTable("ReportAttachments");
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(a => a.StoredFileId);
        builder.HasOne<ContentArea>().WithMany().HasForeignKey(a => a.ContentAreaId);
    }
}

internal sealed class ReportStatusChangeConfiguration : IEntityTypeConfiguration<ReportStatusChange>
{
    public void Configure(EntityTypeBuilder<ReportStatusChange> builder)
    {
        builder.Property(h => h.ActorUserId).HasMaxLength(450);
        builder.Property(h => h.ActorName).HasMaxLength(256);
        builder.Property(h => h.Comment).HasMaxLength(4000);
    }
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.Property(f => f.FileName).HasMaxLength(200);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(f => f.UploadedByUserId).HasMaxLength(450);
    }
}

internal sealed class ReportVersionConfiguration : IEntityTypeConfiguration<ReportVersion>
{
    public void Configure(EntityTypeBuilder<ReportVersion> builder)
    {
        builder.HasIndex(v => new { v.AnnualReportId, v.Number }).IsUnique();

        // A frozen copy of a whole report: up to 8 narratives of 20,000 characters and more.
        builder.Property(v => v.Content).HasMaxLength(400_000);
    }
}

internal sealed class LockExceptionConfiguration : IEntityTypeConfiguration<LockException>
{
    public void Configure(EntityTypeBuilder<LockException> builder)
    {
        builder.HasIndex(e => new { e.UnitId, e.Year });
        builder.HasOne<Unit>().WithMany().HasForeignKey(e => e.UnitId);
        builder.Property(e => e.Reason).HasMaxLength(1000);
    }
}
