using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NguyenLuongBang.Emulation.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IndicatorDirection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "LowerIsBetter",
                table: "Indicators",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // The plan's security incidents: fewer is better.
            migrationBuilder.Sql("UPDATE \"Indicators\" SET \"LowerIsBetter\" = 1 WHERE \"Code\" = 'AT01';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LowerIsBetter",
                table: "Indicators");
        }
    }
}
