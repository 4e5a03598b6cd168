using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NguyenLuongBang.Emulation.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ValuesWithinRange : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Before values had ranges, SQLite took numbers no indicator can mean (up to 7.9e28);
            // they broke every page of their report. Forget them (the unit types the figure again)
            // and drop registration targets that cannot be met. SQL Server's decimal(18, 2) never held them.
            migrationBuilder.Sql("UPDATE \"IndicatorValues\" SET \"Value\" = NULL WHERE abs(\"Value\") > 1e15;");
            migrationBuilder.Sql("UPDATE \"IndicatorValues\" SET \"Denominator\" = NULL WHERE abs(\"Denominator\") > 1e15;");
            migrationBuilder.Sql("DELETE FROM \"RegistrationTargets\" WHERE abs(\"Target\") > 1e15;");

            // The report deadline is a setting per year (ADR-0004); the campaign no longer keeps one.
            migrationBuilder.DropColumn(
                name: "DeadlineDay",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "DeadlineMonth",
                table: "Campaigns");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DeadlineDay",
                table: "Campaigns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "DeadlineMonth",
                table: "Campaigns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }
    }
}
