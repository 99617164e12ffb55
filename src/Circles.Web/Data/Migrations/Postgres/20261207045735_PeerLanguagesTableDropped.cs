using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circles.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PeerLanguagesTableDropped : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PeerSupporterLanguages");

            migrationBuilder.AlterColumn<List<string>>(
                name: "Languages",
                table: "PeerSupporterProfiles",
                type: "text[]",
                nullable: false,
                oldClrType: typeof(List<string>),
                oldType: "text[]",
                oldNullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<List<string>>(
                name: "Languages",
                table: "PeerSupporterProfiles",
                type: "text[]",
                nullable: true,
                oldClrType: typeof(List<string>),
                oldType: "text[]");

            migrationBuilder.CreateTable(
                name: "PeerSupporterLanguages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeerSupporterLanguages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PeerSupporterLanguages_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PeerSupporterLanguages_OrganizationId",
                table: "PeerSupporterLanguages",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_PeerSupporterLanguages_OrganizationId_Language_UserId",
                table: "PeerSupporterLanguages",
                columns: new[] { "OrganizationId", "Language", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PeerSupporterLanguages_UserId",
                table: "PeerSupporterLanguages",
                column: "UserId");
        }
    }
}
