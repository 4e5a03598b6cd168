using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NguyenLuongBang.Emulation.Web.Data.Migrations.PostgreSql
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
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AddedByName",
                table: "IssuedFiles",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignedWith",
                table: "IssuedDocuments",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SignedWithDemo",
                table: "IssuedDocuments",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "VerificationCode",
                table: "IssuedDocuments",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SigningCertificates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Pkcs12 = table.Column<byte[]>(type: "bytea", nullable: false),
                    Subject = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Issuer = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Thumbprint = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    NotBefore = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NotAfter = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    InstalledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    InstalledByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RemovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
                filter: "\"Format\" <> 'SignedPdf'");

            migrationBuilder.CreateIndex(
                name: "IX_IssuedDocuments_VerificationCode",
                table: "IssuedDocuments",
                column: "VerificationCode",
                unique: true,
                filter: "\"VerificationCode\" IS NOT NULL");
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
