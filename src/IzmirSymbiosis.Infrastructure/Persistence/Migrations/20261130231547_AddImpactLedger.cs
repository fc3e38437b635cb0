using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IzmirSymbiosis.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddImpactLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "impact_factor_sets",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false, collation: "turkish"),
                    version = table.Column<int>(type: "integer", nullable: false),
                    published_on = table.Column<DateOnly>(type: "date", nullable: false),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamptz", nullable: false),
                    in_use_since = table.Column<DateTimeOffset>(type: "timestamptz", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_impact_factor_sets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "impact_factor_rows",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    factor_set_id = table.Column<int>(type: "integer", nullable: false),
                    key = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    value = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: false),
                    unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    label_tr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    label_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_impact_factor_rows", x => x.id);
                    table.ForeignKey(
                        name: "fk_impact_factor_rows_factor_sets_factor_set_id",
                        column: x => x.factor_set_id,
                        principalTable: "impact_factor_sets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "impact_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    exchange_id = table.Column<Guid>(type: "uuid", nullable: false),
                    basis = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    supersedes_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamptz", nullable: false),
                    recorded_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    factor_set_id = table.Column<int>(type: "integer", nullable: false),
                    factor_set_version = table.Column<int>(type: "integer", nullable: false),
                    formula_version = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    inputs_json = table.Column<string>(type: "jsonb", nullable: false),
                    rows_json = table.Column<string>(type: "jsonb", nullable: false),
                    steps_json = table.Column<string>(type: "jsonb", nullable: false),
                    notes_json = table.Column<string>(type: "jsonb", nullable: false),
                    tonnes_diverted = table.Column<decimal>(type: "numeric(20,3)", precision: 20, scale: 3, nullable: false),
                    virgin_material_tonnes = table.Column<decimal>(type: "numeric(20,3)", precision: 20, scale: 3, nullable: false),
                    substitution_co2e_tonnes = table.Column<decimal>(type: "numeric(20,3)", precision: 20, scale: 3, nullable: false),
                    avoided_disposal_co2e_tonnes = table.Column<decimal>(type: "numeric(20,3)", precision: 20, scale: 3, nullable: false),
                    transport_co2e_tonnes = table.Column<decimal>(type: "numeric(20,3)", precision: 20, scale: 3, nullable: false),
                    processing_co2e_tonnes = table.Column<decimal>(type: "numeric(20,3)", precision: 20, scale: 3, nullable: false),
                    co2e_avoided_tonnes = table.Column<decimal>(type: "numeric(20,3)", precision: 20, scale: 3, nullable: true),
                    water_m3 = table.Column<decimal>(type: "numeric(20,3)", precision: 20, scale: 3, nullable: false),
                    energy_m_wh = table.Column<decimal>(type: "numeric(20,3)", precision: 20, scale: 3, nullable: false),
                    cost_savings_try = table.Column<decimal>(type: "numeric(20,3)", precision: 20, scale: 3, nullable: true),
                    new_revenue_try = table.Column<decimal>(type: "numeric(20,3)", precision: 20, scale: 3, nullable: true),
                    investment_try = table.Column<decimal>(type: "numeric(20,3)", precision: 20, scale: 3, nullable: true),
                    jobs = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_impact_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_impact_records_exchanges_exchange_id",
                        column: x => x.exchange_id,
                        principalTable: "exchanges",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_impact_records_impact_factor_sets_factor_set_id",
                        column: x => x.factor_set_id,
                        principalTable: "impact_factor_sets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_impact_records_impact_records_supersedes_id",
                        column: x => x.supersedes_id,
                        principalTable: "impact_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_impact_factor_rows_factor_set_id_key",
                table: "impact_factor_rows",
                columns: new[] { "factor_set_id", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_impact_factor_sets_name_version",
                table: "impact_factor_sets",
                columns: new[] { "name", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_impact_records_exchange_id_basis_recorded_at",
                table: "impact_records",
                columns: new[] { "exchange_id", "basis", "recorded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_impact_records_factor_set_id",
                table: "impact_records",
                column: "factor_set_id");

            migrationBuilder.CreateIndex(
                name: "ix_impact_records_supersedes_id",
                table: "impact_records",
                column: "supersedes_id");
            // A factor set that figures refer to never changes (DESIGN.md §6): the database refuses
            // an UPDATE or DELETE of a used set, and any INSERT, UPDATE or DELETE of its rows. Only
            // the first marking as used (in_use_since from NULL to a time) passes.
            migrationBuilder.Sql(@"
CREATE FUNCTION impact_factor_sets_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.in_use_since IS NOT NULL THEN
        RAISE EXCEPTION 'impact factor set % is in use and cannot change', OLD.id USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER impact_factor_sets_no_change BEFORE UPDATE OR DELETE ON impact_factor_sets
    FOR EACH ROW EXECUTE FUNCTION impact_factor_sets_frozen();
CREATE FUNCTION impact_factor_rows_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    set_id integer := CASE WHEN TG_OP = 'INSERT' THEN NEW.factor_set_id ELSE OLD.factor_set_id END;
BEGIN
    IF EXISTS (SELECT 1 FROM impact_factor_sets s
               WHERE (s.id = set_id OR (TG_OP = 'UPDATE' AND s.id = NEW.factor_set_id)) AND s.in_use_since IS NOT NULL) THEN
        RAISE EXCEPTION 'impact factor set % is in use: its rows cannot change', set_id USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER impact_factor_rows_no_change BEFORE INSERT OR UPDATE OR DELETE ON impact_factor_rows
    FOR EACH ROW EXECUTE FUNCTION impact_factor_rows_frozen();
CREATE FUNCTION impact_records_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'impact records are only ever added: a recompute is a new record' USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER impact_records_no_update BEFORE UPDATE ON impact_records
    FOR EACH ROW EXECUTE FUNCTION impact_records_append_only();
");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"
DROP TRIGGER IF EXISTS impact_records_no_update ON impact_records;
DROP FUNCTION IF EXISTS impact_records_append_only();
DROP TRIGGER IF EXISTS impact_factor_rows_no_change ON impact_factor_rows;
DROP FUNCTION IF EXISTS impact_factor_rows_frozen();
DROP TRIGGER IF EXISTS impact_factor_sets_no_change ON impact_factor_sets;
DROP FUNCTION IF EXISTS impact_factor_sets_frozen();
");

            migrationBuilder.DropTable(
                name: "impact_factor_rows");

            migrationBuilder.DropTable(
                name: "impact_records");

            migrationBuilder.DropTable(
                name: "impact_factor_sets");
        }
    }
}
