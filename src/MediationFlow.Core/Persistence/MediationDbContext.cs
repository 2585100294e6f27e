using MediationFlow.Core.Domain;
using MediationFlow.Workflows.Engine;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Persistence;

/// <summary>The one database of a deployment: councils, people, cases with their full history, timers, audit.</summary>
public sealed class MediationDbContext(DbContextOptions<MediationDbContext> options)
    : IdentityDbContext<User, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<Council> Councils => Set<Council>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<MediatorRegisterEntry> MediatorRegister => Set<MediatorRegisterEntry>();
    public DbSet<MediatorStatusChange> MediatorStatusChanges => Set<MediatorStatusChange>();
    public DbSet<TrainingRecord> TrainingRecords => Set<TrainingRecord>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<Party> Parties => Set<Party>();
    public DbSet<Representative> Representatives => Set<Representative>();
    public DbSet<Participant> Participants => Set<Participant>();
    public DbSet<MediationRound> MediationRounds => Set<MediationRound>();
    public DbSet<Consent> Consents => Set<Consent>();
    public DbSet<ConflictDeclaration> ConflictDeclarations => Set<ConflictDeclaration>();
    public DbSet<MediationAgreement> MediationAgreements => Set<MediationAgreement>();
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<SessionAttendance> SessionAttendances => Set<SessionAttendance>();
    public DbSet<SettlementAgreement> SettlementAgreements => Set<SettlementAgreement>();
    public DbSet<SettlementSignature> SettlementSignatures => Set<SettlementSignature>();
    public DbSet<Obligation> Obligations => Set<Obligation>();
    public DbSet<FollowUpCheck> FollowUpChecks => Set<FollowUpCheck>();
    public DbSet<CourtProceeding> CourtProceedings => Set<CourtProceeding>();
    public DbSet<CaseTransfer> CaseTransfers => Set<CaseTransfer>();
    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();

    /// <summary>Written only by <c>CaseHistory</c> and read only by <c>Security.ConfidentialNotes</c>, which decides who sees the text.</summary>
    public DbSet<ConfidentialNote> ConfidentialNotes => Set<ConfidentialNote>();
    public DbSet<CaseFileEntry> CaseFileEntries => Set<CaseFileEntry>();
    public DbSet<DueTimer> DueTimers => Set<DueTimer>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<CaseNumberCounter> CaseNumberCounters => Set<CaseNumberCounter>();
    public DbSet<Workshop> Workshops => Set<Workshop>();
    public DbSet<WorkshopTeam> WorkshopTeams => Set<WorkshopTeam>();
    public DbSet<WorkshopTrainee> WorkshopTrainees => Set<WorkshopTrainee>();
    public DbSet<WorkshopEventFiring> WorkshopEventFirings => Set<WorkshopEventFiring>();
    public DbSet<AccessToken> AccessTokens => Set<AccessToken>();

    /// <summary>Set by the transaction behaviour while a command runs: the command's first save begins its transaction.</summary>
    internal CommandTransaction? Command { get; set; }

    /// <summary>
    /// Within a command, begins its transaction before a write that does not go through SaveChanges (raw SQL,
    /// ExecuteUpdate or ExecuteDelete); saves begin it by themselves. Outside a command it does nothing.
    /// </summary>
    public Task BeginWritingAsync(CancellationToken cancellationToken) => Command?.BeginAsync(cancellationToken) ?? Task.CompletedTask;

    /// <summary>
    /// Begins the command's transaction and holds the case until it commits, for a command that counts what the case
    /// has (the next version of a document): two such commands count one after the other, never both from the same
    /// rows. On SQLite the transaction's write lock already holds every other writer; PostgreSQL locks the case's row.
    /// </summary>
    public async Task HoldCaseAsync(long caseId, CancellationToken cancellationToken)
    {
        await BeginWritingAsync(cancellationToken);
        if (!Database.IsSqlite())
        {
            await Database.ExecuteSqlAsync($"SELECT 1 FROM \"Cases\" WHERE \"Id\" = {caseId} FOR UPDATE", cancellationToken);
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        Command?.Begin();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await BeginWritingAsync(cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<Instants.SqliteConverter>();
        }
        else
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<Instants.PostgreSqlConverter>();

            // Text compared and ordered by code point, as SQLite does, whatever locale the database was created with:
            // a party-name search is a range from the typed prefix to prefix + U+FFFF, which only code-point order keeps.
            configurationBuilder.Properties<string>().UseCollation("C");
        }

        // Enums as their names: readable in the database and stable when members are added.
        configurationBuilder.Properties<CouncilLevel>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<CouncilRole>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<MediatorType>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<MediatorStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<DisputeCategory>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<PartyRole>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<ObligationStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<TimerStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<PartyKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<ReferralSource>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<AuthorityKind>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<ParticipantKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<SessionKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<AttendeeKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<SettlementScope>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<SignatureMethod>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<CourtDecision>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<TransferStatus>().HaveConversion<string>().HaveMaxLength(20);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MediationDbContext).Assembly);
    }
}
