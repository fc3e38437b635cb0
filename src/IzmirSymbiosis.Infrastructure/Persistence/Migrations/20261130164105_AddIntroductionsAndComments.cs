using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IzmirSymbiosis.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddIntroductionsAndComments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "comments",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    subject = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    author_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    author_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    author_role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    author_company_id = table.Column<Guid>(type: "uuid", nullable: true),
                    body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamptz", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_comments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "introductions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    match_id = table.Column<Guid>(type: "uuid", nullable: false),
                    offer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    need_id = table.Column<Guid>(type: "uuid", nullable: true),
                    giver_company_id = table.Column<Guid>(type: "uuid", nullable: false),
                    receiver_company_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_as = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    giver_decision = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    giver_decided_by = table.Column<Guid>(type: "uuid", nullable: true),
                    giver_decided_at = table.Column<DateTimeOffset>(type: "timestamptz", nullable: true),
                    receiver_decision = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    receiver_decided_by = table.Column<Guid>(type: "uuid", nullable: true),
                    receiver_decided_at = table.Column<DateTimeOffset>(type: "timestamptz", nullable: true),
                    decline_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamptz", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamptz", nullable: true),
                    withdrawn_by = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamptz", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamptz", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_introductions", x => x.id);
                    table.ForeignKey(
                        name: "fk_introductions_companies_giver_company_id",
                        column: x => x.giver_company_id,
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_introductions_companies_receiver_company_id",
                        column: x => x.receiver_company_id,
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_introductions_streams_need_id",
                        column: x => x.need_id,
                        principalTable: "resource_streams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_introductions_streams_offer_id",
                        column: x => x.offer_id,
                        principalTable: "resource_streams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_comments_subject_subject_id_id",
                table: "comments",
                columns: new[] { "subject", "subject_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_introductions_giver_company_id",
                table: "introductions",
                column: "giver_company_id");

            migrationBuilder.CreateIndex(
                name: "ix_introductions_live_latent_pair",
                table: "introductions",
                columns: new[] { "offer_id", "receiver_company_id" },
                unique: true,
                filter: "need_id IS NULL AND status IN ('Pending', 'Accepted')");

            migrationBuilder.CreateIndex(
                name: "ix_introductions_live_registered_pair",
                table: "introductions",
                columns: new[] { "offer_id", "need_id" },
                unique: true,
                filter: "need_id IS NOT NULL AND status IN ('Pending', 'Accepted')");

            migrationBuilder.CreateIndex(
                name: "ix_introductions_need_id",
                table: "introductions",
                column: "need_id");

            migrationBuilder.CreateIndex(
                name: "ix_introductions_receiver_company_id",
                table: "introductions",
                column: "receiver_company_id");

            migrationBuilder.CreateIndex(
                name: "ix_introductions_status_expires_at",
                table: "introductions",
                columns: new[] { "status", "expires_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "comments");

            migrationBuilder.DropTable(
                name: "introductions");
        }
    }
}
