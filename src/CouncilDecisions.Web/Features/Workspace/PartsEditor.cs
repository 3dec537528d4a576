using CouncilDecisions.Data;
using CouncilDecisions.Domain;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.Web.Features.Workspace;

/// <summary>The parts of a decision or agenda item that are edited as an ordered list.</summary>
public enum PartKind
{
    Resolution,
    ScrutinyComment,
    Recommendation,
    Minute,
}

/// <summary>A part as the workspace lists it.</summary>
public sealed record PartRow(PartKind Kind, int Id, int Position, string? Label, string Text, int Revision, string? Note = null);

/// <summary>Adds, edits, reorders and deletes resolutions, scrutiny comments, recommendations and minute paragraphs.</summary>
public sealed class PartsEditor(DecisionsDbContext db, ChangeRecorder recorder, RecordEditor editor)
{
    /// <summary>The URL segment for a kind ("resolutions").</summary>
    public static string Segment(PartKind kind) => kind switch
    {
        PartKind.Resolution => "resolutions",
        PartKind.ScrutinyComment => "scrutiny-comments",
        PartKind.Recommendation => "recommendations",
        _ => "minutes",
    };

    public static PartKind? FromSegment(string? segment) => segment switch
    {
        "resolutions" => PartKind.Resolution,
        "scrutiny-comments" => PartKind.ScrutinyComment,
        "recommendations" => PartKind.Recommendation,
        "minutes" => PartKind.Minute,
        _ => null,
    };

    public static bool BelongsToDecision(PartKind kind) => kind is PartKind.Resolution or PartKind.ScrutinyComment;

    public static string Noun(PartKind kind) => kind switch
    {
        PartKind.Resolution => "resolution",
        PartKind.ScrutinyComment => "scrutiny comment",
        PartKind.Recommendation => "recommendation",
        _ => "minute paragraph",
    };

    /// <summary>The parent's id and the part's form, or null when there is no such part.</summary>
    public async Task<(int ParentId, PartForm Form)?> FindAsync(PartKind kind, int id, CancellationToken ct)
    {
        var part = await LoadAsync(kind, id, ct);
        return part is null ? null : (ParentOf(part), FormOf(part));
    }

    public async Task<bool> ParentExistsAsync(PartKind kind, int parentId, CancellationToken ct) => BelongsToDecision(kind)
        ? await db.Decisions.AnyAsync(d => d.Id == parentId, ct)
        : await db.AgendaItems.AnyAsync(a => a.Id == parentId, ct);

    public async Task<int> AddAsync(PartKind kind, int parentId, PartForm form, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var siblings = await SiblingsAsync(kind, parentId, ct);
        var position = siblings.Count == 0 ? 1 : siblings.Max(p => Position(p)) + 1;
        EditableEntity part = kind switch
        {
            PartKind.Resolution => new Resolution { DecisionId = parentId, Text = "" },
            PartKind.ScrutinyComment => new ScrutinyComment { DecisionId = parentId, Text = "" },
            PartKind.Recommendation => new Recommendation { AgendaItemId = parentId, Text = "" },
            _ => new MinuteParagraph { AgendaItemId = parentId, Text = "" },
        };
        Apply(part, form);
        SetPosition(part, position);
        db.Add(part);
        await recorder.SaveAsync(actor, ChangeKind.Updated, "Added a " + Noun(kind), ct);
        return parentId;
    }

    public async Task<EditResult> UpdateAsync(PartKind kind, int id, PartForm form, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var part = await LoadAsync(kind, id, ct);
        if (part is null)
        {
            return EditResult.NotFound;
        }

        var parentId = ParentOf(part);
        var result = await editor.SaveAsync(part, form.Revision, p => Apply(p, form), actor, ChangeKind.Updated, "Edited a " + Noun(kind),
            current => FormInspector.Compare(form, FormOf(current)), ct);
        return result with { Id = result.Status == EditStatus.Saved ? parentId : result.Id };
    }

    /// <summary>Swaps the part with its neighbour above (-1) or below (+1); returns the parent's id.</summary>
    public async Task<int?> MoveAsync(PartKind kind, int id, int direction, Actor actor, CancellationToken ct)
    {
        var part = await LoadAsync(kind, id, ct);
        if (part is null)
        {
            return null;
        }

        var parentId = ParentOf(part);
        var ordered = (await SiblingsAsync(kind, parentId, ct)).OrderBy(Position).ThenBy(p => p.Id).ToList();
        var index = ordered.FindIndex(p => p.Id == id);
        var other = index + direction;
        if (other < 0 || other >= ordered.Count)
        {
            return parentId;
        }

        // Renumber the whole list so positions stay distinct even after imports left gaps or ties.
        (ordered[index], ordered[other]) = (ordered[other], ordered[index]);
        for (var i = 0; i < ordered.Count; i++)
        {
            if (Position(ordered[i]) != i + 1)
            {
                SetPosition(ordered[i], i + 1);
            }
        }

        await recorder.SaveAsync(actor, ChangeKind.Updated, "Moved a " + Noun(kind) + (direction < 0 ? " up" : " down"), ct);
        return parentId;
    }

