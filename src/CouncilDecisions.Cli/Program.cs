using System.CommandLine;

var root = new RootCommand("CouncilDecisions command line: parse and import minute texts, manage users, write notices.");
return await root.Parse(args).InvokeAsync();
