using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MediationFlow.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SessionsOfEarlierRounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Superseded",
                table: "Sessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Superseded",
                table: "Sessions");
        }
    }
}
