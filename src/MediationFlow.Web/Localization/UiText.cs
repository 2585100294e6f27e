using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;

namespace MediationFlow.Web.Localization;

/// <summary>UI texts for code outside pages (API messages), from the same resources the pages use.</summary>
public static class UiText
{
    private static readonly ResourceManagerStringLocalizerFactory Factory = new(
        Microsoft.Extensions.Options.Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }),
        Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);

    private static readonly IStringLocalizer Localizer = Factory.Create(typeof(SharedResource));

    private static readonly ResourceManager Resources = new("MediationFlow.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    public static string Get(string name) => Localizer[name];

    /// <summary>
    /// For code that runs outside the localization middleware (the exception handler, status code pages),
    /// where the thread's culture is not the request's.
    /// </summary>
    public static string In(CultureInfo culture, string name) => Resources.GetString(name, culture) ?? name;
}
