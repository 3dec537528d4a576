using CouncilDecisions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CouncilDecisions.Data.Configurations;

internal sealed class SourceDocumentConfiguration : IEntityTypeConfiguration<SourceDocument>
{
    public void Configure(EntityTypeBuilder<SourceDocument> builder)
    {
        builder.Property(s => s.SourceKey).HasMaxLength(400);
        builder.Property(s => s.FileName).HasMaxLength(400);
        builder.Property(s => s.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(s => s.Kind).HasMaxLength(30);
        builder.Property(s => s.ParserVersion).HasMaxLength(30);
        builder.Property(s => s.ImportedBy).HasMaxLength(256);
        builder.Property(s => s.Warnings).HasJsonConversion();
        builder.HasOne(s => s.Council).WithMany().HasForeignKey(s => s.CouncilId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.Sha256);
        builder.HasIndex(s => s.SourceKey);
    }
}

internal sealed class ChangeRecordConfiguration : IEntityTypeConfiguration<ChangeRecord>
{
    public void Configure(EntityTypeBuilder<ChangeRecord> builder)
    {
        builder.Property(c => c.EntityType).HasMaxLength(60);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ChangedByUserId).HasMaxLength(450);
        builder.Property(c => c.ChangedBy).HasMaxLength(256);
        builder.Property(c => c.Summary).HasMaxLength(2000);
        builder.Property(c => c.Fields).HasJsonConversion();
        builder.HasIndex(c => new { c.EntityType, c.EntityId, c.Revision });
    }
}
