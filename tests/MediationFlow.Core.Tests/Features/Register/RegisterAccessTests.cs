using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Register;
using MediationFlow.Core.Tests.Infrastructure;

namespace MediationFlow.Core.Tests.Features.Register;

/// <summary>Who keeps a council's register: its chair and administrators and those of a council above it; who only reads it; who is told nothing.</summary>
public sealed class RegisterAccessTests
{
    [Fact]
    public async Task The_chair_of_another_council_is_told_the_council_does_not_exist_and_nothing_changes()
    {
        await using var app = await TestApp.StartAsync();
        var entry = await app.EnterAsync("mediator.a", "AKM-01-001");

        await Assert.ThrowsAsync<NotFoundException>(() => app.EnterAsync("mediator.a2", "AKM-01-002", by: app.Data.ChairB));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync<ChangeMediatorStatus.Changed>(app.Data.ChairB,
            new ChangeMediatorStatus.Command(app.Data.CouncilA, entry.EntryId, MediatorStatus.Excluded, new DateOnly(2026, 11, 26), "Not mine to say")));
        await Assert.ThrowsAsync<NotFoundException>(() => app.RegisterAsync(app.Data.MediatorB));

        var shown = Assert.Single((await app.RegisterAsync()).Entries);
        Assert.Equal(MediatorStatus.Active, shown.Status);
    }

    [Fact]
    public async Task A_member_without_the_role_reads_the_register_but_is_refused_a_change()
    {
        await using var app = await TestApp.StartAsync();
        await app.EnterAsync("mediator.a", "AKM-01-001");

        var read = await app.RegisterAsync(app.Data.MediatorA);
        await Assert.ThrowsAsync<ForbiddenException>(() => app.EnterAsync("mediator.a2", "AKM-01-002", by: app.Data.AnalystA));
        await Assert.ThrowsAsync<ForbiddenException>(() => app.EnterAsync("mediator.a2", "AKM-01-002", by: app.Data.MediatorA2));

        Assert.False(read.MayKeep);
        Assert.Empty(read.Unregistered);
        Assert.Single(read.Entries);
        Assert.Equal(1, await app.EntryCountAsync());
    }

    [Fact]
    public async Task The_chair_of_a_council_above_keeps_its_register_and_an_entry_of_another_council_is_not_found()
    {
        await using var app = await TestApp.StartAsync();
        var regionChair = await app.WithDbAsync(async db =>
        {
            var user = new User { Id = Guid.NewGuid(), UserName = "chair.region", NormalizedUserName = "CHAIR.REGION", DisplayName = "Chair of the region" };
            user.Memberships.Add(new Membership { CouncilId = app.Data.Region, Role = CouncilRole.Chair });
            db.Users.Add(user);
            await db.SaveChangesAsync();
            return user.Id;
        });

        var entry = await app.EnterAsync("mediator.a", "AKM-01-001", by: regionChair);
        var view = await app.RegisterAsync(regionChair);
        var elsewhere = await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync<ChangeMediatorStatus.Changed>(app.Data.ChairB,
            new ChangeMediatorStatus.Command(app.Data.CouncilB, entry.EntryId, MediatorStatus.Suspended, new DateOnly(2026, 11, 26), "Wrong council")));

        Assert.True(view.MayKeep);
        Assert.Equal(["mediator.a2"], view.Unregistered.Select(p => p.UserName));
        Assert.Contains(entry.EntryId.ToString(System.Globalization.CultureInfo.InvariantCulture), elsewhere.Message, StringComparison.Ordinal);
    }
}
