using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IzmirSymbiosis.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddMatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "matches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    offer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    offer_company_id = table.Column<Guid>(type: "uuid", nullable: false),
                    need_id = table.Column<Guid>(type: "uuid", nullable: true),
                    receiver_company_id = table.Column<Guid>(type: "uuid", nullable: false),
                    latent_nace_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    score = table.Column<double>(type: "double precision", nullable: false),
                    breakdown = table.Column<string>(type: "jsonb", nullable: false),
                    engine_version = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    computed_at = table.Column<DateTimeOffset>(type: "timestamptz", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_matches", x => x.id);
                    table.ForeignKey(
                        name: "fk_matches_companies_offer_company_id",
                        column: x => x.offer_company_id,
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_matches_companies_receiver_company_id",
                        column: x => x.receiver_company_id,
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_matches_streams_need_id",
                        column: x => x.need_id,
                        principalTable: "resource_streams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_matches_streams_offer_id",
                        column: x => x.offer_id,
                        principalTable: "resource_streams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_matches_kind_score",
                table: "matches",
                columns: new[] { "kind", "score" });

            migrationBuilder.CreateIndex(
                name: "ix_matches_need_id",
                table: "matches",
                column: "need_id");

            migrationBuilder.CreateIndex(
                name: "ix_matches_offer_company_id",
                table: "matches",
                column: "offer_company_id");

            migrationBuilder.CreateIndex(
                name: "ix_matches_offer_id_need_id",
                table: "matches",
                columns: new[] { "offer_id", "need_id" },
                unique: true,
                filter: "need_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_matches_offer_id_receiver_company_id_latent_nace_code",
                table: "matches",
                columns: new[] { "offer_id", "receiver_company_id", "latent_nace_code" },
                unique: true,
                filter: "need_id IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_matches_receiver_company_id",
                table: "matches",
                column: "receiver_company_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "matches");
        }
    }
}
