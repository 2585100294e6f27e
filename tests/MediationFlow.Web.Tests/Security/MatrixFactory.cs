using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

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
        _markers[Target.BurabayChairs] = await OpenMarkerAsync(chair, burabay, 2);
        _markers[Target.Zerendi] = await OpenMarkerAsync(other, zerendi, 3);

        // Closed cases with a note in their history: confidential content beyond the case's own fields.
        await CloseWithNoteAsync(mediator, await OpenMarkerAsync(mediator, burabay, 4, affectsThirdParties: true));
        await CloseWithNoteAsync(other, await OpenMarkerAsync(other, zerendi, 5, affectsThirdParties: true));

        await ComputeHiddenTextsAsync(burabay, zerendi);
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

    private static Task<int> CloseWithNoteAsync(HttpClient client, MarkerCase marker) =>
        client.TakeAsync(marker.Id, "closeNotMediable", new { note = $"Секретная записка по делу {marker.Number}: третьи лица {Guid.NewGuid():N}" });

    private async Task ComputeHiddenTextsAsync(int burabay, int zerendi)
    {
        var texts = await QueryAsync(async db =>
        {
            var cases = await db.Cases.AsNoTracking()
                .Include(c => c.Parties).Include(c => c.Sessions).Include(c => c.Obligations)
                .AsSplitQuery().ToListAsync();
            var inputs = await db.CaseEvents.AsNoTracking().Select(e => new { e.CaseId, e.InputJson }).ToListAsync();
            return cases.Select(c => new CaseTexts(c.Id, c.CouncilId,
                [
                    c.Number, c.Description,
                    .. c.Parties.SelectMany(p => new[] { p.FullName, p.Iin, p.Phone, p.Email, p.Address }),
                    .. c.Sessions.Select(s => s.OutcomeNote),
                    .. c.Obligations.Select(o => o.Description),
                    .. inputs.Where(i => i.CaseId == c.Id).SelectMany(i => Strings(i.InputJson)),
                ])).ToList();
        });

        foreach (var role in AccessMatrix.Roles)
        {
            var visible = texts.Where(c => MayRead(role, c, burabay, zerendi)).ToList();
            var allowed = visible.SelectMany(c => c.Texts).ToHashSet(StringComparer.Ordinal);
            _hidden[role] = [.. texts.Except(visible).SelectMany(c => c.Texts).Where(t => !allowed.Contains(t)).Distinct()];
        }
    }

    /// <summary>
    /// Marker cases follow <see cref="AccessMatrix.MaySee"/>; for the demo cases a council's caseworker is
    /// granted the whole council (other tests check a mediator's view within it), everyone else nothing.
    /// </summary>
    private bool MayRead(string role, CaseTexts c, int burabay, int zerendi)
    {
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

    /// <summary>The words a person entered in an action (notes, reasons, places); not ids, flags or dates.</summary>
    private static IEnumerable<string> Strings(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.String)
            .Select(p => p.Value.GetString()!)
            .Where(s => s.Length >= 6 && s.Any(char.IsLetter) && !Guid.TryParse(s, out _) && !DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, out _))];
    }

    private sealed record CaseTexts(long Id, int CouncilId, IReadOnlyList<string?> RawTexts)
    {
        public IEnumerable<string> Texts => RawTexts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!);
    }
}
