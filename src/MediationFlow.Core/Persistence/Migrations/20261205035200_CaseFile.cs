using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MediationFlow.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CaseFile : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseFileEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 1),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Proves = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    PartyId = table.Column<long>(type: "INTEGER", nullable: true),
                    ObligationId = table.Column<long>(type: "INTEGER", nullable: true),
                    SessionId = table.Column<long>(type: "INTEGER", nullable: true),
                    SignedVersionId = table.Column<long>(type: "INTEGER", nullable: true),
                    Document = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    DocumentVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AddedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseFileEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseFileEntries_CaseFileEntries_SignedVersionId",
                        column: x => x.SignedVersionId,
                        principalTable: "CaseFileEntries",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CaseFileEntries_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseFileEntries_Obligations_ObligationId",
                        column: x => x.ObligationId,
                        principalTable: "Obligations",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CaseFileEntries_Parties_PartyId",
                        column: x => x.PartyId,
                        principalTable: "Parties",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CaseFileEntries_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseFileEntries_CaseId_AddedAt",
                table: "CaseFileEntries",
                columns: new[] { "CaseId", "AddedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseFileEntries_CaseId_Document_Language_DocumentVersion",
                table: "CaseFileEntries",
                columns: new[] { "CaseId", "Document", "Language", "DocumentVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseFileEntries_ObligationId",
                table: "CaseFileEntries",
                column: "ObligationId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseFileEntries_PartyId",
                table: "CaseFileEntries",
                column: "PartyId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseFileEntries_SessionId",
                table: "CaseFileEntries",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseFileEntries_SignedVersionId",
                table: "CaseFileEntries",
                column: "SignedVersionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseFileEntries");
        }
    }
}
