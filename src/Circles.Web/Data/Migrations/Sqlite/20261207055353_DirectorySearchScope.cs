using System.Globalization;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circles.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DirectorySearchScope : Migration
    {
        // HAND-WRITTEN SQL (issue 17), generated empty by scripts/add-migration.sh: EF Core cannot
        // describe the FTS5 index, its source view or its triggers (see DirectorySearch, the
        // migration that made them). This one rebuilds them with a fifth indexed column, Scope:
        // one word per service naming its organization ("o" and the id's 32 hex digits), which
        // DirectorySearch.Matching adds to every search. The index then keeps only the searching
        // organization's services by itself, instead of each match being looked up in HsdsService
        // to check its organization (that made a search cost as much as the matches of every
        // organization sharing the index, and no count could come from the index alone).

        private static readonly string[] Triggers =
        [
            "HsdsService_search_insert", "HsdsService_search_update", "HsdsService_search_delete",
            "HsdsAttribute_search_insert", "HsdsAttribute_search_update", "HsdsAttribute_search_delete",
            "HsdsTaxonomyTerm_search_insert", "HsdsTaxonomyTerm_search_update", "HsdsTaxonomyTerm_search_delete",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            Drop(migrationBuilder);
            Create(migrationBuilder, scoped: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            Drop(migrationBuilder);
            Create(migrationBuilder, scoped: false);
        }

        private static void Drop(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in Triggers)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {trigger};");
            }
            migrationBuilder.Sql("DROP VIEW IF EXISTS HsdsServiceSearchSource;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS HsdsServiceSearch;");
        }

        /// <summary>The index, its source view and its triggers, with or without the Scope column.</summary>
        private static void Create(MigrationBuilder migrationBuilder, bool scoped)
        {
            var scopeColumn = scoped ? ", Scope" : "";
            var scopeSource = scoped ? ",\n    'o' || lower(replace(s.OrganizationId, '-', '')) AS Scope" : "";
            var columns = $"Name, AlternateName, Description, Terms{scopeColumn}";
            var insert = $"INSERT INTO HsdsServiceSearch(rowid, {columns}) SELECT ServiceRowId, {columns} FROM HsdsServiceSearchSource";
            var reindex = $$"""
                DELETE FROM HsdsServiceSearch WHERE rowid = (SELECT rowid FROM HsdsService WHERE OrganizationId = {0}.OrganizationId AND Id = {0}.{1});
                {{insert}} WHERE OrganizationId = {0}.OrganizationId AND Id = {0}.{1};
                """;
            var reindexForTerm = $$"""
                DELETE FROM HsdsServiceSearch WHERE rowid IN (
                    SELECT s.rowid FROM HsdsService s JOIN HsdsAttribute a ON a.OrganizationId = s.OrganizationId AND a.LinkId = s.Id
                    WHERE a.OrganizationId = {0}.OrganizationId AND a.TaxonomyTermId = {0}.Id);
                {{insert}} WHERE OrganizationId = {0}.OrganizationId
                    AND Id IN (SELECT LinkId FROM HsdsAttribute WHERE OrganizationId = {0}.OrganizationId AND TaxonomyTermId = {0}.Id);
                """;
            string Reindex(string row, string idColumn) => string.Format(CultureInfo.InvariantCulture, reindex, row, idColumn);
            string ReindexForTerm(string row) => string.Format(CultureInfo.InvariantCulture, reindexForTerm, row);

            migrationBuilder.Sql($"""
                CREATE VIRTUAL TABLE HsdsServiceSearch USING fts5(
                    {columns},
                    content='', contentless_delete=1,
                    tokenize='unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql($"""
                CREATE VIEW HsdsServiceSearchSource AS
                SELECT s.rowid AS ServiceRowId, s.OrganizationId, s.Id, s.Name, s.AlternateName, s.Description,
                    (SELECT group_concat(t.Name, ' ' ORDER BY t.Id)
                       FROM HsdsAttribute a
                       JOIN HsdsTaxonomyTerm t ON t.OrganizationId = a.OrganizationId AND t.Id = a.TaxonomyTermId
                      WHERE a.OrganizationId = s.OrganizationId AND a.LinkId = s.Id
                        AND (a.LinkEntity IS NULL OR a.LinkEntity = '' OR a.LinkEntity = 'service')) AS Terms{scopeSource}
                FROM HsdsService s;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER HsdsService_search_insert AFTER INSERT ON HsdsService BEGIN
                    {insert} WHERE ServiceRowId = new.rowid;
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER HsdsService_search_update AFTER UPDATE OF OrganizationId, Id, Name, AlternateName, Description ON HsdsService BEGIN
                    DELETE FROM HsdsServiceSearch WHERE rowid = old.rowid;
                    {insert} WHERE ServiceRowId = new.rowid;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER HsdsService_search_delete AFTER DELETE ON HsdsService BEGIN
                    DELETE FROM HsdsServiceSearch WHERE rowid = old.rowid;
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER HsdsAttribute_search_insert AFTER INSERT ON HsdsAttribute BEGIN
                    {Reindex("new", "LinkId")}
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER HsdsAttribute_search_update AFTER UPDATE ON HsdsAttribute BEGIN
                    {Reindex("old", "LinkId")}
                    {Reindex("new", "LinkId")}
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER HsdsAttribute_search_delete AFTER DELETE ON HsdsAttribute BEGIN
                    {Reindex("old", "LinkId")}
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER HsdsTaxonomyTerm_search_insert AFTER INSERT ON HsdsTaxonomyTerm BEGIN
                    {ReindexForTerm("new")}
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER HsdsTaxonomyTerm_search_update AFTER UPDATE OF OrganizationId, Id, Name ON HsdsTaxonomyTerm BEGIN
                    {ReindexForTerm("old")}
                    {ReindexForTerm("new")}
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER HsdsTaxonomyTerm_search_delete AFTER DELETE ON HsdsTaxonomyTerm BEGIN
                    {ReindexForTerm("old")}
                END;
                """);
            // The services already in the database.
            migrationBuilder.Sql($"{insert};");
        }
    }
}
