using MediationFlow.Core.Features.Workshops;
using MediationFlow.Core.Timers;
using MediationFlow.Web.Presentation;
using MediationFlow.Workflows.Scenarios;
using Mediator;

namespace MediationFlow.Web.Api;

/// <summary>/api/v1/workshops: what a trainer does in a workshop, and what trainees may read.</summary>
public static class WorkshopEndpoints
{
    public static void MapWorkshops(this RouteGroupBuilder workshops)
    {
        ArgumentNullException.ThrowIfNull(workshops);
        workshops.MapGet("/", (ISender sender, CancellationToken ct) => sender.Send(new ListWorkshops.Query(), ct)).WithName("ListWorkshops").WithSummary("Workshops you run or take part in.");
        workshops.MapGet("/scenarios", (ScenarioLibrary library) => library.All.Select(s => new { s.Id, s.Title, s.Definition })).WithName("ListScenarios")
            .WithSummary("The scenario library.");
        // The handlers read their bodies through JsonBody (for field-named errors); Accepts tells OpenAPI what they are.
        workshops.MapPost("/", CreateAsync).WithName("CreateWorkshop").Refuses(RefusalTable.Forbidden).Accepts<NewWorkshopBody>("application/json").Produces<CreateWorkshop.Created>(StatusCodes.Status201Created).WithSummary("Create a workshop from a scenario (trainers of the council).");
        workshops.MapGet("/{id:long}", (long id, ISender sender, CancellationToken ct) => sender.Send(new GetWorkshop.Query(id), ct)).WithName("GetWorkshop").Refuses(RefusalTable.NotFound)
            .WithSummary("Status: the clock, every team's case stage and state, the scripted events.");
        // Every change to a workshop goes through WorkshopChanges, as on the workshop page: what falls due on its clock then happens at once.
        workshops.MapPost("/{id:long}/teams", AddTeamAsync).WithName("AddTeam").Refuses(RefusalTable.NotFound).Accepts<TeamBody>("application/json").WithSummary("Add a team of trainees (user names).");
        workshops.MapPost("/{id:long}/start", (long id, WorkshopChanges changes, CancellationToken ct) => changes.SendAsync(new StartWorkshop.Command(id), ct))
            .WithName("StartWorkshop").Refuses(RefusalTable.InvalidFields, RefusalTable.NotFound)
            .WithSummary("Start: the clock starts and each team gets its sandbox case.");
        workshops.MapPost("/{id:long}/clock", ClockAsync).WithName("ChangeClock").Refuses(RefusalTable.NotFound).Accepts<ClockBody>("application/json")
            .WithSummary("Move the workshop clock forward by a step of days and hours (`{\"step\": {\"days\": 1, \"hours\": 6}}`, more than zero and at most a year), or `{\"pause\": true}` / `{\"resume\": true}`. What falls due on the workshop clock happens at once.");
        workshops.MapPost("/{id:long}/events/{eventId}", (long id, string eventId, WorkshopChanges changes, CancellationToken ct) => changes.SendAsync(new FireEvent.Command(id, eventId), ct))
            .WithName("FireEvent").Refuses(RefusalTable.InvalidFields, RefusalTable.NotFound)
            .WithSummary("Fire a scripted event now.");
        workshops.MapGet("/{id:long}/debrief", (long id, ISender sender, CancellationToken ct) => sender.Send(new GetDebrief.Query(id), ct)).WithName("GetDebrief").Refuses(RefusalTable.NotFound)
            .WithSummary("Per team: timeline, checkpoints met or missed, deadlines missed, time per stage.");
        workshops.MapGet("/{id:long}/debrief.csv", async (long id, ISender sender, CancellationToken ct) =>
                Results.Text(DebriefCsv.Write(await sender.Send(new GetDebrief.Query(id), ct)), "text/csv; charset=utf-8")).WithName("GetDebriefCsv").Refuses(RefusalTable.NotFound)
            .WithSummary("The debrief as CSV.");
        workshops.MapPost("/{id:long}/end", (long id, WorkshopChanges changes, CancellationToken ct) => changes.SendAsync(new EndWorkshop.Command(id), ct)).WithName("EndWorkshop").Refuses(RefusalTable.NotFound)
            .WithSummary("End the workshop; the clock stops, the cases stay for the debrief.");
        workshops.MapDelete("/{id:long}", async (long id, WorkshopChanges changes, CancellationToken ct) =>
            {
                await changes.SendAsync(new DeleteWorkshop.Command(id), ct);
                return Results.NoContent();
            })
            .WithName("DeleteWorkshop").Produces(StatusCodes.Status204NoContent).Refuses(RefusalTable.NotFound)
            .WithSummary("Delete the workshop and all its sandbox data.");
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, ISender sender, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<NewWorkshopBody>(request, ct);
        var created = await sender.Send(new CreateWorkshop.Command(body.CouncilId, body.ScenarioId, body.Title), ct);
        return Results.Created($"/api/v1/workshops/{created.WorkshopId}", created);
    }

    private static async Task<AddTeam.Added> AddTeamAsync(long id, HttpRequest request, WorkshopChanges changes, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<TeamBody>(request, ct);
        return await changes.SendAsync(new AddTeam.Command(id, body.Name, body.Trainees), ct);
    }

    private static async Task<ChangeClock.Clock> ClockAsync(long id, HttpRequest request, WorkshopChanges changes, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<ClockBody>(request, ct);
        var change = body switch
        {
            { Pause: true } => new ChangeClock.Command(id, ChangeClock.Change.Pause),
            { Resume: true } => new ChangeClock.Command(id, ChangeClock.Change.Resume),
            _ => new ChangeClock.Command(id, ChangeClock.Change.Advance, body.Step),
        };
        return await changes.SendAsync(change, ct);
    }
}

/// <summary>POST /api/v1/workshops.</summary>
public sealed record NewWorkshopBody(int CouncilId, string ScenarioId, string Title);

/// <summary>POST /api/v1/workshops/{id}/teams.</summary>
public sealed record TeamBody(string Name, IReadOnlyList<string> Trainees);

/// <summary>POST /api/v1/workshops/{id}/clock: a step of days and hours to move forward by, or pause, or resume.</summary>
public sealed record ClockBody(ClockStep? Step = null, bool Pause = false, bool Resume = false);
