using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MediationFlow.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PartyNamesByCaseIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Parties_CaseId",
                table: "Parties");

            migrationBuilder.CreateIndex(
                name: "IX_Parties_CaseId_NameKey",
                table: "Parties",
                columns: new[] { "CaseId", "NameKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Parties_CaseId_NameKey",
                table: "Parties");

            migrationBuilder.CreateIndex(
                name: "IX_Parties_CaseId",
                table: "Parties",
                column: "CaseId");
        }
    }
}
