using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circles.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StoriesImpact : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "NotCountedSince",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Stories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SealedDraft = table.Column<string>(type: "text", nullable: true),
                    Audience = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: true),
                    Naming = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ApprovedVersionId = table.Column<Guid>(type: "uuid", nullable: true),
                    ConsentEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawnAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
                name: "StoryVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    StoryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    ProtectedTitle = table.Column<string>(type: "text", nullable: false),
                    ProtectedText = table.Column<string>(type: "text", nullable: false),
                    ByAuthor = table.Column<bool>(type: "boolean", nullable: false),
                    WrittenByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProtectedNote = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ApprovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                name: "StoryVersions");

            migrationBuilder.DropTable(
                name: "Stories");

            migrationBuilder.DropColumn(
                name: "NotCountedSince",
                table: "AspNetUsers");
        }
    }
}
