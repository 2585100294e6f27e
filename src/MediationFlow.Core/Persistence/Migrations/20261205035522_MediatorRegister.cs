using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MediationFlow.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MediatorRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CouncilId",
                table: "MediatorRegister",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Number",
                table: "MediatorRegister",
                type: "TEXT",
                maxLength: 30,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "MediatorRegister",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Active");

            migrationBuilder.AddColumn<DateOnly>(
                name: "ElectedOn",
                table: "MediatorRegister",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MediatorStatusChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediatorStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediatorStatusChanges_MediatorRegister_EntryId",
                        column: x => x.EntryId,
                        principalTable: "MediatorRegister",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Course = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Hours = table.Column<int>(type: "INTEGER", nullable: true),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingRecords_MediatorRegister_EntryId",
                        column: x => x.EntryId,
                        principalTable: "MediatorRegister",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // An entry made before the register named its council belongs to the council the person mediates in (or, failing
            // that, any council of theirs, or the top of the tree), and is numbered after that council's code.
            migrationBuilder.Sql(
                """
                UPDATE MediatorRegister SET CouncilId = COALESCE(
                    (SELECT MIN(m.CouncilId) FROM Memberships m WHERE m.UserId = MediatorRegister.UserId AND m.Role = 'Mediator'),
                    (SELECT MIN(m.CouncilId) FROM Memberships m WHERE m.UserId = MediatorRegister.UserId),
                    (SELECT MIN(c.Id) FROM Councils c WHERE c.ParentId IS NULL));
                UPDATE MediatorRegister SET Number = (SELECT c.Code FROM Councils c WHERE c.Id = MediatorRegister.CouncilId) || '-' || printf('%04d', Id);
                INSERT INTO TrainingRecords (EntryId, Course, Hours, CertificateNumber, CompletedOn)
                    SELECT Id, 'Mediation technologies', NULL, TrainingCertificate, CertifiedOn FROM MediatorRegister WHERE CertifiedOn IS NOT NULL;
                """);

            migrationBuilder.DropColumn(
                name: "TrainingCertificate",
                table: "MediatorRegister");

            migrationBuilder.DropColumn(
                name: "CertifiedOn",
                table: "MediatorRegister");

            migrationBuilder.CreateIndex(
                name: "IX_MediatorRegister_CouncilId",
                table: "MediatorRegister",
                column: "CouncilId");

            migrationBuilder.CreateIndex(
                name: "IX_MediatorRegister_Number",
                table: "MediatorRegister",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediatorStatusChanges_EntryId",
                table: "MediatorStatusChanges",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingRecords_EntryId",
                table: "TrainingRecords",
                column: "EntryId");

            migrationBuilder.AddForeignKey(
                name: "FK_MediatorRegister_Councils_CouncilId",
                table: "MediatorRegister",
                column: "CouncilId",
                principalTable: "Councils",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TrainingCertificate",
                table: "MediatorRegister",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CertifiedOn",
                table: "MediatorRegister",
                type: "TEXT",
                nullable: true);

            // The one certificate the entry had: its latest course's.
            migrationBuilder.Sql(
                """
                UPDATE MediatorRegister SET
                    TrainingCertificate = (SELECT t.CertificateNumber FROM TrainingRecords t WHERE t.EntryId = MediatorRegister.Id ORDER BY t.CompletedOn DESC LIMIT 1),
                    CertifiedOn = (SELECT MAX(t.CompletedOn) FROM TrainingRecords t WHERE t.EntryId = MediatorRegister.Id);
                """);

            migrationBuilder.DropForeignKey(
                name: "FK_MediatorRegister_Councils_CouncilId",
                table: "MediatorRegister");

            migrationBuilder.DropTable(
                name: "MediatorStatusChanges");

            migrationBuilder.DropTable(
                name: "TrainingRecords");

            migrationBuilder.DropIndex(
                name: "IX_MediatorRegister_CouncilId",
                table: "MediatorRegister");

            migrationBuilder.DropIndex(
                name: "IX_MediatorRegister_Number",
                table: "MediatorRegister");

            migrationBuilder.DropColumn(
                name: "CouncilId",
                table: "MediatorRegister");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "MediatorRegister");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "MediatorRegister");

            migrationBuilder.DropColumn(
                name: "ElectedOn",
                table: "MediatorRegister");
        }
    }
}
