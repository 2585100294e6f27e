using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MediationFlow.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OpenCasesByCouncilIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_CouncilId_IsClosed_State",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Open_CouncilId",
                table: "Cases",
                column: "CouncilId",
                filter: "NOT \"IsClosed\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_Open_CouncilId",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CouncilId_IsClosed_State",
                table: "Cases",
                columns: new[] { "CouncilId", "IsClosed", "State" });
        }
    }
}
