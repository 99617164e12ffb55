using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circles.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PeerActiveMatchCount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ActiveMatches",
                table: "PeerSupporterProfiles",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Added by hand (the one exception to generated-only migrations, as in DirectorySearch):
            // existing peer supporters start from their real number of active matches, not 0,
            // or matching would offer people who are already full. Valid SQL for both providers.
            migrationBuilder.Sql("""
                UPDATE "PeerSupporterProfiles" SET "ActiveMatches" = (
                    SELECT COUNT(*) FROM "PeerMatches" AS m
                    WHERE m."PeerUserId" = "PeerSupporterProfiles"."UserId" AND m."Status" = 'Active');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ActiveMatches",
                table: "PeerSupporterProfiles");
        }
    }
}
