using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Registrations;
using NguyenLuongBang.Emulation.Domain.Units;

namespace NguyenLuongBang.Emulation.Web.Data.Configurations;

internal sealed class EmulationRegistrationConfiguration : IEntityTypeConfiguration<EmulationRegistration>
{
    public void Configure(EntityTypeBuilder<EmulationRegistration> builder)
    {
        builder.HasIndex(r => new { r.UnitId, r.Year }).IsUnique();
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId);
        builder.Property(r => r.ReviewerComment).HasMaxLength(2000);
        builder.Ignore(r => r.IsEditable);
        builder.HasMany(r => r.Areas).WithOne().HasForeignKey(a => a.EmulationRegistrationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Targets).WithOne().HasForeignKey(t => t.EmulationRegistrationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.History).WithOne().HasForeignKey(h => h.EmulationRegistrationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RegistrationAreaConfiguration : IEntityTypeConfiguration<RegistrationArea>
{
    public void Configure(EntityTypeBuilder<RegistrationArea> builder)
    {
        builder.ToTable("RegistrationAreas");
        builder.HasOne<ContentArea>().WithMany().HasForeignKey(a => a.ContentAreaId);
    }
}

internal sealed class RegistrationTargetConfiguration : IEntityTypeConfiguration<RegistrationTarget>
{
    public void Configure(EntityTypeBuilder<RegistrationTarget> builder)
    {
        builder.ToTable("RegistrationTargets");
        builder.HasIndex(t => new { t.EmulationRegistrationId, t.IndicatorId }).IsUnique();
        builder.HasOne<Indicator>().WithMany().HasForeignKey(t => t.IndicatorId);
        builder.Property(t => t.Target).HasPrecision(18, 2);
    }
}

internal sealed class RegistrationStatusChangeConfiguration : IEntityTypeConfiguration<RegistrationStatusChange>
{
    public void Configure(EntityTypeBuilder<RegistrationStatusChange> builder)
    {
        builder.ToTable("RegistrationStatusChanges");
        builder.Property(h => h.ActorUserId).HasMaxLength(450);
        builder.Property(h => h.Comment).HasMaxLength(2000);
    }
}
