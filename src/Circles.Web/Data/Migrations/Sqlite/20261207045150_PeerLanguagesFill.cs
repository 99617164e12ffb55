using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circles.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PeerLanguagesFill : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written data step (issue 17), generated empty: each peer supporter's languages move
            // from the PeerSupporterLanguages table onto their profile row (PeerLanguagesOnProfile),
            // before the next migration drops the table.
            migrationBuilder.Sql("""
                UPDATE "PeerSupporterProfiles" SET "Languages" = (
                    SELECT json_group_array("Language") FROM (
                        SELECT l."Language" FROM "PeerSupporterLanguages" AS l
                        WHERE l."UserId" = "PeerSupporterProfiles"."UserId"
                        ORDER BY l."Language"));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                INSERT INTO "PeerSupporterLanguages" ("Id", "OrganizationId", "UserId", "Language")
                SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-8' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
                       p."OrganizationId", p."UserId", j.value
                FROM "PeerSupporterProfiles" AS p, json_each(p."Languages") AS j;
                """);
        }
    }
}
