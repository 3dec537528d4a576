using CouncilDecisions.Domain;
using CouncilDecisions.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CouncilDecisions.Web.Features.Workspace;

/// <summary>An edit form page: the form, its choices, and the preview or conflict panels.</summary>
public sealed record FormPage<TForm>(
    TForm Form, int? Id, string Heading, string PostTo, string BackHref, EditorState State,
    IReadOnlyDictionary<string, IReadOnlyList<SelectOption>> Options)
{
    public IReadOnlyList<SelectOption> OptionsFor(string field) => Options.TryGetValue(field, out var options) ? options : [];
}

/// <summary>
/// The workspace's shared request flow: Preview re-renders with the Markdown rendered; Save validates, then
/// creates or updates; a stale revision gets a 409 page with both versions and the officer's values kept.
/// </summary>
[Authorize(Policy = Policies.Officers)]
public abstract class WorkspaceControllerBase(MarkdownRenderer markdown) : Controller
{
    public const string PreviewAction = "preview";

    protected MarkdownRenderer Markdown { get; } = markdown;

    protected Actor CurrentActor => Actor.From(User);

    protected async Task<IActionResult> SaveFormAsync<TEntity, TForm, TPage>(int? id, TForm form, string? submit, RecordEditor editor,
        Func<TForm, EditorState, Task<TPage>> page, Func<int, string> after, string view, CancellationToken ct)
        where TEntity : EditableEntity
        where TForm : class, IEntityForm<TEntity, TForm>
        where TPage : class
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(editor);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(after);
        if (submit == PreviewAction)
        {
            return View(view, await page(form, new EditorState(FormInspector.Preview(form, Markdown), null)));
        }

        if (!ModelState.IsValid)
        {
            return await InvalidAsync();
        }

        if (id is null)
        {
            if (await editor.CreateAsync<TEntity, TForm>(form, CurrentActor, ct) is int created)
            {
                return Redirect(after(created));
            }

            ModelState.AddModelError("Name", "A council with this name already exists");
            return await InvalidAsync();
        }

        var result = await editor.UpdateAsync<TEntity, TForm>(id.Value, form, CurrentActor, ct);
        return await OutcomeAsync(result, after, async conflict => (object)await page(form.WithRevision(conflict.CurrentRevision), new EditorState([], conflict)), view);

        // Invalid input is a 400, with the error summary on the form.
        async Task<IActionResult> InvalidAsync()
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(view, await page(form, EditorState.None));
        }
    }

    /// <summary>Redirects after a save, or shows the 404, the 409 conflict page, or why the action is not allowed.</summary>
    protected async Task<IActionResult> OutcomeAsync(EditResult result, Func<int, string> after, Func<ConflictView, Task<object>> conflictPage, string conflictView)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(conflictPage);
        switch (result.Status)
        {
            case EditStatus.Saved:
                return Redirect(after(result.Id));
            case EditStatus.Conflict:
                Response.StatusCode = StatusCodes.Status409Conflict;
                return View(conflictView, await conflictPage(result.Conflict!));
            case EditStatus.NotAllowed:
                return Redirect(after(result.Id) + "?message=" + Uri.EscapeDataString(result.Message ?? "That action is not allowed."));
            default:
                return NotFound();
        }
    }

    protected static IReadOnlyDictionary<string, IReadOnlyList<SelectOption>> Choices(params (string Field, IReadOnlyList<SelectOption> Options)[] choices) =>
        choices.ToDictionary(c => c.Field, c => c.Options);
}
