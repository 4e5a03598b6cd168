using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NguyenLuongBang.Emulation.Domain.Documents;

namespace NguyenLuongBang.Emulation.Web.Data.Configurations;

internal sealed class RegisteredDocumentConfiguration : IEntityTypeConfiguration<RegisteredDocument>
{
    public void Configure(EntityTypeBuilder<RegisteredDocument> builder)
    {
        builder.ToTable("DocumentRegister");

        // The database itself refuses a number given twice.
        builder.HasIndex(d => new { d.Issuer, d.TypeCode, d.Year, d.Sequence }).IsUnique();
        builder.Property(d => d.Issuer).HasMaxLength(20);
        builder.Property(d => d.TypeCode).HasMaxLength(10);
        builder.Property(d => d.Title).HasMaxLength(500);
        builder.Ignore(d => d.Number);
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
    }
}

internal sealed class IssuedFileConfiguration : IEntityTypeConfiguration<IssuedFile>
{
    public void Configure(EntityTypeBuilder<IssuedFile> builder)
    {
        builder.ToTable("IssuedFiles");
        builder.HasIndex(f => new { f.IssuedDocumentId, f.Format }).IsUnique();
        builder.HasOne(f => f.StoredFile).WithMany().HasForeignKey(f => f.StoredFileId);
    }
}