    public async Task<(int? ParentId, string? Error)> DeleteAsync(PartKind kind, int id, Actor actor, CancellationToken ct)
    {
        var part = await LoadAsync(kind, id, ct);
        if (part is null)
        {
            return (null, null);
        }

        var parentId = ParentOf(part);
        var parentState = BelongsToDecision(kind)
            ? await db.Decisions.Where(d => d.Id == parentId).Select(d => d.State).FirstAsync(ct)
            : await db.AgendaItems.Where(a => a.Id == parentId).Select(a => a.State).FirstAsync(ct);
        if (parentState != PublicationState.Draft)
        {
            return (parentId, "Parts of a published record cannot be deleted: edit the text instead, so the change log shows it.");
        }

        db.Remove(part);
        await recorder.SaveAsync(actor, ChangeKind.Updated, "Deleted a " + Noun(kind), ct);
        return (parentId, null);
    }

    public async Task<IReadOnlyList<PartRow>> ListAsync(PartKind kind, int parentId, CancellationToken ct) =>
        [.. (await SiblingsAsync(kind, parentId, ct)).OrderBy(Position).ThenBy(p => p.Id).Select(p =>
        {
            var form = FormOf(p);
            return new PartRow(kind, p.Id, Position(p), form.Label, form.Text ?? "", p.Revision,
                p is ScrutinyComment s ? s.Kind.ToString() : null);
        })];

    private async Task<EditableEntity?> LoadAsync(PartKind kind, int id, CancellationToken ct) => kind switch
    {
        PartKind.Resolution => await db.Resolutions.FirstOrDefaultAsync(p => p.Id == id, ct),
        PartKind.ScrutinyComment => await db.ScrutinyComments.FirstOrDefaultAsync(p => p.Id == id, ct),
        PartKind.Recommendation => await db.Recommendations.FirstOrDefaultAsync(p => p.Id == id, ct),
        _ => await db.MinuteParagraphs.FirstOrDefaultAsync(p => p.Id == id, ct),
    };

    private async Task<List<EditableEntity>> SiblingsAsync(PartKind kind, int parentId, CancellationToken ct) => kind switch
    {
        PartKind.Resolution => [.. await db.Resolutions.Where(p => p.DecisionId == parentId).ToListAsync(ct)],
        PartKind.ScrutinyComment => [.. await db.ScrutinyComments.Where(p => p.DecisionId == parentId).ToListAsync(ct)],
        PartKind.Recommendation => [.. await db.Recommendations.Where(p => p.AgendaItemId == parentId).ToListAsync(ct)],
        _ => [.. await db.MinuteParagraphs.Where(p => p.AgendaItemId == parentId).ToListAsync(ct)],
    };

    private static int ParentOf(EditableEntity part) => ChangeRecorder.OwnerOf(part).Id;

    private static int Position(EditableEntity part) => part switch
    {
        Resolution r => r.Position,
        ScrutinyComment s => s.Position,
        Recommendation r => r.Position,
        MinuteParagraph m => m.Position,
        _ => 0,
    };

    private static void SetPosition(EditableEntity part, int position)
    {
        switch (part)
        {
            case Resolution r: r.Position = position; break;
            case ScrutinyComment s: s.Position = position; break;
            case Recommendation r: r.Position = position; break;
            case MinuteParagraph m: m.Position = position; break;
            default: break;
        }
    }

    private static PartForm FormOf(EditableEntity part) => part switch
    {
        Resolution r => new PartForm { Label = r.Label, Text = r.Text, Revision = r.Revision },
        ScrutinyComment s => new PartForm { Label = s.Label, Text = s.Text, ScrutinyKind = s.Kind, Revision = s.Revision },
        Recommendation r => new PartForm { Label = r.Label, Text = r.Text, Revision = r.Revision },
        MinuteParagraph m => new PartForm { Label = m.Number, Text = m.Text, Revision = m.Revision },
        _ => new PartForm(),
    };

    private static void Apply(EditableEntity part, PartForm form)
    {
        var label = FormText.Clean(form.Label);
        var text = FormText.Required(form.Text);
        switch (part)
        {
            case Resolution r: r.Label = label; r.Text = text; break;
            case ScrutinyComment s: s.Label = label; s.Text = text; s.Kind = form.ScrutinyKind; break;
            case Recommendation r: r.Label = label; r.Text = text; break;
            case MinuteParagraph m: m.Number = label; m.Text = text; break;
            default: break;
        }
    }
}
