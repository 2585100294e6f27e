using System.Globalization;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Administration;
using MediationFlow.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Tests.Features.Administration;

/// <summary>
/// The whole published structure in one run, as a national roll-out starts: 2,786 councils four levels deep and 23,000
/// people, from .xlsx and .csv files, checked, applied, read back and applied again without a change.
/// </summary>
public sealed class FullSizeImportTests
{
    private const int Councils = 2_786;
    private const int People = 23_000;

    [Fact]
    public async Task The_full_council_tree_and_its_people_round_trip_and_a_second_import_changes_nothing()
    {
        await using var app = await TestApp.StartAsync();
        var (councils, people) = Structure();
        var councilFile = ImportFiles.Read(ImportFiles.Xlsx(ImportFiles.Table(ImportCouncils.Columns, "kk", councils)), ImportFormat.Xlsx, ImportCouncils.Columns);
        var peopleFile = ImportFiles.Read(ImportFiles.Csv(ImportFiles.Table(ImportPeople.Columns, "ru", people)), ImportFormat.Csv, ImportPeople.Columns);

        var check = await app.SendAsSystemAsync<ImportReport>(new ImportCouncils.Check(councilFile));
        Assert.Equal((0, Councils, 0), (await app.WithDbAsync(db => db.Councils.CountAsync(c => c.Code.StartsWith("FS-"))), check.Count(ImportChange.Added), check.Problems.Count));

        await app.SendAsSystemAsync<ImportReport>(new ImportCouncils.Command(councilFile));
        var imported = await app.SendAsSystemAsync<ImportPeople.Imported>(new ImportPeople.Command(peopleFile));

        // Read back: every council under the parent the file named, its path running through it; every person in theirs.
        var tree = await app.WithDbAsync(db => db.Councils.AsNoTracking().Where(c => c.Code.StartsWith("FS-")).ToDictionaryAsync(c => c.Code));
        Assert.Equal(Councils, tree.Count);
        foreach (var row in councils)
        {
            var council = tree[row[0]];
            Assert.Equal((row[1], row[2], row[3], row[4]), (Level(council.Level), council.NameKk, council.NameRu, council.NameEn));
            if (row[5].Length > 0)
            {
                var parent = tree[row[5]];
                Assert.Equal((parent.Id, parent.Path + council.Id.ToString(CultureInfo.InvariantCulture) + "/"), (council.ParentId, council.Path));
            }
        }

        Assert.Equal(People, imported.NewAccounts.Count);
        var memberships = await app.WithDbAsync(db => db.Memberships.AsNoTracking().Where(m => m.User!.UserName!.StartsWith("fs.person."))
            .Select(m => new { m.User!.UserName, m.Council!.Code, m.Role }).ToListAsync());
        Assert.Equal(people.Select(p => (p[0], p[3], p[4])).Order(), memberships.Select(m => (m.UserName!, m.Code, m.Role.ToString().ToLowerInvariant())).Order());

        var dump = await DatabaseDump.RowsAsync(app);
        var councilsAgain = await app.SendAsSystemAsync<ImportReport>(new ImportCouncils.Command(councilFile));
        var peopleAgain = await app.SendAsSystemAsync<ImportPeople.Imported>(new ImportPeople.Command(peopleFile));

        Assert.Equal(Councils, councilsAgain.Count(ImportChange.Unchanged));
        Assert.Equal((People, 0), (peopleAgain.Report.Count(ImportChange.Unchanged), peopleAgain.NewAccounts.Count));
        Assert.Equal(dump, await DatabaseDump.RowsAsync(app));
    }

    /// <summary>
    /// Twenty regions, eight districts in each, rural councils under the districts and a few enterprises, 2,786 in all;
    /// about eight members per council (a chair, mediators), the rest in the first rural councils.
    /// </summary>
    private static (string[][] Councils, string[][] People) Structure()
    {
        var councils = new List<string[]>(Councils);
        for (var r = 1; r <= 20; r++)
        {
            councils.Add([$"FS-{r:00}", "region", $"{r}-өңір", $"Регион {r}", $"Region {r}", ""]);
        }

        for (var d = 1; d <= 160; d++)
        {
            councils.Add([$"FS-{(d - 1) / 8 + 1:00}-{d:000}", "district", $"{d}-аудан", $"Район {d}", $"District {d}", $"FS-{(d - 1) / 8 + 1:00}"]);
        }

        for (var n = 1; councils.Count < Councils; n++)
        {
            var district = councils[20 + (n - 1) % 160][0];
            var enterprise = n % 50 == 0;
            councils.Add([$"{district}-{n:0000}", enterprise ? "enterprise" : "rural", $"{n}-кеңес", $"Совет {n}", $"Council {n}", district]);
        }

        var people = new List<string[]>(People);
        for (var p = 0; p < People; p++)
        {
            var council = councils[p % Councils][0];
            var role = p < Councils ? "chair" : "mediator";
            people.Add([$"fs.person.{p:00000}", $"Адам {p}", p % 3 == 0 ? "kk" : "ru", council, role, "", ""]);
        }

        return ([.. councils], [.. people]);
    }

    private static string Level(CouncilLevel level) => char.ToLowerInvariant(level.ToString()[0]) + level.ToString()[1..];
}
