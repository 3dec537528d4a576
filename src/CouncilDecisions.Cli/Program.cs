using System.CommandLine;
using CouncilDecisions.Cli.Commands;

var root = new RootCommand("CouncilDecisions command line: parse and import minute texts, manage users, write notices.");
root.Subcommands.Add(ParseCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(NoticesCommand.Create());
return await root.Parse(args).InvokeAsync();
