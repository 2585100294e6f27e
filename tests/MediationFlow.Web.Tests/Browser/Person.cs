using System.Text.RegularExpressions;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MediationFlow.Web.Tests.Browser;

/// <summary>
/// One person at their own browser (own context, own cookies), doing what they would do: sign in, switch the
/// language, open pages, submit forms. Elements are found by the stable hooks of docs/web-pages.md, never by
/// visible text; every page reached is photographed.
/// </summary>
public sealed partial class Person(string userName, IBrowserContext context, IPage page, Screenshots screenshots) : IAsyncDisposable
{
    /// <summary>What the browser reported as wrong on the pages: a refused script or style (the security policy), an error in a script.</summary>
    private readonly List<string> _faults = Listen(page);

    public IPage Page { get; } = page;

    public string UserName { get; } = userName;

    public async Task SignInAsync()
    {
        await OpenAsync("/Account/Login", "login");
        await Page.FillAsync("#userName", UserName);
        await Page.FillAsync("#password", DemoUsers.Password);
        await SubmitAsync(Page.Locator("form:has(#userName) button[type=submit]"), "signed-in");
        await Expect(Page.GetByTestId("sign-out")).ToBeVisibleAsync();
    }

    /// <summary>The header's language switcher; the page comes back in that language.</summary>
    public async Task SwitchLanguageAsync(string language)
    {
        await Page.SelectOptionAsync("#language-switch", language);
        await SubmitAsync(Page.Locator("form.language button[type=submit]"), "language-" + language);
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", language);
    }

    public async Task OpenAsync(string path, string step)
    {
        var response = await Page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"{UserName}: GET {path} answered {response?.Status}");
        await ShotAsync(step);
    }

    /// <summary>Clicks a submit button and waits for the page the form leads to (a redirect, or the form again with errors).</summary>
    public async Task SubmitAsync(ILocator button, string step)
    {
        ArgumentNullException.ThrowIfNull(button);

        // Waits for the next document, however alike its address is to this one (the same action twice ends on
        // the same ?done= address): this one is marked, and the wait is over when the page is one without the mark.
        await Page.EvaluateAsync("() => { document.documentElement.dataset.submitted = 'yes'; }");
        await button.ClickAsync();
        await Expect(Page.Locator("html[data-submitted]")).ToHaveCountAsync(0);
        await Page.WaitForFunctionAsync("() => document.readyState === 'complete'");
        await ShotAsync(step);
    }

    /// <summary>
    /// Fills and submits a case action's form (form[data-action=trigger]); the action is done when the case page
    /// comes back with ?done=trigger. An action that cannot be undone is confirmed on the page that asks for it
    /// (<paramref name="confirm"/>). A refusal fails the test with what the page said.
    /// </summary>
    public async Task ActAsync(string trigger, Func<ILocator, Task>? fill = null, bool confirm = false)
    {
        var form = Page.Locator($"form[data-action='{trigger}']");
        await Expect(form).ToBeVisibleAsync();
        if (fill is not null)
        {
            await fill(form);
        }

        await SubmitAsync(form.Locator("button[type=submit]"), trigger);
        if (confirm)
        {
            await ConfirmAsync(trigger);
        }
        if (!Page.Url.Contains("done=" + trigger, StringComparison.Ordinal))
        {
            var said = await Page.Locator("[data-testid^=notice], [data-testid=field-error], p.error").AllInnerTextsAsync();
            Assert.Fail($"{UserName}: '{trigger}' was not done; the page ({Page.Url}) says: {string.Join(" | ", said)}");
        }

        await Expect(Page.GetByTestId("notice-done")).ToBeVisibleAsync();
    }

    /// <summary>Answers the server's confirmation step (closing a case, approving, deleting a workshop) with yes.</summary>
    public async Task ConfirmAsync(string what)
    {
        var confirmation = Page.Locator($"[data-testid=confirm] form[data-confirm='{what}'], form[data-testid=confirm][data-confirm='{what}']");
        await Expect(confirmation).ToBeVisibleAsync();
        await ShotAsync("confirm-" + what);
        await SubmitAsync(confirmation.Locator("button[type=submit]"), "confirmed-" + what);
    }

    /// <summary>Picks the option of a select by its value (ids of parties, sessions, users are values, names are labels).</summary>
    public static Task PickAsync(ILocator form, string field, string value) =>
        form.Locator($"select[name='input.{field}']").SelectOptionAsync(value);

    /// <summary>The first real option of a select (after "Choose…").</summary>
    public static async Task PickFirstAsync(ILocator form, string field)
    {
        var select = form.Locator($"select[name='input.{field}']");
        var value = await select.Locator("option:not([value=''])").First.GetAttributeAsync("value");
        await select.SelectOptionAsync(value!);
    }

    public static Task CheckAsync(ILocator form, string field) => form.Locator($"input[name='input.{field}']").CheckAsync();

    public static Task FillAsync(ILocator form, string field, string value) => form.Locator($"[name='input.{field}']").FillAsync(value);

    /// <summary>The case page's state badge: its state id, and its text in the page's language.</summary>
    public async Task ExpectStateAsync(string state, string name)
    {
        var badge = Page.GetByTestId("case-state");
        await Expect(badge).ToHaveAttributeAsync("data-state", state);
        await Expect(badge).ToHaveTextAsync(name);
    }

    /// <summary>The id in a /Cases/{id} or /Workshops/{id} address.</summary>
    public long IdInUrl() => long.Parse(IdPattern().Match(new Uri(Page.Url).AbsolutePath).Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Photographs the page, then fails the test if the browser reported anything wrong on the way here.</summary>
    public async Task<string> ShotAsync(string step)
    {
        var shot = await screenshots.TakeAsync(Page, UserName, step);
        lock (_faults)
        {
            Assert.True(_faults.Count == 0, $"{UserName}, at {step} ({Page.Url}): {string.Join(" | ", _faults)}");
        }

        return shot;
    }

    /// <summary>
    /// Errors in the browser's console and uncaught script errors. A refused form's page answers 400 or 409, which
    /// the console reports for the document itself, and the browser asks for /favicon.ico by itself: neither is a
    /// fault of the page.
    /// </summary>
    public static List<string> Listen(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var faults = new List<string>();
        page.Console += (_, message) =>
        {
            var notThePages = message.Text.StartsWith("Failed to load resource: the server responded with a status of 4", StringComparison.Ordinal)
                && (message.Location.StartsWith(page.Url + ":", StringComparison.Ordinal) || message.Location.Contains("/favicon.ico:", StringComparison.Ordinal));
            if (message.Type == "error" && !notThePages)
            {
                lock (faults)
                {
                    faults.Add($"{message.Text} ({message.Location})");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (faults)
            {
                faults.Add(error);
            }
        };
        return faults;
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();

    [GeneratedRegex(@"\d+$")]
    private static partial Regex IdPattern();
}
