using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IzmirSymbiosis.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddDataQualityAndDigest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "last_reminded_at",
                table: "resource_streams",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "match_digest_covered_until",
                table: "notification_preferences",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "match_digest_threshold",
                table: "notification_preferences",
                type: "integer",
                nullable: false,
                defaultValue: 60);

            migrationBuilder.AddColumn<bool>(
                name: "weekly_match_digest",
                table: "notification_preferences",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "created_at",
                table: "matches",
                type: "timestamptz",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // Existing users keep the digest's default threshold; existing matches count as found
            // when they were last computed (the best the rows can tell).
            migrationBuilder.Sql("UPDATE matches SET created_at = computed_at;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "last_reminded_at",
                table: "resource_streams");

            migrationBuilder.DropColumn(
                name: "match_digest_covered_until",
                table: "notification_preferences");

            migrationBuilder.DropColumn(
                name: "match_digest_threshold",
                table: "notification_preferences");

            migrationBuilder.DropColumn(
                name: "weekly_match_digest",
                table: "notification_preferences");

            migrationBuilder.DropColumn(
                name: "created_at",
                table: "matches");
        }
    }
}
