using CouncilDecisions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CouncilDecisions.Data.Configurations;

internal sealed class IssueConfiguration : IEntityTypeConfiguration<Issue>
{
    public void Configure(EntityTypeBuilder<Issue> builder)
    {
        builder.ConfigureEditable();
        builder.Property(i => i.Title).HasMaxLength(1000);
        builder.Property(i => i.Slug).HasMaxLength(EntityConventions.SlugLength);
        builder.Property(i => i.ForwardPlanReference).HasMaxLength(100);
        builder.HasOne(i => i.Council).WithMany().HasForeignKey(i => i.CouncilId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.CouncilId, i.Slug });
    }
}
