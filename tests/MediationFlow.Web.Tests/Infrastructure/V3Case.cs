using System.Globalization;
using System.Net;
using System.Text.Json;
using MediationFlow.Core.Domain;
using MediationFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Web.Tests.Infrastructure;

/// <summary>
/// A Burabay case on version 3 (see <see cref="V3Factory"/>), registered by the demo mediator, with a representative
/// for the applicant and an interpreter, all through the API. Where the pages are tested in a state the application
/// cannot reach yet, <see cref="PutAsync"/> writes the state and the rows a test needs straight into the database.
/// </summary>
public sealed class V3Case(MediationFlowFactory factory, HttpClient mediator, long caseId)
{
    public long Id { get; } = caseId;

    public long ApplicantId { get; private set; }
    public long RespondentId { get; private set; }
    public long RepresentativeId { get; private set; }
    public long InterpreterId { get; private set; }

    public const string Representative = "Алия Бекова";
    public const string Interpreter = "Гүлнар Аудармашы";

    public static async Task<V3Case> OpenAsync(MediationFlowFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var walk = await CaseWalk.OpenAsync(factory);
        var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var view = await mediator.CaseAsync(walk.CaseId);
        if (view.GetProperty("definitionVersion").GetInt32() != 3)
        {
            throw new InvalidOperationException("New cases do not start on version 3: use the V3Factory.");
        }

        var parties = view.GetProperty("parties").EnumerateArray().ToList();
        var made = new V3Case(factory, mediator, walk.CaseId)
        {
            ApplicantId = PartyId(parties, "applicant"),
            RespondentId = PartyId(parties, "respondent"),
        };
        made.RepresentativeId = await made.AddAsync("representatives", "representativeId", new
        {
            partyId = made.ApplicantId,
            representative = new { fullName = Representative, authorityKind = "powerOfAttorney", authorityDocument = "Доверенность № 7", authorityIssuedOn = "2026-01-15" },
        });
        made.InterpreterId = await made.AddAsync("participants", "participantId", new
        {
            participant = new { kind = "interpreter", fullName = Interpreter, preferredLanguage = "kk" },
        });
        return made;
    }

    /// <summary>
    /// A representative of <paramref name="partyId"/> with no document of authority, as the move from version 2 leaves
    /// one (nobody can record such a representative now); returns its id.
    /// </summary>
    public async Task<long> AddRepresentativeWithoutAuthorityAsync(long partyId, string fullName)
    {
        var representative = new Representative { CaseId = Id, PartyId = partyId, FullName = fullName, AuthorityKind = AuthorityKind.NotRecorded };
        await factory.QueryAsync(async db =>
        {
            db.Representatives.Add(representative);
            return await db.SaveChangesAsync();
        });
        return representative.Id;
    }

    /// <summary>Takes an action through the API as the mediator (or <paramref name="client"/>).</summary>
    public Task<int> TakeAsync(string trigger, object? input = null, HttpClient? client = null) =>
        (client ?? mediator).TakeAsync(Id, trigger, input);

    /// <summary>
    /// Puts the case into <paramref name="state"/> with the demo mediator assigned, and lets <paramref name="arrange"/>
    /// add what the state has (sessions, a draft); the case's version moves on as any change moves it.
    /// </summary>
    public async Task PutAsync(string state, Action<MediationFlow.Core.Persistence.MediationDbContext, Case>? arrange = null)
    {
        var workflow = factory.Services.GetRequiredService<WorkflowCatalog>().Get("community-mediation", 3);
        var mediatorId = await factory.UserIdAsync(DemoUsers.Mediator);
        await factory.QueryAsync(async db =>
        {
            var c = await db.Cases.SingleAsync(x => x.Id == Id);
            c.State = state;
            c.Stage = workflow.State(state).Stage;
            c.IsClosed = workflow.State(state).Terminal;
            c.AssignedMediatorId = mediatorId;
            c.Version++;
            arrange?.Invoke(db, c);
            return await db.SaveChangesAsync();
        });
    }

    /// <summary>A session of the case's round planned for yesterday and not yet recorded; returns its id.</summary>
    public async Task<long> PlanSessionAsync(SessionKind kind = SessionKind.Joint, long? partyId = null)
    {
        var session = new Session { CaseId = Id, Kind = kind, PartyId = partyId, PlannedAt = DateTimeOffset.UtcNow.AddDays(-1), Place = "Акимат, каб. 4" };
        await factory.QueryAsync(async db =>
        {
            db.Sessions.Add(session);
            return await db.SaveChangesAsync();
        });
        return session.Id;
    }

    public static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<long> AddAsync(string what, string idProperty, object body)
    {
        var version = (await mediator.CaseAsync(Id)).GetProperty("version").GetInt32();
        var json = JsonSerializer.SerializeToNode(body)!.AsObject();
        json["expectedVersion"] = version;
        using var response = await mediator.PostJsonAsync($"{CaseApi.CaseUrl(Id)}/{what}", json);
        var added = await response.JsonAsync(HttpStatusCode.Created);
        return added.GetProperty(idProperty).GetInt64();
    }

    private static long PartyId(List<JsonElement> parties, string role) =>
        parties.First(p => p.GetProperty("role").GetString() == role).GetProperty("id").GetInt64();
}
