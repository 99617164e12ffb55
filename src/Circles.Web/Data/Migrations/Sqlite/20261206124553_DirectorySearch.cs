using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circles.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DirectorySearch : Migration
    {
        // HAND-WRITTEN SQL. When the migrations were squashed (December 2026, decision 0001) this
        // was generated empty again after Initial and its Up and Down pasted back unchanged: no
        // later migration had touched these tables.
        //
        // HAND-ADDED (generated empty by scripts/add-migration.sh DirectorySearch): EF Core cannot
        // describe an FTS5 virtual table or triggers in its model, so the directory's full-text
        // index is raw SQL here, and the EF model stays unchanged. DirectorySearch.cs queries it.
        //
        // HsdsServiceSearch indexes each service's name, alternate name, description and the names
        // of its taxonomy terms (through HSDS attributes). It is contentless (content='') with
        // contentless_delete=1 (SQLite 3.43+), not external-content: the term names are computed
        // from other tables, and an external-content index needs the exact old values to delete
        // a row (a mismatch corrupts the index), while a contentless-delete index deletes by rowid
        // alone. It stores no copy of the text either. Its rowid is the HsdsService rowid.
        // Triggers on HsdsService, HsdsAttribute and HsdsTaxonomyTerm keep it in sync, whatever
        // order an import writes the tables in. A migration that rebuilds HsdsService (EF's
        // table rebuild on SQLite) drops these triggers: the search tests would fail.

        private const string Reindex = """
            DELETE FROM HsdsServiceSearch WHERE rowid = (SELECT rowid FROM HsdsService WHERE OrganizationId = {0}.OrganizationId AND Id = {0}.{1});
            INSERT INTO HsdsServiceSearch(rowid, Name, AlternateName, Description, Terms)
                SELECT ServiceRowId, Name, AlternateName, Description, Terms FROM HsdsServiceSearchSource
                WHERE OrganizationId = {0}.OrganizationId AND Id = {0}.{1};
            """;

        private const string ReindexForTerm = """
            DELETE FROM HsdsServiceSearch WHERE rowid IN (
                SELECT s.rowid FROM HsdsService s JOIN HsdsAttribute a ON a.OrganizationId = s.OrganizationId AND a.LinkId = s.Id
                WHERE a.OrganizationId = {0}.OrganizationId AND a.TaxonomyTermId = {0}.Id);
            INSERT INTO HsdsServiceSearch(rowid, Name, AlternateName, Description, Terms)
                SELECT ServiceRowId, Name, AlternateName, Description, Terms FROM HsdsServiceSearchSource
                WHERE OrganizationId = {0}.OrganizationId
                  AND Id IN (SELECT LinkId FROM HsdsAttribute WHERE OrganizationId = {0}.OrganizationId AND TaxonomyTermId = {0}.Id);
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE HsdsServiceSearch USING fts5(
                    Name, AlternateName, Description, Terms,
                    content='', contentless_delete=1,
                    tokenize='unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE VIEW HsdsServiceSearchSource AS
                SELECT s.rowid AS ServiceRowId, s.OrganizationId, s.Id, s.Name, s.AlternateName, s.Description,
                    (SELECT group_concat(t.Name, ' ' ORDER BY t.Id)
                       FROM HsdsAttribute a
                       JOIN HsdsTaxonomyTerm t ON t.OrganizationId = a.OrganizationId AND t.Id = a.TaxonomyTermId
                      WHERE a.OrganizationId = s.OrganizationId AND a.LinkId = s.Id
                        AND (a.LinkEntity IS NULL OR a.LinkEntity = '' OR a.LinkEntity = 'service')) AS Terms
                FROM HsdsService s;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER HsdsService_search_insert AFTER INSERT ON HsdsService BEGIN
                    INSERT INTO HsdsServiceSearch(rowid, Name, AlternateName, Description, Terms)
                        SELECT ServiceRowId, Name, AlternateName, Description, Terms FROM HsdsServiceSearchSource WHERE ServiceRowId = new.rowid;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER HsdsService_search_update AFTER UPDATE OF OrganizationId, Id, Name, AlternateName, Description ON HsdsService BEGIN
                    DELETE FROM HsdsServiceSearch WHERE rowid = old.rowid;
                    INSERT INTO HsdsServiceSearch(rowid, Name, AlternateName, Description, Terms)
                        SELECT ServiceRowId, Name, AlternateName, Description, Terms FROM HsdsServiceSearchSource WHERE ServiceRowId = new.rowid;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER HsdsService_search_delete AFTER DELETE ON HsdsService BEGIN
                    DELETE FROM HsdsServiceSearch WHERE rowid = old.rowid;
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER HsdsAttribute_search_insert AFTER INSERT ON HsdsAttribute BEGIN
                    {string.Format(System.Globalization.CultureInfo.InvariantCulture, Reindex, "new", "LinkId")}
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER HsdsAttribute_search_update AFTER UPDATE ON HsdsAttribute BEGIN
                    {string.Format(System.Globalization.CultureInfo.InvariantCulture, Reindex, "old", "LinkId")}
                    {string.Format(System.Globalization.CultureInfo.InvariantCulture, Reindex, "new", "LinkId")}
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER HsdsAttribute_search_delete AFTER DELETE ON HsdsAttribute BEGIN
                    {string.Format(System.Globalization.CultureInfo.InvariantCulture, Reindex, "old", "LinkId")}
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER HsdsTaxonomyTerm_search_insert AFTER INSERT ON HsdsTaxonomyTerm BEGIN
                    {string.Format(System.Globalization.CultureInfo.InvariantCulture, ReindexForTerm, "new")}
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER HsdsTaxonomyTerm_search_update AFTER UPDATE OF OrganizationId, Id, Name ON HsdsTaxonomyTerm BEGIN
                    {string.Format(System.Globalization.CultureInfo.InvariantCulture, ReindexForTerm, "old")}
                    {string.Format(System.Globalization.CultureInfo.InvariantCulture, ReindexForTerm, "new")}
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER HsdsTaxonomyTerm_search_delete AFTER DELETE ON HsdsTaxonomyTerm BEGIN
                    {string.Format(System.Globalization.CultureInfo.InvariantCulture, ReindexForTerm, "old")}
                END;
                """);
            // Services already in the database before this migration.
            migrationBuilder.Sql("""
                INSERT INTO HsdsServiceSearch(rowid, Name, AlternateName, Description, Terms)
                    SELECT ServiceRowId, Name, AlternateName, Description, Terms FROM HsdsServiceSearchSource;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // HAND-ADDED: undoes the raw SQL of Up (see the comment at the top).
            foreach (var trigger in new[]
            {
                "HsdsService_search_insert", "HsdsService_search_update", "HsdsService_search_delete",
                "HsdsAttribute_search_insert", "HsdsAttribute_search_update", "HsdsAttribute_search_delete",
                "HsdsTaxonomyTerm_search_insert", "HsdsTaxonomyTerm_search_update", "HsdsTaxonomyTerm_search_delete",
            })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {trigger};");
            }
            migrationBuilder.Sql("DROP VIEW IF EXISTS HsdsServiceSearchSource;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS HsdsServiceSearch;");
        }
    }
}
