using System.ComponentModel.DataAnnotations;
using CouncilDecisions.Domain;
using CouncilDecisions.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace CouncilDecisions.Web.Features.Workspace;

/// <summary>Officers create, edit, publish, withdraw and supersede decisions and move them through call-in.</summary>
[Route("workspace/decisions")]
public sealed class DecisionsController(RecordEditor editor, DecisionWorkflow workflow, WorkspaceQueries queries, MarkdownRenderer markdown)
    : WorkspaceControllerBase(markdown)
{
    [HttpGet("new")]
    public async Task<IActionResult> New(int? councilId, CancellationToken ct) =>
        View("EditDecision", await PageAsync(new DecisionForm { CouncilId = councilId }, null, EditorState.None, ct));

    [HttpPost("new")]
    public Task<IActionResult> New(DecisionForm form, string? submit, CancellationToken ct) =>
        SaveFormAsync<Decision, DecisionForm, FormPage<DecisionForm>>(null, form, submit, editor, (f, s) => PageAsync(f, null, s, ct), Href, "EditDecision", ct);

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, string? message, CancellationToken ct) =>
        await queries.DecisionAsync(id, message, ct) is { } model ? View(model) : NotFound();

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await editor.FindAsync<Decision>(id, ct) is { } decision
            ? View("EditDecision", await PageAsync(DecisionForm.From(decision), id, EditorState.None, ct))
            : NotFound();

    [HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, DecisionForm form, string? submit, CancellationToken ct) =>
        SaveFormAsync<Decision, DecisionForm, FormPage<DecisionForm>>(id, form, submit, editor, (f, s) => PageAsync(f, id, s, ct), Href, "EditDecision", ct);

    [HttpPost("{id:int}/publish")]
    public async Task<IActionResult> Publish(int id, [FromForm] int revision, CancellationToken ct) =>
        await ActionOutcomeAsync(await workflow.PublishAsync(id, revision, CurrentActor, ct), ct);

    [HttpPost("{id:int}/call-in")]
    public async Task<IActionResult> CallIn(int id, [FromForm] int revision, [FromForm] CallInStatus to, CancellationToken ct) =>
        await ActionOutcomeAsync(await workflow.MoveCallInAsync(id, revision, to, CurrentActor, ct), ct);

    [HttpGet("{id:int}/withdraw")]
    public async Task<IActionResult> Withdraw(int id, CancellationToken ct) =>
        await queries.DecisionAsync(id, null, ct) is { } d ? View(new WithdrawPage(d.Id, d.Title, "decision", Href(id), new ReasonForm { Revision = d.Revision })) : NotFound();

    [HttpPost("{id:int}/withdraw")]
    public async Task<IActionResult> Withdraw(int id, ReasonForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return await queries.DecisionAsync(id, null, ct) is { } d ? View(new WithdrawPage(d.Id, d.Title, "decision", Href(id), form)) : NotFound();
        }

        return await ActionOutcomeAsync(await workflow.WithdrawAsync<Decision>(id, form.Revision, form.Reason!, CurrentActor, ct), ct);
    }

    [HttpGet("{id:int}/supersede")]
    public async Task<IActionResult> Supersede(int id, CancellationToken ct) =>
        await queries.DecisionAsync(id, null, ct) is { } d
            ? View(new SupersedePage(d.Id, d.Title, new SupersedeForm { Revision = d.Revision }, await queries.ReplacementOptionsAsync(id, ct)))
            : NotFound();

    [HttpPost("{id:int}/supersede")]
    public async Task<IActionResult> Supersede(int id, SupersedeForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return await queries.DecisionAsync(id, null, ct) is { } d
                ? View(new SupersedePage(d.Id, d.Title, form, await queries.ReplacementOptionsAsync(id, ct)))
                : NotFound();
        }

        return await ActionOutcomeAsync(await workflow.SupersedeAsync(id, form.Revision, form.SupersededById!.Value, form.Reason!, CurrentActor, ct), ct);
    }

    [HttpGet("{id:int}/history")]
    public async Task<IActionResult> History(int id, CancellationToken ct) =>
        await queries.HistoryAsync(nameof(Decision), id, ct) is { } model ? View("History", model) : NotFound();

    private static string Href(int id) => "/workspace/decisions/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private Task<IActionResult> ActionOutcomeAsync(EditResult result, CancellationToken ct) =>
        OutcomeAsync(result, Href, async conflict => (object)((await queries.DecisionAsync(result.Id, null, ct))! with { Conflict = conflict }), "Details");

    private async Task<FormPage<DecisionForm>> PageAsync(DecisionForm form, int? id, EditorState state, CancellationToken ct) => new(
        form, id, id is null ? "New decision" : "Edit decision", id is null ? "/workspace/decisions/new" : Href(id.Value) + "/edit",
        id is null ? "/workspace" : Href(id.Value), state,
        Choices(("CouncilId", await queries.CouncilOptionsAsync(ct)), ("MakerBodyId", await queries.BodyOptionsAsync(ct))));
}

public sealed record ReasonForm
{
    [Required(ErrorMessage = "Enter the reason, which the public page will show")]
    [StringLength(Publishing.ReasonMaxLength, ErrorMessage = "Reason must be 2,000 characters or fewer")]
    public string? Reason { get; init; }

    public int Revision { get; init; }
}

public sealed record SupersedeForm
{
    [Required(ErrorMessage = "Select the decision that replaces this one")]
    public int? SupersededById { get; init; }

    [Required(ErrorMessage = "Enter the reason, which the public page will show")]
    [StringLength(Publishing.ReasonMaxLength, ErrorMessage = "Reason must be 2,000 characters or fewer")]
    public string? Reason { get; init; }

    public int Revision { get; init; }
}

public sealed record WithdrawPage(int Id, string Title, string Noun, string BackHref, ReasonForm Form);

public sealed record SupersedePage(int Id, string Title, SupersedeForm Form, IReadOnlyList<SelectOption> Decisions);
