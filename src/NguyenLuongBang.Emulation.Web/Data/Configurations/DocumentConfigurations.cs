using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Domain.Files;

namespace NguyenLuongBang.Emulation.Web.Data.Configurations;

internal sealed class RegisteredDocumentConfiguration : IEntityTypeConfiguration<RegisteredDocument>
{
    public void Configure(EntityTypeBuilder<RegisteredDocument> builder)
    {
        builder.ToTable("DocumentRegister");

        // The database itself refuses a number given twice.
        builder.HasCommuneIndex(nameof(RegisteredDocument.Issuer), nameof(RegisteredDocument.TypeCode), nameof(RegisteredDocument.Year), nameof(RegisteredDocument.Sequence)).IsUnique();
        builder.Property(d => d.Issuer).HasMaxLength(20);
        builder.Property(d => d.TypeCode).HasMaxLength(10);
        builder.Property(d => d.Title).HasMaxLength(500);
        builder.Ignore(d => d.Number);
    }
}

internal sealed class RegisterStartConfiguration : IEntityTypeConfiguration<RegisterStart>
{
    public void Configure(EntityTypeBuilder<RegisterStart> builder)
    {
        builder.HasCommuneIndex(nameof(RegisterStart.Issuer), nameof(RegisterStart.TypeCode), nameof(RegisterStart.Year)).IsUnique();
        builder.Property(d => d.Issuer).HasMaxLength(20);
        builder.Property(d => d.TypeCode).HasMaxLength(10);
        builder.Property(d => d.SetByName).HasMaxLength(100);
    }
}

internal sealed class IssuedDocumentConfiguration : IEntityTypeConfiguration<IssuedDocument>
{
    public void Configure(EntityTypeBuilder<IssuedDocument> builder)
    {
        // One issued document per register number, and a document is replaced at most once.
        builder.HasOne(d => d.Registration).WithMany().HasForeignKey(d => d.RegistrationId);
        builder.HasIndex(d => d.RegistrationId).IsUnique();
        builder.HasOne(d => d.Replaces).WithMany().HasForeignKey(d => d.ReplacesId);
        builder.HasIndex(d => d.ReplacesId).IsUnique();
        builder.HasIndex(d => new { d.Kind, d.IssuedOn });
        builder.Property(d => d.Number).HasMaxLength(50);
        builder.Property(d => d.Title).HasMaxLength(500);
        builder.Property(d => d.SignerName).HasMaxLength(100);
        builder.Property(d => d.Model).HasMaxLength(IssuedDocument.ModelMaxLength);
        builder.HasMany(d => d.Files).WithOne().HasForeignKey(f => f.IssuedDocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(d => d.OfficialPdf);
        builder.Property(d => d.SignedWith).HasMaxLength(500);

        // The public check finds a document by its code: one document per code.
        builder.Property(d => d.VerificationCode).HasMaxLength(VerificationCode.Length);
        builder.HasIndex(d => d.VerificationCode).IsUnique().HasFilter("[VerificationCode] IS NOT NULL");
    }
}

internal sealed class IssuedFileConfiguration : IEntityTypeConfiguration<IssuedFile>
{
    public void Configure(EntityTypeBuilder<IssuedFile> builder)
    {
        builder.ToTable("IssuedFiles");

        // One file per format as issued; copies signed elsewhere may follow one another (the latest counts).
        builder.HasIndex(f => new { f.IssuedDocumentId, f.Format }).IsUnique().HasFilter("[Format] <> 'SignedPdf'");
        builder.Property(f => f.AddedByName).HasMaxLength(100);
        builder.HasOne(f => f.StoredFile).WithMany().HasForeignKey(f => f.StoredFileId);
    }
}

internal sealed class SigningCertificateConfiguration : IEntityTypeConfiguration<SigningCertificate>
{
    public void Configure(EntityTypeBuilder<SigningCertificate> builder)
    {
        builder.Property(c => c.Subject).HasMaxLength(500);
        builder.Property(c => c.Issuer).HasMaxLength(500);
        builder.Property(c => c.Thumbprint).HasMaxLength(128);
        builder.Property(c => c.InstalledByName).HasMaxLength(100);
        builder.Property(c => c.AccountId).HasMaxLength(450);
        builder.HasOne<Identity.AppUser>().WithMany().HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(c => c.IsActive);
    }
}

internal sealed class PersonalCertificateConfiguration : IEntityTypeConfiguration<PersonalCertificate>
{
    public void Configure(EntityTypeBuilder<PersonalCertificate> builder)
    {
        builder.ToTable("PersonalCertificates");

        // Found by the account (the binding page, the person a document names) and by the certificate.
        builder.HasCommuneIndex(nameof(PersonalCertificate.AccountId));
        builder.HasCommuneIndex(nameof(PersonalCertificate.Thumbprint));
        builder.HasOne<Identity.AppUser>().WithMany().HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.AccountId).HasMaxLength(450);
        builder.Property(c => c.Subject).HasMaxLength(500);
        builder.Property(c => c.Issuer).HasMaxLength(500);
        builder.Property(c => c.Thumbprint).HasMaxLength(PersonalCertificate.ThumbprintLength);
        builder.Property(c => c.InstalledById).HasMaxLength(450);
        builder.Property(c => c.InstalledByName).HasMaxLength(100);
        builder.Ignore(c => c.IsActive);
    }
}

internal sealed class GuidanceDocumentConfiguration : IEntityTypeConfiguration<GuidanceDocument>
{
    public void Configure(EntityTypeBuilder<GuidanceDocument> builder)
    {
        builder.ToTable("GuidanceDocuments");
        builder.Property(d => d.Title).HasMaxLength(300);
        builder.Property(d => d.Number).HasMaxLength(50);
        builder.Property(d => d.Issuer).HasMaxLength(200);
        builder.Property(d => d.PublishedByName).HasMaxLength(100);
        builder.Property(d => d.WithdrawnByName).HasMaxLength(100);
        builder.Property(d => d.WithdrawalReason).HasMaxLength(500);
        builder.Ignore(d => d.IsWithdrawn);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(d => d.FileId);
        builder.HasIndex(d => d.PublishedAt);
    }
}
