using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using MediationFlow.Web.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Web.Tests.Security;

/// <summary>
/// The demo host plus marker cases whose names, descriptions, IINs, phones and notes appear nowhere
/// else, and, per role, every case text that role must never be shown.
/// </summary>
public sealed class MatrixFactory : MediationFlowFactory
{
    private readonly Dictionary<Target, MarkerCase> _markers = [];
    private readonly Dictionary<string, IReadOnlyList<string>> _hidden = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);

    public MarkerCase Marker(Target target) => _markers[target];

    /// <summary>Texts of cases <paramref name="role"/> may not read that no case they may read contains.</summary>
    public IReadOnlyList<string> HiddenFrom(string role) => _hidden[role];

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var burabay = await CouncilIdAsync(DemoUsers.BurabayCode);
        var zerendi = await CouncilIdAsync(DemoUsers.ZerendiCode);
        using var mediator = await ApiClientAsync(DemoUsers.Mediator);
        using var chair = await ApiClientAsync(DemoUsers.Chair);
        using var other = await ApiClientAsync(DemoUsers.OtherMediator);

        _markers[Target.BurabayMediators] = await OpenMarkerAsync(mediator, burabay, 1);
        var registered = _markers[Target.BurabayMediators].Id;
        _markers[Target.BurabayMediators] = _markers[Target.BurabayMediators] with
        {
            // The chair is told of the registration: the notification only the chair may dismiss.
            ChairNotificationId = await QueryAsync(db => db.Notifications
                .Where(n => n.CaseId == registered && n.UserId == db.Users.Single(u => u.UserName == DemoUsers.Chair).Id)
                .Select(n => n.Id).SingleAsync()),
        };
        // Mediation under way, with a held session whose confidential note only the demo mediator may ever see.
        SessionNote = await HoldSessionWithNoteAsync(mediator, chair, registered);
        _markers[Target.BurabayChairs] = await OpenMarkerAsync(chair, burabay, 2);
        _markers[Target.Zerendi] = await OpenMarkerAsync(other, zerendi, 3);

        // Closed cases with a note in their history: confidential content beyond the case's own fields.
        await CloseWithNoteAsync(mediator, await OpenMarkerAsync(mediator, burabay, 4, affectsThirdParties: true));
        await CloseWithNoteAsync(other, await OpenMarkerAsync(other, zerendi, 5, affectsThirdParties: true));

        // Workshops: each team's sandbox case gets texts of its own; Team 2's goes as far as awaiting approval,
        // so the trainer (who plays the chair there) has a sandbox case that approvals must not list.
        var running = await WorkshopWithTwoTeamsAsync();
        var sandboxCases = await SandboxCaseIdsAsync(running);
        await MarkSandboxCaseAsync(DemoUsers.TraineeOne, sandboxCases[0], 6);
        await MarkSandboxCaseAsync(DemoUsers.TraineeTwo, sandboxCases[1], 7);
        SandboxNote = await SandboxSessionWithNoteAsync(DemoUsers.TraineeOne, sandboxCases[0]);
        await SandboxToReviewAsync(DemoUsers.TraineeTwo, sandboxCases[1]);
        _markers[Target.Sandbox] = await SandboxMarkerAsync(running);
        _markers[Target.Workshop] = _markers[Target.Sandbox];
        var ended = await WorkshopWithTwoTeamsAsync();
        using (var trainer = await ApiClientAsync(DemoUsers.Trainer))
        {
            await trainer.PostOkAsync(WorkshopApi.Url(ended, "end"));
        }

        _markers[Target.EndedWorkshop] = await SandboxMarkerAsync(ended);
        SandboxNumbers = await QueryAsync(db => db.Cases.Where(c => c.WorkshopId != null).Select(c => c.Number).ToListAsync());

        await ComputeHiddenTextsAsync(burabay, zerendi);
    }

    /// <summary>The confidential note of the Burabay mediator's marker case: the assigned (demo) mediator's alone.</summary>
    public string SessionNote { get; private set; } = string.Empty;

    /// <summary>The confidential note of Team 1's sandbox case: its trainee's alone, not the trainer's.</summary>
    public string SandboxNote { get; private set; } = string.Empty;

    /// <summary>The numbers of every sandbox case made for the matrix: no list of real work may show one.</summary>
    public IReadOnlyList<string> SandboxNumbers { get; private set; } = [];

    /// <summary>A new started workshop with the matrix people, for a row that deletes it.</summary>
    public async Task<MarkerCase> FreshWorkshopAsync() => await SandboxMarkerAsync(await WorkshopWithTwoTeamsAsync());

    public Task<bool> WorkshopExistsAsync(long id) => QueryAsync(db => db.Workshops.AnyAsync(w => w.Id == id));

    /// <summary>The trainer's started workshop: Team 1 is trainee.one, Team 2 trainee.two.</summary>
    private async Task<long> WorkshopWithTwoTeamsAsync() =>
        await WorkshopApi.StartedAsync(this, DemoUsers.TraineeOne, DemoUsers.TraineeTwo);

    private Task<List<long>> SandboxCaseIdsAsync(long workshopId) =>
        QueryAsync(db => db.WorkshopTeams.Where(t => t.WorkshopId == workshopId).OrderBy(t => t.Id).Select(t => t.CaseId!.Value).ToListAsync());

    private async Task<MarkerCase> SandboxMarkerAsync(long workshopId)
    {
        var caseId = (await SandboxCaseIdsAsync(workshopId))[0];
        return await QueryAsync(db => db.Cases.Where(c => c.Id == caseId)
            .Select(c => new MarkerCase(c.Id, c.Number, c.CouncilId, c.Parties.OrderBy(p => p.Id).Select(p => p.Id).First(), workshopId))
            .SingleAsync());
    }

    /// <summary>The team's trainee adds a respondent whose name, IIN and phone appear nowhere else.</summary>
    private async Task MarkSandboxCaseAsync(string trainee, long caseId, int serial)
    {
        using var client = await ApiClientAsync(trainee);
        var tag = $"{serial}-{Guid.NewGuid():N}"[..14];
        var party = CaseApi.Party("respondent", $"Песочница Ответчик {tag}", Iins.Valid(9000 + serial));
        party["phone"] = $"+7 701 {serial:000} {tag[^4..]}";
        var version = (await client.CaseAsync(caseId)).GetProperty("version").GetInt32();
        using var response = await client.PostJsonAsync(CaseApi.CaseUrl(caseId) + "/parties", new { expectedVersion = version, party });
        await response.JsonAsync(System.Net.HttpStatusCode.Created);
    }

    /// <summary>The trainee as mediator through to a draft with an obligation sent for the review of the trainer as chair.</summary>
    private async Task SandboxToReviewAsync(string trainee, long caseId)
    {
        using var client = await ApiClientAsync(trainee);
        await SandboxSessionWithNoteAsync(trainee, caseId);
        var parties = CaseApi.PartyIds(await client.CaseAsync(caseId)).Select(p => p.ToString(CultureInfo.InvariantCulture)).ToList();
        await client.TakeAsync(caseId, "reachSettlement");
        await client.TakeAsync(caseId, "addObligation", new { party = parties[0], description = $"Песочница обязательство {Guid.NewGuid():N}", dueOn = DateTime.UtcNow.AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        await client.TakeAsync(caseId, "submitForReview");
    }

    /// <summary>
    /// The trainee as mediator, the trainer as chair, into mediation on version 3 (each act dated today on the workshop
    /// clock) and a joint session held this minute with every party, with a confidential note.
    /// </summary>
    private async Task<string> SandboxSessionWithNoteAsync(string trainee, long caseId)
    {
        using var client = await ApiClientAsync(trainee);
        using var trainer = await ApiClientAsync(DemoUsers.Trainer);
        await client.TakeAsync(caseId, "acceptForMediation");
        await trainer.TakeAsync(caseId, "assignMediator", new { mediator = (await UserIdAsync(trainee)).ToString() });
        await client.TakeAsync(caseId, "declareNoConflict", new { declaration = true });
        var sandbox = await client.CaseAsync(caseId);
        var today = WorkshopApi.WorkshopDay(sandbox);
        var parties = CaseApi.PartyIds(sandbox).Select(p => p.ToString(CultureInfo.InvariantCulture)).ToList();
        foreach (var party in parties)
        {
            await client.TakeAsync(caseId, "recordConsent", new { party, consentedOn = today });
        }

        await client.TakeAsync(caseId, "signAgreementOnMediation", new { signedOn = today, signedByAll = true, withoutCopyReason = "Kept in the council's paper file" });
        var minute = WorkshopApi.WorkshopMinute(await client.CaseAsync(caseId));
        await client.TakeAsync(caseId, "scheduleSession", new { plannedAt = minute, kind = "joint", place = "Песочница зал" });
        var session = (await client.CaseAsync(caseId)).GetProperty("sessions")[0].GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
        var note = $"Песочница итоги {Guid.NewGuid():N}";
        var attended = string.Join(',', parties.Select(p => "party:" + p));
        await client.TakeAsync(caseId, "recordSession", new { session, heldAt = minute, attended, outcomeNote = note });
        return note;
    }

    /// <summary>
    /// The role's client, owned by the fixture (do not dispose): a bearer token for the API, a cookie
    /// from the login page for pages (one sign-in per role serves every page row), nothing for anonymous.
    /// </summary>
    public async Task<HttpClient> ClientAsync(string role, bool forPages)
    {
        var key = (forPages ? "page:" : "api:") + role;
        if (_clients.TryGetValue(key, out var known))
        {
            return known;
        }

        var client = role == DemoUsers.Anonymous ? Anonymous() : forPages ? await PageClientAsync(role) : await ApiClientAsync(role);
        _clients[key] = client;
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await base.DisposeAsync();
    }

    private static async Task<MarkerCase> OpenMarkerAsync(HttpClient client, int councilId, int serial, bool affectsThirdParties = false)
    {
        var tag = $"{serial}-{Guid.NewGuid():N}"[..14];
        var body = CaseApi.NewCase(councilId, $"Маркер Заявитель {tag}", $"Маркер Ответчик {tag}", $"Конфиденциально: спор {tag}.",
            affectsThirdParties: affectsThirdParties, applicantIin: Iins.Valid(9000 + serial));
        ((Dictionary<string, object?>)((object[])body["parties"]!)[0])["phone"] = $"+7 700 {serial:000} {tag[^4..]}";
        var opened = await client.OpenCaseAsync(body);
        var party = CaseApi.PartyIds(await client.CaseAsync(opened.Id)).First();
        return new MarkerCase(opened.Id, opened.Number, councilId, party);
    }

    /// <summary>The demo mediator assigned by the chair, consents and the agreement on mediation, then a session held.</summary>
    private async Task<string> HoldSessionWithNoteAsync(HttpClient mediator, HttpClient chair, long caseId)
    {
        await mediator.TakeAsync(caseId, "acceptForMediation");
        await chair.TakeAsync(caseId, "assignMediator", new { mediator = (await UserIdAsync(DemoUsers.Mediator)).ToString() });
        await mediator.TakeAsync(caseId, "declareNoConflict", new { declaration = true });
        foreach (var party in CaseApi.PartyIds(await mediator.CaseAsync(caseId)))
        {
            await mediator.TakeAsync(caseId, "recordConsent", new { party = party.ToString(CultureInfo.InvariantCulture) });
        }

        await mediator.TakeAsync(caseId, "signAgreementOnMediation", new { signedByAll = true });
        await mediator.TakeAsync(caseId, "scheduleSession", new { plannedAt = DateTimeOffset.UtcNow.AddDays(1).ToString("O", CultureInfo.InvariantCulture), place = "Маркер зал" });
        var session = (await mediator.CaseAsync(caseId)).GetProperty("sessions")[0].GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
        var note = $"MATRIX-NOTE-{Guid.NewGuid():N}";
        await mediator.TakeAsync(caseId, "recordSession", new { session, attendance = "held", outcomeNote = note });
        return note;
    }

    private static Task<int> CloseWithNoteAsync(HttpClient client, MarkerCase marker) =>
        client.TakeAsync(marker.Id, "closeNotMediable", new { note = $"Секретная записка по делу {marker.Number}: третьи лица {Guid.NewGuid():N}" });

    private async Task ComputeHiddenTextsAsync(int burabay, int zerendi)
    {
        // Choice values ("fulfilled") and state ids are the workflow's words, shown on every case page's
        // diagram: a person picked them, but they say nothing about the case.
        var catalog = Services.GetRequiredService<WorkflowCatalog>();
        var vocabulary = catalog.All.SelectMany(w => w.Definition.States.Select(st => st.Id)
                .Concat(w.Definition.Transitions.SelectMany(t => t.Input.SelectMany(i => i.Options.Select(o => o.Value)))))
            .ToHashSet(StringComparer.Ordinal);
        var texts = await QueryAsync(async db =>
        {
            var cases = await db.Cases.AsNoTracking()
                .Include(c => c.Parties).Include(c => c.Sessions).Include(c => c.Obligations)
                .AsSplitQuery().ToListAsync();
            var inputs = await db.CaseEvents.AsNoTracking().Select(e => new { e.CaseId, e.InputJson }).ToListAsync();
            var notes = await db.ConfidentialNotes.AsNoTracking().Select(n => new { n.CaseId, n.Text }).ToListAsync();
            var mediators = (await db.Cases.AsNoTracking().Where(c => c.AssignedMediator != null)
                .Select(c => new { c.Id, c.AssignedMediator!.UserName }).ToListAsync()).ToDictionary(c => c.Id, c => c.UserName);
            var teams = await db.WorkshopTeams.AsNoTracking().Where(t => t.CaseId != null)
                .Select(t => new { t.CaseId, Trainees = t.Members.Select(m => m.User!.UserName!).ToList() }).ToListAsync();
            var trainees = teams.ToDictionary(t => t.CaseId!.Value, t => (IReadOnlyList<string>)t.Trainees);
            return cases.Select(c => new CaseTexts(c.Id, c.CouncilId, c.WorkshopId is not null, trainees.GetValueOrDefault(c.Id) ?? [], mediators.GetValueOrDefault(c.Id),
                [.. notes.Where(n => n.CaseId == c.Id).Select(n => n.Text)],
                [
                    c.Number, c.Description,
                    .. c.Parties.SelectMany(p => new[] { p.FullName, p.Iin, p.Phone, p.Email, p.Address }),

                    .. c.Obligations.Select(o => o.Description),
                    .. inputs.Where(i => i.CaseId == c.Id).SelectMany(i => Strings(i.InputJson)).Where(t => !vocabulary.Contains(t)),
                ])).ToList();
        });

        foreach (var role in AccessMatrix.Roles)
        {
            var visible = texts.Where(c => MayRead(role, c, burabay, zerendi)).ToList();
            var allowed = visible.SelectMany(c => c.Texts)
                .Concat(texts.Where(c => MayReadNotes(role, c)).SelectMany(c => c.Notes))
                .ToHashSet(StringComparer.Ordinal);
            _hidden[role] = [.. texts.SelectMany(c => visible.Contains(c) ? c.Notes : c.Texts.Concat(c.Notes)).Where(t => !allowed.Contains(t)).Distinct()];
        }
    }

    /// <summary>
    /// Sandbox cases are their trainer's and their team's; marker cases follow <see cref="AccessMatrix.MaySee"/>;
    /// for the demo cases a council's caseworker is granted the whole council (other tests check a mediator's
    /// view within it), everyone else (trainees too) nothing.
    /// </summary>
    private bool MayRead(string role, CaseTexts c, int burabay, int zerendi)
    {
        if (c.IsSandbox)
        {
            // The matrix workshops are all the demo trainer's; a trainee reads their own team's case only.
            return role == DemoUsers.Trainer || c.Trainees.Contains(role);
        }

        var marker = _markers.FirstOrDefault(m => m.Value.Id == c.Id);
        if (marker.Value is not null)
        {
            return AccessMatrix.MaySee(role, marker.Key);
        }

        return role switch
        {
            DemoUsers.Chair or DemoUsers.Mediator => c.CouncilId == burabay,
            DemoUsers.OtherMediator => c.CouncilId == zerendi,
            _ => false,
        };
    }

    /// <summary>
    /// What is said in mediation is the case's mediator's alone: the mediator assigned to a real case, the team's trainees
    /// on a sandbox case. Not the chair or the trainer, who read the rest of the case.
    /// </summary>
    private static bool MayReadNotes(string role, CaseTexts c) => c.IsSandbox ? c.Trainees.Contains(role) : c.Mediator == role;

    /// <summary>The words a person entered in an action (notes, reasons, places); not ids, flags or dates.</summary>
    private static IEnumerable<string> Strings(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.String)
            .Select(p => p.Value.GetString()!)
            .Where(s => s.Length >= 6 && s.Any(char.IsLetter) && !Guid.TryParse(s, out _) && !DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, out _))];
    }

    /// <param name="Mediator">The user name of the mediator assigned to the case, if any.</param>
    /// <param name="Notes">The texts of its confidential notes.</param>
    private sealed record CaseTexts(
        long Id, int CouncilId, bool IsSandbox, IReadOnlyList<string> Trainees, string? Mediator, IReadOnlyList<string> Notes, IReadOnlyList<string?> RawTexts)
    {
        public IEnumerable<string> Texts => RawTexts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!);
    }
}
