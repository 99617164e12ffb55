using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circles.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class VolunteerPipeline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "InvitationId",
                table: "VolunteerApplications",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "VolunteerScreeningChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VolunteerScreeningChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VolunteerScreeningChecks_AspNetUsers_RecordedByUserId",
                        column: x => x.RecordedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_VolunteerScreeningChecks_VolunteerApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "VolunteerApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VolunteerStageMoves",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    To = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    MovedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VolunteerStageMoves", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VolunteerStageMoves_AspNetUsers_MovedByUserId",
                        column: x => x.MovedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_VolunteerStageMoves_VolunteerApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "VolunteerApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerApplications_InvitationId",
                table: "VolunteerApplications",
                column: "InvitationId");

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerScreeningChecks_ApplicationId_Kind",
                table: "VolunteerScreeningChecks",
                columns: new[] { "ApplicationId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerScreeningChecks_OrganizationId",
                table: "VolunteerScreeningChecks",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerScreeningChecks_RecordedByUserId",
                table: "VolunteerScreeningChecks",
                column: "RecordedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerStageMoves_ApplicationId_On",
                table: "VolunteerStageMoves",
                columns: new[] { "ApplicationId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerStageMoves_MovedByUserId",
                table: "VolunteerStageMoves",
                column: "MovedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerStageMoves_OrganizationId",
                table: "VolunteerStageMoves",
                column: "OrganizationId");

            migrationBuilder.AddForeignKey(
                name: "FK_VolunteerApplications_Invitations_InvitationId",
                table: "VolunteerApplications",
                column: "InvitationId",
                principalTable: "Invitations",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_VolunteerApplications_Invitations_InvitationId",
                table: "VolunteerApplications");

            migrationBuilder.DropTable(
                name: "VolunteerScreeningChecks");

            migrationBuilder.DropTable(
                name: "VolunteerStageMoves");

            migrationBuilder.DropIndex(
                name: "IX_VolunteerApplications_InvitationId",
                table: "VolunteerApplications");

            migrationBuilder.DropColumn(
                name: "InvitationId",
                table: "VolunteerApplications");
        }
    }
}
