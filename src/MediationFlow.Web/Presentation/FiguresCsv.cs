using System.Globalization;
using CsvHelper;
using MediationFlow.Core.Features.Councils;

namespace MediationFlow.Web.Presentation;

/// <summary>
/// A council's figures as CSV for the secretariat's spreadsheets: the council itself first, then each council
/// one level down, with the same four counts. Council names and levels are in the reader's language, as on the page.
/// </summary>
public static class FiguresCsv
{
    private static readonly string[] Header = ["council_id", "council", "level", "year", "registered", "open", "overdue", "closed"];

    public static string Write(GetCouncilFigures.Figures figures, Func<Core.Domain.CouncilLevel, string> levelName)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(levelName);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, options: null, leaveOpen: true))
        {
            csv.WriteHeader(Header);
            Row(csv, figures.CouncilId, figures.CouncilName, levelName(figures.Level), figures.Year, figures.Total);
            foreach (var council in figures.Councils)
            {
                Row(csv, council.CouncilId, council.Name, levelName(council.Level), figures.Year, council.Tally);
            }

            csv.Flush();
        }

        return text.ToString();
    }

    private static void Row(CsvWriter csv, int id, string name, string level, int year, GetCouncilFigures.Tally tally) =>
        csv.WriteRecord(
        [
            id.ToString(CultureInfo.InvariantCulture), name, level, year.ToString(CultureInfo.InvariantCulture),
            tally.Registered.ToString(CultureInfo.InvariantCulture), tally.Open.ToString(CultureInfo.InvariantCulture),
            tally.Overdue.ToString(CultureInfo.InvariantCulture), tally.Closed.ToString(CultureInfo.InvariantCulture),
        ]);
}
