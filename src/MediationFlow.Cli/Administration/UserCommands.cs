using System.CommandLine;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Administration;

namespace MediationFlow.Cli.Administration;

/// <summary><c>users add | grant | revoke | import | import-template</c>: people who sign in, and their roles in councils.</summary>
internal static class UserCommands
{
    public static Command Create() => new("users", "People who sign in, and their roles in councils.")
    {
        Add(), Role(grant: true), Role(grant: false), ImportCommands.People(), ImportCommands.Template(ImportPeople.Columns, ImportPeople.Example),
    };

    private static Command Add()
    {
        var user = new Option<string>("--user") { Description = "The sign-in name: 3 to 50 Latin letters, digits, dots, hyphens or underscores." };
        var name = new Option<string>("--name") { Description = "The person's name as colleagues see it." };
        var language = new Option<string>("--language") { Description = "The language the product speaks to them: kk, ru or en.", DefaultValueFactory = _ => "ru" };
        var data = OptionChecks.DataOption();
        var command = new Command("add", "Add a person with a random first password, printed once.") { user, name, language, data };
        command.Validators.Add(result => OptionChecks.Require(result, user, name));
        command.SetAction((parse, cancellationToken) => AdminRun.SendAsync<AddUser.Added>(parse, data,
            new AddUser.Command(parse.GetValue(user)!, parse.GetValue(name)!, parse.GetValue(language)!),
            new Dictionary<string, string> { ["userName"] = user.Name, ["displayName"] = name.Name, ["preferredLanguage"] = language.Name },
            (added, output) => output.WriteLine(CliMessages.UserAdded.Format(added.UserName, added.Password)),
            cancellationToken));
        return command;
    }

    private static Command Role(bool grant)
    {
        var user = new Option<string>("--user") { Description = "The sign-in name." };
        var council = new Option<string>("--council") { Description = "The council's code." };
        var role = new Option<string>("--role") { Description = $"One of: {OptionChecks.Spelled<CouncilRole>()}." };
        var data = OptionChecks.DataOption();
        var command = new Command(grant ? "grant" : "revoke", grant ? "Give a person a role in a council." : "Take a role in a council away.")
        {
            user, council, role, data,
        };
        command.Validators.Add(result =>
        {
            OptionChecks.Require(result, user, council, role);
            OptionChecks.Parse<CouncilRole>(result, role);
        });
        command.SetAction((parse, cancellationToken) =>
        {
            var (who, where, what) = (parse.GetValue(user)!, parse.GetValue(council)!, Enum.Parse<CouncilRole>(parse.GetValue(role)!, ignoreCase: true));
            return AdminRun.SendAsync<GrantRole.Membership>(parse, data,
                grant ? new GrantRole.Command(who, where, what) : new RevokeRole.Command(who, where, what),
                new Dictionary<string, string> { ["userName"] = user.Name, ["councilCode"] = council.Name, ["role"] = role.Name },
                (membership, output) => output.WriteLine((grant ? CliMessages.RoleGranted : CliMessages.RoleRevoked)
                    .Format(membership.UserName, OptionChecks.Spelled(membership.Role), membership.CouncilCode)),
                cancellationToken);
        });
        return command;
    }
}
