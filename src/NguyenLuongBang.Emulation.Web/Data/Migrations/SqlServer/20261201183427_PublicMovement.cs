using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NguyenLuongBang.Emulation.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PublicMovement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CityAwarded",
                table: "Nominations",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CityDecisionNumber",
                table: "Nominations",
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CityDecisionOn",
                table: "Nominations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PostedAt",
                table: "Nominations",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Contact",
                table: "NominationObjections",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "FormToken",
                table: "NominationObjections",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reference",
                table: "NominationObjections",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LibraryVisitedAt",
                table: "AspNetUsers",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AchievementReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    NominationId = table.Column<int>(type: "int", nullable: false),
                    Overview = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Achievements = table.Column<string>(type: "nvarchar(max)", maxLength: 12000, nullable: true),
                    Honours = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    CertifierName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    CertifierTitle = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CompletedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AchievementReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AchievementReports_Nominations_NominationId",
                        column: x => x.NominationId,
                        principalTable: "Nominations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GuidanceDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Number = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Issuer = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    IsPublic = table.Column<bool>(type: "bit", nullable: false),
                    FileId = table.Column<int>(type: "int", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    PublishedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    WithdrawnByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    WithdrawalReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuidanceDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GuidanceDocuments_StoredFiles_FileId",
                        column: x => x.FileId,
                        principalTable: "StoredFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NominationObjections_FormToken",
                table: "NominationObjections",
                column: "FormToken",
                unique: true,
                filter: "[FormToken] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_NominationObjections_Reference",
                table: "NominationObjections",
                column: "Reference",
                unique: true,
                filter: "[Reference] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AchievementReports_NominationId",
                table: "AchievementReports",
                column: "NominationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceDocuments_FileId",
                table: "GuidanceDocuments",
                column: "FileId");

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceDocuments_PublishedAt",
                table: "GuidanceDocuments",
                column: "PublishedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AchievementReports");

            migrationBuilder.DropTable(
                name: "GuidanceDocuments");

            migrationBuilder.DropIndex(
                name: "IX_NominationObjections_FormToken",
                table: "NominationObjections");

            migrationBuilder.DropIndex(
                name: "IX_NominationObjections_Reference",
                table: "NominationObjections");

            migrationBuilder.DropColumn(
                name: "CityAwarded",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "CityDecisionNumber",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "CityDecisionOn",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "PostedAt",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "Contact",
                table: "NominationObjections");

            migrationBuilder.DropColumn(
                name: "FormToken",
                table: "NominationObjections");

            migrationBuilder.DropColumn(
                name: "Reference",
                table: "NominationObjections");

            migrationBuilder.DropColumn(
                name: "LibraryVisitedAt",
                table: "AspNetUsers");
        }
    }
}
