using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IzmirSymbiosis.Infrastructure.Persistence.Configurations;

internal sealed class ExchangeConfiguration : IEntityTypeConfiguration<Exchange>
{
    public void Configure(EntityTypeBuilder<Exchange> builder)
    {
        builder.ToTable("exchanges");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();

        // The exchange counts its own changes (the history records the version each step made), so
        // an UPDATE only lands on the version that was read: 20 approvals at once, one wins.
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Property(e => e.CreatedAt).HasColumnType("timestamptz");
        builder.Property(e => e.UpdatedAt).HasColumnType("timestamptz");
        builder.Property(e => e.StageChangedAt).HasColumnType("timestamptz");
        builder.Property(e => e.DonorConfirmedAt).HasColumnType("timestamptz");
        builder.Property(e => e.ReceiverConfirmedAt).HasColumnType("timestamptz");
        builder.Property(e => e.TransporterConfirmedAt).HasColumnType("timestamptz");
        builder.Property(e => e.ProcessorConfirmedAt).HasColumnType("timestamptz");
        builder.Property(e => e.Title).HasMaxLength(Exchange.TitleMaxLength).IsRequired().UseCollation(AppDbContext.TurkishCollation);
        builder.Property(e => e.RecoveryOperation).HasMaxLength(3);
        builder.Property(e => e.CommercialTerms).HasMaxLength(Exchange.TermsMaxLength);
        builder.Property(e => e.VerificationEvidence).HasMaxLength(Exchange.CommentMaxLength);
        builder.Property(e => e.AgreedAmount).HasPrecision(Quantity.AmountPrecision, Quantity.AmountScale);
        builder.Property(e => e.VerifiedAmount).HasPrecision(Quantity.AmountPrecision, Quantity.AmountScale);
        builder.Ignore(e => e.AgreedQuantity);
        builder.Ignore(e => e.Parties);
        builder.Ignore(e => e.PartyCompanyIds);
        builder.Ignore(e => e.AllPartiesConfirmed);

        builder.HasOne<Company>().WithMany().HasForeignKey(e => e.DonorCompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Company>().WithMany().HasForeignKey(e => e.ReceiverCompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Company>().WithMany().HasForeignKey(e => e.TransporterCompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Company>().WithMany().HasForeignKey(e => e.ProcessorCompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ResourceStream>().WithMany().HasForeignKey(e => e.OfferStreamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ResourceStream>().WithMany().HasForeignKey(e => e.NeedStreamId).OnDelete(DeleteBehavior.Restrict);

        // No foreign key to the match: match rows are replaced when the engine recomputes them; the
        // id is kept as where the exchange came from. The introduction id is stored, not yet checked.
        builder.HasIndex(e => e.SourceMatchId);

        builder.OwnsMany(e => e.ByProductAnswers, answers =>
        {
            answers.ToJson("by_product_answers");
            answers.Property(a => a.Evidence).HasMaxLength(ByProductAnswer.EvidenceMaxLength);
        });
        builder.Navigation(e => e.ByProductAnswers).HasField("_byProductAnswers");

        // The lists: by party, by stage (the review queue sorts by stage age).
        builder.HasIndex(e => e.DonorCompanyId);

        // One open exchange per offer and receiver, also when two are created at once.
        builder.HasIndex(e => new { e.OfferStreamId, e.ReceiverCompanyId }).IsUnique()
            .HasFilter("stage NOT IN ('Verified', 'Rejected', 'Withdrawn')");
        builder.HasIndex(e => e.ReceiverCompanyId);
        builder.HasIndex(e => e.TransporterCompanyId);
        builder.HasIndex(e => e.ProcessorCompanyId);
        builder.HasIndex(e => new { e.Stage, e.StageChangedAt });
    }
}
