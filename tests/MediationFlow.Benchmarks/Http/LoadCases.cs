using System.Globalization;
using System.Text.Json;

namespace MediationFlow.Benchmarks.Http;

/// <summary>
/// One case per client in the demo council of the mediator, each walked through the API to a drafted
/// settlement with one obligation. From there submitForSignature and reviseDraft alternate forever: plain
/// actions that write the state, the history event and the audit entry, and grow nothing the next action reads.
/// </summary>
public static class LoadCases
{
    public const string Mediator = "mediator";
    public const string Chair = "chair";

    public static async Task<IReadOnlyList<long>> PrepareAsync(DemoApi mediator, DemoApi chair, int count)
    {
        ArgumentNullException.ThrowIfNull(mediator);
        ArgumentNullException.ThrowIfNull(chair);

        // The mediator's own id and council, from a case assigned to them in the demo dataset.
        var (mediatorId, councilId) = await MediatorOfAsync(mediator);
        var cases = new List<long>();
        for (var i = 0; i < count; i++)
        {
            var opened = await mediator.PostAsync("/api/v1/cases", new
            {
                councilId,
                category = "neighboursAndHousing",
                description = "A fence moved half a metre onto the neighbour's plot.",
                parties = new object[]
                {
                    new { role = "applicant", fullName = "Айгерім Садықова", preferredLanguage = "kk" },
                    new { role = "respondent", fullName = "Нұрлан Беков", preferredLanguage = "kk" },
                },
            });
            var caseId = opened.GetProperty("caseId").GetInt64();
            await mediator.TakeAsync(caseId, "acceptForMediation");
            await chair.TakeAsync(caseId, "assignMediator", new { mediator = mediatorId });
            await mediator.TakeAsync(caseId, "declareNoConflict", new { declaration = true });
            var parties = Ids(await mediator.CaseAsync(caseId), "parties");
            foreach (var party in parties)
            {
                await mediator.TakeAsync(caseId, "recordConsent", new { party });
            }

            await mediator.TakeAsync(caseId, "signAgreementOnMediation", new { signedByAll = true });
            await mediator.TakeAsync(caseId, "scheduleSession", new { plannedAt = "2026-12-01T10:00", place = "Әкімдік, 3-бөлме" });
            var session = Ids(await mediator.CaseAsync(caseId), "sessions")[0];
            await mediator.TakeAsync(caseId, "recordSession", new { session, attendance = "held", outcomeNote = "Both sides spoke." });
            await mediator.TakeAsync(caseId, "reachSettlement");
            await mediator.TakeAsync(caseId, "addObligation", new { party = parties[1], description = "Move the fence back", dueOn = "2026-12-10" });
            cases.Add(caseId);
        }

        return cases;
    }

    private static async Task<(string MediatorId, int CouncilId)> MediatorOfAsync(DemoApi mediator)
    {
        var hits = (await mediator.GetAsync("/api/v1/cases?pageSize=50")).GetProperty("items");
        foreach (var hit in hits.EnumerateArray())
        {
            var view = await mediator.CaseAsync(hit.GetProperty("caseId").GetInt64());
            if (view.GetProperty("assignedMediatorId") is { ValueKind: JsonValueKind.String } assigned)
            {
                return (assigned.GetString()!, view.GetProperty("councilId").GetInt32());
            }
        }

        throw new InvalidOperationException("The demo mediator has no assigned case to learn their id from.");
    }

    private static List<string> Ids(JsonElement view, string collection) =>
        [.. view.GetProperty(collection).EnumerateArray().Select(p => p.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture))];
}
