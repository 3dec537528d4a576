using CouncilDecisions.Data;
using CouncilDecisions.Web.Infrastructure;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext()
    .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)
    .WriteToFileWhenConfigured(builder.Configuration));

builder.Services.AddDecisionsDatabase(builder.Configuration);
builder.Services.AddCouncilDecisionsWeb(builder.Configuration);
builder.Services.AddCouncilDecisionsPortal(builder.Configuration);
builder.Services.AddCouncilDecisionsOfficers(builder.Configuration, builder.Environment);
builder.Services.AddCouncilDecisionsOpenData();

var app = builder.Build();

await app.InitializeDatabaseAsync();

app.UseCouncilDecisionsPortal();
await app.UseCouncilDecisionsOfficersAsync();
app.UseCouncilDecisionsPipeline();
app.MapCouncilDecisionsOpenData();

await app.RunAsync();

/// <summary>The entry point; public so that WebApplicationFactory can find it.</summary>
public partial class Program;
