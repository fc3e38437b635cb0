using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IzmirSymbiosis.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RecordStreamCreationKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "creation_key",
                table: "resource_streams",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_resource_streams_company_id_creation_key",
                table: "resource_streams",
                columns: new[] { "company_id", "creation_key" },
                unique: true,
                filter: "creation_key IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_resource_streams_company_id_creation_key",
                table: "resource_streams");

            migrationBuilder.DropColumn(
                name: "creation_key",
                table: "resource_streams");
        }
    }
}
