using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NguyenLuongBang.Emulation.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SubmissionAndCityCertificateNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Enums are stored by name (AppDbContext): the names ADR-0034 gives the tờ trình and the
            // city's Bằng khen are written into the rows that carried the old ones.
            migrationBuilder.Sql("UPDATE [IssuedDocuments] SET [Kind] = 'OfficeSubmission' WHERE [Kind] = 'OfficeProposal';");
            migrationBuilder.Sql("UPDATE [IssuedDocuments] SET [Kind] = 'CitySubmission' WHERE [Kind] = 'CityProposal';");
            migrationBuilder.Sql("UPDATE [Nominations] SET [AwardForm] = 'CityCertificate' WHERE [AwardForm] = 'CityCertificateProposal';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE [IssuedDocuments] SET [Kind] = 'OfficeProposal' WHERE [Kind] = 'OfficeSubmission';");
            migrationBuilder.Sql("UPDATE [IssuedDocuments] SET [Kind] = 'CityProposal' WHERE [Kind] = 'CitySubmission';");
            migrationBuilder.Sql("UPDATE [Nominations] SET [AwardForm] = 'CityCertificateProposal' WHERE [AwardForm] = 'CityCertificate';");
        }
    }
}
