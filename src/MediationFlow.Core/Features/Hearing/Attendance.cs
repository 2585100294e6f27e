using System.Globalization;
using MediationFlow.Core.Domain;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Features.Hearing;

/// <summary>
/// Who came to a session, from the attendees the mediator ticked (<c>party:1,representative:4,participant:2</c>): a
/// representative's presence is their party's, so the party was heard.
/// </summary>
public static class Attendance
{
    /// <summary>The parties present in person or through a representative.</summary>
    public static HashSet<long> PartiesIn(Case @case, IReadOnlyList<string> attendees)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(attendees);
        var parties = new HashSet<long>();
        foreach (var (kind, id) in attendees.Select(Parse))
        {
            if (kind == AttendeeKind.Party)
            {
                parties.Add(id);
            }
            else if (kind == AttendeeKind.Representative && @case.Representatives.FirstOrDefault(r => r.Id == id) is { } representative)
            {
                parties.Add(representative.PartyId);
            }
        }

        return parties;
    }

    /// <summary>
    /// One row per person who came, and, for the parties the session was with (every party at a joint session, its
    /// party at a separate meeting), a row for each who did not.
    /// </summary>
    public static void Record(Case @case, Session session, IReadOnlyList<string> attendees)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(session);
        foreach (var (kind, id) in attendees.Select(Parse))
        {
            session.Attendance.Add(new SessionAttendance { SessionId = session.Id, AttendeeKind = kind, AttendeeId = id, Attended = true });
        }

        var heard = PartiesIn(@case, attendees);
        var expected = session.Kind == SessionKind.Separate ? [session.PartyId!.Value] : @case.Parties.Select(p => p.Id);
        foreach (var party in expected.Where(p => !heard.Contains(p)))
        {
            session.Attendance.Add(new SessionAttendance { SessionId = session.Id, AttendeeKind = AttendeeKind.Party, AttendeeId = party, Attended = false });
        }
    }

    /// <summary>The engine has checked every item names a known attendee.</summary>
    private static (AttendeeKind Kind, long Id) Parse(string item)
    {
        var colon = item.IndexOf(':', StringComparison.Ordinal);
        var kind = item[..colon] switch
        {
            "party" => AttendeeKind.Party,
            "representative" => AttendeeKind.Representative,
            _ => AttendeeKind.Participant,
        };
        return (kind, long.Parse(item[(colon + 1)..], CultureInfo.InvariantCulture));
    }
}
