using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circles.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StarterStrategies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "AuthorUserId",
                table: "CopingStrategies",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "CopingStrategies",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StarterKey",
                table: "CopingStrategies",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_CopingStrategies_OrganizationId_StarterKey_Language",
                table: "CopingStrategies",
                columns: new[] { "OrganizationId", "StarterKey", "Language" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CopingStrategies_OrganizationId_StarterKey_Language",
                table: "CopingStrategies");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "CopingStrategies");

            migrationBuilder.DropColumn(
                name: "StarterKey",
                table: "CopingStrategies");

            migrationBuilder.AlterColumn<Guid>(
                name: "AuthorUserId",
                table: "CopingStrategies",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
