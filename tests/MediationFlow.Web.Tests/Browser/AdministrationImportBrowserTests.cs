using System.Net;
using System.Text;
using ClosedXML.Excel;
using MediationFlow.Core.Features.Administration;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MediationFlow.Web.Tests.Browser;

/// <summary>
/// An administrator imports people in a real headless Chromium with the pages in Kazakh: the Kazakh template
/// downloaded and filled in, a file with a problem checked and refused by row and column, the corrected file checked
/// and imported, and the first passwords downloaded once, each of which signs its person in.
/// </summary>
public sealed class AdministrationImportBrowserTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Administrator_imports_a_small_xlsx_in_kazakh_and_downloads_the_first_passwords()
    {
        ChromiumPrerequisite.Require();
        var screenshots = new Screenshots(nameof(Administrator_imports_a_small_xlsx_in_kazakh_and_downloads_the_first_passwords));
        await using var admin = await host.PersonAsync(DemoUsers.Admin, screenshots);
        await admin.SignInAsync();
        await admin.SwitchLanguageAsync("kk");

        // From the menu to the import page.
        await admin.SubmitAsync(admin.Page.Locator("nav.main a[href='/Admin']"), "administration");
        await admin.SubmitAsync(admin.Page.GetByTestId("admin-nav").Locator("a[href='/Admin/Import']"), "import");
        await Expect(admin.Page.Locator("h2#upload-title")).ToHaveTextAsync("Файлды тексеру");

        // The people template in Kazakh, filled in as the administrator's spreadsheet program would.
        var template = await DownloadAsync(admin.Page, admin.Page.Locator("a[href*='kind=People'][href*='format=Xlsx'][href*='language=kk']"));
        var suffix = Guid.NewGuid().ToString("N")[..6];
        string[] first = [$"aigerim.{suffix}", "Әйгерім Сәрсенова", "kk", DemoUsers.BurabayCode, "mediator", "", "+7 701 555 01 01"];
        string[] second = [$"nurlan.{suffix}", "Нұрлан Қасымов", "kk", "NO-SUCH-COUNCIL", "mediator", "", ""];
        var withProblem = Filled(template, first, second);
        second[3] = DemoUsers.BurabayCode;
        var corrected = Filled(template, first, second);

        // A row naming a council that does not exist: refused by row and column, in Kazakh, and nothing to import.
        await CheckAsync(admin, withProblem, "checked-with-problem");
        var problem = admin.Page.GetByTestId("import-problems").Locator("tbody tr");
        await Expect(problem).ToHaveCountAsync(1);
        await Expect(problem).ToHaveAttributeAsync("data-row", "3");
        await Expect(problem.Locator("td").Nth(1)).ToHaveTextAsync(ImportPeople.CouncilCode.Header("kk"));
        await Expect(admin.Page.GetByTestId("apply-import")).ToHaveCountAsync(0);

        // The corrected file: two people to add; then imported, and the passwords offered once as a file.
        await CheckAsync(admin, corrected, "checked-clean");
        await Expect(admin.Page.Locator("[data-testid=import-rows] tr[data-change=Added]")).ToHaveCountAsync(2);
        await Expect(admin.Page.GetByTestId("import-summary")).ToContainTextAsync("ештеңе өзгертілмеді");
        Assert.False(await host.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Users, u => u.UserName == first[0])));
        await admin.SubmitAsync(admin.Page.GetByTestId("apply-import").Locator("button[type=submit]"), "imported");
        await Expect(admin.Page.GetByTestId("import-report")).ToHaveAttributeAsync("data-applied", "true");
        await Expect(admin.Page.GetByTestId("import-summary")).ToContainTextAsync("2 қосылды");
        var passwords = Encoding.UTF8.GetString(await DownloadAsync(admin.Page, admin.Page.GetByTestId("download-passwords"))).TrimStart('\uFEFF');

        var lines = passwords.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"{ImportPeople.UserName.Header("kk")},{ImportPeople.FullName.Header("kk")},Бір реттік құпиясөз", lines[0]);
        Assert.Equal(3, lines.Length);
        foreach (var line in lines[1..])
        {
            var cells = line.Split(',');
            using var api = host.Anonymous();
            using var signedIn = await api.PostJsonAsync("/api/v1/auth/login", new { userName = cells[0], password = cells[2] });
            Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        }

        // The file was imported once: the checked draft is gone, and the passwords are not on the page again.
        await admin.OpenAsync("/Admin/Import", "import-again");
        await Expect(admin.Page.GetByTestId("download-passwords")).ToHaveCountAsync(0);
    }

    private static async Task CheckAsync(Person admin, byte[] file, string step)
    {
        var upload = admin.Page.GetByTestId("import-upload");
        await upload.Locator("#kind-People").CheckAsync();
        await upload.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "people.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = file });
        await admin.SubmitAsync(upload.Locator("button[type=submit]"), step);
        await Expect(admin.Page.GetByTestId("import-report")).ToHaveAttributeAsync("data-applied", "false");
    }

    private static async Task<byte[]> DownloadAsync(IPage page, ILocator link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var path = await download.PathAsync();
        return await File.ReadAllBytesAsync(path, TestRequests.Ct);
    }

    /// <summary>The template with its example row replaced by these rows.</summary>
    private static byte[] Filled(byte[] template, params string[][] rows)
    {
        using var input = new MemoryStream(template);
        using var workbook = new XLWorkbook(input);
        var sheet = workbook.Worksheets.First();
        sheet.Row(2).Clear();
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                sheet.Cell(r + 2, c + 1).SetValue(rows[r][c]);
            }
        }

        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }
}
