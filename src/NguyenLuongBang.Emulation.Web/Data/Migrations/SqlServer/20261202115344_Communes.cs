using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NguyenLuongBang.Emulation.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Communes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_UnitTypes_Code",
                table: "UnitTypes");

            migrationBuilder.DropIndex(
                name: "IX_Units_Name",
                table: "Units");

            migrationBuilder.DropIndex(
                name: "IX_Settings_Key",
                table: "Settings");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_Code",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_DocumentRegister_Issuer_TypeCode_Year_Sequence",
                table: "DocumentRegister");

            migrationBuilder.DropIndex(
                name: "IX_ContentAreas_Number",
                table: "ContentAreas");

            migrationBuilder.DropIndex(
                name: "IX_ConsolidatedReports_RoundKind_RoundYear",
                table: "ConsolidatedReports");

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "UnitTypes",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "Units",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "UnitLaunchPlans",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "StoredFiles",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "SigningCertificates",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "Settings",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "ReportVersions",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "ReportStatusChanges",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "ReportAttachments",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "ReportAreaSections",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "RegistrationTargets",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "RegistrationStatusChanges",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "Registrations",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "RegistrationAreas",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "ProposedCommendations",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "OutboxMessages",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "Notifications",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "NominationStatusChanges",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "Nominations",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "NominationObjections",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "LockExceptions",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "IssuedFiles",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "IssuedDocuments",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "IndicatorValues",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "Indicators",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "GuidanceDocuments",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "GoodPracticeStatusChanges",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "GoodPractices",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "DocumentRegister",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "CouncilVotes",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "CouncilSessionStatusChanges",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "CouncilSessions",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "CouncilAttendances",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "CouncilAgendaItems",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "ContentAreas",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "ConsolidatedReportStatusChanges",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "ConsolidatedReports",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "Campaigns",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "AwardSubmissions",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "AwardLines",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "AwardDecisions",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "AuditEntries",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "AspNetUsers",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "AnnualReports",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.AddColumn<int>(
                name: "CommuneId",
                table: "AchievementReports",
                type: "int",
                nullable: false,
                defaultValue: Domain.Communes.Commune.FirstId);

            migrationBuilder.CreateTable(
                name: "Communes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Slug = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    IsActive = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Communes", x => x.Id);
                });

            // The commune this deployment served before there were several: it owns every existing
            // row (the columns above default to it) and is the first of a new database. No Id is
            // given, so the identity column (and PostgreSQL's sequence) counts it: it is 1.
            migrationBuilder.InsertData(
                table: "Communes",
                columns: ["Slug", "Name", "Kind", "IsActive"],
                values: new object[] { "nguyen-luong-bang", "Nguyễn Lương Bằng", "Xa", true });

            migrationBuilder.Sql("UPDATE [AspNetUsers] SET [CommuneId] = 1");

            migrationBuilder.CreateIndex(
                name: "IX_UnitTypes_CommuneId_Code",
                table: "UnitTypes",
                columns: new[] { "CommuneId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Units_CommuneId_Name",
                table: "Units",
                columns: new[] { "CommuneId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitLaunchPlans_CommuneId",
                table: "UnitLaunchPlans",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_StoredFiles_CommuneId",
                table: "StoredFiles",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_SigningCertificates_CommuneId",
                table: "SigningCertificates",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_Settings_CommuneId_Key",
                table: "Settings",
                columns: new[] { "CommuneId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportVersions_CommuneId",
                table: "ReportVersions",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportStatusChanges_CommuneId",
                table: "ReportStatusChanges",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportAttachments_CommuneId",
                table: "ReportAttachments",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportAreaSections_CommuneId",
                table: "ReportAreaSections",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationTargets_CommuneId",
                table: "RegistrationTargets",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationStatusChanges_CommuneId",
                table: "RegistrationStatusChanges",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_Registrations_CommuneId",
                table: "Registrations",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationAreas_CommuneId",
                table: "RegistrationAreas",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposedCommendations_CommuneId",
                table: "ProposedCommendations",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_CommuneId",
                table: "OutboxMessages",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_CommuneId",
                table: "Notifications",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_NominationStatusChanges_CommuneId",
                table: "NominationStatusChanges",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_CommuneId",
                table: "Nominations",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_NominationObjections_CommuneId",
                table: "NominationObjections",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_LockExceptions_CommuneId",
                table: "LockExceptions",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_IssuedFiles_CommuneId",
                table: "IssuedFiles",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_IssuedDocuments_CommuneId",
                table: "IssuedDocuments",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_CommuneId",
                table: "IndicatorValues",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_CommuneId_Code",
                table: "Indicators",
                columns: new[] { "CommuneId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceDocuments_CommuneId",
                table: "GuidanceDocuments",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_GoodPracticeStatusChanges_CommuneId",
                table: "GoodPracticeStatusChanges",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_GoodPractices_CommuneId",
                table: "GoodPractices",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentRegister_CommuneId_Issuer_TypeCode_Year_Sequence",
                table: "DocumentRegister",
                columns: new[] { "CommuneId", "Issuer", "TypeCode", "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CouncilVotes_CommuneId",
                table: "CouncilVotes",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilSessionStatusChanges_CommuneId",
                table: "CouncilSessionStatusChanges",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilSessions_CommuneId",
                table: "CouncilSessions",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilAttendances_CommuneId",
                table: "CouncilAttendances",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilAgendaItems_CommuneId",
                table: "CouncilAgendaItems",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_ContentAreas_CommuneId_Number",
                table: "ContentAreas",
                columns: new[] { "CommuneId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConsolidatedReportStatusChanges_CommuneId",
                table: "ConsolidatedReportStatusChanges",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsolidatedReports_CommuneId_RoundKind_RoundYear",
                table: "ConsolidatedReports",
                columns: new[] { "CommuneId", "RoundKind", "RoundYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_CommuneId",
                table: "Campaigns",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardSubmissions_CommuneId",
                table: "AwardSubmissions",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardLines_CommuneId",
                table: "AwardLines",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardDecisions_CommuneId",
                table: "AwardDecisions",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_CommuneId",
                table: "AuditEntries",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_CommuneId",
                table: "AspNetUsers",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReports_CommuneId",
                table: "AnnualReports",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_AchievementReports_CommuneId",
                table: "AchievementReports",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_Communes_Slug",
                table: "Communes",
                column: "Slug",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_AchievementReports_Communes_CommuneId",
                table: "AchievementReports",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_AnnualReports_Communes_CommuneId",
                table: "AnnualReports",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_Communes_CommuneId",
                table: "AspNetUsers",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_AuditEntries_Communes_CommuneId",
                table: "AuditEntries",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_AwardDecisions_Communes_CommuneId",
                table: "AwardDecisions",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_AwardLines_Communes_CommuneId",
                table: "AwardLines",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_AwardSubmissions_Communes_CommuneId",
                table: "AwardSubmissions",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Campaigns_Communes_CommuneId",
                table: "Campaigns",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ConsolidatedReports_Communes_CommuneId",
                table: "ConsolidatedReports",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ConsolidatedReportStatusChanges_Communes_CommuneId",
                table: "ConsolidatedReportStatusChanges",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ContentAreas_Communes_CommuneId",
                table: "ContentAreas",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_CouncilAgendaItems_Communes_CommuneId",
                table: "CouncilAgendaItems",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_CouncilAttendances_Communes_CommuneId",
                table: "CouncilAttendances",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_CouncilSessions_Communes_CommuneId",
                table: "CouncilSessions",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_CouncilSessionStatusChanges_Communes_CommuneId",
                table: "CouncilSessionStatusChanges",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_CouncilVotes_Communes_CommuneId",
                table: "CouncilVotes",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_DocumentRegister_Communes_CommuneId",
                table: "DocumentRegister",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_GoodPractices_Communes_CommuneId",
                table: "GoodPractices",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_GoodPracticeStatusChanges_Communes_CommuneId",
                table: "GoodPracticeStatusChanges",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_GuidanceDocuments_Communes_CommuneId",
                table: "GuidanceDocuments",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Indicators_Communes_CommuneId",
                table: "Indicators",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_IndicatorValues_Communes_CommuneId",
                table: "IndicatorValues",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_IssuedDocuments_Communes_CommuneId",
                table: "IssuedDocuments",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_IssuedFiles_Communes_CommuneId",
                table: "IssuedFiles",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_LockExceptions_Communes_CommuneId",
                table: "LockExceptions",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_NominationObjections_Communes_CommuneId",
                table: "NominationObjections",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Nominations_Communes_CommuneId",
                table: "Nominations",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_NominationStatusChanges_Communes_CommuneId",
                table: "NominationStatusChanges",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Notifications_Communes_CommuneId",
                table: "Notifications",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_OutboxMessages_Communes_CommuneId",
                table: "OutboxMessages",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ProposedCommendations_Communes_CommuneId",
                table: "ProposedCommendations",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_RegistrationAreas_Communes_CommuneId",
                table: "RegistrationAreas",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Registrations_Communes_CommuneId",
                table: "Registrations",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_RegistrationStatusChanges_Communes_CommuneId",
                table: "RegistrationStatusChanges",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_RegistrationTargets_Communes_CommuneId",
                table: "RegistrationTargets",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ReportAreaSections_Communes_CommuneId",
                table: "ReportAreaSections",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ReportAttachments_Communes_CommuneId",
                table: "ReportAttachments",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ReportStatusChanges_Communes_CommuneId",
                table: "ReportStatusChanges",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ReportVersions_Communes_CommuneId",
                table: "ReportVersions",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Settings_Communes_CommuneId",
                table: "Settings",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_SigningCertificates_Communes_CommuneId",
                table: "SigningCertificates",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_StoredFiles_Communes_CommuneId",
                table: "StoredFiles",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_UnitLaunchPlans_Communes_CommuneId",
                table: "UnitLaunchPlans",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Units_Communes_CommuneId",
                table: "Units",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_UnitTypes_Communes_CommuneId",
                table: "UnitTypes",
                column: "CommuneId",
                principalTable: "Communes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AchievementReports_Communes_CommuneId",
                table: "AchievementReports");

            migrationBuilder.DropForeignKey(
                name: "FK_AnnualReports_Communes_CommuneId",
                table: "AnnualReports");

            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUsers_Communes_CommuneId",
                table: "AspNetUsers");

            migrationBuilder.DropForeignKey(
                name: "FK_AuditEntries_Communes_CommuneId",
                table: "AuditEntries");

            migrationBuilder.DropForeignKey(
                name: "FK_AwardDecisions_Communes_CommuneId",
                table: "AwardDecisions");

            migrationBuilder.DropForeignKey(
                name: "FK_AwardLines_Communes_CommuneId",
                table: "AwardLines");

            migrationBuilder.DropForeignKey(
                name: "FK_AwardSubmissions_Communes_CommuneId",
                table: "AwardSubmissions");

            migrationBuilder.DropForeignKey(
                name: "FK_Campaigns_Communes_CommuneId",
                table: "Campaigns");

            migrationBuilder.DropForeignKey(
                name: "FK_ConsolidatedReports_Communes_CommuneId",
                table: "ConsolidatedReports");

            migrationBuilder.DropForeignKey(
                name: "FK_ConsolidatedReportStatusChanges_Communes_CommuneId",
                table: "ConsolidatedReportStatusChanges");

            migrationBuilder.DropForeignKey(
                name: "FK_ContentAreas_Communes_CommuneId",
                table: "ContentAreas");

            migrationBuilder.DropForeignKey(
                name: "FK_CouncilAgendaItems_Communes_CommuneId",
                table: "CouncilAgendaItems");

            migrationBuilder.DropForeignKey(
                name: "FK_CouncilAttendances_Communes_CommuneId",
                table: "CouncilAttendances");

            migrationBuilder.DropForeignKey(
                name: "FK_CouncilSessions_Communes_CommuneId",
                table: "CouncilSessions");

            migrationBuilder.DropForeignKey(
                name: "FK_CouncilSessionStatusChanges_Communes_CommuneId",
                table: "CouncilSessionStatusChanges");

            migrationBuilder.DropForeignKey(
                name: "FK_CouncilVotes_Communes_CommuneId",
                table: "CouncilVotes");

            migrationBuilder.DropForeignKey(
                name: "FK_DocumentRegister_Communes_CommuneId",
                table: "DocumentRegister");

            migrationBuilder.DropForeignKey(
                name: "FK_GoodPractices_Communes_CommuneId",
                table: "GoodPractices");

            migrationBuilder.DropForeignKey(
                name: "FK_GoodPracticeStatusChanges_Communes_CommuneId",
                table: "GoodPracticeStatusChanges");

            migrationBuilder.DropForeignKey(
                name: "FK_GuidanceDocuments_Communes_CommuneId",
                table: "GuidanceDocuments");

            migrationBuilder.DropForeignKey(
                name: "FK_Indicators_Communes_CommuneId",
                table: "Indicators");

            migrationBuilder.DropForeignKey(
                name: "FK_IndicatorValues_Communes_CommuneId",
                table: "IndicatorValues");

            migrationBuilder.DropForeignKey(
                name: "FK_IssuedDocuments_Communes_CommuneId",
                table: "IssuedDocuments");

            migrationBuilder.DropForeignKey(
                name: "FK_IssuedFiles_Communes_CommuneId",
                table: "IssuedFiles");

            migrationBuilder.DropForeignKey(
                name: "FK_LockExceptions_Communes_CommuneId",
                table: "LockExceptions");

            migrationBuilder.DropForeignKey(
                name: "FK_NominationObjections_Communes_CommuneId",
                table: "NominationObjections");

            migrationBuilder.DropForeignKey(
                name: "FK_Nominations_Communes_CommuneId",
                table: "Nominations");

            migrationBuilder.DropForeignKey(
                name: "FK_NominationStatusChanges_Communes_CommuneId",
                table: "NominationStatusChanges");

            migrationBuilder.DropForeignKey(
                name: "FK_Notifications_Communes_CommuneId",
                table: "Notifications");

            migrationBuilder.DropForeignKey(
                name: "FK_OutboxMessages_Communes_CommuneId",
                table: "OutboxMessages");

            migrationBuilder.DropForeignKey(
                name: "FK_ProposedCommendations_Communes_CommuneId",
                table: "ProposedCommendations");

            migrationBuilder.DropForeignKey(
                name: "FK_RegistrationAreas_Communes_CommuneId",
                table: "RegistrationAreas");

            migrationBuilder.DropForeignKey(
                name: "FK_Registrations_Communes_CommuneId",
                table: "Registrations");

            migrationBuilder.DropForeignKey(
                name: "FK_RegistrationStatusChanges_Communes_CommuneId",
                table: "RegistrationStatusChanges");

            migrationBuilder.DropForeignKey(
                name: "FK_RegistrationTargets_Communes_CommuneId",
                table: "RegistrationTargets");

            migrationBuilder.DropForeignKey(
                name: "FK_ReportAreaSections_Communes_CommuneId",
                table: "ReportAreaSections");

            migrationBuilder.DropForeignKey(
                name: "FK_ReportAttachments_Communes_CommuneId",
                table: "ReportAttachments");

            migrationBuilder.DropForeignKey(
                name: "FK_ReportStatusChanges_Communes_CommuneId",
                table: "ReportStatusChanges");

            migrationBuilder.DropForeignKey(
                name: "FK_ReportVersions_Communes_CommuneId",
                table: "ReportVersions");

            migrationBuilder.DropForeignKey(
                name: "FK_Settings_Communes_CommuneId",
                table: "Settings");

            migrationBuilder.DropForeignKey(
                name: "FK_SigningCertificates_Communes_CommuneId",
                table: "SigningCertificates");

            migrationBuilder.DropForeignKey(
                name: "FK_StoredFiles_Communes_CommuneId",
                table: "StoredFiles");

            migrationBuilder.DropForeignKey(
                name: "FK_UnitLaunchPlans_Communes_CommuneId",
                table: "UnitLaunchPlans");

            migrationBuilder.DropForeignKey(
                name: "FK_Units_Communes_CommuneId",
                table: "Units");

            migrationBuilder.DropForeignKey(
                name: "FK_UnitTypes_Communes_CommuneId",
                table: "UnitTypes");

            migrationBuilder.DropTable(
                name: "Communes");

            migrationBuilder.DropIndex(
                name: "IX_UnitTypes_CommuneId_Code",
                table: "UnitTypes");

            migrationBuilder.DropIndex(
                name: "IX_Units_CommuneId_Name",
                table: "Units");

            migrationBuilder.DropIndex(
                name: "IX_UnitLaunchPlans_CommuneId",
                table: "UnitLaunchPlans");

            migrationBuilder.DropIndex(
                name: "IX_StoredFiles_CommuneId",
                table: "StoredFiles");

            migrationBuilder.DropIndex(
                name: "IX_SigningCertificates_CommuneId",
                table: "SigningCertificates");

            migrationBuilder.DropIndex(
                name: "IX_Settings_CommuneId_Key",
                table: "Settings");

            migrationBuilder.DropIndex(
                name: "IX_ReportVersions_CommuneId",
                table: "ReportVersions");

            migrationBuilder.DropIndex(
                name: "IX_ReportStatusChanges_CommuneId",
                table: "ReportStatusChanges");

            migrationBuilder.DropIndex(
                name: "IX_ReportAttachments_CommuneId",
                table: "ReportAttachments");

            migrationBuilder.DropIndex(
                name: "IX_ReportAreaSections_CommuneId",
                table: "ReportAreaSections");

            migrationBuilder.DropIndex(
                name: "IX_RegistrationTargets_CommuneId",
                table: "RegistrationTargets");

            migrationBuilder.DropIndex(
                name: "IX_RegistrationStatusChanges_CommuneId",
                table: "RegistrationStatusChanges");

            migrationBuilder.DropIndex(
                name: "IX_Registrations_CommuneId",
                table: "Registrations");

            migrationBuilder.DropIndex(
                name: "IX_RegistrationAreas_CommuneId",
                table: "RegistrationAreas");

            migrationBuilder.DropIndex(
                name: "IX_ProposedCommendations_CommuneId",
                table: "ProposedCommendations");

            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_CommuneId",
                table: "OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_CommuneId",
                table: "Notifications");

            migrationBuilder.DropIndex(
                name: "IX_NominationStatusChanges_CommuneId",
                table: "NominationStatusChanges");

            migrationBuilder.DropIndex(
                name: "IX_Nominations_CommuneId",
                table: "Nominations");

            migrationBuilder.DropIndex(
                name: "IX_NominationObjections_CommuneId",
                table: "NominationObjections");

            migrationBuilder.DropIndex(
                name: "IX_LockExceptions_CommuneId",
                table: "LockExceptions");

            migrationBuilder.DropIndex(
                name: "IX_IssuedFiles_CommuneId",
                table: "IssuedFiles");

            migrationBuilder.DropIndex(
                name: "IX_IssuedDocuments_CommuneId",
                table: "IssuedDocuments");

            migrationBuilder.DropIndex(
                name: "IX_IndicatorValues_CommuneId",
                table: "IndicatorValues");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_CommuneId_Code",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_GuidanceDocuments_CommuneId",
                table: "GuidanceDocuments");

            migrationBuilder.DropIndex(
                name: "IX_GoodPracticeStatusChanges_CommuneId",
                table: "GoodPracticeStatusChanges");

            migrationBuilder.DropIndex(
                name: "IX_GoodPractices_CommuneId",
                table: "GoodPractices");

            migrationBuilder.DropIndex(
                name: "IX_DocumentRegister_CommuneId_Issuer_TypeCode_Year_Sequence",
                table: "DocumentRegister");

            migrationBuilder.DropIndex(
                name: "IX_CouncilVotes_CommuneId",
                table: "CouncilVotes");

            migrationBuilder.DropIndex(
                name: "IX_CouncilSessionStatusChanges_CommuneId",
                table: "CouncilSessionStatusChanges");

            migrationBuilder.DropIndex(
                name: "IX_CouncilSessions_CommuneId",
                table: "CouncilSessions");

            migrationBuilder.DropIndex(
                name: "IX_CouncilAttendances_CommuneId",
                table: "CouncilAttendances");

            migrationBuilder.DropIndex(
                name: "IX_CouncilAgendaItems_CommuneId",
                table: "CouncilAgendaItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentAreas_CommuneId_Number",
                table: "ContentAreas");

            migrationBuilder.DropIndex(
                name: "IX_ConsolidatedReportStatusChanges_CommuneId",
                table: "ConsolidatedReportStatusChanges");

            migrationBuilder.DropIndex(
                name: "IX_ConsolidatedReports_CommuneId_RoundKind_RoundYear",
                table: "ConsolidatedReports");

            migrationBuilder.DropIndex(
                name: "IX_Campaigns_CommuneId",
                table: "Campaigns");

            migrationBuilder.DropIndex(
                name: "IX_AwardSubmissions_CommuneId",
                table: "AwardSubmissions");

            migrationBuilder.DropIndex(
                name: "IX_AwardLines_CommuneId",
                table: "AwardLines");

            migrationBuilder.DropIndex(
                name: "IX_AwardDecisions_CommuneId",
                table: "AwardDecisions");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_CommuneId",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_CommuneId",
                table: "AspNetUsers");

            migrationBuilder.DropIndex(
                name: "IX_AnnualReports_CommuneId",
                table: "AnnualReports");

            migrationBuilder.DropIndex(
                name: "IX_AchievementReports_CommuneId",
                table: "AchievementReports");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "UnitTypes");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "UnitLaunchPlans");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "StoredFiles");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "SigningCertificates");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "ReportVersions");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "ReportStatusChanges");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "ReportAttachments");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "ReportAreaSections");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "RegistrationTargets");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "RegistrationStatusChanges");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "Registrations");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "RegistrationAreas");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "ProposedCommendations");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "NominationStatusChanges");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "NominationObjections");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "LockExceptions");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "IssuedFiles");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "IssuedDocuments");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "IndicatorValues");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "GuidanceDocuments");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "GoodPracticeStatusChanges");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "GoodPractices");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "DocumentRegister");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "CouncilVotes");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "CouncilSessionStatusChanges");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "CouncilSessions");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "CouncilAttendances");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "CouncilAgendaItems");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "ContentAreas");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "ConsolidatedReportStatusChanges");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "ConsolidatedReports");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "AwardSubmissions");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "AwardLines");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "AwardDecisions");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "AnnualReports");

            migrationBuilder.DropColumn(
                name: "CommuneId",
                table: "AchievementReports");

            migrationBuilder.CreateIndex(
                name: "IX_UnitTypes_Code",
                table: "UnitTypes",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Units_Name",
                table: "Units",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Settings_Key",
                table: "Settings",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Code",
                table: "Indicators",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocumentRegister_Issuer_TypeCode_Year_Sequence",
                table: "DocumentRegister",
                columns: new[] { "Issuer", "TypeCode", "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContentAreas_Number",
                table: "ContentAreas",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConsolidatedReports_RoundKind_RoundYear",
                table: "ConsolidatedReports",
                columns: new[] { "RoundKind", "RoundYear" },
                unique: true);
        }
    }
}
