using BenchmarkDotNet.Running;
using CouncilDecisions.Benchmarks;

// Run with: dotnet run -c Release --project tests/CouncilDecisions.Benchmarks -- --filter '*'
// Quick import check while iterating (one import, wall and CPU time): ... -- import-quick [count] [Normal|Full]
if (args.Length > 0 && args[0] == "import-quick")
{
    await ImportQuickRun.RunAsync(args[1..]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
