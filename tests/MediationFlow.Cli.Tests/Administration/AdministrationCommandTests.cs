using System.Text.RegularExpressions;
using MediationFlow.Cli.Tests.Cases;

namespace MediationFlow.Cli.Tests.Administration;

/// <summary>`councils add|list` and `users add|grant|revoke` on a real data folder.</summary>
public sealed partial class AdministrationCommandTests
{
    [Fact]
    public async Task A_council_a_person_and_a_role_are_added_listed_and_taken_away()
    {
        using var data = await DataFolder.CreateAsync();

        var council = CliRun.Of("councils", "add", "--code", "AKM-01-V1", "--level", "rural",
            "--name-kk", "Жаңа ауыл", "--name-ru", "Новое село", "--name-en", "New Village", "--parent", "AKM-01", "--data", data.Path);
        var person = CliRun.Of("users", "add", "--user", "zhanar.a", "--name", "Жанар Ахметова", "--language", "kk", "--data", data.Path);
        var granted = CliRun.Of("users", "grant", "--user", "zhanar.a", "--council", "AKM-01-V1", "--role", "mediator", "--data", data.Path);
        var listed = CliRun.Of("councils", "list", "--data", data.Path);
        var revoked = CliRun.Of("users", "revoke", "--user", "zhanar.a", "--council", "AKM-01-V1", "--role", "mediator", "--data", data.Path);

        Assert.True(listed.ExitCode == 0, listed.Error);
        Assert.Equal([0, 0, 0, 0, 0], new[] { council, person, granted, listed, revoked }.Select(r => r.ExitCode));
        Assert.Matches(@"^Council AKM-01-V1 added \(id \d+\)\.$", council.OutputLines.Single());
        Assert.Matches(FirstPassword(), person.OutputLines.Single());
        Assert.Equal("zhanar.a is now mediator in AKM-01-V1.", granted.OutputLines.Single());
        Assert.Equal(["AKM-01           District          1  District A", "  AKM-01-V1        Rural             1  New Village"], listed.OutputLines);
        Assert.Equal("zhanar.a is no longer mediator in AKM-01-V1.", revoked.OutputLines.Single());
    }

    [Fact]
    public async Task Refusals_name_the_options_and_change_nothing()
    {
        using var data = await DataFolder.CreateAsync();

        var taken = CliRun.Of("councils", "add", "--code", "AKM-01", "--level", "district", "--name-kk", "А", "--name-ru", "А", "--name-en", "A", "--data", data.Path);
        var village = CliRun.Of("councils", "add", "--code", "AKM-02", "--level", "village", "--data", data.Path);
        var nobody = CliRun.Of("users", "grant", "--user", "nobody", "--council", "NOPE", "--role", "chair", "--data", data.Path);
        var zone = CliRun.Of("councils", "add", "--code", "AKM-03", "--level", "district", "--name-kk", "В", "--name-ru", "В", "--name-en", "C",
            "--time-zone", "Asia/Nowhere", "--data", data.Path);

        Assert.Equal((1, "--code: Another council already has the code AKM-01."), (taken.ExitCode, taken.ErrorLines.Single()));
        Assert.Contains("--level: 'village' is not one of: region, republicanCity, city, district, rural, enterprise", village.ErrorLines);
        Assert.Contains("--name-kk: required", village.ErrorLines);
        Assert.Equal(["--user: There is no user with this name.", "--council: There is no council with the code NOPE."], nobody.ErrorLines);
        Assert.Equal((1, "--time-zone: Give the time zone by its IANA name, for example Asia/Almaty."), (zone.ExitCode, zone.ErrorLines.Single()));
        Assert.Equal(["AKM-01           District          1  District A"], CliRun.Of("councils", "list", "--data", data.Path).OutputLines);
    }

    [GeneratedRegex(@"^User zhanar\.a added\. First password, shown only now: Mf-\S{24}9a!$")]
    private static partial Regex FirstPassword();
}
