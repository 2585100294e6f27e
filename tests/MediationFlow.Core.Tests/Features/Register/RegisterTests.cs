using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Register;
using MediationFlow.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Tests.Features.Register;

/// <summary>Issue 14, point 3: the register of public mediators, kept by the council's chair and administrators.</summary>
public sealed class RegisterTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Fact]
    public async Task The_chair_enters_a_mediator_who_is_then_active_with_the_entry_as_given()
    {
        await using var app = await TestApp.StartAsync();

        var saved = await app.EnterAsync("mediator.a", "AKM-01-001", "ru,kk", [DisputeCategory.Labour, DisputeCategory.FamilyAndHousehold]);

        var entry = Assert.Single((await app.RegisterAsync()).Entries);
        Assert.Equal((saved.EntryId, "AKM-01-001", app.Data.MediatorA, MediatorStatus.Active), (entry.Id, entry.Number, entry.UserId, entry.Status));
        Assert.Equal(["ru", "kk"], entry.Languages);
        Assert.Equal([DisputeCategory.FamilyAndHousehold, DisputeCategory.Labour], entry.Specialisations);
        Assert.Equal(new DateOnly(2025, 3, 1), entry.ElectedOn);
        var first = Assert.Single(entry.History);
        Assert.Equal((MediatorStatus.Active, new DateOnly(2025, 3, 1), (string?)null), (first.Status, first.EffectiveOn, first.Reason));
    }

    [Fact]
    public async Task A_register_number_is_unique_and_a_taken_one_is_refused_naming_the_field_with_nothing_changed()
    {
        await using var app = await TestApp.StartAsync();
        await app.EnterAsync("mediator.a", "AKM-01-001");

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => app.EnterAsync("mediator.a2", "AKM-01-001"));
        var edit = await Assert.ThrowsAsync<ValidationFailedException>(async () =>
        {
            var other = await app.EnterAsync("mediator.a2", "AKM-01-002");
            await app.SendAsync<AddRegisterEntry.Saved>(app.Data.ChairA, new EditRegisterEntry.Command(
                app.Data.CouncilA, other.EntryId, "AKM-01-001", MediatorType.Public, null, ["kk"], []));
        });

        Assert.Equal(("number", "taken"), (Assert.Single(refused.Errors).Field, refused.Errors[0].Code));
        Assert.Equal("number", Assert.Single(edit.Errors).Field);
        Assert.Equal(["AKM-01-001", "AKM-01-002"], (await app.RegisterAsync()).Entries.Select(e => e.Number).Order());
    }

    [Fact]
    public async Task Bad_fields_are_refused_each_by_name_in_the_readers_language_and_nothing_is_entered()
    {
        await using var app = await TestApp.StartAsync();

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => app.SendAsync<AddRegisterEntry.Saved>(app.Data.ChairA,
            new AddRegisterEntry.Command(app.Data.CouncilA, "mediator.a", " ", MediatorType.Public, null, ["uz"], [(DisputeCategory)99]), culture: "kk"));
        var notMediator = await Assert.ThrowsAsync<ValidationFailedException>(() => app.EnterAsync("analyst.a", "AKM-01-009"));
        var future = await Assert.ThrowsAsync<ValidationFailedException>(() => app.SendAsync<AddRegisterEntry.Saved>(app.Data.ChairA,
            new AddRegisterEntry.Command(app.Data.CouncilA, "mediator.a", "AKM-01-001", MediatorType.Public, Today.AddDays(1), ["kk"], [])));

        Assert.Equal(["languages", "number", "specialisations"], refused.Errors.Select(e => e.Field).Order());
        Assert.Contains(refused.Errors, e => e.Field == "number" && e.Message == "Бұл өрісті толтыру міндетті.");
        Assert.Equal(("userName", "notCouncilMediator"), (Assert.Single(notMediator.Errors).Field, notMediator.Errors[0].Code));
        Assert.Equal(("electedOn", "future"), (Assert.Single(future.Errors).Field, future.Errors[0].Code));
        Assert.Equal(0, await app.EntryCountAsync());
    }

    [Fact]
    public async Task Each_status_change_keeps_its_date_and_reason_and_the_history_keeps_every_one()
    {
        await using var app = await TestApp.StartAsync();
        var entry = await app.EnterAsync("mediator.a", "AKM-01-001");

        await app.ChangeStatusAsync(entry.EntryId, MediatorStatus.Suspended, Today.AddDays(-10), "Own request until the new year");
        await app.ChangeStatusAsync(entry.EntryId, MediatorStatus.Active, Today.AddDays(-2), "Returned early");
        await app.ChangeStatusAsync(entry.EntryId, MediatorStatus.Excluded, Today, "Breach of confidentiality");

        var shown = Assert.Single((await app.RegisterAsync()).Entries);
        Assert.Equal(MediatorStatus.Excluded, shown.Status);
        Assert.Equal(
            [
                (MediatorStatus.Excluded, Today, "Breach of confidentiality"),
                (MediatorStatus.Active, Today.AddDays(-2), "Returned early"),
                (MediatorStatus.Suspended, Today.AddDays(-10), "Own request until the new year"),
                (MediatorStatus.Active, new DateOnly(2025, 3, 1), (string?)null),
            ],
            shown.History.Select(h => (h.Status, h.EffectiveOn, h.Reason)));
        var stored = await app.WithDbAsync(db => db.MediatorStatusChanges.Where(c => c.EntryId == entry.EntryId && c.Reason != null).ToListAsync());
        Assert.All(stored, c => Assert.Equal((app.Data.ChairA, app.Time.GetUtcNow()), (c.RecordedById!.Value, c.RecordedAt)));
    }

    [Fact]
    public async Task A_status_change_without_a_reason_in_the_future_before_the_last_one_or_to_the_same_status_is_refused_and_changes_nothing()
    {
        await using var app = await TestApp.StartAsync();
        var entry = await app.EnterAsync("mediator.a", "AKM-01-001");
        await app.ChangeStatusAsync(entry.EntryId, MediatorStatus.Suspended, Today.AddDays(-5));

        var noReason = await Assert.ThrowsAsync<ValidationFailedException>(() => app.ChangeStatusAsync(entry.EntryId, MediatorStatus.Active, Today, " "));
        var future = await Assert.ThrowsAsync<ValidationFailedException>(() => app.ChangeStatusAsync(entry.EntryId, MediatorStatus.Active, Today.AddDays(1)));
        var before = await Assert.ThrowsAsync<ValidationFailedException>(() => app.ChangeStatusAsync(entry.EntryId, MediatorStatus.Active, Today.AddDays(-6)));
        var same = await Assert.ThrowsAsync<ValidationFailedException>(() => app.ChangeStatusAsync(entry.EntryId, MediatorStatus.Suspended, Today));

        Assert.Equal("reason", Assert.Single(noReason.Errors).Field);
        Assert.Equal(("effectiveOn", "future"), (Assert.Single(future.Errors).Field, future.Errors[0].Code));
        Assert.Equal(("effectiveOn", "beforeLastChange"), (Assert.Single(before.Errors).Field, before.Errors[0].Code));
        Assert.Equal(("status", "unchanged"), (Assert.Single(same.Errors).Field, same.Errors[0].Code));
        var shown = Assert.Single((await app.RegisterAsync()).Entries);
        Assert.Equal((MediatorStatus.Suspended, 2), (shown.Status, shown.History.Count));
    }

    [Fact]
    public async Task Training_records_are_added_several_per_mediator_and_bad_hours_are_refused()
    {
        await using var app = await TestApp.StartAsync();
        var entry = await app.EnterAsync("mediator.a", "AKM-01-001");

        await app.SendAsync<AddTrainingRecord.Added>(app.Data.ChairA, new AddTrainingRecord.Command(app.Data.CouncilA, entry.EntryId, "Mediation technologies", 72, "ANK-2025-0153", new DateOnly(2025, 5, 17)));
        await app.SendAsync<AddTrainingRecord.Added>(app.Data.AdminA, new AddTrainingRecord.Command(app.Data.CouncilA, entry.EntryId, "Family disputes", 16, null, new DateOnly(2026, 2, 3)));
        var hours = await Assert.ThrowsAsync<ValidationFailedException>(() => app.SendAsync<AddTrainingRecord.Added>(app.Data.ChairA,
            new AddTrainingRecord.Command(app.Data.CouncilA, entry.EntryId, "Too long", 0, null, new DateOnly(2026, 2, 3))));

        Assert.Equal("hours", Assert.Single(hours.Errors).Field);
        var shown = Assert.Single((await app.RegisterAsync()).Entries);
        Assert.Equal(
            [("Family disputes", (int?)16, (string?)null, new DateOnly(2026, 2, 3)), ("Mediation technologies", 72, "ANK-2025-0153", new DateOnly(2025, 5, 17))],
            shown.Training.Select(t => (t.Course, t.Hours, t.CertificateNumber, t.CompletedOn)));
    }

    [Fact]
    public async Task Every_change_to_the_register_is_audited_with_who_and_when()
    {
        await using var app = await TestApp.StartAsync();

        var entry = await app.EnterAsync("mediator.a", "AKM-01-001", by: app.Data.AdminA);
        await app.ChangeStatusAsync(entry.EntryId, MediatorStatus.Suspended, Today, "Illness");
        await app.SendAsync<AddTrainingRecord.Added>(app.Data.ChairA, new AddTrainingRecord.Command(app.Data.CouncilA, entry.EntryId, "Mediation technologies", 72, null, Today));

        var audited = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Changed).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(
            [("AddRegisterEntry", app.Data.AdminA), ("ChangeMediatorStatus", app.Data.ChairA), ("AddTrainingRecord", app.Data.ChairA)],
            audited.Select(e => (e.Action, e.UserId!.Value)));
        Assert.All(audited, e => Assert.Equal(app.Time.GetUtcNow(), e.At));
    }
}
