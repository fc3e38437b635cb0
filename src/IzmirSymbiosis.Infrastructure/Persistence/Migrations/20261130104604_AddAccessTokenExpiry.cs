using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IzmirSymbiosis.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddAccessTokenExpiry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "expires_at",
                table: "personal_access_tokens",
                type: "timestamptz",
                nullable: false,
                defaultValueSql: "now()");

            // Tokens made before expiry existed get the default lifetime from their creation; new rows
            // always carry their own expiry, so the column keeps no default.
            migrationBuilder.Sql("UPDATE personal_access_tokens SET expires_at = created_at + interval '90 days';");
            migrationBuilder.Sql("ALTER TABLE personal_access_tokens ALTER COLUMN expires_at DROP DEFAULT;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "expires_at",
                table: "personal_access_tokens");
        }
    }
}
