using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Benchmarks.Throughput;

/// <summary>The one district council the throughput walks work in, with its chair and mediator.</summary>
public sealed record ThroughputCouncil(int CouncilId, string CouncilCode, Guid Chair, Guid Mediator)
{
    /// <summary>Creates the council and its two members through EF Core, or finds them in an existing database.</summary>
    public static async Task<ThroughputCouncil> EnsureAsync(MediationDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        const string code = "AKM-01";
        if (await db.Councils.SingleOrDefaultAsync(c => c.Code == code) is { } existing)
        {
            var users = await db.Users.ToDictionaryAsync(u => u.UserName!, u => u.Id);
            return new ThroughputCouncil(existing.Id, code, users["chair"], users["mediator"]);
        }

        var region = new Council { Code = "AKM", NameKk = "Ақмола облысы", NameRu = "Акмолинская область", NameEn = "Akmola Region", Level = CouncilLevel.Region };
        db.Councils.Add(region);
        await db.SaveChangesAsync();
        region.Path = $"/{region.Id}/";
        var district = new Council
        {
            Code = code,
            NameKk = "Бурабай ауданы",
            NameRu = "Бурабайский район",
            NameEn = "Burabay District",
            Level = CouncilLevel.District,
            ParentId = region.Id,
        };
        db.Councils.Add(district);
        await db.SaveChangesAsync();
        district.Path = $"{region.Path}{district.Id}/";

        User Member(string userName, string name, CouncilRole role)
        {
            var user = new User { Id = Guid.NewGuid(), UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), DisplayName = name };
            user.Memberships.Add(new Membership { CouncilId = district.Id, Role = role });
            db.Users.Add(user);
            return user;
        }

        var chair = Member("chair", "Гүлнар Омарова", CouncilRole.Chair);
        var mediator = Member("mediator", "Ерлан Жақсыбеков", CouncilRole.Mediator);
        await db.SaveChangesAsync();
        return new ThroughputCouncil(district.Id, code, chair.Id, mediator.Id);
    }
}
