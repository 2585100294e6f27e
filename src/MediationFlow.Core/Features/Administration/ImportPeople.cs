using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MediationFlow.Core.Features.Administration;

/// <summary>
/// People from a file, each with their roles in one council. <see cref="Check"/> is the dry run; <see cref="Command"/>
/// applies the whole file in one transaction or, if any row has a problem, nothing. A new person gets a random first
/// password, returned once; a person already there keeps theirs and is updated when their row differs. Roles are
/// only ever granted: an import takes nothing away.
/// </summary>
public static partial class ImportPeople
{
    public static readonly ImportColumn UserName = new(nameof(UserName), Required: true);
    public static readonly ImportColumn FullName = new(nameof(FullName), Required: true);
    public static readonly ImportColumn Language = new(nameof(Language), Required: true);
    public static readonly ImportColumn CouncilCode = new(nameof(CouncilCode), Required: true);
    public static readonly ImportColumn Roles = new(nameof(Roles), Required: true);
    public static readonly ImportColumn Email = new(nameof(Email), Required: false);
    public static readonly ImportColumn Phone = new(nameof(Phone), Required: false);

    public static IReadOnlyList<ImportColumn> Columns { get; } = [UserName, FullName, Language, CouncilCode, Roles, Email, Phone];

    public static IReadOnlyList<string> Example { get; } =
        ["a.sadykova", "Айгүл Садықова", "kk", "AKM-BUR-KAT", "mediator, chair", "a.sadykova@example.kz", "+7 701 000 00 00"];

    // A first password is 144 random bits: nobody guesses it, so stretching its hash buys nothing, and at the full
    // count 23,000 new people would take many minutes to hash. Identity reads the count from the hash, accepts it
    // as "rehash needed", and stores it at the full strength on the first sign-in.
    private static readonly PasswordHasher<User> FirstPasswordHasher = new(Options.Create(new PasswordHasherOptions { IterationCount = 1 }));

    public sealed record Check(ImportSheet Sheet) : IQuery<ImportReport>, IAdministrationRequest;

    public sealed record Command(ImportSheet Sheet) : ICommand<Imported>, IAdministrationRequest;

    public sealed record Imported(ImportReport Report, IReadOnlyList<NewAccount> NewAccounts);

    /// <summary>A new person's first password, for the file the administrator hands over.</summary>
    public sealed record NewAccount(string UserName, string FullName, string Password)
    {
        // Records print every member; this one must never end up in a log.
        public override string ToString() => UserName;
    }

    public sealed class CheckHandler(MediationDbContext db) : IQueryHandler<Check, ImportReport>
    {
        public async ValueTask<ImportReport> Handle(Check query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            return (await Plan.MakeAsync(db.Users.AsNoTracking(), db, query.Sheet, cancellationToken)).Report;
        }
    }

    public sealed class Handler(MediationDbContext db) : ICommandHandler<Command, Imported>
    {
        public async ValueTask<Imported> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var plan = await Plan.MakeAsync(db.Users, db, command.Sheet, cancellationToken);
            if (plan.Report.Problems.Count > 0)
            {
                throw plan.Report.Refusal();
            }

            var passwords = new List<NewAccount>();
            var changed = plan.Report.Rows.Where(r => r.Change == ImportChange.Changed).Select(r => r.Row).ToHashSet();
            foreach (var row in plan.Rows)
            {
                if (plan.People.TryGetValue(row.UserName.ToUpperInvariant(), out var person))
                {
                    // As UserManager does on every update: a profile form read before the import must not save over it.
                    if (changed.Contains(row.Number))
                    {
                        person.ConcurrencyStamp = Guid.NewGuid().ToString();
                    }
                }
                else
                {
                    person = New(row);
                    var password = FirstPassword.New();
                    person.PasswordHash = FirstPasswordHasher.HashPassword(person, password);
                    db.Users.Add(person);
                    passwords.Add(new NewAccount(person.UserName!, person.DisplayName, password));
                }

                (person.DisplayName, person.PreferredLanguage) = (row.FullName, row.Language);
                if (row.Email is not null)
                {
                    (person.Email, person.NormalizedEmail) = (row.Email, row.Email.ToUpperInvariant());
                }

                person.PhoneNumber = row.Phone ?? person.PhoneNumber;
                foreach (var role in Missing(row, person, plan.Councils))
                {
                    person.Memberships.Add(new Membership { CouncilId = plan.Councils[row.CouncilCode], Role = role });
                }
            }

            return new Imported(plan.Report, passwords);
        }

