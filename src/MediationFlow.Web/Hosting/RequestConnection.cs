using MediationFlow.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Web.Hosting;

/// <summary>
/// One database connection for the whole request: the sign-in's check (which reads the actor's rights with the
/// account), the request's queries and its command share it. Left to EF Core, the check opened and closed a connection
/// of its own before the application layer opened the next, and every open of a pooled SQLite connection takes the
/// pool's lock, re-registers EF Core's SQL functions and reruns our pragmas, while every close unregisters the
/// functions again, leaving finalizable handles behind.
/// </summary>
public sealed class RequestConnection(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, MediationDbContext db)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(context.RequestAborted);
        try
        {
            await next(context);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
