using IzmirSymbiosis.Domain.Notifications;
using IzmirSymbiosis.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IzmirSymbiosis.Infrastructure.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).HasMaxLength(Notification.KindMaxLength).IsRequired();
        builder.Property(n => n.Link).HasMaxLength(Notification.LinkMaxLength).IsRequired();
        builder.Property(n => n.TitleTr).HasMaxLength(Notification.TitleMaxLength).IsRequired();
        builder.Property(n => n.TitleEn).HasMaxLength(Notification.TitleMaxLength).IsRequired();
        builder.Property(n => n.CreatedAt).HasColumnType("timestamptz");
        builder.Property(n => n.ReadAt).HasColumnType("timestamptz");
        builder.Property(n => n.MailedAt).HasColumnType("timestamptz");
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);

        // The bell (a user's unread, newest first) and the outbox (pending mails).
        builder.HasIndex(n => new { n.UserId, n.CreatedAt });
        builder.HasIndex(n => n.CreatedAt).HasFilter("mail = 'Pending'").HasDatabaseName("ix_notifications_mail_pending");
    }
}
