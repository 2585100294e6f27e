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

    /// <summary>A user id; the application checks that the user exists and may take the role.</summary>
    public const string User = "user";

    internal static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Text, LongText, Boolean, Number, Date, DateTime, Choice, Confirmation, Party, Session, Obligation, User,
    };

    public const int TextMaxLength = 500;
    public const int LongTextMaxLength = 8000;

    /// <summary>
    /// The years a date or date-time may fall in. Every date of a case is near the present; a year such as 0001
    /// is a typing slip, and at the ends of the calendar a deadline's arithmetic would overflow.
    /// </summary>
    public const int EarliestYear = 1900;

    public const int LatestYear = 2999;
}
