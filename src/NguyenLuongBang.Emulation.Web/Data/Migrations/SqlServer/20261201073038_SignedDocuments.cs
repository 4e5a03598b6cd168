using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NguyenLuongBang.Emulation.Web.Data.Migrations.SqlServer
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

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AddedAt",
                table: "IssuedFiles",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AddedByName",
                table: "IssuedFiles",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignedWith",
                table: "IssuedDocuments",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SignedWithDemo",
                table: "IssuedDocuments",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "VerificationCode",
                table: "IssuedDocuments",
                type: "nvarchar(12)",
                maxLength: 12,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SigningCertificates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Pkcs12 = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Issuer = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Thumbprint = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    NotBefore = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    NotAfter = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    IsDemo = table.Column<bool>(type: "bit", nullable: false),
                    InstalledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    InstalledByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    RemovedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
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
