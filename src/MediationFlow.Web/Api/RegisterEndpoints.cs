using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Register;
using MediationFlow.Web.Presentation;
using Mediator;

namespace MediationFlow.Web.Api;

/// <summary>/api/v1/councils/{id}/register: a council's register of mediators, read by its members and kept by its chairs and administrators.</summary>
public static class RegisterEndpoints
{
    public static void MapRegister(this RouteGroupBuilder councils)
    {
        ArgumentNullException.ThrowIfNull(councils);
        councils.MapGet("/{id:int}/register", (int id, ISender sender, CancellationToken ct) => sender.Send(new GetRegister.Query(id), ct))
            .WithName("GetRegister").Refuses(RefusalTable.NotFound)
            .WithSummary("The council's register of mediators (Law on Mediation, Art. 8-1): numbers, status with its history, languages, specialisations, election and training. "
                + "For the council's members and for the chairs and administrators of it or a council above it; `mayKeep` says whether you may change it.");
        // The handlers read their bodies through JsonBody (for field-named errors); Accepts tells OpenAPI what they are.
        councils.MapPost("/{id:int}/register", AddAsync).WithName("AddRegisterEntry").Accepts<RegisterEntryBody>("application/json")
            .Produces<AddRegisterEntry.Saved>(StatusCodes.Status201Created).Refuses(RefusalTable.Forbidden, RefusalTable.NotFound)
            .WithSummary("Enter one of the council's mediators (by user name) in the register, active from the day of election; the number is unique in the whole register.");
        councils.MapPut("/{id:int}/register/{entryId:int}", EditAsync).WithName("EditRegisterEntry").Accepts<RegisterEntryChangeBody>("application/json")
            .Refuses(RefusalTable.Forbidden, RefusalTable.NotFound)
            .WithSummary("Correct an entry's number, type, election date, languages and specialisations (every field is sent; the status changes only with a reason).");
        councils.MapPost("/{id:int}/register/{entryId:int}/status", StatusAsync).WithName("ChangeMediatorStatus").Accepts<StatusBody>("application/json")
            .Refuses(RefusalTable.Forbidden, RefusalTable.NotFound)
            .WithSummary("Suspend, exclude or reinstate a mediator with the day it took effect (not in the future, not before the last change) and the reason; the history keeps every change. "
                + "A mediator who is not active is offered for no case and counts for no guard.");
        councils.MapPost("/{id:int}/register/{entryId:int}/training", TrainingAsync).WithName("AddTrainingRecord").Accepts<TrainingBody>("application/json")
            .Produces<AddTrainingRecord.Added>(StatusCodes.Status201Created).Refuses(RefusalTable.Forbidden, RefusalTable.NotFound)
            .WithSummary("Record a course the mediator completed: hours, certificate number and date.");
    }

    private static async Task<IResult> AddAsync(int id, HttpRequest request, ISender sender, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<RegisterEntryBody>(request, ct);
        var saved = await sender.Send(new AddRegisterEntry.Command(id, body.UserName, body.Number, body.Type, body.ElectedOn, body.Languages, body.Specialisations ?? []), ct);
        return Results.Created($"/api/v1/councils/{id}/register", saved);
    }

    private static async Task<AddRegisterEntry.Saved> EditAsync(int id, int entryId, HttpRequest request, ISender sender, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<RegisterEntryChangeBody>(request, ct);
        return await sender.Send(new EditRegisterEntry.Command(id, entryId, body.Number, body.Type, body.ElectedOn, body.Languages, body.Specialisations ?? []), ct);
    }

    private static async Task<ChangeMediatorStatus.Changed> StatusAsync(int id, int entryId, HttpRequest request, ISender sender, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<StatusBody>(request, ct);
        return await sender.Send(new ChangeMediatorStatus.Command(id, entryId, body.Status, body.EffectiveOn, body.Reason), ct);
    }

    private static async Task<IResult> TrainingAsync(int id, int entryId, HttpRequest request, ISender sender, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<TrainingBody>(request, ct);
        var added = await sender.Send(new AddTrainingRecord.Command(id, entryId, body.Course, body.Hours, body.CertificateNumber, body.CompletedOn), ct);
        return Results.Created($"/api/v1/councils/{id}/register", added);
    }
}

/// <summary>POST /api/v1/councils/{id}/register: a mediator of the council to enter, with a unique number.</summary>
public sealed record RegisterEntryBody(
    string UserName, string Number, MediatorType Type, IReadOnlyList<string> Languages,
    DateOnly? ElectedOn = null, IReadOnlyList<DisputeCategory>? Specialisations = null);

/// <summary>PUT /api/v1/councils/{id}/register/{entryId}: the entry's corrected fields.</summary>
public sealed record RegisterEntryChangeBody(
    string Number, MediatorType Type, IReadOnlyList<string> Languages, DateOnly? ElectedOn = null, IReadOnlyList<DisputeCategory>? Specialisations = null);

/// <summary>POST /api/v1/councils/{id}/register/{entryId}/status: the new status, the day it took effect and why.</summary>
public sealed record StatusBody(MediatorStatus Status, DateOnly EffectiveOn, string Reason);

/// <summary>POST /api/v1/councils/{id}/register/{entryId}/training: a completed course.</summary>
public sealed record TrainingBody(string Course, int Hours, DateOnly CompletedOn, string? CertificateNumber = null);
