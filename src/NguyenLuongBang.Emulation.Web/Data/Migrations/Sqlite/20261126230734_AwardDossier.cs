using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NguyenLuongBang.Emulation.Web.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ForwardedToCityOn",
                table: "Nominations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MinutesNumber",
                table: "CouncilSessions",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Achievement",
                table: "AwardLines",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PositionAndUnit",
                table: "AwardLines",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrectionReason",
                table: "AwardDecisions",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrectsNumber",
                table: "AwardDecisions",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProposalNumber",
                table: "AwardDecisions",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AwardSubmissions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RoundYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NomineeCount = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IssuedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardSubmissions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NominationObjections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NominationId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromWhom = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ResolvedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true)
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
