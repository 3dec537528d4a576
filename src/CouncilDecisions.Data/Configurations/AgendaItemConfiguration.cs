using CouncilDecisions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CouncilDecisions.Data.Configurations;

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.ConfigurePublishable();
        builder.Property(a => a.Number).HasMaxLength(EntityConventions.LabelLength);
        builder.Property(a => a.Title).HasMaxLength(1000);
        builder.Property(a => a.ReportReference).HasMaxLength(200);
        builder.Property(a => a.ForwardPlanReference).HasMaxLength(100);
        builder.HasOne(a => a.Council).WithMany().HasForeignKey(a => a.CouncilId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Meeting).WithMany(m => m.AgendaItems).HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Issue).WithMany(i => i.AgendaItems).HasForeignKey(a => a.IssueId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(a => a.ContactOfficer).WithMany().HasForeignKey(a => a.ContactOfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.LeadMember).WithMany().HasForeignKey(a => a.LeadMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.SourceDocument).WithMany().HasForeignKey(a => a.SourceDocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Extras).WithOne().HasForeignKey(e => e.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.MeetingId, a.Position });
        builder.HasIndex(a => new { a.CouncilId, a.State });
    }
}

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> builder)
    {
        builder.ConfigureEditable();
        builder.Property(r => r.Label).HasMaxLength(EntityConventions.LabelLength);
        builder.HasOne(r => r.AgendaItem).WithMany(a => a.Recommendations).HasForeignKey(r => r.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.AgendaItemId, r.Position });
    }
}

internal sealed class MinuteParagraphConfiguration : IEntityTypeConfiguration<MinuteParagraph>
{
    public void Configure(EntityTypeBuilder<MinuteParagraph> builder)
    {
        builder.ConfigureEditable();
        builder.Property(m => m.Number).HasMaxLength(EntityConventions.LabelLength);
        builder.HasOne(m => m.AgendaItem).WithMany(a => a.Minutes).HasForeignKey(m => m.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.AgendaItemId, m.Position });
    }
}

internal sealed class ExtraFieldConfiguration : IEntityTypeConfiguration<ExtraField>
{
    public void Configure(EntityTypeBuilder<ExtraField> builder)
    {
        builder.Property(e => e.Label).HasMaxLength(EntityConventions.NameLength);
    }
}
