using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circles.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PrivateSpace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ErasedPostsPolicy",
                table: "Organizations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "WellbeingRhythm",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "JournalEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SealedText = table.Column<string>(type: "TEXT", nullable: false),
                    SealedMood = table.Column<string>(type: "TEXT", nullable: true),
                    PromptId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JournalEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JournalEntries_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PersonalKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Salt = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    Iterations = table.Column<int>(type: "INTEGER", nullable: false),
                    WrappedKey = table.Column<byte[]>(type: "BLOB", maxLength: 128, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RewrappedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonalKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonalKeys_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SafetyPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SealedWarningSigns = table.Column<string>(type: "TEXT", nullable: true),
                    SealedCopingSteps = table.Column<string>(type: "TEXT", nullable: true),
                    SealedPeopleAndPlaces = table.Column<string>(type: "TEXT", nullable: true),
                    SealedTrustedContacts = table.Column<string>(type: "TEXT", nullable: true),
                    SealedCrisisLines = table.Column<string>(type: "TEXT", nullable: true),
                    SealedReasons = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SafetyPlans_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WellbeingCheckIns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TakenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Item1 = table.Column<int>(type: "INTEGER", nullable: false),
                    Item2 = table.Column<int>(type: "INTEGER", nullable: false),
                    Item3 = table.Column<int>(type: "INTEGER", nullable: false),
                    Item4 = table.Column<int>(type: "INTEGER", nullable: false),
                    Item5 = table.Column<int>(type: "INTEGER", nullable: false),
                    AfterSessionId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WellbeingCheckIns", x => x.Id);
                    table.CheckConstraint("CK_WellbeingCheckIns_Items", "\"Item1\" BETWEEN 0 AND 5 AND \"Item2\" BETWEEN 0 AND 5 AND \"Item3\" BETWEEN 0 AND 5 AND \"Item4\" BETWEEN 0 AND 5 AND \"Item5\" BETWEEN 0 AND 5");
                    table.ForeignKey(
                        name: "FK_WellbeingCheckIns_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_OrganizationId",
                table: "JournalEntries",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_UserId_CreatedAt",
                table: "JournalEntries",
                columns: new[] { "UserId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonalKeys_OrganizationId",
                table: "PersonalKeys",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonalKeys_UserId",
                table: "PersonalKeys",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SafetyPlans_OrganizationId",
                table: "SafetyPlans",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyPlans_UserId",
                table: "SafetyPlans",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WellbeingCheckIns_OrganizationId",
                table: "WellbeingCheckIns",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_WellbeingCheckIns_UserId_TakenAt",
                table: "WellbeingCheckIns",
                columns: new[] { "UserId", "TakenAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JournalEntries");

            migrationBuilder.DropTable(
                name: "PersonalKeys");

            migrationBuilder.DropTable(
                name: "SafetyPlans");

            migrationBuilder.DropTable(
                name: "WellbeingCheckIns");

            migrationBuilder.DropColumn(
                name: "ErasedPostsPolicy",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "WellbeingRhythm",
                table: "AspNetUsers");
        }
    }
}
