namespace MediationFlow.Core.Domain;

/// <summary>A Public Accord Council, a node in the tree from regional centres down to villages and enterprises.</summary>
public sealed class Council
{
    public int Id { get; set; }

    /// <summary>Short code used in case numbers, e.g. "AKM-07".</summary>
    public required string Code { get; set; }

    public required string NameKk { get; set; }
    public required string NameRu { get; set; }
    public required string NameEn { get; set; }
    public CouncilLevel Level { get; set; }
    public int? ParentId { get; set; }
    public Council? Parent { get; set; }

    /// <summary>Ids from the root down to this council, "/1/5/23/": reports roll up with one prefix match.</summary>
    public string Path { get; set; } = "/";

    /// <summary>The IANA time zone the council's days are counted in (a date deadline ends at midnight there).</summary>
    public string TimeZone { get; set; } = DefaultTimeZone;

    /// <summary>
    /// When the council stopped existing (merged, dissolved): it takes no new cases, members or councils under it, and
    /// keeps its cases and members for the record. Null while it works.
    /// </summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>UTC+5 all year since 1 March 2024, like the rest of Kazakhstan.</summary>
    public const string DefaultTimeZone = "Asia/Almaty";

    public string Name(string language) => language switch { "kk" => NameKk, "ru" => NameRu, _ => NameEn };
}

public enum CouncilLevel
{
    Region,
    RepublicanCity,
    City,
    District,
    Rural,
    Enterprise,
}
