using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NguyenLuongBang.Emulation.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AwardDossier : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ForwardedToCityNumber",
                table: "Nominations",
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ForwardedToCityOn",
                table: "Nominations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MinutesNumber",
                table: "CouncilSessions",
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Achievement",
                table: "AwardLines",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PositionAndUnit",
                table: "AwardLines",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrectionReason",
                table: "AwardDecisions",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrectsNumber",
                table: "AwardDecisions",
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProposalNumber",
                table: "AwardDecisions",
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AwardSubmissions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoundKind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    RoundYear = table.Column<int>(type: "int", nullable: false),
                    Target = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Number = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SignerName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    NomineeCount = table.Column<int>(type: "int", nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    IssuedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardSubmissions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NominationObjections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    NominationId = table.Column<int>(type: "int", nullable: false),
                    FromWhom = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Content = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Resolution = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ResolvedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NominationObjections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NominationObjections_Nominations_NominationId",
                        column: x => x.NominationId,
                        principalTable: "Nominations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AwardSubmissions_Number",
                table: "AwardSubmissions",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AwardSubmissions_RoundKind_RoundYear_Target",
                table: "AwardSubmissions",
                columns: new[] { "RoundKind", "RoundYear", "Target" });

            migrationBuilder.CreateIndex(
                name: "IX_NominationObjections_NominationId",
                table: "NominationObjections",
                column: "NominationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AwardSubmissions");

            migrationBuilder.DropTable(
                name: "NominationObjections");

            migrationBuilder.DropColumn(
                name: "ForwardedToCityNumber",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "ForwardedToCityOn",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "MinutesNumber",
                table: "CouncilSessions");

            migrationBuilder.DropColumn(
                name: "Achievement",
                table: "AwardLines");

            migrationBuilder.DropColumn(
                name: "PositionAndUnit",
                table: "AwardLines");

            migrationBuilder.DropColumn(
                name: "CorrectionReason",
                table: "AwardDecisions");

            migrationBuilder.DropColumn(
                name: "CorrectsNumber",
                table: "AwardDecisions");

            migrationBuilder.DropColumn(
                name: "ProposalNumber",
                table: "AwardDecisions");
        }
    }
}
