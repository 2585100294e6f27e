using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Administration;
using MediationFlow.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Tests.Features.Administration;

/// <summary>Councils from a file: the dry run, all-or-nothing application, a second run of the same file, and every kind of bad row.</summary>
public sealed class ImportCouncilsTests
{
    private static readonly string[] Village = ["AKM-01-V1", "rural", "Жаңа ауыл", "Новое село", "New Village", "AKM-01"];

    /// <summary>A new village, district B renamed, district A as it is.</summary>
    private static ImportSheet Mixed() => ImportFiles.Sheet(ImportCouncils.Columns,
        Village,
        ["AKM-02", "district", "Б ауданы", "Район Б", "District Bee", "AKM"],
        ["AKM-01", "district", "А ауданы", "Район А", "District A", "AKM"]);

    [Fact]
    public async Task A_dry_run_says_what_would_be_added_changed_and_left_and_changes_nothing()
    {
        await using var app = await TestApp.StartAsync();
        var before = await DatabaseDump.RowsAsync(app);

        var report = await app.SendAsSystemAsync<ImportReport>(new ImportCouncils.Check(Mixed()));

        Assert.Empty(report.Problems);
        Assert.Equal(
            [new(2, "AKM-01-V1", ImportChange.Added), new(3, "AKM-02", ImportChange.Changed), new(4, "AKM-01", ImportChange.Unchanged)],
            report.Rows);
        Assert.Equal(before, await DatabaseDump.RowsAsync(app));
    }

    [Fact]
    public async Task Applying_adds_new_councils_under_parents_given_later_in_the_file_and_updates_changed_ones()
    {
        await using var app = await TestApp.StartAsync();

        var report = await app.SendAsSystemAsync<ImportReport>(new ImportCouncils.Command(ImportFiles.Sheet(ImportCouncils.Columns,
            ["AKM-03-V1", "rural", "Ауыл", "Село", "Village", "AKM-03"],
            ["AKM-03", "district", "В ауданы", "Район В", "District C", "AKM"],
            ["AKM-02", "district", "Б ауданы", "Район Б", "District Bee", "AKM"])));

        var councils = await Tree(app);
        Assert.Equal([ImportChange.Added, ImportChange.Added, ImportChange.Changed], report.Rows.Select(r => r.Change));
        Assert.Equal($"{councils["AKM-03"].Path}{councils["AKM-03-V1"].Id}/", councils["AKM-03-V1"].Path);
        Assert.Equal((CouncilLevel.Rural, "Ауыл", "Село", "Village"), (councils["AKM-03-V1"].Level, councils["AKM-03-V1"].NameKk, councils["AKM-03-V1"].NameRu, councils["AKM-03-V1"].NameEn));
        Assert.Equal("District Bee", councils["AKM-02"].NameEn);
        Assert.Equal(Council.DefaultTimeZone, councils["AKM-03"].TimeZone);
    }

