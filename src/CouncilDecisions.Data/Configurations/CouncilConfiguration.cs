using CouncilDecisions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CouncilDecisions.Data.Configurations;

internal sealed class CouncilConfiguration : IEntityTypeConfiguration<Council>
{
    public void Configure(EntityTypeBuilder<Council> builder)
    {
        builder.ConfigureEditable();
        builder.Property(c => c.Name).HasMaxLength(EntityConventions.NameLength);
        builder.Property(c => c.Slug).HasMaxLength(EntityConventions.SlugLength);
        builder.Property(c => c.Website).HasMaxLength(500);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.HasIndex(c => c.Name).IsUnique();
    }
}
