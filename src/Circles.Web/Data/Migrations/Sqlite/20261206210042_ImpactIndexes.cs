using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circles.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ImpactIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_GroupSessions_OrganizationId_Status_StartsAt",
                table: "GroupSessions",
                columns: new[] { "OrganizationId", "Status", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendances_OrganizationId_SessionId_Status_UserId",
                table: "Attendances",
                columns: new[] { "OrganizationId", "SessionId", "Status", "UserId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_GroupSessions_OrganizationId_Status_StartsAt",
                table: "GroupSessions");

            migrationBuilder.DropIndex(
                name: "IX_Attendances_OrganizationId_SessionId_Status_UserId",
                table: "Attendances");
        }
    }
}
