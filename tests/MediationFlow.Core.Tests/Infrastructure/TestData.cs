using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Tests.Infrastructure;

/// <summary>
/// Two district councils under one region, with a chair, two mediators, an analyst, an administrator
/// and a trainer in council A, a chair and a mediator in council B, and a trainee who belongs to no
/// council (trainees practise in workshops and never see real cases): enough to prove who sees what.
/// </summary>
public sealed record TestData(
    int Region, int CouncilA, int CouncilB,
    Guid ChairA, Guid MediatorA, Guid MediatorA2, Guid AnalystA, Guid AdminA,
    Guid ChairB, Guid MediatorB, Guid TrainerA, Guid TraineeA)
{
    public static async Task<TestData> EnsureAsync(MediationDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.Councils.AnyAsync())
        {
            var councils = await db.Councils.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
            var users = await db.Users.ToDictionaryAsync(u => u.UserName!, u => u.Id);
            return new TestData(councils[0], councils[1], councils[2],
                users["chair.a"], users["mediator.a"], users["mediator.a2"], users["analyst.a"], users["admin.a"], users["chair.b"], users["mediator.b"],
                users["trainer.a"], users["trainee.a"]);
        }

        var region = new Council { Code = "AKM", NameKk = "Ақмола облысы", NameRu = "Акмолинская область", NameEn = "Akmola Region", Level = CouncilLevel.Region };
        db.Councils.Add(region);
        await db.SaveChangesAsync();
        region.Path = $"/{region.Id}/";
        var a = new Council { Code = "AKM-01", NameKk = "А ауданы", NameRu = "Район А", NameEn = "District A", Level = CouncilLevel.District, ParentId = region.Id };
        var b = new Council { Code = "AKM-02", NameKk = "Б ауданы", NameRu = "Район Б", NameEn = "District B", Level = CouncilLevel.District, ParentId = region.Id };
        db.Councils.AddRange(a, b);
        await db.SaveChangesAsync();
        a.Path = $"{region.Path}{a.Id}/";
        b.Path = $"{region.Path}{b.Id}/";

        User Person(string userName, string name, int council, params CouncilRole[] roles)
        {
            var user = new User { Id = Guid.NewGuid(), UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), DisplayName = name };
            user.Memberships.AddRange(roles.Select(r => new Membership { CouncilId = council, Role = r }));
            db.Users.Add(user);
            return user;
        }

        var data = new TestData(region.Id, a.Id, b.Id,
            Person("chair.a", "Chair A", a.Id, CouncilRole.Chair).Id,
            Person("mediator.a", "Mediator A", a.Id, CouncilRole.Mediator).Id,
            Person("mediator.a2", "Mediator A2", a.Id, CouncilRole.Mediator).Id,
            Person("analyst.a", "Analyst A", a.Id, CouncilRole.Analyst).Id,
            Person("admin.a", "Admin A", a.Id, CouncilRole.Administrator).Id,
            Person("chair.b", "Chair B", b.Id, CouncilRole.Chair).Id,
            Person("mediator.b", "Mediator B", b.Id, CouncilRole.Mediator).Id,
            Person("trainer.a", "Trainer A", a.Id, CouncilRole.Trainer).Id,
            // No role: a trainee belongs to no council, only to workshop teams.
            Person("trainee.a", "Trainee A", a.Id).Id);
        await db.SaveChangesAsync();
        return data;
    }
}
