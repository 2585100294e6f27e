using CsvHelper;
using MediationFlow.Core.Features.Administration;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Core.Seeding;

/// <summary>
/// A new database outside the demo starts from the real top of the council tree: the regions and the cities of
/// republican significance, in three languages, and no people. They go in through the import an administrator uses
/// for the rest of the tree, so they obey the same rules and are audited the same way.
/// </summary>
public static class ProductionStart
{
    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);

        // Nobody has signed in yet, but an administrator may have imported a tree with the CLI already: that one stands.
        if (await services.GetRequiredService<MediationDbContext>().Councils.AnyAsync(cancellationToken))
        {
            return;
        }

        services.GetRequiredService<CurrentActor>().ActAsSystem();
        await services.GetRequiredService<ISender>().Send(new ImportCouncils.Command(Regions()), cancellationToken);
    }

    /// <summary>The shipped regions.csv (code, kind, name_kk, name_ru, name_en and each region's centre) as import rows.</summary>
    public static ImportSheet Regions()
    {
        using var file = typeof(ProductionStart).Assembly.GetManifestResourceStream("MediationFlow.Core.Seeding.regions.csv")
            ?? throw new InvalidOperationException("regions.csv is not embedded in MediationFlow.Core.");
        using var csv = CsvReader.Create(file, new CsvReaderOptions { Separator = ',' }, leaveOpen: true);
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(new Dictionary<string, string>
            {
                [ImportCouncils.Code.Name] = csv.GetString("code"),
                [ImportCouncils.Level.Name] = csv.GetString("kind"),
                [ImportCouncils.NameKk.Name] = csv.GetString("name_kk"),
                [ImportCouncils.NameRu.Name] = csv.GetString("name_ru"),
                [ImportCouncils.NameEn.Name] = csv.GetString("name_en"),
            });
        }

        return ImportSheet.Of(ImportCouncils.Columns, rows);
    }
}
