using System.Net;
using MediationFlow.Web.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using MediationFlow.Workflows.Scenarios;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MediationFlow.Web.Tests.Browser;

/// <summary>
/// The real host on Kestrel at a free loopback port (demo data, as every web test class), plus one headless
/// Chromium for the class. Each person in a test gets a browser context of their own: their own cookies.
/// </summary>
public class BrowserHost : MediationFlowFactory
{
    /// <summary>The launch arguments the architecture names for Debian's Chromium in containers and CI.</summary>
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    /// <summary>
    /// Guards, not measurements: the whole suite shares two cores, so a page may take longer than Playwright's
    /// defaults (5 s for an expectation) while other test hosts are busy.
    /// </summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri RootUri { get; private set; } = null!;

    protected override void StartHost()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        RootUri = new Uri(address);

        // Clients a test sets a situation up with (API, page forms) go to the same listener.
        ClientOptions.BaseAddress = RootUri;
    }

    /// <summary>The class's browser, launched on first use (after the test checked Chromium is there).</summary>
    public async Task<IBrowser> BrowserAsync()
    {
        ChromiumPrerequisite.Require();
        if (_browser is null)
        {
            Assertions.SetDefaultExpectTimeout((float)Patience.TotalMilliseconds);
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPrerequisite.ExecutablePath,
                Headless = true,
                Args = ChromiumArgs,
            });
        }

        return _browser;
    }

    /// <summary>A phone's screen: the width the pages must fit without scrolling sideways.</summary>
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    /// <summary>A person at a browser: a fresh context (cookies of their own) on this host, one page; a desktop screen unless told.</summary>
    public async Task<Person> PersonAsync(string userName, Screenshots screenshots, ViewportSize? screen = null)
    {
        var browser = await BrowserAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = RootUri.ToString(),
            ViewportSize = screen ?? new() { Width = 1280, Height = 900 },
            IsMobile = screen is not null,
            HasTouch = screen is not null,
        });
        context.SetDefaultTimeout((float)Patience.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)Patience.TotalMilliseconds);
        return new Person(userName, context, await context.NewPageAsync(), screenshots);
    }

    /// <summary>A state's name in a language, as the workflow definition gives it.</summary>
    public string StateName(string state, string language, int version = 2) =>
        Services.GetRequiredService<WorkflowCatalog>().Get("community-mediation", version).State(state).Name.For(language);

    public Scenario Scenario(string id) =>
        Services.GetRequiredService<ScenarioLibrary>().TryGet(id, out var scenario) ? scenario : throw new InvalidOperationException($"No scenario {id}.");

    public override async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
