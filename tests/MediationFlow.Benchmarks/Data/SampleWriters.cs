using Microsoft.Data.Sqlite;

namespace MediationFlow.Benchmarks.Data;

/// <summary>A <see cref="TableWriter"/> per table the generator fills, with the next id of each (ids are given explicitly, in insertion order).</summary>
public sealed class SampleWriters : IDisposable
{
    public SampleWriters(SqliteConnection connection)
    {
        Councils = new(connection, "Councils", "Id", "Code", "NameKk", "NameRu", "NameEn", "Level", "ParentId", "Path");
        Users = new(connection, "AspNetUsers", "Id", "DisplayName", "PreferredLanguage", "UserName", "NormalizedUserName", "EmailConfirmed",
            "SecurityStamp", "ConcurrencyStamp", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount");
        Memberships = new(connection, "Memberships", "UserId", "CouncilId", "Role");
        Cases = new(connection, "Cases", "Id", "AffectsThirdParties", "AssignedMediatorId", "Category", "ClosedAt", "CorruptionOrPublicServiceOffence",
            "CouncilId", "DatesJson", "Deadline", "DefinitionId", "DefinitionVersion", "Description", "Extensions", "IsClosed", "LastActivityAt",
            "Number", "PartyLacksCapacity", "RegisteredAt", "RegisteredById", "Stage", "State", "Version", "WorkshopId", "Year");
        Counters = new(connection, "CaseNumberCounters", "CouncilId", "Year", "LastNumber");
        Parties = new(connection, "Parties", "Id", "CaseId", "Role", "FullName", "NameKey", "Iin", "Phone", "PreferredLanguage");
        Consents = new(connection, "Consents", "CaseId", "PartyId", "GivenAt", "RecordedById");
        Declarations = new(connection, "ConflictDeclarations", "CaseId", "MediatorId", "Recused", "DeclaredAt");
        MediationAgreements = new(connection, "MediationAgreements", "CaseId", "SignedAt", "MediatorId");
        Sessions = new(connection, "Sessions", "Id", "CaseId", "PlannedAt", "Place", "Online", "Recorded", "NoShow", "AbsentPartyId", "RecordedAt", "Superseded");
        Settlements = new(connection, "SettlementAgreements", "CaseId", "SignedAt", "ApprovedAt", "ApprovedById", "ReturnComment");
        Obligations = new(connection, "Obligations", "Id", "CaseId", "PartyId", "Description", "DueOn", "Status", "StatusNote", "StatusRecordedAt", "Superseded");
        FollowUpChecks = new(connection, "FollowUpChecks", "CaseId", "Note", "RecordedAt", "RecordedById");
        Events = new(connection, "CaseEvents", "CaseId", "Sequence", "OccurredAt", "ActorId", "Trigger", "FromState", "ToState", "DefinitionId", "DefinitionVersion", "InputJson");

        // Round columns are left to their database default: every generated case is in its first round.
        Notes = new(connection, "ConfidentialNotes", "CaseId", "Sequence", "Field", "SessionId", "Text", "AuthorId", "RecordedAt");
        Timers = new(connection, "DueTimers", "CaseId", "TimerId", "Trigger", "InputJson", "DueAt", "Status", "CompletedAt", "Outcome", "WorkshopId", "Version");
        Notifications = new(connection, "Notifications", "UserId", "CaseId", "Template", "CreatedAt", "ReadAt");
    }

    public TableWriter Councils { get; }
    public TableWriter Users { get; }
    public TableWriter Memberships { get; }
    public TableWriter Cases { get; }
    public TableWriter Counters { get; }
    public TableWriter Parties { get; }
    public TableWriter Consents { get; }
    public TableWriter Declarations { get; }
    public TableWriter MediationAgreements { get; }
    public TableWriter Sessions { get; }
    public TableWriter Settlements { get; }
    public TableWriter Obligations { get; }
    public TableWriter FollowUpChecks { get; }
    public TableWriter Events { get; }

    /// <summary>What was said in mediation: the history events hold only the marker <c>{"confidential":true}</c>.</summary>
    public TableWriter Notes { get; }
    public TableWriter Timers { get; }
    public TableWriter Notifications { get; }

    public long NextPartyId { get; set; } = 1;
    public long NextSessionId { get; set; } = 1;
    public long NextObligationId { get; set; } = 1;

    private IEnumerable<TableWriter> All =>
    [
        Councils, Users, Memberships, Cases, Counters, Parties, Consents, Declarations, MediationAgreements, Sessions, Settlements,
        Obligations, FollowUpChecks, Events, Notes, Timers, Notifications,
    ];

    public long Rows => All.Sum(w => w.Written);

    /// <summary>Writes every buffer and points every writer at the next transaction.</summary>
    public void Commit(SqliteTransaction current, SqliteTransaction? next)
    {
        ArgumentNullException.ThrowIfNull(current);
        foreach (var writer in All)
        {
            writer.Flush();
        }

        current.Commit();
        foreach (var writer in All)
        {
            writer.Transaction = next;
        }
    }

    public void Begin(SqliteTransaction transaction)
    {
        foreach (var writer in All)
        {
            writer.Transaction = transaction;
        }
    }

    public void Dispose()
    {
        foreach (var writer in All)
        {
            writer.Dispose();
        }
    }
}
