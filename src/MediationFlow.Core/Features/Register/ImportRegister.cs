using System.Globalization;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Administration;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Core.Workflow;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Register;

/// <summary>
/// Register entries from a file, by the rules of the people import: <see cref="Check"/> is the dry run, <see cref="Command"/>
/// applies the whole file in one transaction or nothing; the same file twice changes nothing; a changed row updates its
/// entry; nothing is deleted. A row whose status differs from the entry's records the change with its date and reason.
/// </summary>
public static class ImportRegister
{
    public static readonly ImportColumn UserName = new(nameof(UserName), Required: true);
    public static readonly ImportColumn Number = new(nameof(Number), Required: true);
    public static readonly ImportColumn CouncilCode = new(nameof(CouncilCode), Required: true);
    public static readonly ImportColumn Languages = new(nameof(Languages), Required: true);
    public static readonly ImportColumn Specialisations = new(nameof(Specialisations), Required: false);
    public static readonly ImportColumn Type = new(nameof(Type), Required: false);
    public static readonly ImportColumn ElectedOn = new(nameof(ElectedOn), Required: false);
    public static readonly ImportColumn Status = new(nameof(Status), Required: false);
    public static readonly ImportColumn StatusOn = new(nameof(StatusOn), Required: false);
    public static readonly ImportColumn StatusReason = new(nameof(StatusReason), Required: false);

    public static IReadOnlyList<ImportColumn> Columns { get; } = [UserName, Number, CouncilCode, Languages, Specialisations, Type, ElectedOn, Status, StatusOn, StatusReason];

    public static IReadOnlyList<string> Example { get; } =
        ["a.sadykova", "AKM-BUR-KAT-001", "AKM-BUR-KAT", "kk, ru", "familyAndHousehold, neighboursAndHousing", "public", "2024-03-12", "active", "", ""];

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd.MM.yyyy"];

    public sealed record Check(ImportSheet Sheet) : IQuery<ImportReport>, ISystemRequest;

    public sealed record Command(ImportSheet Sheet) : ICommand<ImportReport>, ISystemRequest;

    public sealed class CheckHandler(MediationDbContext db, TimeProvider clock) : IQueryHandler<Check, ImportReport>
    {
        public async ValueTask<ImportReport> Handle(Check query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            return (await Plan.MakeAsync(db, db.MediatorRegister.AsNoTracking(), query.Sheet, clock, cancellationToken)).Report;
        }
    }

    public sealed class Handler(MediationDbContext db, TimeProvider clock) : ICommandHandler<Command, ImportReport>
    {
        public async ValueTask<ImportReport> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var plan = await Plan.MakeAsync(db, db.MediatorRegister, command.Sheet, clock, cancellationToken);
            if (plan.Report.Problems.Count > 0)
            {
                throw plan.Report.Refusal();
            }

            foreach (var row in plan.Rows)
            {
                if (!plan.Entries.TryGetValue(row.UserId, out var entry))
                {
                    entry = new MediatorRegisterEntry { Number = row.Number, UserId = row.UserId, Status = MediatorStatus.Active };
                    entry.StatusChanges.Add(new MediatorStatusChange { Status = MediatorStatus.Active, EffectiveOn = row.ElectedOn ?? plan.Today, RecordedAt = clock.GetUtcNow() });
                    db.MediatorRegister.Add(entry);
                }

                (entry.Number, entry.CouncilId, entry.Type, entry.ElectedOn, entry.Languages, entry.Specialisations) =
                    (row.Number, row.CouncilId, row.Type, row.ElectedOn ?? entry.ElectedOn, row.Languages, row.Specialisations);
                if (entry.Status != row.Status)
                {
                    entry.Status = row.Status;
                    entry.StatusChanges.Add(new MediatorStatusChange
                    {
                        Status = row.Status,
                        EffectiveOn = row.StatusOn ?? plan.Today,
                        Reason = row.StatusReason,
                        RecordedAt = clock.GetUtcNow(),
                    });
                }
            }

