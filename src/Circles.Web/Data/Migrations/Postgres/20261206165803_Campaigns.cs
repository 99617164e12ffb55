using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circles.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Campaigns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "DoneByUserId",
                table: "CampaignTasks",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Summary",
                table: "Campaigns",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "CommunityId",
                table: "CampaignEvents",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Place",
                table: "CampaignEvents",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "CampaignCommunities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    CommunityId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignCommunities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampaignCommunities_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CampaignCommunities_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CampaignGoals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    Measure = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Target = table.Column<int>(type: "integer", nullable: false),
                    EnteredActual = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampaignGoals_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CampaignPartners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignPartners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampaignPartners_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CampaignPartners_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CampaignReachFigures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignReachFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampaignReachFigures_AspNetUsers_CreatedByUserId",
                        column: x => x.CreatedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CampaignReachFigures_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CampaignEvents_CommunityId",
                table: "CampaignEvents",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignCommunities_CampaignId_CommunityId",
                table: "CampaignCommunities",
                columns: new[] { "CampaignId", "CommunityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CampaignCommunities_CommunityId",
                table: "CampaignCommunities",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignCommunities_OrganizationId",
                table: "CampaignCommunities",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignGoals_CampaignId",
                table: "CampaignGoals",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignGoals_OrganizationId",
                table: "CampaignGoals",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignPartners_CampaignId_PartnerId",
                table: "CampaignPartners",
                columns: new[] { "CampaignId", "PartnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CampaignPartners_OrganizationId",
                table: "CampaignPartners",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignPartners_PartnerId",
                table: "CampaignPartners",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignReachFigures_CampaignId_RecordedOn",
                table: "CampaignReachFigures",
                columns: new[] { "CampaignId", "RecordedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CampaignReachFigures_CreatedByUserId",
                table: "CampaignReachFigures",
                column: "CreatedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignReachFigures_OrganizationId",
                table: "CampaignReachFigures",
                column: "OrganizationId");

            migrationBuilder.AddForeignKey(
                name: "FK_CampaignEvents_Communities_CommunityId",
                table: "CampaignEvents",
                column: "CommunityId",
                principalTable: "Communities",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CampaignEvents_Communities_CommunityId",
                table: "CampaignEvents");

            migrationBuilder.DropTable(
                name: "CampaignCommunities");

            migrationBuilder.DropTable(
                name: "CampaignGoals");

            migrationBuilder.DropTable(
                name: "CampaignPartners");

            migrationBuilder.DropTable(
                name: "CampaignReachFigures");

            migrationBuilder.DropIndex(
                name: "IX_CampaignEvents_CommunityId",
                table: "CampaignEvents");

            migrationBuilder.DropColumn(
                name: "DoneByUserId",
                table: "CampaignTasks");

            migrationBuilder.DropColumn(
                name: "Summary",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "CommunityId",
                table: "CampaignEvents");

            migrationBuilder.DropColumn(
                name: "Place",
                table: "CampaignEvents");
        }
    }
}
