using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IzmirSymbiosis.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:CollationDefinition:turkish", "tr-TR,tr-TR,icu,True")
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateTable(
                name: "emission_factors",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    dataset = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    category = table.Column<string>(type: "text", nullable: true),
                    material = table.Column<string>(type: "text", nullable: false),
                    route = table.Column<string>(type: "text", nullable: false),
                    kg_co2e_per_tonne = table.Column<double>(type: "double precision", nullable: false),
                    source_id = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_emission_factors", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "known_exchanges",
                columns: table => new
                {
                    exchange_id = table.Column<string>(type: "text", nullable: false),
                    case_id = table.Column<string>(type: "text", nullable: false),
                    donor_business = table.Column<string>(type: "text", nullable: true),
                    donor_nace = table.Column<string>(type: "text", nullable: true),
                    receiver_business = table.Column<string>(type: "text", nullable: true),
                    receiver_nace = table.Column<string>(type: "text", nullable: true),
                    material_description = table.Column<string>(type: "text", nullable: false),
                    ewc_codes = table.Column<string>(type: "text", nullable: false),
                    treatment = table.Column<string>(type: "text", nullable: true),
                    final_use = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_known_exchanges", x => x.exchange_id);
                });

            migrationBuilder.CreateTable(
                name: "material_emission_profiles",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    material_group = table.Column<string>(type: "text", nullable: false),
                    uk_material = table.Column<string>(type: "text", nullable: true),
                    primary_production_kg_co2e_per_tonne = table.Column<double>(type: "double precision", nullable: true),
                    landfill_kg_co2e_per_tonne = table.Column<double>(type: "double precision", nullable: true),
                    substitution_saving_kg_co2e_per_tonne = table.Column<double>(type: "double precision", nullable: true),
                    warm_material = table.Column<string>(type: "text", nullable: true),
                    warm_landfill_minus_recovery_kg_co2e_per_tonne = table.Column<double>(type: "double precision", nullable: true),
                    indicative_ewc_codes = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_material_emission_profiles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "nace_activities",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    parent_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    section = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    title_en = table.Column<string>(type: "text", nullable: false),
                    title_tr = table.Column<string>(type: "text", nullable: true),
                    includes = table.Column<string>(type: "text", nullable: true),
                    also_includes = table.Column<string>(type: "text", nullable: true),
                    excludes = table.Column<string>(type: "text", nullable: true),
                    search_key = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_nace_activities", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "recovery_operations",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    is_recovery = table.Column<bool>(type: "boolean", nullable: false),
                    description_en = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recovery_operations", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "waste_categories",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    parent_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    title_en = table.Column<string>(type: "text", nullable: false),
                    title_tr = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_waste_categories", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "waste_codes",
                columns: table => new
                {
                    code = table.Column<string>(type: "character(6)", fixedLength: true, maxLength: 6, nullable: false),
                    chapter_code = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    sub_chapter_code = table.Column<string>(type: "character(4)", fixedLength: true, maxLength: 4, nullable: false),
                    description_en = table.Column<string>(type: "text", nullable: false),
                    is_hazardous = table.Column<bool>(type: "boolean", nullable: false),
                    entry_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    search_key = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_waste_codes", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "zones",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    name_tr = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    short_name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    zone_type = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    district = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    status = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true),
                    source = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_zones", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "companies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    legal_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "turkish"),
                    tax_number = table.Column<string>(type: "character(10)", fixedLength: true, maxLength: 10, nullable: false),
                    nace_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    zone_id = table.Column<int>(type: "integer", nullable: true),
                    address = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    district = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false, collation: "turkish"),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true),
                    size_band = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    search_key = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamptz", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamptz", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    contacts = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_companies", x => x.id);
                    table.ForeignKey(
                        name: "fk_companies_zones_zone_id",
                        column: x => x.zone_id,
                        principalTable: "zones",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "resource_streams",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    company_id = table.Column<Guid>(type: "uuid", nullable: false),
                    direction = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ewc_code = table.Column<string>(type: "character(6)", fixedLength: true, maxLength: 6, nullable: true),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    quality_notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    physical_state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    available_from = table.Column<DateOnly>(type: "date", nullable: true),
                    available_until = table.Column<DateOnly>(type: "date", nullable: true),
                    price_per_unit = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    max_transport_km = table.Column<int>(type: "integer", nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    visibility = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    search_key = table.Column<string>(type: "text", nullable: false),
                    quantity_amount = table.Column<decimal>(type: "numeric(16,3)", precision: 16, scale: 3, nullable: false),
                    quantity_period = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    quantity_unit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamptz", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamptz", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_resource_streams", x => x.id);
                    table.ForeignKey(
                        name: "fk_resource_streams_companies_company_id",
                        column: x => x.company_id,
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_resource_streams_waste_codes_ewc_code",
                        column: x => x.ewc_code,
                        principalTable: "waste_codes",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_companies_legal_name",
                table: "companies",
                column: "legal_name");

            migrationBuilder.CreateIndex(
                name: "ix_companies_nace_code",
                table: "companies",
                column: "nace_code");

            migrationBuilder.CreateIndex(
                name: "ix_companies_search_key",
                table: "companies",
                column: "search_key")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_companies_tax_number",
                table: "companies",
                column: "tax_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_companies_zone_id",
                table: "companies",
                column: "zone_id");

            migrationBuilder.CreateIndex(
                name: "ix_emission_factors_dataset_material_route",
                table: "emission_factors",
                columns: new[] { "dataset", "material", "route" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_known_exchanges_receiver_nace",
                table: "known_exchanges",
                column: "receiver_nace");

            migrationBuilder.CreateIndex(
                name: "ix_nace_activities_parent_code",
                table: "nace_activities",
                column: "parent_code");

            migrationBuilder.CreateIndex(
                name: "ix_nace_activities_search_key",
                table: "nace_activities",
                column: "search_key")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_resource_streams_company_id",
                table: "resource_streams",
                column: "company_id");

            migrationBuilder.CreateIndex(
                name: "ix_resource_streams_direction_status_ewc_code",
                table: "resource_streams",
                columns: new[] { "direction", "status", "ewc_code" });

            migrationBuilder.CreateIndex(
                name: "ix_resource_streams_ewc_code",
                table: "resource_streams",
                column: "ewc_code");

            migrationBuilder.CreateIndex(
                name: "ix_resource_streams_search_key",
                table: "resource_streams",
                column: "search_key")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_waste_codes_search_key",
                table: "waste_codes",
                column: "search_key")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_waste_codes_sub_chapter_code",
                table: "waste_codes",
                column: "sub_chapter_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "emission_factors");

            migrationBuilder.DropTable(
                name: "known_exchanges");

            migrationBuilder.DropTable(
                name: "material_emission_profiles");

            migrationBuilder.DropTable(
                name: "nace_activities");

            migrationBuilder.DropTable(
                name: "recovery_operations");

            migrationBuilder.DropTable(
                name: "resource_streams");

            migrationBuilder.DropTable(
                name: "waste_categories");

            migrationBuilder.DropTable(
                name: "companies");

            migrationBuilder.DropTable(
                name: "waste_codes");

            migrationBuilder.DropTable(
                name: "zones");
        }
    }
}
