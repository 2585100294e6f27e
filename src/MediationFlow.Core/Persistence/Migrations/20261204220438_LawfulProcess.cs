using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MediationFlow.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LawfulProcess : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SettlementAgreements_CaseId",
                table: "SettlementAgreements");

            migrationBuilder.AddColumn<int>(
                name: "Round",
                table: "SettlementAgreements",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "Scope",
                table: "SettlementAgreements",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Full");

            migrationBuilder.AddColumn<DateOnly>(
                name: "SignedOn",
                table: "SettlementAgreements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SubmittedAt",
                table: "SettlementAgreements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Terms",
                table: "SettlementAgreements",
                type: "TEXT",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CancelledAt",
                table: "Sessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "HeldAt",
                table: "Sessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Sessions",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Joint");

            migrationBuilder.AddColumn<long>(
                name: "PartyId",
                table: "Sessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Round",
                table: "Sessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "Bin",
                table: "Parties",
                type: "TEXT",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Parties",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Person");

            migrationBuilder.AddColumn<DateOnly>(
                name: "PreviousDueOn",
                table: "Obligations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RescheduledOn",
                table: "Obligations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Round",
                table: "Obligations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StatusOn",
                table: "Obligations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Round",
                table: "MediationAgreements",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SignedOn",
                table: "MediationAgreements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CheckedOn",
                table: "FollowUpChecks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Round",
                table: "FollowUpChecks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "TimeZone",
                table: "Councils",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "Asia/Almaty");

            migrationBuilder.AddColumn<DateOnly>(
                name: "GivenOn",
                table: "Consents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MediatorId",
                table: "Consents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RepresentativeId",
                table: "Consents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Round",
                table: "Consents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Round",
                table: "ConflictDeclarations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "OutcomeReason",
                table: "Cases",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            // SQLite adds a column with its foreign key in place; EF Core's AddForeignKey would copy the whole table.
            migrationBuilder.Sql("""
                ALTER TABLE "Cases" ADD "PendingTransferCouncilId" INTEGER NULL
                    CONSTRAINT "FK_Cases_Councils_PendingTransferCouncilId" REFERENCES "Councils" ("Id") ON DELETE RESTRICT;
                """);

            migrationBuilder.AddColumn<string>(
                name: "ProceedingReference",
                table: "Cases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReferralNote",
                table: "Cases",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReferralSource",
                table: "Cases",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Round",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<bool>(
                name: "StateBodyIsParty",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Round",
                table: "CaseEvents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateTable(
                name: "CaseTransfers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    FromCouncilId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToCouncilId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RequestedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecidedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseTransfers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseTransfers_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseTransfers_Councils_FromCouncilId",
                        column: x => x.FromCouncilId,
                        principalTable: "Councils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseTransfers_Councils_ToCouncilId",
                        column: x => x.ToCouncilId,
                        principalTable: "Councils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConfidentialNotes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 1),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SessionId = table.Column<long>(type: "INTEGER", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConfidentialNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConfidentialNotes_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CourtProceedings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    PartyId = table.Column<long>(type: "INTEGER", nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Court = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CourtCaseNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourtProceedings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CourtProceedings_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CourtProceedings_Parties_PartyId",
                        column: x => x.PartyId,
                        principalTable: "Parties",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "MediationRounds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestedByPartyId = table.Column<long>(type: "INTEGER", nullable: true),
                    RequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MediatorAssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProposalSentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MediationStartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TermEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DraftApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SettlementSignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OutcomeReason = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediationRounds_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MediationRounds_Parties_RequestedByPartyId",
                        column: x => x.RequestedByPartyId,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Participants",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Iin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PreferredLanguage = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    AccompaniesPartyId = table.Column<long>(type: "INTEGER", nullable: true),
                    RemovedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Participants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Participants_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Participants_Parties_AccompaniesPartyId",
                        column: x => x.AccompaniesPartyId,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Representatives",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    PartyId = table.Column<long>(type: "INTEGER", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Iin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AuthorityKind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AuthorityDocument = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    AuthorityIssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AuthorityValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RemovedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Representatives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Representatives_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Representatives_Parties_PartyId",
                        column: x => x.PartyId,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SessionAttendances",
                columns: table => new
                {
                    SessionId = table.Column<long>(type: "INTEGER", nullable: false),
                    AttendeeKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AttendeeId = table.Column<long>(type: "INTEGER", nullable: false),
                    Attended = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionAttendances", x => new { x.SessionId, x.AttendeeKind, x.AttendeeId });
                    table.ForeignKey(
                        name: "FK_SessionAttendances_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SettlementSignatures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SettlementId = table.Column<long>(type: "INTEGER", nullable: false),
                    PartyId = table.Column<long>(type: "INTEGER", nullable: false),
                    RepresentativeId = table.Column<long>(type: "INTEGER", nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    Superseded = table.Column<bool>(type: "INTEGER", nullable: false, defaultValue: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SettlementSignatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SettlementSignatures_Parties_PartyId",
                        column: x => x.PartyId,
                        principalTable: "Parties",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SettlementSignatures_Representatives_RepresentativeId",
                        column: x => x.RepresentativeId,
                        principalTable: "Representatives",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SettlementSignatures_SettlementAgreements_SettlementId",
                        column: x => x.SettlementId,
                        principalTable: "SettlementAgreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SettlementAgreements_CaseId_Round",
                table: "SettlementAgreements",
                columns: new[] { "CaseId", "Round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PendingTransferCouncilId",
                table: "Cases",
                column: "PendingTransferCouncilId",
                filter: "\"PendingTransferCouncilId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CaseTransfers_CaseId",
                table: "CaseTransfers",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseTransfers_FromCouncilId",
                table: "CaseTransfers",
                column: "FromCouncilId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseTransfers_ToCouncilId",
                table: "CaseTransfers",
                column: "ToCouncilId");

            migrationBuilder.CreateIndex(
                name: "IX_ConfidentialNotes_CaseId_Sequence_Field",
                table: "ConfidentialNotes",
                columns: new[] { "CaseId", "Sequence", "Field" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CourtProceedings_CaseId",
                table: "CourtProceedings",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CourtProceedings_PartyId",
                table: "CourtProceedings",
                column: "PartyId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationRounds_CaseId_Number",
                table: "MediationRounds",
                columns: new[] { "CaseId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediationRounds_RequestedByPartyId",
                table: "MediationRounds",
                column: "RequestedByPartyId");

            migrationBuilder.CreateIndex(
                name: "IX_Participants_AccompaniesPartyId",
                table: "Participants",
                column: "AccompaniesPartyId");

            migrationBuilder.CreateIndex(
                name: "IX_Participants_CaseId",
                table: "Participants",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Representatives_CaseId",
                table: "Representatives",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Representatives_PartyId",
                table: "Representatives",
                column: "PartyId");

            migrationBuilder.CreateIndex(
                name: "IX_SettlementSignatures_PartyId",
                table: "SettlementSignatures",
                column: "PartyId");

            migrationBuilder.CreateIndex(
                name: "IX_SettlementSignatures_RepresentativeId",
                table: "SettlementSignatures",
                column: "RepresentativeId");

            migrationBuilder.CreateIndex(
                name: "IX_SettlementSignatures_SettlementId",
                table: "SettlementSignatures",
                column: "SettlementId");

            // The texts move before their columns go: a representative's name becomes a representative without a
            // recorded document, and what was said in mediation leaves the history events for the confidential notes.
            // Nothing in this migration rebuilds a table, so the statements run in the order written.
            migrationBuilder.Sql(MoveRepresentatives);
            foreach (var (trigger, field) in ConfidentialFields)
            {
                migrationBuilder.Sql(MoveNotes(trigger, field));
            }

            // Dropped in place (SQLite 3.35+): EF Core's DropColumn copies each table, and no index or key uses these columns.
            migrationBuilder.Sql("""
                ALTER TABLE "Sessions" DROP COLUMN "OutcomeNote";
                ALTER TABLE "Parties" DROP COLUMN "Representative";
                ALTER TABLE "ConflictDeclarations" DROP COLUMN "Reason";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OutcomeNote",
                table: "Sessions",
                type: "TEXT",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Representative",
                table: "Parties",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "ConflictDeclarations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.Sql(RestoreRepresentatives);
            foreach (var (trigger, field) in ConfidentialFields)
            {
                migrationBuilder.Sql(RestoreNotes(trigger, field));
            }

            migrationBuilder.Sql(RestoreSessionNotesAndRecusals);

            migrationBuilder.DropForeignKey(
                name: "FK_Cases_Councils_PendingTransferCouncilId",
                table: "Cases");

            migrationBuilder.DropTable(
                name: "CaseTransfers");

            migrationBuilder.DropTable(
                name: "ConfidentialNotes");

            migrationBuilder.DropTable(
                name: "CourtProceedings");

            migrationBuilder.DropTable(
                name: "MediationRounds");

            migrationBuilder.DropTable(
                name: "Participants");

            migrationBuilder.DropTable(
                name: "SessionAttendances");

            migrationBuilder.DropTable(
                name: "SettlementSignatures");

            migrationBuilder.DropTable(
                name: "Representatives");

            migrationBuilder.DropIndex(
                name: "IX_SettlementAgreements_CaseId_Round",
                table: "SettlementAgreements");

            migrationBuilder.DropIndex(
                name: "IX_Cases_PendingTransferCouncilId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Round",
                table: "SettlementAgreements");

            migrationBuilder.DropColumn(
                name: "Scope",
                table: "SettlementAgreements");

            migrationBuilder.DropColumn(
                name: "SignedOn",
                table: "SettlementAgreements");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "SettlementAgreements");

            migrationBuilder.DropColumn(
                name: "Terms",
                table: "SettlementAgreements");

            migrationBuilder.DropColumn(
                name: "CancelledAt",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "HeldAt",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "PartyId",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "Round",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "Bin",
                table: "Parties");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Parties");

            migrationBuilder.DropColumn(
                name: "PreviousDueOn",
                table: "Obligations");

            migrationBuilder.DropColumn(
                name: "RescheduledOn",
                table: "Obligations");

            migrationBuilder.DropColumn(
                name: "Round",
                table: "Obligations");

            migrationBuilder.DropColumn(
                name: "StatusOn",
                table: "Obligations");

            migrationBuilder.DropColumn(
                name: "Round",
                table: "MediationAgreements");

            migrationBuilder.DropColumn(
                name: "SignedOn",
                table: "MediationAgreements");

            migrationBuilder.DropColumn(
                name: "CheckedOn",
                table: "FollowUpChecks");

            migrationBuilder.DropColumn(
                name: "Round",
                table: "FollowUpChecks");

            migrationBuilder.DropColumn(
                name: "TimeZone",
                table: "Councils");

            migrationBuilder.DropColumn(
                name: "GivenOn",
                table: "Consents");

            migrationBuilder.DropColumn(
                name: "MediatorId",
                table: "Consents");

            migrationBuilder.DropColumn(
                name: "RepresentativeId",
                table: "Consents");

            migrationBuilder.DropColumn(
                name: "Round",
                table: "Consents");

            migrationBuilder.DropColumn(
                name: "Round",
                table: "ConflictDeclarations");

            migrationBuilder.DropColumn(
                name: "OutcomeReason",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PendingTransferCouncilId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ProceedingReference",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ReferralNote",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ReferralSource",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Round",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "StateBodyIsParty",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Round",
                table: "CaseEvents");

            migrationBuilder.CreateIndex(
                name: "IX_SettlementAgreements_CaseId",
                table: "SettlementAgreements",
                column: "CaseId",
                unique: true);
        }

        /// <summary>The confidential input fields of versions 1 and 2, by the action that carries them.</summary>
        private static readonly (string Trigger, string Field)[] ConfidentialFields =
        [
            ("recordSession", "outcomeNote"),
            ("declareImpasse", "note"),
            ("recuse", "reason"),
            ("withdraw", "reason"),
            ("recordDecline", "reason"),
        ];

        private const string MoveRepresentatives = """
            INSERT INTO "Representatives" ("CaseId", "PartyId", "FullName", "AuthorityKind")
            SELECT "CaseId", "Id", trim("Representative"), 'NotRecorded' FROM "Parties"
            WHERE "Representative" IS NOT NULL AND trim("Representative") <> '';
            """;

        /// <summary>Each text to a note keyed by its event and field (and session), and the marker in its place.</summary>
        private static string MoveNotes(string trigger, string field) => $$"""
            INSERT INTO "ConfidentialNotes" ("CaseId", "Round", "Sequence", "Field", "SessionId", "Text", "AuthorId", "RecordedAt")
            SELECT "CaseId", "Round", "Sequence", '{{field}}',
                CASE WHEN json_type("InputJson", '$.session') IN ('text', 'integer') THEN CAST(json_extract("InputJson", '$.session') AS INTEGER) END,
                json_extract("InputJson", '$.{{field}}'), "ActorId", "OccurredAt"
            FROM "CaseEvents"
            WHERE "Trigger" = '{{trigger}}' AND json_type("InputJson", '$.{{field}}') = 'text' AND json_extract("InputJson", '$.{{field}}') <> '';

            UPDATE "CaseEvents" SET "InputJson" = json_set("InputJson", '$.{{field}}', json('{"confidential":true}'))
            WHERE "Trigger" = '{{trigger}}' AND json_type("InputJson", '$.{{field}}') = 'text' AND json_extract("InputJson", '$.{{field}}') <> '';
            """;

        private const string RestoreRepresentatives = """
            UPDATE "Parties" SET "Representative" =
                (SELECT r."FullName" FROM "Representatives" r WHERE r."PartyId" = "Parties"."Id" ORDER BY r."Id" LIMIT 1);
            """;

        private static string RestoreNotes(string trigger, string field) => $$"""
            UPDATE "CaseEvents" SET "InputJson" = json_set("InputJson", '$.{{field}}', n."Text")
            FROM "ConfidentialNotes" n
            WHERE n."CaseId" = "CaseEvents"."CaseId" AND n."Sequence" = "CaseEvents"."Sequence" AND n."Field" = '{{field}}'
                AND "CaseEvents"."Trigger" = '{{trigger}}';
            """;

        private const string RestoreSessionNotesAndRecusals = """
            UPDATE "Sessions" SET "OutcomeNote" =
                (SELECT n."Text" FROM "ConfidentialNotes" n WHERE n."SessionId" = "Sessions"."Id" AND n."Field" = 'outcomeNote'
                 ORDER BY n."Sequence" DESC LIMIT 1);
            UPDATE "ConflictDeclarations" SET "Reason" =
                (SELECT n."Text" FROM "ConfidentialNotes" n JOIN "CaseEvents" e ON e."CaseId" = n."CaseId" AND e."Sequence" = n."Sequence"
                 WHERE n."CaseId" = "ConflictDeclarations"."CaseId" AND n."Field" = 'reason' AND e."Trigger" = 'recuse'
                    AND e."ActorId" = "ConflictDeclarations"."MediatorId" AND e."OccurredAt" = "ConflictDeclarations"."DeclaredAt")
            WHERE "Recused";
            """;
    }
}
