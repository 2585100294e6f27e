namespace MediationFlow.Benchmarks.Data;

/// <summary>A <see cref="SampleTable"/> per table the generator fills, with the next id of each (ids are given explicitly, in insertion order).</summary>
public sealed class SampleWriters : IDisposable
{
    public SampleWriters(ISampleSink sink)
    {
        Councils = sink.Table("Councils", "Id", "Code", "NameKk", "NameRu", "NameEn", "Level", "ParentId", "Path");
        Users = sink.Table("AspNetUsers", "Id", "DisplayName", "PreferredLanguage", "UserName", "NormalizedUserName", "EmailConfirmed",
            "SecurityStamp", "ConcurrencyStamp", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount");
        Memberships = sink.Table("Memberships", "UserId", "CouncilId", "Role");
        Cases = sink.Table("Cases", "Id", "AffectsThirdParties", "AssignedMediatorId", "Category", "ClosedAt", "CorruptionOrPublicServiceOffence",
            "CouncilId", "DatesJson", "Deadline", "DefinitionId", "DefinitionVersion", "Description", "Extensions", "IsClosed", "LastActivityAt",
            "Number", "PartyLacksCapacity", "RegisteredAt", "RegisteredById", "Stage", "State", "Version", "WorkshopId", "Year");
        Counters = sink.Table("CaseNumberCounters", "CouncilId", "Year", "LastNumber");
        Parties = sink.Table("Parties", "Id", "CaseId", "Role", "FullName", "NameKey", "Iin", "Phone", "PreferredLanguage");
        Consents = sink.Table("Consents", "CaseId", "PartyId", "GivenAt", "RecordedById");
        Declarations = sink.Table("ConflictDeclarations", "CaseId", "MediatorId", "Recused", "DeclaredAt");
        MediationAgreements = sink.Table("MediationAgreements", "CaseId", "SignedAt", "MediatorId");
        Sessions = sink.Table("Sessions", "Id", "CaseId", "PlannedAt", "Place", "Online", "Recorded", "NoShow", "AbsentPartyId", "RecordedAt", "Superseded");
        Settlements = sink.Table("SettlementAgreements", "CaseId", "SignedAt", "ApprovedAt", "ApprovedById", "ReturnComment");
        Obligations = sink.Table("Obligations", "Id", "CaseId", "PartyId", "Description", "DueOn", "Status", "StatusNote", "StatusRecordedAt", "Superseded");
        FollowUpChecks = sink.Table("FollowUpChecks", "CaseId", "Note", "RecordedAt", "RecordedById");
        Events = sink.Table("CaseEvents", "CaseId", "Sequence", "OccurredAt", "ActorId", "Trigger", "FromState", "ToState", "DefinitionId", "DefinitionVersion", "InputJson");

        // Round columns are left to their database default: every generated case is in its first round.
        Notes = sink.Table("ConfidentialNotes", "CaseId", "Sequence", "Field", "SessionId", "Text", "AuthorId", "RecordedAt");
        Timers = sink.Table("DueTimers", "CaseId", "TimerId", "Trigger", "InputJson", "DueAt", "Status", "CompletedAt", "Outcome", "WorkshopId", "Version");
        Notifications = sink.Table("Notifications", "UserId", "CaseId", "Template", "CreatedAt", "ReadAt");
    }

    public SampleTable Councils { get; }
    public SampleTable Users { get; }
    public SampleTable Memberships { get; }
    public SampleTable Cases { get; }
    public SampleTable Counters { get; }
    public SampleTable Parties { get; }
    public SampleTable Consents { get; }
    public SampleTable Declarations { get; }
    public SampleTable MediationAgreements { get; }
    public SampleTable Sessions { get; }
    public SampleTable Settlements { get; }
    public SampleTable Obligations { get; }
    public SampleTable FollowUpChecks { get; }
    public SampleTable Events { get; }

    /// <summary>What was said in mediation: the history events hold only the marker <c>{"confidential":true}</c>.</summary>
    public SampleTable Notes { get; }
    public SampleTable Timers { get; }
    public SampleTable Notifications { get; }

    public long NextPartyId { get; set; } = 1;
    public long NextSessionId { get; set; } = 1;
    public long NextObligationId { get; set; } = 1;

    private IEnumerable<SampleTable> All =>
    [
        Councils, Users, Memberships, Cases, Counters, Parties, Consents, Declarations, MediationAgreements, Sessions, Settlements,
        Obligations, FollowUpChecks, Events, Notes, Timers, Notifications,
    ];

    public long Rows => All.Sum(w => w.Written);

    /// <summary>Writes every buffer, table by table in the order of their references.</summary>
    public void Flush()
    {
        foreach (var writer in All)
        {
            writer.Flush();
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
