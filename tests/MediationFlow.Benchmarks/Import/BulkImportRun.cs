using System.Diagnostics;
using MediationFlow.Benchmarks.Application;
using MediationFlow.Core.Features.Administration;
using MediationFlow.Core.Security;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Benchmarks.Import;

/// <summary>
/// <c>--import FOLDER [csv|xlsx]</c>: the generated councils, then the generated people, imported with --apply into a
/// new database as the CLI does it (file read, then the import command through the whole pipeline as the system),
/// then both files again (nothing to change). Prints each step's wall time and the process's peak memory.
/// Generate the files first with <c>--import-files FOLDER</c>, so that generating them does not count.
/// </summary>
public static class BulkImportRun
{
    public static async Task RunAsync(TextWriter output, string folder, ImportFormat format)
    {
        var data = Path.Combine(folder, "data-" + format.ToString().ToLowerInvariant() + "-" + DateTime.UtcNow.Ticks);
        await using var app = await BenchmarkApp.OpenAsync(data);
        output.WriteLine($"{format}: {ImportFileGenerator.CouncilsFile(folder, format)}, {ImportFileGenerator.PeopleFile(folder, format)}; database {data}");

        var total = Stopwatch.StartNew();
        var councils = await StepAsync(output, "councils", () => ImportAsync<ImportReport>(app, ImportFileGenerator.CouncilsFile(folder, format), format, ImportCouncils.Columns, s => new ImportCouncils.Command(s)));
        var people = await StepAsync(output, "people", () => ImportAsync<ImportPeople.Imported>(app, ImportFileGenerator.PeopleFile(folder, format), format, ImportPeople.Columns, s => new ImportPeople.Command(s)));
        var first = total.Elapsed;
        await StepAsync(output, "councils again", () => ImportAsync<ImportReport>(app, ImportFileGenerator.CouncilsFile(folder, format), format, ImportCouncils.Columns, s => new ImportCouncils.Command(s)));
        var again = await StepAsync(output, "people again", () => ImportAsync<ImportPeople.Imported>(app, ImportFileGenerator.PeopleFile(folder, format), format, ImportPeople.Columns, s => new ImportPeople.Command(s)));

        output.WriteLine($"added {councils.Count(ImportChange.Added):N0} councils and {people.Report.Count(ImportChange.Added):N0} people ({people.NewAccounts.Count:N0} first passwords) in {first.TotalSeconds:F1} s;"
            + $" the second run changed {again.Report.Count(ImportChange.Changed) + again.Report.Count(ImportChange.Added):N0} rows");
        using var process = Process.GetCurrentProcess();
        output.WriteLine($"peak working set {process.PeakWorkingSet64 / (1024 * 1024):N0} MiB; allocated in all {GC.GetTotalAllocatedBytes() / (1024 * 1024):N0} MiB");
    }

    private static async Task<T> StepAsync<T>(TextWriter output, string name, Func<Task<T>> step)
    {
        var clock = Stopwatch.StartNew();
        var result = await step();
        output.WriteLine($"  {name,-16} {clock.Elapsed.TotalSeconds,6:F1} s");
        return result;
    }

    private static async Task<T> ImportAsync<T>(BenchmarkApp app, string path, ImportFormat format, IReadOnlyList<ImportColumn> columns, Func<ImportSheet, IMessage> request)
    {
        ImportSheet sheet;
        await using (var file = File.OpenRead(path))
        {
            sheet = ImportSheet.Read(file, format, columns);
        }

        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().ActAsSystem();
        return (T)(await scope.ServiceProvider.GetRequiredService<ISender>().Send((object)request(sheet)))!;
    }
}
