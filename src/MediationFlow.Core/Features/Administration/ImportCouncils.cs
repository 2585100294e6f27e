using System.Globalization;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Administration;

/// <summary>
/// Councils from a file into the tree, in any order (a parent may come after its children). <see cref="Check"/>
/// is the dry run; <see cref="Command"/> applies the whole file in one transaction or, if any row has a problem,
/// nothing. A council already in the tree is updated when its row differs; an import never removes a council.
/// </summary>
public static class ImportCouncils
{
    public static readonly ImportColumn Code = new(nameof(Code), Required: true);
    public static readonly ImportColumn Level = new(nameof(Level), Required: true);
    public static readonly ImportColumn NameKk = new(nameof(NameKk), Required: true);
    public static readonly ImportColumn NameRu = new(nameof(NameRu), Required: true);
    public static readonly ImportColumn NameEn = new(nameof(NameEn), Required: true);
    public static readonly ImportColumn ParentCode = new(nameof(ParentCode), Required: false);

    public static IReadOnlyList<ImportColumn> Columns { get; } = [Code, Level, NameKk, NameRu, NameEn, ParentCode];

    /// <summary>The template's example row: a rural council under a district of Akmola Region.</summary>
    public static IReadOnlyList<string> Example { get; } =
        ["AKM-BUR-KAT", "rural", "Қатаркөл ауылдық округі", "Катаркольский сельский округ", "Katarkol Rural District", "AKM-BUR"];

    public sealed record Check(ImportSheet Sheet) : IQuery<ImportReport>, IAdministrationRequest;

    public sealed record Command(ImportSheet Sheet) : ICommand<ImportReport>, IAdministrationRequest;

    public sealed class CheckHandler(MediationDbContext db) : IQueryHandler<Check, ImportReport>
    {
        public async ValueTask<ImportReport> Handle(Check query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var tree = await db.Councils.AsNoTracking().ToListAsync(cancellationToken);
            return Plan.Of(query.Sheet, tree).Report;
        }
    }

    public sealed class Handler(MediationDbContext db) : ICommandHandler<Command, ImportReport>
    {
        public async ValueTask<ImportReport> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var tree = await db.Councils.ToListAsync(cancellationToken);
            var plan = Plan.Of(command.Sheet, tree);
            if (plan.Report.Problems.Count > 0)
            {
                throw plan.Report.Refusal();
            }

            var byCode = tree.ToDictionary(c => c.Code, StringComparer.Ordinal);
            foreach (var row in plan.Rows.Where(r => !byCode.ContainsKey(r.Code)))
            {
                var council = new Council { Code = row.Code, NameKk = row.NameKk, NameRu = row.NameRu, NameEn = row.NameEn };
                db.Councils.Add(council);
                byCode[row.Code] = council;
            }

            foreach (var row in plan.Rows)
            {
                var council = byCode[row.Code];
                (council.Level, council.NameKk, council.NameRu, council.NameEn) = (row.Level, row.NameKk, row.NameRu, row.NameEn);
                council.Parent = row.ParentCode is null ? null : byCode[row.ParentCode];
                if (council.Parent is null)
                {
                    council.ParentId = null;
                }
            }

            // A path holds the council's own id, known only once saved; the pipeline commits both saves together.
            if (plan.Report.Count(ImportChange.Added) > 0)
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            Paths(byCode.Values);
            return plan.Report;
        }

