using MediationFlow.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediationFlow.Core.Persistence.Configurations;

internal sealed class WorkshopConfiguration : IEntityTypeConfiguration<Workshop>
{
    public void Configure(EntityTypeBuilder<Workshop> builder)
    {
        builder.Property(w => w.ScenarioId).HasMaxLength(100);
        builder.Property(w => w.Title).HasMaxLength(200);
        builder.Property(w => w.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.Version).IsConcurrencyToken();
        builder.HasIndex(w => w.TrainerId);
        builder.HasOne<Council>().WithMany().HasForeignKey(w => w.CouncilId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(w => w.TrainerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(w => w.Teams).WithOne().HasForeignKey(t => t.WorkshopId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(w => w.FiredEvents).WithOne().HasForeignKey(f => f.WorkshopId).OnDelete(DeleteBehavior.Cascade);

        // Deleting a workshop deletes its sandbox cases, and with them their history, timers and notifications.
        builder.HasMany<Case>().WithOne(c => c.Workshop).HasForeignKey(c => c.WorkshopId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WorkshopTeamConfiguration : IEntityTypeConfiguration<WorkshopTeam>
{
    public void Configure(EntityTypeBuilder<WorkshopTeam> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.HasMany(t => t.Members).WithOne().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.Case).WithMany().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class WorkshopTraineeConfiguration : IEntityTypeConfiguration<WorkshopTrainee>
{
    public void Configure(EntityTypeBuilder<WorkshopTrainee> builder)
    {
        builder.HasIndex(m => new { m.TeamId, m.UserId }).IsUnique();
        builder.HasIndex(m => m.UserId);
        builder.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WorkshopEventFiringConfiguration : IEntityTypeConfiguration<WorkshopEventFiring>
{
    public void Configure(EntityTypeBuilder<WorkshopEventFiring> builder)
    {
        builder.Property(f => f.EventId).HasMaxLength(100);
        builder.HasIndex(f => new { f.WorkshopId, f.EventId }).IsUnique();
    }
}
