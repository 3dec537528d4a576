using CouncilDecisions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CouncilDecisions.Data.Configurations;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ConfigurePublishable();
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Location).HasMaxLength(EntityConventions.NameLength);
        builder.HasOne(m => m.Body).WithMany(b => b.Meetings).HasForeignKey(m => m.BodyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.BodyId, m.Date });
        builder.HasIndex(m => m.Date);
    }
}
