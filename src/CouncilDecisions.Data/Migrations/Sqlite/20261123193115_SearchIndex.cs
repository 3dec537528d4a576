using CouncilDecisions.Data.Search;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CouncilDecisions.Data.Migrations.Sqlite
{
    /// <summary>
    /// The FTS5 search table (not part of the EF model: EF does not model virtual tables), filled from the
    /// records already there. SearchIndexInterceptor keeps it in step from then on. See docs/decisions/0003-search.md.
    /// </summary>
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SqliteSearchIndex.CreateSql);
            migrationBuilder.Sql(SqliteSearchIndex.RebuildSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SqliteSearchIndex.DropSql);
        }
    }
}
