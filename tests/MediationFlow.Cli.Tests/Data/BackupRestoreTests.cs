using MediationFlow.Cli.Cases;
using MediationFlow.Cli.Tests.Cases;
using MediationFlow.Core;
using MediationFlow.Core.Persistence;
using MediationFlow.Testing;

namespace MediationFlow.Cli.Tests.Data;

// The data verbs work on the SQLite file itself, so the PostgreSQL run leaves them out.
[Trait(TestDatabases.Trait, TestDatabases.SqliteOnly)]
public sealed class BackupRestoreTests
{
    [Fact]
    public async Task A_backup_taken_while_cases_are_opened_restores_every_case_it_holds_unchanged()
    {
        using var data = await DataFolder.CreateOnSqliteAsync();
        var backup = Path.Combine(data.Path, "backup.db");
        var restored = Directory.CreateTempSubdirectory("mediationflow-restored-").FullName;
        try
        {
            int backedUp;
            await using (var services = CoreServices.Build(data.Source, DependencyInjection.LoadWorkflows(CliRun.ShippedWorkflows)))
            {
                var userId = await DataFiles.MediatorAsync(services);
                using var written = new SemaphoreSlim(0);
                using var stop = new CancellationTokenSource();
                var writer = Task.Run(
                    async () =>
                    {
                        while (!stop.IsCancellationRequested)
                        {
                            await DataFolder.OpenAsync(services, userId);
                            written.Release();
                        }
                    },
                    TestContext.Current.CancellationToken);
                await written.WaitAsync(TestContext.Current.CancellationToken);

                var run = await Task.Run(() => CliRun.Of("data", "backup", backup, "--data", data.Path), TestContext.Current.CancellationToken);

                // Two cases opened after the backup returned: the second began after it, so it cannot be in it.
                while (written.CurrentCount > 0)
                {
                    await written.WaitAsync(TestContext.Current.CancellationToken);
                }

                await written.WaitAsync(TestContext.Current.CancellationToken);
                await written.WaitAsync(TestContext.Current.CancellationToken);
                await stop.CancelAsync();
                await writer;
                Assert.Equal(0, run.ExitCode);
                Assert.Empty(run.Error);
                backedUp = (await DataFiles.HashesAsync(backup)).Count;
                Assert.StartsWith($"Backup written to {backup}: {backedUp} case(s), {new FileInfo(backup).Length} bytes, SHA-256 {DataFiles.Sha256(backup)}.", run.Output, StringComparison.Ordinal);
            }

            CoreServices.Release(data.Source);
            var restore = CliRun.Of("data", "restore", backup, "--data", restored);

            Assert.Equal(0, restore.ExitCode);
            Assert.Empty(restore.Error);
            var inBackup = await DataFiles.HashesAsync(backup);
            var source = (await DataFiles.HashesAsync(Path.Combine(data.Path, Database.FileName))).ToDictionary(h => h.CaseId);
            Assert.True(source.Count > inBackup.Count, "cases opened after the backup are not in it");
            Assert.All(inBackup, h => Assert.Equal(source[h.CaseId], h));
            Assert.Equal(inBackup, await DataFiles.HashesAsync(Path.Combine(restored, Database.FileName)));
            Assert.Contains($"the history of {inBackup.Count} case(s) equal.", restore.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(restored, recursive: true);
        }
    }

    [Fact]
    public async Task A_restore_keeps_the_replaced_database_and_the_application_opens_cases_after_the_restored_ones()
    {
        using var data = await DataFolder.CreateOnSqliteAsync();
        var live = Path.Combine(data.Path, Database.FileName);
        var backup = Path.Combine(data.Path, "backup.db");
        Assert.Equal(0, CliRun.Of("data", "backup", backup, "--data", data.Path).ExitCode);
        var backedUp = await DataFiles.HashesAsync(backup);
        await DataFiles.OpenCaseAsync(data.Source);
        var replaced = await DataFiles.HashesAsync(live);

        var run = CliRun.Of("data", "restore", backup, "--data", data.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        var kept = Assert.Single(Directory.GetFiles(data.Path, "mediationflow-replaced-*.db"));
        Assert.Contains($"The replaced database is kept as {kept}.", run.OutputLines);
        Assert.Equal(replaced, await DataFiles.HashesAsync(kept));
        Assert.Equal(backedUp, await DataFiles.HashesAsync(live));

        // The program runs on what was restored: a new case gets the next number, not one the restored cases hold.
        var opened = await DataFiles.OpenCaseAsync(data.Source);
        var after = await DataFiles.HashesAsync(live);
        Assert.Equal(backedUp.Count + 1, after.Count);
        Assert.DoesNotContain(opened, backedUp.Select(h => h.Number));
    }
}
