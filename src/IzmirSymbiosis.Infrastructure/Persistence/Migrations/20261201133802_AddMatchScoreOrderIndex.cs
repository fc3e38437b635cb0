using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IzmirSymbiosis.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddMatchScoreOrderIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_matches_score_id",
                table: "matches",
                columns: new[] { "score", "id" },
                descending: new[] { true, false })
                .Annotation("Npgsql:IndexInclude", new[] { "kind", "offer_id", "offer_company_id", "need_id", "receiver_company_id", "giver_view_score", "receiver_view_score" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_matches_score_id",
                table: "matches");
        }
    }
}
