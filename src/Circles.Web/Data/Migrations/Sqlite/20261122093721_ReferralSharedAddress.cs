using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circles.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReferralSharedAddress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AddressSharedAt",
                table: "Referrals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AddressSharedByUserId",
                table: "Referrals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SharedAddressLocationId",
                table: "Referrals",
                type: "TEXT",
                maxLength: 250,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AddressSharedAt",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "AddressSharedByUserId",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "SharedAddressLocationId",
                table: "Referrals");
        }
    }
}
