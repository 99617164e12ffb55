using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circles.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MonthlyAttendanceFill : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written data step (issue 17), generated empty: fills the impact dashboard's monthly
            // attendance summary from the attendance already recorded, so the figures are the same
            // the moment the dashboard reads the summary. From then on the app keeps it on every save
            // (MonthlyAttendanceKeeping). The statement lives beside the entity (MonthlyAttendanceFill).
            migrationBuilder.Sql(Circles.Web.Features.Impact.MonthlyAttendanceFill.Postgres);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM \"MonthlyAttendances\";");
        }
    }
}
