using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace MediationFlow.Web.Security;

/// <summary>
/// ASP.NET Core Identity in the product's database: cookies for the pages, bearer tokens for API
/// clients (from signing in, or a personal access token). The API accepts only bearer tokens, so a
/// browser's cookie cannot be used against it (no CSRF).
/// </summary>
public static class IdentitySetup
{
    public const string ApiPolicy = "api";
    private const string Smart = "cookie-or-bearer";

    public static IServiceCollection AddMediationFlowIdentity(this IServiceCollection services)
    {
        services.AddIdentityCore<User>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<MediationDbContext>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Smart;
                o.DefaultChallengeScheme = Smart;
            })
            .AddPolicyScheme(Smart, "Cookie or bearer", o => o.ForwardDefaultSelector = context =>
                AccessTokenAuthentication.Carries(context.Request) ? AccessTokenAuthentication.SchemeName
                : context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? SignInTokenAuthentication.SchemeName
                : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, AccessTokenAuthentication>(AccessTokenAuthentication.SchemeName, null)
            .AddScheme<AuthenticationSchemeOptions, SignInTokenAuthentication>(SignInTokenAuthentication.SchemeName, o => o.ForwardChallenge = IdentityConstants.BearerScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(8))
            .AddIdentityCookies(o => o.ApplicationCookie?.Configure(cookie =>
            {
                cookie.LoginPath = "/Account/Login";
                cookie.LogoutPath = "/Account/Logout";
                cookie.AccessDeniedPath = "/Account/Login";
                cookie.ExpireTimeSpan = TimeSpan.FromHours(12);
                cookie.SlidingExpiration = true;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                // Instead of Identity's stamp check every 30 minutes: a new password or a lockout ends the session at once.
                cookie.Events.OnValidatePrincipal = SessionStanding.ValidateCookieAsync;
                cookie.Events.OnRedirectToLogin = ApiGets401;
                cookie.Events.OnRedirectToAccessDenied = ApiGets401;
            }));

        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicy, p => p.AddAuthenticationSchemes(SignInTokenAuthentication.SchemeName, AccessTokenAuthentication.SchemeName).RequireAuthenticatedUser());
        services.AddScoped<SessionStanding>();
        return services;
    }

    private static Task ApiGets401(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
