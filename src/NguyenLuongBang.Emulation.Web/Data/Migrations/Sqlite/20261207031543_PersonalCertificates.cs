using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NguyenLuongBang.Emulation.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PersonalCertificates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PersonalCertificates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Der = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Thumbprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NotBefore = table.Column<long>(type: "INTEGER", nullable: false),
                    NotAfter = table.Column<long>(type: "INTEGER", nullable: false),
                    InstalledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    InstalledById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    InstalledByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RemovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CommuneId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonalCertificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonalCertificates_AspNetUsers_AccountId",
                        column: x => x.AccountId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PersonalCertificates_Communes_CommuneId",
                        column: x => x.CommuneId,
                        principalTable: "Communes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PersonalCertificates_AccountId",
                table: "PersonalCertificates",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonalCertificates_CommuneId_AccountId",
                table: "PersonalCertificates",
                columns: new[] { "CommuneId", "AccountId" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonalCertificates_CommuneId_Thumbprint",
                table: "PersonalCertificates",
                columns: new[] { "CommuneId", "Thumbprint" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PersonalCertificates");
        }
    }
}
