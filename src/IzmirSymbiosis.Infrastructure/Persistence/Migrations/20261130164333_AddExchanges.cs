using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IzmirSymbiosis.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddExchanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "exchanges",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamptz", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamptz", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    stage = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    stage_changed_at = table.Column<DateTimeOffset>(type: "timestamptz", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "turkish"),
                    donor_company_id = table.Column<Guid>(type: "uuid", nullable: false),
                    receiver_company_id = table.Column<Guid>(type: "uuid", nullable: false),
                    transporter_company_id = table.Column<Guid>(type: "uuid", nullable: true),
                    processor_company_id = table.Column<Guid>(type: "uuid", nullable: true),
                    donor_confirmed_at = table.Column<DateTimeOffset>(type: "timestamptz", nullable: true),
                    receiver_confirmed_at = table.Column<DateTimeOffset>(type: "timestamptz", nullable: true),
                    transporter_confirmed_at = table.Column<DateTimeOffset>(type: "timestamptz", nullable: true),
                    processor_confirmed_at = table.Column<DateTimeOffset>(type: "timestamptz", nullable: true),
                    offer_stream_id = table.Column<Guid>(type: "uuid", nullable: false),
                    need_stream_id = table.Column<Guid>(type: "uuid", nullable: true),
                    source_match_id = table.Column<Guid>(type: "uuid", nullable: true),
                    introduction_id = table.Column<Guid>(type: "uuid", nullable: true),
                    agreed_amount = table.Column<decimal>(type: "numeric(16,3)", precision: 16, scale: 3, nullable: true),
                    agreed_unit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    agreed_period = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    route = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    recovery_operation = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    transport_mode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    distance_km = table.Column<int>(type: "integer", nullable: true),
                    planned_start = table.Column<DateOnly>(type: "date", nullable: true),
                    commercial_terms = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    proposed_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    implementation_started_on = table.Column<DateOnly>(type: "date", nullable: true),
                    first_delivery_on = table.Column<DateOnly>(type: "date", nullable: true),
                    verified_amount = table.Column<decimal>(type: "numeric(16,3)", precision: 16, scale: 3, nullable: true),
                    verified_unit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    verified_from = table.Column<DateOnly>(type: "date", nullable: true),
                    verified_to = table.Column<DateOnly>(type: "date", nullable: true),
                    verification_evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    verified_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    by_product_answers = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_exchanges", x => x.id);
                    table.ForeignKey(
                        name: "fk_exchanges_companies_donor_company_id",
                        column: x => x.donor_company_id,
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_exchanges_companies_processor_company_id",
                        column: x => x.processor_company_id,
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_exchanges_companies_receiver_company_id",
                        column: x => x.receiver_company_id,
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_exchanges_companies_transporter_company_id",
                        column: x => x.transporter_company_id,
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_exchanges_streams_need_stream_id",
                        column: x => x.need_stream_id,
                        principalTable: "resource_streams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_exchanges_streams_offer_stream_id",
                        column: x => x.offer_stream_id,
                        principalTable: "resource_streams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "exchange_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    exchange_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_stage = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    to_stage = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    actor_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamptz", nullable: false),
                    comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_exchange_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_exchange_history_exchanges_exchange_id",
                        column: x => x.exchange_id,
                        principalTable: "exchanges",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_exchange_history_exchange_id_idempotency_key",
                table: "exchange_history",
                columns: new[] { "exchange_id", "idempotency_key" },
                unique: true,
                filter: "idempotency_key IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_exchange_history_exchange_id_version",
                table: "exchange_history",
                columns: new[] { "exchange_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_exchanges_donor_company_id",
                table: "exchanges",
                column: "donor_company_id");

            migrationBuilder.CreateIndex(
                name: "ix_exchanges_need_stream_id",
                table: "exchanges",
                column: "need_stream_id");

            migrationBuilder.CreateIndex(
                name: "ix_exchanges_offer_stream_id_receiver_company_id",
                table: "exchanges",
                columns: new[] { "offer_stream_id", "receiver_company_id" },
                unique: true,
                filter: "stage NOT IN ('Verified', 'Rejected', 'Withdrawn')");

            migrationBuilder.CreateIndex(
                name: "ix_exchanges_processor_company_id",
                table: "exchanges",
                column: "processor_company_id");

            migrationBuilder.CreateIndex(
                name: "ix_exchanges_receiver_company_id",
                table: "exchanges",
                column: "receiver_company_id");

            migrationBuilder.CreateIndex(
                name: "ix_exchanges_source_match_id",
                table: "exchanges",
                column: "source_match_id");

            migrationBuilder.CreateIndex(
                name: "ix_exchanges_stage_stage_changed_at",
                table: "exchanges",
                columns: new[] { "stage", "stage_changed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_exchanges_transporter_company_id",
                table: "exchanges",
                column: "transporter_company_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "exchange_history");

            migrationBuilder.DropTable(
                name: "exchanges");
        }
    }
}
