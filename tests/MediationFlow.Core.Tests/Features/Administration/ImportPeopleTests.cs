using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Administration;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Tests.Features.Administration;

/// <summary>People from a file: first passwords once, roles only granted, the same file twice, and every kind of bad row.</summary>
public sealed class ImportPeopleTests
{
    private static readonly string[] Zhanar = ["zhanar.a", "Жанар Ахметова", "kk", "AKM-01", "mediator", "zhanar@example.kz", "+7 701 111 22 33"];
    private static readonly string[] Oleg = ["oleg.p", "Олег Петров", "ru", "AKM-02", "mediator; chair", "", ""];

    [Fact]
    public async Task New_people_get_their_roles_and_a_first_password_stored_only_as_a_hash_that_signs_them_in()
    {
        await using var app = await TestApp.StartAsync();

        var imported = await app.SendAsSystemAsync<ImportPeople.Imported>(new ImportPeople.Command(ImportFiles.Sheet(ImportPeople.Columns, Zhanar, Oleg)));

        var people = await People(app);
        Assert.Equal(["oleg.p", "zhanar.a"], imported.NewAccounts.Select(a => a.UserName).Order(StringComparer.Ordinal));
        foreach (var account in imported.NewAccounts)
        {
            var person = people[account.UserName];
            Assert.NotEqual(PasswordVerificationResult.Failed, new PasswordHasher<User>().VerifyHashedPassword(person, person.PasswordHash!, account.Password));
            Assert.DoesNotContain(account.Password, person.PasswordHash, StringComparison.Ordinal);
            Assert.DoesNotContain(account.Password, account.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal(("Жанар Ахметова", "kk", "zhanar@example.kz", "ZHANAR@EXAMPLE.KZ", "+7 701 111 22 33"),
            (people["zhanar.a"].DisplayName, people["zhanar.a"].PreferredLanguage, people["zhanar.a"].Email, people["zhanar.a"].NormalizedEmail, people["zhanar.a"].PhoneNumber));
        Assert.Equal([CouncilRole.Mediator, CouncilRole.Chair], people["oleg.p"].Memberships.Where(m => m.CouncilId == app.Data.CouncilB).Select(m => m.Role).Order());
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "ImportPeople" && e.Changed).Select(e => new { e.At, e.UserId }).SingleAsync());
        Assert.Equal((TestApp.Start, (Guid?)null), (audit.At, audit.UserId));

        // Signed in, the imported mediator works in the council the file named.
        var opened = await app.SendAsync<OpenCase.Opened>(people["zhanar.a"].Id, new OpenCase.Command(app.Data.CouncilA, DisputeCategory.Consumer,
            "A kettle returned broken.", false, false, false, [new PartyDetails(PartyRole.Applicant, "Алия"), new PartyDetails(PartyRole.Respondent, "Дүкен")]));
        Assert.StartsWith("AKM-01-", opened.Number, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_file_twice_changes_nothing_and_gives_no_new_passwords()
    {
        await using var app = await TestApp.StartAsync();
        var file = ImportFiles.Sheet(ImportPeople.Columns, Zhanar, Oleg);
        await app.SendAsSystemAsync<ImportPeople.Imported>(new ImportPeople.Command(file));
        var after = await DatabaseDump.RowsAsync(app);

        var again = await app.SendAsSystemAsync<ImportPeople.Imported>(new ImportPeople.Command(file));

        Assert.Empty(again.NewAccounts);
        Assert.All(again.Report.Rows, r => Assert.Equal(ImportChange.Unchanged, r.Change));
        Assert.Equal(after, await DatabaseDump.RowsAsync(app));
    }

    [Fact]
    public async Task A_changed_row_updates_the_person_adds_roles_and_takes_nothing_away()
    {
        await using var app = await TestApp.StartAsync();
        var before = (await People(app))["mediator.a"];

        var imported = await app.SendAsSystemAsync<ImportPeople.Imported>(new ImportPeople.Command(ImportFiles.Sheet(ImportPeople.Columns,
            ["Mediator.A", "Mediator A (senior)", "en", "AKM-01", "chair", "", ""])));

        var after = (await People(app))["mediator.a"];
        Assert.Equal(new ImportOutcome(2, "Mediator.A", ImportChange.Changed), imported.Report.Rows.Single());
        Assert.Empty(imported.NewAccounts);
        Assert.Equal(("Mediator A (senior)", "en"), (after.DisplayName, after.PreferredLanguage));
        Assert.Equal([CouncilRole.Mediator, CouncilRole.Chair], after.Memberships.Select(m => m.Role).Order());
        Assert.Equal((before.PasswordHash, before.SecurityStamp, before.UserName), (after.PasswordHash, after.SecurityStamp, after.UserName));
        Assert.NotEqual(before.ConcurrencyStamp, after.ConcurrencyStamp);
    }

    [Fact]
    public async Task A_dry_run_and_a_file_with_one_bad_row_change_nothing()
    {
        await using var app = await TestApp.StartAsync();
        var before = await DatabaseDump.RowsAsync(app);

        var checkedOnly = await app.SendAsSystemAsync<ImportReport>(new ImportPeople.Check(ImportFiles.Sheet(ImportPeople.Columns, Zhanar, Oleg)));
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => app.SendAsSystemAsync<ImportPeople.Imported>(
            new ImportPeople.Command(ImportFiles.Sheet(ImportPeople.Columns, Zhanar, ["oleg.p", "Олег Петров", "ru", "AKM-02", "judge", "", ""]))));

        Assert.Equal([ImportChange.Added, ImportChange.Added], checkedOnly.Rows.Select(r => r.Change));
        Assert.Equal("row 3, Roles", refused.Errors.Single().Field);
        Assert.Equal(before, await DatabaseDump.RowsAsync(app));
    }

    public static TheoryData<string, string[]> Languages => new()
    {
        {
            "en", [
                "3|User name|The user name ZHANAR.A is already in row 2.",
                "4|Roles|'judge' is not a role; use one of: mediator, chair, trainer, analyst, administrator.",
                "5|Council code|There is no council with the code NOPE.",
                "6|Full name|This field is required.",
                "7|Language|The language is kk, ru or en.",
                "8|E-mail|This is not an e-mail address.",
                "9|User name|A user name is 3 to 50 Latin letters, digits, dots, hyphens or underscores.",
            ]
        },
        {
            "ru", [
                "3|Имя пользователя|Имя пользователя ZHANAR.A уже есть в строке 2.",
                "4|Роли|«judge» — не роль; допустимы: mediator, chair, trainer, analyst, administrator.",
                "5|Код совета|Совета с кодом NOPE нет.",
                "6|ФИО|Это поле обязательно.",
                "7|Язык|Язык — kk, ru или en.",
                "8|Электронная почта|Это не адрес электронной почты.",
                "9|Имя пользователя|Имя пользователя — от 3 до 50 латинских букв, цифр, точек, дефисов или подчёркиваний.",
            ]
        },
        {
            "kk", [
                "3|Пайдаланушы аты|ZHANAR.A пайдаланушы аты 2-жолда бар.",
                "4|Рөлдері|«judge» — рөл емес; мыналардың бірін жазыңыз: mediator, chair, trainer, analyst, administrator.",
                "5|Кеңес коды|NOPE коды бар кеңес жоқ.",
                "6|Аты-жөні|Бұл өрісті толтыру міндетті.",
                "7|Тілі|Тіл — kk, ru немесе en.",
                "8|Электрондық пошта|Бұл электрондық пошта мекенжайы емес.",
                "9|Пайдаланушы аты|Пайдаланушы аты — 3-тен 50-ге дейін латын әрпі, цифр, нүкте, дефис немесе астыңғы сызық (_).",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Every_kind_of_bad_row_is_named_by_row_and_column_in_the_readers_language(string language, string[] expected)
    {
        await using var app = await TestApp.StartAsync();
        var file = ImportFiles.Read(ImportFiles.Xlsx(ImportFiles.Table(ImportPeople.Columns, language,
            Zhanar,
            ["ZHANAR.A", "Жанар Ахметова", "kk", "AKM-01", "mediator", "", ""],
            ["p.four", "Person Four", "kk", "AKM-01", "mediator, judge", "", ""],
            ["p.five", "Person Five", "kk", "NOPE", "mediator", "", ""],
            ["p.six", "", "kk", "AKM-01", "mediator", "", ""],
            ["p.seven", "Person Seven", "de", "AKM-01", "mediator", "", ""],
            ["p.eight", "Person Eight", "ru", "AKM-01", "mediator", "eight at example", ""],
            ["two words", "Person Nine", "ru", "AKM-01", "mediator", "", ""])), ImportFormat.Xlsx, ImportPeople.Columns);

        var report = await app.SendAsSystemAsync<ImportReport>(new ImportPeople.Check(file), language);

        Assert.Equal(expected, report.Problems.Select(p => $"{p.Row}|{p.Column}|{p.Message}"));
    }

    private static Task<Dictionary<string, User>> People(TestApp app) =>
        app.WithDbAsync(db => db.Users.AsNoTracking().Include(u => u.Memberships).ToDictionaryAsync(u => u.UserName!, StringComparer.Ordinal));
}
