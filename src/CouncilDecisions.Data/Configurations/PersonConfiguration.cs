using CouncilDecisions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CouncilDecisions.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ConfigureEditable();
        builder.Property(p => p.Name).HasMaxLength(EntityConventions.NameLength);
        builder.Property(p => p.Slug).HasMaxLength(EntityConventions.SlugLength);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(p => p.Council).WithMany(c => c.People).HasForeignKey(p => p.CouncilId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Titles).WithOne().HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.CouncilId, p.Slug }).IsUnique();
    }
}

internal sealed class PersonTitleConfiguration : IEntityTypeConfiguration<PersonTitle>
{
    public void Configure(EntityTypeBuilder<PersonTitle> builder)
    {
        builder.Property(t => t.Title).HasMaxLength(EntityConventions.NameLength);
        builder.HasIndex(t => new { t.PersonId, t.Title }).IsUnique();
    }
}

internal sealed class PersonLinkConfiguration : IEntityTypeConfiguration<PersonLink>
{
    public void Configure(EntityTypeBuilder<PersonLink> builder)
    {
        builder.Property(l => l.Role).HasConversion<string>().HasMaxLength(30);
        builder.Property(l => l.Title).HasMaxLength(EntityConventions.NameLength);
        builder.HasOne(l => l.Person).WithMany(p => p.Links).HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Cascade);

        // SQL Server refuses several cascade paths into one table (meeting -> item -> vote -> link), so only
        // the person cascades in the database; EF removes the other dependents it has loaded.
        builder.HasOne(l => l.Meeting).WithMany(m => m.PersonLinks).HasForeignKey(l => l.MeetingId).OnDelete(DeleteBehavior.ClientCascade);
        builder.HasOne(l => l.AgendaItem).WithMany(a => a.PersonLinks).HasForeignKey(l => l.AgendaItemId).OnDelete(DeleteBehavior.ClientCascade);
        builder.HasOne(l => l.Decision).WithMany(d => d.PersonLinks).HasForeignKey(l => l.DecisionId).OnDelete(DeleteBehavior.ClientCascade);
        builder.HasOne(l => l.Vote).WithMany(v => v.PersonLinks).HasForeignKey(l => l.VoteId).OnDelete(DeleteBehavior.ClientCascade);
        builder.HasIndex(l => new { l.PersonId, l.Role });
    }
}

internal sealed class VoteConfiguration : IEntityTypeConfiguration<Vote>
{
    public void Configure(EntityTypeBuilder<Vote> builder)
    {
        builder.Property(v => v.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(v => v.AgendaItem).WithMany(a => a.Votes).HasForeignKey(v => v.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
