using MediationFlow.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Web.Tests.Infrastructure;

/// <summary>Finds demo cases in a given situation, read from the database so tests do not hard-code ids.</summary>
public static class DemoCases
{
    public static Task<long> InCouncilAsync(this MediationFlowFactory factory, string councilCode, string state) =>
        factory.QueryAsync(db => db.Cases
            .Where(c => c.Council!.Code == councilCode && c.State == state)
            .OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());

    public static Task<long> BurabayAsync(this MediationFlowFactory factory, string state) =>
        factory.InCouncilAsync(DemoUsers.BurabayCode, state);

    public static Task<long> ZerendiAsync(this MediationFlowFactory factory) =>
        factory.QueryAsync(db => db.Cases.Where(c => c.Council!.Code == DemoUsers.ZerendiCode).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());

    /// <summary>A Burabay case in mediation with no session held yet: settling is blocked by a guard.</summary>
    public static Task<long> InMediationWithoutSessionsAsync(this MediationFlowFactory factory) =>
        factory.QueryAsync(db => db.Cases
            .Where(c => c.Council!.Code == DemoUsers.BurabayCode && c.State == "inMediation" && !c.Sessions.Any())
            .OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());

    /// <summary>A Burabay case in mediation with a session held and its confidential outcome note.</summary>
    public static Task<Case> InMediationWithHeldSessionAsync(this MediationFlowFactory factory) =>
        factory.QueryAsync(db => db.Cases.AsNoTracking()
            .Include(c => c.Sessions).Include(c => c.Parties)
            .Where(c => c.Council!.Code == DemoUsers.BurabayCode && c.State == "inMediation" && c.Sessions.Any(s => s.Recorded))
            .OrderBy(c => c.Id).FirstAsync());
}
