using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NguyenLuongBang.Emulation.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ConsolidatedAreaTexts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConsolidatedAreaTexts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ConsolidatedReportId = table.Column<int>(type: "integer", nullable: false),
                    AreaNumber = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    CommuneId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsolidatedAreaTexts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsolidatedAreaTexts_Communes_CommuneId",
                        column: x => x.CommuneId,
                        principalTable: "Communes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConsolidatedAreaTexts_ConsolidatedReports_ConsolidatedRepor~",
                        column: x => x.ConsolidatedReportId,
                        principalTable: "ConsolidatedReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConsolidatedAreaTexts_CommuneId",
                table: "ConsolidatedAreaTexts",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsolidatedAreaTexts_ConsolidatedReportId_AreaNumber",
                table: "ConsolidatedAreaTexts",
                columns: new[] { "ConsolidatedReportId", "AreaNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConsolidatedAreaTexts");
        }
    }
}
