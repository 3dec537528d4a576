using System.Globalization;
using CouncilDecisions.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace CouncilDecisions.Web.Features.Workspace;

/// <summary>
/// Resolutions and scrutiny comments of a decision, recommendations and minute paragraphs of an agenda item:
/// add, edit (Markdown with preview), move up or down (plain POST buttons, no script needed) and delete drafts' parts.
/// </summary>
[Route("workspace")]
public sealed class PartsController(PartsEditor parts, MarkdownRenderer markdown) : WorkspaceControllerBase(markdown)
{
    private const string Kinds = "regex(^(resolutions|scrutiny-comments|recommendations|minutes)$)";

    [HttpGet("decisions/{id:int}/{kind:regex(^(resolutions|scrutiny-comments)$)}/new")]
    [HttpGet("items/{id:int}/{kind:regex(^(recommendations|minutes)$)}/new")]
    public async Task<IActionResult> New(int id, string kind, CancellationToken ct) =>
        PartsEditor.FromSegment(kind) is { } k && await parts.ParentExistsAsync(k, id, ct)
            ? View("EditPart", Page(k, id, null, new PartForm(), EditorState.None))
            : NotFound();

    [HttpPost("decisions/{id:int}/{kind:regex(^(resolutions|scrutiny-comments)$)}/new")]
    [HttpPost("items/{id:int}/{kind:regex(^(recommendations|minutes)$)}/new")]
    public async Task<IActionResult> New(int id, string kind, PartForm form, string? submit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (PartsEditor.FromSegment(kind) is not { } k || !await parts.ParentExistsAsync(k, id, ct))
        {
            return NotFound();
        }

        if (submit == PreviewAction || !ModelState.IsValid)
        {
            return View("EditPart", Page(k, id, null, form, submit == PreviewAction ? new EditorState(FormInspector.Preview(form, Markdown), null) : EditorState.None));
        }

        return Redirect(ParentHref(k, await parts.AddAsync(k, id, form, CurrentActor, ct)));
    }

    [HttpGet("{kind:" + Kinds + "}/{id:int}/edit")]
    public async Task<IActionResult> Edit(string kind, int id, CancellationToken ct) =>
        PartsEditor.FromSegment(kind) is { } k && await parts.FindAsync(k, id, ct) is { } found
            ? View("EditPart", Page(k, found.ParentId, id, found.Form, EditorState.None))
            : NotFound();

    [HttpPost("{kind:" + Kinds + "}/{id:int}/edit")]
    public async Task<IActionResult> Edit(string kind, int id, PartForm form, string? submit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (PartsEditor.FromSegment(kind) is not { } k || await parts.FindAsync(k, id, ct) is not { } found)
        {
            return NotFound();
        }

        if (submit == PreviewAction || !ModelState.IsValid)
        {
            return View("EditPart", Page(k, found.ParentId, id, form, submit == PreviewAction ? new EditorState(FormInspector.Preview(form, Markdown), null) : EditorState.None));
        }

        var result = await parts.UpdateAsync(k, id, form, CurrentActor, ct);
        return await OutcomeAsync(result, parentId => ParentHref(k, parentId),
            conflict => Task.FromResult<object>(Page(k, found.ParentId, id, form with { Revision = conflict.CurrentRevision }, new EditorState([], conflict))), "EditPart");
    }

    [HttpPost("{kind:" + Kinds + "}/{id:int}/move-up")]
    public Task<IActionResult> MoveUp(string kind, int id, CancellationToken ct) => MoveAsync(kind, id, -1, ct);

    [HttpPost("{kind:" + Kinds + "}/{id:int}/move-down")]
    public Task<IActionResult> MoveDown(string kind, int id, CancellationToken ct) => MoveAsync(kind, id, +1, ct);

    [HttpPost("{kind:" + Kinds + "}/{id:int}/delete")]
    public async Task<IActionResult> Delete(string kind, int id, CancellationToken ct)
    {
        if (PartsEditor.FromSegment(kind) is not { } k)
        {
            return NotFound();
        }

        var (parentId, error) = await parts.DeleteAsync(k, id, CurrentActor, ct);
        return parentId is null ? NotFound()
            : Redirect(ParentHref(k, parentId.Value) + (error is null ? "" : "?message=" + Uri.EscapeDataString(error)));
    }

    public static string ParentHref(PartKind kind, int parentId) =>
        (PartsEditor.BelongsToDecision(kind) ? "/workspace/decisions/" : "/workspace/items/") + parentId.ToString(CultureInfo.InvariantCulture);

    private async Task<IActionResult> MoveAsync(string kind, int id, int direction, CancellationToken ct) =>
        PartsEditor.FromSegment(kind) is { } k && await parts.MoveAsync(k, id, direction, CurrentActor, ct) is { } parentId
            ? Redirect(ParentHref(k, parentId))
            : NotFound();

    private static FormPage<PartForm> Page(PartKind kind, int parentId, int? id, PartForm form, EditorState state)
    {
        var segment = PartsEditor.Segment(kind);
        var postTo = id is { } partId
            ? "/workspace/" + segment + "/" + partId.ToString(CultureInfo.InvariantCulture) + "/edit"
            : ParentHref(kind, parentId) + "/" + segment + "/new";
        var noun = PartsEditor.Noun(kind);
        return new FormPage<PartForm>(form, id, (id is null ? "Add a " : "Edit ") + noun, postTo, ParentHref(kind, parentId), state,
            kind == PartKind.ScrutinyComment ? new Dictionary<string, IReadOnlyList<SelectOption>> { ["ScrutinyKind"] = Govuk.EnumOptions<Domain.ScrutinyCommentKind>() } : new Dictionary<string, IReadOnlyList<SelectOption>>());
    }
}
