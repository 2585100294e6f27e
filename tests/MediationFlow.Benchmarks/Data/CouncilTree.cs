using System.Globalization;
using MediationFlow.Core.Domain;

namespace MediationFlow.Benchmarks.Data;

/// <summary>One council of the generated tree, with its yearly case volume and its people.</summary>
public sealed record SampleCouncil(int Index, string Code, CouncilLevel Level, int? ParentIndex, string NameKk, string NameRu, string NameEn, int CasesPerYear, int Mediators);

/// <summary>
/// The council tree DOMAIN.md describes, over the 17 regions and 3 cities of republican significance of
/// shared/data/regions.csv: one council per region and republican city, 42 other cities, 167 districts,
/// 2,426 rural councils (under districts) and 134 enterprises, spread over the regions. Cases per council
/// and year lie between 5 and 50, skewed so that the five years hold 500,000 cases in all.
/// </summary>
public static class CouncilTree
{
    public const int Cities = 42;
    public const int Districts = 167;
    public const int Rural = 2426;
    public const int Enterprises = 134;
    public const int Years = 5;

    public static IReadOnlyList<SampleCouncil> Build(string regionsCsv, int totalCases)
    {
        var random = new Random(20261126);
        var rows = File.ReadAllLines(regionsCsv).Skip(1).Select(l => l.Split(',')).ToList();
        var councils = new List<SampleCouncil>();

        SampleCouncil Add(string code, CouncilLevel level, int? parent, string kk, string ru, string en, int perYear, int mediators)
        {
            var council = new SampleCouncil(councils.Count, code, level, parent, kk, ru, en, perYear, mediators);
            councils.Add(council);
            return council;
        }

        var regions = new List<SampleCouncil>();
        foreach (var row in rows)
        {
            var republican = row[1] == "republican_city";
            var council = Add(row[0], republican ? CouncilLevel.RepublicanCity : CouncilLevel.Region, null, row[2], row[3], row[4], 50, republican ? 10 : 8);
            if (!republican)
            {
                regions.Add(council);
            }
        }

        string Number(int n) => n.ToString("00", CultureInfo.InvariantCulture);
        for (var i = 0; i < Cities; i++)
        {
            var region = regions[i % regions.Count];
            Add($"{region.Code}-C{Number(i / regions.Count + 1)}", CouncilLevel.City, region.Index,
                $"{i + 1}-қала", $"Город {i + 1}", $"City {i + 1}", random.Next(35, 51), 5);
        }

        var districts = new List<SampleCouncil>();
        for (var i = 0; i < Districts; i++)
        {
            var region = regions[i % regions.Count];
            districts.Add(Add($"{region.Code}-D{Number(i / regions.Count + 1)}", CouncilLevel.District, region.Index,
                $"{i + 1}-аудан", $"Район {i + 1}", $"District {i + 1}", random.Next(30, 51), 4));
        }

        for (var i = 0; i < Rural; i++)
        {
            var district = districts[i % districts.Count];
            // Most villages are busy, a long tail is quiet: 5 + 45·u^0.43 has a mean of about 36.5.
            var perYear = 5 + (int)Math.Round(45 * Math.Pow(random.NextDouble(), 0.43));
            Add($"{district.Code}-R{Number(i / districts.Count + 1)}", CouncilLevel.Rural, district.Index,
                $"{i + 1}-ауылдық округ", $"Сельский округ {i + 1}", $"Rural district {i + 1}", perYear, random.NextDouble() < 0.4 ? 2 : 1);
        }

        for (var i = 0; i < Enterprises; i++)
        {
            var region = regions[i % regions.Count];
            Add($"{region.Code}-E{Number(i / regions.Count + 1)}", CouncilLevel.Enterprise, region.Index,
                $"{i + 1}-кәсіпорын", $"Предприятие {i + 1}", $"Enterprise {i + 1}", random.Next(5, 26), 2);
        }

        return FitTotal(councils, totalCases, random);
    }

    /// <summary>Nudges rural councils' volumes (within 5–50) until the five years hold exactly <paramref name="total"/> cases.</summary>
    private static List<SampleCouncil> FitTotal(List<SampleCouncil> councils, int total, Random random)
    {
        var sum = councils.Sum(c => c.CasesPerYear) * Years;
        var rural = councils.Where(c => c.Level == CouncilLevel.Rural).Select(c => c.Index).ToArray();
        while (Math.Abs(sum - total) >= Years)
        {
            var i = rural[random.Next(rural.Length)];
            var step = sum < total ? 1 : -1;
            var perYear = councils[i].CasesPerYear + step;
            if (perYear is >= 5 and <= 50)
            {
                councils[i] = councils[i] with { CasesPerYear = perYear };
                sum += step * Years;
            }
        }

        return councils;
    }
}
