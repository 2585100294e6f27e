using System.Security.Claims;
using System.Text.Encodings.Web;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MediationFlow.Web.Security;

/// <summary>
/// Signs an API client in with a personal access token ("Authorization: Bearer mf_…"): the token's hash must
/// belong to a token that is neither revoked nor expired, of a person who is not locked out. The person then
/// acts with their own memberships, through the same authorization as on the pages.
/// </summary>
public sealed class AccessTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, MediationDbContext db, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "access-token";

    private const string BearerPrefix = "Bearer " + AccessTokenSecret.Prefix;

    /// <summary>Whether the request carries a personal access token rather than a sign-in bearer token.</summary>
    public static bool Carries(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.Authorization.ToString().StartsWith(BearerPrefix, StringComparison.Ordinal);
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Carries(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var hash = AccessTokenSecret.Hash(Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim());
        var now = time.GetUtcNow();
        var owner = await db.AccessTokens.AsNoTracking()
            .Where(t => t.Hash == hash && t.RevokedAt == null && t.ExpiresAt > now)
            .Select(t => new { t.UserId, t.User!.UserName, t.User.LockoutEnd })
            .SingleOrDefaultAsync(Context.RequestAborted);
        if (owner is null || owner.LockoutEnd > now)
        {
            return AuthenticateResult.Fail("The access token is unknown, revoked or expired, or its owner is locked out.");
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, owner.UserId.ToString()), new Claim(ClaimTypes.Name, owner.UserName ?? string.Empty)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
