using System.Globalization;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Intake;
using MediationFlow.Workflows.Engine;
using Microsoft.Extensions.Localization;

namespace MediationFlow.Web.Presentation;

/// <summary>
/// How pages show dates, deadlines and the domain's enumerations in the reader's language.
/// Times are shown in Kazakhstan time whatever the server's zone, because that is where councils work.
/// </summary>
public sealed class Display(IStringLocalizer<SharedResource> text)
{
    /// <summary>Kazakhstan has used one zone, UTC+5, since March 2024; the workflow definitions say the same.</summary>
    public static readonly TimeSpan KazakhstanOffset = TimeSpan.FromHours(5);

    public static DateTimeOffset Local(DateTimeOffset moment) => moment.ToOffset(KazakhstanOffset);

    public static string Date(DateTimeOffset moment) => Local(moment).ToString("d", CultureInfo.CurrentCulture);

    public static string Date(DateOnly day) => day.ToString("d", CultureInfo.CurrentCulture);

    public static string DateTime(DateTimeOffset moment) => Local(moment).ToString("g", CultureInfo.CurrentCulture);

    /// <summary>A phone number as a tel: link takes it (digits and +), without the spaces and dashes people write.</summary>
    public static string TelephoneLink(string phone) => string.Concat((phone ?? string.Empty).Where(c => char.IsAsciiDigit(c) || c == '+'));

    /// <summary>For the machine-readable datetime attribute of &lt;time&gt;.</summary>
    public static string Iso(DateTimeOffset moment) => Local(moment).ToString("yyyy-MM-ddTHH:mmzzz", CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>
    /// The last day before a deadline passes, in Kazakhstan time. A term that ends with a date passes at the next
    /// midnight (version 3), which is the end of that date, not a day of its own.
    /// </summary>
    public static DateOnly LastDay(DateTimeOffset deadline) => DateOnly.FromDateTime(Local(deadline.AddTicks(-1)).DateTime);

    /// <summary>A deadline as the reader counts it: its last day.</summary>
    public static string Deadline(DateTimeOffset deadline) => Date(LastDay(deadline));

    /// <summary>Calendar days from today to the deadline's last day, in Kazakhstan time; negative once it has passed.</summary>
    public static int DaysLeft(DateTimeOffset deadline, DateTimeOffset now) =>
        LastDay(deadline).DayNumber - DateOnly.FromDateTime(Local(now).DateTime).DayNumber;

    /// <summary>"3 days left", "due today", "overdue by 2 days", following the case's own clock.</summary>
    public string Countdown(DateTimeOffset deadline, DateTimeOffset now)
    {
        var days = DaysLeft(deadline, now);
        if (deadline <= now)
        {
            return days >= 0 ? text["OverdueToday"] : Plural("OverdueByDays", -days);
        }

        return days == 0 ? text["DueToday"] : Plural("DaysLeft", days);
    }

    /// <summary>Picks the key's plural form (…_one, …_few, …_many) by the language's rule and fills in the number.</summary>
    public string Plural(string key, long count)
    {
        var form = PluralForm(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, count);
        return string.Format(CultureInfo.CurrentCulture, text[$"{key}_{form}"], Number(count));
    }

    internal static string PluralForm(string language, long count)
    {
        var n = Math.Abs(count);
        return language switch
        {
            "ru" when n % 10 == 1 && n % 100 != 11 => "one",
            "ru" when n % 10 is >= 2 and <= 4 && n % 100 is < 12 or > 14 => "few",
            "ru" => "many",
            "en" when n == 1 => "one",
            _ => "many",
        };
    }

    public string Category(DisputeCategory category) => text[$"Category.{category}"];

    public string Role(CouncilRole role) => text[$"Role.{role}"];

    public string Level(CouncilLevel level) => text[$"Level.{level}"];

    public string MediatorType(MediatorType type) => text[$"MediatorType.{type}"];

    public string MediatorStatus(MediatorStatus status) => text[$"MediatorStatus.{status}"];

    /// <summary>A mediator the chair may choose, with why they stand where they do in the ranked list: languages, specialisation, caseload.</summary>
    public string MediatorChoice(ListAssignableMediators.Assignable mediator)
    {
        ArgumentNullException.ThrowIfNull(mediator);
        static string Names(IEnumerable<string> codes) => string.Join(", ", codes.Select(LanguageName));
        var languages = mediator switch
        {
            { Registered: false } => text["RankNotRegistered"].Value,
            { MissingLanguages.Count: 0 } => string.Format(CultureInfo.CurrentCulture, text["RankLanguagesMatch"], Names(mediator.MatchedLanguages)),
            _ => string.Format(CultureInfo.CurrentCulture, text["RankLanguagesMissing"], Names(mediator.MissingLanguages)),
        };
        var specialised = mediator.Registered ? " · " + text[mediator.Specialised ? "RankSpecialised" : "RankNotSpecialised"] : string.Empty;
        return $"{mediator.DisplayName} — {languages}{specialised} · {string.Format(CultureInfo.CurrentCulture, text["RankOpenCases"], mediator.OpenCases)}";
    }

    public string Obligation(ObligationStatus status) => text[$"ObligationStatus.{status}"];

    public string PartyRole(PartyRole role) => text[$"PartyRole.{role}"];

    /// <summary>How far a legal basis was checked: verified, secondary, unverified or practice, as the definition says.</summary>
    public string BasisStatus(string status) => text[$"V3Basis.{status}"];

    public string ParticipantKind(ParticipantKind kind) => text[$"ParticipantKind.{kind}"];

    /// <summary>"Aliya Bekova, representative of Aigerim Sadykova": a representative as one of the case's people.</summary>
    public string RepresentativeOf(string representative, string party) =>
        string.Format(CultureInfo.CurrentCulture, text["V3RepresentativeOf"], representative, party);

    public string YesNo(bool value) => text[value ? "Yes" : "No"];

    public string WorkshopStatus(WorkshopStatus status) => text[$"WorkshopStatus.{status}"];

    /// <summary>Language names are written in their own language, as people look for their own.</summary>
    public static string LanguageName(string code) => code switch
    {
        "kk" => "Қазақша",
        "ru" => "Русский",
        "en" => "English",
        _ => code,
    };
}
