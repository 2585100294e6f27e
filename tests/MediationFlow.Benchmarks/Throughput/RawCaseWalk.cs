using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MediationFlow.Benchmarks.Throughput;

/// <summary>
/// The baseline: the rows <see cref="PipelineCaseWalk"/> writes, written by hand with Microsoft.Data.Sqlite,
/// one transaction per step, on one connection with the product's settings (WAL is stored in the file;
/// busy_timeout, synchronous=NORMAL and foreign_keys as <c>SqlitePragmas</c> sets them). It reads nothing
/// it does not need to write: it already knows the actors, the chair to notify and the ids it inserted.
/// <c>WriteEquivalence</c> checks that both walks leave the same rows.
/// </summary>
public sealed class RawCaseWalk : IDisposable
{
    private const string DefinitionId = "community-mediation";
    private const int DefinitionVersion = 2;
    private static readonly DateTimeOffsetToBinaryConverter Instant = new();

    private readonly SqliteConnection _connection;
    private readonly ThroughputCouncil _council;
    private long _caseId;
    private int _version;
    private DateTimeOffset _now;

    public RawCaseWalk(string connectionString, ThroughputCouncil council)
    {
        _council = council;
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        using var pragmas = _connection.CreateCommand();
        pragmas.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";
        pragmas.ExecuteNonQuery();
    }

