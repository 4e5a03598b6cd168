using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NguyenLuongBang.Emulation.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PersonalSigningKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AccountId",
                table: "SigningCertificates",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "ImagePng",
                table: "SigningCertificates",
                type: "BLOB",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_SigningCertificates_AccountId",
                table: "SigningCertificates",
                column: "AccountId");

            migrationBuilder.AddForeignKey(
                name: "FK_SigningCertificates_AspNetUsers_AccountId",
                table: "SigningCertificates",
                column: "AccountId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_SigningCertificates_AspNetUsers_AccountId",
                table: "SigningCertificates");

            migrationBuilder.DropIndex(
                name: "IX_SigningCertificates_AccountId",
                table: "SigningCertificates");

            migrationBuilder.DropColumn(
                name: "AccountId",
                table: "SigningCertificates");

            migrationBuilder.DropColumn(
                name: "ImagePng",
                table: "SigningCertificates");
        }
    }
}
