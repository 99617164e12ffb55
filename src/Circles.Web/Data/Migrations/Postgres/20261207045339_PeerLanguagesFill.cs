using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circles.Web.Data.Migrations.Postgres
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
                UPDATE "PeerSupporterProfiles" AS p SET "Languages" = COALESCE((
                    SELECT array_agg(l."Language" ORDER BY l."Language") FROM "PeerSupporterLanguages" AS l
                    WHERE l."UserId" = p."UserId"), ARRAY[]::text[]);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                INSERT INTO "PeerSupporterLanguages" ("Id", "OrganizationId", "UserId", "Language")
                SELECT gen_random_uuid(), p."OrganizationId", p."UserId", language
                FROM "PeerSupporterProfiles" AS p, unnest(p."Languages") AS language;
                """);
        }
    }
}
