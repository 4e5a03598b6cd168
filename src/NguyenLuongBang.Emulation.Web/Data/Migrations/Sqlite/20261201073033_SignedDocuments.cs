using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NguyenLuongBang.Emulation.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SignedDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IssuedFiles_IssuedDocumentId_Format",
                table: "IssuedFiles");

            migrationBuilder.AddColumn<long>(
                name: "AddedAt",
                table: "IssuedFiles",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AddedByName",
                table: "IssuedFiles",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignedWith",
                table: "IssuedDocuments",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SignedWithDemo",
                table: "IssuedDocuments",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "VerificationCode",
                table: "IssuedDocuments",
                type: "TEXT",
                maxLength: 12,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SigningCertificates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Pkcs12 = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Thumbprint = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    NotBefore = table.Column<long>(type: "INTEGER", nullable: false),
                    NotAfter = table.Column<long>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    InstalledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    InstalledByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RemovedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SigningCertificates", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IssuedFiles_IssuedDocumentId_Format",
                table: "IssuedFiles",
                columns: new[] { "IssuedDocumentId", "Format" },
                unique: true,
                filter: "[Format] <> 'SignedPdf'");

            migrationBuilder.CreateIndex(
                name: "IX_IssuedDocuments_VerificationCode",
                table: "IssuedDocuments",
                column: "VerificationCode",
                unique: true,
                filter: "[VerificationCode] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SigningCertificates");

            migrationBuilder.DropIndex(
                name: "IX_IssuedFiles_IssuedDocumentId_Format",
                table: "IssuedFiles");

            migrationBuilder.DropIndex(
                name: "IX_IssuedDocuments_VerificationCode",
                table: "IssuedDocuments");

            migrationBuilder.DropColumn(
                name: "AddedAt",
                table: "IssuedFiles");

            migrationBuilder.DropColumn(
                name: "AddedByName",
                table: "IssuedFiles");

            migrationBuilder.DropColumn(
                name: "SignedWith",
                table: "IssuedDocuments");

            migrationBuilder.DropColumn(
                name: "SignedWithDemo",
                table: "IssuedDocuments");

            migrationBuilder.DropColumn(
                name: "VerificationCode",
                table: "IssuedDocuments");

            migrationBuilder.CreateIndex(
                name: "IX_IssuedFiles_IssuedDocumentId_Format",
                table: "IssuedFiles",
                columns: new[] { "IssuedDocumentId", "Format" },
                unique: true);
        }
    }
}
