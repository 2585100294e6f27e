using System.Globalization;
using ClosedXML.Excel;
using CsvHelper;
using MediationFlow.Benchmarks.Data;
using MediationFlow.Core.Features.Administration;
using MediationFlow.Core.Seeding;

namespace MediationFlow.Benchmarks.Import;

/// <summary>
/// The files a national roll-out starts from: the generated council tree of DOMAIN.md (<see cref="CouncilTree"/>:
/// regions and cities of republican significance, cities, districts, rural councils under districts, enterprises)
/// and 23,000 people, each a member of one council (its chair first, then mediators, a trainer in some), as .csv
/// and .xlsx with English headers.
/// </summary>
public static class ImportFileGenerator
{
    public const int People = 23_000;

    public static string CouncilsFile(string folder, ImportFormat format) => Path.Combine(folder, "councils." + Extension(format));

    public static string PeopleFile(string folder, ImportFormat format) => Path.Combine(folder, "people." + Extension(format));

    public static (int Councils, int People) Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var regions = Path.Combine(folder, "regions.csv");
        using (var embedded = typeof(ProductionStart).Assembly.GetManifestResourceStream("MediationFlow.Core.Seeding.regions.csv")!)
        using (var file = File.Create(regions))
        {
            embedded.CopyTo(file);
        }

        var tree = CouncilTree.Build(regions, SampleDatabase.FullSize);
        string[][] councils = [.. tree.Select(c => new[]
        {
            c.Code, char.ToLowerInvariant(c.Level.ToString()[0]) + c.Level.ToString()[1..], c.NameKk, c.NameRu, c.NameEn,
            c.ParentIndex is { } parent ? tree[parent].Code : string.Empty,
        })];
        var people = Members(tree);
        foreach (var format in new[] { ImportFormat.Csv, ImportFormat.Xlsx })
        {
            Save(CouncilsFile(folder, format), format, ImportCouncils.Columns, councils);
            Save(PeopleFile(folder, format), format, ImportPeople.Columns, people);
        }

        return (councils.Length, people.Length);
    }

    /// <summary>About eight people per council, the remainder in the first rural councils; a third give an e-mail, half a phone.</summary>
    private static string[][] Members(IReadOnlyList<SampleCouncil> tree)
    {
        var random = new Random(20261205);
        var rows = new List<string[]>(People);
        var perCouncil = People / tree.Count;
        var extra = People - perCouncil * tree.Count;
        foreach (var council in tree)
        {
            var count = perCouncil + (council.Level == Core.Domain.CouncilLevel.Rural && extra-- > 0 ? 1 : 0);
            for (var i = 0; i < count; i++)
            {
                var userName = string.Create(CultureInfo.InvariantCulture, $"{council.Code.ToLowerInvariant()}.{i + 1}");
                var roles = i == 0 ? "chair" : i == 1 && council.Index % 5 == 0 ? "mediator, trainer" : "mediator";
                rows.Add([
                    userName, PersonNames.Next(random), random.NextDouble() < 0.6 ? "kk" : "ru", council.Code, roles,
                    random.NextDouble() < 0.33 ? userName + "@example.kz" : string.Empty,
                    random.NextDouble() < 0.5 ? string.Create(CultureInfo.InvariantCulture, $"+7 7{random.Next(0, 100):00} {random.Next(0, 1000):000} {random.Next(0, 10000):0000}") : string.Empty,
                ]);
            }
        }

        return [.. rows];
    }

    private static void Save(string path, ImportFormat format, IReadOnlyList<ImportColumn> columns, string[][] rows)
    {
        string[] headers = [.. columns.Select(c => c.Header("en"))];
        if (format == ImportFormat.Csv)
        {
            using var csv = CsvWriter.ToFile(path, options: null);
            csv.WriteRecord(headers);
            foreach (var row in rows)
            {
                csv.WriteRecord(row);
            }

            return;
        }

        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("import");
        sheet.Cell(1, 1).InsertData(new[] { headers }.Concat(rows));
        workbook.SaveAs(path);
    }

    private static string Extension(ImportFormat format) => format == ImportFormat.Csv ? "csv" : "xlsx";
}
