using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IzmirSymbiosis.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddReadinessAssessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "readiness_assessments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    exchange_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    assessed_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assessed_at = table.Column<DateTimeOffset>(type: "timestamptz", nullable: false),
                    technology_level = table.Column<int>(type: "integer", nullable: false),
                    business_level = table.Column<int>(type: "integer", nullable: false),
                    organisational_level = table.Column<int>(type: "integer", nullable: false),
                    legal_level = table.Column<int>(type: "integer", nullable: false),
                    societal_level = table.Column<int>(type: "integer", nullable: false),
                    environmental_level = table.Column<int>(type: "integer", nullable: false),
                    technology_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    business_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    organisational_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    legal_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    societal_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    environmental_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_readiness_assessments", x => x.id);
                    table.CheckConstraint("ck_readiness_assessments_business_level", "business_level BETWEEN 1 AND 9");
                    table.CheckConstraint("ck_readiness_assessments_environmental_level", "environmental_level BETWEEN 1 AND 9");
                    table.CheckConstraint("ck_readiness_assessments_legal_level", "legal_level BETWEEN 1 AND 9");
                    table.CheckConstraint("ck_readiness_assessments_organisational_level", "organisational_level BETWEEN 1 AND 9");
                    table.CheckConstraint("ck_readiness_assessments_sequence", "sequence >= 1");
                    table.CheckConstraint("ck_readiness_assessments_societal_level", "societal_level BETWEEN 1 AND 9");
                    table.CheckConstraint("ck_readiness_assessments_technology_level", "technology_level BETWEEN 1 AND 9");
                    table.ForeignKey(
                        name: "fk_readiness_assessments_exchanges_exchange_id",
                        column: x => x.exchange_id,
                        principalTable: "exchanges",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_readiness_assessments_exchange_id_sequence",
                table: "readiness_assessments",
                columns: new[] { "exchange_id", "sequence" },
                unique: true);

            // An assessment is only ever added: a change of mind is a new assessment, so the history
            // tells who judged what and when.
            migrationBuilder.Sql(@"
CREATE FUNCTION readiness_assessments_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'readiness assessments are only ever added: a new judgement is a new assessment' USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER readiness_assessments_no_update BEFORE UPDATE ON readiness_assessments
    FOR EACH ROW EXECUTE FUNCTION readiness_assessments_append_only();
");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"
DROP TRIGGER IF EXISTS readiness_assessments_no_update ON readiness_assessments;
DROP FUNCTION IF EXISTS readiness_assessments_append_only();
");

            migrationBuilder.DropTable(
                name: "readiness_assessments");
        }
    }
}
