using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Administration;
using MediationFlow.Core.Features.Register;
using MediationFlow.Core.Tests.Features.Administration;
using MediationFlow.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Tests.Features.Register;

/// <summary>Register entries from a file, like people: a dry run, all or nothing, the same file twice, and every bad row named.</summary>
public sealed class ImportRegisterTests
{
    private static readonly string[] MediatorA = ["mediator.a", "AKM-01-001", "AKM-01", "kk, ru", "familyAndHousehold", "public", "2024-03-12", "", "", ""];
    private static readonly string[] MediatorA2 = ["mediator.a2", "AKM-01-002", "AKM-01", "ru", "", "", "05.09.2023", "suspended", "2026-10-01", "Own request"];

    [Fact]
    public async Task A_dry_run_reports_what_would_be_added_and_writes_nothing()
    {
        await using var app = await TestApp.StartAsync();

        var report = await app.SendAsSystemAsync<ImportReport>(new ImportRegister.Check(ImportFiles.Sheet(ImportRegister.Columns, MediatorA, MediatorA2)));

        Assert.Empty(report.Problems);
        Assert.Equal([(2, "AKM-01-001", ImportChange.Added), (3, "AKM-01-002", ImportChange.Added)], report.Rows.Select(r => (r.Row, r.Key, r.Change)));
        Assert.Equal(0, await app.EntryCountAsync());
    }

    [Fact]
    public async Task Applying_enters_each_row_with_its_status_history_and_the_same_file_twice_changes_nothing()
    {
        await using var app = await TestApp.StartAsync();
        var file = ImportFiles.Read(ImportFiles.Xlsx(ImportFiles.Table(ImportRegister.Columns, "kk", MediatorA, MediatorA2)), ImportFormat.Xlsx, ImportRegister.Columns);

        await app.SendAsSystemAsync<ImportReport>(new ImportRegister.Command(file));
        var register = await app.RegisterAsync();
        var again = await app.SendAsSystemAsync<ImportReport>(new ImportRegister.Command(file));

        var a = register.Entries.Single(e => e.Number == "AKM-01-001");
        Assert.Equal((MediatorStatus.Active, new DateOnly(2024, 3, 12), MediatorType.Public), (a.Status, a.ElectedOn, a.Type));
        Assert.Equal(["kk", "ru"], a.Languages);
        Assert.Equal([DisputeCategory.FamilyAndHousehold], a.Specialisations);
        var a2 = register.Entries.Single(e => e.Number == "AKM-01-002");
        Assert.Equal(
            [(MediatorStatus.Suspended, new DateOnly(2026, 10, 1), "Own request"), (MediatorStatus.Active, new DateOnly(2023, 9, 5), (string?)null)],
            a2.History.Select(h => (h.Status, h.EffectiveOn, h.Reason)));
        Assert.All(again.Rows, r => Assert.Equal(ImportChange.Unchanged, r.Change));
        Assert.Equal(3, await app.WithDbAsync(db => db.MediatorStatusChanges.CountAsync()));
    }

    [Fact]
    public async Task A_changed_row_updates_its_entry_and_records_a_status_change()
    {
        await using var app = await TestApp.StartAsync();
        await app.SendAsSystemAsync<ImportReport>(new ImportRegister.Command(ImportFiles.Sheet(ImportRegister.Columns, MediatorA)));
        string[] changed = ["mediator.a", "AKM-01-001", "AKM-01", "kk", "labour", "public", "2024-03-12", "excluded", "2026-11-20", "Breach of confidentiality"];

        var report = await app.SendAsSystemAsync<ImportReport>(new ImportRegister.Command(ImportFiles.Sheet(ImportRegister.Columns, changed)));

        Assert.Equal(ImportChange.Changed, Assert.Single(report.Rows).Change);
        var entry = Assert.Single((await app.RegisterAsync()).Entries);
        Assert.Equal((MediatorStatus.Excluded, "Breach of confidentiality"), (entry.Status, entry.History[0].Reason));
        Assert.Equal([DisputeCategory.Labour], entry.Specialisations);
    }

    [Fact]
    public async Task Every_bad_row_is_named_by_row_and_column_in_the_readers_language_and_nothing_is_applied()
    {
        await using var app = await TestApp.StartAsync();
        await app.EnterAsync("mediator.a2", "TAKEN-1");
        string[][] rows =
        [
            MediatorA,
            ["nobody.here", "AKM-01-003", "AKM-01", "kk", "", "", "", "", "", ""],
            ["analyst.a", "AKM-01-004", "AKM-01", "kk", "", "", "", "", "", ""],
            ["mediator.b", "TAKEN-1", "AKM-02", "kk", "", "", "", "", "", ""],
            ["mediator.b", "AKM-02-001", "AKM-02", "kk", "", "", "", "", "", ""],
            ["chair.b", "AKM-01-001", "NOPE", "uz", "gardening", "boss", "2024-13-45", "asleep", "", ""],
            ["mediator.a2", "TAKEN-1", "AKM-01", "kk", "", "", "", "suspended", "", ""],
        ];

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            app.SendAsSystemAsync<ImportReport>(new ImportRegister.Command(ImportFiles.Sheet(ImportRegister.Columns, rows)), "ru"));

        var problems = refused.Errors.Select(e => e.Field).ToList();
        Assert.Contains("строка 3, User name", problems);
        Assert.Contains("строка 4, User name", problems);
        Assert.Contains("строка 5, Register number", problems);
        Assert.Contains("строка 6, User name", problems);
        Assert.Contains("строка 7, Register number", problems);
        Assert.Contains("строка 7, Council code", problems);
        Assert.Contains("строка 7, Languages of mediation", problems);
        Assert.Contains("строка 7, Specialisations", problems);
        Assert.Contains("строка 7, Type", problems);
        Assert.Contains("строка 7, Elected on", problems);
        Assert.Contains("строка 7, Status", problems);
        Assert.Contains("строка 8, Status reason", problems);
        Assert.DoesNotContain(problems, p => p.StartsWith("строка 2,", StringComparison.Ordinal));
        Assert.Contains(refused.Errors, e => e.Field == "строка 7, Elected on" && e.Message == "Это не дата; укажите её как 2024-03-12 или 12.03.2024.");
        Assert.Equal(1, await app.EntryCountAsync());
    }
}
