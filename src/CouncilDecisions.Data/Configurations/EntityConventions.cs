using System.Text.Json;
using CouncilDecisions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CouncilDecisions.Data.Configurations;

internal static class EntityConventions
{
    public const int NameLength = 300;
    public const int SlugLength = Slugs.MaxLength;
    public const int LabelLength = 20;

    public static void ConfigureEditable<T>(this EntityTypeBuilder<T> builder)
        where T : EditableEntity
    {
        builder.Property(e => e.Revision).IsConcurrencyToken();
    }

    public static void ConfigurePublishable<T>(this EntityTypeBuilder<T> builder)
        where T : PublishableEntity
    {
        builder.ConfigureEditable();
        builder.Property(e => e.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.WithdrawnReason).HasMaxLength(2000);
        builder.Ignore(e => e.IsPublic);
    }

    // Small lists stored as one JSON column: provider-neutral, and never queried inside.
    public static PropertyBuilder<List<TItem>> HasJsonConversion<TItem>(this PropertyBuilder<List<TItem>> property)
    {
        var comparer = new ValueComparer<List<TItem>>(
            (a, b) => JsonSerializer.Serialize(a, JsonOptions) == JsonSerializer.Serialize(b, JsonOptions),
            v => JsonSerializer.Serialize(v, JsonOptions).GetHashCode(StringComparison.Ordinal),
            v => JsonSerializer.Deserialize<List<TItem>>(JsonSerializer.Serialize(v, JsonOptions), JsonOptions)!);
        property.HasConversion(
                v => JsonSerializer.Serialize(v, JsonOptions),
                v => JsonSerializer.Deserialize<List<TItem>>(v, JsonOptions) ?? new List<TItem>())
            .Metadata.SetValueComparer(comparer);
        return property;
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
