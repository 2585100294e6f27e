namespace MediationFlow.Core.Security;

// Every request declares whose it is; the authorization behaviour refuses requests that declare nothing.

/// <summary>A request about one case: allowed only when the case is visible to the actor.</summary>
public interface ICaseRequest
{
    long CaseId { get; }
}

/// <summary>A request in one council that only its mediators and chairs may make.</summary>
public interface ICouncilCaseworkRequest
{
    int CouncilId { get; }
}

/// <summary>A request in one council that only its trainers may make (setting up workshops).</summary>
public interface ICouncilTrainerRequest
{
    int CouncilId { get; }
}

/// <summary>A request about a workshop that only its trainer may make.</summary>
public interface IWorkshopRequest
{
    long WorkshopId { get; }
}

/// <summary>A request about a workshop that its trainer and its trainees may make.</summary>
public interface IWorkshopParticipantRequest
{
    long WorkshopId { get; }
}

/// <summary>A request any signed-in user may make; its handler filters by <see cref="CaseAccess"/>.</summary>
public interface ISignedInRequest;

/// <summary>A request only the system (the timer pump) may make.</summary>
public interface ISystemRequest;

/// <summary>
/// Keeping the council tree and the people who sign in: the system (the command-line tool) and anyone who holds the
/// administrator role in a council may make it; the role reaches the whole tree, never the content of a case.
/// </summary>
public interface IAdministrationRequest;

/// <summary>A request about one council that any member of it (of any role) may make; others are told it does not exist.</summary>
public interface ICouncilMemberRequest
{
    int CouncilId { get; }
}

/// <summary>
/// A request for aggregated figures of a council and the councils under it: analysts and chairs of that
/// council or of one above it may make it; others are told it does not exist. It never returns case content.
/// </summary>
public interface ICouncilFiguresRequest
{
    int CouncilId { get; }
}

/// <summary>
/// A request that reads a council's register of mediators: any member of the council, and the chairs and administrators
/// of it or of a council above it (who keep it) may make it; others are told the council does not exist.
/// </summary>
public interface ICouncilRegisterRequest
{
    int CouncilId { get; }
}

/// <summary>
/// A change to a council's register of mediators: only its keepers (<see cref="RegisterKeepers"/>) may make it; a member
/// of the council without that role is refused, anyone else is told the council does not exist.
/// </summary>
public interface IRegisterKeeperRequest
{
    int CouncilId { get; }
}
