using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NguyenLuongBang.Emulation.Domain.Notifications;
using NguyenLuongBang.Emulation.Domain.Settings;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
        builder.HasIndex(n => new { n.UserId, n.DedupeKey }).IsUnique().HasFilter("[DedupeKey] IS NOT NULL");
        builder.Property(n => n.UserId).HasMaxLength(450);
        builder.Property(n => n.Text).HasMaxLength(500);
        builder.Property(n => n.Url).HasMaxLength(300);
        builder.Property(n => n.DedupeKey).HasMaxLength(100);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId);
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.HasIndex(m => m.SentAt);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.Body).HasMaxLength(4000);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.Ignore(m => m.LastFailedAt);
    }
}

internal sealed class PortalSettingConfiguration : IEntityTypeConfiguration<PortalSetting>
{
    public void Configure(EntityTypeBuilder<PortalSetting> builder)
    {
        builder.HasCommuneIndex(nameof(PortalSetting.Key)).IsUnique();
        builder.Property(s => s.Key).HasMaxLength(100);
        builder.Property(s => s.Value).HasMaxLength(1000);
    }
}

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(64);
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.Property(s => s.SecurityStamp).HasMaxLength(256);
        builder.Property(s => s.EndedReason).HasMaxLength(200);
        builder.Property(s => s.IpAddress).HasMaxLength(64);
        builder.Property(s => s.UserAgent).HasMaxLength(256);
        builder.Ignore(s => s.IsActive);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.UserId, s.EndedAt });
    }
}

/// <summary>
/// The Data Protection key ring: each key is an XML document of about a kilobyte, so it has no
/// length limit (the 256 characters every other text gets would refuse the first key on a server
/// engine; SQLite does not enforce lengths, which hid it).
/// </summary>
internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> builder)
    {
        builder.Property(k => k.Xml).HasMaxLength(-1);
    }
}

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<Infrastructure.JobLease>
{
    public void Configure(EntityTypeBuilder<Infrastructure.JobLease> builder)
    {
        builder.HasKey(l => l.Job);
        builder.Property(l => l.Job).HasMaxLength(50);
        builder.Property(l => l.Holder).HasMaxLength(100);
    }
}
