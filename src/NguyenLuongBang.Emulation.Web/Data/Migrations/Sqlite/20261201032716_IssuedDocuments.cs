using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NguyenLuongBang.Emulation.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IssuedDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "Denominator",
                table: "IndicatorValues",
                type: "REAL",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Aggregation",
                table: "Indicators",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            // Indicators that existed before: what their kind implies (the administrator may mark stocks afterwards).
            migrationBuilder.Sql("UPDATE \"Indicators\" SET \"Aggregation\" = CASE \"Kind\" WHEN 'Percent' THEN 'Rate' WHEN 'YesNo' THEN 'YesNo' ELSE 'Flow' END;");

            migrationBuilder.AddColumn<string>(
                name: "ChairName",
                table: "CouncilSessions",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ChairUserId",
                table: "CouncilSessions",
                type: "TEXT",
                maxLength: 450,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "MinutesDocumentId",
                table: "CouncilSessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SecretaryName",
                table: "CouncilSessions",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SecretaryUserId",
                table: "CouncilSessions",
                type: "TEXT",
                maxLength: 450,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "DocumentId",
                table: "ConsolidatedReports",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DocumentId",
                table: "AwardSubmissions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CertificateDocumentId",
                table: "AwardLines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Gender",
                table: "AwardLines",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CorrectsSignedOn",
                table: "AwardDecisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DocumentId",
                table: "AwardDecisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ProposalIssuedOn",
                table: "AwardDecisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ConsolidatedReportStatusChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConsolidatedReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ActorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsolidatedReportStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsolidatedReportStatusChanges_ConsolidatedReports_ConsolidatedReportId",
                        column: x => x.ConsolidatedReportId,
                        principalTable: "ConsolidatedReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IssuedDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RegistrationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Model = table.Column<string>(type: "TEXT", maxLength: 2000000, nullable: false),
                    ReplacesId = table.Column<int>(type: "INTEGER", nullable: true),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IssuedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuedDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IssuedDocuments_DocumentRegister_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "DocumentRegister",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IssuedDocuments_IssuedDocuments_ReplacesId",
                        column: x => x.ReplacesId,
                        principalTable: "IssuedDocuments",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "IssuedFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IssuedDocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StoredFileId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuedFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IssuedFiles_IssuedDocuments_IssuedDocumentId",
                        column: x => x.IssuedDocumentId,
                        principalTable: "IssuedDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IssuedFiles_StoredFiles_StoredFileId",
                        column: x => x.StoredFileId,
                        principalTable: "StoredFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CouncilSessions_MinutesDocumentId",
                table: "CouncilSessions",
                column: "MinutesDocumentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConsolidatedReports_DocumentId",
                table: "ConsolidatedReports",
                column: "DocumentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AwardSubmissions_DocumentId",
                table: "AwardSubmissions",
                column: "DocumentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AwardLines_CertificateDocumentId",
                table: "AwardLines",
                column: "CertificateDocumentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AwardDecisions_DocumentId",
                table: "AwardDecisions",
                column: "DocumentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConsolidatedReportStatusChanges_ConsolidatedReportId",
                table: "ConsolidatedReportStatusChanges",
                column: "ConsolidatedReportId");

            migrationBuilder.CreateIndex(
                name: "IX_IssuedDocuments_Kind_IssuedOn",
                table: "IssuedDocuments",
                columns: new[] { "Kind", "IssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_IssuedDocuments_RegistrationId",
                table: "IssuedDocuments",
                column: "RegistrationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IssuedDocuments_ReplacesId",
                table: "IssuedDocuments",
                column: "ReplacesId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IssuedFiles_IssuedDocumentId_Format",
                table: "IssuedFiles",
                columns: new[] { "IssuedDocumentId", "Format" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IssuedFiles_StoredFileId",
                table: "IssuedFiles",
                column: "StoredFileId");

            migrationBuilder.AddForeignKey(
                name: "FK_AwardDecisions_IssuedDocuments_DocumentId",
                table: "AwardDecisions",
                column: "DocumentId",
                principalTable: "IssuedDocuments",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_AwardLines_IssuedDocuments_CertificateDocumentId",
                table: "AwardLines",
                column: "CertificateDocumentId",
                principalTable: "IssuedDocuments",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_AwardSubmissions_IssuedDocuments_DocumentId",
                table: "AwardSubmissions",
                column: "DocumentId",
                principalTable: "IssuedDocuments",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_ConsolidatedReports_IssuedDocuments_DocumentId",
                table: "ConsolidatedReports",
                column: "DocumentId",
                principalTable: "IssuedDocuments",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_CouncilSessions_IssuedDocuments_MinutesDocumentId",
                table: "CouncilSessions",
                column: "MinutesDocumentId",
                principalTable: "IssuedDocuments",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AwardDecisions_IssuedDocuments_DocumentId",
                table: "AwardDecisions");

            migrationBuilder.DropForeignKey(
                name: "FK_AwardLines_IssuedDocuments_CertificateDocumentId",
                table: "AwardLines");

            migrationBuilder.DropForeignKey(
                name: "FK_AwardSubmissions_IssuedDocuments_DocumentId",
                table: "AwardSubmissions");

            migrationBuilder.DropForeignKey(
                name: "FK_ConsolidatedReports_IssuedDocuments_DocumentId",
                table: "ConsolidatedReports");

            migrationBuilder.DropForeignKey(
                name: "FK_CouncilSessions_IssuedDocuments_MinutesDocumentId",
                table: "CouncilSessions");

            migrationBuilder.DropTable(
                name: "ConsolidatedReportStatusChanges");

            migrationBuilder.DropTable(
                name: "IssuedFiles");

            migrationBuilder.DropTable(
                name: "IssuedDocuments");

            migrationBuilder.DropIndex(
                name: "IX_CouncilSessions_MinutesDocumentId",
                table: "CouncilSessions");

            migrationBuilder.DropIndex(
                name: "IX_ConsolidatedReports_DocumentId",
                table: "ConsolidatedReports");

            migrationBuilder.DropIndex(
                name: "IX_AwardSubmissions_DocumentId",
                table: "AwardSubmissions");

            migrationBuilder.DropIndex(
                name: "IX_AwardLines_CertificateDocumentId",
                table: "AwardLines");

            migrationBuilder.DropIndex(
                name: "IX_AwardDecisions_DocumentId",
                table: "AwardDecisions");

            migrationBuilder.DropColumn(
                name: "Denominator",
                table: "IndicatorValues");

            migrationBuilder.DropColumn(
                name: "Aggregation",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "ChairName",
                table: "CouncilSessions");

            migrationBuilder.DropColumn(
                name: "ChairUserId",
                table: "CouncilSessions");

            migrationBuilder.DropColumn(
                name: "MinutesDocumentId",
                table: "CouncilSessions");

            migrationBuilder.DropColumn(
                name: "SecretaryName",
                table: "CouncilSessions");

            migrationBuilder.DropColumn(
                name: "SecretaryUserId",
                table: "CouncilSessions");

            migrationBuilder.DropColumn(
                name: "DocumentId",
                table: "ConsolidatedReports");

            migrationBuilder.DropColumn(
                name: "DocumentId",
                table: "AwardSubmissions");

            migrationBuilder.DropColumn(
                name: "CertificateDocumentId",
                table: "AwardLines");

            migrationBuilder.DropColumn(
                name: "Gender",
                table: "AwardLines");

            migrationBuilder.DropColumn(
                name: "CorrectsSignedOn",
                table: "AwardDecisions");

            migrationBuilder.DropColumn(
                name: "DocumentId",
                table: "AwardDecisions");

            migrationBuilder.DropColumn(
                name: "ProposalIssuedOn",
                table: "AwardDecisions");
        }
    }
}
