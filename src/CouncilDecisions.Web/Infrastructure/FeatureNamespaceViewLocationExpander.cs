using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace CouncilDecisions.Web.Infrastructure;

/// <summary>
/// A feature folder can hold several controllers (Workspace has Decisions, Parts, Records, Import), and two
/// features can have controllers of the same name (Decisions and Workspace both have a DecisionsController): views
/// are looked up first in the folder named by the controller's namespace, Features/&lt;Feature&gt;/.
/// </summary>
internal sealed class FeatureNamespaceViewLocationExpander : IViewLocationExpander
{
    private const string Key = "feature";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor descriptor)
        {
            var ns = descriptor.ControllerTypeInfo.Namespace ?? "";
            var feature = ns[(ns.LastIndexOf('.') + 1)..];
            context.Values[Key] = feature;
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations) =>
        context.Values.TryGetValue(Key, out var feature) && !string.IsNullOrEmpty(feature)
            ? viewLocations.Prepend("/Features/" + feature + "/{0}.cshtml")
            : viewLocations;
}
