using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Tests.BadInput;

/// <summary>The "nothing changed" checks are only as good as the dump: it must see a change when there is one.</summary>
public sealed class DatabaseDumpTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    [Fact]
    public async Task A_successful_edit_of_one_field_shows_in_the_dump()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        var respondent = await driver.PartyAsync(PartyRole.Respondent);
        var before = await DatabaseDump.RowsAsync(_app);

        await _app.SendAsync<EditParties.Edited>(_app.Data.MediatorA,
            new EditParties.Command(driver.CaseId, driver.Version, respondent.Id, new PartyDetails(PartyRole.Respondent, "Nurlan Bekov", Phone: "+7 777 000 0001")));
        var after = await DatabaseDump.RowsAsync(_app);

        Assert.NotEqual(before, after);
        Assert.Contains(after.Except(before), row => row.StartsWith("Parties:", StringComparison.Ordinal) && row.Contains("'+7 777 000 0001'", StringComparison.Ordinal));
        Assert.Contains(after.Except(before), row => row.StartsWith("CaseEvents:", StringComparison.Ordinal) && row.Contains("'editParty'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_read_leaves_the_dump_as_it_was_because_only_the_audit_table_records_it()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        var before = await DatabaseDump.RowsAsync(_app);

        await driver.ViewAsync(_app.Data.ChairA);

        Assert.Equal(before, await DatabaseDump.RowsAsync(_app));
        Assert.DoesNotContain(before, row => row.StartsWith("AuditEntries:", StringComparison.Ordinal) || row.StartsWith("__EFMigrationsHistory:", StringComparison.Ordinal));
    }
}
