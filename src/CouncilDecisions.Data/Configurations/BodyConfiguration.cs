using CouncilDecisions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CouncilDecisions.Data.Configurations;

internal sealed class BodyConfiguration : IEntityTypeConfiguration<Body>
{
    public void Configure(EntityTypeBuilder<Body> builder)
    {
        builder.ConfigureEditable();
        builder.Property(b => b.Name).HasMaxLength(EntityConventions.NameLength);
        builder.Property(b => b.Slug).HasMaxLength(EntityConventions.SlugLength);
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(40);
        builder.HasOne(b => b.Council).WithMany(c => c.Bodies).HasForeignKey(b => b.CouncilId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.CouncilId, b.Slug }).IsUnique();
    }
}
