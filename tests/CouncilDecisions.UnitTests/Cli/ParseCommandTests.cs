using System.CommandLine;
using System.Text.Json;
using CouncilDecisions.Cli.Commands;
using CouncilDecisions.UnitTests.Importer;

namespace CouncilDecisions.UnitTests.Cli;

public class ParseCommandTests
{
    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(ParseCommand.Create());
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = root.Parse(["parse", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private static string Seed(string name) => Path.Combine(Seeds.Folder, name);

    [Fact]
    public void Json_for_one_file_is_one_contract_object_and_exit_code_zero_despite_warnings()
    {
        var (exit, output, error) = Run(Seed(Seeds.Executive), "--json");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        Assert.Equal("issue-meetings", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("warnings").GetArrayLength());
    }

    [Fact]
    public void Json_for_several_files_is_an_array_in_argument_order()
    {
        var (exit, output, _) = Run(Seed(Seeds.Melton), Seed(Seeds.Cambridge), "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["Melton Borough Council", "Cambridge City Council"], json.RootElement.EnumerateArray().Select(d => d.GetProperty("council").GetString()));
    }

    [Fact]
    public void Council_option_fills_the_council_when_the_text_names_none()
    {
        var (_, output, _) = Run(Seed(Seeds.Croydon), "--json", "--council", "London Borough of Croydon");

        using var json = JsonDocument.Parse(output);
        Assert.Equal("London Borough of Croydon", json.RootElement.GetProperty("council").GetString());
    }

    [Fact]
    public void Summary_names_the_main_fields()
    {
        var (exit, output, _) = Run(Seed(Seeds.Cambridge));

        Assert.Equal(0, exit);
        Assert.Contains("decision-details", output, StringComparison.Ordinal);
        Assert.Contains("Digital Transformation Strategy", output, StringComparison.Ordinal);
        Assert.Contains("Resolutions (1):", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_file_exits_2_with_a_message_on_stderr()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-minutes-" + Guid.NewGuid() + ".txt");

        var (exit, output, error) = Run(Seed(Seeds.Melton), missing, "--json");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains(missing, error, StringComparison.Ordinal);
    }
}
