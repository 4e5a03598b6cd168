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
