using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project tests/CouncilDecisions.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
