using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Readiness;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IzmirSymbiosis.Infrastructure.Persistence.Configurations;

/// <summary>
/// Readiness assessments: one row per assessment, a level column per perspective (the dashboard
/// counts them) checked 1–9 by the database too. The number is unique per exchange: of two
/// assessors saving from the same current assessment at once, one wins. Rows are only ever added.
/// </summary>
internal sealed class ReadinessAssessmentConfiguration : IEntityTypeConfiguration<ReadinessAssessment>
{
    public void Configure(EntityTypeBuilder<ReadinessAssessment> builder)
    {
        builder.ToTable("readiness_assessments", t =>
        {
            foreach (var perspective in ReadinessScale.Perspectives)
            {
                var column = $"{perspective.ToString().ToLowerInvariant()}_level";
                t.HasCheckConstraint($"ck_readiness_assessments_{column}", $"{column} BETWEEN {ReadinessScale.MinLevel} AND {ReadinessScale.MaxLevel}");
            }

            t.HasCheckConstraint("ck_readiness_assessments_sequence", "sequence >= 1");
        });
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.AssessedAt).HasColumnType("timestamptz");
        foreach (var note in new[]
        {
            nameof(ReadinessAssessment.TechnologyNote), nameof(ReadinessAssessment.BusinessNote), nameof(ReadinessAssessment.OrganisationalNote),
            nameof(ReadinessAssessment.LegalNote), nameof(ReadinessAssessment.SocietalNote), nameof(ReadinessAssessment.EnvironmentalNote),
        })
        {
            builder.Property(note).HasMaxLength(ReadinessScale.NoteMaxLength);
        }

        builder.Ignore(a => a.Ratings);
        builder.HasOne<Exchange>().WithMany().HasForeignKey(a => a.ExchangeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ExchangeId, a.Sequence }).IsUnique();
    }
}
