using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circles.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StoriesFeedbackImpact : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "PublicImpactEnabled",
                table: "Organizations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "NotCountedSince",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "GroupFormatChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TookEffectOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    WhatChanged = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Before = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    After = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    BecauseOfFeedback = table.Column<bool>(type: "INTEGER", nullable: false),
                    YouSaid = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    WeChanged = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupFormatChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GroupFormatChanges_AspNetUsers_RecordedByUserId",
                        column: x => x.RecordedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_GroupFormatChanges_SupportGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "SupportGroups",
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
                name: "Stories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SealedDraft = table.Column<string>(type: "TEXT", nullable: true),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Naming = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ApprovedVersionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConsentEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Stories_AspNetUsers_AuthorUserId",
                        column: x => x.AuthorUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Stories_SupportGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "SupportGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

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

            migrationBuilder.CreateTable(
                name: "StoryVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ProtectedTitle = table.Column<string>(type: "TEXT", nullable: false),
                    ProtectedText = table.Column<string>(type: "TEXT", nullable: false),
                    ByAuthor = table.Column<bool>(type: "INTEGER", nullable: false),
                    WrittenByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProtectedNote = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ApprovedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoryVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StoryVersions_AspNetUsers_WrittenByUserId",
                        column: x => x.WrittenByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_StoryVersions_Stories_StoryId",
                        column: x => x.StoryId,
                        principalTable: "Stories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GroupSessions_OrganizationId_Status_StartsAt",
                table: "GroupSessions",
                columns: new[] { "OrganizationId", "Status", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendances_OrganizationId_SessionId_Status_UserId",
                table: "Attendances",
                columns: new[] { "OrganizationId", "SessionId", "Status", "UserId" });

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
                name: "IX_GroupFormatChanges_GroupId_TookEffectOn",
                table: "GroupFormatChanges",
                columns: new[] { "GroupId", "TookEffectOn" });

            migrationBuilder.CreateIndex(
                name: "IX_GroupFormatChanges_OrganizationId",
                table: "GroupFormatChanges",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupFormatChanges_RecordedByUserId",
                table: "GroupFormatChanges",
                column: "RecordedByUserId");

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

            migrationBuilder.CreateIndex(
                name: "IX_Stories_AuthorUserId_UpdatedAt",
                table: "Stories",
                columns: new[] { "AuthorUserId", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Stories_GroupId",
                table: "Stories",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_Stories_OrganizationId",
                table: "Stories",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Stories_OrganizationId_Status_Audience",
                table: "Stories",
                columns: new[] { "OrganizationId", "Status", "Audience" });

            migrationBuilder.CreateIndex(
                name: "IX_StoryVersions_OrganizationId",
                table: "StoryVersions",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_StoryVersions_StoryId_Number",
                table: "StoryVersions",
                columns: new[] { "StoryId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StoryVersions_WrittenByUserId",
                table: "StoryVersions",
                column: "WrittenByUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CampaignStories");

            migrationBuilder.DropTable(
                name: "GroupFormatChanges");

            migrationBuilder.DropTable(
                name: "OrganizerUpdates");

            migrationBuilder.DropTable(
                name: "PublicStoryFeatures");

            migrationBuilder.DropTable(
                name: "StoryVersions");

            migrationBuilder.DropTable(
                name: "Stories");

            migrationBuilder.DropIndex(
                name: "IX_GroupSessions_OrganizationId_Status_StartsAt",
                table: "GroupSessions");

            migrationBuilder.DropIndex(
                name: "IX_Attendances_OrganizationId_SessionId_Status_UserId",
                table: "Attendances");

            migrationBuilder.DropColumn(
                name: "PublicImpactEnabled",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "NotCountedSince",
                table: "AspNetUsers");
        }
    }
}
