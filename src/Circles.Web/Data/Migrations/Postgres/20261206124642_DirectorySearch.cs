using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circles.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DirectorySearch : Migration
    {
        // HAND-WRITTEN SQL. When the migrations were squashed (December 2026, decision 0001) this
        // was generated empty again after Initial and its Up and Down pasted back unchanged: no
        // later migration had touched these tables.
        //
        // HAND-ADDED (generated empty by scripts/add-migration.sh DirectorySearch): EF Core cannot
        // describe a generated tsvector column, its GIN index or triggers without changing the
        // model, so the directory's full-text index is raw SQL here and the EF model stays
        // unchanged (EF never reads or writes these two columns). DirectorySearch.cs queries it.
        //
        // "SearchVector" is generated from the service's name (weight A), alternate name and the
        // names of its taxonomy terms (B), and description (C), with the 'simple' configuration
        // because the directory is multilingual (no language's stemming or stop words). A
        // generated column can only read its own row, so "SearchTermNames" holds the term names,
        // kept in sync by triggers on HsdsService, HsdsAttribute and HsdsTaxonomyTerm (an import
        // may write those tables in any order). Accents are folded with translate() (immutable,
        // no extension needed); DirectorySearch.FoldFrom/FoldTo must stay equal to these strings.
        private const string FoldFrom = "áàâäãåāÁÀÂÄÃÅĀçÇéèêëēÉÈÊËĒíìîïīÍÌÎÏĪñÑóòôöõøōÓÒÔÖÕØŌúùûüūÚÙÛÜŪýÿÝ"
            + "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670\u0640";
        private const string FoldTo = "aaaaaaaAAAAAAAcCeeeeeEEEEEiiiiiIIIIInNoooooooOOOOOOOuuuuuUUUUUyyY";

        private static string Folded(string column) => $"to_tsvector('simple', translate(coalesce(\"{column}\", ''), '{FoldFrom}', '{FoldTo}'))";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE "HsdsService" ADD "SearchTermNames" text;""");
            migrationBuilder.Sql("""
                CREATE FUNCTION circles_service_term_names(organization uuid, service text) RETURNS text
                LANGUAGE sql STABLE AS $$
                    SELECT string_agg(t."Name", ' ' ORDER BY t."Id")
                      FROM "HsdsAttribute" a
                      JOIN "HsdsTaxonomyTerm" t ON t."OrganizationId" = a."OrganizationId" AND t."Id" = a."TaxonomyTermId"
                     WHERE a."OrganizationId" = organization AND a."LinkId" = service
                       AND (a."LinkEntity" IS NULL OR a."LinkEntity" = '' OR a."LinkEntity" = 'service')
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION circles_hsds_service_search_terms() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    NEW."SearchTermNames" := circles_service_term_names(NEW."OrganizationId", NEW."Id");
                    RETURN NEW;
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER hsds_service_search_terms BEFORE INSERT OR UPDATE OF "OrganizationId", "Id" ON "HsdsService"
                FOR EACH ROW EXECUTE FUNCTION circles_hsds_service_search_terms();
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION circles_hsds_attribute_search_terms() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        UPDATE "HsdsService" SET "SearchTermNames" = circles_service_term_names(OLD."OrganizationId", OLD."LinkId")
                         WHERE "OrganizationId" = OLD."OrganizationId" AND "Id" = OLD."LinkId";
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        UPDATE "HsdsService" SET "SearchTermNames" = circles_service_term_names(NEW."OrganizationId", NEW."LinkId")
                         WHERE "OrganizationId" = NEW."OrganizationId" AND "Id" = NEW."LinkId";
                    END IF;
                    RETURN NULL;
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER hsds_attribute_search_terms AFTER INSERT OR UPDATE OR DELETE ON "HsdsAttribute"
                FOR EACH ROW EXECUTE FUNCTION circles_hsds_attribute_search_terms();
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION circles_hsds_term_search_terms() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        UPDATE "HsdsService" s SET "SearchTermNames" = circles_service_term_names(s."OrganizationId", s."Id")
                         WHERE s."OrganizationId" = OLD."OrganizationId"
                           AND s."Id" IN (SELECT a."LinkId" FROM "HsdsAttribute" a WHERE a."OrganizationId" = OLD."OrganizationId" AND a."TaxonomyTermId" = OLD."Id");
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        UPDATE "HsdsService" s SET "SearchTermNames" = circles_service_term_names(s."OrganizationId", s."Id")
                         WHERE s."OrganizationId" = NEW."OrganizationId"
                           AND s."Id" IN (SELECT a."LinkId" FROM "HsdsAttribute" a WHERE a."OrganizationId" = NEW."OrganizationId" AND a."TaxonomyTermId" = NEW."Id");
                    END IF;
                    RETURN NULL;
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER hsds_taxonomy_term_search_terms AFTER INSERT OR UPDATE OF "OrganizationId", "Id", "Name" OR DELETE ON "HsdsTaxonomyTerm"
                FOR EACH ROW EXECUTE FUNCTION circles_hsds_term_search_terms();
                """);
            // Services already in the database before this migration.
            migrationBuilder.Sql("""UPDATE "HsdsService" SET "SearchTermNames" = circles_service_term_names("OrganizationId", "Id");""");
            migrationBuilder.Sql($"""
                ALTER TABLE "HsdsService" ADD "SearchVector" tsvector GENERATED ALWAYS AS (
                    setweight({Folded("Name")}, 'A') ||
                    setweight({Folded("AlternateName")}, 'B') ||
                    setweight({Folded("SearchTermNames")}, 'B') ||
                    setweight({Folded("Description")}, 'C')) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_HsdsService_SearchVector" ON "HsdsService" USING GIN ("SearchVector");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // HAND-ADDED: undoes the raw SQL of Up (see the comment at the top).
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_HsdsService_SearchVector";""");
            migrationBuilder.Sql("""ALTER TABLE "HsdsService" DROP COLUMN IF EXISTS "SearchVector";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS hsds_taxonomy_term_search_terms ON "HsdsTaxonomyTerm";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS hsds_attribute_search_terms ON "HsdsAttribute";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS hsds_service_search_terms ON "HsdsService";""");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS circles_hsds_term_search_terms();");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS circles_hsds_attribute_search_terms();");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS circles_hsds_service_search_terms();");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS circles_service_term_names(uuid, text);");
            migrationBuilder.Sql("""ALTER TABLE "HsdsService" DROP COLUMN IF EXISTS "SearchTermNames";""");
        }
    }
}
