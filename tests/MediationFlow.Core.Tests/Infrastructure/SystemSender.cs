using System.Globalization;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Security;
using MediationFlow.Core.Timers;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Core.Tests.Infrastructure;

/// <summary>What the timer pump and the CLI do: send a request as the system, and read back what they wrote.</summary>
public static class SystemSender
{
    public static async Task<T> SendAsSystemAsync<T>(this TestApp app, IMessage request, string culture = "en")
    {
        ArgumentNullException.ThrowIfNull(app);
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentActor>().ActAsSystem();
            return (T)(await scope.ServiceProvider.GetRequiredService<ISender>().Send((object)request))!;
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    /// <summary>One run of this instance's timer pump, as the hosted service would do it.</summary>
    public static Task<int> PumpAsync(this TestApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<TimerPump>().RunOnceAsync(CancellationToken.None);
    }

    public static Task<Case> CaseRowAsync(this TestApp app, long caseId)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId));
    }

    public static Task<List<CaseEvent>> EventsAsync(this TestApp app, long caseId)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.WithDbAsync(db => db.CaseEvents.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.Sequence).ToListAsync());
    }

    public static Task<List<DueTimer>> TimersAsync(this TestApp app, long caseId)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.WithDbAsync(db => db.DueTimers.AsNoTracking().Where(t => t.CaseId == caseId).OrderBy(t => t.Id).ToListAsync());
    }

    public static Task<List<Notification>> NotificationsAsync(this TestApp app, long caseId)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.CaseId == caseId).OrderBy(n => n.Id).ToListAsync());
    }
}
