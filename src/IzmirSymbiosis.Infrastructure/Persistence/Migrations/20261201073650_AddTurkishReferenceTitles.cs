using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IzmirSymbiosis.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddTurkishReferenceTitles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "title_tr",
                table: "waste_codes",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "title_tr",
                table: "recovery_operations",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "title_tr",
                table: "waste_codes");

            migrationBuilder.DropColumn(
                name: "title_tr",
                table: "recovery_operations");
        }
    }
}
