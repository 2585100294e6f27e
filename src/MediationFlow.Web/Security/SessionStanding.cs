using System.Security.Claims;
using MediationFlow.Core.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MediationFlow.Web.Security;

/// <summary>
/// Whether a sign-in (a page's cookie or the 8-hour bearer token from POST /api/v1/auth/login) still stands,
/// checked on every request against the account as it is now: it ends when the account is locked out (which is
/// also how an account is deactivated) or its security stamp changed (a new password), everywhere at once.
/// The account is read with the person's rights, in the one statement the request reads them with anyway.
/// </summary>
public sealed class SessionStanding(CurrentActor actor, TimeProvider time, IOptions<IdentityOptions> identity)
{
    public async Task<bool> StandsAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (stamp is null || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return false;
        }

        var account = await actor.SignInWithAccountAsync(userId, cancellationToken);
        if (account is not null && account.SecurityStamp == stamp && !(account.LockoutEnd > time.GetUtcNow()))
        {
            return true;
        }

        actor.SignOut();
        return false;
    }

    /// <summary>The page cookie's check: a cookie whose sign-in no longer stands is refused and removed.</summary>
    public static async Task ValidateCookieAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var standing = context.HttpContext.RequestServices.GetRequiredService<SessionStanding>();
        if (context.Principal is null || !await standing.StandsAsync(context.Principal, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
