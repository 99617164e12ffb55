using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circles.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Partners : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContactEmailProtected",
                table: "Partners",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactNameProtected",
                table: "Partners",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactPhoneProtected",
                table: "Partners",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Notes",
                table: "Partners",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PreferredContact",
                table: "Partners",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "ShowWhenJoining",
                table: "Partners",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "JoinSourceCounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JoinSourceCounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JoinSourceCounts_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_JoinSourceCounts_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "PartnerCommunities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerCommunities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnerCommunities_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PartnerCommunities_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartnerEngagements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    NextStep = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    NextStepDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NextStepOwnerUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NextStepDoneAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerEngagements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnerEngagements_AspNetUsers_CreatedByUserId",
                        column: x => x.CreatedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PartnerEngagements_AspNetUsers_NextStepOwnerUserId",
                        column: x => x.NextStepOwnerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PartnerEngagements_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JoinSourceCounts_CommunityId",
                table: "JoinSourceCounts",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_JoinSourceCounts_OrganizationId",
                table: "JoinSourceCounts",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_JoinSourceCounts_OrganizationId_Month",
                table: "JoinSourceCounts",
                columns: new[] { "OrganizationId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_JoinSourceCounts_PartnerId",
                table: "JoinSourceCounts",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerCommunities_CommunityId",
                table: "PartnerCommunities",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerCommunities_OrganizationId",
                table: "PartnerCommunities",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerCommunities_PartnerId_CommunityId",
                table: "PartnerCommunities",
                columns: new[] { "PartnerId", "CommunityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnerEngagements_CreatedByUserId",
                table: "PartnerEngagements",
                column: "CreatedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerEngagements_NextStepOwnerUserId",
                table: "PartnerEngagements",
                column: "NextStepOwnerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerEngagements_OrganizationId",
                table: "PartnerEngagements",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerEngagements_OrganizationId_NextStepDueOn",
                table: "PartnerEngagements",
                columns: new[] { "OrganizationId", "NextStepDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnerEngagements_PartnerId_OccurredOn",
                table: "PartnerEngagements",
                columns: new[] { "PartnerId", "OccurredOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JoinSourceCounts");

            migrationBuilder.DropTable(
                name: "PartnerCommunities");

            migrationBuilder.DropTable(
                name: "PartnerEngagements");

            migrationBuilder.DropColumn(
                name: "ContactEmailProtected",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "ContactNameProtected",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "ContactPhoneProtected",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "Notes",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "PreferredContact",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "ShowWhenJoining",
                table: "Partners");
        }
    }
}
