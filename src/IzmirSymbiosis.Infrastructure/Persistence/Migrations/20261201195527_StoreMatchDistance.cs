using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IzmirSymbiosis.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class StoreMatchDistance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "area_road_km",
                table: "matches",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "road_km",
                table: "matches",
                type: "double precision",
                nullable: true);

            // Rows stored before: the engine's figures from the firms' coordinates (great circle × the
            // default road factor 1.3; the exact km rounded to 0.1 as shown, the areas' km between the
            // centres of their 0.1° cells). The next re-match writes them again with the options in force.
            migrationBuilder.Sql("""
                WITH p AS (
                    SELECT m.id,
                           radians(g.latitude) AS la1, radians(g.longitude) AS lo1, radians(r.latitude) AS la2, radians(r.longitude) AS lo2,
                           radians(round(g.latitude::numeric, 1)::float8) AS ca1, radians(round(g.longitude::numeric, 1)::float8) AS co1,
                           radians(round(r.latitude::numeric, 1)::float8) AS ca2, radians(round(r.longitude::numeric, 1)::float8) AS co2
                    FROM matches m
                    JOIN companies g ON g.id = m.offer_company_id
                    JOIN companies r ON r.id = m.receiver_company_id
                    WHERE g.latitude IS NOT NULL AND g.longitude IS NOT NULL AND r.latitude IS NOT NULL AND r.longitude IS NOT NULL)
                UPDATE matches m
                SET road_km = round((2 * 6371.0088 * 1.3 * asin(least(1, sqrt(sin((p.la2 - p.la1) / 2) ^ 2 + cos(p.la1) * cos(p.la2) * sin((p.lo2 - p.lo1) / 2) ^ 2))))::numeric, 1)::float8,
                    area_road_km = 2 * 6371.0088 * 1.3 * asin(least(1, sqrt(sin((p.ca2 - p.ca1) / 2) ^ 2 + cos(p.ca1) * cos(p.ca2) * sin((p.co2 - p.co1) / 2) ^ 2)))
                FROM p
                WHERE p.id = m.id;
                """);

            migrationBuilder.CreateIndex(
                name: "ix_matches_road_km_id",
                table: "matches",
                columns: new[] { "road_km", "id" })
                .Annotation("Npgsql:IndexInclude", new[] { "kind", "score", "offer_id", "need_id", "receiver_company_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_matches_road_km_id",
                table: "matches");

            migrationBuilder.DropColumn(
                name: "area_road_km",
                table: "matches");

            migrationBuilder.DropColumn(
                name: "road_km",
                table: "matches");
        }
    }
}
