using System.Globalization;
using CsvHelper;
using MediationFlow.Core.Features.Workshops;

namespace MediationFlow.Web.Presentation;

/// <summary>The debrief as one CSV row per team and checkpoint, for trainers who keep records in a spreadsheet.</summary>
public static class DebriefCsv
{
    private static readonly string[] Header = ["team", "case", "final_state", "checkpoint", "met", "met_after_hours", "deadlines_missed", "stage_hours"];

    public static string Write(GetDebrief.Debrief debrief)
    {
        ArgumentNullException.ThrowIfNull(debrief);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, options: null, leaveOpen: true))
        {
            csv.WriteHeader(Header);
            foreach (var team in debrief.Teams)
            {
                var stages = string.Join("; ", team.TimePerStage.Select(s => $"{s.Stage}={Hours(s.Time)}"));
                foreach (var checkpoint in team.Checkpoints.DefaultIfEmpty())
                {
                    csv.WriteRecord(
                    [
                        team.Team,
                        team.CaseNumber ?? string.Empty,
                        team.FinalStateName ?? string.Empty,
                        checkpoint?.Name ?? string.Empty,
                        checkpoint is null ? string.Empty : checkpoint.Met ? "yes" : "no",
                        checkpoint?.MetAfter is { } after ? Hours(after) : string.Empty,
                        team.DeadlinesMissed.Count.ToString(CultureInfo.InvariantCulture),
                        stages,
                    ]);
                }
            }

            csv.Flush();
        }

        return text.ToString();
    }

    private static string Hours(TimeSpan time) => time.TotalHours.ToString("0.#", CultureInfo.InvariantCulture);
}
