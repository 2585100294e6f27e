using System.Globalization;
using FluentValidation;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Workflows.Engine;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Councils;

/// <summary>
/// What an analyst or the secretariat reports on: how many cases a council and the councils under it
/// registered in a year, how many are open, overdue and closed, how they ended and what they were about,
/// rolled up per council one level down. Counts only: never a case's number, parties or content.
/// Training workshops' sandbox cases are not counted.
/// </summary>
public static class GetCouncilFigures
{
    public sealed record Query(int CouncilId, int? Year = null) : IQuery<Figures>, ICouncilFiguresRequest;

    /// <summary>The councils began keeping cases long after 2000; a year outside this range is a typing slip.</summary>
    public const int FirstYear = 2000, LastYear = 2100;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() =>
            RuleFor(q => q.Year).InclusiveBetween(FirstYear, LastYear).When(q => q.Year is not null).WithErrorCode("outOfRange")
                .WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.YearRange, FirstYear, LastYear));
    }

    public sealed record Figures(
        int CouncilId, string CouncilName, CouncilLevel Level, int Year, Tally Total,
        IReadOnlyList<Outcome> Outcomes, IReadOnlyList<CategoryCount> Categories, IReadOnlyList<CouncilTally> Councils);

    /// <summary>Cases registered in the year; of those, still open, open past their deadline, and closed.</summary>
    public sealed record Tally(int Registered, int Open, int Overdue, int Closed);

    /// <summary>Closed cases by the state they ended in ("fulfilled", "expired"…), named in the reader's language.</summary>
    public sealed record Outcome(string State, string Name, int Cases);

    public sealed record CategoryCount(DisputeCategory Category, int Cases);

    /// <summary>A council one level down, with everything under it rolled up.</summary>
    public sealed record CouncilTally(int CouncilId, string Name, CouncilLevel Level, Tally Tally);

    public sealed class Handler(MediationDbContext db, WorkflowCatalog catalog, TimeProvider time, CaseDefaults defaults) : IQueryHandler<Query, Figures>
    {
        public async ValueTask<Figures> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var now = time.GetUtcNow();
            // "This year" as case numbers count it: in the councils' time zone, not UTC (a New Year's Eve evening in Astana).
            var year = query.Year ?? catalog.Latest(defaults.DefinitionId).Settings.Today(now).Year;
            var language = ActionView.Language;
            var council = await db.Councils.AsNoTracking().SingleAsync(c => c.Id == query.CouncilId, cancellationToken);
            var tree = await db.Councils.AsNoTracking().Where(c => c.Path.StartsWith(council.Path)).ToListAsync(cancellationToken);

            // By the subtree's council ids rather than a join on the path: each id is then one range of the
            // council index, where the join read every case of every council (seconds at 500,000 cases).
            var councilIds = tree.Select(c => c.Id).ToList();
            var cases = db.Cases.AsNoTracking().Where(c => c.WorkshopId == null && c.Year == year && councilIds.Contains(c.CouncilId));
            var perCouncil = (await cases.GroupBy(c => c.CouncilId)
                .Select(g => new
                {
                    CouncilId = g.Key,
                    Registered = g.Count(),
                    Open = g.Count(c => !c.IsClosed),
                    Overdue = g.Count(c => !c.IsClosed && c.Deadline <= now),
                })
                .ToListAsync(cancellationToken))
                .ToDictionary(x => x.CouncilId, x => new Tally(x.Registered, x.Open, x.Overdue, x.Registered - x.Open));
            var endings = await cases.Where(c => c.IsClosed)
                .GroupBy(c => new { c.DefinitionId, c.DefinitionVersion, c.State })
                .Select(g => new { g.Key.DefinitionId, g.Key.DefinitionVersion, g.Key.State, Cases = g.Count() })
                .ToListAsync(cancellationToken);
            var categories = await cases.GroupBy(c => c.Category)
                .Select(g => new CategoryCount(g.Key, g.Count()))
                .ToListAsync(cancellationToken);

            Tally Under(string path) => Sum(tree.Where(c => c.Path.StartsWith(path, StringComparison.Ordinal))
                .Select(c => perCouncil.GetValueOrDefault(c.Id)).OfType<Tally>());

            return new Figures(
                council.Id, council.Name(language), council.Level, year, Under(council.Path),
                [.. endings.GroupBy(e => e.State)
                    .Select(g =>
                    {
                        // Named as the newest version that has the state names it.
                        var newest = g.MaxBy(e => e.DefinitionVersion)!;
                        return new Outcome(g.Key, Name(newest.DefinitionId, newest.DefinitionVersion, g.Key, language), g.Sum(e => e.Cases));
                    })
                    .OrderByDescending(o => o.Cases).ThenBy(o => o.State, StringComparer.Ordinal)],
                [.. categories.OrderByDescending(c => c.Cases).ThenBy(c => c.Category)],
                [.. tree.Where(c => c.ParentId == council.Id)
                    .Select(c => new CouncilTally(c.Id, c.Name(language), c.Level, Under(c.Path)))
                    .OrderByDescending(c => c.Tally.Registered).ThenBy(c => c.Name, StringComparer.CurrentCulture)]);
        }

        private string Name(string definitionId, int version, string state, string language) =>
            catalog.TryGet(definitionId, version, out var workflow) && workflow.HasState(state) ? workflow.State(state).Name.For(language) : state;

        private static Tally Sum(IEnumerable<Tally> tallies) => tallies.Aggregate(
            new Tally(0, 0, 0, 0), (a, b) => new Tally(a.Registered + b.Registered, a.Open + b.Open, a.Overdue + b.Overdue, a.Closed + b.Closed));
    }
}
