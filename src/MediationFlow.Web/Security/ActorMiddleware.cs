using System.Security.Claims;
using MediationFlow.Core.Security;

namespace MediationFlow.Web.Security;

/// <summary>Hands the signed-in user to the application layer, which decides everything else.</summary>
public sealed class ActorMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, CurrentActor actor)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(actor);
        // A cookie or sign-in token was checked against the account, which signed its person in with their rights read.
        if (context.User.Identity?.IsAuthenticated == true
            && Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            && actor.UserId != userId)
        {
            actor.SignIn(userId);
        }

        return next(context);
    }
}
