using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MediationFlow.Web.Security;

/// <summary>
/// The sign-in bearer token from POST /api/v1/auth/login, read by Identity's bearer handler and then held to
/// <see cref="SessionStanding"/>: a token of an account locked out or with a new password is refused (401).
/// </summary>
public sealed class SignInTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, SessionStanding standing)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "sign-in-token";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = await Context.AuthenticateAsync(IdentityConstants.BearerScheme);
        if (!token.Succeeded)
        {
            return token.None ? AuthenticateResult.NoResult() : AuthenticateResult.Fail(token.Failure ?? new InvalidOperationException("The bearer token was refused."));
        }

        return await standing.StandsAsync(token.Principal, Context.RequestAborted)
            ? AuthenticateResult.Success(new AuthenticationTicket(token.Principal, token.Properties, SchemeName))
            : AuthenticateResult.Fail("The account is locked out or its password changed since the token was issued.");
    }
}
