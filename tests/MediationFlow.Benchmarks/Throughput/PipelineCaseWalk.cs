using System.Diagnostics;
using MediationFlow.Benchmarks.Application;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Benchmarks.Throughput;

/// <summary>
/// One case from registration to a drafted settlement, every step a command sent through ISender with
/// the full pipeline (validation, authorization, transaction, audit), each in its own scope.
/// </summary>
public sealed class PipelineCaseWalk(BenchmarkApp app, ThroughputCouncil council) : IAsyncDisposable
{
    /// <summary>The ten transitions after opening, in order (names as the workflow defines them).</summary>
    public static readonly string[] Transitions =
    [
        "acceptForMediation", "assignMediator", "declareNoConflict", "recordConsent", "recordConsent",
        "signAgreementOnMediation", "scheduleSession", "recordSession", "reachSettlement", "addObligation",
    ];

    /// <summary>Every step's name: opening, then the transitions.</summary>
    public static readonly string[] StepNames = ["openCase", .. Transitions];

    /// <summary>Open plus the ten transitions.</summary>
    public const int StepsPerCase = 11;

    // Ids the UI would have read from the case page; looked up outside the timed sections.
    private readonly System.Data.Common.DbConnection _lookup = app.Database.Connect();

    /// <summary>
    /// Walks one case; step i happens at <paramref name="start"/> + i seconds on the app's clock and
    /// <paramref name="stepTicks"/>[i] receives its Stopwatch ticks.
    /// </summary>
    public async Task<long> WalkAsync(long[] stepTicks, DateTimeOffset start, Action<int>? afterStep = null)
    {
        ArgumentNullException.ThrowIfNull(stepTicks);
        var (mediator, chair) = (council.Mediator, council.Chair);
        var step = 0;
        app.Clock.Now = start;
        var opening = Stopwatch.GetTimestamp();
        var opened = await app.SendAsync<OpenCase.Opened>(mediator, new OpenCase.Command(
            council.CouncilId, DisputeCategory.NeighboursAndHousing, "A fence moved half a metre onto the neighbour's plot.",
            AffectsThirdParties: false, PartyLacksCapacity: false, CorruptionOrPublicServiceOffence: false,
            [new PartyDetails(PartyRole.Applicant, "Айгерім Садықова"), new PartyDetails(PartyRole.Respondent, "Нұрлан Беков")]));
        stepTicks[step++] = Stopwatch.GetTimestamp() - opening;
        afterStep?.Invoke(0);
        var caseId = opened.CaseId;
        var version = opened.Version;

        async Task Take(Guid by, string trigger, params (string Field, string? Value)[] input)
        {
            app.Clock.Now = start.AddSeconds(step);
            var begin = Stopwatch.GetTimestamp();
            var taken = await app.SendAsync<TakeAction.Taken>(by, new TakeAction.Command(caseId, trigger, version, input.ToDictionary(i => i.Field, i => i.Value)));
            stepTicks[step++] = Stopwatch.GetTimestamp() - begin;
            afterStep?.Invoke(step - 1);
            version = taken.Version;
        }

        await Take(mediator, "acceptForMediation");
        await Take(chair, "assignMediator", ("mediator", mediator.ToString()));
        await Take(mediator, "declareNoConflict", ("declaration", "true"));
        var parties = await IdsAsync("SELECT \"Id\" FROM \"Parties\" WHERE \"CaseId\" = @case ORDER BY \"Id\"", caseId);
        await Take(mediator, "recordConsent", ("party", StepInput.Key(parties[0])));
        await Take(mediator, "recordConsent", ("party", StepInput.Key(parties[1])));
        await Take(mediator, "signAgreementOnMediation", ("signedByAll", "true"));
        await Take(mediator, "scheduleSession", ("plannedAt", "2026-12-01T10:00"), ("place", "Әкімдік, 3-бөлме"));
        var session = (await IdsAsync("SELECT \"Id\" FROM \"Sessions\" WHERE \"CaseId\" = @case", caseId))[0];
        await Take(mediator, "recordSession", ("session", StepInput.Key(session)), ("attendance", "held"), ("outcomeNote", "Both sides spoke."));
        await Take(mediator, "reachSettlement");
        await Take(mediator, "addObligation", ("party", StepInput.Key(parties[1])), ("description", "Move the fence back"), ("dueOn", "2026-12-10"));
        return caseId;
    }

    private async Task<List<long>> IdsAsync(string sql, long caseId)
    {
        if (_lookup.State != System.Data.ConnectionState.Open)
        {
            await _lookup.OpenAsync();
        }

        await using var command = _lookup.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@case";
        parameter.Value = caseId;
        command.Parameters.Add(parameter);
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    public ValueTask DisposeAsync() => _lookup.DisposeAsync();
}
