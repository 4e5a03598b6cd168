using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NguyenLuongBang.Emulation.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class IndicatorUnitTypes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "UnitTypeCodes",
                table: "Indicators",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            // The plan's indicators that not every unit type reports (ReferenceData.Applicability), for catalogues seeded before.
            migrationBuilder.Sql("UPDATE \"Indicators\" SET \"UnitTypeCodes\" = 'CO-QUAN,TT-HCC,MTTQ,TRUONG,Y-TE' WHERE \"Code\" = 'HS02' AND \"UnitTypeCodes\" IS NULL;");
            migrationBuilder.Sql("UPDATE \"Indicators\" SET \"UnitTypeCodes\" = 'CO-QUAN,TT-HCC' WHERE \"Code\" = 'DL01' AND \"UnitTypeCodes\" IS NULL;");
            migrationBuilder.Sql("UPDATE \"Indicators\" SET \"UnitTypeCodes\" = 'CO-QUAN,TT-HCC' WHERE \"Code\" = 'CP01' AND \"UnitTypeCodes\" IS NULL;");
            migrationBuilder.Sql("UPDATE \"Indicators\" SET \"UnitTypeCodes\" = 'CO-QUAN,TT-HCC,MTTQ,TRUONG,Y-TE' WHERE \"Code\" = 'CP02' AND \"UnitTypeCodes\" IS NULL;");
            migrationBuilder.Sql("UPDATE \"Indicators\" SET \"UnitTypeCodes\" = 'MTTQ,THON' WHERE \"Code\" = 'XH02' AND \"UnitTypeCodes\" IS NULL;");
            migrationBuilder.Sql("UPDATE \"Indicators\" SET \"UnitTypeCodes\" = 'CO-QUAN,DOANH-NGHIEP,HTX,THON' WHERE \"Code\" = 'KT01' AND \"UnitTypeCodes\" IS NULL;");
            migrationBuilder.Sql("UPDATE \"Indicators\" SET \"UnitTypeCodes\" = 'TT-HCC,TRUONG,Y-TE,DOANH-NGHIEP,HTX' WHERE \"Code\" = 'KT02' AND \"UnitTypeCodes\" IS NULL;");
            migrationBuilder.Sql("UPDATE \"Indicators\" SET \"UnitTypeCodes\" = 'DOANH-NGHIEP,HTX,THON' WHERE \"Code\" = 'KT03' AND \"UnitTypeCodes\" IS NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "UnitTypeCodes",
                table: "Indicators");
        }
    }
}
