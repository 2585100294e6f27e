using System.Globalization;
using Microsoft.Playwright;

namespace MediationFlow.Web.Tests.Browser;

/// <summary>
/// Every page a browser test visits, as PNGs numbered in the order they were taken:
/// TestResults/screenshots/&lt;test&gt;/&lt;nn&gt;-&lt;who&gt;-&lt;step&gt;.png beside the test assembly (bin/ and TestResults/ are gitignored).
/// </summary>
public sealed class Screenshots
{
    private int _count;

    public Screenshots(string test)
    {
        Folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots", test);
        if (Directory.Exists(Folder))
        {
            // A rerun replaces the last run's pictures instead of mixing with them.
            Directory.Delete(Folder, recursive: true);
        }

        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public async Task<string> TakeAsync(IPage page, string who, string step)
    {
        ArgumentNullException.ThrowIfNull(page);
        var number = Interlocked.Increment(ref _count).ToString("00", CultureInfo.InvariantCulture);
        var file = Path.Combine(Folder, $"{number}-{Safe(who)}-{Safe(step)}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        return file;
    }

    private static string Safe(string name) => string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' ? c : '-'));
}
