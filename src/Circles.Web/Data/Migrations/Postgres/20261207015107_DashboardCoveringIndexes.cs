using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circles.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DashboardCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_GroupSessions_GroupId_StartsAt",
                table: "GroupSessions");

            migrationBuilder.DropIndex(
                name: "IX_FeedbackResponses_SessionId",
                table: "FeedbackResponses");

            migrationBuilder.CreateIndex(
                name: "IX_GroupSessions_GroupId_StartsAt_OrganizationId_Id",
                table: "GroupSessions",
                columns: new[] { "GroupId", "StartsAt", "OrganizationId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackResponses_SessionId_OrganizationId_FeltSafe_Useful",
                table: "FeedbackResponses",
                columns: new[] { "SessionId", "OrganizationId", "FeltSafe", "Useful" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_GroupSessions_GroupId_StartsAt_OrganizationId_Id",
                table: "GroupSessions");

            migrationBuilder.DropIndex(
                name: "IX_FeedbackResponses_SessionId_OrganizationId_FeltSafe_Useful",
                table: "FeedbackResponses");

            migrationBuilder.CreateIndex(
                name: "IX_GroupSessions_GroupId_StartsAt",
                table: "GroupSessions",
                columns: new[] { "GroupId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackResponses_SessionId",
                table: "FeedbackResponses",
                column: "SessionId");
        }
    }
}