    /// <summary>Walks one case; step i happens at <paramref name="start"/> + i seconds, as in the pipeline walk.</summary>
    public long Walk(long[] stepTicks, DateTimeOffset start)
    {
        ArgumentNullException.ThrowIfNull(stepTicks);
        var (mediator, chair) = (Text(_council.Mediator), Text(_council.Chair));
        var step = 0;

        void Step(Action write)
        {
            _now = start.AddSeconds(step);
            var begin = Stopwatch.GetTimestamp();
            using (var transaction = _connection.BeginTransaction())
            {
                write();
                transaction.Commit();
            }

            stepTicks[step++] = Stopwatch.GetTimestamp() - begin;
        }

        long applicant = 0, respondent = 0, session = 0, timer = 0;
        Step(() =>
        {
            var year = 2026;
            var number = Convert.ToInt32(Scalar("""
                INSERT INTO "CaseNumberCounters" ("CouncilId", "Year", "LastNumber") VALUES ($council, $year, 1)
                ON CONFLICT ("CouncilId", "Year") DO UPDATE SET "LastNumber" = "CaseNumberCounters"."LastNumber" + 1
                RETURNING "LastNumber"
                """, ("$council", _council.CouncilId), ("$year", year)), CultureInfo.InvariantCulture);
            _caseId = (long)Scalar("""
                INSERT INTO "Cases" ("AffectsThirdParties", "AssignedMediatorId", "Category", "ClosedAt", "CorruptionOrPublicServiceOffence",
                    "CouncilId", "DatesJson", "Deadline", "DefinitionId", "DefinitionVersion", "Description", "Extensions", "IsClosed",
                    "LastActivityAt", "Number", "PartyLacksCapacity", "RegisteredAt", "RegisteredById", "Stage", "State", "Version", "WorkshopId", "Year")
                VALUES (0, NULL, 'NeighboursAndHousing', NULL, 0, $council, '{}', NULL, $definition, $definitionVersion, $description, 0, 0,
                    $now, $number, 0, $now, $mediator, 'intake', 'registered', 1, NULL, $year)
                RETURNING "Id"
                """,
                ("$council", _council.CouncilId), ("$definition", DefinitionId), ("$definitionVersion", DefinitionVersion),
                ("$description", "A fence moved half a metre onto the neighbour's plot."), ("$now", At(_now)),
                ("$number", string.Create(CultureInfo.InvariantCulture, $"{_council.CouncilCode}-{year}-{number:0000}")),
                ("$mediator", mediator), ("$year", year))!;
            _version = 1;
            Event(mediator, "open", null, "registered", "{}");
            Notify(chair, "caseRegistered");
            applicant = Party("Applicant", "Айгерім Садықова");
            respondent = Party("Respondent", "Нұрлан Беков");
            Audit(mediator, "OpenCase");
        });

        Step(() => Transition(mediator, "acceptForMediation", "registered", "awaitingAssignment", StepInput.Json(), "'awaitingAssignment'", () => Notify(chair, "assignmentNeeded")));
        Step(() => Transition(chair, "assignMediator", "awaitingAssignment", "awaitingDeclaration", StepInput.Json(("mediator", _council.Mediator.ToString())),
            "'awaitingDeclaration', \"AssignedMediatorId\" = $mediator", () => Notify(mediator, "caseAssigned"), ("$mediator", mediator)));
        Step(() => Transition(mediator, "declareNoConflict", "awaitingDeclaration", "awaitingConsent", StepInput.Json(("declaration", true)), "'awaitingConsent'",
            () => Execute("""INSERT INTO "ConflictDeclarations" ("CaseId", "DeclaredAt", "MediatorId", "Recused") VALUES ($case, $now, $mediator, 0)""",
                ("$case", _caseId), ("$now", At(_now)), ("$mediator", mediator))));
        foreach (var party in new[] { applicant, respondent })
        {
            Step(() => Transition(mediator, "recordConsent", "awaitingConsent", "awaitingConsent", StepInput.Json(("party", StepInput.Key(party))), null,
                () => Execute("""INSERT INTO "Consents" ("CaseId", "GivenAt", "PartyId", "RecordedById", "MediatorId") VALUES ($case, $now, $party, $mediator, $mediator)""",
                    ("$case", _caseId), ("$now", At(_now)), ("$party", party), ("$mediator", mediator))));
        }

        Step(() => Transition(mediator, "signAgreementOnMediation", "awaitingConsent", "inMediation", StepInput.Json(("signedByAll", true)),
            "'inMediation', \"Stage\" = 'hearing', \"Deadline\" = $deadline", () =>
            {
                Execute("""INSERT INTO "MediationAgreements" ("CaseId", "MediatorId", "SignedAt") VALUES ($case, $mediator, $now)""",
                    ("$case", _caseId), ("$mediator", mediator), ("$now", At(_now)));
                timer = (long)Scalar("""
                    INSERT INTO "DueTimers" ("CaseId", "CompletedAt", "DueAt", "InputJson", "Outcome", "Status", "TimerId", "Trigger", "Version", "WorkshopId")
                    VALUES ($case, NULL, $due, '{}', NULL, 'Pending', 'mediationDeadline', 'deadlinePassed', 0, NULL)
                    RETURNING "Id"
                    """, ("$case", _caseId), ("$due", At(_now.AddDays(30))))!;
            }, ("$deadline", At(_now.AddDays(30)))));
        var plannedAt = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(5));
        const string place = "Әкімдік, 3-бөлме";
        Step(() => Transition(mediator, "scheduleSession", "inMediation", "inMediation", StepInput.Json(("plannedAt", plannedAt), ("place", place)), null,
            () => session = (long)Scalar("""
                INSERT INTO "Sessions" ("AbsentPartyId", "CaseId", "NoShow", "Online", "Place", "PlannedAt", "Recorded", "RecordedAt", "Superseded")
                VALUES (NULL, $case, 0, 0, $place, $planned, 0, NULL, 0)
                RETURNING "Id"
                """, ("$case", _caseId), ("$place", place), ("$planned", At(plannedAt)))!));
        const string note = "Both sides spoke.";
        Step(() => Transition(mediator, "recordSession", "inMediation", "inMediation",
            StepInput.Json(("session", StepInput.Key(session)), ("attendance", "held"), ("outcomeNote", StepInput.Confidential)), null,
            () =>
            {
                Execute("""UPDATE "Sessions" SET "Recorded" = 1, "RecordedAt" = $now WHERE "Id" = $session""", ("$now", At(_now)), ("$session", session));
                // The note belongs to the history event this step appends next.
                Execute("""
                    INSERT INTO "ConfidentialNotes" ("AuthorId", "CaseId", "Field", "RecordedAt", "Round", "Sequence", "SessionId", "Text")
                    VALUES ($mediator, $case, 'outcomeNote', $now, 1, $sequence, $session, $note)
                    """,
                    ("$mediator", mediator), ("$case", _caseId), ("$now", At(_now)), ("$sequence", _version + 1), ("$session", session), ("$note", note));
            }));
        Step(() => Transition(mediator, "reachSettlement", "inMediation", "draftingAgreement", StepInput.Json(),
            "'draftingAgreement', \"Stage\" = 'agreement', \"Deadline\" = NULL", () =>
            {
                Expect(1, Execute("""
                    UPDATE "DueTimers" SET "CompletedAt" = $now, "Status" = 'Cancelled', "Version" = 1 WHERE "Id" = $timer AND "Version" = 0
                    """, ("$now", At(_now)), ("$timer", timer)));
                Execute("""
                    INSERT INTO "SettlementAgreements" ("ApprovedAt", "ApprovedById", "CaseId", "ReturnComment", "SignedAt") VALUES (NULL, NULL, $case, NULL, NULL)
                    """, ("$case", _caseId));
            }));
        var dueOn = new DateOnly(2026, 12, 10);
        const string obligation = "Move the fence back";
        Step(() => Transition(mediator, "addObligation", "draftingAgreement", "draftingAgreement",
            StepInput.Json(("party", StepInput.Key(respondent)), ("description", obligation), ("dueOn", dueOn)), null,
            () => Execute("""
                INSERT INTO "Obligations" ("CaseId", "Description", "DueOn", "PartyId", "Status", "StatusNote", "StatusRecordedAt", "Superseded")
                VALUES ($case, $description, $dueOn, $party, 'Open', NULL, NULL, 0)
                """, ("$case", _caseId), ("$description", obligation), ("$dueOn", dueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("$party", respondent)),
            ("$dates", JsonSerializer.Serialize(new Dictionary<string, DateOnly> { ["dueOn"] = dueOn }))));
        return _caseId;
    }

