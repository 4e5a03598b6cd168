using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NguyenLuongBang.Emulation.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class NominationParts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
