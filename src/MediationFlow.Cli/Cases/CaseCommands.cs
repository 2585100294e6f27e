using System.CommandLine;
using System.Globalization;
using MediationFlow.Cli.Workflows;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Workflows.Migrations;

namespace MediationFlow.Cli.Cases;

/// <summary><c>cases migrate</c>: move running cases to a new workflow version, dry run first.</summary>
internal static class CaseCommands
{
    public static Command Create() => new("cases", "Cases in the database: migrate them to a new workflow version.") { Migrate() };

    private static Command Migrate()
    {
        var definition = new Option<string>("--definition") { Description = "The definition id the plan is for, e.g. community-mediation." };
        var from = new Option<string>("--from") { Description = "The version the cases run on now." };
        var to = new Option<string>("--to") { Description = "The version to move them to." };
        var map = new Option<string>("--map") { Description = "The migration plan file (JSON: definition, from, to, map)." };
        var apply = new Option<bool>("--apply") { Description = "Move the cases. Without it nothing is changed (dry run)." };
        var data = OptionChecks.DataOption();
        var folder = OptionChecks.FolderOption();
        var command = new Command("migrate", "Move running cases from one version of a definition to another along a plan; a dry run unless --apply.")
        {
            definition, from, to, map, apply, data, folder,
        };

        // Versions as text, checked here like the required options (see OptionChecks).
        command.Validators.Add(result =>
        {
            OptionChecks.Require(result, definition, from, to, map);
            foreach (var version in new[] { from, to })
            {
                if (result.GetResult(version) is not null && Version(result.GetValue(version)) is null)
                {
                    result.AddError($"{version.Name}: {CliMessages.NotAVersion.Format(result.GetValue(version) ?? string.Empty)}");
                }
            }
        });
        command.SetAction((parse, cancellationToken) => RunAsync(
            new Arguments(parse.GetValue(definition)!, Version(parse.GetValue(from))!.Value, Version(parse.GetValue(to))!.Value, parse.GetValue(map)!, parse.GetValue(apply), data.Of(parse), parse.GetValue(folder)),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    private static int? Version(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version > 0 ? version : null;

    private sealed record Arguments(string Definition, int From, int To, string Map, bool Apply, DataSource Data, string? Folder);

    private static async Task<int> RunAsync(Arguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var plan = LoadPlan(args, error);
        var catalog = plan is null ? null : CatalogLoader.Load(args.Folder, error);
        if (plan is null || catalog is null || !await CoreServices.HasDatabaseAsync(args.Data, catalog, error, cancellationToken))
        {
            return 1;
        }

        try
        {
            var report = await CoreServices.SendAsSystemAsync<MigrateCases.Report>(
                args.Data, catalog, new MigrateCases.Command(plan, args.Map, args.Apply), cancellationToken);

            // Applying moves a batch per transaction, so a large database is never held in one; the report adds them up.
            var moves = report.Moves.ToList();
            while (report.NextAfterCaseId is { } after)
            {
                report = await CoreServices.SendAsSystemAsync<MigrateCases.Report>(
                    args.Data, catalog, new MigrateCases.Command(plan, args.Map, args.Apply, after), cancellationToken);
                moves.AddRange(report.Moves);
            }

            Print(report with { Moves = moves }, plan, output);
            return 0;
        }
        catch (ValidationFailedException e)
        {
            // The plan names states either version lacks; each message carries the file and the map entry.
            foreach (var failure in e.Errors)
            {
                error.WriteLine(failure.Message);
            }

            return 1;
        }
        finally
        {
            CoreServices.Release(args.Data);
        }
    }

    /// <summary>The plan file, checked against the options: they say what the operator means to do, the file how.</summary>
    private static MigrationPlan? LoadPlan(Arguments args, TextWriter error)
    {
        if (!File.Exists(args.Map))
        {
            error.WriteLine($"--map: {CliMessages.DoesNotExist.Format(args.Map)}");
            return null;
        }

        var loaded = MigrationPlan.LoadFile(args.Map);
        foreach (var e in loaded.Errors)
        {
            error.WriteLine(e.ToString());
        }

        if (loaded.Value is not { } plan)
        {
            return null;
        }

        var mismatches = new List<string>();
        if (!string.Equals(args.Definition, plan.Definition, StringComparison.Ordinal))
        {
            mismatches.Add($"--definition: {CliMessages.DoesNotMatchPlan.Format($"'{args.Definition}'", $"definition\": \"{plan.Definition}", args.Map)}");
        }

        if (args.From != plan.From)
        {
            mismatches.Add($"--from: {CliMessages.DoesNotMatchPlan.Format(args.From, string.Create(CultureInfo.InvariantCulture, $"from\": {plan.From}"), args.Map)}");
        }

        if (args.To != plan.To)
        {
            mismatches.Add($"--to: {CliMessages.DoesNotMatchPlan.Format(args.To, string.Create(CultureInfo.InvariantCulture, $"to\": {plan.To}"), args.Map)}");
        }

        foreach (var mismatch in mismatches)
        {
            error.WriteLine(mismatch);
        }

        return mismatches.Count == 0 ? plan : null;
    }

    private static void Print(MigrateCases.Report report, MigrationPlan plan, TextWriter output)
    {
        var source = $"{plan.Definition}@{plan.From}";
        var target = $"{plan.Definition}@{plan.To}";
        if (report.Moves.Count == 0)
        {
            output.WriteLine(CliMessages.NoCasesOn.Format(source));
            return;
        }

        foreach (var move in report.Moves)
        {
            output.WriteLine(move.CanMove
                ? $"{move.Number,-20} {move.FromState} → {move.ToState}"
                : $"{move.Number,-20} {move.FromState}: {CliMessages.CannotMove}: {move.Reason}");
        }

        foreach (var group in report.Moves.Where(m => m.CanMove).GroupBy(m => (m.FromState, m.ToState)).OrderBy(g => g.Key.FromState, StringComparer.Ordinal))
        {
            output.WriteLine(CliMessages.MovesTo.Format(group.Key.FromState, group.Key.ToState!, group.Count()));
        }

        foreach (var (state, count) in report.TermPassed.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine(CliMessages.TermPassed.Format(state, count));
        }

        var (total, movable) = (report.Moves.Count, report.Movable);
        var stuck = total - movable;
        output.WriteLine(report.Applied
            ? CliMessages.Moved.Format(movable, total, source, target, stuck)
            : CliMessages.DryRun.Format(movable, total, source, target, stuck));
    }
}
