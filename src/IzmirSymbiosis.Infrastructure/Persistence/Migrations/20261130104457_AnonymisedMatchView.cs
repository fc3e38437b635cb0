using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IzmirSymbiosis.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AnonymisedMatchView : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "giver_view_score",
                table: "matches",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<double>(
                name: "receiver_view_score",
                table: "matches",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<string>(
                name: "district_key",
                table: "companies",
                type: "character varying(120)",
                maxLength: 120,
                nullable: false,
                defaultValue: "");

            // Existing firms get the district key the domain would compute (Turkish letters folded,
            // anything else a space); existing matches a coarse anonymised score until the next re-match
            // replaces them (their breakdown has no anonymised reasons, so those stay hidden meanwhile).
            migrationBuilder.Sql(
                "UPDATE companies SET district_key = btrim(regexp_replace(lower(translate(district, " +
                "'İIıŞşĞğÜüÖöÇçÂâÎîÛû', 'iiissgguuooccaaiiuu')), '[^a-z0-9]+', ' ', 'g'))");
            migrationBuilder.Sql("UPDATE matches SET giver_view_score = round(score / 10) * 10, receiver_view_score = round(score / 10) * 10");

            migrationBuilder.CreateIndex(
                name: "ix_companies_district_key",
                table: "companies",
                column: "district_key")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

            migrationBuilder.DropIndex(
                name: "ix_companies_district_key",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "giver_view_score",
                table: "matches");

            migrationBuilder.DropColumn(
                name: "receiver_view_score",
                table: "matches");

            migrationBuilder.DropColumn(
                name: "district_key",
                table: "companies");
        }
    }
}
