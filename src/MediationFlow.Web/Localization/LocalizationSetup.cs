using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace MediationFlow.Web.Localization;

/// <summary>
/// Kazakh, Russian and English. The language comes from the user's choice (a cookie, written at sign-in
/// from their profile and by the switcher on every page), else from the browser, else Russian.
/// </summary>
public static class LocalizationSetup
{
    public static readonly string[] Languages = ["kk", "ru", "en"];
    public const string DefaultLanguage = "ru";

    public static IServiceCollection AddMediationFlowLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = Languages.Select(CultureInfo.GetCultureInfo).ToList();
            o.DefaultRequestCulture = new RequestCulture(DefaultLanguage);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            o.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>Remembers a language for this browser for a year (a lifetime, not a date: the server's clock plays no part).</summary>
    public static void Remember(HttpResponse response, string language)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = true,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = response.HttpContext.Request.IsHttps,
            });
    }

    public static bool IsSupported(string? language) => language is not null && Languages.Contains(language);
}
