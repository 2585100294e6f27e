using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Administration;
using MediationFlow.Core.Seeding;
using MediationFlow.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Tests.Features.Administration;

/// <summary>The reader both imports share: .csv and .xlsx alike, headers in any language, templates that read back, files refused as a whole.</summary>
public sealed class ImportSheetTests
{
    private static readonly string[][] Rows =
    [
        ["zhanar.a", "Жанар Ахметова", "kk", "AKM-01", "mediator", "zhanar@example.kz", "+7 701 111 22 33"],
        ["oleg.p", "Олег \"Старший\" Петров, мл.", "ru", "AKM-02", "mediator; chair", "", "87010000000"],
    ];

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("en")]
    public async Task A_csv_and_an_xlsx_file_of_the_same_table_import_the_same_people(string language)
    {
        var table = ImportFiles.Table(ImportPeople.Columns, language, Rows);
        var csv = ImportFiles.Read(ImportFiles.Csv(table, separator: ';'), ImportFormat.Csv, ImportPeople.Columns);
        var xlsx = ImportFiles.Read(ImportFiles.Xlsx(table), ImportFormat.Xlsx, ImportPeople.Columns);

        Assert.Equal(Cells(csv), Cells(xlsx));
        Assert.Equal(await ImportedAsync(csv), await ImportedAsync(xlsx));
    }

    [Theory]
    [InlineData(ImportFormat.Csv, "kk")]
    [InlineData(ImportFormat.Xlsx, "kk")]
    [InlineData(ImportFormat.Csv, "ru")]
    [InlineData(ImportFormat.Xlsx, "en")]
    public void A_template_has_the_headers_in_its_language_and_reads_back_as_its_example_row(ImportFormat format, string language)
    {
        using var file = new MemoryStream();
        ImportTemplate.Write(file, format, ImportCouncils.Columns, ImportCouncils.Example, language);
        file.Position = 0;

        var sheet = ImportSheet.Read(file, format, ImportCouncils.Columns);

        Assert.Equal(ImportCouncils.Example, ImportCouncils.Columns.Select(c => sheet.Rows.Single()[c]));
        Assert.Equal(ImportCouncils.Columns.Select(c => c.Header(language)), ImportCouncils.Columns.Select(sheet.HeaderOf));
    }

    [Fact]
    public void A_file_without_a_required_column_or_that_is_no_table_is_refused_as_a_whole()
    {
        var missing = Assert.Throws<ValidationFailedException>(() => ImportFiles.Read(ImportFiles.Csv([["Code", "Level", "Name (kk)"], ["AKM-09", "district", "Тоғыз"]]),
            ImportFormat.Csv, ImportCouncils.Columns));
        var garbage = Assert.Throws<ValidationFailedException>(() => ImportFiles.Read([1, 2, 3, 4], ImportFormat.Xlsx, ImportCouncils.Columns));

        Assert.Equal(["The header row has no column \"Name (ru)\".", "The header row has no column \"Name (en)\"."], missing.Errors.Select(e => e.Message));
        Assert.Equal(("file", "unreadable"), (garbage.Errors.Single().Field, garbage.Errors.Single().Code));
    }

    [Fact]
    public async Task The_shipped_regions_are_the_top_of_the_tree_and_import_without_a_problem()
    {
        var regions = ProductionStart.Regions();
        await using var app = await TestApp.StartAsync();

        var report = await app.SendAsSystemAsync<ImportReport>(new ImportCouncils.Check(regions));

        Assert.Empty(report.Problems);
        Assert.Equal(20, regions.Rows.Count);
        Assert.Equal(17, regions.Rows.Count(r => r[ImportCouncils.Level] == "region"));
        Assert.Equal(["AST", "ALA", "SHY"], regions.Rows.Where(r => r[ImportCouncils.Level] == "republican_city").Select(r => r[ImportCouncils.Code]));
        Assert.All(regions.Rows, r => Assert.Null(r[ImportCouncils.ParentCode]));
    }

    private static IEnumerable<string> Cells(ImportSheet sheet) =>
        sheet.Rows.Select(r => $"{r.Number}: {string.Join(" | ", ImportPeople.Columns.Select(c => r[c]))}");

    private static async Task<IReadOnlyList<string>> ImportedAsync(ImportSheet sheet)
    {
        await using var app = await TestApp.StartAsync();
        await app.SendAsSystemAsync<ImportPeople.Imported>(new ImportPeople.Command(sheet));
        return await app.WithDbAsync(async db => (IReadOnlyList<string>)[.. (await db.Users.AsNoTracking().Include(u => u.Memberships)
            .Where(u => u.UserName == "zhanar.a" || u.UserName == "oleg.p").OrderBy(u => u.UserName).ToListAsync())
            .Select(u => $"{u.UserName} {u.DisplayName} {u.PreferredLanguage} {u.Email} {u.PhoneNumber} {string.Join(",", u.Memberships.Select(m => $"{m.CouncilId}:{m.Role}").Order())}")]);
    }
}
