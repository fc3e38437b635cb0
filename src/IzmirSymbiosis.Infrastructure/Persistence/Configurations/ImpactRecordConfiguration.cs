using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Impact;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IzmirSymbiosis.Infrastructure.Persistence.Configurations;

/// <summary>
/// The impact ledger: figures as columns (the dashboard sums them), what made them as JSON (inputs,
/// copied factor rows, steps, notes). Rows are only ever added.
/// </summary>
internal sealed class ImpactRecordConfiguration : IEntityTypeConfiguration<ImpactRecord>
{
    public void Configure(EntityTypeBuilder<ImpactRecord> builder)
    {
        builder.ToTable("impact_records");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.RecordedAt).HasColumnType("timestamptz");
        builder.Property(r => r.FormulaVersion).HasMaxLength(20).IsRequired();
        builder.Property(r => r.InputsJson).HasColumnType("jsonb").IsRequired();
        builder.Property(r => r.RowsJson).HasColumnType("jsonb").IsRequired();
        builder.Property(r => r.StepsJson).HasColumnType("jsonb").IsRequired();
        builder.Property(r => r.NotesJson).HasColumnType("jsonb").IsRequired();
        foreach (var figure in new[]
        {
            nameof(ImpactRecord.TonnesDiverted), nameof(ImpactRecord.VirginMaterialTonnes), nameof(ImpactRecord.SubstitutionCo2eTonnes),
            nameof(ImpactRecord.AvoidedDisposalCo2eTonnes), nameof(ImpactRecord.TransportCo2eTonnes), nameof(ImpactRecord.ProcessingCo2eTonnes),
            nameof(ImpactRecord.Co2eAvoidedTonnes), nameof(ImpactRecord.WaterM3), nameof(ImpactRecord.EnergyMWh),
            nameof(ImpactRecord.CostSavingsTry), nameof(ImpactRecord.NewRevenueTry), nameof(ImpactRecord.InvestmentTry),
        })
        {
            builder.Property(figure).HasPrecision(20, ImpactCalculator.Decimals);
        }

        builder.Ignore(r => r.Figures);
        builder.HasOne<Exchange>().WithMany().HasForeignKey(r => r.ExchangeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FactorSet>().WithMany().HasForeignKey(r => r.FactorSetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ImpactRecord>().WithMany().HasForeignKey(r => r.SupersedesId).OnDelete(DeleteBehavior.Restrict);

        // The current forecast and verified figures of an exchange: the latest record of each basis.
        builder.HasIndex(r => new { r.ExchangeId, r.Basis, r.RecordedAt });
    }
}