    /// <summary>
    /// A state step: the case row under its version check (plus <paramref name="setState"/>, the new state and
    /// any other changed columns), the action's own rows, its history event and its audit entry.
    /// </summary>
    private void Transition(
        string actor, string trigger, string from, string to, string inputJson, string? setState, Action write,
        params (string Name, object? Value)[] extra)
    {
        var set = setState is null ? string.Empty : $"\"State\" = {setState}, ";
        if (extra.Any(e => e.Name == "$dates"))
        {
            set += "\"DatesJson\" = $dates, ";
        }

        write();
        Event(actor, trigger, from, to, inputJson);
        (string, object?)[] parameters = [("$case", _caseId), ("$expected", _version - 1), ("$version", _version), ("$now", At(_now)), .. extra];
        Expect(1, Execute($"""
            UPDATE "Cases" SET {set}"LastActivityAt" = $now, "Version" = $version WHERE "Id" = $case AND "Version" = $expected
            """, parameters));
        Audit(actor, "TakeAction");
    }

    private void Event(string actor, string trigger, string? from, string to, string inputJson)
    {
        _version += from is null ? 0 : 1;
        Execute("""
            INSERT INTO "CaseEvents" ("ActorId", "CaseId", "DefinitionId", "DefinitionVersion", "FromState", "InputJson", "OccurredAt", "Sequence", "ToState", "Trigger")
            VALUES ($actor, $case, $definition, $definitionVersion, $from, $input, $now, $sequence, $to, $trigger)
            """,
            ("$actor", actor), ("$case", _caseId), ("$definition", DefinitionId), ("$definitionVersion", DefinitionVersion), ("$from", from),
            ("$input", inputJson), ("$now", At(_now)), ("$sequence", _version), ("$to", to), ("$trigger", trigger));
    }

    private void Notify(string user, string template) =>
        Execute("""INSERT INTO "Notifications" ("CaseId", "CreatedAt", "ReadAt", "Template", "UserId") VALUES ($case, $now, NULL, $template, $user)""",
            ("$case", _caseId), ("$now", At(_now)), ("$template", template), ("$user", user));

    private long Party(string role, string name) => (long)Scalar("""
        INSERT INTO "Parties" ("Address", "Bin", "CaseId", "Email", "FullName", "Iin", "NameKey", "Phone", "PreferredLanguage", "Role")
        VALUES (NULL, NULL, $case, NULL, $name, NULL, $key, NULL, 'kk', $role)
        RETURNING "Id"
        """, ("$case", _caseId), ("$name", name), ("$key", name.ToLowerInvariant()), ("$role", role))!;

    private void Audit(string user, string action) =>
        Execute("""INSERT INTO "AuditEntries" ("Action", "At", "CaseId", "Changed", "UserId") VALUES ($action, $now, $case, 1, $user)""",
            ("$action", action), ("$now", At(_now)), ("$case", _caseId), ("$user", user));

    private int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    private object? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteScalar();
    }

    private SqliteCommand Command(string sql, (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static void Expect(int rows, int affected)
    {
        if (affected != rows)
        {
            throw new InvalidOperationException($"Expected {rows} row(s) changed, got {affected}: a lost update.");
        }
    }

    /// <summary>As the product stores an instant in SQLite: EF Core's binary layout of the moment in UTC.</summary>
    private static long At(DateTimeOffset instant) => (long)Instant.ConvertToProvider(instant.ToUniversalTime())!;

    private static string Text(Guid id) => id.ToString().ToUpperInvariant();

    public void Dispose() => _connection.Dispose();
}
