using CouncilDecisions.Web.Features.Admin;
using CouncilDecisions.Web.Features.MyRecord;
using CouncilDecisions.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Razor;

namespace CouncilDecisions.Web.Features.Workspace;

internal static class WorkspaceServices
{
    public static IServiceCollection AddWorkspace(this IServiceCollection services)
    {
        services.AddScoped<ChangeRecorder>();
        services.AddScoped<RecordEditor>();
        services.AddScoped<PartsEditor>();
        services.AddScoped<DecisionWorkflow>();
        services.AddScoped<WorkspaceQueries>();
        services.AddScoped<MinuteUpload>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<MyRecordQueries>();
        services.AddScoped<PublicChangeLog>();
        return services;
    }
}