            return plan.Report;
        }
    }

    private sealed record Row(
        int Line, Guid UserId, string UserName, string Number, int CouncilId, string Languages, string Specialisations, MediatorType Type,
        DateOnly? ElectedOn, MediatorStatus Status, DateOnly? StatusOn, string? StatusReason);

    /// <summary>The file checked against the people, councils and entries as they are: the problems, and what each good row would do.</summary>
    private sealed class Plan
    {
        private readonly ImportSheet _sheet;
        private readonly List<ImportProblem> _problems = [];
        private readonly Dictionary<string, (Guid Id, HashSet<int> Mediates)> _people;
        private readonly Dictionary<string, int> _councils;

        private Plan(ImportSheet sheet, Dictionary<string, (Guid, HashSet<int>)> people, Dictionary<string, int> councils, Dictionary<Guid, MediatorRegisterEntry> entries, DateOnly today) =>
            (_sheet, _people, _councils, Entries, Today) = (sheet, people, councils, entries, today);

        public Dictionary<Guid, MediatorRegisterEntry> Entries { get; }

        /// <summary>Today in Kazakhstan: a date after it has not happened yet.</summary>
        public DateOnly Today { get; }

        public List<Row> Rows { get; } = [];

        public ImportReport Report { get; private set; } = new([], []);

        public static async Task<Plan> MakeAsync(MediationDbContext db, IQueryable<MediatorRegisterEntry> entries, ImportSheet sheet, TimeProvider clock, CancellationToken cancellationToken)
        {
            var memberships = await db.Memberships.AsNoTracking().Where(m => m.Role == CouncilRole.Mediator).Select(m => new { m.UserId, m.CouncilId }).ToListAsync(cancellationToken);
            var mediates = memberships.GroupBy(m => m.UserId).ToDictionary(g => g.Key, g => g.Select(m => m.CouncilId).ToHashSet());
            var people = await db.Users.AsNoTracking().Select(u => new { u.Id, u.NormalizedUserName }).ToListAsync(cancellationToken);
            var plan = new Plan(
                sheet,
                people.ToDictionary(p => p.NormalizedUserName!, p => (p.Id, mediates.GetValueOrDefault(p.Id) ?? [])),
                await db.Councils.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Id, StringComparer.Ordinal, cancellationToken),
                await entries.ToDictionaryAsync(e => e.UserId, cancellationToken),
                CaseFactsBuilder.LocalDate(clock.GetUtcNow(), CouncilTimeZones.Find(Council.DefaultTimeZone)));
            plan.Make();
            return plan;
        }

        private void Make()
        {
            var firstUser = new Dictionary<string, int>(StringComparer.Ordinal);
            var firstNumber = new Dictionary<string, int>(StringComparer.Ordinal);
            var numbers = Entries.Values.ToDictionary(e => e.Number, e => e.UserId, StringComparer.Ordinal);
            foreach (var cells in _sheet.Rows)
            {
                var userName = Text(cells, UserName, 50)?.ToUpperInvariant();
                if (userName is not null && !firstUser.TryAdd(userName, cells.Number))
                {
                    _problems.Add(Problem(cells, UserName, "duplicate", Format(Messages.ImportDuplicateUserName, cells[UserName]!, firstUser[userName])));
                    continue;
                }

                var person = userName is not null && _people.TryGetValue(userName, out var found) ? found : ((Guid, HashSet<int>)?)null;
                if (userName is not null && person is null)
                {
                    _problems.Add(Problem(cells, UserName, "unknownValue", Messages.UnknownUser));
                }

                var council = Text(cells, CouncilCode, 20);
                var councilId = council is not null && _councils.TryGetValue(council, out var id) ? id : (int?)null;
                if (council is not null && councilId is null)
                {
                    _problems.Add(Problem(cells, CouncilCode, "unknownValue", Format(Messages.UnknownCouncilCode, council)));
                }
                else if (person is { } p && councilId is { } c && !p.Item2.Contains(c))
                {
                    _problems.Add(Problem(cells, UserName, "notCouncilMediator", Messages.RegisterNotCouncilMediator));
                    person = null;
                }

                var number = NumberOf(cells, person?.Item1, numbers, firstNumber);
                var languages = ListOf(cells, Languages, l => RegisterFields.Languages.Contains(l.ToLowerInvariant()),
                    Format(Messages.RegisterLanguageUnknown, string.Join(", ", RegisterFields.Languages)));
                var categories = ListOf(cells, Specialisations, c => EnumOf<DisputeCategory>(c) is not null, Messages.RegisterCategoryUnknown);
                var type = cells[Type] is null ? MediatorType.Public : Known<MediatorType>(cells, Type, Messages.RegisterTypeUnknown);
                var status = cells[Status] is null ? MediatorStatus.Active : Known<MediatorStatus>(cells, Status, Messages.RegisterStatusUnknown);
                var (electedOn, electedOk) = DateOf(cells, ElectedOn);
                var (statusOn, statusOnOk) = DateOf(cells, StatusOn);
                var reason = Text(cells, StatusReason, 500);
                if (status is not null and not MediatorStatus.Active && reason is null && person is { } who
                    && (!Entries.TryGetValue(who.Item1, out var before) || before.Status != status))
                {
                    _problems.Add(Problem(cells, StatusReason, "required", Messages.Required));
                    reason = string.Empty;
                }

                if (person is { } ok && number is not null && councilId is not null && languages is not null && categories is not null && type is not null
                    && status is not null && electedOk && statusOnOk && reason != string.Empty)
                {
                    Rows.Add(new Row(cells.Number, ok.Item1, userName!, number, councilId.Value,
                        RegisterFields.StoredLanguages(languages), RegisterFields.StoredCategories(categories.Select(x => EnumOf<DisputeCategory>(x)!.Value)),
                        type.Value, electedOn, status.Value, statusOn, reason));
                }
            }

            Report = new ImportReport([.. _problems.OrderBy(p => p.Row)], [.. Rows.Select(r => new ImportOutcome(r.Line, r.Number, Change(r)))]);
        }

        private ImportChange Change(Row row)
        {
            if (!Entries.TryGetValue(row.UserId, out var entry))
            {
                return ImportChange.Added;
            }

            var same = (entry.Number, entry.CouncilId, entry.Type, entry.Languages, entry.Specialisations, entry.Status)
                == (row.Number, row.CouncilId, row.Type, row.Languages, row.Specialisations, row.Status)
                && (row.ElectedOn is null || row.ElectedOn == entry.ElectedOn);
            return same ? ImportChange.Unchanged : ImportChange.Changed;
        }

        /// <summary>A number no other row and no other mediator's entry has.</summary>
        private string? NumberOf(ImportRow cells, Guid? userId, Dictionary<string, Guid> numbers, Dictionary<string, int> firstNumber)
        {
            var number = Text(cells, Number, 30);
            if (number is null)
            {
                return null;
            }

            if (!firstNumber.TryAdd(number, cells.Number))
            {
                _problems.Add(Problem(cells, Number, "duplicate", Format(Messages.ImportDuplicateCode, number, firstNumber[number])));
                return null;
            }

            if (numbers.TryGetValue(number, out var holder) && holder != userId)
            {
                _problems.Add(Problem(cells, Number, "taken", Format(Messages.RegisterNumberTaken, number)));
                return null;
            }

            return number;
        }

        /// <summary>"kk, ru" or "kk; ru": each item acceptable (none at all for an optional column).</summary>
        private List<string>? ListOf(ImportRow cells, ImportColumn column, Func<string, bool> known, string message)
        {
            var text = Text(cells, column, 300);
            var items = (text ?? string.Empty).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            if (text is null && column.Required)
            {
                return null;
            }

            if (items.FirstOrDefault(i => !known(i)) is { } unknown)
            {
                _problems.Add(Problem(cells, column, "unknownValue", $"'{unknown}': {message}"));
                return null;
            }

            return items;
        }

        private TEnum? Known<TEnum>(ImportRow cells, ImportColumn column, string message)
            where TEnum : struct, Enum
        {
            if (EnumOf<TEnum>(cells[column]!) is { } value)
            {
                return value;
            }

            _problems.Add(Problem(cells, column, "unknownValue", message));
            return null;
        }

        private static TEnum? EnumOf<TEnum>(string text)
            where TEnum : struct, Enum =>
            !text.All(char.IsAsciiDigit) && Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : null;

        /// <summary>An optional date, 2024-03-12 or 12.03.2024, that has already come.</summary>
        private (DateOnly? Value, bool Ok) DateOf(ImportRow cells, ImportColumn column)
        {
            if (cells[column] is not { } text)
            {
                return (null, true);
            }

            if (!DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                _problems.Add(Problem(cells, column, "invalidDate", Messages.ImportDateInvalid));
                return (null, false);
            }

            if (date > Today)
            {
                _problems.Add(Problem(cells, column, "future", Messages.RegisterDateInFuture));
                return (null, false);
            }

            return (date, true);
        }

        private string? Text(ImportRow cells, ImportColumn column, int maxLength) => ImportCells.Text(cells, column, maxLength, _problems, _sheet);

        private ImportProblem Problem(ImportRow cells, ImportColumn column, string code, string message) => ImportCells.Problem(cells, column, code, message, _sheet);

        private static string Format(string template, params object[] values) => string.Format(CultureInfo.CurrentCulture, template, values);
    }
}
