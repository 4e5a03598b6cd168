using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Units;

namespace NguyenLuongBang.Emulation.Web.Data.Configurations;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.Property(c => c.Number).HasMaxLength(50);
        builder.Property(c => c.Title).HasMaxLength(1000);
        builder.Property(c => c.LegalBases).HasMaxLength(4000);
        builder.Ignore(c => c.Rounds);
    }
}

internal sealed class ContentAreaConfiguration : IEntityTypeConfiguration<ContentArea>
{
    public void Configure(EntityTypeBuilder<ContentArea> builder)
    {
        builder.HasCommuneIndex(nameof(ContentArea.Number)).IsUnique();
        builder.Property(a => a.ShortTitle).HasMaxLength(200);
        builder.Property(a => a.FullText).HasMaxLength(4000);
    }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.HasCommuneIndex(nameof(Indicator.Code)).IsUnique();
        builder.Property(i => i.Code).HasMaxLength(20);
        builder.Property(i => i.Name).HasMaxLength(300);
        builder.Property(i => i.MeasureUnit).HasMaxLength(30);
        builder.Property(i => i.UnitTypeCodes).HasMaxLength(400);
        builder.Ignore(i => i.UnitTypes);
        builder.HasOne<ContentArea>().WithMany().HasForeignKey(i => i.ContentAreaId);
    }
}

internal sealed class UnitTypeConfiguration : IEntityTypeConfiguration<UnitType>
{
    public void Configure(EntityTypeBuilder<UnitType> builder)
    {
        builder.HasCommuneIndex(nameof(UnitType.Code)).IsUnique();
        builder.Property(t => t.Code).HasMaxLength(30);
        builder.Property(t => t.Name).HasMaxLength(200);
    }
}

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.HasCommuneIndex(nameof(Unit.Name)).IsUnique();
        builder.Property(u => u.Name).HasMaxLength(200);
        builder.Property(u => u.HeadName).HasMaxLength(100);
        builder.Property(u => u.HeadPosition).HasMaxLength(100);
        builder.Property(u => u.Phone).HasMaxLength(20);
        builder.Property(u => u.Email).HasMaxLength(100);
        builder.HasOne(u => u.UnitType).WithMany().HasForeignKey(u => u.UnitTypeId);
    }
}

internal sealed class UnitLaunchPlanConfiguration : IEntityTypeConfiguration<UnitLaunchPlan>
{
    public void Configure(EntityTypeBuilder<UnitLaunchPlan> builder)
    {
        builder.HasIndex(p => p.UnitId).IsUnique();
        builder.Property(p => p.Number).HasMaxLength(50);
        builder.Property(p => p.RegisteredByName).HasMaxLength(256);
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId);
        builder.HasOne<Domain.Files.StoredFile>().WithMany().HasForeignKey(p => p.FileId);
    }
}

internal sealed class CommuneConfiguration : IEntityTypeConfiguration<Domain.Communes.Commune>
{
    public void Configure(EntityTypeBuilder<Domain.Communes.Commune> builder)
    {
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.Property(c => c.Slug).HasMaxLength(60);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Ignore(c => c.DisplayName);
        builder.Ignore(c => c.IsCity);
    }
}
