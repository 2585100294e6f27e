using Microsoft.Extensions.Localization;

namespace MediationFlow.Web.Localization;

/// <summary>UI texts for code outside pages (API messages), from the same resources the pages use.</summary>
public static class UiText
{
    private static readonly ResourceManagerStringLocalizerFactory Factory = new(
        Microsoft.Extensions.Options.Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }),
        Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);

    private static readonly IStringLocalizer Localizer = Factory.Create(typeof(SharedResource));

    public static string Get(string name) => Localizer[name];
}
