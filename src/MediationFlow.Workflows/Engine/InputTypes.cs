namespace MediationFlow.Workflows.Engine;

/// <summary>The types an action's input field may have.</summary>
public static class InputTypes
{
    public const string Text = "text";
    public const string LongText = "longText";
    public const string Boolean = "boolean";
    public const string Number = "integer";
    public const string Date = "date";
    public const string DateTime = "dateTime";
    public const string Choice = "choice";

    /// <summary>A statement the actor must confirm (a checkbox that has to be ticked).</summary>
    public const string Confirmation = "confirmation";

    /// <summary>References to things of the case, checked against the case facts.</summary>
    public const string Party = "party";
    public const string Session = "session";
    public const string Obligation = "obligation";

    /// <summary>A representative of a party whose document of authority is recorded.</summary>
    public const string Representative = "representative";

    /// <summary>Several parties, their ids separated by commas.</summary>
    public const string Parties = "parties";

    /// <summary>
    /// Who attended a session, separated by commas: <c>party:&lt;id&gt;</c>, <c>representative:&lt;id&gt;</c> or
    /// <c>participant:&lt;id&gt;</c>.
    /// </summary>
    public const string Attendees = "attendees";

    /// <summary>A council's number; the application checks that the council exists and may take the case.</summary>
    public const string Council = "council";

    /// <summary>A user id; the application checks that the user exists and may take the role.</summary>
    public const string User = "user";

    internal static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Text, LongText, Boolean, Number, Date, DateTime, Choice, Confirmation, Party, Session, Obligation, User,
        Representative, Parties, Attendees, Council,
    };

    /// <summary>The kinds of attendee an <see cref="Attendees"/> item names before its id.</summary>
    public static readonly IReadOnlyList<string> AttendeeKinds = ["party", "representative", "participant"];

    /// <summary>Types whose value is a list: parsed into an <c>IReadOnlyList&lt;string&gt;</c>.</summary>
    internal static bool IsList(string type) => type is Parties or Attendees;

    public const int TextMaxLength = 500;
    public const int LongTextMaxLength = 8000;

    /// <summary>
    /// The years a date or date-time may fall in. Every date of a case is near the present; a year such as 0001
    /// is a typing slip, and at the ends of the calendar a deadline's arithmetic would overflow.
    /// </summary>
    public const int EarliestYear = 1900;

    public const int LatestYear = 2999;
}
