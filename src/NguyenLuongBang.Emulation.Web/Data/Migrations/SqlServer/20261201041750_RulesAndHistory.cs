using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NguyenLuongBang.Emulation.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RulesAndHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Nominations_ProposedCommendationId",
                table: "Nominations");

            migrationBuilder.DropIndex(
                name: "IX_AwardSubmissions_Number",
                table: "AwardSubmissions");

            migrationBuilder.DropIndex(
                name: "IX_AwardDecisions_CorrectsDecisionId",
                table: "AwardDecisions");

            migrationBuilder.DropIndex(
                name: "IX_AwardDecisions_Number",
                table: "AwardDecisions");

            migrationBuilder.RenameColumn(
                name: "Proposals",
                table: "ConsolidatedReports",
                newName: "Recommendations");

            migrationBuilder.RenameColumn(
                name: "Proposals",
                table: "AnnualReports",
                newName: "Recommendations");

            migrationBuilder.CreateTable(
                name: "CouncilSessionStatusChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CouncilSessionId = table.Column<int>(type: "int", nullable: false),
                    From = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    To = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ActorUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ActorName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilSessionStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CouncilSessionStatusChanges_CouncilSessions_CouncilSessionId",
                        column: x => x.CouncilSessionId,
                        principalTable: "CouncilSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GoodPracticeStatusChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    GoodPracticeId = table.Column<int>(type: "int", nullable: false),
                    From = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    To = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ActorUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ActorName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoodPracticeStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoodPracticeStatusChanges_GoodPractices_GoodPracticeId",
                        column: x => x.GoodPracticeId,
                        principalTable: "GoodPractices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_ProposedCommendationId_RoundKind_RoundYear",
                table: "Nominations",
                columns: new[] { "ProposedCommendationId", "RoundKind", "RoundYear" },
                unique: true,
                filter: "[ProposedCommendationId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AwardSubmissions_Number",
                table: "AwardSubmissions",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_AwardDecisions_CorrectsDecisionId",
                table: "AwardDecisions",
                column: "CorrectsDecisionId",
                unique: true,
                filter: "[CorrectsDecisionId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AwardDecisions_Number",
                table: "AwardDecisions",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilSessionStatusChanges_CouncilSessionId",
                table: "CouncilSessionStatusChanges",
                column: "CouncilSessionId");

            migrationBuilder.CreateIndex(
                name: "IX_GoodPracticeStatusChanges_GoodPracticeId",
                table: "GoodPracticeStatusChanges",
                column: "GoodPracticeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CouncilSessionStatusChanges");

            migrationBuilder.DropTable(
                name: "GoodPracticeStatusChanges");

            migrationBuilder.DropIndex(
                name: "IX_Nominations_ProposedCommendationId_RoundKind_RoundYear",
                table: "Nominations");

            migrationBuilder.DropIndex(
                name: "IX_AwardSubmissions_Number",
                table: "AwardSubmissions");

            migrationBuilder.DropIndex(
                name: "IX_AwardDecisions_CorrectsDecisionId",
                table: "AwardDecisions");

            migrationBuilder.DropIndex(
                name: "IX_AwardDecisions_Number",
                table: "AwardDecisions");

            migrationBuilder.RenameColumn(
                name: "Recommendations",
                table: "ConsolidatedReports",
                newName: "Proposals");

            migrationBuilder.RenameColumn(
                name: "Recommendations",
                table: "AnnualReports",
                newName: "Proposals");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_ProposedCommendationId",
                table: "Nominations",
                column: "ProposedCommendationId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardSubmissions_Number",
                table: "AwardSubmissions",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AwardDecisions_CorrectsDecisionId",
                table: "AwardDecisions",
                column: "CorrectsDecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardDecisions_Number",
                table: "AwardDecisions",
                column: "Number",
                unique: true);
        }
    }
}
