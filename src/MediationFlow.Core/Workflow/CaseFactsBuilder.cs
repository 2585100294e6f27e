using System.Globalization;
using System.Text.Json;
using MediationFlow.Core.Domain;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Workflow;

/// <summary>Turns a loaded case into the facts the workflow's guards read.</summary>
public static class CaseFactsBuilder
{
    /// <remarks>The case must be loaded with its parties, consents, sessions and obligations.</remarks>
    public static CaseFacts Build(Case @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var consented = @case.Consents.Select(c => c.PartyId).ToHashSet();
        return new CaseFacts
        {
            Category = CategoryCode(@case.Category),
            Screening = new ScreeningAnswers(@case.AffectsThirdParties, @case.PartyLacksCapacity, @case.CorruptionOrPublicServiceOffence),
            Parties = [.. @case.Parties.Select(p => new PartyFact(Key(p.Id), p.Role, consented.Contains(p.Id)))],
            Sessions = [.. @case.Sessions.Where(s => !s.Superseded).Select(s => new SessionFact(Key(s.Id), s.Recorded, s.NoShow))],
            Obligations = [.. @case.Obligations.Where(o => !o.Superseded).Select(o => new ObligationFact(Key(o.Id), o.DueOn, o.Status))],
            Extensions = @case.Extensions,
            Dates = @case.DatesJson == "{}" ? [] : JsonSerializer.Deserialize<Dictionary<string, DateOnly>>(@case.DatesJson) ?? [],
        };
    }

    /// <summary>The category as definitions name it (settings such as sensitiveCategories use these codes).</summary>
    public static string CategoryCode(DisputeCategory category)
    {
        var name = category.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>Entity ids travel through the engine as text.</summary>
    public static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
