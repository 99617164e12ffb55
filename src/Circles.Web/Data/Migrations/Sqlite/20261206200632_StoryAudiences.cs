using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circles.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StoryAudiences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CampaignStories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuotedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignStories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampaignStories_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CampaignStories_Stories_StoryId",
                        column: x => x.StoryId,
                        principalTable: "Stories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrganizerUpdates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PostedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PostedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganizerUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganizerUpdates_AspNetUsers_PostedByUserId",
                        column: x => x.PostedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "PublicStoryFeatures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FeaturedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicStoryFeatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicStoryFeatures_Stories_StoryId",
                        column: x => x.StoryId,
                        principalTable: "Stories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CampaignStories_CampaignId_StoryId",
                table: "CampaignStories",
                columns: new[] { "CampaignId", "StoryId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CampaignStories_OrganizationId",
                table: "CampaignStories",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignStories_StoryId",
                table: "CampaignStories",
                column: "StoryId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizerUpdates_OrganizationId",
                table: "OrganizerUpdates",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizerUpdates_OrganizationId_PostedAt",
                table: "OrganizerUpdates",
                columns: new[] { "OrganizationId", "PostedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OrganizerUpdates_PostedByUserId",
                table: "OrganizerUpdates",
                column: "PostedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_PublicStoryFeatures_OrganizationId",
                table: "PublicStoryFeatures",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_PublicStoryFeatures_StoryId",
                table: "PublicStoryFeatures",
                column: "StoryId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CampaignStories");

            migrationBuilder.DropTable(
                name: "OrganizerUpdates");

            migrationBuilder.DropTable(
                name: "PublicStoryFeatures");
        }
    }
}
