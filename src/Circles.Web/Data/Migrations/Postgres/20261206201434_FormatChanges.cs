using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circles.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FormatChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GroupFormatChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: false),
                    TookEffectOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Area = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    WhatChanged = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Field = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Before = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    After = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    BecauseOfFeedback = table.Column<bool>(type: "boolean", nullable: false),
                    YouSaid = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    WeChanged = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GroupFormatChanges");
        }
    }
}
