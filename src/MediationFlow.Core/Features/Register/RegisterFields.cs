using System.Globalization;
using FluentValidation;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Workflow;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Register;

/// <summary>The register's fields as the forms, the API, the import and the ranking of mediators read and write them.</summary>
public static class RegisterFields
{
    /// <summary>The languages a mediation is held in here; the parties choose between Kazakh and Russian.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["kk", "ru", "en"];

    public static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Specialisations are stored as the definitions' category codes ("familyAndHousehold").</summary>
    public static IReadOnlyList<DisputeCategory> Categories(string list) =>
        [.. Split(list).Select(c => Enum.TryParse<DisputeCategory>(c, ignoreCase: true, out var category) ? category : (DisputeCategory?)null).OfType<DisputeCategory>()];

    public static string Code(DisputeCategory category)
    {
        var name = category.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static string StoredLanguages(IEnumerable<string> languages) => string.Join(',', languages.Select(l => l.Trim().ToLowerInvariant()).Distinct());

    public static string StoredCategories(IEnumerable<DisputeCategory> categories) => string.Join(',', categories.Distinct().Order().Select(Code));

    /// <summary>At least one language of mediation, each one the register knows.</summary>
    public static void LanguagesRule<T>(IRuleBuilderInitial<T, IReadOnlyList<string>> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(l => l is { Count: > 0 }).WithErrorCode("required").WithMessage(_ => Messages.Required)
            .Must(l => l.All(x => Languages.Contains(x?.Trim().ToLowerInvariant()))).WithErrorCode("unknownValue")
            .WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.RegisterLanguageUnknown, string.Join(", ", Languages)));

    public static void SpecialisationsRule<T>(IRuleBuilder<T, IReadOnlyList<DisputeCategory>> rule) =>
        rule.Must(c => c is null || c.All(Enum.IsDefined)).WithErrorCode("unknownValue").WithMessage(_ => Messages.RegisterCategoryUnknown);

    /// <summary>The entry, if the council keeps it; an entry of another council is not found, like another council's case.</summary>
    public static async Task<MediatorRegisterEntry> EntryAsync(MediationDbContext db, int councilId, int entryId, CancellationToken cancellationToken) =>
        await db.MediatorRegister.SingleOrDefaultAsync(e => e.Id == entryId && e.CouncilId == councilId, cancellationToken)
            ?? throw new NotFoundException(string.Format(CultureInfo.CurrentCulture, Messages.RegisterEntryNotFound, entryId));

    /// <summary>Today where the council counts its days: a date after it has not happened yet.</summary>
    public static async Task<DateOnly> TodayAsync(MediationDbContext db, CouncilTimeZones zones, TimeProvider clock, int councilId, CancellationToken cancellationToken) =>
        CaseFactsBuilder.LocalDate(clock.GetUtcNow(), await zones.OfAsync(db, councilId, cancellationToken));

    /// <summary>A register number is unique in the whole register.</summary>
    public static async Task RequireFreeNumberAsync(MediationDbContext db, string number, int? entryId, CancellationToken cancellationToken)
    {
        if (await db.MediatorRegister.AnyAsync(e => e.Number == number && e.Id != entryId, cancellationToken))
        {
            throw new ValidationFailedException([new FieldError("number", "taken", string.Format(CultureInfo.CurrentCulture, Messages.RegisterNumberTaken, number))]);
        }
    }

    public static FieldError FutureDate(string field) => new(field, "future", Messages.RegisterDateInFuture);
}
