using MediationFlow.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MediationFlow.Web.Tests.Browser;

/// <summary>
/// The process diagram on the case page opens fitted to its frame (it once opened as an empty white box: a
/// drawing thousands of pixels wide in a frame a quarter of that), and zooms with real buttons, by keyboard,
/// on a desktop and on a phone, without the page scrolling sideways.
/// </summary>
public sealed class DiagramTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Sizes = """
        () => {
          const frame = document.querySelector('#workflow-diagram pre.mermaid');
          const svg = frame.querySelector('svg');
          return [svg.getBoundingClientRect().width, frame.clientWidth, document.documentElement.scrollWidth, document.documentElement.clientWidth];
        }
        """;

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Diagram_opens_fitted_to_its_frame_and_zooms_by_keyboard(int width)
    {
        ChromiumPrerequisite.Require();
        var screenshots = new Screenshots($"{nameof(Diagram_opens_fitted_to_its_frame_and_zooms_by_keyboard)}-{width}");
        await using var mediator = await host.PersonAsync(DemoUsers.Mediator, screenshots, width == 390 ? BrowserHost.Phone : null);
        await mediator.SignInAsync();
        await mediator.OpenAsync($"/Cases/{await host.BurabayAsync("inMediation")}", "case");
        var page = mediator.Page;
        var zoom = page.GetByTestId("diagram-zoom");
        await Expect(zoom).ToBeHiddenAsync();

        await page.Locator("#workflow-diagram summary").ClickAsync();
        await Expect(page.Locator("#workflow-diagram pre.mermaid svg")).ToBeVisibleAsync();
        await Expect(zoom).ToBeVisibleAsync();
        // Fitted once the frame has its width, which may come a frame after drawing.
        await Expect(page.Locator("#workflow-diagram pre.mermaid")).ToHaveAttributeAsync("data-zoom-scale", new System.Text.RegularExpressions.Regex("^[0-9.]+$"));
        await mediator.ShotAsync("diagram-fitted");

        var fitted = await page.EvaluateAsync<double[]>(Sizes);
        Assert.True(fitted[0] <= fitted[1], $"The drawing ({fitted[0]} px) is wider than its frame ({fitted[1]} px).");
        Assert.True(fitted[0] >= fitted[1] * 0.8, $"The drawing ({fitted[0]} px) does not fill its frame ({fitted[1]} px).");
        Assert.True(fitted[2] <= fitted[3], $"The page scrolls sideways: {fitted[2]} px in {fitted[3]} px.");

        // Keyboard only: the buttons take focus and Enter works them.
        await zoom.Locator("button[data-zoom=in]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Enter");
        await mediator.ShotAsync("diagram-zoomed");
        var zoomed = await page.EvaluateAsync<double[]>(Sizes);
        Assert.True(zoomed[0] > fitted[0] * 1.5, $"Zooming in twice went from {fitted[0]} px to {zoomed[0]} px.");
        Assert.True(zoomed[2] <= zoomed[3], $"Zoomed, the page scrolls sideways instead of the frame: {zoomed[2]} px in {zoomed[3]} px.");

        await page.Keyboard.PressAsync("Shift+Tab");
        await Expect(zoom.Locator("button[data-zoom=fit]")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        var reset = await page.EvaluateAsync<double[]>(Sizes);
        Assert.Equal(fitted[0], reset[0], 1.0);
    }
}
