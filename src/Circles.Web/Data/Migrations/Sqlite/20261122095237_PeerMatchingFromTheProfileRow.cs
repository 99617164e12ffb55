using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circles.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PeerMatchingFromTheProfileRow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PeerSupporterLanguages_Language_UserId",
                table: "PeerSupporterLanguages");

            migrationBuilder.AddColumn<bool>(
                name: "HoldsRole",
                table: "PeerSupporterProfiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_PeerSupporterLanguages_OrganizationId_Language_UserId",
                table: "PeerSupporterLanguages",
                columns: new[] { "OrganizationId", "Language", "UserId" },
                unique: true);

            // Added by hand (as in PeerActiveMatchCount): a profile whose person no longer holds the
            // role starts false, every other true. Valid SQL for both providers.
            migrationBuilder.Sql("""
                UPDATE "PeerSupporterProfiles" SET "HoldsRole" = EXISTS (
                    SELECT 1 FROM "AspNetUserRoles" AS ur JOIN "AspNetRoles" AS r ON r."Id" = ur."RoleId"
                    WHERE ur."UserId" = "PeerSupporterProfiles"."UserId" AND r."Name" = 'PeerSupporter');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PeerSupporterLanguages_OrganizationId_Language_UserId",
                table: "PeerSupporterLanguages");

            migrationBuilder.DropColumn(
                name: "HoldsRole",
                table: "PeerSupporterProfiles");

            migrationBuilder.CreateIndex(
                name: "IX_PeerSupporterLanguages_Language_UserId",
                table: "PeerSupporterLanguages",
                columns: new[] { "Language", "UserId" },
                unique: true);
        }
    }
}
