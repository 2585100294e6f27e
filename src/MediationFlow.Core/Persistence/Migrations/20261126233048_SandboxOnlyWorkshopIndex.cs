using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MediationFlow.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SandboxOnlyWorkshopIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_WorkshopId",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_WorkshopId",
                table: "Cases",
                column: "WorkshopId",
                filter: "\"WorkshopId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_WorkshopId",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_WorkshopId",
                table: "Cases",
                column: "WorkshopId");
        }
    }
}
