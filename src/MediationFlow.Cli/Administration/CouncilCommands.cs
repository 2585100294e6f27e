using System.CommandLine;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Administration;

namespace MediationFlow.Cli.Administration;

/// <summary><c>councils add | list | import | import-template</c>: the council tree, from regions down to villages and enterprises.</summary>
internal static class CouncilCommands
{
    public static Command Create() => new("councils", "The council tree: add councils, list them, import them from a file.")
    {
        Add(), List(), ImportCommands.Councils(), ImportCommands.Template(ImportCouncils.Columns, ImportCouncils.Example),
    };

    private static Command Add()
    {
        var code = new Option<string>("--code") { Description = "Short code used in case numbers, e.g. AKM-BUR." };
        var level = new Option<string>("--level") { Description = $"One of: {OptionChecks.Spelled<CouncilLevel>()}." };
        var nameKk = new Option<string>("--name-kk") { Description = "The name in Kazakh." };
        var nameRu = new Option<string>("--name-ru") { Description = "The name in Russian." };
        var nameEn = new Option<string>("--name-en") { Description = "The name in English." };
        var parent = new Option<string?>("--parent") { Description = "The code of the council above it (none for a region or a city of republican significance)." };
        var timeZone = new Option<string?>("--time-zone") { Description = "The IANA time zone the council's days are counted in (default Asia/Almaty)." };
        var data = OptionChecks.DataOption();
        var command = new Command("add", "Add a council under its parent.") { code, level, nameKk, nameRu, nameEn, parent, timeZone, data };
        command.Validators.Add(result =>
        {
            OptionChecks.Require(result, code, level, nameKk, nameRu, nameEn);
            OptionChecks.Parse<CouncilLevel>(result, level);
        });
        command.SetAction((parse, cancellationToken) => AdminRun.SendAsync<AddCouncil.Added>(parse, data,
            new AddCouncil.Command(parse.GetValue(code)!, Enum.Parse<CouncilLevel>(parse.GetValue(level)!, ignoreCase: true),
                parse.GetValue(nameKk)!, parse.GetValue(nameRu)!, parse.GetValue(nameEn)!, parse.GetValue(parent), parse.GetValue(timeZone)),
            new Dictionary<string, string>
            {
                ["code"] = code.Name,
                ["level"] = level.Name,
                ["nameKk"] = nameKk.Name,
                ["nameRu"] = nameRu.Name,
                ["nameEn"] = nameEn.Name,
                ["parentCode"] = parent.Name,
                ["timeZone"] = timeZone.Name,
            },
            (added, output) => output.WriteLine(CliMessages.CouncilAdded.Format(added.Code, added.CouncilId)),
            cancellationToken));
        return command;
    }

    private static Command List()
    {
        var data = OptionChecks.DataOption();
        var command = new Command("list", "Every council, a parent before its children, with its number of memberships.") { data };
        command.SetAction((parse, cancellationToken) => AdminRun.SendAsync<IReadOnlyList<ListCouncils.Item>>(parse, data, new ListCouncils.Query(),
            new Dictionary<string, string>(),
            (councils, output) =>
            {
                foreach (var c in councils)
                {
                    output.WriteLine($"{new string(' ', 2 * c.Depth)}{c.Code,-16} {c.Level,-14} {c.Members,4}  {c.Name}");
                }
            },
            cancellationToken));
        return command;
    }
}