        private static User New(Row row) => new()
        {
            Id = Guid.NewGuid(),
            UserName = row.UserName,
            NormalizedUserName = row.UserName.ToUpperInvariant(),
            DisplayName = row.FullName,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            LockoutEnabled = true,
        };
    }

    private sealed record Row(int Number, string UserName, string FullName, string Language, string CouncilCode, IReadOnlyList<CouncilRole> Roles, string? Email, string? Phone);

    private static IEnumerable<CouncilRole> Missing(Row row, User person, Dictionary<string, int> councils) =>
        row.Roles.Where(r => !person.Memberships.Any(m => m.CouncilId == councils[row.CouncilCode] && m.Role == r));

    [GeneratedRegex(@"^\+?[0-9 ()-]{5,20}$")]
    internal static partial Regex PhonePattern();

    /// <summary>The file checked against the people and councils as they are: the problems, and what each good row would do.</summary>
    private sealed class Plan
    {
        private readonly ImportSheet _sheet;
        private readonly List<ImportProblem> _problems = [];

        private Plan(ImportSheet sheet, Dictionary<string, User> people, Dictionary<string, int> councils) => (_sheet, People, Councils) = (sheet, people, councils);

        public Dictionary<string, User> People { get; }

        public Dictionary<string, int> Councils { get; }

        public List<Row> Rows { get; } = [];

        public ImportReport Report { get; private set; } = new([], []);

        public static async Task<Plan> MakeAsync(IQueryable<User> users, MediationDbContext db, ImportSheet sheet, CancellationToken cancellationToken)
        {
            var people = await users.Include(u => u.Memberships).ToDictionaryAsync(u => u.NormalizedUserName!, cancellationToken);
            var councils = await db.Councils.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Id, StringComparer.Ordinal, cancellationToken);
            var plan = new Plan(sheet, people, councils);
            plan.Make();
            return plan;
        }

        private void Make()
        {
            var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var cells in _sheet.Rows)
            {
                var userName = Text(cells, UserName, 50);
                if (userName is not null && !AddUser.UserNamePattern().IsMatch(userName))
                {
                    _problems.Add(Problem(cells, UserName, "invalidUserName", Messages.UserNameInvalid));
                    userName = null;
                }

                if (userName is not null && !firstRow.TryAdd(userName.ToUpperInvariant(), cells.Number))
                {
                    _problems.Add(Problem(cells, UserName, "duplicate", Format(Messages.ImportDuplicateUserName, userName, firstRow[userName.ToUpperInvariant()])));
                    continue;
                }

                var fullName = Text(cells, FullName, 200);
                var language = Text(cells, Language, 40)?.ToLowerInvariant();
                if (language is not null and not ("kk" or "ru" or "en"))
                {
                    _problems.Add(Problem(cells, Language, "unknownValue", Messages.UserLanguageInvalid));
                    language = null;
                }

                var council = Text(cells, CouncilCode, 20);
                if (council is not null && !Councils.ContainsKey(council))
                {
                    _problems.Add(Problem(cells, CouncilCode, "unknownValue", Format(Messages.UnknownCouncilCode, council)));
                    council = null;
                }

                var roles = RolesOf(cells);
                var (email, emailOk) = Checked(cells, Email, 256, e => MailAddress.TryCreate(e, out var address) && address.Address == e, "invalidEmail", Messages.ImportEmailInvalid);
                var (phone, phoneOk) = Checked(cells, Phone, 20, p => PhonePattern().IsMatch(p), "invalidPhone", Messages.ImportPhoneInvalid);
                if (userName is not null && fullName is not null && language is not null && council is not null && roles is not null && emailOk && phoneOk)
                {
                    Rows.Add(new Row(cells.Number, userName, fullName, language, council, roles, email, phone));
                }
            }

            Report = new ImportReport([.. _problems.OrderBy(p => p.Row)], [.. Rows.Select(r => new ImportOutcome(r.Number, r.UserName, Change(r)))]);
        }

        private ImportChange Change(Row row)
        {
            if (!People.TryGetValue(row.UserName.ToUpperInvariant(), out var person))
            {
                return ImportChange.Added;
            }

            var same = person.DisplayName == row.FullName && person.PreferredLanguage == row.Language
                && (row.Email is null || row.Email == person.Email) && (row.Phone is null || row.Phone == person.PhoneNumber)
                && !Missing(row, person, Councils).Any();
            return same ? ImportChange.Unchanged : ImportChange.Changed;
        }

        /// <summary>"mediator, chair" or "mediator; chair": at least one, each a role.</summary>
        private List<CouncilRole>? RolesOf(ImportRow cells)
        {
            var text = Text(cells, Roles, 200);
            if (text is null)
            {
                return null;
            }

            var roles = new List<CouncilRole>();
            foreach (var name in text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Enum.TryParse<CouncilRole>(name, ignoreCase: true, out var role) || !Enum.IsDefined(role) || name.All(char.IsAsciiDigit))
                {
                    _problems.Add(Problem(cells, Roles, "unknownValue", Format(Messages.ImportUnknownRole, name, ImportCells.Spelled<CouncilRole>())));
                    return null;
                }

                roles.Add(role);
            }

            if (roles.Count == 0)
            {
                _problems.Add(Problem(cells, Roles, "required", Messages.Required));
                return null;
            }

            return [.. roles.Distinct()];
        }

        /// <summary>An optional cell: its value (null when empty) and whether it is acceptable.</summary>
        private (string? Value, bool Ok) Checked(ImportRow cells, ImportColumn column, int maxLength, Func<string, bool> valid, string code, string message)
        {
            var text = cells[column];
            if (text is null)
            {
                return (null, true);
            }

            if (text.Length <= maxLength && valid(text))
            {
                return (text, true);
            }

            _problems.Add(Problem(cells, column, code, message));
            return (null, false);
        }

        private string? Text(ImportRow cells, ImportColumn column, int maxLength) => ImportCells.Text(cells, column, maxLength, _problems, _sheet);

        private ImportProblem Problem(ImportRow cells, ImportColumn column, string code, string message) => ImportCells.Problem(cells, column, code, message, _sheet);

        private static string Format(string template, params object[] values) => string.Format(CultureInfo.CurrentCulture, template, values);
    }
}