    [Fact]
    public async Task Moving_a_council_moves_the_councils_under_it_and_keeps_every_other_council()
    {
        await using var app = await TestApp.StartAsync();
        await app.SendAsSystemAsync<ImportReport>(new ImportCouncils.Command(ImportFiles.Sheet(ImportCouncils.Columns, Village)));

        await app.SendAsSystemAsync<ImportReport>(new ImportCouncils.Command(ImportFiles.Sheet(ImportCouncils.Columns,
            ["AKM-01", "district", "А ауданы", "Район А", "District A", "AKM-02"])));

        var councils = await Tree(app);
        Assert.Equal($"{councils["AKM"].Path}{councils["AKM-02"].Id}/{councils["AKM-01"].Id}/", councils["AKM-01"].Path);
        Assert.Equal($"{councils["AKM-01"].Path}{councils["AKM-01-V1"].Id}/", councils["AKM-01-V1"].Path);
        Assert.Equal(["AKM", "AKM-01", "AKM-01-V1", "AKM-02"], councils.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_same_file_twice_changes_nothing_the_second_time()
    {
        await using var app = await TestApp.StartAsync();
        await app.SendAsSystemAsync<ImportReport>(new ImportCouncils.Command(Mixed()));
        var after = await DatabaseDump.RowsAsync(app);

        var again = await app.SendAsSystemAsync<ImportReport>(new ImportCouncils.Command(Mixed()));

        Assert.All(again.Rows, r => Assert.Equal(ImportChange.Unchanged, r.Change));
        Assert.Equal(after, await DatabaseDump.RowsAsync(app));
    }

    [Fact]
    public async Task A_file_with_one_bad_row_changes_nothing_and_names_the_row()
    {
        await using var app = await TestApp.StartAsync();
        var before = await DatabaseDump.RowsAsync(app);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => app.SendAsSystemAsync<ImportReport>(new ImportCouncils.Command(
            ImportFiles.Sheet(ImportCouncils.Columns, Village, ["AKM-02", "district", "Б ауданы", "Район Б", "District Bee", "NOPE"]))));

        Assert.Equal(("row 3, Parent code", "There is no council with the code NOPE, neither in the file nor in the tree."), (refused.Errors.Single().Field, refused.Errors.Single().Message));
        Assert.Equal(before, await DatabaseDump.RowsAsync(app));
    }

    public static TheoryData<string, string[]> Languages => new()
    {
        {
            "en", [
                "3|Code|The code AKM-10 is already in row 2.",
                "4|Level|'village' is not a council level; use one of: region, republicanCity, city, district, rural, enterprise.",
                "5|Name (kk)|This field is required.",
                "6|Parent code|There is no council with the code NOPE, neither in the file nor in the tree.",
                "7|Parent code|The council AKM-20 would sit under itself.",
                "8|Parent code|The council AKM would sit under itself.",
                "9|Code|A council code is 2 to 20 capital Latin letters, digits or hyphens, e.g. AKM-BUR.",
            ]
        },
        {
            "ru", [
                "3|Код|Код AKM-10 уже есть в строке 2.",
                "4|Уровень|«village» — не уровень совета; допустимы: region, republicanCity, city, district, rural, enterprise.",
                "5|Название (каз.)|Это поле обязательно.",
                "6|Код вышестоящего совета|Совета с кодом NOPE нет ни в файле, ни в дереве.",
                "7|Код вышестоящего совета|Совет AKM-20 оказался бы под самим собой.",
                "8|Код вышестоящего совета|Совет AKM оказался бы под самим собой.",
                "9|Код|Код совета — от 2 до 20 заглавных латинских букв, цифр или дефисов, например AKM-BUR.",
            ]
        },
        {
            "kk", [
                "3|Коды|AKM-10 коды 2-жолда бар.",
                "4|Деңгейі|«village» — кеңес деңгейі емес; мыналардың бірін жазыңыз: region, republicanCity, city, district, rural, enterprise.",
                "5|Атауы (қаз.)|Бұл өрісті толтыру міндетті.",
                "6|Жоғары тұрған кеңес коды|NOPE коды бар кеңес файлда да, ағашта да жоқ.",
                "7|Жоғары тұрған кеңес коды|AKM-20 кеңесі өзінің астында тұрып қалар еді.",
                "8|Жоғары тұрған кеңес коды|AKM кеңесі өзінің астында тұрып қалар еді.",
                "9|Коды|Кеңес коды — 2-ден 20-ға дейін бас латын әрпі, цифр немесе дефис, мысалы AKM-BUR.",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Every_kind_of_bad_row_is_named_by_row_and_column_in_the_readers_language(string language, string[] expected)
    {
        await using var app = await TestApp.StartAsync();
        var file = ImportFiles.Read(ImportFiles.Csv(ImportFiles.Table(ImportCouncils.Columns, language,
            ["AKM-10", "district", "Он ауданы", "Район 10", "District 10", "AKM"],
            ["AKM-10", "district", "Он ауданы", "Район 10", "District 10", "AKM"],
            ["AKM-11", "village", "Ауыл", "Село", "Village", "AKM"],
            ["AKM-12", "district", "", "Район 12", "District 12", "AKM"],
            ["AKM-13", "rural", "Ауыл", "Село", "Village", "NOPE"],
            ["AKM-20", "rural", "Ауыл", "Село", "Village", "AKM-20"],
            ["AKM", "region", "Ақмола облысы", "Акмолинская область", "Akmola Region", "AKM-01"],
            ["akm-x", "rural", "Ауыл", "Село", "Village", "AKM"])), ImportFormat.Csv, ImportCouncils.Columns);

        var report = await app.SendAsSystemAsync<ImportReport>(new ImportCouncils.Check(file), language);

        Assert.Equal(expected, report.Problems.Select(p => $"{p.Row}|{p.Column}|{p.Message}"));
    }

    private static Task<Dictionary<string, Council>> Tree(TestApp app) =>
        app.WithDbAsync(db => db.Councils.AsNoTracking().ToDictionaryAsync(c => c.Code, StringComparer.Ordinal));
}
