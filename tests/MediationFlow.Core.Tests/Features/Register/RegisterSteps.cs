using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Register;
using MediationFlow.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Tests.Features.Register;

/// <summary>Entering mediators of council A in its register as its chair, and reading the register back.</summary>
internal static class RegisterSteps
{
    public static Task<AddRegisterEntry.Saved> EnterAsync(
        this TestApp app, string userName, string number, string languages = "kk,ru", DisputeCategory[]? specialisations = null, Guid? by = null) =>
        app.SendAsync<AddRegisterEntry.Saved>(by ?? app.Data.ChairA, new AddRegisterEntry.Command(
            app.Data.CouncilA, userName, number, MediatorType.Public, new DateOnly(2025, 3, 1), languages.Split(','), specialisations ?? []));

    public static Task<ChangeMediatorStatus.Changed> ChangeStatusAsync(this TestApp app, int entryId, MediatorStatus status, DateOnly effectiveOn, string reason = "Decision of the council") =>
        app.SendAsync<ChangeMediatorStatus.Changed>(app.Data.ChairA, new ChangeMediatorStatus.Command(app.Data.CouncilA, entryId, status, effectiveOn, reason));

    public static Task<GetRegister.RegisterView> RegisterAsync(this TestApp app, Guid? by = null) =>
        app.SendAsync<GetRegister.RegisterView>(by ?? app.Data.ChairA, new GetRegister.Query(app.Data.CouncilA));

    /// <summary>Another mediator in council A, straight into the database (the people import's business, not the register's).</summary>
    public static Task<Guid> AddMediatorAsync(this TestApp app, string userName, string name) =>
        app.WithDbAsync(async db =>
        {
            var user = new User { Id = Guid.NewGuid(), UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), DisplayName = name };
            user.Memberships.Add(new Membership { CouncilId = app.Data.CouncilA, Role = CouncilRole.Mediator });
            db.Users.Add(user);
            await db.SaveChangesAsync();
            return user.Id;
        });

    public static Task<int> EntryCountAsync(this TestApp app) => app.WithDbAsync(db => db.MediatorRegister.CountAsync());
}
