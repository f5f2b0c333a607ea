package io.semanticrouter.eval;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * {@code router-eval}: measures the library's routing and cache quality on JSONL data nobody tuned to.
 * Every subcommand prints a readable table and, with {@code --json FILE}, writes a summary object whose keys
 * are fixed (outside scripts depend on them). Exit code 0 when it ran, 2 on bad arguments or unreadable data.
 */
@Command(name = "router-eval", mixinStandardHelpOptions = true, version = "router-eval 0.1.0",
        description = "Measures routing and semantic-cache quality on JSONL data.",
        subcommands = {RoutingCommand.class, CachePairsCommand.class, CalibrateCommand.class, TrainPairScorerCommand.class, TrainCategoriesCommand.class,
            ConversationsCommand.class, ConversationRoutingCommand.class,
            PiiCommand.class, JailbreakCommand.class, CostQualityCommand.class,
            ConvertCommand.class, GatewayBenchCommand.class, TrainJailbreakCommand.class, AnnCommand.class,
            ToolsCommand.class})
public final class RouterEval implements Runnable {

    /** Exit code for bad arguments and unreadable data. */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the tool with the given output streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new RouterEval());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> BAD_INPUT);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof DataException || e instanceof IllegalArgumentException) {
                commandLine.getErr().println("router-eval " + commandLine.getCommandName() + ": " + e.getMessage());
                return BAD_INPUT;
            }
            throw e;
        });
        return cl.execute(args);
    }
}