        /// <summary>Moving a council moves everything under it: every path is recomputed, and only those that differ are written.</summary>
        private static void Paths(IEnumerable<Council> councils)
        {
            var known = new Dictionary<int, string>();
            string PathOf(Council council)
            {
                if (!known.TryGetValue(council.Id, out var path))
                {
                    path = known[council.Id] = (council.Parent is null ? "/" : PathOf(council.Parent)) + council.Id.ToString(CultureInfo.InvariantCulture) + "/";
                }

                return path;
            }

            foreach (var council in councils)
            {
                var path = PathOf(council);
                if (council.Path != path)
                {
                    council.Path = path;
                }
            }
        }
    }

    private sealed record Row(int Number, string Code, CouncilLevel Level, string NameKk, string NameRu, string NameEn, string? ParentCode);

    /// <summary>The file checked against the tree as it is: the problems, and what each good row would do.</summary>
    private sealed class Plan
    {
        private readonly ImportSheet _sheet;
        private readonly List<ImportProblem> _problems = [];

        private Plan(ImportSheet sheet) => _sheet = sheet;

        public List<Row> Rows { get; } = [];

        public ImportReport Report { get; private set; } = new([], []);

        public static Plan Of(ImportSheet sheet, IReadOnlyList<Council> tree)
        {
            var plan = new Plan(sheet);
            plan.Make(tree);
            return plan;
        }

        private void Make(IReadOnlyList<Council> tree)
        {
            var byId = tree.ToDictionary(c => c.Id);
            var parents = tree.ToDictionary(c => c.Code, c => c.ParentId is { } id ? byId[id].Code : null, StringComparer.Ordinal);
            var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var cells in _sheet.Rows)
            {
                var code = ImportCells.Text(cells, Code, 20, _problems, _sheet);
                if (code is not null && !AddCouncil.CodePattern().IsMatch(code))
                {
                    _problems.Add(ImportCells.Problem(cells, Code, "invalidCode", Messages.CouncilCodeInvalid, _sheet));
                    code = null;
                }

                if (code is not null && !firstRow.TryAdd(code, cells.Number))
                {
                    _problems.Add(ImportCells.Problem(cells, Code, "duplicate", Format(Messages.ImportDuplicateCode, code, firstRow[code]), _sheet));
                    continue;
                }

                var level = LevelOf(cells);
                var (kk, ru, en) = (ImportCells.Text(cells, NameKk, 200, _problems, _sheet), ImportCells.Text(cells, NameRu, 200, _problems, _sheet),
                    ImportCells.Text(cells, NameEn, 200, _problems, _sheet));
                if (code is not null && level is not null && kk is not null && ru is not null && en is not null)
                {
                    Rows.Add(new Row(cells.Number, code, level.Value, kk, ru, en, cells[ParentCode]));
                }
            }

            foreach (var row in Rows)
            {
                parents[row.Code] = row.ParentCode;
            }

            foreach (var row in Rows.Where(r => r.ParentCode is not null))
            {
                if (!parents.ContainsKey(row.ParentCode!) && !firstRow.ContainsKey(row.ParentCode!))
                {
                    _problems.Add(Problem(row, "unknownValue", Format(Messages.ImportUnknownParent, row.ParentCode!)));
                }
                else if (IsOwnAncestor(row.Code, parents))
                {
                    _problems.Add(Problem(row, "ownAncestor", Format(Messages.ImportOwnAncestor, row.Code)));
                }
            }

            var existing = tree.ToDictionary(c => c.Code, StringComparer.Ordinal);
            Report = new ImportReport(
                [.. _problems.OrderBy(p => p.Row)],
                [.. Rows.Select(r => new ImportOutcome(r.Number, r.Code, !existing.TryGetValue(r.Code, out var council) ? ImportChange.Added
                    : Differs(r, council, byId) ? ImportChange.Changed : ImportChange.Unchanged))]);
        }

        private CouncilLevel? LevelOf(ImportRow cells)
        {
            var text = ImportCells.Text(cells, Level, 40, _problems, _sheet);
            if (text is null)
            {
                return null;
            }

            if (Enum.TryParse<CouncilLevel>(text.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var level)
                && Enum.IsDefined(level) && !text.All(char.IsAsciiDigit))
            {
                return level;
            }

            _problems.Add(ImportCells.Problem(cells, Level, "unknownValue", Format(Messages.ImportUnknownLevel, text, ImportCells.Spelled<CouncilLevel>()), _sheet));
            return null;
        }

        /// <summary>Walks up from the council's new parent; meeting the council again means a loop. Stops at any loop it did not start.</summary>
        private static bool IsOwnAncestor(string code, Dictionary<string, string?> parents)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var at = parents[code]; at is not null && seen.Add(at); at = parents.GetValueOrDefault(at))
            {
                if (at == code)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Differs(Row row, Council council, Dictionary<int, Council> byId) =>
            (row.Level, row.NameKk, row.NameRu, row.NameEn, row.ParentCode)
            != (council.Level, council.NameKk, council.NameRu, council.NameEn, council.ParentId is { } id ? byId[id].Code : null);

        private ImportProblem Problem(Row row, string code, string message) => new(row.Number, _sheet.HeaderOf(ParentCode), code, message);

        private static string Format(string template, params object[] values) => string.Format(CultureInfo.CurrentCulture, template, values);
    }
}
