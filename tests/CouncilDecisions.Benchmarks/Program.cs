using BenchmarkDotNet.Running;
using CouncilDecisions.Benchmarks;

// Run with: dotnet run -c Release --project tests/CouncilDecisions.Benchmarks -- --filter '*'
// Quick import check while iterating (one import, wall and CPU time): ... -- import-quick [count] [Normal|Full] [batched]
// Parse throughput of one input in a loop (wall and CPU MB/s), to compare two builds: ... -- parse-quick [input] [seconds]
// The generated texts as files, to time the CLI itself on them: ... -- write-texts FOLDER [count]
// The same import's SQL replayed through bare ADO.NET (the floor under the importer): ... -- import-replay [count]
if (args.Length > 0 && args[0] == "import-quick")
{
    await ImportQuickRun.RunAsync(args[1..]);
    return;
}

if (args.Length > 0 && args[0] == "write-texts")
{
    ImportQuickRun.WriteTexts(args[1..]);
    return;
}

if (args.Length > 0 && args[0] == "import-replay")
{
    await ImportReplayRun.RunAsync(args[1..]);
    return;
}

if (args.Length > 0 && args[0] == "parse-quick")
{
    ParseQuickRun.Run(args[1..]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
