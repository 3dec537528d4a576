using CouncilDecisions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CouncilDecisions.Data.Configurations;

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> builder)
    {
        builder.ConfigurePublishable();
        builder.Property(d => d.Title).HasMaxLength(1000);
        builder.Property(d => d.Slug).HasMaxLength(EntityConventions.SlugLength);
        builder.Property(d => d.DecisionMaker).HasMaxLength(EntityConventions.NameLength);
        builder.Property(d => d.Status).HasMaxLength(200);
        builder.Property(d => d.CallInStatus).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(d => d.Council).WithMany().HasForeignKey(d => d.CouncilId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.AgendaItem).WithMany(a => a.Decisions).HasForeignKey(d => d.AgendaItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.MakerBody).WithMany().HasForeignKey(d => d.MakerBodyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.SupersededBy).WithMany().HasForeignKey(d => d.SupersededById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.SourceDocument).WithMany().HasForeignKey(d => d.SourceDocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Extras).WithOne().HasForeignKey(e => e.DecisionId).OnDelete(DeleteBehavior.Cascade);

        // The public lists: a council's decisions by date, filtered by state.
        builder.HasIndex(d => new { d.CouncilId, d.State, d.DecisionDate });
        builder.HasIndex(d => new { d.State, d.DecisionDate });
        builder.HasIndex(d => d.Status);
        builder.HasIndex(d => d.UpdatedUtc);
    }
}

internal sealed class ResolutionConfiguration : IEntityTypeConfiguration<Resolution>
{
    public void Configure(EntityTypeBuilder<Resolution> builder)
    {
        builder.ConfigureEditable();
        builder.Property(r => r.Label).HasMaxLength(EntityConventions.LabelLength);
        builder.HasOne(r => r.Decision).WithMany(d => d.Resolutions).HasForeignKey(r => r.DecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.DecisionId, r.Position });
    }
}

internal sealed class ScrutinyCommentConfiguration : IEntityTypeConfiguration<ScrutinyComment>
{
    public void Configure(EntityTypeBuilder<ScrutinyComment> builder)
    {
        builder.ConfigureEditable();
        builder.Property(s => s.Label).HasMaxLength(EntityConventions.LabelLength);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(s => s.Decision).WithMany(d => d.ScrutinyComments).HasForeignKey(s => s.DecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.DecisionId, s.Position });
    }
}
